import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

@Suite("Session kits")
struct KitTests {
    let folder = TemporaryFolder()

    /// `sadna` run in process, in `folder`.
    func sadnaRun(_ arguments: [String]) -> ProcessResult {
        sadnaInProcess(arguments, in: folder.url)
    }

    /// `print-list.txt`'s rows as cells, keyed by the header's words.
    func printList(_ url: URL) throws -> (rows: [[String: String]], totals: [String]) {
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let header = try #require(lines.firstIndex { $0.hasPrefix("#\t") })
        let keys = lines[header].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        var rows: [[String: String]] = []
        var index = header + 1
        while index < lines.count, !lines[index].isEmpty {
            let cells = lines[index].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            rows.append(Dictionary(uniqueKeysWithValues: zip(keys, cells)))
            index += 1
        }
        let totals = lines[index...].map(String.init).filter { !$0.isEmpty }
        return (rows, totals)
    }

    @Test func meetingThreesKitHoldsItsAgendaTheSixTaskCardsAndAJourneyMapForEveryPair() throws {
        let result = sadnaRun(["kit", "--workshop", emekWorkshop.path, "--meeting", "3", "--output", "kit"])
        #expect(result.status == 0, "\(result.stderr)")
        let a4 = folder.path("kit/03/meeting-03-A4.pdf"), a3 = folder.path("kit/03/meeting-03-A3.pdf")

        // The print list's page counts are the PDFs' page counts, and its ranges tile each file.
        let (rows, totals) = try printList(folder.path("kit/03/print-list.txt"))
        for (file, url) in [("meeting-03-A4.pdf", a4), ("meeting-03-A3.pdf", a3)] {
            let info = try PDFText.info(url, "Pages")
            let pages = try #require(info.flatMap { Int($0) })
            let mine = rows.filter { $0["קובץ"] == file }
            #expect(mine.reduce(0) { $0 + Int($1["עמודים"]!)! * Int($1["עותקים"]!)! } == pages, "\(file)")
            #expect(mine.last?["בקובץ"]?.hasSuffix("\(pages)") == true, "\(file): \(mine.last ?? [:])")
            #expect(totals.contains("\(pages) עמודים — \(file)"), "\(totals)")
            // The cover's list says the same as the text file.
            #expect(PDFText.contains(try PDFText.extract(a4, page: 1), phrase: "\(pages) עמודים — \(file)"))
        }

        // The cover, then the facilitator's run-sheet.
        let cover = try PDFText.extract(a4, page: 1)
        for phrase in ["ערכת הדפסה", "מובילים דיגיטליים – מפגש 3", "קל, מותאם, יוזם", "רשימת הדפסה"] {
            #expect(PDFText.contains(cover, phrase: phrase), "\(phrase)")
        }
        #expect(rows.first?["מה"] == "שער ורשימת הדפסה" && rows[1]["מה"] == "סדר יום למנחה")
        #expect(PDFText.contains(try PDFText.extract(a4, page: 2), phrase: "יציאה לשטח – למידה בזוגות"))

        // The six task cards the agenda names, in their pages and no others.
        let workshop = emek
        let meeting = try #require(workshop.meeting(named: "3"))
        let cardsRow = try #require(rows.first { $0["מה"]?.hasPrefix("כרטיסיות משימה") == true })
        #expect(
            cardsRow["מה"] == "כרטיסיות משימה (6)" && cardsRow["גזירה"] == "כן" && cardsRow["בשביל"]?.hasPrefix("09:45") == true)
        let range = try #require(cardsRow["בקובץ"]).split(separator: "-").compactMap { Int($0) }
        let cardText = try (range[0]...range[1]).map { try PDFText.extract(a4, page: $0) }.joined(separator: " ")
        let planned = try #require(meeting.print.first { $0.kind.value == .taskCards }).items.map(\.value)
        #expect(planned.count == 6)
        for card in workshop.taskCards {
            let shown = PDFText.contains(cardText, phrase: card.mission?.value ?? "")
            #expect(shown == planned.contains(card.id), "\(card.id)")
        }

        // A blank A3 journey map for each of the six pairs.
        let sizes = try PDFText.pageSizes(a3)
        #expect(sizes.count == 6 && sizes.allSatisfy { abs($0.width - 1190.55) < 0.2 && abs($0.height - 841.89) < 0.2 })
        #expect(meeting.groups?.value == 6)

        // A bookmark for every part, in print order.
        #expect(
            try PDFText.bookmarks(a4) == [
                "שער ורשימת הדפסה", "סדר יום למנחה", "כרטיסיות משימה (6)",
                "שיעורי בית: השירותים של האגף", "טופס פרסונה ריק",
            ])
        #expect(try PDFText.bookmarks(a3) == ["מפת מסע ריקה"])
    }

    @Test func allPrintsAFolderForEveryMeeting() throws {
        let result = sadnaRun(["kit", emekWorkshop.path, "--output", "kit"])
        #expect(result.status == 0, "\(result.stderr)")
        for id in ["01", "02", "03", "04", "06", "07", "08", "09", "10", "staff-2019-09-19"] {
            #expect(FileManager.default.fileExists(atPath: folder.path("kit/\(id)/meeting-\(id)-A4.pdf").path), "\(id)")
            #expect(FileManager.default.fileExists(atPath: folder.path("kit/\(id)/print-list.txt").path), "\(id)")
        }
        // Meeting 10's mind maps are A3, one per group; meeting 9's A5 sheets two to an A4, cut.
        #expect(try PDFText.pageSizes(folder.path("kit/10/meeting-10-A3.pdf")).count == 8)
        let nine = try printList(folder.path("kit/09/print-list.txt")).rows
        let thinkFeelDo = try #require(nine.first { $0["מה"]?.hasPrefix("Think · Feel · Do") == true })
        #expect(thinkFeelDo["עמודים"] == "10" && thinkFeelDo["גזירה"] == "כן")
    }

    func brokenKit(_ print: String, extra: String = "") -> TemporaryFolder {
        makeWorkshop(meetings: [
            "01.yaml": """
            title: מפגש 1
            \(extra)agenda:
              - start: "9:00"
                id: opening
                content: פתיחה
            print:
            \(print)
            """
        ])
    }

    @Test func copiesPerGroupNeedTheMeetingsGroups() throws {
        let workshop = brokenKit(
            """
              - kind: journey-canvas
                copies: per-group
            """)
        let result = sadnaRun(["kit", workshop.url.path, "--output", "kit"])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "meetings/01.yaml:8:13: error: copies are counted per group, but the meeting does not say how many groups it has"),
            "\(result.stderr)")
        #expect(result.stderr.contains("add `groups: N` to the meeting"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("kit/01").path), "nothing is written when the plan is wrong")
    }

    @Test func copiesAreMultipliedByTheMeetingsCounts() throws {
        let workshop = brokenKit(
            """
              - kind: persona-form
                copies: 3 per-participant
            """, extra: "participants: 4\n")
        #expect(sadnaRun(["kit", workshop.url.path, "--output", "kit"]).status == 0)
        let rows = try printList(folder.path("kit/01/print-list.txt")).rows
        #expect(rows.last?["עותקים"] == "12")
        #expect(try PDFText.info(folder.path("kit/01/meeting-01-A4.pdf"), "Pages") == "14")
    }

    @Test func aPlanThatNamesWhatDoesNotExistIsLocatedWithASuggestion() throws {
        let workshop = brokenKit(
            """
              - kind: worksheet
                items: [mind-mapp]
                for: openning
              - kind: journey
                paper: A5
              - kind: handout
                paper: A5
              - kind: task-cards
                card: A9
              - kind: task-cards
                card: A5
            """)
        let result = sadnaRun(["kit", workshop.url.path, "--output", "kit"])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("meetings/01.yaml:8:13: error: there is no worksheet `mind-mapp` to print"), "\(result.stderr)"
        )
        #expect(result.stderr.contains("did you mean `mind-map`?"))
        #expect(result.stderr.contains("meetings/01.yaml:9:10: error: no agenda row of this meeting has the id `openning`"))
        #expect(result.stderr.contains("did you mean `opening`?"))
        #expect(result.stderr.contains("meetings/01.yaml:11:12: error: journey cannot be printed on A5"))
        #expect(result.stderr.contains("use one of A3, A4"))
        #expect(result.stderr.contains("meetings/01.yaml:13:12: error: handout cannot be printed on A5"))
        // A9 is no card size at all: the plan's reader names the sizes there are.
        #expect(result.stderr.contains("meetings/01.yaml:15:11: error: `card` \"A9\" is not a card size"))
        #expect(result.stderr.contains("write one of: A5, A6, A7, poker"))
        // A5 is a card size, but not one task cards come in.
        #expect(result.stderr.contains("meetings/01.yaml:17:11: error: task-cards do not come in the card size A5"))
        #expect(result.stderr.contains("the sizes: A6, A7, poker"))
        #expect(result.stderr.contains("meetings/01.yaml:14:11: error: the workshop has no task cards to print"))
        #expect(result.stderr.contains("`sadna new task-card ID`"))
    }

    @Test func anUnknownKindOrTurnIsNamedWithTheOnesThereAre() throws {
        let workshop = brokenKit("  - kind: task-card\n  - kind: task-cards\n    backs: long-egde\n")
        let result = sadnaRun(["check", "--workshop", workshop.url.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("meetings/01.yaml:7:11: error:"), "\(result.stderr)")
        #expect(result.stderr.contains("did you mean `task-cards`?"))
        #expect(result.stderr.contains("meetings/01.yaml:9:12: error: `backs` \"long-egde\" is not a way to turn the sheet"))
        #expect(result.stderr.contains("did you mean `long-edge`?"))
    }

    @Test func aFailedKitLeavesYesterdaysKitAsItWas() throws {
        folder.write("kit/01/meeting-01-A4.pdf", "yesterday's kit")
        let workshop = brokenKit("  - kind: worksheet\n    items: [nothing-like-it]\n")
        #expect(sadnaRun(["kit", workshop.url.path, "--output", "kit"]).status == 1)
        #expect(try String(contentsOf: folder.path("kit/01/meeting-01-A4.pdf"), encoding: .utf8) == "yesterday's kit")
    }
}
