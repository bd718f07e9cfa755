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
    /// Positions in `dossier.entities` by id (the first entity of an id).
    let entityIndex: [String: Int]
    /// How many events each entity of `dossier.entities` takes part in, destinations left out.
    let participations: [Int]
    /// The dossier's names (made once for every drawing of it).
    let names: EntityNames

    /// Tells the destinations of `dossier`'s events apart. The dossier is taken over: when the
    /// caller hands over its last copy, its events are changed in place instead of copied.
    public init(_ dossier: consuming Dossier) {
        var index: [String: Int] = [:]
        index.reserveCapacity(dossier.entities.count)
        for (k, entity) in dossier.entities.enumerated() where index[entity.id] == nil { index[entity.id] = k }
        var types = dossier.entities.map(\.type)
        var participations = [Int](repeating: 0, count: dossier.entities.count)
        var byEvent: [String: [String]] = [:]
        var positions: [Int] = []  // of the current event's participants (-1: not defined)
        for i in dossier.events.indices {
            positions.removeAll(keepingCapacity: true)
            var hasPerson = false, hasWhere = false
            for p in dossier.events[i].participants {
                let k = index[p] ?? -1
                positions.append(k)
                if k >= 0 {
                    switch types[k] {
                    case .person: hasPerson = true
                    case .country, .place: hasWhere = true
                    default: break
                    }
                }
            }
            var hostGoes = false
            if hasPerson, let host = dossier.events[i].host, let k = index[host], types[k] == .country || types[k] == .place {
                hostGoes = true
            }
            guard hasPerson && (hasWhere || hostGoes) else {
                for k in positions where k >= 0 && types[k] != .place { participations[k] += 1 }
                continue
            }
            var kept: [String] = []
            var gone: [String] = []
            for (n, p) in dossier.events[i].participants.enumerated() {
                let k = positions[n]
                if k >= 0, types[k] == .country || types[k] == .place {
                    if !gone.contains(p) { gone.append(p) }
                } else {
                    kept.append(p)
                    if k >= 0 { participations[k] += 1 }
                }
            }
            if hostGoes, let host = dossier.events[i].host {
                if !gone.contains(host) { gone.append(host) }
                dossier.events[i].host = nil
            }
            dossier.events[i].participants = kept
            let id = dossier.events[i].id
            byEvent[id, default: []] += gone.filter { !(byEvent[id] ?? []).contains($0) }
        }
        types = []
        self.names = EntityNames(entities: dossier.entities, index: index)
        self.dossier = dossier
        self.byEvent = byEvent
        self.entityIndex = index
        self.participations = participations
    }

    /// The destinations of the event with this id, in the order the event named them.
    public func of(_ eventID: String) -> [String] {
        byEvent[eventID] ?? []
    }
}
