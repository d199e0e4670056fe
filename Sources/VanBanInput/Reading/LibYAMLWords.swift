import VanBanModel

/// libyaml's own words for a syntax error ("could not find expected ':'", "while scanning a simple
/// key"), in Vietnamese. They reach the user inside VanBan's message ("YAML syntax: …"), so a văn
/// thư reading Vietnamese would otherwise meet the parser's English at the mistake she meets most.
/// The English stays libyaml's exactly; a phrase libyaml has that is not here stays English.
enum LibYAMLWords {
    /// "could not find expected ':' while scanning a simple key" as libyaml says it, and in
    /// Vietnamese "không thấy dấu ':' cần có, khi đọc một khóa".
    static func phrase(problem: String, context: String?) -> Phrase {
        let english = problem + (context.map { " \($0)" } ?? "")
        let vietnamese = (problems[problem] ?? problem) + (context.map { ", \(contexts[$0] ?? $0)" } ?? "")
        return Phrase(en: english, vi: vietnamese)
    }

    /// The problems a hand-written document meets; the rest (directives, tags, version numbers)
    /// belong to YAML features VanBan's documents never use.
    private static let problems: [String: String] = [
        "mapping values are not allowed in this context": "không được có giá trị (sau ': ') ở chỗ này",
        "mapping keys are not allowed in this context": "không được có khóa ở chỗ này",
        "block sequence entries are not allowed in this context": "không được có mục danh sách ('- ') ở chỗ này",
        "could not find expected ':'": "không thấy dấu ':' cần có",
        "did not find expected key": "không thấy khóa cần có",
        "did not find expected '-' indicator": "không thấy dấu '-' đầu mục cần có",
        "did not find expected ',' or ']'": "không thấy dấu ',' hoặc ']' cần có",
        "did not find expected ',' or '}'": "không thấy dấu ',' hoặc '}' cần có",
        "did not find expected node content": "không thấy giá trị cần có",
        "did not find expected comment or line break": "không thấy chú thích hoặc chỗ xuống dòng cần có",
        "did not find expected alphabetic or numeric character": "không thấy chữ cái hoặc chữ số cần có",
        "did not find expected <document start>": "không thấy phần mở đầu cần có (---)",
        "found character that cannot start any token": "gặp một ký tự không thể đứng đầu ở đây",
        "found unexpected end of stream": "tệp kết thúc khi chưa đọc xong",
        "found unexpected ':'": "gặp dấu ':' không đúng chỗ",
        "found unknown escape character": "gặp một ký tự thoát (\\…) không hợp lệ",
        "found unexpected document indicator": "gặp dấu --- hoặc ... không đúng chỗ",
        "found a tab character that violates indentation": "gặp ký tự tab làm sai thụt lề",
        "found a tab character where an indentation space is expected": "gặp ký tự tab ở chỗ cần dấu cách thụt lề",
        "found undefined alias": "gặp một bí danh (*) chưa được định nghĩa",
        "control characters are not allowed": "không được có ký tự điều khiển",
    ]

    private static let contexts: [String: String] = [
        "while scanning a simple key": "khi đọc một khóa",
        "while scanning a quoted scalar": "khi đọc một chuỗi trong dấu ngoặc kép",
        "while parsing a quoted scalar": "khi đọc một chuỗi trong dấu ngoặc kép",
        "while scanning a plain scalar": "khi đọc một chuỗi",
        "while scanning a block scalar": "khi đọc một khối chữ (| hoặc >)",
        "while parsing a block mapping": "khi đọc một bảng khóa",
        "while parsing a flow mapping": "khi đọc một bảng khóa { … }",
        "while parsing a block collection": "khi đọc một danh sách",
        "while parsing a flow sequence": "khi đọc một danh sách [ … ]",
        "while parsing a block node": "khi đọc một giá trị",
        "while parsing a flow node": "khi đọc một giá trị",
        "while parsing a node": "khi đọc một giá trị",
        "while scanning for the next token": "khi đọc tiếp",
        "while scanning an anchor": "khi đọc một neo (&)",
        "while scanning an alias": "khi đọc một bí danh (*)",
    ]
}
