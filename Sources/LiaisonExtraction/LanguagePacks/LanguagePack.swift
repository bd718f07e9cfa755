import LiaisonCore

/// Everything extraction knows about one language, read from the data files of
/// `Resources/LanguagePacks/<lang>/` and `common/` (see the comment at the top of each file).
///
/// A pack is loaded once and shared read-only; all phrases go into one ``PhraseTrie`` so that
/// a text is scanned once for countries, titles, event words and function words alike.
final class LanguagePack: Sendable {
    struct Country: Sendable { var code: String; var id: String; var name: String }
    struct Organization: Sendable { var id: String; var type: Entity.Kind; var name: String }
    struct Place: Sendable { var id: String; var name: String; var country: String? }
    enum Slot: String, Sendable { case before, after, of, none }
    struct Title: Sendable {
        var text: String
        var office: String
        var slots: Set<Slot>
        /// Entity id of the default affiliation.
        var defaultAffiliation: String?
        var countryOffice: String?
    }
    struct Modifier: Sendable { var meaning: String; var before: Bool }
    enum Gender: String, Sendable { case male, female, any }
    struct Description: Sendable {
        var phrase: String
        /// An office, an office group or "counterpart".
        var target: String
        var slot: Slot
        var needsAffiliation: Bool
        /// For phrases written around their affiliation ("top {} diplomat"): the keys of the
        /// words after it.
        var suffix: [UInt64]
    }
    struct EventWord: Sendable {
        var phrase: String
        var kind: Event.Kind
        var isNoun: Bool
        var host: Bool
        var travel: Bool
        var official: Bool
        var attend: Bool
        var mutual: Bool
        /// Right before a person it describes them and reports no event ("visiting").
        var attributive: Bool = false
        var slug: String
        /// The rule ids of its events, by kind: `<lang>.<kind>.<slug>` and the same with
        /// "-with"/"-voi" (made once, when the pack loads).
        var rules: [Event.Kind: (plain: String, with: String)] = [:]
    }

    let language: String
    /// `language == "en"`, kept so that the rules do not compare strings to know it.
    let isEnglish: Bool
    let tokenizer: Tokenizer
    let splitter: SentenceSplitter
    let trie: PhraseTrie
    let entries: [LexEntry]
    /// The entries' categories, references, and case rules (flat, for the matching loop).
    private let entryCategory: [LexCategory]
    private let entryRef: [Int32]
    private let entryCaseStart: [Int32]
    private let caseRules: [CaseRule]
    let countries: [Country]
    let demonyms: [String]  // entity id of the country, by demonym index
    let organizations: [Organization]
    let places: [Place]
    let titles: [Title]
    let modifiers: [Modifier]
    let honorifics: [Gender]
    let descriptions: [Description]
    let events: [EventWord]
    /// Full names of the well-known people of common/people.txt.
    let people: [String]
    /// Their folded name words (`NameShape.key`), by the same index.
    let peopleKeys: [[String]]
    /// Office → the groups it belongs to.
    let officeGroups: [String: Set<String>]
    /// Entity id → (name, type) for every gazetteer entity.
    let gazetteer: [String: (name: String, type: Entity.Kind)]
    /// Country id → ISO code.
    let countryCodes: [String: String]
    /// Place id → the entity id of its country.
    let placeCountry: [String: String]

    /// Loads the pack of `language` ("vi", "en").
    init(language: String) throws {
        self.language = language
        isEnglish = language == "en"
        func load(_ name: String, _ lang: String? = nil) throws -> PackFile {
            try PackFile.load(language: lang ?? language, name: name)
        }
        func fail(_ file: PackFile, _ record: PackFile.Record, _ message: String) -> PackFile.LoadError {
            PackFile.LoadError(path: file.path, line: record.line, message: message)
        }

        let abbreviations = try load("abbreviations").records.map { $0.fields[0] }
        let tokenizer = Tokenizer(abbreviations: abbreviations)
        self.tokenizer = tokenizer

        var trie = PhraseTrie()
        var entries: [LexEntry] = []
        func add(_ phrase: String, _ category: LexCategory, _ ref: Int, caseSensitive: Bool) {
            let tokenized = tokenizer.tokenize(phrase)
            guard !tokenized.tokens.isEmpty else { return }
            let cases: [CaseRule] = tokenized.tokens.map { t in
                if !caseSensitive { return .any }
                if t.isAllCaps { return .allCaps }
                if t.isCapitalized { return .capitalized }
                return .any
            }
            let entry = LexEntry(category: category, ref: Int32(ref), length: tokenized.tokens.count, cases: cases)
            trie.insert(tokenized.tokens.map(\.key), entry: Int32(entries.count))
            entries.append(entry)
        }

        // Countries: CLDR names, then the hand-written forms and demonyms.
        var countries: [Country] = []
        var countryIndex: [String: Int] = [:]
        let cldr = try load("countries-cldr")
        for r in cldr.records {
            guard r.fields.count >= 3 else { throw fail(cldr, r, "expected CODE | canonical | names…") }
            let country = Country(code: r.fields[0], id: Slug.make(r.fields[1]), name: r.fields[1])
            countryIndex[country.code] = countries.count
            for form in r.fields[2...] where !form.isEmpty { add(form, .country, countries.count, caseSensitive: true) }
            add(r.fields[1], .country, countries.count, caseSensitive: true)
            countries.append(country)
        }
        var demonyms: [String] = []
        let hand = try load("countries")
        for r in hand.records {
            guard r.fields.count >= 3, let index = countryIndex[r.fields[0]] else {
                throw fail(hand, r, "expected a known CODE | name or demonym | forms…")
            }
            switch r.fields[1] {
            case "name":
                for form in r.fields[2...] where !form.isEmpty { add(form, .country, index, caseSensitive: true) }
            case "demonym":
                for form in r.fields[2...] where !form.isEmpty {
                    add(form, .demonym, demonyms.count, caseSensitive: true)
                    demonyms.append(countries[index].id)
                }
            default:
                throw fail(hand, r, "kind must be `name` or `demonym`, not `\(r.fields[1])`")
            }
        }
        self.countries = countries
        self.demonyms = demonyms
        var gazetteer: [String: (name: String, type: Entity.Kind)] = [:]
        var countryCodes: [String: String] = [:]
        for c in countries {
            gazetteer[c.id] = (c.name, .country)
            countryCodes[c.id] = c.code
        }

        // Organizations.
        var organizations: [Organization] = []
        var orgByPackID: [String: String] = [:]
        let orgs = try load("organizations")
        for r in orgs.records {
            guard r.fields.count >= 4, let type = Entity.Kind(rawValue: r.fields[1]) else {
                throw fail(orgs, r, "expected id | organization or group | canonical | forms…")
            }
            let org = Organization(id: Slug.make(r.fields[2]), type: type, name: r.fields[2])
            orgByPackID[r.fields[0]] = org.id
            for form in r.fields[3...] where !form.isEmpty { add(form, .organization, organizations.count, caseSensitive: true) }
            gazetteer[org.id] = (org.name, type)
            organizations.append(org)
        }
        self.organizations = organizations

        // Places (a city-state's city is its country).
        var places: [Place] = []
        let placeFile = try load("places")
        for r in placeFile.records {
            guard r.fields.count >= 4 else { throw fail(placeFile, r, "expected id | canonical | country | forms…") }
            let id = Slug.make(r.fields[1])
            let code = r.fields[2] == "-" ? nil : r.fields[2]
            if let code, let ci = countryIndex[code], countries[ci].id == id {
                for form in r.fields[3...] where !form.isEmpty { add(form, .country, ci, caseSensitive: true) }
                continue
            }
            for form in r.fields[3...] where !form.isEmpty { add(form, .place, places.count, caseSensitive: true) }
            gazetteer[id] = (r.fields[1], .place)
            places.append(Place(id: id, name: r.fields[1], country: code))
        }
        self.places = places
        var placeCountry: [String: String] = [:]
        for p in places {
            if let code = p.country, let ci = countryIndex[code] { placeCountry[p.id] = countries[ci].id }
        }
        self.placeCountry = placeCountry
        self.gazetteer = gazetteer
        self.countryCodes = countryCodes

        func affiliation(_ code: String) -> String? {
            if code == "-" || code.isEmpty { return nil }
            if let ci = countryIndex[code] { return countries[ci].id }
            return orgByPackID[code]
        }

        // Offices.
        var officeGroups: [String: Set<String>] = [:]
        for r in try load("offices", "common").records {
            officeGroups[r.fields[0]] = Set(r.fields.dropFirst().filter { !$0.isEmpty })
        }
        self.officeGroups = officeGroups

        // Titles.
        var titles: [Title] = []
        let titleFile = try load("titles")
        for r in titleFile.records {
            guard r.fields.count >= 4 else { throw fail(titleFile, r, "expected title | office | slots | default | country office") }
            guard officeGroups[r.fields[1]] != nil else { throw fail(titleFile, r, "unknown office `\(r.fields[1])`") }
            var slots = Set<Slot>()
            for s in r.fields[2].split(separator: ",") {
                guard let slot = Slot(rawValue: s.trimmingCharacters(in: .whitespaces)) else {
                    throw fail(titleFile, r, "unknown slot `\(s)`")
                }
                slots.insert(slot)
            }
            let countryOffice = r.fields.count > 4 && !r.fields[4].isEmpty ? r.fields[4] : nil
            add(r.fields[0], .title, titles.count, caseSensitive: false)
            titles.append(Title(text: r.fields[0], office: r.fields[1], slots: slots,
                                defaultAffiliation: affiliation(r.fields[3]), countryOffice: countryOffice))
        }
        self.titles = titles

        var modifiers: [Modifier] = []
        let modifierFile = try load("title-modifiers")
        for r in modifierFile.records {
            guard r.fields.count >= 3 else { throw fail(modifierFile, r, "expected word | meaning | position") }
            add(r.fields[0], .titleModifier, modifiers.count, caseSensitive: false)
            modifiers.append(Modifier(meaning: r.fields[1], before: r.fields[2] == "before"))
        }
        self.modifiers = modifiers

        var honorifics: [Gender] = []
        for r in try load("honorifics").records {
            add(r.fields[0], .honorific, honorifics.count, caseSensitive: false)
            honorifics.append(Gender(rawValue: r.fields.count > 1 ? r.fields[1] : "any") ?? .any)
        }
        self.honorifics = honorifics

        var descriptions: [Description] = []
        let descriptionFile = try load("descriptions")
        for r in descriptionFile.records {
            guard r.fields.count >= 4, let slot = Slot(rawValue: r.fields[2]) else {
                throw fail(descriptionFile, r, "expected phrase | office | slot | yes or no")
            }
            let parts = r.fields[0].components(separatedBy: "{}")
            let suffix = parts.count > 1 ? tokenizer.tokenize(parts[1]).tokens.map(\.key) : []
            add(parts[0].trimmingCharacters(in: .whitespaces), .description, descriptions.count, caseSensitive: false)
            descriptions.append(Description(phrase: r.fields[0], target: r.fields[1], slot: slot,
                                            needsAffiliation: r.fields[3] == "yes", suffix: suffix))
        }
        self.descriptions = descriptions

        var events: [EventWord] = []
        let eventFile = try load("events")
        for r in eventFile.records {
            guard r.fields.count >= 3, let kind = Event.Kind(rawValue: r.fields[1]) else {
                throw fail(eventFile, r, "expected phrase | kind | verb or noun | flags")
            }
            let flags = Set((r.fields.count > 3 ? r.fields[3] : "").split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces)
            })
            add(r.fields[0], .event, events.count, caseSensitive: false)
            var word = EventWord(phrase: r.fields[0], kind: kind, isNoun: r.fields[2] == "noun",
                                    host: flags.contains("host"), travel: flags.contains("travel"),
                                    official: flags.contains("official"), attend: flags.contains("attend"),
                                    mutual: flags.contains("mutual"), attributive: flags.contains("attributive"),
                                    slug: Slug.make(r.fields[0]))
            for k in Event.Kind.allCases {
                let plain = "\(language).\(k.rawValue).\(word.slug)"
                word.rules[k] = (plain, plain + (language == "en" ? "-with" : "-voi"))
            }
            events.append(word)
        }
        self.events = events

        var openers: [String] = []
        let grammarFile = try load("grammar")
        for r in grammarFile.records {
            guard let kind = GrammarKind(name: r.fields[0]) else {
                throw fail(grammarFile, r, "unknown kind `\(r.fields[0])`")
            }
            let sensitive = kind == .notname || kind == .orgHead || kind == .photo || kind == .firstPerson
            for phrase in r.fields.dropFirst() where !phrase.isEmpty {
                add(phrase, .grammar, kind.rawValue, caseSensitive: sensitive)
                if kind == .notname { openers.append(phrase) }
            }
        }
        self.splitter = SentenceSplitter(sentenceOpeners: openers)

        if language == "vi" {
            for r in try load("surnames").records { add(r.fields[0], .surname, 0, caseSensitive: true) }
        }
        for r in try load("given-names", "common").records { add(r.fields[0], .givenName, 0, caseSensitive: true) }
        var people: [String] = []
        for r in try load("people", "common").records {
            for form in r.fields where !form.isEmpty { add(form, .person, people.count, caseSensitive: true) }
            people.append(r.fields[0])
        }
        self.people = people
        peopleKeys = people.map { name in
            let t = tokenizer.tokenize(name)
            return NameShape.key(t, 0..<t.tokens.count)
        }
        for r in try load("name-particles", "common").records { add(r.fields[0], .particle, 0, caseSensitive: true) }

        trie.seal()
        self.trie = trie
        self.entries = entries
        entryCategory = entries.map(\.category)
        entryRef = entries.map(\.ref)
        var starts: [Int32] = []
        var rules: [CaseRule] = []
        for e in entries {
            starts.append(Int32(rules.count))
            rules += e.cases
        }
        starts.append(Int32(rules.count))
        entryCaseStart = starts
        caseRules = rules
    }

    /// Every pack phrase that starts at token `i` and ends before `limit`, longest first.
    func matches(in text: TokenizedText, at i: Int, limit: Int) -> [LexMatch] {
        var out: [LexMatch] = []
        appendMatches(in: text, at: i, limit: limit, to: &out)
        return out
    }

    /// The phrases of every sentence: for each token, where its matches start in the list
    /// (`starts[i]..<starts[i + 1]`, longest first), phrases never crossing a sentence's end.
    func matchAll(in text: TokenizedText, sentences: [Sentence]) -> (starts: [Int32], list: [LexMatch]) {
        var starts: [Int32] = []
        starts.reserveCapacity(text.tokens.count + 1)
        var list: [LexMatch] = []
        list.reserveCapacity(text.tokens.count)
        text.tokens.withUnsafeBufferPointer { tokens in
            for s in sentences {
                for i in s.tokens {
                    starts.append(Int32(list.count))
                    appendMatches(tokens, at: i, limit: s.tokens.upperBound, to: &list)
                }
            }
        }
        while starts.count < text.tokens.count { starts.append(Int32(list.count)) }
        starts.append(Int32(list.count))
        return (starts, list)
    }

    private func appendMatches(_ tokens: UnsafeBufferPointer<Token>, at i: Int, limit: Int, to out: inout [LexMatch]) {
        let first = out.count
        var node: Int32 = 0
        var k = i
        while k < limit {
            guard let next = trie.child(node, tokens[k].key) else { break }
            node = next
            k += 1
            for position in trie.entries(node) {
                let e = Int(trie.entry(position))
                // the case of every word agrees
                let lo = Int(entryCaseStart[e]), hi = Int(entryCaseStart[e + 1])
                let grammarWord = entryCategory[e] == .grammar && hi - lo == 1
                var agrees = true
                for r in lo..<hi {
                    let t = tokens[i + r - lo]
                    switch caseRules[r] {
                    case .any: if grammarWord && t.isAllCaps { agrees = false }
                    case .capitalized: if !t.isCapitalized && t.kind == .word { agrees = false }
                    case .allCaps: if !t.isAllCaps { agrees = false }
                    }
                    if !agrees { break }
                }
                guard agrees else { continue }
                out.append(LexMatch(entry: Int32(e), length: k - i, category: entryCategory[e], ref: entryRef[e]))
            }
        }
        LanguagePack.reverse(&out, from: first)
    }

    /// Appends the phrases starting at token `i` to `out`, longest first.
    func appendMatches(in text: TokenizedText, at i: Int, limit: Int, to out: inout [LexMatch]) {
        let first = out.count
        var node: Int32 = 0
        var k = i
        let tokens = text.tokens
        while k < limit {
            guard let next = trie.child(node, tokens[k].key) else { break }
            node = next
            k += 1
            for position in trie.entries(node) {
                let e = trie.entry(position)
                guard agrees(Int(e), text, from: i) else { continue }
                out.append(LexMatch(entry: e, length: k - i, category: entryCategory[Int(e)], ref: entryRef[Int(e)]))
            }
        }
        LanguagePack.reverse(&out, from: first)
    }

    /// Reverses `list[first...]` in place (reversing the slice would copy it first).
    @inline(__always) private static func reverse(_ list: inout [LexMatch], from first: Int) {
        var a = first, b = list.count - 1
        while a < b {
            list.swapAt(a, b)
            a += 1
            b -= 1
        }
    }

    @inline(__always) private func agrees(_ e: Int, _ text: TokenizedText, from i: Int) -> Bool {
        let lo = Int(entryCaseStart[e]), hi = Int(entryCaseStart[e + 1])
        let grammarWord = entryCategory[e] == .grammar && hi - lo == 1
        for r in lo..<hi {
            let t = text.tokens[i + r - lo]
            switch caseRules[r] {
            case .any:
                // A lower-case phrase does not match an acronym ("us" is not "US").
                if grammarWord && t.isAllCaps { return false }
            case .capitalized: if !t.isCapitalized && t.kind == .word { return false }
            case .allCaps: if !t.isAllCaps { return false }
            }
        }
        return true
    }

    func grammarKind(_ entry: LexEntry) -> GrammarKind? {
        entry.category == .grammar ? GrammarKind(rawValue: Int(entry.ref)) : nil
    }

    /// The office a title has for an affiliation.
    func office(of title: Title, affiliation: String?) -> String {
        if let countryOffice = title.countryOffice, let affiliation, countryCodes[affiliation] != nil {
            return countryOffice
        }
        return title.office
    }

    /// Whether `office` is `target` or belongs to the group `target`.
    func office(_ office: String, fits target: String) -> Bool {
        office == target || (officeGroups[office]?.contains(target) ?? false)
    }
}
