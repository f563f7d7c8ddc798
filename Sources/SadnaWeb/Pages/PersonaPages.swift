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
        var isNew: Bool
        var heading: String
        var fileName: String
        var preview: String
        var photo: String
        var hasPhoto: Bool
        var saved: Bool
        var savedWithProblems: Bool
        /// The error summary at the top, each a link to its field.
        var errors: [PageProblem]
        var hasErrors: Bool
        var hasWarnings: Bool
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
        var list = false
        var number = false
        var isChoice = false
        var choices: [Choice] = []
        var long = false
        var short = false
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
    /// findings about it beside it and all of them summed up at the top.
    static func render(
        _ basics: PageBasics, templates: TemplateSet, id: String?, values: PersonaFormValues, version: String,
        diagnostics: [Diagnostic], saved: Bool = false, status: HTTPResponse.Status = .ok,
        request: Request
    ) -> Response {
        let labels = basics.labels, language = basics.language
        let template = templates.persona
        let text =
            id.flatMap { basics.snapshot.workshop?.texts[basics.snapshot.workshop!.source.displayPath("personas/\($0).yaml")] }
            ?? ""
        var byField: [String: [PageProblem]] = [:]
        for diagnostic in diagnostics {
            let key = diagnostic.location.flatMap { WorkshopFiles.key(atLine: $0.line, in: text) } ?? "name"
            var problem = basics.problem(diagnostic)
            problem.href = "#field-\(key)"
            byField[key, default: []].append(problem)
        }
        let sections = PersonaTemplate.Section.allCases.map { section -> Section in
            let fields = template.fields(in: section).filter { PersonaFormValues.fields.contains($0.field) }.map {
                spec -> Field in
                let key = spec.field.rawValue
                let problems = byField[key] ?? []
                var field = Field(
                    key: key, id: "field-\(key)", label: spec.label(language), value: values[spec.field],
                    problems: problems, invalid: problems.contains { $0.error }, required: spec.field == .name)
                switch spec.field.kind {
                case .list: field.list = true
                case .number: field.number = true
                case .channel:
                    field.isChoice = true
                    field.choices = Channel.allCases.map { channel in
                        Choice(
                            value: channel.rawValue, name: template.channelName(channel, language: language),
                            selected: values[spec.field] == channel.rawValue)
                    }
                case .text:
                    if spec.lines > 1 { field.long = true } else { field.short = true }
                }
                return field
            }
            return Section(
                title: template.labels.words(in: language)(.section(section)), fields: fields,
                hasFields: !fields.isEmpty)
        }
        let errors = diagnostics.filter { $0.severity == .error }, warnings = diagnostics.filter { $0.severity == .warning }
        let name = values[.name]
        let base = id.map { "/personas/\(percentEncoded($0))" }
        let content = Form(
            sections: sections,
            action: base ?? "/personas",
            version: version,
            isNew: id == nil,
            heading: id == nil ? labels("new_persona") : (name.isEmpty ? labels("edit_persona") : name),
            fileName: id.map { "personas/\($0).yaml" } ?? "",
            preview: base.map { "\($0)/card.png?v=\(version)" } ?? "",
            photo: base.map { "\($0)/photo" } ?? "",
            hasPhoto: id != nil && basics.snapshot.workshop?.persona(named: id!)?[.photo] != nil,
            saved: saved && errors.isEmpty, savedWithProblems: saved && !errors.isEmpty,
            errors: errors.map { problem in
                var item = basics.problem(problem)
                item.href = "#field-\(problem.location.flatMap { WorkshopFiles.key(atLine: $0.line, in: text) } ?? "name")"
                return item
            },
            hasErrors: !errors.isEmpty, hasWarnings: !warnings.isEmpty)
        return basics.page(
            "persona-form", title: content.heading, path: base ?? "/personas/new",
            content: content, status: status, request: request)
    }

    // MARK: Saving

    /// Saves a new persona, or an existing one's changed fields; a file changed since the form was
    /// opened is refused (409) with both versions shown. A file with errors is still saved (the
    /// team's words are never thrown away) and the form shows them.
    static func save(_ request: Request, id: String?, workbench: Workbench) async throws -> Response {
        let (form, basics, workshop, templates) = try await PageBasics.posting(
            request, workbench: workbench, limit: Workbench.uploadLimit)
        let values = PersonaFormValues.from(form)
        let folder = workbench.settings.workshop
        let photo = try form.file("photo").map { try PhotoUpload.check($0) }
        if let id {
            guard workshop.fileIDs["personas"]?.contains(id) == true else { throw HTTPError(.notFound) }
            try WorkshopFiles.update(
                "personas/\(id).yaml", in: workbench, version: form["version"] ?? "",
                conflict: { file in
                    EditConflict(
                        action: "/personas/\(percentEncoded(id))", version: file.version,
                        rows: conflictRows(file.data, mine: values, template: templates.persona, language: basics.language),
                        showsAll: true, posted: form)
                }
            ) { text in
                var text = try PersonaEdit.apply(values, to: text, template: templates.persona, language: workshop.language)
                if let photo { text = try PersonaEdit.setPhoto(try photo.save(as: id, in: folder), in: text) }
                return text
            }
            return Response.seeOther("/personas/\(percentEncoded(id))?saved=1")
        }
        let target = try WorkshopFiles.create(in: "personas", of: workbench, named: values[.name], fallback: "persona") { newID in
            var text = try PersonaEdit.create(values, template: templates.persona, language: workshop.language)
            if let photo { text = try PersonaEdit.setPhoto(try photo.save(as: newID, in: folder), in: text) }
            return text
        }
        return Response.seeOther("/personas/\(percentEncoded(target))?saved=1")
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
