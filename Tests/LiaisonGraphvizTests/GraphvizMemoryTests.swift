import Foundation
import LiaisonGraphviz
import Testing

@Suite("Graphviz renderer memory")
struct GraphvizMemoryTests {
    /// Set in the child process that does the measuring.
    static let probeVariable = "LIAISON_GRAPHVIZ_MEMORY_PROBE"
    static let marker = "LIAISON-GRAPHVIZ-MEMORY"

    /// Resident memory of this process in bytes, from /proc/self/statm (Linux).
    static func residentBytes() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// Other tests run in parallel in this process and allocate too, so the cycles run in a
    /// child process (this test binary, running only this test) and report back.
    @Test("2,000 parse–layout–render–free cycles keep resident memory flat",
          .enabled(if: residentBytes() != nil, "needs /proc/self/statm"))
    func flat() throws {
        if ProcessInfo.processInfo.environment[Self.probeVariable] == "1" {
            let (after200, after2000) = try Self.measure()
            print("\(Self.marker) \(after200) \(after2000)")
            return
        }
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["--testing-library", "swift-testing", "--filter", "GraphvizMemoryTests"]
        child.environment = ProcessInfo.processInfo.environment.merging([Self.probeVariable: "1"]) { $1 }
        let output = Pipe()
        child.standardOutput = output
        child.standardError = FileHandle.nullDevice
        try child.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        child.waitUntilExit()
        #expect(child.terminationStatus == 0)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix(Self.marker) }, "the child reported nothing")
        let numbers = line.split(separator: " ").dropFirst().compactMap { Int($0) }
        try #require(numbers.count == 2)
        let growth = numbers[1] - numbers[0]
        // A leak of 300 bytes per cycle would show as 0.5 MB.
        #expect(growth < 524_288, "resident memory grew by \(growth) bytes from cycle 200 to 2,000")
        print("Graphviz memory: resident after 200 cycles \(numbers[0] / 1024) KiB, after 2,000 \(numbers[1] / 1024) KiB, growth \(growth / 1024) KiB")
    }

    /// Runs 2,000 cycles; resident memory after 200 and after 2,000.
    static func measure() throws -> (Int, Int) {
        // Every path that allocates: dot, neato and sfdp layouts, SVG and PNG, an HTML-like
        // label, a warning, read-back, and every 50th job a syntax error. The graphs avoid the
        // two places where Graphviz 2.43's own dot layout leaks (edges it reverses to break
        // cycles, edges into clusters; see docs/BENCHMARKS.md), which no caller can free.
        let chronicle = SampleGraphs.chronicle.dot
        let network = SampleGraphs.network(nodes: 12, edges: 16, seed: 1).dot
        func cycle(_ index: Int) throws {
            switch index % 50 {
            case 49:
                #expect(throws: GraphvizError.self) { try GraphvizRenderer.shared.render(dot: "digraph { a -> -> b }") }
            case let step where step % 8 == 1:
                _ = try GraphvizRenderer.shared.render(dot: chronicle, engine: .dot, format: .png)
            case let step where step % 8 == 2:
                _ = try GraphvizRenderer.shared.render(dot: network, engine: .neato, format: .svg)
            case let step where step % 8 == 3:
                _ = try GraphvizRenderer.shared.render(dot: network, engine: .sfdp, format: .svg)
            case let step where step % 8 == 4:
                _ = try GraphvizRenderer.shared.parse(dot: chronicle)
            default:
                _ = try GraphvizRenderer.shared.render(dot: chronicle, engine: .dot, format: .svg)
            }
        }
        for index in 0..<200 { try cycle(index) }
        let after200 = try #require(residentBytes())
        for index in 200..<2_000 { try cycle(index) }
        let after2000 = try #require(residentBytes())
        return (after200, after2000)
    }
}
