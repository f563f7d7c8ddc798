import Foundation

/// Where Sadna's own files are: `Templates/` and the programme that ships with it.
///
/// Looked for, in order: `$SADNA_HOME`; `../share/sadna` beside the executable (after
/// `make install`); and the folders above the executable (a build inside the repository).
public enum Resources {
    public static let defaultWorkshopName = "emek-hamaayanot"

    /// The folder that holds `Templates/` and `workshops/`, or nil when none is found.
    public static func home() -> URL? {
        let fm = FileManager.default
        func holdsResources(_ url: URL) -> Bool {
            fm.fileExists(atPath: url.appendingPathComponent("Templates").path)
                && fm.fileExists(atPath: url.appendingPathComponent("workshops").path)
        }
        if let env = ProcessInfo.processInfo.environment["SADNA_HOME"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let binDir = executable.deletingLastPathComponent()
        let installed = binDir.deletingLastPathComponent().appendingPathComponent("share/sadna")
        if holdsResources(installed) { return installed.standardizedFileURL }
        var dir = binDir
        for _ in 0..<6 {
            if holdsResources(dir) { return dir.standardizedFileURL }
            dir = dir.deletingLastPathComponent()
        }
        let current = URL(fileURLWithPath: fm.currentDirectoryPath)
        return holdsResources(current) ? current : nil
    }

    public static var templates: URL? { home()?.appendingPathComponent("Templates") }

    /// The workshop a command works on when none is named: the current folder when it holds
    /// `workshop.yaml`, else the programme that ships with Sadna.
    public static func defaultWorkshop() -> URL? {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        if FileManager.default.fileExists(atPath: current.appendingPathComponent("workshop.yaml").path) {
            return current
        }
        return home()?.appendingPathComponent("workshops/\(defaultWorkshopName)")
    }
}
