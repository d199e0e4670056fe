import ArgumentParser
import Foundation
import VanBan
import VanBanRender

/// `vanban watch FILE`: renders the document, then again each time it is saved, until Ctrl-C.
/// The fonts and the layout are loaded once, so a save is rendered in the time of the document.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Render a document, then render it again each time it is saved (Ctrl-C stops).",
        discussion: """
            Each render prints "đã cập nhật FILE (N trang)", or the problems of the input; the last \
            good PDF stays in place until the input is mended. Saves that replace the file \
            (an editor writing a new file and renaming it over the old one) are followed too.
            """
    )

    @Argument(help: "The document, in YAML (.yaml, .yml) or JSON (.json).")
    var input: String

    @Option(name: .shortAndLong, help: "The PDF file to write (default: the input's name with .pdf, beside it).")
    var output: String?

    @OptionGroup var images: PageImageOptions

    @OptionGroup var setup: ComposerOptions

    /// The PDF: -o, or the input's name with .pdf beside it (never the input itself).
    var pdfPath: String {
        output ?? (URL(fileURLWithPath: input).deletingPathExtension().path + ".pdf")
    }

    func validate() throws {
        var isDirectory: ObjCBool = false
        let folder = URL(fileURLWithPath: input).deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("the folder \(folder) of \(input) does not exist: there is nothing to watch")
        }
        if URL(fileURLWithPath: pdfPath).standardized == URL(fileURLWithPath: input).standardized {
            throw ValidationError("the PDF would replace the input \(input): name another with -o FILE.pdf")
        }
    }

    func run() throws {
        let composer: Composer
        let changes: FileChanges
        do {
            composer = try setup.composer()
            Terminal.report(composer.layoutWarnings)
            changes = try FileChanges(path: input)
        } catch let failure as Composer.Failure {
            Terminal.error(failure.description)
            if case .invalidInput = failure { throw ExitCode(2) }
            throw ExitCode(3)
        }
        render(with: composer)
        while changes.next() == .saved {
            render(with: composer)
        }
        Terminal.error("đã dừng theo dõi \(input)")
    }

    /// One render; its problems are printed and the watch goes on.
    private func render(with composer: Composer) {
        do {
            let document = try composer.read(path: input)
            let pages = composer.layout(document)
            try AtomicFile.write(try composer.pdf(document, pages: pages), to: pdfPath)
            try images.write(pages, with: composer)
            print("đã cập nhật \(pdfPath) (\(pages.count) trang)")
        } catch {
            Terminal.error(error is Composer.Failure ? "\(error)" : "error: \(error)")
        }
        fflush(stdout)
    }
}
