import Foundation
import VanBanModel

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
        YAMLSource.parse(text, file: file).flatMap { root in
            let reader = NodeReader(file: file, source: text, isDrawable: isDrawable, unit: unit)
            let document = DocumentDecoder(reader: reader).document(root)
            guard let document, !reader.hasErrors else { return .failure(DiagnosticList(reader.diagnostics)) }
            return .success(SourcedDocument(document: document, sourceMap: reader.sourceMap))
        }
    }

    /// The text of a document file (read once for many units; edited by `check --fix`).
    public static func text(path: String) -> Result<String, DiagnosticList> { YAMLSource.readText(atPath: path) }
}
