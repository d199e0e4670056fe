import ArgumentParser
import VanBanCommandLine
import Foundation
import VanBan
import VanBanModel

@main
struct VanBanCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "vanban",
            abstract: Phrase(en: "Compose Vietnamese administrative documents (Decree 30/2020/NĐ-CP) into PDF.",
                             vi: "Trình bày văn bản hành chính (Nghị định 30/2020/NĐ-CP) thành tệp PDF.").chosen,
            discussion: [Phrase(en: """
                Describe a document in YAML or JSON (see README.md, "The input format") and render it:

                  vanban new quyet-dinh -o qd.yaml      # a decree form to fill in
                  vanban render Examples/dong-da.yaml -o plan.pdf
                  vanban check Examples/*.yaml          # Decree 30 rules, no rendering
                  vanban check --fix plan.yaml          # apply the safe fixes in place
                  vanban watch plan.yaml --png preview/ # render again on every save
                  vanban fonts                          # the fonts a render uses
                """, vi: """
                Viết văn bản bằng YAML hoặc JSON (xem README.md, mục "The input format") rồi trình bày:

                  vanban new quyet-dinh -o qd.yaml      # một mẫu quyết định để điền
                  vanban render Examples/dong-da.yaml -o plan.pdf
                  vanban check Examples/*.yaml          # kiểm tra theo Nghị định 30
                  vanban check --fix plan.yaml          # sửa ngay các lỗi sửa được an toàn
                  vanban watch plan.yaml --png preview/ # trình bày lại mỗi lần lưu tệp
                  vanban fonts                          # phông chữ dùng để trình bày
                """),
                Phrase(en: """
                Exit codes:
                  0   success
                  1   rule violations found (check)
                  2   invalid input (each problem printed as file:line:column)
                  3   internal or I/O error
                  64  a mistake on the command line
                """, vi: """
                Mã thoát:
                  0   thành công
                  1   có chỗ chưa đúng quy định (check)
                  2   dữ liệu vào không hợp lệ (mỗi lỗi ghi dạng tệp:dòng:cột)
                  3   lỗi nội bộ hoặc lỗi đọc/ghi tệp
                  64  gõ sai lệnh
                """)].joined(separator: Phrase(verbatim: "\n\n")).chosen,
            // buildRevision: generated before each build by the BuildRevision plugin (Plugins/).
            version: VanBanVersion.description(revision: buildRevision),
            subcommands: [RenderCommand.self, CheckCommand.self, NewCommand.self, WatchCommand.self, FontsCommand.self]
        )
    }

    @OptionGroup var language: LanguageOption

    /// ArgumentParser's `main()`, with its own words in the chosen language (`exitTranslated`).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exitTranslated(for: error, vietnamese: CommandLineLanguage.current == .vietnamese)
        }
    }
}
