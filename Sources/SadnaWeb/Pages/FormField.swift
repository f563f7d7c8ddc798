import Mustache

/// A labelled input of a planning form (`form-field.mustache`): its label above it, its hint
/// under the label, and, when a save found something wrong with it, the message beside it, which
/// the input names in `aria-describedby` and marks `aria-invalid`, as GOV.UK's forms do.
struct FormField {
    var name: String
    var id: String
    var label: String
    /// Words a screen reader hears after the label and a sighted reader needs not ("row 3").
    var labelSuffix = ""
    var hint = ""
    var value: String
    var message = ""
    /// An `<input>`'s type: text, number, email.
    var type = "text"
    /// Times, dates, numbers and emails read left to right on any page.
    var ltr = false
    var long = false
    var rows = 3
    var inputmode = ""
    var autocomplete = ""
    var required = false
    var autofocus = false
    /// What a photographed form has written in this field, shown above its input to be typed up.
    var crop: ScanFormPage.Crop? = nil

    var short: Bool { !long }
    var invalid: Bool { !message.isEmpty }
    var hintID: String { hint.isEmpty ? "" : "\(id)-hint" }
    var messageID: String { message.isEmpty ? "" : "\(id)-message" }
    var describedBy: String { [messageID, hintID].filter { !$0.isEmpty }.joined(separator: " ") }
    var direction: String { ltr ? "ltr" : "auto" }

    /// The error summary's line for this field: its message, a link that moves the focus to it.
    var problem: PageProblem? {
        message.isEmpty ? nil : PageProblem(message: message, hint: "", error: true, warning: false, href: "#\(id)")
    }
}

extension FormField: MustacheParent {
    /// Its stored values and the ones derived from them (reflection sees only the first).
    func child(named name: String) -> Any? {
        switch name {
        case "short": short
        case "invalid": invalid
        case "hintID": hintID
        case "messageID": messageID
        case "describedBy": describedBy
        case "direction": direction
        case "crop": crop
        default: Mirror(reflecting: self).children.first { $0.label == name }?.value
        }
    }
}
