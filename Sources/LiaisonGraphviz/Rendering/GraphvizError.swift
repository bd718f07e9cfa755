/// Why Graphviz could not render a graph.
///
/// ``description`` is a one-line account for people: Graphviz's own message, with the line of
/// the input when there is one. ``diagnostics`` holds every message Graphviz gave on the way.
public struct GraphvizError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The DOT text does not parse (or has something other than a graph after the graph).
        case syntax
        /// The input holds no graph at all (empty, blank, or only comments).
        case noGraph
        /// The input cannot be DOT text (a NUL character).
        case invalidInput
        /// The engine is not one Graphviz has installed.
        case unknownEngine
        /// The output format is not one Graphviz has installed.
        case unknownFormat
        /// The graph is too big for the chosen engine to lay out in reasonable time.
        case graphTooLarge
        /// Graphviz failed to lay the graph out.
        case layoutFailed
        /// Graphviz failed to write the output.
        case renderFailed
    }

    public var kind: Kind
    public var message: String
    /// The line of the DOT input the error is about, when known.
    public var line: Int?
    /// Every message Graphviz gave during the job, warnings included.
    public var diagnostics: [GraphvizDiagnostic]

    public init(_ kind: Kind, _ message: String, line: Int? = nil, diagnostics: [GraphvizDiagnostic] = []) {
        self.kind = kind
        self.message = message
        self.line = line
        self.diagnostics = diagnostics
    }

    public var description: String {
        if let line, !message.contains("line \(line)") { return "line \(line): \(message)" }
        return message
    }
}
