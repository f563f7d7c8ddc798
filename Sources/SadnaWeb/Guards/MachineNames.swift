import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The names and addresses by which a colleague on the network may reach this machine: its host
/// name (short, full, and as `.local` for the names printers and laptops announce on a LAN) and
/// the addresses of its network interfaces.
enum MachineNames {
    static func all() -> Set<String> {
        var names = Set<String>()
        for name in [hostName(), ProcessInfo.processInfo.hostName].compactMap({ $0 }) where !name.isEmpty {
            let lowered = name.lowercased()
            names.insert(lowered)
            if let short = lowered.split(separator: ".").first { names.insert(String(short)) }
            names.insert(String(lowered.split(separator: ".").first ?? "") + ".local")
        }
        names.formUnion(interfaceAddresses())
        names.remove("")
        return names
    }

    private static func hostName() -> String? {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return nil }
        return String(cString: buffer)
    }

    /// Every IPv4 and IPv6 address of the machine's interfaces (IPv6 without its `%zone`).
    private static func interfaceAddresses() -> [String] {
        var first: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&first) == 0 else { return [] }
        defer { freeifaddrs(first) }
        var addresses: [String] = []
        var next = first
        while let entry = next {
            defer { next = entry.pointee.ifa_next }
            guard let address = entry.pointee.ifa_addr else { continue }
            let family = Int32(address.pointee.sa_family)
            guard family == AF_INET || family == AF_INET6 else { continue }
            let length = socklen_t(family == AF_INET ? MemoryLayout<sockaddr_in>.size : MemoryLayout<sockaddr_in6>.size)
            var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            guard getnameinfo(address, length, &host, socklen_t(host.count), nil, 0, NI_NUMERICHOST) == 0 else { continue }
            let text = String(cString: host)
            addresses.append(String(text.split(separator: "%").first ?? "").lowercased())
        }
        return addresses
    }
}
