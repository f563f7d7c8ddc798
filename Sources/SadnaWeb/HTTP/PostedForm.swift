import Hummingbird
import NIOCore

/// What a form posted, whichever way the browser sent it: its fields in order (a list field may
/// repeat its name) and, from a `multipart/form-data` form, its files.
struct PostedForm: Sendable {
    var fields: [(name: String, value: String)] = []
    var files: [UploadedPart] = []
    /// The names of the inputs whose file (or text) was too large to keep (`Workbench.uploadLimit`).
    var dropped: [String] = []

    subscript(_ name: String) -> String? { fields.first { $0.name == name }?.value }
    func all(_ name: String) -> [String] { fields.filter { $0.name == name }.map(\.value) }
    /// A chosen file (an empty file input sends a part with no name and no bytes).
    func file(_ name: String) -> UploadedPart? {
        files.first { $0.name == name && !($0.filename ?? "").isEmpty && $0.body.readableBytes > 0 }
    }
}

extension Request {
    /// The form this request posts, at most `limit` bytes of it (413 beyond). With a
    /// `partLimit`, a multipart part larger than it is read but not kept, and named in `dropped`.
    mutating func postedForm(limit: Int, partLimit: Int? = nil) async throws -> PostedForm {
        switch mediaType {
        case "multipart/form-data":
            let form = try await multipartForm(limit: limit, partLimit: partLimit)
            var posted = PostedForm()
            for part in form.parts {
                if part.dropped {
                    posted.dropped.append(part.name)
                } else if part.filename == nil {
                    posted.fields.append((part.name, part.text))
                } else {
                    posted.files.append(part)
                }
            }
            return posted
        default:
            let form = try await formFields(limit: min(limit, BodyLimits.form))
            return PostedForm(fields: form.pairs.map { (name: $0.0, value: $0.1) })
        }
    }
}
