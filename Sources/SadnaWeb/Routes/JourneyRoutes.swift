import Hummingbird

/// The journeys and a new one; and each journey: its grid, its save, a future journey started
/// from it, and its A3 map as a picture and a PDF.
struct JourneyRoutes {
    let workbench: Workbench

    var collection: RouteCollection<WorkbenchRequestContext> {
        let routes = RouteCollection(context: WorkbenchRequestContext.self)
        routes.get { request, _ in try JourneyPages.list(request, workbench: workbench) }
        routes.get("new") { request, _ in try JourneyPages.newForm(request, workbench: workbench) }
        routes.post { request, _ in try await JourneyPages.create(request, workbench: workbench) }

        let journey = routes.group(":id", context: ItemRequestContext.self)
        journey.get { request, context in try JourneyPages.grid(request, id: context.id, workbench: workbench) }
        journey.post { request, context in try await JourneyPages.save(request, id: context.id, workbench: workbench) }
        journey.post("future") { request, context in
            try await JourneyPages.future(request, id: context.id, workbench: workbench)
        }
        journey.get("map.png") { request, context in
            try JourneyPages.map(request, id: context.id, format: .png(dpi: 60), workbench: workbench)
        }
        journey.get("map.pdf") { request, context in
            try JourneyPages.map(request, id: context.id, format: .pdf, workbench: workbench)
        }
        journey.get("delete") { request, context in
            try DeletePage.confirm(request, kind: .journey, id: context.id, workbench: workbench)
        }
        journey.post("delete") { request, context in
            try await DeletePage.delete(request, kind: .journey, id: context.id, workbench: workbench)
        }
        return routes
    }
}
