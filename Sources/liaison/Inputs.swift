import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonExtraction
import LiaisonInput

/// The inputs of every analysis command (`timeline`, `network`, `report`, `export`): articles,
/// document JSON or JSONL, extraction JSON, dossier JSON, events files (YAML, JSON, CSV),
/// folders of any of these, or `-` for standard input. Articles go through extraction; everything
/// becomes one merged dossier.
struct InputOptions: ParsableArguments {
    @Argument(help: "Articles, extraction or events files, folders, or - for standard input.")
    var inputs: [String]

    @Option(name: .long, help: "The articles' language: auto (the document's own, else detected), vi or en.")
    var lang: Extract.Language = .auto

    @Option(name: .long, help: "The published day (YYYY-MM-DD) for every article, replacing their own.")
    var published: String?

    /// Reads every input and merges them into one dossier (normalized: stable order and ids).
    func loadDossier() throws(CommandError) -> Dossier {
        var day: Day?
        if let published {
            guard let parsed = Day(iso: published) else {
                throw CommandError("--published must be a date YYYY-MM-DD, not '\(published)'")
            }
            day = parsed
        }
        let reader = DocumentReader(published: day, language: lang == .auto ? nil : lang.rawValue)
        var loader = DossierLoader(reader: reader)
        for input in inputs {
            try loader.add(input)
        }
        return try loader.dossier()
    }
}

/// Collects dossiers from inputs of any kind; extraction runs once per language.
struct DossierLoader {
    let reader: DocumentReader
    private var dossiers: [Dossier] = []
    private var extractors: [String: Extractor] = [:]

    init(reader: DocumentReader) {
        self.reader = reader
    }

    /// Adds a file, a folder (every supported file in it, in path order) or `-`.
    mutating func add(_ input: String) throws(CommandError) {
        if input == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            try add(data: data, name: "-")
            return
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) else {
            throw CommandError(file: input, "no such file or folder")
        }
        if isFolder.boolValue {
            let files = Self.files(in: URL(fileURLWithPath: input))
            guard !files.isEmpty else { throw CommandError(file: input, "the folder holds no file Liaison reads") }
            for file in files { try add(path: file.path) }
        } else {
            try add(path: input)
        }
    }

    private mutating func add(path: String) throws(CommandError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CommandError(file: path, "cannot read the file: \(error.localizedDescription)")
        }
        try add(data: data, name: path)
    }

    private mutating func add(data: Data, name: String) throws(CommandError) {
        // Standard input has no extension: a JSON object there is sniffed like a .json file.
        let sniffName = name == "-" && data.first(where: { $0 > 0x20 }) == UInt8(ascii: "{") ? "-.json" : name
        do {
            if let format = StructuredInput.format(ofFile: sniffName, contents: data) {
                dossiers.append(try StructuredInput.read(data, file: name, format: format))
                return
            }
            for document in try reader.read(data: data, name: name, source: name == "-" ? nil : name) {
                dossiers.append(try extract(document).dossier)
            }
        } catch let error as InputError {
            throw CommandError(error.description)
        } catch let error as CommandError {
            throw error
        } catch {
            throw CommandError(file: name, "\(error)")
        }
    }

    private mutating func extract(_ document: Document) throws(CommandError) -> Extraction {
        let where_ = document.source ?? document.id
        guard let language = document.language ?? LanguageDetector.detect(document.text) else {
            throw CommandError(file: where_, "the language is not supported yet (Liaison reads Vietnamese and English); give --lang vi or --lang en to force one")
        }
        guard ["vi", "en"].contains(language) else {
            throw CommandError(file: where_, "language '\(language)' is not supported yet (Liaison reads vi and en)")
        }
        if extractors[language] == nil {
            do {
                extractors[language] = try Extractor(language: language)
            } catch {
                throw CommandError(file: where_, "cannot load the \(language) language pack: \(error)")
            }
        }
        var document = document
        document.language = language
        return extractors[language]!.extract(document)
    }

    /// All dossiers merged into one.
    func dossier() throws(CommandError) -> Dossier {
        guard !dossiers.isEmpty else { throw CommandError("no input") }
        return Dossier.merged(dossiers).normalized()
    }

    /// Every file in a folder that Liaison reads (articles and structured files), in path order.
    static func files(in folder: URL) -> [URL] {
        let structured: Set<String> = ["yaml", "yml", "csv"]
        var urls = DocumentReader.files(in: folder)
        if let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        {
            for case let url as URL in enumerator where structured.contains(url.pathExtension.lowercased()) {
                urls.append(url)
            }
        }
        return urls.sorted { $0.path < $1.path }
    }
}
