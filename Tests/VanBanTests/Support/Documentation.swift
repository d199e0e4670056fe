import Foundation

/// The Markdown pages users read (README.md, README.vi.md and every page of docs/), taken apart
/// the way a Markdown viewer shows them: fenced blocks, headings and their anchors, links.
struct DocumentationPage {
    /// A fenced block: its language (`sh`, `yaml`, `console` …), its lines, the line of its
    /// opening fence (from 1), and the file it is to be written to when a `<!-- file: NAME -->`
    /// line stands right before the fence.
    struct Block {
        let language: String
        let text: String
        let line: Int
        let file: String?
    }

    /// The path from the repository root, e.g. `docs/units.md`.
    let path: String
    let text: String

    init(path: String) throws {
        self.path = path
        text = try String(contentsOfFile: TestSupport.root + "/" + path, encoding: .utf8)
    }

    /// README.md, README.vi.md and docs/*.md, in that order.
    static func all() throws -> [DocumentationPage] {
        let docs = try FileManager.default.contentsOfDirectory(atPath: TestSupport.root + "/docs")
            .filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
        return try (["README.md", "README.vi.md"] + docs).map(DocumentationPage.init(path:))
    }

    var lines: [String] { text.components(separatedBy: "\n") }

    /// The directory the page's relative links start from.
    var directory: String { (path as NSString).deletingLastPathComponent }

    var blocks: [Block] {
        var blocks: [Block] = []
        // A fence may be indented (inside a list item); its lines lose the same indentation.
        var opening: (language: String, line: Int, file: String?, indent: Int)?
        var body: [String] = []
        var previous = ""
        for (index, line) in lines.enumerated() {
            let indent = line.prefix { $0 == " " }.count
            if line.dropFirst(indent).hasPrefix("```") {
                if let open = opening {
                    blocks.append(Block(language: open.language, text: body.joined(separator: "\n"), line: open.line, file: open.file))
                    opening = nil
                } else {
                    opening = (String(line.dropFirst(indent + 3)).trimmingCharacters(in: .whitespaces), index + 1, Self.fileMarker(previous), indent)
                    body = []
                }
            } else if let open = opening {
                body.append(String(line.dropFirst(min(open.indent, indent))))
            }
            if !line.trimmingCharacters(in: .whitespaces).isEmpty { previous = line }
        }
        return blocks
    }

    /// `NAME` of a line `<!-- file: NAME -->`.
    private static func fileMarker(_ line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("<!-- file: "), trimmed.hasSuffix(" -->") else { return nil }
        return String(trimmed.dropFirst("<!-- file: ".count).dropLast(" -->".count))
    }

    /// The page's prose: every line outside fenced blocks, with inline code spans blanked, so that
    /// `[a, b]` in code is never read as a link.
    var prose: [(line: Int, text: String)] {
        var result: [(Int, String)] = []
        var inFence = false
        for (index, line) in lines.enumerated() {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") { inFence.toggle(); continue }
            if !inFence { result.append((index + 1, Self.blankingCodeSpans(line))) }
        }
        return result
    }

    /// A code span opens with a run of backticks and closes with a run of the same length.
    private static func blankingCodeSpans(_ line: String) -> String {
        var output = "", characters = Array(line), index = 0
        while index < characters.count {
            guard characters[index] == "`" else { output.append(characters[index]); index += 1; continue }
            var run = 0
            while index + run < characters.count, characters[index + run] == "`" { run += 1 }
            let fence = String(repeating: "`", count: run)
            let rest = String(characters[(index + run)...])
            if let close = rest.range(of: fence) {
                output += " code "
                index += run + rest.distance(from: rest.startIndex, to: close.upperBound)
            } else {
                output += fence
                index += run
            }
        }
        return output
    }

    /// The anchors of the page's headings as GitHub makes them: lower case, punctuation and
    /// code marks dropped, spaces made hyphens, letters of every script kept; a repeated
    /// heading gets `-1`, `-2` ….
    var anchors: Set<String> {
        var seen: [String: Int] = [:], anchors = Set<String>(), inFence = false
        for line in lines {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") { inFence.toggle(); continue }
            guard !inFence, line.hasPrefix("#") else { continue }
            var slug = ""
            for character in line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces).lowercased() {
                if character.isLetter || character.isNumber || character == "-" || character == "_" { slug.append(character) }
                else if character == " " { slug.append("-") }
            }
            let count = seen[slug, default: 0]
            seen[slug] = count + 1
            anchors.insert(count == 0 ? slug : "\(slug)-\(count)")
        }
        return anchors
    }

    /// Every relative link target of the prose (`[text](target)` and `<img src="target">`),
    /// with its line; web addresses are left out.
    var relativeLinks: [(line: Int, target: String)] {
        let patterns = [#"\]\(([^)\s]+)\)"#, #"<img [^>]*src="([^"]+)""#].map { try! NSRegularExpression(pattern: $0) }
        var links: [(Int, String)] = []
        for (number, line) in prose {
            for pattern in patterns {
                for match in pattern.matches(in: line, range: NSRange(line.startIndex..., in: line)) {
                    let target = String(line[Range(match.range(at: 1), in: line)!])
                    if target.hasPrefix("http://") || target.hasPrefix("https://") || target.hasPrefix("mailto:") { continue }
                    links.append((number, target))
                }
            }
        }
        return links
    }
}
