import Foundation
import LiaisonCore
import LiaisonGraphviz
import LiaisonRender
import Testing

/// What an HTML parser (Python's `html.parser`) finds in a page: elements, text, links, the
/// drawings' nodes and the event table's rows. Used on our HTML, on Markdown rendered by
/// markdown-it-py, and on the DOM that Chromium dumps.
struct HTMLFacts {
    /// Every start tag's name, in order.
    var tags: [String]
    /// All text, as the parser decodes it (character references resolved).
    var text: String
    /// `href` of every `a`.
    var links: [String]
    /// Every `src` attribute (there should be none: nothing is fetched).
    var sources: [String]
    /// Every `id`, in order.
    var ids: [String]
    /// `g` elements with class `node`, per section id (`timeline`, `network`).
    var drawingNodes: [String: Int]
    /// `svg` elements per section id.
    var drawings: [String: Int]
    /// Rows in the body of `table.events`, and the cells of each.
    var eventRows: [[String]]
    /// Rows of the other tables' bodies, each row's cells.
    var otherRows: [[String]]
    var title: String
    /// Text of `img` alt attributes and their `src`.
    var images: [[String]]
    /// Each `<svg>…</svg>` of the source parsed by an XML parser: `ok` or the error.
    var svgWellFormed: [String]

    static let script = #"""
        import json, re, sys
        import xml.etree.ElementTree as ET
        from html.parser import HTMLParser
        VOID = {"area","base","br","col","embed","hr","img","input","link","meta","source","track","wbr"}
        class Facts(HTMLParser):
            def __init__(self):
                super().__init__(convert_charrefs=True)
                self.stack, self.tags, self.text, self.links, self.srcs, self.ids = [], [], [], [], [], []
                self.nodes, self.svgs, self.rows, self.other, self.title, self.images = {}, {}, [], [], "", []
                self.section, self.cell, self.in_title, self.row, self.table = None, None, False, None, None
            def handle_starttag(self, tag, attrs):
                a = dict(attrs)
                self.tags.append(tag)
                if "id" in a: self.ids.append(a["id"])
                if "src" in a: self.srcs.append(a["src"])
                if tag == "a": self.links.append(a.get("href"))
                if tag == "img": self.images.append([a.get("alt"), a.get("src")])
                if tag == "section": self.section = a.get("id")
                if tag == "svg": self.svgs[self.section] = self.svgs.get(self.section, 0) + 1
                if tag == "g" and "node" in (a.get("class") or "").split():
                    self.nodes[self.section] = self.nodes.get(self.section, 0) + 1
                if tag == "table": self.table = "events" if "events" in (a.get("class") or "").split() else "other"
                if tag == "tr" and "tbody" in self.stack: self.row = []
                if tag in ("td", "th") and self.row is not None: self.cell = []
                if tag == "title" and "svg" not in self.stack: self.in_title = True
                if tag == "br" and self.cell is not None: self.cell.append("\n")
                if tag not in VOID: self.stack.append(tag)
            def handle_startendtag(self, tag, attrs):
                self.handle_starttag(tag, attrs)
                if tag not in VOID and self.stack and self.stack[-1] == tag: self.stack.pop()
            def handle_endtag(self, tag):
                if tag in ("td", "th") and self.cell is not None and self.row is not None:
                    self.row.append("".join(self.cell)); self.cell = None
                if tag == "tr" and self.row is not None:
                    (self.rows if self.table == "events" else self.other).append(self.row); self.row = None
                if tag == "title": self.in_title = False
                if tag == "section": self.section = None
                if tag in self.stack:
                    while self.stack and self.stack.pop() != tag: pass
            def handle_data(self, data):
                self.text.append(data)
                if self.cell is not None: self.cell.append(data)
                if self.in_title: self.title += data
        source = open(sys.argv[1], encoding="utf-8").read()
        p = Facts(); p.feed(source); p.close()
        svgs = []
        for m in re.finditer(r"<svg\b.*?</svg>", source, re.S):
            try:
                ET.fromstring(m.group(0)); svgs.append("ok")
            except ET.ParseError as e:
                svgs.append(str(e))
        print(json.dumps({"tags": p.tags, "text": "".join(p.text), "links": p.links, "sources": p.srcs,
            "ids": p.ids, "nodes": p.nodes, "svgs": {str(k): v for k, v in p.svgs.items()}, "rows": p.rows,
            "other": p.other, "title": p.title, "images": p.images, "svg_xml": svgs}))
        """#

    init(html: String) throws {
        let folder = try ScratchFolder()
        let path = try folder.write("page.html", Data(html.utf8))
        let o = try #require(try PythonReader.json(Self.script, modules: ["html.parser"], arguments: [path]) as? [String: Any])
        tags = o["tags"] as? [String] ?? []
        text = o["text"] as? String ?? ""
        links = (o["links"] as? [Any])?.compactMap { $0 as? String } ?? []
        sources = o["sources"] as? [String] ?? []
        ids = o["ids"] as? [String] ?? []
        drawingNodes = o["nodes"] as? [String: Int] ?? [:]
        drawings = o["svgs"] as? [String: Int] ?? [:]
        eventRows = o["rows"] as? [[String]] ?? []
        otherRows = o["other"] as? [[String]] ?? []
        title = o["title"] as? String ?? ""
        images = o["images"] as? [[String]] ?? []
        svgWellFormed = o["svg_xml"] as? [String] ?? []
    }

    /// Markdown rendered to HTML by markdown-it-py (CommonMark with GitHub's tables).
    static func markdown(_ markdown: String) throws -> HTMLFacts {
        let folder = try ScratchFolder()
        let path = try folder.write("report.md", Data(markdown.utf8))
        let script = """
            import json, sys
            from markdown_it import MarkdownIt
            print(json.dumps(MarkdownIt("commonmark").enable("table").enable("strikethrough").render(open(sys.argv[1], encoding="utf-8").read())))
            """
        let html = try #require(try PythonReader.json(script, modules: ["markdown_it"], arguments: [path]) as? String)
        return try HTMLFacts(html: html)
    }
}

/// Stand-in drawings for report tests, until the timeline and network renderers land: a small
/// DOT per dossier laid out by the real Graphviz, so the report gets real Graphviz SVG (an XML
/// prolog, a doctype, a comment, `id`s on every group) with one `g.node` per event or actor.
enum ReportDrawings {
    static func timeline(_ dossier: Dossier) throws -> (svg: Data, nodes: Int) {
        let timeline = Timeline(dossier: dossier)
        var dot = "digraph \"timeline\" {\n  rankdir=\"LR\";\n  node [shape=\"box\", fontname=\"DejaVu Sans\"];\n"
        let dated = Array(timeline.dated)
        for (i, entry) in dated.enumerated() {
            let label = ReportDate(entry.span).fullText + "\n" + (entry.event.summary ?? entry.event.kind.rawValue)
            dot += "  \"t\(i)\" [label=\(DOTWriter.quoted(label))];\n"
            if i > 0 { dot += "  \"t\(i - 1)\" -> \"t\(i)\";\n" }
        }
        dot += "}\n"
        return (try GraphvizRenderer.shared.render(dot: dot, format: .svg).data, dated.count)
    }

    static func network(_ dossier: Dossier) throws -> (svg: Data, nodes: Int) {
        let network = MeetingNetwork(dossier: dossier)
        var index: [String: Int] = [:]
        var dot = "graph \"network\" {\n  layout=\"neato\";\n  overlap=\"false\";\n  node [shape=\"ellipse\", fontname=\"DejaVu Sans\"];\n"
        for (i, node) in network.nodes.enumerated() {
            index[node.id] = i
            dot += "  \"p\(i)\" [label=\(DOTWriter.quoted(node.name))];\n"
        }
        for link in network.links {
            dot += "  \"p\(index[link.source]!)\" -- \"p\(index[link.target]!)\" [label=\"\(link.count)\"];\n"
        }
        for (k, g) in network.gatherings.enumerated() {
            dot += "  \"g\(k)\" [shape=\"point\", width=\"0.12\"];\n"
            for m in g.members { dot += "  \"g\(k)\" -- \"p\(index[m]!)\";\n" }
        }
        dot += "}\n"
        return (try GraphvizRenderer.shared.render(dot: dot, format: .svg).data, network.nodes.count + network.gatherings.count)
    }
}
