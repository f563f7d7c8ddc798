import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

/// `sadna serve --access-code` (or SADNA_ACCESS_CODE, as the systemd unit gives it): a code that
/// goes into an address must be long enough to guess at and hold only what an address carries.
@Suite("The workbench's access code")
struct ServeAccessCodeTests {
    let folder = TemporaryFolder()

    @Test(arguments: ["short", "twelve chars", "ünïcödé-cödé-1234", "semi;colon;code"])
    func aCodeThatIsTooShortOrHoldsOtherCharactersIsAUsageError(code: String) {
        let result = sadnaInProcess(["serve", "--access-code", code, "--port", "0"], in: folder.url)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("at least 12 letters, digits, - or _"), "\(result.stderr)")
    }
}
