import ArgumentParser
import Foundation
import VanBan
import VanBanInput
import VanBanModel
import VanBanRender

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a document to PDF and/or PNG pages.",
        // One source line per sentence or clause, joined by "\": ArgumentParser wraps each
        // paragraph to the terminal itself, and a hard line break in it printed ragged lines.
        discussion: """
            The PDF is written to a temporary file and renamed, so a failed run never leaves a \
            half-written file. The same input and options always give the same bytes. Without -o \
            (and without --png alone) it goes beside the input: plan.yaml gives plan.pdf. Only \
            a regular file is ever replaced, never an input of the run, a read-only file or a link.

            With --units, one PDF is made per row of a CSV file, {{column}} placeholders in the \
            document taking that row's values; -o then names a directory (or, with --merge, the \
            one PDF holding every unit's copy). Units whose values are bad are reported and \
            skipped; the others are written and the exit code is 2.

            Exit codes:
              0   success
              2   invalid input (each problem printed as file:line:column)
              3   internal or I/O error
              64  a mistake on the command line
            """
    )

    @Argument(help: "The document, in YAML (.yaml, .yml) or JSON (.json).")
    var input: String

    @Option(name: .shortAndLong, help: "The PDF file to write (default: beside the input, its name with .pdf); a name ending in / is a directory to write it into.")
    var output: String?

    @OptionGroup var images: PageImageOptions

    @OptionGroup var setup: ComposerOptions

    @Flag(help: "Print two copies of each page side by side on one sheet to cut in half (an A5 handout on landscape A4).")
    var twoUp = false

    @Flag(help: "With --two-up: short cut marks at the sheet's edges on the centre line.")
    var cutMarks = false

    @Option(help: "A CSV file (or .xlsx workbook: its first sheet) of units, first line the column names: one PDF per unit into the -o directory.")
    var units: String?

    @Flag(help: "With --units: write every unit's copy into the one PDF named by -o.")
    var merge = false

    @Option(help: "With --units: the column whose values name the PDF files (default: the first column).")
    var nameColumn: String?

    @Option(help: "The PDF creation date (ISO 8601, e.g. 2024-09-20T08:00:00+07:00); default: the input's pdf.created, else the document date.")
    var creationDate: String?

    @Option(help: ArgumentHelp("Empty signature fields to add: none, signer (the signer's only) or all (the signer's and the organisation's seal; the default).",
                               valueName: "none|signer|all"))
    var signFields: SignatureFields = .all

    @Option(help: "Print this PNG (the signer's blue signature) in the signature space, for a paper copy; no signature fields are added.")
    var previewSignature: String?

    @Option(help: "Print this PNG (the red seal) at the seal's position and real size, for a paper copy; no signature fields are added.")
    var previewSeal: String?

    @Option(help: "The seal's real diameter for --preview-seal, e.g. 40mm (default: the layout's signing.sealDiameter).")
    var sealDiameter: String?

    @Option(help: "Also write a JSON file with every signature field and blank số/ngày slot (page, rectangle in PDF points, text).")
    var anchors: String?

    @Flag(help: "Make every blank of a form (blank table cells, fill-in dots, blank lines) a PDF text field to type into.")
    var fillable = false

    @Flag(help: "Issue each appendix as a file of its own (NAME-phu-luc-I.pdf beside the output), signed by the organisation at the top right of its first page.")
    var splitAppendices = false

    func validate() throws {
        for (name, value) in [("-o", output), ("--png", images.png), ("--anchors", anchors), ("--units", units)] {
            if value?.isEmpty == true { throw ValidationError("\(name) needs a name, not an empty one") }
            if let value, let control = BidiControls.first(in: value) {
                throw ValidationError("\(name) contains the invisible bidirectional control U+\(String(control.value, radix: 16, uppercase: true)): \(BidiControls.hint)")
            }
        }
        if let output, units == nil || merge,
           let image = ["png", "jpg", "jpeg", "tif", "tiff"].first(where: { output.lowercased().hasSuffix("." + $0) }) {
            throw ValidationError("-o names the PDF to write, not a .\(image) image: use -o FILE.pdf, and --png DIR for page images")
        }
        if let problem = options.problem { throw ValidationError(problem) }
        if units == nil, merge || nameColumn != nil {
            throw ValidationError("--merge and --name-column go with --units FILE.csv")
        }
        if units != nil {
            guard let output else { throw ValidationError("with --units, say where to write: -o DIR/ (or -o FILE.pdf with --merge)") }
            if !merge, !output.hasSuffix("/"), output.lowercased().hasSuffix(".pdf") {
                throw ValidationError("with --units, -o names a directory for one PDF per unit, not the file \(output): write -o \(String(output.dropLast(4)))/, or add --merge to write every copy into \(output)")
            }
            if images.png != nil { throw ValidationError("--png renders one document; leave it out with --units") }
            if merge, nameColumn != nil { throw ValidationError("--name-column names one file per unit; --merge writes one file") }
            if merge, fillable { throw ValidationError("--fillable makes one form per unit; a --merge bundle is for printing") }
            if anchors != nil || splitAppendices || previewSignature != nil || previewSeal != nil {
                throw ValidationError("--anchors, --split-appendices and the previews render one document; leave them out with --units")
            }
        }
        let previewing = previewSignature != nil || previewSeal != nil
        if previewing, signFields == .signer {
            throw ValidationError("--preview-signature/--preview-seal print a signed-looking copy: they never go with empty signature fields (--sign-fields signer)")
        }
        if sealDiameter != nil, previewSeal == nil { throw ValidationError("--seal-diameter goes with --preview-seal") }
        if let sealDiameter, Length(parsing: sealDiameter).map({ (10...60).contains($0.millimetres) }) != true {
            throw ValidationError("--seal-diameter must be a length between 10mm and 60mm, e.g. 40mm, not '\(sealDiameter)'")
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
            Terminal.error(failure.description)
            switch failure {
            case .invalidInput: throw ExitCode(2)
            case .environment: throw ExitCode(3)
            }
        } catch let error as ExitCode {
            throw error
        } catch {
            Terminal.error("error: \(error)")
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
                throw Composer.Failure.environment("cannot read \(path)")
            }
            return try SignaturePreview.Image(png: data, file: path)
        }
        return SignaturePreview(signature: try image(previewSignature), seal: try image(previewSeal),
                                sealDiameter: sealDiameter.flatMap(Length.init(parsing:)))
    }
}

extension SignatureFields: ExpressibleByArgument {}
