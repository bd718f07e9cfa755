import LiaisonCore
import Testing
@testable import LiaisonExtraction

@Suite struct EventMergerTests {
    func draft(_ kind: Event.Kind, _ who: [String], time: Day? = nil, place: String? = nil,
               status: Event.Status = .happened, explicit: Bool = false, at position: Int) -> EventDraft
    {
        EventDraft(kind: kind, participants: who, host: nil, place: place, time: time.map { TimeSpan.day($0) },
                   status: status, statusIsExplicit: explicit,
                   evidence: [Evidence(sentence: "s\(position)", start: position, end: position + 1, rule: "r")],
                   position: position)
    }

    @Test func twoReportsOfOneMeetingBecomeOneEventWithBothPiecesOfEvidence() throws {
        let events = EventMerger.merge([
            draft(.meeting, ["a", "b"], place: "brussels", at: 10),
            draft(.talks, ["b", "a"], time: Day(2024, 11, 13), at: 50),
        ])
        let e = try #require(events.first)
        #expect(events.count == 1)
        #expect(e.id == "ev-1")
        #expect(e.kind == .meeting)
        #expect(e.place == "brussels")
        #expect(e.time?.start == Day(2024, 11, 13))
        #expect(e.evidence.map(\.sentence) == ["s10", "s50"])
    }

    @Test func differentDatesPlacesPartiesOrKindsStayApart() {
        let events = EventMerger.merge([
            draft(.meeting, ["a", "b"], time: Day(2018, 1, 22), at: 1),
            draft(.meeting, ["a", "b"], time: Day(2018, 1, 16), at: 2),
            draft(.meeting, ["a", "c"], at: 3),
            draft(.call, ["a", "b"], time: Day(2018, 1, 22), at: 4),
            draft(.meeting, ["a", "b"], place: "paris", at: 5),
            draft(.meeting, ["a", "b"], place: "london", at: 6),
        ])
        // the undated reports join the dated ones, but Paris and London stay apart
        #expect(events.count == 4)
        #expect(events.map(\.id) == ["ev-1", "ev-2", "ev-3", "ev-4"])
        #expect(Set(events.compactMap(\.place)) == ["paris", "london"])
        #expect(events.filter { $0.kind == .meeting && Set($0.participants) == ["a", "b"] }.count == 2)
    }

    @Test func aPlannedMeetingIsNotTheOneThatHappened() {
        let events = EventMerger.merge([
            draft(.meeting, ["a", "b"], status: .happened, explicit: true, at: 1),
            draft(.meeting, ["a", "b"], status: .planned, explicit: true, at: 2),
            draft(.meeting, ["a", "b"], at: 3),
        ])
        #expect(events.map(\.status) == [.happened, .planned])
    }

    @Test func eventsAreNumberedInTextOrder() {
        let events = EventMerger.merge([draft(.trip, ["a", "x"], at: 30), draft(.meeting, ["a", "b"], at: 5)])
        #expect(events.map(\.kind) == [.meeting, .trip])
        #expect(events.map(\.id) == ["ev-1", "ev-2"])
    }

    @Test func talksJoinTheCallTheyWereHeldIn() {
        let events = EventMerger.merge([
            draft(.call, ["a", "b"], time: Day(2025, 3, 10), at: 1),
            draft(.talks, ["b", "a"], at: 2),
        ])
        #expect(events.count == 1)
        #expect(events.first?.kind == .call)
    }
}
