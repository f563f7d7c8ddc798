/// "להחליף ב-…" without JavaScript: the review's button posts the form with where the words are
/// (the input, line and column) and what to put instead; the save makes the change in that
/// field, only where the words still are, and saves the rest of the form as typed.
enum ReviewReplacement {
    /// The button's value: its lines are the input, line, column, words found and replacement.
    static let field = "replace"

    static func apply(to form: inout PostedForm) {
        guard let raw = form[field] else { return }
        form.fields.removeAll { $0.name == field }
        let parts = raw.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        guard parts.count == 5, let line = Int(parts[1]), let column = Int(parts[2]), line >= 1, column >= 1,
            let index = form.fields.firstIndex(where: { $0.name == parts[0] })
        else { return }
        var scalars = Array(form.fields[index].value.unicodeScalars)
        var start = 0, current = 1
        while current < line, start < scalars.count {
            if scalars[start] == "\n" { current += 1 }
            start += 1
        }
        start += column - 1
        let found = Array(parts[3].unicodeScalars)
        guard !found.isEmpty, start + found.count <= scalars.count, Array(scalars[start..<start + found.count]) == found else {
            return
        }
        scalars.replaceSubrange(start..<start + found.count, with: Array(parts[4].unicodeScalars))
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        form.fields[index].value = String(text)
    }
}
