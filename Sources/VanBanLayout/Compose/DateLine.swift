import VanBanModel
import VanBanText

/// The place-and-date line ("Phan Rang-Tháp Chàm, ngày 05 tháng 11 năm 2010", nd30.md §2) on one
/// line of the right column, as the decree draws it: at the layout's date size, else at the
/// decree's lower size for it; a line too long even then is refused before layout
/// (`dateLineOverflow`), at the place's line.
struct DateLine {
    /// The decree sets the place and date in 13–14 pt.
    static let lowerSize = 13.0

    let setter: Typesetter

    var columnWidth: Double { setter.spec.header.rightColumn.points }

    /// The sizes tried, largest first: the layout's, then the decree's lower one if smaller.
    var sizes: [Double] {
        let size = setter.size(.date)
        return size > Self.lowerSize ? [size, Self.lowerSize] : [size]
    }

    /// The line set centred in the right column at the largest size at which it fits on one
    /// line; at the smallest, wrapped, if it fits at none (only a document that skipped the check
    /// reaches layout so).
    func shaped(_ phrase: String) -> ShapedText {
        let runs = setter.runs(phrase, .date)
        let size = sizes.first { width(runs, at: $0) <= columnWidth } ?? sizes[sizes.count - 1]
        return setter.context.shape(runs, size: size, width: columnWidth, alignment: .center)
    }

    /// The line's width on one line at the smallest size, when it does not fit the column there.
    func overflow(_ phrase: String) -> (width: Double, size: Double)? {
        let runs = setter.runs(phrase, .date)
        let size = sizes[sizes.count - 1]
        let width = width(runs, at: size)
        return width > columnWidth ? (width, size) : nil
    }

    private func width(_ runs: [TextRun], at size: Double) -> Double {
        setter.context.shape(runs, size: size, width: nil, alignment: .center).naturalWidth
    }
}

/// A place-and-date line that does not fit its column on one line even at the decree's lower size.
public struct DateLineOverflow: Sendable {
    public var line: String
    public var width: Length
    public var size: Length
    public var columnWidth: Length
}

extension DocumentComposer {
    /// The document's place-and-date line when it is too long for one line of the right column.
    public func dateLineOverflow(in document: Document) -> DateLineOverflow? {
        guard document.form.datedHeader else { return nil }
        let setter = Typesetter(context: context, spec: spec)
        let line = DateLine(setter: setter)
        let phrase = Wording(spec: spec).placeAndDate(document)
        guard let (width, size) = line.overflow(phrase) else { return nil }
        return DateLineOverflow(line: phrase, width: .pt(width), size: .pt(size), columnWidth: .pt(line.columnWidth))
    }
}
