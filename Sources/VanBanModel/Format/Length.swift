import Foundation

/// A length on the page, stored in PDF points (1/72 inch).
///
/// Millimetres and centimetres are converted once, here; Pango units and pixels exist only in
/// the text and render targets.
public struct Length: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var points: Double

    public init(points: Double) { self.points = points }

    public static func pt(_ value: Double) -> Length { Length(points: value) }
    public static func mm(_ value: Double) -> Length { Length(points: value * 72 / 25.4) }
    public static func cm(_ value: Double) -> Length { .mm(value * 10) }
    public static let zero = Length(points: 0)

    public var millimetres: Double { points * 25.4 / 72 }

    public static func + (a: Length, b: Length) -> Length { Length(points: a.points + b.points) }
    public static func - (a: Length, b: Length) -> Length { Length(points: a.points - b.points) }
    public static func * (a: Length, k: Double) -> Length { Length(points: a.points * k) }
    public static func / (a: Length, k: Double) -> Length { Length(points: a.points / k) }
    public static func < (a: Length, b: Length) -> Bool { a.points < b.points }
    public static func += (a: inout Length, b: Length) { a.points += b.points }
    public static func -= (a: inout Length, b: Length) { a.points -= b.points }

    public var description: String { "\((points * 100).rounded() / 100)pt" }

    /// Parses `12pt`, `20mm`, `1.5cm`, `0.5in`. Returns nil for anything else.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let units: [(String, (Double) -> Length)] = [
            ("mm", Length.mm), ("cm", Length.cm), ("pt", Length.pt), ("in", { Length.pt($0 * 72) }),
        ]
        for (suffix, make) in units where trimmed.hasSuffix(suffix) {
            guard let value = Double(trimmed.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)),
                  value.isFinite else { return nil }
            self = make(value)
            return
        }
        return nil
    }
}
