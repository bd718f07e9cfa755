/// A trie over words (vocabulary ids): finds the longest phrase starting at a word.
struct WordPhraseTrie: Sendable {
    private var children: [[Int32: Int32]] = [[:]]
    /// The payload of the phrase ending at a node, or -1.
    private var payload: [Int32] = [-1]

    var isEmpty: Bool { children.count == 1 }

    /// Adds a phrase; returns the payload already stored for it, if any.
    @discardableResult
    mutating func insert(_ words: [Int32], payload value: Int32) -> Int32? {
        var node: Int32 = 0
        for word in words {
            if let next = children[Int(node)][word] {
                node = next
            } else {
                let next = Int32(children.count)
                children.append([:])
                payload.append(-1)
                children[Int(node)][word] = next
                node = next
            }
        }
        let old = payload[Int(node)]
        payload[Int(node)] = value
        return old >= 0 ? old : nil
    }

    /// The payload stored for exactly this phrase.
    func lookup(_ words: [Int32]) -> Int32? {
        var node: Int32 = 0
        for word in words {
            guard let next = children[Int(node)][word] else { return nil }
            node = next
        }
        let value = payload[Int(node)]
        return value >= 0 ? value : nil
    }

    /// The longest phrase starting at `tokens[i]` that stays within one sentence: its end (one
    /// past its last word) and payload.
    func longest(in tokens: [NameToken], at i: Int) -> (end: Int, payload: Int32)? {
        var node: Int32 = 0
        var best: (end: Int, payload: Int32)?
        var j = i
        while j < tokens.count {
            let token = tokens[j]
            if token.id < 0 || (j > i && token.boundaryBefore) { break }
            guard let next = children[Int(node)][token.id] else { break }
            node = next
            j += 1
            let value = payload[Int(node)]
            if value >= 0 { best = (j, value) }
        }
        return best
    }

    /// Every phrase starting at `tokens[i]` (within one sentence), shortest first.
    func all(in tokens: [NameToken], at i: Int) -> [(end: Int, payload: Int32)] {
        var node: Int32 = 0
        var out: [(end: Int, payload: Int32)] = []
        var j = i
        while j < tokens.count {
            let token = tokens[j]
            if token.id < 0 || (j > i && token.boundaryBefore) { break }
            guard let next = children[Int(node)][token.id] else { break }
            node = next
            j += 1
            let value = payload[Int(node)]
            if value >= 0 { out.append((j, value)) }
        }
        return out
    }
}
