/// A structured input file that cannot be read: which file, which line, which field, and why.
///
/// Nothing is made from a file that failed: readers throw the first problem they find.
///
///     events.yaml:12: participant 'rutte' is not defined (events[2].participants[1])
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// Where in the document's structure: `events[2].participants[1]` (indexes from 0), or a CSV
    /// column name.
    public var field: String?
    /// What is wrong, in words meant for the person who wrote the file.
    public var message: String

    public init(file: String, line: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `file:line: message (field)`.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": " + message
        if let field, !field.isEmpty { text += " (\(field))" }
        return text
    }
}
