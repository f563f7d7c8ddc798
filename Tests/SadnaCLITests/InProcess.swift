import Foundation
import SadnaKit
import SadnaTestSupport

@testable import sadna

/// Runs a `sadna` command line inside the test process, in `folder`, with Sadna's own resources:
/// what it printed and its exit status, as a separate process would give them, in a fraction of
/// the time. Runs may go in parallel: output and the working folder are the run's own.
/// `home` stands in for Sadna's own folder (its `Templates/` and `workshops/`). Diagnostics are
/// in English (`speaking`) unless a test asks for the language a person would get (nil), with
/// `environment` standing in for the process's (`LANG`).
func sadnaInProcess(
    _ arguments: [String], in folder: URL, home: URL = repositoryRoot, speaking: Language? = .en,
    environment: [String: String] = [:]
) -> ProcessResult {
    let capture = Console.Capture()
    let status = Console.$capture.withValue(capture) {
        DisplayPath.$workingDirectoryOverride.withValue(folder) {
            Resources.$homeOverride.withValue(home) {
                Console.$fixedLanguage.withValue(speaking) {
                    Console.$environment.withValue(environment) {
                        Sadna.run(arguments)
                    }
                }
            }
        }
    }
    return ProcessResult(status: status, stdout: capture.stdout, stderr: capture.stderr)
}
