import Foundation
import Hummingbird
import SadnaKit
import SadnaScan

/// A scanned form typed up: each field's handwriting beside its input, in the form's order, so
/// that the secretary types what she sees. Saving goes through the forms' own save paths: a
/// persona form to the persona's (typed text wins, a field left empty keeps its crop), a sign-in
/// sheet to the meeting's attendance; a service-page sketch makes a service page, named here,
/// whose form shows the rest of its handwriting. A form Sadna does not write into files yet shows
/// its crops alone, with the page where it is typed.
enum ScanFormPage {
    /// `scan-form.mustache`.
    struct Content {
        var heading: String
        var meeting: String
        var meetingHref: String
        var scansHref: String
        var photo: String
        var page: String
        var pageAlt: String
        var saved: Bool
        var isPersona = false
        var persona = PersonaForm()
        var isSignIn = false
        var signIn = SignIn()
        var isSketch = false
        var sketch = Sketch()
        var refill = FormProblems()
        var readOnly = false
        var note = ""
        var targetHref = ""
        var targetName = ""
        var crops: [Crop] = []
        var hasCrops = false
    }

    /// A persona form's fields, posted to the persona's own save.
    struct PersonaForm {
        var action = ""
        var back = ""
        var version = ""
        var loaded = ""
        var personaHref = ""
        var fields: [Entry] = []
        var missing = false
    }

    /// A persona field: its crop (none when the printed form has no place for it) and its input.
    struct Entry {
        var crop: Crop
        var hasCrop: Bool
        var input: PersonaPages.Field
    }

    /// A field's handwriting.
    struct Crop {
        var label: String
        var src: String
        var alt: String
        var inked: Bool

        /// The crop a file names under `scanned:` (`scans/3/journey-canvas-1/stage-2-pains.png`),
        /// shown beside the input it is typed into, tagged as handwriting; nil when there is none.
        static func handwriting(_ path: Located<String>?, field: String, labels: Labels<TextLabel>) -> Crop? {
            guard let path, let src = ScanPages.href(ofScanned: path.value) else { return nil }
            return Crop(
                label: labels("scan_has_ink"), src: src, alt: labels("scan_crop_alt", ["field": field]), inked: true)
        }
    }

    /// A service-page sketch: its handwritten name beside the name to type, and the button that
    /// makes the service page (whose form shows the rest of the handwriting); once it is made, a
    /// link to it instead.
    struct Sketch {
        var action = ""
        var name = FormField(name: "name", id: "field-name", label: "", value: "")
        var nameCrop: Crop?
        var pageHref = ""
        var pageName = ""
        var made = false
    }

    /// Who signed, for the meeting's attendance save.
    struct SignIn {
        var action = ""
        var count = 0
        var people: [Signer] = []
        var hasPeople = false
        var outsiders = ""
    }

    struct Signer {
        var index: Int
        var id: String
        var name: String
        var note: String
        var crop: Crop
        var was: Bool
        var ticked: Bool
    }

    /// The scan `form` of meeting `id`, when there is one.
    static func record(_ id: String, form: String, workbench: Workbench) throws -> ScanRecord {
        guard let form = ItemRequestContext.id(form),
            let record = ScanRecord.read("scans/\(id)/\(form)", in: workbench.settings.workshop)
        else { throw HTTPError(.notFound) }
        return record
    }

    static func respond(
        _ request: Request, id: String, form: String?, workbench: Workbench, refill: FormRefill? = nil
    ) throws -> Response {
        let (basics, workshop, templates) = try PageBasics.opening(request, workbench: workbench)
        let meeting = try ScanPages.meeting(id, in: workshop)
        let record = try record(id, form: form ?? "", workbench: workbench)
        let labels = basics.labels
        let base = "\(ScanPages.path(id))/\(percentEncoded(record.name))"
        func crop(_ field: String, label: String) -> Crop {
            Crop(
                label: label, src: "\(base)/\(percentEncoded(field)).png", alt: labels("scan_crop_alt", ["field": label]),
                inked: record.inked.contains(field))
        }
        var content = Content(
            heading: ScanPages.name(of: record, basics: basics), meeting: meeting.title.value,
            meetingHref: "/meetings/\(percentEncoded(id))", scansHref: ScanPages.path(id), photo: record.photo,
            page: "\(base)/page.png", pageAlt: labels("scan_page_alt", ["photo": record.photo]),
            saved: request.uri.queryParameters["saved"] != nil)
        switch record.kind {
        case .personaForm:
            content.isPersona = true
            content.persona = personaForm(record, base: base, basics: basics, templates: templates, crop: crop)
            // The photo's box is drawn, not typed: its crop alone.
            content.crops = record.fields.filter { $0 == PersonaField.photo.rawValue }.map { crop($0, label: labels("photo")) }
        case .signIn:
            content.isSignIn = true
            content.signIn = signIn(record, meeting: meeting, workshop: workshop, basics: basics, crop: crop)
        case .serviceSketch:
            // The name is typed here; the other parts beside their inputs on the page it makes.
            let sketch = templates.servicePage.sketch.map { $0.label(basics.language) }
            let nameLabel = sketch.first ?? templates.servicePage.labels.words(in: basics.language)(.service)
            content.isSketch = true
            content.sketch = Sketch(
                action: "\(base)/service",
                name: FormField(
                    name: "name", id: "field-name", label: nameLabel,
                    value: refill?.posted["name"] ?? "", message: refill?.message(for: "name") ?? "", required: true),
                nameCrop: crop(ScannedService.nameField, label: nameLabel))
            if let page = ScannedService.page(from: record.folder, in: workshop) {
                content.sketch.made = true
                content.sketch.pageHref = "/services/\(percentEncoded(page.id))"
                content.sketch.pageName = page.name.value
            }
            content.refill = refill?.problems([("name", "field-name")]) ?? FormProblems()
            // Each field by the sketch's own words: the form lays them out in the template's order.
            content.crops = record.fields.enumerated().compactMap { index, field in
                // The name is beside its input until the page is made, then among the others.
                guard field != ScannedService.nameField || content.sketch.made else { return nil }
                let words = index < sketch.count ? sketch[index] : nil
                return crop(
                    field, label: words ?? label(of: field, number: index + 1, templates: templates, basics: basics))
            }
        default:
            content.readOnly = true
            // A minutes form's handwriting also shows in the minutes editor, beside each input.
            content.note = labels(record.kind == .minutesBlank ? "scan_minutes_read_only" : "scan_read_only")
            (content.targetHref, content.targetName) = target(of: record, meeting: id, labels: labels)
            let worksheet = record.kind == .worksheet ? worksheet(of: record, in: workshop, templates: templates) : nil
            content.crops = record.fields.enumerated().map { index, field in
                crop(
                    field,
                    label: label(of: field, number: index + 1, templates: templates, basics: basics, worksheet: worksheet))
            }
        }
        content.hasCrops = !content.crops.isEmpty
        let title = "\(content.heading) · \(record.photo)"
        return basics.page(
            "scan-form", title: refill.map { $0.title(title, labels: labels) } ?? title, path: base, content: content,
            status: refill?.status ?? .ok, request: request)
    }

    /// A service page made from a sketch: named as typed (a page is not made without a name:
    /// the sketch's page comes back with what was typed, the message beside the name), its file
    /// naming the sketch's handwriting part by part (`ScannedService`); then its form, to type the
    /// rest beside the handwriting. A sketch that already made a page goes to that page.
    static func createService(_ request: Request, id: String, form: String?, workbench: Workbench) async throws -> Response {
        let (posted, basics, workshop, _) = try await PageBasics.posting(request, workbench: workbench)
        let record = try record(id, form: form ?? "", workbench: workbench)
        guard record.kind == .serviceSketch,
            let saved = ScanStore(workshop: workbench.settings.workshop).saved(in: record.folder)
        else { throw HTTPError(.notFound) }
        if let page = ScannedService.page(from: record.folder, in: workshop) {
            return Response.seeOther("/services/\(percentEncoded(page.id))")
        }
        let name = formText(posted["name"])
        guard JourneyPages.hasWords(name) else {
            let refill = FormRefill(
                posted: posted, notice: basics.labels("form_not_sent"), messages: ["name": basics.labels("error_service_name")])
            return try respond(request, id: id, form: form, workbench: workbench, refill: refill)
        }
        let page = try WorkshopFiles.create(in: "services", of: workbench, named: name, fallback: "service") { _ in
            try ScannedService.attach(saved, to: ServicePageEdit.create(name: name, department: "", owner: ""))
        }
        return Response.seeOther("/services/\(percentEncoded(page))")
    }

    /// The sketch's page drawn again after its post came back (`SameForm`), with the name as typed.
    static let sameForms = [
        SameForm("meetings/:/scans/:/service") { refill, ids, request, workbench in
            try respond(request, id: ids[0], form: ids[1], workbench: workbench, refill: refill)
        }
    ]

    /// The persona's fields in the form's order (then any the form has no place for), each with
    /// what the persona file holds now: typed text is shown, never replaced by the scan.
    static func personaForm(
        _ record: ScanRecord, base: String, basics: PageBasics, templates: TemplateSet, crop: (String, String) -> Crop
    ) -> PersonaForm {
        let id = ScannedPersona.id(for: record.folder)
        let template = templates.persona
        var form = PersonaForm(
            action: "/personas/\(percentEncoded(id))", back: base, personaHref: "/personas/\(percentEncoded(id))")
        guard basics.snapshot.workshop?.fileIDs["personas"]?.contains(id) == true,
            let file = WorkshopFiles.read("personas/\(id).yaml", in: basics.workbench.settings.workshop),
            let editor = try? YAMLDocumentEditor(text: String(decoding: file.data, as: UTF8.self))
        else {
            form.missing = true
            return form
        }
        let values = PersonaFormValues.from(editor.value)
        form.version = file.version
        form.loaded = values.carried
        let onForm = record.fields.compactMap(PersonaField.init(rawValue:))
        let order = onForm + PersonaFormValues.fields.filter { !onForm.contains($0) }
        form.fields = order.compactMap { field in
            guard PersonaFormValues.fields.contains(field), let spec = template.fields.first(where: { $0.field == field })
            else { return nil }
            let input = PersonaPages.field(
                spec, value: values[field], problems: [], template: template, language: basics.language)
            return Entry(crop: crop(field.rawValue, input.label), hasCrop: onForm.contains(field), input: input)
        }
        return form
    }

    /// The sheet's signatures as a proposal of who came, each ticked when its cell holds ink or
    /// the person is already marked present; saved through the meeting's attendance.
    static func signIn(
        _ record: ScanRecord, meeting: Meeting, workshop: Workshop, basics: PageBasics, crop: (String, String) -> Crop
    ) -> SignIn {
        let labels = basics.labels
        let team = Set(workshop.participants.map(\.name.value))
        let signatures = SignInProposal.signatures(
            fields: record.fields, inked: record.inked, meeting: meeting, workshop: workshop)
        var outsiders = 0
        var people: [Signer] = []
        for signature in signatures {
            let name = signature.person.name.value
            guard team.contains(name) else {
                outsiders += 1
                continue
            }
            let present = (signature.person.attended ?? []).contains { workshop.meeting(named: $0.value)?.id == meeting.id }
            let note =
                signature.signed ? labels("scan_signed") : present ? labels("scan_already_present") : labels("scan_not_signed")
            let index = people.count
            people.append(
                Signer(
                    index: index, id: "person-\(index)", name: name, note: note, crop: crop(signature.field, name), was: present,
                    ticked: signature.signed || present))
        }
        return SignIn(
            action: AttendancePage.path(meeting.id), count: people.count, people: people, hasPeople: !people.isEmpty,
            outsiders: outsiders == 0 ? "" : labels("attendance_outsiders", ["n": String(outsiders)]))
    }

    /// Where a form's handwriting is typed in the workbench, and the link's words: a canvas in
    /// the journey it became, the others on their meeting's pages.
    static func target(of record: ScanRecord, meeting: String, labels: Labels<TextLabel>) -> (String, String) {
        switch record.kind {
        case .minutesBlank: ("/meetings/\(percentEncoded(meeting))/minutes", labels("minutes"))
        case .journeyCanvas: ("/journeys/\(percentEncoded(ScannedJourney.id(for: record.folder)))", labels("nav_journeys"))
        case .worksheet: ("/worksheets", labels("nav_worksheets"))
        default: ("/meetings/\(percentEncoded(meeting))", labels("open_meeting"))
        }
    }

    /// The worksheet a scan is of, as its marks name it, with the workshop's projects (the
    /// challenge map's rows).
    static func worksheet(
        of record: ScanRecord, in workshop: Workshop, templates: TemplateSet
    ) -> (template: WorksheetTemplate, projects: [Project])? {
        guard let item = record.item else { return nil }
        let id = WorksheetTemplate.scanned(item).id
        return workshop.worksheets(besides: templates.worksheets).first { $0.id == id }.map { ($0, workshop.projects) }
    }

    /// A field's name in the page's words: a journey cell by its stage and lane, a sketch's
    /// question by its number, a worksheet's block by its own label, any other by its place on
    /// the form.
    static func label(
        of field: String, number: Int, templates: TemplateSet, basics: PageBasics,
        worksheet: (template: WorksheetTemplate, projects: [Project])? = nil
    ) -> String {
        let labels = basics.labels
        if let worksheet,
            let words = worksheet.template.label(ofField: field, in: basics.language, projects: worksheet.projects)
        {
            return words
        }
        let parts = field.split(separator: "-", maxSplits: 2).map(String.init)
        if parts.count == 3, parts[0] == "stage", let stage = Int(parts[1]) {
            if parts[2] == "title" { return labels("stage_title", ["n": String(stage)]) }
            let lane = templates.journey.lanes.first { $0.id == parts[2] }.map { $0.label(basics.language) } ?? parts[2]
            return labels("scan_field_cell", ["n": String(stage), "lane": lane])
        }
        if parts.count == 2, parts[0] == "question", let question = Int(parts[1]) {
            return labels("question_number", ["n": String(question)])
        }
        // A minutes form's blocks by the words printed above them.
        let minutes = templates.minutes.words(in: basics.language)
        if parts.count == 2, let item = Int(parts[1]), let key = MinutesLabel(rawValue: parts[0]) {
            return "\(minutes(key)) \(item)"
        }
        if let key = MinutesLabel(rawValue: field.replacingOccurrences(of: "-", with: "_")) { return minutes(key) }
        let heads = ["persona": "journey_persona", "group": "journey_group", "date": "journey_date"]
        if let head = heads[field] { return labels(head) }
        return labels("scan_field_number", ["n": String(number)])
    }

    /// A field's crop (or the whole page), read through the workshop's folder and served only
    /// when its bytes are a PNG: never a path from the request, never through a link out.
    static func crop(_ request: Request, id: String, form: String?, file: String?, workbench: Workbench) throws -> Response {
        let record = try record(id, form: form ?? "", workbench: workbench)
        guard let file = ItemRequestContext.id(file), file.hasSuffix(".png"),
            file == "page.png" || record.fields.contains(String(file.dropLast(4))),
            let data = try? FolderSource(workbench.settings.workshop).read(
                "\(record.folder)/\(file)", limit: Limits.photoFileBytes),
            PhotoKind.png.matches(data)
        else { throw HTTPError(.notFound) }
        return Response.download(data, contentType: PhotoKind.png.contentType, filename: file, inline: true)
    }
}
