import Foundation
import VanBanModel

/// `--lang vi|en` as written on a program's command line, read before ArgumentParser parses it:
/// the parser builds each command's help texts while it makes the commands, so the language must
/// already be known when `vanban render --lang vi --help` is parsed. Both programs, `vanban` and
/// `vanban-serve`, read it this one way.
public enum LanguageArgument {
    /// The value of the last `--lang X` or `--lang=X` before a `--` (after it every word is a
    /// file name); nil when there is none. `arguments` excludes the program's name.
    public static func value(in arguments: [String]) -> String? {
        var given: String?
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.count {
                given = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix("--lang=") {
                given = String(argument.dropFirst("--lang=".count))
            }
            index += 1
        }
        return given
    }

    /// The language `--lang` names, nil when absent or not one VanBan speaks (`--lang fr`: the
    /// parser then refuses it, in the environment's language).
    public static func requested(in arguments: [String]) -> Language? {
        value(in: arguments).flatMap(Language.init(tag:))
    }
}
