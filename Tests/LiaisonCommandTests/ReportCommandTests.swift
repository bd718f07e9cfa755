import Foundation
import LiaisonCore
import Testing

/// `liaison report` end to end: the built binary on real files.
@Suite("liaison report")
struct ReportCommandTests {
    @Test("report.html: one self-contained page with a row per event, the index and the sources")
    func html() throws {
        let folder = try TemporaryFolder()
        let result = try LiaisonCommand.run(["report", ExportCommandTests.eventsFile, "-o", "report.html"], in: folder.url)
        #expect(result.status == 0, "\(result.standardError)")
        let html = try String(contentsOf: folder.file("report.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<h1><bdi>Blinken in Brussels, then Peru and Brazil</bdi></h1>"))
        #expect(html.components(separatedBy: "<tr id=\"event-").count - 1 == 5)
        #expect(html.contains("<th scope=\"row\"><bdi>Kaja Kallas</bdi></th>"))
        #expect(html.contains("16–17 Nov 2024</time><span class=\"precision\">weekend</span>"))
        // Either drawn (inline SVG) or said to be missing; never fetched from anywhere.
        #expect(html.contains("<svg") || html.contains("class=\"missing\""))
        #expect(!html.contains("<script") && !html.contains(" src="))
        #expect(try folder.contents() == ["report.html"])
    }

    @Test("report.md: Markdown, with the drawings it references written beside it")
    func markdown() throws {
        let folder = try TemporaryFolder()
        let result = try LiaisonCommand.run(["report", ExportCommandTests.article, "-o", "brief.md"], in: folder.url)
        #expect(result.status == 0, "\(result.standardError)")
        let markdown = try String(contentsOf: folder.file("brief.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("# "))
        #expect(markdown.contains("| Date | Kind | Participants | Place | Status | Evidence |"))
        #expect(markdown.contains("## Sources"))
        var images: [String] = []
        for name in ["brief.timeline.svg", "brief.network.svg"] where markdown.contains("](<\(name)>)") {
            images.append(name)
            let svg = try String(contentsOf: folder.file(name), encoding: .utf8)
            #expect(svg.contains("<svg"), "\(name)")
        }
        #expect(try folder.contents() == (["brief.md"] + images).sorted())
    }

    @Test("the format follows the extension or --format; standard output needs --format")
    func formats() throws {
        let folder = try TemporaryFolder()
        let md = try LiaisonCommand.run(["report", ExportCommandTests.eventsFile, "-o", "-", "--format", "md"], in: folder.url)
        #expect(md.status == 0, "\(md.standardError)")
        #expect(md.standardOutputText.hasPrefix("# Blinken in Brussels, then Peru and Brazil\n"))
        let titled = try LiaisonCommand.run(["report", ExportCommandTests.eventsFile, "-o", "-", "--format", "html",
                                             "--title", "<b>Brussels</b>"], in: folder.url)
        #expect(titled.standardOutputText.contains("<title>&lt;b&gt;Brussels&lt;/b&gt;</title>"))
        let noFormat = try LiaisonCommand.run(["report", ExportCommandTests.eventsFile, "-o", "-"], in: folder.url)
        #expect(noFormat.status != 0 && noFormat.standardError.contains("--format html"))
        let pdf = try LiaisonCommand.run(["report", ExportCommandTests.eventsFile, "-o", "report.pdf"], in: folder.url)
        #expect(pdf.status != 0 && pdf.standardError.contains("report.pdf: a report is .html or .md"))
        #expect(try folder.contents().isEmpty)
    }
}
