/// A document together with where each of its values was written, for `vanban check`.
public struct SourcedDocument: Sendable {
    public var document: Document
    public var sourceMap: SourceMap

    public init(document: Document, sourceMap: SourceMap) {
        self.document = document
        self.sourceMap = sourceMap
    }
}
