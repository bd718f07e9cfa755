import LiaisonCore
import LiaisonRender
import Testing

@Suite("Affiliation colours")
struct AffiliationColorsTests {
    @Test("ranked by participations, then name: the most present affiliation gets the first colour")
    func ranking() {
        let colors = AffiliationColors(dossier: Seed.dossier, theme: .standard)
        #expect(colors.entries.map(\.id) == ["united-states", "european-union", "nato", "ukraine"])
        #expect(colors.swatch(for: "united-states") == Theme.standard.palette[0])
        #expect(colors.swatch(for: nil) == Theme.standard.neutral)
        #expect(colors.swatch(for: "nowhere") == Theme.standard.neutral)
    }

    @Test("the same colours in the timeline, the network and a filtered view of one dossier")
    func stable() {
        let all = AffiliationColors(dossier: Seed.dossier, theme: .standard)
        let network = try! NetworkDOT(dossier: Seed.dossier, options: .init(ego: .init(actor: "Sybiha", depth: 1)))
        let sybiha = network.graph.statements.compactMap { s -> DOTNodeAttributes? in
            if case .node(let n) = s, n.attributes["tooltip"].map({ "\($0)" })?.contains("Andrii Sybiha") == true {
                return DOTNodeAttributes(fill: n.attributes["fillcolor"])
            }
            return nil
        }.first
        #expect(sybiha?.fill == .string(all.swatch(for: "ukraine").fill))
    }

    @Test("past the palette, the neutral colour")
    func overflow() {
        var entities: [Entity] = []
        var events: [Event] = []
        for k in 0..<12 {
            entities.append(Entity(id: "c\(k)", name: "Country \(k)", type: .country))
            entities.append(Entity(id: "p\(k)", name: "Person \(k)", type: .person, roles: [Role(title: "Minister", affiliation: "c\(k)")]))
            for _ in 0...(12 - k) { events.append(Event(id: "e\(events.count)", kind: .meeting, participants: ["p\(k)", "p\((k + 1) % 12)"])) }
        }
        let colors = AffiliationColors(dossier: Dossier(entities: entities, events: events), theme: .standard)
        #expect(colors.entries.count == 8)
        #expect(colors.hasColor("c1"))
        #expect(!colors.hasColor("c11"))
        #expect(colors.swatch(for: "c11") == Theme.standard.neutral)
    }
}

import LiaisonGraphviz

struct DOTNodeAttributes: Equatable {
    var fill: DOTValue?
}
