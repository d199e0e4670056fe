import VanBanModel
import VanBanText

/// Shapes text in the layout file's styles and turns shaped lines into pieces and frame items.
/// Every composer goes through it, so sizes, line pitch and baselines are computed in one place.
struct Typesetter {
    let context: TextContext
    let spec: LayoutSpec

    var textLeft: Double { spec.page.left.points }
    var textWidth: Double { spec.page.textWidth.points }

    func size(_ role: StyleRole) -> Double { spec.style(role).size.points }

    /// The distance between baselines for a style: single line × the layout's line spacing.
    func pitch(_ role: StyleRole, spacing: Double? = nil) -> Double {
        size(role) * spec.text.singleLine * (spacing ?? spec.text.lineSpacing)
    }

    /// Where the baseline sits inside a line box of height `pitch`: the font's ascent plus half
    /// of the leading that single spacing adds.
    func baselineOffset(_ role: StyleRole, spacing: Double? = nil) -> Double {
        let metrics = context.verticalMetrics
        let fontHeight = (metrics.ascent + metrics.descent) * size(role)
        return (pitch(role, spacing: spacing) - fontHeight) / 2 + metrics.ascent * size(role)
    }

    func runs(_ text: StyledText, _ role: StyleRole) -> [TextRun] {
        let style = spec.style(role)
        return text.runs.map { TextRun($0.text, bold: $0.bold || style.bold, italic: $0.italic || style.italic) }
    }

    func runs(_ text: String, _ role: StyleRole) -> [TextRun] { runs(StyledText(plain: text), role) }

    /// Centred text that wraps comes back balanced (see `LineBalancing`); other text as Pango breaks it.
    func shape(_ runs: [TextRun], _ role: StyleRole, width: Double?, alignment: TextAlignment = .left,
               indent: Double = 0, keepsSlashedWords: Bool = false, letterSpacing: Double = 0) -> ShapedText {
        let shaped = context.shape(runs, size: size(role), width: width, alignment: alignment, firstLineIndent: indent,
                                   keepsSlashedWords: keepsSlashedWords, letterSpacing: letterSpacing)
        guard alignment == .center, shaped.lines.count > 1 else { return shaped }
        return LineBalancing(context: context).balanced(shaped)
    }

    /// Frame items for every line of a shaped text, the first baseline at `top + baselineOffset`.
    func items(_ shaped: ShapedText, _ role: StyleRole, part: FramePart, left: Double, top: Double,
               spacing: Double? = nil) -> [FrameItem] {
        let pitch = pitch(role, spacing: spacing)
        let offset = baselineOffset(role, spacing: spacing)
        return shaped.lines.indices.map { index in
            FrameItem(part: part, content: .text(shaped, line: index), x: left + shaped.lines[index].x,
                      y: top + offset + Double(index) * pitch)
        }
    }

    /// One piece per line: the flow may break between lines, but never leaves a single line of a
    /// paragraph alone at the bottom (orphan) or the top (widow) of a page.
    func linePieces(_ shaped: ShapedText, _ role: StyleRole, part: FramePart, left: Double, spaceBefore: Double,
                    keepWithPrevious: Bool = false, section: Int) -> [Piece] {
        let pitch = pitch(role)
        let baseline = baselineOffset(role)
        let last = shaped.lines.count - 1
        return shaped.lines.indices.map { index in
            let item = FrameItem(part: part, content: .text(shaped, line: index), x: left + shaped.lines[index].x,
                                 y: baseline)
            let breakBefore: Piece.Break
            switch index {
            case 0: breakBefore = keepWithPrevious ? .avoid : .allowed
            case 1, last: breakBefore = .avoid   // two lines at least stay together at each end
            default: breakBefore = .allowed
            }
            return Piece(height: pitch, spaceBefore: index == 0 ? spaceBefore : 0, breakBefore: breakBefore,
                         items: [item], section: section)
        }
    }

    /// An invisible region covering a laid-out line's box (its width, one pitch tall): where a
    /// clerk's stamp goes on the "Số:" or date line.
    func lineRegion(_ line: FrameItem, _ role: StyleRole, part: FramePart) -> FrameItem {
        FrameItem(part: part, content: .region(width: line.width, height: pitch(role), label: line.text),
                  x: line.x, y: line.y - baselineOffset(role))
    }

    /// A horizontal rule of `length` centred on `centre`, `spec.rules.gap` under the descent of
    /// the line of style `role` whose baseline is `baseline`.
    func rule(centredOn centre: Double, length: Double, below baseline: Double, of role: StyleRole, part: FramePart) -> FrameItem {
        let y = baseline + context.verticalMetrics.descent * size(role) + spec.rules.gap.points
        return FrameItem(part: part, content: .rule(x2: centre + length / 2, y2: y, thickness: spec.rules.thickness.points),
                         x: centre - length / 2, y: y)
    }
}

extension Paragraph.Alignment {
    var textAlignment: TextAlignment {
        switch self {
        case .justify: return .justify
        case .left: return .left
        case .center: return .center
        case .right: return .right
        }
    }
}
