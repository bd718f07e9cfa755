import Foundation
import LiaisonCore

/// The formats `liaison export` writes, each deterministic (the same dossier gives the same
/// bytes); see `docs/EXPORTS.md`.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
    /// The whole dossier as versioned JSON (``DossierJSONExport``), read back by Liaison.
    case json
    /// One table (events, entities or meeting links) as RFC 4180 CSV (``CSVExport``).
    case csv
    /// The meeting network as GraphML (``GraphMLExport``).
    case graphml
    /// The meeting network as dynamic GEXF 1.3, for Gephi's timeline (``GEXFExport``).
    case gexf
    /// Knight Lab TimelineJS's JSON (``TimelineJSExport``).
    case timelineJS = "timeline.json"
    /// iCalendar, one all-day event per dated event (``ICalendarExport``).
    case iCalendar = "ics"

    /// The format a file name asks for (`x.timeline.json` is TimelineJS, `x.json` the dossier),
    /// or `nil` for an extension Liaison does not export.
    public init?(fileName: String) {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".timeline.json") { self = .timelineJS; return }
        guard let dot = lower.lastIndex(of: "."), !lower[dot...].contains("/") else { return nil }
        switch lower[lower.index(after: dot)...] {
        case "json": self = .json
        case "csv": self = .csv
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "ics", "ical", "ifb", "icalendar": self = .iCalendar
        default: return nil
        }
    }

    /// The format by name, as `--to` takes it: `json`, `csv`, `graphml`, `gexf`,
    /// `timeline.json` (or `timelinejs`), `ics` (or `icalendar`).
    public init?(name: String) {
        switch name.lowercased() {
        case "json", "dossier": self = .json
        case "csv": self = .csv
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "timeline.json", "timelinejs", "timeline": self = .timelineJS
        case "ics", "ical", "icalendar": self = .iCalendar
        default: return nil
        }
    }

    /// The usual file extension (without the dot).
    public var fileExtension: String { rawValue }
}

/// Choices that some formats take.
public struct ExportOptions: Sendable, Hashable {
    /// The table a CSV export writes.
    public var csvTable: CSVExport.Table
    /// A title for formats that show one (TimelineJS's title slide, the calendar's name); by
    /// default one is made from the documents.
    public var title: String?

    public init(csvTable: CSVExport.Table = .events, title: String? = nil) {
        self.csvTable = csvTable
        self.title = title
    }
}

/// An export that could not be made.
public struct ExportError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

extension ExportFormat {
    /// The dossier in this format.
    public func export(_ dossier: Dossier, options: ExportOptions = ExportOptions()) throws(ExportError) -> Data {
        switch self {
        case .json: return try DossierJSONExport.data(dossier)
        case .csv: return CSVExport.data(dossier, table: options.csvTable)
        case .graphml: return GraphMLExport.data(dossier)
        case .gexf: return GEXFExport.data(dossier, title: options.title)
        case .timelineJS: return try TimelineJSExport.data(dossier, title: options.title)
        case .iCalendar: return ICalendarExport.data(dossier, title: options.title)
        }
    }
}

extension Dossier {
    /// A title for the dossier: the one document's title; else who it is about, the most
    /// active actors first ("Ana Abreu, Bruno Costa and others"); else "N documents".
    var exportTitle: String {
        let titled = documents.compactMap(\.title).filter { !$0.isEmpty }
        if documents.count == 1, let title = titled.first { return title }
        let names = Timeline(dossier: self, options: Timeline.Options(maxLanes: 3)).lanes.map { $0.entity?.name ?? $0.entityID }
        switch names.count {
        case 0: break
        case 1: return names[0]
        case 2: return "\(names[0]) and \(names[1])"
        default: return "\(names[0]), \(names[1]) and others"
        }
        if documents.isEmpty { return "Liaison dossier" }
        return documents.count == 1 ? "1 document" : "\(documents.count) documents"
    }
}
