import Foundation

/// A small writer of indented XML, escaping every attribute value and text (see
/// ``MarkupEscape/xml(_:attribute:)``).
struct XMLWriter {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var open: [String] = []

    private var indent: String { String(repeating: "  ", count: open.count) }

    private static func attributes(_ pairs: KeyValuePairs<String, String?>) -> String {
        var out = ""
        for (name, value) in pairs {
            guard let value else { continue }
            out += " \(name)=\"\(MarkupEscape.xml(value, attribute: true))\""
        }
        return out
    }

    private static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(MarkupEscape.xml($0.1, attribute: true))\"" }.joined()
    }

    /// `<name a="…">` and what follows goes inside it until ``end()``.
    mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        text += "\(indent)<\(name)\(Self.attributes(attributes))>\n"
        open.append(name)
    }

    mutating func start(_ name: String, attributeList: [(String, String)]) {
        text += "\(indent)<\(name)\(Self.attributes(attributeList))>\n"
        open.append(name)
    }

    mutating func end() {
        let name = open.removeLast()
        text += "\(indent)</\(name)>\n"
    }

    /// `<name a="…"/>`.
    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        text += "\(indent)<\(name)\(Self.attributes(attributes))/>\n"
    }

    /// `<name a="…">text</name>`.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text value: String) {
        text += "\(indent)<\(name)\(Self.attributes(attributes))>\(MarkupEscape.xml(value, attribute: false))</\(name)>\n"
    }

    /// A comment; `--` cannot appear in one, so it is broken up.
    mutating func comment(_ value: String) {
        var safe = MarkupEscape.xmlSafe(value)
        while safe.contains("--") { safe = safe.replacingOccurrences(of: "--", with: "- -") }
        if safe.hasSuffix("-") { safe += " " }
        text += "\(indent)<!-- \(safe) -->\n"
    }

    var data: Data {
        precondition(open.isEmpty, "unclosed XML elements: \(open)")
        return Data(text.utf8)
    }
}

/// Numbers as the exchange formats write them: integers plainly, other values in Swift's
/// shortest round-tripping form (the same on every machine).
enum ExportNumber {
    static func text(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) + ".0" }
        return "\(value)"
    }
}
