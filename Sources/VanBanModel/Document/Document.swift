/// Văn bản: one administrative document, as plain values.
///
/// The model knows nothing of fonts or pages; layout decides how each part is printed.
public struct Document: Sendable, Hashable {
    /// Tên loại, as the user wrote it ("Kế hoạch"); printed in capitals.
    public var type: String
    public var issuer: Issuer
    /// Số; `nil` leaves the slot blank for the clerk to stamp at issuance.
    public var number: String?
    /// Ký hiệu, e.g. "KH-UBND".
    public var symbol: String
    /// Địa danh.
    public var place: String
    public var date: DocumentDate
    /// Trích yếu.
    public var summary: StyledText?
    /// Thẩm quyền ban hành: the enacting authority's line(s) of a nghị quyết or quyết định
    /// ("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO"); a công điện's sender ("… điện:").
    public var authority: [String]
    /// Căn cứ: legal bases, one per line.
    public var bases: [StyledText]
    /// "Theo đề nghị của …": the last line of the căn cứ of a quyết định.
    public var proposal: StyledText?
    /// The values of the form's fixed lines, by slot ("time" of "Thời gian: {time}").
    public var details: [String: StyledText]
    public var preamble: [Block]
    public var body: [Block]
    /// A centred note before the closing block, e.g. "(Kế hoạch này thay cho giấy mời)".
    public var note: StyledText?
    /// Kính gửi: whom a công văn (or a report sent upward) is addressed to, one per line.
    public var addressees: [StyledText]
    /// Nơi nhận.
    public var recipients: [RecipientGroup]
    /// Người ký: one on the right, or two side by side (a biên bản's secretary and chair, a joint
    /// document's heads), the first on the left.
    public var signers: [Signer]
    public var appendices: [Appendix]
    /// The quy chế or quy định a quyết định issues (Mẫu 1.3), printed after the appendices.
    public var attachment: AttachedText?
    public var metadata: Metadata
    /// The optional marks of Phụ lục I: stamps, circulation, typist, footer.
    public var marks: Marks
    /// A paper copy's block (Mẫu 3.1) after the copied document; nil for the original.
    public var copy: PaperCopy?

    public init(
        type: String, issuer: Issuer, number: String?, symbol: String, place: String, date: DocumentDate,
        summary: StyledText?, bases: [StyledText], preamble: [Block], body: [Block], note: StyledText?,
        recipients: [RecipientGroup], signer: Signer?, appendices: [Appendix], metadata: Metadata,
        addressees: [StyledText] = [], signers: [Signer]? = nil, authority: [String] = [],
        proposal: StyledText? = nil, details: [String: StyledText] = [:], attachment: AttachedText? = nil,
        marks: Marks = Marks(), copy: PaperCopy? = nil
    ) {
        self.type = type
        self.issuer = issuer
        self.number = number
        self.symbol = symbol
        self.place = place
        self.date = date
        self.summary = summary
        self.bases = bases
        self.preamble = preamble
        self.body = body
        self.note = note
        self.recipients = recipients
        self.addressees = addressees
        self.signers = signers ?? (signer.map { [$0] } ?? [])
        self.authority = authority
        self.proposal = proposal
        self.details = details
        self.attachment = attachment
        self.appendices = appendices
        self.metadata = metadata
        self.marks = marks
        self.copy = copy
    }

    /// The model form of the document's type (Phụ lục III).
    public var form: Form { Forms.form(for: type) }

    /// A công văn has no tên loại line: its summary is printed as "V/v …" under the number.
    public var isOfficialLetter: Bool { Forms.normalised(type) == Forms.normalised(Forms.officialLetter.type) }

    /// The signer who signs for the body, on the right; nil when nobody signs.
    public var signer: Signer? {
        get { signers.last }
        set { signers = newValue.map { [$0] } ?? [] }
    }
}

/// Tên cơ quan: the issuing body and, optionally, the body it reports to.
public struct Issuer: Sendable, Hashable {
    /// Cơ quan chủ quản trực tiếp, printed regular.
    public var parent: [String]
    /// Cơ quan ban hành, printed bold, possibly on several lines.
    public var name: [String]

    public init(parent: [String], name: [String]) {
        self.parent = parent
        self.name = name
    }
}

/// Ngày tháng năm; each part may be blank in a draft.
public struct DocumentDate: Sendable, Hashable {
    public var day: String?
    public var month: String?
    public var year: String?

    public init(day: String?, month: String?, year: String?) {
        self.day = day
        self.month = month
        self.year = year
    }
}

/// Nơi nhận: recipients, optionally in groups such as "Gửi bản điện tử:".
public struct RecipientGroup: Sendable, Hashable {
    public var heading: StyledText?
    public var items: [StyledText]

    public init(heading: StyledText?, items: [StyledText]) {
        self.heading = heading
        self.items = items
    }
}

/// Người ký: quyền hạn ("TM. ỦY BAN NHÂN DÂN"), chức vụ lines and họ tên.
public struct Signer: Sendable, Hashable {
    public var authority: String?
    public var title: [String]
    public var name: String

    public init(authority: String?, title: [String], name: String) {
        self.authority = authority
        self.title = title
        self.name = name
    }

    /// The capitalised lines above the signature space.
    public var titleLines: [String] { (authority.map { [$0] } ?? []) + title }
}

/// Phụ lục: printed on new pages with its own page numbering.
public struct Appendix: Sendable, Hashable {
    /// "Phụ lục I"; nil when the label is hidden.
    public var label: String?
    public var title: [String]
    public var subtitle: [StyledText]
    public var reference: Reference
    public var body: [Block]
    public var orientation: Orientation

    /// The page orientation of the appendix's own pages (nd30.md §6: a wide table may use landscape).
    public enum Orientation: String, Sendable, Hashable, CaseIterable {
        /// Landscape when a table's fixed and fitted columns are wider than the portrait text width.
        case auto, portrait, landscape
    }

    /// The italic "(Kèm theo …)" line under the title.
    public enum Reference: Sendable, Hashable {
        /// Built from the document's type, number and date, blanks left open for the clerk.
        case automatic
        case text(String)
        case hidden
    }

    /// The number of a numbered label: "I" of "Phụ lục I", "2" of "Phụ lục 2"; nil for "Phụ lục"
    /// alone or no label. Page labels and separately issued files are named after it.
    public var numeral: String? {
        guard let last = label?.split(separator: " ").last.map(String.init),
              RomanNumeral.value(of: last) != nil || Int(last) != nil else { return nil }
        return last
    }

    public init(label: String?, title: [String], subtitle: [StyledText], reference: Reference, body: [Block],
                orientation: Orientation = .auto) {
        self.label = label
        self.title = title
        self.subtitle = subtitle
        self.reference = reference
        self.body = body
        self.orientation = orientation
    }
}

/// What goes into the PDF's document information, never the clock.
public struct Metadata: Sendable, Hashable {
    /// ISO 8601 date-time, e.g. "2024-09-20T08:00:00+07:00".
    public var created: String?
    public var author: String?
    public var keywords: String?

    public init(created: String? = nil, author: String? = nil, keywords: String? = nil) {
        self.created = created
        self.author = author
        self.keywords = keywords
    }
}
