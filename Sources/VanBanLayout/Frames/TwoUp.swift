/// Two copies of each page side by side on one sheet, to be cut in half: an A5 handout printed
/// two per landscape A4 sheet (`render --two-up`).
///
/// The sheet is landscape A4 when two pages fit on it, else exactly two pages wide. Each copy is
/// centred in its half; the items of page n are moved into both halves. Signature regions and
/// bookmarks stay with the left copy only (a field or a bookmark exists once in a PDF). Optional
/// cut marks are short rules at the top and bottom edges on the centre line, outside the text.
public enum TwoUp {
    static let a4Long = 297 * 72 / 25.4
    static let a4Short = 210 * 72 / 25.4
    /// How long a cut mark is, from the sheet's edge inwards (5 mm).
    static let markLength = 5 * 72 / 25.4
    static let markThickness = 0.25

    public static func sheets(_ pages: [PageFrame], cutMarks: Bool) -> [PageFrame] {
        pages.map { page in
            let fitsA4 = 2 * page.width <= a4Long + 0.01 && page.height <= a4Short + 0.01
            let width = fitsA4 ? a4Long : 2 * page.width
            let height = fitsA4 ? a4Short : page.height
            let half = width / 2
            let insetX = (half - page.width) / 2, insetY = (height - page.height) / 2
            var items = page.items.map { $0.offset(x: insetX, y: insetY) }
            items += page.items.filter(\.isPrintedOnEveryCopy).map { $0.offset(x: half + insetX, y: insetY) }
            if cutMarks {
                items.append(FrameItem(part: .cutMark, content: .rule(x2: half, y2: markLength, thickness: markThickness), x: half, y: 0))
                items.append(FrameItem(part: .cutMark, content: .rule(x2: half, y2: height, thickness: markThickness),
                                       x: half, y: height - markLength))
            }
            return PageFrame(width: width, height: height, items: items, section: page.section,
                             printedNumber: page.printedNumber, label: page.label)
        }
    }
}

private extension FrameItem {
    /// Text, rules and stamps are printed on both copies; regions, bookmarks and fill-in blanks exist once per PDF.
    var isPrintedOnEveryCopy: Bool {
        switch content {
        case .text, .rule, .rectangle, .image: return true
        case .region, .bookmark, .blank: return false
        }
    }
}
