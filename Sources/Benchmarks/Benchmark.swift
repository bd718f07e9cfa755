import Foundation

/// One benchmark of `liaison-bench`, run as `liaison-bench NAME [options]`.
protocol Benchmark {
    /// The name on the command line.
    static var name: String { get }
    /// One line for the list of benchmarks.
    static var summary: String { get }
    static func run(arguments: [String]) throws
}

/// Timing helpers shared by benchmarks.
enum Timing {
    /// Seconds taken by `body`.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// CPU seconds (user + system) used so far by this process, or by its finished children.
    static func cpu(children: Bool = false) -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(children ? __rusage_who_t(RUSAGE_CHILDREN.rawValue) : __rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(children ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage)
        #endif
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// `0.0123` → `12.3 ms`, `2.5` → `2.50 s`.
    static func format(_ seconds: Double) -> String {
        if seconds.isNaN { return "—" }
        if seconds < 1 { return String(format: "%.1f ms", seconds * 1000) }
        return String(format: "%.2f s", seconds)
    }
}

/// Prints a line at once (unbuffered), so that progress shows when the output goes to a file.
func say(_ text: String = "") {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}
