/// `liaison-bench core`: merge, timeline and network of a synthetic 5,000-entity, 50,000-event dossier.
enum CoreAnalysisBenchmark: Benchmark {
    static let name = "core"
    static let summary = "merge, timeline and network of 5,000 entities / 50,000 events"
    static func run(arguments: [String]) throws { runCoreBenchmark() }
}

/// `liaison-bench time`: temporal tagger throughput on generated Vietnamese and English text.
enum TemporalTaggerBenchmark: Benchmark {
    static let name = "time"
    static let summary = "temporal tagger throughput (MB/s) in Vietnamese and English"
    static func run(arguments: [String]) throws { runTimeBenchmark() }
}

/// `liaison-bench extract`: whole-article extraction throughput (MB/s) in Vietnamese and English.
enum ExtractionBenchmark: Benchmark {
    static let name = "extract"
    static let summary = "extraction throughput (MB/s per core) in Vietnamese and English"
    static func run(arguments: [String]) throws { runExtractionBenchmark() }
}
