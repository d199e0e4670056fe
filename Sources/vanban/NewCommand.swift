import ArgumentParser
import Foundation
import VanBan
import VanBanRender

/// `vanban new TYPE`: a form's starting document, to fill in and render.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write the starting document of one of the decree's forms.",
        discussion: """
            TYPE is the form's name in ASCII (quyet-dinh, giay-moi, bien-ban) or its tên loại in \
            quotes ("Quyết định"). `vanban new --list` lists them. The document is written to \
            -o FILE, or to standard output; every key the form reads is there, with a comment, \
            and "……" where a value is to be written in.

            Exit codes:
              0   success
              3   the file could not be written
              64  an unknown form or a mistake on the command line
            """
    )

    @Argument(help: "The form: quyet-dinh, nghi-quyet, ke-hoach, cong-van, giay-moi, bien-ban … (see --list).")
    var type: String?

    @Option(name: .shortAndLong, help: "The YAML file to write (default: standard output).")
    var output: String?

    @Flag(help: "List the forms and exit.")
    var list = false

    func validate() throws {
        if list { return }
        guard let type else { throw ValidationError("name a form, e.g. `vanban new quyet-dinh`; `vanban new --list` lists them") }
        guard StartingDocument.form(named: type) != nil else {
            throw ValidationError("no form is called '\(type)'; `vanban new --list` lists them")
        }
    }

    func run() throws {
        if list {
            for (name, form) in StartingDocument.forms {
                print("\(name.padding(toLength: 18, withPad: " ", startingAt: 0)) Mẫu \(form.model.padding(toLength: 5, withPad: " ", startingAt: 0)) \(form.type)")
            }
            return
        }
        guard let type, let form = StartingDocument.form(named: type) else { return }
        let text = StartingDocument.yaml(for: form)
        guard let output else {
            print(text, terminator: "")
            return
        }
        do {
            try AtomicFile.write(Data(text.utf8), to: output)
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(3)
        }
    }
}
