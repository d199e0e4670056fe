import VanBanModel

/// What a starting document says where the form itself cannot tell: the content (ô 6) and the
/// first Nơi nhận line, in the decree's own words where its templates give them, as short
/// instructions where they leave the content to the drafter. Keyed by tên loại.
enum StarterContent {
    struct Content {
        var body: String
        /// Who carries the text out, listed first under Nơi nhận ("Như Điều 3;", "Như trên;").
        var firstRecipient: String?
        /// The issuing body's first line and its abbreviation in the ký hiệu.
        var issuer = (name: "ỦY BAN NHÂN DÂN", abbreviation: "UBND")
        /// The signer's authority and title lines (Phụ lục I, the signing prefixes).
        var signer = (authority: "TM. ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH")
        /// Thẩm quyền ban hành, or a công điện's sender.
        var authority = "CHỦ TỊCH ỦY BAN NHÂN DÂN ……"
        /// Whether it is addressed with "Kính gửi:" (công văn, công điện, an upward tờ trình).
        var addressed = false
    }

    static func content(for form: Form) -> Content {
        byType[Forms.normalised(form.type)] ?? (form.numbering == .articles ? articles : sections)
    }

    private static let articles = Content(body: """
        Điều 1. Nội dung của văn bản: quy định, phê duyệt hoặc giao nhiệm vụ cụ thể.
        Điều 2. Văn bản này có hiệu lực kể từ ngày ký.
        Điều 3. Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành văn bản này./.
        """, firstRecipient: "Như Điều 3;")

    private static let sections = Content(body: """
        I. MỤC ĐÍCH, YÊU CẦU
        1. Mục đích
        Nêu mục đích của văn bản.
        2. Yêu cầu
        Nêu các yêu cầu cần bảo đảm.
        II. NỘI DUNG
        1. Nêu nội dung thứ nhất.
        2. Nêu nội dung thứ hai.
        III. TỔ CHỨC THỰC HIỆN
        Giao các cơ quan, đơn vị tổ chức thực hiện và báo cáo kết quả về cơ quan ban hành./.
        """, firstRecipient: nil)

    private static let byType: [String: Content] = [
        "nghị quyết": Content(body: """
            Điều 1. Nội dung nghị quyết: thông qua, quyết nghị các vấn đề cụ thể.
            Điều 2. Tổ chức thực hiện
            1. Giao Ủy ban nhân dân tổ chức thực hiện Nghị quyết này.
            2. Giao Thường trực Hội đồng nhân dân, các Ban và đại biểu Hội đồng nhân dân giám sát việc thực hiện Nghị quyết.
            Nghị quyết này có hiệu lực kể từ ngày thông qua./.
            """, firstRecipient: "Như Điều 2;", issuer: ("HỘI ĐỒNG NHÂN DÂN", "HĐND"),
            signer: ("TM. HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH"), authority: "HỘI ĐỒNG NHÂN DÂN ……"),
        "quyết định": Content(body: """
            Điều 1. Nội dung quyết định: thành lập, phê duyệt, giao nhiệm vụ hoặc ban hành văn bản kèm theo.
            Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
            Điều 3. Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
            """, firstRecipient: "Như Điều 3;", signer: ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")),
        "báo cáo": Content(body: """
            PHẦN THỨ NHẤT
            KẾT QUẢ THỰC HIỆN
            I. TÌNH HÌNH CHUNG
            Nêu tình hình thực hiện trong kỳ báo cáo.
            II. KẾT QUẢ ĐẠT ĐƯỢC
            1. Nêu kết quả thứ nhất, có số liệu cụ thể.
            2. Nêu kết quả thứ hai.
            PHẦN THỨ HAI
            NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI
            I. NHIỆM VỤ
            Nêu các nhiệm vụ trọng tâm.
            II. KIẾN NGHỊ, ĐỀ XUẤT
            Nêu kiến nghị, đề xuất với cơ quan cấp trên./.
            """, firstRecipient: nil),
        "tờ trình": Content(body: """
            Căn cứ văn bản quy định về vấn đề cần trình, cơ quan trình kính trình xem xét, quyết định nội dung sau:
            I. SỰ CẦN THIẾT
            Nêu lý do, sự cần thiết của đề nghị.
            II. NỘI DUNG ĐỀ NGHỊ
            Nêu nội dung cụ thể đề nghị xem xét, quyết định.
            Kính trình xem xét, quyết định./.
            """, firstRecipient: "Như trên;", addressed: true),
        "công văn": Content(body: """
            Nêu nội dung công văn: căn cứ, vấn đề cần trao đổi, đề nghị hoặc yêu cầu cụ thể.
            Đề nghị các cơ quan, đơn vị quan tâm, thực hiện./.
            """, firstRecipient: "Như trên;", addressed: true),
        "công điện": Content(body: """
            Nêu tình hình, sự việc cần xử lý ngay.
            1. Yêu cầu cơ quan, đơn vị thứ nhất thực hiện ngay các biện pháp cụ thể.
            2. Yêu cầu cơ quan, đơn vị thứ hai phối hợp thực hiện.
            Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc thực hiện./.
            """, firstRecipient: "Như trên;", addressed: true),
        "giấy mời": Content(body: """
            Đề nghị đại biểu tham dự đầy đủ, đúng thời gian./.
            """, firstRecipient: "Như trên;"),
        "giấy giới thiệu": Content(body: "", firstRecipient: "Như trên;"),
        "giấy nghỉ phép": Content(body: "", firstRecipient: "Người được cấp giấy nghỉ phép;"),
        "biên bản": Content(body: """
            1. Nêu diễn biến cuộc họp: các báo cáo, ý kiến phát biểu.
            2. Kết luận của chủ trì.
            Biên bản đã được đọc lại cho người dự họp nghe và nhất trí.
            """, firstRecipient: "Thành phần dự họp;"),
    ]
}
