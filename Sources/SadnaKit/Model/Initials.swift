/// The letters an avatar shows for a persona without a photo, chosen as a designer would.
///
/// A person gets the first letters of their first and last name ("יוסי (יוסף) מזרחי" → "ימ",
/// "רוחן" → "ר"): what is in brackets is a second name, not a word to count, and punctuation is
/// no letter. A group ("משפחת ליפשיץ", "זוג הפנסיונרים", "ההורים של דני", "the Cohen family")
/// gets the one letter of the word that tells it apart — the surname, the kind of people, the
/// child — since "family", "couple" or "the parents of" begin half the names on a wall and would
/// make every circle read "מ" or "ז".
public enum Initials {
    public static func of(_ name: String) -> String {
        let words = self.words(withoutBrackets(name))
        guard let first = words.first else { return name.first.map { String($0).uppercased() } ?? "" }
        if let index = words.firstIndex(where: { groupWords.contains($0.lowercased()) }) {
            let naming = words.indices.filter {
                !groupWords.contains(words[$0].lowercased()) && !linkWords.contains(words[$0].lowercased())
            }
            guard let chosen = naming.first else { return letter(first) }
            // "זוג הפנסיונרים": the article of the noun a group word governs is no initial. A
            // family's surname is kept whole ("משפחת הלוי"), and so is a name after "של".
            let followsConstruct = chosen == index + 1 && constructWords.contains(String(words[index]))
            return letter(withoutArticle(words[chosen], hebrew: followsConstruct))
        }
        guard words.count > 1, let last = words.last else { return letter(first) }
        return letter(first) + letter(last)
    }

    /// Words that say a persona is several people, in the languages Sadna prints.
    static let groupWords: Set<String> = [
        "משפחת", "משפחה", "המשפחה", "משפחות", "זוג", "הזוג", "זוגות", "הורים", "ההורים", "הורי", "קבוצת", "קבוצה",
        "عائلة", "العائلة", "أسرة", "الأسرة", "آل", "زوجان", "الزوجان", "زوجا", "والدا", "والدي", "أهل", "مجموعة",
        "family", "couple", "parents", "group", "household",
    ]
    /// Hebrew group words in construct state: the noun after them carries the group's article.
    static let constructWords: Set<String> = ["זוג", "זוגות", "קבוצת"]
    /// Little words inside a group's name that name nobody.
    static let linkWords: Set<String> = ["של", "את", "the", "of", "and", "من"]

    private static func letter(_ word: Substring) -> String {
        word.first.map { String($0).uppercased() } ?? ""
    }

    /// "הפנסיונרים" → "פנסיונרים" after a Hebrew construct word; "المتقاعدون" → "متقاعدون" always
    /// (the Arabic article is written joined, and never begins a name).
    private static func withoutArticle(_ word: Substring, hebrew: Bool) -> Substring {
        if word.hasPrefix("ال"), word.count > 3 { return word.dropFirst(2) }
        if hebrew, word.hasPrefix("ה"), word.count > 2 { return word.dropFirst() }
        return word
    }

    /// The name without what stands in brackets: "יוסי (יוסף) מזרחי" → "יוסי  מזרחי".
    private static func withoutBrackets(_ name: String) -> String {
        var depth = 0
        var kept = ""
        for character in name {
            switch character {
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth = max(0, depth - 1)
            default: if depth == 0 { kept.append(character) }
            }
        }
        return kept
    }

    /// The words of a name, each trimmed of what is not a letter (quotes, commas, a geresh). A
    /// double surname ("כהן-לוי") stays one word: its initial is its first part's.
    private static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0.isWhitespace || "–—/,;".contains($0) })
            .map { word in
                let start = word.firstIndex(where: \.isLetter) ?? word.endIndex
                let end = word.lastIndex(where: \.isLetter).map { word.index(after: $0) } ?? start
                return word[start..<max(start, end)]
            }
            .filter { !$0.isEmpty }
    }
}
