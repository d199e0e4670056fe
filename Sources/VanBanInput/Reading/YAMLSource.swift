import Foundation
import VanBanModel
import Yams

/// Reads a YAML or JSON file into a node tree whose every value remembers its line and column.
///
/// JSON is read by the same YAML parser (JSON is YAML's flow style), so both formats share one
/// decoder and one set of messages.
enum YAMLSource {
    static func parse(_ text: String, file: String) -> Result<Node, DiagnosticList> {
        if text.containsUTF8(0), let offset = text.utf8.firstIndex(of: 0).map({ text.utf8.distance(from: text.utf8.startIndex, to: $0) }) {
            return .failure(DiagnosticList([Diagnostic(
                Phrase(en: "the file contains a NUL byte, so it is binary data, not text",
                       vi: "tệp có byte NUL, tức là dữ liệu nhị phân, không phải tệp chữ"),
                at: BytePosition.location(of: offset, in: text.utf8, file: file),
                hint: Phrase(en: "save the document as UTF-8 text; VanBan reads YAML or JSON",
                             vi: "hãy lưu văn bản thành tệp chữ UTF-8; VanBan đọc YAML hoặc JSON"))]))
        }
        // U+FFFD (a byte that was not UTF-8) starts with the byte EF, rare in Vietnamese text.
        if text.containsUTF8(0xEF), let replacement = text.unicodeScalars.firstIndex(of: "\u{FFFD}") {
            let offset = text.utf8.distance(from: text.utf8.startIndex, to: replacement)
            return .failure(DiagnosticList([Diagnostic(
                Phrase(en: "the file is not UTF-8 text: it holds U+FFFD, the mark of bytes that were not UTF-8",
                       vi: "tệp không được lưu dưới dạng UTF-8: trong tệp có U+FFFD, dấu hiệu của những byte không phải UTF-8"),
                at: BytePosition.location(of: offset, in: text.utf8, file: file),
                hint: Self.saveAsUTF8)]))
        }
        do {
            // VanBan reads every key and value as the text written, never by YAML's implicit types,
            // so no resolver rules: Yams would otherwise compile seven regular expressions at
            // start-up and run them on every key (duplicate keys are found by their text). UTF-8
            // named, as Yams would choose it, without its asking the environment on each parse.
            guard let node = try Yams.compose(yaml: text, .basic, .default, .utf8) else {
                return .failure(DiagnosticList([Diagnostic(
                    Phrase(en: "the file is empty", vi: "tệp trống"), at: SourceLocation(file: file, line: 1, column: 1),
                    hint: Phrase(en: "start from Examples/minimal.yaml", vi: "hãy bắt đầu từ Examples/minimal.yaml"))]))
            }
            return .success(node)
        } catch let error as YamlError {
            if let (duplicates, mark) = duplicatedKeys(error) {
                return .failure(duplicateKeys(duplicates, near: SourceLocation(file: file, line: mark.line, column: mark.column),
                                              in: text))
            }
            return .failure(DiagnosticList([diagnostic(for: error, file: file, text: text)]))
        } catch {
            return .failure(DiagnosticList([Diagnostic(
                Phrase(en: "cannot read the file: \(error)", vi: "không đọc được tệp: \(error)"),
                at: SourceLocation(file: file, line: 1, column: 1))]))
        }
    }

    /// Reads a file's bytes as UTF-8 text, or says why not; `what` and the hints name the file's
    /// role ("the units file") and how to mend it.
    static func readText(atPath path: String, what: Phrase = Phrase(en: "the file", vi: "tệp"),
                         openHint: Phrase = Phrase(en: "check the path and that the file is readable",
                                                   vi: "kiểm tra đường dẫn và quyền đọc tệp"),
                         encodingHint: Phrase = saveAsUTF8)
        -> Result<String, DiagnosticList> {
        let start = SourceLocation(file: path, line: 1, column: 1)
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let why = !exists ? Phrase(en: ": there is no such file", vi: ": không có tệp này")
                : isDirectory.boolValue ? Phrase(en: ": it is a directory", vi: ": đây là một thư mục") : Phrase(verbatim: "")
            return .failure(DiagnosticList([Diagnostic(
                Phrase(en: "cannot open \(what.english)\(why.english)", vi: "không mở được \(what.vietnamese)\(why.vietnamese)"),
                at: start, hint: openHint)]))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let offset = BytePosition.firstInvalidUTF8(in: data) ?? 0
            let byte = offset < data.count ? String(format: "0x%02X", data[data.startIndex + offset]) : nil
            let english = byte.map { ": the byte \($0) here is not UTF-8" } ?? ""
            let vietnamese = byte.map { ": byte \($0) ở đây không phải UTF-8" } ?? ""
            return .failure(DiagnosticList([Diagnostic(
                Phrase(en: "\(what.english) is not UTF-8 text\(english)",
                       vi: "\(what.vietnamese) không được lưu dưới dạng UTF-8\(vietnamese)"),
                at: BytePosition.location(of: offset, in: data, file: path), hint: encodingHint)]))
        }
        return .success(text)
    }

    static let saveAsUTF8 = Phrase(en: "save it as UTF-8 (Unicode) text; VanBan reads YAML or JSON",
                                   vi: "hãy lưu tệp thành tệp chữ UTF-8 (Unicode); VanBan đọc YAML hoặc JSON")

    /// Yams 6's `duplicatedKeysInMapping(duplicates:context:)`, read by reflection: the case does
    /// not exist in Yams 5, which VanBan also builds with (there `NodeReader.mapping` finds them).
    private static func duplicatedKeys(_ error: YamlError) -> ([String], Mark)? {
        guard let error = Mirror(reflecting: error).children.first, error.label == "duplicatedKeysInMapping" else { return nil }
        let fields = Mirror(reflecting: error.value).children
        guard let duplicates = fields.first(where: { $0.label == "duplicates" })?.value as? [String],
              let context = fields.first(where: { $0.label == "context" })?.value,
              let mark = Mirror(reflecting: context).children.first(where: { $0.label == "mark" })?.value as? Mark else { return nil }
        return (duplicates, mark)
    }

    /// One message per key written twice, each at the place it is written again.
    private static func duplicateKeys(_ keys: [String], near mark: SourceLocation, in text: String) -> DiagnosticList {
        let diagnostics = keys.map { key in
            Diagnostic(NodeReader.keyTwice(key),
                       at: BytePosition.secondOccurrence(of: key, near: mark, in: text) ?? mark, hint: NodeReader.keepOne)
        }
        return DiagnosticList(diagnostics.sorted { a, b in
            let left = (a.location?.line ?? 0, a.location?.column ?? 0), right = (b.location?.line ?? 0, b.location?.column ?? 0)
            return left < right
        })
    }

    private static func diagnostic(for error: YamlError, file: String, text: String) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _):
            let said = LibYAMLWords.phrase(problem: problem, context: context?.text)
            // libyaml stops at 1 000 nested lists or mappings, long before the stack would.
            if problem.contains("nesting level") {
                return Diagnostic(
                    Phrase(en: "lists and mappings are nested too deeply here", vi: "danh sách và bảng khóa lồng nhau quá sâu ở đây"),
                    at: SourceLocation(file: file, line: mark.line, column: mark.column),
                    hint: Phrase(en: "a document is a few levels deep; check for runaway brackets [ { or a file that is not a VanBan document",
                                 vi: "một văn bản chỉ lồng vài cấp; hãy xem có dấu ngoặc [ { nào bị thừa, hay tệp này không phải văn bản VanBan"))
            }
            if !file.lowercased().hasSuffix(".json"), let tab = IndentationTab.first(in: text, throughLine: mark.line, file: file) {
                return Diagnostic(
                    Phrase(en: "a tab in the indentation: YAML indents with spaces only",
                           vi: "có ký tự tab ở đầu dòng: YAML chỉ thụt lề bằng dấu cách"), at: tab,
                    hint: Phrase(en: "replace the tab with spaces (set the editor to insert spaces for Tab)",
                                 vi: "thay tab bằng dấu cách (đặt trình soạn thảo chèn dấu cách khi bấm phím Tab)"))
            }
            if file.lowercased().hasSuffix(".json") {
                return Diagnostic(
                    Phrase(en: "JSON syntax: ", vi: "cú pháp JSON: ") + said,
                    at: SourceLocation(file: file, line: mark.line, column: mark.column),
                    hint: Phrase(en: "check for a missing quote, comma or closing bracket; a truncated file ends too early",
                                 vi: "xem có thiếu dấu ngoặc kép, dấu phẩy hay dấu đóng ngoặc không; tệp bị cắt cụt thì kết thúc quá sớm"))
            }
            return Diagnostic(
                Phrase(en: "YAML syntax: ", vi: "cú pháp YAML: ") + said,
                at: SourceLocation(file: file, line: mark.line, column: mark.column),
                hint: Phrase(en: "check indentation, and quote text that contains ': ' or starts with a special character",
                             vi: "kiểm tra thụt lề, và đặt trong dấu ngoặc kép chuỗi nào có ': ' hoặc bắt đầu bằng một ký tự đặc biệt"))
        case let .composer(context, problem, mark, _):
            return Diagnostic(
                Phrase(en: "YAML structure: ", vi: "cấu trúc YAML: ") + LibYAMLWords.phrase(problem: problem, context: context?.text),
                at: SourceLocation(file: file, line: mark.line, column: mark.column))
        default:
            return Diagnostic(Phrase(en: "cannot read YAML: \(error)", vi: "không đọc được YAML: \(error)"),
                              at: SourceLocation(file: file, line: 1, column: 1))
        }
    }
}
