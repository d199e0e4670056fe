import Foundation
import VanBanModel

/// The names of the signers' signature fields, which signing tools ask for: "signer" for the one
/// signer; for two, each signer's role in ASCII ("THƯ KÝ" → "thu-ky", "CHỦ TỌA" → "chu-toa"),
/// from the last title line, or "signer-1", "signer-2" where the roles do not tell them apart.
public enum SignatureFieldName {
    public static let signer = "signer"
    /// A paper copy's signer and the copying body's seal (Mẫu 3.1).
    public static let copySigner = "copy-signer"
    public static let copyOrganisation = "copy-organisation"

    public static func names(for signers: [Signer]) -> [String] {
        guard signers.count > 1 else { return signers.map { _ in signer } }
        let roles = signers.map { role(of: $0) }
        let distinct = Set(roles).count == roles.count && !roles.contains("") && !roles.contains(signer)
        return distinct ? roles : signers.indices.map { "\(signer)-\($0 + 1)" }
    }

    private static func role(of signer: Signer) -> String {
        let title = signer.title.last ?? signer.authority ?? ""
        let folded = title.lowercased().replacingOccurrences(of: "đ", with: "d")
            .folding(options: .diacriticInsensitive, locale: nil)
        var slug = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug
    }
}
