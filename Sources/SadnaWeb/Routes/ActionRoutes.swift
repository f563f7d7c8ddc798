import Hummingbird

/// The decisions and actions of every meeting's minutes, open ones by who does them, and their PDF.
struct ActionRoutes {
    let workbench: Workbench

    var collection: RouteCollection<WorkbenchRequestContext> {
        let routes = RouteCollection(context: WorkbenchRequestContext.self)
        routes.get("actions") { request, _ in try ActionsPage.respond(request, workbench: workbench) }
        routes.get("actions.pdf") { request, _ in try ActionsPage.pdf(request, workbench: workbench) }
        return routes
    }
}
