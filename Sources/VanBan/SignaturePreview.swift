import Foundation
import VanBanLayout
import VanBanModel

/// Images of the signature and the seal placed where they will be after signing, for printing a
/// paper copy that looks like the signed document (nd30.md §7: the signer's image blue, centred
/// between title and name; the seal red, at its real size, over the signature's left third).
/// Previews replace the empty fields: a document is either ready to sign or a preview of signing.
public struct SignaturePreview {
    public struct Image {
        public let png: Data
        public let pixelWidth: Int, pixelHeight: Int

        /// Reads the size from the PNG header; anything that is not a PNG is refused.
        public init(png: Data, file: String) throws {
            let bytes = [UInt8](png.prefix(24))
            guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
                  bytes[12..<16] == [0x49, 0x48, 0x44, 0x52] else {
                throw Composer.Failure.invalidInput(DiagnosticList([Diagnostic(
                    Phrase(en: "not a PNG image", vi: "không phải ảnh PNG"), at: SourceLocation(file: file, line: 1, column: 1),
                    hint: Phrase(en: "export the scanned signature or seal as PNG with a transparent background",
                                 vi: "xuất ảnh chữ ký hoặc con dấu đã quét ra định dạng PNG với nền trong suốt"))]))
            }
            func number(_ range: Range<Int>) -> Int { bytes[range].reduce(0) { $0 << 8 | Int($1) } }
            self.png = png
            pixelWidth = number(16..<20)
            pixelHeight = number(20..<24)
        }
    }

    public var signature: Image?
    public var seal: Image?
    /// The seal's real diameter; nil: the layout's `signing.sealDiameter`.
    public var sealDiameter: Length?

    public init(signature: Image?, seal: Image?, sealDiameter: Length? = nil) {
        self.signature = signature
        self.seal = seal
        self.sealDiameter = sealDiameter
    }

    /// The pages with the images added over the signature regions: the signature scaled to fit
    /// its field, keeping its proportions, and the seal drawn last, on top, as it is stamped.
    func apply(to pages: [PageFrame], spec: LayoutSpec) -> [PageFrame] {
        pages.map { page in
            var page = page
            var images: [FrameItem] = []
            for item in page.items {
                guard case let .region(width, height, _) = item.content else { continue }
                switch item.part {
                case .signerSignature:
                    if let signature { images.insert(Self.fitted(signature, x: item.x, y: item.y, width: width, height: height, part: .signaturePreview), at: 0) }
                case .sealPosition:
                    if let seal {
                        let diameter = (sealDiameter ?? spec.signing.sealDiameter).points
                        let centreX = item.x + width / 2, centreY = item.y + height / 2
                        images.append(Self.fitted(seal, x: centreX - diameter / 2, y: centreY - diameter / 2,
                                                  width: diameter, height: diameter, part: .sealPreview))
                    }
                default:
                    continue
                }
            }
            page.items += images
            return page
        }
    }

    /// The image as large as fits the box, centred in it.
    private static func fitted(_ image: Image, x: Double, y: Double, width: Double, height: Double, part: FramePart) -> FrameItem {
        let scale = min(width / Double(max(image.pixelWidth, 1)), height / Double(max(image.pixelHeight, 1)))
        let drawnWidth = Double(image.pixelWidth) * scale, drawnHeight = Double(image.pixelHeight) * scale
        return FrameItem(part: part, content: .image(png: image.png, width: drawnWidth, height: drawnHeight),
                         x: x + (width - drawnWidth) / 2, y: y + (height - drawnHeight) / 2)
    }
}
