/// A facilitator's questions to a journey map: who travels it, what it improves, and whether
/// every pain is answered.
public enum JourneyChecks {
    /// - Parameter template: when given, the lanes each journey names are checked against it.
    public static func check(_ workshop: Workshop, template: JourneyTemplate? = nil) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for journey in workshop.journeys {
            if let persona = journey.persona {
                found += References.check(persona, against: [.persona], in: workshop)
            }
            found += improvement(journey, in: workshop)
            found += unansweredPains(journey)
            if let template, !journey.lanes.isEmpty {
                let (_, unknown) = template.lanes(journey.lanes.map(\.value))
                for name in unknown {
                    let at = journey.lanes.first { $0.value == name }?.location ?? journey.location
                    let guess = Suggestion.closest(to: name, among: template.laneNames).map { "did you mean `\($0)`? " } ?? ""
                    found.append(
                        .error(
                            "there is no lane or lane set `\(name)`", at: at,
                            hint: guess + "lanes: " + template.laneNames.joined(separator: ", "),
                            rule: "journey.lane"))
                }
            }
        }
        return found
    }

    /// A future journey names a current one, and should not be longer than it.
    static func improvement(_ journey: Journey, in workshop: Workshop) -> [Diagnostic] {
        guard let name = journey.improves else { return [] }
        guard let current = workshop.journey(named: name.value) else {
            // A file that exists but could not be read is reported at its own line.
            if workshop.fileIDs["journeys"]?.contains(name.value) == true { return [] }
            let guess =
                Suggestion.closest(to: name.value, among: workshop.journeys.map(\.id)).map { "did you mean `\($0)`? " } ?? ""
            return [
                .error(
                    "there is no journey `\(name.value)` to improve (journeys/\(name.value).yaml)", at: name.location,
                    hint: guess + "name the current journey's file", rule: "reference.missing")
            ]
        }
        var found: [Diagnostic] = []
        if current.variant.value != .current {
            found.append(
                .warning(
                    "`\(name.value)` is itself a future journey", at: name.location,
                    hint: "a future journey improves a current one", rule: "journey.improves"))
        }
        if journey.stages.count > current.stages.count {
            found.append(
                .warning(
                    "this future journey has \(journey.stages.count) stages, more than the \(current.stages.count) of the journey it improves",
                    at: journey.variant.location,
                    hint: "a future journey usually shortens the way: which stages could the council take on itself?",
                    rule: "journey.longer"))
        }
        return found
    }

    /// Every pain should meet a need or a recommendation in its stage: the question a
    /// facilitator asks in front of the wall.
    static func unansweredPains(_ journey: Journey) -> [Diagnostic] {
        journey.stages.flatMap { stage -> [Diagnostic] in
            guard stage.notes(.needs).isEmpty && stage.notes(.recommendations).isEmpty else { return [] }
            return stage.notes(.pains).map { pain in
                .warning(
                    "no need or recommendation in the stage \"\(stage.title.value)\" answers this pain",
                    at: pain.text.location,
                    hint: "add what the resident needs here (`needs:`) or what to do about it (`recommendations:`)",
                    rule: "journey.unanswered-pain")
            }
        }
    }
}
