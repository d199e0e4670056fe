import Foundation
import Hummingbird
import VanBan
import VanBanModel

/// What the web editor's form mode needs to show the fields of a document's form and only
/// those, answered by `GET /v1/forms`: for each model form of the table (`Forms.all`), the input
/// keys its boxes read and its fixed lines' slots, each with a label in Vietnamese; the form of a
/// type the decree does not list; the words the optional marks accept; the kinds of a paper
/// copy. It is read from the same table as the composers, `vanban check` and `vanban new`, so
/// the page cannot offer a field the form does not print.
enum FormCatalogue {
    static func add<Context: RequestContext>(to group: RouterGroup<Context>) {
        group.get("forms") { _, _ in JSONBody.response(answer()) }
    }

    static func answer() -> [String: Any] {
        [
            "forms": StartingDocument.forms.map { json($0.form, template: $0.name) },
            // Forms.form(for:) of an unlisted type: a document with a type name (Mẫu 1.4), no ký hiệu code.
            "other": json(Forms.form(for: ""), template: nil),
            "marks": [
                "secrecy": Stamp.secrecyLevels.map(\.text),
                "urgency": Stamp.urgencyLevels.map(\.text),
                "circulation": Circulation.allCases.map(\.text),
            ],
            "copyKinds": PaperCopy.Kind.allCases.map(\.rawValue),
        ]
    }

    static func json(_ form: Form, template: String?) -> [String: Any] {
        var object: [String: Any] = [
            "type": form.type, "model": form.model, "boxes": (form.boxes + Box.afterEveryForm).map(\.rawValue),
            "keys": keys(of: form), "details": details(of: form),
        ]
        if let template { object["template"] = template }
        return object
    }

    /// The top-level input keys the form reads, box by box in reading order (the input format's
    /// top-level keys); `marks` belongs to every form (Phụ lục I, III), and the trích yếu to every form
    /// that has one, under the title or, in a công văn, as "V/v …" under the số.
    static func keys(of form: Form) -> [String] {
        var keys: [String] = []
        for box in form.boxes + Box.afterEveryForm {
            for key in self.keys(of: box, in: form) where !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    // Exhaustive on purpose: a new box has to say which keys it reads before the page can show it.
    private static func keys(of box: Box, in form: Form) -> [String] {
        switch box {
        case .header: return ["type", "issuer", "number", "symbol", "place", "date", "marks"] + (form.hasSummary ? ["summary"] : [])
        case .title: return []
        case .authority: return ["authority"]
        case .addressees: return ["addressees"]
        case .telegram: return ["authority", "addressees"]
        // "Theo đề nghị của …" closes the căn cứ of the enacting forms (Mẫu 1.1, 1.2) only.
        case .bases: return form.has(.authority) ? ["bases", "proposal"] : ["bases"]
        case .details, .closingDetails: return ["details"]
        case .leadIn: return []
        case .body: return ["body"]
        case .closing: return form.signers == .pair ? ["signers", "recipients"] : ["signer", "recipients"]
        case .copy: return ["copy"]
        }
    }

    /// Each slot of the form's fixed lines, once, in printed order: its key, its label, the line
    /// it fills (its slots as blanks, so the clerk sees the sentence the value completes) and its
    /// default where the form has one.
    static func details(of form: Form) -> [[String: Any]] {
        var seen: Set<String> = []
        var fields: [[String: Any]] = []
        for line in form.details + form.closingDetails {
            for slot in line.slots where slot.key != DetailLine.issuerSlot && seen.insert(slot.key).inserted {
                var field: [String: Any] = ["key": slot.key, "label": label(of: slot.key, in: line), "line": printed(line)]
                if let defaultValue = slot.defaultValue { field["default"] = defaultValue }
                fields.append(field)
            }
        }
        return fields
    }

    /// The line as the form prints it with every slot blank: "Thời gian: ……".
    static func printed(_ line: DetailLine) -> String {
        line.parts.map { part -> String in
            switch part {
            case let .text(text): return text
            case let .slot(key, defaultValue):
                return key == DetailLine.issuerSlot ? "Cơ quan ban hành" : defaultValue ?? FillDots.blank
            }
        }.joined()
    }

    /// The field's label: a clerk's name for the slot where the decree's words before it would
    /// read badly on their own ("tại", nothing before "{meeting}"), else those words
    /// ("Thời gian: {time}" gives "Thời gian").
    static func label(of key: String, in line: DetailLine) -> String {
        if let label = labels[key] { return label }
        var before = ""
        for part in line.parts {
            if case let .text(text) = part { before = text }
            if case let .slot(slotKey, _) = part, slotKey == key { break }
        }
        let words = before.split(whereSeparator: { ",.;".contains($0) }).last.map(String.init) ?? before
        let trimmed = words.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ":")))
        return trimmed.isEmpty ? key : trimmed.prefix(1).uppercased() + trimmed.dropFirst()
    }

    private static let labels: [String: String] = [
        "invitee": "Kính mời", "validUntil": "Giấy có giá trị đến hết ngày", "meeting": "Tên cuộc họp (… kết thúc vào)",
        "requestDate": "Ngày của đơn đề nghị nghỉ phép", "person": "Ông (bà)", "duration": "Thời gian nghỉ phép",
        "from": "Nghỉ từ ngày", "until": "Đến hết ngày", "leavePlace": "Nơi nghỉ phép",
        "countedAs": "Số ngày nghỉ được tính vào thời gian",
    ]
}
