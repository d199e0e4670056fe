import VanBanModel
import VanBanText

/// A paper copy's block (Mẫu 3.1), after the copied document's closing and on the same sheet: a
/// full-width rule; the copying body (bold capitals, with its short rule) and "Số: …/SY-…" on the
/// left, "SAO Y" (or SAO LỤC, TRÍCH SAO) and the italic place and date on the right, the number
/// and the date on one baseline as in the header; then Nơi nhận and the copy's signer, with its
/// own signature field and the copying body's seal field. Every piece is kept with the one
/// before it, so the block never leaves the end of the copied text.
struct CopyComposer {
    let setter: Typesetter

    /// Between the copied document's last line and the rule, and between the rule and the block.
    static let ruleGapAbove = 12.0, ruleGapBelow = 6.0

    func pieces(for copy: PaperCopy) -> [Piece] {
        let spec = setter.spec
        let thickness = spec.rules.thickness.points
        let rule = FrameItem(part: .copyRule, content: .rule(x2: setter.textLeft + setter.textWidth, y2: thickness / 2,
                                                             thickness: thickness), x: setter.textLeft, y: thickness / 2)
        var pieces = [Piece(height: thickness + Self.ruleGapBelow, spaceBefore: Self.ruleGapAbove, breakBefore: .avoid,
                            items: [rule])]
        pieces.append(head(copy))
        let closing = ClosingComposer(setter: setter)
        pieces += closing.signerRow(copy.signer, recipients: .init(groups: copy.recipients, typist: nil),
                                    field: SignatureFieldName.copySigner,
                                    seal: .init(organisation: copy.issuer.joined(separator: " "),
                                                field: SignatureFieldName.copyOrganisation))
        return pieces
    }

    /// The copying body, its rule and the number on the left; the kind of copy, the place and
    /// the date on the right.
    private func head(_ copy: PaperCopy) -> Piece {
        let spec = setter.spec
        let wording = Wording(spec: spec)
        let left = setter.textLeft
        let leftWidth = spec.header.leftColumn.points
        let rightLeft = left + leftWidth
        let rightWidth = spec.header.rightColumn.points
        var items: [FrameItem] = []

        let firstBaseline = max(setter.baselineOffset(.issuer), setter.baselineOffset(.copyKind))
        let issuer = centred(copy.issuer.map { $0.uppercased() }.joined(separator: "\n"), .issuer, width: leftWidth)
        let issuerItems = setter.items(issuer, .issuer, part: .copyIssuer, left: left,
                                       top: firstBaseline - setter.baselineOffset(.issuer))
        items += issuerItems
        var leftBottom = 0.0
        if let last = issuerItems.last {
            let rule = setter.rule(centredOn: left + leftWidth / 2, length: issuer.naturalWidth * spec.header.issuerRuleRatio,
                                   below: last.y, of: .issuer, part: .copyIssuerRule)
            items.append(rule)
            leftBottom = rule.y
        }
        let kind = centred(copy.kind.title, .copyKind, width: rightWidth)
        let kindTop = firstBaseline - setter.baselineOffset(.copyKind)
        items += setter.items(kind, .copyKind, part: .copyKind, left: rightLeft, top: kindTop)
        let rightBottom = kindTop + Double(kind.lines.count) * setter.pitch(.copyKind)

        let rowTop = max(leftBottom, rightBottom) + spec.header.numberRowGap.points
        let rowBaseline = rowTop + max(setter.baselineOffset(.number), setter.baselineOffset(.date))
        let number = centred(wording.numberPhrase(number: copy.number, symbol: copy.symbol).text, .number, width: leftWidth)
        items += setter.items(number, .number, part: .copyNumber, left: left,
                              top: rowBaseline - setter.baselineOffset(.number))
        let date = centred(wording.placeAndDatePhrase(place: copy.place, date: copy.date).text, .date, width: rightWidth)
        let dateTop = rowBaseline - setter.baselineOffset(.date)
        items += setter.items(date, .date, part: .copyDate, left: rightLeft, top: dateTop)
        let bottom = max(rowBaseline - setter.baselineOffset(.number) + Double(number.lines.count) * setter.pitch(.number),
                         dateTop + Double(date.lines.count) * setter.pitch(.date))
        return Piece(height: bottom, breakBefore: .avoid, items: items)
    }

    private func centred(_ text: String, _ role: StyleRole, width: Double) -> ShapedText {
        setter.shape(setter.runs(text, role), role, width: width, alignment: .center)
    }
}
