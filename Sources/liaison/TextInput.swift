import Foundation

/// A text file given on the command line, or standard input (`-`), read as UTF-8.
struct TextInput {
    /// How messages name the input: its path, or `<stdin>`.
    var name: String
    var text: String

    /// Reads `path` (or standard input for `-`). Refuses, with a message naming the file, what
    /// cannot be text: a missing file or a folder, an empty file, a binary file (one with a NUL
    /// byte), and bytes that are not UTF-8 (with the line and column of the first bad byte).
    /// A leading byte-order mark is dropped.
    static func read(_ path: String) throws(CommandError) -> TextInput {
        let name = path == "-" ? "<stdin>" : path
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw CommandError(file: name, "no such file")
            }
            guard !isFolder.boolValue else { throw CommandError(file: name, "is a folder, not a file") }
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw CommandError(file: name, "cannot read the file: \(error.localizedDescription)")
            }
        }
        return try TextInput(name: name, data: data)
    }

    init(name: String, data: Data) throws(CommandError) {
        self.name = name
        guard !data.isEmpty else { throw CommandError(file: name, "the input is empty") }
        let nul = data.withUnsafeBytes { buffer in
            memchr(buffer.baseAddress!, 0, buffer.count).map { UnsafeRawPointer($0) - buffer.baseAddress! }
        }
        if let nul {
            throw CommandError(file: name, line: Self.line(at: nul, in: data), "this is a binary file (it has a NUL byte), not text")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            let (line, column, byte) = Self.firstInvalidUTF8(in: [UInt8](data)) ?? (1, 1, 0)
            throw CommandError(
                file: name, line: line,
                "the text is not valid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)) at column \(column)); save the file as UTF-8")
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        self.text = text
    }

    private static func line(at offset: Int, in data: Data) -> Int {
        data.prefix(offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    /// The line, column (in bytes, from 1) and value of the first byte that is not part of
    /// valid UTF-8.
    private static func firstInvalidUTF8(in bytes: [UInt8]) -> (Int, Int, UInt8)? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0, line = 1, lineStart = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                if scalar.count == 1, scalar.first == 0x0A {
                    line += 1
                    lineStart = offset + 1
                }
                offset += scalar.count
            case .error:
                return (line, offset - lineStart + 1, bytes[offset])
            case .emptyInput:
                return nil
            }
        }
    }
}
