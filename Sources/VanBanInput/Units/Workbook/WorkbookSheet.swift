import Foundation
import VanBanModel

/// The rows of the first sheet of an .xlsx workbook (Office Open XML, as Excel, LibreOffice and
/// openpyxl write it), as text: each row's values by column, with its row number, so that every
/// problem of a unit is reported as `units.xlsx:ROW:COLUMN`, naming the sheet and the cell.
///
/// A cell's text is what the workbook stores: shared and inline strings as typed, numbers as
/// written (`12`, `1.5`), a formula by its saved result. A date cell is a day number: type dates
/// as text. Empty rows are skipped; cells left empty are empty values.
enum WorkbookSheet {
    typealias Rows = [(line: Int, fields: [String])]

    static func read(path: String) -> Result<Rows, DiagnosticList> {
        let start = SourceLocation(file: path, line: 1, column: 1)
        func failure(_ message: Phrase, hint: Phrase) -> Result<Rows, DiagnosticList> {
            .failure(DiagnosticList([Diagnostic(message, at: start, hint: hint)]))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return failure(Phrase(en: "cannot open the units workbook", vi: "không mở được tệp Excel đơn vị"),
                           hint: UnitTable.checkUnitsPath)
        }
        do {
            let archive = try ZipEntries(data)
            guard let workbook = try archive.member("xl/workbook.xml") else {
                return failure(Phrase(en: "the units file is not an Excel workbook (it has no xl/workbook.xml)",
                                      vi: "tệp đơn vị không phải tệp Excel (không có xl/workbook.xml)"),
                               hint: Phrase(en: "save it from Excel as \"Excel Workbook (.xlsx)\", or as \"CSV UTF-8\"",
                                            vi: "hãy lưu lại từ Excel thành \"Excel Workbook (.xlsx)\", hoặc thành \"CSV UTF-8\""))
            }
            guard let (sheetName, relation) = firstSheet(XMLEvent.parse(workbook)),
                  let target = try archive.member("xl/_rels/workbook.xml.rels").flatMap({ self.target(of: relation, in: XMLEvent.parse($0)) }),
                  let sheet = try archive.member(target) else {
                return failure(Phrase(en: "the workbook has no sheet", vi: "tệp Excel không có trang tính nào"),
                               hint: Phrase(en: "the first sheet holds the units, its first row names the columns",
                                            vi: "trang tính đầu tiên chứa các đơn vị, hàng đầu của nó ghi tên các cột"))
            }
            let strings = try archive.member("xl/sharedStrings.xml").map { sharedStrings(XMLEvent.parse($0)) } ?? []
            return rows(XMLEvent.parse(sheet), strings: strings, sheet: sheetName, file: path)
        } catch let error as ZipEntries.Failure {
            return failure(Phrase(en: "the units workbook cannot be read: ", vi: "không đọc được tệp Excel đơn vị: ") + error.reason,
                           hint: Phrase(en: "open it in Excel and save it again as \"Excel Workbook (.xlsx)\"",
                                        vi: "mở tệp bằng Excel rồi lưu lại thành \"Excel Workbook (.xlsx)\""))
        } catch {
            return failure(Phrase(en: "the units workbook cannot be read: \(error)", vi: "không đọc được tệp Excel đơn vị: \(error)"),
                           hint: Phrase(en: "save it again as .xlsx", vi: "hãy lưu lại thành .xlsx"))
        }
    }

    /// The first `<sheet name=… r:id=…>` of the workbook, in the order of its tabs.
    private static func firstSheet(_ events: [XMLEvent]) -> (String, String)? {
        for case let .start("sheet", attributes) in events {
            if let name = attributes["name"], let relation = attributes["id"] { return (name, relation) }
        }
        return nil
    }

    /// The archive path of the part a relationship points at (`worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`).
    private static func target(of relation: String, in events: [XMLEvent]) -> String? {
        for case let .start("Relationship", attributes) in events where attributes["Id"] == relation {
            guard let target = attributes["Target"] else { return nil }
            return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        return nil
    }

    /// Each `<si>`'s text: its `<t>` runs joined, phonetic guides (`<rPh>`) left out.
    private static func sharedStrings(_ events: [XMLEvent]) -> [String] {
        var strings: [String] = []
        var current: String?, inText = false, inPhonetic = false
        for event in events {
            switch event {
            case .start("si", _): current = ""
            case .end("si"): strings.append(current ?? ""); current = nil
            case .start("rPh", _): inPhonetic = true
            case .end("rPh"): inPhonetic = false
            case .start("t", _): inText = true
            case .end("t"): inText = false
            case let .text(text) where inText && !inPhonetic: current? += text
            default: break
            }
        }
        return strings
    }

    private static func rows(_ events: [XMLEvent], strings: [String], sheet: String, file: String) -> Result<Rows, DiagnosticList> {
        var rows: Rows = []
        var problems: [Diagnostic] = []
        var row: [Int: String] = [:], rowNumber = 0
        var cell: (column: Int, type: String, reference: String)?
        var value: String?, formula = false, inValue = false
        for event in events {
            switch event {
            case let .start("row", attributes):
                rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
                row = [:]
            case .end("row"):
                let width = (row.keys.max() ?? 0)
                let fields = width == 0 ? [] : (1...width).map { row[$0] ?? "" }
                if fields.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) { rows.append((rowNumber, fields)) }
            case let .start("c", attributes):
                let reference = attributes["r"] ?? ""
                let column = columnNumber(reference) ?? (row.keys.max() ?? 0) + 1
                cell = (column, attributes["t"] ?? "n", reference.isEmpty ? "\(columnLetters(column))\(rowNumber)" : reference)
                value = nil
                formula = false
            case .start("f", _): formula = true
            case .start("v", _), .start("t", _): inValue = true; value = value ?? ""
            case .end("v"), .end("t"): inValue = false
            case let .text(text) where inValue: value? += text
            case .end("c"):
                guard let current = cell else { continue }
                cell = nil
                let location = SourceLocation(file: file, line: rowNumber, column: current.column)
                switch current.type {
                case "s":
                    guard let index = value.flatMap({ Int($0) }), strings.indices.contains(index) else {
                        problems.append(Diagnostic(
                            Phrase(en: "sheet '\(sheet)', cell \(current.reference): a text that the workbook does not hold",
                                   vi: "trang tính '\(sheet)', ô \(current.reference): một chuỗi mà tệp Excel không có"),
                            at: location, hint: Phrase(en: "open the workbook in Excel and save it again",
                                                       vi: "mở tệp bằng Excel rồi lưu lại")))
                        continue
                    }
                    row[current.column] = strings[index]
                case "e":
                    let shown = value ?? ""
                    problems.append(Diagnostic(
                        Phrase(en: "sheet '\(sheet)', cell \(current.reference) holds the spreadsheet error \(shown)",
                               vi: "trang tính '\(sheet)', ô \(current.reference) chứa lỗi bảng tính \(shown)"),
                        at: location, hint: Phrase(en: "correct the formula or type the value", vi: "sửa công thức hoặc gõ thẳng giá trị")))
                case "b":
                    row[current.column] = value == "1" ? "TRUE" : "FALSE"
                default:
                    // openpyxl and other writers save a formula with an empty <v> until Excel computes it.
                    if formula, current.type != "str", value?.isEmpty ?? true {
                        problems.append(Diagnostic(
                            Phrase(en: "sheet '\(sheet)', cell \(current.reference) holds a formula whose result was never saved",
                                   vi: "trang tính '\(sheet)', ô \(current.reference) chứa công thức mà kết quả chưa từng được lưu"),
                            at: location, hint: Phrase(en: "open the workbook in Excel and save it, or type the value",
                                                       vi: "mở tệp bằng Excel rồi lưu lại, hoặc gõ thẳng giá trị")))
                    }
                    row[current.column] = value ?? ""
                }
            default: break
            }
        }
        guard problems.isEmpty else { return .failure(DiagnosticList(problems)) }
        // Cells beyond the header's last column: a value there belongs to no column.
        if let header = rows.first {
            for (index, record) in rows.enumerated().dropFirst() where record.fields.count > header.fields.count {
                if let extra = record.fields.indices.dropFirst(header.fields.count).first(where: { !record.fields[$0].isEmpty }) {
                    let cell = "\(columnLetters(extra + 1))\(record.line)"
                    problems.append(Diagnostic(
                        Phrase(en: "sheet '\(sheet)', cell \(cell) is right of the last named column",
                               vi: "trang tính '\(sheet)', ô \(cell) nằm bên phải cột cuối cùng có tên"),
                        at: SourceLocation(file: file, line: record.line, column: extra + 1),
                        hint: Phrase(en: "name the column in row \(header.line), or move the value",
                                     vi: "đặt tên cho cột ở hàng \(header.line), hoặc chuyển giá trị đi")))
                }
                rows[index].fields = Array(record.fields.prefix(header.fields.count))
            }
            for index in rows.indices.dropFirst() where rows[index].fields.count < header.fields.count {
                rows[index].fields += Array(repeating: "", count: header.fields.count - rows[index].fields.count)
            }
        }
        guard problems.isEmpty else { return .failure(DiagnosticList(problems)) }
        return .success(rows.map { ($0.line, $0.fields.map { $0.precomposedStringWithCanonicalMapping }) })
    }

    /// `C12` → 3.
    static func columnNumber(_ reference: String) -> Int? {
        let letters = reference.prefix { $0.isASCII && $0.isLetter }.uppercased()
        guard (1...3).contains(letters.count) else { return nil }   // XFD, column 16 384, is the last
        return letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
    }

    /// 3 → `C`, 28 → `AB`.
    static func columnLetters(_ number: Int) -> String {
        var number = number, letters = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }
}
