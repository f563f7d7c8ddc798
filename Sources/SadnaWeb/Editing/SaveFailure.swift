import Foundation
import Hummingbird
import SadnaKit

/// A save the system refused, as the error page says it: a full disk, a folder Sadna may not
/// write in, a folder on a read-only disk each have their own words in the page's language
/// (`error_disk_full`, ...), with what to do; anything else is "something went wrong".
enum SaveFailure {
    static func error(_ failure: OutputError) -> HTTPError {
        HTTPError(.internalServerError, message: message(for: failure.code) ?? failure.description)
    }

    /// The error page's words for a system error number, when it has some.
    static func message(for code: Int32?) -> String? {
        switch code {
        case ENOSPC?, EDQUOT?: "disk-full"
        case EACCES?, EPERM?: "permission-denied"
        case EROFS?: "read-only"
        default: nil
        }
    }
}
