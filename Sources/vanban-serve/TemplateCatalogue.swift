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
    /// A line to show in the picker (the trích yếu).
    var title: String
}

/// The bundled examples as starting documents: real documents of the seeds, each read once at
/// startup (an example that does not read is left out, with a log line).
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
                let id = String(name.dropLast(".yaml".count))
                entries.append(TemplateEntry(id: id, type: document.type, title: document.summary?.plain ?? ""))
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
