import Foundation
import LiaisonCore

/// One door for every structured input: extraction JSON, dossier JSON, events files in YAML or
/// JSON, events CSV, and JSON Lines of extractions or dossiers. Articles (plain text, or document
/// JSON with a `text`) are not structured input: ``format(ofFile:contents:)`` says `nil` for them
/// so that the caller can hand them to extraction instead.
public enum StructuredInput {
    public enum Format: String, Sendable, Hashable, CaseIterable {
        /// `{"document": …, "entities": …, "events": …}`: one article's extraction.
        case extraction
        /// `{"documents": […], "entities": […], "events": […]}`.
        case dossier
        /// The hand-written events format (see ``EventsFile``), in YAML.
        case eventsYAML
        /// The same in JSON.
        case eventsJSON
        /// One event a row (see ``EventsCSV``).
        case eventsCSV
        /// One extraction or dossier per line (`.jsonl`).
        case jsonLines
    }

    /// The format of a file from its name and, for JSON, its top-level keys; `nil` when the file is
    /// not structured input (an article, or a document JSON with a `text`).
    public static func format(ofFile name: String, contents: some Collection<UInt8>) -> Format? {
        let lower = name.lowercased()
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return .eventsYAML }
        if lower.hasSuffix(".csv") { return .eventsCSV }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
            guard let first = firstLine(contents), let keys = topKeys(first) else { return nil }
            return kind(keys) == .extraction || kind(keys) == .dossier ? .jsonLines : nil
        }
        if lower.hasSuffix(".json") {
            guard let keys = topKeys(contents) else { return nil }
            return kind(keys)
        }
        return nil
    }

    /// Reads a structured file from disk (the format from ``format(ofFile:contents:)``).
    public static func read(file path: String) throws(InputError) -> Dossier {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw InputError(file: path, message: "cannot read the file: \(error.localizedDescription)")
        }
        return try read(data, file: path)
    }

    /// Reads structured input held in memory; `file` names it in messages and picks the format
    /// unless `format` is given.
    public static func read(_ bytes: some Collection<UInt8>, file: String, format: Format? = nil) throws(InputError) -> Dossier {
        let bytes = Array(bytes)
        let lower = file.lowercased()
        if format == nil && lower.hasSuffix(".json") {
            // A broken JSON file is reported as such, with its line.
            _ = try ModelJSON.parseTree(Data(bytes), file: file)
        }
        guard let format = format ?? self.format(ofFile: file, contents: bytes) else {
            throw InputError(file: file, line: 1, message:
                "not structured input: expected an extraction or dossier JSON, an events file (.yaml, .json) or an events CSV")
        }
        switch format {
        case .extraction: return try ModelJSON.extraction(bytes, file: file).dossier.normalized()
        case .dossier: return try ModelJSON.dossier(bytes, file: file).normalized()
        case .eventsJSON: return try EventsFile.read(json: bytes, file: file)
        case .eventsCSV: return try EventsCSV.read(bytes, file: file)
        case .eventsYAML:
            guard let text = String(validating: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes,
                                    as: UTF8.self) else {
                throw InputError(file: file, message: "the file is not valid UTF-8 text")
            }
            return try EventsFile.read(yaml: text, file: file)
        case .jsonLines: return try jsonLines(bytes, file: file)
        }
    }

    /// Each non-empty line an extraction or a dossier; they are merged (see ``Merge``).
    static func jsonLines(_ bytes: [UInt8], file: String) throws(InputError) -> Dossier {
        var dossiers: [Dossier] = []
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            let kind = topKeys(line).flatMap(self.kind)
            do throws(InputError) {
                switch kind {
                case .extraction: dossiers.append(try ModelJSON.extraction(line, file: file).dossier)
                case .dossier: dossiers.append(try ModelJSON.dossier(line, file: file))
                default:
                    throw InputError(file: file, line: 1, message: "each line must be an extraction or a dossier object")
                }
            } catch {
                var shifted = error
                shifted.line = lineNumber + (error.line ?? 1) - 1
                throw shifted
            }
        }
        return Merge.dossiers(dossiers).dossier
    }

    private static func firstLine(_ bytes: some Collection<UInt8>) -> ArraySlice<UInt8>? {
        Array(bytes).split(separator: 0x0A).first { $0.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D } }
    }

    /// The keys of a top-level JSON object, or `nil` when it is not one.
    private static func topKeys(_ bytes: some Collection<UInt8>) -> Set<String>? {
        guard let tree = try? JSONTree.parse(bytes), let entries = tree.entries else { return nil }
        return Set(entries.map(\.key))
    }

    private static func kind(_ keys: Set<String>) -> Format? {
        if keys.contains("document") { return .extraction }
        if keys.contains("documents") { return .dossier }
        // An events file has events or entity lists (its other keys are checked when read);
        // anything else, such as a document JSON with a `text`, is an article.
        if keys.contains("events") || !keys.isDisjoint(with: EventsFile.entitySections.map(\.key)) {
            return .eventsJSON
        }
        return nil
    }
}
