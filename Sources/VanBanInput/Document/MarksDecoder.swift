import Foundation
import VanBanModel
import Yams

/// Decodes `marks`: the optional marks of Phụ lục I. The stamps and the circulation mark are
/// the decree's words only, whatever case they are written in; anything else is an error at
/// the value with the nearest word the decree has ("did you mean").
struct MarksDecoder {
    let reader: NodeReader

    func marks(_ node: Node) -> Marks {
        reader.record(reader.span(node), path: "marks")
        guard let fields = reader.mapping(node, allowed: InputKeys.marks, what: "marks") else { return Marks() }
        var marks = Marks()
        marks.secrecy = fields["secrecy"].flatMap {
            word($0, key: "secrecy", among: Stamp.secrecyLevels.map(\.text), other: Stamp.urgencyLevels.map(\.text),
                 otherKey: "urgency").flatMap(Stamp.init(rawValue:))
        }
        marks.urgency = fields["urgency"].flatMap {
            word($0, key: "urgency", among: Stamp.urgencyLevels.map(\.text), other: Stamp.secrecyLevels.map(\.text),
                 otherKey: "secrecy").flatMap(Stamp.init(rawValue:))
        }
        marks.circulation = fields["circulation"].flatMap {
            word($0, key: "circulation", among: Circulation.allCases.map(\.text)).flatMap(Circulation.init(rawValue:))
        }
        marks.typist = fields["typist"].flatMap(typist)
        marks.copies = fields["copies"].flatMap(copies)
        marks.footer = fields["footer"].flatMap { reader.lines($0, what: "marks.footer", path: "marks.footer") } ?? []
        if marks.copies != nil, marks.typist == nil, let node = fields["copies"] {
            reader.error("marks.copies needs marks.typist", at: node,
                         hint: "ô 12 prints the typist's initials with the count, e.g. typist: PL and copies: 300 give PL.(300)")
        }
        return marks
    }

    /// One of the decree's words, compared in capitals with single spaces; "HOẢ TỐC", with the
    /// tone on the other vowel, is "HỎA TỐC". A word of the other stamp gets a hint to move it.
    private func word(_ node: Node, key: String, among words: [String], other: [String] = [],
                      otherKey: String = "") -> String? {
        guard let text = reader.string(node, what: "marks.\(key)", path: "marks.\(key)") else { return nil }
        let written = Self.capitals(text)
        if let word = words.first(where: { $0 == written }) { return word }
        let hint: String
        if other.contains(written) {
            hint = "\(written) is a mark of \(otherKey): write it under `marks.\(otherKey)`"
        } else if let near = Suggestion.closest(to: written, among: words) {
            hint = "did you mean '\(near)'?"
        } else {
            hint = "the decree's marks are \(words.joined(separator: ", "))"
        }
        reader.error("marks.\(key) '\(text)' is not one of the decree's marks", at: node, hint: hint)
        return nil
    }

    private static func capitals(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.uppercased()
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .replacingOccurrences(of: "HOẢ", with: "HỎA")
    }

    /// The typist's initials: letters only, printed in capitals (ô 12).
    private func typist(_ node: Node) -> String? {
        guard let text = reader.string(node, what: "marks.typist", path: "marks.typist") else { return nil }
        let initials = text.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "."))
        guard !initials.isEmpty, initials.allSatisfy(\.isLetter) else {
            reader.error("marks.typist '\(text)' must be the typist's initials", at: node,
                         hint: "write the letters only, e.g. typist: PL; the number of copies goes under marks.copies")
            return nil
        }
        return initials.uppercased()
    }

    private func copies(_ node: Node) -> Int? {
        guard let text = reader.string(node, what: "marks.copies", path: "marks.copies") else { return nil }
        switch reader.wholeNumber(node, text: text, what: "marks.copies", range: 1...99_999) {
        case let .value(count): return count
        case .invalid: return nil
        case .text:
            reader.error("marks.copies must be a whole number of copies, not '\(text)'", at: node, hint: "e.g. copies: 300")
            return nil
        }
    }
}
