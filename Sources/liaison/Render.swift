import ArgumentParser
import Foundation
import LiaisonGraphviz

/// `liaison render FILE.dot -o OUT.svg`: lays out and draws a DOT file with Graphviz, in-process.
struct Render: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Renders a DOT file to SVG, PNG, PDF or another format Graphviz writes.",
        discussion: """
            The format follows the output file's extension (.svg, .png, .pdf, .dot, .json, …) \
            unless --format is given. Use - for standard input or standard output. Graphviz's \
            warnings go to standard error; on an error nothing is written.
            """
    )

    @Argument(help: "The DOT file to render, or - for standard input.")
    var input: String

    @Option(name: .shortAndLong, help: "The output file, or - for standard output (then --format is needed).")
    var output: String

    @Option(help: "The layout engine: dot, neato, fdp, sfdp, circo, twopi, osage, patchwork. Default: the graph's layout attribute, or dot.")
    var engine: String?

    @Option(help: "The output format (svg, png, pdf, dot, json, …). Default: the output file's extension.")
    var format: String?

    func run() async throws {
        let format = try outputFormat()
        let source = try TextInput.read(input)
        let result: RenderResult
        do {
            result = try GraphvizRenderer.shared.render(dot: source.text, engine: engine.map { GraphvizEngine($0) }, format: format)
        } catch {
            throw CommandError(error, file: source.name)
        }
        Warnings.print(result.diagnostics, file: source.name)
        try OutputFile.write(result.data, to: output)
    }

    private func outputFormat() throws(CommandError) -> OutputFormat {
        if let format { return OutputFormat(format) }
        if OutputFile.isStandardOutput(output) {
            throw CommandError("cannot tell the output format when writing to standard output: add --format svg (or png, pdf, …)")
        }
        guard let format = OutputFormat(fileExtensionOf: output) else {
            throw CommandError(file: output, "cannot tell the output format: give the file an extension (.svg, .png, .pdf, …) or use --format")
        }
        return format
    }
}
