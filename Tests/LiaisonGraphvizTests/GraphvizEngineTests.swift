import LiaisonGraphviz
import Testing

@Suite("Engines and formats")
struct GraphvizEngineTests {
    @Test("a file name's extension gives the format", arguments: [
        ("out.svg", "svg"), ("OUT.PNG", "png"), ("a/b.c/report.pdf", "pdf"), ("x.gv", "dot"), ("x.dot", "dot"),
        ("x.jpeg", "jpg"), ("x.json", "json"),
    ])
    func fromExtension(path: String, format: String) {
        #expect(OutputFormat(fileExtensionOf: path) == OutputFormat(format))
    }

    @Test("no extension, no format", arguments: ["out", "a.b/out", ".hidden", "trailing.", "-"])
    func noExtension(path: String) {
        #expect(OutputFormat(fileExtensionOf: path) == nil)
    }
}
