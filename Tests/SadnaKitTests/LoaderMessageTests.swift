import SadnaKit
import SadnaTestSupport
import Testing

@Suite("A number where a list stands")
struct NumberMessageTests {
    @Test func aListWhereANumberBelongsIsSaidAsSuch() throws {
        let folder = makeWorkshop(meetings: ["01.yaml": "title: מפגש 1\ngroups: [3, 4]\n"])
        let found = check(folder.url).diagnostics.first { $0.message.contains("`groups`") }
        let message = try #require(found?.message)
        #expect(message.contains("should be a whole number") && message.contains("list"), "\(message)")
        #expect(!message.contains("should be a text"))
    }
}

@Suite("Required means required")
struct RequiredNameTests {
    @Test func aPersonaNamedWithAPlaceholderIsAnErrorAtItsName() throws {
        let folder = makeWorkshop(meetings: ["01.yaml": "title: מפגש 1\n"])
        folder.write("personas/x.yaml", "name: _\nage: 40\n")
        let outcome = check(folder.url)
        let found = try #require(outcome.diagnostics.first { $0.message.contains("has no letters") })
        #expect(found.severity == .error && found.location?.line == 1)
        #expect(outcome.workshop?.personas.isEmpty ?? true, "no card of \"_\" is printed")
    }
}
