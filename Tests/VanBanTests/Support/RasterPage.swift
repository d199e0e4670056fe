import Foundation
import XCTest

/// A PDF page rasterised by pdftoppm (what a printer or viewer shows), to look at its colours.
struct RasterPage {
    let width: Int, height: Int
    /// Pixels per point.
    let scale: Double
    private let pixels: [UInt8]

    /// Page `page` (from 1) of `pdf` at `dpi`.
    init(_ pdf: String, page: Int = 1, dpi: Int = 144) throws {
        let prefix = TestSupport.temporaryDirectory() + "/page"
        let result = try TestSupport.run("pdftoppm", ["-r", String(dpi), "-f", String(page), "-l", String(page),
                                                     "-singlefile", pdf, prefix])
        XCTAssertEqual(result.status, 0, result.error)
        let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: prefix + ".ppm")))
        // P6 header: magic, width, height, maximum, each separated by whitespace, then RGB bytes.
        var fields: [String] = [], field = "", index = 0
        while fields.count < 4 {
            let character = Character(UnicodeScalar(data[index]))
            index += 1
            if character.isWhitespace {
                if !field.isEmpty { fields.append(field); field = "" }
            } else {
                field.append(character)
            }
        }
        XCTAssertEqual(fields[0], "P6")
        width = Int(fields[1]) ?? 0
        height = Int(fields[2]) ?? 0
        scale = Double(dpi) / 72
        pixels = Array(data[index...])
    }

    /// Whether the pixel is clearly red: its red channel well above green and blue (anti-aliased
    /// black is grey, with the three channels equal).
    func isRed(x: Int, y: Int) -> Bool {
        let offset = (y * width + x) * 3
        let (red, green, blue) = (Int(pixels[offset]), Int(pixels[offset + 1]), Int(pixels[offset + 2]))
        return red - max(green, blue) > 60
    }

    /// Whether the pixel is dark and grey (black ink).
    func isBlack(x: Int, y: Int) -> Bool {
        let offset = (y * width + x) * 3
        let channels = pixels[offset..<offset + 3].map(Int.init)
        return channels.max()! < 110 && channels.max()! - channels.min()! < 30
    }

    /// Every red pixel, in points from the page's top-left corner.
    var redPoints: [(x: Double, y: Double)] {
        var points: [(Double, Double)] = []
        for y in 0..<height {
            for x in 0..<width where isRed(x: x, y: y) { points.append((Double(x) / scale, Double(y) / scale)) }
        }
        return points
    }

    /// How many pixels inside a rectangle in points satisfy `test`.
    func count(x: Double, y: Double, width w: Double, height h: Double, _ test: (Int, Int) -> Bool) -> Int {
        var count = 0
        for py in Int(y * scale)..<Int((y + h) * scale) {
            for px in Int(x * scale)..<Int((x + w) * scale) where test(px, py) { count += 1 }
        }
        return count
    }
}
