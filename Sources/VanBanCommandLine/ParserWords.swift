import Foundation

/// ArgumentParser's own words in Vietnamese. It writes the frame of every help screen and usage
/// error (USAGE:, OPTIONS:, "Missing expected argument …") in English and offers no way to
/// translate them, while all the texts inside the frame are VanBan's own and already in the
/// chosen language. So when Vietnamese is chosen, the finished message is read once more and the
/// framework's known phrases (those of swift-argument-parser 1.8, in `HelpGenerator`,
/// `UsageGenerator` and `MessageInfo`) are replaced. A phrase not in this table stays English;
/// no VanBan text is touched, because every VanBan text is already Vietnamese by then.
public enum ParserWords {
    /// Pattern (a regular expression matched anywhere), Vietnamese template ($1 = the first group).
    static let vietnamese: [(pattern: String, template: String)] = [
        // The help screen's frame.
        ("(?m)^OVERVIEW: ", "TỔNG QUAN: "),
        ("(?m)^USAGE: ", "CÁCH DÙNG: "),
        ("(?m)^ARGUMENTS:$", "THAM SỐ:"),
        ("(?m)^OPTIONS:$", "TÙY CHỌN:"),
        ("(?m)^SUBCOMMANDS:$", "LỆNH CON:"),
        ("  See '([^']*)' for detailed help\\.", "  Xem '$1' để đọc trợ giúp chi tiết của từng lệnh."),
        ("<subcommand>", "<lệnh-con>"),
        ("\\[<options>\\]", "[<tùy-chọn>]"),
        ("Show help information\\.", "Hiện trợ giúp này."),
        ("Show the version\\.", "Hiện số phiên bản."),
        ("\\(values: ", "(các giá trị: "),
        ("; default: ", "; mặc định: "),
        ("\\(default: ", "(mặc định: "),
        ("\\(default as flag: ", "(mặc định khi không ghi giá trị: "),
        // A usage error: "Error: …", then the usage and where to read more.
        ("(?m)^Error: ", "Lỗi: "),
        ("(?m)^Help:  ", "Trợ giúp:  "),
        ("(?m)^Usage: ", "Cách dùng: "),
        ("  See '([^']*)' for more information\\.", "  Xem '$1' để biết thêm."),
        ("Missing expected argument '([^']*)'", "Thiếu tham số bắt buộc '$1'"),
        ("Missing one of: ", "Thiếu một trong các tham số: "),
        ("Missing value for '([^']*)'", "Thiếu giá trị cho '$1'"),
        ("Missing required subcommand\\.", "Thiếu lệnh con."),
        ("Unknown option '([^']*)'\\. Did you mean '([^']*)'\\?", "Không có tùy chọn '$1'. Có phải ý bạn là '$2'?"),
        ("Unknown option '([^']*)'", "Không có tùy chọn '$1'"),
        ("Unexpected argument '([^']*)'", "Tham số thừa '$1'"),
        ("(\\d+) unexpected arguments: ", "$1 tham số thừa: "),
        ("The option '([^']*)' does not take any value, but '([^']*)' was specified\\.",
         "Tùy chọn '$1' không nhận giá trị nào, nhưng đã được ghi '$2'."),
        ("The value '(.*)' is invalid for '([^']*)'", "Giá trị '$1' không hợp lệ cho '$2'"),
        ("\\. Please provide one of the following:", ". Hãy dùng một trong các giá trị sau:"),
        ("\\. Please provide one of ('[^\\n]*)\\.", ". Hãy dùng một trong các giá trị $1."),
        ("' (or|and) '", "' hoặc '"),
    ]

    private static let compiled: [(NSRegularExpression, String)] = vietnamese.map { entry in
        // The patterns are fixed and tested (CommandLineLanguageTests): a bad one is a programming error.
        (try! NSRegularExpression(pattern: entry.pattern), entry.template)
    }

    /// The message with ArgumentParser's English phrases in Vietnamese.
    public static func translated(_ message: String) -> String {
        compiled.reduce(message) { text, rule in
            rule.0.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: rule.1)
        }
    }
}
