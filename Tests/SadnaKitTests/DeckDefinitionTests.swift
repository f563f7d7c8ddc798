import Foundation
import SadnaTestSupport
import Testing

@testable import SadnaKit

@Suite("Decks of a programme's own: deck.yaml and its cards")
struct DeckDefinitionTests {
    static let deck = """
        name: {he: כרטיסי פתרונות, en: Solution cards}
        fields:
          - key: name
          - key: solution
            required: true
          - key: need
            label: {he: "הצורך:", en: "The need:"}
        front:
          headline: name
          body: solution
          box: need
        back:
          text: {he: דוגמאות, en: Examples}

        """

    /// A workshop with one deck: its deck.yaml and cards (file name → YAML).
    static func workshop(deck: String = deck, cards: [String: String]) -> TemporaryFolder {
        let folder = makeWorkshop(meetings: [:])
        folder.write("decks/solutions/deck.yaml", deck)
        for (name, text) in cards { folder.write("decks/solutions/\(name)", text) }
        return folder
    }

    @Test func aDeckLoadsItsCardsIntoTheirPlacesInOrder() throws {
        let folder = Self.workshop(cards: [
            "2-b.yaml": "name: שני\nsolution: פתרון שני\nneed: צורך\n",
            "1-a.yaml": "name: ראשון\nsolution: פתרון ראשון\n",
        ])
        let outcome = check(folder.url)
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics)")
        let workshop = try #require(outcome.workshop)
        let deck = try #require(workshop.deck(named: "solutions"))
        #expect(deck.cards.map(\.id) == ["1-a", "2-b"])
        #expect(deck.cards[1].headline?.value == "שני" && deck.cards[1].story.value == "פתרון שני")
        #expect(deck.cards[1].mission?.value == "צורך" && deck.cards[0].mission == nil)
        #expect(deck.definition?.name(.en) == "Solution cards" && deck.definition?.field("need")?.label?(.he) == "הצורך:")
        #expect(workshop.allDecks.map(\.id) == ["solutions"], "no field exercise without task cards")
    }

    @Test func unknownKeysAndFieldsAreLocatedWithWhatThereIs() throws {
        let broken = Self.deck.replacingOccurrences(of: "fields:", with: "colour: blue\nfields:")
            .replacingOccurrences(of: "  box: need", with: "  box: neeed\n  foot: [owner]")
        let folder = Self.workshop(deck: broken, cards: ["1-a.yaml": "name: א\nsolution: ב\nstory: ג\n"])
        let found = check(folder.url).diagnostics.filter { $0.severity == .error }
        func error(_ text: String) -> Diagnostic? { found.first { $0.message.contains(text) } }
        let colour = try #require(error("unknown key `colour`"), "\(found)")
        #expect(colour.location?.file.hasSuffix("decks/solutions/deck.yaml") == true && colour.location?.line == 2)
        let box = try #require(error("`box` names the field `neeed`"), "\(found)")
        #expect(box.location?.line == 12 && box.hint?.contains("did you mean `need`?") == true)
        let foot = try #require(error("`foot` names the field `owner`"), "\(found)")
        #expect(foot.location?.line == 13 && foot.hint?.contains("the fields: `name`, `solution`, `need`") == true)
    }

    @Test func aCardWithAKeyItsDeckDoesNotHaveIsLocated() throws {
        let folder = Self.workshop(cards: ["1-a.yaml": "name: א\nsolution: ב\nstory: ג\n"])
        let found = check(folder.url).diagnostics.filter { $0.severity == .error }
        let story = try #require(found.first { $0.message.contains("unknown key `story` in a card of the deck solutions") })
        #expect(story.location?.file.hasSuffix("decks/solutions/1-a.yaml") == true && story.location?.line == 3)
        let missing = Self.workshop(cards: ["1-a.yaml": "name: א\n"])
        #expect(check(missing.url).diagnostics.contains { $0.message.contains("has no `solution`") && $0.location?.line == 1 })
    }

    @Test func aDeckWithoutNameOrDeckFileSaysWhatToWrite() throws {
        let nameless = Self.workshop(
            deck: Self.deck.replacingOccurrences(of: "name: {he: כרטיסי פתרונות, en: Solution cards}\n", with: ""), cards: [:])
        let name = try #require(check(nameless.url).diagnostics.first { $0.rule == "deck.name" })
        #expect(name.message == "the deck solutions has no `name`" && name.hint?.contains("name: {he:") == true)
        let folder = makeWorkshop(meetings: [:])
        folder.write("decks/ideas/1-a.yaml", "text: רעיון\n")
        let missing = try #require(check(folder.url).diagnostics.first { $0.rule == "deck.missing" })
        #expect(missing.location?.file.hasSuffix("decks/ideas") == true && missing.hint?.contains("sadna new deck ideas") == true)
    }

    @Test func aBackNamesAFieldOrATextOrNone() throws {
        let own = Self.deck.replacingOccurrences(of: "  text: {he: דוגמאות, en: Examples}", with: "  field: neeed")
        let ownFolder = Self.workshop(deck: own, cards: [:])
        let found = check(ownFolder.url).diagnostics
        #expect(
            found.contains {
                $0.message.contains("`back` names the field `neeed`") && $0.hint?.contains("did you mean `need`?") == true
            })
        let none = Self.deck.replacingOccurrences(of: "back:\n  text: {he: דוגמאות, en: Examples}", with: "back: none")
        let noneFolder = Self.workshop(deck: none, cards: [:])
        let workshop = try #require(check(noneFolder.url).workshop)
        guard case .none? = workshop.deck(named: "solutions")?.definition?.back else {
            Issue.record("back: none is not read as none")
            return
        }
    }

    @Test func homeworkMakesADecksCardsAndCountsThemByAuthor() throws {
        let folder = Self.workshop(cards: [
            "1-a.yaml": "name: א\nsolution: ב\nauthor: דנה\n", "2-b.yaml": "name: ג\nsolution: ד\nauthor: דנה\n",
        ])
        folder.write("participants.yaml", "- name: דנה\n- name: רון\n")
        folder.write(
            "meetings/01.yaml",
            """
            title: פתיחה
            homework:
              - text: שני כרטיסי פתרון
                assigned: per-participant
                makes: decks/solutions
                count: 2
              - text: דף עבודה
                assigned: per-participant
                makes: worksheets/no-such-sheet

            """)
        folder.write("meetings/02.yaml", "title: המשך\n")
        let outcome = check(folder.url)
        let unknown = try #require(outcome.diagnostics.first { $0.rule == "homework.makes" })
        #expect(unknown.message.contains("the worksheet `no-such-sheet`") && unknown.location?.line == 9)
        let workshop = try #require(outcome.workshop)
        let progress = HomeworkProgress(workshop, today: testToday)
        let cards = try #require(progress.items.first)
        #expect(cards.assignment.makes?.value == .cards(deck: "solutions"))
        #expect(cards.entry(for: "דנה")?.made == 2 && cards.entry(for: "דנה")?.state == .done)
        #expect(cards.entry(for: "רון")?.made == 0)
        #expect(Assignment.Makes("decks/solutions")?.name == "decks/solutions" && Assignment.Makes("decks/") == nil)
    }
}
