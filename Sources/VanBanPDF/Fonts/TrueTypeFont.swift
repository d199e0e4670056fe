import VanBanModel

/// Just enough of a TrueType file (the OpenType spec's `head`, `hhea`, `hmtx`, `cmap` format 4 and
/// `OS/2` tables) to embed it whole as a PDF font: advance widths by character, the bounding box,
/// ascent, descent and cap height. Every read is bounds-checked; a file that is not TrueType is
/// refused, never trapped on.
public struct TrueTypeFont {
    public let data: [UInt8]
    let unitsPerEm: Double
    let boundingBox: [Double]
    let ascent: Double, descent: Double, capHeight: Double
    private let advances: [Int]
    private let glyphs: [UInt32: Int]

    public init(data: [UInt8]) throws {
        self.data = data
        let tables = try Self.tables(data)
        func table(_ tag: String) throws -> Int {
            guard let offset = tables[tag] else {
                throw PDFError.unsupported(Phrase(en: "TrueType font without a '\(tag)' table", vi: "phông chữ TrueType thiếu bảng '\(tag)'"))
            }
            return offset
        }
        let head = try table("head"), hhea = try table("hhea"), hmtx = try table("hmtx"), cmap = try table("cmap")
        let reader = ByteReader(data)
        unitsPerEm = Double(try reader.uint16(head + 18))
        guard unitsPerEm > 0 else { throw PDFError.unsupported(Phrase(en: "TrueType font with 0 units per em", vi: "phông chữ TrueType có 0 đơn vị trên em")) }
        boundingBox = try [36, 38, 40, 42].map { Double(try reader.int16(head + $0)) }
        ascent = Double(try reader.int16(hhea + 4))
        descent = Double(try reader.int16(hhea + 6))
        let metricCount = Int(try reader.uint16(hhea + 34))
        advances = try (0..<metricCount).map { Int(try reader.uint16(hmtx + 4 * $0)) }
        if let os2 = tables["OS/2"], (try? reader.uint16(os2)) ?? 0 >= 2 {
            capHeight = Double(try reader.int16(os2 + 88))
        } else {
            capHeight = ascent
        }
        glyphs = try Self.unicodeGlyphs(reader, cmap: cmap)
    }

    /// The advance of a character's glyph in thousandths of an em (PDF glyph space); nil if the
    /// font has no glyph for it.
    func width(of scalar: Unicode.Scalar) -> Double? {
        guard let glyph = glyphs[scalar.value], !advances.isEmpty else { return nil }
        return Double(advances[min(glyph, advances.count - 1)]) * 1000 / unitsPerEm
    }

    func scaled(_ value: Double) -> Double { (value * 1000 / unitsPerEm).rounded() }

    private static func tables(_ data: [UInt8]) throws -> [String: Int] {
        let reader = ByteReader(data)
        let version = try reader.uint32(0)
        guard version == 0x0001_0000 || version == 0x7472_7565 else {
            throw PDFError.unsupported(Phrase(en: "not a TrueType font file", vi: "không phải tệp phông chữ TrueType"))
        }
        var tables: [String: Int] = [:]
        for index in 0..<Int(try reader.uint16(4)) {
            let record = 12 + 16 * index
            let tag = String(decoding: try reader.bytes(record, 4), as: UTF8.self)
            tables[tag] = Int(try reader.uint32(record + 8))
        }
        return tables
    }

    /// Unicode → glyph from the Windows Unicode BMP subtable (platform 3, encoding 1), format 4.
    private static func unicodeGlyphs(_ reader: ByteReader, cmap: Int) throws -> [UInt32: Int] {
        var subtable: Int?
        for index in 0..<Int(try reader.uint16(cmap + 2)) {
            let record = cmap + 4 + 8 * index
            if try reader.uint16(record) == 3, try reader.uint16(record + 2) == 1 {
                subtable = cmap + Int(try reader.uint32(record + 4))
            }
        }
        guard let table = subtable, try reader.uint16(table) == 4 else {
            throw PDFError.unsupported(Phrase(en: "TrueType font without a Unicode (3,1) format 4 cmap", vi: "phông chữ TrueType thiếu bảng cmap Unicode (3,1) dạng 4"))
        }
        let segments = Int(try reader.uint16(table + 6)) / 2
        let ends = table + 14, starts = ends + 2 * segments + 2
        let deltas = starts + 2 * segments, rangeOffsets = deltas + 2 * segments
        var glyphs: [UInt32: Int] = [:]
        for segment in 0..<segments {
            let end = Int(try reader.uint16(ends + 2 * segment)), start = Int(try reader.uint16(starts + 2 * segment))
            let delta = Int(try reader.int16(deltas + 2 * segment))
            let rangeOffsetPosition = rangeOffsets + 2 * segment
            let rangeOffset = Int(try reader.uint16(rangeOffsetPosition))
            guard start <= end, end != 0xFFFF || start != 0xFFFF else { continue }
            for code in start...min(end, 0xFFFE) {
                let glyph: Int
                if rangeOffset == 0 {
                    glyph = (code + delta) & 0xFFFF
                } else {
                    let raw = Int(try reader.uint16(rangeOffsetPosition + rangeOffset + 2 * (code - start)))
                    glyph = raw == 0 ? 0 : (raw + delta) & 0xFFFF
                }
                if glyph != 0 { glyphs[UInt32(code)] = glyph }
            }
        }
        return glyphs
    }
}

/// Big-endian reads that throw instead of trapping when a file is short.
private struct ByteReader {
    let data: [UInt8]
    init(_ data: [UInt8]) { self.data = data }

    func bytes(_ offset: Int, _ count: Int) throws -> ArraySlice<UInt8> {
        guard offset >= 0, count >= 0, offset + count <= data.count else {
            throw PDFError.malformed(Phrase(en: "TrueType font too short", vi: "tệp phông chữ TrueType bị thiếu dữ liệu"), offset: offset)
        }
        return data[offset..<(offset + count)]
    }

    func uint16(_ offset: Int) throws -> UInt16 { try bytes(offset, 2).reduce(0) { $0 << 8 | UInt16($1) } }
    func int16(_ offset: Int) throws -> Int16 { Int16(bitPattern: try uint16(offset)) }
    func uint32(_ offset: Int) throws -> UInt32 { try bytes(offset, 4).reduce(0) { $0 << 8 | UInt32($1) } }
}
