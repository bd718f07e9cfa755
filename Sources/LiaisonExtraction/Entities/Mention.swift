import LiaisonCore

/// An office as a text gives it: "Ngoại trưởng" of the United States, "former President".
struct TitleUse: Hashable, Sendable {
    /// The title as written, without its modifiers ("Ngoại trưởng", "Secretary of State").
    let text: String
    /// The language-independent office (common/offices.txt).
    var office: String
    /// Entity id of the country or organization, if any.
    var affiliation: String?
    /// "former", "elect", "acting"… or nil for a current holder.
    var modifier: String?
    /// `TokenKey.of(text)`: the title compared case-insensitively.
    let textKey: UInt64

    init(text: String, office: String, affiliation: String?, modifier: String? = nil) {
        self.init(text: text, textKey: TokenKey.of(text.unicodeScalars), office: office, affiliation: affiliation,
                  modifier: modifier)
    }

    /// With the title's key already known (`TokenKey.of` the scalars of `text`).
    init(text: String, textKey: UInt64, office: String, affiliation: String?, modifier: String? = nil) {
        self.text = text
        self.office = office
        self.affiliation = affiliation
        self.modifier = modifier
        self.textKey = textKey
    }
}

/// Something a sentence names or refers to.
///
/// A class: mentions are handed around the rules many times over, and a reference costs less
/// than copying their dozen fields each time. Only coreference changes them, before the event
/// rules read them.
final class Mention {
    enum Kind: Sendable, Equatable {
        /// A person named (with or without a title or honorific).
        case person
        /// A title standing alone for its holder ("Ngoại trưởng Mỹ", "the Secretary").
        case titleOnly
        /// A description standing for a holder of an office ("nhà ngoại giao hàng đầu của Mỹ").
        case description
        /// "người đồng cấp Ukraine", "his American counterpart" (without a name).
        case counterpart
        /// "ông", "he".
        case pronoun
        /// "tôi", "we": inside a quotation, its speaker.
        case firstPerson
        /// "hai nhà lãnh đạo", "the two leaders".
        case dual
        case organization, country, place
    }

    var kind: Kind
    /// The tokens of the whole mention (title, affiliation, name).
    var range: Range<Int>
    /// The tokens of the personal name, for people.
    var name: Range<Int>?
    /// Offices given with the mention.
    var roles: [TitleUse] = []
    var gender: LanguagePack.Gender?
    /// Entity id: the gazetteer's for countries, organizations and places; set by coreference
    /// for people.
    var entity: String?
    /// For a dual mention, the two people (or three: "ba nhà lãnh đạo", "the three leaders").
    var entities: [String] = []
    /// For a dual mention, how many people it stands for.
    var groupSize = 2
    /// The entity ids the mention stands for (`entities` for a dual mention, else `entity`),
    /// filled in once coreference has named the entities.
    var ids: [String] = []
    /// Office or group named by a description, or "counterpart".
    var target: String?
    var affiliation: String?
    /// The tokens of the affiliation, as written ("Mỹ", "Liên minh châu Âu (EU)").
    var affiliationRange: Range<Int>?
    /// An acronym given in brackets right after ("(EU)").
    var acronym: String?
    /// For people and titles: the text written before a name, such as a description
    /// ("người đồng cấp") that makes the person a counterpart.
    var counterpart = false
    /// The well-known person the mention names ("Putin" → "Vladimir Putin"), as an index into
    /// the pack's people.
    var known: Int?
    var sentence: Int

    init(kind: Kind, range: Range<Int>, sentence: Int) {
        self.kind = kind
        self.range = range
        self.sentence = sentence
    }

    var isPersonLike: Bool {
        switch kind {
        case .person, .titleOnly, .description, .counterpart, .pronoun, .firstPerson, .dual: return true
        default: return false
        }
    }

    var isParticipant: Bool { isPersonLike || kind == .organization }
}
