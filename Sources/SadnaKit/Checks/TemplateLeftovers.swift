import Foundation

/// Words `sadna new` writes as a place to fill in ("שם הפרסונה") and that are still there: such
/// a file loads and prints, so without this a card titled "שם הפרסונה" would reach the meeting.
/// The values are the ones in `Templates/new/`; a test keeps the two in step.
public enum TemplateLeftovers {
    public static let personaName = "שם הפרסונה"
    public static let serviceName = "שם השירות"
    public static let meetingTitle = "מפגש חדש"
    /// What `sadna new workshop` writes when it is not told the council's name.
    public static let organisation = "שם הרשות"

    public static func check(_ workshop: Workshop) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func leftover(_ value: Located<String>?, _ placeholder: String, what: String, key: String) {
            guard let value, value.value.trimmingCharacters(in: .whitespaces) == placeholder else { return }
            found.append(
                .warning(
                    .newPlaceholder,
                    ["what": .text(what), "key": .key(key), "placeholder": .quoted(placeholder), "command": .code("sadna new")],
                    at: value.location))
        }
        leftover(workshop.organisation, organisation, what: "the programme", key: "organisation")
        for persona in workshop.personas { leftover(persona.name, personaName, what: "the persona", key: "name") }
        for journey in workshop.journeys { leftover(journey.title, serviceName, what: "the journey", key: "title") }
        for page in workshop.services { leftover(page.name, serviceName, what: "the service page", key: "name") }
        for meeting in workshop.meetings { leftover(meeting.title, meetingTitle, what: "the meeting", key: "title") }
        return found
    }
}
