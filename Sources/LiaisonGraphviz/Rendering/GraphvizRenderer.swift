import CGraphviz
import Foundation

/// Lays out and renders DOT in-process with the Graphviz library.
///
/// ```swift
/// let result = try GraphvizRenderer.shared.render(dot: text, engine: .sfdp, format: .svg)
/// try result.data.write(to: url)
/// for warning in result.diagnostics { print(warning) }
/// ```
///
/// All renderers share one Graphviz context and one lock, so renders from many tasks are safe
/// and run one at a time. A layout cannot be interrupted once it has started, so `dot` (whose
/// running time explodes on large, dense networks) is refused past ``dotSizeLimit`` with an
/// error that suggests `sfdp`.
public struct GraphvizRenderer: Sendable {
    /// The renderer with the default limits.
    public static let shared = GraphvizRenderer()

    /// The largest graph, in nodes plus edges, that the `dot` engine is asked to lay out by
    /// default. Measured with Graphviz 2.43 (docs/BENCHMARKS.md): a timeline of 1,250 events in
    /// actor lanes (2,761 nodes plus edges) takes about a second, one of 1,500 events (3,327)
    /// over 30 s. Networks blow up far earlier (100 people and 300 meetings: 10–30 s), which is
    /// why ``GraphvizEngine/recommended(nodes:edges:)`` leaves `dot` at 200.
    public static let defaultDotSizeLimit = 3_000

    /// The largest graph, in nodes plus edges, that the `dot` engine is asked to lay out.
    public var dotSizeLimit: Int

    /// The longest quoted string, HTML-like label or name, in bytes, that DOT input may hold
    /// (the limit Graphviz's own `dot` program has). Graphviz 2.x takes time growing with the
    /// square of a string's length to read it (a 10 MB label: over a minute) and crashes on a
    /// label of more than 32,767 lines; longer strings are refused with
    /// ``GraphvizError/Kind-swift.enum/invalidInput``.
    public static let maximumStringLength = 16_384

    public init(dotSizeLimit: Int = GraphvizRenderer.defaultDotSizeLimit) {
        self.dotSizeLimit = dotSizeLimit
    }

    /// The layout engines Graphviz has installed, sorted by name.
    public static var installedEngines: [GraphvizEngine] {
        GraphvizSession.shared.engines.map { GraphvizEngine($0) }
    }

    /// The output formats Graphviz can write to memory, sorted by name.
    public static var installedFormats: [OutputFormat] {
        GraphvizSession.shared.formats.map { OutputFormat($0) }
    }

    /// Renders `graph` (see ``render(dot:engine:format:)``).
    public func render(_ graph: DOTGraph, engine: GraphvizEngine? = nil, format: OutputFormat = .svg) throws(GraphvizError) -> RenderResult {
        try render(dot: graph.dot, engine: engine, format: format)
    }

    /// Parses DOT text, lays it out and renders it.
    ///
    /// - Parameters:
    ///   - text: DOT text holding one graph (further graphs are ignored with a warning).
    ///   - engine: the layout engine; `nil` uses the graph's `layout` attribute, or `dot`.
    ///     An engine given here wins over the graph's `layout` attribute.
    ///   - format: the output format.
    /// - Returns: the output and Graphviz's warnings.
    /// - Throws: ``GraphvizError`` for DOT that does not parse (with Graphviz's message and
    ///   line), an unknown engine or format (listing the installed ones), a graph too large for
    ///   `dot`, or a failed layout or render.
    public func render(dot text: String, engine: GraphvizEngine? = nil, format: OutputFormat = .svg) throws(GraphvizError) -> RenderResult {
        let (outputs, diagnostics) = try lay(out: text, engine: engine, formats: [format])
        return RenderResult(data: outputs[0], diagnostics: diagnostics)
    }

    /// Lays the graph out once and renders that one drawing in each of `formats` (an SVG and a
    /// PNG of the same layout, say). Parameters and errors as ``render(dot:engine:format:)``.
    public func render(dot text: String, engine: GraphvizEngine? = nil, formats: [OutputFormat]) throws(GraphvizError) -> [OutputFormat: RenderResult] {
        let (outputs, diagnostics) = try lay(out: text, engine: engine, formats: formats)
        var results: [OutputFormat: RenderResult] = [:]
        for (format, data) in zip(formats, outputs) {
            results[format] = RenderResult(data: data, diagnostics: diagnostics)
        }
        return results
    }

    private func lay(out text: String, engine: GraphvizEngine?, formats: [OutputFormat]) throws(GraphvizError) -> ([Data], [GraphvizDiagnostic]) {
        let session = GraphvizSession.shared
        for format in formats where !session.formats.contains(format.baseName) {
            throw GraphvizError(.unknownFormat, "unknown output format '\(format)'; installed formats: \(session.formats.joined(separator: ", "))")
        }
        if let engine { try check(engine) }
        let limit = dotSizeLimit
        return try session.run { job throws(GraphvizError) in
            let graph = try job.read(text)
            defer { agclose(graph) }

            let declared = Self.attribute("layout", of: graph).flatMap { $0.isEmpty ? nil : GraphvizEngine($0) }
            let chosen = engine ?? declared ?? .dot
            if engine == nil, declared != nil { try check(chosen) }
            if declared != nil {
                // Graphviz lets the graph's own `layout` attribute override the engine it is given.
                Self.setAttribute("layout", to: chosen.rawValue, of: graph)
            }

            if chosen == .dot {
                let nodes = Int(agnnodes(graph)), edges = Int(agnedges(graph))
                if nodes + edges > limit {
                    throw GraphvizError(
                        .graphTooLarge,
                        "the graph has \(nodes) nodes and \(edges) edges, more than the dot engine is allowed to lay out "
                            + "(\(limit) nodes + edges): a layout cannot be interrupted once started and dot can take hours "
                            + "on a network this size; use sfdp (or neato for a few hundred nodes)",
                        diagnostics: job.diagnostics)
                }
            }

            defer { gvFreeLayout(job.context, graph) }
            guard gvLayout(job.context, graph, chosen.rawValue) == 0 else {
                throw job.failure(.layoutFailed, "Graphviz could not lay out the graph with \(chosen)")
            }

            var outputs: [Data] = []
            for format in formats {
                var output: UnsafeMutablePointer<CChar>?
                var length: UInt32 = 0  // `unsigned int` in Graphviz 2.x
                let status = gvRenderData(job.context, graph, format.rawValue, &output, &length)
                defer { if let output { gvFreeRenderData(output) } }
                guard status == 0, let output else {
                    throw job.failure(.renderFailed, "Graphviz could not render the graph as \(format)")
                }
                outputs.append(Data(bytes: output, count: Int(length)))
            }
            return (outputs, job.diagnostics)
        }
    }

    /// Reads DOT text with Graphviz's own parser and reports what Graphviz read: names and
    /// attribute values exactly as Graphviz stores them (no layout). Useful to check that
    /// generated DOT means what it should.
    public func parse(dot text: String) throws(GraphvizError) -> ParsedGraph {
        try GraphvizSession.shared.run { job throws(GraphvizError) in
            let graph = try job.read(text)
            defer { agclose(graph) }
            return ParsedGraph(reading: graph)
        }
    }

    private func check(_ engine: GraphvizEngine) throws(GraphvizError) {
        let engines = GraphvizSession.shared.engines
        guard engines.contains(engine.rawValue) else {
            throw GraphvizError(.unknownEngine, "unknown layout engine '\(engine)'; installed engines: \(engines.joined(separator: ", "))")
        }
    }

    /// Sets a graph attribute (Graphviz copies the strings).
    static func setAttribute(_ name: String, to value: String, of graph: UnsafeMutablePointer<Agraph_t>) {
        name.withCString { name in
            value.withCString { value in
                "".withCString { empty in
                    _ = agsafeset(
                        graph, UnsafeMutablePointer(mutating: name), UnsafeMutablePointer(mutating: value),
                        UnsafeMutablePointer(mutating: empty))
                }
            }
        }
    }

    /// The value of a graph attribute, or `nil` when the graph does not declare it.
    static func attribute(_ name: String, of graph: UnsafeMutablePointer<Agraph_t>) -> String? {
        name.withCString { name in
            agget(graph, UnsafeMutablePointer(mutating: name)).map { String(cString: $0) }
        }
    }
}
