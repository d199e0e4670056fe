import CPangoCairo
import Foundation

/// Hands Cairo a PNG's bytes through its read callback.
final class ByteSource {
    let data: Data
    var offset = 0

    init(_ data: Data) { self.data = data }

    /// A Cairo image surface decoded from PNG bytes (the caller destroys it), or nil.
    static func imageSurface(png: Data) -> OpaquePointer? {
        let source = ByteSource(png)
        let surface = withExtendedLifetime(source) {
            cairo_image_surface_create_from_png_stream(read, Unmanaged.passUnretained(source).toOpaque())
        }
        guard let surface else { return nil }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            return nil
        }
        return surface
    }

    private static let read: cairo_read_func_t = { closure, buffer, length in
        guard let closure, let buffer else { return CAIRO_STATUS_READ_ERROR }
        let source = Unmanaged<ByteSource>.fromOpaque(closure).takeUnretainedValue()
        let count = Int(length)
        guard source.offset + count <= source.data.count else { return CAIRO_STATUS_READ_ERROR }
        source.data.copyBytes(to: buffer, from: source.offset..<(source.offset + count))
        source.offset += count
        return CAIRO_STATUS_SUCCESS
    }
}

/// Collects the bytes Cairo writes through its stream callback, or hands them on to `forward`
/// (a file being written) so that a long PDF is never held in memory.
final class ByteSink {
    var data = Data()
    var forward: ((UnsafeRawBufferPointer) -> Bool)?

    static let write: cairo_write_func_t = { closure, bytes, length in
        guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        if let forward = sink.forward {
            return forward(UnsafeRawBufferPointer(start: bytes, count: Int(length))) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR
        }
        sink.data.append(bytes, count: Int(length))
        return CAIRO_STATUS_SUCCESS
    }
}
