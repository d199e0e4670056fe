import Foundation
import XCTest

/// `vanban` as a Vietnamese clerk runs it: help, usage errors, the input's problems and the
/// progress lines in Vietnamese when `LANG`/`LC_MESSAGES`/`LC_ALL` say vi_VN or `--lang vi` is
/// given; exactly the English of before with `--lang en`, `LC_ALL=C` or no locale at all.
final class CommandLineLanguageTests: XCTestCase {
    /// The built `vanban`, with only the locale variables given (none: English).
    private func vanban(_ arguments: [String], locale: [String: String] = [:]) throws -> TestSupport.RunResult {
        try TestSupport.vanban(arguments, locale: locale)
    }

    private let vietnameseLocale = ["LANG": "vi_VN.UTF-8"]

    /// What ArgumentParser and VanBan's English help say, none of which may be left in a
    /// Vietnamese screen; and small English words that no Vietnamese sentence has ("an", "in"
    /// are Vietnamese words too: "an toàn", "in ra").
    private let englishMarks = ["OVERVIEW", "USAGE", "OPTIONS:", "ARGUMENTS:", "SUBCOMMANDS:", "Exit codes", "(default",
                                "(values", "Show help information", "Show the version", "for detailed help",
                                "for more information", "Error:", "Usage:", "Help:", "Missing", "Unknown", "invalid"]

    private func assertNoEnglish(_ text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        for mark in englishMarks {
            XCTAssertFalse(text.contains(mark), "\(what) still says '\(mark)':\n\(text)", file: file, line: line)
        }
        let words = text.split { !$0.isLetter }.map(String.init)
        let english = words.filter { ["the", "and", "of", "with", "to", "is", "are", "or", "for"].contains($0) }
        XCTAssertEqual(english, [], "\(what) has English words:\n\(text)", file: file, line: line)
    }

    func testHelpOfEveryCommandIsVietnameseWhenLANGSaysSo() throws {
        let main = try vanban(["--help"], locale: vietnameseLocale)
        XCTAssertEqual(main.status, 0, main.error)
        XCTAssertTrue(main.output.hasPrefix("TỔNG QUAN: Trình bày văn bản hành chính (Nghị định 30/2020/NĐ-CP) thành tệp PDF."), main.output)
        for words in ["CÁCH DÙNG: vanban [--lang <vi|en>] <lệnh-con>", "TÙY CHỌN:", "LỆNH CON:", "Hiện trợ giúp này.",
                      "Hiện số phiên bản.", "Xem 'vanban help <lệnh-con>'", "Mã thoát:", "--lang <vi|en>"] {
            XCTAssertTrue(main.output.contains(words), "no '\(words)' in:\n\(main.output)")
        }
        assertNoEnglish(main.output, "vanban --help")
        for command in ["render", "check", "new", "watch", "fonts"] {
            let help = try vanban([command, "--help"], locale: vietnameseLocale)
            XCTAssertEqual(help.status, 0, help.error)
            XCTAssertTrue(help.output.contains("CÁCH DÙNG: vanban \(command)"), help.output)
            assertNoEnglish(help.output, "vanban \(command) --help")
        }
    }

    func testLangOptionChoosesVietnameseWhereverItIsWritten() throws {
        let render = try vanban(["render", "--lang", "vi", "--help"])
        XCTAssertEqual(render.status, 0, render.error)
        XCTAssertTrue(render.output.hasPrefix("TỔNG QUAN: Trình bày văn bản thành tệp PDF và/hoặc các trang ảnh PNG."), render.output)
        // The help column is wrapped to the terminal: read it as one line of words.
        let unwrapped = render.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for words in ["THAM SỐ:", "<tệp> Văn bản, viết bằng YAML", "-o, --output <tệp> Tệp PDF sẽ ghi", "--png <thư-mục>", "(mặc định: 96.0)",
                      "(các giá trị: none, signer, all; mặc định: all)", "Ban hành mỗi phụ lục thành một tệp riêng"] {
            XCTAssertTrue(unwrapped.contains(words), "no '\(words)' in:\n\(render.output)")
        }
        assertNoEnglish(render.output, "vanban render --lang vi --help")
        // Before the command's name, and as --lang=vi: the same screen.
        XCTAssertEqual(try vanban(["--lang", "vi", "render", "--help"]).output, render.output)
        XCTAssertEqual(try vanban(["render", "--help", "--lang=vi"]).output, render.output)
    }

    /// --lang en wins over LANG, LC_ALL=C over LANG: the English help, byte for byte as without a locale.
    func testEnglishStaysExactlyAsItWas() throws {
        for command in [["--help"], ["render", "--help"], ["fonts", "--help"]] {
            let plain = try vanban(command)
            XCTAssertEqual(plain.status, 0, plain.error)
            XCTAssertTrue(plain.output.hasPrefix("OVERVIEW: "), plain.output)
            XCTAssertTrue(plain.output.contains("  -h, --help              Show help information.\n"), plain.output)
            XCTAssertEqual(try vanban(command + ["--lang", "en"], locale: vietnameseLocale).output, plain.output)
            XCTAssertEqual(try vanban(command, locale: ["LC_ALL": "C", "LANG": "vi_VN.UTF-8"]).output, plain.output)
            XCTAssertEqual(try vanban(command, locale: ["LANG": "en_US.UTF-8", "LC_MESSAGES": "vi_VN"]).output,
                           try vanban(command + ["--lang", "vi"]).output, "LC_MESSAGES before LANG")
        }
    }

    func testUsageErrorsAreVietnameseWithTheSameExitCode() throws {
        let missing = try vanban(["render"], locale: vietnameseLocale)
        XCTAssertEqual(missing.status, 64)
        XCTAssertEqual(missing.error, """
            Lỗi: Thiếu tham số bắt buộc '<tệp>'
            Trợ giúp:  <tệp>  Văn bản, viết bằng YAML (.yaml, .yml) hoặc JSON (.json).
            Cách dùng: vanban render [<tùy-chọn>] <tệp>
              Xem 'vanban render --help' để biết thêm.

            """)
        let value = try vanban(["render", "--sign-fields", "some", "a.yaml"], locale: vietnameseLocale)
        XCTAssertEqual(value.status, 64)
        XCTAssertTrue(value.error.hasPrefix("Lỗi: Giá trị 'some' không hợp lệ cho '--sign-fields <none|signer|all>'. "
                                            + "Hãy dùng một trong các giá trị 'none', 'signer' hoặc 'all'.\n"), value.error)
        let unknown = try vanban(["fonts", "--font-famly", "X"], locale: vietnameseLocale)
        XCTAssertEqual(unknown.status, 64)
        XCTAssertTrue(unknown.error.hasPrefix("Lỗi: Không có tùy chọn '--font-famly'. Có phải ý bạn là '--font-family'?"), unknown.error)
        // VanBan's own checks of the command line.
        let dpi = try vanban(["render", "a.yaml", "--dpi", "5", "--lang", "vi"])
        XCTAssertEqual(dpi.status, 64)
        XCTAssertTrue(dpi.error.hasPrefix("Lỗi: --dpi phải từ 10 đến 1200\nCách dùng: vanban render"), dpi.error)
        let form = try vanban(["new", "khong-co"], locale: vietnameseLocale)
        XCTAssertEqual(form.status, 64)
        XCTAssertTrue(form.error.hasPrefix("Lỗi: không có mẫu nào tên là 'khong-co'; `vanban new --list` liệt kê các mẫu\n"), form.error)
        for result in [missing, value, unknown, dpi, form] { assertNoEnglish(result.error, "a usage error") }
    }

    /// A language VanBan does not speak is a usage error, with the two it does speak as the hint,
    /// in the environment's language.
    func testAnUnknownLanguageIsAUsageErrorInBothLanguages() throws {
        let english = try vanban(["render", "--lang", "fr", "a.yaml"])
        XCTAssertEqual(english.status, 64)
        XCTAssertTrue(english.error.hasPrefix("Error: The value 'fr' is invalid for '--lang <vi|en>': "
                                              + "VanBan speaks vi (Vietnamese) and en (English): write --lang vi or --lang en\n"), english.error)
        let vietnamese = try vanban(["render", "--lang=fr", "a.yaml"], locale: vietnameseLocale)
        XCTAssertEqual(vietnamese.status, 64)
        XCTAssertTrue(vietnamese.error.hasPrefix("Lỗi: Giá trị 'fr' không hợp lệ cho '--lang <vi|en>': "
                                                 + "VanBan nói được vi (tiếng Việt) và en (tiếng Anh): hãy viết --lang vi hoặc --lang en\n"),
                      vietnamese.error)
    }

    /// The input's problems on standard error in Vietnamese, at the same place, with the same exit code.
    func testABadDocumentIsReportedInVietnamese() throws {
        let directory = TestSupport.temporaryDirectory()
        let input = directory + "/plan.yaml"
        try "type: Kế hoạch\nissuer: { name: UBND }\nsymbol: KH-UBND\nplace: An Bình\ndate: 2024-09-20\nbody: x\nsigner: { nam: A }\n"
            .write(toFile: input, atomically: true, encoding: .utf8)
        let vietnamese = try vanban(["render", input, "-o", directory + "/plan.pdf"], locale: vietnameseLocale)
        XCTAssertEqual(vietnamese.status, 2)
        XCTAssertTrue(vietnamese.error.hasPrefix("\(input):7:11: lỗi: "), vietnamese.error)
        XCTAssertTrue(vietnamese.error.contains("(gợi ý: "), vietnamese.error)
        XCTAssertEqual(vietnamese.output, "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory + "/plan.pdf"))
        let english = try vanban(["render", input, "-o", directory + "/plan.pdf", "--lang", "en"], locale: vietnameseLocale)
        XCTAssertEqual(english.status, 2)
        XCTAssertEqual(english.error, "\(input):7:11: error: unknown key 'nam' in signer (hint: did you mean 'name'?)\n")
    }

    /// A batch's progress and its summary line, as a clerk reads them in a log.
    func testABatchReportsItsProgressInVietnamese() throws {
        let directory = TestSupport.temporaryDirectory()
        let result = try vanban(["render", TestSupport.examples + "/tuan-giao-form.yaml", "--units",
                                 TestSupport.examples + "/tuan-giao-units.csv", "-o", directory + "/out/"], locale: vietnameseLocale)
        XCTAssertEqual(result.status, 0, result.error)
        let lines = result.error.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.last, "đã ghi 17 tệp PDF vào \(directory)/out/")
        XCTAssertEqual(lines.count, 18)
        // Units are rendered in parallel: one line each, counted in the order they finish.
        for (index, line) in lines.dropLast().enumerated() {
            XCTAssertTrue(line.hasPrefix("đã trình bày \(index + 1)/17 "), line)
        }
        XCTAssertTrue(lines.contains { $0.hasSuffix("/17 UBND xã Quài Tở") }, result.error)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory + "/out").count, 17)
    }

    func testFontsListsTheFacesInVietnamese() throws {
        let result = try vanban(["fonts"], locale: vietnameseLocale)
        XCTAssertEqual(result.status, 0, result.error)
        let lines = result.output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "họ phông chữ: Liberation Serif")
        XCTAssertEqual(lines.dropFirst().map { String($0.prefix(15)) }, ["  thường       ", "  đậm          ", "  nghiêng      ", "  đậm nghiêng  "])
        for line in lines.dropFirst() { XCTAssertTrue(line.hasSuffix(".ttf  đủ mọi chữ tiếng Việt"), line) }
        let english = try vanban(["fonts"], locale: ["LC_ALL": "C", "LANG": "vi_VN.UTF-8"])
        XCTAssertEqual(english.output.split(separator: "\n").first, "family: Liberation Serif")
    }

    /// `new --list` names the decree's forms by their Vietnamese names in either language; in
    /// Vietnamese it is the same list, and `new` without a form says so in Vietnamese.
    func testNewListsTheFormsForAVietnameseReader() throws {
        let vietnamese = try vanban(["new", "--list"], locale: vietnameseLocale)
        XCTAssertEqual(vietnamese.status, 0, vietnamese.error)
        XCTAssertTrue(vietnamese.output.contains("quyet-dinh         Mẫu 1.2   Quyết định\n"), vietnamese.output)
        XCTAssertEqual(vietnamese.output, try vanban(["new", "--list"]).output)
        let none = try vanban(["new", "--lang", "vi"])
        XCTAssertEqual(none.status, 64)
        XCTAssertTrue(none.error.hasPrefix("Lỗi: hãy nêu tên một mẫu, ví dụ `vanban new quyet-dinh`"), none.error)
    }

    /// Completion scripts and the man page's source are read by programs: VanBan's own help
    /// texts in them are Vietnamese, but ArgumentParser's output is never rewritten (its own
    /// words, such as "Show help information.", stay as it wrote them).
    func testCompletionScriptsAndTheManualSourceAreLeftAsArgumentParserWritesThem() throws {
        let zsh = try vanban(["--generate-completion-script", "zsh"], locale: vietnameseLocale)
        XCTAssertEqual(zsh.status, 0, zsh.error)
        XCTAssertTrue(zsh.output.hasPrefix("#compdef vanban"), zsh.output)
        XCTAssertTrue(zsh.output.contains("'[Show help information.]'"), zsh.output)
        XCTAssertTrue(zsh.output.contains("Trình bày văn bản thành tệp PDF"), "render's abstract: \(zsh.output)")
        let dump = try vanban(["--experimental-dump-help"], locale: vietnameseLocale)
        XCTAssertEqual(dump.status, 0, dump.error)
        let json = try JSONSerialization.jsonObject(with: Data(dump.output.utf8)) as? [String: Any]
        XCTAssertNotNil(json?["command"], "not ArgumentParser's help JSON: \(dump.output.prefix(200))")
        XCTAssertTrue(dump.output.contains("\"abstract\" : \"Show help information.\""), dump.output)
    }
}
