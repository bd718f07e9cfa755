/// A Graphviz output format, by name (`svg`, `png`, `pdf`, `dot`, `json`, …).
///
/// Any format Graphviz has installed can be named (see ``GraphvizRenderer/installedFormats``),
/// including a specific renderer (`png:cairo`); the renderer checks the name first.
public struct OutputFormat: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(_ name: String) {
        self.rawValue = name
    }

    public var description: String { rawValue }

    public static let svg = OutputFormat("svg")
    public static let png = OutputFormat("png")
    public static let pdf = OutputFormat("pdf")
    /// DOT with the layout's positions added.
    public static let dot = OutputFormat("dot")
    /// JSON with the layout's positions.
    public static let json = OutputFormat("json")

    /// The format a file name's extension asks for (`report.SVG` → `svg`, `x.gv` → `dot`), or
    /// `nil` when the name has no extension. Whether Graphviz can write it is checked when
    /// rendering.
    public init?(fileExtensionOf path: String) {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let ext = name[name.index(after: dot)...].lowercased()
        guard !ext.isEmpty else { return nil }
        switch ext {
        case "gv": self = .dot
        case "jpeg": self = OutputFormat("jpg")
        case "tiff": self = OutputFormat("tif")
        default: self = OutputFormat(ext)
        }
    }

    /// The format's name without a renderer suffix (`png:cairo` → `png`).
    var baseName: String {
        rawValue.split(separator: ":", maxSplits: 1).first.map(String.init) ?? rawValue
    }
}

extension OutputFormat: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        self.rawValue = value
    }
}
