import Foundation
import VanBanModel
import Yams

/// Reads a document from YAML or JSON, reporting every problem with `file:line:column`.
public enum DocumentReader {
    /// - Parameters:
    ///   - isDrawable: the characters the fonts can draw; a character outside it is an error.
    ///   - unit: the unit whose values replace `{{column}}` placeholders; nil prints them as blanks.
    public static func read(path: String, isDrawable: ((Unicode.Scalar) -> Bool)? = nil,
                            unit: UnitFields? = nil) -> Result<Document, DiagnosticList> {
        YAMLSource.readText(atPath: path).flatMap { read(text: $0, file: path, isDrawable: isDrawable, unit: unit) }
    }

    public static func read(text: String, file: String, isDrawable: ((Unicode.Scalar) -> Bool)? = nil,
                            unit: UnitFields? = nil) -> Result<Document, DiagnosticList> {
        readSourced(text: text, file: file, isDrawable: isDrawable, unit: unit).map(\.document)
    }

    /// The document and where each of its values was written (for `vanban check`).
    public static func readSourced(text: String, file: String, isDrawable: ((Unicode.Scalar) -> Bool)? = nil,
                                   unit: UnitFields? = nil) -> Result<SourcedDocument, DiagnosticList> {
        parse(text: text, file: file).flatMap { readSourced($0, isDrawable: isDrawable, unit: unit) }
    }

    /// The YAML or JSON parsed, to be read for many units without parsing it again.
    public static func parse(text: String, file: String) -> Result<ParsedDocument, DiagnosticList> {
        YAMLSource.parse(text, file: file).map { ParsedDocument(text: text, file: file, root: $0) }
    }

    public static func readSourced(_ parsed: ParsedDocument, isDrawable: ((Unicode.Scalar) -> Bool)? = nil,
                                   unit: UnitFields? = nil) -> Result<SourcedDocument, DiagnosticList> {
        let reader = NodeReader(file: parsed.file, source: parsed.text, isDrawable: isDrawable, unit: unit)
        let document = DocumentDecoder(reader: reader).document(parsed.root)
        guard let document, !reader.hasErrors else { return .failure(DiagnosticList(reader.diagnostics)) }
        return .success(SourcedDocument(document: document, sourceMap: reader.sourceMap))
    }

    /// The text of a document file (read once for many units; edited by `check --fix`).
    public static func text(path: String) -> Result<String, DiagnosticList> { YAMLSource.readText(atPath: path) }
}

/// A document file's text and its parsed node tree: a batch reads it once per worker for all its
/// units (parsing was a sixth of each unit's cost). Not for sharing between threads: Yams
/// resolves a node's tag the first time it is asked.
public struct ParsedDocument {
    let text: String
    /// The file's name, for messages.
    public let file: String
    let root: Node
}
