import Testing
@testable import LiaisonCore

@Suite struct CentralityTests {
    @Test func aPathPassesThroughItsInnerNodes() {
        // 0 – 1 – 2 – 3 – 4. Node 1 is on the paths 0–2, 0–3, 0–4 (3); node 2 on 0–3, 0–4, 1–3,
        // 1–4 (4); node 3 on 0–4, 1–4, 2–4 (3).
        let b = Centrality.betweenness(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 4)])
        #expect(b == [0, 3, 4, 3, 0])
    }

    @Test func shortestPathsThatSplitShareTheCredit() {
        // A square A(0) B(1) C(2) D(3) with a tail D – E(4).
        //   A–C: via B or via D, half each.          B–D: via A or via C, half each.
        //   A–E: via D.   C–E: via D.                B–E: B-A-D-E or B-C-D-E: A ½, C ½, D 1.
        // A = ½ + ½ = 1; B = ½; C = ½ + ½ = 1; D = ½ + 1 + 1 + 1 = 3.5; E = 0.
        let b = Centrality.betweenness(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 0), (3, 4)])
        #expect(b == [1, 0.5, 1, 3.5, 0])
    }

    @Test func aStarCentreLiesOnEveryPairOfLeaves() {
        // Five leaves around node 0: C(5, 2) = 10 pairs, all through the centre.
        let b = Centrality.betweenness(nodeCount: 6, edges: (1...5).map { (0, $0) })
        #expect(b == [10, 0, 0, 0, 0, 0])
    }

    @Test func repeatedEdgesSelfLoopsAndSeparateComponentsChangeNothing() {
        // Two paths 0–1–2 and 3–4–5, one edge repeated, one self-loop, one isolated node 6.
        let b = Centrality.betweenness(nodeCount: 7, edges: [(0, 1), (1, 0), (1, 2), (1, 1), (3, 4), (4, 5)])
        #expect(b == [0, 1, 0, 0, 1, 0, 0])
        #expect(Centrality.betweenness(nodeCount: 2, edges: [(0, 1)]) == [0, 0])
        #expect(Centrality.betweenness(nodeCount: 0, edges: []) == [])
    }

    @Test func agreesWithTheDefinitionOnRandomGraphs() {
        // The definition, counted directly: b(v) = Σ over pairs s<t of σ(s,v)·σ(v,t)/σ(s,t) when
        // v lies on a shortest s–t path. Graphs with many leaves exercise the leaf shortcut.
        var rng = SplitMix(seed: 7)
        for trial in 0..<40 {
            let n = 3 + trial % 17
            var edges: [(Int, Int)] = []
            for v in 1..<n where rng.next() % 4 != 0 { edges.append((v, Int(rng.next() % UInt64(v)))) }
            for _ in 0..<(trial % 5) { edges.append((Int(rng.next() % UInt64(n)), Int(rng.next() % UInt64(n)))) }
            let fast = Centrality.betweenness(nodeCount: n, edges: edges)
            let slow = reference(n, edges)
            for v in 0..<n { #expect(abs(fast[v] - slow[v]) < 1e-9, "trial \(trial), node \(v)") }
        }
    }

    private func reference(_ n: Int, _ edges: [(Int, Int)]) -> [Double] {
        var adjacent = [Set<Int>](repeating: [], count: n)
        for (a, b) in edges where a != b {
            adjacent[a].insert(b)
            adjacent[b].insert(a)
        }
        var dist = [[Int]](repeating: [Int](repeating: -1, count: n), count: n)
        var sigma = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for s in 0..<n {
            dist[s][s] = 0
            sigma[s][s] = 1
            var frontier = [s]
            while !frontier.isEmpty {
                var next: [Int] = []
                for v in frontier {
                    for w in adjacent[v] {
                        if dist[s][w] < 0 {
                            dist[s][w] = dist[s][v] + 1
                            next.append(w)
                        }
                        if dist[s][w] == dist[s][v] + 1 { sigma[s][w] += sigma[s][v] }
                    }
                }
                frontier = next
            }
        }
        var b = [Double](repeating: 0, count: n)
        for s in 0..<n {
            for t in (s + 1)..<max(s + 1, n) where dist[s][t] > 0 {
                for v in 0..<n where v != s && v != t && dist[s][v] > 0 && dist[v][t] > 0
                    && dist[s][v] + dist[v][t] == dist[s][t]
                {
                    b[v] += sigma[s][v] * sigma[v][t] / sigma[s][t]
                }
            }
        }
        return b
    }
}

/// A small seeded generator (SplitMix64), the same on every machine.
struct SplitMix {
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

@Suite struct BetweennessBudgetTests {
    /// Three stars of 30 leaves whose centres hang off one hub: 94 nodes, 93 edges.
    func starOfStars() -> (n: Int, edges: [(Int, Int)]) {
        var edges: [(Int, Int)] = []
        for c in 1...3 {
            edges.append((0, c))
            for leaf in 0..<30 { edges.append((c, 4 + (c - 1) * 30 + leaf)) }
        }
        return (94, edges)
    }

    @Test func withinTheBudgetValuesAreExact() {
        let (n, edges) = starOfStars()
        let exact = Centrality.betweenness(nodeCount: n, edges: edges)
        let budgeted = Centrality.betweenness(nodeCount: n, edges: edges, maxWork: 1_000_000)
        #expect(budgeted.isExact)
        #expect(budgeted.values == exact)
        // Only the four non-leaves are searched from.
        #expect(budgeted.sources == 4)
        // The hub lies on every path between two stars: 3 pairs of stars × 31 × 31 nodes.
        #expect(exact[0] == 3 * 31 * 31)
    }

    @Test func pastTheBudgetValuesAreEstimatedAndSaySo() {
        // A path of 300 nodes: 298 non-leaf sources, far more than a budget of 64 searches.
        let n = 300
        let edges = (0..<(n - 1)).map { ($0, $0 + 1) }
        let exact = Centrality.betweenness(nodeCount: n, edges: edges)
        let estimate = Centrality.betweenness(nodeCount: n, edges: edges, maxWork: 1)
        #expect(!estimate.isExact)
        #expect(estimate.sources == 64)
        // The estimate keeps the shape: the middle is the most between, the ends are not at all.
        let peak = estimate.values.indices.max { estimate.values[$0] < estimate.values[$1] }!
        #expect(abs(Double(peak) - 149.5) < 15)
        #expect(estimate.values[0] == 0 && estimate.values[n - 1] == 0)
        let middle = exact[n / 2]
        #expect(abs(estimate.values[n / 2] - middle) / middle < 0.1)
        // And it is the same on every run.
        #expect(Centrality.betweenness(nodeCount: n, edges: edges, maxWork: 1) == estimate)
    }
}
