import VanBanModel

/// The bodies of a document (main body, then each appendix's) with the source-map path of
/// every block, so rules can point at a heading or paragraph.
struct BodyWalk {
    struct Body {
        var blocks: [(block: Block, path: String)]
    }

    static func bodies(of document: Document) -> [Body] {
        [Body(blocks: located(document.body, path: "body"))]
            + document.appendices.enumerated().map { index, appendix in
                Body(blocks: located(appendix.body, path: "appendices[\(index)].body"))
            }
            + [document.attachment].compactMap { attachment in
                attachment.map { Body(blocks: located($0.body, path: "attachment.body")) }
            }
    }

    private static func located(_ blocks: [Block], path: String) -> [(block: Block, path: String)] {
        blocks.enumerated().map { ($1, "\(path)[\($0)]") }
    }
}

extension Block {
    /// The text of a heading or paragraph; nil for a table or blank lines.
    var text: String? {
        switch self {
        case let .heading(heading): return heading.text.plain
        case let .paragraph(paragraph): return paragraph.text.plain
        case .table, .blankLines: return nil
        }
    }
}
