import LiaisonCore

/// A short title for an event, seen from one participant's side: "Meets Andrii Sybiha",
/// "Call with Mark Rutte", "Visits Ukraine", "Receives Anthony Blinken", "Trip to Peru, Brazil".
///
/// Titles built from the event's structure come first; the event's own `summary` is used when
/// the structure says too little (a trip with no destination, a statement). Without a point of
/// view (a network's meeting node) the title names everyone: "Meeting of A, B and C".
public enum EventTitle {
    /// The title of `event` as seen by `perspective` (an entity id, or `nil`).
    ///
    /// - Parameters:
    ///   - destinations: where the event went (see ``Destinations``), for trips and visits.
    ///   - names: the dossier's names.
    public static func make(
        _ event: Event, perspective: String?, destinations: [String] = [], names: EntityNames
    ) -> String {
        // The common case first: two people meet, seen from one of them.
        let participants = event.participants
        if participants.count == 2, let perspective, participants[0] != participants[1],
           participants[0] == perspective || participants[1] == perspective {
            let other = names.name(participants[0] == perspective ? participants[1] : participants[0])
            switch event.kind {
            case .meeting: return "Meets " + other
            case .talks: return "Talks with " + other
            case .call: return "Call with " + other
            case .summit: return "Summit with " + other
            default: break
            }
        }
        var others: [String] = []
        others.reserveCapacity(event.participants.count)
        for p in event.participants where p != perspective && !others.contains(p) { others.append(p) }
        var who: String { names.list(others) }
        var summary: String? { event.summary?.trimmed.nonEmpty }
        var whereTo: String? { destinations.isEmpty ? nil : destinations.map(names.name).joined(separator: ", ") }

        switch event.kind {
        case .meeting:
            if others.isEmpty { return summary ?? "Meeting" }
            return perspective == nil ? "Meeting of \(who)" : "Meets \(who)"
        case .talks:
            if others.isEmpty { return summary ?? "Talks" }
            return perspective == nil ? "Talks: \(who)" : "Talks with \(who)"
        case .call:
            if others.isEmpty { return summary ?? "Call" }
            return perspective == nil ? "Call: \(who)" : "Call with \(who)"
        case .summit:
            if others.isEmpty { return summary ?? "Summit" }
            return perspective == nil ? "Summit: \(who)" : "Summit with \(who)"
        case .visit:
            if let host = event.host {
                let guests = others.filter { $0 != host }
                if host == perspective {
                    return guests.isEmpty ? (summary ?? "Visit") : "Receives \(names.list(guests))"
                }
                if perspective == nil, !guests.isEmpty {
                    return "Visit of \(names.list(guests)) to \(names.name(host))"
                }
                return "Visits \(names.name(host))"
            }
            if let whereTo { return "Visit to \(whereTo)" }
            if !others.isEmpty { return perspective == nil ? "Visit: \(who)" : "Visit with \(who)" }
            return summary ?? "Visit"
        case .trip:
            if let whereTo { return "Trip to \(whereTo)" }
            if let summary { return summary }
            if let place = event.place { return "Trip to \(names.name(place))" }
            return "Trip"
        case .statement:
            if let summary { return summary }
            return others.isEmpty ? "Statement" : "Statement on \(who)"
        case .other:
            if let summary { return summary }
            return others.isEmpty ? "Event" : "With \(who)"
        }
    }

    /// The kind as a word for a label: `"meeting"`, `"talks"`, `"call"`…
    public static func kindName(_ kind: Event.Kind) -> String {
        switch kind {
        case .other: return "event"
        default: return kind.rawValue
        }
    }
}

extension String {
    /// `nil` for the empty string.
    var nonEmpty: String? { isEmpty ? nil : self }
}
