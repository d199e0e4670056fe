import VanBanModel
import VanBanText

/// An attached quy chế or quy định (Mẫu 1.3, nd30-templates.md §1.3): on a new page, the reduced
/// header (names, motto and rules; no số, no date), its tên loại in bold capitals and trích yếu in
/// bold, the italic "(Ban hành kèm theo Quyết định số … của …)" line and a rule, then its chương,
/// mục and điều. It ends with its text: no Nơi nhận, no signer.
struct AttachedTextComposer {
    let setter: Typesetter

    func pieces(for attachment: AttachedText, of document: Document, section: Int) -> [Piece] {
        var header = HeaderComposer(setter: setter).reducedPieces(for: document)
        header[0].breakBefore = .page
        let left = setter.textLeft, width = setter.textWidth
        var items: [FrameItem] = []
        var top = 0.0
        var last: (baseline: Double, role: StyleRole, width: Double) = (0, .type, 0)
        func add(_ text: StyledText, _ role: StyleRole, _ part: FramePart) {
            let shaped = setter.shape(setter.runs(text, role), role, width: width, alignment: .center)
            let lines = setter.items(shaped, role, part: part, left: left, top: top)
            items += lines
            last = (lines.last?.y ?? last.baseline, role, part == .appendixReference ? last.width : shaped.naturalWidth)
            top += Double(shaped.lines.count) * setter.pitch(role)
        }
        add(StyledText(plain: attachment.type.uppercased()), .type, .type)
        if let summary = attachment.summary { add(summary, .summary, .summary) }
        switch attachment.reference {
        case .automatic: add(StyledText(plain: Wording(spec: setter.spec).attachedTextReference(document)), .appendixReference, .appendixReference)
        case let .text(text): add(StyledText(plain: text), .appendixReference, .appendixReference)
        case .hidden: break
        }
        let rule = setter.rule(centredOn: left + width / 2, length: last.width * setter.spec.title.ruleRatio,
                               below: last.baseline, of: last.role, part: .summaryRule)
        items.append(rule)
        let title = ([attachment.type.uppercased()] + [attachment.summary?.plain].compactMap { $0 }).joined(separator: " ")
        items.append(Outline.bookmark(title, rank: Outline.appendixRank))
        let titlePiece = Piece(height: max(top, rule.y) + setter.spec.title.gapAfter.points,
                               spaceBefore: setter.spec.title.gapBefore.points, breakBefore: .avoid, items: items,
                               section: section)
        for index in header.indices { header[index].section = section }
        var body = BodyComposer(setter: setter, section: section).pieces(for: attachment.body)
        if !body.isEmpty { body[0].breakBefore = .avoid; body[0].spaceBefore = 0 }
        return header + [titlePiece] + body
    }
}
