import Hummingbird

/// The team: the participants' list with a form to add someone, the import from a spreadsheet, the
/// homework follow-up, and each person's form and removal.
struct ParticipantRoutes {
    let workbench: Workbench

    var collection: RouteCollection<WorkbenchRequestContext> {
        let routes = RouteCollection(context: WorkbenchRequestContext.self)
        routes.get { request, _ in try ParticipantPages.list(request, workbench: workbench) }
        routes.post { request, _ in try await ParticipantPages.add(request, workbench: workbench) }
        routes.get("import") { request, _ in try ParticipantImportPage.form(request, workbench: workbench) }
        routes.post("import") { request, _ in try await ParticipantImportPage.run(request, workbench: workbench) }
        routes.get("homework") { request, _ in try HomeworkPage.respond(request, workbench: workbench) }
        let person = routes.group(":id", context: ItemRequestContext.self)
        person.get { request, context in try ParticipantPages.form(request, number: context.id, workbench: workbench) }
        person.post { request, context in try await ParticipantPages.save(request, number: context.id, workbench: workbench) }
        person.post("remove") { request, context in
            try await ParticipantPages.remove(request, number: context.id, workbench: workbench)
        }
        return routes
    }
}
