import CZlib
import Foundation

/// A ZIP file made in memory (the service writes nothing to disk): entries stored as they are,
/// since PDFs are compressed already, with UTF-8 names (general purpose flag bit 11) so
/// "Trường TH Mường Mùn.pdf" keeps its letters.
struct ZipArchive {
    private var body = Data()
    private var directory = Data()
    private var count = 0

    mutating func add(name: String, data: Data) {
        let nameBytes = Data(name.utf8)
        let crc = data.withUnsafeBytes { UInt32(crc32(0, $0.bindMemory(to: Bytef.self).baseAddress, uInt($0.count))) }
        let offset = UInt32(body.count)
        // Local file header: version 2.0, UTF-8 names, stored, a fixed 1980-01-01 time (same bytes every run).
        var local = Data()
        local.append(le32: 0x0403_4b50); local.append(le16: 20); local.append(le16: 0x0800); local.append(le16: 0)
        local.append(le16: 0); local.append(le16: 0x21)
        local.append(le32: crc); local.append(le32: UInt32(data.count)); local.append(le32: UInt32(data.count))
        local.append(le16: UInt16(nameBytes.count)); local.append(le16: 0)
        body.append(local); body.append(nameBytes); body.append(data)

        var central = Data()
        central.append(le32: 0x0201_4b50); central.append(le16: 20); central.append(le16: 20); central.append(le16: 0x0800)
        central.append(le16: 0); central.append(le16: 0); central.append(le16: 0x21)
        central.append(le32: crc); central.append(le32: UInt32(data.count)); central.append(le32: UInt32(data.count))
        central.append(le16: UInt16(nameBytes.count)); central.append(le16: 0); central.append(le16: 0)
        central.append(le16: 0); central.append(le16: 0); central.append(le32: 0); central.append(le32: offset)
        directory.append(central); directory.append(nameBytes)
        count += 1
    }

    var data: Data {
        var end = Data()
        end.append(le32: 0x0605_4b50); end.append(le16: 0); end.append(le16: 0)
        end.append(le16: UInt16(count)); end.append(le16: UInt16(count))
        end.append(le32: UInt32(directory.count)); end.append(le32: UInt32(body.count)); end.append(le16: 0)
        return body + directory + end
    }
}

private extension Data {
    mutating func append(le16 value: UInt16) { Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) } }
    mutating func append(le32 value: UInt32) { Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) } }
}
