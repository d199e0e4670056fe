import CZlib
import Foundation
import VanBanModel

/// The members of a ZIP file (an .xlsx workbook is one), read from its central directory and
/// inflated with zlib. Only what a workbook uses: stored or deflated members, no encryption,
/// no spanning. zlib is already linked for the PDF; a ZIP library would bring a second copy of
/// its module, and an XML library FoundationXML with libxml2 into the static build.
struct ZipEntries {
    struct Failure: Error { var reason: Phrase }

    private let bytes: [UInt8]
    /// Member name → (compression method, compressed size, uncompressed size, local header offset).
    private var members: [String: (method: Int, compressed: Int, size: Int, offset: Int)] = [:]

    init(_ data: Data) throws {
        bytes = [UInt8](data)
        // The end-of-central-directory record: the last PK\5\6 within the final 64 KB + 22 bytes.
        let lowest = max(0, bytes.count - 65_557)
        guard bytes.count >= 22,
              let end = stride(from: bytes.count - 22, through: lowest, by: -1).first(where: { read32($0) == 0x0605_4B50 }) else {
            throw Failure(reason: Phrase(en: "it is not a ZIP file (an .xlsx workbook is one)",
                                         vi: "đây không phải tệp ZIP (tệp Excel .xlsx là một tệp ZIP)"))
        }
        let count = read16(end + 10)
        var position = read32(end + 16)
        for _ in 0..<count {
            guard position + 46 <= bytes.count, read32(position) == 0x0201_4B50 else { throw Failure(reason: Self.damagedContents) }
            let nameLength = read16(position + 28), extraLength = read16(position + 30), commentLength = read16(position + 32)
            guard position + 46 + nameLength <= bytes.count else { throw Failure(reason: Self.damagedContents) }
            let name = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            members[name] = (read16(position + 10), read32(position + 20), read32(position + 24), read32(position + 42))
            position += 46 + nameLength + extraLength + commentLength
        }
    }

    /// The member's bytes, or nil when the archive has no such member.
    func member(_ name: String) throws -> [UInt8]? {
        guard let entry = members[name] else { return nil }
        let local = entry.offset
        guard local + 30 <= bytes.count, read32(local) == 0x0403_4B50 else { throw Failure(reason: Self.damaged(name)) }
        let start = local + 30 + read16(local + 26) + read16(local + 28)
        guard start + entry.compressed <= bytes.count else {
            throw Failure(reason: Phrase(en: "\(name) is cut short", vi: "\(name) bị cắt cụt"))
        }
        let stored = Array(bytes[start..<(start + entry.compressed)])
        switch entry.method {
        case 0: return stored
        case 8:
            // A units sheet is kilobytes; a member claiming more is damaged or a decompression bomb.
            guard entry.size <= 64 << 20 else {
                throw Failure(reason: Phrase(en: "\(name) claims \(entry.size) bytes, more than a units sheet can be",
                                             vi: "\(name) ghi là có \(entry.size) byte, nhiều hơn mức một bảng đơn vị có thể có"))
            }
            return try inflate(stored, size: entry.size, name: name)
        default:
            throw Failure(reason: Phrase(en: "\(name) is compressed with method \(entry.method), which VanBan does not read",
                                         vi: "\(name) được nén theo phương pháp \(entry.method), VanBan không đọc được"))
        }
    }

    private func inflate(_ input: [UInt8], size: Int, name: String) throws -> [UInt8] {
        var output = [UInt8](repeating: 0, count: max(size, 1))
        var stream = z_stream()
        // Negative window bits: a raw deflate stream, as ZIP stores it (no zlib header).
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(reason: Phrase(en: "zlib could not start", vi: "zlib không khởi động được"))
        }
        defer { inflateEnd(&stream) }
        var input = input
        let status = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END, Int(stream.total_out) == size else { throw Failure(reason: Self.damaged(name)) }
        return Array(output.prefix(size))
    }

    private static let damagedContents = Phrase(en: "its table of contents is damaged", vi: "mục lục của tệp bị hỏng")

    private static func damaged(_ name: String) -> Phrase { Phrase(en: "\(name) is damaged", vi: "\(name) bị hỏng") }

    private func read16(_ offset: Int) -> Int { Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 }
    private func read32(_ offset: Int) -> Int { read16(offset) | read16(offset + 2) << 16 }
}
