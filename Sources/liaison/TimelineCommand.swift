import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonGraphviz
import LiaisonRender

/// `liaison timeline INPUT… -o FILE`: the events on a date axis, one lane per main actor.
struct TimelineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Draws the events of articles or events files on a date axis, one lane per main actor.",
        discussion: """
            Reads every input into one dossier (articles go through extraction), keeps the events \
            that pass --from, --to, --actor and --kind, and draws them left to right: a column per \
            day, long empty stretches left out, undated events at the end in text order, planned \
            events dashed. Hover a box for the sentence it comes from. The format follows the \
            output's extension: .svg, .png, .pdf, or .dot for the DOT text.
            """)

    @OptionGroup var inputs: InputOptions
    @OptionGroup var graphOptions: GraphOptions

    @Option(name: .customLong("actor"), help: "Only events with this actor (name, surname, alias or id); they get the first lanes. Repeatable.")
    var actors: [String] = []

    @Option(help: "The most lanes to draw (default 8); other actors are named in the events.")
    var lanes: Int = 8

    @Option(help: "The layout engine (default dot, the only one that keeps the axis).")
    var engine: String?

    func run() async throws {
        guard lanes >= 1 else { throw CommandError("--lanes must be at least 1") }
        let filter = try graphOptions.filter(actors: actors)
        let dossier = try inputs.loadDossier()
        let options = TimelineDOT.Options(
            title: graphOptions.title, timeline: Timeline.Options(maxLanes: lanes))
        let drawing = TimelineDOT(dossier: dossier, filter: filter, options: options)
        for query in drawing.timeline.unmatchedActors {
            FileHandle.standardError.write(Data("warning: --actor '\(query)' names nobody in the inputs\n".utf8))
        }
        let engine = engine.map { GraphvizEngine($0) } ?? TimelineDOT.engine
        do {
            try GraphOutput.write(drawing.graph, to: graphOptions.output, engine: engine, format: graphOptions.format)
        } catch {
            if drawing.graph.size.nodes + drawing.graph.size.edges > GraphvizRenderer.defaultDotSizeLimit {
                throw CommandError(error.description + " (the timeline has \(drawing.timeline.entries.count) events: narrow it with --from, --to, --actor or --kind)")
            }
            throw error
        }
    }
}
