import Foundation
import VanBanPDF

/// What a font directory must hold: the four faces of one family (regular, bold, italic, bold
/// italic), every file whole. Fontconfig takes a truncated file for a family named after the
/// file, and a directory with the regular face alone rendered bold and italic text in it.
enum FontDirectoryCheck {
    static let fontExtensions: Set<String> = ["ttf", "otf"]

    /// Damaged font files, found before fontconfig reads the directory.
    static func damagedFiles(in directory: String) throws {
        for file in fontFiles(in: directory) {
            do {
                _ = try FontFileHeader(path: file)
            } catch let problem as FontFileHeader.Problem {
                let name = (file as NSString).lastPathComponent
                let why = problem == .truncated ? "is cut short (its tables end after the file does)" : "is not a TrueType or OpenType font"
                throw Composer.Failure.environment("the font file \(name) in \(directory) \(why) (hint: copy the font again, or remove the file)")
            }
        }
    }

    /// The faces of the four the directory lacks, named.
    static func missingFaces(in directory: String, family: String) throws {
        var present = Set<String>()
        for file in fontFiles(in: directory) {
            guard let header = try? FontFileHeader(path: file) else { continue }
            present.insert(name(bold: header.isBold, italic: header.isItalic))
        }
        let missing = ["regular", "bold", "italic", "bold italic"].filter { !present.contains($0) }
        guard missing.isEmpty else {
            let list = missing.count == 1 ? missing[0] : missing.dropLast().joined(separator: ", ") + " and " + missing.last!
            throw Composer.Failure.environment(
                "the font directory \(directory) has no \(list) face of \(family) (hint: put the four TTF files of one family in it: regular, bold, italic and bold italic)")
        }
    }

    private static func name(bold: Bool, italic: Bool) -> String {
        switch (bold, italic) {
        case (false, false): return "regular"
        case (true, false): return "bold"
        case (false, true): return "italic"
        case (true, true): return "bold italic"
        }
    }

    private static func fontFiles(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { fontExtensions.contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
            .map { (directory as NSString).appendingPathComponent($0) }
    }
}
