import Foundation
import VanBanModel

/// Đơn vị: the units a batch renders, one per row of a CSV file whose first row names the columns.
///
/// Read as RFC 4180: fields separated by commas, rows by CRLF or LF, a field in double quotes may
/// hold commas, line breaks and doubled quotes (""). UTF-8 with or without a byte-order mark.
/// Excel set to Vietnamese (and most of Europe) writes `;` instead of `,`: a header line with
/// more semicolons than commas outside quotes makes `;` the separator of the whole file.
/// The scanner walks the characters once, counting lines so every problem names its line.
public struct UnitTable: Sendable {
    public struct Row: Sendable {
        /// The line of the file where the row starts (from 1; the header is line 1).
        public var line: Int
        /// One value per column, NFC, in column order.
        public var values: [String]
    }

    public let file: String
    /// The column names of the header row, NFC and trimmed.
    public let columns: [String]
    public let rows: [Row]

    /// A CSV file, or the first sheet of an .xlsx workbook.
    public static func read(path: String) -> Result<UnitTable, DiagnosticList> {
        if path.lowercased().hasSuffix(".xlsx") {
            return WorkbookSheet.read(path: path).flatMap { table(from: $0, file: path) }
        }
        return YAMLSource.readText(atPath: path, what: Phrase(en: "the units file", vi: "tệp đơn vị"),
                                   openHint: checkUnitsPath,
                                   encodingHint: Phrase(en: "save it as \"CSV UTF-8\" (Excel: File › Save As › CSV UTF-8)",
                                                        vi: "hãy lưu thành \"CSV UTF-8\" (Excel: File › Save As › CSV UTF-8)"))
            .flatMap { parse($0, file: path) }
    }

    public static func parse(_ text: String, file: String) -> Result<UnitTable, DiagnosticList> {
        var records: [(line: Int, fields: [String])] = []
        var problems: [Diagnostic] = []
        var fields: [String] = []
        var field = ""
        var quoted = false        // inside a quoted field
        var wasQuoted = false     // the current field was quoted (text after its closing quote is an error)
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        let separator = Self.separator(of: text)
        var characters = text.unicodeScalars.makeIterator()
        var pending = characters.next()
        if pending == "\u{FEFF}" { pending = characters.next() }

        func endField() {
            // A unit's value may name its file: a bidirectional control would disguise the name.
            if let control = BidiControls.first(in: field) {
                let (number, code) = (fields.count + 1, String(control.value, radix: 16, uppercase: true))
                problems.append(Diagnostic(
                    Phrase(en: "field \(number) contains the invisible bidirectional control U+\(code)",
                           vi: "ô thứ \(number) có ký tự điều khiển hai chiều vô hình U+\(code)"),
                    at: SourceLocation(file: file, line: line, column: 1), hint: BidiControls.hintPhrase))
            }
            fields.append(field.precomposedStringWithCanonicalMapping)
            field = ""
            wasQuoted = false
        }
        func endRecord() {
            endField()
            // A line with nothing on it (e.g. the file's last newline) is not a unit.
            if !(fields.count == 1 && fields[0].isEmpty) { records.append((recordLine, fields)) }
            fields = []
        }

        while let scalar = pending {
            pending = characters.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = characters.next() } else { quoted = false }
                } else {
                    if scalar == "\n" { line += 1 }
                    if scalar == "\r", pending == "\n" { continue }
                    field.unicodeScalars.append(scalar == "\r" ? "\n" : scalar)
                }
                continue
            }
            switch scalar {
            case separator:
                endField()
            case "\r", "\n":
                if scalar == "\r", pending == "\n" { pending = characters.next() }
                endRecord()
                line += 1
                recordLine = line
            case "\"" where field.isEmpty && !wasQuoted:
                quoted = true
                wasQuoted = true
                quoteLine = line
            default:
                if wasQuoted {
                    problems.append(Diagnostic(
                        Phrase(en: "text after the closing quote of a field", vi: "có chữ sau dấu ngoặc kép đóng của một ô"),
                        at: SourceLocation(file: file, line: line, column: 1),
                        hint: Phrase(en: "a quote inside a quoted field is written twice: \"\"",
                                     vi: "dấu ngoặc kép nằm trong một ô đã đặt trong ngoặc kép thì viết hai lần: \"\"")))
                    wasQuoted = false
                }
                field.unicodeScalars.append(scalar)
            }
        }
        if quoted {
            problems.append(Diagnostic(
                Phrase(en: "a quoted field is never closed", vi: "một ô mở dấu ngoặc kép mà không đóng"),
                at: SourceLocation(file: file, line: quoteLine, column: 1),
                hint: Phrase(en: "add the closing double quote", vi: "thêm dấu ngoặc kép đóng")))
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        guard problems.isEmpty else { return .failure(DiagnosticList(problems)) }
        return table(from: records, file: file,
                     shortRowHint: separator == ","
                        ? Phrase(en: "a value containing a comma must be in double quotes",
                                 vi: "giá trị có dấu phẩy phải đặt trong dấu ngoặc kép")
                        : Phrase(en: "a value containing a semicolon must be in double quotes",
                                 vi: "giá trị có dấu chấm phẩy phải đặt trong dấu ngoặc kép"))
    }

    /// The header and the units of a file's rows (a CSV line or a sheet's row number each),
    /// checked: every column named once, every row as long as the header.
    static func table(from records: [(line: Int, fields: [String])], file: String,
                      shortRowHint: Phrase? = nil) -> Result<UnitTable, DiagnosticList> {
        var problems: [Diagnostic] = []
        guard let header = records.first else {
            return .failure(DiagnosticList([Diagnostic(
                Phrase(en: "the units file is empty", vi: "tệp đơn vị trống"), at: SourceLocation(file: file, line: 1, column: 1),
                hint: Phrase(en: "the first line names the columns, e.g. Tên đơn vị,Xã; each further line is one unit",
                             vi: "dòng đầu ghi tên các cột, ví dụ Tên đơn vị,Xã; mỗi dòng tiếp theo là một đơn vị"))]))
        }
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        for (index, name) in columns.enumerated() {
            if name.isEmpty {
                problems.append(Diagnostic(Phrase(en: "column \(index + 1) of the header has no name",
                                                  vi: "cột \(index + 1) của dòng tiêu đề chưa có tên"),
                                           at: SourceLocation(file: file, line: header.line, column: 1),
                                           hint: Phrase(en: "the first line names every column", vi: "dòng đầu phải ghi tên mọi cột")))
            } else if columns[..<index].contains(where: { ColumnName.key($0) == ColumnName.key(name) }) {
                problems.append(Diagnostic(Phrase(en: "the column '\(name)' appears twice in the header",
                                                  vi: "cột '\(name)' có hai lần trong dòng tiêu đề"),
                                           at: SourceLocation(file: file, line: header.line, column: 1),
                                           hint: Phrase(en: "give every column its own name", vi: "đặt cho mỗi cột một tên riêng")))
            }
        }
        var rows: [Row] = []
        for record in records.dropFirst() {
            guard record.fields.count == columns.count else {
                problems.append(Diagnostic(
                    Phrase(en: "this row has \(record.fields.count) fields but the header has \(columns.count) columns",
                           vi: "hàng này có \(record.fields.count) ô nhưng dòng tiêu đề có \(columns.count) cột"),
                    at: SourceLocation(file: file, line: record.line, column: 1),
                    hint: shortRowHint))
                continue
            }
            rows.append(Row(line: record.line, values: record.fields))
        }
        if rows.isEmpty, problems.isEmpty {
            problems.append(Diagnostic(Phrase(en: "the units file has no units, only a header",
                                              vi: "tệp đơn vị chỉ có dòng tiêu đề, chưa có đơn vị nào"),
                                       at: SourceLocation(file: file, line: header.line, column: 1),
                                       hint: Phrase(en: "add one line per unit under the header",
                                                    vi: "thêm mỗi đơn vị một dòng dưới dòng tiêu đề")))
        }
        guard problems.isEmpty else { return .failure(DiagnosticList(problems)) }
        return .success(UnitTable(file: file, columns: columns, rows: rows))
    }

    /// `;` when the header line has more semicolons than commas outside quotes, else `,`.
    static func separator(of text: String) -> Unicode.Scalar {
        var commas = 0, semicolons = 0, quoted = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle() }
            if quoted { continue }
            if scalar == "\n" || scalar == "\r" { break }
            if scalar == "," { commas += 1 }
            if scalar == ";" { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }

    /// The index of a column named as a placeholder may name it (see `ColumnName.key`).
    public func columnIndex(_ name: String) -> Int? {
        let key = ColumnName.key(name)
        return columns.firstIndex { ColumnName.key($0) == key }
    }

    /// "did you mean '…'?" for a column name that matches none, or the list of columns.
    /// A name typed without its Vietnamese marks ("Ten don vi") is matched with them folded away.
    public func hintPhrase(forUnknownColumn name: String, placeholder: Bool) -> Phrase {
        let unmarked = columns.filter { ColumnName.unmarked($0) == ColumnName.unmarked(name) }
        if let closest = unmarked.count == 1 ? unmarked.first : Suggestion.closest(to: name, among: columns) {
            return Suggestion.didYouMean(placeholder ? "{{\(closest)}}" : closest)
        }
        let list = columns.joined(separator: ", ")
        return Phrase(en: "the columns of \(file) are \(list)", vi: "các cột của \(file) là \(list)")
    }

    /// The hint in English.
    public func hint(forUnknownColumn name: String, placeholder: Bool) -> String {
        hintPhrase(forUnknownColumn: name, placeholder: placeholder).english
    }

    /// How to mend a units file that cannot be opened.
    static let checkUnitsPath = Phrase(en: "check the path given to --units", vi: "kiểm tra đường dẫn ghi sau --units")
}

/// How a column is named in a placeholder: letters compare without case, and an underscore
/// stands for a space, so `{{tên_đơn_vị}}` finds the column "Tên đơn vị".
public enum ColumnName {
    public static func key(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.lowercased().replacingOccurrences(of: "_", with: " ")
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// The key without diacritics, "đ" read as "d": how a name looks typed on a keyboard without
    /// Vietnamese input.
    static func unmarked(_ name: String) -> String {
        key(name).folding(options: .diacriticInsensitive, locale: nil).replacingOccurrences(of: "đ", with: "d")
    }
}
