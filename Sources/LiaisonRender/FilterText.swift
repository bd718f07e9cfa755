import LiaisonCore

/// A filter in words, for a caption: `Only: from 1 Nov 2024 · to 30 Nov 2024 · with Blinken · meetings, calls`.
enum FilterText {
    static func describe(_ filter: EventFilter, names: EntityNames) -> String? {
        var parts: [String] = []
        if let from = filter.from { parts.append("from \(DateText.day(from))") }
        if let to = filter.to { parts.append("to \(DateText.day(to))") }
        if !filter.actors.isEmpty { parts.append("with " + EntityNames.join(filter.actors, limit: 5)) }
        if !filter.kinds.isEmpty {
            parts.append("kinds: " + filter.kinds.map(EventTitle.kindName).sorted().joined(separator: ", "))
        }
        if !filter.statuses.isEmpty {
            parts.append(filter.statuses.map(\.rawValue).sorted().joined(separator: ", ") + " only")
        }
        return parts.isEmpty ? nil : "Only events " + parts.joined(separator: " · ")
    }
}
