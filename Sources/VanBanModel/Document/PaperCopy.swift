/// A paper copy of the document (Mẫu 3.1): the copied document printed whole, then on the same
/// sheet a rule and the copy block with the copying body's own number, place, date, Nơi nhận and
/// signer.
public struct PaperCopy: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case exact = "sao y"
        case transcript = "sao lục"
        case extract = "trích sao"

        /// "SAO Y", printed in the right column of the copy block.
        public var title: String { rawValue.uppercased() }

        /// The ký hiệu's code (Phụ lục III, table I): SY, SL, TrS.
        public var symbolCode: String {
            switch self {
            case .exact: return "SY"
            case .transcript: return "SL"
            case .extract: return "TrS"
            }
        }
    }

    public var kind: Kind
    /// The copying body's name, one line each, printed in bold capitals.
    public var issuer: [String]
    /// Số; nil leaves it blank for the clerk.
    public var number: String?
    /// Ký hiệu, e.g. "SY-UBND".
    public var symbol: String
    public var place: String
    public var date: DocumentDate
    public var recipients: [RecipientGroup]
    public var signer: Signer?

    public init(kind: Kind, issuer: [String], number: String?, symbol: String, place: String, date: DocumentDate,
                recipients: [RecipientGroup], signer: Signer?) {
        self.kind = kind
        self.issuer = issuer
        self.number = number
        self.symbol = symbol
        self.place = place
        self.date = date
        self.recipients = recipients
        self.signer = signer
    }
}
