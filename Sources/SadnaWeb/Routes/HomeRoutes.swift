import Hummingbird

/// The programme's home page, and the fonts every page is set in.
struct HomeRoutes {
    let workbench: Workbench

    var collection: RouteCollection<WorkbenchRequestContext> {
        let routes = RouteCollection(context: WorkbenchRequestContext.self)
        routes.get("/") { request, _ in try HomePage.respond(request, workbench: workbench) }
        routes.get("/bin") { request, _ in try BinPage.list(request, workbench: workbench) }
        routes.post("/bin/restore") { request, _ in try await BinPage.restore(request, workbench: workbench) }
        routes.get("/fonts/:name") { _, context in try Fonts.serve(context.parameters.get("name") ?? "") }
        return routes
    }
}
