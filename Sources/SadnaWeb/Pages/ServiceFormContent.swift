import SadnaKit

/// What `service-form.mustache` shows: a service page's form on the programme's sketch, with the
/// writing workshop's review beside each field.
extension ServicePages {
    struct Form {
        var action: String
        var version: String
        var fileName: String
        var heading: String
        /// Where the page's script asks for the review as the drafter types.
        var reviewURL: String
        var facts: [Field]
        var statusLabel: String
        var statuses: [Choice]
        /// What the backlog says of the status, when the page says none.
        var statusHint: String
        var name: Field
        var what: Field
        var forWhom: Field
        var howLabel: String
        /// The handwriting of a part of a photographed sketch, above the inputs it is typed into.
        var howCrop: ScanFormPage.Crop?
        var howFindings: [ReviewItem]
        var ways: [Way]
        var wayCount: Int
        var documents: Field
        var digitalForm: Field
        var contactLabel: String
        var contactCrop: ScanFormPage.Crop?
        var contact: [Field]
        var helpLabel: String
        var helpCrop: ScanFormPage.Crop?
        var help: [Field]
        var questionsLabel: String
        var questionsCrop: ScanFormPage.Crop?
        var questions: [Question]
        var questionCount: Int
        var reviewCount: String
        var review: [ReviewItem]
        var hasReview: Bool
        var errors: [PageProblem]
        var hasErrors: Bool
        var saved: Bool
        /// The values the form was opened with (`FieldMerge.carry` of `ServicePageForm.inputs`).
        var loaded: String
        /// Why a save came back (nothing saved), and its error summary.
        var refill: FormProblems
        var preview: String
        var pdf: String
        var reviewPDF: String
        var markdown: String
        var html: String
        /// The page as HTML for the council's website editor, to copy.
        var fragment: String
    }

    /// A field of the form (`service-field.mustache`); its kind says which input it is.
    struct Field {
        enum Kind { case short, long, date, url, tel, email }

        var input: String
        var id: String
        var label: String
        var value: String
        var hint: String
        var ltr: Bool
        var findings: [ReviewItem]
        var flagged: Bool
        /// A text area's height.
        var rows: Int
        var short = false
        var long = false
        var date = false
        var url = false
        var tel = false
        var email = false
        /// Why a save came back, beside the field; and its and the hint's ids, for `aria-describedby`.
        var message: String
        var invalid: Bool
        var describedBy: String
        /// The handwriting of the part of a photographed sketch the field is typed from, beside it.
        var crop: ScanFormPage.Crop?

        init(
            input: String, label: String, value: String, kind: Kind, hint: String, ltr: Bool, findings: [ReviewItem],
            message: String = "", crop: ScanFormPage.Crop? = nil
        ) {
            self.message = message
            self.crop = crop
            invalid = !message.isEmpty
            describedBy = [message.isEmpty ? "" : "field-\(input)-message", hint.isEmpty ? "" : "field-\(input)-hint"]
                .filter { !$0.isEmpty }.joined(separator: " ")
            self.input = input
            id = "field-\(input)"
            self.label = label
            self.value = value
            self.hint = hint
            self.ltr = ltr
            self.findings = findings
            flagged = !findings.isEmpty
            rows = ServicePages.rows(value)
            switch kind {
            case .short: short = true
            case .long: long = true
            case .date: date = true
            case .url: url = true
            case .tel: tel = true
            case .email: email = true
            }
        }
    }

    /// A way to get the service (a channel, its address, its steps); the last one is blank, to add one.
    struct Way {
        var index: Int
        var isNew: Bool
        var legend: String
        var channelLabel: String
        var addressLabel: String
        var stepsLabel: String
        var channels: [Choice]
        var address: String
        var steps: String
        var rows: Int
        var channelFindings: [ReviewItem]
        var addressFindings: [ReviewItem]
        var stepsFindings: [ReviewItem]
        /// The buttons' actions (`move:how:2:1`), none where the way cannot move.
        var earlier: String
        var later: String
        var remove: String
        var earlierLabel: String
        var laterLabel: String
        var removeLabel: String
    }

    /// A question and its answer; the last one is blank, to add one.
    struct Question {
        var index: Int
        var isNew: Bool
        var legend: String
        var question: String
        var answer: String
        var questionLabel: String
        var answerLabel: String
        var questionFindings: [ReviewItem]
        var answerFindings: [ReviewItem]
        var earlier: String
        var later: String
        var remove: String
        var earlierLabel: String
        var laterLabel: String
        var removeLabel: String
    }

    /// A finding of the review as the page shows it (`review-item.mustache`) and as the live
    /// review sends it to the page's script (JSON).
    struct ReviewItem: Encodable {
        var text: String
        var error: Bool
        var warning: Bool
        var input: String
        var rule: String
        /// The words found and what to put instead, where the review knows.
        var replace: Replacement?

        struct Replacement: Encodable {
            var line: Int
            var column: Int
            var found: String
            var with: String
            var label: String
        }
    }

    /// The live review's answer: its summary line and its findings.
    struct ReviewAnswer: Encodable {
        var summary: String
        var count: Int
        var findings: [ReviewItem]
    }
}
