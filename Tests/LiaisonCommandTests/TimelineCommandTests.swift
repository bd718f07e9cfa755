import Foundation
import Testing

@Suite("liaison timeline")
struct TimelineCommandTests {
    static let events = """
        title: A week in Hanoi
        published: 2024-11-20
        source: https://example.org/hanoi
        people:
          - {name: Lan Pham, role: Minister, affiliation: Vietnam}
          - {name: Ken Ito, role: Envoy, affiliation: Japan}
          - {name: Ana Ruiz, role: Minister, affiliation: Peru}
        countries: [Vietnam, Japan, Peru]
        events:
          - {date: 2024-11-18, participants: [Lan Pham, Ken Ito], evidence: "Lan Pham met Ken Ito."}
          - {date: 2024-11-19, kind: call, participants: [Lan Pham, Ana Ruiz], evidence: "Lan Pham called Ana Ruiz."}
          - {date: 2024-12-20, kind: visit, status: planned, participants: [Lan Pham], host: Ana Ruiz, evidence: "Lan Pham will visit Ana Ruiz."}
          - {participants: [Ken Ito, Ana Ruiz], evidence: "Ken Ito and Ana Ruiz met."}
        """

    func svgText(_ result: LiaisonCommand.Result) -> String { result.standardOutputText }

    @Test("the format follows the extension: SVG, PNG, PDF, and DOT text that Graphviz reads")
    func formats() throws {
        let folder = try TemporaryFolder()
        try folder.write("hanoi.yaml", Self.events)
        for name in ["t.svg", "t.png", "t.pdf", "t.dot"] {
            let result = try LiaisonCommand.run(["timeline", "hanoi.yaml", "-o", name], in: folder.url)
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardError.isEmpty, "\(result.standardError)")
        }
        let svg = try String(contentsOf: folder.file("t.svg"), encoding: .utf8)
        #expect(svg.contains("Meets Ken Ito"))
        #expect(svg.contains("Call with Ana Ruiz"))
        #expect(try Data(contentsOf: folder.file("t.png")).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(try Data(contentsOf: folder.file("t.pdf")).starts(with: Array("%PDF-".utf8)))
        let dot = try String(contentsOf: folder.file("t.dot"), encoding: .utf8)
        #expect(dot.hasPrefix("digraph \"timeline\" {"))
        #expect(dot.contains("layout=\"dot\""))
        let rendered = try LiaisonCommand.run(["render", "t.dot", "-o", "again.svg"], in: folder.url)
        #expect(rendered.status == 0, "\(rendered.standardError)")
        #expect(try folder.contents() == ["again.svg", "hanoi.yaml", "t.dot", "t.pdf", "t.png", "t.svg"])
    }

    @Test("-o - writes SVG to standard output; --format dot writes the DOT text; - reads an article from standard input")
    func standardStreams() throws {
        let folder = try TemporaryFolder()
        try folder.write("hanoi.yaml", Self.events)
        let svg = try LiaisonCommand.run(["timeline", "hanoi.yaml", "-o", "-"], in: folder.url)
        #expect(svg.status == 0, "\(svg.standardError)")
        #expect(svg.standardOutputText.hasPrefix("<?xml"))
        let dot = try LiaisonCommand.run(["timeline", "hanoi.yaml", "-o", "-", "--format", "dot"], in: folder.url)
        #expect(dot.standardOutputText.hasPrefix("digraph"))
        let article = try Data(contentsOf: URL(fileURLWithPath: Repository.path("Examples/brussels-2024-11.vi.md")))
        let piped = try LiaisonCommand.run(["timeline", "-", "-o", "-", "--format", "dot"], input: article)
        #expect(piped.status == 0, "\(piped.standardError)")
        #expect(piped.standardOutputText.contains("Meets Andrii Sybiha"))
    }

    @Test("--from, --to, --actor and --kind choose the events")
    func filters() throws {
        let folder = try TemporaryFolder()
        try folder.write("hanoi.yaml", Self.events)
        func run(_ extra: [String]) throws -> String {
            let result = try LiaisonCommand.run(["timeline", "hanoi.yaml", "-o", "-", "--format", "dot"] + extra, in: folder.url)
            #expect(result.status == 0, "\(result.standardError)")
            return result.standardOutputText
        }
        let november = try run(["--from", "2024-11-01", "--to", "2024-11-30"])
        #expect(november.contains("Meets Ken Ito") && november.contains("Call with Ana Ruiz"))
        #expect(!november.contains("Visits Ana Ruiz") && !november.contains("Date not stated"))
        let calls = try run(["--kind", "call"])
        #expect(calls.contains("Call with Ana Ruiz") && !calls.contains("Meets Ken Ito"))
        // Ken Ito's lane comes first, so his meeting is seen from his side.
        let ito = try run(["--actor", "Ito"])
        #expect(ito.contains("Meets Lan Pham") && !ito.contains("Call with Ana Ruiz"))
        #expect(ito.contains("with Ito"))
    }

    @Test("a name that matches nobody is a warning; bad dates and kinds are errors")
    func errors() throws {
        let folder = try TemporaryFolder()
        try folder.write("hanoi.yaml", Self.events)
        let nobody = try LiaisonCommand.run(["timeline", "hanoi.yaml", "-o", "t.svg", "--actor", "Nobody"], in: folder.url)
        #expect(nobody.status == 0)
        #expect(nobody.standardError.contains("--actor 'Nobody' names nobody"))
        let badDate = try LiaisonCommand.run(["timeline", "hanoi.yaml", "-o", "t.svg", "--from", "13/11/2024"], in: folder.url)
        #expect(badDate.status != 0)
        #expect(badDate.standardError.contains("--from must be a day YYYY-MM-DD"))
        let badKind = try LiaisonCommand.run(["timeline", "hanoi.yaml", "-o", "t.svg", "--kind", "party"], in: folder.url)
        #expect(badKind.status != 0)
        #expect(badKind.standardError.contains("--kind must be one of"))
        let noExtension = try LiaisonCommand.run(["timeline", "hanoi.yaml", "-o", "drawing"], in: folder.url)
        #expect(noExtension.status != 0)
        #expect(noExtension.standardError.contains("cannot tell the output format"))
        let missing = try LiaisonCommand.run(["timeline", "missing.yaml", "-o", "t.svg"], in: folder.url)
        #expect(missing.status != 0)
        #expect(missing.standardError.contains("missing.yaml: no such file or folder"))
        #expect(try folder.contents() == ["hanoi.yaml", "t.svg"])
    }

    @Test("reads the first article itself, through extraction")
    func article() throws {
        let result = try LiaisonCommand.run(["timeline", Repository.path("Examples/brussels-2024-11.vi.md"), "-o", "-"])
        #expect(result.status == 0, "\(result.standardError)")
        let svg = result.standardOutputText
        #expect(svg.contains("Anthony Blinken"))
        #expect(svg.contains("16–17 Nov 2024 (weekend)"))
        #expect(svg.contains("Wed 13 Nov 2024"))
    }
}
