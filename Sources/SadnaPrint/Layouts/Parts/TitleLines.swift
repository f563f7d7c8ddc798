/// A title that needs two lines, broken where its parts meet.
///
/// Programme titles are parts joined by dashes ("מובילים דיגיטליים – סיור למידה מרשויות שעשו
/// את זה – מפגש 8"). Wrapped wherever the width runs out, the first line ended in a dash that
/// announced nothing. A designer breaks such a title between its parts and lets the line break
/// stand for the dash, so each line reads whole:
///
///     מובילים דיגיטליים – סיור למידה מרשויות שעשו את זה
///     מפגש 8
struct TitleLines {
    /// The dashes with spaces around them that join a title's parts.
    static let separators = [" – ", " — ", " - "]

    /// `title` as it should be set in `box`: unchanged when it fits one line at the style's size
    /// or has no parts, otherwise with the break between two parts that lets it be set largest
    /// (the more even split when several do), the dash there dropped.
    static func text(
        _ title: String, style: TextStyle, in box: Size, floor: Double, language: TextLanguage,
        typesetter: Typesetter
    ) -> String {
        if typesetter.fittingSize(
            title, style: style, in: box, policy: FitPolicy(floor: style.size, maxLines: 1),
            language: language) != nil
        {
            return title
        }
        guard let separator = separators.first(where: { title.contains($0) }) else { return title }
        let parts = title.components(separatedBy: separator)
        var best: (text: String, size: Double, imbalance: Int)?
        for split in 1..<parts.count {
            let first = parts[..<split].joined(separator: separator), second = parts[split...].joined(separator: separator)
            let candidate = first + "\n" + second
            guard
                let size = typesetter.fittingSize(
                    candidate, style: style, in: box,
                    policy: FitPolicy(floor: floor, maxLines: 2), language: language)
            else { continue }
            let imbalance = abs(first.count - second.count)
            if best.map({ size > $0.size || (size == $0.size && imbalance < $0.imbalance) }) ?? true {
                best = (candidate, size, imbalance)
            }
        }
        return best?.text ?? title
    }
}
