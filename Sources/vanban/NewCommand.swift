import ArgumentParser
import Foundation
import VanBan
import VanBanModel
import VanBanRender

/// `vanban new TYPE`: a form's starting document, to fill in and render.
struct NewCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "new",
            abstract: Phrase(en: "Write the starting document of one of the decree's forms.",
                             vi: "Viết văn bản khởi đầu theo một mẫu của Nghị định.").chosen,
            discussion: Phrase(en: """
                TYPE is the form's name in ASCII (quyet-dinh, giay-moi, bien-ban) or its tên loại in \
                quotes ("Quyết định"). `vanban new --list` lists them. The document is written to \
                -o FILE, or to standard output; every key the form reads is there, with a comment, \
                and "……" where a value is to be written in.

                Exit codes:
                  0   success
                  3   the file could not be written
                  64  an unknown form or a mistake on the command line
                """, vi: """
                TYPE là tên mẫu viết không dấu (quyet-dinh, giay-moi, bien-ban) hoặc tên loại văn bản \
                trong dấu nháy ("Quyết định"). `vanban new --list` liệt kê các mẫu. Văn bản được ghi vào \
                -o TỆP, hoặc ra màn hình (đầu ra chuẩn); có đủ mọi khóa mà mẫu dùng, kèm chú thích, \
                và "……" ở chỗ cần điền giá trị.

                Mã thoát:
                  0   thành công
                  3   không ghi được tệp
                  64  không có mẫu này, hoặc gõ sai lệnh
                """).chosen
        )
    }

    @Argument(help: ArgumentHelp(Phrase(
        en: "The form: quyet-dinh, nghi-quyet, ke-hoach, cong-van, giay-moi, bien-ban … (see --list).",
        vi: "Mẫu văn bản: quyet-dinh, nghi-quyet, ke-hoach, cong-van, giay-moi, bien-ban … (xem --list).").chosen,
                               valueName: Phrase(en: "type", vi: "mẫu").chosen))
    var type: String?

    @Option(name: .shortAndLong, help: ArgumentHelp(Phrase(en: "The YAML file to write (default: standard output).",
                                                           vi: "Tệp YAML sẽ ghi (mặc định: in ra màn hình).").chosen,
                               valueName: Phrase(en: "output", vi: "tệp").chosen))
    var output: String?

    @Flag(help: ArgumentHelp(Phrase(en: "List the forms and exit.", vi: "Liệt kê các mẫu rồi dừng.").chosen))
    var list = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if list { return }
        guard let type else {
            throw ValidationError(Phrase(en: "name a form, e.g. `vanban new quyet-dinh`; `vanban new --list` lists them",
                                         vi: "hãy nêu tên một mẫu, ví dụ `vanban new quyet-dinh`; `vanban new --list` liệt kê các mẫu").chosen)
        }
        guard StartingDocument.form(named: type) != nil else {
            throw ValidationError(Phrase(en: "no form is called '\(type)'; `vanban new --list` lists them",
                                         vi: "không có mẫu nào tên là '\(type)'; `vanban new --list` liệt kê các mẫu").chosen)
        }
    }

    func run() throws {
        if list {
            // "Mẫu 1.2": the decree's own word for its forms, which clerks use whatever language they read.
            let model = Phrase(verbatim: "Mẫu").chosen
            for (name, form) in StartingDocument.forms {
                print("\(name.padding(toLength: 18, withPad: " ", startingAt: 0)) \(model) \(form.model.padding(toLength: 5, withPad: " ", startingAt: 0)) \(form.type)")
            }
            return
        }
        guard let type, let form = StartingDocument.form(named: type) else { return }
        let text = StartingDocument.yaml(for: form, language: CommandLineLanguage.current)
        guard let output else {
            print(text, terminator: "")
            return
        }
        do {
            try AtomicFile.write(Data(text.utf8), to: output)
        } catch {
            Terminal.report(error)
            throw ExitCode(3)
        }
    }
}
