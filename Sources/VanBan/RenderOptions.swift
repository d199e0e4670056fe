import Foundation
import VanBanModel

/// The options that shape one document's PDF, shared by `vanban render` and the service's
/// `/v1/render`, so the same input and options give the same bytes through either.
public struct RenderOptions: Sendable, Equatable {
    /// The PDF creation date (ISO 8601); nil: the input's `pdf.created`, else the document date.
    public var creationDate: String?
    public var signatureFields = SignatureFields.all
    public var twoUp = false
    public var cutMarks = false
    /// A text field over every blank of a form.
    public var fillable = false

    public init(creationDate: String? = nil, signatureFields: SignatureFields = .all, twoUp: Bool = false,
                cutMarks: Bool = false, fillable: Bool = false) {
        self.creationDate = creationDate
        self.signatureFields = signatureFields
        self.twoUp = twoUp
        self.cutMarks = cutMarks
        self.fillable = fillable
    }

    public var imposition: Composer.Imposition { twoUp ? .twoUp(cutMarks: cutMarks) : .single }

    /// What is wrong with these options, in the command line's words (`--cut-marks`), in each
    /// language VanBan speaks; nil: nothing.
    public var problemPhrase: Phrase? {
        if let creationDate, !ISODateTime.isValid(creationDate) {
            return Phrase(en: "--creation-date must be an ISO 8601 date-time such as 2024-09-20T08:00:00+07:00, not '\(creationDate)'",
                          vi: "--creation-date phải là ngày giờ theo ISO 8601, ví dụ 2024-09-20T08:00:00+07:00, không phải '\(creationDate)'")
        }
        if cutMarks, !twoUp { return Phrase(en: "--cut-marks goes with --two-up", vi: "--cut-marks chỉ dùng cùng với --two-up") }
        return nil
    }

    /// What is wrong with these options, in English; nil: nothing.
    public var problem: String? { problemPhrase?.english }
}

extension Composer {
    /// The document's PDF with these options: what `vanban render -o` writes for one file.
    public func pdf(_ document: Document, options: RenderOptions) throws -> Data {
        try pdf(document, creationDate: options.creationDate, signatureFields: options.signatureFields,
                imposition: options.imposition, fillable: options.fillable)
    }
}

extension UnitBatch {
    /// Render's options for every unit's PDF (`--units` and the service's `/v1/units` alike).
    public mutating func apply(_ options: RenderOptions) {
        creationDate = options.creationDate
        imposition = options.imposition
        signatureFields = options.signatureFields
        fillable = options.fillable
    }
}
