/// The value of a DOT attribute: text, or an HTML-like label.
///
/// The two cases are never guessed from the content: a `.string` that starts with `<` is still
/// text and is written quoted, and only `.html` is written between `<` and `>`.
///
/// ```swift
/// node.attributes["label"] = "Ngoại trưởng\nBộ Ngoại giao"      // two lines of text
/// node.attributes["label"] = .html("<B>\(HTMLLabel.escape(name))</B>")
/// ```
public enum DOTValue: Sendable, Hashable {
    /// Text, shown by Graphviz exactly as given.
    ///
    /// The writer quotes and escapes it so that Graphviz reads it back as this text whatever it
    /// holds: quotes, backslashes (a label `C:\n` shows a backslash and an `n`, not a line break),
    /// `&amp;`-like sequences (shown literally, not as entities), braces, any script, emoji.
    /// A line feed (or CR LF, or a lone CR) becomes a centred line break (`\n` in DOT).
    /// Control characters other than tab and line breaks, and the non-characters U+FFFE and
    /// U+FFFF, cannot appear in SVG or PDF text and are replaced by U+FFFD (�). Tooltips
    /// (`tooltip`, `labeltooltip`, `headtooltip`, `tailtooltip`, `edgetooltip`) are unescaped
    /// twice by Graphviz 2.x, so the writer writes their backslashes twice as often.
    case string(String)

    /// An HTML-like label (Graphviz's `<…>` syntax), written between `<` and `>` as given.
    ///
    /// The markup is the caller's: escape text put into it with ``HTMLLabel/escape(_:)``.
    /// Control characters are replaced as for ``string(_:)``. If the `<` and `>` in the markup
    /// do not balance, Graphviz could not find where the label ends, so the writer falls back to
    /// writing the markup as quoted text: the file still parses and the label shows the markup.
    /// Empty markup (`<>`, an error in Graphviz) is written as the empty text `""`.
    ///
    /// Graphviz 2.x keeps one copy of equal strings in a graph and the first one decides
    /// whether it is HTML; the writer writes `<` and `>` in text as entities, so markup with a
    /// tag in it never meets an equal text. Markup without any tag (`.html("a &amp; b")`) can
    /// still be read as text, which shows the same.
    case html(String)
}

extension DOTValue: ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    public init(stringLiteral value: String) {
        self = .string(value)
    }
}

extension DOTValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) {
        self = .string(String(value))
    }
}

extension DOTValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) {
        self = .string(String(value))
    }
}
