import ArgumentParser
import Foundation
import VanBan
import VanBanInput
import VanBanModel
import VanBanRender

struct RenderCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "render",
            abstract: Phrase(en: "Render a document to PDF and/or PNG pages.",
                             vi: "Trình bày văn bản thành tệp PDF và/hoặc các trang ảnh PNG.").chosen,
            // One source line per sentence or clause, joined by "\": ArgumentParser wraps each
            // paragraph to the terminal itself, and a hard line break in it printed ragged lines.
            discussion: [Phrase(en: """
                The PDF is written to a temporary file and renamed, so a failed run never leaves a \
                half-written file. The same input and options always give the same bytes. Without -o \
                (and without --png alone) it goes beside the input: plan.yaml gives plan.pdf. Only \
                a regular file is ever replaced, never an input of the run, a read-only file or a link.
                """, vi: """
                Tệp PDF được ghi ra một tệp tạm rồi mới đổi tên, nên một lần chạy lỗi không bao giờ \
                để lại tệp ghi dở. Cùng dữ liệu vào và cùng tùy chọn thì luôn cho cùng một tệp. Không có -o \
                (và không chỉ có --png) thì tệp PDF nằm cạnh tệp vào: plan.yaml cho plan.pdf. Chỉ ghi đè \
                một tệp thường, không bao giờ ghi đè tệp vào của lần chạy, tệp chỉ đọc hay liên kết.
                """),
                Phrase(en: """
                With --units, one PDF is made per row of a CSV file, {{column}} placeholders in the \
                document taking that row's values; -o then names a directory (or, with --merge, the \
                one PDF holding every unit's copy). Units whose values are bad are reported and \
                skipped; the others are written and the exit code is 2.
                """, vi: """
                Với --units, mỗi hàng của tệp CSV cho một tệp PDF, các chỗ {{cột}} trong văn bản \
                lấy giá trị của hàng đó; khi ấy -o là một thư mục (hoặc, với --merge, là tệp PDF \
                duy nhất chứa bản của mọi đơn vị). Đơn vị có giá trị sai được báo lỗi và bỏ qua; \
                các đơn vị khác vẫn được ghi và mã thoát là 2.
                """),
                Phrase(en: """
                Exit codes:
                  0   success
                  2   invalid input (each problem printed as file:line:column)
                  3   internal or I/O error
                  64  a mistake on the command line
                """, vi: """
                Mã thoát:
                  0   thành công
                  2   dữ liệu vào không hợp lệ (mỗi lỗi ghi dạng tệp:dòng:cột)
                  3   lỗi nội bộ hoặc lỗi đọc/ghi tệp
                  64  gõ sai lệnh
                """)].joined(separator: Phrase(verbatim: "\n\n")).chosen
        )
    }

    @Argument(help: ArgumentHelp(Phrase(en: "The document, in YAML (.yaml, .yml) or JSON (.json).",
                                        vi: "Văn bản, viết bằng YAML (.yaml, .yml) hoặc JSON (.json).").chosen,
                               valueName: Phrase(en: "input", vi: "tệp").chosen))
    var input: String

    @Option(name: .shortAndLong, help: ArgumentHelp(Phrase(
        en: "The PDF file to write (default: beside the input, its name with .pdf); a name ending in / is a directory to write it into.",
        vi: "Tệp PDF sẽ ghi (mặc định: cạnh tệp vào, cùng tên với đuôi .pdf); tên kết thúc bằng / là thư mục để ghi tệp vào đó.").chosen,
                               valueName: Phrase(en: "output", vi: "tệp").chosen))
    var output: String?

    @OptionGroup var images: PageImageOptions

    @OptionGroup var setup: ComposerOptions

    @Flag(help: ArgumentHelp(Phrase(
        en: "Print two copies of each page side by side on one sheet to cut in half (an A5 handout on landscape A4).",
        vi: "In hai bản của mỗi trang cạnh nhau trên một tờ để cắt đôi (tờ A5 phát tay trên khổ A4 ngang).").chosen))
    var twoUp = false

    @Flag(help: ArgumentHelp(Phrase(
        en: "With --two-up: short cut marks at the sheet's edges on the centre line.",
        vi: "Đi với --two-up: vạch cắt ngắn ở mép tờ, trên đường giữa.").chosen))
    var cutMarks = false

    @Option(help: ArgumentHelp(Phrase(
        en: "A CSV file (or .xlsx workbook: its first sheet) of units, first line the column names: one PDF per unit into the -o directory.",
        vi: "Tệp CSV (hoặc tệp Excel .xlsx: trang tính đầu tiên) danh sách đơn vị, dòng đầu là tên cột: mỗi đơn vị một tệp PDF trong thư mục -o.").chosen,
                               valueName: Phrase(en: "units", vi: "tệp").chosen))
    var units: String?

    @Flag(help: ArgumentHelp(Phrase(
        en: "With --units: write every unit's copy into the one PDF named by -o.",
        vi: "Đi với --units: ghi bản của mọi đơn vị vào một tệp PDF duy nhất do -o chỉ ra.").chosen))
    var merge = false

    @Option(help: ArgumentHelp(Phrase(
        en: "With --units: the column whose values name the PDF files (default: the first column).",
        vi: "Đi với --units: cột có giá trị dùng làm tên các tệp PDF (mặc định: cột đầu tiên).").chosen,
                               valueName: Phrase(en: "name-column", vi: "cột").chosen))
    var nameColumn: String?

    @Option(help: ArgumentHelp(Phrase(
        en: "The PDF creation date (ISO 8601, e.g. 2024-09-20T08:00:00+07:00); default: the input's pdf.created, else the document date.",
        vi: "Ngày tạo tệp PDF (ISO 8601, ví dụ 2024-09-20T08:00:00+07:00); mặc định: pdf.created của tệp vào, nếu không có thì ngày của văn bản.").chosen,
                               valueName: Phrase(en: "creation-date", vi: "ngày-giờ").chosen))
    var creationDate: String?

    @Option(help: ArgumentHelp(Phrase(
        en: "Empty signature fields to add: none, signer (the signer's only) or all (the signer's and the organisation's seal; the default).",
        vi: "Ô chữ ký trống cần thêm: none (không thêm), signer (chỉ ô của người ký) hoặc all (ô của người ký và ô dấu của cơ quan; mặc định).").chosen,
                               valueName: "none|signer|all"))
    var signFields: SignatureFields = .all

    @Option(help: ArgumentHelp(Phrase(
        en: "Print this PNG (the signer's blue signature) in the signature space, for a paper copy; no signature fields are added.",
        vi: "In ảnh PNG này (chữ ký mực xanh của người ký) vào chỗ ký, để có bản giấy; không thêm ô chữ ký.").chosen,
                               valueName: Phrase(en: "preview-signature", vi: "ảnh-png").chosen))
    var previewSignature: String?

    @Option(help: ArgumentHelp(Phrase(
        en: "Print this PNG (the red seal) at the seal's position and real size, for a paper copy; no signature fields are added.",
        vi: "In ảnh PNG này (dấu đỏ) đúng vị trí và kích thước thật của dấu, để có bản giấy; không thêm ô chữ ký.").chosen,
                               valueName: Phrase(en: "preview-seal", vi: "ảnh-png").chosen))
    var previewSeal: String?

    @Option(help: ArgumentHelp(Phrase(
        en: "The seal's real diameter for --preview-seal, e.g. 40mm (default: the layout's signing.sealDiameter).",
        vi: "Đường kính thật của dấu cho --preview-seal, ví dụ 40mm (mặc định: signing.sealDiameter của tệp bố cục).").chosen,
                               valueName: Phrase(en: "seal-diameter", vi: "đường-kính").chosen))
    var sealDiameter: String?

    @Option(help: ArgumentHelp(Phrase(
        en: "Also write a JSON file with every signature field and blank số/ngày slot (page, rectangle in PDF points, text).",
        vi: "Ghi thêm một tệp JSON nêu mọi ô chữ ký và chỗ trống của số/ngày (trang, hình chữ nhật theo điểm PDF, nội dung).").chosen,
                               valueName: Phrase(en: "anchors", vi: "tệp-json").chosen))
    var anchors: String?

    @Flag(help: ArgumentHelp(Phrase(
        en: "Make every blank of a form (blank table cells, fill-in dots, blank lines) a PDF text field to type into.",
        vi: "Biến mọi chỗ trống của mẫu (ô bảng trống, dòng chấm, dòng trống) thành ô nhập chữ của PDF để gõ vào.").chosen))
    var fillable = false

    @Flag(help: ArgumentHelp(Phrase(
        en: "Issue each appendix as a file of its own (NAME-phu-luc-I.pdf beside the output), signed by the organisation at the top right of its first page.",
        vi: "Ban hành mỗi phụ lục thành một tệp riêng (TÊN-phu-luc-I.pdf cạnh tệp ra), cơ quan ký ở góc trên bên phải trang đầu của phụ lục.").chosen))
    var splitAppendices = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        for (name, value) in [("-o", output), ("--png", images.png), ("--anchors", anchors), ("--units", units)] {
            if value?.isEmpty == true {
                throw ValidationError(Phrase(en: "\(name) needs a name, not an empty one", vi: "\(name) cần một tên, không được để trống").chosen)
            }
            if let value, let control = BidiControls.first(in: value) {
                let code = String(control.value, radix: 16, uppercase: true)
                throw ValidationError((Phrase(
                    en: "\(name) contains the invisible bidirectional control U+\(code): ",
                    vi: "\(name) chứa ký tự điều khiển hai chiều vô hình U+\(code): ") + BidiControls.hintPhrase).chosen)
            }
        }
        if let output, units == nil || merge,
           let image = ["png", "jpg", "jpeg", "tif", "tiff"].first(where: { output.lowercased().hasSuffix("." + $0) }) {
            throw ValidationError(Phrase(
                en: "-o names the PDF to write, not a .\(image) image: use -o FILE.pdf, and --png DIR for page images",
                vi: "-o là tên tệp PDF sẽ ghi, không phải ảnh .\(image): hãy dùng -o TỆP.pdf, và --png THƯ_MỤC cho ảnh các trang").chosen)
        }
        if let problem = options.problemPhrase { throw ValidationError(problem.chosen) }
        if units == nil, merge || nameColumn != nil {
            throw ValidationError(Phrase(en: "--merge and --name-column go with --units FILE.csv",
                                         vi: "--merge và --name-column chỉ đi với --units TỆP.csv").chosen)
        }
        if units != nil {
            guard let output else {
                throw ValidationError(Phrase(en: "with --units, say where to write: -o DIR/ (or -o FILE.pdf with --merge)",
                                             vi: "với --units, hãy cho biết ghi vào đâu: -o THƯ_MỤC/ (hoặc -o TỆP.pdf cùng --merge)").chosen)
            }
            if !merge, !output.hasSuffix("/"), output.lowercased().hasSuffix(".pdf") {
                let directory = String(output.dropLast(4))
                throw ValidationError(Phrase(
                    en: "with --units, -o names a directory for one PDF per unit, not the file \(output): write -o \(directory)/, or add --merge to write every copy into \(output)",
                    vi: "với --units, -o là thư mục chứa mỗi đơn vị một tệp PDF, không phải tệp \(output): hãy viết -o \(directory)/, hoặc thêm --merge để ghi mọi bản vào \(output)").chosen)
            }
            if images.png != nil {
                throw ValidationError(Phrase(en: "--png renders one document; leave it out with --units",
                                             vi: "--png trình bày một văn bản; hãy bỏ nó khi dùng --units").chosen)
            }
            if merge, nameColumn != nil {
                throw ValidationError(Phrase(en: "--name-column names one file per unit; --merge writes one file",
                                             vi: "--name-column đặt tên mỗi đơn vị một tệp; --merge chỉ ghi một tệp").chosen)
            }
            if merge, fillable {
                throw ValidationError(Phrase(en: "--fillable makes one form per unit; a --merge bundle is for printing",
                                             vi: "--fillable làm mỗi đơn vị một mẫu để điền; tệp gộp --merge là để in").chosen)
            }
            if anchors != nil || splitAppendices || previewSignature != nil || previewSeal != nil {
                throw ValidationError(Phrase(
                    en: "--anchors, --split-appendices and the previews render one document; leave them out with --units",
                    vi: "--anchors, --split-appendices và các bản xem trước chỉ trình bày một văn bản; hãy bỏ chúng khi dùng --units").chosen)
            }
        }
        let previewing = previewSignature != nil || previewSeal != nil
        if previewing, signFields == .signer {
            throw ValidationError(Phrase(
                en: "--preview-signature/--preview-seal print a signed-looking copy: they never go with empty signature fields (--sign-fields signer)",
                vi: "--preview-signature/--preview-seal in ra bản trông như đã ký: không bao giờ đi với ô chữ ký trống (--sign-fields signer)").chosen)
        }
        if sealDiameter != nil, previewSeal == nil {
            throw ValidationError(Phrase(en: "--seal-diameter goes with --preview-seal", vi: "--seal-diameter chỉ đi với --preview-seal").chosen)
        }
        if let sealDiameter, Length(parsing: sealDiameter).map({ (10...60).contains($0.millimetres) }) != true {
            throw ValidationError(Phrase(
                en: "--seal-diameter must be a length between 10mm and 60mm, e.g. 40mm, not '\(sealDiameter)'",
                vi: "--seal-diameter phải là độ dài từ 10mm đến 60mm, ví dụ 40mm, không phải '\(sealDiameter)'").chosen)
        }
    }

    func run() throws {
        FontCache.prepare()
        do {
            if let units {
                try renderUnits(units)
            } else {
                try renderOne()
            }
        } catch let failure as Composer.Failure {
            Terminal.report(failure)
            switch failure {
            case .invalidInput: throw ExitCode(2)
            case .environment: throw ExitCode(3)
            }
        } catch let error as ExitCode {
            throw error
        } catch {
            Terminal.reportUnexpected(error)
            throw ExitCode(3)
        }
    }

    /// The options shared with the service's `/v1/render` (the same bytes for the same options).
    var options: RenderOptions {
        RenderOptions(creationDate: creationDate, signatureFields: signFields, twoUp: twoUp, cutMarks: cutMarks, fillable: fillable)
    }

    var imposition: Composer.Imposition { options.imposition }

    private func renderOne() throws {
        let composer = try setup.composer()
        Terminal.report(composer.layoutWarnings)
        let document = try composer.read(path: input)
        let inputs = inputIdentities
        var pages = composer.layout(document, imposition: imposition)
        var signFields = self.signFields
        if previewSignature != nil || previewSeal != nil {
            pages = composer.preview(pages, try signaturePreview())
            signFields = .none
        }
        // Only --png asked for: no PDF; otherwise the PDF goes to -o or beside the input.
        let paths = OutputPaths(input: input)
        let pdfPath = output != nil || images.png == nil || anchors != nil || splitAppendices ? try paths.file(output, extension: "pdf") : nil
        let anchorsPath = try anchors.map { try paths.file($0, extension: "json") }
        let files = pdfPath.map { IssuedFiles.split(pages, of: document, output: $0, separately: splitAppendices) } ?? []
        let sidecars = anchorsPath.map { path in files.map { $0.isAppendix ? IssuedFiles.sibling(of: path, suffix: $0.suffix) : path } } ?? []
        let pagePaths = images.paths(count: pages.count)
        try OutputPaths.checkDistinct(files.map(\.path) + sidecars + pagePaths, inputs: inputs)

        let protected = Set(inputs.values)
        for (index, file) in files.enumerated() {
            let pdf = try composer.pdf(document, pages: file.pages, creationDate: creationDate, signatureFields: signFields,
                                       separateAppendix: file.isAppendix, fillable: fillable)
            try AtomicFile.write(pdf, to: file.path, inputs: protected)
            if !sidecars.isEmpty {
                let json = composer.anchors(file.pages, signatureFields: signFields, separateAppendix: file.isAppendix)
                try AtomicFile.write(try json.json(), to: sidecars[index], inputs: protected)
            }
        }
        try images.write(pages, with: composer, inputs: protected)
    }

    /// The files this run reads, by name: an output must be none of them.
    private var inputIdentities: [String: FileIdentity] {
        var identities: [String: FileIdentity] = [:]
        for path in [input, setup.layout, units, previewSignature, previewSeal].compactMap({ $0 }) {
            if let identity = FileIdentity(path: path) { identities[path] = identity }
        }
        return identities
    }

    private func signaturePreview() throws -> SignaturePreview {
        func image(_ path: String?) throws -> SignaturePreview.Image? {
            guard let path else { return nil }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandFailure(Phrase(en: "cannot read \(path)", vi: "không đọc được \(path)"))
            }
            return try SignaturePreview.Image(png: data, file: path)
        }
        return SignaturePreview(signature: try image(previewSignature), seal: try image(previewSeal),
                                sealDiameter: sealDiameter.flatMap(Length.init(parsing:)))
    }
}

extension SignatureFields: ExpressibleByArgument {}
