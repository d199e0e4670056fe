/// The rules of one page, collected while the page is drawn and merged before Cairo strokes them.
///
/// A table draws a border around every cell, so each inside edge comes twice and each grid line
/// in pieces. Horizontal (or vertical) rules of one thickness on one line that overlap or touch
/// become one segment covering the same points; others stay as they are. Cairo's PDF output
/// then handles a few dozen segments a page instead of hundreds (its page output was twice
/// Pango + Cairo's on the Tuần Giáo form in callgrind). Order is that of first appearance, so
/// the same page always gives the same bytes.
struct PageRules {
    struct Segment: Equatable {
        var x1, y1, x2, y2: Double
    }

    /// A line a rule lies on: its thickness, its direction and its fixed coordinate, quantised so
    /// that the same line reached by different sums of lengths is recognised.
    private struct Line: Hashable {
        var thickness: Double
        var isVertical: Bool
        var position: Int64
    }

    private var lines: [Line] = []
    private var intervals: [Line: [(start: Double, end: Double, position: Double)]] = [:]
    private var others: [(thickness: Double, segment: Segment)] = []
    private var thicknesses: [Double] = []

    var isEmpty: Bool { lines.isEmpty && others.isEmpty }

    mutating func add(_ segment: Segment, thickness: Double) {
        if !thicknesses.contains(thickness) { thicknesses.append(thickness) }
        let isHorizontal = segment.y1 == segment.y2, isVertical = segment.x1 == segment.x2
        guard isHorizontal != isVertical else {
            others.append((thickness, segment))
            return
        }
        let position = isVertical ? segment.x1 : segment.y1
        let (a, b) = isVertical ? (segment.y1, segment.y2) : (segment.x1, segment.x2)
        let line = Line(thickness: thickness, isVertical: isVertical, position: Int64((position * 10_000).rounded()))
        if intervals[line] == nil { lines.append(line) }
        intervals[line, default: []].append((min(a, b), max(a, b), position))
    }

    /// The merged segments, grouped by thickness in the order thicknesses first appeared.
    func merged() -> [(thickness: Double, segments: [Segment])] {
        thicknesses.map { thickness in
            var segments: [Segment] = []
            for line in lines where line.thickness == thickness {
                let sorted = intervals[line, default: []].sorted { $0.start < $1.start }
                guard var current = sorted.first else { continue }
                func emit() {
                    segments.append(line.isVertical
                        ? Segment(x1: current.position, y1: current.start, x2: current.position, y2: current.end)
                        : Segment(x1: current.start, y1: current.position, x2: current.end, y2: current.position))
                }
                for next in sorted.dropFirst() {
                    if next.start <= current.end + 0.0001 {
                        current.end = max(current.end, next.end)
                    } else {
                        emit()
                        current = next
                    }
                }
                emit()
            }
            segments += others.filter { $0.thickness == thickness }.map(\.segment)
            return (thickness, segments)
        }
    }
}
