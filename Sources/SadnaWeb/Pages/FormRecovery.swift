import Hummingbird

/// The answer to a post the workbench could not take (`FormRefused`): the same form again, with
/// everything typed, drawn by the `SameForm` of the route it posted to; for a form no page draws
/// again, the error page with the typed values in it, to send once more.
enum FormRecovery {
    /// Every form the workbench draws again, by the route it posts to. A page's forms are listed
    /// here once (`…Pages.sameForms`).
    static let forms: [SameForm] =
        PersonaPages.sameForms + JourneyPages.sameForms + ServicePages.sameForms + TaskCardPages.sameForms
        + DeletePage.sameForms + ImportPage.sameForms + BinPage.sameForms + FacilitatorForms.sameForms
        + ScanPages.sameForms + ParticipantImportPage.sameForms + ScanFormPage.sameForms

    static func respond(_ refused: FormRefused, request: Request, workbench: Workbench) throws -> Response {
        var response =
            try redrawn(refused, request: request, workbench: workbench)
            ?? workbench.errorPage(status: refused.status, message: refused.message, resend: refused.form, request: request)
        if refused.status == .contentTooLarge { response.headers[.connection] = "close" }
        return response
    }

    /// The form the refused post came from, drawn again; nil when no page draws it.
    static func redrawn(_ refused: FormRefused, request: Request, workbench: Workbench) throws -> Response? {
        let path = request.uri.path
        let matching = forms.compactMap { form in form.ids(of: path).map { (form, $0) } }
        guard !matching.isEmpty else { return nil }
        let basics = try PageBasics(workbench: workbench, snapshot: workbench.snapshot(), request: request)
        let refill = FormRefill(refused, labels: basics.labels)
        for (form, ids) in matching {
            if let page = try form.redraw(refill, ids, request, workbench) { return page }
        }
        return nil
    }
}
