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
        guard let fields = reader.mapping(node, allowed: InputKeys.marks, what: .key("marks")) else { return Marks() }
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
        marks.footer = fields["footer"].flatMap { reader.lines($0, what: .key("marks.footer"), path: "marks.footer") } ?? []
        if marks.copies != nil, marks.typist == nil, let node = fields["copies"] {
            reader.error(Phrase(en: "marks.copies needs marks.typist", vi: "có marks.copies thì cần có marks.typist"), at: node,
                         hint: Phrase(en: "ô 12 prints the typist's initials with the count, e.g. typist: PL and copies: 300 give PL.(300)",
                                      vi: "ô 12 in chữ viết tắt tên người đánh máy cùng số bản, ví dụ typist: PL và copies: 300 in thành PL.(300)"))
        }
        return marks
    }

    /// One of the decree's words, compared in capitals with single spaces; "HOẢ TỐC", with the
    /// tone on the other vowel, is "HỎA TỐC". A word of the other stamp gets a hint to move it.
    private func word(_ node: Node, key: String, among words: [String], other: [String] = [],
                      otherKey: String = "") -> String? {
        guard let text = reader.string(node, what: .key("marks.\(key)"), path: "marks.\(key)") else { return nil }
        let written = Self.capitals(text)
        if let word = words.first(where: { $0 == written }) { return word }
        let hint: Phrase
        if other.contains(written) {
            hint = Phrase(en: "\(written) is a mark of \(otherKey): write it under `marks.\(otherKey)`",
                          vi: "\(written) là dấu thuộc \(otherKey): hãy ghi dưới `marks.\(otherKey)`")
        } else if let near = Suggestion.hint(for: written, among: words) {
            hint = near
        } else {
            let list = words.joined(separator: ", ")
            hint = Phrase(en: "the decree's marks are \(list)", vi: "các dấu theo Nghị định là \(list)")
        }
        reader.error(Phrase(en: "marks.\(key) '\(text)' is not one of the decree's marks",
                            vi: "marks.\(key) '\(text)' không phải là dấu nào theo Nghị định"), at: node, hint: hint)
        return nil
    }

    private static func capitals(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.uppercased()
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .replacingOccurrences(of: "HOẢ", with: "HỎA")
    }

    /// The typist's initials: letters only, printed in capitals (ô 12).
    private func typist(_ node: Node) -> String? {
        guard let text = reader.string(node, what: .key("marks.typist"), path: "marks.typist") else { return nil }
        let initials = text.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "."))
        guard !initials.isEmpty, initials.allSatisfy(\.isLetter) else {
            reader.error(Phrase(en: "marks.typist '\(text)' must be the typist's initials",
                                vi: "marks.typist '\(text)' phải là chữ viết tắt tên người đánh máy"), at: node,
                         hint: Phrase(en: "write the letters only, e.g. typist: PL; the number of copies goes under marks.copies",
                                      vi: "chỉ viết các chữ cái, ví dụ typist: PL; số bản ghi dưới marks.copies"))
            return nil
        }
        return initials.uppercased()
    }

    private func copies(_ node: Node) -> Int? {
        guard let text = reader.string(node, what: .key("marks.copies"), path: "marks.copies") else { return nil }
        switch reader.wholeNumber(node, text: text, what: .key("marks.copies"), range: 1...99_999) {
        case let .value(count): return count
        case .invalid: return nil
        case .text:
            reader.error(Phrase(en: "marks.copies must be a whole number of copies, not '\(text)'",
                                vi: "marks.copies phải là số bản, một số nguyên, không phải '\(text)'"), at: node,
                         hint: Phrase(en: "e.g. copies: 300", vi: "ví dụ copies: 300"))
            return nil
        }
    }
}
