import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonRender

/// `liaison export INPUT… -o FILE`: the dossier in a format other tools read.
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Exports the events and the meeting network: JSON, CSV, GraphML, GEXF, TimelineJS, iCalendar.",
        discussion: """
            The format follows the output file's extension unless --to is given: .json (the whole \
            dossier, versioned; Liaison reads it back), .csv (one table: --table events, entities \
            or links), .graphml and .gexf (the meeting network; GEXF with time spells for Gephi's \
            timeline), .timeline.json (Knight Lab TimelineJS), .ics (iCalendar). The same input \
            always gives the same bytes. See docs/EXPORTS.md.
            """)

    struct Format: ExpressibleByArgument {
        var value: ExportFormat

        init?(argument: String) {
            guard let value = ExportFormat(name: argument) else { return nil }
            self.value = value
        }

        static var allValueStrings: [String] { ExportFormat.allCases.map(\.rawValue) }
    }

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "The output file (- for standard output, with --to).")
    var output: String

    @Option(help: "json, csv, graphml, gexf, timeline.json or ics. Default: from the output file's name.")
    var to: Format?

    @Option(help: "The CSV table: events (readable by Liaison as input), entities or links.")
    var table: CSVExport.Table = .events

    @Option(help: "A title, for the TimelineJS title slide, the calendar's name and the GEXF description.")
    var title: String?

    func run() async throws {
        let format = try exportFormat()
        let dossier = try input.loadDossier()
        let data: Data
        do {
            data = try format.export(dossier, options: ExportOptions(csvTable: table, title: title))
        } catch {
            throw CommandError(file: output, error.description)
        }
        try OutputFile.write(data, to: output)
    }

    private func exportFormat() throws(CommandError) -> ExportFormat {
        if let to { return to.value }
        if OutputFile.isStandardOutput(output) {
            throw CommandError("cannot tell the export format when writing to standard output: add --to json (or csv, graphml, gexf, timeline.json, ics)")
        }
        guard let format = ExportFormat(fileName: output) else {
            throw CommandError(file: output, "cannot tell the export format from the name: use .json, .csv, .graphml, .gexf, .timeline.json or .ics, or --to")
        }
        return format
    }
}

extension CSVExport.Table: ExpressibleByArgument {}
