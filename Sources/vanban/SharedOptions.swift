import ArgumentParser
import Foundation
import VanBan
import VanBanLayout
import VanBanModel
import VanBanRender

/// Where `render` and `watch` take the layout and the fonts from.
struct ComposerOptions: ParsableArguments {
    @Option(help: ArgumentHelp(Phrase(en: "A layout file to use instead of the bundled Layouts/nd30.yaml.",
                                      vi: "Tệp bố cục dùng thay cho tệp Layouts/nd30.yaml đi kèm.").chosen,
                               valueName: Phrase(en: "layout", vi: "tệp").chosen))
    var layout: String?

    @Option(help: ArgumentHelp(Phrase(en: "A font directory to use instead of the bundled Fonts/.",
                                      vi: "Thư mục phông chữ dùng thay cho thư mục Fonts/ đi kèm.").chosen,
                               valueName: Phrase(en: "fonts", vi: "thư-mục").chosen))
    var fonts: String?

    @Option(help: ArgumentHelp(Phrase(
        en: "The family to use when the font directory holds several, e.g. \"Times New Roman\" (see: vanban fonts).",
        vi: "Họ phông chữ cần dùng khi thư mục phông chữ có nhiều họ, ví dụ \"Times New Roman\" (xem: vanban fonts).").chosen,
                               valueName: Phrase(en: "font-family", vi: "họ-phông-chữ").chosen))
    var fontFamily: String?

    func composer() throws -> Composer { try Composer(fontDirectory: fonts, layoutPath: layout, fontFamily: fontFamily) }
}

/// `--png DIR` and `--dpi`: one image per page, as `render` and `watch` write them.
struct PageImageOptions: ParsableArguments {
    @Option(help: ArgumentHelp(Phrase(en: "Also write one PNG per page into this directory (page-01.png, …).",
                                      vi: "Ghi thêm mỗi trang một ảnh PNG vào thư mục này (page-01.png, …).").chosen,
                               valueName: Phrase(en: "png", vi: "thư-mục").chosen))
    var png: String?

    @Option(help: ArgumentHelp(Phrase(en: "Resolution of the PNG pages, in dots per inch.",
                                      vi: "Độ phân giải của ảnh các trang PNG, tính bằng điểm trên inch (dpi).").chosen))
    var dpi: Double = 96

    func validate() throws {
        if !(10...1200).contains(dpi) {
            throw ValidationError(Phrase(en: "--dpi must be between 10 and 1200", vi: "--dpi phải từ 10 đến 1200").chosen)
        }
    }

    /// The files `write` makes for `count` pages (none without `--png`).
    func paths(count: Int) -> [String] {
        guard let png else { return [] }
        return (0..<count).map { (png as NSString).appendingPathComponent(PNGPages.name($0 + 1)) }
    }

    /// page-01.png … into the directory (made when missing), never over one of `inputs`, and the
    /// pages an earlier, longer document left there removed.
    func write(_ pages: [PageFrame], with composer: Composer, inputs: Set<FileIdentity> = []) throws {
        guard let png else { return }
        try OutputDirectory.make(png)
        let images = try composer.png(pages, dpi: dpi)
        for (path, data) in zip(paths(count: images.count), images) { try AtomicFile.write(data, to: path, inputs: inputs) }
        PNGPages.removeStale(in: png, after: images.count)
    }
}
