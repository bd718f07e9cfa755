import Foundation
import LiaisonGraphviz

/// In-process Graphviz (libgvc) against the `dot` program, on meeting-network-like graphs, and
/// how large a graph each engine lays out in reasonable time.
///
///     liaison-bench graphviz [--runs N] [--sweep] [--no-compare] [--timeout SECONDS]
///     liaison-bench graphviz --render FILE [--engine E] [--format F] [--repeat N]
///     liaison-bench graphviz --emit timeline|network|large
///
/// `--render` renders one file in-process, synchronously and nothing else, `--repeat` times
/// (for valgrind and profilers).
enum GraphvizBenchmark: Benchmark {
    static let name = "graphviz"
    static let summary = "in-process Graphviz vs the dot program; which engine up to which size"

    static func run(arguments: [String]) throws {
        var runs = 5
        var sweep = false
        var compareRuns = true
        var timeout = 30.0
        var file: String?
        var engine: GraphvizEngine?
        var format = OutputFormat.svg
        var repeats = 1
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--render": file = iterator.next()
            case "--emit":
                // The DOT of one benchmark graph, for timing it elsewhere.
                switch iterator.next() {
                case "timeline": say(Chronicle.make(events: 500, actors: 20, seed: 5).dot)
                case "network": say(SyntheticNetworkDOT.make(people: 200, meetings: 600, seed: 3).dot)
                case "large": say(SyntheticNetworkDOT.make(people: 2_000, meetings: 6_000, seed: 4).dot)
                default: throw BenchmarkError("--emit timeline|network|large")
                }
                return
            case "--engine": engine = iterator.next().map { GraphvizEngine($0) }
            case "--format": format = iterator.next().map { OutputFormat($0) } ?? format
            case "--repeat": repeats = Int(iterator.next() ?? "") ?? repeats
            case "--runs": runs = Int(iterator.next() ?? "") ?? runs
            case "--sweep": sweep = true
            case "--no-compare": compareRuns = false
            case "--timeout": timeout = Double(iterator.next() ?? "") ?? timeout
            default: throw BenchmarkError("unknown option \(argument)")
            }
        }
        if let file {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            var bytes = 0
            for _ in 0..<repeats {
                bytes += try GraphvizRenderer.shared.render(dot: text, engine: engine, format: format).data.count
            }
            say("rendered \(file) \(repeats) times, \(bytes) bytes")
            return
        }
        let program = try DotProgram()
        say("Graphviz \(program.version); \(ProcessInfo.processInfo.activeProcessorCount) cores; median of \(runs) runs\n")
        if compareRuns { compare(program: program, runs: runs) }
        if sweep {
            say("")
            sizes(program: program, timeout: timeout)
        }
    }

    // MARK: - In-process against the program

    static func compare(program: DotProgram, runs: Int) {
        // The first render of a process creates the Graphviz context and loads plugins and
        // fonts: a one-time cost, reported apart.
        let warmUp = SyntheticNetworkDOT.make(people: 6, meetings: 7, seed: 1).dot
        let first = Timing.seconds { _ = try? GraphvizRenderer.shared.render(dot: warmUp, engine: .dot) }
        let second = Timing.seconds { _ = try? GraphvizRenderer.shared.render(dot: warmUp, engine: .dot) }
        say("First in-process render (creates the context, loads plugins and fonts): \(Timing.format(first)); "
            + "the same graph again: \(Timing.format(second)).\n")
        say("A case stops repeating once it has used \(Int(budget)) s; the runs column says how many were timed.\n")
        say("| graph | engine | DOT | SVG | runs | in-process | `dot` program | program / in-process | CPU in-process | CPU program | same bytes |")
        say("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
        let cases: [(String, DOTGraph, GraphvizEngine)] = [
            ("tiny 6 / 7", SyntheticNetworkDOT.make(people: 6, meetings: 7, seed: 1), .dot),
            ("small 50 / 150", SyntheticNetworkDOT.make(people: 50, meetings: 150, seed: 2), .dot),
            ("network 200 / 600", SyntheticNetworkDOT.make(people: 200, meetings: 600, seed: 3), .dot),
            ("network 200 / 600", SyntheticNetworkDOT.make(people: 200, meetings: 600, seed: 3), .sfdp),
            ("network 2,000 / 6,000", SyntheticNetworkDOT.make(people: 2_000, meetings: 6_000, seed: 4), .sfdp),
            ("timeline 500 events", Chronicle.make(events: 500, actors: 20, seed: 5), .dot),
        ]
        let renderer = GraphvizRenderer(dotSizeLimit: .max)
        for (label, graph, engine) in cases {
            let text = graph.dot
            // In-process and program runs alternate, so that other load on the machine falls on
            // both alike; CPU time is given too, since wall time on a shared machine is noisy.
            var output = Data(), programOutput = Data()
            var inProcess: [Double] = [], external: [Double] = []
            var inProcessCPU: [Double] = [], externalCPU: [Double] = []
            while inProcess.count < runs && (inProcess.isEmpty || inProcess.reduce(0, +) + external.reduce(0, +) < budget) {
                let cpu = Timing.cpu()
                inProcess.append(Timing.seconds {
                    output = (try? renderer.render(dot: text, engine: engine, format: .svg).data) ?? Data()
                })
                inProcessCPU.append(Timing.cpu() - cpu)
                let childCPU = Timing.cpu(children: true)
                guard let (seconds, data) = program.render(text, engine: engine, timeout: 3_600) else { break }
                externalCPU.append(Timing.cpu(children: true) - childCPU)
                external.append(seconds)
                programOutput = data
            }
            let a = Timing.median(inProcess), b = Timing.median(external)
            say("| \(label) | \(engine) | \(text.utf8.count / 1024) KiB | \(output.count / 1024) KiB | \(inProcess.count) | "
                + "\(Timing.format(a)) | \(Timing.format(b)) | " + String(format: "%.2f", b / a)
                + " | \(Timing.format(Timing.median(inProcessCPU))) | \(Timing.format(Timing.median(externalCPU)))"
                + " | \(output == programOutput ? "yes" : "no") |")
        }
    }

    /// Seconds a case may spend on repeated runs before it stops repeating.
    static let budget = 60.0

    // MARK: - Practical sizes

    /// Lays out networks of growing size with each engine (through the `dot` program, which can
    /// be stopped; layout dominates at these sizes, so it costs what in-process does) until one
    /// takes longer than `timeout`.
    static func sizes(program: DotProgram, timeout: Double) {
        let sizes = [25, 50, 75, 100, 200, 400, 600, 800, 1_600, 3_200, 6_400]
        say("Layout + SVG time by size (nodes / edges = 3 × nodes; — : over \(Int(timeout)) s, not run further)\n")
        say("| engine | " + sizes.map { "\($0)" }.joined(separator: " | ") + " |")
        say("|---|" + sizes.map { _ in "---:" }.joined(separator: "|") + "|")
        for engine: GraphvizEngine in [.dot, .neato, .fdp, .sfdp, .circo, .twopi] {
            var cells: [String] = []
            var stopped = false
            for nodes in sizes {
                if stopped {
                    cells.append("")
                    continue
                }
                let text = SyntheticNetworkDOT.make(people: nodes, meetings: 3 * nodes, seed: UInt64(nodes)).dot
                if let (seconds, _) = program.render(text, engine: engine, timeout: timeout) {
                    cells.append(Timing.format(seconds))
                } else {
                    cells.append("—")
                    stopped = true
                }
            }
            say("| \(engine) | " + cells.joined(separator: " | ") + " |")
        }
        say("\nTimelines (dot; events in actor lanes, rankdir=LR)\n")
        let events = [250, 500, 1_000, 1_250, 1_500, 2_000, 4_000]
        say("| events | nodes + edges | dot |")
        say("|---:|---:|---:|")
        for count in events {
            let graph = Chronicle.make(events: count, actors: max(10, count / 25), seed: UInt64(count))
            let size = graph.size
            let result = program.render(graph.dot, engine: .dot, timeout: timeout)
            say("| \(count) | \(size.nodes + size.edges) | \(result.map { Timing.format($0.0) } ?? "—") |")
            if result == nil { break }
        }
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Graphviz's `dot` program.
struct DotProgram {
    let executable: URL
    let version: String

    init() throws {
        guard let path = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
            .map({ URL(fileURLWithPath: String($0)).appendingPathComponent("dot") })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
        else { throw BenchmarkError("the dot program is not on the PATH") }
        executable = path
        let process = Process()
        process.executableURL = path
        process.arguments = ["-V"]
        let pipe = Pipe()
        process.standardError = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        version = text.components(separatedBy: "version ").last?.split(separator: " ").first.map(String.init) ?? "?"
    }

    /// Runs `dot -K<engine> -Tsvg` on `text` (from a file, output to a file); the seconds it
    /// took and its output, or `nil` when it failed or was stopped after `timeout` seconds.
    func render(_ text: String, engine: GraphvizEngine, timeout: Double) -> (Double, Data)? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-bench-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.dot"), output = folder.appendingPathComponent("out.svg")
        guard (try? Data(text.utf8).write(to: input)) != nil else { return nil }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-K\(engine)", "-Tsvg", input.path, "-o", output.path]
        process.standardError = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        let start = DispatchTime.now().uptimeNanoseconds
        guard (try? process.run()) != nil else { return nil }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            finished.wait()
            return nil
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        guard process.terminationStatus == 0, let data = try? Data(contentsOf: output) else { return nil }
        return (seconds, data)
    }
}
