import Foundation

/// An SVG document made fit to sit inside an HTML page: the XML declaration, the doctype and any
/// comment before the root are dropped, every `id` (and every reference to one: `url(#…)`,
/// `href="#…"`, `xlink:href="#…"`) gets a prefix so that two drawings in one page cannot clash,
/// and the root gets a class and a label.
///
/// The markup is otherwise kept as it is, so an SVG that was well-formed stays well-formed.
struct InlineSVG {
    /// The `<svg …>…</svg>` markup.
    let markup: String

    /// Fails when `data` is not UTF-8 or has no `<svg` root element.
    ///
    /// With `minimumScale`, the root gets a `min-width` of that share of its own width (from its
    /// `width` attribute), so that a page may shrink the drawing to fit but never below it.
    init(
        _ data: Data, idPrefix: String, className: String, label: String, minimumScale: Double? = nil
    ) throws(ReportError) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ReportError("the \(label.lowercased()) is not UTF-8 text")
        }
        let scalars = Array(text.unicodeScalars)
        var i = 0
        // Prolog: whitespace, <?…?>, <!DOCTYPE …>, <!-- … -->, up to the root element.
        func starts(_ s: String, at k: Int) -> Bool {
            var j = k
            for c in s.unicodeScalars {
                guard j < scalars.count, scalars[j] == c else { return false }
                j += 1
            }
            return true
        }
        func find(_ s: String, from k: Int) -> Int? {
            var j = k
            while j < scalars.count {
                if starts(s, at: j) { return j }
                j += 1
            }
            return nil
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == " " || c == "\n" || c == "\r" || c == "\t" {
                i += 1
            } else if starts("<?", at: i) {
                guard let end = find("?>", from: i) else { break }
                i = end + 2
            } else if starts("<!--", at: i) {
                guard let end = find("-->", from: i + 4) else { break }
                i = end + 3
            } else if starts("<!", at: i) {
                // <!DOCTYPE …> with an optional [internal subset].
                var j = i + 2, depth = 0
                while j < scalars.count {
                    if scalars[j] == "[" { depth += 1 } else if scalars[j] == "]" { depth -= 1 } else if scalars[j] == ">" && depth <= 0 { break }
                    j += 1
                }
                i = j + 1
            } else {
                break
            }
        }
        guard i < scalars.count, starts("<svg", at: i), i + 4 < scalars.count,
              [" ", "\n", "\r", "\t", ">", "/"].contains(scalars[i + 4]) else {
            throw ReportError("the \(label.lowercased()) is not an SVG document (no <svg> root element)")
        }

        var out = String.UnicodeScalarView()
        var rootDone = false
        while i < scalars.count {
            if starts("<!--", at: i) {
                let end = (find("-->", from: i + 4) ?? scalars.count - 3) + 3
                out.append(contentsOf: scalars[i..<min(end, scalars.count)])
                i = end
            } else if starts("<![CDATA[", at: i) {
                let end = (find("]]>", from: i + 9) ?? scalars.count - 3) + 3
                out.append(contentsOf: scalars[i..<min(end, scalars.count)])
                i = end
            } else if scalars[i] == "<" && i + 1 < scalars.count && scalars[i + 1] != "/" && scalars[i + 1] != "?" && scalars[i + 1] != "!" {
                // A start tag: copy the name, rewrite the attributes.
                var j = i + 1
                while j < scalars.count && !InlineSVG.isSpace(scalars[j]) && scalars[j] != ">" && scalars[j] != "/" { j += 1 }
                let name = String(String.UnicodeScalarView(scalars[(i + 1)..<j]))
                out.append("<")
                out.append(contentsOf: name.unicodeScalars)
                var attributes: [(String, String, Unicode.Scalar)] = []
                var selfClosing = false
                while j < scalars.count {
                    while j < scalars.count && InlineSVG.isSpace(scalars[j]) { j += 1 }
                    guard j < scalars.count else { break }
                    if scalars[j] == ">" { j += 1; break }
                    if scalars[j] == "/" { selfClosing = true; j += 1; continue }
                    let nameStart = j
                    while j < scalars.count && !InlineSVG.isSpace(scalars[j]) && scalars[j] != "=" && scalars[j] != ">" && scalars[j] != "/" { j += 1 }
                    let attribute = String(String.UnicodeScalarView(scalars[nameStart..<j]))
                    while j < scalars.count && InlineSVG.isSpace(scalars[j]) { j += 1 }
                    var value = "", quote: Unicode.Scalar = "\""
                    if j < scalars.count && scalars[j] == "=" {
                        j += 1
                        while j < scalars.count && InlineSVG.isSpace(scalars[j]) { j += 1 }
                        if j < scalars.count && (scalars[j] == "\"" || scalars[j] == "'") {
                            quote = scalars[j]
                            let valueStart = j + 1
                            j = valueStart
                            while j < scalars.count && scalars[j] != quote { j += 1 }
                            value = String(String.UnicodeScalarView(scalars[valueStart..<min(j, scalars.count)]))
                            j += 1
                        }
                    }
                    attributes.append((attribute, InlineSVG.rewrite(attribute, value, prefix: idPrefix), quote))
                }
                if !rootDone {
                    attributes.removeAll { $0.0 == "class" || $0.0 == "role" || $0.0 == "aria-label" }
                    if let minimumScale, let width = attributes.first(where: { $0.0 == "width" }).flatMap({ InlineSVG.length($0.1) }) {
                        attributes.removeAll { $0.0 == "style" }
                        let floor = (width.value * minimumScale * 100).rounded() / 100
                        let number = floor == floor.rounded() ? String(Int(floor)) : "\(floor)"
                        attributes.append(("style", "min-width: \(number)\(width.unit)", "\""))
                    }
                    attributes.append(("class", className, "\""))
                    attributes.append(("role", "img", "\""))
                    attributes.append(("aria-label", MarkupEscape.html(label), "\""))
                    rootDone = true
                }
                for (attribute, value, quote) in attributes {
                    out.append(" ")
                    out.append(contentsOf: attribute.unicodeScalars)
                    out.append("=")
                    out.append(quote)
                    out.append(contentsOf: value.unicodeScalars)
                    out.append(quote)
                }
                if selfClosing { out.append("/") }
                out.append(">")
                i = j
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        var result = String(out)
        while let last = result.unicodeScalars.last, InlineSVG.isSpace(last) { result.unicodeScalars.removeLast() }
        markup = result
    }

    /// A length attribute: `620pt`, `620px` or `620` (pixels), as a number and a CSS unit.
    static func length(_ text: String) -> (value: Double, unit: String)? {
        var number = Substring(text)
        var unit = "px"
        for suffix in ["pt", "px"] where number.hasSuffix(suffix) {
            number = number.dropLast(2)
            unit = suffix
        }
        guard let value = Double(number), value.isFinite, value > 0 else { return nil }
        return (value, unit)
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\r" || c == "\t"
    }

    /// Prefixes ids and the references to them.
    static func rewrite(_ attribute: String, _ value: String, prefix: String) -> String {
        switch attribute {
        case "id": return prefix + value
        case "href", "xlink:href": if value.hasPrefix("#") { return "#" + prefix + value.dropFirst() }
        default: break
        }
        return value.contains("url(#") ? value.replacingOccurrences(of: "url(#", with: "url(#" + prefix) : value
    }
}

/// A report that could not be made.
public struct ReportError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
