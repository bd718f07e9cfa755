/// One attribute: a name and its value.
public struct DOTAttribute: Sendable, Hashable {
    public var name: String
    public var value: DOTValue

    public init(_ name: String, _ value: DOTValue) {
        self.name = name
        self.value = value
    }
}

/// An ordered list of attributes, written in the order they were first set.
///
/// Setting an attribute that is already there replaces its value in place (it keeps its
/// position); setting it to `nil` removes it. The order is part of the output, so the same
/// sequence of settings always gives the same bytes.
///
/// ```swift
/// var attributes: DOTAttributes = ["shape": "box", "label": "Hà Nội"]
/// attributes["color"] = "#1f77b4"
/// ```
public struct DOTAttributes: Sendable, Hashable {
    /// The attributes, in order.
    public private(set) var entries: [DOTAttribute] = []

    public init() {}

    public init(_ entries: some Sequence<DOTAttribute>) {
        for entry in entries { self[entry.name] = entry.value }
    }

    /// The value of the attribute `name`, or `nil`. Setting `nil` removes it.
    public subscript(name: String) -> DOTValue? {
        get { entries.first { $0.name == name }?.value }
        set {
            let index = entries.firstIndex { $0.name == name }
            switch (index, newValue) {
            case let (index?, value?): entries[index].value = value
            case let (index?, nil): entries.remove(at: index)
            case let (nil, value?): entries.append(DOTAttribute(name, value))
            case (nil, nil): break
            }
        }
    }

    public var isEmpty: Bool { entries.isEmpty }
    public var count: Int { entries.count }
}

extension DOTAttributes: ExpressibleByDictionaryLiteral {
    /// Attributes in the order written in the literal; a repeated name keeps its last value.
    public init(dictionaryLiteral elements: (String, DOTValue)...) {
        entries.reserveCapacity(elements.count)
        for (name, value) in elements {
            // Literals rarely repeat a name: look for it only among those already added.
            if let index = entries.firstIndex(where: { $0.name == name }) {
                entries[index].value = value
            } else {
                entries.append(DOTAttribute(name, value))
            }
        }
    }
}

extension DOTAttributes: Sequence {
    public func makeIterator() -> IndexingIterator<[DOTAttribute]> {
        entries.makeIterator()
    }
}
