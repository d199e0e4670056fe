import ArgumentParser
import Foundation

extension ParsableCommand {
    /// What ArgumentParser's `main()` does with an error that ends the run (help asked for, a
    /// usage error, a failure thrown by `run()`), with its own words (USAGE:, "Missing expected
    /// argument …") in Vietnamese when `vietnamese` (`ParserWords`). The message and the exit code
    /// are otherwise exactly ArgumentParser's.
    public static func exitTranslated(for error: any Error, vietnamese: Bool) -> Never {
        let code = exitCode(for: error)
        var message = fullMessage(for: error)
        // Completion scripts, --version and --experimental-dump-help (the man page's source) are
        // printed as they are: programs read them. Only help screens and errors are for people.
        let forPeople = !code.isSuccess || message.hasPrefix("OVERVIEW: ") || message.hasPrefix("USAGE: ")
        if vietnamese, forPeople { message = ParserWords.translated(message) }
        if !message.isEmpty {
            if code.isSuccess {
                print(message)
            } else {
                FileHandle.standardError.write(Data((message + "\n").utf8))
            }
        }
        Foundation.exit(code.rawValue)
    }
}
