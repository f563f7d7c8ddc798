import Hummingbird
import SadnaKit
import SadnaPrint

/// A print request the catalog refused, as the browser hears of it. An item that is not there
/// (a persona since deleted, an id mistyped into the address) is a page that is not there: 404.
/// Anything else is a request the catalog will not print as asked (a card size the deck does not
/// come in, nothing yet to print): 400, and the error page says why, with the catalog's own words.
struct PrintRefusal: Error {
    var problems: [PrintRequest.Problem]
    var status: HTTPResponse.Status

    init(_ refusal: Catalog.Refusal, asked request: PrintRequest) {
        problems = refusal.problems
        let missing =
            request.kind.items != nil
            && refusal.problems.allSatisfy { problem in
                guard case .item = problem.part else { return false }
                return problem.rule == "print.items"
            }
        status = missing ? .notFound : .badRequest
    }

    /// A message as a person reads it: the catalog marks names with backticks, for the terminal.
    static func plain(_ text: String) -> String {
        text.replacingOccurrences(of: "`", with: "")
    }
}
