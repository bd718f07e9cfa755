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
        let graph = AdjacencyGraph(nodeCount: n, edges: edges)
        return graph.betweenness()
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

    func betweenness() -> [Double] {
        let n = nodeCount
        var result = [Double](repeating: 0, count: n)
        let sizes = componentSizes()

        // Leaves are not sources: their neighbour's run is counted once more for each of them.
        var weight = [Double](repeating: 1, count: n)
        var isSource = [Bool](repeating: true, count: n)
        for v in 0..<n {
            let d = degree(v)
            if d == 0 {
                isSource[v] = false
            } else if d == 1 {
                let u = Int(targets[Int(offsets[v])])
                isSource[v] = false
                if degree(u) > 1 {
                    weight[u] += 1
                    result[u] += Double(sizes[v] - 2)
                }
            }
        }

        var dist = [Int32](repeating: -1, count: n)
        var sigma = [Double](repeating: 0, count: n)
        var delta = [Double](repeating: 0, count: n)
        var order = [Int32](repeating: 0, count: n)
        offsets.withUnsafeBufferPointer { off in
            targets.withUnsafeBufferPointer { adj in
                dist.withUnsafeMutableBufferPointer { dist in
                    sigma.withUnsafeMutableBufferPointer { sigma in
                        delta.withUnsafeMutableBufferPointer { delta in
                            order.withUnsafeMutableBufferPointer { order in
                                result.withUnsafeMutableBufferPointer { result in
                                    for s in 0..<n where isSource[s] {
                                        // Forward: breadth-first search counting shortest paths.
                                        dist[s] = 0
                                        sigma[s] = 1
                                        order[0] = Int32(s)
                                        var head = 0
                                        var tail = 1
                                        while head < tail {
                                            let v = Int(order[head])
                                            head += 1
                                            let dv = dist[v]
                                            let sv = sigma[v]
                                            for k in Int(off[v])..<Int(off[v + 1]) {
                                                let w = Int(adj[k])
                                                let dw = dist[w]
                                                if dw < 0 {
                                                    dist[w] = dv + 1
                                                    sigma[w] = sv
                                                    order[tail] = Int32(w)
                                                    tail += 1
                                                } else if dw == dv + 1 {
                                                    sigma[w] += sv
                                                }
                                            }
                                        }
                                        // Backward: dependencies from the farthest nodes in.
                                        let ws = weight[s]
                                        var i = tail - 1
                                        while i >= 0 {
                                            let v = Int(order[i])
                                            let dv = dist[v]
                                            let sv = sigma[v]
                                            var dep = 0.0
                                            for k in Int(off[v])..<Int(off[v + 1]) {
                                                let w = Int(adj[k])
                                                if dist[w] == dv + 1 { dep += sv / sigma[w] * (1 + delta[w]) }
                                            }
                                            delta[v] = dep
                                            if v != s { result[v] += ws * dep }
                                            i -= 1
                                        }
                                        for j in 0..<tail {
                                            let v = Int(order[j])
                                            dist[v] = -1
                                            sigma[v] = 0
                                            delta[v] = 0
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // Each unordered pair was counted from both ends.
        return result.map { $0 / 2 }
    }
}
