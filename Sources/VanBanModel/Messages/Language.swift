import Foundation

/// The languages VanBan speaks to people in: every diagnostic, hint, progress line and help text
/// exists in both. English is the default, so scripts that read the messages see what they always saw.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case english = "en"
    case vietnamese = "vi"

    /// A language tag or locale name: `vi`, `vi-VN`, `vi_VN.UTF-8`, `en_US`, `EN`.
    /// Nil for a language VanBan does not speak (`fr_FR`) and for `C`/`POSIX`.
    public init?(tag: String) {
        let primary = tag.prefix { $0.isLetter }.lowercased()
        guard let language = Language(rawValue: primary) else { return nil }
        self = language
    }

    /// The language of messages a POSIX program uses: the first of `LC_ALL`, `LC_MESSAGES` and
    /// `LANG` that is set and not empty decides (`LC_ALL=C` means English even when `LANG=vi_VN`).
    public static func ofEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty { return Language(tag: value) ?? .english }
        }
        return .english
    }

    /// The language an HTTP client asks for in `Accept-Language` (RFC 9110 §12.5.4): the spoken
    /// language with the highest weight, the earlier one on a tie; nil when it names neither.
    /// `vi-VN,vi;q=0.9,en;q=0.8` → Vietnamese; `en, vi;q=0.5` → English; `*` → nil (no preference).
    public static func preferred(acceptLanguage header: String) -> Language? {
        var best: (language: Language, weight: Double)?
        for entry in header.split(separator: ",") {
            let parts = entry.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first, let language = Language(tag: String(tag)) else { continue }
            var weight = 1.0
            for parameter in parts.dropFirst() where parameter.lowercased().hasPrefix("q=") {
                weight = Double(parameter.dropFirst(2)) ?? 0
            }
            guard weight > 0 else { continue }
            if best == nil || weight > best!.weight { best = (language, weight) }
        }
        return best?.language
    }
}
