import Hummingbird

/// The service pages by department with the backlog and its chart; and each page: its form, its
/// save, the live review, the printed page and its review, and the export for the website.
struct ServiceRoutes {
    let workbench: Workbench

    var collection: RouteCollection<WorkbenchRequestContext> {
        let routes = RouteCollection(context: WorkbenchRequestContext.self)
        routes.get { request, _ in try ServicePages.list(request, workbench: workbench) }
        routes.post { request, _ in try await ServicePages.create(request, workbench: workbench) }
        routes.post("backlog") { request, _ in try await ServicePages.saveBacklog(request, workbench: workbench) }
        routes.get("prioritisation.png") { request, _ in
            try ServicePages.chart(request, format: .png(dpi: 70), workbench: workbench)
        }
        routes.get("prioritisation.pdf") { request, _ in try ServicePages.chart(request, format: .pdf, workbench: workbench) }

        let page = routes.group(":id", context: ItemRequestContext.self)
        page.get { request, context in try ServicePages.form(request, id: context.id, workbench: workbench) }
        page.post { request, context in try await ServicePages.save(request, id: context.id, workbench: workbench) }
        page.post("review") { request, context in
            try await ServicePages.review(request, id: context.id, workbench: workbench)
        }
        page.get("page.png") { request, context in
            try ServicePages.printed(request, id: context.id, kind: .servicePage, format: .png(dpi: 80), workbench: workbench)
        }
        page.get("page.pdf") { request, context in
            try ServicePages.printed(request, id: context.id, kind: .servicePage, format: .pdf, workbench: workbench)
        }
        page.get("review.pdf") { request, context in
            try ServicePages.printed(request, id: context.id, kind: .serviceReview, format: .pdf, workbench: workbench)
        }
        page.get("page.md") { request, context in
            try ServicePages.export(request, id: context.id, markdown: true, workbench: workbench)
        }
        page.get("page.html") { request, context in
            try ServicePages.export(request, id: context.id, markdown: false, workbench: workbench)
        }
        page.get("delete") { request, context in
            try DeletePage.confirm(request, kind: .service, id: context.id, workbench: workbench)
        }
        page.post("delete") { request, context in
            try await DeletePage.delete(request, kind: .service, id: context.id, workbench: workbench)
        }
        return routes
    }
}
