import Foundation
import SadnaKit

/// Where Sadna's own files are: `Templates/` and the programme that ships with it. Resolved here,
/// by the command line, and handed to the library, which reads no environment of its own.
///
/// Looked for, in order: `$SADNA_HOME`; `../share/sadna` beside the executable (after
/// `make install`); the folders above the executable (a build inside the repository); the
/// current folder.
enum Resources {
    static let defaultWorkshopName = "emek-hamaayanot"

    /// Sadna's home for a run inside the test suite (a copy with a broken template, say).
    @TaskLocal static var homeOverride: URL?

    /// The folder that holds `Templates/` and `workshops/`, or nil when none is found.
    static func home() -> URL? {
        if let homeOverride { return homeOverride }
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
        let current = Paths.workingDirectory
        return holdsResources(current) ? current : nil
    }

    static var templates: URL? { home()?.appendingPathComponent("Templates") }

    /// Whether `url` is Sadna's own folder or inside it (its templates, the programme it ships
    /// with): what no command may write into.
    static func isPartOfSadna(_ url: URL) -> Bool {
        guard let home = home() else { return false }
        func real(_ url: URL) -> String { url.standardizedFileURL.resolvingSymlinksInPath().path + "/" }
        return real(url).hasPrefix(real(home))
    }

    /// The programme that ships with Sadna.
    static var shippedWorkshop: URL? { home()?.appendingPathComponent("workshops/\(defaultWorkshopName)") }

    /// The creation date for files: `SOURCE_DATE_EPOCH` when set, else fixed.
    static var stamp: StampDate {
        ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Int.init).map(StampDate.init(epoch:)) ?? .fixed
    }

    /// hspell, when it is on the `PATH`.
    static var speller: Speller? {
        Speller.find(in: (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map(String.init))
    }
}
