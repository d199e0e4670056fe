import VanBanModel

/// Gives the khoản of one list one weight (nd30.md §3, table V: a khoản is regular; one with a
/// title has it on its own line in bold).
///
/// A numbered line without final punctuation is a title and a sentence is text, whatever its
/// siblings are. A line that ends with ":" could be either ("1. Mục đích:" or "2. Không tiếp
/// nhận hồ sơ trong các trường hợp sau:"), so it takes the weight of its list: text when a
/// sibling is a sentence or when it reads as a sentence itself (more than a title's words).
/// Siblings are the khoản of one depth under the same heading.
enum ClauseWeight {
    /// A title ending with ":" has at most this many words; a longer line is a sentence.
    static let titleWords = 12

    static func settle(_ blocks: inout [(block: Block, line: Int)]) {
        var groups: [[Int]] = []
        var open: [Int: Int] = [:]   // depth → index into groups
        for (index, item) in blocks.enumerated() {
            switch item.block {
            case let .heading(heading) where heading.kind != .clause:
                if heading.kind != .divisionTitle { open = [:] }
            case let .paragraph(paragraph) where paragraph.opensArticle:
                open = [:]
            default:
                guard let depth = depth(of: item.block) else { continue }
                open = open.filter { $0.key <= depth }
                if let group = open[depth] {
                    groups[group].append(index)
                } else {
                    open[depth] = groups.count
                    groups.append([index])
                }
            }
        }
        for group in groups where group.contains(where: { readsAsText(blocks[$0].block) }) {
            for index in group {
                guard case let .heading(heading) = blocks[index].block, heading.text.plain.hasSuffix(":") else { continue }
                blocks[index].block = .paragraph(Paragraph(text: heading.text))
            }
        }
    }

    /// The depth of a khoản's number ("2." 1, "2.1." 2), or nil for a line that is not a khoản.
    private static func depth(of block: Block) -> Int? {
        let text: String
        switch block {
        case let .heading(heading) where heading.kind == .clause: text = heading.text.plain
        case let .paragraph(paragraph): text = paragraph.text.plain
        default: return nil
        }
        guard let first = text.split(separator: " ", maxSplits: 1).first, first.count > 1,
              first.allSatisfy({ $0 == "." || ($0.isASCII && $0.isNumber) }), first.first?.isNumber == true
        else { return nil }
        return first.split(separator: ".").count
    }

    /// A sentence, or a line ending with ":" too long to be a title.
    private static func readsAsText(_ block: Block) -> Bool {
        switch block {
        case .paragraph: return true
        case let .heading(heading):
            let text = heading.text.plain
            return text.hasSuffix(":") && text.split(separator: " ").count > titleWords
        default: return false
        }
    }
}
