/// A secrecy or urgency stamp (ô 10a, 10b): a word in bold capitals centred in a single-border
/// rectangle of a fixed size, in red (Phụ lục I, III.2).
public enum Stamp: String, Sendable, Hashable, CaseIterable {
    case topSecret = "TUYỆT MẬT"
    case secret = "TỐI MẬT"
    case confidential = "MẬT"
    case flash = "HỎA TỐC"
    case immediate = "THƯỢNG KHẨN"
    case urgent = "KHẨN"

    public static let secrecyLevels: [Stamp] = [.topSecret, .secret, .confidential]
    public static let urgencyLevels: [Stamp] = [.flash, .immediate, .urgent]

    /// The text printed in the rectangle.
    public var text: String { rawValue }

    /// The rectangle's width and height in millimetres. The urgency sizes are the decree's
    /// (HỎA TỐC 30×8, THƯỢNG KHẨN 40×8, KHẨN 20×8). The decree gives none for the secrecy
    /// stamps and defers to the state-secrets law: TUYỆT MẬT 40×8 and TỐI MẬT 30×8 are the sizes
    /// the secondary sources on that law give; MẬT 20×8 is our choice, by the same steps as the
    /// urgency stamps (the shortest word, the shortest box).
    public var millimetres: (width: Double, height: Double) {
        switch self {
        case .topSecret, .immediate: return (40, 8)
        case .secret, .flash: return (30, 8)
        case .confidential, .urgent: return (20, 8)
        }
    }
}

/// The circulation mark (ô 11), printed in a bordered box above the quốc hiệu. The decree names
/// the first two "such as"; the recall mark ("dấu thu hồi") goes in the same place.
public enum Circulation: String, Sendable, Hashable, CaseIterable {
    case returnAfterReading = "XEM XONG TRẢ LẠI"
    case internalOnly = "LƯU HÀNH NỘI BỘ"
    case recalled = "TÀI LIỆU THU HỒI"

    public var text: String { rawValue }
}
