import Foundation
import Hummingbird
import SadnaKit
import SadnaPrint

/// The persona pool, the persona form (new and existing), saving, and the card's preview.
enum PersonaPages {
    // MARK: The pool

    /// `personas.mustache`: the pool, filtered by `query`.
    struct Pool {
        var cards: [Card]
        var hasCards: Bool
        var query: String
    }

    /// A persona as the pool shows it: its photo, or its initials when it has none.
    struct Card {
        var href: String
        var name: String
        var summary: String
        var initials: String
        /// Everything the page's filter looks in.
        var search: String
        var example: Bool
        var photo: String
    }

    static func pool(_ request: Request, workbench: Workbench) throws -> Response {
        let snapshot = workbench.snapshot()
        let basics = try PageBasics(workbench: workbench, snapshot: snapshot, request: request)
        guard let workshop = snapshot.workshop else { throw HTTPError(.serviceUnavailable, message: "broken-files") }
        let query = request.uri.queryParameters["q"].map(String.init) ?? ""
        let personas = workshop.personas.filter { query.isEmpty || searchText($0).localizedCaseInsensitiveContains(query) }
        let cards = personas.map { persona in
            Card(
                href: "/personas/\(percentEncoded(persona.id))", name: persona.name.value, summary: persona.summary?.value ?? "",
                initials: persona.initials, search: searchText(persona), example: persona.isExample,
                photo: persona[.photo] == nil ? "" : "/personas/\(percentEncoded(persona.id))/photo")
        }
        let labels = basics.labels
        return basics.page(
            "personas", title: labels("personas_title"), path: "/personas",
            content: Pool(cards: cards, hasCards: !cards.isEmpty, query: query), request: request)
    }

    /// Everything a filter looks in.
    static func searchText(_ persona: Persona) -> String {
        persona.values.values.map { $0.value.text }.joined(separator: " ")
    }

    // MARK: The form

    /// `persona-form.mustache`: a new persona's form or an existing one's.
    struct Form {
        var sections: [Section]
        var action: String
        var version: String
        /// The values the form was opened with (`PersonaFormValues.carried`).
        var loaded: String
        var isNew: Bool
        var heading: String
        var fileName: String
        var preview: String
        var photo: String
        var hasPhoto: Bool
        var photoProblem: String
        var saved: Bool
        var savedWithProblems: Bool
        /// Why a save came back with the form (nothing saved): a banner above the summary.
        var notice: String
        /// The error summary at the top, each a link to its field.
        var errors: [PageProblem]
        var hasErrors: Bool
        var hasWarnings: Bool
        /// Where to delete it (an existing persona).
        var deleteHref: String
    }

    /// A group of fields as the persona template groups them (identity, behaviour, needs...).
    struct Section {
        var title: String
        var fields: [Field]
        var hasFields: Bool
    }

    /// A field of the form, with the findings about it; one of its kinds says which input it is.
    struct Field {
        var key: String
        var id: String
        var label: String
        var value: String
        var problems: [PageProblem]
        var invalid: Bool
        var required: Bool
        /// The ids of its hint and messages, for `aria-describedby`.
        var describedBy: String
        var list = false
        var number = false
        var isChoice = false
        var choices: [Choice] = []
        var long = false
        var short = false
    }

    /// What a save that was refused brings back to the form: what the form was opened with, the
    /// form's own problems beside their fields, the photo's, and why nothing was saved.
    struct Refill {
        var loaded: String
        var problems: [PersonaField: String] = [:]
        var photoProblem = ""
        var notice = ""
    }

    static func form(_ request: Request, id: String?, workbench: Workbench) throws -> Response {
        let snapshot = workbench.snapshot()
        let basics = try PageBasics(workbench: workbench, snapshot: snapshot, request: request)
        guard let workshop = snapshot.workshop, let templates = snapshot.templates else {
            throw HTTPError(.serviceUnavailable, message: "broken-files")
        }
        guard let id else {
            return render(
                basics, templates: templates, id: nil, values: PersonaFormValues(texts: [:]), version: "",
                diagnostics: [], request: request)
        }
        guard workshop.fileIDs["personas"]?.contains(id) == true,
            let file = WorkshopFiles.read("personas/\(id).yaml", in: workbench.settings.workshop)
        else {
            throw HTTPError(.notFound)
        }
        let values =
            (try? YAMLDocumentEditor(text: String(decoding: file.data, as: UTF8.self))).map {
                PersonaFormValues.from($0.value)
            } ?? PersonaFormValues(texts: [:])
        let path = workshop.source.displayPath("personas/\(id).yaml")
        let found = snapshot.diagnostics.filter { $0.location?.file == path && $0.severity != .note }
        return render(
            basics, templates: templates, id: id, values: values, version: file.version, diagnostics: found,
            saved: request.uri.queryParameters["saved"] != nil, request: request)
    }

    /// The form with `values`, its fields grouped as the template groups them, each with the
    /// findings about it beside it and all of them summed up at the top; after a refused save,
    /// the form's own problems (`refill`) in their place.
    static func render(
        _ basics: PageBasics, templates: TemplateSet, id: String?, values: PersonaFormValues, version: String,
        diagnostics: [Diagnostic], saved: Bool = false, refill: Refill? = nil, status: HTTPResponse.Status = .ok,
        request: Request
    ) -> Response {
        let labels = basics.labels, language = basics.language
        let template = templates.persona
        let text =
            id.flatMap { basics.snapshot.workshop?.texts[basics.snapshot.workshop!.source.displayPath("personas/\($0).yaml")] }
            ?? ""
        var byField: [String: [PageProblem]] = [:]
        var summary: [PageProblem] = []
        for (field, message) in refill?.problems ?? [:] {
            byField[field.rawValue, default: []].append(PageProblem(message: message, hint: "", error: true, warning: false))
        }
        for diagnostic in refill == nil ? diagnostics : [] {
            let key = diagnostic.location.flatMap { WorkshopFiles.key(atLine: $0.line, in: text) } ?? "name"
            byField[key, default: []].append(basics.problem(diagnostic))
        }
        let sections = PersonaTemplate.Section.allCases.map { section -> Section in
            let fields = template.fields(in: section).filter { PersonaFormValues.fields.contains($0.field) }.map {
                spec -> Field in
                let key = spec.field.rawValue
                let problems = (byField[key] ?? []).enumerated().map { index, problem in
                    var problem = problem
                    problem.href = "#field-\(key)"
                    problem.id = "field-\(key)-message-\(index)"
                    return problem
                }
                summary += problems.filter(\.error)
                return field(spec, value: values[spec.field], problems: problems, template: template, language: language)
            }
            return Section(
                title: template.labels.words(in: language)(.section(section)), fields: fields,
                hasFields: !fields.isEmpty)
        }
        let photoProblem = refill?.photoProblem ?? ""
        if !photoProblem.isEmpty {
            summary.append(PageProblem(message: photoProblem, hint: "", error: true, warning: false, href: "#field-photo"))
        }
        let warnings = diagnostics.filter { $0.severity == .warning }
        let name = values[.name]
        let base = id.map { "/personas/\(percentEncoded($0))" }
        let heading = id == nil ? labels("new_persona") : (name.isEmpty ? labels("edit_persona") : name)
        let content = Form(
            sections: sections,
            action: base ?? "/personas",
            version: version,
            loaded: refill?.loaded ?? (id == nil ? "" : values.carried),
            isNew: id == nil,
            heading: heading,
            fileName: id.map { "personas/\($0).yaml" } ?? "",
            preview: base.map { "\($0)/card.png?v=\(version)" } ?? "",
            photo: base.map { "\($0)/photo" } ?? "",
            hasPhoto: id != nil && basics.snapshot.workshop?.persona(named: id!)?[.photo] != nil,
            photoProblem: photoProblem,
            saved: saved && summary.isEmpty, savedWithProblems: saved && !summary.isEmpty,
            notice: refill?.notice ?? "",
            errors: summary, hasErrors: !summary.isEmpty, hasWarnings: !warnings.isEmpty,
            deleteHref: base.map { "\($0)/delete" } ?? "")
        let title = summary.isEmpty || saved ? heading : "\(labels("error_title_prefix")) \(heading)"
        return basics.page(
            "persona-form", title: title, path: base ?? "/personas/new",
            content: content, status: status, request: request)
    }

    /// A field's input as the form shows it (a line, lines, a list, a number or a choice), with
    /// its value and the findings about it; the transcription of a scanned form shows the same.
    static func field(
        _ spec: PersonaTemplate.Field, value: String, problems: [PageProblem], template: PersonaTemplate, language: Language
    ) -> Field {
        let key = spec.field.rawValue
        let hint = spec.field.kind == .list ? ["field-\(key)-hint"] : []
        var field = Field(
            key: key, id: "field-\(key)", label: spec.label(language), value: value,
            problems: problems, invalid: problems.contains { $0.error }, required: spec.field == .name,
            describedBy: (problems.map(\.id) + hint).joined(separator: " "))
        switch spec.field.kind {
        case .list: field.list = true
        case .number: field.number = true
        case .channel:
            field.isChoice = true
            field.choices = Channel.allCases.map { channel in
                Choice(
                    value: channel.rawValue, name: template.channelName(channel, language: language),
                    selected: value == channel.rawValue)
            }
        case .text:
            if spec.lines > 1 { field.long = true } else { field.short = true }
        }
        return field
    }

    // MARK: Saving

    /// Saves a new persona, or the fields the person changed onto the file as it is now (a
    /// colleague's save of other fields meanwhile stays); a field both changed is a conflict
    /// (409) with both values shown. A form with a problem of its own (no name, an age in words,
    /// a file that is not a picture) is not saved: it comes back with everything typed.
    static func save(_ request: Request, id: String?, workbench: Workbench) async throws -> Response {
        let (form, basics, workshop, templates) = try await PageBasics.posting(
            request, workbench: workbench, limit: Workbench.uploadLimit)
        let values = PersonaFormValues.from(form)
        let folder = workbench.settings.workshop
        let labels = basics.labels
        if let id, workshop.fileIDs["personas"]?.contains(id) != true { throw HTTPError(.notFound) }
        var refill = Refill(
            loaded: form["loaded"] ?? "",
            problems: values.problems(template: templates.persona, labels: labels, language: basics.language))
        if id == nil, refill.problems[.name] == nil, let taken = existing(named: values[.name], in: workshop, folder: folder) {
            refill.problems[.name] = labels("error_persona_taken", ["name": taken])
        }
        var photo: PhotoUpload?
        if form.dropped.contains("photo") {
            refill.photoProblem = labels("photo_too_large")
        } else if let part = form.file("photo") {
            do {
                photo = try PhotoUpload.check(part)
            } catch let error as HTTPError {
                let file = ["file": part.filename ?? ""]
                refill.photoProblem =
                    switch error.body {
                    case "photo-type"?: labels("photo_not_picture", file)
                    case "photo-unreadable"?: labels("photo_unreadable", file)
                    default: labels("photo_too_large")
                    }
            }
        }
        if !refill.problems.isEmpty || !refill.photoProblem.isEmpty {
            if photo != nil {
                refill.photoProblem = labels("photo_again", ["file": form.file("photo")?.filename ?? ""])
            }
            refill.notice = labels("form_not_saved")
            return render(
                basics, templates: templates, id: id, values: values, version: form["version"] ?? "", diagnostics: [],
                refill: refill, status: .unprocessableContent, request: request)
        }
        if let id {
            let loaded = PersonaFormValues(carried: form["loaded"])
            try WorkshopFiles.update(
                "personas/\(id).yaml", in: workbench, version: loaded == nil ? form["version"] ?? "" : nil,
                conflict: { file in
                    EditConflict(
                        action: "/personas/\(percentEncoded(id))", version: file.version,
                        rows: conflictRows(file.data, mine: values, template: templates.persona, language: basics.language),
                        showsAll: true, posted: form)
                }
            ) { text in
                var text = text
                if let loaded {
                    let current = PersonaFormValues.from(try YAMLDocumentEditor(text: text).value)
                    let fields = PersonaFormValues.fields.map(\.rawValue)
                    let merge = FieldMerge(fields: fields, loaded: loaded.byKey, mine: values.byKey, current: current.byKey)
                    guard merge.conflicts.isEmpty else {
                        throw merge.conflict(
                            action: "/personas/\(percentEncoded(id))", fileText: text, current: current.byKey,
                            mine: values.byKey,
                            labels: templates.persona.fields.filter { PersonaFormValues.fields.contains($0.field) }.map {
                                ($0.field.rawValue, $0.label(basics.language))
                            })
                    }
                    text = try PersonaEdit.apply(
                        PersonaFormValues(byKey: merge.result), to: text, template: templates.persona, language: workshop.language
                    )
                } else {
                    text = try PersonaEdit.apply(values, to: text, template: templates.persona, language: workshop.language)
                }
                if let photo { text = try PersonaEdit.setPhoto(try photo.save(as: id, in: folder), in: text) }
                return text
            }
            // The transcription of a scanned form sends the person back to it.
            let back = form["back"].flatMap { LocalPath.isLocal($0) && !$0.contains("?") ? $0 : nil }
            return Response.seeOther("\(back ?? "/personas/\(percentEncoded(id))")?saved=1")
        }
        let target = try WorkshopFiles.create(in: "personas", of: workbench, named: values[.name], fallback: "persona") { newID in
            var text = try PersonaEdit.create(values, template: templates.persona, language: workshop.language)
            if let photo { text = try PersonaEdit.setPhoto(try photo.save(as: newID, in: folder), in: text) }
            return text
        }
        return Response.seeOther("/personas/\(percentEncoded(target))?saved=1")
    }

    /// The name of a persona already called `name` (or kept in the file a new one would take),
    /// so that a second "דנה" is told, not saved as "דנה-2" behind the person's back.
    static func existing(named name: String, in workshop: Workshop, folder: URL) -> String? {
        if let persona = workshop.personas.first(where: { $0.name.value == name }) { return persona.name.value }
        let slug = WorkshopFiles.slug(name)
        return WorkshopFiles.ids(in: "personas", of: folder).contains(slug) ? name : nil
    }

    /// The persona forms, new and existing, drawn again after a post the workbench could not take
    /// (`SameForm`): a form opened before a restart, a photo too large, a save that failed.
    static let sameForms = [
        SameForm("personas") { refill, _, request, workbench in
            try redraw(refill, id: nil, request: request, workbench: workbench)
        },
        SameForm("personas/:") { refill, ids, request, workbench in
            try redraw(refill, id: ids[0], request: request, workbench: workbench)
        },
    ]

    static func redraw(_ refill: FormRefill, id: String?, request: Request, workbench: Workbench) throws -> Response? {
        let (basics, workshop, templates) = try PageBasics.opening(request, workbench: workbench)
        if let id, id == "import" || workshop.fileIDs["personas"]?.contains(id) != true { return nil }
        var values = PersonaFormValues.from(refill.posted)
        var (version, loaded) = (refill.posted["version"] ?? "", refill.posted["loaded"] ?? "")
        if let id, refill.unread, let file = WorkshopFiles.read("personas/\(id).yaml", in: workbench.settings.workshop) {
            values =
                (try? YAMLDocumentEditor(text: String(decoding: file.data, as: UTF8.self))).map {
                    PersonaFormValues.from($0.value)
                } ?? values
            (version, loaded) = (file.version, values.carried)
        }
        var problems: [PersonaField: String] = [:]
        for (input, message) in refill.messages { if let field = PersonaField(rawValue: input) { problems[field] = message } }
        let own = Refill(loaded: loaded, problems: problems, photoProblem: refill.message(for: "photo"), notice: refill.notice)
        return render(
            basics, templates: templates, id: id, values: values, version: version, diagnostics: [], refill: own,
            status: refill.status, request: request)
    }

    /// The file's values and the person's, field by field, for the conflict page.
    static func conflictRows(
        _ current: Data, mine: PersonaFormValues, template: PersonaTemplate,
        language: Language
    ) -> [EditConflict.Row] {
        let theirs =
            (try? YAMLDocumentEditor(text: String(decoding: current, as: UTF8.self))).map {
                PersonaFormValues.from($0.value)
            } ?? PersonaFormValues(texts: [:])
        return template.fields.filter { PersonaFormValues.fields.contains($0.field) }.map { spec in
            EditConflict.Row(label: spec.label(language), theirs: theirs[spec.field], mine: mine[spec.field])
        }
    }

    // MARK: Previews and files

    /// The printed card as a picture: the catalog's own card face, so what is seen is what prints.
    static func preview(_ request: Request, id: String, workbench: Workbench) throws -> Response {
        guard workbench.snapshot().workshop?.persona(named: id) != nil else { throw HTTPError(.notFound) }
        return try PrintableDownloads.respond(
            request, PrintRequest(.personaCards, items: [id], card: .a5), name: id,
            format: .cardFace(dpi: 110), workbench: workbench)
    }

    /// A persona's photo, read through the workshop's folder (never a path from the request, never
    /// through a link out of it), and served only when its bytes are the picture its name says.
    static func photo(_ request: Request, id: String, workbench: Workbench) throws -> Response {
        let snapshot = workbench.snapshot()
        guard let workshop = snapshot.workshop, let photo = workshop.persona(named: id)?[.photo],
            let path = workshop.source.resolve(photo.value.text, from: "personas"),
            let data = try? workshop.source.read(path, limit: Limits.photoFileBytes),
            let kind = PhotoKind(named: path), kind.matches(data)
        else { throw HTTPError(.notFound) }
        let name = (path as NSString).lastPathComponent
        return Response.download(data, contentType: kind.contentType, filename: name, inline: true)
    }

    /// The persona cards of the pool, or the blank form, as PDF.
    static func pdf(_ request: Request, kind: PrintableKind, workbench: Workbench) throws -> Response {
        try PrintableDownloads.respond(request, PrintRequest(kind), name: kind.rawValue, format: .pdf, workbench: workbench)
    }
}
