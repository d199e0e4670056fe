import ArgumentParser
import Foundation
import VanBan
import VanBanModel
import VanBanRender

/// `vanban watch FILE`: renders the document, then again each time it is saved, until Ctrl-C.
/// The fonts and the layout are loaded once, so a save is rendered in the time of the document.
/// Its two lines, "đã cập nhật FILE (N trang)" and "đã dừng theo dõi FILE", were Vietnamese from
/// the start and read the same in either language: scripts and editors that follow a watch match them.
struct WatchCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "watch",
            abstract: Phrase(en: "Render a document, then render it again each time it is saved (Ctrl-C stops).",
                             vi: "Trình bày văn bản, rồi trình bày lại mỗi lần tệp được lưu (Ctrl-C để dừng).").chosen,
            discussion: Phrase(en: """
                Each render prints "đã cập nhật FILE (N trang)", or the problems of the input; the last \
                good PDF stays in place until the input is mended. Saves that replace the file \
                (an editor writing a new file and renaming it over the old one) are followed too.
                """, vi: """
                Mỗi lần trình bày in ra "đã cập nhật TỆP (N trang)", hoặc các lỗi của tệp vào; tệp PDF \
                tốt gần nhất được giữ nguyên cho đến khi tệp vào được sửa. Cả những lần lưu thay tệp \
                (trình soạn thảo ghi một tệp mới rồi đổi tên đè lên tệp cũ) cũng được theo dõi.
                """).chosen
        )
    }

    @Argument(help: ArgumentHelp(Phrase(en: "The document, in YAML (.yaml, .yml) or JSON (.json).",
                                        vi: "Văn bản, viết bằng YAML (.yaml, .yml) hoặc JSON (.json).").chosen,
                               valueName: Phrase(en: "input", vi: "tệp").chosen))
    var input: String

    @Option(name: .shortAndLong, help: ArgumentHelp(Phrase(
        en: "The PDF file to write (default: the input's name with .pdf, beside it).",
        vi: "Tệp PDF sẽ ghi (mặc định: cạnh tệp vào, cùng tên với đuôi .pdf).").chosen,
                               valueName: Phrase(en: "output", vi: "tệp").chosen))
    var output: String?

    @OptionGroup var images: PageImageOptions

    @OptionGroup var setup: ComposerOptions

    @OptionGroup var language: LanguageOption

    /// The PDF: -o, or the input's name with .pdf beside it (never the input itself).
    var pdfPath: String {
        output ?? (URL(fileURLWithPath: input).deletingPathExtension().path + ".pdf")
    }

    func validate() throws {
        var isDirectory: ObjCBool = false
        let folder = URL(fileURLWithPath: input).deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError(Phrase(en: "the folder \(folder) of \(input) does not exist: there is nothing to watch",
                                         vi: "thư mục \(folder) của \(input) không tồn tại: không có gì để theo dõi").chosen)
        }
        if URL(fileURLWithPath: pdfPath).standardized == URL(fileURLWithPath: input).standardized {
            throw ValidationError(Phrase(en: "the PDF would replace the input \(input): name another with -o FILE.pdf",
                                         vi: "tệp PDF sẽ ghi đè lên tệp vào \(input): hãy đặt tên khác bằng -o TỆP.pdf").chosen)
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
            Terminal.report(failure)
            if case .invalidInput = failure { throw ExitCode(2) }
            throw ExitCode(3)
        } catch {
            Terminal.reportUnexpected(error)
            throw ExitCode(3)
        }
        render(with: composer)
        while changes.next() == .saved {
            render(with: composer)
        }
        Terminal.say(Phrase(verbatim: "đã dừng theo dõi \(input)"))
    }

    /// One render; its problems are printed and the watch goes on.
    private func render(with composer: Composer) {
        do {
            let document = try composer.read(path: input)
            let pages = composer.layout(document)
            try AtomicFile.write(try composer.pdf(document, pages: pages), to: pdfPath)
            try images.write(pages, with: composer)
            print(Phrase(verbatim: "đã cập nhật \(pdfPath) (\(pages.count) trang)").chosen)
        } catch let failure as Composer.Failure {
            Terminal.report(failure)
        } catch {
            Terminal.reportUnexpected(error)
        }
        fflush(stdout)
    }
}
