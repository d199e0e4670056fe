import VanBanCheck
import XCTest

/// One test per Decree 30 rule of `vanban check`, each on the clean plan broken in one place:
/// the finding's location and wording, and what --fix makes of it.
final class CheckRulesTests: XCTestCase {
    typealias S = CheckSupport

    func testTheCleanPlanHasNoFindings() throws {
        XCTAssertEqual(try S.findings(S.clean).map(\.description), [])
    }

    func testSymbolMustStartWithTheTypeAbbreviation() throws {
        let messages = try S.messages(S.yaml(replacing: "symbol: KH-UBND", with: "symbol: QĐ-UBND"), rule: "symbol-matches-type")
        XCTAssertEqual(messages, ["plan.yaml:4:9: error: the ký hiệu 'QĐ-UBND' does not start with 'KH', the abbreviation of Kế hoạch (hint: write symbol: KH-UBND (Decree 30, Annex III), or correct the type) [symbol-matches-type]"])
        let decision = S.yaml(replacing: "type: Kế hoạch", with: "type: Quyết định")
            .replacingOccurrences(of: "symbol: KH-UBND", with: "symbol: QĐ-UBND")
        XCTAssertEqual(try S.messages(decision, rule: "symbol-matches-type"), [])
    }

    /// A paper copy's ký hiệu starts with SY, SL or TrS after its kind (lines 25–31 after the clean plan).
    func testCopySymbolMatchesTheKindOfCopy() throws {
        func copy(_ kind: String, _ symbol: String) -> String {
            S.clean + """
                copy:
                  kind: \(kind)
                  issuer: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
                  symbol: \(symbol)
                  place: An Bình
                  date: 2024-02-07
                  signer: { authority: TM. ỦY BAN NHÂN DÂN, title: CHỦ TỊCH, name: Trần Văn Bình }

                """
        }
        XCTAssertEqual(try S.messages(copy("sao lục", "SY-UBND"), rule: "copy-symbol"),
                       ["plan.yaml:28:11: error: the copy's ký hiệu 'SY-UBND' does not start with 'SL', the code of a bản sao lục (hint: write symbol: SL-UBND under `copy` (Decree 30, Annex III, table I)) [copy-symbol]"])
        XCTAssertEqual(try S.messages(copy("trích sao", "TRS-UBND"), rule: "copy-symbol").count, 1, "TrS is written in mixed case")
        for (kind, symbol) in [("sao y", "SY-UBND"), ("sao lục", "SL-UBND"), ("trích sao", "TrS-UBND")] {
            XCTAssertEqual(try S.findings(copy(kind, symbol)).map(\.description), [], kind)
        }
    }

    func testSymbolShapeAndTheOfficialLetterSymbol() throws {
        let letter = S.yaml(replacing: "type: Kế hoạch", with: "type: Công văn")
        XCTAssertEqual(try S.messages(letter, rule: "symbol-shape"),
                       ["plan.yaml:4:9: warning: a công văn's ký hiệu 'KH-UBND' starts with the type abbreviation 'KH' (hint: a công văn has no type abbreviation: write issuer-unit, e.g. UBND-VX) [symbol-shape]"])
        XCTAssertEqual(try S.messages(letter.replacingOccurrences(of: "KH-UBND", with: "UBND-VX"), rule: "symbol-shape"), [])
        XCTAssertEqual(try S.messages(letter.replacingOccurrences(of: "symbol: KH-UBND", with: "symbol: UBND"), rule: "symbol-shape").count, 1)
        let spaced = try S.messages(S.yaml(replacing: "symbol: KH-UBND", with: "symbol: KH - UBND"), rule: "symbol-shape")
        XCTAssertEqual(spaced.count, 1)
        XCTAssertTrue(spaced[0].contains("contains a space"), spaced[0])
    }

    /// "Số: 21/2022/NQ-HĐND": a legal-normative number carries its year, written with the number
    /// or opening the ký hiệu; neither is an error, and the type and shape rules look past it.
    func testLegalNormativeNumbersCarryTheYear() throws {
        let resolution = S.yaml(replacing: "type: Kế hoạch", with: "type: Nghị quyết")
        let inSymbol = resolution.replacingOccurrences(of: "number: \"05\"", with: "number: 21")
            .replacingOccurrences(of: "symbol: KH-UBND", with: "symbol: 2022/NQ-HĐND")
        let rules = ["symbol-matches-type", "symbol-shape", "number-leading-zero"]
        for rule in rules { XCTAssertEqual(try S.messages(inSymbol, rule: rule), [], rule) }
        let withNumber = resolution.replacingOccurrences(of: "number: \"05\"", with: "number: 21/2022")
            .replacingOccurrences(of: "symbol: KH-UBND", with: "symbol: NQ-HĐND")
        for rule in rules { XCTAssertEqual(try S.messages(withNumber, rule: rule), [], rule) }
        XCTAssertTrue(try S.findings(inSymbol).filter { $0.severity == .error }.isEmpty)
        // The year does not hide a wrong type or a bad shape after it.
        XCTAssertEqual(try S.messages(inSymbol.replacingOccurrences(of: "2022/NQ-HĐND", with: "2022/QĐ-HĐND"), rule: "symbol-matches-type"),
                       ["plan.yaml:4:9: error: the ký hiệu '2022/QĐ-HĐND' does not start with 'NQ', the abbreviation of Nghị quyết (hint: write symbol: 2022/NQ-HĐND (Decree 30, Annex III), or correct the type) [symbol-matches-type]"])
        XCTAssertEqual(try S.messages(inSymbol.replacingOccurrences(of: "2022/NQ-HĐND", with: "2022/NQ/HĐND"), rule: "symbol-shape").count, 1)
        XCTAssertEqual(try S.messages(inSymbol.replacingOccurrences(of: "2022/NQ-HĐND", with: "22/NQ-HĐND"), rule: "symbol-shape").count, 1,
                       "only a four-digit year opens a ký hiệu")
        // A number below 10 still takes its zero: 5/2022 → 05/2022.
        let single = withNumber.replacingOccurrences(of: "number: 21/2022", with: "number: 5/2022")
        XCTAssertEqual(try S.messages(single, rule: "number-leading-zero").count, 1)
        XCTAssertTrue(try S.fixed(single).text.contains("number: 05/2022\n"))
        // And it prints as the decree writes it.
        let pdf = try TestSupport.pdfFile(try S.read(inSymbol).document, name: "resolution")
        XCTAssertTrue(try TestSupport.extractText(pdf).contains("Số: 21/2022/NQ-HĐND"))
    }

    func testNumberBelowTenGetsALeadingZero() throws {
        let text = S.yaml(replacing: "number: \"05\"", with: "number: \"5\"  # số")
        XCTAssertEqual(try S.messages(text, rule: "number-leading-zero"),
                       ["plan.yaml:3:9: warning: the number '5' needs a leading zero (hint: write 05; a number below 10 is printed with a leading zero) [number-leading-zero]"])
        let outcome = try S.fixed(text)
        XCTAssertTrue(outcome.text.contains("number: \"05\"  # số\n"), "the comment stays")
        XCTAssertEqual(outcome.findings.map(\.description), [])
        // A bare integer is padded by the reader, so there is nothing to report.
        XCTAssertEqual(try S.messages(S.yaml(replacing: "number: \"05\"", with: "number: 5"), rule: "number-leading-zero"), [])
    }

    func testDayAndMonthLeadingZeros() throws {
        let text = S.yaml(replacing: "date: { day: \"05\", month: \"02\", year: 2024 }",
                          with: "date: { day: \"5\", month: \"2\", year: 2024 }")
        let messages = try S.messages(text, rule: "date-leading-zeros")
        XCTAssertEqual(messages.count, 2, messages.joined(separator: "\n"))
        XCTAssertTrue(messages[0].hasPrefix("plan.yaml:6:14: warning: the day '5' needs a leading zero"), messages[0])
        XCTAssertTrue(messages[1].hasPrefix("plan.yaml:6:26: warning: the month '2' is written '02'"), messages[1])
        XCTAssertTrue(try S.fixed(text).text.contains("date: { day: \"05\", month: \"02\", year: 2024 }"))
        let september = S.yaml(replacing: "month: \"02\"", with: "month: \"09\"")
        XCTAssertTrue(try S.fixed(september).text.contains("month: \"9\""))
    }

    func testADateThatDoesNotExist() throws {
        let february = S.yaml(replacing: "date: { day: \"05\", month: \"02\", year: 2024 }", with: "date: 2023-02-29")
        XCTAssertEqual(try S.messages(february, rule: "date-exists"),
                       ["plan.yaml:6:7: error: the date 29/2/2023 does not exist (hint: month 2 of 2023 has 28 days) [date-exists]"])
        let leap = S.yaml(replacing: "date: { day: \"05\", month: \"02\", year: 2024 }", with: "date: 2024-02-29")
        XCTAssertEqual(try S.messages(leap, rule: "date-exists"), [])
        let april = S.yaml(replacing: "day: \"05\", month: \"02\"", with: "day: 31, month: 4")
        XCTAssertEqual(try S.messages(april, rule: "date-exists").count, 1)
    }

    func testPlaceNameStartsWithACapital() throws {
        let text = S.yaml(replacing: "place: An Bình", with: "place: an Bình")
        XCTAssertEqual(try S.messages(text, rule: "place-capitalised"),
                       ["plan.yaml:5:8: warning: the place name 'an Bình' does not start with a capital (hint: write An Bình) [place-capitalised]"])
        XCTAssertTrue(try S.fixed(text).text.contains("place: An Bình\n"))
    }

    func testAuthorityPrefix() throws {
        let missingDot = S.yaml(replacing: "authority: TM. ỦY BAN NHÂN DÂN", with: "authority: TM ỦY BAN NHÂN DÂN")
        XCTAssertEqual(try S.messages(missingDot, rule: "authority-prefix"),
                       ["plan.yaml:22:14: warning: the signer's 'TM' needs its dot: 'TM.' (hint: the prefixes are TM., KT., Q., TL., TUQ.) [authority-prefix]"])
        XCTAssertTrue(try S.fixed(missingDot).text.contains("authority: TM. ỦY BAN NHÂN DÂN\n"))
        let none = S.yaml(replacing: "authority: TM. ỦY BAN NHÂN DÂN", with: "authority: ỦY BAN NHÂN DÂN")
        let messages = try S.messages(none, rule: "authority-prefix")
        XCTAssertEqual(messages.count, 1)
        XCTAssertTrue(messages[0].contains("does not start with TM., KT., Q., TL., TUQ."), messages[0])
        XCTAssertEqual(try S.fixed(none).fixedCount, 0, "no prefix is guessed")
        let title = S.yaml(replacing: "title: CHỦ TỊCH", with: "title: [KT CHỦ TỊCH, PHÓ CHỦ TỊCH]")
        XCTAssertTrue(try S.fixed(title).text.contains("title: [KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]"))
    }

    func testIssuerAndSignerTitleInCapitals() throws {
        let text = S.yaml(replacing: "[ỦY BAN NHÂN DÂN, XÃ AN BÌNH]", with: "[Ủy ban nhân dân, XÃ AN BÌNH]")
            .replacingOccurrences(of: "title: CHỦ TỊCH", with: "title: Chủ tịch")
        let messages = try S.messages(text, rule: "capitals")
        XCTAssertEqual(messages, [
            "plan.yaml:2:18: warning: the issuer 'Ủy ban nhân dân' is not in capitals (hint: write ỦY BAN NHÂN DÂN) [capitals]",
            "plan.yaml:23:10: warning: the signer's title 'Chủ tịch' is not in capitals (hint: write CHỦ TỊCH) [capitals]",
        ])
        let outcome = try S.fixed(text)
        XCTAssertEqual(outcome.text, S.clean)
        XCTAssertEqual(outcome.fixedCount, 2)
    }

    func testBasesEndWithSemicolonsAndTheLastWithAFullStop() throws {
        let text = S.yaml(replacing: "địa phương;", with: "địa phương,").replacingOccurrences(of: "UBND huyện.", with: "UBND huyện;")
        let messages = try S.messages(text, rule: "bases-punctuation")
        XCTAssertEqual(messages, [
            "plan.yaml:8:5: warning: a căn cứ that is not the last should end with ';' (hint: each căn cứ ends with ';' and the last with '.') [bases-punctuation]",
            "plan.yaml:9:5: warning: the last căn cứ should end with '.' (hint: each căn cứ ends with ';' and the last with '.') [bases-punctuation]",
        ])
        XCTAssertEqual(try S.fixed(text).text, S.clean)
    }

    func testAddresseesEndWithSemicolonsAndTheLastWithAFullStop() throws {
        let text = S.yaml(replacing: "place: An Bình\n", with: "place: An Bình\naddressees:\n  - Các phòng, ban\n  - UBND các xã;\n")
        XCTAssertEqual(try S.messages(text, rule: "addressees-punctuation"), [
            "plan.yaml:7:5: warning: an addressee that is not the last should end with ';' (hint: under Kính gửi, each addressee ends with ';' and the last with '.') [addressees-punctuation]",
            "plan.yaml:8:5: warning: the last addressee should end with '.' (hint: under Kính gửi, each addressee ends with ';' and the last with '.') [addressees-punctuation]",
        ])
        XCTAssertTrue(try S.fixed(text).text.contains("  - Các phòng, ban;\n  - UBND các xã.\n"))
        let single = S.yaml(replacing: "place: An Bình\n", with: "place: An Bình\naddressees: Các phòng, ban\n")
        XCTAssertEqual(try S.messages(single, rule: "addressees-punctuation"), [], "one addressee stands on the Kính gửi line")
    }

    func testRecipientsPunctuationAndTheFilingLine() throws {
        let text = S.yaml(replacing: "- UBND huyện;", with: "- UBND huyện").replacingOccurrences(of: "\"Lưu: VT, VP.\"", with: "Lưu VT, VP")
        let messages = try S.messages(text, rule: "recipients-punctuation")
        XCTAssertEqual(messages.count, 3, messages.joined(separator: "\n"))
        XCTAssertTrue(messages[0].hasPrefix("plan.yaml:19:5: warning: the recipient 'UBND huyện' should end with ';'"), messages[0])
        XCTAssertTrue(messages[1].hasPrefix("plan.yaml:20:5: warning: the recipient 'Lưu VT, VP' should end with '.'"), messages[1])
        XCTAssertTrue(messages[2].hasPrefix("plan.yaml:20:5: warning: the filing line 'Lưu VT, VP' needs a colon after 'Lưu'"), messages[2])
        // Two fixes on one value take two passes; the plain value stays plain (quoting it is not a safe edit).
        let outcome = try S.fixed(text)
        XCTAssertTrue(outcome.text.contains("  - UBND huyện;\n"), outcome.text)
        XCTAssertTrue(outcome.text.contains("  - Lưu VT, VP.\n"), outcome.text)
        XCTAssertEqual(try S.messages(outcome.text, rule: "recipients-punctuation").count, 1,
                       "adding ': ' to a plain YAML value would change its meaning, so that one stays for the user")
        let wrongArchive = S.yaml(replacing: "Lưu: VT, VP.", with: "Lưu: VP.")
        XCTAssertTrue(try S.messages(wrongArchive, rule: "recipients-punctuation")[0].contains("does not name VT (văn thư) first"))
    }

    func testBodyEndsWithTheEndMark() throws {
        let text = S.yaml(replacing: "Tổ chức các hoạt động./.", with: "Tổ chức các hoạt động.")
        XCTAssertEqual(try S.messages(text, rule: "body-end-mark"),
                       ["plan.yaml:17:3: warning: the body does not end with './.' (hint: end the last sentence with ./. to mark the end of the text) [body-end-mark]"])
        XCTAssertEqual(try S.fixed(text).text, S.clean)
        let colon = S.yaml(replacing: "Tổ chức các hoạt động./.", with: "Tổ chức các hoạt động sau:")
        XCTAssertEqual(try S.fixed(colon).fixedCount, 0, "a sentence cut at ':' is left for the user")
    }

    func testEmptySections() throws {
        let text = S.yaml(replacing: "  II. NỘI DUNG\n", with: "  II. NỘI DUNG\n  III. TỔ CHỨC THỰC HIỆN\n")
        let messages = try S.messages(text, rule: "empty-section")
        XCTAssertEqual(messages, ["plan.yaml:16:3: warning: the heading 'II. NỘI DUNG' has no content (hint: write its content under it, or remove the heading) [empty-section]"])
        let emptyClause = S.yaml(replacing: "  Nâng cao nhận thức.\n", with: "")
        XCTAssertTrue(try S.messages(emptyClause, rule: "empty-section")[0].hasPrefix("plan.yaml:12:3: warning: the heading '1. Mục đích' has no content"))
    }

    func testNumberingThatSkipsOrRepeats() throws {
        let skipped = S.yaml(replacing: "  II. NỘI DUNG", with: "  IV. NỘI DUNG")
        XCTAssertEqual(try S.messages(skipped, rule: "numbering"),
                       ["plan.yaml:16:3: warning: the numbering skips a number: after I comes IV, expected II (hint: number the parts in order without gaps or repeats) [numbering]"])
        let repeated = S.yaml(replacing: "  2. Yêu cầu", with: "  1. Yêu cầu")
        XCTAssertEqual(try S.messages(repeated, rule: "numbering"),
                       ["plan.yaml:14:3: warning: the numbering repeats or goes back: after 1 comes 1, expected 2 (hint: number the parts in order without gaps or repeats) [numbering]"])
    }

    func testLegacyEncodingsPastedAsLatin1() throws {
        let tcvn3 = S.yaml(replacing: "place: An Bình", with: "place: An Bình\nsummary: Tæ chøc ho¹t ®éng")
        let messages = try S.messages(tcvn3, rule: "legacy-encoding")
        XCTAssertEqual(messages.count, 1, messages.joined(separator: "\n"))
        XCTAssertTrue(messages[0].hasPrefix("plan.yaml:6:10: warning: 'Tæ' looks like text typed in the legacy TCVN3 (ABC, .VnTime) encoding ('æ' at character 2)"),
                      messages[0])
        let vni = S.yaml(replacing: "place: An Bình", with: "place: An Bình\nsummary: Keá hoaïch toå chöùc")
        let vniMessages = try S.messages(vni, rule: "legacy-encoding")
        XCTAssertEqual(vniMessages.count, 1)
        XCTAssertTrue(vniMessages[0].contains("VNI"), vniMessages[0])
        XCTAssertEqual(try S.messages(S.yaml(replacing: "place: An Bình", with: "place: An Bình\nsummary: Café « Hà Nội » 30°"),
                                      rule: "legacy-encoding"), [])
        // Units and signs beside letters and digits are not letters of either encoding.
        let signs = "Diện tích 120m², thể tích 3m³, nhiệt độ 30°C ± 2°C, tỷ lệ ≤5% hoặc ≥10%, 2019–2024 — đạt"
        XCTAssertEqual(try S.messages(S.yaml(replacing: "place: An Bình", with: "place: An Bình\nsummary: \(signs)"),
                                      rule: "legacy-encoding"), [])
        // "¹" is TCVN3's "ạ": still reported beside the signs.
        XCTAssertEqual(try S.messages(S.yaml(replacing: "place: An Bình", with: "place: An Bình\nsummary: ho¹t m²"),
                                      rule: "legacy-encoding").count, 1)
    }

    func testDecomposedTextIsReportedAndComposed() throws {
        let decomposed = "An Bình".decomposedStringWithCanonicalMapping
        let text = S.clean.replacingOccurrences(of: "place: An Bình", with: "place: \(decomposed)")
        XCTAssertFalse(text.unicodeScalars.elementsEqual(S.clean.unicodeScalars))
        XCTAssertEqual(try S.messages(text, rule: "unicode-nfc").count, 1)
        let outcome = try S.fixed(text)
        XCTAssertTrue(outcome.text.unicodeScalars.elementsEqual(S.clean.unicodeScalars))
    }
}

/// The rules that ask the form table which parts a form has (FormParts).
final class FormPartsRuleTests: XCTestCase {
    typealias S = CheckSupport

    /// A quyết định with its authority line and articles, then broken one part at a time.
    func testADecisionNeedsItsAuthorityLineAndArticles() throws {
        let decision = S.yaml(replacing: "type: Kế hoạch", with: "type: Quyết định\nauthority: CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN BÌNH")
            .replacingOccurrences(of: "symbol: KH-UBND", with: "symbol: QĐ-UBND")
            .replacingOccurrences(of: """
              I. MỤC ĐÍCH
              1. Mục đích
              Nâng cao nhận thức.
              2. Yêu cầu
              Thiết thực, hiệu quả.
              II. NỘI DUNG
              Tổ chức các hoạt động./.
            """, with: """
              Điều 1. Thành lập Tổ công tác.
              Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
            """)
        XCTAssertEqual(try S.messages(decision, rule: "form-parts"), [])
        let noAuthority = decision.replacingOccurrences(of: "authority: CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN BÌNH\n", with: "")
        XCTAssertEqual(try S.messages(noAuthority, rule: "form-parts"),
                       ["plan.yaml:1:7: warning: a quyết định has no authority line (Mẫu 1.2) (hint: add `authority:` with the body or the head's title that enacts it, e.g. CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN …) [form-parts]"])
        let typedLeadIn = decision.replacingOccurrences(of: "  Điều 1. Thành lập", with: "  QUYẾT ĐỊNH:\n  Điều 1. Thành lập")
        XCTAssertEqual(try S.messages(typedLeadIn, rule: "form-parts").count, 1)
        XCTAssertTrue(try S.messages(typedLeadIn, rule: "form-parts")[0].contains("would print twice"))
        let noArticles = decision.replacingOccurrences(of: "Điều 1. ", with: "").replacingOccurrences(of: "Điều 2. ", with: "")
        XCTAssertEqual(try S.messages(noArticles, rule: "form-parts").count, 1)
        XCTAssertTrue(try S.messages(noArticles, rule: "form-parts")[0].contains("not written in articles"))
    }

    func testMinutesAreSignedByTwoAndALetterHasAddressees() throws {
        let minutes = S.yaml(replacing: "type: Kế hoạch", with: "type: Biên bản")
            .replacingOccurrences(of: "symbol: KH-UBND", with: "symbol: BB-UBND")
        XCTAssertEqual(try S.messages(minutes, rule: "form-parts"),
                       ["plan.yaml:22:3: warning: a biên bản is signed by two people side by side (Mẫu 1.9) (hint: list the secretary and the chair under `signers`, the secretary first) [form-parts]"])
        let letter = S.yaml(replacing: "type: Kế hoạch", with: "type: Công văn")
        XCTAssertEqual(try S.messages(letter, rule: "form-parts").count, 1)
        XCTAssertTrue(try S.messages(letter, rule: "form-parts")[0].contains("has no addressees"))
    }
}
