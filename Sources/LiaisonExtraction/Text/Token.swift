/// A word, number or punctuation mark of a text, located by Unicode-scalar offsets.
public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Hashable, Sendable {
        case word, number, punctuation
    }

    /// Properties of a token's spelling and of the space before it.
    public struct Flags: OptionSet, Hashable, Sendable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        /// Starts with a capital letter.
        public static let capitalized = Flags(rawValue: 1 << 0)
        /// Two or more letters, all capitals ("NATO", "U.S.").
        public static let allCaps = Flags(rawValue: 1 << 1)
        /// Holds a letter only Vietnamese uses (ư, ơ, ạ…).
        public static let vietnamese = Flags(rawValue: 1 << 2)
        /// Ends with a full stop that belongs to it ("Mr.", "U.S.", "J.").
        public static let abbreviation = Flags(rawValue: 1 << 3)
        /// One capital letter and its full stop ("J." in "Antony J. Blinken").
        public static let initial = Flags(rawValue: 1 << 4)
        /// Letters joined by inner full stops ("U.S.", "TP.HCM").
        public static let dotted = Flags(rawValue: 1 << 5)
        /// White space comes before it.
        public static let spaceBefore = Flags(rawValue: 1 << 6)
        /// A line break comes before it (a new paragraph or line).
        public static let lineBreakBefore = Flags(rawValue: 1 << 7)
        /// Holds a digit.
        public static let digit = Flags(rawValue: 1 << 8)
    }

    /// Offset of the first scalar in the text.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int
    public var kind: Kind
    public var flags: Flags
    /// A hash of the lower-cased spelling: equal for "Mỹ" and "mỹ", used to find the token in
    /// the language pack's vocabulary.
    public var key: UInt64

    public var isWord: Bool { kind == .word }
    public var isCapitalized: Bool { flags.contains(.capitalized) }
    public var isAllCaps: Bool { flags.contains(.allCaps) }
    public var length: Int { end - start }
}

/// FNV-1a over lower-cased scalars: the key of a token in the vocabulary.
enum TokenKey {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func add(_ hash: inout UInt64, _ scalar: Unicode.Scalar) {
        var v = ScalarTable.lower(scalar).value
        if v == 0x2019 || v == 0x2018 || v == 0x2BC { v = 0x27 }  // ’ ‘ ʼ → '
        hash ^= UInt64(v)
        hash = hash &* 0x100_0000_01b3
    }

    static func of<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var h = seed
        for s in scalars { add(&h, s) }
        return h
    }
}

/// Keys of a few function words the rules test directly.
enum Words {
    static let cua = key("của"), of = key("of"), the = key("the"), kiem = key("kiêm"), and = key("and")
    static let he = key("he"), him = key("him"), his = key("his")
    static let indefinite: Set<UInt64> = Set(["a", "an", "any", "every", "each", "another", "no"].map(key))
    static let nameJoiners: Set<UInt64> = Set(["of", "and", "for", "the", "on", "in", "&"].map(key))

    static func key(_ word: String) -> UInt64 { TokenKey.of(word.unicodeScalars) }
}
