import VanBanModel

/// The fixed phrases VanBan prints around the user's values, with the decree's blanks: the
/// number line, the place-and-date line and an appendix's "(Kèm theo …)" line.
struct Wording {
    /// What stands for a blank number, day or month, so the clerk can stamp it at issuance.
    let blank: String

    init(spec: LayoutSpec) { blank = String(repeating: " ", count: spec.header.blankSpaces) }

    /// A phrase and where its blanks are: UTF-8 byte ranges over the gap a blank leaves between
    /// the words around it ("ngày␣      ␣tháng"), named as a form field is ("Ngày").
    struct Phrase {
        var text = ""
        var blanks: [(name: String, bytes: Range<Int>)] = []

        mutating func append(_ words: String) { text += words }

        /// `value`, or a blank named `name` over it and the spaces on either side in `text`.
        mutating func append(_ value: String?, blank: String, named name: String) {
            guard let value else {
                let spaceBefore = text.hasSuffix(" ") ? 1 : 0
                let start = text.utf8.count - spaceBefore
                text += blank
                blanks.append((name, start..<(text.utf8.count)))
                return
            }
            text += value
        }

        /// Widens the last blank over the space that follows it.
        mutating func appendSpaceAfterBlank(_ words: String) {
            if let last = blanks.last, last.bytes.upperBound == text.utf8.count, words.hasPrefix(" ") {
                blanks[blanks.count - 1].bytes = last.bytes.lowerBound..<(last.bytes.upperBound + 1)
            }
            text += words
        }
    }

    /// "Số: 05/KH-UBND", or "Số:        /KH-UBND".
    func numberLine(_ document: Document) -> String { numberPhrase(document).text }

    func numberPhrase(_ document: Document) -> Phrase { numberPhrase(number: document.number, symbol: document.symbol) }

    /// The document's or a paper copy's number line.
    func numberPhrase(number: String?, symbol: String) -> Phrase {
        var phrase = Phrase()
        phrase.append("Số: ")
        phrase.append(number, blank: blank, named: "Số")
        phrase.append("/\(symbol)")
        return phrase
    }

    /// "ngày 05 tháng 02 năm 2024", blank parts kept open.
    func date(_ date: DocumentDate) -> String { datePhrase(date, after: Phrase()).text }

    private func datePhrase(_ date: DocumentDate, after start: Phrase) -> Phrase {
        var phrase = start
        phrase.append("ngày ")
        phrase.append(date.day, blank: blank, named: "Ngày")
        phrase.appendSpaceAfterBlank(" tháng ")
        phrase.append(date.month, blank: blank, named: "Tháng")
        phrase.appendSpaceAfterBlank(" năm ")
        phrase.append(date.year, blank: blank, named: "Năm")
        return phrase
    }

    /// "Đống Đa, ngày 05 tháng 02 năm 2024".
    func placeAndDate(_ document: Document) -> String { placeAndDatePhrase(document).text }

    func placeAndDatePhrase(_ document: Document) -> Phrase { placeAndDatePhrase(place: document.place, date: document.date) }

    /// The document's or a paper copy's place and date.
    func placeAndDatePhrase(place: String, date: DocumentDate) -> Phrase {
        var phrase = Phrase()
        phrase.append("\(place), ")
        return datePhrase(date, after: phrase)
    }

    /// "(Kèm theo Kế hoạch số 05/KH-UBND ngày 05 tháng 02 năm 2024 của Ủy ban nhân dân huyện
    /// Tuần Giáo)", the issuer as it reads in a sentence (nd30.md §6).
    func appendixReference(_ document: Document) -> String { reference(document, lead: "Kèm theo") }

    /// "(Ban hành kèm theo Quyết định số …/QĐ-UBND ngày … của …)": the line of an attached quy
    /// chế or quy định (Mẫu 1.3), built like an appendix's.
    func attachedTextReference(_ document: Document) -> String { reference(document, lead: "Ban hành kèm theo") }

    private func reference(_ document: Document, lead: String) -> String {
        let issuer = RunningName.from(document.issuer.name)
        let of = issuer.isEmpty ? "" : " của \(issuer)"
        return "(\(lead) \(document.type) số \(document.number ?? blank)/\(document.symbol) \(date(document.date))\(of))"
    }
}
