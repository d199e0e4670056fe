/// Anything shown to people that can be read in each language VanBan speaks: phrases,
/// diagnostics, and the errors the library throws. Where a message is shown (the command line,
/// the service) it asks for the text in the reader's language; `description` stays English.
public protocol Bilingual {
    func text(_ language: Language) -> String
}

extension Phrase: Bilingual {}
extension Diagnostic: Bilingual {}
extension DiagnosticList: Bilingual {}

extension Phrase {
    /// Any error as a phrase: its own words in each language when it is `Bilingual`, else what it
    /// describes itself as in both (a system error, which has no Vietnamese).
    public init(describing error: any Error) {
        self.init(en: Language.english.text(of: error), vi: Language.vietnamese.text(of: error))
    }
}

extension Language {
    /// The text of any error in this language: its own words when it is `Bilingual`, else
    /// what it describes itself as (a system error, which has no Vietnamese).
    public func text(of error: any Error) -> String {
        (error as? any Bilingual)?.text(self) ?? String(describing: error)
    }
}
