import LiaisonGraphviz

/// UTF-8 bytes that a label or tooltip is built in, then turned into one `String`: appending
/// bytes costs far less than appending `String`s piece by piece, and one buffer serves every
/// label of a drawing.
struct TextBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 512) {
        bytes.reserveCapacity(capacity)
    }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// The text built so far.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    var isEmpty: Bool { bytes.isEmpty }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ text: Substring) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// `text` escaped for an HTML-like label (see ``HTMLLabel/escape(_:)``).
    mutating func appendHTML(_ text: String) {
        append(HTMLLabel.escape(text))
    }

    /// `text` wrapped at `width` (see ``Markup/wrap(_:width:)``) and escaped, lines joined by
    /// `<BR/>`.
    mutating func appendWrappedHTML(_ text: String, width: Int) {
        let utf8 = text.utf8
        if utf8.count <= width, !utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            appendHTML(text)
            return
        }
        for (k, line) in Markup.wrap(text, width: width).enumerated() {
            if k > 0 { append("<BR/>") }
            appendHTML(line)
        }
    }
}
