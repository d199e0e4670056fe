import Foundation
import VanBanModel
import VanBanPDF

/// A font directory's files must be whole: fontconfig takes a truncated file for a family named
/// after the file. (That the chosen family has all four faces is FontLibrary's check.)
enum FontDirectoryCheck {
    static let fontExtensions: Set<String> = ["ttf", "otf"]

    /// Damaged font files, found before fontconfig reads the directory.
    static func damagedFiles(in directory: String) throws {
        for file in fontFiles(in: directory) {
            do {
                _ = try FontFileHeader(path: file)
            } catch let problem as FontFileHeader.Problem {
                let name = (file as NSString).lastPathComponent
                let why = problem == .truncated
                    ? Phrase(en: "is cut short (its tables end after the file does)", vi: "bị cắt cụt (các bảng của nó kết thúc sau cuối tệp)")
                    : Phrase(en: "is not a TrueType or OpenType font", vi: "không phải phông chữ TrueType hoặc OpenType")
                throw Composer.Failure.environment(
                    (Phrase(en: "the font file \(name) in \(directory) ", vi: "tệp phông chữ \(name) trong \(directory) ") + why)
                        .hinted(Phrase(en: "copy the font again, or remove the file", vi: "sao chép lại phông chữ, hoặc xóa tệp này")))
            }
        }
    }

    private static func fontFiles(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { fontExtensions.contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
            .map { (directory as NSString).appendingPathComponent($0) }
    }
}
