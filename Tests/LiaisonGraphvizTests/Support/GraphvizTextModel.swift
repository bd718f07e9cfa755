/// The tests' own account of how Graphviz reads text values, written from Graphviz's
/// documentation (escString, HTML entities), independent of the writer.
enum GraphvizTextModel {
    /// The text Graphviz should show for `text` written as a `DOTValue.string`: line breaks of
    /// every kind become line feeds, control characters (other than tab and line feed) and
    /// U+FFFE, U+FFFF become U+FFFD — the replacements the writer documents.
    static func shown(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0D: scalars.append("\n")
            case 0x0A: if !previousWasCR { scalars.append(scalar) }
            case 0x09: scalars.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: scalars.append("\u{FFFD}")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// What Graphviz shows for a value it stored as `raw` (an escString): `\\` is a backslash,
    /// `\n`, `\l`, `\r` are line breaks, `&amp;`, `&lt;`, `&gt;`, `&#37;` are `&`, `<`, `>`,
    /// `%`. Returns `nil` when `raw` holds anything Graphviz would interpret otherwise: another
    /// backslash sequence (`\N` is the node's name, a trailing `\` reads past the end), or
    /// another entity.
    static func decode(_ raw: String) -> String? {
        var out = String.UnicodeScalarView()
        let scalars = Array(raw.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar == "\\" {
                guard i + 1 < scalars.count else { return nil }
                switch scalars[i + 1] {
                case "\\": out.append("\\")
                case "n", "l", "r": out.append("\n")
                default: return nil
                }
                i += 2
            } else if scalar == "&" {
                let rest = String(String.UnicodeScalarView(scalars[i...].prefix(6)))
                if let (entity, character) = entities.first(where: { rest.hasPrefix($0.0) }) {
                    out.append(character)
                    i += entity.unicodeScalars.count
                } else if looksLikeEntity(scalars, at: i) {
                    return nil
                } else {
                    out.append("&")
                    i += 1
                }
            } else {
                out.append(scalar)
                i += 1
            }
        }
        return String(out)
    }

    /// What Graphviz 2.x shows for a tooltip it stored as `raw`: it unescapes tooltips twice,
    /// so after ``decode(_:)`` every `\\` is one backslash again, and no other backslash
    /// sequence may be left.
    static func decodeTooltip(_ raw: String) -> String? {
        guard let once = decode(raw) else { return nil }
        var out = String.UnicodeScalarView()
        var iterator = once.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            if scalar == "\\" {
                guard iterator.next() == "\\" else { return nil }
            }
            out.append(scalar)
        }
        return String(out)
    }

    private static let entities: [(String, Unicode.Scalar)] = [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&#37;", "%")]

    /// Whether Graphviz would read an entity at `index` (`&name;` or `&#…;`).
    private static func looksLikeEntity(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var j = index + 1
        while j < scalars.count, j - index <= 10 {
            let scalar = scalars[j]
            if scalar == ";" { return j > index + 1 }
            guard scalar.properties.isASCIIHexDigit || ("a"..."z").contains(scalar)
                || ("A"..."Z").contains(scalar) || scalar == "#"
            else { return false }
            j += 1
        }
        return false
    }
}
