import VanBanModel

extension Phrase {
    /// A key of the input as written (`symbol`, `signers[0].name`, `page.left`): messages name the
    /// value by its key, which reads the same in every language.
    static func key(_ name: String) -> Phrase { Phrase(verbatim: name) }
}
