import Foundation
import VanBan
import VanBanCheck
import VanBanInput
import VanBanModel
import VanBanRender
import XCTest

/// The library's own messages below the command line (`check` findings, font folders, files that
/// must not be written, tables too wide) read in Vietnamese the way users meet them: through
/// `language.text(of: error)` or a finding's text, with the place in the file kept and no English
/// word left, while the English stays what it always was.
final class EngineMessagesVietnameseTests: XCTestCase {
    // MARK: check

    /// The clean plan of `CheckSupport` with seven rules broken at once.
    private let brokenPlan = CheckSupport.clean
        .replacingOccurrences(of: "number: \"05\"", with: "number: \"5\"")
        .replacingOccurrences(of: "symbol: KH-UBND", with: "symbol: QĐ-UBND")
        .replacingOccurrences(of: "place: An Bình", with: "place: an Bình")
        .replacingOccurrences(of: "day: \"05\"", with: "day: \"5\"")
        .replacingOccurrences(of: "Tổ chức các hoạt động./.", with: "Tổ chức các hoạt động.")
        .replacingOccurrences(of: "- UBND huyện;", with: "- UBND huyện")
        .replacingOccurrences(of: "authority: TM. ỦY BAN", with: "authority: TM ỦY BAN")

    func testCheckFindingsReadInVietnameseAtTheirPlace() throws {
        let findings = try CheckSupport.findings(brokenPlan)
        XCTAssertEqual(Set(findings.map(\.rule)), ["number-leading-zero", "symbol-matches-type", "place-capitalised", "date-leading-zeros",
                                                  "body-end-mark", "recipients-punctuation", "authority-prefix"])
        for finding in findings {
            let location = try XCTUnwrap(finding.location, finding.description)
            let vietnamese = finding.text(.vietnamese)
            let word = finding.severity == .error ? "lỗi" : "cảnh báo"
            XCTAssertTrue(vietnamese.hasPrefix("\(location): \(word): "), vietnamese)
            XCTAssertTrue(vietnamese.hasSuffix(" [\(finding.rule)]"), vietnamese)
            XCTAssertTrue(vietnamese.contains(" (gợi ý: "), vietnamese)
            XCTAssertEqual(finding.diagnostic.text(.vietnamese) + " [\(finding.rule)]", vietnamese)
            assertVietnamese(vietnamese)
            // The English is the finding's description, as `vanban check` always printed it.
            XCTAssertEqual(finding.text(.english), finding.description)
            XCTAssertTrue(finding.description.hasPrefix("\(location): \(finding.severity == .error ? "error" : "warning"): "))
        }
        let number = try XCTUnwrap(findings.first { $0.rule == "number-leading-zero" })
        XCTAssertEqual(number.description, "plan.yaml:3:9: warning: the number '5' needs a leading zero "
            + "(hint: write 05; a number below 10 is printed with a leading zero) [number-leading-zero]")
        XCTAssertEqual(number.text(.vietnamese), "plan.yaml:3:9: cảnh báo: số '5' cần thêm số 0 ở trước "
            + "(gợi ý: viết 05; số văn bản nhỏ hơn 10 được ghi thêm số 0 ở trước) [number-leading-zero]")
        let symbol = try XCTUnwrap(findings.first { $0.rule == "symbol-matches-type" })
        XCTAssertEqual(symbol.description, "plan.yaml:4:9: error: the ký hiệu 'QĐ-UBND' does not start with 'KH', the abbreviation "
            + "of Kế hoạch (hint: write symbol: KH-UBND (Decree 30, Annex III), or correct the type) [symbol-matches-type]")
        XCTAssertEqual(symbol.text(.vietnamese), "plan.yaml:4:9: lỗi: ký hiệu 'QĐ-UBND' không bắt đầu bằng 'KH', chữ viết tắt của "
            + "Kế hoạch (gợi ý: ghi symbol: KH-UBND (Nghị định 30, Phụ lục III), hoặc sửa lại tên loại văn bản (`type`)) [symbol-matches-type]")
    }

    /// Every rule's every message: the sources give each its Vietnamese (MessageLanguageTests),
    /// and a numbering finding built from parts reads as one Vietnamese sentence.
    func testANumberingFindingBuiltFromPartsReadsAsOneSentence() throws {
        let findings = try CheckSupport.findings(CheckSupport.yaml(replacing: "II. NỘI DUNG", with: "IV. NỘI DUNG"))
        let numbering = try XCTUnwrap(findings.first { $0.rule == "numbering" })
        XCTAssertTrue(numbering.description.contains("warning: the numbering skips a number: after I comes IV, expected II"),
                      numbering.description)
        XCTAssertTrue(numbering.text(.vietnamese).contains("cảnh báo: số thứ tự bị bỏ sót một số: sau I là IV, cần II"),
                      numbering.text(.vietnamese))
        assertVietnamese(numbering.text(.vietnamese))
    }

    // MARK: fonts

    func testAFontFolderThatDoesNotExistIsRefusedInVietnamese() {
        let directory = TestSupport.temporaryDirectory() + "/khong-co"
        assertRefused(try Composer(fontDirectory: directory, layoutPath: TestSupport.root + "/Layouts/nd30.yaml"), path: directory,
                      english: "error: the font directory \(directory) does not exist "
                          + "(hint: pass --fonts DIR, a folder with the TTF files of a family)",
                      vietnamese: "lỗi: thư mục phông chữ \(directory) không tồn tại "
                          + "(gợi ý: dùng --fonts DIR, một thư mục chứa các tệp TTF của một họ phông chữ)")
    }

    func testAFontFolderWithoutTheBoldFaceNamesItInVietnamese() throws {
        let directory = TestSupport.temporaryDirectory()
        for face in ["Regular", "Italic", "BoldItalic"] {
            try FileManager.default.copyItem(atPath: TestSupport.root + "/Fonts/LiberationSerif-\(face).ttf",
                                             toPath: directory + "/LiberationSerif-\(face).ttf")
        }
        assertRefused(try Composer(fontDirectory: directory, layoutPath: TestSupport.root + "/Layouts/nd30.yaml"), path: directory,
                      english: "error: the family Liberation Serif in \(directory) has no bold face (hint: add the family's "
                          + "bold font file: VanBan prints with the regular, bold, italic and bold italic faces)",
                      vietnamese: "lỗi: họ phông chữ Liberation Serif trong \(directory) không có kiểu chữ đậm (gợi ý: thêm tệp "
                          + "phông chữ kiểu đậm của họ này: VanBan in bằng bốn kiểu chữ thường, đậm, nghiêng và đậm nghiêng)")
    }

    func testADamagedFontFileIsRefusedInVietnamese() throws {
        let directory = TestSupport.temporaryDirectory()
        try Data("not a font".utf8).write(to: URL(fileURLWithPath: directory + "/Hong.ttf"))
        assertRefused(try Composer(fontDirectory: directory, layoutPath: TestSupport.root + "/Layouts/nd30.yaml"), path: directory,
                      english: "error: the font file Hong.ttf in \(directory) is not a TrueType or OpenType font "
                          + "(hint: copy the font again, or remove the file)",
                      vietnamese: "lỗi: tệp phông chữ Hong.ttf trong \(directory) không phải phông chữ TrueType hoặc OpenType "
                          + "(gợi ý: sao chép lại phông chữ, hoặc xóa tệp này)")
    }

    /// `attempt` is refused with these words: its description in English, and in Vietnamese as
    /// the command line prints it (`language.text(of: error)`), `path` kept as it was given.
    private func assertRefused(_ attempt: @autoclosure () throws -> Any, path: String, english: String, vietnamese: String,
                               file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try attempt(), file: file, line: line) { error in
            XCTAssertEqual("\(error)", english, file: file, line: line)
            let said = Language.vietnamese.text(of: error)
            XCTAssertEqual(said, vietnamese, file: file, line: line)
            assertVietnamese(said.replacingOccurrences(of: path, with: "DIR"), file: file, line: line)
        }
    }

    // MARK: files

    /// A merged bundle named like the units file it reads is refused before anything is written.
    func testAnOutputOverAnInputIsRefusedInVietnamese() throws {
        let directory = TestSupport.temporaryDirectory()
        let units = directory + "/don-vi.csv"
        try FileManager.default.copyItem(atPath: TestSupport.examples + "/tuan-giao-units.csv", toPath: units)
        let before = try Data(contentsOf: URL(fileURLWithPath: units))
        var batch = try UnitBatch(input: TestSupport.examples + "/tuan-giao-form.yaml", unitsFile: units, destination: .merged(units))
        batch.fontDirectory = TestSupport.root + "/Fonts"
        batch.layoutPath = TestSupport.root + "/Layouts/nd30.yaml"
        assertRefused(try batch.run(), path: units,
                      english: "error: cannot write \(units): it is an input of this run, which the output would destroy "
                          + "(hint: write the output to another name)",
                      vietnamese: "lỗi: không ghi được \(units): đó là tệp đầu vào của lần chạy này, ghi vào sẽ làm mất tệp đầu vào "
                          + "(gợi ý: ghi kết quả ra một tệp có tên khác)")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: units)), before, "the input is untouched")
    }

    /// `--png DIR` over a file, and `-o` naming a directory: refused in Vietnamese, the path kept.
    func testAFileWhereADirectoryIsMeantAndTheReverseAreRefusedInVietnamese() throws {
        let directory = TestSupport.temporaryDirectory()
        let file = directory + "/trang.png"
        try Data().write(to: URL(fileURLWithPath: file))
        assertRefused(try OutputDirectory.make(file), path: file,
                      english: "cannot write \(file): it is a file, and a directory was expected here "
                          + "(hint: name a directory, or remove the file)",
                      vietnamese: "không ghi được \(file): đó là một tệp, trong khi ở đây cần một thư mục "
                          + "(gợi ý: ghi tên một thư mục, hoặc xóa tệp đó)")
        assertRefused(try AtomicFile.write(Data(), to: directory), path: directory,
                      english: "cannot write \(directory): it is a directory "
                          + "(hint: name a file in it, or end the name with / where a directory is meant)",
                      vietnamese: "không ghi được \(directory): đó là một thư mục "
                          + "(gợi ý: ghi tên một tệp trong thư mục đó, hoặc kết thúc tên bằng / khi muốn chỉ một thư mục)")
    }

    /// A unit whose row has no value is named by its line: `line 3` / `dòng 3`, in the progress
    /// and among the units left out.
    func testAUnitWithoutANameIsNamedByItsLineInEitherLanguage() throws {
        let directory = TestSupport.temporaryDirectory()
        let units = directory + "/don-vi.csv"
        try "Tên đơn vị,Địa danh\nUBND xã Quài Tở,Quài Tở\n,\n".write(toFile: units, atomically: true, encoding: .utf8)
        var batch = try UnitBatch(input: TestSupport.examples + "/tuan-giao-form.yaml", unitsFile: units,
                                  destination: .memory(merge: false, nameColumn: nil))
        batch.fontDirectory = TestSupport.root + "/Fonts"
        batch.layoutPath = TestSupport.root + "/Layouts/nd30.yaml"
        batch.workers = 1
        let reported = Reported()
        let outcome = try batch.run { reported.add($0.unitPhrase) }
        XCTAssertEqual(reported.names.map { $0.text(.english) }, ["UBND xã Quài Tở", "line 3"])
        XCTAssertEqual(reported.names.map { $0.text(.vietnamese) }, ["UBND xã Quài Tở", "dòng 3"])
        for failure in outcome.failures {
            XCTAssertEqual(failure.unit, "line 3")
            XCTAssertEqual(failure.unitPhrase.text(.vietnamese), "dòng 3")
        }
    }

    /// What a batch's progress said, from its worker threads.
    private final class Reported: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var names: [Phrase] = []
        func add(_ name: Phrase) { lock.withLock { names.append(name) } }
    }

    // MARK: tables

    func testATableTooWideIsRefusedInVietnamese() {
        let word = String(repeating: "Ư", count: 90)
        let yaml = """
            type: Báo cáo
            issuer: { name: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH] }
            number: "15"
            symbol: BC-UBND
            place: An Bình
            date: { day: "03", month: 12, year: 2024 }
            summary: Số liệu rà soát
            body:
              - "Kết quả rà soát như sau:"
              - table:
                  orientation: portrait
                  columns:
                    - { head: TT, width: fit }
                    - { head: Họ và tên, width: 3fr }
                  rows:
                    - ["1", "Hoàng \(word)"]
              - Tổng hợp số liệu nêu trên./.
            signer: { title: CHỦ TỊCH, name: Lò Văn Tiến }

            """
        XCTAssertThrowsError(try TestSupport.document(yaml: yaml, file: "rong.yaml")) { error in
            let english = "\(error)"
            XCTAssertTrue(english.hasPrefix("rong.yaml:10:5: error: this table does not fit the portrait page even at 10 pt: "
                + "the longest words of its 2 columns need "), english)
            XCTAssertTrue(english.contains("column 2 needs the most, "), english)
            XCTAssertTrue(english.hasSuffix(" mm for its word “\(word)” (hint: let the table turn landscape (orientation: auto), "
                + "shorten the widest words, or use fewer columns)"), english)
            let vietnamese = Language.vietnamese.text(of: error)
            XCTAssertTrue(vietnamese.hasPrefix("rong.yaml:10:5: lỗi: bảng này không vừa trang dọc ngay cả với cỡ chữ 10 pt: "
                + "các từ dài nhất của 2 cột cần "), vietnamese)
            XCTAssertTrue(vietnamese.contains("cột 2 cần nhiều nhất, "), vietnamese)
            XCTAssertTrue(vietnamese.hasSuffix(" mm cho từ “\(word)” của cột (gợi ý: cho phép bảng xoay ngang (orientation: auto), "
                + "rút ngắn các từ dài nhất, hoặc giảm số cột)"), vietnamese)
            // The same measures in both: only the words around them change.
            XCTAssertEqual(Self.numbers(in: vietnamese), Self.numbers(in: english))
            assertVietnamese(vietnamese)
        }
    }

    // MARK: vanban new

    /// A starting document in Vietnamese: the clerk's instructions (its comments) in Vietnamese,
    /// its keys and values exactly those of the English one, so it reads as the same document.
    func testAStartingDocumentGivesItsInstructionsInVietnamese() throws {
        for (name, form) in StartingDocument.forms {
            let english = StartingDocument.yaml(for: form)
            let vietnamese = StartingDocument.yaml(for: form, language: .vietnamese)
            XCTAssertEqual(Self.uncommented(vietnamese), Self.uncommented(english), name)
            XCTAssertEqual(try TestSupport.document(yaml: vietnamese, file: name), try TestSupport.document(yaml: english, file: name), name)
            let comments = Self.comments(vietnamese)
            XCTAssertNotEqual(comments, Self.comments(english), name)
            assertVietnamese(comments.joined(separator: "\n"))
        }
        let letter = try XCTUnwrap(StartingDocument.form(named: "cong-van"))
        XCTAssertTrue(StartingDocument.yaml(for: letter, language: .vietnamese).contains(
            "\nnumber: \"\"                       # số: để trống, văn thư ghi khi ban hành\n"))
        XCTAssertTrue(StartingDocument.yaml(for: letter).contains(
            "\nnumber: \"\"                       # số: left blank, stamped by the văn thư at issuance\n"))
    }

    /// The YAML without its comments (whole comment lines, and what follows " # ").
    private static func uncommented(_ yaml: String) -> [String] {
        yaml.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let code = line.range(of: " # ").map { line[..<$0.lowerBound] } ?? line[...]
            return String(code.reversed().drop { $0 == " " }.reversed())
        }
    }

    /// The comments of the YAML, each after its "#".
    private static func comments(_ yaml: String) -> [String] {
        yaml.split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") { return String(line.dropFirst()) }
            return line.range(of: " # ").map { String(line[$0.upperBound...]) }
        }
    }

    // MARK: the sources

    /// In the library's own targets every message is a `Phrase(en:vi:)`: no finding, error,
    /// diagnostic, reason or hint is built from a plain string literal (that would be English
    /// only), and no `Phrase(verbatim:)` carries English words.
    func testNoMessageOfTheLibraryIsAPlainStringLiteral() throws {
        let targets = ["VanBan", "VanBanCheck", "VanBanLayout", "VanBanText", "VanBanRender", "VanBanPDF"]
        // After each marker, the message is the first argument once labels and plain values
        // (`rule: id,`, `severity: .error,`, `.warning,`) are passed over.
        let markers = ["finding(", "Finding(", "Diagnostic(", "TextError(", "FontFolderError(", "Failure(", ".environment(",
                       ".malformed(", ".unsupported(", ".invalidField(", "reason:", "hint:"]
        var problems: [String] = []
        var files = 0
        for target in targets {
            let directory = TestSupport.root + "/Sources/" + target
            let enumerator = FileManager.default.enumerator(atPath: directory)
            while let relative = enumerator?.nextObject() as? String {
                guard relative.hasSuffix(".swift") else { continue }
                files += 1
                let path = "Sources/\(target)/\(relative)"
                let text = try String(contentsOfFile: directory + "/" + relative, encoding: .utf8)
                let code = Self.withoutComments(text)
                let scanner = SwiftStringLiterals(code)
                for marker in markers {
                    for place in Self.messageArguments(after: marker, in: scanner) {
                        problems.append("\(path):\(place.line): \(marker) \"\(place.text)\"")
                    }
                }
                // A verbatim phrase is a value or a Vietnamese term the English keeps ("thẩm quyền ban hành").
                for place in scanner.literals(after: "Phrase(verbatim:") {
                    if let literal = place.literal, !Self.englishWords(in: literal.words).isEmpty {
                        problems.append("\(path):\(literal.line): Phrase(verbatim: \"\(literal.text)\")")
                    }
                }
            }
        }
        XCTAssertGreaterThan(files, 100, "the sources were not found")
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }

    // MARK: helpers

    /// Words that only English messages have: any of them in a Vietnamese message is a part left
    /// untranslated ("in", print, is Vietnamese too). Values quoted from the input ('…', “…”), YAML
    /// keys (`…`, a form's `{slot}`) and a finding's rule name ([…], the same in both languages)
    /// are left out first.
    private static let englishWords: Set<String> = [
        "the", "a", "is", "are", "not", "no", "should", "must", "needs", "need", "does", "has", "have", "with", "and",
        "or", "of", "to", "at", "for", "by", "from", "it", "its", "this", "that", "which", "would", "was", "be", "write",
        "end", "ends", "error", "warning", "hint", "cannot", "line", "file", "directory", "folder", "page", "table", "column",
        "columns", "font", "face", "family", "words", "word", "text", "wide", "even", "most", "fit", "output", "input", "name",
        "another", "run", "capital", "leading", "zero", "number", "date", "day", "place", "body", "recipient", "signer",
        "authority", "dot", "prefixes", "abbreviation", "correct", "decree", "annex", "bold", "regular", "italic", "pass",
        "add", "copy", "remove", "exist", "portrait", "landscape", "shorten", "fewer", "let", "turn", "e", "g",
    ]

    private func assertVietnamese(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        var plain = text
        for (open, close) in [("'", "'"), ("“", "”"), ("`", "`"), ("[", "]"), ("{", "}")] {
            while let start = plain.range(of: open),
                  let end = plain.range(of: close, range: start.upperBound..<plain.endIndex) {
                plain.removeSubrange(start.lowerBound..<end.upperBound)
            }
        }
        let words = plain.split { !$0.isLetter }.map { $0.lowercased() }
        let english = Self.englishWords(in: plain)
        XCTAssertEqual(english, [], "English words left in: \(text)", file: file, line: line)
        XCTAssertTrue(words.contains { $0.unicodeScalars.contains { $0.value > 0x7F } }, "no Vietnamese word in: \(text)",
                      file: file, line: line)
        XCTAssertTrue(text.unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars),
                      "not NFC: \(text)", file: file, line: line)
    }

    private static func englishWords(in text: String) -> [String] {
        text.split { !$0.isLetter }.map { $0.lowercased() }.filter(englishWords.contains)
    }

    private static func numbers(in text: String) -> [String] {
        text.split { !$0.isNumber && $0 != "." }.map { String($0) }.filter { $0.contains { $0.isNumber } }
    }

    /// The source with `//` comments blanked (kept as spaces, so lines keep their numbers); a
    /// `//` inside a string literal stays.
    private static func withoutComments(_ text: String) -> String {
        var result = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var inString = false, previous: Character = " ", cut: String.Index?
            var index = line.startIndex
            while index < line.endIndex {
                let character = line[index]
                if character == "\"", previous != "\\" { inString.toggle() }
                if !inString, character == "/", previous == "/" { cut = line.index(before: index); break }
                previous = character
                index = line.index(after: index)
            }
            result += (cut.map { String(line[..<$0]) } ?? String(line)) + "\n"
        }
        return result
    }

    /// The string literals written as the message of `marker`: right after it, or after the labels
    /// and plain values before the message.
    private static func messageArguments(after marker: String, in scanner: SwiftStringLiterals) -> [(line: Int, text: String)] {
        let source = scanner.source, pattern = Array(marker)
        var found: [(Int, String)] = []
        var index = 0
        while index + pattern.count <= source.count {
            guard source[index] == pattern[0], Array(source[index..<index + pattern.count]) == pattern else { index += 1; continue }
            var start = index + pattern.count
            // Pass over up to two plain arguments: `rule: id,`, `severity: .error,`, `.warning,`.
            for _ in 0..<2 {
                var cursor = start
                while cursor < source.count, source[cursor] == " " || source[cursor] == "\n" { cursor += 1 }
                var end = cursor
                while end < source.count, source[end].isLetter || source[end].isNumber || ".:_ ".contains(source[end]) { end += 1 }
                guard end < source.count, source[end] == ",", end > cursor else { break }
                start = end + 1
            }
            while start < source.count, source[start] == " " || source[start] == "\n" { start += 1 }
            if let literal = scanner.literal(at: start) {
                found.append((scanner.lineNumber(at: index), literal.text))
            }
            index += pattern.count
        }
        return found
    }
}
