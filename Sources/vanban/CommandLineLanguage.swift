import ArgumentParser
import Foundation
import VanBanCommandLine
import VanBanModel

/// The language of everything this run of `vanban` prints: help, usage errors, progress lines
/// and the problems of the input. Decided once, before ArgumentParser reads anything, because the
/// help texts are built while it makes the commands (each `help:` is evaluated then), so the
/// choice must already exist when `vanban render --lang vi --help` is parsed.
enum CommandLineLanguage {
    /// `--lang vi|en` anywhere on the command line, else `LC_ALL` > `LC_MESSAGES` > `LANG`.
    static let current: Language = chosen(arguments: Array(CommandLine.arguments.dropFirst()),
                                           environment: ProcessInfo.processInfo.environment)

    /// `--lang` (`LanguageArgument`), else the environment's language. A value VanBan does not
    /// speak (`--lang fr`) is left to the parser, which refuses it in the environment's language
    /// (`LanguageOption`).
    static func chosen(arguments: [String], environment: [String: String]) -> Language {
        LanguageArgument.requested(in: arguments) ?? Language.ofEnvironment(environment)
    }
}

extension Phrase {
    /// The text in the language of this run.
    var chosen: String { text(CommandLineLanguage.current) }
}

/// `--lang vi|en`, on the root and on every command, so that help lists it where it is used.
/// Its value was read before parsing (`CommandLineLanguage`); the parser only checks it.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"),
            help: ArgumentHelp(Phrase(en: "The language of help and messages: vi (Vietnamese) or en (English); default: LC_ALL, LC_MESSAGES or LANG.",
                                      vi: "Ngôn ngữ của trợ giúp và thông báo: vi (tiếng Việt) hoặc en (tiếng Anh); mặc định theo LC_ALL, LC_MESSAGES hoặc LANG.").chosen,
                               valueName: "vi|en"),
            transform: { value in
                guard let language = LanguageOption.language(named: value) else {
                    throw ValidationError(Phrase(en: "VanBan speaks vi (Vietnamese) and en (English): write --lang vi or --lang en",
                                                 vi: "VanBan nói được vi (tiếng Việt) và en (tiếng Anh): hãy viết --lang vi hoặc --lang en").chosen)
                }
                return language
            })
    var lang: Language?

    /// `vi`, `en`, `vi_VN`, `en-US` (any case); nil for a language VanBan does not speak.
    static func language(named value: String) -> Language? { Language(tag: value) }
}
