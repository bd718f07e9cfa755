import LiaisonGraphviz

/// Deterministic random graphs shaped like Liaison's output, for benchmarks.
enum SyntheticNetworkDOT {
    /// A meeting network: people with a name, an office and an affiliation (coloured), meetings
    /// as edges labelled with a date, most of them inside an affiliation's community or with a
    /// few well-connected people (ministers meet many), as in the news.
    static func make(people: Int, meetings: Int, seed: UInt64) -> DOTGraph {
        var random = SplitMix(seed: seed)
        let affiliations = ["Việt Nam", "United States", "Ukraina", "European Union", "Trung Quốc", "Nhật Bản",
                            "Hàn Quốc", "ASEAN", "Liên Hợp Quốc", "Nga", "Pháp", "Đức"]
        let colours = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
                       "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#aec7e8", "#ffbb78"]
        let offices = ["Ngoại trưởng", "Thủ tướng", "Bộ trưởng Quốc phòng", "Đại sứ", "Tổng thống", "Phó Thủ tướng"]
        let family = ["Nguyễn", "Trần", "Lê", "Phạm", "Smith", "Kowalenko", "Schmidt", "Tanaka", "Kim", "Dupont"]
        let given = ["An", "Bình", "Chi", "Dũng", "Anna", "John", "Oleh", "Yuki", "Min-jun", "Claire"]

        var graph = DOTGraph(directed: false, id: "meetings")
        graph.attributes["overlap"] = "false"
        graph.attributes["outputorder"] = "edgesfirst"
        graph.nodeDefaults["shape"] = "box"
        graph.nodeDefaults["style"] = "rounded,filled"
        graph.nodeDefaults["fontname"] = "DejaVu Sans"
        graph.edgeDefaults["fontname"] = "DejaVu Sans"
        graph.edgeDefaults["fontsize"] = 9

        var affiliation: [Int] = []
        for person in 0..<people {
            let group = random.next(below: affiliations.count)
            affiliation.append(group)
            let name = "\(family[random.next(below: family.count)]) \(given[random.next(below: given.count)]) \(person)"
            graph.node("p\(person)", [
                "label": .string("\(name)\n\(offices[random.next(below: offices.count)]), \(affiliations[group])"),
                "fillcolor": .string(colours[group] + "40"),
                "color": .string(colours[group]),
            ])
        }
        // Preferential attachment with a pull towards the same affiliation.
        var ends: [Int] = [0]
        for meeting in 0..<meetings {
            let a = meeting < people ? meeting : random.next(below: people)
            var b = ends[random.next(below: ends.count)]
            if random.next(below: 3) > 0 {
                let candidates = (0..<8).map { _ in random.next(below: people) }
                b = candidates.first { affiliation[$0] == affiliation[a] } ?? b
            }
            if b == a { b = (a + 1 + random.next(below: max(1, people - 1))) % people }
            ends.append(a)
            ends.append(b)
            var attributes: DOTAttributes = [:]
            if random.next(below: 3) == 0 {
                attributes["label"] = .string("\(1 + random.next(below: 28))/\(1 + random.next(below: 12))")
            }
            graph.edge("p\(a)", "p\(b)", attributes)
        }
        return graph
    }
}

/// A timeline: one lane (cluster) per actor, events in order along each lane, meetings tying
/// lanes together, as `TimelineDOT` draws it.
enum Chronicle {
    static func make(events: Int, actors: Int, seed: UInt64) -> DOTGraph {
        var random = SplitMix(seed: seed)
        var graph = DOTGraph(directed: true, id: "timeline", attributes: ["rankdir": "LR", "newrank": "true"])
        graph.nodeDefaults["shape"] = "box"
        var lanes = (0..<actors).map { DOTSubgraph.cluster("a\($0)", attributes: ["label": .string("Actor \($0)")]) }
        var last: [Int?] = Array(repeating: nil, count: actors)
        var links: [DOTEdge] = []
        for event in 0..<events {
            let actor = random.next(below: actors)
            lanes[actor].node("e\(event)", ["label": .string("Event \(event)\nngày \(1 + event % 28)/\(1 + event / 28 % 12)")])
            if let previous = last[actor] { links.append(DOTEdge("e\(previous)", "e\(event)")) }
            last[actor] = event
            if event > 0, random.next(below: 4) == 0 {
                links.append(DOTEdge("e\(random.next(below: event))", "e\(event)", ["style": "dashed"]))
            }
        }
        for lane in lanes { graph.add(lane) }
        for link in links { graph.add(link) }
        return graph
    }
}

/// SplitMix64: a small seeded generator, so every run draws the same graphs.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}
