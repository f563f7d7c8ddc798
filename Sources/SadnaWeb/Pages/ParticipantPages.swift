import Foundation
import Hummingbird
import SadnaKit

/// "משתתפים": the team as participants.yaml lists it, name, department, role and email, with a
/// form to add someone; and each person's own form. A person is named in the address by their
/// place in the list (the file has no ids); the file's version guards a list changed meanwhile.
enum ParticipantPages {
    /// `participants.mustache`.
    struct List {
        var people: [Person]
        var hasPeople: Bool
        var version: String
        var form: [FormField]
        var errors: [PageProblem]
        var hasErrors: Bool
        var added: Bool
        var removed: String
        /// Why nothing was saved (a form sent again after a restart, a save that failed), at the top.
        var notice = ""
    }

    /// A person as the list shows them.
    struct Person {
        var href: String
        var name: String
        var department: String
        var role: String
        var email: String
        var mailto: String
        /// The meetings they came to, by number, as the attendance pages mark them.
        var attended: String
    }

    /// `participant-form.mustache`.
    struct Form {
        var action: String
        var removeAction: String
        var version: String
        var heading: String
        var fields: [FormField]
        var errors: [PageProblem]
        var hasErrors: Bool
        var saved: Bool
        /// Why nothing was saved (a form sent again after a restart, a save that failed), at the top.
        var notice = ""
    }

    static func list(_ request: Request, workbench: Workbench) throws -> Response {
        let (basics, workshop, _) = try PageBasics.opening(request, workbench: workbench)
        let removed = request.uri.queryParameters["removed"] != nil ? basics.labels("participant_removed") : ""
        return renderList(
            basics, workshop: workshop, workbench: workbench, values: ParticipantValues(texts: [:]), problems: [:],
            added: request.uri.queryParameters["added"] != nil, removed: removed, request: request)
    }

    static func renderList(
        _ basics: PageBasics, workshop: Workshop, workbench: Workbench, values: ParticipantValues,
        problems: [String: String], added: Bool = false, removed: String = "", notice: String = "",
        status: HTTPResponse.Status = .ok, request: Request
    ) -> Response {
        let labels = basics.labels
        let people = workshop.participants.enumerated().map { index, person in
            Person(
                href: "/participants/\(index + 1)", name: person.name.value, department: person.department?.value ?? "",
                role: person.role?.value ?? "", email: person.email?.value ?? "",
                mailto: person.email.map { "mailto:\($0.value)" } ?? "",
                attended: (person.attended ?? []).map {
                    workshop.meeting(named: $0.value)?.number.map { String($0.value) } ?? $0.value
                }
                .joined(separator: ", "))
        }
        let form = fields(values, problems: problems, basics: basics, prefix: "new-")
        let errors = form.compactMap(\.problem)
        var content = List(
            people: people, hasPeople: !people.isEmpty,
            version: WorkshopFiles.read(ParticipantEdit.file, in: workbench.settings.workshop)?.version ?? "",
            form: form, errors: errors, hasErrors: !errors.isEmpty, added: added, removed: removed)
        content.notice = notice
        let title = labels("participants_title")
        return basics.page(
            "participants", title: errors.isEmpty ? title : "\(labels("error_title_prefix")) \(title)",
            path: "/participants", content: content, status: status, request: request)
    }

    /// The form's inputs, their labels the list's column heads.
    static func fields(
        _ values: ParticipantValues, problems: [String: String], basics: PageBasics, prefix: String = ""
    ) -> [FormField] {
        let labels = basics.labels
        return ParticipantValues.keys.map { key in
            var field = FormField(
                name: key, id: "\(prefix)field-\(key)", label: labels("participant_\(key)"), value: values[key],
                message: problems[key].map { labels($0) } ?? "", required: key == "name")
            if key == "email" {
                field.type = "email"
                field.ltr = true
                field.autocomplete = "off"
            }
            return field
        }
    }

    static func add(_ request: Request, workbench: Workbench) async throws -> Response {
        let (form, basics, workshop, _) = try await PageBasics.posting(request, workbench: workbench)
        let values = ParticipantValues.from(form)
        guard values.problems.isEmpty else {
            return renderList(
                basics, workshop: workshop, workbench: workbench, values: values, problems: values.problems,
                status: .unprocessableContent, request: request)
        }
        let folder = workbench.settings.workshop
        try workbench.saving.withLock {
            let current = WorkshopFiles.read(ParticipantEdit.file, in: folder)
            let text = try ParticipantEdit.add(values, to: current.map { String(decoding: $0.data, as: UTF8.self) })
            try WorkshopFiles.write(text, to: ParticipantEdit.file, in: folder)
        }
        return Response.seeOther("/participants?added=1#people")
    }

    static func form(_ request: Request, number: String, workbench: Workbench) throws -> Response {
        let (basics, workshop, _) = try PageBasics.opening(request, workbench: workbench)
        guard let index = Int(number).map({ $0 - 1 }), workshop.participants.indices.contains(index),
            let file = WorkshopFiles.read(ParticipantEdit.file, in: workbench.settings.workshop),
            let editor = try? YAMLDocumentEditor(text: String(decoding: file.data, as: UTF8.self))
        else { throw HTTPError(.notFound) }
        let values = ParticipantValues.from(editor.value[[.index(index)]])
        return renderForm(
            basics, number: index + 1, values: values, version: file.version, problems: [:],
            saved: request.uri.queryParameters["saved"] != nil,
            request: request)
    }

    static func renderForm(
        _ basics: PageBasics, number: Int, values: ParticipantValues, version: String, problems: [String: String],
        saved: Bool = false, notice: String = "", status: HTTPResponse.Status = .ok,
        request: Request
    ) -> Response {
        let fields = fields(values, problems: problems, basics: basics)
        let errors = fields.compactMap(\.problem)
        let heading = values["name"].isEmpty ? basics.labels("participants_title") : values["name"]
        var content = Form(
            action: "/participants/\(number)", removeAction: "/participants/\(number)/remove", version: version, heading: heading,
            fields: fields, errors: errors,
            hasErrors: !errors.isEmpty, saved: saved)
        content.notice = notice
        return basics.page(
            "participant-form", title: errors.isEmpty ? heading : "\(basics.labels("error_title_prefix")) \(heading)",
            path: "/participants/\(number)", content: content, status: status, request: request)
    }

    static func save(_ request: Request, number: String, workbench: Workbench) async throws -> Response {
        let (form, basics, workshop, _) = try await PageBasics.posting(request, workbench: workbench)
        guard let index = Int(number).map({ $0 - 1 }), workshop.participants.indices.contains(index) else {
            throw HTTPError(.notFound)
        }
        let values = ParticipantValues.from(form)
        let version = form["version"] ?? ""
        guard values.problems.isEmpty else {
            return renderForm(
                basics, number: index + 1, values: values, version: version, problems: values.problems,
                status: .unprocessableContent, request: request)
        }
        let labels = basics.labels
        try WorkshopFiles.update(
            ParticipantEdit.file, in: workbench, version: version,
            conflict: { file in
                let entry = (try? YAMLDocumentEditor(text: String(decoding: file.data, as: UTF8.self)))?.value[[.index(index)]]
                let theirs = ParticipantValues.from(entry)
                return EditConflict(
                    action: "/participants/\(index + 1)", version: file.version,
                    rows: ParticipantValues.keys.map {
                        EditConflict.Row(label: labels("participant_\($0)"), theirs: theirs[$0], mine: values[$0])
                    },
                    showsAll: true, posted: form)
            }
        ) { try ParticipantEdit.update(values, at: index, in: $0) }
        return Response.seeOther("/participants/\(index + 1)?saved=1")
    }

    /// Takes a person off the list; their entry, attendance and all, is kept in the bin.
    static func remove(_ request: Request, number: String, workbench: Workbench) async throws -> Response {
        let (form, basics, workshop, _) = try await PageBasics.posting(request, workbench: workbench)
        guard let index = Int(number).map({ $0 - 1 }), workshop.participants.indices.contains(index) else {
            throw HTTPError(.notFound)
        }
        let name = workshop.participants[index].name.value, folder = workbench.settings.workshop, labels = basics.labels
        try WorkshopFiles.update(
            ParticipantEdit.file, in: workbench, version: form["version"] ?? "",
            conflict: { file in
                let entry = (try? YAMLDocumentEditor(text: String(decoding: file.data, as: UTF8.self)))?.value[[.index(index)]]
                return EditConflict(
                    action: "/participants/\(index + 1)", version: file.version,
                    rows: ParticipantValues.keys.map {
                        EditConflict.Row(label: labels("participant_\($0)"), theirs: ParticipantValues.from(entry)[$0], mine: "")
                    },
                    showsAll: true, posted: form)
            }
        ) { text in
            var editor = try YAMLDocumentEditor(text: text)
            guard let entry = editor.value[[.index(index)]] else { return text }
            try Bin.keep(entry, kind: "participant", title: name, removedFrom: ParticipantEdit.file, in: folder)
            try editor.remove([.index(index)])
            return editor.text
        }
        return Response.seeOther("/participants?removed=1")
    }
}
