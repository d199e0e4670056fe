import CZlib

/// zlib compression for FlateDecode streams (ISO 32000-1 §7.4.4).
enum Deflate {
    /// The data compressed at zlib's best level, or nil if zlib fails (the caller stores it plain).
    static func compress(_ data: [UInt8]) -> [UInt8]? {
        var length = compressBound(uLong(data.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = data.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { buffer in
                compress2(buffer.baseAddress, &length, input.baseAddress, uLong(data.count), Z_BEST_COMPRESSION)
            }
        }
        guard status == Z_OK else { return nil }
        return Array(output.prefix(Int(length)))
    }
}
