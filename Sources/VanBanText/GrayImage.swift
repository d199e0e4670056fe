import CPangoCairo
import Foundation

/// A PNG decoded to 8-bit grey levels, for comparing renders with a tolerance.
public struct GrayImage: Equatable, Sendable {
    public var width: Int
    public var height: Int
    /// Row-major, 0 black … 255 white.
    public var pixels: [UInt8]

    public init?(png: Data) {
        guard let surface = ByteSource.imageSurface(png: png) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard let data = cairo_image_surface_get_data(surface) else { return nil }
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        var pixels = [UInt8](repeating: 0, count: width * height)
        // ARGB32 / RGB24 store each pixel as a native-endian 32-bit word: 0xAARRGGBB.
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width {
                let value = row[x]
                let red = (value >> 16) & 0xFF, green = (value >> 8) & 0xFF, blue = value & 0xFF
                pixels[y * width + x] = UInt8((red * 299 + green * 587 + blue * 114) / 1000)
            }
        }
        self.pixels = pixels
    }

    /// The share of pixels whose grey levels differ by more than `threshold`.
    public func differingShare(from other: GrayImage, threshold: UInt8 = 64) -> Double {
        guard width == other.width, height == other.height else { return 1 }
        let differing = zip(pixels, other.pixels).filter { abs(Int($0) - Int($1)) > Int(threshold) }.count
        return Double(differing) / Double(max(pixels.count, 1))
    }
}
