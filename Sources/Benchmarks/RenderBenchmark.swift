import Foundation
import LiaisonCore
import LiaisonGraphviz
import LiaisonRender

/// `liaison-bench render`: the renderers on the core benchmark's synthetic corpus.
///
///     liaison-bench render [--runs N] [--skip-layout] [--save FILE.dot]
///
/// 1. The 5,000-entity, 50,000-event corpus (``SyntheticCorpus``, 10 dossiers) is merged, then
///    drawn as a timeline and a meeting network, and both DOT texts are written out (to memory):
///    one line per phase in CPU time of the thread, best of `--runs`, and the total from the
///    dossiers to the two DOT texts.
/// 2. A network of about 2,000 actors (a smaller corpus of the same kind) is laid out and drawn
///    as SVG in-process with the engine its size calls for (`sfdp`): wall time, best of a few.
enum RenderBenchmark: Benchmark {
    static let name = "render"
    static let summary = "timeline and network DOT of 5,000 entities / 50,000 events; SVG of a 2,000-node network"

    static func run(arguments: [String]) throws {
        var runs = 5
        var layout = true
        var save: String?
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--runs": runs = Int(iterator.next() ?? "") ?? runs
            case "--skip-layout": layout = false
            case "--save": save = iterator.next()
            default: throw BenchmarkError("unknown option \(argument)")
            }
        }
        let profiling = ProcessInfo.processInfo.environment["RENDER_BENCH_ONLY"] != nil
        if layout && !profiling { svg(runs: max(1, min(runs, 3)), save: save) }
        dotText(runs: runs)
    }

    static func time<T>(_ label: String, runs: Int, _ body: () -> T) -> (T, Double) {
        var best = Double.infinity
        var result: T?
        for _ in 0..<runs {
            let start = cpuSeconds()
            let value = body()
            best = min(best, cpuSeconds() - start)
            result = value
        }
        print("  \(label.padding(toLength: 44, withPad: " ", startingAt: 0)) \(String(format: "%8.1f ms", best * 1000))")
        return (result!, best)
    }

    static func dotText(runs: Int) {
        let corpus = SyntheticCorpus(entities: 5_000, events: 50_000, dossiers: 10, seed: 2024)
        if let only = ProcessInfo.processInfo.environment["RENDER_BENCH_ONLY"] {
            // For profilers: RENDER_BENCH_ONLY=timeline|network, RENDER_BENCH_ITERATIONS=n.
            let merged = Merge.dossiers(corpus.dossiers).dossier
            let iterations = Int(ProcessInfo.processInfo.environment["RENDER_BENCH_ITERATIONS"] ?? "") ?? 5
            var bytes = 0
            if only == "callgrind" {
                // valgrind --tool=callgrind --toggle-collect='*RenderWork*' …: instructions of each part.
                bytes = RenderWork.all(merged)
                print("callgrind: \(bytes) bytes")
                return
            }
            if only == "write" {
                let graph = TimelineDOT(dossier: merged).graph
                for _ in 0..<iterations { bytes += graph.dotUTF8.count }
                print("write: \(bytes) bytes")
                return
            }
            for _ in 0..<iterations {
                switch only {
                case "network": bytes += (try! NetworkDOT(dossier: merged)).graph.dotUTF8.count
                default: bytes += TimelineDOT(dossier: merged).graph.dotUTF8.count
                }
            }
            print("\(only): \(bytes) bytes")
            return
        }
        print("render: \(corpus.entityCount) entities, \(corpus.dossiers.map(\.events.count).reduce(0, +)) events in \(corpus.dossiers.count) dossiers (CPU time, best of \(runs))")
        let (merged, _) = time("merge (10 dossiers)", runs: runs) { Merge.dossiers(corpus.dossiers).dossier }
        let (timeline, _) = time("timeline drawing (Timeline + TimelineDOT)", runs: runs) { TimelineDOT(dossier: merged) }
        let (timelineText, _) = time("  its DOT text (UTF-8, as written to a file)", runs: runs) { timeline.graph.dotUTF8 }
        let (network, _) = time("network drawing (MeetingNetwork + NetworkDOT)", runs: runs) { try! NetworkDOT(dossier: merged) }
        let (networkText, _) = time("  its DOT text (UTF-8, as written to a file)", runs: runs) { network.graph.dotUTF8 }
        let (total, seconds) = time("all of it: dossiers → merge → both DOT texts", runs: runs) { () -> Int in
            let destinations = Destinations(Merge.dossiers(corpus.dossiers).dossier)
            return TimelineDOT(destinations: destinations).graph.dotUTF8.count
                + (try! NetworkDOT(destinations: destinations)).graph.dotUTF8.count
        }
        let (fromMerged, _) = time("both DOT texts from the merged dossier", runs: runs) { () -> Int in
            let destinations = Destinations(merged)
            return TimelineDOT(destinations: destinations).graph.dotUTF8.count
                + (try! NetworkDOT(destinations: destinations)).graph.dotUTF8.count
        }
        let t = timeline.graph.size, n = network.graph.size
        print("  timeline: \(timeline.timeline.entries.count) events, \(timeline.timeline.lanes.count) lanes → \(t.nodes) nodes, \(t.edges) edges, \(timelineText.count / 1024) KiB of DOT")
        print("  network: \(network.network.nodes.count) actors, \(network.network.links.count) links, \(network.network.gatherings.count) meetings of 3+ → \(n.nodes) nodes, \(n.edges) edges, \(networkText.count / 1024) KiB of DOT, engine \(network.engine)")
        print("  total \(String(format: "%.2f", seconds)) s \(seconds < 1 ? "(under a second)" : "(OVER a second)"); checksum \(total + fromMerged)")
    }

    static func svg(runs: Int, save: String?) {
        // Fewer events per actor than the big corpus, so that about 2,000 actors meet.
        let corpus = SyntheticCorpus(entities: 3_600, events: 9_000, dossiers: 2, seed: 7)
        let dossier = Merge.dossiers(corpus.dossiers).dossier
        let drawing = try! NetworkDOT(dossier: dossier)
        let size = drawing.graph.size
        print("\nrender: network of \(drawing.network.nodes.count) actors, \(drawing.network.links.count) links, \(drawing.network.gatherings.count) meetings of 3+ → \(size.nodes) nodes, \(size.edges) edges; engine \(drawing.engine) (chosen by size)")
        let text = drawing.graph.dot
        if let save { try? text.write(toFile: save, atomically: true, encoding: .utf8) }
        var best = Double.infinity
        var bytes = 0
        for _ in 0..<runs {
            do {
                let seconds = try Timing.seconds {
                    bytes = try GraphvizRenderer.shared.render(dot: text, engine: drawing.engine, format: .svg).data.count
                }
                best = min(best, seconds)
            } catch {
                print("  failed: \(error)")
                return
            }
        }
        print("  layout + SVG in-process (wall, best of \(runs)): \(Timing.format(best)), \(bytes / 1024) KiB of SVG \(best < 10 ? "(under 10 s)" : "(OVER 10 s)")")
    }
}

/// The renderers' work on a merged dossier in separate functions that are never inlined, so
/// that `valgrind --tool=callgrind --toggle-collect='*RenderWork*'` counts each part's
/// instructions (deterministic, whatever the load on the machine).
enum RenderWork {
    @inline(never) static func destinations(_ dossier: Dossier) -> Destinations { Destinations(dossier) }
    @inline(never) static func timeline(_ d: Destinations) -> TimelineDOT { TimelineDOT(destinations: d) }
    @inline(never) static func network(_ d: Destinations) -> NetworkDOT { try! NetworkDOT(destinations: d) }
    @inline(never) static func text(_ graph: DOTGraph) -> [UInt8] { graph.dotUTF8 }

    @inline(never) static func all(_ dossier: Dossier) -> Int {
        let d = destinations(dossier)
        let t = timeline(d)
        let n = network(d)
        return text(t.graph).count + text(n.graph).count
    }
}
