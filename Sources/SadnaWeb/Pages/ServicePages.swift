import Foundation
import Hummingbird
import SadnaKit
import SadnaPrint

/// Service pages: the list by department with the backlog, a page's form on the programme's
/// sketch with the writing workshop's review beside each field (as the drafter types: the page
/// asks the server, the one place the review is made), the printed page, and the export for the
/// council's website.
enum ServicePages {
    // MARK: The list and the backlog

    /// `services.mustache`: the services by department, a new page, the backlog and its chart.
    struct List {
        var departments: [Department]
        var hasServices: Bool
        var backlog: [BacklogRow]
        var hasBacklog: Bool
        var backlogVersion: String
        var backlogCount: Int
        var impactHeading: String
        var complexityHeading: String
        var serviceHeading: String
        var departmentHeading: String
        var ownerHeading: String
        var statusHeading: String
        var reviewedHeading: String
        var chart: String
        var chartTitle: String
        var problems: [PageProblem]
        var hasProblems: Bool
        var saved: Bool
        /// The new page's inputs (its name, department and owner), as typed when a post came back.
        var newPage: [FormField]
        /// Why a post came back (nothing saved), and its error summary.
        var refill: FormProblems
    }

    /// A department's services, in the backlog's order.
    struct Department {
        var name: String
        var rows: [ServiceRow]
    }

    /// A service as the list shows it: its page when it has one, else a button that makes it.
    struct ServiceRow {
        var name: String
        var href: String
        var status: String
        var statusKey: String
        var owner: String
        var reviewed: String
        /// The backlog entry's place, for the button that makes its page.
        var backlog: String
        var createLabel: String
    }

    /// A backlog entry with its ratings to edit.
    struct BacklogRow {
        var index: Int
        var service: String
        var department: String
        var owner: String
        var impact: String
        var impactLabel: String
        var complexityLabel: String
        var complexities: [Choice]
    }

    static func list(_ request: Request, workbench: Workbench, refill: FormRefill? = nil) throws -> Response {
        let (basics, workshop, templates) = try PageBasics.opening(request, workbench: workbench)
        // After a post that came back: the ratings as typed, when it was theirs.
        let typed = refill.flatMap { $0.posted["backlog-count"] == nil ? nil : $0.posted }
        let snapshot = basics.snapshot
        let words = templates.servicePage.labels.words(in: basics.language)
        // Each service once: the backlog's entries, then pages the backlog does not name.
        var rows: [(department: String, row: ServiceRow)] = []
        var listed = Set<String>()
        for (index, entry) in workshop.backlog.enumerated() {
            let page = entry.page.flatMap { workshop.service(named: $0.value) }
            if let page { listed.insert(page.id) }
            rows.append(
                (
                    entry.department?.value ?? page?.department?.value ?? "",
                    row(
                        name: page?.name.value ?? entry.service.value, page: page,
                        status: page?.status?.value ?? entry.status?.value,
                        owner: page?.owner?.value ?? entry.owner?.value ?? "", backlog: index, words: words, basics: basics)
                ))
        }
        for page in workshop.services where !listed.contains(page.id) {
            rows.append(
                (
                    page.department?.value ?? "",
                    row(
                        name: page.name.value, page: page, status: page.status?.value,
                        owner: page.owner?.value ?? "", backlog: nil, words: words, basics: basics)
                ))
        }
        var order: [String] = []
        for (department, _) in rows where !order.contains(department) { order.append(department) }
        let departments = order.map { department in
            Department(
                name: department.isEmpty ? basics.labels("no_department") : department,
                rows: rows.filter { $0.department == department }.map(\.row))
        }
        let backlog = workshop.backlog.enumerated().map { index, entry in
            let complexity = typed.map { Int($0["b-\(index)-complexity"] ?? "") } ?? entry.complexity?.value
            let complexities = ([(1, .simple), (2, .medium), (3, .hard)] as [(Int, ServicePageLabel)]).map { value, key in
                Choice(value: String(value), name: "\(value) · \(words(key))", selected: complexity == value)
            }
            return BacklogRow(
                index: index, service: entry.service.value, department: entry.department?.value ?? "",
                owner: entry.owner?.value ?? "",
                impact: typed.map { $0["b-\(index)-impact"] ?? "" } ?? entry.impact.map { String($0.value) } ?? "",
                impactLabel: basics.labels("impact_of", ["service": entry.service.value]),
                complexityLabel: basics.labels("complexity_of", ["service": entry.service.value]),
                complexities: [Choice(value: "", name: basics.labels("not_rated"), selected: complexity == nil)]
                    + complexities)
        }
        let backlogFile = WorkshopFiles.read("services/backlog.yaml", in: workbench.settings.workshop)
        let found = snapshot.diagnostics.filter {
            $0.location?.file == workshop.source.displayPath("services/backlog.yaml") && $0.severity != .note
        }
        let content = List(
            departments: departments, hasServices: !rows.isEmpty,
            backlog: backlog, hasBacklog: !backlog.isEmpty, backlogVersion: backlogFile?.version ?? "",
            backlogCount: backlog.count, impactHeading: words(.impact), complexityHeading: words(.complexity),
            serviceHeading: words(.service), departmentHeading: words(.department), ownerHeading: words(.owner),
            statusHeading: words(.status), reviewedHeading: words(.lastReviewed),
            chart: "/services/prioritisation.png?v=\(backlogFile?.version ?? "")", chartTitle: words(.prioritisationHeading),
            problems: found.map(basics.problem), hasProblems: !found.isEmpty,
            saved: refill == nil && request.uri.queryParameters["saved"] != nil,
            newPage: ["name", "department", "owner"].map { input in
                FormField(
                    name: input, id: "new-\(input)",
                    label: input == "name" ? words(.service) : input == "department" ? words(.department) : words(.owner),
                    value: typed == nil ? refill?.posted[input] ?? "" : "", message: refill?.message(for: input) ?? "",
                    required: input == "name")
            },
            refill: refill?.problems(["name", "department", "owner"].map { ($0, "new-\($0)") }) ?? FormProblems())
        let title = basics.labels("services_title")
        return basics.page(
            "services", title: refill.map { $0.title(title, labels: basics.labels) } ?? title, path: "/services",
            content: content, status: refill?.status ?? .ok, request: request)
    }

    static func row(
        name: String, page: ServicePage?, status: ServicePage.Status?, owner: String, backlog: Int?,
        words: Labels<ServicePageLabel>, basics: PageBasics
    ) -> ServiceRow {
        // A page that exists and says no status is a draft; "no page yet" is for a service without one.
        let status = status ?? (page == nil ? nil : .draft)
        return ServiceRow(
            name: name, href: page.map { "/services/\(percentEncoded($0.id))" } ?? "",
            status: status.map { words(.status($0)) } ?? basics.labels("no_page"),
            statusKey: status?.rawValue ?? "none",
            owner: owner, reviewed: page?.lastReviewed?.value.dotted ?? "",
            backlog: backlog.map(String.init) ?? "", createLabel: basics.labels("create_page_for", ["service": name]))
    }

    /// The backlog's ratings as the table sends them, written into `services/backlog.yaml`.
    static func saveBacklog(_ request: Request, workbench: Workbench) async throws -> Response {
        let (form, basics, _, _) = try await PageBasics.posting(request, workbench: workbench)
        let count = min(max(Int(form["backlog-count"] ?? "") ?? 0, 0), 1000)
        try WorkshopFiles.update(
            "services/backlog.yaml", in: workbench, version: form["version"] ?? "",
            conflict: { file in
                EditConflict(
                    action: "/services/backlog", version: file.version,
                    rows: backlogRows(file.data, form: form, count: count, basics: basics), showsAll: false, posted: form)
            }
        ) { text in
            try BacklogEdit.apply(ratings(form, count: count), to: text)
        }
        return Response.seeOther("/services?saved=1#backlog")
    }

    static func ratings(_ form: PostedForm, count: Int) -> [BacklogEdit.Rating] {
        (0..<count).map {
            BacklogEdit.Rating(impact: formText(form["b-\($0)-impact"]), complexity: formText(form["b-\($0)-complexity"]))
        }
    }

    static func backlogRows(_ current: Data, form: PostedForm, count: Int, basics: PageBasics) -> [EditConflict.Row] {
        let value = (try? YAMLDocumentEditor(text: String(decoding: current, as: UTF8.self)))?.value
        let entries = value?["services"]?.items ?? []
        return ratings(form, count: count).enumerated().flatMap { index, rating -> [EditConflict.Row] in
            let entry: YAMLValue? = index < entries.count ? entries[index] : nil
            let name = entry?["service"]?.formText ?? String(index + 1)
            return [
                EditConflict.Row(
                    label: basics.labels("impact_of", ["service": name]), theirs: entry?["impact"]?.formText ?? "",
                    mine: rating.impact),
                EditConflict.Row(
                    label: basics.labels("complexity_of", ["service": name]),
                    theirs: entry?["complexity"]?.formText ?? "", mine: rating.complexity),
            ]
        }
    }

    // MARK: A new page

    /// A new page, named, with its department and owner; from a backlog entry, the entry then
    /// points at it.
    static func create(_ request: Request, workbench: Workbench) async throws -> Response {
        let (form, basics, workshop, _) = try await PageBasics.posting(request, workbench: workbench)
        var name = formText(form["name"]), department = formText(form["department"]), owner = formText(form["owner"])
        let entry = Int(form["backlog"] ?? "").flatMap { workshop.backlog.indices.contains($0) ? $0 : nil }
        if let entry {
            name = workshop.backlog[entry].service.value
            department = workshop.backlog[entry].department?.value ?? ""
            owner = workshop.backlog[entry].owner?.value ?? ""
        }
        guard JourneyPages.hasWords(name) else {
            // A page is not made without a name: the list comes back with what was typed, the message beside the name.
            let refill = FormRefill(
                posted: form, notice: basics.labels("form_not_sent"), messages: ["name": basics.labels("error_service_name")])
            return try list(request, workbench: workbench, refill: refill)
        }
        let id = try WorkshopFiles.create(in: "services", of: workbench, named: name, fallback: "service") { _ in
            try ServicePageEdit.create(name: name, department: department, owner: owner)
        }
        if let entry {
            try WorkshopFiles.change("services/backlog.yaml", in: workbench) {
                try BacklogEdit.link(entry: entry, to: id, in: $0)
            }
        }
        return Response.seeOther("/services/\(percentEncoded(id))")
    }

    // MARK: A page's form

    static func form(_ request: Request, id: String, workbench: Workbench) throws -> Response {
        let (basics, workshop, templates) = try PageBasics.opening(request, workbench: workbench)
        let snapshot = basics.snapshot
        guard workshop.fileIDs["services"]?.contains(id) == true,
            let file = WorkshopFiles.read("services/\(id).yaml", in: workbench.settings.workshop)
        else { throw HTTPError(.notFound) }
        let value = (try? YAMLDocumentEditor(text: String(decoding: file.data, as: UTF8.self)))?.value ?? .mapping([])
        let values = ServicePageForm.from(value)
        let path = workshop.source.displayPath("services/\(id).yaml")
        // The review beside the fields; the loader's own problems (a way Sadna does not know) on top.
        let errors = snapshot.diagnostics.filter { $0.location?.file == path && $0.severity == .error }
        let review = findings(values, id: id, templates: templates, basics: basics)
        return render(
            basics, templates: templates, id: id, values: values, version: file.version, loaded: FieldMerge.carry(values.inputs),
            review: review, errors: errors, saved: request.uri.queryParameters["saved"] != nil, request: request)
    }

    /// An input's label as the form shows it: the sketch's own heading for a part of the page, the
    /// service page's words for a fact, the workbench's for the rest (the conflict page names fields so too).
    static func inputLabel(_ input: String, templates: TemplateSet, basics: PageBasics) -> String {
        let words = templates.servicePage.labels.words(in: basics.language), labels = basics.labels
        let sketch = templates.servicePage.sketch.map { $0.label(basics.language) }
        func part(_ index: Int, _ fallback: String) -> String { index < sketch.count ? sketch[index] : fallback }
        switch input {
        case "department": return words(.department)
        case "owner": return words(.owner)
        case "last_reviewed": return words(.lastReviewed)
        case "url": return labels("service_url")
        case "status": return words(.status)
        case "name": return part(0, input)
        case "what": return part(1, input)
        case "for_whom": return part(2, input)
        case "documents": return part(4, input)
        case "digital_form": return words(.digitalForm)
        case "contact-name": return words(.contactName)
        case "contact-phone", "help-phones": return words(.phone)
        case "contact-email": return words(.email)
        case "help-hours": return words(.receptionHours)
        case "help-department": return labels("help_department")
        case "how-count": return part(3, words(.how))
        case "q-count": return part(7, words(.questions))
        default:
            // A part of a way or a question: "דרך 2 · הערוץ".
            let parts = input.split(separator: "-").map(String.init)
            guard parts.count == 3, let index = Int(parts[1]) else { return input }
            let number = ["n": String(index + 1)]
            switch (parts[0], parts[2]) {
            case ("how", "channel"): return "\(labels("way_number", number)) · \(labels("way_channel"))"
            case ("how", "address"): return "\(labels("way_number", number)) · \(labels("way_address"))"
            case ("how", "steps"): return "\(labels("way_number", number)) · \(labels("way_steps"))"
            case ("q", "q"): return "\(labels("question_number", number)) · \(labels("question"))"
            case ("q", "a"): return "\(labels("question_number", number)) · \(labels("answer"))"
            default: return input
            }
        }
    }

    static func render(
        _ basics: PageBasics, templates: TemplateSet, id: String, values: ServicePageForm, version: String, loaded: String,
        review: [Finding], errors: [Diagnostic], saved: Bool, refill: FormRefill? = nil, request: Request
    ) -> Response {
        let language = basics.language, labels = basics.labels
        let words = templates.servicePage.labels.words(in: language)
        let sketch = templates.servicePage.sketch.map { $0.label(language) }
        func label(_ index: Int, _ fallback: String) -> String { index < sketch.count ? sketch[index] : fallback }
        // A page typed up from a photographed sketch: each part's handwriting beside its inputs.
        let scanned = basics.snapshot.workshop?.service(named: id)?.scanned ?? [:]
        func handwriting(_ part: ServicePage.Part, _ label: String) -> ScanFormPage.Crop? {
            ScanFormPage.Crop.handwriting(scanned[part], field: label, labels: labels)
        }
        func field(
            _ input: String, kind: Field.Kind, hint: String = "", ltr: Bool = false, part: ServicePage.Part? = nil
        ) -> Field {
            let label = inputLabel(input, templates: templates, basics: basics)
            return Field(
                input: input, label: label, value: values[input], kind: kind, hint: hint, ltr: ltr,
                findings: review.filter { $0.input == input }.map(\.item), message: refill?.message(for: input) ?? "",
                crop: part.flatMap { handwriting($0, label) })
        }
        let base = "/services/\(percentEncoded(id))"
        // What the backlog says of this page where the page itself says nothing: the list shows
        // the backlog's status and owner, so the form says where they come from.
        let entry = basics.snapshot.workshop?.backlog.first { $0.page?.value == id }
        let backlogStatus =
            values["status"].isEmpty
            ? entry?.status.map { basics.labels("backlog_says", ["value": words(.status($0.value))]) } : nil
        let backlogOwner = values["owner"].isEmpty ? entry?.owner.map { basics.labels("backlog_says", ["value": $0.value]) } : nil
        let channels = ServicePage.Channel.Kind.allCases.map { ($0.rawValue, words(.channel($0))) }
        var ways = values.ways.enumerated().map { index, way in
            wayObject(index, way, count: values.ways.count, channels: channels, review: review, labels: labels, isNew: false)
        }
        ways.append(
            wayObject(
                values.ways.count, .init(channel: "", address: "", steps: ""), count: values.ways.count,
                channels: channels, review: review, labels: labels, isNew: true))
        var questions = values.questions.enumerated().map { index, question in
            questionObject(index, question, count: values.questions.count, review: review, labels: labels, isNew: false)
        }
        questions.append(
            questionObject(
                values.questions.count, .init(question: "", answer: ""), count: values.questions.count,
                review: review, labels: labels, isNew: true))
        let statuses =
            [Choice(value: "", name: labels("choose"), selected: values["status"].isEmpty)]
            + ServicePage.Status.allCases.map {
                Choice(value: $0.rawValue, name: words(.status($0)), selected: values["status"] == $0.rawValue)
            }
        let exportLabels = templates.servicePage.labels.words(in: basics.snapshot.workshop?.language ?? .he)
        // A name cleared in the form that came back: the page is still called by the file's name.
        let named = values["name"].isEmpty ? basics.snapshot.workshop?.service(named: id)?.name.value ?? "" : values["name"]
        let heading = named.isEmpty ? labels("services_title") : named
        let content = Form(
            action: base, version: version, fileName: "services/\(id).yaml", heading: heading,
            reviewURL: "\(base)/review",
            facts: [
                field("department", kind: .short),
                field("owner", kind: .short, hint: backlogOwner ?? ""),
                field("last_reviewed", kind: .date, ltr: true),
                field("url", kind: .url, hint: labels("service_url_hint"), ltr: true),
            ],
            statusLabel: words(.status), statuses: statuses, statusHint: backlogStatus ?? "",
            name: field("name", kind: .short, part: .name),
            what: field("what", kind: .long, part: .what),
            forWhom: field("for_whom", kind: .long, hint: labels("one_per_line"), part: .forWhom),
            howLabel: label(3, words(.how)), howCrop: handwriting(.how, label(3, words(.how))),
            howFindings: review.filter { $0.input == "how" }.map(\.item),
            ways: ways, wayCount: values.ways.count + 1,
            documents: field("documents", kind: .long, hint: labels("one_per_line"), part: .documents),
            digitalForm: field("digital_form", kind: .url, ltr: true),
            contactLabel: label(5, words(.contact)), contactCrop: handwriting(.contact, label(5, words(.contact))),
            contact: [
                field("contact-name", kind: .short),
                field("contact-phone", kind: .tel, ltr: true),
                field("contact-email", kind: .email, ltr: true),
            ],
            helpLabel: label(6, words(.otherHelp)), helpCrop: handwriting(.help, label(6, words(.otherHelp))),
            help: [
                field("help-hours", kind: .short),
                field("help-phones", kind: .long, hint: labels("one_per_line"), ltr: true),
                field("help-department", kind: .short),
            ],
            questionsLabel: label(7, words(.questions)),
            questionsCrop: handwriting(.questions, label(7, words(.questions))), questions: questions,
            questionCount: values.questions.count + 1,
            reviewCount: labels.count("review_count", review.count), review: review.map(\.item),
            hasReview: !review.isEmpty,
            errors: refill == nil ? errors.map(basics.problem) : [], hasErrors: refill == nil && !errors.isEmpty,
            saved: saved && refill == nil, loaded: loaded,
            refill: refill?.problems(
                ServicePageForm.inputNames(ways: values.ways.count, questions: values.questions.count).map {
                    ($0, "field-\($0)")
                }) ?? FormProblems(),
            preview: "\(base)/page.png?v=\(version)", pdf: "\(base)/page.pdf", reviewPDF: "\(base)/review.pdf",
            markdown: "\(base)/page.md", html: "\(base)/page.html",
            fragment: basics.snapshot.workshop?.service(named: id).map {
                ServicePageExport(page: $0, labels: exportLabels).fragment
            } ?? "")
        return basics.page(
            "service-form", title: refill.map { $0.title(heading, labels: labels) } ?? heading, path: base,
            content: content, status: refill?.status ?? .ok, request: request)
    }

    /// A text area's height: its lines and one to spare, within reason.
    static func rows(_ text: String) -> Int {
        min(12, max(3, text.split(separator: "\n", omittingEmptySubsequences: false).count + 1))
    }

    static func wayObject(
        _ index: Int, _ way: ServicePageForm.Way, count: Int, channels: [(String, String)], review: [Finding],
        labels: Labels<TextLabel>, isNew: Bool
    ) -> Way {
        let number = String(index + 1)
        func findings(_ part: String) -> [ReviewItem] { review.filter { $0.input == "how-\(index)-\(part)" }.map(\.item) }
        return Way(
            index: index, isNew: isNew, legend: isNew ? labels("new_way") : labels("way_number", ["n": number]),
            channelLabel: labels("way_channel"), addressLabel: labels("way_address"), stepsLabel: labels("way_steps"),
            channels: [Choice(value: "", name: labels("choose"), selected: way.channel.isEmpty)]
                + channels.map { Choice(value: $0.0, name: $0.1, selected: $0.0 == way.channel) },
            address: way.address, steps: way.steps, rows: rows(way.steps),
            channelFindings: findings("channel"), addressFindings: findings("address"), stepsFindings: findings("steps"),
            earlier: !isNew && index > 0 ? "move:how:\(index):\(index - 1)" : "",
            later: !isNew && index < count - 1 ? "move:how:\(index):\(index + 1)" : "",
            remove: isNew ? "" : "remove:how:\(index)",
            earlierLabel: labels("way_earlier", ["n": number]), laterLabel: labels("way_later", ["n": number]),
            removeLabel: labels("way_remove", ["n": number]))
    }

    static func questionObject(
        _ index: Int, _ question: ServicePageForm.Question, count: Int, review: [Finding], labels: Labels<TextLabel>,
        isNew: Bool
    ) -> Question {
        let number = String(index + 1)
        return Question(
            index: index, isNew: isNew, legend: isNew ? labels("new_question") : labels("question_number", ["n": number]),
            question: question.question, answer: question.answer,
            questionLabel: labels("question"), answerLabel: labels("answer"),
            questionFindings: review.filter { $0.input == "q-\(index)-q" }.map(\.item),
            answerFindings: review.filter { $0.input == "q-\(index)-a" }.map(\.item),
            earlier: !isNew && index > 0 ? "move:questions:\(index):\(index - 1)" : "",
            later: !isNew && index < count - 1 ? "move:questions:\(index):\(index + 1)" : "",
            remove: isNew ? "" : "remove:questions:\(index)",
            earlierLabel: labels("question_earlier", ["n": number]), laterLabel: labels("question_later", ["n": number]),
            removeLabel: labels("question_remove", ["n": number]))
    }

    /// Saves what the person changed onto the page as it is now, input by input (a colleague's
    /// save of other inputs meanwhile stays); an input both changed is a conflict, asked about
    /// input by input. A page without a name comes back with everything typed.
    static func save(_ request: Request, id: String, workbench: Workbench) async throws -> Response {
        var (posted, basics, workshop, templates) = try await PageBasics.posting(request, workbench: workbench)
        guard workshop.fileIDs["services"]?.contains(id) == true else { throw HTTPError(.notFound) }
        ReviewReplacement.apply(to: &posted)
        let values = ServicePageForm.from(posted)
        guard JourneyPages.hasWords(values["name"]) else {
            let refill = FormRefill(
                posted: posted, notice: basics.labels("form_not_saved"), messages: ["name": basics.labels("error_service_name")])
            return try redraw(refill, id: id, request: request, workbench: workbench) ?? Response.seeOther("/services")
        }
        var action = ListAction.from(posted, lists: ["how", "questions"])
        let base = "/services/\(percentEncoded(id))"
        var focus: (list: String, index: Int)?
        let loaded = FieldMerge.carried(posted["loaded"])
        try WorkshopFiles.update(
            "services/\(id).yaml", in: workbench, version: loaded == nil ? posted["version"] ?? "" : nil,
            conflict: { file in
                EditConflict(
                    action: base, version: file.version,
                    rows: conflictRows(file.data, mine: values, basics: basics, templates: templates),
                    showsAll: false, posted: posted)
            }
        ) { text in
            var mine = values
            if let loaded {
                let current = ServicePageForm.from(try YAMLDocumentEditor(text: text).value)
                let theirs = current.inputs
                // Her ways and questions matched to the file's by what they say, not by their
                // place: one a colleague moved or added meanwhile shifts nothing she typed.
                var (opened, ours) = (loaded, values.inputs)
                var positions: [String: [Int?]] = [:]
                for (list, shape) in ServicePageForm.listShapes {
                    let aligned = ListAlignment(shape, loaded: opened, mine: ours, current: theirs)
                    (opened, ours, positions[list]) = (aligned.loaded, aligned.mine, aligned.position)
                }
                action = action.renumbered(positions)
                let ways = [theirs, ours].map { Int($0["how-count"] ?? "") ?? 0 }.max() ?? 0
                let questions = [theirs, ours].map { Int($0["q-count"] ?? "") ?? 0 }.max() ?? 0
                let names = ServicePageForm.inputNames(ways: ways, questions: questions)
                let merge = FieldMerge(fields: names, loaded: opened, mine: ours, current: theirs)
                guard merge.conflicts.isEmpty else {
                    var conflict = merge.conflict(
                        action: base, fileText: text, current: theirs, mine: ours,
                        labels: names.map { ($0, inputLabel($0, templates: templates, basics: basics)) })
                    conflict.posted.append(("action", action.formValue))
                    throw conflict
                }
                mine = ServicePageForm(inputs: merge.result)
            }
            let (changed, place) = try ServicePageEdit.apply(mine, action: action, to: text)
            focus = place
            return changed
        }
        let anchor = focus.map { $0.list == "how" ? "#way-\($0.index)" : "#question-\($0.index)" } ?? ""
        return Response.seeOther("\(base)?saved=1\(anchor)")
    }

    // MARK: The same form again

    /// The service pages' forms drawn again after a post that came back (`SameForm`): a page's
    /// form with every input as typed (also after its live review), a new page's, the ratings.
    static let sameForms = [
        SameForm("services/backlog") { refill, _, request, workbench in try list(request, workbench: workbench, refill: refill) },
        SameForm("services/:") { refill, ids, request, workbench in
            try redraw(refill, id: ids[0], request: request, workbench: workbench)
        },
        SameForm("services/:/review") { refill, ids, request, workbench in
            try redraw(refill, id: ids[0], request: request, workbench: workbench)
        },
        SameForm("services") { refill, _, request, workbench in try list(request, workbench: workbench, refill: refill) },
    ]

    /// A page's form with what was posted (or, when nothing of the post was read, the page's file).
    static func redraw(_ refill: FormRefill, id: String, request: Request, workbench: Workbench) throws -> Response? {
        let (basics, workshop, templates) = try PageBasics.opening(request, workbench: workbench)
        guard workshop.fileIDs["services"]?.contains(id) == true,
            let file = WorkshopFiles.read("services/\(id).yaml", in: workbench.settings.workshop)
        else { return nil }
        var posted = refill.posted
        ReviewReplacement.apply(to: &posted)
        // As the page draws it: the ways and questions typed, then one blank of each to add.
        var values = ServicePageForm(inputs: ServicePageForm.from(posted).inputs)
        var (version, loaded) = (posted["version"] ?? "", posted["loaded"] ?? "")
        if refill.unread {
            values = ServicePageForm.from(
                (try? YAMLDocumentEditor(text: String(decoding: file.data, as: UTF8.self)))?.value ?? .mapping([]))
            (version, loaded) = (file.version, FieldMerge.carry(values.inputs))
        }
        return render(
            basics, templates: templates, id: id, values: values, version: version, loaded: loaded,
            review: findings(values, id: id, templates: templates, basics: basics), errors: [], saved: false, refill: refill,
            request: request)
    }

    static func conflictRows(
        _ current: Data, mine: ServicePageForm, basics: PageBasics, templates: TemplateSet
    ) -> [EditConflict.Row] {
        let theirs =
            (try? YAMLDocumentEditor(text: String(decoding: current, as: UTF8.self))).map { ServicePageForm.from($0.value) }
            ?? ServicePageForm()
        func rows(_ form: ServicePageForm) -> [(String, String)] {
            let meaning = form.meaning
            var rows =
                ServicePageForm.single.map {
                    (inputLabel($0.input, templates: templates, basics: basics), meaning.fields[$0.input] ?? "")
                }
                + ServicePageForm.lists.map {
                    (
                        inputLabel($0.input, templates: templates, basics: basics),
                        (meaning.lists[$0.input] ?? []).joined(separator: "\n")
                    )
                }
            for (index, way) in meaning.ways.enumerated() {
                rows.append(
                    (
                        basics.labels("way_number", ["n": String(index + 1)]),
                        ([way.channel, way.address] + way.steps).filter { !$0.isEmpty }.joined(separator: "\n")
                    ))
            }
            for (index, question) in meaning.questions.enumerated() {
                rows.append(
                    (basics.labels("question_number", ["n": String(index + 1)]), question.question + "\n" + question.answer))
            }
            return rows
        }
        let before = rows(theirs), after = rows(mine)
        return (0..<max(before.count, after.count)).map { index in
            EditConflict.Row(
                label: index < after.count ? after[index].0 : before[index].0,
                theirs: index < before.count ? before[index].1 : "", mine: index < after.count ? after[index].1 : "")
        }
    }

    // MARK: The review as the drafter types

    /// One finding of the review, at the input it is about.
    struct Finding {
        var input: String
        var text: String
        var isError: Bool
        var rule: String
        /// Where the found words are in the input (line and column from 1, in Unicode scalars).
        var line: Int
        var column: Int
        var replacement: ReviewNote.Replacement?
        /// The replacement's button, in the page's words.
        var replaceLabel: String

        /// The finding as the page and the live review show it.
        var item: ReviewItem {
            ReviewItem(
                text: text, error: isError, warning: !isError, input: input, rule: rule,
                replace: replacement.map {
                    ReviewItem.Replacement(line: line, column: column, found: $0.found, with: $0.with, label: replaceLabel)
                })
        }
    }

    /// The writing workshop's review of the values in a form: `ServiceLint`, as `sadna check`
    /// runs it, on the page the form holds; each finding at its input, in `language`.
    static func findings(_ form: ServicePageForm, id: String, templates: TemplateSet, basics: PageBasics) -> [Finding] {
        let workbench = basics.workbench, language = basics.language
        let (page, texts) = form.page(id: id)
        let lint = ServiceLint(
            rules: templates.plainLanguage, today: workbench.settings.today, speller: workbench.settings.speller,
            texts: texts)
        return lint.findings(page).map { finding in
            let location = finding.diagnostic.location
            return Finding(
                input: input(of: finding), text: templates.reviewText(finding.note, in: language),
                isError: finding.diagnostic.severity == .error, rule: finding.diagnostic.rule,
                line: location?.line ?? 1, column: location?.column ?? 1, replacement: finding.note.replacement,
                replaceLabel: basics.labels(
                    "replace_with", ["with": finding.note.replacement?.with.trimmingCharacters(in: .whitespaces) ?? ""]))
        }
    }

    /// The input a finding is about: where its words are, or, for a part the page lacks, the
    /// input that would hold it.
    static func input(of finding: ServiceLint.Finding) -> String {
        guard finding.diagnostic.rule == "service.essence" else { return finding.diagnostic.location?.file ?? "name" }
        switch finding.field {
        case .what: return "what"
        case .forWhom: return "for_whom"
        case .how: return "how"
        case .contact: return "contact-name"
        default: return "name"
        }
    }

    /// The review of what a form holds now, as JSON, for the page to show without reloading.
    static func review(_ request: Request, id: String, workbench: Workbench) async throws -> Response {
        let (posted, basics, workshop, templates) = try await PageBasics.posting(request, workbench: workbench)
        guard workshop.fileIDs["services"]?.contains(id) == true else { throw HTTPError(.notFound) }
        let found = findings(ServicePageForm.from(posted), id: id, templates: templates, basics: basics)
        let answer = ReviewAnswer(
            summary: basics.labels.count("review_count", found.count), count: found.count,
            findings: found.map(\.item))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Response.json(try encoder.encode(answer))
    }

    // MARK: Printed and exported

    static func printed(
        _ request: Request, id: String, kind: PrintableKind, format: DownloadFormat, workbench: Workbench
    ) throws -> Response {
        try PrintableDownloads.respond(
            request, PrintRequest(kind, items: [id]), name: downloadName(id, kind: kind, workbench: workbench), format: format,
            workbench: workbench)
    }

    /// A download's name after the service and what it is ("אישור תושב – דף שירות",
    /// "אישור תושב – הערות הבדיקה"), in the programme's language, so that the page and its review
    /// never land in one file name.
    static func downloadName(_ id: String, kind: PrintableKind, workbench: Workbench) -> String {
        let snapshot = workbench.snapshot()
        guard let workshop = snapshot.workshop, let web = snapshot.web, let page = workshop.service(named: id) else { return id }
        let key = kind == .serviceReview ? "download_name_review" : "download_name_page"
        let name = page.name.value.replacingOccurrences(of: "/", with: "-")
        return web.labels.words(in: workshop.language)(key, ["service": name])
    }

    static func chart(_ request: Request, format: DownloadFormat, workbench: Workbench) throws -> Response {
        try PrintableDownloads.respond(
            request, PrintRequest(.prioritisation), name: "prioritisation", format: format, workbench: workbench)
    }

    /// The page for the website editor, in the workshop's language (the page's own).
    static func export(_ request: Request, id: String, markdown: Bool, workbench: Workbench) throws -> Response {
        let snapshot = workbench.snapshot()
        guard let workshop = snapshot.workshop, let templates = snapshot.templates, let page = workshop.service(named: id) else {
            throw HTTPError(.notFound)
        }
        let export = ServicePageExport(page: page, labels: templates.servicePage.labels.words(in: workshop.language))
        return markdown
            ? Response.download(Data(export.markdown.utf8), contentType: "text/markdown; charset=utf-8", filename: "\(id).md")
            : Response.download(Data(export.html.utf8), contentType: "text/html; charset=utf-8", filename: "\(id).html")
    }
}
