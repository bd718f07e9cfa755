/// Plain text from Markdown: the words of an article without its markup.
///
/// Headings lose their `#`s, quotes their `>`, list items their markers; links and images keep
/// their text (`[Brussels](https://…)` → "Brussels"), emphasis and code marks go, code blocks
/// and link definitions are dropped. Paragraphs stay separated by blank lines.
public struct MarkdownText: Sendable, Hashable {
    /// The text.
    public var text: String
    /// The first level-1 heading, if any.
    public var title: String?

    public init(markdown: String) {
        var out: [String] = []
        var title: String?
        var inFence = false
        var fence = ""
        for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(rawLine)
            let trimmed = line.trimmingTrailingSpace()
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                let marker = String(trimmed.prefix(3))
                if !inFence {
                    inFence = true
                    fence = marker
                } else if marker == fence {
                    inFence = false
                }
                continue
            }
            if inFence { continue }
            // Link definitions: "[id]: https://…".
            if trimmed.hasPrefix("["), let close = trimmed.firstIndex(of: "]"),
                trimmed[trimmed.index(after: close)...].hasPrefix(":")
            {
                continue
            }
            // Thematic breaks.
            let compact = trimmed.filter { $0 != " " }
            if compact.count >= 3, let c = compact.first, "-*_".contains(c), compact.allSatisfy({ $0 == c }) {
                out.append("")
                continue
            }
            line = trimmed
            // Block markers, possibly nested ("> - item").
            var changed = true
            var heading = 0
            while changed {
                changed = false
                if line.hasPrefix(">") {
                    line = String(line.dropFirst()).trimmingTrailingSpace()
                    changed = true
                }
                if heading == 0, line.hasPrefix("#") {
                    let hashes = line.prefix(while: { $0 == "#" }).count
                    let rest = line.dropFirst(hashes)
                    if hashes <= 6, rest.isEmpty || rest.first == " " {
                        heading = hashes
                        var text = rest.trimmingTrailingSpace()
                        while text.hasSuffix("#") { text.removeLast() }
                        line = text.trimmingTrailingSpace()
                        changed = true
                    }
                }
                for marker in ["- ", "* ", "+ "] where line.hasPrefix(marker) {
                    line = String(line.dropFirst(2)).trimmingTrailingSpace()
                    changed = true
                }
                let digits = line.prefix(while: \.isASCII).prefix(while: \.isNumber)
                if !digits.isEmpty, digits.count <= 3 {
                    let rest = line.dropFirst(digits.count)
                    if rest.hasPrefix(". ") || rest.hasPrefix(") ") {
                        line = String(rest.dropFirst(2)).trimmingTrailingSpace()
                        changed = true
                    }
                }
            }
            line = MarkdownText.inline(line)
            if heading == 1 && title == nil && !line.isEmpty { title = line }
            out.append(line)
        }
        // Collapse runs of blank lines to one.
        var collapsed: [String] = []
        for line in out {
            if line.isEmpty && (collapsed.last?.isEmpty ?? true) { continue }
            collapsed.append(line)
        }
        while collapsed.last?.isEmpty == true { collapsed.removeLast() }
        text = collapsed.joined(separator: "\n")
        self.title = title
    }

    /// Inline markup removed from one line.
    static func inline(_ line: String) -> String {
        let s = Array(line)
        var out = ""
        var i = 0
        func isBoundary(_ k: Int) -> Bool {
            k < 0 || k >= s.count || s[k].isWhitespace || (s[k].isPunctuation && s[k] != "*" && s[k] != "_")
        }
        while i < s.count {
            let c = s[i]
            if c == "\\", i + 1 < s.count, s[i + 1].isPunctuation || s[i + 1].isSymbol {
                out.append(s[i + 1])
                i += 2
                continue
            }
            // Images and links: keep the bracketed text, drop the target.
            if c == "[" || (c == "!" && i + 1 < s.count && s[i + 1] == "[") {
                let open = c == "!" ? i + 1 : i
                if let close = s[(open + 1)...].firstIndex(of: "]") {
                    let label = String(s[(open + 1)..<close])
                    var after = close + 1
                    if after < s.count, s[after] == "(", let end = s[after...].firstIndex(of: ")") {
                        after = end + 1
                        out += inline(label)
                        i = after
                        continue
                    }
                    if after < s.count, s[after] == "[", let end = s[after...].firstIndex(of: "]") {
                        out += inline(label)
                        i = end + 1
                        continue
                    }
                }
            }
            // Autolinks: <https://…>.
            if c == "<", let end = s[i...].firstIndex(of: ">") {
                let inner = String(s[(i + 1)..<end])
                if inner.hasPrefix("http://") || inner.hasPrefix("https://") || inner.hasPrefix("mailto:") {
                    out += inner
                    i = end + 1
                    continue
                }
            }
            if c == "`" {
                i += 1
                continue
            }
            // Emphasis: a run of * or _ next to a word on one side and a boundary on the other.
            if c == "*" || c == "_" {
                var j = i
                while j < s.count && s[j] == c { j += 1 }
                let before = i - 1
                let after = j
                let opens = !isBoundary(after) && isBoundary(before)
                let closes = !isBoundary(before) && isBoundary(after)
                if (opens || closes) && j - i <= 3 {
                    i = j
                    continue
                }
                out += String(s[i..<j])
                i = j
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }
}
