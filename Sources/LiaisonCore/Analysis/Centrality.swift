/// Centrality measures on an undirected, unweighted graph given by integer node indices.
public enum Centrality {
    /// Shortest-path betweenness (Brandes 2001): for each node, the sum over unordered pairs of
    /// other nodes {s, t} of the share of shortest s–t paths that pass through it. These are the
    /// unnormalized values of NetworkX's `betweenness_centrality(G, normalized=False)`; divide by
    /// `(n-1)(n-2)/2` to normalize.
    ///
    /// `edges` are pairs of indices in `0..<nodeCount`; repeats and self-loops are ignored.
    /// Runs in O(V·E) time and O(V+E) memory on adjacency arrays. Nodes of degree one (common in
    /// news networks: someone met once) are not used as sources: a leaf's dependencies equal its
    /// neighbour's, so the neighbour's are counted once more, and the neighbour gets the leaf's
    /// (component size − 2) paths.
    public static func betweenness(nodeCount n: Int, edges: [(Int, Int)]) -> [Double] {
        if n == 0 { return [] }
        return AdjacencyGraph(nodeCount: n, edges: edges).betweenness(maxWork: nil).values
    }

    /// Betweenness values and how they were obtained.
    public struct Betweenness: Sendable, Hashable {
        /// One value per node, unnormalized (see ``Centrality/betweenness(nodeCount:edges:)``).
        public var values: [Double]
        /// Whether the values are exact; otherwise they are estimated from ``sources`` sources.
        public var isExact: Bool
        /// How many breadth-first searches were run.
        public var sources: Int
    }

    /// Betweenness within a work budget. Exact Brandes costs about (sources × 2 × edges) steps;
    /// when that is more than `maxWork`, the values are estimated from a deterministic sample of
    /// `maxWork / (2 × edges)` source nodes (at least 64), each search scaled by n / k — the
    /// pivot estimator of Brandes and Pich (2007), unbiased, and accurate for the central nodes
    /// that drawings size and label. `nil` means always exact.
    public static func betweenness(nodeCount n: Int, edges: [(Int, Int)], maxWork: Int?) -> Betweenness {
        if n == 0 { return Betweenness(values: [], isExact: true, sources: 0) }
        return AdjacencyGraph(nodeCount: n, edges: edges).betweenness(maxWork: maxWork)
    }
}

/// Compressed adjacency lists (CSR) of an undirected graph.
struct AdjacencyGraph {
    let nodeCount: Int
    /// Neighbours of v are `targets[offsets[v]..<offsets[v+1]]`, sorted, without repeats.
    let offsets: [Int32]
    let targets: [Int32]

    init(nodeCount n: Int, edges: [(Int, Int)]) {
        nodeCount = n
        var lists = [[Int32]](repeating: [], count: n)
        for (a, b) in edges where a != b && a >= 0 && b >= 0 && a < n && b < n {
            lists[a].append(Int32(b))
            lists[b].append(Int32(a))
        }
        var offsets = [Int32](repeating: 0, count: n + 1)
        var targets: [Int32] = []
        targets.reserveCapacity(edges.count * 2)
        for v in 0..<n {
            var list = lists[v]
            list.sort()
            var previous: Int32 = -1
            for w in list where w != previous {
                targets.append(w)
                previous = w
            }
            offsets[v + 1] = Int32(targets.count)
        }
        self.offsets = offsets
        self.targets = targets
    }

    func degree(_ v: Int) -> Int { Int(offsets[v + 1] - offsets[v]) }

    /// Component sizes, per node.
    func componentSizes() -> [Int] {
        var component = [Int32](repeating: -1, count: nodeCount)
        var sizes: [Int] = []
        var stack: [Int32] = []
        for s in 0..<nodeCount where component[s] < 0 {
            let c = Int32(sizes.count)
            var size = 0
            component[s] = c
            stack.append(Int32(s))
            while let v = stack.popLast() {
                size += 1
                for k in Int(offsets[Int(v)])..<Int(offsets[Int(v) + 1]) {
                    let w = Int(targets[k])
                    if component[w] < 0 {
                        component[w] = c
                        stack.append(Int32(w))
                    }
                }
            }
            sizes.append(size)
        }
        return component.map { sizes[Int($0)] }
    }

    func betweenness(maxWork: Int?) -> Centrality.Betweenness {
        let n = nodeCount
        var result = [Double](repeating: 0, count: n)
        let sizes = componentSizes()

        // Leaves are not sources: their neighbour's run is counted once more for each of them.
        var weight = [Double](repeating: 1, count: n)
        var sources: [Int] = []
        for v in 0..<n {
            let d = degree(v)
            if d == 1 {
                let u = Int(targets[Int(offsets[v])])
                if degree(u) > 1 {
                    weight[u] += 1
                    result[u] += Double(sizes[v] - 2)
                }
            } else if d > 1 {
                sources.append(v)
            }
        }
        let stepsPerSource = max(1, 2 * targets.count)
        if let maxWork, sources.count * stepsPerSource > maxWork {
            // Too much work for exact values: estimate from a sample of the sources, taken evenly
            // along the sources ordered by degree (so hubs and the periphery are both in), each
            // standing for m / k sources. Leaves are still counted exactly.
            let m = sources.count
            let k = min(m, max(64, maxWork / stepsPerSource))
            let byDegree = sources.sorted { degree($0) != degree($1) ? degree($0) > degree($1) : $0 < $1 }
            let sample = (0..<k).map { byDegree[Int((Double($0) + 0.5) * Double(m) / Double(k))] }
            let scale = Double(m) / Double(k)
            for s in sample { weight[s] *= scale }
            accumulate(sources: sample, weight: weight, into: &result)
            return Centrality.Betweenness(values: result.map { $0 / 2 }, isExact: false, sources: k)
        }
        accumulate(sources: sources, weight: weight, into: &result)
        // Each unordered pair was counted from both ends.
        return Centrality.Betweenness(values: result.map { $0 / 2 }, isExact: true, sources: sources.count)
    }

    /// Adds `weight[s] × δ(s, v)` to `result[v]` for every source `s` (Brandes' single-source
    /// dependencies).
    private func accumulate(sources: [Int], weight: [Double], into result: inout [Double]) {
        let n = nodeCount
        var dist = [Int32](repeating: -1, count: n)
        var sigma = [Double](repeating: 0, count: n)
        // (1 + δ(w)) / σ(w): what each successor passes back to its predecessors, per path.
        var share = [Double](repeating: 0, count: n)
        var order = [Int32](repeating: 0, count: n)
        offsets.withUnsafeBufferPointer { off in
            targets.withUnsafeBufferPointer { adj in
                dist.withUnsafeMutableBufferPointer { dist in
                    sigma.withUnsafeMutableBufferPointer { sigma in
                        share.withUnsafeMutableBufferPointer { share in
                            order.withUnsafeMutableBufferPointer { order in
                                result.withUnsafeMutableBufferPointer { result in
                                    for s in sources {
                                        // Forward: breadth-first search counting shortest paths.
                                        dist[s] = 0
                                        sigma[s] = 1
                                        order[0] = Int32(s)
                                        var head = 0
                                        var tail = 1
                                        while head < tail {
                                            let v = Int(order[head])
                                            head += 1
                                            let next = dist[v] + 1
                                            let sv = sigma[v]
                                            for k in Int(off[v])..<Int(off[v + 1]) {
                                                let w = Int(adj[k])
                                                let dw = dist[w]
                                                if dw < 0 {  // rare: once per node
                                                    dist[w] = next
                                                    order[tail] = Int32(w)
                                                    tail += 1
                                                }
                                                // σ is 0 until reached, so one select covers both cases.
                                                sigma[w] += (dw < 0 || dw == next) ? sv : 0
                                            }
                                        }
                                        // Backward, farthest first: δ(v) = σ(v) · Σ over successors w
                                        // of (1 + δ(w)) / σ(w).
                                        let ws = weight[s]
                                        var i = tail - 1
                                        while i > 0 {
                                            let v = Int(order[i])
                                            let next = dist[v] + 1
                                            var sum = 0.0
                                            for k in Int(off[v])..<Int(off[v + 1]) {
                                                let w = Int(adj[k])
                                                sum += dist[w] == next ? share[w] : 0
                                            }
                                            let dependency = sigma[v] * sum
                                            share[v] = (1 + dependency) / sigma[v]
                                            result[v] += ws * dependency
                                            i -= 1
                                        }
                                        for j in 0..<tail {
                                            let v = Int(order[j])
                                            dist[v] = -1
                                            sigma[v] = 0
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
