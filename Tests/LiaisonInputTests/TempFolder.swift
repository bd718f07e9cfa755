import Foundation

/// A fresh folder under the system's temporary directory, removed when the value is dropped.
final class TempFolder {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("liaison-input-\(UUID().uuidString)", isDirectory: true)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` (UTF-8) to `name` and returns its URL.
    @discardableResult
    func write(_ name: String, _ text: String) -> URL {
        write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) -> URL {
        let file = url.appendingPathComponent(name)
        try! FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! data.write(to: file)
        return file
    }
}
