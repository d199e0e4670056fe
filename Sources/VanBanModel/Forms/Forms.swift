import Foundation

/// The model forms of Phụ lục III, to be read against the decree line by line
/// (nd30-templates.md). A type the table does not know is laid out as a document with a type
/// name (Mẫu 1.4).
public enum Forms {
    // Mẫu 1.1, 1.2/1.3: căn cứ, then the lead-in line, then articles.
    private static let enacting: [Box] = [.header, .title, .authority, .bases, .leadIn, .body, .closing]
    // Mẫu 1.4: a document with a type name; Kính gửi for one sent upward, căn cứ where written.
    private static let named: [Box] = [.header, .title, .addressees, .bases, .body, .closing]

    public static let resolution = Form(type: "Nghị quyết", model: "1.1", symbolCode: "NQ", boxes: enacting,
                                        leadIn: "QUYẾT NGHỊ:", numbering: .articles)
    public static let decision = Form(type: "Quyết định", model: "1.2", symbolCode: "QĐ", boxes: enacting,
                                      leadIn: "QUYẾT ĐỊNH:", numbering: .articles)
    public static let officialLetter = Form(type: "Công văn", model: "1.5", symbolCode: nil,
                                            boxes: [.header, .addressees, .bases, .body, .closing])
    public static let telegram = Form(type: "Công điện", model: "1.6", symbolCode: "CĐ",
                                      boxes: [.header, .title, .telegram, .body, .closing])
    public static let invitation = Form(
        type: "Giấy mời", model: "1.7", symbolCode: "GM", boxes: [.header, .title, .details, .body, .closing],
        details: [
            DetailLine("{issuer} trân trọng kính mời: {invitee}"),
            DetailLine("Tới dự {event}"),
            DetailLine("Chủ trì: {chair}"),
            DetailLine("Thời gian: {time}"),
            DetailLine("Địa điểm: {venue}"),
        ], requiresBody: false)
    public static let introduction = Form(
        type: "Giấy giới thiệu", model: "1.8", symbolCode: "GGT", boxes: [.header, .title, .details, .body, .closing],
        hasSummary: false,
        details: [
            DetailLine("{issuer} trân trọng giới thiệu:", alignment: .center),
            DetailLine("Ông (bà): {person}"),
            DetailLine("Chức vụ: {position}"),
            DetailLine("Được cử đến: {sentTo}"),
            DetailLine("Về việc: {about}"),
            DetailLine("Đề nghị Quý cơ quan tạo điều kiện để ông (bà) có tên trên hoàn thành nhiệm vụ."),
            DetailLine("Giấy này có giá trị đến hết ngày {validUntil}./."),
        ], requiresBody: false)
    public static let minutes = Form(
        type: "Biên bản", model: "1.9", symbolCode: "BB",
        boxes: [.header, .title, .details, .body, .closingDetails, .closing], signers: .pair, datedHeader: false,
        details: [
            DetailLine("Thời gian bắt đầu: {start}"),
            DetailLine("Địa điểm: {venue}"),
            DetailLine("Thành phần tham dự: {participants}"),
            DetailLine("Chủ trì (chủ tọa): {chair}"),
            DetailLine("Thư ký (người ghi biên bản): {secretary}"),
            DetailLine("Nội dung (theo diễn biến cuộc họp/hội nghị/hội thảo):"),
        ],
        closingDetails: [DetailLine("{meeting=Cuộc họp} kết thúc vào {end}./.")])
    public static let leave = Form(
        type: "Giấy nghỉ phép", model: "1.10", symbolCode: "GNP",
        boxes: [.header, .title, .details, .body, .closing], hasSummary: false,
        details: [
            DetailLine("Xét Đơn đề nghị nghỉ phép ngày {requestDate} của ông (bà) {person},"),
            DetailLine("{issuer} cấp cho:"),
            DetailLine("Ông (bà): {person}"),
            DetailLine("Chức vụ: {position}"),
            DetailLine("Được nghỉ phép trong thời gian {duration}, kể từ ngày {from} đến hết ngày {until} tại {leavePlace}."),
            DetailLine("Số ngày nghỉ phép nêu trên được tính vào thời gian {countedAs}./."),
        ], requiresBody: false)

    /// Mẫu 1.4: the documents with a type name and no form of their own.
    public static let namedTypes: [(type: String, code: String)] = [
        ("Chỉ thị", "CT"), ("Quy chế", "QC"), ("Quy định", "QyĐ"), ("Thông cáo", "TC"), ("Thông báo", "TB"),
        ("Hướng dẫn", "HD"), ("Chương trình", "CTr"), ("Kế hoạch", "KH"), ("Phương án", "PA"), ("Đề án", "ĐA"),
        ("Dự án", "DA"), ("Báo cáo", "BC"), ("Tờ trình", "TTr"), ("Giấy ủy quyền", "GUQ"), ("Phiếu gửi", "PG"),
        ("Phiếu chuyển", "PC"), ("Phiếu báo", "PB"), ("Hợp đồng", "HĐ"), ("Bản ghi nhớ", "BGN"),
        ("Bản thỏa thuận", "BTT"),
    ]

    /// Every form, the decree's own first, then the documents with a type name.
    public static let all: [Form] = [resolution, decision]
        + namedTypes.map { named(type: $0.type, code: $0.code) }
        + [officialLetter, telegram, invitation, introduction, minutes, leave]

    /// The symbol codes of copies (Mẫu 3.1): bản sao y, bản trích sao, bản sao lục.
    public static let copyCodes: [String: String] = Dictionary(
        uniqueKeysWithValues: PaperCopy.Kind.allCases.map { ($0.rawValue, $0.symbolCode) })

    /// The form of a type as the user wrote it ("Quyết định", "QUYẾT ĐỊNH", "quyết  định");
    /// a type the decree does not list is a document with a type name and no ký hiệu code.
    public static func form(for type: String) -> Form {
        byName[normalised(type)] ?? named(type: type, code: nil)
    }

    /// Whether the decree lists the type.
    public static func isKnown(_ type: String) -> Bool { byName[normalised(type)] != nil }

    private static func named(type: String, code: String?) -> Form {
        Form(type: type, model: "1.4", symbolCode: code, boxes: named)
    }

    private static let byName: [String: Form] = Dictionary(all.map { (normalised($0.type), $0) },
                                                            uniquingKeysWith: { first, _ in first })

    /// Lower case, NFC, single spaces; "thoả"/"uỷ" spelt with the tone on the other vowel are the same word.
    public static func normalised(_ type: String) -> String {
        type.precomposedStringWithCanonicalMapping.lowercased()
            .split(separator: " ").joined(separator: " ")
            .replacingOccurrences(of: "thoả", with: "thỏa").replacingOccurrences(of: "uỷ", with: "ủy")
    }
}
