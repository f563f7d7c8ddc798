import Foundation

/// A task card may point at a service page and a journey; those must exist.
public enum TaskCardChecks {
    public static func check(_ workshop: Workshop) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for card in workshop.taskCards {
            if let service = card.service {
                found += reference(service, folder: "services", what: "service page", in: workshop)
            }
            if let journey = card.journey {
                found += reference(journey, folder: "journeys", what: "journey", in: workshop)
            }
        }
        return found
    }

    private static func reference(_ id: Located<String>, folder: String, what: String,
                                  in workshop: Workshop) -> [Diagnostic] {
        let directory = workshop.directory.appendingPathComponent(folder)
        if FileManager.default.fileExists(atPath: directory.appendingPathComponent("\(id.value).yaml").path) {
            return []
        }
        let existing = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }
        var hint = "write \(folder)/\(id.value).yaml, or leave the field out"
        if let guess = Suggestion.closest(to: id.value, among: existing) { hint = "did you mean `\(guess)`? " + hint }
        return [.error("there is no \(what) `\(id.value)` (\(folder)/\(id.value).yaml)", at: id.location, hint: hint,
                       rule: "reference.missing")]
    }
}
