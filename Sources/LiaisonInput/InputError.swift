/// An input that cannot be read: which file, which line, which field, and why.
///
/// Nothing is made from a file that failed: readers throw the first problem they find.
///
///     events.yaml:12: participant 'rutte' is not defined (events[2].participants[1])
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
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
        /// A date that is not `YYYY-MM-DD`.
        case badDate
        /// The YAML front matter does not parse or is not a mapping.
        case badFrontMatter
        /// A structured file (events YAML/JSON/CSV, extraction or dossier JSON) whose content is
        /// wrong: a missing field, an undefined participant, a value of the wrong type.
        case invalidContent
    }

    /// The file as the user named it ("-" for standard input).
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// Where in the document's structure: `events[2].participants[1]` (indexes from 0), or a CSV
    /// column name.
    public var field: String?
    public var kind: Kind
    /// What is wrong, in words meant for the person who wrote the file.
    public var message: String

    public init(
        file: String, line: Int? = nil, field: String? = nil, kind: Kind = .invalidContent,
        message: String
    ) {
        self.file = file
        self.line = line
        self.field = field
        self.kind = kind
        self.message = message
    }

    /// `file:line: message (field)`, the form editors and terminals link.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": " + message
        if let field, !field.isEmpty { text += " (\(field))" }
        return text
    }
}
