import Foundation
import LiaisonGraphviz

/// Writes a drawing to the file a command was given: the DOT text itself for `.dot`/`.gv`, or
/// Graphviz's rendering (SVG, PNG, PDF, …) for anything else, chosen by the file's extension.
///
/// ```swift
/// try GraphOutput.write(graph, to: "out/brussels.svg", engine: .dot)
/// try GraphOutput.write(graph, to: "-", engine: .dot)          // SVG on standard output
/// ```
enum GraphOutput {
    /// The format a path asks for: its extension, or `format` when given; SVG for standard
    /// output without a format.
    static func format(for path: String, format: String? = nil) throws(CommandError) -> OutputFormat {
        if let format { return OutputFormat(format.lowercased()) }
        if OutputFile.isStandardOutput(path) { return .svg }
        guard let format = OutputFormat(fileExtensionOf: path) else {
            throw CommandError(file: path, "cannot tell the output format: give the file an extension (.svg, .png, .pdf, .dot) or use --format")
        }
        return format
    }

    /// Renders `graph` in the format of `path` (or `format`) with `engine` and writes it
    /// atomically (see ``OutputFile``). Graphviz's warnings go to standard error.
    ///
    /// `.dot` and `.gv` get the DOT text as built, without layout (render it later with
    /// `liaison render` or Graphviz's programs); the engine is recorded in the graph's `layout`
    /// attribute so that a later render picks the same one.
    static func write(_ graph: DOTGraph, to path: String, engine: GraphvizEngine, format: String? = nil) throws(CommandError) {
        let chosen = try self.format(for: path, format: format)
        try OutputFile.write(try render(graph, engine: engine, format: chosen, name: path), to: path)
    }

    /// The bytes of `graph` in `format` (see ``write(_:to:engine:format:)``).
    static func render(_ graph: DOTGraph, engine: GraphvizEngine, format: OutputFormat, name: String) throws(CommandError) -> Data {
        var graph = graph
        graph.attributes["layout"] = .string(engine.rawValue)
        if format == .dot || format.rawValue == "gv" {
            return Data(graph.dotUTF8)
        }
        do {
            let result = try GraphvizRenderer.shared.render(graph, engine: engine, format: format)
            Warnings.print(result.diagnostics, file: name)
            return result.data
        } catch {
            throw CommandError(file: name, error.message)
        }
    }
}
