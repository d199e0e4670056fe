import VanBanModel
import VanBanText

/// Blanks over part of a laid-out text: the fill-in dots a sentence or a header line leaves open
/// ("Tổng số …… người", "ĐƠN VỊ: ………………") and the header's blank số, ngày, tháng. Pango
/// gives the glyph boxes of the bytes on each line; each box becomes a blank one line tall.
extension Typesetter {
    /// One blank per line that `bytes` of `shaped` are set on, with that line's index.
    /// `lineItems[i]` is the frame item of line i (as `items` or `linePieces` made it).
    func blanks(over bytes: Range<Int>, of shaped: ShapedText, lineItems: [FrameItem], role: StyleRole,
                label: String) -> [(line: Int, item: FrameItem)] {
        shaped.boxes(ofUTF8Range: bytes).compactMap { box in
            guard box.line < lineItems.count else { return nil }
            let line = lineItems[box.line]
            let left = line.x - shaped.lines[box.line].x + box.x
            return (box.line, blank(label, left: left, top: line.y - baselineOffset(role), width: box.width,
                                    height: pitch(role), multiline: false, role: role))
        }
    }

    /// Blanks over every run of fill-in dots in `shaped`, each named by `label(before, after)`
    /// from the text on either side of the run.
    func dotBlanks(of shaped: ShapedText, lineItems: [FrameItem], role: StyleRole,
                   label: (Substring, Substring) -> String) -> [(line: Int, item: FrameItem)] {
        let text = shaped.text
        var previousEnd = text.startIndex
        return FillDots.runs(in: text).flatMap { run in
            let name = label(text[previousEnd..<run.lowerBound], text[run.upperBound...])
            previousEnd = run.upperBound
            let bytes = text.utf8.distance(from: text.startIndex, to: run.lowerBound)
                ..< text.utf8.distance(from: text.startIndex, to: run.upperBound)
            return blanks(over: bytes, of: shaped, lineItems: lineItems, role: role, label: name)
        }
    }

    /// An invisible blank, its top-left corner at (left, top), for text of style `role`.
    func blank(_ label: String, left: Double, top: Double, width: Double, height: Double, multiline: Bool,
               numeric: Bool = false, role: StyleRole) -> FrameItem {
        let fill = FillBlank(label: label, numeric: numeric, multiline: multiline, width: width, height: height,
                             fontSize: size(role))
        return FrameItem(part: .blank, content: .blank(fill), x: left, y: top)
    }
}
