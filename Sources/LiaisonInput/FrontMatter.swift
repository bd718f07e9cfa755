import LiaisonCore
import Yams

/// The YAML block at the top of a Markdown file, between two `---` lines:
///
/// ```markdown
/// ---
/// title: Blinken meets Sybiha
/// published: 2024-11-13
/// source: https://example.org/article
/// lang: vi
/// ---
/// Ngày 13/11, …
/// ```
///
/// Known keys are `id`, `title`, `published` (`YYYY-MM-DD`, a time may follow), `source` (also
/// `url`), `lang` (also `language`); others are ignored.
public struct FrontMatter: Sendable, Hashable {
    public var id: String?
    public var title: String?
    public var published: Day?
    public var source: String?
    public var language: String?

    public init(id: String? = nil, title: String? = nil, published: Day? = nil, source: String? = nil, language: String? = nil) {
        self.id = id
        self.title = title
        self.published = published
        self.source = source
        self.language = language
    }

    /// Splits `text` into its front matter (the YAML and the file line it starts on) and the body
    /// after it; `nil` when the text does not open with a `---` line that is closed later.
    public static func split(_ text: String) -> (yaml: String, firstLine: Int, body: String, bodyLine: Int)? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpace() == "---" else { return nil }
        lines.removeFirst()
        guard let close = lines.firstIndex(where: { $0.trimmingTrailingSpace() == "---" || $0.trimmingTrailingSpace() == "..." })
        else { return nil }
        let yaml = lines[..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return (yaml, 2, body, close + 3)
    }

    /// Parses the YAML of a front matter; `firstLine` is the file line the YAML starts on, for
    /// messages.
    public init(yaml: String, file: String, firstLine: Int) throws(InputError) {
        self.init()
        if yaml.allSatisfy(\.isWhitespace) { return }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw InputError(
                file: file, line: FrontMatter.line(of: error).map { $0 + firstLine - 1 } ?? firstLine,
                kind: .badFrontMatter, message: "front matter is not valid YAML: \(FrontMatter.problem(error))")
        } catch {
            throw InputError(file: file, line: firstLine, kind: .badFrontMatter, message: "front matter: \(error)")
        }
        guard let node else { return }
        guard let mapping = node.mapping else {
            throw InputError(
                file: file, line: firstLine, kind: .badFrontMatter,
                message: "front matter must be a mapping of keys to values (title: …, published: …)")
        }
        func value(_ keys: String...) -> (String, Int)? {
            for key in keys {
                if let v = mapping[key], let s = v.string {
                    let trimmed = s.trimmingTrailingSpace()
                    if trimmed.isEmpty || trimmed == "~" || trimmed == "null" { return nil }
                    return (trimmed, (v.mark?.line ?? 1) + firstLine - 1)
                }
            }
            return nil
        }
        id = value("id")?.0
        title = value("title")?.0
        source = value("source", "url")?.0
        language = value("lang", "language")?.0
        if let (text, line) = value("published", "date") {
            guard let day = DocumentDate.parse(text) else {
                throw InputError(
                    file: file, line: line, kind: .badDate,
                    message: "published '\(text)' is not a date of the form YYYY-MM-DD")
            }
            published = day
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    private static func problem(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
        }
    }
}

extension StringProtocol {
    func trimmingTrailingSpace() -> String {
        var s = Substring(self)
        while let last = s.last, last.isWhitespace { s.removeLast() }
        while let first = s.first, first.isWhitespace { s.removeFirst() }
        return String(s)
    }
}

/// Published dates as inputs write them.
enum DocumentDate {
    /// `YYYY-MM-DD`, optionally followed by a time (`2024-11-13T09:30:00+07:00`,
    /// `2024-11-13 09:30`); anything else is `nil`.
    static func parse(_ text: String) -> Day? {
        let t = text.trimmingTrailingSpace()
        let utf8 = Array(t.utf8)
        guard utf8.count >= 10 else { return nil }
        if utf8.count > 10 {
            let next = utf8[10]
            guard next == UInt8(ascii: "T") || next == UInt8(ascii: " ") || next == UInt8(ascii: "t") else { return nil }
        }
        return Day(iso: String(decoding: utf8[0..<10], as: UTF8.self))
    }
}
