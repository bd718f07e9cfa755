import Testing
@testable import LiaisonCore

@Suite struct NameKeyFastPathTests {
    @Test func asciiTextFoldsTheSameWithOrWithoutTheShortcut() {
        var rng = SplitMix(seed: 11)
        let alphabet = Array("aZ09 -'.,_()/&\t!?Xy")
        for _ in 0..<2_000 {
            let length = Int(rng.next() % 14)
            let text = String((0..<length).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] })
            #expect(NameKey.foldASCII(text) == NameKey.foldScalars(text), "\(text)")
        }
        #expect(NameKey.foldASCII("Đà Nẵng") == nil)
        #expect(Slug.make("  ") == "x")
        #expect(Slug.make("O'Brien & Sons") == "obrien-sons")
    }
}
