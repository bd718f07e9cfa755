import Foundation

/// Runs a program (Python, Chromium, pdftoppm) and collects what it prints, with a time limit.
enum ExternalProgram {
    struct Result {
        var status: Int32
        var standardOutput: Data
        var standardError: String
        var timedOut: Bool

        var text: String { String(decoding: standardOutput, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `arguments[0]` found on the PATH (through `/usr/bin/env`).
    static func run(_ arguments: [String], input: Data = Data(), timeout: TimeInterval = 120) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errors = Collector(stderr.fileHandleForReading)
        let output = Collector(stdout.fileHandleForReading)
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                process.terminate()
                break
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        process.waitUntilExit()
        return Result(status: process.terminationStatus, standardOutput: output.data(),
                      standardError: String(decoding: errors.data(), as: UTF8.self), timedOut: timedOut)
    }

    /// Whether `name` is a program on the PATH.
    static func exists(_ name: String) -> Bool {
        (try? run(["sh", "-c", "command -v \(name)"], timeout: 10))?.status == 0
    }

    private final class Collector: @unchecked Sendable {
        private var collected = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread {
                self.collected = handle.readDataToEndOfFile()
                self.done.signal()
            }.start()
        }

        func data() -> Data {
            done.wait()
            return collected
        }
    }
}

/// Python 3 with the modules that read our exports back (networkx, icalendar, jsonschema,
/// markdown-it-py). A missing module is an error that says how to install it, never a skip:
/// `scripts/setup.sh` with `LIAISON_WITH_BROWSER=1` installs them all.
enum PythonReader {
    /// Runs `script` with `arguments` and decodes what it prints as JSON.
    static func json(_ script: String, modules: [String], arguments: [String] = []) throws -> Any {
        try require(modules)
        let result = try ExternalProgram.run(["python3", "-c", script] + arguments)
        guard result.status == 0, !result.timedOut else {
            throw ExternalProgram.Failure(description: "python3 failed (status \(result.status)):\n\(result.standardError)")
        }
        return try JSONSerialization.jsonObject(with: result.standardOutput, options: [.fragmentsAllowed])
    }

    static func require(_ modules: [String]) throws {
        guard ExternalProgram.exists("python3") else {
            throw ExternalProgram.Failure(description: "python3 is not installed: run LIAISON_WITH_BROWSER=1 scripts/setup.sh")
        }
        for module in modules {
            let check = try ExternalProgram.run(["python3", "-c", "import \(module)"], timeout: 60)
            if check.status != 0 {
                throw ExternalProgram.Failure(description:
                    "the Python module '\(module)' is missing, so this export cannot be read back: run LIAISON_WITH_BROWSER=1 scripts/setup.sh (it pip-installs networkx, icalendar, jsonschema and markdown-it-py)")
            }
        }
    }
}

/// A fresh temporary folder, removed at the end.
struct ScratchFolder: ~Copyable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-report-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let path = path(name)
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }
}

/// Where the repository is (for `docs/schema/dossier.schema.json`).
enum Repository {
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }
}
