import Foundation
import SadnaKit

/// The language the command line speaks in (its diagnostics and their summary): the one `--lang`
/// names, else the workshop's own (`language:` in workshop.yaml), else the environment's (`LANG`
/// he_IL → Hebrew, ar_* → Arabic), else English.
enum MessageLanguage {
    /// The language for `command` (nil when the command line could not be read: the workshop is
    /// then the current folder's, or the one shipped with Sadna).
    static func of(_ command: Any?, arguments: [String], environment: [String: String]) -> Language {
        if let named = named(in: arguments) { return named }
        let path = command.map(workshopPath(of:)) ?? option("--workshop", in: arguments)
        if let folder = try? Session.folder(path), let language = workshopLanguage(in: folder) {
            return language
        }
        return fromEnvironment(environment)
    }

    /// `--lang X` or `--lang=X` on the command line.
    static func named(in arguments: [String]) -> Language? {
        option("--lang", in: arguments).flatMap(Language.init(rawValue:))
    }

    /// The value of `name X` or `name=X` on the command line, read without parsing it.
    private static func option(_ name: String, in arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument == name, index + 1 < arguments.count { return arguments[index + 1] }
            if argument.hasPrefix(name + "=") { return String(argument.dropFirst(name.count + 1)) }
        }
        return nil
    }

    /// `LC_ALL`, `LC_MESSAGES` or `LANG`, as the C library reads them.
    static func fromEnvironment(_ environment: [String: String]) -> Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let code = locale.prefix { $0.isLetter }.lowercased()
        switch code {
        case "he", "iw": return .he
        case "ar": return .ar
        default: return .en
        }
    }

    /// The main language workshop.yaml names, when it names one.
    static func workshopLanguage(in folder: URL) -> Language? {
        var ignored: [Diagnostic] = []
        guard let file = YAMLFile.load("workshop.yaml", from: FolderSource(folder), into: &ignored),
            case let .mapping(mapping)? = file.root
        else { return nil }
        return mapping.first { $0.key.string == "language" }?.value.string.flatMap(Language.init(rawValue:))
    }

    /// The workshop a command names (`--workshop DIR` or its first argument), found in its options.
    private static func workshopPath(of command: Any) -> String? {
        var queue: [(Any, Int)] = [(command, 0)]
        while !queue.isEmpty {
            let (value, depth) = queue.removeFirst()
            if let argument = value as? WorkshopArgument { return (try? argument.workshop) ?? argument.option.workshop }
            if let option = value as? WorkshopOption { return option.workshop }
            guard depth < 6 else { continue }
            queue += Mirror(reflecting: value).children.map { ($0.value, depth + 1) }
        }
        return nil
    }
}
