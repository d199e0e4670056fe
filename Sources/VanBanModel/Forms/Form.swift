/// A model form of Phụ lục III: the boxes it prints in reading order, and the few rules that
/// differ from form to form. The table of forms is `Forms.all`; composers, `vanban check` and
/// `vanban new` all read it, so a form's layout, its checks and its starting document cannot drift.
public struct Form: Sendable, Hashable {
    /// The tên loại as the decree writes it, in sentence case ("Quyết định").
    public let type: String
    /// The mẫu's number in Phụ lục III ("1.2").
    public let model: String
    /// The type's abbreviation in the ký hiệu (Phụ lục III, table I); nil for a công văn, whose
    /// ký hiệu is the issuer's and the drafting unit's.
    public let symbolCode: String?
    public let boxes: [Box]
    /// "QUYẾT ĐỊNH:" or "QUYẾT NGHỊ:" before the articles.
    public let leadIn: String?
    public let numbering: BodyNumbering
    public let signers: SignerLayout
    /// Whether the header prints the place and date (a biên bản's does not).
    public let datedHeader: Bool
    /// Whether the title block carries a trích yếu (giấy giới thiệu and giấy nghỉ phép have none).
    public let hasSummary: Bool
    /// The fixed lines of the `details` box, then of the `closingDetails` box.
    public let details: [DetailLine]
    public let closingDetails: [DetailLine]
    /// Whether the content (ô 6) must be written: forms made of fixed lines may have none.
    public let requiresBody: Bool

    public init(type: String, model: String, symbolCode: String?, boxes: [Box], leadIn: String? = nil,
                numbering: BodyNumbering = .sections, signers: SignerLayout = .single, datedHeader: Bool = true,
                hasSummary: Bool = true, details: [DetailLine] = [], closingDetails: [DetailLine] = [],
                requiresBody: Bool = true) {
        self.type = type
        self.model = model
        self.symbolCode = symbolCode
        self.boxes = boxes
        self.leadIn = leadIn
        self.numbering = numbering
        self.signers = signers
        self.datedHeader = datedHeader
        self.hasSummary = hasSummary
        self.details = details
        self.closingDetails = closingDetails
        self.requiresBody = requiresBody
    }

    public func has(_ box: Box) -> Bool { boxes.contains(box) }

    /// Every key the form's fixed lines read from `details`, in the order they are printed.
    public var detailKeys: [String] {
        var keys: [String] = []
        for key in (details + closingDetails).flatMap(\.keys) where !keys.contains(key) { keys.append(key) }
        return keys
    }
}

/// One fixed line of a form, written with `{key}` slots that the document's `details` fill:
/// "Thời gian: {time}". A slot the document leaves out prints as a fill-in blank ("……").
/// `{issuer}` is the issuing body as it reads in a sentence; `{key=default}` has a default.
public struct DetailLine: Sendable, Hashable {
    public enum Alignment: String, Sendable, Hashable { case justify, center }

    public let template: String
    public let alignment: Alignment

    public init(_ template: String, alignment: Alignment = .justify) {
        self.template = template
        self.alignment = alignment
    }

    /// A piece of a template: words as written, or a slot with its key and default.
    public enum Part: Sendable, Hashable {
        case text(String)
        case slot(key: String, defaultValue: String?)
    }

    /// The template cut into its words and slots, in order.
    public var parts: [Part] {
        var parts: [Part] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
            let inside = rest[rest.index(after: open)..<close].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            parts.append(.slot(key: String(inside[0]), defaultValue: inside.count > 1 ? String(inside[1]) : nil))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        return parts
    }

    /// The slots of the template, in order, with their defaults.
    public var slots: [(key: String, defaultValue: String?)] {
        parts.compactMap { part in
            guard case let .slot(key, defaultValue) = part else { return nil }
            return (key, defaultValue)
        }
    }

    /// The keys a document may give (every slot but `{issuer}`).
    public var keys: [String] { slots.map(\.key).filter { $0 != DetailLine.issuerSlot } }

    public static let issuerSlot = "issuer"
}
