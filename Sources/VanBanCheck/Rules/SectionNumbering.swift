import VanBanModel

/// Numbers count up by one without repeats: sections I, II, III; khoản 1, 2, 3 inside each
/// section; sub-khoản 2.1, 2.2 inside khoản 2; Điều 1, 2, 3 through the document.
/// Each level restarts when a larger level starts; a number is read from the start of a
/// heading or paragraph ("II. …", "3. …", "2.1. …", "Điều 4. …").
struct SectionNumbering: Rule {
    let id = "numbering"

    private enum Level: Int, CaseIterable { case article, section, clause, subclause }

    func findings(in source: SourcedDocument) -> [Finding] {
        var findings: [Finding] = []
        for body in BodyWalk.bodies(of: source.document) {
            var last: [Level: Int] = [:]
            for item in body.blocks {
                if case let .heading(heading) = item.block, heading.kind == .division {
                    last[.section] = nil; last[.clause] = nil; last[.subclause] = nil
                    continue
                }
                guard let text = item.block.text, let (level, number, label) = numbered(text) else { continue }
                let expected = (last[level] ?? 0) + 1
                if number != expected {
                    let parent = last[.clause]
                    let previous = last[level].map { Phrase(en: "after \(display(level, $0, parent: parent)) ",
                                                            vi: "sau \(display(level, $0, parent: parent)) ") }
                        ?? Phrase(verbatim: "")
                    let problem = number <= (last[level] ?? 0)
                        ? Phrase(en: "repeats or goes back", vi: "bị lặp hoặc lùi lại")
                        : Phrase(en: "skips a number", vi: "bị bỏ sót một số")
                    let wanted = display(level, expected, parent: parent)
                    findings.append(finding(
                        Phrase(en: "the numbering \(problem.english): \(previous.english)comes \(label), expected \(wanted)",
                               vi: "số thứ tự \(problem.vietnamese): \(previous.vietnamese)là \(label), cần \(wanted)"),
                        at: source.sourceMap[item.path],
                        hint: Phrase(en: "number the parts in order without gaps or repeats",
                                     vi: "đánh số các phần theo thứ tự, không bỏ sót, không lặp lại")))
                }
                last[level] = number
                for deeper in Level.allCases where deeper.rawValue > level.rawValue { last[deeper] = nil }
            }
        }
        return findings
    }

    /// The level, value and label of a numbered line, or nil.
    private func numbered(_ text: String) -> (Level, Int, String)? {
        let words = text.split(separator: " ", maxSplits: 2).map(String.init)
        guard let first = words.first else { return nil }
        if first == "Điều", words.count > 1, words[1].hasSuffix("."), let value = Int(words[1].dropLast()) {
            return (.article, value, "Điều \(value)")
        }
        guard first.hasSuffix("."), words.count > 1 else { return nil }
        let label = String(first.dropLast())
        if !label.isEmpty, label.allSatisfy({ "IVXLC".contains($0) }), let value = RomanNumeral.value(of: label) {
            return (.section, value, label)
        }
        let parts = label.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCII) }),
              let values = Optional(parts.compactMap { Int($0) }), values.count == parts.count else { return nil }
        return values.count == 1 ? (.clause, values[0], label) : (.subclause, values[1], label)
    }

    private func display(_ level: Level, _ number: Int, parent: Int?) -> String {
        switch level {
        case .article: return "Điều \(number)"
        case .section: return RomanNumeral.string(for: number)
        case .clause: return String(number)
        case .subclause: return parent.map { "\($0).\(number)" } ?? String(number)
        }
    }
}
