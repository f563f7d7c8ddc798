/// A form filled by hand at a meeting and photographed, as its meeting file names it under
/// `scanned:`: the form's folder under `scans/MEETING/` (`minutes-blank`, `service-sketch-1`) and
/// each written field's crop, a path in the workshop, so that a text editor shows it too.
///
/// ```yaml
/// scanned:
///   minutes-blank:
///     page: scans/3/minutes-blank/page.png
///     present: scans/3/minutes-blank/present.png
///     action-1-what: scans/3/minutes-blank/action-1-what.png
/// ```
public struct MeetingScan: Sendable {
    public struct Crop: Sendable {
        /// The field's name on the form (`page` for the whole straightened page).
        public var field: String
        public var path: Located<String>

        public init(field: String, path: Located<String>) {
            self.field = field
            self.path = path
        }
    }

    public var form: Located<String>
    public var crops: [Crop]

    public init(form: Located<String>, crops: [Crop]) {
        self.form = form
        self.crops = crops
    }
}
