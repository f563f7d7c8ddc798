import Foundation
import Hummingbird
import SadnaKit

/// An error as a page in the person's language, never a trace of the code.
enum ErrorPage {
    /// `error.mustache`: what went wrong in plain words, and what is wrong with the files or the request.
    struct Content {
        var status: Int
        var text: String
        var problems: [PageProblem]
        var hasProblems: Bool
        /// A form the workbench cannot draw again: what the person typed, to send once more.
        var resend: [ConflictPage.Field] = []
        var hasResend = false
        var action = ""
        /// To a browser not let in (401): the access code's field, its message beside it after a wrong code.
        var code: [FormField] = []
        var asksCode = false
    }
}

extension Workbench {
    /// The page for `status`; `message` names the workbench's own words for it, when it has some,
    /// and `refused` are the catalog's reasons for not printing what was asked.
    func errorPage(
        status: HTTPResponse.Status, message: String?, problems refused: [PrintRequest.Problem] = [],
        filling values: [String: String] = [:], resend: PostedForm? = nil, request: Request
    ) -> Response {
        let snapshot = snapshot()
        guard let web = snapshot.web else {
            return Response.html(
                "<!doctype html><html lang=\"en\"><title>Sadna</title><h1>\(status.code)</h1><p>Sadna's page templates are broken: run `sadna check`.</p></html>",
                status: status)
        }
        let language = PageBasics.language(of: request, default: snapshot.workshop?.language ?? .he)
        let labels = web.labels.words(in: language)
        let key: String =
            switch status.code {
            case 401: "error_401"
            case 403: "error_403"
            case 404: "error_404"
            case 405: "error_405"
            case 413: "error_413"
            case 503: "error_broken"
            default: status.code >= 500 ? "error_500" : "error_404"
            }
        var text = labels(key)
        // The few messages the workbench itself raises have their own words.
        if let message, WebTemplates.labelKeys.contains("error_\(message.replacingOccurrences(of: "-", with: "_"))") {
            text = labels("error_\(message.replacingOccurrences(of: "-", with: "_"))", values)
        }
        var problems =
            status.code == 503
            ? snapshot.diagnostics.filter { $0.severity == .error }.map {
                PageProblem(
                    message: $0.message, hint: $0.hint ?? "", error: true, warning: false,
                    place: $0.location.map(\.description) ?? "")
            } : []
        problems += refused.map {
            PageProblem(message: PrintRefusal.plain($0.message), hint: PrintRefusal.plain($0.hint), error: true, warning: false)
        }
        // The site's header and menu, except to a browser not yet let in (nothing of the workshop).
        let outsider = [401, 421, 429].contains(status.code)
        let frame =
            outsider
            ? PageFrame(
                t: Dictionary(uniqueKeysWithValues: WebTemplates.labelKeys.map { ($0, labels($0)) }),
                lang: language.code, dir: language.htmlDirection, title: labels("error_title"), csrf: "",
                programme: labels("app_name"), nav: [], languages: [])
            : (try? PageBasics(workbench: self, snapshot: snapshot, request: request))?.frame(
                title: labels("error_title"), path: request.uri.path)
                ?? PageFrame(
                    t: [:], lang: language.code, dir: language.htmlDirection, title: labels("error_title"), csrf: "",
                    programme: labels("app_name"), nav: [], languages: [])
        var content = ErrorPage.Content(status: status.code, text: text, problems: problems, hasProblems: !problems.isEmpty)
        if status == .unauthorized {
            // The code's own form, as the other forms are: a wrong code is said beside the field.
            let wrong = message == "wrong-code"
            content.text = labels("error_401")
            content.code = [
                FormField(
                    name: "code", id: "access-code", label: labels("access_code_label"), hint: labels("access_code_hint"),
                    value: "", message: wrong ? labels("access_code_wrong") : "", ltr: true, autocomplete: "off", required: true,
                    autofocus: true)
            ]
            content.asksCode = true
            content.action = LocalPath.isLocal(request.uri.path) ? request.uri.path : "/"
        }
        if let resend, !outsider {
            content.resend = resend.fields.filter { $0.name != CSRFMiddleware.field }.map {
                ConflictPage.Field(name: $0.name, value: $0.value)
            }
            content.hasResend = !content.resend.isEmpty
            content.action = request.uri.path
        }
        return Response.html(web.render("error", PageValues(frame: frame, content: content)), status: status)
    }
}

extension Workbench {
    /// 421 for a request that named the workbench by a name it does not answer to: a plain page
    /// with the address to open, and nothing of the workshop.
    func misdirectedPage(_ misdirected: MisdirectedRequest, request: Request) -> Response {
        errorPage(
            status: .misdirectedRequest, message: "misdirected", filling: ["address": misdirected.address],
            request: request)
    }
}
