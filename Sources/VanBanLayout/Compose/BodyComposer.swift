import Foundation
import VanBanModel
import VanBanText

/// Body blocks (căn cứ, paragraphs, headings, tables) as flow pieces (nd30.md §3): justified
/// paragraphs with a first-line indent, headings in bold kept with what follows them.
struct BodyComposer {
    let setter: Typesetter
    let section: Int

    func pieces(for blocks: [Block]) -> [Piece] {
        var pieces: [Piece] = []
        var keepWithPrevious = false
        var previousBlock: Block?
        var previousText = ""
        let tables = TableSizing(setter: setter, mayTurn: section == 0)
        let settings = blocks.map { block -> TableSetting? in
            guard case let .table(table) = block else { return nil }
            return tables.setting(table).setting
        }
        let turned = Self.turnedBlocks(blocks, settings: settings)
        let turnedComposer = turned.contains(true)
            ? BodyComposer(setter: Typesetter(context: setter.context, spec: setter.spec.turnedLandscape), section: section) : self
        for (index, block) in blocks.enumerated() {
            let composer = turned[index] ? turnedComposer : self
            let fillIn = FillInComposer(setter: composer.setter, section: section)
            var blockPieces: [Piece]
            switch block {
            case let .paragraph(paragraph):
                blockPieces = composer.paragraphPieces(paragraph.text, role: .body, alignment: paragraph.alignment.textAlignment,
                                              indent: paragraph.firstLineIndent)
                if paragraph.leader { fillIn.addLeader(to: &blockPieces, paragraph: paragraph.text) }
                fillIn.addSlots(to: &blockPieces)
                previousText = paragraph.text.plain
            case let .heading(heading):
                blockPieces = composer.headingPieces(heading)
                if heading.kind == .divisionTitle, case let .heading(previous)? = previousBlock, previous.kind == .division {
                    // "Chương I" + its title line make one bookmark: "Chương I. QUY ĐỊNH CHUNG".
                    Self.extendLastBookmark(in: &pieces, with: heading.text.plain)
                } else if !blockPieces.isEmpty {
                    blockPieces[0].items.append(Outline.bookmark(heading.text.plain, rank: Outline.rank(of: heading.kind)))
                }
                previousText = heading.text.plain
            case let .table(table):
                let setting = settings[index] ?? tables.setting(table).setting
                blockPieces = TableComposer(setter: setting.setter, section: section).pieces(for: table, widths: setting.widths)
            case let .blankLines(lines):
                blockPieces = [fillIn.blankLines(lines, label: previousText)]
            }
            if keepWithPrevious, !blockPieces.isEmpty, blockPieces[0].breakBefore == .allowed {
                blockPieces[0].breakBefore = .avoid
            }
            if turned[index] { for piece in blockPieces.indices { blockPieces[piece].turned = true } }
            pieces += blockPieces
            keepWithPrevious = Self.introducesNext(block)
            previousBlock = block
        }
        return pieces
    }

    /// The blocks set on landscape pages: each table that turned, and the headings and lead-ins
    /// ending with a colon just before it, which stay on its page ("Bảng 1. Kết quả …:").
    private static func turnedBlocks(_ blocks: [Block], settings: [TableSetting?]) -> [Bool] {
        var turned = settings.map { $0?.turned ?? false }
        for index in blocks.indices.reversed().dropFirst() where !turned[index] {
            turned[index] = turned[index + 1] && introducesNext(blocks[index])
        }
        return turned
    }

    private static func extendLastBookmark(in pieces: inout [Piece], with title: String) {
        for pieceIndex in pieces.indices.reversed() {
            if let itemIndex = pieces[pieceIndex].items.lastIndex(where: { $0.part == .outline }),
               case let .bookmark(previous, rank) = pieces[pieceIndex].items[itemIndex].content {
                pieces[pieceIndex].items[itemIndex] = Outline.bookmark(previous + ". " + title, rank: rank)
                return
            }
        }
    }

    /// A heading, or a lead-in that ends with a colon ("4.4. Thành phần tham dự:", "- Cấp huyện:"),
    /// stays on the page of the first lines of what follows it.
    static func introducesNext(_ block: Block) -> Bool {
        switch block {
        case .heading: return true
        case let .paragraph(paragraph): return paragraph.text.plain.trimmingHorizontalSpace.hasSuffix(":")
        case .table, .blankLines: return false
        }
    }

    /// Căn cứ: italic paragraphs, one per line.
    func basisPieces(_ bases: [StyledText]) -> [Piece] {
        bases.flatMap { paragraphPieces($0, role: .basis, alignment: .justify, indent: true) }
    }

    func paragraphPieces(_ text: StyledText, role: StyleRole, alignment: TextAlignment, indent: Bool) -> [Piece] {
        let indentWidth = indent ? setter.spec.text.firstLineIndent.points : 0
        let shaped = setter.shape(setter.runs(text, role), role, width: setter.textWidth, alignment: alignment,
                                  indent: indentWidth)
        return setter.linePieces(shaped, role, part: role == .basis ? .basis : .body, left: setter.textLeft,
                                 spaceBefore: setter.spec.text.paragraphSpacing.points, section: section)
    }

    private func headingPieces(_ heading: Heading) -> [Piece] {
        let alignment: TextAlignment
        let indent: Bool
        switch heading.kind {
        case .division, .divisionTitle: (alignment, indent) = (.center, false)
        case .article: (alignment, indent) = (.justify, true)
        case .section, .clause: (alignment, indent) = (.left, true)
        }
        let indentWidth = indent ? setter.spec.text.firstLineIndent.points : 0
        let shaped = setter.shape(setter.runs(heading.text, .heading), .heading, width: setter.textWidth,
                                  alignment: alignment, indent: indentWidth)
        var pieces = setter.linePieces(shaped, .heading, part: .heading, left: setter.textLeft,
                                       spaceBefore: setter.spec.text.paragraphSpacing.points,
                                       keepWithPrevious: heading.kind == .divisionTitle, section: section)
        // A heading's lines never split.
        for index in pieces.indices.dropFirst() { pieces[index].breakBefore = .avoid }
        return pieces
    }
}
