import Foundation
import VanBan
import VanBanModel
import VanBanRender

/// Where `render` writes, by one rule for every option: a name ending in "/" is a directory (the
/// file inside is named after the input), anything else is the file itself. Without -o the PDF
/// goes beside the input, named like it ("plan.yaml" → "plan.pdf").
///
/// Before anything is written, every output is compared with every input and with the other
/// outputs by device and inode (or, for a file not there yet, by its directory's and its name),
/// so neither "-o plan.yaml" nor "--anchors a.pdf -o a.pdf", nor a link to the input, can destroy
/// a file of the run.
struct OutputPaths {
    let input: String

    /// "-o out/" → "out/plan.pdf" (the directory is made); "-o x.pdf" → "x.pdf"; nil → beside the input.
    func file(_ option: String?, extension ext: String) throws -> String {
        guard let option else { return beside(extension: ext) }
        guard option.hasSuffix("/") else { return option }
        try OutputDirectory.make(option)
        return (option as NSString).appendingPathComponent(stem + "." + ext)
    }

    /// "plan.yaml" → "plan.pdf" in the input's directory.
    func beside(extension ext: String) -> String {
        ((input as NSString).deletingPathExtension as NSString).appendingPathExtension(ext) ?? input + "." + ext
    }

    /// The input's name without its directory and extension.
    var stem: String { ((input as NSString).lastPathComponent as NSString).deletingPathExtension }

    /// Refuses a run whose outputs would land on one of its inputs or on each other.
    static func checkDistinct(_ outputs: [String], inputs: [String: FileIdentity]) throws {
        var seen: [FilePlace: String] = [:]
        for output in outputs {
            let place = FilePlace(path: output)
            if case let .existing(identity) = place, let input = inputs.first(where: { $0.value == identity })?.key {
                throw CommandFailure(Phrase(
                    en: "\(output) is the input \(input): writing it would destroy the input (hint: name another output file)",
                    vi: "\(output) chính là tệp vào \(input): ghi vào đó sẽ xóa mất tệp vào (gợi ý: hãy đặt tên khác cho tệp ra)"))
            }
            if let earlier = seen[place] {
                throw CommandFailure(earlier == output
                    ? Phrase(en: "\(output) is named for two outputs of this run; one would overwrite the other (hint: give each its own name)",
                             vi: "\(output) được đặt cho hai tệp ra của lần chạy này; tệp sau sẽ ghi đè tệp trước (gợi ý: hãy đặt cho mỗi tệp một tên riêng)")
                    : Phrase(en: "\(output) and \(earlier) are the same file; one output would overwrite the other (hint: give each its own name)",
                             vi: "\(output) và \(earlier) là cùng một tệp; tệp ra này sẽ ghi đè tệp ra kia (gợi ý: hãy đặt cho mỗi tệp một tên riêng)"))
            }
            seen[place] = output
        }
    }
}
