import Foundation
import VanBanLayout
import XCTest

/// `--preview-signature` and `--preview-seal`: a printed copy that looks signed. The blue signature
/// sits in the signer's field, the red seal at its real size over the field's left third, and the
/// PDF then has no empty fields.
final class SignaturePreviewTests: XCTestCase {
    let signing = TestSupport.fixtures + "/signing"

    func testPreviewImagesSitOnTheSignatureRegionsInTheirColours() throws {
        let directory = TestSupport.temporaryDirectory()
        let pdf = directory + "/copy.pdf"
        let result = try TestSupport.vanban(["render", TestSupport.examples + "/tuan-giao.yaml", "-o", pdf,
                                             "--preview-signature", signing + "/signature.png",
                                             "--preview-seal", signing + "/seal.png", "--seal-diameter", "40mm"])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertEqual(try QPDFForm.fields(pdf).count, 0, "a preview never carries empty fields")
        let images = try TestSupport.run("pdfimages", ["-list", pdf]).output.split(separator: "\n")
            .filter { $0.split(separator: " ").dropFirst(2).first == "image" }  // the type column (smasks are their alpha)
        XCTAssertEqual(images.count, 2, "the signature and the seal")

        let pages = try TestSupport.pages(TestSupport.examples + "/tuan-giao.yaml")
        let index = try XCTUnwrap(pages.firstIndex { !$0.items(.signerSignature).isEmpty })
        let signer = try XCTUnwrap(pages[index].items(.signerSignature).first)
        let seal = try XCTUnwrap(pages[index].items(.sealPosition).first)
        let raster = try Raster(pdf: pdf, page: index + 1)
        guard case let .region(width, height, _) = signer.content, case let .region(sealSize, _, _) = seal.content else { return XCTFail() }
        // Blue ink only inside the signer's field, right of the seal; red only inside the 40 mm seal.
        let sealCentre = (x: seal.x + sealSize / 2, y: seal.y + sealSize / 2), radius = 20 * TestSupport.mm
        var blue = 0, red = 0, reddestReach = 0.0
        for y in 0..<raster.height {
            for x in 0..<raster.width {
                let (r, g, b) = raster.pixel(x, y)
                let point = (x: Double(x) + 0.5, y: Double(y) + 0.5)
                if b > 120, r < 100, g < 120 {
                    blue += 1
                    XCTAssertTrue(point.x >= signer.x - 1 && point.x <= signer.x + width + 1 && point.y >= signer.y - 1 && point.y <= signer.y + height + 1,
                                  "blue at \(point) outside the signer's field")
                }
                if r > 150, g < 90, b < 90 {
                    red += 1
                    let distance = hypot(point.x - sealCentre.x, point.y - sealCentre.y)
                    reddestReach = max(reddestReach, distance)
                    XCTAssertLessThanOrEqual(distance, radius + 1.5, "red outside the seal at \(point)")
                }
            }
        }
        XCTAssertGreaterThan(blue, 100)
        XCTAssertGreaterThan(red, 500)
        XCTAssertGreaterThan(reddestReach, radius - 3, "the seal's outer ring is drawn at its real 40 mm size")
    }

    func testPreviewsRefuseEmptyFieldsAndFilesThatAreNotPNG() throws {
        let directory = TestSupport.temporaryDirectory()
        let both = try TestSupport.vanban(["render", TestSupport.examples + "/minimal.yaml", "-o", directory + "/a.pdf",
                                           "--preview-seal", signing + "/seal.png", "--sign-fields", "signer"])
        XCTAssertNotEqual(both.status, 0)
        XCTAssertTrue(both.error.contains("never go with empty signature fields"), both.error)
        let notPNG = try TestSupport.vanban(["render", TestSupport.examples + "/minimal.yaml", "-o", directory + "/b.pdf",
                                             "--preview-seal", TestSupport.examples + "/minimal.yaml"])
        XCTAssertEqual(notPNG.status, 2)
        XCTAssertTrue(notPNG.error.contains("minimal.yaml:1:1: error: not a PNG image"), notPNG.error)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), [], "nothing written")
    }
}

/// One page rendered by pdftoppm at 72 dpi (one pixel per point), read from its binary PPM.
struct Raster {
    let width: Int, height: Int
    private let bytes: [UInt8], start: Int

    init(pdf: String, page: Int) throws {
        let prefix = TestSupport.temporaryDirectory() + "/page"
        let result = try TestSupport.run("pdftoppm", ["-r", "72", "-f", String(page), "-l", String(page), "-singlefile", pdf, prefix])
        XCTAssertEqual(result.status, 0, result.error)
        bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: prefix + ".ppm")))
        // "P6\n<width> <height>\n255\n" then RGB triples.
        var fields: [Int] = [], index = 2, current = ""
        while fields.count < 3, index < bytes.count {
            let character = Character(UnicodeScalar(bytes[index]))
            if character.isNumber { current.append(character) } else if !current.isEmpty { fields.append(Int(current)!); current = "" }
            index += 1
        }
        (width, height, start) = (fields[0], fields[1], index)
    }

    func pixel(_ x: Int, _ y: Int) -> (Int, Int, Int) {
        let offset = start + (y * width + x) * 3
        return (Int(bytes[offset]), Int(bytes[offset + 1]), Int(bytes[offset + 2]))
    }
}
