import Foundation

/// Appends changed and new objects after a PDF's last byte, then a cross-reference section for
/// just those objects and a trailer whose /Prev points at the previous section (ISO 32000-1
/// §7.5.6). The original bytes stay untouched, so signatures over earlier revisions stay valid.
public struct IncrementalUpdate {
    public let file: PDFFile
    private typealias XrefEntry = (number: Int, offset: Int, generation: Int)
    private var nextNumber: Int
    private var objects: [(ref: ObjectRef, body: [UInt8])] = []

    public init(file: PDFFile) {
        self.file = file
        nextNumber = file.size
    }

    /// Adds a new indirect object and returns its reference.
    public mutating func add(_ value: PDFValue) -> ObjectRef {
        let ref = reserve()
        replace(ref, with: value)
        return ref
    }

    /// Adds a stream; /Length is set from the data.
    public mutating func addStream(_ dictionary: PDFDictionary, data: [UInt8]) -> ObjectRef {
        let ref = reserve()
        var dictionary = dictionary
        dictionary["Length"] = .integer(data.count)
        var body = PDFSerializer.bytes(.dictionary(dictionary))
        body += Array("\nstream\n".utf8) + data + Array("\nendstream".utf8)
        objects.append((ref, body))
        return ref
    }

    /// A number for an object whose value is given later with `replace` (for objects that refer to each other).
    public mutating func reserve() -> ObjectRef {
        defer { nextNumber += 1 }
        return ObjectRef(nextNumber)
    }

    /// Writes a new version of an existing object (or the value of a reserved one).
    public mutating func replace(_ ref: ObjectRef, with value: PDFValue) {
        objects.removeAll { $0.ref == ref }
        objects.append((ref, PDFSerializer.bytes(value)))
    }

    /// The original file followed by the update (for a file read whole).
    public func data() -> Data {
        var out = file.bytes
        out += appendedBytes()
        return Data(out)
    }

    /// Only the bytes the update appends to the original file (a large file already on disk is
    /// finished by appending them, without a second copy of it in memory).
    public func appendedBytes() -> [UInt8] {
        let start = file.start + file.bytes.count
        var out: [UInt8] = file.bytes.last == 0x0A ? [] : [0x0A]
        var offsets: [XrefEntry] = []
        for object in objects.sorted(by: { $0.ref.number < $1.ref.number }) {
            offsets.append((object.ref.number, start + out.count, object.ref.generation))
            out += Array("\(object.ref.number) \(object.ref.generation) obj\n".utf8)
            out += object.body
            out += Array("\nendobj\n".utf8)
        }
        let xrefOffset = start + out.count
        out += Array("xref\n".utf8)
        for run in Self.consecutiveRuns(offsets) {
            out += Array("\(run[0].number) \(run.count)\n".utf8)
            for entry in run {
                // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, 'n', CR LF.
                out += Array("\(Self.zeroPadded(entry.offset, to: 10)) \(Self.zeroPadded(entry.generation, to: 5)) n\r\n".utf8)
            }
        }
        var trailer = PDFDictionary()
        trailer["Size"] = .integer(max(nextNumber, file.size))
        for key in ["Root", "Info", "ID"] { trailer[key] = file.trailer[key] }
        // PDF 2.0 and PDF/A require an /ID, and Cairo 1.16 writes none. Derived from the original
        // bytes, never the clock, so the same input still gives the same file; both halves equal,
        // as for a file's first version (a signing tool changes the second).
        if trailer["ID"] == nil {
            let digest = PDFValue.string(MD5.digest(file.bytes))
            trailer["ID"] = .array([digest, digest])
        }
        trailer["Prev"] = .integer(file.startXref)
        out += Array("trailer\n".utf8) + PDFSerializer.bytes(.dictionary(trailer))
        out += Array("\nstartxref\n\(xrefOffset)\n%%EOF\n".utf8)
        return out
    }

    private static func zeroPadded(_ number: Int, to digits: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// Entries sorted by object number, grouped into runs of consecutive numbers (one subsection each).
    private static func consecutiveRuns(_ entries: [XrefEntry]) -> [[XrefEntry]] {
        var runs: [[XrefEntry]] = []
        for entry in entries {
            if let last = runs.last?.last, last.number + 1 == entry.number {
                runs[runs.count - 1].append(entry)
            } else {
                runs.append([entry])
            }
        }
        return runs
    }
}
