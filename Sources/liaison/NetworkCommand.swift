import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonGraphviz
import LiaisonRender

/// `liaison network INPUT… -o FILE`: who met whom, coloured by affiliation.
struct NetworkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Draws who met whom: people and organizations, coloured by affiliation, one line per pair.",
        discussion: """
            Reads every input into one dossier (articles go through extraction) and draws the \
            meetings, talks, calls, visits and summits that pass --from, --to and --kind. Line \
            width counts the meetings; calls are dotted, planned meetings dashed, visits point \
            from the visitor to the host; a meeting of three or more is a small box joined to \
            each participant. With --actor, only that actor and those within --depth steps. The \
            engine is chosen by size (dot, then neato, then sfdp past 400 actors) unless --engine \
            is given. Hover a line for the sentences it comes from.
            """)

    @OptionGroup var inputs: InputOptions
    @OptionGroup var graphOptions: GraphOptions

    @Option(help: "Only this actor's part of the network (name, surname, alias or id).")
    var actor: String?

    @Option(help: "With --actor: how many steps away from the actor to go (default 1).")
    var depth: Int = 1

    @Option(help: "The layout engine: dot, neato, fdp, sfdp, circo, twopi (default: by size).")
    var engine: String?

    @Option(help: "Dates and places on the lines: auto (when there are few lines), yes or no.")
    var edgeLabels: EdgeLabels = .auto

    enum EdgeLabels: String, ExpressibleByArgument, CaseIterable {
        case auto, yes, no
    }

    func run() async throws {
        guard depth >= 0 else { throw CommandError("--depth must be 0 or more") }
        let filter = try graphOptions.filter()
        let dossier = try inputs.loadDossier()
        let options = NetworkDOT.Options(
            title: graphOptions.title, filter: filter, ego: actor.map { NetworkDOT.Ego(actor: $0, depth: depth) },
            engine: engine.map { GraphvizEngine($0) },
            edgeLabels: edgeLabels == .auto ? nil : edgeLabels == .yes)
        let drawing: NetworkDOT
        do {
            drawing = try NetworkDOT(dossier: dossier, options: options)
        } catch {
            throw CommandError("--actor: \(error)")
        }
        try GraphOutput.write(drawing.graph, to: graphOptions.output, engine: drawing.engine, format: graphOptions.format)
    }
}
