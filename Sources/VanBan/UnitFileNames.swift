import Foundation
import VanBanInput

/// File names for a batch's PDFs, one per unit, from the value of a chosen column: Vietnamese
/// letters kept (NFC), characters that file systems or shells forbid replaced by "-", at most
/// 200 bytes, and made unique in row order with " (2)", " (3)" … ("Trường TH Mường Mùn.pdf").
public enum UnitFileNames {
    static let forbidden = Set("/\\:*?\"<>|")
    static let maximumBytes = 200

    public static func names(for values: [String], fallback: (Int) -> String) -> [String] {
        var used = Set<String>()
        return values.enumerated().map { index, value in
            let base = safe(value).isEmpty ? fallback(index) : safe(value)
            var name = base
            var copy = 2
            while used.contains(name.lowercased()) {
                name = "\(base) (\(copy))"
                copy += 1
            }
            used.insert(name.lowercased())
            return name + ".pdf"
        }
    }

    static func safe(_ value: String) -> String {
        var result = ""
        for character in value.precomposedStringWithCanonicalMapping {
            // Bidirectional controls too: a library caller's values are not screened by UnitTable.
            let isControl = character.unicodeScalars.contains { $0.properties.generalCategory == .control || BidiControls.contains($0) }
            let replacement: Character = character.isWhitespace || isControl ? " " : forbidden.contains(character) ? "-" : character
            if replacement == " ", result.last == " " || result.isEmpty { continue }
            guard result.utf8.count + String(replacement).utf8.count <= maximumBytes else { break }
            result.append(replacement)
        }
        // A leading dot hides the file; trailing dots and spaces are dropped by Windows.
        while result.first == "." || result.first == "-" { result.removeFirst() }
        while result.last == "." || result.last == " " { result.removeLast() }
        return result
    }
}
