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
        let guess = Suggestion.closest(to: text.value, among: names).map { "did you mean `\($0)`? " } ?? ""
        reader.report(
            .error(
                "`\(key)` \"\(text.value)\" is not \(what)", at: text.location,
                hint: guess + "write one of: " + names.joined(separator: ", "), rule: "value.choice"))
        return nil
    }

    /// A paper size ("A4", "A3 landscape"), one of `formats` when given.
    public func paper(_ key: String = "paper", formats: [Paper.Format] = Paper.Format.allCases) -> Located<Paper>? {
        guard let text = text(key) else { return nil }
        if let paper = Paper(text.value), formats.contains(paper.format) { return Located(paper, at: text.location) }
        reader.report(
            .error(
                "`\(key)` \"\(text.value)\" is not a paper Sadna prints on here", at: text.location,
                hint: "write one of \(Paper.names(formats)), optionally followed by `landscape`",
                rule: "value.paper"))
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
                    "`\(key)` should be millimetres between \(range.lowerBound) and \(range.upperBound), but is \"\(text.value)\"",
                    at: text.location, hint: "write the number alone, with a point for a fraction: `\(key): 4.5`",
                    rule: "value.millimetres"))
            return nil
        }
        return Located(value, at: text.location)
    }
}

extension MappingReader {
    /// A day (`2019-06-26`, or `26.6.2019`), or nil with an error at the value that says how to
    /// write one; `hint` adds what else the key may be (leave it out, name a meeting instead).
    public func date(_ key: String, rule: String, hint: String = "") -> Located<CalendarDate>? {
        guard let text = text(key) else { return nil }
        if let parsed = CalendarDate.parse(text.value) { return Located(parsed, at: text.location) }
        reader.report(
            .error(
                "`\(key)` \"\(text.value)\" is not a date", at: text.location,
                hint: "write it as year-month-day, e.g. `\(key): 2019-06-26`" + hint, rule: rule))
        return nil
    }
}
