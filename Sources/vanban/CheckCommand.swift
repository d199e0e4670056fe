import ArgumentParser
import Foundation
import VanBan
import VanBanCheck
import VanBanModel
import VanBanRender

struct CheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "check",
            abstract: Phrase(en: "Check documents against the rules of Decree 30 without rendering them.",
                             vi: "Kiểm tra văn bản theo quy định của Nghị định 30 mà không trình bày.").chosen,
            // Paragraphs joined by "\": ArgumentParser wraps them itself (see RenderCommand).
            discussion: [Phrase(en: """
                Prints each finding as file:line:column: warning: message (hint: …) [rule].

                --fix corrects the safe findings (leading zeros, punctuation, NFC, capitals; never \
                wording) in place, editing only the characters of the values it fixes, so comments, \
                order and quoting stay; the file is rewritten atomically and read again to prove it.
                """, vi: """
                Mỗi chỗ chưa đúng được ghi dạng tệp:dòng:cột: cảnh báo: nội dung (gợi ý: …) [quy tắc].

                --fix sửa ngay trong tệp những chỗ sửa được an toàn (số 0 ở đầu, dấu câu, NFC, chữ hoa; \
                không bao giờ sửa câu chữ), chỉ sửa đúng các ký tự của giá trị cần sửa, nên chú thích, \
                thứ tự và dấu nháy vẫn giữ nguyên; tệp được ghi lại trọn vẹn một lần rồi đọc lại để kiểm chứng.
                """),
                Phrase(en: """
                Exit codes:
                  0   no findings
                  1   findings (rule violations)
                  2   invalid input
                  3   internal or I/O error
                  64  a mistake on the command line
                """, vi: """
                Mã thoát:
                  0   không có gì phải sửa
                  1   có chỗ chưa đúng quy định
                  2   dữ liệu vào không hợp lệ
                  3   lỗi nội bộ hoặc lỗi đọc/ghi tệp
                  64  gõ sai lệnh
                """)].joined(separator: Phrase(verbatim: "\n\n")).chosen
        )
    }

    @Argument(help: ArgumentHelp(Phrase(en: "The documents, in YAML or JSON.", vi: "Các văn bản, viết bằng YAML hoặc JSON.").chosen,
                               valueName: Phrase(en: "inputs", vi: "tệp").chosen))
    var inputs: [String]

    @Flag(help: ArgumentHelp(Phrase(en: "Apply the safe fixes and rewrite each file in place.",
                                    vi: "Sửa những chỗ sửa được an toàn và ghi lại từng tệp tại chỗ.").chosen))
    var fix = false

    @Option(help: ArgumentHelp(Phrase(en: "A font directory to use instead of the bundled Fonts/.",
                                      vi: "Thư mục phông chữ dùng thay cho thư mục Fonts/ đi kèm.").chosen,
                               valueName: Phrase(en: "fonts", vi: "thư-mục").chosen))
    var fonts: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        FontCache.prepare()
        var exitCode: Int32 = 0
        do {
            let composer = try Composer(fontDirectory: fonts)
            for input in inputs {
                do {
                    let findings = try check(input, composer: composer)
                    for finding in findings { print(finding.text(CommandLineLanguage.current)) }
                    if !findings.isEmpty { exitCode = max(exitCode, 1) }
                } catch let Composer.Failure.invalidInput(list) {
                    Terminal.report(list)
                    exitCode = max(exitCode, 2)
                }
            }
        } catch let failure as Composer.Failure {
            Terminal.report(failure)
            throw ExitCode(3)
        } catch let error as ExitCode {
            throw error
        } catch {
            Terminal.reportUnexpected(error)
            throw ExitCode(3)
        }
        if exitCode != 0 { throw ExitCode(exitCode) }
    }

    /// The findings of one file, after fixing what can be fixed when --fix is given.
    private func check(_ path: String, composer: Composer) throws -> [Finding] {
        let text = try composer.readText(path: path)   // or says why the file cannot be read
        guard fix else { return try composer.check(text: text, file: path, fix: false).findings }
        // Read again, through any link; the bytes are compared again just before the fix is written.
        let file = try InPlaceEdit(path: path)
        guard let (form, original) = TextFileForm.read(file.original) else {
            throw CommandFailure(Phrase(en: "\(path) is no longer UTF-8 text: it changed while it was being checked",
                                        vi: "\(path) không còn là văn bản UTF-8: tệp đã bị thay đổi trong lúc kiểm tra"))
        }
        // Invalid input stops before any fix; after that a fixed text that does not read back is
        // VanBan's own fault, and the file is left as it was.
        let outcome: DocumentCheck
        do {
            outcome = try composer.check(text: original, file: path, fix: true)
        } catch is DocumentCheck.FixDidNotReadBack {
            Terminal.say(Phrase(verbatim: "\(path): ") + Phrase(
                en: "error: the fixed file would not read back; it was left unchanged",
                vi: "lỗi: tệp đã sửa không đọc lại được; tệp được để nguyên"))
            throw ExitCode(3)
        }
        if outcome.fixedCount > 0 {
            do {
                try file.replace(with: form.restore(outcome.text))
            } catch {
                Terminal.reportUnexpected(error)
                throw ExitCode(3)
            }
            Terminal.say(Phrase(verbatim: "\(path): ") + Phrase(en: "fixed \(outcome.fixedCount) finding(s)",
                                                                vi: "đã sửa \(outcome.fixedCount) chỗ"))
        }
        return outcome.findings
    }
}
