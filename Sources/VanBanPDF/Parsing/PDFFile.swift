import Foundation
import VanBanModel

/// A PDF as Cairo writes it: classic cross-reference tables (possibly several, chained by /Prev
/// after earlier incremental updates) and a trailer. Objects are parsed on demand from their
/// offsets; streams' data is never read. Cross-reference streams are refused: Cairo 1.16 and
/// VanBan's own updates never write them.
public struct PDFFile {
    public let bytes: [UInt8]
    /// Where `bytes` start in the file: 0 for a whole file; more when only its end was read (a
    /// large merged bundle: the objects Cairo writes last, catalog, page tree, cross-references).
    public let start: Int
    public let trailer: PDFDictionary
    /// Where the newest cross-reference section starts: the next update's /Prev.
    public let startXref: Int
    private let offsets: [Int: (offset: Int, generation: Int)]

    public init(data: Data) throws {
        try self.init(bytes: [UInt8](data))
    }

    public init(bytes: [UInt8], startingAt start: Int = 0) throws {
        self.bytes = bytes
        self.start = start
        startXref = try Self.findStartXref(bytes, start: start)
        var offsets: [Int: (offset: Int, generation: Int)] = [:]
        var trailer: PDFDictionary?
        var next: Int? = startXref
        var visited = Set<Int>()
        while let sectionOffset = next {
            guard visited.insert(sectionOffset).inserted else {
                throw PDFError.malformed(Phrase(en: "cross-reference sections form a loop", vi: "các mục tham chiếu chéo tạo thành vòng lặp"), offset: sectionOffset)
            }
            guard sectionOffset >= start else {
                throw PDFError.malformed(Phrase(en: "a cross-reference section lies before the part of the file that was read",
                                                vi: "một mục tham chiếu chéo nằm trước phần tệp đã đọc"), offset: sectionOffset)
            }
            let section = try Self.readSection(bytes, at: sectionOffset - start)
            // Newer sections come first and win over older ones.
            for (number, entry) in section.entries where offsets[number] == nil { offsets[number] = entry }
            if trailer == nil { trailer = section.trailer }
            next = section.trailer["Prev"]?.integer
        }
        self.offsets = offsets.filter { $0.value.offset > 0 }
        self.trailer = trailer ?? PDFDictionary()
    }

    /// One past the highest object number in use: the first number a new object may take.
    public var size: Int { trailer["Size"]?.integer ?? (offsets.keys.max() ?? 0) + 1 }

    public func object(_ ref: ObjectRef) throws -> PDFValue {
        guard let entry = offsets[ref.number] else { return .null }
        guard entry.offset >= start else {
            throw PDFError.malformed(Phrase(en: "object \(ref.number) lies before the part of the file that was read",
                                            vi: "đối tượng \(ref.number) nằm trước phần tệp đã đọc"), offset: entry.offset)
        }
        var scanner = PDFScanner(bytes: bytes, position: entry.offset - start)
        let header = entry.offset
        guard Int(scanner.token()) == ref.number, Int(scanner.token()) == entry.generation else {
            throw PDFError.malformed(Phrase(en: "object \(ref.number) is not at its cross-reference offset",
                                            vi: "đối tượng \(ref.number) không nằm ở vị trí ghi trong bảng tham chiếu chéo"), offset: header)
        }
        try scanner.expect("obj")
        return try scanner.value()
    }

    /// The value itself, or the object a reference points to.
    public func resolve(_ value: PDFValue?) throws -> PDFValue? {
        guard let value else { return nil }
        if case let .reference(ref) = value { return try object(ref) }
        return value
    }

    public var catalogRef: ObjectRef {
        get throws {
            guard let ref = trailer["Root"]?.reference else {
                throw PDFError.malformed(Phrase(en: "trailer has no /Root", vi: "phần trailer không có /Root"), offset: startXref)
            }
            return ref
        }
    }

    public struct Page {
        public let ref: ObjectRef
        public let dictionary: PDFDictionary
        /// The media box, inherited from the page tree when the page has none: [llx lly urx ury].
        public let mediaBox: [Double]
    }

    /// Every page in reading order, walking the page tree depth-first.
    public func pages() throws -> [Page] {
        guard let catalog = try object(catalogRef).dictionary,
              let root = catalog["Pages"]?.reference else {
            throw PDFError.malformed(Phrase(en: "catalog has no /Pages", vi: "danh mục (catalog) không có /Pages"), offset: startXref)
        }
        var pages: [Page] = []
        var visited = Set<ObjectRef>()
        func walk(_ ref: ObjectRef, inheritedBox: [Double]?) throws {
            guard visited.insert(ref).inserted else {
                throw PDFError.malformed(Phrase(en: "page tree loops at \(ref)", vi: "cây trang bị lặp vòng tại \(ref)"), offset: 0)
            }
            guard let node = try object(ref).dictionary else {
                throw PDFError.malformed(Phrase(en: "page tree node \(ref) is not a dictionary",
                                                vi: "nút \(ref) của cây trang không phải là từ điển"), offset: 0)
            }
            let box = try resolve(node["MediaBox"])?.array?.compactMap(\.number) ?? inheritedBox
            if node["Type"]?.nameValue == "Pages" {
                for kid in try resolve(node["Kids"])?.array ?? [] {
                    guard let kidRef = kid.reference else { continue }
                    try walk(kidRef, inheritedBox: box)
                }
            } else {
                guard let box, box.count == 4 else {
                    throw PDFError.malformed(Phrase(en: "page \(ref) has no media box", vi: "trang \(ref) không có khung trang (/MediaBox)"), offset: 0)
                }
                pages.append(Page(ref: ref, dictionary: node, mediaBox: box))
            }
        }
        try walk(root, inheritedBox: nil)
        return pages
    }

    private static func findStartXref(_ bytes: [UInt8], start: Int) throws -> Int {
        let keyword = Array("startxref".utf8)
        var index = bytes.count - keyword.count
        let limit = max(0, bytes.count - 2048)
        while index >= limit {
            if bytes[index] == keyword[0], Array(bytes[index..<(index + keyword.count)]) == keyword {
                var scanner = PDFScanner(bytes: bytes, position: index + keyword.count)
                if let offset = Int(scanner.token()), offset >= 0, offset < start + bytes.count { return offset }
                break
            }
            index -= 1
        }
        throw PDFError.malformed(Phrase(en: "no 'startxref' near the end of the file", vi: "không có 'startxref' ở gần cuối tệp"), offset: bytes.count)
    }

    private static func readSection(_ bytes: [UInt8], at offset: Int) throws
        -> (entries: [Int: (offset: Int, generation: Int)], trailer: PDFDictionary) {
        var scanner = PDFScanner(bytes: bytes, position: offset)
        guard scanner.token() == "xref" else {
            throw PDFError.unsupported(Phrase(en: "cross-reference stream at byte \(offset) (only classic tables are read)",
                                              vi: "luồng tham chiếu chéo ở byte \(offset) (chỉ đọc được bảng tham chiếu chéo kiểu cũ)"))
        }
        var entries: [Int: (offset: Int, generation: Int)] = [:]
        while true {
            let word = scanner.token()
            if word == "trailer" { break }
            guard let first = Int(word), let count = Int(scanner.token()), first >= 0, count >= 0, count < 10_000_000 else {
                throw PDFError.malformed(Phrase(en: "bad cross-reference subsection header", vi: "đầu mục con tham chiếu chéo sai"), offset: scanner.position)
            }
            for number in first..<(first + count) {
                guard let entryOffset = Int(scanner.token()), let generation = Int(scanner.token()) else {
                    throw PDFError.malformed(Phrase(en: "bad cross-reference entry", vi: "dòng tham chiếu chéo sai"), offset: scanner.position)
                }
                let kind = scanner.token()
                if kind == "n" { entries[number] = (entryOffset, generation) } else { entries[number] = (0, generation) }
            }
        }
        guard case let .dictionary(trailer) = try scanner.value() else {
            throw PDFError.malformed(Phrase(en: "trailer is not a dictionary", vi: "phần trailer không phải là từ điển"), offset: scanner.position)
        }
        return (entries, trailer)
    }
}
