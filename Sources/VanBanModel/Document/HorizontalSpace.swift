/// Trimming spaces and tabs, as Foundation's `trimmingCharacters(in: .whitespaces)` does
/// (general category Zs and U+0009) but without bridging the text to NSString, which cost more
/// than the rest of reading a body line in callgrind.
extension StringProtocol {
    public var trimmingHorizontalSpace: String {
        let scalars = Substring(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isHorizontalSpace }),
              let last = scalars.lastIndex(where: { !$0.isHorizontalSpace }) else { return "" }
        return String(scalars[first...last])
    }
}

extension Unicode.Scalar {
    /// A member of `CharacterSet.whitespaces`: a space separator or a tab.
    public var isHorizontalSpace: Bool { self == "\t" || properties.generalCategory == .spaceSeparator }
}
