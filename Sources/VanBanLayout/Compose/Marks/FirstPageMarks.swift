import VanBanModel
import VanBanText

/// What page 1 alone carries outside the flow of text: the circulation mark (ô 11) in the top
/// margin above the quốc hiệu, and the contact footer (ô 13) at the foot of the text area under
/// a full-width rule. The footer's height is kept free of text on page 1 (`reserved`).
struct FirstPageMarks {
    let setter: Typesetter

    /// Between the circulation mark's box and the top of the text (the quốc hiệu's line box).
    static let circulationGap = 4.0
    /// Between the last line of text and the footer's rule, and between the rule and the footer.
    static let footerGapAbove = 6.0, footerGapBelow = 2.0

    /// The items to add to page 1, and the height at the foot of its text area they take.
    func compose(_ marks: Marks) -> (items: [FrameItem], reserved: Double) {
        var items: [FrameItem] = []
        let spec = setter.spec
        if let circulation = marks.circulation {
            // Above ô 1: centred on the right column, as the decree's diagram places it.
            let centre = setter.textLeft + spec.header.leftColumn.points + spec.header.rightColumn.points / 2
            items += StampComposer(setter: setter).circulation(circulation, centre: centre,
                                                               bottom: spec.page.top.points - Self.circulationGap)
        }
        guard !marks.footer.isEmpty else { return (items, 0) }
        let footer = setter.shape(setter.runs(marks.footer.joined(separator: "\n"), .footer), .footer,
                                  width: setter.textWidth)
        let linesHeight = Double(footer.lines.count) * setter.pitch(.footer, spacing: 1)
        let textBottom = spec.page.top.points + spec.page.textHeight.points
        let linesTop = textBottom - linesHeight
        let thickness = spec.rules.thickness.points
        let ruleY = linesTop - Self.footerGapBelow - thickness / 2
        items.append(FrameItem(part: .footerRule, content: .rule(x2: setter.textLeft + setter.textWidth, y2: ruleY,
                                                                  thickness: thickness), x: setter.textLeft, y: ruleY))
        items += setter.items(footer, .footer, part: .footer, left: setter.textLeft, top: linesTop, spacing: 1)
        return (items, textBottom - ruleY + thickness / 2 + Self.footerGapAbove)
    }
}
