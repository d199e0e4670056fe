/// The optional marks of Phụ lục I (section III; boxes 10a–13) that any form may carry: the
/// secrecy and urgency stamps under the số, the circulation mark above the quốc hiệu, the
/// typist's initials and number of copies after "Lưu", and the contact footer of page 1.
public struct Marks: Sendable, Hashable {
    /// Ô 10a: độ mật.
    public var secrecy: Stamp?
    /// Ô 10b: độ khẩn.
    public var urgency: Stamp?
    /// Ô 11: chỉ dẫn về phạm vi lưu hành ("LƯU HÀNH NỘI BỘ").
    public var circulation: Circulation?
    /// Ô 12: the typist's initials, in capitals ("PL").
    public var typist: String?
    /// Ô 12: how many copies are issued (the 300 of "PL.(300)").
    public var copies: Int?
    /// Ô 13: address, phone, fax, e-mail, website, one line each.
    public var footer: [String]

    public init(secrecy: Stamp? = nil, urgency: Stamp? = nil, circulation: Circulation? = nil, typist: String? = nil,
                copies: Int? = nil, footer: [String] = []) {
        self.secrecy = secrecy
        self.urgency = urgency
        self.circulation = circulation
        self.typist = typist
        self.copies = copies
        self.footer = footer
    }

    /// The stamps under the số, in the decree's order: 10a above 10b.
    public var stamps: [Stamp] { [secrecy, urgency].compactMap { $0 } }

    /// Ô 12 as printed: "PL.(300)", or "PL." without a count; nil without initials.
    public var typistLine: String? {
        guard let typist else { return nil }
        return "\(typist)." + (copies.map { "(\($0))" } ?? "")
    }
}
