/// The readable text of an HTML page and the metadata a news page carries.
///
/// A small, tolerant reader (no DOM): it drops what is not the article (`script`, `style`,
/// `nav`, `header`, `footer`, `aside`, `form` and a few more), turns block elements into
/// paragraphs separated by a blank line, collapses white space and decodes character references
/// (`&amp;`, `&#233;`, `&#x1EA1;`, `&nbsp;`…). When the page has an `<article>` (or else a
/// `<main>`) with real text in it, only that is kept.
///
/// ```swift
/// let page = HTMLText(html: "<title>Talks</title><p>Ngày 13/11 hai bên gặp nhau.</p>")
/// page.title  // "Talks"
/// page.text   // "Ngày 13/11 hai bên gặp nhau."
/// ```
public struct HTMLText: Sendable, Hashable {
    /// The text, paragraphs separated by a blank line.
    public var text: String
    /// `<title>`, or the `og:title` meta property.
    public var title: String?
    /// The published date or time as the page writes it (`article:published_time`,
    /// `<time datetime>`…); the caller parses it.
    public var published: String?
    /// `og:url`, or the canonical link.
    public var url: String?
    /// The `lang` attribute of `<html>`, lowercased, without region ("vi" for "vi-VN").
    public var language: String?

    public init(html: String) {
        var reader = HTMLReader(Array(html.utf8))
        reader.run()
        text = reader.chosenText()
        title = reader.title ?? reader.ogTitle
        published = reader.published ?? reader.timeDatetime
        url = reader.ogURL ?? reader.canonical
        language = reader.language
    }
}

/// The scanner behind ``HTMLText``: one pass over the page's UTF-8 bytes.
private struct HTMLReader {
    let b: [UInt8]
    var i = 0

    var all = TextBuilder()
    /// Everything outside scripts and styles, skipped elements included: the fallback when a
    /// page leaves a skipped element open and nothing else is left.
    var everything = TextBuilder()
    var article = TextBuilder()
    var main = TextBuilder()
    var skipDepth = 0
    var articleDepth = 0
    var mainDepth = 0

    var title: String?
    var ogTitle: String?
    var published: String?
    var timeDatetime: String?
    var ogURL: String?
    var canonical: String?
    var language: String?

    init(_ bytes: [UInt8]) { b = bytes }

    /// Elements whose content is not article text.
    static let skipped: Set<String> = [
        "nav", "header", "footer", "aside", "form", "noscript", "template", "svg", "iframe", "button",
        "select", "object", "canvas", "dialog", "menu",
    ]
    /// Elements whose content is raw text up to their end tag.
    static let raw: Set<String> = ["script", "style", "textarea", "title", "xmp", "noembed"]
    /// Elements that begin and end a paragraph.
    static let blocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table",
        "blockquote", "article", "section", "main", "figure", "figcaption", "pre", "hr", "address", "details",
        "summary", "tbody", "thead", "caption", "body", "center",
    ]
    /// Elements with no end tag.
    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr",
    ]

    mutating func run() {
        let n = b.count
        while i < n {
            let c = b[i]
            if c == UInt8(ascii: "<") {
                if tag() { continue }
                emitByte(c)
                i += 1
            } else if c == UInt8(ascii: "&") {
                let (scalar, length) = HTMLReader.entity(b, i)
                if let scalar {
                    emitScalar(scalar)
                    i += length
                } else {
                    emitByte(c)
                    i += 1
                }
            } else if c == 0xC2, i + 1 < n, b[i + 1] == 0xA0 {
                emitByte(32)  // a no-break space is a space
                i += 2
            } else {
                emitByte(c)
                i += 1
            }
        }
    }

    // MARK: output

    mutating func emitByte(_ c: UInt8) {
        everything.add(c)
        guard skipDepth == 0 else { return }
        all.add(c)
        if articleDepth > 0 { article.add(c) }
        if mainDepth > 0 { main.add(c) }
    }

    mutating func emitScalar(_ s: Unicode.Scalar) {
        if s.properties.isWhitespace {
            emitByte(32)
            return
        }
        for byte in String(s).utf8 { emitByte(byte) }
    }

    mutating func breakParagraph(_ level: Int) {
        everything.breakLine(level)
        guard skipDepth == 0 else { return }
        all.breakLine(level)
        if articleDepth > 0 { article.breakLine(level) }
        if mainDepth > 0 { main.breakLine(level) }
    }

    func chosenText() -> String {
        let a = article.string()
        if a.unicodeScalars.count >= 200 { return a }
        let m = main.string()
        if m.unicodeScalars.count >= 200 { return m }
        let text = all.string()
        return text.isEmpty && skipDepth > 0 ? everything.string() : text
    }

    // MARK: tags

    /// Reads a tag, comment or declaration at `i` (a `<`). Returns false when `<` is just text.
    mutating func tag() -> Bool {
        let n = b.count
        guard i + 1 < n else { return false }
        let next = b[i + 1]
        if next == UInt8(ascii: "!") {
            if i + 3 < n && b[i + 2] == UInt8(ascii: "-") && b[i + 3] == UInt8(ascii: "-") {
                i = find("-->", from: i + 4).map { $0 + 3 } ?? n
            } else {
                i = find(">", from: i + 2).map { $0 + 1 } ?? n
            }
            return true
        }
        if next == UInt8(ascii: "?") {
            i = find(">", from: i + 2).map { $0 + 1 } ?? n
            return true
        }
        let closing = next == UInt8(ascii: "/")
        var k = closing ? i + 2 : i + 1
        guard k < n, HTMLReader.isAlpha(b[k]) else { return false }
        let nameStart = k
        while k < n, HTMLReader.isNameByte(b[k]) { k += 1 }
        let name = String(decoding: b[nameStart..<k].map(HTMLReader.lower), as: UTF8.self)
        var attributes: [String: String] = [:]
        var selfClosing = false
        // Attributes.
        while k < n {
            let c = b[k]
            if c == UInt8(ascii: ">") { k += 1; break }
            if c == UInt8(ascii: "/") { selfClosing = true; k += 1; continue }
            if HTMLReader.isSpace(c) { k += 1; continue }
            selfClosing = false
            let attrStart = k
            while k < n, !HTMLReader.isSpace(b[k]), b[k] != UInt8(ascii: "="), b[k] != UInt8(ascii: ">"),
                !(b[k] == UInt8(ascii: "/") && k + 1 < n && b[k + 1] == UInt8(ascii: ">"))
            {
                k += 1
            }
            let attrName = String(decoding: b[attrStart..<k].map(HTMLReader.lower), as: UTF8.self)
            while k < n, HTMLReader.isSpace(b[k]) { k += 1 }
            var value = ""
            if k < n, b[k] == UInt8(ascii: "=") {
                k += 1
                while k < n, HTMLReader.isSpace(b[k]) { k += 1 }
                if k < n, b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") {
                    let quote = b[k]
                    let valueStart = k + 1
                    k = valueStart
                    while k < n, b[k] != quote { k += 1 }
                    value = HTMLReader.decode(b[valueStart..<min(k, n)])
                    if k < n { k += 1 }
                } else {
                    let valueStart = k
                    while k < n, !HTMLReader.isSpace(b[k]), b[k] != UInt8(ascii: ">") { k += 1 }
                    value = HTMLReader.decode(b[valueStart..<k])
                }
            }
            if !attrName.isEmpty && attributes[attrName] == nil { attributes[attrName] = value }
        }
        i = k
        if closing {
            closeTag(name)
        } else {
            openTag(name, attributes, selfClosing: selfClosing)
        }
        return true
    }

    mutating func openTag(_ name: String, _ attributes: [String: String], selfClosing: Bool) {
        metadata(name, attributes)
        if HTMLReader.raw.contains(name) {
            let end = find("</" + name, from: i, caseInsensitive: true) ?? b.count
            let content = b[i..<end]
            if name == "title" && title == nil {
                let t = HTMLReader.collapse(HTMLReader.decode(content))
                if !t.isEmpty { title = t }
            }
            i = find(">", from: end).map { $0 + 1 } ?? b.count
            return
        }
        if name == "br" {
            breakParagraph(1)
            return
        }
        if HTMLReader.void.contains(name) || selfClosing {
            if HTMLReader.blocks.contains(name) { breakParagraph(2) }
            return
        }
        if HTMLReader.skipped.contains(name) {
            skipDepth += 1
            return
        }
        if HTMLReader.blocks.contains(name) { breakParagraph(2) }
        if name == "article" && skipDepth == 0 { articleDepth += 1 }
        if name == "main" && skipDepth == 0 { mainDepth += 1 }
        if name == "td" || name == "th" { emitByte(UInt8(ascii: " ")) }
    }

    mutating func closeTag(_ name: String) {
        if HTMLReader.skipped.contains(name) {
            if skipDepth > 0 { skipDepth -= 1 }
            return
        }
        if HTMLReader.blocks.contains(name) { breakParagraph(2) }
        if name == "article" && articleDepth > 0 && skipDepth == 0 { articleDepth -= 1 }
        if name == "main" && mainDepth > 0 && skipDepth == 0 { mainDepth -= 1 }
    }

    mutating func metadata(_ name: String, _ a: [String: String]) {
        switch name {
        case "html":
            if language == nil, let lang = a["lang"] ?? a["xml:lang"], !lang.isEmpty {
                let code = lang.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? lang
                language = code.lowercased()
            }
        case "meta":
            let key = (a["property"] ?? a["name"] ?? a["itemprop"] ?? "").lowercased()
            guard let content = a["content"].map(HTMLReader.collapse), !content.isEmpty else { return }
            switch key {
            case "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                "dc.date", "dc.date.issued", "date":
                if published == nil { published = content }
            case "og:url":
                if ogURL == nil { ogURL = content }
            case "og:title":
                if ogTitle == nil { ogTitle = content }
            default:
                break
            }
        case "link":
            let rel = (a["rel"] ?? "").lowercased().split(separator: " ")
            if rel.contains("canonical"), canonical == nil, let href = a["href"], !href.isEmpty { canonical = href }
        case "time":
            if timeDatetime == nil, let value = a["datetime"], !value.isEmpty { timeDatetime = value }
        default:
            if published == nil, a["itemprop"]?.lowercased() == "datepublished",
                let value = a["datetime"] ?? a["content"], !value.isEmpty
            {
                published = value
            }
        }
    }

    // MARK: bytes

    func find(_ needle: String, from start: Int, caseInsensitive: Bool = false) -> Int? {
        let pattern = Array(needle.utf8)
        let n = b.count
        guard !pattern.isEmpty, start >= 0 else { return nil }
        var k = start
        while k + pattern.count <= n {
            var match = true
            for (offset, p) in pattern.enumerated() {
                let c = caseInsensitive ? HTMLReader.lower(b[k + offset]) : b[k + offset]
                if c != p {
                    match = false
                    break
                }
            }
            if match { return k }
            k += 1
        }
        return nil
    }

    static func lower(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c + 32 : c }
    static func isAlpha(_ c: UInt8) -> Bool { (c | 0x20) >= 97 && (c | 0x20) <= 122 }
    static func isNameByte(_ c: UInt8) -> Bool {
        isAlpha(c) || (c >= 48 && c <= 57) || c == UInt8(ascii: "-") || c == UInt8(ascii: ":") || c == UInt8(ascii: "_")
    }
    static func isSpace(_ c: UInt8) -> Bool { c == 32 || c == 9 || c == 10 || c == 13 || c == 12 }

    /// Text with character references decoded.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        let arr = Array(bytes)
        var k = 0
        while k < arr.count {
            if arr[k] == UInt8(ascii: "&") {
                let (scalar, length) = entity(arr, k)
                if let scalar {
                    out.append(contentsOf: String(scalar).utf8)
                    k += length
                    continue
                }
            }
            out.append(arr[k])
            k += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// White space collapsed to single spaces, trimmed (no-break spaces count as spaces).
    static func collapse(_ s: String) -> String {
        var out = ""
        var space = false
        for ch in s.unicodeScalars {
            if ch.properties.isWhitespace {
                space = !out.isEmpty
            } else {
                if space { out.unicodeScalars.append(" ") }
                space = false
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// The character reference at `k` (an `&`): its scalar and length, or nil when it is none.
    static func entity(_ b: [UInt8], _ k: Int) -> (Unicode.Scalar?, Int) {
        let n = b.count
        var j = k + 1
        guard j < n else { return (nil, 1) }
        if b[j] == UInt8(ascii: "#") {
            j += 1
            var hex = false
            if j < n, b[j] == UInt8(ascii: "x") || b[j] == UInt8(ascii: "X") {
                hex = true
                j += 1
            }
            var value: UInt32 = 0
            let digitsStart = j
            while j < n, j - digitsStart < 8 {
                let c = b[j]
                if c >= 48 && c <= 57 {
                    value = value * (hex ? 16 : 10) + UInt32(c - 48)
                } else if hex, (c | 0x20) >= 97 && (c | 0x20) <= 102 {
                    value = value * 16 + UInt32((c | 0x20) - 87)
                } else {
                    break
                }
                j += 1
            }
            guard j > digitsStart else { return (nil, 1) }
            if j < n, b[j] == UInt8(ascii: ";") { j += 1 }
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            return (scalar ?? "\u{FFFD}", j - k)
        }
        let nameStart = j
        while j < n, j - nameStart < 32, isAlpha(b[j]) || (b[j] >= 48 && b[j] <= 57) { j += 1 }
        guard j > nameStart else { return (nil, 1) }
        let name = String(decoding: b[nameStart..<j], as: UTF8.self)
        if j < n, b[j] == UInt8(ascii: ";") {
            if let v = HTMLEntities.named[name], let s = Unicode.Scalar(v) { return (s, j + 1 - k) }
            return (nil, 1)
        }
        // A few references are often written without the semicolon.
        if let v = HTMLEntities.legacy[name], let s = Unicode.Scalar(v) { return (s, j - k) }
        return (nil, 1)
    }
}

/// Builds text from bytes: white space collapsed, paragraphs separated by blank lines.
private struct TextBuilder {
    var bytes: [UInt8] = []
    var pendingSpace = false
    var pendingBreak = 0

    mutating func add(_ c: UInt8) {
        if c == 32 || c == 9 || c == 10 || c == 13 || c == 12 {
            pendingSpace = true
            return
        }
        if !bytes.isEmpty {
            if pendingBreak > 0 {
                bytes.append(10)
                if pendingBreak > 1 { bytes.append(10) }
            } else if pendingSpace {
                bytes.append(32)
            }
        }
        pendingBreak = 0
        pendingSpace = false
        bytes.append(c)
    }

    mutating func breakLine(_ level: Int) {
        pendingBreak = max(pendingBreak, level)
        pendingSpace = false
    }

    func string() -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
