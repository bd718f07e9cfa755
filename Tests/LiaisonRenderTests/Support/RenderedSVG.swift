import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import LiaisonGraphviz

/// An SVG that Graphviz drew, read with FoundationXML's `XMLDocument`: its node and edge groups
/// with their ids, texts, tooltips, links, bounding boxes and line styles.
struct RenderedSVG {
    struct Item {
        /// The Graphviz name: a node id, or `tail--head` / `tail->head` for an edge.
        var title: String
        var texts: [String]
        var tooltip: String?
        var href: String?
        /// Bounding box of the shapes (paths, polygons, ellipses), in SVG coordinates.
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        /// Whether a shape is drawn with a dash pattern.
        var isDashed = false
        /// `stroke-width` of the shapes, when given.
        var strokeWidths: [Double] = []

        /// Where the texts start (their anchors), for nodes drawn without a shape.
        var textPoints: [(x: Double, y: Double)] = []

        var hasShape: Bool { minX.isFinite }
        var centerX: Double { hasShape ? (minX + maxX) / 2 : textPoints.map(\.x).reduce(0, +) / Double(max(1, textPoints.count)) }
        var centerY: Double { hasShape ? (minY + maxY) / 2 : textPoints.map(\.y).reduce(0, +) / Double(max(1, textPoints.count)) }
        var text: String { texts.joined(separator: " ") }
    }

    let document: XMLDocument
    private(set) var nodes: [Item] = []
    private(set) var edges: [Item] = []
    /// Every `<text>` of the drawing, in order.
    private(set) var texts: [String] = []
    /// Names of every element in the document.
    private(set) var elementNames: Set<String> = []

    /// Parses `data`; throws when it is not well-formed XML (checked with `XMLParser` first:
    /// `XMLDocument` recovers from some errors without saying so).
    init(_ data: Data) throws {
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else {
            throw Failure("not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "unknown error") at line \(parser.lineNumber)")
        }
        document = try XMLDocument(data: data, options: [])
        guard let root = document.rootElement() else { throw Failure("no root element") }
        var none: Item?
        walk(root, &none)
    }

    init(rendering graph: DOTGraph, engine: GraphvizEngine) throws {
        try self.init(GraphvizRenderer.shared.render(graph, engine: engine, format: .svg).data)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// The nodes whose texts, joined by spaces, contain `text`.
    func nodes(containing text: String) -> [Item] {
        nodes.filter { $0.text.contains(text) }
    }

    func node(_ title: String) -> Item? {
        nodes.first { $0.title == title }
    }

    /// Edges with `id` at either end.
    func edges(touching id: String) -> [Item] {
        edges.filter { ends(of: $0).contains(id) }
    }

    /// The two ends of an edge's title (`p1--p2`, `e1->s1`).
    func ends(of edge: Item) -> [String] {
        for separator in ["--", "->"] where edge.title.contains(separator) {
            return edge.title.components(separatedBy: separator)
        }
        return []
    }

    private mutating func walk(_ element: XMLElement, _ item: inout Item?) {
        let name = element.localName ?? element.name ?? ""
        elementNames.insert(name)
        let children = (element.children ?? []).compactMap { $0 as? XMLElement }
        if name == "g", let cls = RenderedSVG.attribute(element, "class"), cls == "node" || cls == "edge" {
            var own: Item? = Item(title: "", texts: [])
            for child in children { walk(child, &own) }
            if cls == "node" { nodes.append(own!) } else { edges.append(own!) }
            return
        }
        if var current = item {
            switch name {
            case "title" where current.title.isEmpty:
                current.title = element.stringValue ?? ""
            case "text":
                current.texts.append(element.stringValue ?? "")
                if let x = RenderedSVG.attribute(element, "x").flatMap(Double.init),
                   let y = RenderedSVG.attribute(element, "y").flatMap(Double.init) {
                    current.textPoints.append((x, y))
                }
            case "a":
                current.tooltip = current.tooltip ?? RenderedSVG.attribute(element, "title")
                current.href = current.href ?? RenderedSVG.attribute(element, "href")
            case "path", "polygon", "ellipse", "polyline":
                RenderedSVG.extend(&current, with: element, name: name)
            default: break
            }
            item = current
        } else if name == "text" {
            texts.append(element.stringValue ?? "")
        }
        for child in children { walk(child, &item) }
    }

    /// An attribute by name or by its local name after a prefix (`xlink:title`). Looked up in
    /// the list: `attribute(forName:)` finds nothing in an element of SVG's default namespace.
    private static func attribute(_ element: XMLElement, _ local: String) -> String? {
        for a in element.attributes ?? [] {
            let n = a.name ?? ""
            if n == local || n.hasSuffix(":" + local) { return a.stringValue }
        }
        return nil
    }

    private static func extend(_ item: inout Item, with element: XMLElement, name: String) {
        func value(_ n: String) -> String? { attribute(element, n) }
        if value("stroke-dasharray") != nil { item.isDashed = true }
        if let w = value("stroke-width").flatMap(Double.init) { item.strokeWidths.append(w) }
        if value("fill") == "none", value("stroke") == "transparent" { return }
        var numbers: [Double] = []
        switch name {
        case "ellipse":
            if let cx = value("cx").flatMap(Double.init), let cy = value("cy").flatMap(Double.init),
               let rx = value("rx").flatMap(Double.init), let ry = value("ry").flatMap(Double.init) {
                numbers = [cx - rx, cy - ry, cx + rx, cy + ry]
            }
        case "path":
            numbers = numbersIn(value("d") ?? "")
        default:
            numbers = numbersIn(value("points") ?? "")
        }
        var k = 0
        while k + 1 < numbers.count {
            item.minX = min(item.minX, numbers[k]); item.maxX = max(item.maxX, numbers[k])
            item.minY = min(item.minY, numbers[k + 1]); item.maxY = max(item.maxY, numbers[k + 1])
            k += 2
        }
    }

    private static func numbersIn(_ text: String) -> [Double] {
        var out: [Double] = []
        var current = ""
        for c in text {
            if c.isNumber || c == "." || (c == "-" && current.isEmpty) {
                current.append(c)
            } else {
                if let v = Double(current) { out.append(v) }
                current = c == "-" ? "-" : ""
            }
        }
        if let v = Double(current) { out.append(v) }
        return out
    }
}
