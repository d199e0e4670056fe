import Hummingbird
import VanBan
import VanBanModel

/// A request's query parameters, read strictly: an unknown value is a 400 that says which
/// parameter and what it accepts, never silently the default.
struct RequestQuery {
    private let parameters: Parameters

    init(_ request: Request) { parameters = request.uri.queryParameters }

    func string(_ name: String) -> String? {
        parameters[name[...]].map(String.init)
    }

    func bool(_ name: String) throws -> Bool {
        switch string(name) {
        case nil, "false", "0": return false
        case "true", "1", "": return true
        case let value?: throw APIError.badRequest(Phrase(en: "'\(name)' is true or false, not '\(value)'",
                                                             vi: "'\(name)' phải là true hoặc false, không phải '\(value)'"))
        }
    }

    func number(_ name: String, default value: Double, in range: ClosedRange<Double>) throws -> Double {
        guard let text = string(name) else { return value }
        guard let number = Double(text), range.contains(number) else {
            let (low, high) = (Self.format(range.lowerBound), Self.format(range.upperBound))
            throw APIError.badRequest(Phrase(en: "'\(name)' is a number from \(low) to \(high), not '\(text)'",
                                             vi: "'\(name)' phải là một số từ \(low) đến \(high), không phải '\(text)'"))
        }
        return number
    }

    func integer(_ name: String, default value: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text = string(name) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw APIError.badRequest(Phrase(en: "'\(name)' is a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'",
                                             vi: "'\(name)' phải là một số nguyên từ \(range.lowerBound) đến \(range.upperBound), không phải '\(text)'"))
        }
        return number
    }

    /// The options of `vanban render`, under the same names as its flags (without the dashes).
    func renderOptions() throws -> RenderOptions {
        var options = RenderOptions(creationDate: string("creation-date"), twoUp: try bool("two-up"),
                                    cutMarks: try bool("cut-marks"), fillable: try bool("fillable"))
        if let fields = string("sign-fields") {
            guard let value = SignatureFields(rawValue: fields) else {
                throw APIError.badRequest(Phrase(en: "'sign-fields' is none, signer or all, not '\(fields)'",
                                                 vi: "'sign-fields' phải là none, signer hoặc all, không phải '\(fields)'"))
            }
            options.signatureFields = value
        }
        if let problem = options.problemPhrase {
            // In the command line's words (`--cut-marks`); a query names them without the dashes.
            throw APIError.badRequest(Phrase(en: problem.english.replacingOccurrences(of: "--", with: ""),
                                             vi: problem.vietnamese.replacingOccurrences(of: "--", with: "")))
        }
        return options
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
