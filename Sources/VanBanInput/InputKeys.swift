import VanBanModel

/// Every key the document decoders accept, per kind of mapping: the one list the decoders read
/// and `Examples/vanban.schema.json` is tested against (docs/input-format.md, "Editor support").
public enum InputKeys {
    public static let document = [
        "type", "issuer", "number", "symbol", "place", "date", "summary", "bases", "preamble", "body", "note",
        "addressees", "recipients", "signer", "appendices", "pdf", "comment", "$schema",
        "authority", "proposal", "details", "signers", "attachment", "marks", "copy",
    ]
    public static let issuer = ["parent", "name"]
    public static let date = ["day", "month", "year"]
    public static let recipientGroup = ["group", "items"]
    public static let signer = ["authority", "title", "name"]
    /// Every slot of every form's fixed lines; each form accepts its own (`Form.detailKeys`).
    public static let details: [String] = {
        var keys: [String] = []
        for key in Forms.all.flatMap(\.detailKeys) where !keys.contains(key) { keys.append(key) }
        return keys
    }()
    public static let pdf = ["created", "author", "keywords"]
    public static let attachment = ["type", "summary", "reference", "body"]
    public static let marks = ["secrecy", "urgency", "circulation", "typist", "copies", "footer"]
    public static let copy = ["kind", "issuer", "number", "symbol", "place", "date", "recipients", "signer"]
    public static let appendix = ["label", "title", "subtitle", "reference", "body", "orientation"]
    public static let paragraph = ["paragraph", "align", "indent"]
    public static let tableBlock = ["table"]
    public static let programmeBlock = ["programme"]
    public static let blankLines = ["lines", "name"]
    public static let table = ["columns", "header", "rows", "repeat", "orientation"]
    public static let column = ["head", "width", "align", "fill"]
    public static let row = ["cells", "bold"]
    public static let cell = ["text", "span", "rowspan", "align", "bold", "fill"]
    public static let programme = ["title", "time", "place", "items", "heads"]

    /// Each list by the name of the mapping it belongs to.
    public static let all: [String: [String]] = [
        "document": document, "issuer": issuer, "date": date, "recipientGroup": recipientGroup, "signer": signer,
        "details": details, "attachment": attachment, "marks": marks, "copy": copy,
        "pdf": pdf, "appendix": appendix, "paragraph": paragraph, "tableBlock": tableBlock,
        "programmeBlock": programmeBlock, "blankLines": blankLines, "table": table, "column": column, "row": row,
        "cell": cell, "programme": programme,
    ]
}
