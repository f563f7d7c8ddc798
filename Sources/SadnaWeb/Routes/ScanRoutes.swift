import Hummingbird

/// A meeting's photos of filled forms ("צילומים מהמפגש"): the page that takes them, what became
/// of them, a page scanned before put in place of the earlier scan, and each scan typed up with
/// its crops.
struct ScanRoutes {
    let workbench: Workbench

    var collection: RouteCollection<WorkbenchRequestContext> {
        let routes = RouteCollection(context: WorkbenchRequestContext.self)
        let meeting = routes.group(":id", context: ItemRequestContext.self)
        meeting.get("scans") { request, context in try ScanPages.form(request, id: context.id, workbench: workbench) }
        meeting.post("scans") { request, context in try await ScanPages.receive(request, id: context.id, workbench: workbench) }
        meeting.post("scans/replace") { request, context in
            try await ScanPages.replace(request, id: context.id, workbench: workbench)
        }
        meeting.get("scans/:form") { request, context in
            try ScanFormPage.respond(request, id: context.id, form: context.parameters.get("form"), workbench: workbench)
        }
        meeting.post("scans/:form/service") { request, context in
            try await ScanFormPage.createService(
                request, id: context.id, form: context.parameters.get("form"), workbench: workbench)
        }
        meeting.get("scans/:form/:file") { request, context in
            try ScanFormPage.crop(
                request, id: context.id, form: context.parameters.get("form"), file: context.parameters.get("file"),
                workbench: workbench)
        }
        return routes
    }
}
