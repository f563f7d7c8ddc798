import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SadnaWeb

/// A print the catalog refuses answers with its status and its reasons, not a bare 404.
@Suite("Prints the catalog refuses")
struct PrintRefusalTests {
    @Test func aCardSizeTheDeckDoesNotComeInIsABadRequestThatSaysWhy() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let response = try await client.get("/task-cards/deck.pdf?card=A5&lang=en")
            #expect(response.status == .badRequest)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            let page = response.text
            #expect(page.contains("<p class=\"banner warn\">This cannot be printed as asked:</p>"))
            #expect(page.contains("do not come in the card size A5"))
            #expect(page.contains("<span class=\"hint\">the sizes: A6, A7, poker</span>"))
            #expect(!page.contains("`"), "the page is for people: no backticks")
            let hebrew = try await client.get("/task-cards/deck.pdf?card=A5&lang=he")
            #expect(hebrew.status == .badRequest)
            #expect(hebrew.text.contains("אי אפשר להדפיס את זה כפי שביקשתם:"))
        }
    }

    @Test func aPoolWithNoPersonasIsABadRequestThatSaysWhy() async throws {
        let bench = try TestWorkbench()
        let personas = bench.workshop.appendingPathComponent("personas")
        for file in try FileManager.default.contentsOfDirectory(atPath: personas.path) {
            try FileManager.default.removeItem(at: personas.appendingPathComponent(file))
        }
        try await bench.test { client in
            let response = try await client.get("/personas/cards.pdf?lang=en")
            #expect(response.status == .badRequest)
            #expect(response.text.contains("the workshop has no personas to print"))
        }
    }

    @Test func anItemThatIsNotThereIsStillAPageThatIsNotThere() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            for path in ["/journeys/nope/map.png", "/services/nope/page.pdf", "/services/nope/review.pdf"] {
                let response = try await client.get("\(path)?lang=en")
                #expect(response.status == .notFound, "\(path)")
                #expect(response.text.contains("There is no such page."), "\(path)")
            }
        }
    }
}
