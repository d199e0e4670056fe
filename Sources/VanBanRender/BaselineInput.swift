import VanBanLayout
import VanBanText

/// VanBan's finished pages restated as the Pango + Cairo baseline's input: every distinct paragraph
/// VanBan shaped, once (equal paragraphs, such as a cell text repeated in many rows, count once,
/// as VanBan's text context shapes them once), and the place of each of its lines on each page
/// (rules are not text: left out).
public struct BaselineInput {
    public private(set) var paragraphs: [TextParagraph] = []
    public private(set) var pages: [BaselineTypesetter.Page] = []

    public init(_ frames: [PageFrame]) {
        var indexOf: [TextParagraph: Int] = [:]
        for frame in frames {
            var lines: [BaselineTypesetter.LinePlacement] = []
            for item in frame.items {
                guard case let .text(shaped, line) = item.content else { continue }
                let paragraph = indexOf[shaped.paragraph] ?? {
                    paragraphs.append(shaped.paragraph)
                    indexOf[shaped.paragraph] = paragraphs.count - 1
                    return paragraphs.count - 1
                }()
                lines.append(.init(paragraph: paragraph, line: line, x: item.x, baseline: item.y))
            }
            pages.append(.init(width: frame.width, height: frame.height, lines: lines))
        }
    }

    public var lineCount: Int { pages.reduce(0) { $0 + $1.lines.count } }
}
