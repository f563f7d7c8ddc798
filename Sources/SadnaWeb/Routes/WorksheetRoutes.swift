import Hummingbird

/// The worksheets, the programme's and Sadna's, each as a picture and a PDF.
struct WorksheetRoutes {
    let workbench: Workbench

    var collection: RouteCollection<WorkbenchRequestContext> {
        let routes = RouteCollection(context: WorkbenchRequestContext.self)
        routes.get { request, _ in try WorksheetsPage.respond(request, workbench: workbench) }
        routes.get(":file") { request, context in
            try WorksheetsPage.printed(request, file: context.parameters.get("file") ?? "", workbench: workbench)
        }
        return routes
    }
}
