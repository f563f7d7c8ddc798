/// Reading Sadna's typed values (paper, card size, backs, one of a set of names) with located,
/// hinted errors, the same way in every file kind.
extension MappingReader {
    /// One of `choices` by its name (`long-edge`), or nil with an error naming them all.
    public func choice<Choice: RawRepresentable & CaseIterable>(
        _ key: String, among choices: [Choice]? = nil,
        what: String
    ) -> Located<Choice>?
    where Choice.RawValue == String {
        guard let text = text(key) else { return nil }
        let allowed = choices ?? Array(Choice.allCases)
        if let found = allowed.first(where: { $0.rawValue.lowercased() == text.value.lowercased() }) {
            return Located(found, at: text.location)
        }
        let names = allowed.map(\.rawValue)
        var arguments: MessageArguments = [
            "key": .key(key), "value": .quoted(text.value), "what": .text(what),
            "choices": .list(names.map(MessageArgument.value)),
        ]
        let guess = Suggestion.closest(to: text.value, among: names)
        if let guess { arguments["guess"] = .code(guess) }
        reader.report(.error(guess == nil ? .valueChoice : .valueChoiceGuess, arguments, at: text.location))
        return nil
    }

    /// A paper size ("A4", "A3 landscape"), one of `formats` when given.
    public func paper(_ key: String = "paper", formats: [Paper.Format] = Paper.Format.allCases) -> Located<Paper>? {
        guard let text = text(key) else { return nil }
        if let paper = Paper(text.value), formats.contains(paper.format) { return Located(paper, at: text.location) }
        reader.report(
            .error(
                .valuePaper, ["key": .key(key), "value": .quoted(text.value), "papers": .text(Paper.names(formats))],
                at: text.location))
        return nil
    }
}

extension MappingReader {
    /// A length in millimetres (`99.1`), within `range`.
    public func millimetres(_ key: String, range: ClosedRange<Double>, required: Bool = false) -> Located<Double>? {
        guard let text = text(key, required: required, example: "\(range.lowerBound)") else { return nil }
        guard let value = Double(text.value.trimmingCharacters(in: .whitespaces)), range.contains(value) else {
            reader.report(
                .error(
                    .valueMillimetres,
                    [
                        "key": .key(key), "low": .value("\(range.lowerBound)"), "high": .value("\(range.upperBound)"),
                        "value": .quoted(text.value), "example": .code("\(key): 4.5"),
                    ],
                    at: text.location))
            return nil
        }
        return Located(value, at: text.location)
    }
}

extension MappingReader {
    /// A day (`2019-06-26`, or `26.6.2019`), or nil with an error at the value that says how to
    /// write one, reported under `rule`; `otherwise` says what else the key may be (leave it out,
    /// name a meeting instead).
    public func date(_ key: String, rule: String, otherwise: DateAlternative? = nil) -> Located<CalendarDate>? {
        guard let text = text(key) else { return nil }
        if let parsed = CalendarDate.parse(text.value) { return Located(parsed, at: text.location) }
        let id: MessageID =
            switch otherwise {
            case nil: .valueDate
            case .leaveOut: .valueDateOrLeaveOut
            case .meeting: .valueDateOrMeeting
            }
        var diagnostic = Diagnostic.error(
            id,
            [
                "key": .key(key), "value": .quoted(text.value), "example": .code("\(key): 2019-06-26"),
                "meeting": .code("due_meeting: 5"),
            ], at: text.location)
        diagnostic.rule = rule
        reader.report(diagnostic)
        return nil
    }

    /// What a date's key may be instead of a date.
    public enum DateAlternative: Sendable {
        /// Left out, when the day is not known.
        case leaveOut
        /// A meeting named by its number (`due_meeting`).
        case meeting
    }
}
