import Foundation

/// Runs the built `liaison` executable, as a person at the command line would.
enum LiaisonCommand {
    struct Result {
        var status: Int32
        var standardOutput: Data
        var standardError: String

        var standardOutputText: String { String(decoding: standardOutput, as: UTF8.self) }
    }

    struct NotFound: Error, CustomStringConvertible {
        var description: String
    }

    /// The `liaison` executable: `LIAISON_EXECUTABLE` if set, else the one built next to this
    /// test bundle (SwiftPM puts products and test bundles in the same folder).
    static func executable() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["LIAISON_EXECUTABLE"] {
            return URL(fileURLWithPath: path)
        }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("liaison")
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue {
                return candidate
            }
            folder = folder.deletingLastPathComponent()
        }
        throw NotFound(description: "no liaison executable near \(CommandLine.arguments[0]); build it or set LIAISON_EXECUTABLE")
    }

    /// Runs `liaison arguments…` in `folder`, feeding `input` to its standard input.
    static func run(_ arguments: [String], in folder: URL? = nil, input: Data = Data()) throws -> Result {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Write and read on separate threads so that neither side blocks on a full pipe.
        let writer = Thread {
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errorReader = ErrorReader(stderr.fileHandleForReading)
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, standardOutput: output, standardError: errorReader.text())
    }

    private final class ErrorReader: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread {
                self.data = handle.readDataToEndOfFile()
                self.done.signal()
            }.start()
        }

        func text() -> String {
            done.wait()
            return String(decoding: data, as: UTF8.self)
        }
    }
}

/// A fresh temporary folder for one test, removed at the end.
struct TemporaryFolder: ~Copyable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func file(_ name: String) -> URL {
        url.appendingPathComponent(name)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> URL {
        let file = file(name)
        try data.write(to: file)
        return file
    }

    /// The names in the folder, sorted (hidden files included).
    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }
}
