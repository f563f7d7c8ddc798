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
                    var arguments: MessageArguments = [
                        "name": .code(name), "lanes": .list(template.laneNames.map(MessageArgument.value)),
                    ]
                    let guess = Suggestion.closest(to: name, among: template.laneNames)
                    if let guess { arguments["guess"] = .code(guess) }
                    found.append(.error(guess == nil ? .journeyLane : .journeyLaneGuess, arguments, at: at))
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
            var arguments: MessageArguments = ["name": .code(name.value), "file": .path("journeys/\(name.value).yaml")]
            let guess = Suggestion.closest(to: name.value, among: workshop.journeys.map(\.id))
            if let guess { arguments["guess"] = .code(guess) }
            return [
                .error(guess == nil ? .referenceMissingImproves : .referenceMissingImprovesGuess, arguments, at: name.location)
            ]
        }
        var found: [Diagnostic] = []
        if current.variant.value != .current {
            found.append(
                .warning(.journeyImprovesFuture, ["name": .code(name.value)], at: name.location))
        }
        if journey.stages.count > current.stages.count {
            found.append(
                .warning(
                    .journeyLonger, ["stages": .number(journey.stages.count), "current": .number(current.stages.count)],
                    at: journey.variant.location))
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
                    .journeyUnansweredPain,
                    ["stage": .quoted(stage.title.value), "needs": .key("needs"), "recommendations": .key("recommendations")],
                    at: pain.text.location)
            }
        }
    }
}
