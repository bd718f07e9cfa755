import Foundation
import LiaisonCore
import Testing
@testable import LiaisonRender

/// The HTML report opened in a real browser (headless Chromium): what it built from the page,
/// and pictures of it on a desktop screen, a phone and A4 paper.
///
/// Set `LIAISON_REPORT_SCREENSHOTS=/some/folder` to keep the report, the screenshots and the
/// printed pages for a look.
@Suite("HTML report in a browser", .serialized)
struct ReportBrowserTests {
    final class Page {
        let folder: ScratchFolder
        let path: String
        let keep: String?
        let timelineNodes: Int
        let networkNodes: Int

        init(_ dossier: Dossier, name: String) throws {
            let timeline = try ReportDrawings.timeline(dossier)
            let network = try ReportDrawings.network(dossier)
            let html = try HTMLReport(dossier: dossier, timelineSVG: timeline.svg, networkSVG: network.svg).data()
            let folder = try ScratchFolder()
            let path = try folder.write("\(name).html", html)
            let keep = ProcessInfo.processInfo.environment["LIAISON_REPORT_SCREENSHOTS"]
            if let keep {
                try FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
                try? FileManager.default.removeItem(atPath: keep + "/\(name).html")
                try FileManager.default.copyItem(atPath: path, toPath: keep + "/\(name).html")
            }
            self.folder = folder
            self.path = path
            self.keep = keep
            timelineNodes = timeline.nodes
            networkNodes = network.nodes
        }

        /// Where to write a picture: the kept folder, or the scratch folder.
        func output(_ name: String) -> String {
            (keep ?? folder.url.path) + "/" + name
        }
    }

    @Test("Chromium's DOM has both drawings with their nodes and one table row per event; no script ran")
    func dom() throws {
        for (name, dossier) in [("meetings", ExportFixtures.meetings), ("hostile", ExportFixtures.hostile)] {
            let page = try Page(dossier, name: name)
            let chromium = try HeadlessChromium(profile: page.folder.path("profile"))
            let dom = try chromium.dom(of: page.path)
            let facts = try HTMLFacts(html: dom)
            #expect(facts.drawings["timeline"] == 1 && facts.drawings["network"] == 1, "\(name)")
            #expect(facts.drawingNodes["timeline"] == page.timelineNodes, "\(name)")
            #expect(facts.drawingNodes["network"] == page.networkNodes, "\(name)")
            #expect(page.timelineNodes > 0 && page.networkNodes > 0)
            #expect(facts.eventRows.count == dossier.events.count, "\(name)")
            #expect(!facts.tags.contains("script"), "\(name)")
            let text = ExportFixtures.unixLines(facts.text)
            for entity in dossier.entities where entity.type != .place {
                #expect(text.contains(ExportFixtures.unixLines(entity.name)), "\(name): \(entity.name)")
            }
        }
    }

    @Test("screenshots on a desktop and a phone, and the page printed on A4")
    func pictures() throws {
        let page = try Page(ExportFixtures.meetings, name: "report")
        let chromium = try HeadlessChromium(profile: page.folder.path("profile"))
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        for (name, width, height) in [("desktop.png", 1280, 2600), ("phone.png", 390, 4200)] {
            let file = page.output(name)
            try chromium.screenshot(of: page.path, to: file, width: width, height: height)
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            #expect(data.starts(with: png), "\(name)")
            // The PNG's width is the window's (IHDR, bytes 16–19): nothing overflows sideways.
            let w = data.count > 24 ? Int(data[16]) << 24 | Int(data[17]) << 16 | Int(data[18]) << 8 | Int(data[19]) : 0
            #expect(w == width, "\(name)")
        }

        let pdf = page.output("report.pdf")
        try chromium.printToPDF(page.path, to: pdf)
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)).starts(with: Array("%PDF-".utf8)))
        #expect(ExternalProgram.exists("pdfinfo"), "pdfinfo (poppler-utils) is missing: run LIAISON_WITH_BROWSER=1 scripts/setup.sh")
        let info = try ExternalProgram.run(["pdfinfo", pdf])
        #expect(info.text.contains("(A4)"), "\(info.text)")
        let pages = info.text.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
        #expect(pages >= 2)
        let render = try ExternalProgram.run(["pdftoppm", "-png", "-r", "60", pdf, page.output("print")])
        #expect(render.status == 0, "\(render.standardError)")
    }
}
