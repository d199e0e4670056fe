/// One of the decree's boxes (ô, Phụ lục I, IV) that a model form prints, each drawn by its own
/// composer. A form lists them in reading order; a box whose values the document leaves out
/// prints nothing.
public enum Box: String, Sendable, Hashable, CaseIterable {
    /// Ô 1–4: issuer and số on the left, quốc hiệu, tiêu ngữ and the date on the right; with the
    /// optional marks under the số (độ mật, độ khẩn) and above the quốc hiệu (phạm vi lưu hành).
    case header
    /// Ô 5a: tên loại, trích yếu and the rule under them.
    case title
    /// The enacting authority's line(s) of a nghị quyết or quyết định, centred, bold capitals.
    case authority
    /// Ô 9a: "Kính gửi:" and the addressees (công văn, upward tờ trình or báo cáo).
    case addressees
    /// Công điện: "<body> điện:" centred, then the addressees in the right half.
    case telegram
    /// Căn cứ, one per line, and the optional "Theo đề nghị của …" line.
    case bases
    /// The form's fixed lines with the document's values ("Thời gian: …", "Chức vụ: …").
    case details
    /// "QUYẾT ĐỊNH:" or "QUYẾT NGHỊ:", centred, bold, kept with the first article.
    case leadIn
    /// Ô 6: the content.
    case body
    /// The form's fixed lines after the content (a biên bản's "Cuộc họp … kết thúc vào …").
    case closingDetails
    /// Ô 7 and 9b: the signer(s) and the Nơi nhận.
    case closing
    /// Mẫu 3.1: a paper copy's block (sao y, sao lục, trích sao) after the copied document.
    case copy

    /// The boxes that follow every form: any document may be copied.
    public static let afterEveryForm: [Box] = [.copy]
}

/// How the signers of a form stand (Phụ lục III).
public enum SignerLayout: String, Sendable, Hashable {
    /// One signer on the right, Nơi nhận on the left in the same row.
    case single
    /// Two signers side by side (a biên bản's secretary left and chair right; joint documents),
    /// Nơi nhận in the row below on the left.
    case pair
}

/// How a body is numbered (Phụ lục I, II.6.đ, table V).
public enum BodyNumbering: String, Sendable, Hashable {
    /// Điều 1., khoản 1., điểm a): nghị quyết, quyết định, quy chế, quy định.
    case articles
    /// I., 1., a): plans, reports and the other documents with a type name.
    case sections
}
