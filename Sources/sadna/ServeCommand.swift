import ArgumentParser
import Foundation
import Logging
import SadnaKit
import SadnaWeb
import ServiceLifecycle

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Open the workbench: the programme, its meetings and personas in a browser, on the plain files.",
        discussion: """
            Prints the address to open. It listens on this machine only (127.0.0.1) unless --host \
            says otherwise; on a network, the address it prints carries an access code, and nobody \
            without it gets in. Every save goes straight to the workshop's files; files changed in \
            an editor show on the next page load. Ctrl-C stops it.
            """)

    @OptionGroup var location: WorkshopOption

    @Option(help: ArgumentHelp("The port to listen on (0: any free port).", valueName: "port"))
    var port: Int = 8080

    @Option(
        help: ArgumentHelp(
            "The address to listen on: 127.0.0.1 (this machine only), or 0.0.0.0 for a team on the council's network.",
            valueName: "address"))
    var host: String = "127.0.0.1"

    @Option(
        name: .customLong("allow-host"),
        help: ArgumentHelp(
            """
            One more name browsers may use to reach the workbench (repeatable): a name given to this machine on \
            the council's network, or a proxy's. It answers only to its own names and addresses; any other gets a \
            page saying which address to open. Also read from SADNA_ALLOW_HOST (names separated by spaces or \
            commas), as the service's settings give them.
            """, valueName: "name"))
    var allowedHosts: [String] = []

    /// The names given on the command line and in the environment (a systemd unit's settings).
    var givenHosts: [String] {
        let environment = ProcessInfo.processInfo.environment["SADNA_ALLOW_HOST"] ?? ""
        return allowedHosts + environment.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
    }

    @Option(
        help: ArgumentHelp(
            """
            The access code everyone must give, on any address (also read from SADNA_ACCESS_CODE, which \
            keeps it out of the process list): at least 12 letters, digits, - or _. Without one, a code \
            is made up on a network address, and none is asked on 127.0.0.1. Give one when a reverse \
            proxy on this machine forwards the team to 127.0.0.1.
            """, valueName: "code"))
    var accessCode: String?

    /// The code given on the command line, or in the environment (a systemd unit's settings).
    var givenCode: String? {
        accessCode ?? ProcessInfo.processInfo.environment["SADNA_ACCESS_CODE"].flatMap { $0.isEmpty ? nil : $0 }
    }

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw UsageFailure(.servePort, ["port": .number(port), "option": .code("--port"), "example": .code("8080")])
        }
        if let code = givenCode {
            let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
            guard code.count >= 12, code.allSatisfy(allowed.contains) else {
                throw UsageFailure(.serveAccessCode, [:])
            }
        }
    }

    static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "::1", "localhost"].contains(host) || host.hasPrefix("127.")
    }

    func run() throws {
        // Check everything before listening: a workshop with errors still opens (its pages show
        // them), but Sadna's own templates must load.
        _ = try Session.templates()
        let folder = try Session.writableFolder(location.workshop)
        guard let templates = Resources.templates else {
            throw InputFailure(.sadnaTemplatesMissing, ["home": .code("SADNA_HOME")])
        }
        let code = givenCode ?? (Self.isLoopback(host) ? nil : randomCode())
        let workbench = Workbench(
            settings: .init(
                workshop: folder, templates: templates, today: .today, stamp: Resources.stamp,
                speller: Resources.speller, accessCode: code,
                allowedHosts: givenHosts))
        // The files read and every kit laid out before the address is printed: no first visit waits.
        workbench.prepare()
        Interruption.uninstall()
        var logger = Logger(label: "sadna.serve")
        logger.logLevel = .warning
        let host = self.host
        // The server says where it listens from a task of its own: in the run's language.
        let language = Console.language
        let app = workbench.application(host: host, port: port, logger: logger) { port in
            let shown = host == "0.0.0.0" ? (ProcessInfo.processInfo.hostName) : host
            var address = "http://\(shown.contains(":") ? "[\(shown)]" : shown):\(port)/"
            if let code { address += "?code=\(code)" }
            Console.$language.withValue(language) {
                Console.say(.phraseRunServing, ["folder": .path(DisplayPath.of(folder)), "address": .value(address)])
                if code != nil { Console.say(.phraseRunServingCode) }
            }
        }
        let done = DispatchSemaphore(value: 0)
        final class Outcome: @unchecked Sendable { var error: Error? }
        let outcome = Outcome()
        Task {
            do {
                try await app.runService()
            } catch {
                outcome.error = error
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error {
            throw InputFailure(
                .serveListen,
                ["address": .value("\(host):\(port)"), "reason": SystemError.reason(error), "option": .code("--port")])
        }
    }

    /// A random access code, easy to read aloud (no 0/O, 1/l).
    private func randomCode() -> String {
        let letters = Array("abcdefghjkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<12).map { _ in letters.randomElement(using: &generator)! })
    }
}
