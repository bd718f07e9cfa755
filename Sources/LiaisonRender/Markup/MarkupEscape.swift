/// Escaping for the markup that reports and exports write: HTML, XML (GraphML, GEXF) and the
/// text inside them.
///
/// Every name, quote and title goes through here, so that `<script>alert(1)</script>` is shown
/// as text and a quote with `"`, `&` or a line break survives a real parser unchanged.
enum MarkupEscape {
    /// Text for an HTML element or a double-quoted HTML attribute: `&`, `<`, `>`, `"` and `'`
    /// become character references; U+0000 (which HTML parsers replace anyway) becomes U+FFFD.
    static func html(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            case "\u{0}": out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Text for XML 1.0 element content or a double-quoted attribute.
    ///
    /// `&`, `<`, `>` and `"` become entities. Line breaks and tabs are written as character
    /// references in attributes (a parser would turn them into spaces otherwise) and a carriage
    /// return everywhere (a parser would turn it into a line feed). Characters that XML 1.0
    /// cannot carry at all (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE, U+FFFF) become
    /// U+FFFD: this is the one change a name can undergo in GraphML or GEXF.
    static func xml(_ text: String, attribute: Bool) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "\r": out.append(contentsOf: "&#13;".unicodeScalars)
            case "\n": if attribute { out.append(contentsOf: "&#10;".unicodeScalars) } else { out.append(scalar) }
            case "\t": if attribute { out.append(contentsOf: "&#9;".unicodeScalars) } else { out.append(scalar) }
            default:
                out.append(isXMLCharacter(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return String(out)
    }

    /// Whether XML 1.0 allows the character (its `Char` production).
    static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// The same text as XML would carry it: what a parser reads back from ``xml(_:attribute:)``.
    static func xmlSafe(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(isXMLCharacter(scalar) ? scalar : "\u{FFFD}") }
        return String(out)
    }

    /// Whether `address` may become a link in a report: only `http:` and `https:` addresses
    /// (never `javascript:`, `data:` or a local path, which would not resolve from the report).
    static func isWebAddress(_ address: String) -> Bool {
        let lower = address.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        return !address.unicodeScalars.contains { $0.value < 0x21 || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\" }
    }
}
