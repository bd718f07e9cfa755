/// The events of a dossier laid out in time, with what a timeline drawing needs: the dated entries
/// in order, the undated ones in text order, lanes for the main actors, the distinct days and spans
/// of the axis, and the long empty stretches that a drawing may compress.
///
/// Precision is kept: a weekend, a week or a month is a span on the axis, never a made-up day.
/// Events whose day is unknown (no resolved start, such as "--11-13" with no year, or no date at
/// all) are never placed on the axis: they form the undated group, in the order the texts give
/// them.
///
/// ```swift
/// let timeline = Timeline(dossier: dossier, filter: EventFilter(actors: ["Blinken"]))
/// for entry in timeline.dated { print(entry.span!.start!, entry.event.kind) }
/// ```
public struct Timeline: Sendable, Hashable {
    /// Layout choices.
    public struct Options: Sendable, Hashable {
        /// The most lanes to make (actors pinned by the filter get lanes even past this).
        public var maxLanes: Int
        /// An empty stretch of at least this many days between two stops is a ``Gap``.
        public var gapThreshold: Int

        public init(maxLanes: Int = 8, gapThreshold: Int = 14) {
            self.maxLanes = maxLanes
            self.gapThreshold = gapThreshold
        }
    }

    /// One event on the timeline.
    public struct Entry: Sendable, Hashable {
        public var event: Event
        /// The resolved days (`start` is never `nil` here), or `nil` for an undated entry.
        public var span: TimeSpan?
        /// Indices into ``Timeline/lanes`` of the participants that have a lane, in participant
        /// order.
        public var lanes: [Int]
        /// Participants (not places) without a lane, in participant order.
        public var others: [String]
        /// Index into ``Timeline/axis`` of the entry's stop (dated entries only).
        public var axisStop: Int?
        /// The published day of the document that first reports the event: an "as of" for
        /// undated entries.
        public var reportedOn: Day?

        public var isDated: Bool { span != nil }
        /// Whether the entry covers more than one day (a weekend, a week, a range…).
        public var isSpan: Bool { (span?.dayCount ?? 1) > 1 }
        public var isPlanned: Bool { event.status == .planned }
    }

    /// An actor's lane.
    public struct Lane: Sendable, Hashable {
        public var entityID: String
        /// The entity, when the dossier defines it.
        public var entity: Entity?
        /// How many entries touch the lane.
        public var eventCount: Int
        /// Indices into ``Timeline/entries``, in timeline order.
        public var entries: [Int]
        /// Whether the lane was asked for by the filter's actors.
        public var isPinned: Bool
    }

    /// A distinct day or span on the axis, with the entries placed on it.
    public struct AxisStop: Sendable, Hashable {
        public var start: Day
        public var end: Day
        /// The precision of the first entry with these days.
        public var precision: TimeSpan.Precision
        /// Indices into ``Timeline/entries``.
        public var entries: [Int]

        public var isSpan: Bool { start != end }
        public var dayCount: Int { start.distance(to: end) + 1 }
    }

    /// A stretch of at least ``Options/gapThreshold`` days that no entry covers.
    public struct Gap: Sendable, Hashable {
        /// The last covered day before the gap.
        public var after: Day
        /// The first covered day after the gap.
        public var before: Day
        /// Number of empty days between them.
        public var emptyDays: Int { after.distance(to: before) - 1 }
    }

    /// Dated entries (by start, end, then text order) followed by undated ones (text order: the
    /// documents' order, the offset in the text, then the order the dossier lists them in).
    public private(set) var entries: [Entry]
    /// How many of ``entries`` are dated.
    public private(set) var datedCount: Int
    public private(set) var lanes: [Lane]
    public private(set) var axis: [AxisStop]
    public private(set) var gaps: [Gap]
    /// Actor queries of the filter that named nobody.
    public private(set) var unmatchedActors: [String]

    public var dated: ArraySlice<Entry> { entries[..<datedCount] }
    public var undated: ArraySlice<Entry> { entries[datedCount...] }
    /// First and last covered day, when anything is dated.
    public var first: Day? { axis.first?.start }
    public var last: Day? { axis.map(\.end).max() }

    public init(dossier: Dossier, filter: EventFilter = EventFilter(), options: Options = Options()) {
        let resolution = filter.resolveActors(in: dossier)
        let actorIDs = Set(resolution.ids)
        let entitiesByID = dossier.entitiesByID
        var published: [String: Day] = [:]
        for d in dossier.documents where published[d.id] == nil {
            if let day = d.published { published[d.id] = day }
        }

        // Order: dated by (start, end, text order); undated by text order.
        let order = EventOrder(documents: dossier.documents)
        var dated: [(key: EventOrder.Key, end: Int, position: Int)] = []
        var undated: [(key: EventOrder.Key, position: Int)] = []
        let events = dossier.events
        let matching = events.indices.filter { filter.matches(events[$0], actorIDs: actorIDs) }
        for (position, key) in zip(matching, order.keys(events, matching)) {
            if let start = events[position].time?.start {
                dated.append((key, (events[position].time?.end ?? start).ordinal, position))
            } else {
                undated.append((key, position))
            }
        }
        dated.sort { a, b in
            if a.key.start != b.key.start { return a.key.start < b.key.start }
            if a.end != b.end { return a.end < b.end }
            if EventOrder.less(a.key, b.key) { return true }
            if EventOrder.less(b.key, a.key) { return false }
            return a.position < b.position
        }
        undated.sort { a, b in
            if EventOrder.less(a.key, b.key) { return true }
            if EventOrder.less(b.key, a.key) { return false }
            return a.position < b.position
        }

        var entries: [Entry] = []
        entries.reserveCapacity(dated.count + undated.count)
        let positions = dated.map(\.position) + undated.map(\.position)
        var lastReport: (document: String, day: Day)?  // consecutive entries mostly share it
        for position in positions {
            let reportedOn: Day?
            let document = events[position].evidence.first?.document
            if let document, let last = lastReport, last.document == document {
                reportedOn = last.day
            } else if let document, let day = published[document] {
                reportedOn = day
                lastReport = (document, day)
            } else {
                reportedOn = Timeline.reportedOn(events[position], published)
            }
            entries.append(Entry(event: events[position], span: events[position].resolvedTime, lanes: [], others: [],
                                 axisStop: nil, reportedOn: reportedOn))
        }
        var places = Set<String>()
        for entity in dossier.entities where entity.type == .place { places.insert(entity.id) }
        let datedCount = dated.count

        // Lanes: pinned actors first, then by number of entries, ties by first appearance.
        // Actors (participants and host, not places) are numbered in order of first appearance
        // (their position in `candidates`); places are remembered as -1, so that each id is
        // looked up once per entry.
        var number: [String: Int] = [:]
        var candidates: [String] = []
        var counts: [Int] = []
        var actors: [[Int]] = []  // per entry, its actors' numbers, without repeats
        actors.reserveCapacity(entries.count)
        for position in positions {
            var numbers: [Int] = []
            numbers.reserveCapacity(events[position].participants.count + 1)
            func add(_ id: String) {
                let n: Int
                if let known = number[id] {
                    n = known
                } else if places.contains(id) {
                    number[id] = -1
                    return
                } else {
                    n = candidates.count
                    number[id] = n
                    candidates.append(id)
                    counts.append(0)
                }
                if n < 0 || numbers.contains(n) { return }
                counts[n] += 1
                numbers.append(n)
            }
            for p in events[position].participants { add(p) }
            if let host = events[position].host { add(host) }
            actors.append(numbers)
        }
        let pinned = resolution.ids.filter { (number[$0] ?? -1) >= 0 }
        let pinnedSet = Set(pinned)
        let ranked = candidates.indices.filter { !pinnedSet.contains(candidates[$0]) }.sorted { a, b in
            counts[a] != counts[b] ? counts[a] > counts[b] : a < b
        }.map { candidates[$0] }
        let laneIDs = pinned + ranked.prefix(max(0, options.maxLanes - pinned.count))
        var laneOfActor = [Int](repeating: -1, count: candidates.count)
        var lanes: [Lane] = []
        for (k, id) in laneIDs.enumerated() {
            let n = number[id]!
            laneOfActor[n] = k
            lanes.append(Lane(entityID: id, entity: entitiesByID[id], eventCount: counts[n], entries: [],
                              isPinned: pinnedSet.contains(id)))
        }
        for i in entries.indices {
            let inLanes = actors[i].reduce(0) { $0 + (laneOfActor[$1] >= 0 ? 1 : 0) }
            if inLanes > 0 { entries[i].lanes.reserveCapacity(inLanes) }
            if inLanes < actors[i].count { entries[i].others.reserveCapacity(actors[i].count - inLanes) }
            for n in actors[i] {
                let k = laneOfActor[n]
                if k >= 0 {
                    entries[i].lanes.append(k)
                    lanes[k].entries.append(i)
                } else {
                    entries[i].others.append(candidates[n])
                }
            }
        }

        // Axis: one stop per distinct (start, end).
        var axis: [AxisStop] = []
        var stopIndex: [SIMD2<Int>: Int] = [:]
        for i in 0..<datedCount {
            let span = entries[i].span!
            let start = span.start!, end = span.end ?? span.start!
            let key = SIMD2(start.ordinal, end.ordinal)
            if let k = stopIndex[key] {
                axis[k].entries.append(i)
            } else {
                stopIndex[key] = axis.count
                axis.append(AxisStop(start: start, end: end, precision: span.precision, entries: [i]))
            }
        }
        axis.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        for (k, stop) in axis.enumerated() {
            for i in stop.entries { entries[i].axisStop = k }
        }

        // Gaps: long stretches that no stop covers.
        var gaps: [Gap] = []
        var covered: Day?
        for stop in axis {
            if let through = covered, through.distance(to: stop.start) - 1 >= max(1, options.gapThreshold) {
                gaps.append(Gap(after: through, before: stop.start))
            }
            if covered == nil || stop.end > covered! { covered = stop.end }
        }

        self.entries = entries
        self.datedCount = datedCount
        self.lanes = lanes
        self.axis = axis
        self.gaps = gaps
        self.unmatchedActors = resolution.unmatched
    }

    static func reportedOn(_ event: Event, _ published: [String: Day]) -> Day? {
        for evidence in event.evidence {
            if let d = evidence.document, let day = published[d] { return day }
        }
        return nil
    }
}
