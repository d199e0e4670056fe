import Foundation
import HTTPTypes
import Hummingbird
import VanBanCommandLine
import VanBanModel

/// The two languages of vanban-serve, chosen separately because they have different readers.
///
/// - The operator's: its help, startup line, refusals to start and log lines. Chosen as `vanban`
///   chooses: `--lang`, else `LC_ALL` > `LC_MESSAGES` > `LANG`, else English.
/// - Each answer's: the request's `Accept-Language`, else `--lang`, else English. Not the
///   environment: a daemon's `LANG` is the host's setting, not a choice about what its clients
///   read, and an integrator's client that sends no `Accept-Language` must get the same words on
///   every host.
enum ServerLanguage {
    /// `--lang` as written on the command line (`LanguageArgument`), so that `--help` and the
    /// option's own refusal are already in it. Nil when absent or not a language VanBan speaks
    /// (`validate()` then refuses it).
    static let requested: Language? = LanguageArgument.requested(in: Array(CommandLine.arguments.dropFirst()))

    /// The operator's language.
    static let own = requested ?? Language.ofEnvironment(ProcessInfo.processInfo.environment)

    /// The language of answers to requests whose `Accept-Language` names neither language.
    static let answersByDefault = requested ?? .english
}

extension Request {
    /// The language to answer this request in: the one its `Accept-Language` prefers (every
    /// such header line counts, as if joined by commas), else `fallback`.
    func answerLanguage(fallback: Language) -> Language {
        let header = headers[values: .acceptLanguage].joined(separator: ",")
        return Language.preferred(acceptLanguage: header) ?? fallback
    }
}

extension Response {
    /// Marks an answer whose words were chosen by `Accept-Language`: `Content-Language` says which,
    /// and `Vary` tells a cache to keep one copy per `Accept-Language`, so a cache in front of the
    /// service never gives a Vietnamese client the English answer (or the other way round).
    /// Answers whose bytes do not depend on it (PDFs, pages, templates) carry neither, so caches
    /// share them.
    mutating func markLanguage(_ language: Language) {
        headers[.contentLanguage] = language.rawValue
        headers.append(HTTPField(name: .vary, value: "Accept-Language"))
    }
}
