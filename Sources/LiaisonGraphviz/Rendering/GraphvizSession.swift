import CGraphviz
import Foundation

/// The process-wide Graphviz state: one context, one lock, and the capture of Graphviz's
/// messages.
///
/// Graphviz is not thread-safe, so every call into it happens inside ``run(_:)``, which holds
/// the lock. The context is created once and never freed: a fresh context per render leaks, and
/// after `gvFreeContext` the text-layout plugin reads freed font names.
final class GraphvizSession: @unchecked Sendable {
    static let shared = GraphvizSession()

    /// Output formats that open a window instead of writing bytes.
    private static let interactiveFormats: Set<String> = ["gtk", "x11", "xlib"]

    private let lock = NSLock()
    private let context: OpaquePointer
    /// The reading discipline: Graphviz keeps a pointer to it in every graph it reads, so it
    /// lives as long as the process.
    private let io: UnsafeMutablePointer<Agiodisc_t>
    /// Installed layout engines, sorted.
    let engines: [String]
    /// Installed output formats (device plugins), sorted, without the interactive ones.
    let formats: [String]

    private init() {
        agseterr(AGWARN)
        _ = agseterrf(messageSink)
        GraphvizIDs.install()
        context = gvContext()
        io = .allocate(capacity: 1)
        let standard = liaison_default_io_disc()!.pointee
        io.initialize(to: Agiodisc_t(afread: readChunk, putstr: standard.putstr, flush: standard.flush))
        engines = Self.pluginNames(context, kind: "layout")
        formats = Self.pluginNames(context, kind: "device").filter { !Self.interactiveFormats.contains($0) }
        // Graphviz formats messages in a buffer that it regrows wrongly (see
        // `liaison_grow_message_buffer`); grow it once to more than any message can need. A
        // message quotes at most a few strings of the input, and the input check keeps those
        // under `GraphvizRenderer.maximumStringLength`.
        liaison_grow_message_buffer(1 << 20)
        capturedMessages.removeAll()
    }

    /// Runs `body` with the lock held, Graphviz's error state reset and its messages captured.
    func run<T>(_ body: (inout Job) throws(GraphvizError) -> T) throws(GraphvizError) -> T {
        lock.lock()
        defer {
            capturedMessages.removeAll(keepingCapacity: capturedMessages.count < 1 << 16)
            lock.unlock()
        }
        agseterr(AGWARN)
        _ = agseterrf(messageSink)
        capturedMessages.removeAll(keepingCapacity: true)
        _ = agreseterrors()
        Self.resetRandomNumbers()
        var job = Job(context: context, io: io)
        return try body(&job)
    }

    /// Puts the C library's random number generators back in the state a new process starts
    /// with. `sfdp` and `fdp` draw from them without always seeding them, so without this their
    /// layouts depend on what was laid out before in the process; with it they match what the
    /// `dot` program draws.
    private static func resetRandomNumbers() {
        srand(1)
        srandom(1)
        var seed: [UInt16] = [0x330E, 0xABCD, 0x1234]
        _ = seed48(&seed)
    }

    private static func pluginNames(_ context: OpaquePointer, kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(context, kind, &count, nil) else { return [] }
        defer { free(list) }
        var names = Set<String>()
        for index in 0..<Int(count) {
            guard let name = list[index] else { continue }
            names.insert(String(cString: name))
            free(name)
        }
        return names.sorted()
    }
}

extension GraphvizSession {
    /// One job with the lock held: reading, laying out and rendering one graph.
    struct Job {
        let context: OpaquePointer
        fileprivate let io: UnsafeMutablePointer<Agiodisc_t>
        /// Diagnostics added by Liaison itself (e.g. graphs after the first one).
        private var notes: [GraphvizDiagnostic] = []

        fileprivate init(context: OpaquePointer, io: UnsafeMutablePointer<Agiodisc_t>) {
            self.context = context
            self.io = io
        }

        /// Every message so far: Graphviz's, then Liaison's own notes.
        var diagnostics: [GraphvizDiagnostic] {
            GraphvizDiagnostic.parse(String(decoding: capturedMessages, as: UTF8.self)) + notes
        }

        /// An error of `kind` carrying Graphviz's first error message (or `fallback` when it
        /// gave none) and all the diagnostics.
        func failure(_ kind: GraphvizError.Kind, _ fallback: String) -> GraphvizError {
            let diagnostics = self.diagnostics
            let first = diagnostics.first { $0.severity == .error }
            return GraphvizError(kind, first?.message ?? fallback, line: first?.line, diagnostics: diagnostics)
        }

        /// Reads the first graph in `text` with Graphviz's parser. The caller closes it
        /// (`agclose`).
        ///
        /// The whole input is read, to its end: Graphviz's scanner keeps whatever it has not
        /// consumed and feeds it to the next parse (and counts its lines), so leaving anything
        /// behind would corrupt the next job. Further graphs are read, closed and noted; anything
        /// else after the graph is a syntax error.
        mutating func read(_ text: String) throws(GraphvizError) -> UnsafeMutablePointer<Agraph_t> {
            var text = text
            text.makeContiguousUTF8()
            let io = self.io
            let outcome = text.utf8.withContiguousStorageIfAvailable { bytes -> Result<(UnsafeMutablePointer<Agraph_t>?, Int), GraphvizError> in
                if let base = bytes.baseAddress, let found = memchr(base, 0, bytes.count) {
                    let nul = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                    let line = bytes[..<nul].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
                    return .failure(GraphvizError(.invalidInput, "the input contains a NUL character, so it is not DOT text", line: line))
                }
                if let long = DOTInputCheck.firstLongToken(in: bytes, limit: GraphvizRenderer.maximumStringLength) {
                    return .failure(GraphvizError(
                        .invalidInput,
                        "a string or name longer than \(GraphvizRenderer.maximumStringLength) bytes starts on line \(long.line); "
                            + "Graphviz cannot read strings that long safely",
                        line: long.line))
                }
                var reader = Reader(base: UnsafeRawPointer(bytes.baseAddress), count: bytes.count, offset: 0)
                return withUnsafeMutablePointer(to: &reader) { channel in
                    var discipline = Agdisc_t(mem: liaison_default_mem_disc(), id: liaison_default_id_disc(), io: io)
                    agsetfile(nil)  // line 1, no file name (a `# line "file"` directive in an earlier input set one)
                    let graph = agread(channel, &discipline)
                    var extra = 0
                    while let next = agread(channel, &discipline) {
                        agclose(next)
                        extra += 1
                    }
                    return .success((graph, extra))
                }
            }
            guard let outcome else { preconditionFailure("a contiguous UTF-8 string has contiguous storage") }
            let (graph, extraGraphs) = try outcome.get()
            let errors = agerrors()
            guard let graph else {
                if errors > 0 { throw failure(.syntax, "syntax error") }
                throw failure(.noGraph, "the input holds no graph (it is empty or only comments)")
            }
            if errors > 0 && diagnostics.contains(where: { $0.severity == .error }) {
                agclose(graph)
                throw failure(.syntax, "syntax error after the graph")
            }
            if extraGraphs > 0 {
                notes.append(GraphvizDiagnostic(
                    severity: .warning,
                    message: "the input holds \(extraGraphs) more graph\(extraGraphs == 1 ? "" : "s") after the first; only the first is used"))
            }
            return graph
        }
    }
}

// MARK: - C callbacks

/// What Graphviz wrote through its error callback during the current job. Only touched with the
/// session's lock held: the callback only runs inside Graphviz calls made under the lock.
nonisolated(unsafe) private var capturedMessages: [UInt8] = []

/// Graphviz's error callback. It receives fragments ("Error", ": ", "syntax error in line 1
/// near '}'\n"); they are joined here and split into messages afterwards.
private let messageSink: agusererrf = { fragment in
    guard let fragment else { return 0 }
    let length = strlen(fragment)
    fragment.withMemoryRebound(to: UInt8.self, capacity: length) {
        capturedMessages.append(contentsOf: UnsafeBufferPointer(start: $0, count: length))
    }
    return 0
}

/// The input Graphviz's scanner reads from.
private struct Reader {
    var base: UnsafeRawPointer?
    var count: Int
    var offset: Int
}

/// Graphviz's read callback: copies the next chunk of the input into the scanner's buffer.
private let readChunk: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutablePointer<CChar>?, Int32) -> Int32 = {
    channel, buffer, size in
    guard let channel, let buffer, size > 0 else { return 0 }
    let reader = channel.assumingMemoryBound(to: Reader.self)
    let available = reader.pointee.count - reader.pointee.offset
    let length = min(Int(size), available)
    guard length > 0, let base = reader.pointee.base else { return 0 }
    UnsafeMutableRawPointer(buffer).copyMemory(from: base + reader.pointee.offset, byteCount: length)
    reader.pointee.offset += length
    return Int32(length)
}
