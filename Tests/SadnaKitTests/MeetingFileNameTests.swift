import SadnaKit
import SadnaTestSupport
import Testing

@Suite("A new meeting's file name")
struct MeetingFileNameTests {
    @Test func aNumberIsWrittenAsTheOtherMeetingsAre() {
        #expect(MeetingFileName.id(for: 5, among: ["01", "02", "03", "04"]) == "05")
        #expect(MeetingFileName.id(for: 5, among: ["1", "2", "staff-2019-09-19"]) == "5")
        #expect(MeetingFileName.id(for: 12, among: ["01", "staff"]) == "12")
        #expect(MeetingFileName.id(for: 3, among: []) == "03", "as `sadna new workshop` starts one")
        #expect(MeetingFileName.id(for: 7, among: ["001"]) == "007")
    }

    @Test func aMeetingNumberIsNotTakenForATypoOfAnother() {
        #expect(Suggestion.closest(to: "9", among: ["01", "02", "03", "04"]) == nil)
        #expect(Suggestion.closest(to: "mind-mpa", among: ["mind-map", "challenge-map"]) == "mind-map")
    }
}
