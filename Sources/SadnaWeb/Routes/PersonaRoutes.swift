import Hummingbird

/// The persona pool, a new persona, the import from a spreadsheet, the cards and the blank form
/// as PDF; and each persona: its form, its save, its printed card and its photo.
struct PersonaRoutes {
    let workbench: Workbench

    var collection: RouteCollection<WorkbenchRequestContext> {
        let routes = RouteCollection(context: WorkbenchRequestContext.self)
        routes.get { request, _ in try PersonaPages.pool(request, workbench: workbench) }
        routes.get("new") { request, _ in try PersonaPages.form(request, id: nil, workbench: workbench) }
        routes.post { request, _ in try await PersonaPages.save(request, id: nil, workbench: workbench) }
        routes.get("import") { request, _ in try ImportPage.form(request, workbench: workbench) }
        routes.post("import") { request, _ in try await ImportPage.run(request, workbench: workbench) }
        routes.get("cards.pdf") { request, _ in try PersonaPages.pdf(request, kind: .personaCards, workbench: workbench) }
        routes.get("form.pdf") { request, _ in try PersonaPages.pdf(request, kind: .personaForm, workbench: workbench) }

        let persona = routes.group(":id", context: ItemRequestContext.self)
        persona.get { request, context in try PersonaPages.form(request, id: context.id, workbench: workbench) }
        persona.post { request, context in try await PersonaPages.save(request, id: context.id, workbench: workbench) }
        persona.get("card.png") { request, context in
            try PersonaPages.preview(request, id: context.id, workbench: workbench)
        }
        persona.get("photo") { request, context in try PersonaPages.photo(request, id: context.id, workbench: workbench) }
        persona.get("delete") { request, context in
            try DeletePage.confirm(request, kind: .persona, id: context.id, workbench: workbench)
        }
        persona.post("delete") { request, context in
            try await DeletePage.delete(request, kind: .persona, id: context.id, workbench: workbench)
        }
        persona.get("photo/delete") { request, context in
            try DeletePage.confirmPhoto(request, id: context.id, workbench: workbench)
        }
        persona.post("photo/delete") { request, context in
            try await DeletePage.deletePhoto(request, id: context.id, workbench: workbench)
        }
        return routes
    }
}
