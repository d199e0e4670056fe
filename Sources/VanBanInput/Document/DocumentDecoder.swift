import VanBanModel
import Yams

/// Decodes the top level of a document file into a `Document` (docs/input-format.md).
struct DocumentDecoder {
    let reader: NodeReader

    func document(_ root: Node) -> Document? {
        // Forms made of fixed lines (giấy mời, giấy giới thiệu …) may have no content of their own.
        let bodyRequired = Forms.form(for: Self.typeWritten(in: root) ?? "").requiresBody
        guard let fields = reader.mapping(root, allowed: InputKeys.document,
                                          required: ["type", "issuer", "symbol", "place", "date"] + (bodyRequired ? ["body"] : []),
                                          what: "the document") else { return nil }
        let blocks = BlockDecoder(reader: reader)
        let typeText = fields["type"].flatMap { reader.string($0, what: "type", path: "type") }
        let type = typeText ?? ""
        let issuer = fields["issuer"].flatMap(issuer) ?? Issuer(parent: [], name: [])
        let number = fields["number"].flatMap { self.number($0) }
        let symbol = fields["symbol"].flatMap { reader.string($0, what: "symbol", path: "symbol") } ?? ""
        let place = fields["place"].flatMap { reader.string($0, what: "place", path: "place") } ?? ""
        let date = fields["date"].flatMap { self.date($0) } ?? DocumentDate(day: nil, month: nil, year: nil)
        let summary = fields["summary"].flatMap { reader.string($0, what: "summary", path: "summary") }.map(InlineMarkup.parse)
        let form = Forms.form(for: type)
        let authority = fields["authority"].flatMap { reader.lines($0, what: "authority", path: "authority") } ?? []
        let bases = fields["bases"].flatMap { reader.lines($0, what: "bases", path: "bases") }?.map(InlineMarkup.parse) ?? []
        let proposal = fields["proposal"].flatMap { reader.string($0, what: "proposal", path: "proposal") }
            .map(InlineMarkup.parse)
        let details = fields["details"].map { DetailsDecoder(reader: reader).details($0, form: form) } ?? [:]
        let preamble = fields["preamble"].map { blocks.blocks($0, what: "preamble", path: "preamble") } ?? []
        let body = fields["body"].map { blocks.blocks($0, what: "body", path: "body") } ?? []
        let note = fields["note"].flatMap { reader.string($0, what: "note", path: "note") }.map(InlineMarkup.parse)
        let addressees = fields["addressees"].flatMap { reader.lines($0, what: "addressees", path: "addressees") }?
            .map(InlineMarkup.parse) ?? []
        let recipients = fields["recipients"].map { self.recipients($0) } ?? []
        let signers = SignerDecoder(reader: reader).signers(one: fields["signer"], many: fields["signers"])
        let metadata = fields["pdf"].flatMap(metadata) ?? Metadata()
        let marks = fields["marks"].map { MarksDecoder(reader: reader).marks($0) } ?? Marks()
        let copy = fields["copy"].flatMap { CopyDecoder(reader: reader, document: self).copy($0) }
        if let commentNode = fields["comment"] { _ = reader.string(commentNode, what: "comment") }
        // `$schema` names the JSON Schema for editors (Examples/vanban.schema.json); never printed.
        if let schemaNode = fields["$schema"] { _ = reader.string(schemaNode, what: "$schema") }

        if let typeNode = fields["type"], typeText?.isEmpty == true {
            reader.error("type must not be empty", at: typeNode, hint: "write the document type, e.g. Kế hoạch")
        }
        if let bodyNode = fields["body"], body.isEmpty, form.requiresBody, !reader.hasErrors {
            reader.error("the body is empty", at: bodyNode, hint: "write the document's content under `body: |`")
        }
        let appendices = fields["appendices"].map { AppendixDecoder(reader: reader).appendices($0) } ?? []
        let attachment = fields["attachment"].flatMap { AppendixDecoder(reader: reader).attachment($0) }
        return Document(
            type: type, issuer: issuer, number: number, symbol: symbol, place: place, date: date,
            summary: summary, bases: bases, preamble: preamble, body: body, note: note,
            recipients: recipients, signer: nil, appendices: appendices, metadata: metadata, addressees: addressees,
            signers: signers, authority: authority, proposal: proposal, details: details, attachment: attachment,
            marks: marks, copy: copy)
    }

    /// The `type` value as written, before decoding, to know the form's required keys.
    private static func typeWritten(in root: Node) -> String? {
        guard case let .mapping(mapping) = root else { return nil }
        return mapping.first { $0.key.scalar?.string == "type" }?.value.scalar?.string
    }

    private func issuer(_ node: Node) -> Issuer? {
        if case .scalar = node {
            return reader.lines(node, what: "issuer", path: "issuer.name").map { Issuer(parent: [], name: $0) }
        }
        guard let fields = reader.mapping(node, allowed: InputKeys.issuer, required: ["name"], what: "issuer") else {
            return nil
        }
        return Issuer(
            parent: fields["parent"].flatMap { reader.lines($0, what: "issuer.parent", path: "issuer.parent") } ?? [],
            name: fields["name"].flatMap { reader.lines($0, what: "issuer.name", path: "issuer.name") } ?? [])
    }

    /// Số: a bare integer below 10 gets the decree's leading zero; text is kept as written.
    /// `path` names it in the source map ("copy.number" for a copy's).
    func number(_ node: Node, path: String = "number") -> String? {
        guard let text = reader.string(node, what: path, path: path) else { return nil }
        if text.trimmingHorizontalSpace.isEmpty { return nil }
        switch reader.wholeNumber(node, text: text, what: "number", range: 1...999_999) {
        case let .value(value): return value < 10 ? "0\(value)" : String(value)
        case .text: return text
        case .invalid: return nil
        }
    }

    func date(_ node: Node, path: String = "date") -> DocumentDate? {
        if case .scalar = node {
            guard let text = reader.string(node, what: path, path: path) else { return nil }
            guard let date = DateText.parse(text) else {
                reader.error("\(path) must be YYYY-MM-DD, DD/MM/YYYY or {day, month, year}, not '\(text)'", at: node,
                             hint: "e.g. 2024-09-20 or 20/09/2024, or { day: \"\", month: 9, year: 2024 } to leave the day blank")
                return nil
            }
            return DocumentDate(day: DateParts.day(date.day), month: DateParts.month(date.month), year: String(date.year))
        }
        reader.record(reader.span(node), path: path)
        guard let fields = reader.mapping(node, allowed: InputKeys.date, what: path) else { return nil }
        return DocumentDate(
            day: fields["day"].flatMap { part($0, what: "day", of: path, range: 1...31, format: DateParts.day) },
            month: fields["month"].flatMap { part($0, what: "month", of: path, range: 1...12, format: DateParts.month) },
            year: fields["year"].flatMap { part($0, what: "year", of: path, range: 1900...2999, format: String.init) })
    }

    private func part(_ node: Node, what: String, of date: String, range: ClosedRange<Int>,
                      format: (Int) -> String) -> String? {
        guard let text = reader.string(node, what: what, path: "\(date).\(what)") else { return nil }
        if text.trimmingHorizontalSpace.isEmpty { return nil }
        switch reader.wholeNumber(node, text: text, what: what, range: range) {
        case let .value(value): return format(value)
        case .text: return text
        case .invalid: return nil
        }
    }

    func recipients(_ node: Node, path prefix: String = "recipients") -> [RecipientGroup] {
        guard let items = reader.sequence(node, what: prefix) else { return [] }
        var groups: [RecipientGroup] = []
        var loose: [StyledText] = []
        for item in items {
            if case .mapping = item {
                if !loose.isEmpty { groups.append(RecipientGroup(heading: nil, items: loose)); loose = [] }
                let path = "\(prefix)[\(groups.count)]"
                if let text = reader.unquotedColonText(item), case let .mapping(pair) = item,
                   let key = pair.keys.first?.scalar?.string, !InputKeys.recipientGroup.contains(key) {
                    reader.error("'\(text)' was read as the key '\(key)', not as a recipient", at: item, hint: NodeReader.quoteHint(text))
                    continue
                }
                guard let fields = reader.mapping(item, allowed: InputKeys.recipientGroup, required: ["items"],
                                                  what: "a recipient group") else { continue }
                let heading = fields["group"].flatMap { reader.string($0, what: "group", path: "\(path).group") }
                    .map(InlineMarkup.parse)
                let lines = fields["items"].flatMap { reader.lines($0, what: "items", path: path) } ?? []
                groups.append(RecipientGroup(heading: heading, items: lines.map(InlineMarkup.parse)))
            } else if let text = reader.string(item, what: "a recipient", path: "\(prefix)[\(groups.count)][\(loose.count)]") {
                loose.append(InlineMarkup.parse(text))
            }
        }
        if !loose.isEmpty { groups.append(RecipientGroup(heading: nil, items: loose)) }
        return groups
    }

    private func metadata(_ node: Node) -> Metadata? {
        guard let fields = reader.mapping(node, allowed: InputKeys.pdf, what: "pdf") else { return nil }
        var metadata = Metadata()
        if let createdNode = fields["created"], let created = reader.string(createdNode, what: "pdf.created") {
            if ISODateTime.isValid(created) {
                metadata.created = created
            } else {
                reader.error("pdf.created must be an ISO 8601 date-time, not '\(created)'", at: createdNode,
                             hint: "e.g. 2024-09-20T08:00:00+07:00")
            }
        }
        metadata.author = fields["author"].flatMap { reader.string($0, what: "pdf.author") }
        metadata.keywords = fields["keywords"].flatMap { reader.string($0, what: "pdf.keywords") }
        return metadata
    }
}

/// The decree's zero-padding: day < 10 always, months only 1 and 2 (nd30.md §2).
enum DateParts {
    static func day(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
    static func month(_ value: Int) -> String { value <= 2 ? "0\(value)" : String(value) }
}
