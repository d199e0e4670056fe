import Foundation
import VanBan
import VanBanInput
import VanBanModel
import XCTest

/// `{{column}}` placeholders and `vanban render --units`: one PDF per unit, or all merged.
final class UnitBatchTests: XCTestCase {
    static let form = """
        type: Báo cáo
        issuer: { parent: UBND HUYỆN TUẦN GIÁO, name: "ĐƠN VỊ: {{Tên đơn vị}}" }
        symbol: BC
        place: "{{Địa danh}}"
        date: 2020-10-08
        body: |
          I. KẾT QUẢ
          Đơn vị {{tên_đơn_vị}} báo cáo như sau: ……
        signer: { title: THỦ TRƯỞNG ĐƠN VỊ, name: "" }
        """

    func table(_ csv: String = "Tên đơn vị,Địa danh\nTrường THCS Quài Tở,Quài Tở\n") throws -> UnitTable {
        try UnitTable.parse(csv, file: "units.csv").get()
    }

    func testPlaceholdersTakeTheUnitsValues() throws {
        let table = try table()
        let document = try TestSupport.composer.read(text: Self.form, file: "form.yaml",
                                                     unit: UnitFields(table: table, row: table.rows[0]))
        XCTAssertEqual(document.issuer.name, ["ĐƠN VỊ: Trường THCS Quài Tở"])
        XCTAssertEqual(document.place, "Quài Tở")
        // The trailing dots are a fill-in leader to the right margin (docs/input-format.md, "Body text conventions").
        XCTAssertEqual(document.body.last, .paragraph(Paragraph(text: StyledText(plain: "Đơn vị Trường THCS Quài Tở báo cáo như sau:"),
                                                                leader: true)))
    }

    func testWithoutAUnitPlaceholdersPrintAsBlanks() throws {
        let document = try TestSupport.document(yaml: Self.form)
        XCTAssertEqual(document.issuer.name, ["ĐƠN VỊ: ………………"])
        XCTAssertEqual(document.place, "………………")
    }

    func testAnUnknownColumnIsReportedAtThePlaceholder() throws {
        let table = try table()
        let text = Self.form.replacingOccurrences(of: "{{tên_đơn_vị}}", with: "{{Tên đơn vi}}")
        XCTAssertThrowsError(try TestSupport.composer.read(text: text, file: "form.yaml", unit: UnitFields(table: table, row: nil))) { error in
            XCTAssertEqual("\(error)", "form.yaml:8:10: error: unknown column 'Tên đơn vi' in a placeholder of body (hint: did you mean '{{Tên đơn vị}}'?)")
        }
        let unquoted = Self.form.replacingOccurrences(of: "place: \"{{Địa danh}}\"", with: "place: {{Địa danh}}")
        XCTAssertThrowsError(try TestSupport.document(yaml: unquoted)) { error in
            XCTAssertTrue("\(error)".contains("test.yaml:4:8: error: place must be text, not a mapping (hint: a value that starts with a {{placeholder}} must be in quotes"), "\(error)")
        }
    }

    func testABadRowIsReportedAtItsLineInTheCSV() throws {
        let table = try table("Tên đơn vị,Địa danh\nTrường THCS Quài Tở,\nTrường 漢,Quài Nưa\n")
        XCTAssertThrowsError(try TestSupport.composer.read(text: Self.form, file: "form.yaml", unit: UnitFields(table: table, row: table.rows[0]))) { error in
            XCTAssertEqual("\(error)", "units.csv:2:1: error: this unit has no value in the column 'Địa danh', which place uses (hint: fill in the value, or remove {{Địa danh}} from the document)")
        }
        XCTAssertThrowsError(try TestSupport.composer.read(text: Self.form, file: "form.yaml", unit: UnitFields(table: table, row: table.rows[1]))) { error in
            XCTAssertTrue("\(error)".hasPrefix("units.csv:3:1: error: the value 'Trường 漢' in the column 'Tên đơn vị' contains U+6F22, which cannot be printed"), "\(error)")
        }
    }

    func testFileNamesKeepVietnameseLettersAndAreUnique() {
        XCTAssertEqual(UnitFileNames.names(for: ["Trường TH Mường Mùn", "trường TH Mường Mùn", "A/B: C?", "...", " Quài  Tở "]) { "don-vi-\($0)" },
                       ["Trường TH Mường Mùn.pdf", "trường TH Mường Mùn (2).pdf", "A-B- C-.pdf", "don-vi-3.pdf", "Quài Tở.pdf"])
    }

    func testTheBytesDoNotDependOnHowManyWorkersMadeThem() throws {
        let directory = TestSupport.temporaryDirectory()
        let units = try UnitTable.read(path: TestSupport.examples + "/tuan-giao-units.csv").get()
        var outputs: [[Data]] = []
        for workers in [1, 3] {
            var batch = UnitBatch(input: TestSupport.examples + "/tuan-giao-form.yaml", units: units,
                                  destination: .directory(directory + "/\(workers)", nameColumn: nil))
            batch.fontDirectory = TestSupport.root + "/Fonts"
            batch.layoutPath = TestSupport.root + "/Layouts/nd30.yaml"
            batch.workers = workers
            let outcome = try batch.run()
            XCTAssertEqual(outcome.written.count, units.rows.count)
            XCTAssertTrue(outcome.failures.isEmpty)
            outputs.append(try outcome.written.map { try Data(contentsOf: URL(fileURLWithPath: $0)) })
        }
        XCTAssertEqual(outputs[0], outputs[1])
    }

    // MARK: The command line

    func write(_ text: String, _ name: String, in directory: String) throws -> String {
        let path = directory + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testOnePDFPerUnitWithItsNameAndPlainProgressLines() throws {
        let directory = TestSupport.temporaryDirectory()
        let units = TestSupport.examples + "/tuan-giao-units.csv"
        let result = try TestSupport.vanban(["render", TestSupport.examples + "/tuan-giao-form.yaml", "--units", units, "-o", directory + "/out"])
        XCTAssertEqual(result.status, 0, result.error)
        let table = try UnitTable.read(path: units).get()
        let files = try FileManager.default.contentsOfDirectory(atPath: directory + "/out").sorted()
        XCTAssertEqual(files, table.rows.map { $0.values[0] + ".pdf" }.sorted(), "one file per unit, no temporary file left")
        let lines = result.error.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.filter { $0.hasPrefix("rendered ") }.count, table.rows.count)
        XCTAssertTrue(lines.contains("rendered 1/\(table.rows.count) \(table.rows[0].values[0])") || lines.contains { $0.hasPrefix("rendered 1/\(table.rows.count) ") })
        XCTAssertEqual(lines.last, "wrote \(table.rows.count) PDF files into \(directory)/out")
        for row in table.rows.prefix(3) {
            let pdf = directory + "/out/" + row.values[0] + ".pdf"
            let text = TestSupport.folded(try TestSupport.extractText(pdf))
            XCTAssertTrue(text.contains("ĐƠN VỊ: \(row.values[0].uppercased())"), text)
            XCTAssertTrue(text.contains("\(row.values[1]), ngày"), text)
            XCTAssertEqual(try TestSupport.run("qpdf", ["--check", pdf]).status, 0)
        }
    }

    func testSameInputSameBytesAsASingleRender() throws {
        let directory = TestSupport.temporaryDirectory()
        let form = try write(Self.form, "form.yaml", in: directory)
        let units = try write("Tên đơn vị,Địa danh\nTrường THCS Quài Tở,Quài Tở\nTrường MN Chiềng Sinh,Chiềng Sinh\nTrường TH Quài Nưa,Quài Nưa\n",
                              "units.csv", in: directory)
        for run in ["a", "b"] {
            XCTAssertEqual(try TestSupport.vanban(["render", form, "--units", units, "-o", directory + "/" + run]).status, 0)
        }
        let single = try write(Self.form.replacingOccurrences(of: "{{Tên đơn vị}}", with: "Trường MN Chiềng Sinh")
            .replacingOccurrences(of: "{{tên_đơn_vị}}", with: "Trường MN Chiềng Sinh")
            .replacingOccurrences(of: "{{Địa danh}}", with: "Chiềng Sinh"), "form.yaml", in: directory + "/a")
        XCTAssertEqual(try TestSupport.vanban(["render", single, "-o", directory + "/single.pdf"]).status, 0)
        for name in ["Trường THCS Quài Tở.pdf", "Trường MN Chiềng Sinh.pdf", "Trường TH Quài Nưa.pdf"] {
            XCTAssertEqual(FileManager.default.contents(atPath: directory + "/a/" + name),
                           FileManager.default.contents(atPath: directory + "/b/" + name), name)
        }
        XCTAssertEqual(FileManager.default.contents(atPath: directory + "/a/Trường MN Chiềng Sinh.pdf"),
                       FileManager.default.contents(atPath: directory + "/single.pdf"))
        // The batch goes through the same finishing step, with the same options.
        XCTAssertEqual(try TestSupport.vanban(["render", form, "--units", units, "-o", directory + "/c", "--sign-fields", "none"]).status, 0)
        XCTAssertEqual(try TestSupport.vanban(["render", single, "-o", directory + "/single-none.pdf", "--sign-fields", "none"]).status, 0)
        XCTAssertEqual(FileManager.default.contents(atPath: directory + "/c/Trường MN Chiềng Sinh.pdf"),
                       FileManager.default.contents(atPath: directory + "/single-none.pdf"))
        XCTAssertNotEqual(FileManager.default.contents(atPath: directory + "/c/Trường MN Chiềng Sinh.pdf"),
                          FileManager.default.contents(atPath: directory + "/single.pdf"))
    }

    func testBadUnitsAreSkippedReportedAndMakeTheExitNonZero() throws {
        let directory = TestSupport.temporaryDirectory()
        let form = try write(Self.form, "form.yaml", in: directory)
        let units = try write("Tên đơn vị,Địa danh\nTrường THCS Quài Tở,Quài Tở\nTrường MN Chiềng Sinh,\nTrường TH Quài Nưa,Quài Nưa\n",
                              "units.csv", in: directory)
        let result = try TestSupport.vanban(["render", form, "--units", units, "-o", directory + "/out"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory + "/out").sorted(),
                       ["Trường TH Quài Nưa.pdf", "Trường THCS Quài Tở.pdf"])
        XCTAssertTrue(result.error.contains("Trường MN Chiềng Sinh: left out:\n\(units):3:1: error: this unit has no value in the column 'Địa danh'"), result.error)
        XCTAssertTrue(result.error.contains("failed 2/3 Trường MN Chiềng Sinh") || result.error.contains("/3 Trường MN Chiềng Sinh"), result.error)
        XCTAssertTrue(result.error.hasSuffix("wrote 2 PDF files into \(directory)/out; 1 of 3 units left out\n"), result.error)
    }

    func testFilesAreNamedFromTheChosenColumnAndMadeUnique() throws {
        let directory = TestSupport.temporaryDirectory()
        let form = try write(Self.form, "form.yaml", in: directory)
        let units = try write("Tên đơn vị,Địa danh\nTrường THCS Quài Tở,Quài Tở\nUBND xã Quài Tở,Quài Tở\n\"Trường TH Mường Mùn, điểm chính\",Mường Mùn\n",
                              "units.csv", in: directory)
        let result = try TestSupport.vanban(["render", form, "--units", units, "-o", directory + "/out", "--name-column", "địa_danh"])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory + "/out").sorted(),
                       ["Mường Mùn.pdf", "Quài Tở (2).pdf", "Quài Tở.pdf"])
        let second = TestSupport.folded(try TestSupport.extractText(directory + "/out/Quài Tở (2).pdf"))
        XCTAssertTrue(second.contains("ĐƠN VỊ: UBND XÃ QUÀI TỞ"), "the second row's copy: \(second)")
    }

    func testAnUnknownColumnStopsTheRunBeforeAnythingIsWritten() throws {
        let directory = TestSupport.temporaryDirectory()
        let form = try write(Self.form.replacingOccurrences(of: "{{Địa danh}}", with: "{{Xã}}"), "form.yaml", in: directory)
        let units = try write("Tên đơn vị,Địa danh\nTrường THCS Quài Tở,Quài Tở\n", "units.csv", in: directory)
        let result = try TestSupport.vanban(["render", form, "--units", units, "-o", directory + "/out"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.error.contains("\(form):4:9: error: unknown column 'Xã' in a placeholder of place"), result.error)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory + "/out"))
        let badColumn = try TestSupport.vanban(["render", TestSupport.examples + "/tuan-giao-form.yaml", "--units", units,
                                                "-o", directory + "/out", "--name-column", "Dia danh"])
        XCTAssertEqual(badColumn.status, 2)
        XCTAssertTrue(badColumn.error.contains("--name-column names 'Dia danh', which is not a column of \(units) (hint: did you mean 'Địa danh'?)"), badColumn.error)
    }

    func testMergedCopiesNumberTheirPagesFromOne() throws {
        let directory = TestSupport.temporaryDirectory()
        let units = try write("Tên đơn vị,Địa danh\nTrường THCS Quài Tở,Quài Tở\nTrường MN Chiềng Sinh,Chiềng Sinh\n", "units.csv", in: directory)
        let merged = directory + "/all.pdf"
        let result = try TestSupport.vanban(["render", TestSupport.examples + "/tuan-giao-form.yaml", "--units", units, "-o", merged, "--merge"])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertEqual(try TestSupport.run("qpdf", ["--check", merged]).status, 0)
        let single = try TestSupport.pdfInfo(TestSupport.pdfFile(TestSupport.document(TestSupport.examples + "/tuan-giao-form.yaml")))["Pages"]
        let perCopy = try XCTUnwrap(Int(try XCTUnwrap(single)))
        XCTAssertEqual(try TestSupport.pdfInfo(merged)["Pages"], String(2 * perCopy))
        func page(_ number: Int) throws -> String {
            TestSupport.folded(try TestSupport.run("pdftotext", ["-enc", "UTF-8", "-f", "\(number)", "-l", "\(number)", merged, "-"]).output)
        }
        XCTAssertTrue(try page(1).contains("ĐƠN VỊ: TRƯỜNG THCS QUÀI TỞ"))
        XCTAssertTrue(try page(perCopy + 1).contains("ĐƠN VỊ: TRƯỜNG MN CHIỀNG SINH"))
        let secondPage = try page(perCopy + 2)
        XCTAssertTrue(secondPage.hasPrefix("2 "), "the second copy's second page is numbered 2: \(secondPage.prefix(40))")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory).sorted(), ["all.pdf", "units.csv"])
    }
}
