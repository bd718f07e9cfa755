import ArgumentParser

@main
struct Liaison: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liaison",
        abstract: "Turns news articles into event timelines and meeting networks, drawn with Graphviz.",
        version: "0.1.0",
        subcommands: [
            Extract.self,
            TimelineCommand.self,
            NetworkCommand.self,
            Report.self,
            Export.self,
            Render.self,
        ]
    )
}
