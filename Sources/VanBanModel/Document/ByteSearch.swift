#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Looking for one ASCII byte in a text's UTF-8, the first question asked of nearly every input
/// value ("any line feed? tab? brace? asterisk?"). `utf8.contains` walks the view one index at a
/// time (thousands of instructions a value in callgrind); `memchr` on the contiguous bytes of a
/// native string does the same search many bytes at a time. Inlinable so that callers in other
/// modules get it specialised for String and Substring, not dispatched through StringProtocol.
extension StringProtocol {
    @inlinable
    public func containsUTF8(_ byte: UInt8) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ bytes in
            bytes.isEmpty ? false : memchr(bytes.baseAddress!, Int32(byte), bytes.count) != nil
        }) {
            return found
        }
        return utf8.contains(byte)
    }
}
