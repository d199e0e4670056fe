import VanBanModel
import Yams

/// Chương trình buổi lễ: a `programme:` block, written as the schedule reads, becomes the blocks
/// it prints as: optional centred bold title lines, "Thời gian:" and "Địa điểm:" lines, and the
/// STT | Thời gian | Nội dung | Thực hiện table numbered 1, 2, 3…
///
/// An item is a list `[time, content, performer]`; without a performer the content spans the last
/// two columns (the closing "Tổ chức các hoạt động …" row of the seeds), and a single value spans
/// every column (a break such as "Giải lao", unnumbered).
struct ProgrammeDecoder {
    let reader: NodeReader

    static let heads = ["STT", "Thời gian", "Nội dung", "Thực hiện"]

    func blocks(_ node: Node) -> [Block] {
        guard let fields = reader.mapping(node, allowed: InputKeys.programme, required: ["items"], what: Phrase(en: "a programme", vi: "một chương trình")) else { return [] }
        var blocks: [Block] = []
        for line in fields["title"].flatMap({ reader.lines($0, what: .key("title")) }) ?? [] {
            blocks.append(.paragraph(Paragraph(text: InlineMarkup.parse(line).emphasised(bold: true),
                                               alignment: .center, firstLineIndent: false)))
        }
        for (key, label) in [("time", "Thời gian"), ("place", "Địa điểm")] {
            guard let value = fields[key].flatMap({ reader.string($0, what: .key(key)) }), !value.isEmpty else { continue }
            let runs = [StyledText.Run("\(label): ", bold: true)] + InlineMarkup.parse(value).runs
            blocks.append(.paragraph(Paragraph(text: StyledText(runs: runs))))
        }
        var heads = Self.heads
        if let headsNode = fields["heads"], let written = reader.lines(headsNode, what: .key("heads")) {
            if written.count == 4 {
                heads = written
            } else {
                reader.error(Phrase(en: "heads names the 4 columns, not \(written.count)",
                                    vi: "heads ghi tên của đúng 4 cột, không phải \(written.count)"), at: headsNode,
                             hint: Phrase(en: "e.g. [STT, Thời gian, Nội dung, Người thực hiện]",
                                          vi: "ví dụ [STT, Thời gian, Nội dung, Người thực hiện]"))
            }
        }
        guard let itemsNode = fields["items"], let items = reader.sequence(itemsNode, what: .key("items")) else { return blocks }
        var rows: [[Table.Cell]] = []
        for item in items {
            guard let row = row(item, number: rows.filter { $0.count > 1 }.count + 1) else { continue }
            rows.append(row)
        }
        if rows.isEmpty {
            reader.error(Phrase(en: "a programme needs at least one item", vi: "một chương trình cần có ít nhất một mục"), at: itemsNode,
                         hint: Phrase(verbatim: "- [7h30-8h00, Văn nghệ chào mừng, Trường THCS …]"))
            return blocks
        }
        // STT and the times are as wide as their longest word in this layout's sizes, so an A5
        // handout never wraps "8h00-8h10"; the rest goes to the content and the performers.
        let columns = [
            Table.Column(width: .fit, alignment: .center),
            Table.Column(width: .fit, alignment: .center),
            Table.Column(width: .fraction(1.4), alignment: .left),
            Table.Column(width: .fraction(1), alignment: .left),
        ]
        let header = heads.map { Table.Cell(text: StyledText(plain: $0), alignment: .center) }
        blocks.append(.table(Table(columns: columns, headerRows: [header], rows: rows)))
        return blocks
    }

    private static let anItem = Phrase(en: "an item", vi: "một mục")

    private func row(_ node: Node, number: Int) -> [Table.Cell]? {
        let values: [String]
        if case .scalar = node {
            guard let value = reader.string(node, what: Self.anItem) else { return nil }
            values = [value]
        } else {
            guard let list = reader.sequence(node, what: Self.anItem) else { return nil }
            let strings = list.compactMap { reader.string($0, what: Phrase(en: "a value of an item", vi: "một giá trị của mục")) }
            guard strings.count == list.count else { return nil }
            values = strings
        }
        func cell(_ text: String, span: Int = 1) -> Table.Cell { Table.Cell(text: InlineMarkup.parse(text), columnSpan: span) }
        switch values.count {
        case 1: return [Table.Cell(text: InlineMarkup.parse(values[0]).emphasised(bold: true), columnSpan: 4, alignment: .center)]
        case 2: return [cell(String(number)), cell(values[0]), cell(values[1], span: 2)]
        case 3: return [cell(String(number)), cell(values[0]), cell(values[1]), cell(values[2])]
        default:
            reader.error(Phrase(en: "an item of a programme has 1 to 3 values, not \(values.count)",
                                vi: "một mục của chương trình có từ 1 đến 3 giá trị, không phải \(values.count)"), at: node,
                         hint: Phrase(en: "[time, content, performer]; [time, content] spans the last two columns",
                                      vi: "[thời gian, nội dung, người thực hiện]; [thời gian, nội dung] thì nội dung chiếm hai cột cuối"))
            return nil
        }
    }
}
