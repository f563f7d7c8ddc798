/// "Did you mean ...?" for misspelt keys and names.
public enum Suggestion {
    /// The candidate closest to `word`, when it is close enough to be a likely typo.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        // A number is not a typo of another number ("9" is not "01"): a list says what there is.
        if !word.isEmpty, word.allSatisfy(\.isNumber) { return nil }
        let lowered = word.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            if distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        guard let best else { return nil }
        // Allow about one mistake per three letters, and at least one (a swapped letter counts as two).
        let allowed = max(2, min(lowered.count, best.candidate.count) / 3)
        return best.distance <= allowed ? best.candidate : nil
    }

    /// "Did you mean `stages`? " before a hint's words when a candidate is close, else nothing:
    /// the `{guess}` of a message.
    public static func didYouMean(_ word: String, among candidates: [String]) -> MessageArgument {
        guard let guess = closest(to: word, among: candidates) else { return .text("") }
        return .phrase(.phraseDidYouMean, ["guess": .code(guess)])
    }

    /// Levenshtein distance counted in characters.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
