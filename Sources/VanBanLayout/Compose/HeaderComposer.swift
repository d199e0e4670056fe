import VanBanModel
import VanBanText

/// The page-1 header (nd30.md §2, ô 1–4): issuer and number on the left; quốc hiệu, tiêu ngữ
/// and the date on the right, each block with its rule; a công văn's V/v and the secrecy and
/// urgency stamps under the number.
///
/// Both columns start on one baseline; the number and the date share the baseline of a second
/// row placed under the lower of the two columns' rules.
struct HeaderComposer {
    let setter: Typesetter
    var wording: Wording { Wording(spec: setter.spec) }

    /// The header of an attached quy chế or quy định (Mẫu 1.3): the two columns' names, motto
    /// and rules, without số and date.
    func reducedPieces(for document: Document) -> [Piece] {
        let tops = columnTops(document)
        return [Piece(height: tops.bottom, items: tops.items)]
    }

    /// Issuer and quốc hiệu with their rules, both columns from one first baseline; returns the
    /// items and the lower of the two rules.
    private func columnTops(_ document: Document) -> (items: [FrameItem], bottom: Double) {
        let spec = setter.spec
        let left = setter.textLeft
        let leftWidth = spec.header.leftColumn.points
        let rightLeft = left + leftWidth
        let rightWidth = spec.header.rightColumn.points
        var items: [FrameItem] = []

        // Column tops share the first baseline: the larger ascent decides where it is.
        let firstRole: StyleRole = document.issuer.parent.isEmpty ? .issuer : .parent
        let firstBaseline = max(setter.baselineOffset(firstRole), setter.baselineOffset(.nationalTitle))

        // Left column: cơ quan chủ quản (regular) and cơ quan ban hành (bold), centred, ruled, in
        // capitals whatever case the input (or a unit's value filled into it) was written in.
        var baseline = firstBaseline - setter.baselineOffset(firstRole)
        var leftBottom = 0.0
        if !document.issuer.parent.isEmpty {
            let parent = centred(document.issuer.parent.map { $0.uppercased() }, .parent, left: left, width: leftWidth)
            let parentItems = setter.items(parent, .parent, part: .parent, left: left, top: baseline)
            items += parentItems + blanks(inDotsOf: parent, parentItems, .parent, named: "Cơ quan chủ quản")
            baseline += Double(parent.lines.count) * setter.pitch(.parent)
        }
        let issuer = centred(document.issuer.name.map { $0.uppercased() }, .issuer, left: left, width: leftWidth)
        let issuerItems = setter.items(issuer, .issuer, part: .issuer, left: left, top: baseline)
        items += issuerItems + blanks(inDotsOf: issuer, issuerItems, .issuer, named: "Đơn vị")
        if let last = issuerItems.last {
            let length = issuer.naturalWidth * spec.header.issuerRuleRatio
            let rule = setter.rule(centredOn: left + leftWidth / 2, length: length, below: last.y, of: .issuer, part: .issuerRule)
            items.append(rule)
            leftBottom = rule.y
        }

        // Right column: quốc hiệu, tiêu ngữ and a rule exactly as long as the tiêu ngữ.
        let titleTop = firstBaseline - setter.baselineOffset(.nationalTitle)
        let national = centred([spec.header.nationalTitle], .nationalTitle, left: rightLeft, width: rightWidth)
        items += setter.items(national, .nationalTitle, part: .nationalTitle, left: rightLeft, top: titleTop)
        let mottoTop = titleTop + Double(national.lines.count) * setter.pitch(.nationalTitle)
        let motto = centred([spec.header.motto], .motto, left: rightLeft, width: rightWidth)
        let mottoItems = setter.items(motto, .motto, part: .motto, left: rightLeft, top: mottoTop)
        items += mottoItems
        var rightBottom = 0.0
        if let last = mottoItems.last {
            let rule = setter.rule(centredOn: rightLeft + rightWidth / 2, length: motto.naturalWidth,
                                   below: last.y, of: .motto, part: .mottoRule)
            items.append(rule)
            rightBottom = rule.y
        }

        return (items, max(leftBottom, rightBottom))
    }

    func pieces(for document: Document) -> [Piece] {
        let spec = setter.spec
        let left = setter.textLeft
        let leftWidth = spec.header.leftColumn.points
        let rightLeft = left + leftWidth
        let rightWidth = spec.header.rightColumn.points
        var (items, columnsBottom) = columnTops(document)

        // Second row: "Số: …" on the left and "Địa danh, ngày …" on the right, one baseline.
        let rowTop = columnsBottom + spec.header.numberRowGap.points
        let rowBaseline = rowTop + max(setter.baselineOffset(.number), setter.baselineOffset(.date))
        let numberPhrase = wording.numberPhrase(document)
        let number = centred([numberPhrase.text], .number, left: left, width: leftWidth)
        let numberItems = setter.items(number, .number, part: .number, left: left, top: rowBaseline - setter.baselineOffset(.number))
        items += numberItems + blanks(inDotsOf: number, numberItems, .number, named: "Ký hiệu")
            + blanks(numberPhrase, number, numberItems, .number)
        // A biên bản's header has no place and date (Mẫu 1.9): its time is in its own lines.
        let datePhrase = document.form.datedHeader ? wording.placeAndDatePhrase(document) : Wording.Phrase()
        let date = document.form.datedHeader ? DateLine(setter: setter).shaped(datePhrase.text)
            : centred([], .date, left: rightLeft, width: rightWidth)
        let dateItems = setter.items(date, .date, part: .date, left: rightLeft, top: rowBaseline - setter.baselineOffset(.date))
        items += dateItems + blanks(inDotsOf: date, dateItems, .date, named: "Địa danh")
            + blanks(datePhrase, date, dateItems, .date)
        // Blank số or ngày: the clerk stamps them at issuance; mark where (nd30.md §7).
        if document.number == nil, let line = numberItems.first { items.append(setter.lineRegion(line, .number, part: .numberSlot)) }
        if document.form.datedHeader, document.date.day == nil || document.date.month == nil {
            items += dateItems.map { setter.lineRegion($0, .date, part: .dateSlot) }
        }
        let numberBottom = rowBaseline - setter.baselineOffset(.number) + setter.pitch(.number)
        var rowLeftBottom = numberBottom

        // A công văn prints its summary as "V/v …" under the number, 6 pt below, in the left column.
        if document.isOfficialLetter, let summary = document.summary {
            let top = numberBottom + 6
            let shaped = setter.shape(setter.runs(StyledText(runs: [.init("V/v ")] + summary.runs), .letterSummary),
                                      .letterSummary, width: leftWidth, alignment: .center)
            items += setter.items(shaped, .letterSummary, part: .letterSummary, left: left, top: top)
            rowLeftBottom = top + Double(shaped.lines.count) * setter.pitch(.letterSummary)
        }
        // The secrecy and urgency stamps (ô 10a, 10b) under the số, or under the V/v.
        let stamps = StampComposer(setter: setter).stamps(document.marks, left: left, width: leftWidth, top: rowLeftBottom)
        items += stamps.items
        let dateBottom = rowBaseline - setter.baselineOffset(.date) + Double(date.lines.count) * setter.pitch(.date)
        return [Piece(height: max(dateBottom, stamps.bottom), items: items)]
    }

    /// Fill-in blanks where a header line prints dots (a `{{placeholder}}` rendered without its
    /// unit): the unit types its name or place there in a fillable form.
    private func blanks(inDotsOf shaped: ShapedText, _ lineItems: [FrameItem], _ role: StyleRole,
                        named name: String) -> [FrameItem] {
        setter.dotBlanks(of: shaped, lineItems: lineItems, role: role, label: { _, _ in name }).map(\.item)
    }

    /// Fill-in blanks over the gaps of a blank số, ngày or tháng, named as the phrase names them.
    private func blanks(_ phrase: Wording.Phrase, _ shaped: ShapedText, _ lineItems: [FrameItem],
                        _ role: StyleRole) -> [FrameItem] {
        phrase.blanks.flatMap { blank in
            setter.blanks(over: blank.bytes, of: shaped, lineItems: lineItems, role: role, label: blank.name).map(\.item)
        }
    }

    private func centred(_ lines: [String], _ role: StyleRole, left: Double, width: Double) -> ShapedText {
        setter.shape(setter.runs(lines.joined(separator: "\n"), role), role, width: width, alignment: .center)
    }

}
