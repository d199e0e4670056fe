import VanBanModel

/// The values a layout file may give, wide enough for any real variant (an A5 handout, a wider
/// margin) and narrow enough that the page stays usable: negative or huge margins drew text off
/// the page, a zero width made 0-pt pages, a size of 0 was invisible. docs/layout-and-fonts.md, "The layout file",
/// lists them. A value outside its range is an error at its line.
enum LayoutBounds {
    /// A range of lengths and the unit it is told in.
    struct Range {
        let lower: Double
        let upper: Double
        let unit: Unit
        enum Unit: String { case mm, pt }

        static func mm(_ lower: Double, _ upper: Double) -> Range { Range(lower: lower, upper: upper, unit: .mm) }
        static func pt(_ lower: Double, _ upper: Double) -> Range { Range(lower: lower, upper: upper, unit: .pt) }

        func contains(_ length: Length) -> Bool {
            let value = (self.value(of: length) * 1000).rounded() / 1000
            return value >= lower && value <= upper
        }

        func value(of length: Length) -> Double { unit == .mm ? length.millimetres : length.points }

        func describe(_ length: Length) -> String { "\(Self.format(value(of: length))) \(unit.rawValue)" }

        /// "from 0 to 500 mm": what the range allows, said after "must be" / "phải".
        var text: Phrase {
            let (lowest, highest) = (Self.format(lower), Self.format(upper))
            return Phrase(en: "from \(lowest) to \(highest) \(unit.rawValue)", vi: "từ \(lowest) đến \(highest) \(unit.rawValue)")
        }

        private static func format(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(format: "%.2f", value)
        }
    }

    /// The text between the margins: narrower (or lower) than this, lines hold a word or two.
    static let smallestText = 50.0
}

extension LayoutBounds.Range {
    static let pageSide = mm(50, 1500)
    static let margin = mm(0, 500)
    static let textSize = pt(6, 72)
    static let gap = pt(0, 72)
    static let firstLineIndent = mm(0, 50)
    static let ruleThickness = pt(0.1, 5)
    static let column = mm(10, 1500)
    static let signatureSpace = mm(5, 100)
    static let sealDiameter = mm(10, 60)
    static let tablePadding = pt(0, 20)
}
