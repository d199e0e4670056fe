import VanBanModel
import VanBanText

/// Composes a document into pages: collects the flow of pieces (header, title, căn cứ, body,
/// closing block, then each appendix on new pages), paginates it, and finally paints page
/// numbers, which are known only once pagination is done.
public struct DocumentComposer {
    public let context: TextContext
    public let spec: LayoutSpec

    public init(context: TextContext, spec: LayoutSpec) {
        self.context = context
        self.spec = spec
    }

    public func compose(_ document: Document) -> [PageFrame] {
        let setter = Typesetter(context: context, spec: spec)
        let body = BodyComposer(setter: setter, section: 0)
        var pieces = HeaderComposer(setter: setter).pieces(for: document)
        pieces += body.basisPieces(document.bases)
        pieces += body.pieces(for: document.preamble)
        pieces += body.pieces(for: document.body)
        pieces += ClosingComposer(setter: setter).pieces(for: document)
        for (index, appendix) in document.appendices.enumerated() {
            pieces += AppendixComposer(setter: setter).pieces(for: appendix, of: document, section: index + 1)
        }

        let paginator = Paginator(textTop: spec.page.top.points, textHeight: spec.page.textHeight.points)
        var pages: [PageFrame] = []
        var numberInSection = 0
        var previousSection = -1
        for page in paginator.paginate(pieces) {
            numberInSection = page.section == previousSection ? numberInSection + 1 : 1
            previousSection = page.section
            var frame = PageFrame(width: spec.page.width.points, height: spec.page.height.points, items: page.items,
                                  section: page.section, printedNumber: numberInSection > 1 ? numberInSection : nil,
                                  label: pageLabel(section: page.section, number: numberInSection, document: document))
            if let number = frame.printedNumber { frame.items.append(pageNumber(number, setter: setter)) }
            if page.section > 0, numberInSection == 1 { frame.items.append(appendixSignature(document)) }
            pages.append(frame)
        }
        Outline.assignLevels(&pages)
        return pages
    }

    /// "3" in the main text; "I-2" on the second page of Phụ lục I ("PL-2" for an unlabelled one).
    private func pageLabel(section: Int, number: Int, document: Document) -> String {
        guard section > 0 else { return String(number) }
        let label = document.appendices[section - 1].label ?? ""
        let numeral = label.split(separator: " ").last.map(String.init) ?? ""
        let prefix = RomanNumeral.value(of: numeral) != nil || Int(numeral) != nil ? numeral : "PL"
        return "\(prefix)-\(number)"
    }

    /// Where the organisation signs an appendix issued in a file of its own: the top right corner
    /// of its first page, inside the top margin, right-aligned with the text (nd30.md §7).
    private func appendixSignature(_ document: Document) -> FrameItem {
        let width = spec.signing.appendixSignatureWidth.points, height = spec.signing.appendixSignatureHeight.points
        let right = spec.page.width.points - spec.page.right.points
        let top = max(0, spec.page.top.points - height)
        return FrameItem(part: .appendixSignature,
                         content: .region(width: width, height: height, label: Wording(spec: spec).numberLine(document)),
                         x: right - width, y: top)
    }

    /// Arabic, upright, centred over the text width inside the top margin (nd30.md §1).
    private func pageNumber(_ number: Int, setter: Typesetter) -> FrameItem {
        let shaped = setter.shape(setter.runs(String(number), .pageNumber), .pageNumber, width: setter.textWidth,
                                  alignment: .center)
        return FrameItem(part: .pageNumber, content: .text(shaped, line: 0), x: setter.textLeft + shaped.lines[0].x,
                         y: spec.pageNumber.baseline.points)
    }
}
