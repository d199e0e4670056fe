import VanBanModel
import VanBanText

/// Ô 5a (nd30.md §2): tên loại in capitals and the trích yếu under it, centred on the text
/// width, with a rule under them. A công văn has none: its trích yếu is "V/v …" in the header.
struct TitleComposer {
    let setter: Typesetter

    /// Tên loại in capitals and the trích yếu under it, centred on the text width, with a rule.
    func pieces(for document: Document) -> [Piece] {
        guard !document.isOfficialLetter else { return [] }
        let spec = setter.spec
        let left = setter.textLeft, width = setter.textWidth
        var items: [FrameItem] = []
        let type = setter.shape(setter.runs(document.type.uppercased(), .type), .type, width: width, alignment: .center)
        items += setter.items(type, .type, part: .type, left: left, top: 0)
        var top = Double(type.lines.count) * setter.pitch(.type)
        var ruled = type
        var ruledItems = items
        var ruledRole = StyleRole.type
        // Giấy giới thiệu and giấy nghỉ phép have a type name but no trích yếu (Mẫu 1.8, 1.10).
        if let summary = document.summary, document.form.hasSummary {
            let shaped = setter.shape(setter.runs(summary, .summary), .summary, width: width, alignment: .center)
            ruledItems = setter.items(shaped, .summary, part: .summary, left: left, top: top)
            items += ruledItems
            top += Double(shaped.lines.count) * setter.pitch(.summary)
            ruled = shaped
            ruledRole = .summary
        }
        let lastBaseline = ruledItems.last?.y ?? 0
        let rule = setter.rule(centredOn: left + width / 2, length: ruled.naturalWidth * spec.title.ruleRatio,
                               below: lastBaseline, of: ruledRole, part: .summaryRule)
        items.append(rule)
        let height = max(top, rule.y) + spec.title.gapAfter.points
        return [Piece(height: height, spaceBefore: spec.title.gapBefore.points, breakBefore: .avoid, items: items)]
    }
}
