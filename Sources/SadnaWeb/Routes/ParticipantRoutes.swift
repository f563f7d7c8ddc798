import Hummingbird

/// The team: the participants' list with a form to add someone, and each person's form and removal.
struct ParticipantRoutes {
    let workbench: Workbench

    var collection: RouteCollection<WorkbenchRequestContext> {
        let routes = RouteCollection(context: WorkbenchRequestContext.self)
        routes.get { request, _ in try ParticipantPages.list(request, workbench: workbench) }
        routes.post { request, _ in try await ParticipantPages.add(request, workbench: workbench) }
        let person = routes.group(":id", context: ItemRequestContext.self)
        person.get { request, context in try ParticipantPages.form(request, number: context.id, workbench: workbench) }
        person.post { request, context in try await ParticipantPages.save(request, number: context.id, workbench: workbench) }
        person.post("remove") { request, context in
            try await ParticipantPages.remove(request, number: context.id, workbench: workbench)
        }
        return routes
    }
}
