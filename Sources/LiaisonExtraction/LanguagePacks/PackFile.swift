import Foundation

/// One data file of a language pack: `Resources/LanguagePacks/<lang>/<name>.txt`.
///
/// The format is meant to be read and extended by hand: UTF-8 text, one record a line, fields
/// separated by `|` and trimmed, `#` starting a comment, blank lines skipped. Text is normalised
/// to NFC. What the fields mean is said at the top of each file.
public struct PackFile: Sendable {
    /// One line of a pack file.
    public struct Record: Sendable, Hashable {
        /// 1-based line number in the file, for error messages.
        public var line: Int
        public var fields: [String]
    }

    /// Why a pack file could not be read.
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var line: Int?
        public var message: String
        public var description: String {
            if let line { return "\(path):\(line): \(message)" }
            return "\(path): \(message)"
        }
    }

    public var path: String
    public var records: [Record]

    /// Parses pack-file text.
    public init(path: String, text: String) {
        self.path = path
        var records: [Record] = []
        var number = 0
        for rawLine in text.precomposedStringWithCanonicalMapping.split(
            separator: "\n", omittingEmptySubsequences: false)
        {
            number += 1
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            let fields = trimmed.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            records.append(Record(line: number, fields: fields))
        }
        self.records = records
    }

    /// Loads `<lang>/<name>.txt` from the bundled language packs, or from the folder named by
    /// the `LIAISON_PACKS` environment variable when it holds that file (so users can extend a
    /// pack without rebuilding).
    public static func load(language: String, name: String) throws -> PackFile {
        let relative = "\(language)/\(name).txt"
        var candidates: [URL] = []
        if let dir = ProcessInfo.processInfo.environment["LIAISON_PACKS"], !dir.isEmpty {
            candidates.append(URL(fileURLWithPath: dir).appendingPathComponent(relative))
        }
        if let base = Bundle.module.resourceURL {
            candidates.append(base.appendingPathComponent("LanguagePacks").appendingPathComponent(relative))
        }
        for url in candidates where FileManager.default.fileExists(atPath: url.path) {
            do {
                let data = try Data(contentsOf: url)
                guard let text = String(data: data, encoding: .utf8) else {
                    throw LoadError(path: url.path, line: nil, message: "is not UTF-8 text")
                }
                return PackFile(path: url.path, text: text)
            } catch let error as LoadError {
                throw error
            } catch {
                throw LoadError(path: url.path, line: nil, message: error.localizedDescription)
            }
        }
        throw LoadError(path: relative, line: nil, message: "no such language-pack file")
    }
}
