import Foundation
import VanBanModel

/// Adds AcroForm fields to a finished PDF as one incremental update. Each field is merged with its
/// widget annotation (one dictionary), listed both in the form's /Fields and in its page's /Annots,
/// printable (/F 4), with a normal appearance stream so no reader needs /NeedAppearances.
/// Existing fields (from an earlier update) are kept; names must stay unique.
public enum FormFieldWriter {
    /// The widget annotation flag "Print" (ISO 32000-1 Table 165).
    private static let printFlag = 4
    /// Field flags (Table 228): multiline text.
    private static let multilineFlag = 1 << 12
    /// AcroForm /SigFlags bit 1: the document contains signature fields.
    private static let signaturesExist = 1
    /// Without a `FormFont`, text fields name Helvetica (a standard font every reader has, but
    /// with no Vietnamese letters beyond Latin-1) in their default appearance.
    private static let helveticaName = "Helv"

    public static func add(_ fields: [FormField], to pdf: Data) throws -> Data {
        try PDFFinisher.finish(pdf, fields: fields)
    }

    /// Adds the fields to an update; the caller writes the catalog, which gains /AcroForm.
    static func add(_ fields: [FormField], to update: inout IncrementalUpdate, catalog: inout PDFDictionary,
                    textFont: FormFont? = nil) throws {
        guard !fields.isEmpty else { return }
        let file = update.file
        let pages = try file.pages()
        var form = try file.resolve(catalog["AcroForm"])?.dictionary ?? PDFDictionary()
        var formFields = try file.resolve(form["Fields"])?.array ?? []
        var names = Set(try formFields.compactMap { try file.resolve($0)?.dictionary?["T"]?.textValue })
        let hasText = fields.contains { if case .text = $0.kind { return true } else { return false } }
        let textFontName = textFont == nil ? helveticaName : FormFont.resourceName
        let textFontRef: ObjectRef? = !hasText ? nil : textFont.map { $0.write(into: &update) } ?? update.add(.dictionary(PDFDictionary([
            "Type": .name("Font"), "Subtype": .name("Type1"),
            "BaseFont": .name("Helvetica"), "Encoding": .name("WinAnsiEncoding"),
        ])))

        var widgetsByPage: [Int: [PDFValue]] = [:]
        for field in fields {
            try validate(field, pageCount: pages.count, names: &names)
            let page = pages[field.page]
            let fieldRef = update.reserve()
            let rect = pdfRectangle(field.rect, mediaBox: page.mediaBox)
            let appearance = appearanceStream(for: field, font: textFontRef.map { (textFontName, $0) }, update: &update)
            var widget = PDFDictionary([
                "Type": .name("Annot"), "Subtype": .name("Widget"),
                "Rect": .rectangle(rect), "P": .reference(page.ref), "F": .integer(printFlag),
                "T": .text(field.name),
            ])
            if let tooltip = field.tooltip { widget["TU"] = .text(tooltip) }
            switch field.kind {
            case .signature:
                widget["FT"] = .name("Sig")
            case let .text(multiline, numeric, fontSize):
                widget["FT"] = .name("Tx")
                widget["DA"] = .text("/\(textFontName) \(PDFSerializer.format(fontSize)) Tf 0 g")
                if multiline { widget["Ff"] = .integer(multilineFlag) }
                if numeric { widget["AA"] = numericActions() }
            }
            widget["AP"] = .dictionary(PDFDictionary(["N": .reference(appearance)]))
            update.replace(fieldRef, with: .dictionary(widget))
            formFields.append(.reference(fieldRef))
            widgetsByPage[field.page, default: []].append(.reference(fieldRef))
        }

        for (index, widgets) in widgetsByPage {
            var page = pages[index].dictionary
            let annotations = try file.resolve(page["Annots"])?.array ?? []
            page["Annots"] = .array(annotations + widgets)
            update.replace(pages[index].ref, with: .dictionary(page))
        }

        form["Fields"] = .array(formFields)
        if fields.contains(where: { $0.kind == .signature }) {
            form["SigFlags"] = .integer((form["SigFlags"]?.integer ?? 0) | signaturesExist)
        }
        if let textFontRef {
            var resources = try file.resolve(form["DR"])?.dictionary ?? PDFDictionary()
            var fonts = try file.resolve(resources["Font"])?.dictionary ?? PDFDictionary()
            fonts[textFontName] = .reference(textFontRef)
            resources["Font"] = .dictionary(fonts)
            form["DR"] = .dictionary(resources)
            form["DA"] = .text("/\(textFontName) 0 Tf 0 g")
        }
        if let existing = catalog["AcroForm"]?.reference {
            update.replace(existing, with: .dictionary(form))
        } else {
            catalog["AcroForm"] = .reference(update.add(.dictionary(form)))
        }
    }

    private static func validate(_ field: FormField, pageCount: Int, names: inout Set<String>) throws {
        guard !field.name.isEmpty, !field.name.utf8.contains(UInt8(ascii: ".")) else {
            throw PDFError.invalidField(Phrase(en: "name '\(field.name)' must be non-empty and contain no '.'",
                                               vi: "tên '\(field.name)' không được để trống và không được chứa '.'"))
        }
        guard names.insert(field.name).inserted else {
            throw PDFError.invalidField(Phrase(en: "two fields are named '\(field.name)'", vi: "có hai trường cùng tên '\(field.name)'"))
        }
        guard (0..<pageCount).contains(field.page) else {
            throw PDFError.invalidField(Phrase(en: "'\(field.name)' is on page \(field.page + 1) of a \(pageCount)-page document",
                                               vi: "'\(field.name)' nằm ở trang \(field.page + 1) của văn bản chỉ có \(pageCount) trang"))
        }
        guard field.rect.width > 0, field.rect.height > 0 else {
            throw PDFError.invalidField(Phrase(en: "'\(field.name)' has an empty rectangle", vi: "'\(field.name)' có khung rỗng"))
        }
    }

    /// Layout coordinates (top-left origin, y down) → PDF [llx lly urx ury] on this media box.
    static func pdfRectangle(_ rect: PageRect, mediaBox: [Double]) -> [Double] {
        let left = mediaBox[0] + rect.x
        let top = mediaBox[3] - rect.y
        return [left, top - rect.height, left + rect.width, top]
    }

    /// An empty appearance: the field shows nothing until it is filled or signed, and the page
    /// looks exactly as Cairo drew it. Text fields mark their content as variable text (/Tx BMC).
    private static func appearanceStream(for field: FormField, font: (name: String, ref: ObjectRef)?,
                                         update: inout IncrementalUpdate) -> ObjectRef {
        var stream = PDFDictionary([
            "Type": .name("XObject"), "Subtype": .name("Form"),
            "BBox": .rectangle([0, 0, field.rect.width, field.rect.height]),
        ])
        var resources = PDFDictionary()
        var content: [UInt8] = []
        if case .text = field.kind, let font {
            resources["Font"] = .dictionary(PDFDictionary([font.name: .reference(font.ref)]))
            content = Array("/Tx BMC\nEMC".utf8)
        }
        stream["Resources"] = .dictionary(resources)
        return update.addStream(stream, data: content)
    }

    /// Readers with form scripting (Acrobat, Foxit) reject non-numeric keystrokes; the value is kept as typed.
    private static func numericActions() -> PDFValue {
        .dictionary(PDFDictionary([
            "K": .dictionary(PDFDictionary([
                "S": .name("JavaScript"), "JS": .text("AFNumber_Keystroke(0, 1, 0, 0, \"\", true);"),
            ])),
        ]))
    }
}
