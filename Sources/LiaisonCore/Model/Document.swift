/// One article (or any text) that Liaison reads.
public struct Document: Hashable, Sendable, Codable, Identifiable {
    /// A stable id ("vi-00", or a slug of the file name).
    public var id: String
    public var title: String?
    /// Where the text came from: an address or a path.
    public var source: String?
    /// The published day: the reference for "hôm qua", "on Tuesday", "cuối tuần này".
    public var published: Day?
    /// The language code ("vi", "en"), or `nil` when not yet known.
    public var language: String?
    /// The text, in Unicode NFC.
    public var text: String

    public init(
        id: String, title: String? = nil, source: String? = nil, published: Day? = nil,
        language: String? = nil, text: String
    ) {
        self.id = id
        self.title = title
        self.source = source
        self.published = published
        self.language = language
        self.text = text
    }

    enum CodingKeys: String, CodingKey {
        case id, title, source, published, text
        case language = "lang"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        source = try c.decodeIfPresent(String.self, forKey: .source)
        published = try c.decodeIfPresent(Day.self, forKey: .published)
        language = try c.decodeIfPresent(String.self, forKey: .language)
        text = try c.decodeIfPresent(String.self, forKey: .text) ?? ""
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(published, forKey: .published)
        try c.encode(language, forKey: .language)
        try c.encode(source, forKey: .source)
        try c.encode(text, forKey: .text)
    }
}
