/// Tên loại văn bản and their abbreviations for the ký hiệu (Decree 30, Annex III; nd30.md §8).
enum DocumentTypes {
    static let abbreviations: [String: String] = [
        "nghị quyết": "NQ", "quyết định": "QĐ", "chỉ thị": "CT", "quy chế": "QC", "quy định": "QyĐ",
        "thông cáo": "TC", "thông báo": "TB", "hướng dẫn": "HD", "chương trình": "CTr", "kế hoạch": "KH",
        "phương án": "PA", "đề án": "ĐA", "dự án": "DA", "báo cáo": "BC", "biên bản": "BB", "tờ trình": "TTr",
        "hợp đồng": "HĐ", "công điện": "CĐ", "bản ghi nhớ": "BGN", "bản thỏa thuận": "BTT",
        "giấy ủy quyền": "GUQ", "giấy mời": "GM", "giấy giới thiệu": "GGT", "giấy nghỉ phép": "GNP",
        "phiếu gửi": "PG", "phiếu chuyển": "PC", "phiếu báo": "PB",
        "bản sao y": "SY", "bản trích sao": "TrS", "bản sao lục": "SL",
    ]

    /// The abbreviation of a type as the user wrote it ("Kế hoạch", "KẾ HOẠCH"), if the decree has one.
    static func abbreviation(of type: String) -> String? {
        abbreviations[normalised(type)]
    }

    static func isOfficialLetter(_ type: String) -> Bool { normalised(type) == "công văn" }

    /// Lower case, NFC, single spaces; "thoả"/"uỷ" spelt with the tone on the other vowel are the same word.
    static func normalised(_ type: String) -> String {
        type.precomposedStringWithCanonicalMapping.lowercased()
            .split(separator: " ").joined(separator: " ")
            .replacingOccurrences(of: "thoả", with: "thỏa").replacingOccurrences(of: "uỷ", with: "ủy")
    }
}
