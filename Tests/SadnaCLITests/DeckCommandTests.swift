import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

@Suite("Decks from the command line: render cards, new deck, new workshop --from")
struct DeckCommandTests {
    let folder = TemporaryFolder()

    func sadnaRun(_ arguments: [String]) -> ProcessResult {
        sadnaInProcess(arguments, in: folder.url)
    }

    @Test func theSecondProgrammesSolutionCardsPrintWithTheirOwnWords() throws {
        for language in ["he", "en"] {
            let result = sadnaRun(
                [
                    "render", "cards", "solutions", "--workshop", humanAPIWorkshop.path, "--lang", language, "-o",
                    "s-\(language).pdf",
                ])
            #expect(result.status == 0, "\(result.stderr)")
            let text = try PDFText.extract(folder.path("s-\(language).pdf"))
            #expect(PDFText.contains(text, phrase: "מערכת נתיב") && PDFText.contains(text, phrase: "תהליכי פיקוח"))
            #expect(!text.contains("משימה") && !text.contains("Your task"), "no task card's words on a solution card")
            #expect(PDFText.contains(text, phrase: language == "he" ? "כרטיס פתרון" : "Solution card"))
            #expect(PDFText.contains(text, phrase: "17/17"))
        }
        let check = sadnaRun(["check", humanAPIWorkshop.path, "--strict"])
        #expect(check.status == 0 && check.stderr.contains("no errors, no warnings"), "\(check.stderr)")
        #expect(check.stderr.contains("1 deck (solutions: 17 cards)"), "\(check.stderr)")
        let unknown = sadnaRun(["render", "cards", "solution", "--workshop", humanAPIWorkshop.path])
        #expect(unknown.status == 2 && unknown.stderr.contains("there is no deck `solution`"), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("did you mean `solutions`?"))
    }

    @Test func theFieldExerciseStillPrintsAsTaskCardsAndAsItsDeck() throws {
        let old = sadnaRun(["render", "task-cards", "-o", "old.pdf"])
        let deck = sadnaRun(["render", "cards", "task-cards", "-o", "deck.pdf"])
        #expect(old.status == 0 && deck.status == 0, "\(old.stderr)\(deck.stderr)")
        #expect(try PDFText.extract(folder.path("old.pdf")) == PDFText.extract(folder.path("deck.pdf")))
    }

    @Test func newDeckWritesADeckThatChecksAndPrints() throws {
        let made = sadnaRun(["new", "workshop", "mine"])
        #expect(made.status == 0, "\(made.stderr)")
        let programme = folder.path("mine")
        let deck = sadnaRun(["new", "deck", "ideas", "--workshop", programme.path])
        #expect(deck.status == 0, "\(deck.stderr)")
        #expect(FileManager.default.fileExists(atPath: programme.appendingPathComponent("decks/ideas/deck.yaml").path))
        #expect(FileManager.default.fileExists(atPath: programme.appendingPathComponent("decks/ideas/1-first.yaml").path))
        let check = sadnaRun(["check", programme.path])
        #expect(check.status == 0 && check.stderr.contains("1 deck (ideas: 1 card)"), "\(check.stderr)")
        let printed = sadnaRun(["render", "cards", "ideas", "--workshop", programme.path, "-o", "ideas.pdf"])
        #expect(printed.status == 0, "\(printed.stderr)")
        // A boxed field too long for a poker card is said as a card's, never "split it in two".
        let long = String(repeating: "משימה ארוכה מאוד שאינה נכנסת לתיבה ", count: 12)
        folder.write("mine/decks/ideas/1-first.yaml", "title: כרטיס\ntext: גוף הכרטיס\ntask: \(long)\n")
        let poker = sadnaRun(["render", "cards", "ideas", "--card", "poker", "--workshop", programme.path, "-o", "p.pdf"])
        #expect(poker.stderr.contains("the box of card 1-first does not fit"), "\(poker.stderr)")
        #expect(poker.stderr.contains("print on a bigger card") && !poker.stderr.contains("split it in two"))
        let again = sadnaRun(["new", "deck", "ideas", "--workshop", programme.path])
        #expect(again.status == 1 && again.stderr.contains("exists; nothing was written"), "\(again.stderr)")
    }

    @Test func aNewProgrammeCarriesTheDecksAndTextAndLeavesTheCohort() throws {
        let made = sadnaRun(["new", "workshop", "next", "--from", emekWorkshop.path])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("task-cards/ (9 cards)") && made.stdout.contains("workshop.yaml's text"), "\(made.stdout)")
        #expect(made.stdout.contains("left in") && made.stdout.contains("personas/ (5 files)"), "\(made.stdout)")
        let programme = folder.path("next")
        let workshop = try String(contentsOf: programme.appendingPathComponent("workshop.yaml"), encoding: .utf8)
        #expect(workshop.contains("service_concept:") && workshop.contains("קל, מותאם, יוזם"), "the programme's text is carried")
        #expect(!workshop.contains("years: 2019-2020") && !workshop.contains("outcomes:"), "the cohort's years and outcomes stay")
        let card = try String(
            contentsOf: programme.appendingPathComponent("task-cards/3-resident-certificate-firearm.yaml"), encoding: .utf8)
        #expect(card.contains("mission: הוצאת אישור תושב") && !card.contains("service: resident-certificate"))
        let third = try String(contentsOf: programme.appendingPathComponent("meetings/03.yaml"), encoding: .utf8)
        #expect(third.contains("- kind: task-cards"), "the deck stays in the print plan")
        #expect(!third.contains("attended:") && !third.contains("minutes:"))
        for left in ["personas/rochan.yaml", "participants.yaml", "booklet.yaml", "services/resident-certificate.yaml"] {
            let text = (try? String(contentsOf: programme.appendingPathComponent(left), encoding: .utf8)) ?? ""
            #expect(!text.contains("רוחן") && !text.contains("דינה"), "\(left) is the old cohort's")
        }
        let check = sadnaRun(["check", programme.path])
        #expect(check.status == 0, "\(check.stderr)")

        let second = sadnaRun(["new", "workshop", "welfare", "--from", humanAPIWorkshop.path])
        #expect(second.status == 0 && second.stdout.contains("decks/ (solutions: 17 cards)"), "\(second.stdout)\(second.stderr)")
        let welfare = sadnaRun(["check", folder.path("welfare").path])
        #expect(welfare.status == 0 && welfare.stderr.contains("1 deck (solutions: 17 cards)"), "\(welfare.stderr)")
    }

    @Test func aPrintPlanNamesADeckAndItsKitListsItByItsName() throws {
        let programme = folder.path("welfare")
        try FileManager.default.copyItem(at: humanAPIWorkshop, to: programme)
        let plan = """
            title: מפגש פתיחה
            agenda:
              - start: "9:00"
                content: היכרות עם כרטיסי הפתרונות
            print:
              - kind: cards
                deck: solution
                items: [1, 3-good-morning-supervisor]

            """
        folder.write("welfare/meetings/01.yaml", plan)
        let check = sadnaRun(["check", programme.path])
        #expect(
            check.status == 1 && check.stderr.contains("meetings/01.yaml:7:11: error: there is no deck `solution`"),
            "\(check.stderr)")
        #expect(check.stderr.contains("did you mean `solutions`?"))
        folder.write("welfare/meetings/01.yaml", plan.replacingOccurrences(of: "deck: solution\n", with: "deck: solutions\n"))
        let kit = sadnaRun(["kit", programme.path, "--output", "kit"])
        #expect(kit.status == 0, "\(kit.stderr)")
        let list = try String(contentsOf: folder.path("kit/01/print-list.txt"), encoding: .utf8)
        #expect(list.contains("כרטיסי פתרונות"), "\(list)")
    }
}
