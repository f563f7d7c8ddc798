import SadnaKit

/// Why a photo was not scanned: said in plain words, with what to do, and a stable rule id.
public struct ScanRefusal: Error, Sendable, Hashable {
    public enum Reason: String, Sendable, Hashable {
        /// Not a photo Sadna can open.
        case unreadable
        /// No Sadna marks in the photo.
        case noMarks = "no-marks"
        /// Some of the page's corner marks are missing: the page is partly out of frame or covered.
        case partlyOutOfFrame = "out-of-frame"
        /// The page is photographed too far or too slanted to straighten.
        case tooTilted = "tilted"
        case tooBlurred = "blurred"
        case tooDark = "dark"
        /// The marks are another programme's.
        case foreignForm = "foreign-form"
        /// The form was laid out differently when it was printed (the template or the data changed).
        case formChanged = "form-changed"
        /// This page was scanned before.
        case alreadyScanned = "already-scanned"
    }

    public var reason: Reason
    /// What exactly was found, in plain words.
    public var detail: String

    public init(_ reason: Reason, detail: String) {
        self.reason = reason
        self.detail = detail
    }

    public var rule: String { "scan.\(reason.rawValue)" }

    /// What to do about it.
    public var hint: String {
        switch reason {
        case .unreadable: "send the photo as JPEG, PNG or HEIC, as the phone's camera saved it"
        case .noMarks:
            "photograph a form Sadna printed (it has a small QR code in each corner), the whole page in the frame"
        case .partlyOutOfFrame: "take the photo again with the whole page in the frame and nothing over its corners"
        case .tooTilted: "hold the phone above the page, parallel to it, so that the page fills most of the frame"
        case .tooBlurred: "hold the phone still (or rest it) and let it focus before taking the photo again"
        case .tooDark: "take the photo again in more light, without the phone's shadow on the page"
        case .foreignForm: "scan it into the workshop it was printed from (--workshop), or print this workshop's form"
        case .formChanged:
            "the form was printed before the workshop's data or Sadna's templates changed; print the form again, or type this one in"
        case .alreadyScanned: "add --replace to put this photo in place of the earlier one"
        }
    }

    /// As a diagnostic located at the photo.
    public func diagnostic(photo: String) -> Diagnostic {
        .error("\(photo) was not scanned: \(detail)", at: .startOf(photo), hint: hint, rule: rule)
    }
}
