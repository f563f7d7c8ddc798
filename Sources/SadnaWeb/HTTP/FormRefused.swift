import Hummingbird

/// A post the workbench could not take, with everything the person typed in it, so that the
/// answer is the same form again (or, for a form the workbench cannot draw again, the typed values
/// to send once more) and nothing typed is lost: a form opened before the workbench restarted
/// (its token is stale), a file too large to keep, a save that failed.
struct FormRefused: Error {
    enum Reason {
        /// The form's token is not this session's: the workbench restarted, or the page is old.
        case stale
        /// A file (or a text) was larger than the workbench keeps; named in `form.dropped`.
        case tooLarge
        /// The post was larger than anything the workbench reads: refused before its body was
        /// read, so nothing typed came (the form is drawn from the file, `FormRefill.unread`).
        case unread
        /// The save failed (a full disk, an unexpected error).
        case failed(any Error)
    }

    var form: PostedForm
    var reason: Reason

    var status: HTTPResponse.Status {
        switch reason {
        case .stale: .forbidden
        case .tooLarge, .unread: .contentTooLarge
        case let .failed(error as HTTPError): error.status
        case let .failed(error as any HTTPResponseError): error.status
        case .failed: .internalServerError
        }
    }

    /// The error page's words for it (`error_…` in `labels.yaml`), when it has its own.
    var message: String? {
        switch reason {
        case .stale: "form-expired"
        case .tooLarge, .unread: "too-large"
        case let .failed(error as HTTPError): error.body
        case .failed: nil
        }
    }

    /// Whether a handler's error is one the person's typed values should survive: a failure of
    /// the workbench or of the disk, a file too large or refused; not a page's own answers (a
    /// conflict, a refused print, a page that is not there).
    static func recovers(_ error: any Error) -> Bool {
        switch error {
        case is EditConflict, is PrintRefusal, is MisdirectedRequest, is FormRefused: false
        case let error as HTTPError: recovers(error.status)
        case let error as any HTTPResponseError: recovers(error.status)
        default: true
        }
    }

    private static func recovers(_ status: HTTPResponse.Status) -> Bool {
        status.code >= 500 || status == .contentTooLarge || status == .unprocessableContent
    }
}
