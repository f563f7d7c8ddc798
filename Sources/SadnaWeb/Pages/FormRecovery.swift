import Hummingbird

/// The answer to a post the workbench could not take (`FormRefused`): the same form again, with
/// everything typed, when the workbench can draw it (a persona's); else the error page with the
/// typed values in it, to send once more.
enum FormRecovery {
    static func respond(_ refused: FormRefused, request: Request, workbench: Workbench) throws -> Response {
        if let response = try PersonaPages.recover(refused, request: request, workbench: workbench) { return response }
        if let response = try FacilitatorRecovery.recover(refused, request: request, workbench: workbench) { return response }
        if let response = try ScanPages.recover(refused, request: request, workbench: workbench) { return response }
        var response = workbench.errorPage(
            status: refused.status, message: refused.message, resend: refused.form, request: request)
        if refused.status == .contentTooLarge { response.headers[.connection] = "close" }
        return response
    }
}
