import Foundation
import Hummingbird

/// The request context of a route about one thing the workshop's files hold (a meeting, a
/// persona, a service page, a task card, a journey): its `:id`, read and checked once for every
/// route of the group, before any of them runs.
struct ItemRequestContext: ChildRequestContext {
    typealias ParentContext = WorkbenchRequestContext
    var coreContext: CoreRequestContextStorage
    /// The thing's id, as its file is named (`personas/<id>.yaml`).
    let id: String

    /// An id that is not one (a path, a hidden file, nothing at all) is a page that is not there.
    init(context: WorkbenchRequestContext) throws {
        // The parent's own storage, with the route's parameters (`:file`, `:part`) already read.
        coreContext = context.coreContext
        guard let id = Self.id(context.parameters.get("id")) else { throw HTTPError(.notFound) }
        self.id = id
    }

    var maxUploadSize: Int { Workbench.uploadLimit }

    /// An id as the workshop's files name them, never a path. The router hands the path's
    /// component as the browser sent it: percent-encoded for Hebrew ids.
    static func id(_ raw: String?) -> String? {
        guard let id = raw?.removingPercentEncoding, !id.isEmpty, !id.contains("/"), !id.contains(".."), !id.hasPrefix("."),
            !id.contains("\0")
        else { return nil }
        return id
    }
}
