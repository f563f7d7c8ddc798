import Foundation

/// The names a browser may call the workbench by: the address it listens on and, on a network,
/// the machine's own names and addresses, and the names given with `--allow-host`.
///
/// A web page elsewhere can make its own name lead to 127.0.0.1 ("DNS rebinding") and then read
/// the workbench as if it were that site. The browser still sends the page's name in `Host`,
/// so a workbench that answers only its own names is out of that page's reach. The port needs
/// no check in `Host` (the connection reached this port, whatever the name); in `Origin` it
/// does, since another program on this machine is another site.
public struct AllowedHosts: Sendable {
    /// This machine's names and addresses (lower case; IPv6 without brackets), at the workbench's port.
    let own: Set<String>
    /// Names given on the command line (a proxy in front, a forwarded port), at any port.
    let given: Set<String>
    /// The address a person should open, shown when another name is used.
    let preferred: String

    /// The names for a workbench listening on `host` (an address or a name), with `given` added.
    public init(listeningOn host: String, given: [String] = []) {
        var own: Set<String> = ["127.0.0.1", "localhost", "::1"]
        let listening = Self.name(host)
        let everywhere = ["0.0.0.0", "::", ""].contains(listening)
        if !everywhere { own.insert(listening) }
        if !Self.isLoopback(listening) { own.formUnion(MachineNames.all()) }
        self.own = own
        self.given = Set(given.compactMap { Self.parse($0)?.name })
        // What `sadna serve` prints: on every address, the machine's name; else the address itself.
        let shown = everywhere ? ProcessInfo.processInfo.hostName.lowercased() : listening
        preferred = shown.contains(":") ? "[\(shown)]" : shown
    }

    /// Whether a request's `Host` (`127.0.0.1:8080`, `[::1]:8080`, `laptop`) names the workbench.
    func allowsHost(_ authority: String) -> Bool {
        guard let parsed = Self.parse(authority) else { return false }
        return own.contains(parsed.name) || given.contains(parsed.name)
    }

    /// Whether a form's `Origin` (or the page in its `Referer`) is one of the workbench's own pages:
    /// `http://` and an allowed name, at the workbench's port when the name is one of the machine's;
    /// or a name given with `--allow-host` over `https://` too (a reverse proxy that serves the
    /// workbench over TLS, on its own port).
    func allowsPage(_ address: String, port: Int?) -> Bool {
        guard let url = URLComponents(string: address), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https",
            let host = url.percentEncodedHost.map(Self.name), url.user == nil, url.password == nil
        else { return false }
        if given.contains(host) { return true }
        guard scheme == "http" else { return false }
        guard own.contains(host) else { return false }
        guard let port else { return true }
        return (url.port ?? 80) == port
    }

    /// The address to open instead, at `port`.
    func address(port: Int?) -> String {
        "http://\(preferred)" + (port.map { ":\($0)" } ?? "") + "/"
    }

    /// `name` and `port` of an authority; nil when it is not one (a bare IPv6 address, a path, spaces).
    static func parse(_ authority: String) -> (name: String, port: Int?)? {
        let text = authority.lowercased()
        guard !text.isEmpty, !text.contains(where: { $0.isWhitespace || "/\\@?#".contains($0) }) else { return nil }
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            let name = String(text[text.index(after: text.startIndex)..<close])
            let rest = text[text.index(after: close)...]
            if rest.isEmpty { return (name, nil) }
            guard rest.hasPrefix(":"), let port = Int(rest.dropFirst()) else { return nil }
            return (name, port)
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        switch parts.count {
        case 1: return (text, nil)
        case 2:
            guard let port = Int(parts[1]) else { return nil }
            return (String(parts[0]), port)
        default: return nil
        }
    }

    /// A host as the lists keep it: lower case, IPv6 without brackets.
    static func name(_ host: String) -> String {
        var name = host.lowercased()
        if name.hasPrefix("[") && name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        return name
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
