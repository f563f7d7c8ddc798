import Foundation
import SadnaFuzzing
import SadnaTestSupport
import Testing

/// Every input a fuzz target once failed on (kept under `Tests/Fuzz/TARGET/`) goes through the
/// same target again, in the suite: a finding fixed stays fixed.
@Suite("Fuzz findings stay fixed")
struct FuzzFindingsTests {
    static let folder = repositoryRoot.appendingPathComponent("Tests/Fuzz")

    static var inputs: [String] {
        let targets = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return targets.sorted().flatMap { target in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(target).path)) ?? [])
                .sorted().map { "\(target)/\($0)" }
        }
    }

    @Test(arguments: inputs)
    func inputPassesThroughItsTarget(input: String) throws {
        let target = try #require(
            FuzzTargets.target(named: String(input.split(separator: "/")[0])),
            "Tests/Fuzz/\(input): its folder names no fuzz target")
        target(try Data(contentsOf: Self.folder.appendingPathComponent(input)))
    }
}
