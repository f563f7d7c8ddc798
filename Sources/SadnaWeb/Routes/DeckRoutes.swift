import Hummingbird

/// Every deck of the programme (`/decks`), and each deck of its own (`/decks/ID`) with the same
/// pages as the field exercise's at `/task-cards`: its cards in order, their order, its PDF, a new
/// card; each card's form, save and printed face.
struct DeckRoutes {
    let workbench: Workbench

    /// The deck a route names, never a path.
    static func deck(_ parameters: Parameters) throws -> String {
        guard let id = ItemRequestContext.id(parameters.get("deck")) else { throw HTTPError(.notFound) }
        return id
    }

    var collection: RouteCollection<WorkbenchRequestContext> {
        let routes = RouteCollection(context: WorkbenchRequestContext.self)
        routes.get { request, _ in try TaskCardPages.decks(request, workbench: workbench) }
        routes.get(":deck") { request, context in
            try TaskCardPages.deck(request, workbench: workbench, deck: try Self.deck(context.parameters))
        }
        routes.get(":deck/new") { request, context in
            try TaskCardPages.form(request, id: nil, workbench: workbench, deck: try Self.deck(context.parameters))
        }
        routes.post(":deck") { request, context in
            try await TaskCardPages.save(request, id: nil, workbench: workbench, deck: try Self.deck(context.parameters))
        }
        routes.post(":deck/order") { request, context in
            try await TaskCardPages.reorder(request, workbench: workbench, deck: try Self.deck(context.parameters))
        }
        routes.get(":deck/deck.pdf") { request, context in
            try TaskCardPages.pdf(request, workbench: workbench, deck: try Self.deck(context.parameters))
        }

        let card = routes.group(":deck/:id", context: ItemRequestContext.self)
        card.get { request, context in
            try TaskCardPages.form(request, id: context.id, workbench: workbench, deck: try Self.deck(context.parameters))
        }
        card.post { request, context in
            try await TaskCardPages.save(request, id: context.id, workbench: workbench, deck: try Self.deck(context.parameters))
        }
        card.get("card.png") { request, context in
            try TaskCardPages.face(request, id: context.id, workbench: workbench, deck: try Self.deck(context.parameters))
        }
        return routes
    }
}
