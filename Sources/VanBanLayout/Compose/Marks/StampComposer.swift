import VanBanModel
import VanBanText

/// A word in bold capitals centred in a single-border rectangle: the secrecy and urgency stamps
/// (ô 10a, 10b; red, of the decree's sizes) and the circulation mark (ô 11; black). Layout puts
/// them where the decree's diagram does; this only draws one at a given place.
struct StampComposer {
    let setter: Typesetter

    /// The border's width: a stamp's line, heavier than the 0.5 pt rules so it reads as a stamp.
    static let borderWidth = 1.0
    /// Between the line above (the số or V/v) and the first stamp, and between 10a and 10b.
    static let gap = 6.0
    /// Room on each side of a word whose size the decree does not give (the circulation mark);
    /// a stamp of the decree's size grows only when a larger font leaves its word less than `margin`.
    static let padding = mm(3), margin = mm(1)
    /// The circulation mark's height: the decree's diagram draws its boxes about 8 mm tall.
    static let circulationHeight = mm(8)

    static func mm(_ value: Double) -> Double { value * 72 / 25.4 }

    /// The stamps under the số, 10a above 10b, each centred in the column from `left` over
    /// `width`; returns their items and the bottom of the last one.
    func stamps(_ marks: Marks, left: Double, width: Double, top: Double) -> (items: [FrameItem], bottom: Double) {
        var items: [FrameItem] = []
        var y = top
        for stamp in marks.stamps {
            let size = stamp.millimetres
            let boxed = word(stamp.text, width: Self.mm(size.width), height: Self.mm(size.height), padding: Self.margin,
                             centre: left + width / 2, top: y + Self.gap, ink: .red, part: .stamp, frame: .stampFrame)
            items += boxed.items
            y = boxed.bottom
        }
        return (items, y)
    }

    /// The circulation mark, its box as wide as the word and its padding, centred on `centre`
    /// with its bottom edge at `bottom`.
    func circulation(_ mark: Circulation, centre: Double, bottom: Double) -> [FrameItem] {
        let height = Self.circulationHeight
        return word(mark.text, width: 0, height: height, padding: Self.padding, centre: centre, top: bottom - height,
                    ink: .black, part: .circulation, frame: .circulationFrame).items
    }

    /// The word centred in a rectangle at least `width` × `height` (wider when the word and
    /// `padding` on each side need it), its line box centred vertically.
    private func word(_ text: String, width: Double, height: Double, padding: Double, centre: Double, top: Double,
                      ink: Ink, part: FramePart, frame: FramePart) -> (items: [FrameItem], bottom: Double) {
        let shaped = setter.shape(setter.runs(text, .stamp), .stamp, width: nil)
        let boxWidth = max(width, shaped.naturalWidth + 2 * padding)
        let left = centre - boxWidth / 2
        let metrics = setter.context.verticalMetrics
        let size = setter.size(.stamp)
        let baseline = top + (height - (metrics.ascent + metrics.descent) * size) / 2 + metrics.ascent * size
        let items = [
            FrameItem(part: frame, content: .rectangle(width: boxWidth, height: height, thickness: Self.borderWidth),
                      x: left, y: top, ink: ink),
            FrameItem(part: part, content: .text(shaped, line: 0), x: centre - shaped.naturalWidth / 2, y: baseline, ink: ink),
        ]
        return (items, top + height)
    }
}
