import Foundation
import Testing

@Suite("liaison render")
struct RenderCommandTests {
    static let meeting = """
        graph "meeting" {
          node [shape="box"];
          "p1" [label="Bùi Thanh Sơn"];
          "p2" [label="Anthony Blinken"];
          "p1" -- "p2" [label="13/11"];
        }

        """

    static func nodeCount(inSVG data: Data) -> Int {
        String(decoding: data, as: UTF8.self).components(separatedBy: "class=\"node\"").count - 1
    }

    @Test("renders a DOT file to SVG, PNG and PDF, the format following the extension")
    func formats() throws {
        let folder = try TemporaryFolder()
        try folder.write("meeting.dot", Self.meeting)
        for name in ["out.svg", "out.png", "out.pdf"] {
            let result = try LiaisonCommand.run(["render", "meeting.dot", "-o", name], in: folder.url)
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardError.isEmpty)
            #expect(result.standardOutput.isEmpty)
        }
        let svg = try Data(contentsOf: folder.file("out.svg"))
        #expect(Self.nodeCount(inSVG: svg) == 2)
        #expect(String(decoding: svg, as: UTF8.self).contains("Bùi Thanh Sơn"))
        #expect(try Data(contentsOf: folder.file("out.png")).starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(try Data(contentsOf: folder.file("out.pdf")).starts(with: Array("%PDF-".utf8)))
        #expect(try folder.contents() == ["meeting.dot", "out.pdf", "out.png", "out.svg"])
    }

    @Test("--format wins over the extension; --engine picks the layout")
    func formatAndEngine() throws {
        let folder = try TemporaryFolder()
        try folder.write("meeting.dot", Self.meeting)
        let result = try LiaisonCommand.run(["render", "meeting.dot", "-o", "drawing.bin", "--format", "png", "--engine", "neato"], in: folder.url)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try Data(contentsOf: folder.file("drawing.bin")).starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test("- reads standard input and writes standard output")
    func standardStreams() throws {
        let result = try LiaisonCommand.run(["render", "-", "-o", "-", "--format", "svg"], input: Data(Self.meeting.utf8))
        #expect(result.status == 0, "\(result.standardError)")
        #expect(Self.nodeCount(inSVG: result.standardOutput) == 2)

        let dot = try LiaisonCommand.run(["render", "-", "-o", "-", "--format", "dot", "--engine", "circo"], input: Data(Self.meeting.utf8))
        #expect(dot.standardOutputText.contains("pos="))
    }

    @Test("writing to standard output needs --format")
    func standardOutputNeedsFormat() throws {
        let result = try LiaisonCommand.run(["render", "-", "-o", "-"], input: Data(Self.meeting.utf8))
        #expect(result.status != 0)
        #expect(result.standardError.contains("--format"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test("bad DOT: non-zero exit, Graphviz's message with file and line, no output left behind")
    func syntaxError() throws {
        let folder = try TemporaryFolder()
        try folder.write("bad.dot", "digraph {\n  a -> b\n  c [label=\"x\"\n}\n")
        try folder.write("bad.svg", "an earlier drawing")
        let result = try LiaisonCommand.run(["render", "bad.dot", "-o", "bad.svg"], in: folder.url)
        #expect(result.status != 0)
        #expect(result.standardError == "Error: bad.dot:4: syntax error in line 4 near '}'\n")
        #expect(try String(contentsOf: folder.file("bad.svg"), encoding: .utf8) == "an earlier drawing", "the old output is untouched")
        #expect(try folder.contents() == ["bad.dot", "bad.svg"], "no temporary file is left")
    }

    @Test("no output file after a failure", arguments: [
        ("unbalanced.dot", "digraph {\n  a -> b\n", "unbalanced.dot:"),
        ("extra.dot", "digraph { a }\n}\n", "extra.dot:2: syntax error in line 2"),
        ("empty.dot", "", "empty.dot: the input is empty"),
        ("blank.dot", "  \n// nothing\n", "blank.dot: the input holds no graph"),
    ])
    func failuresLeaveNothing(name: String, text: String, message: String) throws {
        let folder = try TemporaryFolder()
        try folder.write(name, text)
        let result = try LiaisonCommand.run(["render", name, "-o", "out.svg"], in: folder.url)
        #expect(result.status != 0)
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(try folder.contents() == [name])
    }

    @Test("a binary file is refused")
    func binary() throws {
        let folder = try TemporaryFolder()
        try folder.write("picture.dot", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]))
        let result = try LiaisonCommand.run(["render", "picture.dot", "-o", "out.svg"], in: folder.url)
        #expect(result.status != 0)
        // The PNG signature holds two line feeds, so the first NUL byte is on line 3.
        #expect(result.standardError.contains("picture.dot:3: this is a binary file"), "\(result.standardError)")
        #expect(try folder.contents() == ["picture.dot"])
    }

    @Test("invalid UTF-8 is refused with its line and column")
    func invalidUTF8() throws {
        let folder = try TemporaryFolder()
        var bytes = Array("digraph {\n  a [label=\"caf".utf8)
        bytes += [0xE9]  // Latin-1 é
        bytes += Array("\"]\n}\n".utf8)
        try folder.write("latin1.dot", Data(bytes))
        let result = try LiaisonCommand.run(["render", "latin1.dot", "-o", "out.svg"], in: folder.url)
        #expect(result.status != 0)
        #expect(result.standardError.contains("latin1.dot:2: the text is not valid UTF-8 (byte 0xE9 at column 16)"), "\(result.standardError)")
        #expect(try folder.contents() == ["latin1.dot"])
    }

    @Test("a 10 MB label is refused quickly with a clear message")
    func hugeLabel() throws {
        let folder = try TemporaryFolder()
        try folder.write("huge.dot", "digraph {\n  a [label=\"" + String(repeating: "x", count: 10_000_000) + "\"]\n}\n")
        let start = ContinuousClock.now
        let result = try LiaisonCommand.run(["render", "huge.dot", "-o", "out.svg"], in: folder.url)
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(result.status != 0)
        #expect(result.standardError.contains("huge.dot:2: a string or name longer than 16384 bytes"), "\(result.standardError)")
        #expect(try folder.contents() == ["huge.dot"])
    }

    @Test("unknown engine and unknown format list what is installed")
    func unknownEngineAndFormat() throws {
        let folder = try TemporaryFolder()
        try folder.write("meeting.dot", Self.meeting)
        let engine = try LiaisonCommand.run(["render", "meeting.dot", "-o", "out.svg", "--engine", "spring"], in: folder.url)
        #expect(engine.status != 0)
        #expect(engine.standardError.contains("unknown layout engine 'spring'; installed engines: "))
        #expect(engine.standardError.contains("sfdp"))
        let format = try LiaisonCommand.run(["render", "meeting.dot", "-o", "out.xyz"], in: folder.url)
        #expect(format.status != 0)
        #expect(format.standardError.contains("unknown output format 'xyz'; installed formats: "))
        #expect(format.standardError.contains("svg"))
        let noExtension = try LiaisonCommand.run(["render", "meeting.dot", "-o", "out"], in: folder.url)
        #expect(noExtension.status != 0)
        #expect(noExtension.standardError.contains("give the file an extension"))
        #expect(try folder.contents() == ["meeting.dot"])
    }

    @Test("missing input, a folder as input, a missing output folder")
    func paths() throws {
        let folder = try TemporaryFolder()
        try folder.write("meeting.dot", Self.meeting)
        let missing = try LiaisonCommand.run(["render", "nowhere.dot", "-o", "out.svg"], in: folder.url)
        #expect(missing.status != 0)
        #expect(missing.standardError.contains("nowhere.dot: no such file"))
        let directory = try LiaisonCommand.run(["render", ".", "-o", "out.svg"], in: folder.url)
        #expect(directory.standardError.contains(".: is a folder"))
        let noFolder = try LiaisonCommand.run(["render", "meeting.dot", "-o", "no/such/folder/out.svg"], in: folder.url)
        #expect(noFolder.status != 0)
        #expect(noFolder.standardError.contains("does not exist"))
        #expect(try folder.contents() == ["meeting.dot"])
    }

    @Test("Graphviz's warnings go to standard error, naming the file; the drawing is written")
    func warnings() throws {
        let folder = try TemporaryFolder()
        try folder.write("odd.dot", "digraph {\n  a [color=\"clitest-nosuch\"]\n}\n")
        let result = try LiaisonCommand.run(["render", "odd.dot", "-o", "odd.svg"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.standardError == "odd.dot: warning: clitest-nosuch is not a known color.\n")
        #expect(Self.nodeCount(inSVG: try Data(contentsOf: folder.file("odd.svg"))) == 1)
    }

    @Test("--version and --help behave as usual")
    func versionAndHelp() throws {
        let version = try LiaisonCommand.run(["--version"])
        #expect(version.status == 0)
        #expect(version.standardOutputText == "0.1.0\n")
        let help = try LiaisonCommand.run(["--help"])
        #expect(help.status == 0)
        #expect(help.standardOutputText.contains("render"))
        let renderHelp = try LiaisonCommand.run(["render", "--help"])
        #expect(renderHelp.status == 0)
        #expect(renderHelp.standardOutputText.contains("--engine"))
        #expect(renderHelp.standardOutputText.contains("--format"))
        let noArguments = try LiaisonCommand.run(["render"])
        #expect(noArguments.status != 0)
    }
}
