/// Every number of the page format, read from `Layouts/*.yaml` at run time so that an office can
/// audit it against the decree line by line, or copy and adjust it without touching Swift.
public struct LayoutSpec: Sendable, Hashable {
    public var name: String
    public var page: Page
    public var text: Text
    public var rules: Rules
    public var styles: [StyleRole: TextStyleSpec]
    public var header: Header
    public var title: Title
    public var closing: Closing
    public var pageNumber: PageNumber
    public var appendix: AppendixFormat
    public var table: TableFormat
    public var signing: Signing
    public var addressees: Addressees

    public init(name: String, page: Page, text: Text, rules: Rules, styles: [StyleRole: TextStyleSpec], header: Header,
                title: Title, closing: Closing, pageNumber: PageNumber, appendix: AppendixFormat, table: TableFormat,
                signing: Signing, addressees: Addressees) {
        self.name = name
        self.page = page
        self.text = text
        self.rules = rules
        self.styles = styles
        self.header = header
        self.title = title
        self.closing = closing
        self.pageNumber = pageNumber
        self.appendix = appendix
        self.table = table
        self.signing = signing
        self.addressees = addressees
    }

    public func style(_ role: StyleRole) -> TextStyleSpec {
        // The decoder requires every role, so a missing one is a programming error.
        styles[role] ?? TextStyleSpec(size: .pt(14))
    }

    public struct Page: Sendable, Hashable {
        public var width: Length, height: Length
        public var top: Length, bottom: Length, left: Length, right: Length
        public init(width: Length, height: Length, top: Length, bottom: Length, left: Length, right: Length) {
            (self.width, self.height, self.top, self.bottom, self.left, self.right) = (width, height, top, bottom, left, right)
        }
        public var textWidth: Length { width - left - right }
        public var textHeight: Length { height - top - bottom }
    }

    public struct Text: Sendable, Hashable {
        /// A "single" line as a multiple of the font size (Times New Roman: 1.15).
        public var singleLine: Double
        /// Line spacing as a multiple of single (the decree: 1 to 1.5).
        public var lineSpacing: Double
        /// Space before each paragraph (the decree: at least 6 pt).
        public var paragraphSpacing: Length
        public var firstLineIndent: Length
        public init(singleLine: Double, lineSpacing: Double, paragraphSpacing: Length, firstLineIndent: Length) {
            (self.singleLine, self.lineSpacing, self.paragraphSpacing, self.firstLineIndent) =
                (singleLine, lineSpacing, paragraphSpacing, firstLineIndent)
        }
    }

    public struct Rules: Sendable, Hashable {
        public var thickness: Length
        /// Distance from the font's descent line (of the text above) to the rule.
        public var gap: Length
        public init(thickness: Length, gap: Length) { (self.thickness, self.gap) = (thickness, gap) }
    }

    public struct Header: Sendable, Hashable {
        public var nationalTitle: String
        public var motto: String
        /// Width of the left column (issuer, number) and of the right one (quốc hiệu, date).
        public var leftColumn: Length, rightColumn: Length
        /// The issuer's rule as a share of its longest line (the decree: 1/3 to 1/2).
        public var issuerRuleRatio: Double
        /// Space between the column tops' last rule and the number/date row.
        public var numberRowGap: Length
        /// How many spaces stand for a blank number, day or month.
        public var blankSpaces: Int
        public init(nationalTitle: String, motto: String, leftColumn: Length, rightColumn: Length, issuerRuleRatio: Double,
                    numberRowGap: Length, blankSpaces: Int) {
            (self.nationalTitle, self.motto, self.leftColumn, self.rightColumn, self.issuerRuleRatio, self.numberRowGap,
             self.blankSpaces) = (nationalTitle, motto, leftColumn, rightColumn, issuerRuleRatio, numberRowGap, blankSpaces)
        }
    }

    public struct Title: Sendable, Hashable {
        public var gapBefore: Length
        /// The summary's rule as a share of its longest line.
        public var ruleRatio: Double
        public var gapAfter: Length
        public init(gapBefore: Length, ruleRatio: Double, gapAfter: Length) {
            (self.gapBefore, self.ruleRatio, self.gapAfter) = (gapBefore, ruleRatio, gapAfter)
        }
    }

    public struct Closing: Sendable, Hashable {
        public var gapBefore: Length
        public var recipientsColumn: Length, signerColumn: Length
        /// Room for the signature and seal between the title lines and the name.
        public var signatureSpace: Length
        public init(gapBefore: Length, recipientsColumn: Length, signerColumn: Length, signatureSpace: Length) {
            (self.gapBefore, self.recipientsColumn, self.signerColumn, self.signatureSpace) =
                (gapBefore, recipientsColumn, signerColumn, signatureSpace)
        }
    }

    /// Where the digital signatures go (nd30.md §7): the signer's field in the signature space,
    /// the seal overlapping its left third, and a separately issued appendix's field.
    public struct Signing: Sendable, Hashable {
        /// Width of the signer's field, centred under the title lines; its height is the signature space.
        public var signatureWidth: Length
        /// The seal's diameter when the input gives none (the field is a square around it).
        public var sealDiameter: Length
        /// The organisation's field at the top right of a separately issued appendix's first page.
        public var appendixSignatureWidth: Length, appendixSignatureHeight: Length
        public init(signatureWidth: Length, sealDiameter: Length, appendixSignatureWidth: Length, appendixSignatureHeight: Length) {
            (self.signatureWidth, self.sealDiameter, self.appendixSignatureWidth, self.appendixSignatureHeight) =
                (signatureWidth, sealDiameter, appendixSignatureWidth, appendixSignatureHeight)
        }
    }

    /// Kính gửi (nd30.md §2, ô 9a): where the block starts and how far below the header.
    public struct Addressees: Sendable, Hashable {
        /// From the left margin to "Kính gửi:"; the recipients' dashes start after its colon.
        public var indent: Length
        public var gapBefore: Length
        public init(indent: Length, gapBefore: Length) { (self.indent, self.gapBefore) = (indent, gapBefore) }
    }

    public struct PageNumber: Sendable, Hashable {
        /// The number's baseline, measured from the top edge of the page.
        public var baseline: Length
        public init(baseline: Length) { self.baseline = baseline }
    }

    public struct AppendixFormat: Sendable, Hashable {
        public var ruleRatio: Double
        public var gapAfter: Length
        public init(ruleRatio: Double, gapAfter: Length) { (self.ruleRatio, self.gapAfter) = (ruleRatio, gapAfter) }
    }

    public struct TableFormat: Sendable, Hashable {
        public var paddingX: Length, paddingY: Length
        public var borderWidth: Length
        public var gapBefore: Length
        /// The smallest size table text is set at when the columns' longest words do not fit the
        /// page at the table styles' sizes (after turning landscape, where allowed).
        public var minimumSize: Length
        /// The floor of a layout file that names none: the decree's tables are 12–13 pt, 10 pt still reads.
        public static let defaultMinimumSize = Length.pt(10)
        public init(paddingX: Length, paddingY: Length, borderWidth: Length, gapBefore: Length, minimumSize: Length) {
            (self.paddingX, self.paddingY, self.borderWidth, self.gapBefore, self.minimumSize) =
                (paddingX, paddingY, borderWidth, gapBefore, minimumSize)
        }
    }
}

/// What a piece of text is, for choosing its size and weight from the layout file.
public enum StyleRole: String, Sendable, Hashable, CaseIterable {
    case parent, issuer, nationalTitle, motto, number, date, type, summary, letterSummary
    case basis, body, heading, note
    case recipientsHeading, recipientGroup, recipient, signerTitle, signerName
    case pageNumber, appendixLabel, appendixTitle, appendixSubtitle, appendixReference
    case tableHeader, tableBody
    /// The optional marks: stamps and the circulation mark, the typist's line, the contact footer.
    case stamp, typist, footer
    /// A paper copy's "SAO Y", "SAO LỤC" or "TRÍCH SAO".
    case copyKind

    /// The decree's style for a role that layout files written before it existed leave out, so
    /// an office's copied layout keeps working; nil for the roles every layout file must give.
    public var defaultStyle: TextStyleSpec? {
        switch self {
        case .stamp: return TextStyleSpec(size: .pt(13), bold: true)      // Phụ lục I, table V: 13, bold
        case .typist: return TextStyleSpec(size: .pt(11))                 // box 12: 11, upright
        case .footer: return TextStyleSpec(size: .pt(11))                 // box 13: 11–12, upright
        case .copyKind: return TextStyleSpec(size: .pt(14), bold: true)   // Mẫu 3.1: 13–14, bold
        default: return nil
        }
    }
}

public struct TextStyleSpec: Sendable, Hashable {
    public var size: Length
    public var bold: Bool
    public var italic: Bool
    public init(size: Length, bold: Bool = false, italic: Bool = false) {
        (self.size, self.bold, self.italic) = (size, bold, italic)
    }
}
