import Foundation
import VanBan
import VanBanLayout
import VanBanModel
import VanBanRender

/// The files one render writes: the document, or with `--split-appendices` the main text, each
/// appendix and an attached quy chế in a file of its own ("qd.pdf", "qd-phu-luc-I.pdf",
/// "qd-quy-che.pdf"), as offices issue them when an appendix is signed separately (nd30.md §7).
struct IssuedFiles {
    var path: String
    var pages: [PageFrame]
    var isAppendix: Bool
    /// "-phu-luc-I" for an appendix file, "" for the main one.
    var suffix: String

    static func split(_ pages: [PageFrame], of document: Document, output: String, separately: Bool) -> [IssuedFiles] {
        guard separately, !document.appendices.isEmpty || document.attachment != nil else {
            return [IssuedFiles(path: output, pages: pages, isAppendix: false, suffix: "")]
        }
        var files = [IssuedFiles(path: output, pages: pages.filter { $0.section == 0 }, isAppendix: false, suffix: "")]
        var used = Set<String>()
        for (index, appendix) in document.appendices.enumerated() {
            // Two appendices labelled alike ("Phụ lục I" twice) must not share a file: the later
            // one is told apart by its place ("-phu-luc-I-2").
            let numeral = appendix.numeral ?? String(index + 1)
            var suffix = "-phu-luc-\(numeral)"
            if !used.insert(suffix.lowercased()).inserted {
                suffix += "-\(index + 1)"
                used.insert(suffix.lowercased())
            }
            files.append(IssuedFiles(path: sibling(of: output, suffix: suffix), pages: pages.filter { $0.section == index + 1 },
                                     isAppendix: true, suffix: suffix))
        }
        if let attachment = document.attachment {
            let suffix = "-" + StartingDocument.commandName(of: attachment.type)
            files.append(IssuedFiles(path: sibling(of: output, suffix: suffix),
                                     pages: pages.filter { $0.section == document.appendices.count + 1 },
                                     isAppendix: true, suffix: suffix))
        }
        return files.filter { !$0.pages.isEmpty }
    }

    /// "out/plan.pdf" + "-phu-luc-I" → "out/plan-phu-luc-I.pdf".
    static func sibling(of path: String, suffix: String) -> String {
        let url = URL(fileURLWithPath: path)
        let name = url.deletingPathExtension().lastPathComponent + suffix
        let ext = url.pathExtension
        let file = ext.isEmpty ? name : name + "." + ext
        let folder = ParentDirectory.of(path)
        return folder.isEmpty ? file : (folder as NSString).appendingPathComponent(file)
    }
}
