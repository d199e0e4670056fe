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
                                          what: Phrase(en: "the document", vi: "văn bản")) else { return nil }
        let blocks = BlockDecoder(reader: reader)
        let typeText = fields["type"].flatMap { reader.string($0, what: .key("type"), path: "type") }
        let type = typeText ?? ""
        let issuer = fields["issuer"].flatMap(issuer) ?? Issuer(parent: [], name: [])
        let number = fields["number"].flatMap { self.number($0) }
        let symbol = fields["symbol"].flatMap { reader.string($0, what: .key("symbol"), path: "symbol") } ?? ""
        let place = fields["place"].flatMap { reader.string($0, what: .key("place"), path: "place") } ?? ""
        let date = fields["date"].flatMap { self.date($0) } ?? DocumentDate(day: nil, month: nil, year: nil)
        let summary = fields["summary"].flatMap { reader.string($0, what: .key("summary"), path: "summary") }.map(InlineMarkup.parse)
        let form = Forms.form(for: type)
        let authority = fields["authority"].flatMap { reader.lines($0, what: .key("authority"), path: "authority") } ?? []
        let bases = fields["bases"].flatMap { reader.lines($0, what: .key("bases"), path: "bases") }?.map(InlineMarkup.parse) ?? []
        let proposal = fields["proposal"].flatMap { reader.string($0, what: .key("proposal"), path: "proposal") }
            .map(InlineMarkup.parse)
        let details = fields["details"].map { DetailsDecoder(reader: reader).details($0, form: form) } ?? [:]
        let preamble = fields["preamble"].map { blocks.blocks($0, key: "preamble", path: "preamble") } ?? []
        let body = fields["body"].map { blocks.blocks($0, key: "body", path: "body") } ?? []
        let note = fields["note"].flatMap { reader.string($0, what: .key("note"), path: "note") }.map(InlineMarkup.parse)
        let addressees = fields["addressees"].flatMap { reader.lines($0, what: .key("addressees"), path: "addressees") }?
            .map(InlineMarkup.parse) ?? []
        let recipients = fields["recipients"].map { self.recipients($0) } ?? []
        let signers = SignerDecoder(reader: reader).signers(one: fields["signer"], many: fields["signers"])
        let metadata = fields["pdf"].flatMap(metadata) ?? Metadata()
        let marks = fields["marks"].map { MarksDecoder(reader: reader).marks($0) } ?? Marks()
        let copy = fields["copy"].flatMap { CopyDecoder(reader: reader, document: self).copy($0) }
        if let commentNode = fields["comment"] { _ = reader.string(commentNode, what: .key("comment")) }
        // `$schema` names the JSON Schema for editors (Examples/vanban.schema.json); never printed.
        if let schemaNode = fields["$schema"] { _ = reader.string(schemaNode, what: .key("$schema")) }

        if let typeNode = fields["type"], typeText?.isEmpty == true {
            reader.error(Phrase(en: "type must not be empty", vi: "type không được để trống"), at: typeNode,
                         hint: Phrase(en: "write the document type, e.g. Kế hoạch", vi: "ghi tên loại văn bản, ví dụ Kế hoạch"))
        }
        if let bodyNode = fields["body"], body.isEmpty, form.requiresBody, !reader.hasErrors {
            reader.error(Phrase(en: "the body is empty", vi: "phần nội dung (`body`) trống"), at: bodyNode,
                         hint: Phrase(en: "write the document's content under `body: |`", vi: "viết nội dung văn bản dưới `body: |`"))
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
            return reader.lines(node, what: .key("issuer"), path: "issuer.name").map { Issuer(parent: [], name: $0) }
        }
        guard let fields = reader.mapping(node, allowed: InputKeys.issuer, required: ["name"], what: .key("issuer")) else {
            return nil
        }
        return Issuer(
            parent: fields["parent"].flatMap { reader.lines($0, what: .key("issuer.parent"), path: "issuer.parent") } ?? [],
            name: fields["name"].flatMap { reader.lines($0, what: .key("issuer.name"), path: "issuer.name") } ?? [])
    }

    /// Số: a bare integer below 10 gets the decree's leading zero; text is kept as written.
    /// `path` names it in the source map ("copy.number" for a copy's).
    func number(_ node: Node, path: String = "number") -> String? {
        guard let text = reader.string(node, what: .key(path), path: path) else { return nil }
        if text.trimmingHorizontalSpace.isEmpty { return nil }
        switch reader.wholeNumber(node, text: text, what: .key("number"), range: 1...999_999) {
        case let .value(value): return value < 10 ? "0\(value)" : String(value)
        case .text: return text
        case .invalid: return nil
        }
    }

    func date(_ node: Node, path: String = "date") -> DocumentDate? {
        if case .scalar = node {
            guard let text = reader.string(node, what: .key(path), path: path) else { return nil }
            guard let date = DateText.parse(text) else {
                reader.error(Phrase(en: "\(path) must be YYYY-MM-DD, DD/MM/YYYY or {day, month, year}, not '\(text)'",
                                    vi: "\(path) phải viết theo dạng YYYY-MM-DD, DD/MM/YYYY hoặc {day, month, year}, không phải '\(text)'"),
                             at: node,
                             hint: Phrase(en: "e.g. 2024-09-20 or 20/09/2024, or { day: \"\", month: 9, year: 2024 } to leave the day blank",
                                          vi: "ví dụ 2024-09-20 hoặc 20/09/2024, hoặc { day: \"\", month: 9, year: 2024 } để trống ngày"))
                return nil
            }
            return DocumentDate(day: DateParts.day(date.day), month: DateParts.month(date.month), year: String(date.year))
        }
        reader.record(reader.span(node), path: path)
        guard let fields = reader.mapping(node, allowed: InputKeys.date, what: .key(path)) else { return nil }
        return DocumentDate(
            day: fields["day"].flatMap { part($0, key: "day", of: path, range: 1...31, format: DateParts.day) },
            month: fields["month"].flatMap { part($0, key: "month", of: path, range: 1...12, format: DateParts.month) },
            year: fields["year"].flatMap { part($0, key: "year", of: path, range: 1900...2999, format: String.init) })
    }

    private func part(_ node: Node, key: String, of date: String, range: ClosedRange<Int>,
                      format: (Int) -> String) -> String? {
        guard let text = reader.string(node, what: .key(key), path: "\(date).\(key)") else { return nil }
        if text.trimmingHorizontalSpace.isEmpty { return nil }
        switch reader.wholeNumber(node, text: text, what: .key(key), range: range) {
        case let .value(value): return format(value)
        case .text: return text
        case .invalid: return nil
        }
    }

    func recipients(_ node: Node, path prefix: String = "recipients") -> [RecipientGroup] {
        guard let items = reader.sequence(node, what: .key(prefix)) else { return [] }
        var groups: [RecipientGroup] = []
        var loose: [StyledText] = []
        for item in items {
            if case .mapping = item {
                if !loose.isEmpty { groups.append(RecipientGroup(heading: nil, items: loose)); loose = [] }
                let path = "\(prefix)[\(groups.count)]"
                if let text = reader.unquotedColonText(item), case let .mapping(pair) = item,
                   let key = pair.keys.first?.scalar?.string, !InputKeys.recipientGroup.contains(key) {
                    reader.error(Phrase(en: "'\(text)' was read as the key '\(key)', not as a recipient",
                                        vi: "'\(text)' bị đọc thành khóa '\(key)', không phải một nơi nhận"),
                                 at: item, hint: NodeReader.quoteHint(text))
                    continue
                }
                guard let fields = reader.mapping(item, allowed: InputKeys.recipientGroup, required: ["items"],
                                                  what: Phrase(en: "a recipient group", vi: "một nhóm nơi nhận")) else { continue }
                let heading = fields["group"].flatMap { reader.string($0, what: .key("group"), path: "\(path).group") }
                    .map(InlineMarkup.parse)
                let lines = fields["items"].flatMap { reader.lines($0, what: .key("items"), path: path) } ?? []
                groups.append(RecipientGroup(heading: heading, items: lines.map(InlineMarkup.parse)))
            } else if let text = reader.string(item, what: Phrase(en: "a recipient", vi: "một nơi nhận"), path: "\(prefix)[\(groups.count)][\(loose.count)]") {
                loose.append(InlineMarkup.parse(text))
            }
        }
        if !loose.isEmpty { groups.append(RecipientGroup(heading: nil, items: loose)) }
        return groups
    }

    private func metadata(_ node: Node) -> Metadata? {
        guard let fields = reader.mapping(node, allowed: InputKeys.pdf, what: .key("pdf")) else { return nil }
        var metadata = Metadata()
        if let createdNode = fields["created"], let created = reader.string(createdNode, what: .key("pdf.created")) {
            if ISODateTime.isValid(created) {
                metadata.created = created
            } else {
                reader.error(Phrase(en: "pdf.created must be an ISO 8601 date-time, not '\(created)'",
                                    vi: "pdf.created phải là ngày giờ theo ISO 8601, không phải '\(created)'"), at: createdNode,
                             hint: Phrase(en: "e.g. 2024-09-20T08:00:00+07:00", vi: "ví dụ 2024-09-20T08:00:00+07:00"))
            }
        }
        metadata.author = fields["author"].flatMap { reader.string($0, what: .key("pdf.author")) }
        metadata.keywords = fields["keywords"].flatMap { reader.string($0, what: .key("pdf.keywords")) }
        return metadata
    }
}

/// The decree's zero-padding: day < 10 always, months only 1 and 2 (nd30.md §2).
enum DateParts {
    static func day(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
    static func month(_ value: Int) -> String { value <= 2 ? "0\(value)" : String(value) }
}
