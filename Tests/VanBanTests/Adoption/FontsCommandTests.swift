import Foundation
import XCTest

/// `vanban fonts` and `--fonts`/`--font-family`: any folder of fonts, one family chosen by name,
/// a missing face named, a wrong folder a user mistake (exit 2) with a hint.
final class FontsCommandTests: XCTestCase {
    private let dejavu = "/usr/share/fonts/truetype/dejavu"   // fonts-dejavu-core (scripts/setup.sh)
    private let bundled = TestSupport.root + "/Fonts"

    func testTheBundledFamilyHasFourFacesWithEveryVietnameseLetter() throws {
        let result = try TestSupport.vanban(["fonts"])
        XCTAssertEqual(result.status, 0, result.error)
        let lines = result.output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "family: Liberation Serif")
        let faces = lines.dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
        XCTAssertEqual(faces.count, 4, result.output)
        for (face, file) in zip(faces, ["regular", "bold", "italic", "bold italic"].enumerated()) {
            let expected = ["LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
                            "LiberationSerif-BoldItalic.ttf"][file.offset]
            XCTAssertTrue(face.hasPrefix(file.element + " "), face)
            XCTAssertTrue(face.contains("/Fonts/" + expected), face)
            XCTAssertTrue(face.hasSuffix("every Vietnamese letter"), face)
        }
    }

    /// A folder of several families (the system's DejaVu beside a copy of Liberation Serif): refused
    /// without a choice (exit 2, naming them and the option), rendered with the family named.
    func testAFolderOfSeveralFamiliesNeedsAFamilyByName() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: dejavu), "fonts-dejavu-core is not installed (scripts/setup.sh)")
        let mixed = TestSupport.temporaryDirectory()
        for folder in [dejavu, bundled] {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasSuffix(".ttf") {
                try FileManager.default.copyItem(atPath: folder + "/" + name, toPath: mixed + "/" + name)
            }
        }
        let unchosen = try TestSupport.vanban(["fonts", "--fonts", dejavu])
        XCTAssertEqual(unchosen.status, 2, unchosen.error)
        XCTAssertTrue(unchosen.error.contains("holds 4 families (DejaVu Math TeX Gyre, DejaVu Sans, DejaVu Sans Mono, DejaVu Serif)"), unchosen.error)
        XCTAssertTrue(unchosen.error.contains("(hint: choose one with --font-family"), unchosen.error)

        let serif = try TestSupport.vanban(["fonts", "--fonts", dejavu, "--font-family", "DejaVu Serif"])
        XCTAssertEqual(serif.status, 0, serif.error)
        XCTAssertTrue(serif.output.contains("regular      \(dejavu)/DejaVuSerif.ttf"), "the normal width, not the condensed face: \(serif.output)")
        XCTAssertTrue(serif.output.contains("bold italic  \(dejavu)/DejaVuSerif-BoldItalic.ttf"), serif.output)

        // DejaVu Sans Mono has no letters with the hook above (hỏi): listed, exit 1.
        let mono = try TestSupport.vanban(["fonts", "--fonts", dejavu, "--font-family", "DejaVu Sans Mono"])
        XCTAssertEqual(mono.status, 1, mono.error)
        XCTAssertTrue(mono.output.contains("regular      \(dejavu)/DejaVuSansMono.ttf  lacks 46 Vietnamese letters: ả ắ ẳ ẵ ầ"), mono.output)
        XCTAssertFalse(mono.output.contains("every Vietnamese letter"), mono.output)

        let unknown = try TestSupport.vanban(["fonts", "--fonts", mixed, "--font-family", "Times New Roman"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.error.contains("has no family 'Times New Roman'; it holds DejaVu Math TeX Gyre, DejaVu Sans, DejaVu Sans Mono, DejaVu Serif, Liberation Serif"), unknown.error)

        // The PDF embeds the named family only, never another face of the folder.
        let directory = TestSupport.temporaryDirectory()
        for (family, font) in [("liberation serif", "LiberationSerif"), ("DejaVu Serif", "DejaVuSerif")] {
            let pdf = directory + "/\(font).pdf"
            let render = try TestSupport.vanban(["render", TestSupport.examples + "/dong-da.yaml", "-o", pdf,
                                                 "--fonts", mixed, "--font-family", family])
            XCTAssertEqual(render.status, 0, render.error)
            let embedded = try TestSupport.run("pdffonts", [pdf]).output.split(separator: "\n").dropFirst(2)
                .map { String($0.split(separator: " ")[0]) }
            XCTAssertFalse(embedded.isEmpty)
            for name in embedded {
                XCTAssertTrue(name.contains("+\(font)") , "\(family): \(name) embedded")
                XCTAssertFalse(name.contains("Condensed"), "\(family): \(name) embedded")
            }
        }
    }

    func testAMissingFaceIsNamedAndAWrongFolderIsAUserMistake() throws {
        let partial = TestSupport.temporaryDirectory()
        for name in ["LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"] {
            try FileManager.default.copyItem(atPath: bundled + "/" + name, toPath: partial + "/" + name)
        }
        let missing = try TestSupport.vanban(["fonts", "--fonts", partial])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.error.hasPrefix("error: the family Liberation Serif in \(partial) has no italic face (hint: add the family's italic font file"), missing.error)
        let render = try TestSupport.vanban(["render", TestSupport.examples + "/minimal.yaml", "-o", partial + "/x.pdf", "--fonts", partial])
        XCTAssertEqual(render.status, 2, "a render would have printed italics upright")
        XCTAssertTrue(render.error.contains("has no italic face"), render.error)
        XCTAssertFalse(FileManager.default.fileExists(atPath: partial + "/x.pdf"))

        let empty = TestSupport.temporaryDirectory()
        let noFonts = try TestSupport.vanban(["fonts", "--fonts", empty])
        XCTAssertEqual(noFonts.status, 2)
        XCTAssertTrue(noFonts.error.contains("no fonts could be loaded from \(empty) (hint: "), noFonts.error)
        let nowhere = try TestSupport.vanban(["fonts", "--fonts", empty + "/nowhere"])
        XCTAssertEqual(nowhere.status, 2)
        XCTAssertTrue(nowhere.error.contains("does not exist (hint: pass --fonts DIR"), nowhere.error)
    }
}
