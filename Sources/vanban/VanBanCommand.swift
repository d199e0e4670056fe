import ArgumentParser
import VanBan

@main
struct VanBanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vanban",
        abstract: "Compose Vietnamese administrative documents (Decree 30/2020/NĐ-CP) into PDF.",
        discussion: """
            Describe a document in YAML or JSON (see README.md, "The input format") and render it:

              vanban new quyet-dinh -o qd.yaml      # a decree form to fill in
              vanban render Examples/dong-da.yaml -o plan.pdf
              vanban check Examples/*.yaml          # Decree 30 rules, no rendering
              vanban check --fix plan.yaml          # apply the safe fixes in place
              vanban watch plan.yaml --png preview/ # render again on every save
              vanban fonts                          # the fonts a render uses

            Exit codes:
              0   success
              1   rule violations found (check)
              2   invalid input (each problem printed as file:line:column)
              3   internal or I/O error
              64  a mistake on the command line
            """,
        // buildRevision: generated before each build by the BuildRevision plugin (Plugins/).
        version: VanBanVersion.description(revision: buildRevision),
        subcommands: [RenderCommand.self, CheckCommand.self, NewCommand.self, WatchCommand.self, FontsCommand.self]
    )
}
