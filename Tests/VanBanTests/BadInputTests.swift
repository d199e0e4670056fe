import Foundation
import XCTest

/// Garbage, an empty file, a binary file, a truncated example, a misspelt key: each gives one
/// located message per problem with a hint, exit code 2, and no output file — for `render`
/// and for `check`.
final class BadInputTests: XCTestCase {
    struct Case {
        var name: String
        var bytes: Data
        /// The messages expected, each `line:column: error: start of message`.
        var messages: [String]
    }

    func cases() throws -> [Case] {
        let dongDa = try Data(contentsOf: URL(fileURLWithPath: TestSupport.examples + "/dong-da.yaml"))
        let haiPhong = try Data(contentsOf: URL(fileURLWithPath: TestSupport.examples + "/hai-phong.json"))
        var random = SeededRandom(seed: 7)
        let binary = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) })
        let misspelt = String(decoding: dongDa, as: UTF8.self).replacingOccurrences(of: "\nsymbol:", with: "\nsymbl:")
        return [
            Case(name: "empty.yaml", bytes: Data(), messages: ["1:1: error: the file is empty"]),
            Case(name: "comments.yaml", bytes: Data("# nothing but a comment\n\n".utf8), messages: ["1:1: error: the file is empty"]),
            Case(name: "binary.yaml", bytes: binary, messages: ["1:1: error: the file is not UTF-8 text"]),
            Case(name: "nul.yaml", bytes: Data("type: Kế hoạch\0\n".utf8), messages: ["1:15: error: the file contains a NUL byte"]),
            Case(name: "garbage.yaml", bytes: Data("}{:: ][ \"garbage\n".utf8), messages: ["1:1: error: YAML syntax:"]),
            Case(name: "words.yaml", bytes: Data("just some words\n".utf8),
                 messages: ["1:1: error: the document must be a mapping of keys to values, not a single value"]),
            Case(name: "truncated.yaml", bytes: dongDa.prefix(1500), messages: ["16:1: error: the document needs the key 'body'"]),
            Case(name: "truncated.json", bytes: haiPhong.prefix(600), messages: ["3:501: error: JSON syntax: found unexpected end of stream"]),
            Case(name: "misspelt.yaml", bytes: Data(misspelt.utf8),
                 messages: ["20:1: error: unknown key 'symbl' in the document (hint: did you mean 'symbol'?)"]),
        ]
    }

    func testEveryBadInputGivesOneLocatedMessagePerProblemExitTwoAndNoOutput() throws {
        let directory = TestSupport.temporaryDirectory()
        for item in try cases() {
            let input = directory + "/" + item.name
            try item.bytes.write(to: URL(fileURLWithPath: input))
            for command in [["render", input, "-o", directory + "/out.pdf", "--png", directory + "/pages"], ["check", input]] {
                let result = try TestSupport.vanban(command)
                let label = "\(command[0]) \(item.name)"
                XCTAssertEqual(result.status, 2, label)
                let lines = result.error.split(separator: "\n").map(String.init)
                XCTAssertEqual(lines.count, item.messages.count, "\(label):\n\(result.error)")
                for (line, expected) in zip(lines, item.messages) {
                    XCTAssertTrue(line.hasPrefix("\(input):\(expected)"), "\(label): \(line)")
                    XCTAssertTrue(line.contains("(hint: "), "\(label): \(line)")
                }
                XCTAssertEqual(result.output, "", label)
            }
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory).sorted(),
                           try cases().prefix { $0.name != item.name }.map(\.name).appending(item.name).sorted(),
                           "no PDF, no PNG directory, no temporary file after \(item.name)")
        }
    }
}

extension Array {
    fileprivate func appending(_ element: Element) -> [Element] { self + [element] }
}
