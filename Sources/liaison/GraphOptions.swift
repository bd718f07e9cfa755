import ArgumentParser
import LiaisonCore

/// The options `timeline` and `network` share: where to write, and which events to keep.
struct GraphOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "The output file: .svg, .png, .pdf or .dot (- for standard output, SVG unless --format says otherwise).")
    var output: String

    @Option(help: "The output format when the file name does not tell it (svg, png, pdf, dot).")
    var format: String?

    @Option(help: "Only events on or after this day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Only events on or before this day (YYYY-MM-DD).")
    var to: String?

    @Option(name: .customLong("kind"), help: "Only events of this kind (meeting, talks, call, visit, summit, trip, statement, other); repeatable.")
    var kinds: [String] = []

    @Option(help: "The title (default: the article's title).")
    var title: String?

    /// The filter the options ask for; `actors` are added by the command.
    func filter(actors: [String] = []) throws(CommandError) -> EventFilter {
        func day(_ text: String?, _ option: String) throws(CommandError) -> Day? {
            guard let text else { return nil }
            guard let day = Day(iso: text.trimmingCharacters(in: .whitespaces)) else {
                throw CommandError("--\(option) must be a day YYYY-MM-DD, not '\(text)'")
            }
            return day
        }
        let from = try day(from, "from"), to = try day(to, "to")
        if let from, let to, to < from {
            throw CommandError("--to (\(to)) is before --from (\(from))")
        }
        var kindSet = Set<Event.Kind>()
        for name in kinds {
            for part in name.split(separator: ",") {
                let word = part.trimmingCharacters(in: .whitespaces).lowercased()
                guard let kind = Event.Kind(rawValue: word) ?? (word == "meetings" ? .meeting : word == "calls" ? .call : nil) else {
                    throw CommandError("--kind must be one of \(Event.Kind.allCases.map(\.rawValue).joined(separator: ", ")), not '\(part)'")
                }
                kindSet.insert(kind)
            }
        }
        return EventFilter(from: from, to: to, actors: actors, kinds: kindSet)
    }
}
