import VanBanModel
import VanBanText

/// Composes a document into pages: collects the flow of pieces (the boxes of the document's
/// model form, then each appendix on new pages), paginates it, and finally paints page 1's
/// marks and the page numbers, which are known only once pagination is done. An appendix with
/// a wide table gets landscape pages of its own; page numbers stay at the top centre of each
/// page as it is read.
public struct DocumentComposer {
    public let context: TextContext
    public let spec: LayoutSpec

    public init(context: TextContext, spec: LayoutSpec) {
        self.context = context
        self.spec = spec
    }

    public func compose(_ document: Document) -> [PageFrame] {
        let setter = Typesetter(context: context, spec: spec)
        var sections = [(setter: setter, pieces: FormComposer(setter: setter).pieces(for: document))]
        for (index, appendix) in document.appendices.enumerated() {
            let appendixSetter = appendixSetter(appendix, setter: setter)
            sections.append((appendixSetter, AppendixComposer(setter: appendixSetter)
                .pieces(for: appendix, of: document, section: index + 1)))
        }
        if let attachment = document.attachment {
            sections.append((setter, AttachedTextComposer(setter: setter)
                .pieces(for: attachment, of: document, section: document.appendices.count + 1)))
        }

        // Page 1's circulation mark and contact footer stand outside the flow; the footer's
        // height is kept free of text.
        let firstPage = FirstPageMarks(setter: setter).compose(document.marks)

        // Each section starts on a new page, so each is paginated on its own page size.
        var pages: [PageFrame] = []
        for (sectionSetter, pieces) in sections {
            let reserved = pages.isEmpty ? firstPage.reserved : 0
            for (index, placed) in SectionPages(setter: sectionSetter, reservedOnFirstPage: reserved).paginate(pieces).enumerated() {
                let numberInSection = index + 1, page = placed.setter.spec.page
                var frame = PageFrame(width: page.width.points, height: page.height.points, items: placed.items,
                                      section: placed.section, printedNumber: numberInSection > 1 ? numberInSection : nil,
                                      label: pageLabel(section: placed.section, number: numberInSection, document: document))
                if pages.isEmpty { frame.items += firstPage.items }
                if let number = frame.printedNumber { frame.items.append(pageNumber(number, setter: placed.setter)) }
                if placed.section > 0, numberInSection == 1 {
                    frame.items.append(appendixSignature(document, spec: sectionSetter.spec))
                }
                pages.append(frame)
            }
        }
        Outline.assignLevels(&pages)
        return pages
    }

    /// "3" in the main text; "I-2" on the second page of Phụ lục I ("PL-2" for an unlabelled one);
    /// "QC-2" on the second page of an attached quy chế.
    private func pageLabel(section: Int, number: Int, document: Document) -> String {
        guard section > 0 else { return String(number) }
        guard section <= document.appendices.count else {
            return "\(document.attachment.flatMap { Forms.form(for: $0.type).symbolCode } ?? "VB")-\(number)"
        }
        return "\(document.appendices[section - 1].numeral ?? "PL")-\(number)"
    }

    /// Where the organisation signs an appendix issued in a file of its own: the top right corner
    /// of its first page, inside the top margin, right-aligned with the text (nd30.md §7).
    private func appendixSignature(_ document: Document, spec: LayoutSpec) -> FrameItem {
        let width = spec.signing.appendixSignatureWidth.points, height = spec.signing.appendixSignatureHeight.points
        let right = spec.page.width.points - spec.page.right.points
        let top = max(0, spec.page.top.points - height)
        return FrameItem(part: .appendixSignature,
                         content: .region(width: width, height: height, label: Wording(spec: spec).numberLine(document)),
                         x: right - width, y: top)
    }

    /// The typesetter of an appendix's pages: the main one, or one for landscape pages.
    func appendixSetter(_ appendix: Appendix, setter: Typesetter) -> Typesetter {
        isLandscape(appendix, setter: setter) ? Typesetter(context: context, spec: spec.turnedLandscape) : setter
    }

    /// An appendix turns landscape when asked, or in `auto` when one of its tables asks for it or,
    /// in `auto` itself, needs more than the portrait text width for its columns' longest words.
    private func isLandscape(_ appendix: Appendix, setter: Typesetter) -> Bool {
        switch appendix.orientation {
        case .portrait: return false
        case .landscape: return true
        case .auto:
            let sizing = TableSizing(setter: setter, mayTurn: false)
            return appendix.body.contains { block in
                guard case let .table(table) = block else { return false }
                return table.orientation == .landscape || (table.orientation == .auto && !sizing.fitsAtFullSize(table))
            }
        }
    }

    /// Arabic, upright, centred over the text width inside the top margin (nd30.md §1).
    private func pageNumber(_ number: Int, setter: Typesetter) -> FrameItem {
        let shaped = setter.shape(setter.runs(String(number), .pageNumber), .pageNumber, width: setter.textWidth,
                                  alignment: .center)
        return FrameItem(part: .pageNumber, content: .text(shaped, line: 0), x: setter.textLeft + shaped.lines[0].x,
                         y: setter.spec.pageNumber.baseline.points)
    }
}

extension LayoutSpec {
    /// The same paper turned sideways; margins keep their meaning in the reading direction.
    var turnedLandscape: LayoutSpec {
        var turned = self
        if page.height.points > page.width.points { (turned.page.width, turned.page.height) = (page.height, page.width) }
        return turned
    }
}
