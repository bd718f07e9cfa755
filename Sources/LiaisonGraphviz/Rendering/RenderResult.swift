import Foundation

/// What a render produced: the bytes of the output, and Graphviz's warnings.
public struct RenderResult: Sendable, Hashable {
    /// The output in the requested format (SVG text, PNG bytes, …).
    public var data: Data
    /// Messages Graphviz gave while producing it (unknown colours, fonts, …). A render with
    /// diagnostics still succeeded.
    public var diagnostics: [GraphvizDiagnostic]

    public init(data: Data, diagnostics: [GraphvizDiagnostic]) {
        self.data = data
        self.diagnostics = diagnostics
    }
}
