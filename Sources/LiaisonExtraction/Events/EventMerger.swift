import LiaisonCore

/// Merges the reports of one event inside an article ("các cuộc gặp riêng rẽ với … Sybiha" and,
/// later, "cuộc gặp với người đồng cấp Ukraine Andrii Sybiha ngày 13/11") and numbers the
/// events in text order ("ev-1", "ev-2"…).
///
/// Two drafts are one event when they have the same participants, compatible kinds (the same,
/// or meeting and talks), compatible statuses (the same, or one that no word of the text fixed)
/// and compatible dates and places (the same, or one of them unknown). The merged event keeps
/// every piece of evidence, the first report's first.
enum EventMerger {
    static func merge(_ drafts: [EventDraft]) -> [Event] {
        var merged: [EventDraft] = []
        var sets: [[String]] = []
        for d in drafts.sorted(by: { $0.position < $1.position }) {
            let set = participantSet(d)
            if let i = merged.indices.first(where: { sets[$0] == set && compatible(merged[$0], d, sameParticipants: true) }) {
                // (changed in place: a copy taken out and put back would copy its evidence too)
                if merged[i].time == nil { merged[i].time = d.time }
                if merged[i].place == nil { merged[i].place = d.place }
                if merged[i].host == nil { merged[i].host = d.host }
                if !merged[i].statusIsExplicit && d.statusIsExplicit {
                    merged[i].status = d.status
                    merged[i].statusIsExplicit = true
                }
                for e in d.evidence where !merged[i].evidence.contains(e) { merged[i].evidence.append(e) }
            } else {
                merged.append(d)
                sets.append(set)
            }
        }
        return merged.enumerated().map { n, d in
            Event(id: "ev-\(n + 1)", kind: d.kind, participants: d.participants, host: d.host, place: d.place,
                  time: d.time, status: d.status, evidence: d.evidence)
        }
    }

    /// The participants as a set: sorted, each once.
    static func participantSet(_ d: EventDraft) -> [String] {
        var out = d.participants.sorted()
        var k = 1
        while k < out.count { if out[k] == out[k - 1] { out.remove(at: k) } else { k += 1 } }
        return out
    }

    static func compatible(_ a: EventDraft, _ b: EventDraft, sameParticipants: Bool = false) -> Bool {
        guard sameParticipants || participantSet(a) == participantSet(b) else { return false }
        let family: (Event.Kind) -> Int = { kind in
            switch kind {
            // (a trip and a visit to the same country are one event; meetings never have a
            // country among their parties, so they cannot be mistaken for either)
            case .meeting, .talks, .visit, .summit, .trip: return 0
            case .call: return 1
            case .statement: return 3
            case .other: return 4
            }
        }
        // Talks are what a meeting or a call is about ("they discussed …"): they join either.
        let talks = (a.kind == .talks && b.kind.isMeetingLike) || (b.kind == .talks && a.kind.isMeetingLike)
        guard family(a.kind) == family(b.kind) || talks, a.kind != .statement else { return false }
        if a.status != b.status && a.statusIsExplicit && b.statusIsExplicit { return false }
        if let x = a.time, let y = b.time, x.start != y.start || x.end != y.end { return false }
        if let x = a.place, let y = b.place, x != y { return false }
        return true
    }
}
