import Foundation
import LiaisonGraphviz

/// An error for the person at the command line: one message, naming the file and line where
/// there is one (`map.dot:3: syntax error in line 3 near '}'`).
///
/// This is the one place where errors become user text. Commands throw it (or convert library
/// errors with the initialisers below); ArgumentParser prints `Error: ` and the description to
/// standard error and exits with status 1.
struct CommandError: Error, CustomStringConvertible {
    var description: String

    init(_ message: String) {
        description = message
    }

    /// `file:line: message`, or `file: message` without a line.
    init(file: String, line: Int? = nil, _ message: String) {
        description = Self.located(file: file, line: line) + message
    }

    /// A Graphviz error about the DOT read from `file`.
    init(_ error: GraphvizError, file: String) {
        self.init(file: file, line: error.line, error.message)
    }

    /// `file:line: ` or `file: `.
    static func located(file: String, line: Int?) -> String {
        if let line { return "\(file):\(line): " }
        return "\(file): "
    }
}

/// Messages that do not stop a command (Graphviz's warnings), on standard error.
enum Warnings {
    static func print(_ diagnostics: [GraphvizDiagnostic], file: String) {
        for diagnostic in diagnostics {
            let text = CommandError.located(file: file, line: diagnostic.line) + "\(diagnostic.severity.rawValue): "
                + diagnostic.message.replacingOccurrences(of: "\n", with: "\n    ") + "\n"
            FileHandle.standardError.write(Data(text.utf8))
        }
    }
}
