import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG written by Graphviz, read with an XML parser: its size and its node groups.
struct SVGDocument {
    struct Group {
        var id: String
        var title: String
        /// The text of each `<text>` element, in order.
        var texts: [String]
        /// `xlink:title` of the group's link, if any (tooltips).
        var tooltip: String?
    }

    /// Width and height of the drawing in points, from the `<svg>` element's `viewBox` (its
    /// `width` and `height` attributes are rounded to whole points).
    var width: Double = 0
    var height: Double = 0
    var nodes: [Group] = []
    var edges: [Group] = []

    /// Parses `data`; throws when it is not well-formed XML.
    init(_ data: Data) throws {
        let delegate = Delegate()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else {
            throw SVGError.notWellFormed(parser.parserError.map(String.init(describing:)) ?? "unknown error")
        }
        width = delegate.width
        height = delegate.height
        nodes = delegate.nodes
        edges = delegate.edges
    }

    enum SVGError: Error { case notWellFormed(String) }

    private final class Delegate: NSObject, XMLParserDelegate {
        var width = 0.0, height = 0.0
        var nodes: [Group] = []
        var edges: [Group] = []
        private var current: Group?
        private var currentClass = ""
        private var depth = 0
        private var groupDepth = 0
        private var text: String?
        private var inTitle = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            depth += 1
            switch name {
            case "svg":
                let box = (attributes["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
                if box.count == 4 {
                    width = box[2]
                    height = box[3]
                }
            case "g" where attributes["class"] == "node" || attributes["class"] == "edge":
                current = Group(id: attributes["id"] ?? "", title: "", texts: [])
                currentClass = attributes["class"]!
                groupDepth = depth
            case "title" where current != nil && current!.title.isEmpty:
                inTitle = true
                text = ""
            case "text" where current != nil:
                text = ""
            case "a" where current != nil:
                if let tooltip = attributes["xlink:title"] { current!.tooltip = tooltip }
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text? += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            defer { depth -= 1 }
            switch name {
            case "title" where inTitle:
                current?.title = text ?? ""
                inTitle = false
                text = nil
            case "text" where current != nil:
                current!.texts.append(text ?? "")
                text = nil
            case "g" where current != nil && depth == groupDepth:
                if currentClass == "node" { nodes.append(current!) } else { edges.append(current!) }
                current = nil
            default:
                break
            }
        }
    }
}
