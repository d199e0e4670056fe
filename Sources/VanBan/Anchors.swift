import Foundation
import VanBanLayout
import VanBanPDF

/// The sidecar JSON of `--anchors`: every signature field and every blank số/ngày slot with its
/// rectangle, for e-office systems that stamp or sign without parsing the PDF. Rectangles are in
/// PDF points in each page's user space (origin at the bottom-left corner, as in a field's /Rect):
/// x and y are the lower-left corner.
public struct Anchors: Codable, Equatable, Sendable {
    public struct Page: Codable, Equatable, Sendable {
        public var number: Int
        public var label: String
        public var width: Double
        public var height: Double
    }

    public struct Anchor: Codable, Equatable, Sendable {
        /// "signature" for a field; "number" or "date" for a slot.
        public var kind: String
        /// The field's name; nil for a slot.
        public var name: String?
        /// The page, counted from 1.
        public var page: Int
        public var x: Double
        public var y: Double
        public var width: Double
        public var height: Double
        /// The text the anchor belongs to: the signer's name, the organisation, the "Số:" line.
        public var text: String
    }

    public var coordinates = "PDF points; x, y = lower-left corner; origin at the page's lower-left corner"
    public var pages: [Page]
    public var fields: [Anchor]
    public var slots: [Anchor]

    init(pages frames: [PageFrame], fields formFields: [(field: FormField, text: String)]) {
        pages = frames.enumerated().map { Page(number: $0.offset + 1, label: $0.element.label, width: Self.round($0.element.width),
                                               height: Self.round($0.element.height)) }
        fields = formFields.map { field, text in
            Self.anchor(kind: "signature", name: field.name, page: field.page, x: field.rect.x, y: field.rect.y,
                        width: field.rect.width, height: field.rect.height, pageHeight: frames[field.page].height, text: text)
        }
        slots = frames.enumerated().flatMap { index, page in
            page.items.compactMap { item -> Anchor? in
                guard case let .region(width, height, label) = item.content else { return nil }
                let kind: String
                switch item.part {
                case .numberSlot: kind = "number"
                case .dateSlot: kind = "date"
                default: return nil
                }
                return Self.anchor(kind: kind, name: nil, page: index, x: item.x, y: item.y, width: width, height: height,
                                   pageHeight: page.height, text: label)
            }
        }
    }

    /// Layout's top-left coordinates → PDF's bottom-left ones, rounded to 1/100 pt.
    private static func anchor(kind: String, name: String?, page: Int, x: Double, y: Double, width: Double, height: Double,
                               pageHeight: Double, text: String) -> Anchor {
        Anchor(kind: kind, name: name, page: page + 1, x: round(x), y: round(pageHeight - y - height),
               width: round(width), height: round(height), text: text)
    }

    private static func round(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    /// Pretty, key-sorted JSON: the same document gives the same bytes.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }
}
