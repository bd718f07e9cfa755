import Foundation
import Testing

@Suite("liaison network")
struct NetworkCommandTests {
    static func nodes(_ svg: String) -> Int { svg.components(separatedBy: "class=\"node\"").count - 1 }
    static func edges(_ svg: String) -> Int { svg.components(separatedBy: "class=\"edge\"").count - 1 }

    @Test("the hand-written first article: five people, four meetings from Blinken, a legend")
    func example() throws {
        let result = try LiaisonCommand.run(["network", Repository.path("Examples/brussels-2024-11.events.yaml"), "-o", "-"])
        #expect(result.status == 0, "\(result.standardError)")
        let svg = result.standardOutputText
        #expect(Self.nodes(svg) == 5)
        #expect(Self.edges(svg) == 4)
        for name in ["Anthony Blinken", "Mark Rutte", "Josep Borrell", "Kaja Kallas", "Andrii Sybiha", "Colour = affiliation:"] {
            #expect(svg.contains(name), "\(name)")
        }
        #expect(!svg.contains(">Peru<"))
    }

    @Test("--actor and --depth keep one actor's part; an actor not in the network is an error")
    func ego() throws {
        let yaml = Repository.path("Examples/brussels-2024-11.events.yaml")
        let sybiha = try LiaisonCommand.run(["network", yaml, "-o", "-", "--format", "dot", "--actor", "Sybiha", "--depth", "1"])
        #expect(sybiha.status == 0, "\(sybiha.standardError)")
        #expect(sybiha.standardOutputText.contains("Meetings of Andrii Sybiha"))
        let svg = try LiaisonCommand.run(["network", yaml, "-o", "-", "--actor", "Sybiha", "--depth", "1"])
        #expect(Self.nodes(svg.standardOutputText) == 2)
        let two = try LiaisonCommand.run(["network", yaml, "-o", "-", "--actor", "Sybiha", "--depth", "2"])
        #expect(Self.nodes(two.standardOutputText) == 5)
        let nobody = try LiaisonCommand.run(["network", yaml, "-o", "-", "--actor", "Nobody"])
        #expect(nobody.status != 0)
        #expect(nobody.standardError.contains("'Nobody' is not in the meeting network"))
    }

    @Test("--engine overrides the choice by size, and an unknown engine lists the installed ones")
    func engine() throws {
        let yaml = Repository.path("Examples/brussels-2024-11.events.yaml")
        for engine in ["dot", "neato", "fdp", "sfdp", "circo"] {
            let result = try LiaisonCommand.run(["network", yaml, "-o", "-", "--engine", engine])
            #expect(result.status == 0, "\(engine): \(result.standardError)")
            #expect(Self.nodes(result.standardOutputText) == 5)
        }
        let dot = try LiaisonCommand.run(["network", yaml, "-o", "-", "--format", "dot", "--engine", "neato"])
        #expect(dot.standardOutputText.contains("layout=\"neato\""))
        let bad = try LiaisonCommand.run(["network", yaml, "-o", "-", "--engine", "nope"])
        #expect(bad.status != 0)
        #expect(bad.standardError.contains("unknown layout engine 'nope'"))
        #expect(bad.standardError.contains("sfdp"))
    }

    @Test("an atomic write: a failed render leaves an existing file as it was")
    func atomic() throws {
        let folder = try TemporaryFolder()
        try folder.write("n.svg", "old")
        let result = try LiaisonCommand.run(
            ["network", Repository.path("Examples/brussels-2024-11.events.yaml"), "-o", "n.svg", "--engine", "nope"], in: folder.url)
        #expect(result.status != 0)
        #expect(try String(contentsOf: folder.file("n.svg"), encoding: .utf8) == "old")
        #expect(try folder.contents() == ["n.svg"])
    }
}
