import Foundation

/// What the first few hundred bytes of a TrueType or OpenType file say: whether its face is bold
/// and italic (the `head` table's macStyle) and whether the file is long enough for every table
/// its directory lists. Read without loading the file, so checking a font directory costs nothing
/// measurable; a truncated or damaged file is named instead of being taken for another family.
public struct FontFileHeader {
    public let isBold: Bool
    public let isItalic: Bool

    public enum Problem: Error, Equatable {
        /// Not a TrueType/OpenType file at all.
        case notAFont
        /// The file ends before the tables its directory lists: cut short in a copy or download.
        case truncated
    }

    public init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw Problem.notAFont }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()).map(Int.init) ?? 0
        try? handle.seek(toOffset: 0)
        let head = [UInt8]((try? handle.read(upToCount: 12)) ?? Data())
        guard head.count == 12 else { throw Problem.notAFont }
        let version = Self.uint32(head, 0)
        // 0x00010000 TrueType, 'OTTO' CFF-based OpenType, 'true' Apple TrueType.
        guard [0x0001_0000, 0x4F54_544F, 0x7472_7565].contains(version) else { throw Problem.notAFont }
        let tableCount = Int(Self.uint16(head, 4))
        let directory = [UInt8]((try? handle.read(upToCount: 16 * tableCount)) ?? Data())
        guard directory.count == 16 * tableCount else { throw Problem.truncated }
        var style: UInt16?
        for index in 0..<tableCount {
            let entry = 16 * index
            let offset = Int(Self.uint32(directory, entry + 8)), length = Int(Self.uint32(directory, entry + 12))
            guard offset + length <= size else { throw Problem.truncated }
            if directory[entry..<entry + 4].elementsEqual("head".utf8), length >= 46 {
                try? handle.seek(toOffset: UInt64(offset + 44))
                let bytes = [UInt8]((try? handle.read(upToCount: 2)) ?? Data())
                if bytes.count == 2 { style = Self.uint16(bytes, 0) }
            }
        }
        guard let style else { throw Problem.notAFont }
        isBold = style & 1 != 0
        isItalic = style & 2 != 0
    }

    private static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 { UInt16(bytes[at]) << 8 | UInt16(bytes[at + 1]) }
    private static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) << 24 | UInt32(bytes[at + 1]) << 16 | UInt32(bytes[at + 2]) << 8 | UInt32(bytes[at + 3])
    }
}
