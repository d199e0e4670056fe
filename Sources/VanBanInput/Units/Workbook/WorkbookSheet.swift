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
        func failure(_ message: String, hint: String) -> Result<Rows, DiagnosticList> {
            .failure(DiagnosticList([Diagnostic(message, at: start, hint: hint)]))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return failure("cannot open the units workbook", hint: "check the path given to --units")
        }
        do {
            let archive = try ZipEntries(data)
            guard let workbook = try archive.member("xl/workbook.xml") else {
                return failure("the units file is not an Excel workbook (it has no xl/workbook.xml)",
                               hint: "save it from Excel as \"Excel Workbook (.xlsx)\", or as \"CSV UTF-8\"")
            }
            guard let (sheetName, relation) = firstSheet(XMLEvent.parse(workbook)),
                  let target = try archive.member("xl/_rels/workbook.xml.rels").flatMap({ self.target(of: relation, in: XMLEvent.parse($0)) }),
                  let sheet = try archive.member(target) else {
                return failure("the workbook has no sheet", hint: "the first sheet holds the units, its first row names the columns")
            }
            let strings = try archive.member("xl/sharedStrings.xml").map { sharedStrings(XMLEvent.parse($0)) } ?? []
            return rows(XMLEvent.parse(sheet), strings: strings, sheet: sheetName, file: path)
        } catch let error as ZipEntries.Failure {
            return failure("the units workbook cannot be read: \(error.reason)",
                           hint: "open it in Excel and save it again as \"Excel Workbook (.xlsx)\"")
        } catch {
            return failure("the units workbook cannot be read: \(error)", hint: "save it again as .xlsx")
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
                        problems.append(Diagnostic("sheet '\(sheet)', cell \(current.reference): a text that the workbook does not hold",
                                                   at: location, hint: "open the workbook in Excel and save it again"))
                        continue
                    }
                    row[current.column] = strings[index]
                case "e":
                    problems.append(Diagnostic("sheet '\(sheet)', cell \(current.reference) holds the spreadsheet error \(value ?? "")",
                                               at: location, hint: "correct the formula or type the value"))
                case "b":
                    row[current.column] = value == "1" ? "TRUE" : "FALSE"
                default:
                    // openpyxl and other writers save a formula with an empty <v> until Excel computes it.
                    if formula, current.type != "str", value?.isEmpty ?? true {
                        problems.append(Diagnostic("sheet '\(sheet)', cell \(current.reference) holds a formula whose result was never saved",
                                                   at: location, hint: "open the workbook in Excel and save it, or type the value"))
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
                    problems.append(Diagnostic(
                        "sheet '\(sheet)', cell \(columnLetters(extra + 1))\(record.line) is right of the last named column",
                        at: SourceLocation(file: file, line: record.line, column: extra + 1),
                        hint: "name the column in row \(header.line), or move the value"))
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
