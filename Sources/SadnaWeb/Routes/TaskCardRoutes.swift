import Hummingbird

/// The task-card deck, its order and its PDF, a new card; and each card: its form, its save and
/// its printed face.
struct TaskCardRoutes {
    let workbench: Workbench

    var collection: RouteCollection<WorkbenchRequestContext> {
        let routes = RouteCollection(context: WorkbenchRequestContext.self)
        routes.get { request, _ in try TaskCardPages.deck(request, workbench: workbench) }
        routes.get("new") { request, _ in try TaskCardPages.form(request, id: nil, workbench: workbench) }
        routes.post { request, _ in try await TaskCardPages.save(request, id: nil, workbench: workbench) }
        routes.post("order") { request, _ in try await TaskCardPages.reorder(request, workbench: workbench) }
        routes.get("deck.pdf") { request, _ in try TaskCardPages.pdf(request, workbench: workbench) }

        let card = routes.group(":id", context: ItemRequestContext.self)
        card.get { request, context in try TaskCardPages.form(request, id: context.id, workbench: workbench) }
        card.post { request, context in try await TaskCardPages.save(request, id: context.id, workbench: workbench) }
        card.get("card.png") { request, context in try TaskCardPages.face(request, id: context.id, workbench: workbench) }
        card.get("delete") { request, context in
            try DeletePage.confirm(request, kind: .taskCard, id: context.id, workbench: workbench)
        }
        card.post("delete") { request, context in
            try await DeletePage.delete(request, kind: .taskCard, id: context.id, workbench: workbench)
        }
        return routes
    }
}
