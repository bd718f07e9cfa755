/// Random strings made to break DOT writers: quotes, backslashes (trailing ones too), line
/// breaks of every kind, DOT punctuation, Graphviz escape sequences and entities, Vietnamese,
/// right-to-left text, emoji, combining marks and control characters, mixed with plain ASCII.
enum HostileText {
    static let pieces: [String] = [
        // Plain.
        "a", "Z", "0", "42", " ", "  ", "x y", "Hello", "node", "edge", "graph", "strict",
        // DOT syntax.
        "\"", "\"\"", "\\", "\\\\", "\\\"", "{", "}", "[", "]", ";", ",", "=", ":", "->", "--",
        "/*", "*/", "//", "#", "<", ">", "<B>", "</B>", "<<", ">>", "%3", "%s", "%d", "%n",
        // Graphviz escapes and entities, meant literally.
        "\\n", "\\l", "\\r", "\\N", "\\G", "\\E", "\\T", "\\H", "\\L", "&", "&amp;", "&lt;",
        "&#39;", "&#x41;", "&nbsp;", "&eacute;", "&;", "&#;", "]]>", "<!--", "-->",
        // Whitespace and line breaks.
        "\n", "\r\n", "\r", "\t", "\n\n", "\u{A0}", "\u{2028}", "\u{2029}", "\u{200B}",
        // Vietnamese (precomposed and decomposed).
        "Ngoại trưởng", "Hà Nội", "Đặng Thị Ngọc Thịnh", "Bộ Ngoại giao", "cuối tuần này",
        "Nguye\u{0302}\u{0303}n", "ư", "ơ", "Ỹ",
        // Right-to-left, bidi controls.
        "مرحبا بالعالم", "שלום", "\u{202E}", "\u{200F}", "\u{200E}", "عربي 123",
        // Emoji, flags, ZWJ sequences, CJK, others.
        "😀", "👩🏽‍💻", "🇻🇳", "❤️", "🧑‍🤝‍🧑", "北京", "東京", "서울", "Ελλάδα", "Київ", "𝔘𝔫𝔦",
        // Control characters and non-characters.
        "\u{0}", "\u{1}", "\u{7}", "\u{8}", "\u{B}", "\u{C}", "\u{1B}", "\u{1F}", "\u{7F}",
        "\u{80}", "\u{85}", "\u{9F}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{10FFFF}",
    ]

    /// A random string of 0 to `maxPieces` pieces; some end with a lone backslash.
    static func random(using generator: inout SeededGenerator, maxPieces: Int = 8) -> String {
        let count = Int.random(in: 0...maxPieces, using: &generator)
        var text = ""
        for _ in 0..<count {
            text += pieces.randomElement(using: &generator)!
        }
        if Int.random(in: 0..<8, using: &generator) == 0 { text += "\\" }
        return text
    }
}
