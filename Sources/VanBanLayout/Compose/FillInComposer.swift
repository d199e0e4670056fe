import Foundation
import VanBanModel
import VanBanText

/// Fill-in lines of a form. A leader fills the rest of a paragraph's last line with "…" up to the
/// right margin (on a line of its own when less than a few dots would fit); blank lines are rows
/// of "…" across the text width. The dots are text, so they print and extract as the decree's
/// "……"; each fill-in also leaves a FillBlank over exactly the space it offers, and so do the
/// dots a sentence leaves open ("Tổng số …… người").
struct FillInComposer {
    let setter: Typesetter
    let section: Int

    /// A leader needs room for at least this many dots, else it starts a new line.
    private static let minimumDots = 4

    /// Adds the leader after the last line of `pieces` (the paragraph's lines, as BodyComposer made them).
    func addLeader(to pieces: inout [Piece], paragraph: StyledText) {
        guard let last = pieces.indices.last,
              let lastLine = pieces[last].items.last(where: { $0.part == .body }) else { return }
        let dot = dotWidth("…")
        let right = setter.textLeft + setter.textWidth
        let textEnd = lastLine.x + lastLine.width + dotWidth(" ")
        let label = Self.label(paragraph.plain)
        if right - textEnd >= Double(Self.minimumDots) * dot {
            pieces[last].items += leaderItems(from: textEnd, to: right, top: 0, label: label)
        } else {
            let pitch = setter.pitch(.body)
            pieces.append(Piece(height: pitch, breakBefore: .avoid,
                                items: leaderItems(from: setter.textLeft, to: right, top: 0, label: label),
                                section: section))
        }
    }

    /// A blank over each run of fill-in dots inside the paragraph, on the line piece where it was set
    /// (one per line when a run wraps). `pieces` are the paragraph's lines, one piece each.
    func addSlots(to pieces: inout [Piece]) {
        guard let first = pieces.first?.items.first, case let .text(shaped, _) = first.content else { return }
        let lineItems = pieces.compactMap { $0.items.first }
        for (line, item) in setter.dotBlanks(of: shaped, lineItems: lineItems, role: .body, label: Self.slotLabel)
        where line < pieces.count {
            pieces[line].items.append(item)
        }
    }

    /// The words just before a slot ("Thời gian: …" → "Thời gian"), else those after it.
    static func slotLabel(before: Substring, after: Substring) -> String {
        let words = { (text: Substring) in text.split(whereSeparator: { $0 == " " || FillDots.isDot($0) }) }
        let lastBefore = words(before).suffix(8).joined(separator: " ")
        let label = Self.label(lastBefore)
        return label.isEmpty ? Self.label(words(after).prefix(8).joined(separator: " ")) : label
    }

    /// `count` dotted lines across the text width, kept together as one blank.
    func blankLines(_ lines: BlankLines, label: String) -> Piece {
        let pitch = setter.pitch(.body)
        let left = setter.textLeft, right = left + setter.textWidth
        var items: [FrameItem] = []
        for index in 0..<lines.count {
            items += dots(from: left, to: right, top: Double(index) * pitch)
        }
        let name = lines.name ?? Self.label(label)
        items.append(blank(name, left: left, right: right, top: 0, height: Double(lines.count) * pitch,
                           multiline: lines.count > 1))
        return Piece(height: Double(lines.count) * pitch, spaceBefore: setter.spec.text.paragraphSpacing.points,
                     items: items, section: section)
    }

    private func leaderItems(from left: Double, to right: Double, top: Double, label: String) -> [FrameItem] {
        dots(from: left, to: right, top: top)
            + [blank(label, left: left, right: right, top: top, height: setter.pitch(.body), multiline: false)]
    }

    /// "…" from `left` to `right`, ending exactly at `right`. The count that leaves less than one
    /// dot over is drawn with the slack spread between the dots as letter spacing, or one dot more
    /// drawn tighter by as much, whichever stays within `maximumSpacing` of the size (pdftotext
    /// starts a new word at a gap of 0.1 em): tighter first, so that every leader starts right
    /// after its label, as far from it as a word space. What the spacing cannot take moves the
    /// run right. Starting right after the text keeps "label: ……" one run.
    private func dots(from left: Double, to right: Double, top: Double) -> [FrameItem] {
        let width = right - left
        let dot = dotWidth("…")
        let fewer = Int((width / dot).rounded(.down))
        guard fewer > 0 else { return [] }
        for count in [fewer + 1, fewer] {
            if let shaped = dotRun(count, of: dot, filling: width), shaped.naturalWidth <= width + 0.01 {
                return setter.items(shaped, .body, part: .leader, left: right - shaped.naturalWidth, top: top)
            }
        }
        return []
    }

    /// `count` dots `dot` wide spaced to fill `width` as nearly as the spacing limit allows; nil
    /// when even the tightest spacing leaves them wider than `width`.
    private func dotRun(_ count: Int, of dot: Double, filling width: Double) -> ShapedText? {
        let slack = width - Double(count) * dot
        let limit = Self.maximumSpacing * setter.size(.body)
        guard slack >= -limit * Double(count) else { return nil }
        let dots = setter.runs(String(repeating: "…", count: count), .body)
        // First over `count` gaps, which fits however Pango spaces the ends; then corrected by
        // what that spacing actually added.
        var spacing = max(-limit, min(slack / Double(count), limit))
        var shaped = setter.shape(dots, .body, width: nil, letterSpacing: spacing)
        let added = shaped.naturalWidth - Double(count) * dot
        if spacing != 0, abs(spacing) < limit, added != 0, (added > 0) == (spacing > 0) {
            spacing = max(-limit, min(spacing * slack / added, limit))
            shaped = setter.shape(dots, .body, width: nil, letterSpacing: spacing)
        }
        return shaped
    }

    /// The widest letter spacing of leader dots, as a share of the font size.
    private static let maximumSpacing = 0.08

    private func blank(_ label: String, left: Double, right: Double, top: Double, height: Double,
                       multiline: Bool) -> FrameItem {
        setter.blank(label, left: left, top: top, width: right - left, height: height, multiline: multiline, role: .body)
    }

    private func dotWidth(_ dot: String) -> Double {
        setter.shape(setter.runs(dot, .body), .body, width: nil).naturalWidth
    }

    /// "+ Tỷ lệ người tham gia:" → "Tỷ lệ người tham gia": the words a reader would name the blank by.
    static func label(_ text: String) -> String {
        var label = text.trimmingCharacters(in: .whitespaces)
        for marker in ["- ", "+ ", "* "] where label.hasPrefix(marker) { label = String(label.dropFirst(marker.count)) }
        while let last = label.last, ":;,.…".contains(last) { label.removeLast() }
        return label.trimmingCharacters(in: .whitespaces)
    }
}
