/// Văn bản kèm theo (Mẫu 1.3): the quy chế or quy định that a quyết định issues or approves,
/// printed after it on pages numbered on their own, with a reduced header (no số, no date), its
/// tên loại and trích yếu, "(Ban hành kèm theo Quyết định số … ngày … của …)", and its own
/// chương, mục and điều. It has no Nơi nhận and no signer of its own.
public struct AttachedText: Sendable, Hashable {
    /// Tên loại of the attached text ("Quy chế"); printed in capitals.
    public var type: String
    /// Trích yếu ("Làm việc của Ủy ban nhân dân huyện …").
    public var summary: StyledText?
    /// The italic "(Ban hành kèm theo …)" line: built from the decision, given, or hidden.
    public var reference: Appendix.Reference
    public var body: [Block]

    public init(type: String, summary: StyledText?, reference: Appendix.Reference, body: [Block]) {
        self.type = type
        self.summary = summary
        self.reference = reference
        self.body = body
    }
}
