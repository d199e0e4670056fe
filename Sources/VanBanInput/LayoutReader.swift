import VanBanModel

/// Reads a layout file (`Layouts/nd30.yaml` or a user's copy), reporting problems with locations.
public enum LayoutReader {
    /// The spec, plus warnings (e.g. a margin outside the decree's range) to show the user.
    public static func read(path: String) -> Result<(LayoutSpec, [Diagnostic]), DiagnosticList> {
        YAMLSource.readText(atPath: path).flatMap { text in
            YAMLSource.parse(text, file: path).flatMap { root in
                let reader = NodeReader(file: path)
                guard let spec = LayoutDecoder(reader: reader).layout(root), !reader.hasErrors else {
                    return .failure(DiagnosticList(reader.diagnostics))
                }
                return .success((spec, reader.diagnostics))
            }
        }
    }
}
