import Foundation
import VanBanText

/// A finished page: its size and everything on it at absolute positions (points, origin at the
/// top-left corner). Renderers only walk these items.
public struct PageFrame {
    public var width: Double
    public var height: Double
    public var items: [FrameItem]
    /// Which part of the document the page belongs to: 0 the main text, 1… the appendices.
    public var section: Int
    /// The number printed in the top margin, nil where none is printed (first page of a section).
    public var printedNumber: Int?
    /// The page label a viewer shows ("3", or "I-2" in appendix I): follows the appendix numbering.
    public var label: String

    public init(width: Double, height: Double, items: [FrameItem], section: Int, printedNumber: Int?, label: String) {
        self.width = width
        self.height = height
        self.items = items
        self.section = section
        self.printedNumber = printedNumber
        self.label = label
    }
}

/// One thing on a page. `part` says what it is, so tests and tools can find "the motto rule".
public struct FrameItem {
    public enum Content {
        /// Line `line` of a shaped text, starting at `x`, on `baseline`.
        case text(ShapedText, line: Int)
        /// A solid rule from (x, y) to (x2, y2).
        case rule(x2: Double, y2: Double, thickness: Double)
        /// The border of a rectangle whose top-left corner is (x, y): a stamp's frame. The line is
        /// centred on the rectangle's edges, so the outer size is the size plus one thickness.
        case rectangle(width: Double, height: Double, thickness: Double)
        /// An invisible rectangle whose top-left corner is (x, y): where a signature, the seal or a
        /// clerk's stamp goes. `label` is the text it belongs to. Renderers draw nothing for it;
        /// the finisher turns it into a form field and `--anchors` reports it.
        case region(width: Double, height: Double, label: String)
        /// An entry of the PDF outline (bookmarks) pointing at y on this page; 1 is the top level.
        case bookmark(title: String, level: Int)
        /// A PNG image scaled into the rectangle whose top-left corner is (x, y).
        case image(png: Data, width: Double, height: Double)
        /// A blank to be filled in, its top-left corner at (x, y); nothing is drawn.
        case blank(FillBlank)
    }

    public var part: FramePart
    public var content: Content
    public var x: Double
    /// The baseline of a text line, the start point of a rule, or the top of a blank.
    public var y: Double
    /// The form field a region becomes, where layout names it: each of two signers' fields is
    /// named after the signer's role ("thu-ky", "chu-toa").
    public var fieldName: String?
    /// The colour text and lines are drawn in: black, or red for the decree's stamps.
    public var ink: Ink

    public init(part: FramePart, content: Content, x: Double, y: Double, fieldName: String? = nil, ink: Ink = .black) {
        self.part = part
        self.content = content
        self.x = x
        self.y = y
        self.fieldName = fieldName
        self.ink = ink
    }

    /// The horizontal extent of the item in points.
    public var width: Double {
        switch content {
        case let .text(text, line): return text.lines[line].width
        case let .rule(x2, _, _): return x2 - x
        case let .region(width, _, _), let .image(_, width, _), let .rectangle(width, _, _): return width
        case .bookmark: return 0
        case let .blank(blank): return blank.width
        }
    }

    /// Whether a renderer draws anything for it (regions, bookmarks and blanks are invisible).
    public var isVisible: Bool {
        switch content {
        case .text, .rule, .rectangle, .image: return true
        case .region, .bookmark, .blank: return false
        }
    }

    /// The characters of a text line (empty for rules).
    public var text: String {
        guard case let .text(shaped, line) = content else { return "" }
        return shaped.text(ofLine: line)
    }

    func offset(by dy: Double) -> FrameItem { offset(x: 0, y: dy) }

    func offset(x dx: Double, y dy: Double) -> FrameItem {
        var moved = self
        moved.x += dx
        moved.y += dy
        if case let .rule(x2, y2, thickness) = content { moved.content = .rule(x2: x2 + dx, y2: y2 + dy, thickness: thickness) }
        return moved
    }
}

/// What a frame item is, in the decree's terms.
public enum FramePart: String, Sendable, Hashable {
    case parent, issuer, issuerRule, nationalTitle, motto, mottoRule, number, date, letterSummary
    case type, summary, summaryRule, addressee, basis, body, heading, note
    /// The enacting authority's line(s), "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" and a công điện's "… điện:".
    case authority, leadIn, telegramSender
    case recipientsHeading, recipientGroup, recipient, signerTitle, signerName
    case pageNumber, appendixLabel, appendixTitle, appendixSubtitle, appendixReference, appendixRule
    case tableText, tableBorder
    /// A short line at a sheet's edge showing where to cut it (two-up printing).
    case cutMark
    /// The optional marks of Phụ lục I: a secrecy or urgency stamp's word and frame (ô 10a, 10b),
    /// the circulation mark's (ô 11), the typist's line (ô 12), the footer's rule and lines (ô 13).
    case stamp, stampFrame, circulation, circulationFrame, typist, footerRule, footer
    /// A paper copy's block (Mẫu 3.1): the rule above it, the copying body, its rule, its number,
    /// "SAO Y" and the copy's place and date. Its Nơi nhận and signer use the closing's parts.
    case copyRule, copyIssuer, copyIssuerRule, copyNumber, copyKind, copyDate
    /// Regions (invisible): the signer's signature, the seal, a separately issued appendix's
    /// signature, and the blank số and ngày slots the clerk stamps at issuance.
    case signerSignature, sealPosition, appendixSignature, numberSlot, dateSlot
    /// Preview images of the signature and the seal, for a printed copy (never with empty fields).
    case signaturePreview, sealPreview
    /// An outline entry (invisible).
    case outline
    /// Dots of a fill-in line, and the blank they mark.
    case leader, blank
}
