import Foundation
import VanBan
import VanBanCheck
import VanBanModel
import XCTest

/// Mutates the examples a few thousand times — random bytes, deleted and duplicated lines,
/// values swapped for lists, mappings or numbers, truncation — and asserts that every run ends
/// in a document or in located diagnostics (a crash kills the test process, which is itself the
/// failure). Every 40th document is also laid out and written as a PDF, and fixed as --fix
/// would: the fixed text reads back and fixing it again changes nothing.
///
/// The seed is printed; reproduce a failure with `VANBAN_FUZZ_SEED=<seed> swift test --filter FuzzTests`,
/// and run longer with `VANBAN_FUZZ_RUNS=100000`.
final class FuzzTests: XCTestCase {
    func testMutatedExamplesEndInADocumentOrInDiagnostics() throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["VANBAN_FUZZ_SEED"].flatMap(UInt64.init) ?? 20_240_920
        let runs = environment["VANBAN_FUZZ_RUNS"].flatMap(Int.init) ?? 3_000
        print("FuzzTests: seed \(seed), \(runs) runs")
        var random = SeededRandom(seed: seed)
        let examples = try TestSupport.exampleFiles.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        let directory = TestSupport.temporaryDirectory()
        var documents = 0, rejected = 0, rendered = 0

        for run in 0..<runs {
            var bytes = Array(examples[Int.random(in: 0..<examples.count, using: &random)])
            for _ in 0..<Int.random(in: 1...3, using: &random) { mutate(&bytes, using: &random) }
            let path = directory + "/run-\(run % 10).yaml"
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let label = "seed \(seed), run \(run)"
            do {
                let document = try TestSupport.composer.read(path: path)
                documents += 1
                if documents % 40 == 0 {
                    let pages = TestSupport.composer.layout(document)
                    XCTAssertFalse(pages.isEmpty, label)
                    let pdf = try TestSupport.composer.pdf(document, pages: pages)
                    XCTAssertTrue(pdf.starts(with: Data("%PDF-".utf8)), label)
                    let text = try String(contentsOfFile: path, encoding: .utf8)
                    do {
                        let read = { try TestSupport.composer.readSourced(text: $0, file: path) }
                        let outcome = try DocumentChecker.fix(text, read: read)
                        XCTAssertEqual(try DocumentChecker.fix(outcome.text, read: read).fixedCount, 0,
                                       "\(label): fixing a fixed file changes nothing")
                    } catch {
                        XCTFail("\(label): --fix made a file that does not read back: \(error)")
                    }
                    rendered += 1
                }
            } catch let Composer.Failure.invalidInput(list) {
                rejected += 1
                XCTAssertFalse(list.diagnostics.isEmpty, label)
                for diagnostic in list.diagnostics {
                    let location = try XCTUnwrap(diagnostic.location, "\(label): \(diagnostic)")
                    XCTAssertEqual(location.file, path, label)
                    XCTAssertGreaterThanOrEqual(location.line, 1, label)
                    XCTAssertGreaterThanOrEqual(location.column, 1, label)
                }
            }
        }
        print("FuzzTests: \(documents) documents (\(rendered) rendered), \(rejected) rejected with diagnostics")
        XCTAssertGreaterThan(documents, runs / 20, "mutations should not all be fatal: the test would exercise only the parser")
        XCTAssertGreaterThan(rejected, runs / 5)
    }

    /// One random change of the kinds a hand-edited or generated file suffers.
    private func mutate(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        guard !bytes.isEmpty else { bytes = Array("type: [".utf8); return }
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        let line = Int.random(in: 0..<lines.count, using: &random)
        switch Int.random(in: 0..<8, using: &random) {
        case 0: // a random byte replaced
            bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            return
        case 1: // a random byte inserted: often a quote, bracket, colon or indentation
            let specials = Array("\"'[]{}:,-#&*!|> \t\n\\%@`".utf8)
            let byte = Bool.random(using: &random) ? specials.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random)
            bytes.insert(byte, at: Int.random(in: 0...bytes.count, using: &random))
            return
        case 2: // a line deleted
            lines.remove(at: line)
        case 3: // a line duplicated (a repeated key, a repeated section)
            lines.insert(lines[line], at: line)
        case 4: // a value swapped for a list, a mapping, a number, null or an empty string
            let replacements = ["[a, b]", "{ x: 1 }", "42", "-7.5", "null", "\"\"", "[]", "{}", "true", "2024-02-31"]
            if let colon = lines[line].firstIndex(of: UInt8(ascii: ":")) {
                lines[line] = Array(lines[line][...colon]) + Array(" \(replacements.randomElement(using: &random)!)".utf8)
            }
        case 5: // truncated anywhere
            bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &random)))
            return
        case 6: // indentation changed
            lines[line] = Bool.random(using: &random) ? Array("  ".utf8) + lines[line] : Array(lines[line].drop { $0 == UInt8(ascii: " ") })
        default: // two lines swapped
            let other = Int.random(in: 0..<lines.count, using: &random)
            lines.swapAt(line, other)
        }
        bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    }
}
