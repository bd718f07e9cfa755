import Foundation
import LiaisonGraphviz
import Testing

@Suite("Graphviz renderer under concurrency")
struct GraphvizConcurrencyTests {
    @Test("8 tasks × 25 renders at once all give the right drawing")
    func manyTasks() async throws {
        // Each task draws its own graphs; each drawing must be the one drawn alone.
        let engines: [GraphvizEngine] = [.dot, .neato, .sfdp, .circo, .twopi, .osage, .patchwork, .dot]
        let graphs = (0..<8).map { SampleGraphs.network(nodes: 8 + $0, edges: 10 + 2 * $0, seed: UInt64($0)) }
        let expected = try (0..<8).map { try GraphvizRenderer.shared.render(graphs[$0], engine: engines[$0]).data }

        let results = try await withThrowingTaskGroup(of: (Int, [Data]).self) { group in
            for task in 0..<8 {
                group.addTask {
                    var outputs: [Data] = []
                    for round in 0..<25 {
                        // Mix in failures: they must not disturb the other tasks.
                        if round % 10 == 3 {
                            #expect(throws: GraphvizError.self) { try GraphvizRenderer.shared.render(dot: "digraph { a -> }") }
                        }
                        outputs.append(try GraphvizRenderer.shared.render(graphs[task], engine: engines[task]).data)
                    }
                    return (task, outputs)
                }
            }
            var results: [Int: [Data]] = [:]
            for try await (task, outputs) in group { results[task] = outputs }
            return results
        }

        #expect(results.count == 8)
        for (task, outputs) in results {
            #expect(outputs.count == 25)
            #expect(outputs.allSatisfy { $0 == expected[task] }, "task \(task)")
            #expect(try SVGDocument(outputs[0]).nodes.count == 8 + task)
        }
    }
}
