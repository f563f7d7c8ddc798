import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import ServiceLifecycle

extension Workbench {
    /// Every page and download the workbench serves, by area (`Routes/`), to browsers that call
    /// it by one of `hosts`.
    func router(hosts: AllowedHosts) -> Router<WorkbenchRequestContext> {
        let router = Router(context: WorkbenchRequestContext.self)
        // Guards first (each route keeps the middleware added before it): error pages outermost,
        // then the name the browser used, the access code, the browser's session, the form's token.
        router.add(middleware: ErrorPageMiddleware(workbench: self))
        router.add(middleware: HostCheckMiddleware(hosts: hosts, port: port))
        router.add(middleware: AccessCodeMiddleware(code: settings.accessCode, attempts: attempts))
        router.add(middleware: SessionMiddleware())
        router.add(middleware: CSRFMiddleware(sessions: sessions, hosts: hosts, port: port, uploadLimit: Workbench.uploadLimit))
        if let files = ConfinedFileSystem(rootFolder: settings.templates.appendingPathComponent("web/static").path) {
            router.add(
                middleware: FileMiddleware(
                    fileProvider: files, urlBasePath: "/static",
                    cacheControl: .init([(MediaType(type: .any), [.noCache])])))
        }
        router.addRoutes(HomeRoutes(workbench: self).collection)
        router.addRoutes(MeetingRoutes(workbench: self).collection, atPath: "/meetings")
        router.addRoutes(MeetingPlanRoutes(workbench: self).collection, atPath: "/meetings")
        router.addRoutes(ScanRoutes(workbench: self).collection, atPath: "/meetings")
        router.addRoutes(ActionRoutes(workbench: self).collection)
        router.addRoutes(ParticipantRoutes(workbench: self).collection, atPath: "/participants")
        router.addRoutes(WorksheetRoutes(workbench: self).collection, atPath: "/worksheets")
        router.addRoutes(PersonaRoutes(workbench: self).collection, atPath: "/personas")
        router.addRoutes(ServiceRoutes(workbench: self).collection, atPath: "/services")
        router.addRoutes(TaskCardRoutes(workbench: self).collection, atPath: "/task-cards")
        router.addRoutes(DeckRoutes(workbench: self).collection, atPath: "/decks")
        router.addRoutes(JourneyRoutes(workbench: self).collection, atPath: "/journeys")
        return router
    }

    /// The application listening on `host:port` (port 0: any free port); `onRunning` is told the
    /// port once it listens. Idle connections close after the settings' timeout, and connections
    /// from the network beyond their bound close at once (`ServerLimits`).
    public func application(
        host: String, port: Int, logger: Logger = Logger(label: "sadna.serve"),
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let hosts = AllowedHosts(listeningOn: host, given: settings.allowedHosts)
        let connections = OpenConnections(limit: settings.limits.connections)
        let idle = settings.limits.idleTimeout.components
        let idleTimeout = TimeAmount.nanoseconds(idle.seconds * 1_000_000_000 + idle.attoseconds / 1_000_000_000)
        let http = HTTP1Channel.Configuration(additionalChannelHandlers: [ConnectionBound(connections)], idleTimeout: idleTimeout)
        let listening = self.port
        return Application(
            router: router(hosts: hosts), server: .http1(configuration: http),
            configuration: .init(address: .hostname(host, port: port), serverName: "Sadna"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? port
                listening.set(port)
                await onRunning(port)
            }, logger: logger)
    }
}
