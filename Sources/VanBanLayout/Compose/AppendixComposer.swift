import VanBanModel
import VanBanText

/// An appendix (nd30.md §6): on a new page, "Phụ lục I", the title in bold capitals, optional
/// subtitle lines, the italic "(Kèm theo …)" line, a short rule, then its body.
struct AppendixComposer {
    let setter: Typesetter

    func pieces(for appendix: Appendix, of document: Document, section: Int) -> [Piece] {
        let left = setter.textLeft, width = setter.textWidth
        var items: [FrameItem] = []
        var top = 0.0
        var lastBaseline = 0.0
        var lastRole = StyleRole.appendixTitle

        func add(_ runs: [TextRun], _ role: StyleRole, _ part: FramePart) {
            let shaped = setter.shape(runs, role, width: width, alignment: .center)
            let lineItems = setter.items(shaped, role, part: part, left: left, top: top)
            items += lineItems
            lastBaseline = lineItems.last?.y ?? lastBaseline
            lastRole = role
            top += Double(shaped.lines.count) * setter.pitch(role)
        }
        if let label = appendix.label { add(setter.runs(label, .appendixLabel), .appendixLabel, .appendixLabel) }
        if !appendix.title.isEmpty {
            add(setter.runs(appendix.title.joined(separator: "\n"), .appendixTitle), .appendixTitle, .appendixTitle)
        }
        for line in appendix.subtitle { add(setter.runs(line, .appendixSubtitle), .appendixSubtitle, .appendixSubtitle) }
        switch appendix.reference {
        case .automatic:
            let reference = Wording(spec: setter.spec).appendixReference(document)
            add(setter.runs(reference, .appendixReference), .appendixReference, .appendixReference)
        case let .text(reference):
            add(setter.runs(reference, .appendixReference), .appendixReference, .appendixReference)
        case .hidden:
            break
        }
        let rule = setter.rule(centredOn: left + width / 2, length: width * setter.spec.appendix.ruleRatio,
                               below: lastBaseline, of: lastRole, part: .appendixRule)
        items.append(rule)
        let bookmarkTitle = ([appendix.label].compactMap { $0 } + [appendix.title.joined(separator: " ")])
            .filter { !$0.isEmpty }.joined(separator: ". ")
        items.append(Outline.bookmark(bookmarkTitle.isEmpty ? "Phụ lục" : bookmarkTitle, rank: Outline.appendixRank))
        let heading = Piece(height: max(top, rule.y) + setter.spec.appendix.gapAfter.points, breakBefore: .page,
                            items: items, section: section)
        var body = BodyComposer(setter: setter, section: section).pieces(for: appendix.body)
        if !body.isEmpty { body[0].breakBefore = .avoid; body[0].spaceBefore = 0 }
        return [heading] + body
    }
}
