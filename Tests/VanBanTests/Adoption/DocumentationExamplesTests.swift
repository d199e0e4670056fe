import Foundation
import XCTest

/// The examples of the README, the Vietnamese guide and every page of docs/ run as printed, by the
/// convention that docs/README.md states ("Examples in these pages"): ```sh blocks run in order
/// from a copy of the repository root with the tests' `vanban` on the PATH, each command must
/// exit 0 (or the N of a trailing "(exit N)") and leave the outputs it names; a block after
/// `<!-- file: NAME -->` is written to NAME first; other YAML blocks must parse; and the blocks
/// that cannot run are counted, so that none is added unnoticed.
final class DocumentationExamplesTests: XCTestCase {
    /// The blocks each page shows without running them, by language: `console` (servers, watch,
    /// installing, recipes that need keys), `text` (what a program printed), `json` and `swift`
    /// (the library's code, built by scripts/integration.sh and LibraryUsageTests), and parts of
    /// documents in `yaml`. A page not listed has none.
    static let shownNotRun: [String: [String: Int]] = [
        "README.md": ["console": 3, "swift": 2],
        "README.vi.md": ["console": 2],
        "docs/check-rules.md": ["console": 1],
        "docs/command-line.md": ["console": 3, "text": 1],
        "docs/development.md": ["console": 1],
        "docs/forms.md": ["yaml": 3],
        "docs/how-it-works.md": ["text": 1],
        "docs/input-format.md": ["yaml": 4],
        "docs/library.md": ["swift": 1],
        "docs/service.md": ["console": 4, "json": 2, "text": 2],
        "docs/signing.md": ["console": 3, "json": 1],
        "docs/speed.md": ["console": 1, "text": 1],
        "docs/units.md": ["yaml": 1],
    ]

    func testEveryCommandOfEveryPageRunsAsPrinted() throws {
        var commands = 0
        for page in try DocumentationPage.all() {
            commands += try run(page).commands
        }
        XCTAssertGreaterThan(commands, 30, "the pages' ```sh blocks hold the commands users type")
    }

    /// The picture under the README's example is the page its printed command makes.
    func testTheReadmePictureIsTheExamplesFirstPage() throws {
        let scratch = try run(DocumentationPage(path: "README.md")).scratch
        let made = try Data(contentsOf: URL(fileURLWithPath: scratch + "/preview/page-01.png"))
        let shown = try Data(contentsOf: URL(fileURLWithPath: TestSupport.root + "/docs/cong-van.png"))
        XCTAssertTrue(made == shown, """
            docs/cong-van.png is not the page the README's example renders; after looking at it, \
            make it again: vanban render cong-van.yaml --png preview/ && cp preview/page-01.png docs/cong-van.png
            """)
    }

    func testEveryPartOfADocumentIsYAML() throws {
        let directory = TestSupport.temporaryDirectory()
        var files: [String: String] = [:]
        for page in try DocumentationPage.all() {
            for block in page.blocks where block.language == "yaml" && block.file == nil {
                let file = directory + "/\(files.count).yaml"
                try block.text.write(toFile: file, atomically: true, encoding: .utf8)
                files[file] = "\(page.path):\(block.line)"
            }
        }
        XCTAssertGreaterThan(files.count, 5)
        let check = "import sys, yaml\nfor name in sys.argv[1:]:\n    try:\n        yaml.safe_load(open(name, encoding='utf-8'))\n    except yaml.YAMLError as error:\n        print(name, str(error).replace('\\n', ' '))\n"
        let result = try TestSupport.run("python3", ["-c", check] + files.keys.sorted())
        XCTAssertEqual(result.status, 0, result.error)
        for line in result.output.split(separator: "\n") {
            let name = String(line.split(separator: " ").first ?? "")
            XCTFail("\(files[name] ?? name): the YAML block does not parse: \(line.dropFirst(name.count))")
        }
    }

    func testTheBlocksThatDoNotRunAreTheCountedOnes() throws {
        for page in try DocumentationPage.all() {
            var shown: [String: Int] = [:]
            for block in page.blocks where block.language != "sh" && block.file == nil {
                if ["console", "text", "json", "swift", "yaml"].contains(block.language) {
                    shown[block.language, default: 0] += 1
                } else {
                    XCTFail("\(page.path):\(block.line): a block fenced as '\(block.language)'; fence it as sh, console, text, yaml, json or swift (or csv after a file line)")
                }
            }
            XCTAssertEqual(shown, Self.shownNotRun[page.path] ?? [:],
                           "\(page.path): the blocks it shows without running them changed; run what can run (```sh), and count the rest here")
        }
    }

    // MARK: - Running a page

    /// Runs the page's blocks in order in a fresh copy of the repository root; returns that copy
    /// and how many commands ran.
    private func run(_ page: DocumentationPage) throws -> (scratch: String, commands: Int) {
        let scratch = try Self.scratchRoot()
        var commands = 0
        for block in page.blocks {
            if let file = block.file {
                try (block.text + "\n").write(toFile: scratch + "/" + file, atomically: true, encoding: .utf8)
            } else if block.language == "sh" {
                commands += try runShell(block, of: page, in: scratch)
            }
        }
        return (scratch, commands)
    }

    /// A copy of what the commands read and may change (Examples/, Layouts/), the fonts, a home
    /// directory of its own, and `.build/release` leading to the `vanban` the tests built, so
    /// that the README's `export PATH="$PWD/.build/release:$PATH"` holds as printed.
    private static func scratchRoot() throws -> String {
        let scratch = TestSupport.temporaryDirectory(), files = FileManager.default
        for directory in ["Examples", "Layouts"] {
            try files.copyItem(atPath: TestSupport.root + "/" + directory, toPath: scratch + "/" + directory)
        }
        try files.createSymbolicLink(atPath: scratch + "/Fonts", withDestinationPath: TestSupport.root + "/Fonts")
        try files.createDirectory(atPath: scratch + "/home", withIntermediateDirectories: true)
        try files.createDirectory(atPath: scratch + "/.build", withIntermediateDirectories: true)
        let products = (TestSupport.binary as NSString).deletingLastPathComponent
        try files.createSymbolicLink(atPath: scratch + "/.build/release", withDestinationPath: products)
        return scratch
    }

    /// One bash process per block, so a block's variables carry from line to line; after each
    /// command its exit status is compared with the expected one.
    private func runShell(_ block: DocumentationPage.Block, of page: DocumentationPage, in scratch: String) throws -> Int {
        let commands = Self.commands(of: block)
        var script = "cd \"$1\" || exit 90\nset -o pipefail\n"
        for (index, command) in commands.enumerated() {
            script += command.text + "\nstatus=$?\n"
            script += "if [ \"$status\" != \(command.expectedStatus) ]; then echo \"\(index) $status\" >&3; exit 91; fi\n"
        }
        let started = Date().addingTimeInterval(-1)
        let result = try Self.bash(script, in: scratch)
        let location = "\(page.path):\(block.line)"
        if result.status != 0 {
            let failure = result.failure.split(separator: " ").compactMap { Int($0) }
            if failure.count == 2 {
                let command = commands[failure[0]]
                XCTFail("""
                    \(page.path):\(block.line + 1 + command.line): `\(command.text)` exited \(failure[1]), not \(command.expectedStatus) \
                    (a command that is meant to fail ends its comment with "(exit N)")
                    \(result.output)\(result.error)
                    """)
            } else {
                XCTFail("\(location): the block stopped (status \(result.status)):\n\(result.output)\(result.error)")
            }
            return commands.count
        }
        for command in commands {
            for output in Self.outputs(of: command.text) {
                let path = output.path.hasPrefix("~/") ? scratch + "/home/" + output.path.dropFirst(2) : scratch + "/" + output.path
                XCTAssertTrue(Self.made(path, directory: output.isDirectory, since: started),
                              "\(page.path):\(block.line + 1 + command.line): `\(command.text)` does not make \(output.path)")
            }
        }
        return commands.count
    }

    private struct Command {
        let text: String
        let expectedStatus: Int
        /// Its first line in the block, from 0.
        let line: Int
    }

    /// The block's commands: lines joined where they end with `\`, comment lines left out.
    private static func commands(of block: DocumentationPage.Block) -> [Command] {
        var commands: [Command] = [], pending = "", first = 0
        for (index, line) in block.text.components(separatedBy: "\n").enumerated() {
            if pending.isEmpty { first = index }
            if line.hasSuffix("\\") { pending += line.dropLast() + " "; continue }
            let text = pending + line
            pending = ""
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            var expected = 0
            if let range = text.range(of: #"\(exit (\d+)\)\s*$"#, options: .regularExpression) {
                expected = Int(text[range].filter(\.isNumber)) ?? 0
            }
            commands.append(Command(text: text, expectedStatus: expected, line: first))
        }
        return commands
    }

    /// What a command line names as its outputs: for `vanban render` and `vanban new` the path of
    /// `-o` (a directory when it ends with `/`), the first page of `--png DIR`, the `--anchors`
    /// file, and without `-o` (and unless `--png` alone is asked for) the PDF beside the input;
    /// for any command, the file of a `>` redirection.
    private static func outputs(of command: String) -> [(path: String, isDirectory: Bool)] {
        var outputs: [(String, Bool)] = []
        for words in simpleCommands(command) {
            for (index, word) in words.enumerated() where word == ">" && index + 1 < words.count {
                outputs.append((words[index + 1], false))
            }
            guard words.count > 1, words[0] == "vanban" || words[0].hasSuffix("/vanban"), ["render", "new"].contains(words[1]) else { continue }
            let takesValue: Set<String> = ["-o", "--output", "--png", "--dpi", "--layout", "--fonts", "--font-family",
                                           "--creation-date", "--units", "--name-column", "--sign-fields", "--anchors",
                                           "--preview-signature", "--preview-seal", "--seal-diameter", "--lang"]
            var options: [String: String] = [:], positional: [String] = [], index = 2
            while index < words.count {
                let word = words[index]
                if word == ">" { break }
                if takesValue.contains(word), index + 1 < words.count {
                    options[word] = words[index + 1]
                    index += 2
                } else {
                    if !word.hasPrefix("-") { positional.append(word) }
                    index += 1
                }
            }
            let output = options["-o"] ?? options["--output"]
            if let output { outputs.append((output, output.hasSuffix("/"))) }
            if let png = options["--png"] { outputs.append(((png.hasSuffix("/") ? png : png + "/") + "page-01.png", false)) }
            if let anchors = options["--anchors"] { outputs.append((anchors, anchors.hasSuffix("/"))) }
            if words[1] == "render", output == nil, options["--png"] == nil, let input = positional.first {
                outputs.append(((input as NSString).deletingPathExtension + ".pdf", false))
            }
        }
        return outputs
    }

    /// A command line's simple commands as words: quotes removed, split at `;`, `&&`, `||`, `|`
    /// and `&`, up to a `#` that starts a comment.
    private static func simpleCommands(_ line: String) -> [[String]] {
        var commands: [[String]] = [], words: [String] = [], word = "", quote: Character?, inWord = false
        func endWord() { if inWord { words.append(word) }; word = ""; inWord = false }
        func endCommand() { endWord(); if !words.isEmpty { commands.append(words) }; words = [] }
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { word.append(character) }
                continue
            }
            switch character {
            case "'", "\"": quote = character; inWord = true
            case " ", "\t": endWord()
            case "#" where !inWord: endCommand(); return commands
            case ";", "&", "|": endCommand()
            case ">": endWord(); words.append(">")
            default: word.append(character); inWord = true
            }
        }
        endCommand()
        return commands
    }

    /// Whether the output is there and was written since `date`: a non-empty file, or a directory
    /// holding such a file.
    private static func made(_ path: String, directory: Bool, since date: Date) -> Bool {
        let files = FileManager.default
        let candidates = directory ? ((try? files.contentsOfDirectory(atPath: path)) ?? []).map { path + "/" + $0 } : [path]
        return candidates.contains { file in
            guard let attributes = try? files.attributesOfItem(atPath: file),
                  let size = attributes[.size] as? Int, let modified = attributes[.modificationDate] as? Date else { return false }
            return size > 0 && modified >= date
        }
    }

    private struct ShellResult {
        let status: Int32
        let output: String, error: String
        /// "INDEX STATUS" of the command that failed, written to descriptor 3.
        let failure: String
    }

    /// Runs the script with bash in `directory`, with `.build/release` (the tests' build) first
    /// on the PATH and a home of its own; stopped after five minutes.
    private static func bash(_ script: String, in directory: String) throws -> ShellResult {
        let logs = TestSupport.temporaryDirectory()
        let names = ["out", "err", "failure"].map { logs + "/" + $0 }
        for name in names { _ = FileManager.default.createFile(atPath: name, contents: nil) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = directory + "/.build/release:" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["HOME"] = directory + "/home"
        process.environment = environment
        process.standardOutput = FileHandle(forWritingAtPath: names[0])
        process.standardError = FileHandle(forWritingAtPath: names[1])
        // The script's descriptor 3 names the command that failed (Process passes on only 0–2).
        process.arguments = ["-c", "exec 3>\"$2\"\n" + script + "\nexit 0\n", "bash", directory, names[2]]
        try process.run()
        let deadline = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 300, execute: deadline)
        process.waitUntilExit()
        deadline.cancel()
        let read = { (name: String) in (try? String(contentsOfFile: name, encoding: .utf8)) ?? "" }
        return ShellResult(status: process.terminationStatus, output: read(names[0]), error: read(names[1]),
                           failure: read(names[2]).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
