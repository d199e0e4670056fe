import ArgumentParser

@main
struct VanBanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vanban",
        abstract: "Compose Vietnamese administrative documents (Decree 30/2020/NĐ-CP) into PDF.",
        discussion: """
            Describe a document in YAML or JSON (see README.md, "The input format") and render it:

              vanban render Examples/dong-da.yaml -o plan.pdf

            Exit codes: 0 success, 2 invalid input (each problem printed as file:line:column),
            3 internal or I/O error.
            """,
        subcommands: [RenderCommand.self]
    )
}
