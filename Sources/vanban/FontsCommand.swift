import ArgumentParser
import Foundation
import VanBan
import VanBanText

/// `vanban fonts`: which family and which four files a render will use, and whether each face
/// can print every Vietnamese letter, before a long document finds out.
struct FontsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fonts",
        abstract: "List the font family and the four faces VanBan will use, and their Vietnamese letters.",
        discussion: """
            Without --fonts, the bundled Fonts/ folder. --fonts takes any folder of TTF files; \
            when it holds several families, --font-family chooses one by name \
            (e.g. --font-family "Times New Roman"), as it does for render.

            Exit codes:
              0   the four faces are there and each has every Vietnamese letter
              1   a face lacks Vietnamese letters (they are listed)
              2   the folder does not hold the family's four faces (the problem and a hint)
              64  a mistake on the command line
            """
    )

    @Option(help: "A font folder to use instead of the bundled Fonts/.")
    var fonts: String?

    @Option(help: "The family to use when the folder holds several, e.g. \"Times New Roman\".")
    var fontFamily: String?

    func run() throws {
        let library: FontLibrary
        do {
            library = try Composer(fontDirectory: fonts, fontFamily: fontFamily).fonts
        } catch let failure as Composer.Failure {
            Terminal.error(failure.description)
            if case .invalidInput = failure { throw ExitCode(2) }
            throw ExitCode(3)
        }
        print("family: \(library.family)")
        var complete = true
        for face in library.faces {
            let missing = face.missingVietnameseLetters
            complete = complete && missing.isEmpty
            let coverage = missing.isEmpty ? "every Vietnamese letter"
                : "lacks \(missing.count) Vietnamese letters: \(missing.map { String($0) }.joined(separator: " "))"
            let style = face.style.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
            print("  \(style) \(face.file)  \(coverage)")
        }
        if !complete { throw ExitCode(1) }
    }
}
