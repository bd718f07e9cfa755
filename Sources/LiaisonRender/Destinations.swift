import LiaisonCore

/// Where people went, told apart from whom they met.
///
/// Extraction lists every entity an event names as a participant: "Blinken's trip to Peru and
/// Brazil" has the participants Blinken, Peru and Brazil. Peru is not someone Blinken met, and a
/// drawing that gave it a lane or a network node would say so. The rule: **in an event with at
/// least one person, countries and places are destinations**, not parties; they are taken out of
/// the participants (and out of `host`) and kept here, so that a title can still say "Trip to
/// Peru, Brazil". In an event without people ("Vietnam and the United States held talks"),
/// countries are the parties and stay.
///
/// ```swift
/// let destinations = Destinations(dossier)
/// let timeline = Timeline(dossier: destinations.dossier)
/// destinations.of("ev-1")          // ["peru", "brazil"]
/// ```
public struct Destinations: Sendable {
    /// The dossier with destinations taken out of the events' participants and hosts.
    public let dossier: Dossier
    private let byEvent: [String: [String]]

    public init(_ dossier: Dossier) {
        var types: [String: Entity.Kind] = [:]
        types.reserveCapacity(dossier.entities.count)
        for entity in dossier.entities where types[entity.id] == nil { types[entity.id] = entity.type }
        var copy = dossier
        var byEvent: [String: [String]] = [:]
        for i in dossier.events.indices {
            let event = dossier.events[i]
            guard event.participants.contains(where: { types[$0] == .person }) else { continue }
            var kept: [String] = []
            var gone: [String] = []
            for p in event.participants {
                switch types[p] {
                case .country?, .place?: if !gone.contains(p) { gone.append(p) }
                default: kept.append(p)
                }
            }
            if let host = event.host, types[host] == .country || types[host] == .place {
                if !gone.contains(host) { gone.append(host) }
                copy.events[i].host = nil
            }
            if gone.isEmpty { continue }
            copy.events[i].participants = kept
            byEvent[event.id, default: []] += gone.filter { !(byEvent[event.id] ?? []).contains($0) }
        }
        self.dossier = copy
        self.byEvent = byEvent
    }

    /// The destinations of the event with this id, in the order the event named them.
    public func of(_ eventID: String) -> [String] {
        byEvent[eventID] ?? []
    }
}
