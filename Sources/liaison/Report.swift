import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonRender

/// `liaison report INPUT… -o report.html|report.md`: one report of everything the inputs say.
struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Writes a report: the timeline, the meeting network, the events with their evidence, an index and the sources.",
        discussion: """
            .html gives one self-contained page (inline drawings and style, nothing fetched, \
            prints on A4, reads on a phone). .md gives Markdown for wikis, with the drawings \
            written beside it (report.md → report.timeline.svg, report.network.svg).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, md
    }

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "The report file: .html or .md (- for standard output, with --format).")
    var output: String

    @Option(help: "html or md. Default: the output file's extension.")
    var format: Format?

    @Option(help: "The report's title. Default: the article's title, or the number of documents.")
    var title: String?

    func run() async throws {
        let format = try reportFormat()
        let dossier = try input.loadDossier()
        let figures = ReportFigures.make(for: dossier)
        for warning in figures.warnings { FileHandle.standardError.write(Data("warning: \(warning)\n".utf8)) }
        switch format {
        case .html:
            let report = HTMLReport(dossier: dossier, timelineSVG: figures.timeline, networkSVG: figures.network,
                                    title: title, missingFigureNote: figures.note)
            let data: Data
            do {
                data = try report.data()
            } catch {
                throw CommandError(file: output, "cannot write the report: \(error)")
            }
            try OutputFile.write(data, to: output)
        case .md:
            // The drawings go beside the report; on standard output there is no beside.
            let beside = !OutputFile.isStandardOutput(output)
            let names = MarkdownReport.figureNames(forReportNamed: output)
            let folder = URL(fileURLWithPath: output).deletingLastPathComponent()
            var timelineImage: String?, networkImage: String?
            if beside, let svg = figures.timeline {
                try OutputFile.write(svg, to: folder.appendingPathComponent(names.timeline).path)
                timelineImage = names.timeline
            }
            if beside, let svg = figures.network {
                try OutputFile.write(svg, to: folder.appendingPathComponent(names.network).path)
                networkImage = names.network
            }
            let note = beside || (figures.timeline == nil && figures.network == nil)
                ? figures.note : "The drawings are written beside a report file; standard output has none."
            let report = MarkdownReport(dossier: dossier, timelineImage: timelineImage, networkImage: networkImage,
                                        title: title, missingFigureNote: note)
            try OutputFile.write(Data(report.render().utf8), to: output)
        }
    }

    private func reportFormat() throws(CommandError) -> Format {
        if let format { return format }
        if OutputFile.isStandardOutput(output) {
            throw CommandError("cannot tell the report format when writing to standard output: add --format html or --format md")
        }
        switch URL(fileURLWithPath: output).pathExtension.lowercased() {
        case "html", "htm", "xhtml": return .html
        case "md", "markdown", "mdown": return .md
        default:
            throw CommandError(file: output, "a report is .html or .md: give the file one of these extensions, or use --format")
        }
    }
}
