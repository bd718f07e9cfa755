import Foundation
import LiaisonCore

/// Core analysis on a synthetic corpus: 5,000 entities and 50,000 events split over 10 dossiers
/// (seeded, the same on every run), merged, then laid out as a timeline and a meeting network
/// with its metrics. Prints one line per phase (CPU time of the thread, best of a few runs) and
/// the sizes involved.
///
/// The corpus looks like news: who appears is Zipf-distributed (a few main actors, a long tail
/// met once), most events are meetings of two (80 %), some of three or four (15 %), a tenth are
/// undated, some spans are weeks; each dossier names its entities itself, a third of the people
/// by surname only in some dossiers, and a tenth of the events are reported again by another
/// dossier (undated, or a day off) so that merging has real work to do.
func runCoreBenchmark(runs: Int = 5) {
    let corpus = SyntheticCorpus(entities: 5_000, events: 50_000, dossiers: 10, seed: 2024)
    print("core: \(corpus.entityCount) entities, \(corpus.dossiers.map(\.events.count).reduce(0, +)) events in \(corpus.dossiers.count) dossiers")

    func time<T>(_ label: String, _ body: () -> T) -> T {
        var best = Double.infinity
        var result: T?
        for _ in 0..<runs {
            let start = cpuSeconds()
            let value = body()
            let seconds = cpuSeconds() - start
            best = min(best, seconds)
            result = value
        }
        print("  \(label.padding(toLength: 34, withPad: " ", startingAt: 0)) \(String(format: "%8.1f ms", best * 1000))")
        return result!
    }

    if let only = ProcessInfo.processInfo.environment["CORE_BENCH_ONLY"] {
        // For profiling: CORE_BENCH_ONLY=merge|timeline|network|all, CORE_BENCH_ITERATIONS=n.
        let iterations = Int(ProcessInfo.processInfo.environment["CORE_BENCH_ITERATIONS"] ?? "") ?? 10
        for _ in 0..<iterations {
            switch only {
            case "timeline": _ = Timeline(dossier: Merge.dossiers(corpus.dossiers).dossier)
            case "network": _ = MeetingNetwork(dossier: Merge.dossiers(corpus.dossiers).dossier)
            case "all":
                let merged = Merge.dossiers(corpus.dossiers).dossier
                _ = Timeline(dossier: merged)
                _ = MeetingNetwork(dossier: merged)
            default: _ = Merge.dossiers(corpus.dossiers)
            }
        }
        return
    }
    let outcome = time("merge (10 dossiers)") { Merge.dossiers(corpus.dossiers) }
    let merged = outcome.dossier
    let timeline = time("timeline (all events)") { Timeline(dossier: merged) }
    let filtered = time("timeline (one actor, one year)") {
        Timeline(dossier: merged, filter: EventFilter(
            from: Day(2023, 1, 1), to: Day(2023, 12, 31), actors: [timeline.lanes[0].entity?.name ?? timeline.lanes[0].entityID]))
    }
    let network = time("meeting network + metrics") { MeetingNetwork(dossier: merged) }
    let index = Dictionary(uniqueKeysWithValues: network.nodes.enumerated().map { ($1.id, $0) })
    var edges = network.links.map { (index[$0.source]!, index[$0.target]!) }
    for g in network.gatherings {
        let m = g.members.map { index[$0]! }
        for (x, a) in m.enumerated() { for b in m[(x + 1)...] { edges.append((a, b)) } }
    }
    let sampled = time("  of which betweenness (budget)") {
        Centrality.betweenness(nodeCount: network.nodes.count, edges: edges, maxWork: MeetingNetwork.Options().betweennessWork)
    }
    let exact = time("  exact betweenness, for reference") { Centrality.betweenness(nodeCount: network.nodes.count, edges: edges) }
    let ego = time("ego view (depth 2)") { network.ego(of: network.nodes[0].id, depth: 2) }
    let total = time("all of it, from the dossiers") { () -> Int in
        let d = Merge.dossiers(corpus.dossiers).dossier
        return Timeline(dossier: d).entries.count + MeetingNetwork(dossier: d).nodes.count
    }

    let projectionEdges = network.nodes.map(\.degree).reduce(0, +) / 2
    print("  merged: \(merged.entities.count) entities (\(outcome.entitiesFolded) folded), \(merged.events.count) events (\(outcome.eventsFolded) folded, \(outcome.conflictingEvents.count) with conflicting dates)")
    print("  timeline: \(timeline.datedCount) dated, \(timeline.entries.count - timeline.datedCount) undated, \(timeline.axis.count) axis stops, \(timeline.gaps.count) gaps, \(timeline.lanes.count) lanes; filtered: \(filtered.entries.count) entries")
    print("  network: \(network.nodes.count) nodes, \(network.links.count) links, \(network.gatherings.count) gatherings, \(projectionEdges) projected edges, \(network.affiliations.count) affiliations; ego: \(ego?.nodes.count ?? 0) nodes")
    // How good the estimate is where it matters: the 20 most central nodes.
    let topExact = exact.indices.sorted { exact[$0] > exact[$1] }.prefix(20)
    let topSampled = Set(sampled.values.indices.sorted { sampled.values[$0] > sampled.values[$1] }.prefix(20))
    let errors = topExact.map { abs(sampled.values[$0] - exact[$0]) / exact[$0] }
    let worst = errors.max() ?? 0, mean = errors.reduce(0, +) / Double(max(1, errors.count))
    print("  betweenness: \(sampled.isExact ? "exact" : "estimated from \(sampled.sources) sources"); top 20 shared with exact: \(topExact.filter(topSampled.contains).count), relative error among them \(String(format: "%.1f%%", mean * 100)) on average, \(String(format: "%.1f%%", worst * 100)) at worst; checksum \(total)")
}

/// CPU time of the calling thread: unlike wall time, it does not count the time other processes
/// on a shared machine hold the core.
func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// A seeded corpus of dossiers that looks like news coverage.
struct SyntheticCorpus {
    let entityCount: Int
    private(set) var dossiers: [Dossier] = []

    init(entities entityCount: Int, events eventCount: Int, dossiers dossierCount: Int, seed: UInt64) {
        self.entityCount = entityCount
        var rng = SplitMix64(seed: seed)

        // Entities: people mostly, some organizations and countries.
        let given = ["Anna", "Bao", "Carlos", "Dmitri", "Elena", "Farid", "Giulia", "Hoa", "Ivan", "Jana", "Kenji",
                     "Linh", "Marta", "Nikolai", "Olga", "Pedro", "Quang", "Rosa", "Sven", "Thu"]
        var entities: [Entity] = []
        let countries = max(1, entityCount / 20)
        for k in 0..<entityCount {
            if k < countries {
                entities.append(Entity(id: "country-\(k)", name: "Country \(k)", type: .country))
            } else if k % 7 == 0 {
                entities.append(Entity(id: "org-\(k)", name: "Organisation \(k)", type: .organization,
                                       aliases: ["ORG\(k)"]))
            } else {
                let surname = "Surname\(SyntheticCorpus.letters(k))"
                let name = "\(given[k % given.count]) \(surname)"
                let affiliation = "country-\(Int(rng.next() % UInt64(countries)))"
                entities.append(Entity(id: Slug.make(name), name: name, type: .person, aliases: [surname],
                                       roles: [Role(title: "Minister", affiliation: affiliation)]))
            }
        }

        // Zipf weights over actors (countries excluded from the head).
        var cumulative: [Double] = []
        var sum = 0.0
        for rank in 0..<entityCount {
            sum += 1 / pow(Double(rank + 1), 1.05)
            cumulative.append(sum)
        }
        let actorOrder = (0..<entityCount).map { ($0 * 7919 + 13) % entityCount }  // a fixed shuffle
        func actor() -> Int {
            let x = Double(rng.next() % 1_000_000_007) / 1_000_000_007 * sum
            var lo = 0, hi = cumulative.count - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if cumulative[mid] < x { lo = mid + 1 } else { hi = mid }
            }
            return actorOrder[lo]
        }

        let base = Day(2020, 1, 1)!
        let kinds: [Event.Kind] = [.meeting, .meeting, .meeting, .talks, .talks, .call, .visit, .summit, .trip, .statement]
        var perDossier = [[Event]](repeating: [], count: dossierCount)
        var used = [Set<Int>](repeating: [], count: dossierCount)
        var offsets = [Int](repeating: 0, count: dossierCount)
        var indexOf: [String: Int] = [:]
        for (i, e) in entities.enumerated() { indexOf[e.id] = i }
        let duplicates = eventCount / 10
        for n in 0..<(eventCount - duplicates) {
            let d = n % dossierCount
            let size = rng.next() % 100 < 5 ? 1 : (rng.next() % 100 < 84 ? 2 : 3 + Int(rng.next() % 2))
            var members: [Int] = []
            while members.count < size {
                let a = actor()
                if !members.contains(a) { members.append(a) }
            }
            var time: TimeSpan?
            if rng.next() % 10 != 0 {
                let start = base.adding(days: Int(rng.next() % 1800))
                time = rng.next() % 20 == 0
                    ? TimeSpan(start: start.startOfWeek, end: start.startOfWeek.adding(days: 6), precision: .week)
                    : .day(start)
            }
            let kind = size == 1 ? Event.Kind.trip : kinds[Int(rng.next() % UInt64(kinds.count))]
            offsets[d] += 120
            let document = "d\(d)-\(n % 50)"
            let event = Event(
                id: "ev-\(n)", kind: kind, participants: members.map { entities[$0].id }, time: time,
                status: rng.next() % 6 == 0 ? .planned : .happened,
                evidence: [Evidence(document: document, sentence: "Sentence \(n).", start: offsets[d],
                                    end: offsets[d] + 100, rule: "bench")])
            perDossier[d].append(event)
            used[d].formUnion(members)
        }
        // Reports of the same events in another dossier: undated, or a day off.
        for k in 0..<duplicates {
            let from = k % dossierCount, to = (k + 3) % dossierCount
            var event = perDossier[from][k / dossierCount]
            event.id = "dup-\(k)"
            if k % 2 == 0 {
                event.time = nil
            } else if let start = event.time?.start, event.time?.precision == .day {
                event.time = .day(start.adding(days: 1))
            }
            event.evidence = [Evidence(document: "d\(to)-\(k % 50)", sentence: "Again \(k).", start: k, rule: "bench")]
            perDossier[to].append(event)
            for p in event.participants { used[to].insert(indexOf[p]!) }
        }

        // Each dossier names the entities it uses; some people only by surname.
        for d in 0..<dossierCount {
            var rename: [String: String] = [:]
            var own: [Entity] = []
            for i in used[d].sorted() {
                var entity = entities[i]
                if entity.type == .person && (i + d) % 3 == 0 {
                    let surname = entity.aliases[0]
                    rename[entity.id] = Slug.make(surname)
                    entity = Entity(id: Slug.make(surname), name: surname, type: .person, aliases: ["Mr \(surname)"])
                }
                own.append(entity)
            }
            let events = perDossier[d].map { event -> Event in
                var e = event
                e.participants = e.participants.map { rename[$0] ?? $0 }
                return e
            }
            let documents = (0..<50).map { Document(id: "d\(d)-\($0)", published: base.adding(days: $0 * 30), text: "") }
            dossiers.append(Dossier(documents: documents, entities: own, events: events))
        }
    }

    /// 0 → "A", 25 → "Z", 26 → "BA"…: surnames without digits, unique per entity.
    static func letters(_ n: Int) -> String {
        var n = n
        var out = ""
        repeat {
            out = String(UnicodeScalar(UInt8(65 + n % 26))) + out
            n /= 26
        } while n > 0
        return out.capitalized
    }
}

/// SplitMix64: a small seeded generator, the same everywhere.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
