import VanBanModel
import VanBanText

/// A form's fixed lines (Mẫu 1.7–1.10: "Thời gian: {time}", "Chức vụ: {position}") filled with
/// the document's `details`, set as body paragraphs. A value left out is a fill-in blank: a
/// leader to the margin when it ends the line, "……" inside it, so `--fillable` makes it a field.
/// A value of several lines (the participants of a meeting) goes on in paragraphs of its own.
struct DetailsComposer {
    let setter: Typesetter

    func pieces(for lines: [DetailLine], of document: Document) -> [Piece] {
        guard !lines.isEmpty else { return [] }
        return BodyComposer(setter: setter, section: 0).pieces(for: lines.flatMap { blocks($0, document) })
    }

    /// The document's value, or the slot's default; a value of dots only ("……") is left out.
    private func value(of slot: (key: String, defaultValue: String?), in document: Document) -> StyledText? {
        if let value = document.details[slot.key] {
            return value.plain.allSatisfy(FillDots.isDot) ? nil : value
        }
        return slot.defaultValue.map(StyledText.init(plain:))
    }

    private func blocks(_ line: DetailLine, _ document: Document) -> [Block] {
        var runs: [StyledText.Run] = []
        var more: [StyledText] = []
        var leader = false
        let parts = line.parts
        for (index, part) in parts.enumerated() {
            switch part {
            case let .text(words):
                runs.append(.init(words))
            case let .slot(key, _) where key == DetailLine.issuerSlot:
                runs.append(.init(RunningName.from(document.issuer.name)))
            case let .slot(key, defaultValue):
                if let value = value(of: (key, defaultValue), in: document) {
                    let valueLines = value.lines
                    runs += valueLines.first?.runs ?? []
                    more += valueLines.dropFirst()
                } else if index == parts.count - 1 {
                    leader = true   // a blank that ends the line: dots to the margin
                } else {
                    runs.append(.init(FillDots.blank))
                }
            }
        }
        let centred = line.alignment == .center
        let first = Paragraph(text: StyledText(runs: runs), alignment: centred ? .center : .justify,
                              firstLineIndent: !centred, leader: leader)
        return [.paragraph(first)] + more.map { .paragraph(Paragraph(text: $0)) }
    }
}
