import ArgumentParser
import Foundation
import VanBan
import VanBanLayout
import VanBanRender

/// Where `render` and `watch` take the layout and the fonts from.
struct ComposerOptions: ParsableArguments {
    @Option(help: "A layout file to use instead of the bundled Layouts/nd30.yaml.")
    var layout: String?

    @Option(help: "A font directory to use instead of the bundled Fonts/.")
    var fonts: String?

    @Option(help: "The family to use when the font directory holds several, e.g. \"Times New Roman\" (see: vanban fonts).")
    var fontFamily: String?

    func composer() throws -> Composer { try Composer(fontDirectory: fonts, layoutPath: layout, fontFamily: fontFamily) }
}

/// `--png DIR` and `--dpi`: one image per page, as `render` and `watch` write them.
struct PageImageOptions: ParsableArguments {
    @Option(help: "Also write one PNG per page into this directory (page-01.png, …).")
    var png: String?

    @Option(help: "Resolution of the PNG pages, in dots per inch.")
    var dpi: Double = 96

    func validate() throws {
        if !(10...1200).contains(dpi) { throw ValidationError("--dpi must be between 10 and 1200") }
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
