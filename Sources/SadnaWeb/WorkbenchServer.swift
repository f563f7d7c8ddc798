import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

extension Workbench {
    /// Every page and download the workbench serves, by area (`Routes/`).
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
        router.addRoutes(HomeRoutes(workbench: self).collection)
        router.addRoutes(MeetingRoutes(workbench: self).collection, atPath: "/meetings")
        router.addRoutes(MeetingPlanRoutes(workbench: self).collection, atPath: "/meetings")
        router.addRoutes(ActionRoutes(workbench: self).collection)
        router.addRoutes(ParticipantRoutes(workbench: self).collection, atPath: "/participants")
        router.addRoutes(WorksheetRoutes(workbench: self).collection, atPath: "/worksheets")
        router.addRoutes(PersonaRoutes(workbench: self).collection, atPath: "/personas")
        router.addRoutes(ServiceRoutes(workbench: self).collection, atPath: "/services")
        router.addRoutes(TaskCardRoutes(workbench: self).collection, atPath: "/task-cards")
        router.addRoutes(JourneyRoutes(workbench: self).collection, atPath: "/journeys")
        return router
    }

    /// The application listening on `host:port` (port 0: any free port); `onRunning` is told the
    /// port once it listens.
    public func application(host: String, port: Int, logger: Logger = Logger(label: "sadna.serve"),
                            onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "Sadna"),
                    onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) }, logger: logger)
    }
}
