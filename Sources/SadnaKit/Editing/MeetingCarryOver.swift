/// A meeting of one programme made ready for the next (`sadna new workshop --from`): its agenda
/// and the rest of its print plan stay, and what belonged to that run of it goes — its date (and
/// the weekday that follows from it), its head count, invitees and minutes, and the plan's entries that print that
/// programme's own personas, journeys, service pages and participants (its decks come along), which the new
/// programme does not have yet. Edited in place, so every comment stays, and the file opens by saying what went.
public enum MeetingCarryOver {
    /// Keys of the meeting that were that run's own: when, how many, who was invited, and what
    /// its minutes kept (who came, what was decided).
    static let clearedKeys = ["date", "weekday", "participants", "invitees", "minutes"]
    /// What a printable prints that a new programme starts without.
    /// Cards are not among them: a programme's decks are what it teaches, carried with it.
    static let programmesOwn: Set<PrintableKind.Items> = [.personas, .journeys, .servicePages, .participants]

    /// `text` (the meeting file `path` of the old programme) as the new programme's meeting.
    public static func carry(_ text: String, from path: String) throws -> String {
        var editor = try YAMLDocumentEditor(text: text)
        let cleared = clearedKeys.filter { editor.value(at: [.key($0)]) != nil }
        for key in cleared { try editor.remove([.key(key)]) }
        var removed: [String] = []
        if case let .sequence(items)? = editor.value(at: [.key("print")]) {
            // From the end, so that the places of those before stay.
            for (index, item) in items.enumerated().reversed() {
                guard case let .mapping(entries) = item,
                    case let .string(name)? = entries.first(where: { $0.key == "kind" })?.value,
                    let kind = PrintableKind(rawValue: name), let items = kind.items, programmesOwn.contains(items)
                else { continue }
                try editor.remove([.key("print"), .index(index)])
                let row =
                    entries.first { $0.key == "for" }.flatMap { entry -> String? in
                        if case let .string(row) = entry.value { return " (for: \(row))" }
                        return nil
                    } ?? ""
                removed.insert("\(name)\(row)", at: 0)
            }
        }
        var header = ["# הועתק מ-\(path) כשנפתחה התכנית (sadna new workshop --from): סדר היום ותכנית ההדפסה נשמרו."]
        if !cleared.isEmpty {
            header.append("# נמחקו \(cleared.joined(separator: ", ")) של המפגש הקודם: קבעו אותם למפגש הזה.")
        }
        if !removed.isEmpty {
            header.append("# הוסרו מתכנית ההדפסה, כי הם מדפיסים את הנתונים של התכנית הקודמת: \(removed.joined(separator: ", ")).")
            header.append(
                "# הוסיפו אותם שוב (ראו את הקובץ המקורי) כשיהיו לתכנית הזו פרסונות, מסעות, דפי שירות ומשתתפים משלה.")
        }
        return header.joined(separator: "\n") + "\n\n" + editor.text
    }
}
