/// Page labels (ISO 32000-1 §12.4.2): what a viewer shows as the page's name. Given one label
/// per page ("1", "2", "I-1", "I-2"), consecutive pages whose labels share a prefix and count up
/// by one become one range (prefix + decimal numbers). The tree always starts at page 0, which
/// Cairo 1.16's own `set_page_label` leaves out (readers then show those pages unnamed).
public enum PageLabels {
    struct Range: Equatable {
        var startPage: Int
        var prefix: String
        var firstNumber: Int?
    }

    static func ranges(_ labels: [String]) -> [Range] {
        var ranges: [Range] = []
        var expected: (prefix: String, number: Int?)?
        for (page, label) in labels.enumerated() {
            let digits = label.reversed().prefix { $0.isASCII && $0.isNumber }
            let prefix = String(label.dropLast(digits.count))
            let number = digits.isEmpty ? nil : Int(String(digits.reversed()))
            if let expected, expected.prefix == prefix, let next = expected.number, number == next {
                // Continues the current range.
            } else {
                ranges.append(Range(startPage: page, prefix: prefix, firstNumber: number))
            }
            expected = (prefix, number.map { $0 + 1 })
        }
        return ranges
    }

    /// The /PageLabels number tree for the catalog.
    static func tree(_ labels: [String]) -> PDFValue {
        var nums: [PDFValue] = []
        for range in ranges(labels) {
            var label = PDFDictionary()
            if let first = range.firstNumber {
                label["S"] = .name("D")
                if first != 1 { label["St"] = .integer(first) }
            }
            if !range.prefix.isEmpty { label["P"] = .text(range.prefix) }
            nums += [.integer(range.startPage), .dictionary(label)]
        }
        return .dictionary(PDFDictionary(["Nums": .array(nums)]))
    }
}
