extension Meeting {
    /// How long each agenda row runs, in minutes, as far as the plan tells: its own duration, its
    /// end minus its start, or the next timed row's start (or the meeting's end) minus its start.
    /// Nil where the plan does not say, rather than a guess.
    public var rowDurations: [Int?] {
        agenda.indices.map { index in
            let row = agenda[index]
            if let duration = row.duration { return duration.value }
            guard let start = row.start?.value else { return nil }
            if let end = row.end?.value { return end.minutes - start.minutes }
            let next = agenda[(index + 1)...].first { $0.start != nil || $0.duration != nil }
            if let next {
                guard let nextStart = next.start?.value else { return nil }
                let minutes = nextStart.minutes - start.minutes
                return minutes > 0 ? minutes : nil
            }
            if let ends = self.ends?.value, ends > start { return ends.minutes - start.minutes }
            return nil
        }
    }

    /// When the meeting opens: its stated hours, else its first timed row.
    public var opensAt: ClockTime? {
        starts?.value ?? agenda.lazy.compactMap { $0.start?.value }.first
    }

    /// When the meeting closes: its stated hours, else the end of its last timed row.
    public var closesAt: ClockTime? {
        if let ends { return ends.value }
        guard let last = agenda.indices.last(where: { agenda[$0].start != nil }) else { return nil }
        let row = agenda[last]
        if let end = row.end?.value { return end }
        let start = row.start!.value
        if let minutes = row.duration?.value { return ClockTime(minutes: start.minutes + minutes) }
        return start
    }
}

extension Meeting {
    /// When each agenda row starts, as SessionLab times a session: a row's own `start` when the
    /// plan fixes one, else the end of the row before it (its start plus its duration), the first
    /// row at the meeting's opening hour. Nil where that chain breaks (a row before it with no
    /// known length) and for rows deliberately left untimed: no time is guessed.
    public var rowStarts: [ClockTime?] {
        let durations = rowDurations
        var clock = starts?.value
        return agenda.indices.map { index in
            let row = agenda[index]
            if row.untimed { return row.start?.value }
            let start = row.start?.value ?? clock
            clock = start.flatMap { start in durations[index].map { ClockTime(minutes: start.minutes + $0) } }
            return start
        }
    }

    /// When the agenda's last timed row ends, as far as the plan tells: what a facilitator
    /// compares with the meeting's stated hours.
    public var agendaEnds: ClockTime? {
        let starts = rowStarts, durations = rowDurations
        guard let last = agenda.indices.last(where: { !agenda[$0].untimed }), let start = starts[last],
            let minutes = durations[last]
        else { return nil }
        return ClockTime(minutes: start.minutes + minutes)
    }
}
