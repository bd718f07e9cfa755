import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonExtraction
import LiaisonInput

/// `liaison extract`: articles → extraction JSON (entities, events with evidence, dates).
struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extracts people, organizations, events and dates from articles.",
        discussion: """
            Reads articles (.txt, .md with front matter, .html, document .json or .jsonl, folders, \
            or - for standard input) and writes, per article, the entities it names, the events it \
            reports (meetings, talks, calls, visits, summits, trips, statements) with their evidence, \
            and its date expressions.
            """)

    enum Language: String, ExpressibleByArgument, CaseIterable {
        case auto, vi, en
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl
    }

    @Argument(help: "Articles, folders, or - for standard input.")
    var inputs: [String]

    @Option(name: .long, help: "The articles' language (auto: the document's own, else detected).")
    var lang: Language = .auto

    @Option(name: .long, help: "The published day (YYYY-MM-DD) for every article, replacing their own.")
    var published: String?

    @Option(name: .long, help: "json: one object (an array for several articles); jsonl: one line per article.")
    var format: Format = .json

    @Option(name: [.short, .customLong("output")], help: "Output file (- for standard output).")
    var output: String = "-"

    @Flag(name: .long, help: .hidden)
    var explain = false

    func run() async throws {
        var day: Day?
        if let published {
            guard let d = Day(iso: published) else {
                throw ValidationError("--published must be a date YYYY-MM-DD, not '\(published)'")
            }
            day = d
        }
        let reader = DocumentReader(published: day, language: lang == .auto ? nil : lang.rawValue)
        let documents: [Document]
        do {
            documents = try Extract.read(inputs, with: reader)
        } catch {
            throw ValidationError(error.description)
        }
        guard !documents.isEmpty else { throw ValidationError("no articles found in \(inputs.joined(separator: ", "))") }

        var extractors: [String: Extractor] = [:]
        var extractions: [Extraction] = []
        for document in documents {
            guard let language = document.language ?? LanguageDetector.detect(document.text) else {
                throw ValidationError("\(document.source ?? document.id): cannot tell the language; give --lang vi or --lang en")
            }
            if extractors[language] == nil {
                do {
                    extractors[language] = try Extractor(language: language)
                } catch {
                    throw ValidationError("\(document.source ?? document.id): \(error)")
                }
            }
            var doc = document
            doc.language = language
            if explain { FileHandle.standardError.write(Data(extractors[language]!.explain(doc).utf8)) }
            extractions.append(extractors[language]!.extract(doc))
        }

        let data = try Extract.encode(extractions, format: format)
        try OutputFile.write(data, to: output)
    }

    /// The documents of every input (files, folders, "-").
    static func read(_ inputs: [String], with reader: DocumentReader) throws(InputError) -> [Document] {
        var documents: [Document] = []
        for input in inputs {
            if input == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                documents += try reader.read(data: data, name: "-")
                continue
            }
            let url = URL(fileURLWithPath: input)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
                for file in DocumentReader.files(in: url) { documents += try reader.read(contentsOf: file) }
            } else {
                documents += try reader.read(contentsOf: url)
            }
        }
        return documents
    }

    /// The JSON of extractions: pretty-printed for `json` (one object, or an array of several),
    /// one compact line each for `jsonl`. Keys keep the agreed order.
    static func encode(_ extractions: [Extraction], format: Format) throws -> Data {
        switch format {
        case .json:
            let encoder = OrderedJSONEncoder(pretty: true)
            var data = extractions.count == 1 ? try encoder.encode(extractions[0]) : try encoder.encode(extractions)
            data.append(0x0A)
            return data
        case .jsonl:
            let encoder = OrderedJSONEncoder(pretty: false)
            var data = Data()
            for e in extractions {
                data.append(try encoder.encode(e))
                data.append(0x0A)
            }
            return data
        }
    }
}
