import Foundation
import VanBanInput
import XCTest

/// Units from the first sheet of an .xlsx workbook, written by openpyxl (installed by
/// scripts/setup.sh) as Excel writes them: the same units, and the same PDFs, as from the CSV;
/// a workbook's own problems at `file:row:column`, naming the sheet and the cell.
final class UnitWorkbookTests: XCTestCase {
    /// argv: the CSV to copy, the workbook to write, then optional edits "CELL=VALUE" on the first
    /// sheet (a value starting with '=' is a formula, which openpyxl saves without a result).
    private let writeWorkbook = """
        import csv, sys
        from openpyxl import Workbook
        book = Workbook()
        sheet = book.active
        sheet.title = "Đơn vị"
        for row in csv.reader(open(sys.argv[1], encoding="utf-8-sig")):
            sheet.append(row)
        sheet.insert_rows(4)            # an empty row between units, as clerks leave them
        for edit in sys.argv[3:]:
            cell, value = edit.split("=", 1)
            sheet[cell] = int(value) if value.isdigit() else value
        notes = book.create_sheet("Ghi chú")   # a second sheet, never read
        notes.append(["Tên đơn vị", "Không phải đơn vị"])
        book.save(sys.argv[2])
        """

    /// openpyxl writes text inline; Excel keeps it in a shared table (xl/sharedStrings.xml,
    /// cells `t="s"` holding an index, rich text in runs). This rewrites a workbook that way.
    private let shareStrings = """
        import html, re, sys, zipfile
        source = zipfile.ZipFile(sys.argv[1])
        parts = {name: source.read(name) for name in source.namelist()}
        strings = []
        def share(match):
            strings.append(html.unescape(match.group(2)))
            return '<c r="%s" t="s"><v>%d</v></c>' % (match.group(1), len(strings) - 1)
        for name in [n for n in parts if n.startswith("xl/worksheets/")]:
            parts[name] = re.sub(r'<c r="([A-Z]+[0-9]+)" t="inlineStr"><is><t[^>]*>(.*?)</t></is></c>', share,
                                 parts[name].decode()).encode()
        def item(text):   # the first word bold, as a rich-text run, the way Excel stores formatting
            first, _, rest = html.escape(text).partition(" ")
            return "<si><r><rPr><b/></rPr><t>%s</t></r><r><t xml:space=\\"preserve\\"> %s</t></r></si>" % (first, rest) if rest else "<si><t>%s</t></si>" % first
        parts["xl/sharedStrings.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\\n'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
            % (len(strings), len(strings), "".join(item(s) for s in strings))).encode()
        parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(b"</Relationships>",
            b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>",
            b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as target:
            for name, data in parts.items():
                target.writestr(name, data)
        print(len(strings))
        """

    private func workbook(_ edits: [String] = []) throws -> String {
        try Python.require(module: "openpyxl", package: "openpyxl")
        let path = TestSupport.temporaryDirectory() + "/units.xlsx"
        let result = try TestSupport.run("python3", ["-c", writeWorkbook, TestSupport.examples + "/tuan-giao-units.csv", path] + edits)
        XCTAssertEqual(result.status, 0, result.error)
        return path
    }

    private func problems(_ path: String) -> [String] {
        guard case let .failure(list) = UnitTable.read(path: path) else { XCTFail("\(path) should be refused"); return [] }
        return list.diagnostics.map(\.description)
    }

    func testTheFirstSheetGivesTheSameUnitsAsTheCSV() throws {
        let csv = try UnitTable.read(path: TestSupport.examples + "/tuan-giao-units.csv").get()
        let sheet = try UnitTable.read(path: try workbook()).get()
        XCTAssertEqual(sheet.columns, csv.columns)
        XCTAssertEqual(sheet.rows.map(\.values), csv.rows.map(\.values))
        XCTAssertEqual(sheet.rows.prefix(4).map(\.line), [2, 3, 5, 6], "a unit's row number is the sheet's, the empty row 4 skipped")

        // The same workbook with its text in a shared table, as Excel saves it.
        let shared = TestSupport.temporaryDirectory() + "/excel.xlsx"
        let rewrite = try TestSupport.run("python3", ["-c", shareStrings, try workbook(), shared])
        XCTAssertEqual(rewrite.status, 0, rewrite.error)
        XCTAssertEqual(Int(rewrite.output.trimmingCharacters(in: .whitespacesAndNewlines)), 2 + 2 * 17 + 2, "every text cell of both sheets shared")
        let excel = try UnitTable.read(path: shared).get()
        XCTAssertEqual(excel.columns, csv.columns)
        XCTAssertEqual(excel.rows.map(\.values), csv.rows.map(\.values))

        // Numbers, and a row whose last cells are empty.
        let edited = try UnitTable.read(path: try workbook(["C1=Số học sinh", "C2=125", "B3="])).get()
        XCTAssertEqual(edited.columns, ["Tên đơn vị", "Địa danh", "Số học sinh"])
        XCTAssertEqual(edited.rows[0].values, ["UBND xã Quài Tở", "Quài Tở", "125"])
        XCTAssertEqual(edited.rows[1].values, ["UBND xã Quài Nưa", "", ""])
    }

    func testTheWorkbookRendersTheSamePDFsAsTheCSV() throws {
        let directory = TestSupport.temporaryDirectory()
        for (units, output) in [(TestSupport.examples + "/tuan-giao-units.csv", "csv"), (try workbook(), "xlsx")] {
            let result = try TestSupport.vanban(["render", TestSupport.examples + "/tuan-giao-form.yaml", "--units", units,
                                                 "-o", directory + "/" + output])
            XCTAssertEqual(result.status, 0, result.error)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory + "/csv").sorted()
        XCTAssertEqual(names.count, 17)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory + "/xlsx").sorted(), names)
        for name in names {
            XCTAssertEqual(FileManager.default.contents(atPath: directory + "/xlsx/" + name),
                           FileManager.default.contents(atPath: directory + "/csv/" + name), name)
        }
    }

    func testAWorkbooksProblemsNameTheSheetRowAndColumn() throws {
        let formula = try workbook(["C1=Tổng", "C3==1+1"])
        XCTAssertEqual(problems(formula), ["\(formula):3:3: error: sheet 'Đơn vị', cell C3 holds a formula whose result was never saved "
                                           + "(hint: open the workbook in Excel and save it, or type the value)"])
        let beyond = try workbook(["E5=ghi chú lạc"])
        XCTAssertEqual(problems(beyond), ["\(beyond):5:5: error: sheet 'Đơn vị', cell E5 is right of the last named column "
                                          + "(hint: name the column in row 1, or move the value)"])
        let duplicate = try workbook(["B1=tên đơn vị"])
        XCTAssertEqual(problems(duplicate), ["\(duplicate):1:1: error: the column 'tên đơn vị' appears twice in the header "
                                             + "(hint: give every column its own name)"])
        // A workbook cut short or with bytes overwritten (a broken download): refused with a message,
        // never a crash, wherever the damage is.
        let good = try Data(contentsOf: URL(fileURLWithPath: try workbook()))
        var random = SeededRandom(seed: 15)
        for trial in 0..<60 {
            var damaged = good
            if trial % 2 == 0 {
                damaged = damaged.prefix(Int.random(in: 0..<good.count, using: &random))
            } else {
                for _ in 0..<8 { damaged[Int.random(in: 0..<good.count, using: &random)] = UInt8.random(in: 0...255, using: &random) }
            }
            let path = TestSupport.temporaryDirectory() + "/damaged.xlsx"
            try damaged.write(to: URL(fileURLWithPath: path))
            if case let .failure(list) = UnitTable.read(path: path) {
                XCTAssertTrue(list.diagnostics.allSatisfy { $0.location?.file == path && $0.hint != nil }, list.description)
            }
        }

        let notZip = TestSupport.temporaryDirectory() + "/units.xlsx"
        try "Tên đơn vị;Địa danh\n".write(toFile: notZip, atomically: true, encoding: .utf8)
        XCTAssertEqual(problems(notZip), ["\(notZip):1:1: error: the units workbook cannot be read: it is not a ZIP file (an .xlsx workbook is one) "
                                          + "(hint: open it in Excel and save it again as \"Excel Workbook (.xlsx)\")"])
    }
}
