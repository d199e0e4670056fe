import ArgumentParser
import Foundation
import VanBan
import VanBanModel
import VanBanText

/// `vanban fonts`: which family and which four files a render will use, and whether each face
/// can print every Vietnamese letter, before a long document finds out.
struct FontsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "fonts",
            abstract: Phrase(en: "List the font family and the four faces VanBan will use, and their Vietnamese letters.",
                             vi: "Liệt kê họ phông chữ và bốn kiểu chữ VanBan sẽ dùng, cùng các chữ tiếng Việt của chúng.").chosen,
            discussion: Phrase(en: """
                Without --fonts, the bundled Fonts/ folder. --fonts takes any folder of TTF files; \
                when it holds several families, --font-family chooses one by name \
                (e.g. --font-family "Times New Roman"), as it does for render.

                Exit codes:
                  0   the four faces are there and each has every Vietnamese letter
                  1   a face lacks Vietnamese letters (they are listed)
                  2   the folder does not hold the family's four faces (the problem and a hint)
                  64  a mistake on the command line
                """, vi: """
                Không có --fonts thì dùng thư mục Fonts/ đi kèm. --fonts nhận bất kỳ thư mục tệp TTF nào; \
                khi thư mục có nhiều họ phông chữ, --font-family chọn một họ theo tên \
                (ví dụ --font-family "Times New Roman"), như với lệnh render.

                Mã thoát:
                  0   có đủ bốn kiểu chữ và kiểu nào cũng có mọi chữ tiếng Việt
                  1   một kiểu chữ thiếu chữ tiếng Việt (các chữ thiếu được liệt kê)
                  2   thư mục không có đủ bốn kiểu chữ của họ phông chữ (nêu lỗi và gợi ý)
                  64  gõ sai lệnh
                """).chosen
        )
    }

    @Option(help: ArgumentHelp(Phrase(en: "A font folder to use instead of the bundled Fonts/.",
                                      vi: "Thư mục phông chữ dùng thay cho thư mục Fonts/ đi kèm.").chosen,
                               valueName: Phrase(en: "fonts", vi: "thư-mục").chosen))
    var fonts: String?

    @Option(help: ArgumentHelp(Phrase(en: "The family to use when the folder holds several, e.g. \"Times New Roman\".",
                                      vi: "Họ phông chữ cần dùng khi thư mục có nhiều họ, ví dụ \"Times New Roman\".").chosen,
                               valueName: Phrase(en: "font-family", vi: "họ-phông-chữ").chosen))
    var fontFamily: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let library: FontLibrary
        do {
            library = try Composer(fontDirectory: fonts, fontFamily: fontFamily).fonts
        } catch let failure as Composer.Failure {
            Terminal.report(failure)
            if case .invalidInput = failure { throw ExitCode(2) }
            throw ExitCode(3)
        }
        print(Phrase(en: "family: \(library.family)", vi: "họ phông chữ: \(library.family)").chosen)
        var complete = true
        for face in library.faces {
            let missing = face.missingVietnameseLetters
            complete = complete && missing.isEmpty
            let letters = missing.map { String($0) }.joined(separator: " ")
            let coverage = missing.isEmpty ? Phrase(en: "every Vietnamese letter", vi: "đủ mọi chữ tiếng Việt")
                : Phrase(en: "lacks \(missing.count) Vietnamese letters: \(letters)", vi: "thiếu \(missing.count) chữ tiếng Việt: \(letters)")
            let style = Self.name(of: face.style).chosen.padding(toLength: 12, withPad: " ", startingAt: 0)
            print("  \(style) \(face.file)  \(coverage.chosen)")
        }
        if !complete { throw ExitCode(1) }
    }

    /// regular / thường, bold / đậm, italic / nghiêng, bold italic / đậm nghiêng.
    static func name(of style: FontFace.Style) -> Phrase {
        switch style {
        case .regular: Phrase(en: "regular", vi: "thường")
        case .bold: Phrase(en: "bold", vi: "đậm")
        case .italic: Phrase(en: "italic", vi: "nghiêng")
        case .boldItalic: Phrase(en: "bold italic", vi: "đậm nghiêng")
        }
    }
}
