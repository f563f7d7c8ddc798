import Foundation
import Hummingbird
import HummingbirdTesting
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaWeb

/// Task cards in the workbench: the deck in order, a card's form, reordering, and the deck as PDF.
@Suite("Task cards in the workbench")
struct TaskCardWorkbenchTests {
    @Test func theDeckAndEveryCardAnswerInEachLanguage() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            for language in ["he", "ar", "en"] {
                for path in ["/task-cards", "/task-cards/new"] + emek.taskCards.map({ "/task-cards/\($0.id)" }) {
                    #expect(try await client.get("\(path)?lang=\(language)").status == .ok, "\(path) \(language)")
                }
            }
            let face = try await client.get("/task-cards/3-resident-certificate-firearm/card.png")
            #expect(face.status == .ok && face.headers[.contentType] == "image/png")
            for size in ["A6", "A7", "poker"] {
                let deck = try await client.get("/task-cards/deck.pdf?card=\(size)")
                #expect(deck.status == .ok && deck.headers[.contentType] == "application/pdf", "\(size)")
            }
            #expect(try await client.get("/task-cards/deck.pdf?card=A5").status == .badRequest, "task cards do not come in A5")
            #expect(try await client.get("/task-cards/nope").status == .notFound)
        }
    }

    @Test func aSaveThatChangesNothingLeavesEveryShippedCardByteForByte() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            for card in emek.taskCards {
                let before = try bench.file("task-cards/\(card.id).yaml")
                let form = try #require(
                    HTMLForm(try await client.get("/task-cards/\(card.id)").text, action: "/task-cards/\(card.id)"))
                #expect(try await client.post("/task-cards/\(card.id)", fields: form.fields).status == .seeOther)
                #expect(try bench.file("task-cards/\(card.id).yaml") == before, "\(card.id)")
            }
        }
    }

    @Test func aCardsFieldsAreSavedAndANewCardJoinsTheEndOfTheDeck() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            var form = try #require(
                HTMLForm(try await client.get("/task-cards/1-dog-vaccination").text, action: "/task-cards/1-dog-vaccination"))
            form.set("department", "וטרינריה")
            #expect(try await client.post("/task-cards/1-dog-vaccination", fields: form.fields).status == .seeOther)
            let text = try bench.text("task-cards/1-dog-vaccination.yaml")
            #expect(text.contains("\ndepartment: וטרינריה\nowner: גרי"), "the new key in the template's order:\n\(text)")

            let new = try #require(HTMLForm(try await client.get("/task-cards/new").text, action: "/task-cards"))
            var fields = new.fields.filter { !["story", "mission"].contains($0.0) }
            fields += [("story", "נולד לכם תינוק. מזל טוב!"), ("mission", "רישום התינוק בטיפת חלב.")]
            let response = try await client.post("/task-cards", fields: fields)
            #expect(response.status == .seeOther)
            let deck = try #require(WorkshopLoader.load(bench.workshop).workshop).taskCards
            #expect(deck.last?.mission?.value == "רישום התינוק בטיפת חלב." && deck.last?.id.hasPrefix("10-") == true)
        }
    }

    @Test func aCardMovedInTheDeckIsPrintedInItsNewPlace() async throws {
        let bench = try TestWorkbench()
        let before = Dictionary(
            uniqueKeysWithValues: try emek.taskCards.map { ($0.id, try bench.text("task-cards/\($0.id).yaml")) })
        try await bench.test { client in
            var form = try #require(HTMLForm(try await client.get("/task-cards").text, action: "/task-cards/order"))
            // Card 5 goes second: 5 → 2, and 2, 3, 4 move one place down.
            let index = try #require(
                form.fields.first { $0.1 == "5-outdoor-event-license" }.map { String($0.0.dropFirst("card-".count)) })
            form.set("place-\(index)", "2")
            #expect(try await client.post("/task-cards/order", fields: form.fields).status == .seeOther)
            let deck = try #require(WorkshopLoader.load(bench.workshop).workshop).taskCards.map(\.id)
            #expect(deck.map { $0.split(separator: "-")[0] } == ["1", "5", "2", "3", "4", "6", "7", "8", "9"])
            // Only the cards whose place changed are written, each with its `order:` and nothing else.
            for (id, text) in before {
                let now = try bench.text("task-cards/\(id).yaml")
                if ["2", "3", "4", "5"].contains(String(id.split(separator: "-")[0])) {
                    let added = now.split(separator: "\n").filter { !text.split(separator: "\n").contains($0) }
                    #expect(added.count == 1 && added[0].hasPrefix("order: "), "\(id): \(added)")
                } else {
                    #expect(now == text, "\(id) was not moved")
                }
            }
            let pdf = try await client.get("/task-cards/deck.pdf")
            let file = bench.folder.path("deck.pdf")
            try Data(buffer: pdf.body).write(to: file)
            // The second card of the first sheet is card 5's: its number and its story share a card.
            let words = try PDFText.boxes(file, page: 1)
            let number = try #require(words.first { $0.word == "2/9" }), story = try #require(words.first { $0.word == "אלטון" })
            let pageWidth = try #require(try PDFText.pageSizes(file).first).width
            #expect(
                (number.xMin < pageWidth / 2) == (story.xMin < pageWidth / 2) && story.yMin - number.yMin < 100,
                "2/9 at \(number), the outdoor event's story at \(story)")
        }
    }

    @Test func aReorderMadeOnAnOlderDeckIsRefused() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let form = try #require(HTMLForm(try await client.get("/task-cards").text, action: "/task-cards/order"))
            let path = bench.workshop.appendingPathComponent("task-cards/9-cancel-class-payment.yaml")
            let changed = try String(contentsOf: path, encoding: .utf8) + "order: 1\n"
            try Data(changed.utf8).write(to: path)
            #expect(try await client.post("/task-cards/order", fields: form.fields).status == .conflict)
            #expect(try String(contentsOf: path, encoding: .utf8) == changed)
        }
    }
}
