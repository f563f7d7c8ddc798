/// Checks that an id names a file of the workshop (a service page, a journey).
enum References {
    /// Where an id may point: a folder of the workshop and how a person names what is in it.
    struct Target {
        var folder: String
        var what: MessageID

        static let service = Target(folder: "services", what: .phraseTargetService)
        static let journey = Target(folder: "journeys", what: .phraseTargetJourney)
        static let persona = Target(folder: "personas", what: .phraseTargetPersona)
    }

    /// Nothing when `id` names a file in one of `targets` (whether or not that file could be
    /// read: a broken file is reported at its own line, once); otherwise one error, with the
    /// closest id there is as a hint.
    static func check(_ id: Located<String>, against targets: [Target], in workshop: Workshop) -> [Diagnostic] {
        var existing: [String] = []
        for target in targets {
            let ids = workshop.fileIDs[target.folder] ?? []
            if ids.contains(id.value) { return [] }
            existing += ids
        }
        let names = targets.map { MessageArgument.phrase($0.what, ["file": .path("\($0.folder)/\(id.value).yaml")]) }
        let either = names.dropFirst().reduce(names[0]) { .phrase(.phraseOr, ["first": $0, "second": $1]) }
        var arguments: MessageArguments = ["targets": either, "name": .code(id.value)]
        let guess = Suggestion.closest(to: id.value, among: existing)
        if let guess { arguments["guess"] = .code(guess) }
        return [.error(guess == nil ? .referenceMissing : .referenceMissingGuess, arguments, at: id.location)]
    }

    /// Whether a text looks like an id (`resident-certificate`) rather than a description
    /// ("רישום לגנים"): only ids are checked against files.
    static func looksLikeID(_ text: String) -> Bool {
        !text.isEmpty
            && text.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
            }
    }
}
