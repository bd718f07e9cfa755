import LiaisonCore

/// What each entity of a dossier takes part in: how many events and meetings, and the first and
/// last day it is seen, for indexes and entity tables.
///
/// - ``Summary/events``: events where the entity is a participant or the host (any kind);
/// - ``Summary/meetings``: meetings in the sense of ``MeetingNetwork`` (meeting-like events with
///   two or more actors; a gathering counts once) — its node's `eventCount`;
/// - ``Summary/first`` and ``Summary/last``: the first and last day of its dated events, any
///   kind (an undated event says nothing about when).
struct EntityActivity: Sendable {
    struct Summary: Sendable, Hashable {
        var events = 0
        var meetings = 0
        var first: Day?
        var last: Day?
    }

    private var table: [String: Summary] = [:]

    init(dossier: Dossier, network: MeetingNetwork) {
        for event in dossier.events {
            var actors = event.distinctParticipants
            if let host = event.host, !actors.contains(host) { actors.append(host) }
            let time = event.resolvedTime
            for id in actors {
                var summary = table[id] ?? Summary()
                summary.events += 1
                if let start = time?.start {
                    let end = time?.end ?? start
                    if summary.first.map({ start < $0 }) ?? true { summary.first = start }
                    if summary.last.map({ end > $0 }) ?? true { summary.last = end }
                }
                table[id] = summary
            }
        }
        for node in network.nodes {
            table[node.id, default: Summary()].meetings = node.eventCount
        }
    }

    subscript(id: String) -> Summary {
        table[id] ?? Summary()
    }
}
