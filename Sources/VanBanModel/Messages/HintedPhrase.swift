extension Phrase {
    /// A message followed by its hint, as the library's errors print themselves when they are not
    /// a located `Diagnostic`: `message (hint: …)`, `… (gợi ý: …)`; the message alone without one.
    public func hinted(_ hint: Phrase?) -> Phrase {
        guard let hint else { return self }
        return self + Phrase(en: " (hint: ", vi: " (gợi ý: ") + hint + Phrase(verbatim: ")")
    }
}
