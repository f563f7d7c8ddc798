import Foundation
import Hummingbird
import SadnaKit
import SadnaPrint
import SadnaScan

/// "צילומים מהמפגש": photos of the forms a meeting filled by hand, sent several at once (from a
/// phone's camera too), and what became of each: the form recognised, with its straightened
/// page and a link to type it up, or why it was not, in plain words, and what to do.
enum ScanPages {
    /// `scans.mustache`: the sending form and the meeting's scans so far.
    struct Upload {
        var action: String
        var meeting: String
        var meetingHref: String
        var limits: String
        var problem: String
        var scans: [Listed]
        var hasScans: Bool
    }

    /// A scan as the meeting's lists show it: the form and the photo, linking to its transcription.
    struct Listed {
        var href: String
        var kind: String
        var photo: String
        var inked: String
    }

    /// `scan-result.mustache`.
    struct Outcome {
        var meeting: String
        var meetingHref: String
        var scansHref: String
        var summary: String
        var recognised: [Row]
        var hasRecognised: Bool
        var refused: [Row]
        var hasRefused: Bool
        var replaceAction: String
    }

    /// One photo's outcome.
    struct Row {
        var photo: String
        var kind = ""
        var facts = ""
        var page = ""
        var pageAlt = ""
        var href = ""
        var persona = ""
        var message = ""
        var hint = ""
        /// A page scanned before: the waiting photo's token, and the earlier scan.
        var token = ""
        var earlier = ""
    }

    static func path(_ id: String) -> String { "/meetings/\(percentEncoded(id))/scans" }

    /// Where the workbench shows a scan's folder or serves its crop, by its path in the workshop:
    /// `scans/3/persona-form-1` → `/meetings/3/scans/persona-form-1`, and a crop in it to the
    /// picture's address. Nil for any other path.
    static func href(ofScanned path: String) -> String? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3 || parts.count == 4, parts[0] == "scans", !parts.contains(where: \.isEmpty) else { return nil }
        return ([Self.path(parts[1]), percentEncoded(parts[2])] + parts.dropFirst(3).map(percentEncoded)).joined(separator: "/")
    }

    static func meeting(_ id: String, in workshop: Workshop) throws -> Meeting {
        guard let meeting = workshop.meetings.first(where: { $0.id == id }) else { throw HTTPError(.notFound) }
        return meeting
    }

    /// The meeting's scans, as its page and the sending page list them.
    static func listed(_ meeting: Meeting, basics: PageBasics) -> [Listed] {
        let labels = basics.labels
        return ScanRecord.all(of: meeting.id, in: basics.workbench.settings.workshop).map { record in
            Listed(
                href: "\(path(meeting.id))/\(percentEncoded(record.name))", kind: name(of: record, basics: basics),
                photo: record.photo,
                inked: labels("scan_fields_inked", ["n": String(record.inked.count), "of": String(record.fields.count)]))
        }
    }

    /// A scan's name in the page's words: its form's kind, and a sheet of a canvas printed on A4
    /// by its number ("גיליון 3 מתוך 4"), so that the sheets of one copy are told apart.
    static func name(of record: ScanRecord, basics: PageBasics) -> String {
        let kind = kindName(record.kind, basics: basics)
        guard let sheet = record.sheet else { return kind }
        return "\(kind) · \(basics.labels("scan_sheet_number", ["n": String(sheet), "of": String(Tiling.count)]))"
    }

    /// A scanned form's kind in the page's words: the printed kind's own name, but a filled form
    /// is not the "blank" one its print is named.
    static func kindName(_ kind: PrintableKind, basics: PageBasics) -> String {
        switch kind {
        case .personaForm: basics.labels("scan_kind_persona_form")
        case .journeyCanvas: basics.labels("scan_kind_journey_canvas")
        case .minutesBlank: basics.labels("scan_kind_minutes_blank")
        default: basics.snapshot.templates?.name(of: kind, in: basics.language) ?? kind.rawValue
        }
    }

    static func form(_ request: Request, id: String, workbench: Workbench) throws -> Response {
        let (basics, workshop, _) = try PageBasics.opening(request, workbench: workbench)
        return try upload(basics, meeting: meeting(id, in: workshop), problem: "", request: request)
    }

    static func upload(
        _ basics: PageBasics, meeting: Meeting, problem: String, status: HTTPResponse.Status = .ok, request: Request
    ) throws -> Response {
        let labels = basics.labels
        let scans = listed(meeting, basics: basics)
        let content = Upload(
            action: path(meeting.id), meeting: meeting.title.value, meetingHref: "/meetings/\(percentEncoded(meeting.id))",
            limits: labels(
                "scan_photos_hint",
                [
                    "n": String(ScanUpload.maxPhotos), "each": String(ScanUpload.photoBytes >> 20),
                    "all": String(ScanUpload.requestBytes >> 20),
                ]),
            problem: problem, scans: scans, hasScans: !scans.isEmpty)
        let title = "\(labels("scan_title")) · \(meeting.title.value)"
        return basics.page(
            "scans", title: problem.isEmpty ? title : "\(labels("error_title_prefix")) \(title)", path: path(meeting.id),
            content: content, status: status, request: request)
    }

    /// Scans every photo sent and shows what became of each.
    static func receive(_ request: Request, id: String, workbench: Workbench) async throws -> Response {
        let form = try await request.multipartForm(limit: ScanUpload.requestBytes, partLimit: ScanUpload.photoBytes)
        let (basics, workshop, _) = try PageBasics.opening(request, workbench: workbench)
        let meeting = try meeting(id, in: workshop)
        let labels = basics.labels
        let photos = form.parts.filter { $0.name == "photos" && !($0.filename ?? "").isEmpty }
        guard photos.count <= ScanUpload.maxPhotos else {
            let problem = labels("scan_too_many", ["n": String(photos.count), "max": String(ScanUpload.maxPhotos)])
            return try upload(basics, meeting: meeting, problem: problem, status: .unprocessableContent, request: request)
        }
        guard !photos.isEmpty else {
            return try upload(
                basics, meeting: meeting, problem: labels("scan_no_photos"), status: .unprocessableContent, request: request)
        }
        var rows: [Row] = []
        for (index, part) in photos.enumerated() {
            let name = ScanUpload.name(part.filename, number: index + 1)
            if part.dropped {
                let words = labels("scan_photo_too_large", ["photo": name, "each": String(ScanUpload.photoBytes >> 20)])
                rows.append(Row(photo: name, message: words, hint: labels("scan_photo_too_large_hint")))
                continue
            }
            let result = await ScanUpload.scan(
                Data(buffer: part.body), named: name, meeting: meeting.id, replace: false, workbench: workbench)
            rows.append(row(result, basics: basics))
        }
        return outcome(rows, meeting: meeting, basics: basics, request: request)
    }

    /// The photo that waited, put in place of the earlier scan of its page.
    static func replace(_ request: Request, id: String, workbench: Workbench) async throws -> Response {
        let (form, basics, workshop, _) = try await PageBasics.posting(request, workbench: workbench)
        let meeting = try meeting(id, in: workshop)
        let folder = workbench.settings.workshop
        let token = form["waiting"] ?? ""
        guard let waiting = ScanUpload.waitingPhoto(token, in: folder) else {
            return try upload(
                basics, meeting: meeting, problem: basics.labels("scan_waiting_gone"), status: .gone, request: request)
        }
        let result = await ScanUpload.scan(
            waiting.data, named: waiting.name, meeting: meeting.id, replace: true, workbench: workbench)
        if result.refusal == nil { ScanUpload.release(token, in: folder) }
        return outcome([row(result, basics: basics)], meeting: meeting, basics: basics, request: request)
    }

    static func row(_ result: ScanUpload.Result, basics: PageBasics) -> Row {
        let labels = basics.labels
        var row = Row(photo: result.photo)
        if let refusal = result.refusal {
            let problem = basics.problem(refusal.diagnostic(photo: result.photo))
            row.message = problem.message
            row.hint = problem.hint
            row.token = result.waiting ?? ""
            if case let .path(earlier)? = refusal.arguments["folder"] {
                row.earlier = href(ofScanned: earlier) ?? ""
            }
            return row
        }
        guard let record = result.record else { return row }
        let base = "/meetings/\(percentEncoded(record.meeting))/scans/\(percentEncoded(record.name))"
        let meeting = basics.snapshot.workshop?.meeting(named: record.meeting)?.title.value ?? record.meeting
        row.kind = name(of: record, basics: basics)
        row.facts = [
            meeting, labels("scan_page_number", ["n": String(record.page)]),
            labels("scan_fields_inked", ["n": String(record.inked.count), "of": String(record.fields.count)]),
        ].joined(separator: " · ")
        row.page = "\(base)/page.png"
        row.pageAlt = labels("scan_page_alt", ["photo": result.photo])
        row.href = base
        if result.persona != nil { row.persona = labels("scan_persona_made") }
        return row
    }

    static func outcome(_ rows: [Row], meeting: Meeting, basics: PageBasics, request: Request) -> Response {
        let labels = basics.labels
        let recognised = rows.filter { $0.message.isEmpty }, refused = rows.filter { !$0.message.isEmpty }
        let content = Outcome(
            meeting: meeting.title.value, meetingHref: "/meetings/\(percentEncoded(meeting.id))", scansHref: path(meeting.id),
            summary: labels("scan_recognised_count", ["n": String(recognised.count), "of": String(rows.count)]),
            recognised: recognised, hasRecognised: !recognised.isEmpty, refused: refused, hasRefused: !refused.isEmpty,
            replaceAction: "\(path(meeting.id))/replace")
        return basics.page(
            "scan-result", title: "\(labels("scan_result_title")) · \(meeting.title.value)", path: path(meeting.id),
            content: content, request: request)
    }

    /// The sending page again (`SameForm`) after photos too large together, a form opened before
    /// the workbench restarted or a scan that failed; none when the meeting is gone. A browser never
    /// fills a file input again, so the problem asks for the photos once more.
    static let sameForms = ["meetings/:/scans", "meetings/:/scans/replace"].map { path in
        SameForm(path) { refill, ids, request, workbench in
            let (basics, workshop, _) = try PageBasics.opening(request, workbench: workbench)
            guard let meeting = workshop.meetings.first(where: { $0.id == ids[0] }) else { return nil }
            let labels = basics.labels
            let problem =
                refill.status == .contentTooLarge
                ? labels("scan_too_large", ["all": String(ScanUpload.requestBytes >> 20)]) : refill.notice
            return try upload(basics, meeting: meeting, problem: problem, status: refill.status, request: request)
        }
    }
}
