import ArgumentParser

@main
struct VanBanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vanban",
        abstract: "Compose Vietnamese administrative documents (Decree 30/2020/NĐ-CP) into PDF.",
        discussion: """
            Describe a document in YAML or JSON (see README.md, "The input format") and render it:

              vanban render Examples/dong-da.yaml -o plan.pdf
              vanban check Examples/*.yaml          # Decree 30 rules, no rendering
              vanban check --fix plan.yaml          # apply the safe fixes in place

            Exit codes:
              0   success
              1   rule violations found (check)
              2   invalid input (each problem printed as file:line:column)
              3   internal or I/O error
              64  a mistake on the command line
            """,
        subcommands: [RenderCommand.self, CheckCommand.self, NewCommand.self]
    )
}
