import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SadnaWeb

/// The routes of each area read a thing's id once, for all of the thing's pages and downloads.
@Suite("The workbench's routes")
struct WorkbenchRoutesTests {
    /// (`..` itself never reaches a route: Hummingbird answers 400 for it.)
    @Test func anIdThatIsNoFileNameIsAPageThatIsNotThere() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            for area in ["meetings", "personas", "services", "task-cards", "journeys"] {
                for id in ["%2Erochan", "a%2Fb", "rochan%00", "nope"] {
                    let response = try await client.get("/\(area)/\(id)")
                    #expect(response.status == .notFound, "/\(area)/\(id)")
                }
            }
        }
    }

    @Test func aHebrewIdComesPercentEncodedAndIsReadAsItsFileIsNamed() async throws {
        let bench = try TestWorkbench()
        let personas = bench.workshop.appendingPathComponent("personas")
        try FileManager.default.copyItem(
            at: personas.appendingPathComponent("rochan.yaml"),
            to: personas.appendingPathComponent("רוחן.yaml"))
        try await bench.test { client in
            let encoded = percentEncoded("רוחן")
            #expect(encoded != "רוחן")
            #expect(try await client.get("/personas/\(encoded)").status == .ok)
            let card = try await client.get("/personas/\(encoded)/card.png")
            #expect(card.headers[.contentType] == "image/png")
        }
    }

    @Test func aThingsPagesKeepTheirOwnParameters() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let file = try await client.get("/meetings/03/kit/meeting-03-A3.pdf")
            #expect(file.headers[.contentType] == "application/pdf")
            #expect(try await client.get("/meetings/03/parts/2.pdf").status == .ok)
            #expect(try await client.get("/meetings/03/parts/two.pdf").status == .notFound)
        }
    }
}
