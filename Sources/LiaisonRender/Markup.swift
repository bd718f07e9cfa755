import LiaisonGraphviz

/// Small builders for HTML-like labels. Every piece of text goes through
/// ``HTMLLabel/escape(_:)``; markup is only ever made here.
enum Markup {
    /// Escaped text.
    static func text(_ text: String) -> String {
        HTMLLabel.escape(text)
    }

    /// Escaped lines joined with left-aligned line breaks.
    static func lines(_ lines: [String]) -> String {
        if lines.count == 1 { return HTMLLabel.escape(lines[0]) }
        return lines.map(HTMLLabel.escape).joined(separator: "<BR/>")
    }

    /// `inner` in a `FONT` tag; nothing when `inner` is empty (Graphviz refuses empty font tags).
    static func font(_ inner: String, size: Double? = nil, color: String? = nil, face: String? = nil) -> String {
        if inner.isEmpty { return "" }
        var attributes = ""
        if let size { attributes += " POINT-SIZE=\"\(number(size))\"" }
        if let color { attributes += " COLOR=\"\(color)\"" }
        if let face { attributes += " FACE=\"\(HTMLLabel.escapeAttribute(face))\"" }
        if attributes.isEmpty { return inner }
        return "<FONT\(attributes)>\(inner)</FONT>"
    }

    static func bold(_ inner: String) -> String {
        inner.isEmpty ? "" : "<B>\(inner)</B>"
    }

    static func italic(_ inner: String) -> String {
        inner.isEmpty ? "" : "<I>\(inner)</I>"
    }

    /// A number as DOT wants it: `9`, `8.5`, `0.25` (three decimals at most).
    static func number(_ value: Double) -> String {
        let scaled = (value * 1000).rounded() / 1000
        if scaled == scaled.rounded(), abs(scaled) < 1e15 { return String(Int(scaled)) }
        return String(scaled)
    }

    /// `text` broken into lines of at most `width` characters (Unicode scalars) at spaces; its
    /// own line breaks are kept; a word longer than `width` is cut into pieces. Runs of spaces
    /// become one.
    static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        let utf8 = text.utf8
        if utf8.count <= width, !utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) { return [text] }
        var out: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var line: [UInt8] = []
            line.reserveCapacity(width * 3)
            wrap(bytes, width: width) { step in
                switch step {
                case .piece(let range): line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
                case .space: line.append(0x20)
                case .lineEnd:
                    out.append(String(decoding: line, as: UTF8.self))
                    line.removeAll(keepingCapacity: true)
                }
            }
        }
        while out.count > 1, out.last?.isEmpty == true { out.removeLast() }
        return out
    }

    /// What ``wrap(_:width:_:)`` lays out, in order.
    enum WrapStep {
        /// The bytes of a word (or of a piece of a word too long for a line).
        case piece(Range<Int>)
        /// One space between two pieces of a line.
        case space
        /// The end of a line (every line ends with one, the last too).
        case lineEnd
    }

    /// The wrapping of ``wrap(_:width:)`` on UTF-8 bytes, told step by step, so that callers
    /// can write lines wherever they want them without making strings.
    static func wrap(_ bytes: UnsafeBufferPointer<UInt8>, width: Int, _ emit: (WrapStep) -> Void) {
        let width = max(1, width)
        let n = bytes.count
        var lineCount = 0
        func place(_ start: Int, _ end: Int, _ count: Int) {
            if lineCount > 0 && lineCount + 1 + count > width {
                emit(.lineEnd)
                lineCount = 0
            }
            if lineCount > 0 {
                emit(.space)
                lineCount += 1
            }
            emit(.piece(start..<end))
            lineCount += count
        }
        @inline(__always) func isLead(_ byte: UInt8) -> Bool { byte & 0xC0 != 0x80 }
        var i = 0
        while i <= n {
            // One paragraph: up to a line break or the end.
            var j = i
            while j < n, bytes[j] != 0x0A, bytes[j] != 0x0D { j += 1 }
            var k = i
            while k < j {
                while k < j, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
                if k == j { break }
                let start = k
                var count = 0
                while k < j, bytes[k] != 0x20, bytes[k] != 0x09 {
                    if isLead(bytes[k]) { count += 1 }
                    k += 1
                }
                // A word too long for a line is cut into pieces of `width` scalars.
                var pieceStart = start
                while count > width {
                    var end = pieceStart, taken = 0
                    while end < k {
                        if isLead(bytes[end]) {
                            if taken == width { break }
                            taken += 1
                        }
                        end += 1
                    }
                    place(pieceStart, end, width)
                    pieceStart = end
                    count -= width
                }
                place(pieceStart, k, count)
            }
            emit(.lineEnd)
            lineCount = 0
            if j >= n { break }
            // CR LF is one break.
            i = bytes[j] == 0x0D && j + 1 < n && bytes[j + 1] == 0x0A ? j + 2 : j + 1
            if i == n { break }
        }
    }

    /// A generous estimate of the width, in points, of the widest of `lines` in DejaVu Sans
    /// at `size` (its average advance is a little under 0.6 em; bold a little more).
    static func estimatedWidth(_ lines: [String], size: Double, bold: Bool) -> Double {
        let perCharacter = size * (bold ? 0.68 : 0.6)
        return Double(lines.map(\.count).max() ?? 0) * perCharacter
    }
}
