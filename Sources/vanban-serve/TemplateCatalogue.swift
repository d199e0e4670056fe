import Foundation
import VanBan

/// The starting documents that `/v1/templates` offers and the web page's picker shows.
protocol TemplateCatalogue: Sendable {
    /// In the order to show them.
    var templates: [TemplateEntry] { get }
    /// The YAML of a template, by its id.
    func text(of id: String) -> String?
}

struct TemplateEntry: Sendable {
    /// What `/v1/templates/{id}` is asked with.
    var id: String
    /// The document's tên loại ("Kế hoạch").
    var type: String
    /// A line to show in the picker: the form's model number, or an example's trích yếu.
    var title: String
    /// "form": a decree form's starting document, blanks to fill in; "example": a finished document.
    var kind: String
}

/// The decree's forms, each with its starting document (what `vanban new TYPE` writes), by the
/// same ASCII name ("quyet-dinh").
struct FormTemplates: TemplateCatalogue {
    let templates = StartingDocument.forms.map {
        TemplateEntry(id: $0.name, type: $0.form.type, title: "Mẫu \($0.form.model)", kind: "form")
    }

    func text(of id: String) -> String? {
        StartingDocument.forms.first { $0.name == id }.map { StartingDocument.yaml(for: $0.form) }
    }
}

/// Several catalogues shown one after the other; an id is looked up in each in turn.
struct CombinedTemplates: TemplateCatalogue {
    let parts: [any TemplateCatalogue]

    var templates: [TemplateEntry] { parts.flatMap(\.templates) }

    func text(of id: String) -> String? {
        parts.lazy.compactMap { $0.text(of: id) }.first
    }
}

/// The bundled examples: finished documents of the seeds, to start from a real one, each read
/// once at startup (an example that does not read is left out, with a log line).
struct ExampleTemplates: TemplateCatalogue {
    let templates: [TemplateEntry]
    private let texts: [String: String]

    init(directory: String, composer: Composer, skipped: (String, Error) -> Void) {
        var entries: [TemplateEntry] = []
        var texts: [String: String] = [:]
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            do {
                let text = try composer.readText(path: path)
                let document = try composer.read(text: text, file: name)
                // Prefixed: several examples are named after their form ("bien-ban.yaml").
                let id = "example-" + name.dropLast(".yaml".count)
                entries.append(TemplateEntry(id: id, type: document.type, title: document.summary?.plain ?? "", kind: "example"))
                texts[id] = text
            } catch {
                skipped(name, error)
            }
        }
        templates = entries
        self.texts = texts
    }

    func text(of id: String) -> String? { texts[id] }
}
