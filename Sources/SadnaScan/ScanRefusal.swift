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
    /// What exactly was found: a `phrase.scan.…` entry of Templates/messages.yaml.
    public var detail: MessageID
    /// The values `detail` says (a folder, a size).
    public var arguments: MessageArguments

    public init(_ reason: Reason, _ detail: MessageID, _ arguments: MessageArguments = [:]) {
        self.reason = reason
        self.detail = detail
        self.arguments = arguments
    }

    public var rule: String { "scan.\(reason.rawValue)" }

    /// The reason's message: "PHOTO was not scanned: DETAIL", and what to do about it.
    var id: MessageID {
        switch reason {
        case .unreadable: .scanUnreadable
        case .noMarks: .scanNoMarks
        case .partlyOutOfFrame: .scanOutOfFrame
        case .tooTilted: .scanTilted
        case .tooBlurred: .scanBlurred
        case .tooDark: .scanDark
        case .foreignForm: .scanForeignForm
        case .formChanged: .scanFormChanged
        case .alreadyScanned: .scanAlreadyScanned
        }
    }

    /// As a diagnostic located at the photo.
    public func diagnostic(photo: String) -> Diagnostic {
        // The option a command line's hint names (a page says it in words of its own).
        let option = reason == .alreadyScanned ? "--replace" : "--workshop"
        return .error(
            id, ["photo": .path(photo), "detail": .phrase(detail, arguments), "option": .code(option)], at: .startOf(photo))
    }
}
