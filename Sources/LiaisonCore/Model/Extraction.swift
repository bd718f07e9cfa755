/// What extraction reads from one document: the JSON that `liaison extract --format json`
/// writes (see `docs/FORMATS.md`).
public struct Extraction: Hashable, Sendable, Codable {
    /// The document's metadata (its text is not repeated in the JSON).
    public var document: Document
    public var entities: [Entity]
    public var events: [Event]
    /// Every time expression found, resolved where possible.
    public var dateMentions: [DateMention]

    public init(document: Document, entities: [Entity], events: [Event], dateMentions: [DateMention]) {
        self.document = document
        self.entities = entities
        self.events = events
        self.dateMentions = dateMentions
    }

    /// The extraction as a one-document dossier.
    public var dossier: Dossier {
        Dossier(documents: [document], entities: entities, events: events)
    }

    enum CodingKeys: String, CodingKey {
        case document, entities, events
        case dateMentions = "date_mentions"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        document = try c.decode(Document.self, forKey: .document)
        entities = try c.decodeIfPresent([Entity].self, forKey: .entities) ?? []
        events = try c.decodeIfPresent([Event].self, forKey: .events) ?? []
        dateMentions = try c.decodeIfPresent([DateMention].self, forKey: .dateMentions) ?? []
    }

    /// Writes the agreed JSON: the document's metadata without its text, then entities, events
    /// and date mentions, in that order.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(DocumentHeader(document), forKey: .document)
        try c.encode(entities, forKey: .entities)
        try c.encode(events, forKey: .events)
        try c.encode(dateMentions, forKey: .dateMentions)
    }
}

/// A document's metadata as an extraction writes it (the text is left out).
private struct DocumentHeader: Encodable {
    let document: Document
    init(_ document: Document) { self.document = document }

    enum CodingKeys: String, CodingKey {
        case id, title, published, lang, source
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(document.id, forKey: .id)
        try c.encode(document.title, forKey: .title)
        try c.encode(document.published, forKey: .published)
        try c.encode(document.language, forKey: .lang)
        try c.encode(document.source, forKey: .source)
    }
}
