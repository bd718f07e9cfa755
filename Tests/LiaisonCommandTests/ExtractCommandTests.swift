import ArgumentParser
import Foundation
import LiaisonCore
import Testing
@testable import liaison

/// `liaison extract` end to end: real files in, JSON files out.
@Suite struct ExtractCommandTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-extract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func run(_ arguments: [String]) async throws {
        var command = try Liaison.parseAsRoot(arguments)
        if var async = command as? any AsyncParsableCommand {
            try await async.run()
        } else {
            try command.run()
        }
    }

    @Test func writesOneExtractionPerArticleAsJSON() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("hanoi.md")
        try """
            ---
            title: Hội đàm tại Hà Nội
            published: 2024-11-14
            lang: vi
            ---

            Ngày 13/11, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Singapore Lawrence Wong tại Hà Nội.
            """.write(to: article, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.json")
        try await run(["extract", article.path, "-o", output.path])
        let data = try Data(contentsOf: output)
        let x = try JSONDecoder().decode(Extraction.self, from: data)
        #expect(x.document.title == "Hội đàm tại Hà Nội")
        #expect(x.document.published == Day(2024, 11, 14))
        let talks = try #require(x.events.first)
        #expect(Set(talks.participants) == ["pham-minh-chinh", "lawrence-wong"])
        #expect(talks.time?.start == Day(2024, 11, 13))
        // the same run again writes the same bytes, atomically replacing the file
        try await run(["extract", article.path, "-o", output.path])
        #expect(try Data(contentsOf: output) == data)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func jsonLinesForAFolderWithLanguageAndDayGiven() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Secretary of State Marco Rubio met Foreign Minister Wang Yi on Friday.".write(
            to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "President Emmanuel Macron did not meet anyone.".write(
            to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.jsonl")
        try await run(["extract", folder.path, "--lang", "en", "--published", "2025-02-17", "--format", "jsonl",
                       "-o", output.path])
        let lines = try String(contentsOf: output, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        let first = try JSONDecoder().decode(Extraction.self, from: Data(lines[0].utf8))
        #expect(first.document.language == "en")
        #expect(first.events.first?.time?.start == Day(2025, 2, 14))
        let second = try JSONDecoder().decode(Extraction.self, from: Data(lines[1].utf8))
        #expect(second.events.isEmpty)
    }

    @Test func badArgumentsAreReportedNotCrashed() async throws {
        await #expect(throws: (any Error).self) { try await run(["extract", "/no/such/file.txt"]) }
        await #expect(throws: (any Error).self) { try await run(["extract", "x.txt", "--published", "13/11/2024"]) }
    }
}
