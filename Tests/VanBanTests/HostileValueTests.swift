import Foundation
import XCTest

/// Values a careless or hostile user writes: numbers YAML reads as something else, unusable
/// layouts, invisible reordering characters, broken font directories, and the messages for them.
final class HostileValueTests: XCTestCase {
    let header = "type: Kế hoạch\nissuer: { name: UBND XÃ AN BÌNH }\nsymbol: KH-UBND\nplace: An Bình\n"

    func check(_ yaml: String, name: String = "plan.yaml") throws -> (path: String, result: TestSupport.RunResult) {
        let path = TestSupport.temporaryDirectory() + "/" + name
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return (path, try TestSupport.vanban(["check", path]))
    }

    func testBareNumbersMustBeWholeNumbersInRange() throws {
        let cases: [(String, String)] = [
            ("number: 99999999999999999999999", "5:9: error: number must be a whole number from 1 to 999 999, not '99999999999999999999999'"),
            ("number: -5", "5:9: error: number -5 is out of range: it must be from 1 to 999 999"),
            ("number: 5.5", "5:9: error: number must be a whole number from 1 to 999 999, not '5.5'"),
            ("number: 1e309", "5:9: error: number must be a whole number from 1 to 999 999, not '1e309'"),
            ("number: .nan", "5:9: error: number must be a whole number from 1 to 999 999, not '.nan'"),
        ]
        for (line, expected) in cases {
            let (path, result) = try check(header + line + "\ndate: 2024-09-20\nbody: x\n")
            XCTAssertEqual(result.status, 2, line)
            XCTAssertTrue(result.error.contains(path + ":" + expected), "\(line): \(result.error)")
        }
        let (path, result) = try check(header + "date: { day: 5.5, month: .inf, year: 9223372036854775808 }\nbody: x\n")
        XCTAssertEqual(result.status, 2)
        for expected in ["5:14: error: day must be a whole number from 1 to 31, not '5.5'",
                         "5:26: error: month must be a whole number from 1 to 12, not '.inf'",
                         "5:38: error: year must be a whole number from 1900 to 2999, not '9223372036854775808'"] {
            XCTAssertTrue(result.error.contains(path + ":" + expected), result.error)
        }
        XCTAssertEqual(try check(header + "date: 3000-01-01\nbody: x\n").result.status, 2, "a year out of range in the short form too")
        // Text in quotes is printed as written; a plain small number gets its leading zero.
        let document = try TestSupport.document(yaml: header + "number: \"-5\"\ndate: 2024-09-20\nbody: x\n")
        XCTAssertEqual(document.number, "-5")
        XCTAssertEqual(try TestSupport.document(yaml: header + "number: 5\ndate: 2024-09-20\nbody: x\n").number, "05")
    }

    func layout(_ replace: String, with replacement: String) throws -> TestSupport.RunResult {
        let directory = TestSupport.temporaryDirectory()
        let text = try String(contentsOfFile: TestSupport.root + "/Layouts/nd30.yaml", encoding: .utf8)
        XCTAssertTrue(text.contains(replace), replace)
        try text.replacingOccurrences(of: replace, with: replacement).write(toFile: directory + "/layout.yaml", atomically: true, encoding: .utf8)
        return try TestSupport.vanban(["render", TestSupport.examples + "/minimal.yaml", "--layout", directory + "/layout.yaml",
                                       "-o", directory + "/out.pdf"])
    }

    func testLayoutValuesOutsideUsableRangesAreLocatedErrors() throws {
        let shipped = try String(contentsOfFile: TestSupport.root + "/Layouts/nd30.yaml", encoding: .utf8)
        let signerColumnLine = try XCTUnwrap(shipped.components(separatedBy: "\n").firstIndex { $0.contains("signerColumn:") }) + 1
        let cases: [(String, String, String)] = [
            ("left: 30mm", "left: -5mm", ":11:9: error: page.left must be from 0 to 500 mm, not -5 mm"),
            ("width: 210mm", "width: 0mm", ":7:10: error: page.width must be from 50 to 1500 mm, not 0 mm"),
            ("body: { size: 14pt }", "body: { size: 0pt }", ":35:17: error: styles.body.size must be from 6 to 72 pt, not 0 pt"),
            ("body: { size: 14pt }", "body: { size: -3pt }", ":35:17: error: styles.body.size must be from 6 to 72 pt, not -3 pt"),
            ("firstLineIndent: 10mm", "firstLineIndent: 1000mm", ":18:20: error: text.firstLineIndent must be from 0 to 50 mm, not 1000 mm"),
            ("right: 15mm", "right: 140mm", ":11:9: error: the left and right margins leave a text width of 40.0 mm; at least 50 mm is needed"),
            ("signerColumn: 100mm", "signerColumn: 180mm",
             ":\(signerColumnLine):17: error: closing.signerColumn is 180.0 mm, wider than the 165.0 mm of text"),
        ]
        for (old, new, expected) in cases {
            let result = try layout(old, with: new)
            XCTAssertEqual(result.status, 2, new)
            XCTAssertTrue(result.error.contains("layout.yaml" + expected), "\(new): \(result.error)")
            XCTAssertFalse(result.error.contains("Pango"), result.error)
        }
    }

    func testBidirectionalControlsAreRefusedInTextAndFileNames() throws {
        let (path, result) = try check(header + "date: 2024-09-20\nbody: \"Nội dung \u{202E}exe.pdf\"\n")
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.error.contains("\(path):6:7: error: body contains the invisible bidirectional control U+202E"), result.error)
        XCTAssertTrue(result.error.contains("hint: delete it"), result.error)

        let directory = TestSupport.temporaryDirectory()
        try "Tên đơn vị,Địa danh\nUBND xã \u{202E}fdp.exe,Quài Tở\n".write(toFile: directory + "/units.csv", atomically: true, encoding: .utf8)
        let batch = try TestSupport.vanban(["render", TestSupport.examples + "/tuan-giao-form.yaml", "--units", directory + "/units.csv",
                                            "-o", directory + "/out/"])
        XCTAssertEqual(batch.status, 2)
        XCTAssertTrue(batch.error.contains("units.csv:2:1: error: field 1 contains the invisible bidirectional control U+202E"), batch.error)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory + "/out"), "nothing written")
        let named = try TestSupport.vanban(["render", TestSupport.examples + "/minimal.yaml", "-o", directory + "/\u{202E}fdp.exe"])
        XCTAssertEqual(named.status, 64)
    }

    func testAFontDirectoryMissingAFaceOrHoldingADamagedFileIsNamed() throws {
        let fonts = TestSupport.root + "/Fonts"
        let regularOnly = TestSupport.temporaryDirectory()
        try FileManager.default.copyItem(atPath: fonts + "/LiberationSerif-Regular.ttf", toPath: regularOnly + "/LiberationSerif-Regular.ttf")
        var result = try TestSupport.vanban(["render", TestSupport.examples + "/minimal.yaml", "-o", regularOnly + "/x.pdf", "--fonts", regularOnly])
        XCTAssertEqual(result.status, 2, "a wrong --fonts folder is a mistake on the command line")
        XCTAssertTrue(result.error.contains("the family Liberation Serif in \(regularOnly) has no bold face"), result.error)

        let damaged = TestSupport.temporaryDirectory()
        for face in ["Regular", "Bold", "Italic", "BoldItalic"] {
            try FileManager.default.copyItem(atPath: fonts + "/LiberationSerif-\(face).ttf", toPath: damaged + "/LiberationSerif-\(face).ttf")
        }
        let bold = try Data(contentsOf: URL(fileURLWithPath: fonts + "/LiberationSerif-Bold.ttf"))
        try bold.prefix(100_000).write(to: URL(fileURLWithPath: damaged + "/Copy-Bold.ttf"))
        result = try TestSupport.vanban(["render", TestSupport.examples + "/minimal.yaml", "-o", damaged + "/x.pdf", "--fonts", damaged])
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.error.contains("the font file Copy-Bold.ttf in \(damaged) is cut short"), result.error)
        XCTAssertFalse(result.error.contains("families"), "not taken for a second family: \(result.error)")
    }

    func testMessagesPointAtThePlaceAndSayItOnce() throws {
        // A NUL byte at its place, not "not UTF-8" at 1:1.
        var (path, result) = try check("type: Kế hoạch\nissuer: { name: \"U\u{0}BND\" }\n")
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.error.contains("\(path):2:19: error: the file contains a NUL byte"), result.error)
        // Bytes that are not UTF-8, at their place.
        let bad = TestSupport.temporaryDirectory() + "/bad.yaml"
        try Data([0x74, 0x3A, 0x20, 0x4B, 0xE1, 0x0A]).write(to: URL(fileURLWithPath: bad))
        result = try TestSupport.vanban(["check", bad])
        XCTAssertTrue(result.error.contains("\(bad):1:5: error: the file is not UTF-8 text: the byte 0xE1 here is not UTF-8"), result.error)
        // Two duplicate keys: two messages, each where the key is written again.
        (path, result) = try check(header + "date: 2024-09-20\nsymbol: X\nplace: Y\nbody: x\n")
        XCTAssertEqual(result.error, """
            \(path):6:1: error: the key 'symbol' appears twice in one mapping (hint: keep one of them)
            \(path):7:1: error: the key 'place' appears twice in one mapping (hint: keep one of them)

            """)
        // A mistake reached through aliases is reported once.
        (path, result) = try check(header + "date: 2024-09-20\nbody:\n  - &bad { paragraph: x, bogus: 1 }\n" + String(repeating: "  - *bad\n", count: 8))
        XCTAssertEqual(result.error.split(separator: "\n").count, 1, result.error)
        XCTAssertTrue(result.error.contains("unknown key 'bogus'"), result.error)
    }

    /// A user whose home directory is not writable (a service account) sees no fontconfig noise.
    func testNoFontconfigNoiseWithoutAWritableHome() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestSupport.binary)
        let directory = TestSupport.temporaryDirectory()
        process.arguments = ["render", TestSupport.examples + "/minimal.yaml", "-o", directory + "/x.pdf"]
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = "/proc"
        environment["XDG_CACHE_HOME"] = nil
        process.environment = environment
        let error = Pipe()
        process.standardError = error
        try process.run()
        let text = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, text)
        XCTAssertEqual(text, "", "no 'Fontconfig error: No writable cache directories'")
    }
}
