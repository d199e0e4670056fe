import Foundation
import VanBan
import VanBanModel
import XCTest

/// The model forms of Phụ lục III, measured from the PDF a reader opens: the authority line, the
/// lead-in, articles, a form's fixed lines, two signers side by side, a công điện's addressees.
final class FormsTests: XCTestCase {
    let mm = TestSupport.mm
    /// The text's centre on an A4 portrait page with the layout's 30 mm and 15 mm margins.
    lazy var textCentre = (30 * mm + (210 - 15) * mm) / 2

    func lines(ofExample name: String) throws -> [PDFLine] {
        let document = try TestSupport.document(TestSupport.examples + "/" + name)
        return try PDFLine.read(try TestSupport.pdfFile(document))
    }

    /// Mẫu 1.2: the authority line centred in bold between the title and the căn cứ; "QUYẾT ĐỊNH:"
    /// centred in bold after the last căn cứ ("Theo đề nghị của …") and on the page of Điều 1;
    /// "Điều 1." bold and its text regular on one baseline; a titled article bold as a whole.
    func testADecisionHasItsAuthorityLineLeadInAndArticles() throws {
        let lines = try lines(ofExample: "quyet-dinh.yaml")
        let summary = try lines.starting("Về việc thành lập")
        let authority = try lines.first("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO")
        let firstBasis = try lines.starting("Căn cứ Luật Tổ chức")
        XCTAssertTrue(authority.bold)
        XCTAssertEqual(authority.size, 14)
        XCTAssertEqual(authority.centre, textCentre, accuracy: 1)
        XCTAssertGreaterThan(authority.baseline, summary.baseline)
        XCTAssertLessThan(authority.baseline, firstBasis.baseline)
        let proposal = try lines.first("huyện.")
        XCTAssertTrue(proposal.italic, "the proposal is the last căn cứ line, in italic")
        let leadIn = try lines.first("QUYẾT ĐỊNH:")
        XCTAssertTrue(leadIn.bold)
        XCTAssertEqual(leadIn.centre, textCentre, accuracy: 1)
        XCTAssertGreaterThan(leadIn.baseline, proposal.baseline)
        let label = try lines.first("Điều 1.")
        XCTAssertEqual(label.page, leadIn.page, "QUYẾT ĐỊNH: stays with Điều 1")
        XCTAssertTrue(label.bold)
        XCTAssertEqual(label.x0, 30 * mm + 10 * mm, accuracy: 0.5, "indented like a paragraph")
        let text = try lines.starting("Thành lập Tổ công tác")
        XCTAssertFalse(text.bold, "the article's text is regular")
        XCTAssertEqual(text.baseline, label.baseline, accuracy: 0.01)
        XCTAssertTrue(try lines.first("Điều 2. Nhiệm vụ của Tổ công tác").bold, "an article's title is bold")
        XCTAssertFalse(try lines.starting("1. Kiểm tra việc soạn thảo").bold, "a khoản ending with ':' keeps its siblings' weight")
        XCTAssertFalse(try lines.starting("a) Các phòng chuyên môn").bold)
    }

    /// Mẫu 1.1: two authority lines and "QUYẾT NGHỊ:".
    func testAResolutionResolves() throws {
        let lines = try lines(ofExample: "nghi-quyet.yaml")
        let first = try lines.first("HỘI ĐỒNG NHÂN DÂN XÃ QUÀI TỞ"), second = try lines.first("KHÓA XXI, KỲ HỌP THỨ MƯỜI")
        XCTAssertTrue(first.bold && second.bold)
        XCTAssertEqual(second.baseline - first.baseline, 14 * 1.15, accuracy: 0.1)
        let leadIn = try lines.first("QUYẾT NGHỊ:")
        XCTAssertEqual(leadIn.centre, textCentre, accuracy: 1)
        XCTAssertTrue(try lines.first("TM. HỘI ĐỒNG NHÂN DÂN").bold)
    }

    /// Mẫu 1.9: no place and date in the header; the fixed lines filled in; the closing line
    /// after the content; THƯ KÝ on the left and CHỦ TỌA on the right on one baseline, each
    /// centred in half the text width with its name; Nơi nhận below them.
    func testMinutesHaveTwoSignersSideBySide() throws {
        let lines = try lines(ofExample: "bien-ban.yaml")
        XCTAssertFalse(lines.contains { $0.page == 1 && $0.italic && $0.text.contains("ngày") && $0.baseline < 130 },
                       "a biên bản's header has no date")
        XCTAssertNotNil(try lines.first("Thời gian bắt đầu: 08 giờ 00, ngày 12 tháng 11 năm 2024"))
        XCTAssertNotNil(try lines.first("Cuộc họp kết thúc vào 10 giờ 30 cùng ngày./."))
        let secretary = try lines.first("THƯ KÝ"), chair = try lines.first("CHỦ TỌA")
        XCTAssertTrue(secretary.bold && chair.bold)
        XCTAssertEqual(secretary.baseline, chair.baseline, accuracy: 0.01)
        let half = (210 - 30 - 15) * mm / 2
        XCTAssertEqual(secretary.centre, 30 * mm + half / 2, accuracy: 1)
        XCTAssertEqual(chair.centre, 30 * mm + half * 1.5, accuracy: 1)
        let left = try lines.first("Lường Thị Hoa"), right = try lines.first("Cà Văn Chung")
        XCTAssertTrue(left.bold && right.bold)
        XCTAssertEqual(left.centre, secretary.centre, accuracy: 1)
        XCTAssertEqual(right.centre, chair.centre, accuracy: 1)
        XCTAssertEqual(left.baseline - secretary.baseline, 14 * 1.15 + 30 * mm, accuracy: 1, "the signature space between")
        let recipients = try lines.first("Nơi nhận:")
        XCTAssertGreaterThan(recipients.baseline, left.baseline, "Nơi nhận is in the row below the signers")
        XCTAssertEqual(recipients.x0, 30 * mm, accuracy: 0.5)

        // Each signer's field, named by role, and the seal's are listed by --anchors.
        let directory = TestSupport.temporaryDirectory()
        let result = try TestSupport.vanban(["render", TestSupport.examples + "/bien-ban.yaml", "-o", directory + "/bb.pdf",
                                             "--anchors", directory + "/bb.json"])
        XCTAssertEqual(result.status, 0, result.error)
        let anchors = try JSONDecoder().decode(Anchors.self, from: Data(contentsOf: URL(fileURLWithPath: directory + "/bb.json")))
        XCTAssertEqual(anchors.fields.map(\.name), ["thu-ky", "chu-toa", "organisation"])
        XCTAssertEqual(anchors.fields.map(\.text), ["Lường Thị Hoa", "Cà Văn Chung", "ỦY BAN NHÂN DÂN XÃ QUÀI TỞ"])
    }

    /// Mẫu 1.7 and 1.8: the fixed lines with the issuer in a sentence; no trích yếu on a giấy
    /// giới thiệu, whose centred line follows the title; a value left out is a fill-in blank.
    func testInvitationAndIntroductionPrintTheirFixedLines() throws {
        let invitation = try lines(ofExample: "giay-moi.yaml")
        XCTAssertNotNil(try invitation.starting("Ủy ban nhân dân huyện Tuần Giáo trân trọng kính mời: Lãnh đạo"))
        for label in ["Tới dự Hội nghị", "Chủ trì: Đồng chí", "Thời gian: 01 buổi", "Địa điểm: Hội trường"] {
            XCTAssertFalse(try invitation.starting(label).bold, label)
        }
        let introduction = try lines(ofExample: "giay-gioi-thieu.yaml")
        let title = try introduction.first("GIẤY GIỚI THIỆU")
        let centred = try introduction.first("Phòng Nội vụ trân trọng giới thiệu:")
        XCTAssertEqual(centred.centre, textCentre, accuracy: 1)
        let between = introduction.filter { $0.page == 1 && $0.baseline > title.baseline && $0.baseline < centred.baseline }
        XCTAssertEqual(between.map(\.text), [], "no trích yếu under the title")
        XCTAssertNotNil(try introduction.first("Chức vụ: Chuyên viên Phòng Nội vụ"))
        let validity = try introduction.starting("Giấy này có giá trị đến hết ngày")
        XCTAssertTrue(validity.text.contains("……"), "the date left out is a blank: \(validity.text)")
        let fillable = TestSupport.temporaryDirectory() + "/ggt.pdf"
        let result = try TestSupport.vanban(["render", TestSupport.examples + "/giay-gioi-thieu.yaml", "-o", fillable, "--fillable"])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertTrue(try QPDFForm.fields(fillable).contains { $0.type == "/Tx" }, "the blank is a text field")
    }

    /// Mẫu 1.6: "… điện:" centred in bold, the addressees in the right half.
    func testATelegramAddressesTheRightHalf() throws {
        let lines = try lines(ofExample: "cong-dien.yaml")
        let sender = try lines.first("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:")
        XCTAssertTrue(sender.bold)
        XCTAssertEqual(sender.centre, textCentre, accuracy: 1)
        let addressee = try lines.first("- Giám đốc các sở, ban, ngành tỉnh;")
        XCTAssertEqual(addressee.x0, textCentre, accuracy: 0.5)
        XCTAssertGreaterThan(addressee.baseline, sender.baseline)
    }

    /// Parts named "PHẦN THỨ …" are centred bold headings with their title under them, and the
    /// sections under each part number from I again without a finding.
    func testReportPartsAreHeadings() throws {
        let yaml = """
            type: Báo cáo
            issuer: { name: [ỦY BAN NHÂN DÂN, XÃ QUÀI TỞ] }
            symbol: BC-UBND
            place: Quài Tở
            date: 2024-12-10
            summary: Kết quả công tác năm 2024
            body: |
              PHẦN THỨ NHẤT
              KẾT QUẢ THỰC HIỆN
              I. TÌNH HÌNH CHUNG
              Năm 2024, tình hình kinh tế - xã hội ổn định.
              PHẦN THỨ HAI
              NHIỆM VỤ NĂM 2025
              I. MỤC TIÊU
              Giữ vững ổn định, phát triển sản xuất./.
            recipients: ["Lưu: VT."]
            signer: { authority: TM. ỦY BAN NHÂN DÂN, title: CHỦ TỊCH, name: Cà Văn Chung }
            """
        let path = TestSupport.temporaryDirectory() + "/bc.yaml"
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        let lines = try PDFLine.read(try TestSupport.pdfFile(TestSupport.document(yaml: yaml)))
        for text in ["PHẦN THỨ NHẤT", "KẾT QUẢ THỰC HIỆN", "PHẦN THỨ HAI", "NHIỆM VỤ NĂM 2025"] {
            let line = try lines.first(text)
            XCTAssertTrue(line.bold, text)
            XCTAssertEqual(line.centre, textCentre, accuracy: 1, text)
        }
        let check = try TestSupport.vanban(["check", path])
        XCTAssertEqual(check.output, "", "sections restart at I under each part")
        XCTAssertEqual(check.status, 0)
    }

    /// A list of khoản has one weight: "1. Thành phần mời:" is regular when its sibling is a
    /// sentence; a list of short titles ending with ":" stays bold.
    func testKhoanEndingWithAColonTakesItsSiblingsWeight() throws {
        func weights(_ body: String) throws -> [Bool] {
            let yaml = """
                type: Kế hoạch
                issuer: { name: [ỦY BAN NHÂN DÂN, XÃ QUÀI TỞ] }
                symbol: KH-UBND
                place: Quài Tở
                date: 2024-12-10
                body: |
                \(body.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
                """
            let lines = try PDFLine.read(try TestSupport.pdfFile(TestSupport.document(yaml: yaml)))
            return lines.filter { $0.text.first?.isNumber == true && $0.text.dropFirst().hasPrefix(".") }.map(\.bold)
        }
        XCTAssertEqual(try weights("""
            1. Thành phần mời:
            Lãnh đạo các phòng, ban.
            2. Không tiếp nhận hồ sơ của người đến muộn sau 15 phút./.
            """), [false, false])
        XCTAssertEqual(try weights("""
            1. Mục đích:
            Nâng cao chất lượng công tác.
            2. Yêu cầu:
            Bảo đảm đúng tiến độ./.
            """), [true, true])
    }

    /// `vanban new` writes a starting document for every form; each renders and passes check.
    func testEveryFormHasAStartingDocumentThatRendersAndPassesCheck() throws {
        let directory = TestSupport.temporaryDirectory()
        let list = try TestSupport.vanban(["new", "--list"])
        XCTAssertEqual(list.status, 0)
        let names = list.output.split(separator: "\n").map { String($0.split(separator: " ")[0]) }
        XCTAssertEqual(names.count, Forms.all.count)
        for name in names {
            let path = "\(directory)/\(name).yaml"
            let written = try TestSupport.vanban(["new", name, "-o", path])
            XCTAssertEqual(written.status, 0, "\(name): \(written.error)")
            let check = try TestSupport.vanban(["check", path])
            XCTAssertEqual(check.status, 0, "\(name): \(check.output)\(check.error)")
            let render = try TestSupport.vanban(["render", path, "-o", "\(directory)/\(name).pdf"])
            XCTAssertEqual(render.status, 0, "\(name): \(render.error)")
            let document = try TestSupport.document(path)
            XCTAssertEqual(document.form, StartingDocument.form(named: name), name)
        }
        // The optional marks are there as comments; uncommented, they render and pass check.
        let letter = try String(contentsOfFile: "\(directory)/cong-van.yaml", encoding: .utf8)
            .replacingOccurrences(of: "# marks:", with: "marks:")
            .replacingOccurrences(of: "\n#   ", with: "\n  ")
        XCTAssertTrue(letter.contains("\n  urgency: KHẨN"))
        let marked = "\(directory)/marked.yaml"
        try letter.write(toFile: marked, atomically: true, encoding: .utf8)
        XCTAssertEqual(try TestSupport.vanban(["check", marked]).status, 0)
        XCTAssertEqual(try TestSupport.document(marked).marks.urgency?.text, "KHẨN")

        let quoted = try TestSupport.vanban(["new", "Quyết định"])
        XCTAssertTrue(quoted.output.contains("authority:"), "a form named by its tên loại")
        let unknown = try TestSupport.vanban(["new", "quyet-dihn"])
        XCTAssertEqual(unknown.status, 64)
        XCTAssertTrue(unknown.error.contains("vanban new --list"), unknown.error)
    }
}

/// Mẫu 1.3: a quyết định and the quy chế it issues.
final class AttachedTextTests: XCTestCase {
    let mm = TestSupport.mm

    /// The quy chế starts a new page with the reduced header (names and motto, no số, no date),
    /// its title, trích yếu and "(Ban hành kèm theo Quyết định số 215/QĐ-UBND …)", its chương and
    /// điều; its pages are numbered on their own and labelled QC-1, QC-2.
    func testTheAttachedQuyCheFollowsOnItsOwnPages() throws {
        let file = TestSupport.examples + "/quyet-dinh-quy-che.yaml"
        let pdf = try TestSupport.pdfFile(TestSupport.document(file))
        let lines = try PDFLine.read(pdf)
        let title = try lines.first("QUY CHẾ")
        XCTAssertTrue(title.bold)
        XCTAssertGreaterThan(title.page, 1)
        let page = lines.filter { $0.page == title.page }
        XCTAssertNotNil(try page.first("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        XCTAssertNotNil(try page.first("XÃ QUÀI TỞ"))
        XCTAssertFalse(page.contains { $0.text.hasPrefix("Số:") || ($0.italic && $0.text.hasPrefix("Quài Tở, ngày")) },
                       "no số and no date in the attached text's header")
        let reference = try page.starting("(Ban hành kèm theo Quyết định số 215/QĐ-UBND ngày 16")
        XCTAssertTrue(reference.italic)
        XCTAssertTrue(try page.first("Chương I").bold)
        XCTAssertTrue(try page.first("Điều 1. Phạm vi điều chỉnh").bold)
        let text = try TestSupport.extractText(pdf)
        XCTAssertTrue(TestSupport.folded(text).contains("tháng 12 năm 2024 của Ủy ban nhân dân xã Quài Tở)"), text)
        let pages = try TestSupport.pages(file)
        XCTAssertEqual(pages.map(\.label), ["1", "QC-1"])
        XCTAssertNil(pages[1].printedNumber, "the attached text numbers its pages from its own first page")

        let directory = TestSupport.temporaryDirectory()
        let split = try TestSupport.vanban(["render", file, "-o", directory + "/qd.pdf", "--split-appendices"])
        XCTAssertEqual(split.status, 0, split.error)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory).sorted(), ["qd-quy-che.pdf", "qd.pdf"])
        XCTAssertEqual(try TestSupport.pdfInfo(directory + "/qd-quy-che.pdf")["Pages"], "1")
    }
}
