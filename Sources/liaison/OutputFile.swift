import Foundation

/// Where a command writes its result: a file, written atomically, or standard output (`-`).
///
/// A file is written to a temporary file in the same folder and then renamed over the target,
/// so a failed or interrupted command never leaves a half-written or empty output behind, and an
/// existing file is only replaced by a complete new one.
enum OutputFile {
    /// Whether `path` means standard output.
    static func isStandardOutput(_ path: String) -> Bool {
        path == "-"
    }

    /// Writes `data` to `path`, or to standard output when `path` is `-`.
    static func write(_ data: Data, to path: String) throws(CommandError) {
        if isStandardOutput(path) {
            do {
                try FileHandle.standardOutput.write(contentsOf: data)
            } catch {
                throw CommandError("cannot write to standard output: \(error.localizedDescription)")
            }
            return
        }

        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandError(file: path, "cannot write the output: the folder \(folder.path) does not exist")
        }
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder), isFolder.boolValue {
            throw CommandError(file: path, "cannot write the output: it is a folder")
        }

        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try data.write(to: temporary, options: .withoutOverwriting)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CommandError(file: path, "cannot write the output: \(error.localizedDescription)")
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CommandError(file: path, "cannot write the output: \(reason)")
        }
    }
}
