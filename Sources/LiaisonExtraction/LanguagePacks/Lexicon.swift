/// What a phrase of a language pack is.
enum LexCategory: UInt8, Sendable {
    case country, demonym, organization, place
    case title, titleModifier, honorific, description, descriptionSuffix
    case event, grammar
    case surname, givenName, particle
}

/// The function-word kinds of `grammar.txt`.
enum GrammarKind: String, CaseIterable, Sendable {
    case with, between, and, separate, joint, place, destination, planned
    case plannedAfter = "planned-after"
    case negation, irrealis
    case irrealisException = "irrealis-exception"
    case past
    case listIntro = "list-intro"
    case pronoun
    case firstPerson = "first-person"
    case dual, anaphoric, attend, photo, speech, subordinate, notname, word, frame, plural, adverb
    case determiner
    case orgHead = "org-head"
    case placePrefix = "place-prefix"
    case predicate, infinitive
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
}
