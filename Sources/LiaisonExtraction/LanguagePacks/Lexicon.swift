/// What a phrase of a language pack is.
enum LexCategory: UInt8, Sendable {
    case country, demonym, organization, place
    case title, titleModifier, honorific, description, descriptionSuffix
    case event, grammar
    case surname, givenName, particle, person
}

/// The function-word kinds of `grammar.txt` (the raw value is the kind's `ref` in the pack).
enum GrammarKind: Int, CaseIterable, Sendable {
    case with, between, and, separate, joint, place, destination, planned, plannedAfter
    case negation, irrealis, irrealisException, past, listIntro, pronoun, firstPerson
    case dual, anaphoric, attend, photo, speech, subordinate, notname, word, frame, plural, adverb
    case determiner, orgHead, placePrefix, predicate, infinitive, presence
    case trio, dualWeak, existential, continuation, within, modal, presuppose, relative

    /// The kind's name in `grammar.txt`.
    var name: String {
        switch self {
        case .plannedAfter: return "planned-after"
        case .irrealisException: return "irrealis-exception"
        case .listIntro: return "list-intro"
        case .firstPerson: return "first-person"
        case .orgHead: return "org-head"
        case .placePrefix: return "place-prefix"
        case .dualWeak: return "dual-weak"
        default: return "\(self)"
        }
    }

    init?(name: String) {
        guard let kind = GrammarKind.allCases.first(where: { $0.name == name }) else { return nil }
        self = kind
    }

    var index: Int { rawValue }
}

/// How the case of a text token must agree with the pack's spelling.
enum CaseRule: UInt8, Sendable {
    /// Any case ("Ngoại trưởng", "the vice president").
    case any
    /// The text token starts with a capital ("Mỹ", "Brussels").
    case capitalized
    /// The text token is in capitals ("WHO", "US").
    case allCaps
}

/// One phrase of the pack and what it means.
struct LexEntry: Sendable {
    var category: LexCategory
    /// Index into the category's table (or the `GrammarKind` index for grammar).
    var ref: Int32
    var length: Int
    var cases: [CaseRule]
}

/// A pack phrase found in a text: which entry, and how many tokens it covers.
struct LexMatch: Sendable {
    var entry: Int32
    var length: Int
    /// The entry's category and reference, copied so lookups need not touch the entry.
    var category: LexCategory
    var ref: Int32
}

/// The table reference of a matched phrase (index into the category's table).
struct LexRef: Sendable {
    var ref: Int32
}

