/// A message Graphviz gave while reading, laying out or rendering a graph.
///
/// Graphviz reports through a callback that the renderer captures, so nothing is printed to
/// standard error; the messages come back here instead.
public struct GraphvizDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case warning
        case error
    }

    public var severity: Severity
    /// Graphviz's text without its `Error: ` / `Warning: ` prefix. A message that Graphviz
    /// continued over several lines keeps them, joined with line feeds; a very long one (it can
    /// quote megabytes of input) has its middle left out.
    public var message: String
    /// The line of the DOT input the message is about, when Graphviz names one ("syntax error
    /// in line 3 near '}'"). Line numbers inside an HTML-like label are not taken as lines of
    /// the input.
    public var line: Int?

    public init(severity: Severity, message: String, line: Int? = nil) {
        self.severity = severity
        self.message = message
        self.line = line
    }

    public var description: String {
        "\(severity.rawValue): \(message)"
    }
}

extension GraphvizDiagnostic {
    /// Splits what Graphviz wrote through its error callback into diagnostics. A line that
    /// starts with `Error: ` or `Warning: ` starts a message; other lines continue the previous
    /// one (Graphviz's `AGPREV` continuations).
    static func parse(_ text: String) -> [GraphvizDiagnostic] {
        var diagnostics: [GraphvizDiagnostic] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = rawLine.trimmingTrailingWhitespace()
            guard !line.isEmpty else { continue }
            if line.hasPrefix("Error: ") {
                diagnostics.append(GraphvizDiagnostic(severity: .error, message: String(line.dropFirst(7))))
            } else if line.hasPrefix("Warning: ") {
                diagnostics.append(GraphvizDiagnostic(severity: .warning, message: String(line.dropFirst(9))))
            } else if !diagnostics.isEmpty {
                diagnostics[diagnostics.count - 1].message += "\n" + line
            } else {
                diagnostics.append(GraphvizDiagnostic(severity: .warning, message: String(line)))
            }
        }
        for index in diagnostics.indices {
            diagnostics[index].line = inputLine(in: diagnostics[index].message)
            diagnostics[index].message = abbreviated(diagnostics[index].message)
        }
        return diagnostics
    }

    /// The longest message kept whole. Graphviz quotes the input in some messages (the token
    /// near a syntax error), which can be megabytes long.
    static let maximumMessageLength = 1_000

    /// `message`, with its middle left out when it is longer than ``maximumMessageLength``.
    private static func abbreviated(_ message: String) -> String {
        guard message.count > maximumMessageLength else { return message }
        let head = message.prefix(maximumMessageLength * 3 / 4)
        let tail = message.suffix(maximumMessageLength / 5)
        let omitted = message.count - head.count - tail.count
        return head + " … (\(omitted) characters left out) … " + tail
    }

    /// The number after "in line " in a message about the DOT input (not about a label).
    private static func inputLine(in message: String) -> Int? {
        guard !message.contains("in label of"), let range = message.range(of: "in line ") else { return nil }
        let digits = message[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
        return Int(digits)
    }
}

extension Substring {
    fileprivate func trimmingTrailingWhitespace() -> Substring {
        var end = endIndex
        while end > startIndex, let last = self[..<end].last, last == " " || last == "\t" || last == "\r" {
            end = index(before: end)
        }
        return self[..<end]
    }
}
