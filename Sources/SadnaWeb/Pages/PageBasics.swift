import Foundation
import Hummingbird
import SadnaKit

/// What every page shares: the person's language (chosen with `?lang=`, kept in a cookie), its
/// words, the header's links, and the form token.
struct PageBasics {
    static let languageCookie = "sadna_lang"

    let workbench: Workbench
    let snapshot: Snapshot
    let web: WebTemplates
    let language: Language
    /// The token of this browser's session, for the page's forms.
    let formToken: String

    init(workbench: Workbench, snapshot: Snapshot, request: Request) throws {
        guard let web = snapshot.web else { throw HTTPError(.serviceUnavailable, message: "broken-files") }
        self.workbench = workbench
        self.snapshot = snapshot
        self.web = web
        language = Self.language(of: request, default: snapshot.workshop?.language ?? .he)
        formToken = workbench.sessions.token(for: request)
    }

    /// `?lang=` first, then the cookie, then the workshop's own language.
    static func language(of request: Request, default fallback: Language) -> Language {
        if let asked = request.uri.queryParameters["lang"].flatMap({ Language(rawValue: String($0)) }) { return asked }
        return request.cookies[languageCookie].flatMap { Language(rawValue: $0.value) } ?? fallback
    }

    var labels: Labels<TextLabel> { web.labels.words(in: language) }

    /// The workshop and templates, or 503 when the files are broken (the home page says how).
    func files() throws -> (workshop: Workshop, templates: TemplateSet) {
        guard let workshop = snapshot.workshop, let templates = snapshot.templates else {
            throw HTTPError(.serviceUnavailable, message: "broken-files")
        }
        return (workshop, templates)
    }

    /// A page about the workshop's files as they are now: its basics, the workshop and the templates.
    static func opening(
        _ request: Request, workbench: Workbench
    ) throws -> (basics: PageBasics, workshop: Workshop, templates: TemplateSet) {
        let basics = try PageBasics(workbench: workbench, snapshot: workbench.snapshot(), request: request)
        let (workshop, templates) = try basics.files()
        return (basics, workshop, templates)
    }

    /// A form posted to a page (read within `limit`), with the page's basics and files as they are now.
    static func posting(
        _ request: Request, workbench: Workbench, limit: Int = BodyLimits.form
    ) async throws
        -> (form: PostedForm, basics: PageBasics, workshop: Workshop, templates: TemplateSet)
    {
        var request = request
        let form = try await request.postedForm(limit: limit)
        let (basics, workshop, templates) = try opening(request, workbench: workbench)
        return (form, basics, workshop, templates)
    }

    /// The page's words as a dictionary for the templates (`{{t.save}}`).
    var words: [String: String] {
        Dictionary(uniqueKeysWithValues: WebTemplates.labelKeys.map { ($0, labels($0)) })
    }

    /// What the layout needs around a page at `path` titled `title`.
    func frame(title: String, path: String) -> PageFrame {
        let links = [
            ("/", labels("nav_home")), ("/participants", labels("nav_participants")),
            ("/personas", labels("nav_personas")), ("/services", labels("nav_services")),
            ("/journeys", labels("nav_journeys")), ("/task-cards", labels("nav_task_cards")),
            ("/decks", labels("nav_decks")), ("/worksheets", labels("nav_worksheets")),
        ]
        let content = snapshot.workshop?.language ?? language
        return PageFrame(
            t: words, lang: language.code, dir: language.htmlDirection, title: title, csrf: formToken,
            programme: snapshot.workshop?.title.value ?? labels("app_name"),
            nav: links.map { href, name in
                PageFrame.NavLink(href: href, name: name, current: path == href || (href != "/" && path.hasPrefix(href)))
            },
            languages: Language.allCases.map { other in
                PageFrame.LanguageLink(
                    href: "\(path)?lang=\(other.code)", name: web.labels.words(in: other)("language_name"),
                    code: other.code, current: other == language)
            }, contentLang: content.code, contentDir: content.htmlDirection)
    }

    /// The page `template` with `content` and everything the layout needs.
    func page(
        _ template: String, title: String, path: String, content: some Any, status: HTTPResponse.Status = .ok,
        request: Request
    ) -> Response {
        var frame = frame(title: title, path: path)
        if request.uri.queryParameters["restored"] != nil {
            frame.restored = labels(path.hasPrefix("/participants") ? "participant_restored" : "restored_from_bin")
        }
        let values = PageValues(frame: frame, content: content)
        var response = Response.html(web.render(template, values), status: status)
        if request.uri.queryParameters["lang"] != nil {
            response.setCookie(
                Cookie(name: Self.languageCookie, value: language.code, path: "/", httpOnly: true, sameSite: .strict))
        }
        return response
    }

    /// A diagnostic as a page shows it, in the page's language with fields named by their
    /// labels: its words, its hint, where it is, and a link to the field.
    func problem(_ diagnostic: Diagnostic) -> PageProblem {
        let style = messageStyle
        var item = PageProblem(
            message: diagnostic.message(in: language, style: style), hint: diagnostic.hint(in: language, style: style) ?? "",
            error: diagnostic.severity == .error, warning: diagnostic.severity == .warning)
        if let location = diagnostic.location {
            item.place = "\((location.file as NSString).lastPathComponent):\(location.line)"
            if let link = link(to: location) { item.href = link }
        }
        return item
    }

    /// How messages read on a page: a persona's field by its label on the persona's page, any
    /// other by the catalogue's name for it.
    var messageStyle: MessageStyle {
        let fields = snapshot.templates?.persona.fields ?? []
        return .page { key, language in fields.first { $0.field.rawValue == key }?.label(language) }
    }

    /// Where a file's line is edited or shown in the workbench, when it is.
    func link(to location: SourceLocation) -> String? {
        guard let workshop = snapshot.workshop, let (folder, id) = WorkshopFiles.entity(of: location.file, in: workshop) else {
            return nil
        }
        switch folder {
        case "personas":
            let key = WorkshopFiles.key(atLine: location.line, in: workshop.texts[location.file] ?? "")
            return "/personas/\(percentEncoded(id))" + (key.map { "#field-\($0)" } ?? "")
        case "meetings":
            guard let meeting = workshop.meeting(named: id) else { return nil }
            let row = meeting.agenda.last { $0.location.line <= location.line }
            return "/meetings/\(percentEncoded(id))" + (row.map { "#row-\($0.location.line)" } ?? "")
        case "services":
            return "/services/\(percentEncoded(id))"
        case "task-cards":
            return "/task-cards/\(percentEncoded(id))"
        case "journeys":
            guard let journey = workshop.journey(named: id) else { return nil }
            let stage = journey.stages.lastIndex { $0.location.line <= location.line }
            return "/journeys/\(percentEncoded(id))" + (stage.map { "#stage-\($0)" } ?? "")
        default:
            return nil
        }
    }
}

/// An id in a URL's path (Hebrew ids are common: personas are named after people).
func percentEncoded(_ id: String) -> String {
    id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? id
}
