// liaison-bench: runs one benchmark by name (`liaison-bench graphviz`), or lists them.
// Each benchmark lives in its own file as a type conforming to `Benchmark`; add it to the list.
import Foundation

let benchmarks: [any Benchmark.Type] = [
    GraphvizBenchmark.self,
    CoreAnalysisBenchmark.self,
    TemporalTaggerBenchmark.self,
    ExtractionBenchmark.self,
    RenderBenchmark.self,
]

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let benchmark = benchmarks.first(where: { $0.name == name }) else {
    print("usage: liaison-bench NAME [options]\n\nbenchmarks:")
    for benchmark in benchmarks {
        print("  \(benchmark.name.padding(toLength: 12, withPad: " ", startingAt: 0)) \(benchmark.summary)")
    }
    exit(arguments.isEmpty ? 0 : 64)
}
do {
    try benchmark.run(arguments: Array(arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("liaison-bench \(name): \(error)\n".utf8))
    exit(1)
}
