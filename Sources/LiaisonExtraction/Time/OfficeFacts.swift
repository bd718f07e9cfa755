import Foundation
import LiaisonCore

/// The tables ``EraEstimator`` reads: office holders and their tenures (`officeholders.txt`),
/// title phrases and the words around them (`officetitles.txt`), compiled into tries over a
/// shared vocabulary of folded words.
struct OfficeFacts: Sendable {
    struct Person: Sendable {
        /// The canonical name (the first of its record).
        var name: String
        /// Tenures per office index, sorted and merged.
        var tenures: [Int: [DayInterval]]
    }

    /// A spelling of one or more people's names.
    struct NameEntry: Sendable {
        var persons: [Int]
        /// Which words must be capitalised in the text.
        var capitals: [Bool]
    }

    var vocabulary: [[UInt32]: Int32] = [:]
    var offices: [String] = []
    var persons: [Person] = []
    var names = WordPhraseTrie()
    var nameEntries: [NameEntry] = []
    var titles = WordPhraseTrie()
    /// Office indexes per title (payload of `titles`), sorted.
    var titleOffices: [[Int]] = []
    var notBefore = WordPhraseTrie()
    var notAfter = WordPhraseTrie()
    var apposition = WordPhraseTrie()
    var joiners = WordPhraseTrie()
    var fillers: Set<Int32> = []

    init(holders: PackFile, titles titlePack: PackFile) throws {
        try readHolders(holders)
        try readTitles(titlePack)
    }

    // MARK: vocabulary

    private mutating func ids(_ phrase: String) -> (ids: [Int32], capitals: [Bool]) {
        var ids: [Int32] = []
        var capitals: [Bool] = []
        for (word, capitalized) in NameFolding.words(phrase) {
            if let id = vocabulary[word] {
                ids.append(id)
            } else {
                let id = Int32(vocabulary.count)
                vocabulary[word] = id
                ids.append(id)
            }
            capitals.append(capitalized)
        }
        return (ids, capitals)
    }

    // MARK: officeholders.txt

    private mutating func readHolders(_ pack: PackFile) throws {
        func fail(_ record: PackFile.Record, _ message: String) -> PackFile.LoadError {
            PackFile.LoadError(path: pack.path, line: record.line, message: message)
        }
        var officeIndex: [String: Int] = [:]
        var personIndex: [String: Int] = [:]
        var spellings: [String: Set<String>] = [:]
        for record in pack.records {
            let f = record.fields
            guard f.count == 3 || f.count == 4 else {
                throw fail(record, "expected 'names | office | start | end', found \(f.count) fields")
            }
            let names = f[0].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            guard let canonical = names.first else { throw fail(record, "no name") }
            let office = f[1]
            guard OfficeFacts.isOfficeKey(office) else {
                throw fail(record, "'\(office)' is not an office key like 'us.secretary-of-state'")
            }
            guard let start = Day(iso: f[2]) else { throw fail(record, "start '\(f[2])' is not a day YYYY-MM-DD") }
            var end: Day?
            if f.count == 4 && !f[3].isEmpty {
                guard let e = Day(iso: f[3]) else { throw fail(record, "end '\(f[3])' is not a day YYYY-MM-DD") }
                guard start <= e else { throw fail(record, "ends (\(e)) before it starts (\(start))") }
                end = e
            }
            let o: Int
            if let known = officeIndex[office] {
                o = known
            } else {
                o = offices.count
                offices.append(office)
                officeIndex[office] = o
            }
            let p: Int
            if let known = personIndex[canonical] {
                p = known
            } else {
                p = persons.count
                persons.append(Person(name: canonical, tenures: [:]))
                personIndex[canonical] = p
            }
            persons[p].tenures[o, default: []].append(DayInterval(first: start, last: end))
            for name in names where spellings[canonical, default: []].insert(name).inserted {
                let (words, capitals) = ids(name)
                guard !words.isEmpty else { throw fail(record, "'\(name)' has no letters") }
                if let e = self.names.lookup(words).map(Int.init) {
                    if !nameEntries[e].persons.contains(p) { nameEntries[e].persons.append(p) }
                    // The least strict spelling wins: a capital is required only if every
                    // spelling with these words has it.
                    for k in capitals.indices where !capitals[k] { nameEntries[e].capitals[k] = false }
                } else {
                    self.names.insert(words, payload: Int32(nameEntries.count))
                    nameEntries.append(NameEntry(persons: [p], capitals: capitals))
                }
            }
        }
        for p in persons.indices {
            for (o, list) in persons[p].tenures { persons[p].tenures[o] = Era.union(list) }
        }
    }

    /// `xx.office-name`: lower-case letters, digits and hyphens, one dot.
    static func isOfficeKey(_ key: String) -> Bool {
        let parts = key.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty
                && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        }
    }

    // MARK: officetitles.txt

    private mutating func readTitles(_ pack: PackFile) throws {
        func fail(_ record: PackFile.Record, _ message: String) -> PackFile.LoadError {
            PackFile.LoadError(path: pack.path, line: record.line, message: message)
        }
        func phrases(_ field: String) -> [String] {
            field.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        for record in pack.records {
            let f = record.fields
            switch f[0] {
            case "title":
                guard f.count == 3 else { throw fail(record, "expected 'title | offices | phrases'") }
                var set: Set<Int> = []
                let patterns = f[1].split(separator: " ").map(String.init)
                guard !patterns.isEmpty else { throw fail(record, "no office") }
                for pattern in patterns {
                    let matched = officeIndexes(matching: pattern)
                    guard !matched.isEmpty else {
                        throw fail(record, "'\(pattern)' names no office of the office-holder list")
                    }
                    set.formUnion(matched)
                }
                let list = phrases(f[2])
                guard !list.isEmpty else { throw fail(record, "no phrase") }
                let index = Int32(titleOffices.count)
                titleOffices.append(set.sorted())
                for phrase in list {
                    let words = ids(phrase).ids
                    guard !words.isEmpty else { throw fail(record, "'\(phrase)' has no letters") }
                    // Spellings that fold alike ("Vice President", "Vice-President") may both be
                    // written in one record; in two records they would contradict each other.
                    if let old = titles.insert(words, payload: index), old != index {
                        throw fail(record, "the title '\(phrase)' is already listed for other offices")
                    }
                }
            case "not-before", "not-after", "apposition", "joiner", "filler":
                guard f.count == 2 else { throw fail(record, "expected '\(f[0]) | phrases'") }
                let list = phrases(f[1])
                guard !list.isEmpty else { throw fail(record, "no phrase") }
                for phrase in list {
                    let words = ids(phrase).ids
                    guard !words.isEmpty else { throw fail(record, "'\(phrase)' has no letters") }
                    switch f[0] {
                    case "not-before": notBefore.insert(words, payload: 0)
                    case "not-after": notAfter.insert(words, payload: 0)
                    case "apposition": apposition.insert(words, payload: 0)
                    case "joiner": joiners.insert(words, payload: 0)
                    default:
                        guard words.count == 1 else { throw fail(record, "a filler is one word: '\(phrase)'") }
                        fillers.insert(words[0])
                    }
                }
            default:
                throw fail(
                    record,
                    "unknown kind '\(f[0])' (title, not-before, not-after, filler, apposition, joiner)")
            }
        }
    }

    /// Offices named by a key or a pattern "*.office".
    private func officeIndexes(matching pattern: String) -> [Int] {
        if pattern.hasPrefix("*.") {
            let suffix = pattern.dropFirst(1)  // ".office"
            return offices.indices.filter { offices[$0].hasSuffix(suffix) }
        }
        return offices.indices.filter { offices[$0] == pattern }
    }
}
