/// Where in which text an event is said: the sentence, its character range and the rule that
/// read it.
public struct Evidence: Hashable, Sendable, Codable {
    /// The id of the ``Document`` the sentence is from.
    public var document: String?
    /// The sentence, as written.
    public var sentence: String
    /// Offset of the sentence's first character in the document's text, counted in Unicode
    /// scalars (the same as Python's string indexes).
    public var start: Int?
    /// Offset one past the sentence's last character, in Unicode scalars.
    public var end: Int?
    /// The id of the extraction rule that fired ("vi.meeting.cuoc-gap-voi"), or `"manual"`.
    public var rule: String?
    /// The source address or path of the document, for links.
    public var source: String?

    public init(
        document: String? = nil, sentence: String, start: Int? = nil, end: Int? = nil,
        rule: String? = nil, source: String? = nil
    ) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.rule = rule
        self.source = source
    }
}
