/// Why an input could not be read as documents: the file, the line when there is one, and what
/// is wrong with it.
public struct InputError: Error, CustomStringConvertible, Sendable, Hashable {
    /// What kind of problem.
    public enum Kind: String, Sendable, Hashable {
        /// The file could not be read at all (missing, unreadable).
        case unreadable
        /// The bytes are not UTF-8.
        case invalidUTF8
        /// The JSON does not parse.
        case invalidJSON
        /// The JSON parses but is not a document (no `text`, or not an object).
        case notADocument
        /// A published date that is not `YYYY-MM-DD` (a time may follow it).
        case badDate
        /// The YAML front matter does not parse or is not a mapping.
        case badFrontMatter
    }

    /// The file's path (or "-" for standard input).
    public var file: String
    /// 1-based line, where the problem has one.
    public var line: Int?
    public var kind: Kind
    public var message: String

    public init(file: String, line: Int? = nil, kind: Kind, message: String) {
        self.file = file
        self.line = line
        self.kind = kind
        self.message = message
    }

    /// `file:line: message`, the form editors and terminals link.
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
