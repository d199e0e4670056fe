/// The folder part of a file's path, as `NSString.deletingLastPathComponent` gives it ("" for a
/// bare name, "/" for a file at the root), computed here because swift-corelibs-foundation 6.3
/// traps on a one-character relative path (`x`, `-`, `.`, `y/`): `vanban new form -o x` crashed.
public enum ParentDirectory {
    public static func of(_ path: String) -> String {
        var name = Substring(path)
        while name.count > 1, name.hasSuffix("/") { name = name.dropLast() }
        guard let slash = name.lastIndex(of: "/") else { return "" }
        var parent = name[..<slash]
        while parent.hasSuffix("/") { parent = parent.dropLast() }
        return parent.isEmpty ? "/" : String(parent)
    }
}
