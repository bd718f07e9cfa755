import LiaisonCore
import LiaisonExtraction

/// Taggers shared by the temporal tests (loading a pack once).
enum Taggers {
    static let vi = try! TemporalTagger(language: "vi")
    static let en = try! TemporalTagger(language: "en")

    static func tagger(_ language: String) -> TemporalTagger { language == "vi" ? vi : en }
}

/// A day from "YYYY-MM-DD" (test input is always well formed).
func day(_ iso: String) -> Day { Day(iso: iso)! }

/// One expected mention: its words and its first and last day ("" for none).
struct Expect: Sendable, CustomTestStringConvertible {
    var text: String
    var sentence: String
    var first: String
    var last: String

    init(_ sentence: String, _ text: String, _ first: String, _ last: String? = nil) {
        self.sentence = sentence
        self.text = text
        self.first = first
        self.last = last ?? first
    }

    var testDescription: String { "\(text) → \(first)…\(last)" }
}

/// Checks that `sentence` holds exactly the expected mention and that it resolves as expected.
func check(_ e: Expect, language: String, published: String?) -> (found: [String], ok: Bool) {
    let mentions = Taggers.tagger(language).mentions(in: e.sentence, published: published.map(day))
    let texts = mentions.map { "\($0.text) → \($0.date?.description ?? "nil")…\($0.end?.description ?? "nil")" }
    guard mentions.count == 1, let m = mentions.first else { return (texts, false) }
    let ok = m.text == e.text && (m.date?.description ?? "") == e.first && (m.end?.description ?? "") == e.last
    return (texts, ok)
}

/// The substring of `text` between two offsets counted in Unicode scalars.
func scalars(_ text: String, _ start: Int, _ stop: Int) -> String {
    let s = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    out.append(contentsOf: s[start..<stop])
    return String(out)
}

import Testing
