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

    public init(width: Double, height: Double, items: [FrameItem], section: Int, printedNumber: Int?) {
        self.width = width
        self.height = height
        self.items = items
        self.section = section
        self.printedNumber = printedNumber
    }
}

/// One thing on a page. `part` says what it is, so tests and tools can find "the motto rule".
public struct FrameItem {
    public enum Content {
        /// Line `line` of a shaped text, starting at `x`, on `baseline`.
        case text(ShapedText, line: Int)
        /// A solid rule from (x, y) to (x2, y2).
        case rule(x2: Double, y2: Double, thickness: Double)
    }

    public var part: FramePart
    public var content: Content
    public var x: Double
    /// The baseline of a text line, or the start point of a rule.
    public var y: Double

    public init(part: FramePart, content: Content, x: Double, y: Double) {
        self.part = part
        self.content = content
        self.x = x
        self.y = y
    }

    /// The horizontal extent of the item in points.
    public var width: Double {
        switch content {
        case let .text(text, line): return text.lines[line].width
        case let .rule(x2, _, _): return x2 - x
        }
    }

    /// The characters of a text line (empty for rules).
    public var text: String {
        guard case let .text(shaped, line) = content else { return "" }
        return shaped.text(ofLine: line)
    }

    func offset(by dy: Double) -> FrameItem {
        var moved = self
        moved.y += dy
        if case let .rule(x2, y2, thickness) = content { moved.content = .rule(x2: x2, y2: y2 + dy, thickness: thickness) }
        return moved
    }
}

/// What a frame item is, in the decree's terms.
public enum FramePart: String, Sendable, Hashable {
    case parent, issuer, issuerRule, nationalTitle, motto, mottoRule, number, date, letterSummary
    case type, summary, summaryRule, basis, body, heading, note
    case recipientsHeading, recipientGroup, recipient, signerTitle, signerName
    case pageNumber, appendixLabel, appendixTitle, appendixSubtitle, appendixReference, appendixRule
    case tableText, tableBorder
}
