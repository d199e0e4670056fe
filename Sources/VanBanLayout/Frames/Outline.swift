import VanBanModel

/// The PDF outline (bookmarks): composers mark headings and appendices with a rank (the depth the
/// kind of heading has in a full document: appendix 0, Phần/Chương 1, I./Điều 2, 1. 3), and after
/// pagination the ranks become levels with no gaps, so a plan whose top headings are "I." still
/// starts at level 1, and an appendix's headings sit under the appendix.
enum Outline {
    static let appendixRank = 0

    static func rank(of kind: Heading.Kind) -> Int {
        switch kind {
        case .division, .divisionTitle: return 1
        case .section, .article: return 2
        case .clause: return 3
        }
    }

    static func bookmark(_ title: String, rank: Int) -> FrameItem {
        let words = title.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return FrameItem(part: .outline, content: .bookmark(title: words, level: rank), x: 0, y: 0)
    }

    /// Rewrites every bookmark's rank as its level: one deeper than the nearest earlier entry of a
    /// smaller rank (a stack of open entries), so levels never skip.
    static func assignLevels(_ pages: inout [PageFrame]) {
        var open: [(rank: Int, level: Int)] = []
        for pageIndex in pages.indices {
            for itemIndex in pages[pageIndex].items.indices {
                guard case let .bookmark(title, rank) = pages[pageIndex].items[itemIndex].content else { continue }
                while let last = open.last, last.rank >= rank { open.removeLast() }
                let level = (open.last?.level ?? 0) + 1
                open.append((rank, level))
                pages[pageIndex].items[itemIndex].content = .bookmark(title: title, level: level)
            }
        }
    }
}
