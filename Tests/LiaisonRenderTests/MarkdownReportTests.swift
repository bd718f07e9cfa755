import Foundation
import LiaisonCore
import Testing
@testable import LiaisonRender

@Suite("Markdown report")
struct MarkdownReportTests {
    static func report(_ dossier: Dossier, images: Bool = true) -> String {
        let names = MarkdownReport.figureNames(forReportNamed: "out/report.md")
        return MarkdownReport(dossier: dossier, timelineImage: images ? names.timeline : nil,
                              networkImage: images ? names.network : nil).render()
    }

    @Test("the drawings are named after the report and referenced as images")
    func figures() throws {
        #expect(MarkdownReport.figureNames(forReportNamed: "out/report.md") == ("report.timeline.svg", "report.network.svg"))
        #expect(MarkdownReport.figureNames(forReportNamed: "Brussels 2024.markdown") == ("Brussels 2024.timeline.svg", "Brussels 2024.network.svg"))
        let facts = try HTMLFacts.markdown(Self.report(ExportFixtures.meetings))
        #expect(facts.images == [["Timeline of the events", "report.timeline.svg"], ["Network of who met whom", "report.network.svg"]])
        let without = try HTMLFacts.markdown(Self.report(ExportFixtures.meetings, images: false))
        #expect(without.images.isEmpty)
        #expect(without.text.contains("This drawing was not made for this report."))
    }

    @Test("a CommonMark reader finds one table row per event, six cells each, and the index and sources")
    func tables() throws {
        let dossier = ExportFixtures.meetings
        let facts = try HTMLFacts.markdown(Self.report(dossier))
        #expect(facts.title.isEmpty)
        #expect(facts.tags.filter { $0 == "table" }.count == 2)
        // markdown-it puts every table in one class-less table: the events come first.
        let rows = facts.otherRows
        let events = Array(rows.prefix(dossier.events.count))
        #expect(events.allSatisfy { $0.count == 6 })
        #expect(events.first?[0] == "13 Nov 2024\n“on Wednesday”")
        #expect(events.first?[2] == "Ana Abreu\nBruno Costa")
        #expect(events.first?[5] == "“Ana Abreu met Bruno Costa in Brussels on Wednesday.” — Ministers meet in Brussels")
        #expect(events.contains { $0[0].hasPrefix("16–17 Nov 2024 (weekend)") && $0[4] == "planned" })
        let index = Array(rows.dropFirst(dossier.events.count))
        #expect(index.count == 7)
        #expect(index.first == ["Ana Abreu", "person", "Foreign Minister (Portugal)", "Abreu, Minister Abreu", "3", "4",
                                "2024-11-13", "2025-12-31"])
        #expect(facts.links.contains("https://example.org/news/one"))
        #expect(facts.text.contains("Hội nghị ở Hà Nội — articles/hai.md · published 2024-11-20 · language vi · 3 events"))
    }

    @Test("hostile names and quotes stay text in their cells: no split cell, no markup, no javascript: link")
    func hostileText() throws {
        let dossier = ExportFixtures.hostile
        let markdown = Self.report(dossier)
        let facts = try HTMLFacts.markdown(markdown)
        #expect(!facts.tags.contains("script"))
        #expect(facts.tags.filter { $0 == "em" }.count == 1, "only the report's own \"Liaison report\"")
        for tag in ["strong", "code", "h3", "h4", "s", "del", "ul", "i", "b"] {
            #expect(!facts.tags.contains(tag), "\(tag)")
        }
        #expect(!facts.links.contains { !$0.hasPrefix("https://") }, "\(facts.links)")
        let events = Array(facts.otherRows.prefix(dossier.events.count))
        #expect(events.count == dossier.events.count)
        #expect(events.allSatisfy { $0.count == 6 })
        let text = facts.text
        for name in ExportFixtures.hostileNames {
            // Line breaks in a name become <br> in a cell, or a space in a line of text.
            let inCell = ExportFixtures.unixLines(name)
            #expect(events.contains { $0[2].contains(inCell) } || text.contains(name.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")), "\(name)")
        }
        for event in dossier.events {
            // Spaces at the edges of a cell's lines are not kept by Markdown.
            let sentence = ExportFixtures.unixLines(event.evidence[0].sentence).split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
            #expect(events.contains { $0[5].contains(sentence) }, "\(event.id): \(sentence.debugDescription) in \(events.map { $0[5] })")
        }
        #expect(facts.text.contains("Title <script>alert('t')</script> & \"quotes\""))
    }

    @Test("escaping: specials get a backslash, markup becomes references, a line start cannot open a list")
    func escaping() {
        #expect(MarkdownEscape.inline("*a* _b_ [c](d) `e` # ~f~ | !g \\") == "\\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` \\# \\~f\\~ \\| \\!g \\\\")
        #expect(MarkdownEscape.inline("<b>&amp;\"</b>") == "&lt;b&gt;&amp;amp;&quot;&lt;/b&gt;")
        #expect(MarkdownEscape.inline("- item") == "\\- item")
        #expect(MarkdownEscape.inline("2024. year") == "2024\\. year")
        #expect(MarkdownEscape.inline("a\r\nb\nc") == "a b c")
        #expect(MarkdownEscape.cell("a | b\nc") == "a \\| b<br>c")
        #expect(MarkdownEscape.destination("https://e.example/a b<c>") == "<https://e.example/a%20b%3Cc%3E>")
    }

    @Test("the same dossier gives the same text")
    func deterministic() {
        #expect(Self.report(ExportFixtures.meetings) == Self.report(ExportFixtures.meetings))
    }
}
