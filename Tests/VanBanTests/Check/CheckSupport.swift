import VanBan
import VanBanCheck
import VanBanModel
import XCTest

/// A small plan that breaks no rule, and helpers to break it one line at a time.
enum CheckSupport {
    /// Line numbers: 3 number, 4 symbol, 5 place, 6 date, 8–9 bases, 11–17 body,
    /// 19–20 recipients, 22 authority, 23 title.
    static let clean = """
        type: Kế hoạch
        issuer: { name: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH] }
        number: "05"
        symbol: KH-UBND
        place: An Bình
        date: { day: "05", month: "02", year: 2024 }
        bases:
          - Căn cứ Luật Tổ chức chính quyền địa phương;
          - Căn cứ Kế hoạch số 12/KH-UBND của UBND huyện.
        body: |
          I. MỤC ĐÍCH
          1. Mục đích
          Nâng cao nhận thức.
          2. Yêu cầu
          Thiết thực, hiệu quả.
          II. NỘI DUNG
          Tổ chức các hoạt động./.
        recipients:
          - UBND huyện;
          - "Lưu: VT, VP."
        signer:
          authority: TM. ỦY BAN NHÂN DÂN
          title: CHỦ TỊCH
          name: Trần Văn Bình

        """

    /// The clean plan with one piece of text replaced (which must be there).
    static func yaml(replacing old: String, with new: String) -> String {
        precondition(clean.contains(old), "the clean plan has no '\(old)'")
        return clean.replacingOccurrences(of: old, with: new)
    }

    static func read(_ text: String) throws -> SourcedDocument {
        try TestSupport.composer.readSourced(text: text, file: "plan.yaml")
    }

    static func findings(_ text: String) throws -> [Finding] { DocumentChecker.check(try read(text)) }

    /// The findings of one rule, as printed.
    static func messages(_ text: String, rule: String) throws -> [String] {
        try findings(text).filter { $0.rule == rule }.map(\.description)
    }

    static func fixed(_ text: String) throws -> DocumentChecker.FixOutcome {
        try DocumentChecker.fix(text, read: read)
    }
}
