import Foundation
import Hummingbird
import SadnaKit

/// The same form again, after a post the workbench did not save: with everything typed, a banner
/// saying why nothing was saved, an error summary at the top linking to each field, and each
/// message beside its field. Every form of the workbench comes back this way, whatever refused it:
/// its own check (a title missing), a file too large or not a picture, a token gone stale after a
/// restart, a 413, a save that failed (a full disk, a read-only folder).
///
/// A page takes part in two steps:
/// 1. It declares `SameForm`s, one per route its forms post to, and `FormRecovery.forms` lists them.
///    `redraw` draws the page's form from what was posted (`FormRefill.posted`), or from the file
///    when nothing of the post was read (`FormRefill.unread`), showing `refill`'s notice and messages.
/// 2. Its template shows them: `{{>form-problems}}` inside `{{#refill}}…{{/refill}}` (the banner
///    and the summary), and beside each field the message `refill.message(for:)` gives
///    (`FormField.message` does this for the planning forms). Its own check answers the same way:
///    `FormRefill(messages:)` and the same `redraw`.
struct SameForm: Sendable {
    /// The path the form posts to, segment by segment: a word matches itself, ":" any id
    /// (`ItemRequestContext.id`), whose values `redraw` gets in order.
    var path: [String]
    /// The page with the form again; nil when the post was not to a form this page can draw
    /// (an item that is gone), and the generic "send again" page answers.
    var redraw: @Sendable (_ refill: FormRefill, _ ids: [String], _ request: Request, _ workbench: Workbench) throws -> Response?

    init(
        _ path: String,
        redraw:
            @escaping @Sendable (_ refill: FormRefill, _ ids: [String], _ request: Request, _ workbench: Workbench) throws
            -> Response?
    ) {
        self.path = path.split(separator: "/").map(String.init)
        self.redraw = redraw
    }

    /// The ids `path` takes from a request's path, nil when it is not this form's.
    func ids(of requestPath: String) -> [String]? {
        let parts = requestPath.split(separator: "/").map(String.init)
        guard parts.count == path.count else { return nil }
        var ids: [String] = []
        for (pattern, part) in zip(path, parts) {
            if pattern == ":" {
                guard let id = ItemRequestContext.id(part) else { return nil }
                ids.append(id)
            } else if pattern != part {
                return nil
            }
        }
        return ids
    }
}

/// What a form that came back shows: what was posted, why nothing was saved (a banner), and
/// messages by input name, each beside its input and, in the form's order, in the summary.
struct FormRefill: Sendable {
    /// What the person posted (empty when `unread`).
    var posted: PostedForm
    /// Why nothing was saved, above the summary; empty when the messages say it all.
    var notice = ""
    /// Messages by the input's `name`.
    var messages: [String: String] = [:]
    /// What to do, by the input's `name`: beside its input, under the message (not in the summary).
    var hints: [String: String] = [:]
    var status: HTTPResponse.Status = .unprocessableContent
    /// Nothing of the post was read (it was larger than anything the workbench reads): the form is
    /// drawn from the file, and the notice says to go back in the browser for what was typed.
    var unread = false

    init(
        posted: PostedForm, notice: String = "", messages: [String: String] = [:],
        status: HTTPResponse.Status = .unprocessableContent
    ) {
        self.posted = posted
        self.notice = notice
        self.messages = messages
        self.status = status
    }

    /// Why a post was refused, in the page's words: a stale form, a file too large (named beside
    /// its input), a save that failed (a full disk, a read-only folder: the error's own words).
    init(_ refused: FormRefused, labels: Labels<TextLabel>) {
        posted = refused.form
        status = refused.status
        switch refused.reason {
        case .stale:
            notice = labels("form_expired")
        case .tooLarge:
            notice = labels("form_not_saved")
            for input in refused.form.dropped {
                messages[input] = labels(input == "photo" ? "photo_too_large" : "file_too_large")
            }
        case .unread:
            unread = true
            notice = labels("form_unread")
        case let .failed(error):
            notice = labels(Self.words(for: error) ?? "error_500")
        }
    }

    /// The labels' own words for a failure the workbench names (`error_disk_full`, `error_read_only`…).
    static func words(for error: any Error) -> String? {
        guard let body = (error as? HTTPError)?.body else { return nil }
        let key = "error_\(body.replacingOccurrences(of: "-", with: "_"))"
        return WebTemplates.labelKeys.contains(key) ? key : nil
    }

    /// The message beside the input named `input` ("" when there is none).
    func message(for input: String) -> String { messages[input] ?? "" }

    /// The banner and the summary for a form whose inputs are, in its order, `inputs` (the
    /// input's name and its element's id, which the summary's links move the focus to).
    func problems(_ inputs: [(name: String, id: String)]) -> FormProblems {
        var errors = inputs.compactMap { input in
            messages[input.name].map { PageProblem(message: $0, hint: "", error: true, warning: false, href: "#\(input.id)") }
        }
        // A message for an input the form did not list still shows: never a problem hidden.
        let listed = Set(inputs.map(\.name))
        for (name, message) in messages.sorted(by: { $0.key < $1.key }) where !listed.contains(name) {
            errors.append(PageProblem(message: message, hint: "", error: true, warning: false, href: "#field-\(name)"))
        }
        return FormProblems(notice: notice, errors: errors, hasErrors: !errors.isEmpty)
    }

    /// The page's title: "שגיאה:" before it, as GOV.UK's forms say a page came back.
    func title(_ heading: String, labels: Labels<TextLabel>) -> String { "\(labels("error_title_prefix")) \(heading)" }
}

extension FormRefill {
    /// The form again without the file chosen in it: a browser never fills a file input again, so
    /// unless something else is said beside it, the message there asks for the file once more.
    func askingAgain(for input: String, labels: Labels<TextLabel>) -> FormRefill {
        var refill = self
        if refill.messages[input] == nil, !refill.unread { refill.messages[input] = labels("import_choose_again") }
        return refill
    }

    /// A file that could not be read at all, its problem beside the input `input`: what is wrong
    /// (in the summary too), and what to do.
    mutating func refuse(_ input: String, _ problem: PageProblem) {
        messages[input] = Self.sentence(problem.message)
        if !problem.hint.isEmpty { hints[input] = Self.sentence(problem.hint) }
    }

    /// A message as a sentence: its first letter capital (in English), a full stop at its end.
    static func sentence(_ text: String) -> String {
        let sentence = text.prefix(1).uppercased() + text.dropFirst()
        return sentence.hasSuffix(".") ? sentence : sentence + "."
    }
}

/// `form-problems.mustache`: why a form came back, and its error summary.
struct FormProblems {
    var notice = ""
    var errors: [PageProblem] = []
    var hasErrors = false
}

extension WebTemplates {
    /// The words of forms that come back the same after any refusal (`SameForm`).
    static let sameFormKeys = [
        "file_too_large", "form_unread", "import_choose_again", "import_no_file", "error_service_name",
        "access_code_label", "access_code_hint", "access_code_enter", "access_code_wrong", "form_not_sent",
        "import_nothing", "import_kept_people", "import_rejected_fix", "import_no_rows", "import_expired", "import_not_imported",
    ]
}
