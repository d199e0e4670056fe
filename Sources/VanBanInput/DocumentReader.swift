import Foundation
import VanBanModel

/// Reads a document from YAML or JSON, reporting every problem with `file:line:column`.
public enum DocumentReader {
    /// - Parameter isDrawable: the characters the fonts can draw; a character outside it is an error.
    public static func read(path: String, isDrawable: ((Unicode.Scalar) -> Bool)? = nil) -> Result<Document, DiagnosticList> {
        YAMLSource.readText(atPath: path).flatMap { read(text: $0, file: path, isDrawable: isDrawable) }
    }

    public static func read(text: String, file: String, isDrawable: ((Unicode.Scalar) -> Bool)? = nil) -> Result<Document, DiagnosticList> {
        YAMLSource.parse(text, file: file).flatMap { root in
            let reader = NodeReader(file: file, isDrawable: isDrawable)
            let document = DocumentDecoder(reader: reader).document(root)
            guard let document, !reader.hasErrors else { return .failure(DiagnosticList(reader.diagnostics)) }
            return .success(document)
        }
    }
}
