import VanBanModel

/// A heading must have content: a section "II." directly followed by "III." (or by the end of
/// the body) is empty. Levels, largest first: division, article, section, khoản, sub-khoản.
struct EmptySection: Rule {
    let id = "empty-section"

    func findings(in source: SourcedDocument) -> [Finding] {
        var findings: [Finding] = []
        for body in BodyWalk.bodies(of: source.document) {
            for (offset, item) in body.blocks.enumerated() {
                guard case let .heading(heading) = item.block, let level = level(heading) else { continue }
                let next = body.blocks[(offset + 1)...].first { following in
                    if case let .heading(title) = following.block, title.kind == .divisionTitle { return false }
                    return true
                }?.block
                let nextLevel: Int? = next.flatMap { block in
                    if case let .heading(following) = block { return self.level(following) }
                    return Int.max
                }
                guard nextLevel.map({ $0 <= level }) ?? true else { continue }
                findings.append(finding(Phrase(en: "the heading '\(heading.text.plain)' has no content",
                                               vi: "đề mục '\(heading.text.plain)' không có nội dung"),
                                        at: source.sourceMap[item.path],
                                        hint: Phrase(en: "write its content under it, or remove the heading",
                                                     vi: "viết nội dung dưới đề mục, hoặc bỏ đề mục này")))
            }
        }
        return findings
    }

    /// The depth of a heading; a division's title line belongs to the division and is skipped.
    private func level(_ heading: Heading) -> Int? {
        switch heading.kind {
        case .division: return 0
        case .divisionTitle: return nil
        case .article: return 1
        case .section: return 2
        case .clause:
            let number = heading.text.plain.split(separator: " ").first ?? ""
            return 2 + number.split(separator: ".").count
        }
    }
}
