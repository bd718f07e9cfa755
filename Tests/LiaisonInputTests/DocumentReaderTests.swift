import Foundation
import LiaisonCore
import Testing

@testable import LiaisonInput

@Suite struct DocumentReaderTests {
    let folder = TempFolder()
    let reader = DocumentReader()

    @Test func plainTextTakesItsIdFromTheFileName() throws {
        let url = folder.write("Hội đàm Brussels 2024.vi.txt", "Ngày 13/11, hai ngoại trưởng gặp nhau.\r\nHọ bàn về viện trợ.")
        let docs = try reader.read(contentsOf: url)
        #expect(docs.count == 1)
        #expect(docs[0].id == "hoi-dam-brussels-2024-vi")
        #expect(docs[0].text == "Ngày 13/11, hai ngoại trưởng gặp nhau.\nHọ bàn về viện trợ.")
        #expect(docs[0].published == nil)
        #expect(docs[0].language == nil)
        #expect(docs[0].source == url.path)
    }

    @Test func textIsNormalisedToNFC() throws {
        // "Hà Nội" written with combining marks (NFD).
        let decomposed = "Ha\u{0300} No\u{0302}\u{0323}i"
        let url = folder.write("nfd.txt", "\u{FEFF}Thủ đô \(decomposed).")
        let doc = try reader.read(contentsOf: url)[0]
        #expect(doc.text == "Thủ đô Hà Nội.")
        #expect(doc.text.unicodeScalars.count == "Thủ đô Hà Nội.".precomposedStringWithCanonicalMapping.unicodeScalars.count)
        #expect(!doc.text.unicodeScalars.contains { $0.value >= 0x300 && $0.value <= 0x36F })
    }

    @Test func markdownWithFrontMatter() throws {
        let url = folder.write(
            "talks.md",
            """
            ---
            title: Ngoại trưởng gặp người đồng cấp
            published: 2024-11-14
            source: https://example.org/talks
            lang: vi
            ---
            # Tiêu đề trong bài

            Ngày 13/11, **hai bên** đã gặp nhau tại [Brussels](https://example.org/brussels).

            - Viện trợ quân sự
            - Năng lượng
            """)
        let doc = try reader.read(contentsOf: url)[0]
        #expect(doc.id == "talks")
        #expect(doc.title == "Ngoại trưởng gặp người đồng cấp")
        #expect(doc.published == Day(2024, 11, 14))
        #expect(doc.source == "https://example.org/talks")
        #expect(doc.language == "vi")
        #expect(doc.text == "Tiêu đề trong bài\n\nNgày 13/11, hai bên đã gặp nhau tại Brussels.\n\nViện trợ quân sự\nNăng lượng")
    }

    @Test func markdownWithoutFrontMatterTakesItsTitleFromTheFirstHeading() throws {
        let url = folder.write("note.md", "# Talks in Oslo\n\nThe envoys met *on Tuesday*.\n")
        let doc = try reader.read(contentsOf: url)[0]
        #expect(doc.title == "Talks in Oslo")
        #expect(doc.text == "Talks in Oslo\n\nThe envoys met on Tuesday.")
        #expect(doc.published == nil)
    }

    @Test func aBadDateInFrontMatterNamesItsLine() {
        let url = folder.write("bad.md", "---\ntitle: Talks\npublished: 13/11/2024\n---\nText.\n")
        #expect {
            _ = try reader.read(contentsOf: url)
        } throws: { error in
            guard let e = error as? InputError else { return false }
            return e.kind == .badDate && e.line == 3 && e.file == url.path && e.description.contains(":3:")
        }
    }

    @Test func brokenYAMLIsAFrontMatterError() {
        let url = folder.write("broken.md", "---\ntitle: [unclosed\n---\nText.\n")
        #expect {
            _ = try reader.read(contentsOf: url)
        } throws: { error in
            (error as? InputError)?.kind == .badFrontMatter
        }
    }

    @Test func documentJSONKeepsItsFieldsAndIgnoresOthers() throws {
        let url = folder.write(
            "doc.json",
            #"{"id": "vi-07", "title": "Gặp gỡ", "published": "2024-11-14", "lang": "vi", "source": "https://example.org/a", "text": "Ngày 13/11 hai bên gặp nhau.", "entities": []}"#
        )
        let doc = try reader.read(contentsOf: url)[0]
        #expect(doc == Document(id: "vi-07", title: "Gặp gỡ", source: "https://example.org/a", published: Day(2024, 11, 14), language: "vi", text: "Ngày 13/11 hai bên gặp nhau."))
    }

    @Test func documentJSONWithoutIdUsesTheFileName() throws {
        let url = folder.write("Untitled Article.json", #"{"text": "Hello.", "published": null, "title": null}"#)
        let doc = try reader.read(contentsOf: url)[0]
        #expect(doc.id == "untitled-article")
        #expect(doc.published == nil)
        #expect(doc.title == nil)
    }

    @Test func jsonThatIsNotADocumentIsRefused() {
        let url = folder.write("extraction.json", #"{"document": {"id": "x"}, "events": []}"#)
        #expect {
            _ = try reader.read(contentsOf: url)
        } throws: { error in
            guard let e = error as? InputError else { return false }
            return e.kind == .notADocument && e.message.contains("text")
        }
        let number = folder.write("number.json", "42")
        #expect(throws: InputError.self) { _ = try reader.read(contentsOf: number) }
    }

    @Test func invalidJSONIsReported() {
        let url = folder.write("broken.json", "{\"text\": \"a\",\n \"id\": }")
        #expect {
            _ = try reader.read(contentsOf: url)
        } throws: { error in
            (error as? InputError)?.kind == .invalidJSON
        }
    }

    @Test func aBadPublishedDateInJSONIsReported() {
        let url = folder.write("date.json", #"{"text": "a", "published": "November 13"}"#)
        #expect {
            _ = try reader.read(contentsOf: url)
        } throws: { error in
            guard let e = error as? InputError else { return false }
            return e.kind == .badDate && e.message.contains("November 13")
        }
    }

    @Test func publishedMayCarryATime() throws {
        let url = folder.write("time.json", #"{"text": "a", "published": "2024-11-14T08:30:00+07:00"}"#)
        #expect(try reader.read(contentsOf: url)[0].published == Day(2024, 11, 14))
    }

    @Test func jsonLinesGiveOneDocumentPerLineAndNameTheBadLine() throws {
        let good = folder.write(
            "batch.jsonl",
            """
            {"id": "a", "text": "First.", "lang": "en"}

            {"text": "Second.", "published": "2024-01-02"}
            """)
        let docs = try reader.read(contentsOf: good)
        #expect(docs.map(\.id) == ["a", "batch-3"])
        #expect(docs[1].published == Day(2024, 1, 2))
        let bad = folder.write("bad.jsonl", "{\"text\": \"ok\"}\n{\"title\": \"no text\"}\n")
        #expect {
            _ = try reader.read(contentsOf: bad)
        } throws: { error in
            guard let e = error as? InputError else { return false }
            return e.kind == .notADocument && e.line == 2 && e.description.hasPrefix(bad.path + ":2:")
        }
        let broken = folder.write("broken.jsonl", "{\"text\": \"ok\"}\n{\"text\": \n")
        #expect {
            _ = try reader.read(contentsOf: broken)
        } throws: { error in
            guard let e = error as? InputError else { return false }
            return e.kind == .invalidJSON && e.line == 2
        }
    }

    @Test func invalidUTF8IsReportedWithItsLine() {
        var bytes = Data("Dòng một.\nDòng hai ".utf8)
        bytes.append(contentsOf: [0xC3, 0x28])  // a broken two-byte sequence
        bytes.append(contentsOf: Data(" tiếp.\n".utf8))
        let url = folder.write("latin.txt", bytes)
        #expect {
            _ = try reader.read(contentsOf: url)
        } throws: { error in
            guard let e = error as? InputError else { return false }
            return e.kind == .invalidUTF8 && e.line == 2 && e.message.contains("0xC3")
        }
    }

    @Test func aMissingFileIsUnreadable() {
        #expect {
            _ = try reader.read(contentsOf: folder.url.appendingPathComponent("nowhere.txt"))
        } throws: { error in
            guard let e = error as? InputError else { return false }
            return e.kind == .unreadable && e.message == "no such file"
        }
    }

    @Test func overridesReplaceWhatTheFileSays() throws {
        let url = folder.write("o.json", #"{"text": "Hi.", "published": "2020-01-01", "lang": "en"}"#)
        let docs = try DocumentReader(published: Day(2024, 11, 14), language: "vi").read(contentsOf: url)
        #expect(docs[0].published == Day(2024, 11, 14))
        #expect(docs[0].language == "vi")
    }

    @Test func htmlFilesBecomeArticleText() throws {
        let url = folder.write(
            "page.html",
            """
            <!doctype html><html lang="en-GB"><head><title>Envoys meet</title>
            <meta property="article:published_time" content="2024-11-14T09:00:00Z">
            <link rel="canonical" href="https://example.org/envoys"></head>
            <body><nav>Home | World</nav><p>The envoys met on Wednesday.</p></body></html>
            """)
        let doc = try reader.read(contentsOf: url)[0]
        #expect(doc.title == "Envoys meet")
        #expect(doc.published == Day(2024, 11, 14))
        #expect(doc.source == "https://example.org/envoys")
        #expect(doc.language == "en")
        #expect(doc.text == "The envoys met on Wednesday.")
    }

    @Test func dataWithoutAKnownExtensionIsSniffed() throws {
        let json = try reader.read(data: Data(#"{"text": "From stdin."}"#.utf8), name: "-")
        #expect(json.map(\.id) == ["stdin"])
        #expect(json[0].text == "From stdin.")
        let lines = try reader.read(data: Data("{\"text\": \"a\"}\n{\"text\": \"b\"}\n".utf8), name: "-")
        #expect(lines.map(\.text) == ["a", "b"])
        let html = try reader.read(data: Data("<html><body><p>Xin chào.</p></body></html>".utf8), name: "-")
        #expect(html[0].text == "Xin chào.")
        let text = try reader.read(data: Data("Just words.".utf8), name: "-")
        #expect(text[0].text == "Just words.")
    }

    @Test func foldersListSupportedFilesInPathOrder() {
        folder.write("b.txt", "b")
        folder.write("a/z.md", "z")
        folder.write("a/c.json", "{}")
        folder.write("image.png", "x")
        folder.write(".hidden.txt", "h")
        let names = DocumentReader.files(in: folder.url).map { $0.path.replacingOccurrences(of: folder.url.path + "/", with: "") }
        #expect(names == ["a/c.json", "a/z.md", "b.txt"])
    }
}
