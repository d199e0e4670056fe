import Foundation
import VanBanModel

/// The last step of every PDF: one incremental update over Cairo's output that adds what Cairo
/// cannot write (form and signature fields) or writes wrongly (page labels). Cairo's bytes stay
/// untouched; the update is deterministic, so the same input still gives the same bytes.
public enum PDFFinisher {
    /// `pageLabels`, when given, has one label per page ("1", "2", "I-1"…).
    /// `textFont`: the font text fields show typed text in (default Helvetica, without Vietnamese).
    public static func finish(_ pdf: Data, fields: [FormField] = [], pageLabels: [String]? = nil,
                              textFont: FormFont? = nil) throws -> Data {
        guard !fields.isEmpty || pageLabels != nil else { return pdf }
        return try update(PDFFile(data: pdf), fields: fields, pageLabels: pageLabels, textFont: textFont).data()
    }

    /// The bytes to append to `file` to finish it: for a PDF already on disk (a merged bundle),
    /// of which `file` may hold only the end. `pageCount`, when the writer knows it, spares
    /// walking the page tree (whose pages may lie before that end).
    public static func appendedBytes(for file: PDFFile, fields: [FormField] = [], pageLabels: [String]? = nil,
                                     pageCount: Int? = nil, textFont: FormFont? = nil) throws -> [UInt8] {
        try update(file, fields: fields, pageLabels: pageLabels, pageCount: pageCount, textFont: textFont).appendedBytes()
    }

    private static func update(_ file: PDFFile, fields: [FormField], pageLabels: [String]?, pageCount: Int? = nil,
                               textFont: FormFont?) throws -> IncrementalUpdate {
        var update = IncrementalUpdate(file: file)
        let catalogRef = try file.catalogRef
        guard var catalog = try file.object(catalogRef).dictionary else {
            throw PDFError.malformed(Phrase(en: "catalog is not a dictionary", vi: "danh mục (catalog) không phải là từ điển"), offset: file.startXref)
        }
        if let pageLabels {
            let count = try pageCount ?? file.pages().count
            guard pageLabels.count == count else {
                throw PDFError.invalidField(Phrase(en: "\(pageLabels.count) page labels for \(count) pages", vi: "\(pageLabels.count) nhãn trang cho \(count) trang"))
            }
            catalog["PageLabels"] = PageLabels.tree(pageLabels)
        }
        try FormFieldWriter.add(fields, to: &update, catalog: &catalog, textFont: textFont)
        update.replace(catalogRef, with: .dictionary(catalog))
        return update
    }
}
