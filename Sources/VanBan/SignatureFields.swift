import VanBanLayout
import VanBanPDF

/// Which empty signature fields a PDF gets (nd30.md §7): none, the signer's only, or the
/// signer's and the organisation's (the seal). A separately issued appendix file gets the
/// organisation's field at the top right of its first page instead.
public enum SignatureFields: String, CaseIterable, Sendable {
    case none, signer, all

    /// Stable field names: what a signing tool or script asks for.
    public static let signerName = SignatureFieldName.signer
    public static let organisationName = "organisation"
    /// A paper copy's signer and seal (Mẫu 3.1), beside the copied document's own.
    public static let copySignerName = SignatureFieldName.copySigner
    public static let copyOrganisationName = SignatureFieldName.copyOrganisation

    /// The fields for these pages, from the regions layout marked, each with the text it belongs
    /// to (the signer's name, the organisation, the document's number line).
    func fields(on pages: [PageFrame], separateAppendix: Bool = false) -> [(field: FormField, text: String)] {
        guard self != .none else { return [] }
        var fields: [(field: FormField, text: String)] = []
        for (index, page) in pages.enumerated() {
            for item in page.items {
                guard case let .region(width, height, label) = item.content else { continue }
                let rect = PageRect(x: item.x, y: item.y, width: width, height: height)
                switch item.part {
                case .signerSignature where !separateAppendix:
                    fields.append((FormField(name: item.fieldName ?? Self.signerName, kind: .signature, page: index,
                                             rect: rect, tooltip: "Chữ ký số của người ký: \(label)"), label))
                case .sealPosition where self == .all && !separateAppendix:
                    fields.append((FormField(name: item.fieldName ?? Self.organisationName, kind: .signature, page: index,
                                             rect: rect, tooltip: "Chữ ký số của cơ quan, tổ chức: \(label)"), label))
                case .appendixSignature where self == .all && separateAppendix && index == 0:
                    fields.append((FormField(name: Self.organisationName, kind: .signature, page: index, rect: rect,
                                             tooltip: "Chữ ký số của cơ quan, tổ chức trên phụ lục (\(label))"), label))
                default:
                    continue
                }
            }
        }
        return fields
    }
}
