import Foundation
import LiaisonCore
import Testing
@testable import LiaisonRender

@Suite("TimelineJS export")
struct TimelineJSExportTests {
    /// Reads the JSON and turns the HTML of headlines, texts and groups back into text, as a
    /// browser showing TimelineJS would (Python's HTML parser).
    static let read = """
        import json, sys
        from html.parser import HTMLParser
        class Text(HTMLParser):
            def __init__(self):
                super().__init__(convert_charrefs=True)
                self.parts, self.tags, self.links = [], [], []
            def handle_starttag(self, tag, attrs):
                self.tags.append(tag)
                if tag == "a": self.links.append(dict(attrs).get("href"))
            def handle_data(self, data): self.parts.append(data)
        def text(html):
            p = Text(); p.feed(html); p.close()
            return {"text": "".join(p.parts), "tags": p.tags, "links": p.links}
        data = json.load(open(sys.argv[1], encoding="utf-8"))
        for slide in [data["title"]] + data["events"]:
            slide["text"]["headline"] = text(slide["text"]["headline"])
            slide["text"]["text"] = text(slide["text"]["text"])
            if "group" in slide: slide["group"] = text(slide["group"])
        print(json.dumps(data))
        """

    func read(_ data: Data) throws -> [String: Any] {
        let folder = try ScratchFolder()
        let path = try folder.write("x.timeline.json", data)
        return try #require(try PythonReader.json(Self.read, modules: ["json"], arguments: [path]) as? [String: Any])
    }

    @Test("one slide per dated event, dates as parts that keep the precision, a title slide")
    func slides() throws {
        let json = try read(TimelineJSExport.data(ExportFixtures.meetings))
        let title = try #require(json["title"] as? [String: Any])
        let titleText = try #require(title["text"] as? [String: Any])
        #expect((titleText["headline"] as? [String: Any])?["text"] as? String == "Ana Abreu, Bruno Costa and others")
        #expect(((titleText["text"] as? [String: Any])?["text"] as? String)?.contains("2 undated events are not shown") == true)
        let events = try #require(json["events"] as? [[String: Any]])
        #expect(events.count == 5)
        func slide(_ id: String) -> [String: Any]? { events.first { $0["unique_id"] as? String == "event-" + id } }
        #expect(slide("e1")?["start_date"] as? [String: Int] == ["year": 2024, "month": 11, "day": 13])
        #expect(slide("e1")?["end_date"] == nil)
        #expect(slide("e2")?["start_date"] as? [String: Int] == ["year": 2024, "month": 11, "day": 16])
        #expect(slide("e2")?["end_date"] as? [String: Int] == ["year": 2024, "month": 11, "day": 17])
        #expect(slide("e2")?["display_date"] as? String == "16–17 Nov 2024 (weekend)")
        #expect(slide("e3")?["start_date"] as? [String: Int] == ["year": 2024, "month": 12], "a month has no day")
        #expect(slide("e3")?["end_date"] == nil)
        #expect(slide("e6")?["start_date"] as? [String: Int] == ["year": 2025], "a year has neither month nor day")
        // Groups are the main actors (timeline lanes).
        #expect(((slide("e1")?["group"] as? [String: Any])?["text"] as? String) == "Ana Abreu")
        #expect(((slide("e5")?["group"] as? [String: Any])?["text"] as? String) == "Đặng Thu Hà")
        let text = try #require((slide("e1")?["text"] as? [String: Any])?["text"] as? [String: Any])
        #expect((text["text"] as? String)?.contains("Ana Abreu met Bruno Costa in Brussels on Wednesday.") == true)
        #expect(text["links"] as? [String] == ["https://example.org/news/one"])
        #expect(((slide("e2")?["text"] as? [String: Any])?["headline"] as? [String: Any])?["text"] as? String
                == "Talks: Ana Abreu, Bruno Costa")
    }

    @Test("hostile names show as text: no markup but ours, no javascript: link")
    func hostileText() throws {
        let dossier = ExportFixtures.hostile
        let json = try read(TimelineJSExport.data(dossier))
        let events = try #require(json["events"] as? [[String: Any]])
        #expect(events.count == dossier.events.count - 1)
        let ours: Set<String> = ["p", "b", "blockquote", "a"]
        for (slide, event) in zip(events, dossier.events.filter { $0.resolvedTime != nil }) {
            let text = try #require(slide["text"] as? [String: Any])
            let headline = try #require(text["headline"] as? [String: Any])
            #expect(headline["text"] as? String == event.summary)
            #expect((headline["tags"] as? [String])?.isEmpty == true)
            let body = try #require(text["text"] as? [String: Any])
            #expect(Set(body["tags"] as? [String] ?? []).isSubset(of: ours))
            #expect((body["text"] as? String)?.contains(event.evidence[0].sentence) == true)
            for link in body["links"] as? [String] ?? [] { #expect(link.hasPrefix("https://")) }
        }
        let groups = Set(events.compactMap { ($0["group"] as? [String: Any])?["text"] as? String })
        #expect(groups.contains(ExportFixtures.hostileNames[1]))
    }
}
