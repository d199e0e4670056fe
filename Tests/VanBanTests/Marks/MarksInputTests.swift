import VanBan
import XCTest

/// `marks` and `copy` take the decree's words only: anything else is a located error with the
/// nearest word ("did you mean").
final class MarksInputTests: XCTestCase {
    func diagnostics(_ rest: String) -> [String] {
        let top = "type: Kế hoạch\nissuer: { name: UBND }\nsymbol: KH-UBND\nplace: An Bình\ndate: 2024-09-20\nbody: Nội dung./.\n"
        do {
            _ = try TestSupport.document(yaml: top + rest, file: "plan.yaml")
            XCTFail("the input should have been rejected")
        } catch let Composer.Failure.invalidInput(list) {
            return list.diagnostics.map(\.description)
        } catch {
            XCTFail("unexpected error \(error)")
        }
        return []
    }

    func testMarksOutsideTheDecreesListsAreLocatedWithTheNearestWord() {
        let messages = diagnostics("""
            marks:
              secrecy: MAT
              urgency: TUYỆT MẬT
              circulation: lưu hành nội bội
              typist: P.L 2
              copies: nhiều
            """)
        XCTAssertEqual(messages, [
            "plan.yaml:8:12: error: marks.secrecy 'MAT' is not one of the decree's marks (hint: did you mean 'MẬT'?)",
            "plan.yaml:9:12: error: marks.urgency 'TUYỆT MẬT' is not one of the decree's marks (hint: TUYỆT MẬT is a mark of secrecy: write it under `marks.secrecy`)",
            "plan.yaml:10:16: error: marks.circulation 'lưu hành nội bội' is not one of the decree's marks (hint: did you mean 'LƯU HÀNH NỘI BỘ'?)",
            "plan.yaml:11:11: error: marks.typist 'P.L 2' must be the typist's initials (hint: write the letters only, e.g. typist: PL; the number of copies goes under marks.copies)",
            "plan.yaml:12:11: error: marks.copies must be a whole number of copies, not 'nhiều' (hint: e.g. copies: 300)",
        ])
    }

    func testTheDecreesWordsAreReadInAnyCaseAndSpelling() throws {
        let yaml = try String(contentsOfFile: TestSupport.examples + "/minimal.yaml", encoding: .utf8)
            + "\nmarks: { secrecy: tối  mật, urgency: Hoả tốc, circulation: xem xong trả lại, typist: pl, copies: 300 }\n"
        let marks = try TestSupport.document(yaml: yaml).marks
        XCTAssertEqual(marks.secrecy?.text, "TỐI MẬT")
        XCTAssertEqual(marks.urgency?.text, "HỎA TỐC")
        XCTAssertEqual(marks.circulation?.text, "XEM XONG TRẢ LẠI")
        XCTAssertEqual(marks.typistLine, "PL.(300)")
    }

    func testACopyNeedsAKnownKindAndItsKeys() {
        let messages = diagnostics("""
            copy:
              kind: sao luc
              issuer: UBND XÃ AN BÌNH
              symbol: SY-UBND
              place: An Bình
              date: 2024-13-01
              signer: { name: Trần Văn Bình }
            """)
        XCTAssertEqual(messages.count, 2, messages.joined(separator: "\n"))
        XCTAssertEqual(messages.first, "plan.yaml:8:9: error: copy.kind 'sao luc' is not a kind of copy (hint: did you mean 'sao lục'?)")
        XCTAssertTrue(messages.last?.hasPrefix("plan.yaml:12:9: error: copy.date must be YYYY-MM-DD") == true, messages.last ?? "")
        XCTAssertEqual(diagnostics("copy: { kind: trích sao }\n"), [
            "plan.yaml:7:7: error: copy needs the key 'issuer' (hint: add `issuer: …`)",
            "plan.yaml:7:7: error: copy needs the key 'symbol' (hint: add `symbol: …`)",
            "plan.yaml:7:7: error: copy needs the key 'place' (hint: add `place: …`)",
            "plan.yaml:7:7: error: copy needs the key 'date' (hint: add `date: …`)",
            "plan.yaml:7:7: error: copy needs the key 'signer' (hint: add `signer: …`)",
        ])
    }
}
