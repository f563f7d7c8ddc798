import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

extension Workbench {
    /// Every page and download the workbench serves.
    func router() -> Router<WorkbenchRequestContext> {
        let router = Router(context: WorkbenchRequestContext.self)
        // Guards first (each route keeps the middleware added before it): error pages outermost.
        router.add(middleware: ErrorPageMiddleware(workbench: self))
        router.add(middleware: AccessCodeMiddleware(code: settings.accessCode))
        router.add(middleware: CSRFMiddleware(token: formToken, uploadLimit: Workbench.uploadLimit))
        if let files = ConfinedFileSystem(rootFolder: settings.templates.appendingPathComponent("web/static").path) {
            router.add(middleware: FileMiddleware(fileProvider: files, urlBasePath: "/static",
                                                  cacheControl: .init([(MediaType(type: .any), [.noCache])])))
        }
        router.get("/") { request, _ in try HomePage.respond(request, workbench: self) }
        router.get("/fonts/:name") { request, context in try Fonts.serve(context.parameters.get("name") ?? "") }

        router.get("/meetings/:id") { request, context in
            try MeetingPage.respond(request, id: try Self.id(context), workbench: self)
        }
        router.get("/meetings/:id/agenda.pdf") { request, context in
            try KitDownloads.agenda(request, id: try Self.id(context), kind: .agenda, workbench: self)
        }
        router.get("/meetings/:id/handout.pdf") { request, context in
            try KitDownloads.agenda(request, id: try Self.id(context), kind: .handout, workbench: self)
        }
        router.get("/meetings/:id/kit.zip") { request, context in
            try KitDownloads.file(request, id: try Self.id(context), name: nil, workbench: self)
        }
        router.get("/meetings/:id/kit/:file") { request, context in
            try KitDownloads.file(request, id: try Self.id(context), name: context.parameters.get("file"), workbench: self)
        }
        router.get("/meetings/:id/parts/:part") { request, context in
            let part = context.parameters.get("part") ?? ""
            guard part.hasSuffix(".pdf"), let index = Int(part.dropLast(4)) else { throw HTTPError(.notFound) }
            return try KitDownloads.part(request, id: try Self.id(context), index: index, workbench: self)
        }

        router.get("/personas") { request, _ in try PersonaPages.pool(request, workbench: self) }
        router.get("/personas/new") { request, _ in try PersonaPages.form(request, id: nil, workbench: self) }
        router.post("/personas") { request, _ in try await PersonaPages.save(request, id: nil, workbench: self) }
        router.get("/personas/import") { request, _ in try ImportPage.form(request, workbench: self) }
        router.post("/personas/import") { request, _ in try await ImportPage.run(request, workbench: self) }
        router.get("/personas/cards.pdf") { request, _ in try PersonaPages.pdf(request, kind: .personaCards, workbench: self) }
        router.get("/personas/form.pdf") { request, _ in try PersonaPages.pdf(request, kind: .personaForm, workbench: self) }
        router.get("/personas/:id") { request, context in try PersonaPages.form(request, id: try Self.id(context), workbench: self) }
        router.post("/personas/:id") { request, context in try await PersonaPages.save(request, id: try Self.id(context), workbench: self) }
        router.get("/personas/:id/card.png") { request, context in
            try PersonaPages.preview(request, id: try Self.id(context), workbench: self)
        }
        router.get("/personas/:id/photo") { request, context in
            try PersonaPages.photo(request, id: try Self.id(context), workbench: self)
        }

        router.get("/services") { request, _ in try ServicePages.list(request, workbench: self) }
        router.post("/services") { request, _ in try await ServicePages.create(request, workbench: self) }
        router.post("/services/backlog") { request, _ in try await ServicePages.saveBacklog(request, workbench: self) }
        router.get("/services/prioritisation.png") { request, _ in try ServicePages.chart(request, format: .png(dpi: 70), workbench: self) }
        router.get("/services/prioritisation.pdf") { request, _ in try ServicePages.chart(request, format: .pdf, workbench: self) }
        router.get("/services/:id") { request, context in try ServicePages.form(request, id: try Self.id(context), workbench: self) }
        router.post("/services/:id") { request, context in
            try await ServicePages.save(request, id: try Self.id(context), workbench: self)
        }
        router.post("/services/:id/review") { request, context in
            try await ServicePages.review(request, id: try Self.id(context), workbench: self)
        }
        router.get("/services/:id/page.png") { request, context in
            try ServicePages.printed(request, id: try Self.id(context), kind: .servicePage, format: .png(dpi: 80), workbench: self)
        }
        router.get("/services/:id/page.pdf") { request, context in
            try ServicePages.printed(request, id: try Self.id(context), kind: .servicePage, format: .pdf, workbench: self)
        }
        router.get("/services/:id/review.pdf") { request, context in
            try ServicePages.printed(request, id: try Self.id(context), kind: .serviceReview, format: .pdf, workbench: self)
        }
        router.get("/services/:id/page.md") { request, context in
            try ServicePages.export(request, id: try Self.id(context), markdown: true, workbench: self)
        }
        router.get("/services/:id/page.html") { request, context in
            try ServicePages.export(request, id: try Self.id(context), markdown: false, workbench: self)
        }

        router.get("/task-cards") { request, _ in try TaskCardPages.deck(request, workbench: self) }
        router.get("/task-cards/new") { request, _ in try TaskCardPages.form(request, id: nil, workbench: self) }
        router.post("/task-cards") { request, _ in try await TaskCardPages.save(request, id: nil, workbench: self) }
        router.post("/task-cards/order") { request, _ in try await TaskCardPages.reorder(request, workbench: self) }
        router.get("/task-cards/deck.pdf") { request, _ in try TaskCardPages.pdf(request, workbench: self) }
        router.get("/task-cards/:id") { request, context in try TaskCardPages.form(request, id: try Self.id(context), workbench: self) }
        router.post("/task-cards/:id") { request, context in
            try await TaskCardPages.save(request, id: try Self.id(context), workbench: self)
        }
        router.get("/task-cards/:id/card.png") { request, context in
            try TaskCardPages.face(request, id: try Self.id(context), workbench: self)
        }

        router.get("/journeys") { request, _ in try JourneyPages.list(request, workbench: self) }
        router.get("/journeys/new") { request, _ in try JourneyPages.newForm(request, workbench: self) }
        router.post("/journeys") { request, _ in try await JourneyPages.create(request, workbench: self) }
        router.get("/journeys/:id") { request, context in try JourneyPages.grid(request, id: try Self.id(context), workbench: self) }
        router.post("/journeys/:id") { request, context in
            try await JourneyPages.save(request, id: try Self.id(context), workbench: self)
        }
        router.post("/journeys/:id/future") { request, context in
            try await JourneyPages.future(request, id: try Self.id(context), workbench: self)
        }
        router.get("/journeys/:id/map.png") { request, context in
            try JourneyPages.map(request, id: try Self.id(context), format: .png(dpi: 60), workbench: self)
        }
        router.get("/journeys/:id/map.pdf") { request, context in
            try JourneyPages.map(request, id: try Self.id(context), format: .pdf, workbench: self)
        }
        return router
    }

    /// The `:id` of a route: an id as the workshop's files name them, never a path.
    static func id(_ context: WorkbenchRequestContext) throws -> String {
        // The router hands the path's component as the browser sent it: percent-encoded for
        // Hebrew ids.
        guard let raw = context.parameters.get("id"), let id = raw.removingPercentEncoding, !id.isEmpty, !id.contains("/"),
              !id.contains(".."), !id.hasPrefix("."), !id.contains("\0") else {
            throw HTTPError(.notFound)
        }
        return id
    }

    /// The application listening on `host:port` (port 0: any free port); `onRunning` is told the
    /// port once it listens.
    public func application(host: String, port: Int, logger: Logger = Logger(label: "sadna.serve"),
                            onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "Sadna"),
                    onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) }, logger: logger)
    }
}
