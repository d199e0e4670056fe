import VanBanModel
import Yams

/// Decodes `Layouts/*.yaml` into a `LayoutSpec`. Every key is required: the file is the one place
/// the numbers live, so a copied file that lost a key is an error, not a silent default.
struct LayoutDecoder {
    let reader: NodeReader

    func layout(_ root: Node) -> LayoutSpec? {
        let sections = ["name", "page", "text", "rules", "styles", "header", "title", "closing", "pageNumber", "appendix", "table", "signing", "addressees"]
        guard let fields = reader.mapping(root, allowed: sections, required: sections, what: Phrase(en: "the layout", vi: "tệp bố cục")) else { return nil }
        let name = fields["name"].flatMap { reader.string($0, what: .key("name")) }

        let page = section(fields["page"], "page", ["width", "height", "top", "bottom", "left", "right"]) { f in
            LayoutSpec.Page(width: f.length("width", .pageSide), height: f.length("height", .pageSide), top: f.length("top", .margin),
                            bottom: f.length("bottom", .margin), left: f.length("left", .margin), right: f.length("right", .margin))
        }
        let text = section(fields["text"], "text", ["singleLine", "lineSpacing", "paragraphSpacing", "firstLineIndent"]) { f in
            LayoutSpec.Text(singleLine: f.number("singleLine", in: 1.0...2.0), lineSpacing: f.number("lineSpacing", in: 1.0...1.5),
                            paragraphSpacing: f.length("paragraphSpacing", .gap), firstLineIndent: f.length("firstLineIndent", .firstLineIndent))
        }
        let rules = section(fields["rules"], "rules", ["thickness", "gap"]) { f in
            LayoutSpec.Rules(thickness: f.length("thickness", .ruleThickness), gap: f.length("gap", .gap))
        }
        let header = section(fields["header"], "header", ["nationalTitle", "motto", "leftColumn", "rightColumn",
                                                          "issuerRuleRatio", "numberRowGap", "blankSpaces"]) { f in
            LayoutSpec.Header(nationalTitle: f.string("nationalTitle"), motto: f.string("motto"),
                              leftColumn: f.length("leftColumn", .column), rightColumn: f.length("rightColumn", .column),
                              issuerRuleRatio: f.number("issuerRuleRatio", in: 0.2...1.0), numberRowGap: f.length("numberRowGap", .gap),
                              blankSpaces: Int(f.number("blankSpaces", in: 0...40)))
        }
        let title = section(fields["title"], "title", ["gapBefore", "ruleRatio", "gapAfter"]) { f in
            LayoutSpec.Title(gapBefore: f.length("gapBefore", .gap), ruleRatio: f.number("ruleRatio", in: 0.2...1.0),
                             gapAfter: f.length("gapAfter", .gap))
        }
        let closing = section(fields["closing"], "closing", ["gapBefore", "recipientsColumn", "signerColumn", "signatureSpace"]) { f in
            LayoutSpec.Closing(gapBefore: f.length("gapBefore", .gap), recipientsColumn: f.length("recipientsColumn", .column),
                               signerColumn: f.length("signerColumn", .column), signatureSpace: f.length("signatureSpace", .signatureSpace))
        }
        let pageNumber = section(fields["pageNumber"], "pageNumber", ["baseline"]) { f in
            LayoutSpec.PageNumber(baseline: f.length("baseline", .margin))
        }
        let appendix = section(fields["appendix"], "appendix", ["ruleRatio", "gapAfter"]) { f in
            LayoutSpec.AppendixFormat(ruleRatio: f.number("ruleRatio", in: 0.1...1.0), gapAfter: f.length("gapAfter", .gap))
        }
        // `minimumSize` came after offices had copied their layouts: a file without it gets 10 pt.
        let table = section(fields["table"], "table", ["paddingX", "paddingY", "borderWidth", "gapBefore", "minimumSize"],
                            required: ["paddingX", "paddingY", "borderWidth", "gapBefore"]) { f in
            LayoutSpec.TableFormat(paddingX: f.length("paddingX", .tablePadding), paddingY: f.length("paddingY", .tablePadding),
                                   borderWidth: f.length("borderWidth", .ruleThickness), gapBefore: f.length("gapBefore", .gap),
                                   minimumSize: f.has("minimumSize") ? f.length("minimumSize", .textSize)
                                       : LayoutSpec.TableFormat.defaultMinimumSize)
        }
        let signing = section(fields["signing"], "signing", ["signatureWidth", "sealDiameter", "appendixSignatureWidth",
                                                              "appendixSignatureHeight"]) { f in
            LayoutSpec.Signing(signatureWidth: f.length("signatureWidth", .column), sealDiameter: f.length("sealDiameter", .sealDiameter),
                               appendixSignatureWidth: f.length("appendixSignatureWidth", .column),
                               appendixSignatureHeight: f.length("appendixSignatureHeight", .signatureSpace))
        }
        let addressees = section(fields["addressees"], "addressees", ["indent", "gapBefore"]) { f in
            LayoutSpec.Addressees(indent: f.length("indent", .margin), gapBefore: f.length("gapBefore", .gap))
        }
        let styles = fields["styles"].flatMap(styles)
        guard let name, let page, let text, let rules, let styles, let header, let title, let closing, let pageNumber,
              let appendix, let table, let signing, let addressees, !reader.hasErrors else { return nil }
        let spec = LayoutSpec(name: name, page: page, text: text, rules: rules, styles: styles, header: header, title: title,
                              closing: closing, pageNumber: pageNumber, appendix: appendix, table: table,
                              signing: signing, addressees: addressees)
        guard checkFits(spec, fields) else { return nil }
        checkAgainstDecree(spec, fields["page"] ?? root)
        guard checkTableFloor(spec, fields["table"] ?? root) else { return nil }
        return spec
    }

    private func styles(_ node: Node) -> [StyleRole: TextStyleSpec]? {
        let roles = StyleRole.allCases.map(\.rawValue)
        let required = StyleRole.allCases.filter { $0.defaultStyle == nil }.map(\.rawValue)
        guard let fields = reader.mapping(node, allowed: roles, required: required, what: .key("styles")) else { return nil }
        var styles: [StyleRole: TextStyleSpec] = [:]
        for role in StyleRole.allCases {
            guard let styleNode = fields[role.rawValue] else {
                styles[role] = role.defaultStyle
                continue
            }
            guard let style = section(styleNode, "styles.\(role.rawValue)", ["size", "bold", "italic"], required: ["size"], { f in
                TextStyleSpec(size: f.length("size", .textSize), bold: f.flag("bold"), italic: f.flag("italic"))
            }) else { continue }
            styles[role] = style
        }
        return styles.count == StyleRole.allCases.count ? styles : nil
    }

    /// Reads one section: checks its keys, then lets `make` pull typed values from it.
    private func section<T>(_ node: Node?, _ what: String, _ keys: [String], required: [String]? = nil,
                            _ make: (Fields) -> T) -> T? {
        guard let node, let fields = reader.mapping(node, allowed: keys, required: required ?? keys, what: .key(what)) else {
            return nil
        }
        let before = reader.diagnostics.count
        let value = make(Fields(reader: reader, fields: fields, section: what))
        return reader.diagnostics.count == before ? value : nil
    }

    /// Values that fit one by one must fit together: the margins must leave room for text, and
    /// the columns, indents and signature boxes must fit in it.
    private func checkFits(_ spec: LayoutSpec, _ fields: [String: Node]) -> Bool {
        let page = spec.page
        func complain(_ message: Phrase, _ section: String, _ key: String, hint: Phrase) {
            let node = fields[section].flatMap { node -> Node? in
                guard case let .mapping(mapping) = node else { return nil }
                return mapping.first { $0.key.scalar?.string == key }?.value
            } ?? fields[section]
            if let node { reader.error(message, at: node, hint: hint) }
        }
        let width = String(format: "%.1f", page.textWidth.millimetres), height = String(format: "%.1f", page.textHeight.millimetres)
        let smallest = Int(LayoutBounds.smallestText)
        if page.textWidth.millimetres < LayoutBounds.smallestText {
            complain(Phrase(en: "the left and right margins leave a text width of \(width) mm; at least \(smallest) mm is needed",
                            vi: "lề trái và lề phải chỉ để lại phần chữ rộng \(width) mm; cần ít nhất \(smallest) mm"),
                     "page", "left", hint: Phrase(en: "make the margins narrower or the page wider",
                                                  vi: "thu hẹp lề hoặc dùng trang rộng hơn"))
        }
        if page.textHeight.millimetres < LayoutBounds.smallestText {
            complain(Phrase(en: "the top and bottom margins leave a text height of \(height) mm; at least \(smallest) mm is needed",
                            vi: "lề trên và lề dưới chỉ để lại phần chữ cao \(height) mm; cần ít nhất \(smallest) mm"),
                     "page", "top", hint: Phrase(en: "make the margins narrower or the page taller",
                                                 vi: "thu hẹp lề hoặc dùng trang cao hơn"))
        }
        let inText: [(String, String, Length)] = [
            ("header", "leftColumn", spec.header.leftColumn), ("header", "rightColumn", spec.header.rightColumn),
            ("closing", "recipientsColumn", spec.closing.recipientsColumn), ("closing", "signerColumn", spec.closing.signerColumn),
            ("text", "firstLineIndent", spec.text.firstLineIndent), ("addressees", "indent", spec.addressees.indent),
            ("signing", "signatureWidth", spec.signing.signatureWidth), ("signing", "appendixSignatureWidth", spec.signing.appendixSignatureWidth),
        ]
        for (section, key, length) in inText where length.points > page.textWidth.points + 0.01 && page.textWidth.millimetres >= LayoutBounds.smallestText {
            let wide = String(format: "%.1f", length.millimetres)
            complain(Phrase(en: "\(section).\(key) is \(wide) mm, wider than the \(width) mm of text between the margins",
                            vi: "\(section).\(key) là \(wide) mm, rộng hơn \(width) mm của phần chữ giữa hai lề"),
                     section, key, hint: Phrase(en: "keep it within the text width", vi: "giữ trong độ rộng của phần chữ"))
        }
        return !reader.hasErrors
    }

    /// Margins outside the decree's ranges are allowed (a variant layout may need them) but said.
    /// The ranges are for A4 paper; a handout on another size (an A5 programme) scales them.
    private func checkAgainstDecree(_ spec: LayoutSpec, _ node: Node) {
        guard (spec.page.width.millimetres.rounded(), spec.page.height.millimetres.rounded()) == (210, 297) else { return }
        let ranges: [(String, String, Length, ClosedRange<Double>)] = [
            ("top", "trên", spec.page.top, 20...25), ("bottom", "dưới", spec.page.bottom, 20...25),
            ("left", "trái", spec.page.left, 30...35), ("right", "phải", spec.page.right, 15...20),
        ]
        for (side, vietnameseSide, value, range) in ranges where !range.contains((value.millimetres * 100).rounded() / 100) {
            let (margin, lowest, highest) = (String(format: "%.1f", value.millimetres), Int(range.lowerBound), Int(range.upperBound))
            reader.warning(Phrase(en: "the \(side) margin \(margin) mm is outside Decree 30's \(lowest)–\(highest) mm",
                                  vi: "lề \(vietnameseSide) \(margin) mm nằm ngoài khoảng \(lowest)–\(highest) mm của Nghị định 30"),
                           at: node, hint: Phrase(en: "fine for a variant layout; a Decree 30 document needs the decree's range",
                                                  vi: "dùng cho một bố cục biến thể thì được; văn bản theo Nghị định 30 cần lề trong khoảng của Nghị định"))
        }
    }

    /// Table text may shrink to `table.minimumSize`, never grow: the floor lies between a size
    /// still read on paper (6 pt) and the table styles' own sizes.
    private func checkTableFloor(_ spec: LayoutSpec, _ node: Node) -> Bool {
        let floor = spec.table.minimumSize.points
        let largest = min(spec.style(.tableHeader).size.points, spec.style(.tableBody).size.points)
        guard floor < 6 || floor > largest + 0.001 else { return true }
        let (most, written) = (String(format: "%g", largest), String(format: "%g", floor))
        reader.error(Phrase(en: "table.minimumSize must be between 6pt and the table styles' \(most)pt, not \(written)pt",
                            vi: "table.minimumSize phải từ 6pt đến \(most)pt (cỡ chữ của các kiểu bảng), không phải \(written)pt"),
                     at: node["minimumSize"] ?? node,
                     hint: Phrase(en: "the decree's tables are commonly set at 12–13 pt; 10pt is a usual floor",
                                  vi: "bảng trong văn bản theo Nghị định thường đặt cỡ 12–13 pt; 10pt là mức tối thiểu thường dùng"))
        return false
    }

    /// Typed access to one section's values; a missing or malformed value is recorded once.
    struct Fields {
        let reader: NodeReader
        let fields: [String: Node]
        let section: String

        func has(_ key: String) -> Bool { fields[key] != nil }

        /// A length within `bounds`; outside them, an error at the value's line.
        func length(_ key: String, _ bounds: LayoutBounds.Range) -> Length {
            guard let node = fields[key], let length = reader.length(node, what: .key("\(section).\(key)")) else { return .zero }
            if !bounds.contains(length) {
                let (allowed, written) = (bounds.text, bounds.describe(length))
                reader.error(Phrase(en: "\(section).\(key) must be \(allowed.english), not \(written)",
                                    vi: "\(section).\(key) phải \(allowed.vietnamese), không phải \(written)"), at: node,
                             hint: Phrase(en: "Layouts/nd30.yaml has the decree's values", vi: "Layouts/nd30.yaml có các giá trị theo Nghị định"))
            }
            return length
        }
        func string(_ key: String) -> String {
            fields[key].flatMap { reader.string($0, what: .key("\(section).\(key)")) } ?? ""
        }
        func flag(_ key: String) -> Bool {
            fields[key].flatMap { reader.bool($0, what: .key("\(section).\(key)")) } ?? false
        }
        func number(_ key: String, in range: ClosedRange<Double>) -> Double {
            guard let node = fields[key], let value = reader.number(node, what: .key("\(section).\(key)")) else { return range.lowerBound }
            if !range.contains(value) {
                reader.error(Phrase(en: "\(section).\(key) must be between \(range.lowerBound) and \(range.upperBound), not \(value)",
                                    vi: "\(section).\(key) phải từ \(range.lowerBound) đến \(range.upperBound), không phải \(value)"), at: node)
            }
            return value
        }
    }
}
