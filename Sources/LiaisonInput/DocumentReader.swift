import Foundation
import LiaisonCore

/// Reads articles into ``Document``s: plain text, Markdown (with an optional YAML front matter),
/// HTML, document JSON (one per file) and JSONL (one per line).
///
/// ```swift
/// let reader = DocumentReader()
/// let documents = try reader.read(contentsOf: URL(fileURLWithPath: "brussels.md"))
/// ```
///
/// - Ids come from the JSON or front matter (`id`), else from a slug of the file name
///   (`"Brussels 2024.vi.txt"` → `brussels-2024-vi`; in JSONL `<slug>-<line>`).
/// - Texts are in Unicode NFC with `\n` line ends; a byte-order mark is dropped.
/// - `published` and `language` given to the reader override what the files say. The language
///   is otherwise the file's own (`lang` in JSON or front matter, `<html lang>`) or `nil`: the
///   caller may detect it (`LanguageDetector` in LiaisonExtraction).
/// - Every failure is an ``InputError`` naming the file, and the line where there is one.
public struct DocumentReader: Sendable {
    /// The file formats the reader knows.
    public enum Format: String, Sendable, CaseIterable {
        case text, markdown, html, json, jsonl

        /// The format of a file extension (`txt`, `md`, `html`, `json`, `jsonl`…), if known.
        public init?(pathExtension: String) {
            switch pathExtension.lowercased() {
            case "txt", "text": self = .text
            case "md", "markdown", "mdown", "mkd": self = .markdown
            case "html", "htm", "xhtml": self = .html
            case "json": self = .json
            case "jsonl", "ndjson": self = .jsonl
            default: return nil
            }
        }
    }

    /// A published day that replaces the files' own.
    public var published: Day?
    /// A language code that replaces the files' own.
    public var language: String?

    public init(published: Day? = nil, language: String? = nil) {
        self.published = published
        self.language = language
    }

    // MARK: reading

    /// The documents of one file.
    public func read(contentsOf url: URL) throws(InputError) -> [Document] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let reason = FileManager.default.fileExists(atPath: url.path) ? "cannot be read" : "no such file"
            throw InputError(file: url.path, kind: .unreadable, message: reason)
        }
        return try read(data: data, name: url.path, source: url.path)
    }

    /// The documents in `data`, read as `format` (by default from `name`'s extension, else from
    /// the content). `name` is used for messages and ids ("-" for standard input).
    public func read(data: Data, name: String, format: Format? = nil, source: String? = nil) throws(InputError)
        -> [Document]
    {
        let text = try DocumentReader.utf8Text(data, file: name)
        let format = format ?? DocumentReader.format(name: name, text: text)
        let slug = DocumentReader.slug(fileName: name)
        var documents: [Document]
        switch format {
        case .text:
            documents = [Document(id: slug, source: source, text: text)]
        case .markdown:
            documents = [try markdown(text, file: name, slug: slug, source: source)]
        case .html:
            let page = HTMLText(html: text)
            documents = [
                Document(
                    id: slug, title: page.title, source: page.url ?? source,
                    published: page.published.flatMap(DocumentDate.parse), language: page.language, text: page.text)
            ]
        case .json:
            documents = try json(text, file: name, slug: slug, source: source)
        case .jsonl:
            documents = try jsonLines(text, file: name, slug: slug, source: source)
        }
        return documents.map(finish)
    }

    /// The supported files in a folder and its subfolders, sorted by path (hidden files skipped).
    public static func files(in folder: URL) -> [URL] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var out: [URL] = []
        for case let url as URL in enumerator where Format(pathExtension: url.pathExtension) != nil {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { out.append(url) }
        }
        return out.sorted { $0.path < $1.path }
    }

    // MARK: formats

    /// The format a file name's extension says, else what the content looks like.
    public static func format(name: String, text: String) -> Format {
        let ext = (name as NSString).pathExtension
        if let format = Format(pathExtension: ext) { return format }
        let head = text.drop(while: { $0.isWhitespace })
        if head.hasPrefix("{") || head.hasPrefix("[") {
            let lines = text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
            if lines.count > 1 && lines.allSatisfy({ $0.drop(while: \.isWhitespace).hasPrefix("{") && $0.trimmingTrailingSpace().hasSuffix("}") }) {
                return .jsonl
            }
            return .json
        }
        if head.hasPrefix("<") {
            let lower = head.prefix(512).lowercased()
            if lower.hasPrefix("<!doctype html") || lower.hasPrefix("<html") || lower.contains("<body")
                || lower.contains("<p>") || lower.contains("<head")
            {
                return .html
            }
        }
        if text.hasPrefix("---\n") || text.hasPrefix("---\r\n") { return .markdown }
        return .text
    }

    private func markdown(_ text: String, file: String, slug: String, source: String?) throws(InputError) -> Document {
        var front = FrontMatter()
        var body = text
        if let split = FrontMatter.split(text) {
            front = try FrontMatter(yaml: split.yaml, file: file, firstLine: split.firstLine)
            body = split.body
        }
        let md = MarkdownText(markdown: body)
        return Document(
            id: front.id.flatMap { $0.isEmpty ? nil : $0 } ?? slug, title: front.title ?? md.title,
            source: front.source ?? source, published: front.published, language: front.language, text: md.text)
    }

    private func json(_ text: String, file: String, slug: String, source: String?) throws(InputError) -> [Document] {
        let object = try DocumentReader.parseJSON(text, file: file, line: nil)
        if let array = object as? [Any] {
            var out: [Document] = []
            for (index, element) in array.enumerated() {
                out.append(
                    try DocumentReader.document(
                        from: element, file: file, line: nil, fallbackID: "\(slug)-\(index + 1)", source: source))
            }
            return out
        }
        return [try DocumentReader.document(from: object, file: file, line: nil, fallbackID: slug, source: source)]
    }

    private func jsonLines(_ text: String, file: String, slug: String, source: String?) throws(InputError) -> [Document] {
        var out: [Document] = []
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            let object = try DocumentReader.parseJSON(String(line), file: file, line: number)
            out.append(
                try DocumentReader.document(from: object, file: file, line: number, fallbackID: "\(slug)-\(number)", source: source))
        }
        return out
    }

    /// Applies the overrides and normalises the text.
    private func finish(_ document: Document) -> Document {
        var d = document
        d.text = DocumentReader.normalise(d.text)
        d.title = d.title.map { DocumentReader.normalise($0) }.flatMap { $0.isEmpty ? nil : $0 }
        if let published { d.published = published }
        if let language { d.language = language }
        if let lang = d.language { d.language = lang.isEmpty ? nil : lang.lowercased() }
        return d
    }

    // MARK: helpers

    /// NFC, `\n` line ends.
    static func normalise(_ text: String) -> String {
        var t = text
        if t.contains("\r") {
            t = t.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return t.precomposedStringWithCanonicalMapping
    }

    /// The text of UTF-8 bytes (a byte-order mark dropped), or an error naming the line of the
    /// first byte that is not UTF-8.
    static func utf8Text(_ data: Data, file: String) throws(InputError) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        parsing: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
            case .emptyInput:
                break parsing
            case .error:
                let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
                let byte = String(bytes[offset], radix: 16, uppercase: true)
                throw InputError(
                    file: file, line: line, kind: .invalidUTF8,
                    message: "is not UTF-8 text (byte 0x\(byte) at offset \(offset)); convert it to UTF-8 first")
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An id from a file name: "Brussels 2024.vi.txt" → `brussels-2024-vi`; "-" → `stdin`.
    static func slug(fileName: String) -> String {
        if fileName == "-" { return "stdin" }
        let base = ((fileName as NSString).lastPathComponent as NSString).deletingPathExtension
        return Slug.make(base.isEmpty ? "document" : base)
    }

    static func parseJSON(_ text: String, file: String, line: Int?) throws(InputError) -> Any {
        do {
            return try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            // Foundation says "… around line 3, column 7."; for JSONL the line is the file's.
            var reported = line
            if line == nil, let range = detail.range(of: "line ") {
                reported = Int(detail[range.upperBound...].prefix(while: \.isNumber))
            }
            throw InputError(file: file, line: reported, kind: .invalidJSON, message: "is not valid JSON: \(detail)")
        }
    }

    /// A document from a decoded JSON object: `id`, `title`, `published`, `lang`, `source`, `text`.
    static func document(from object: Any, file: String, line: Int?, fallbackID: String, source: String?) throws(InputError)
        -> Document
    {
        guard let dict = object as? [String: Any] else {
            throw InputError(
                file: file, line: line, kind: .notADocument,
                message: "is not a document: expected a JSON object with a \"text\" field")
        }
        guard let rawText = dict["text"] else {
            throw InputError(
                file: file, line: line, kind: .notADocument,
                message: "is not a document: it has no \"text\" field (fields: \(dict.keys.sorted().joined(separator: ", ")))")
        }
        guard let text = rawText as? String else {
            throw InputError(file: file, line: line, kind: .notADocument, message: "\"text\" must be a string")
        }
        func string(_ key: String) throws(InputError) -> String? {
            guard let value = dict[key], !(value is NSNull) else { return nil }
            if let s = value as? String { return s.isEmpty ? nil : s }
            if let n = value as? NSNumber, key == "id" { return n.stringValue }
            throw InputError(file: file, line: line, kind: .notADocument, message: "\"\(key)\" must be a string")
        }
        var published: Day?
        if let value = dict["published"], !(value is NSNull) {
            guard let s = value as? String, let day = DocumentDate.parse(s) else {
                throw InputError(
                    file: file, line: line, kind: .badDate,
                    message: "\"published\" is \(value) but must be a date of the form YYYY-MM-DD")
            }
            published = day
        }
        return Document(
            id: try string("id") ?? fallbackID, title: try string("title"), source: try string("source") ?? source,
            published: published, language: try string("lang"), text: text)
    }
}
