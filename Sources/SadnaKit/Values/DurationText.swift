extension Labels {
    /// How long something runs, written one way on every printable: minutes under an hour
    /// ("45 דק'"), hours and minutes from an hour on ("1:30 ש'", "2:00 ש'"). A facilitator
    /// plans in minutes but reads a long block as hours; a rule with one threshold keeps a run-
    /// sheet from mixing "90 דק'" and "2:00 ש'" for blocks of nearly the same length.
    ///
    /// The words are the shared labels `minutes` ("{n} דק'") and `hours` ("{h}:{mm} ש'").
    public func duration(minutes: Int) -> String {
        if minutes < 60 { return shared(.minutes, ["n": String(minutes)]) }
        let mm = minutes % 60
        return shared(.hours, ["h": String(minutes / 60), "mm": mm < 10 ? "0\(mm)" : String(mm)])
    }
}
