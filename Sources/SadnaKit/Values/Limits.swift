/// The bounds on the work one input can make Sadna do. Each is named here, documented in the
/// README, and named in the error that stops a run at it.
public enum Limits {
    /// A YAML file of a workshop or of Sadna's templates. The whole Emek programme's largest is
    /// under 20 KB.
    public static let yamlFileBytes = 4 * 1024 * 1024
    /// Values in one YAML file, counting every value a `*name` reference repeats: the shipped
    /// files hold a few hundred; a few lines of nested aliases could otherwise make billions.
    public static let yamlNodes = 100_000
    /// A persona's photo file.
    public static let photoFileBytes = 32 * 1024 * 1024
    /// Pixels of a persona's photo as stored, PNG or JPEG, read from its header before anything is
    /// decoded: a 48-megapixel phone photo passes, a file that only claims to be huge does not.
    public static let photoPixels = 50_000_000
    /// Pixels on either side of a persona's photo, from its header: every camera's photo fits,
    /// and a 32,768 × 4 JPEG of 3 KB (Cairo's images stop at 32,767) is refused.
    public static let photoLongestSide = 12_000
    /// The longest side a photo is kept at once read: far more than a 35 mm circle needs at 300 dpi.
    public static let photoSide = 1_600
    /// Copies of one item of a meeting's print plan: a council's largest meeting is a few hundred people.
    public static let copies = 1_000
    /// Pages in one file of a kit (ten reams of paper).
    public static let kitFilePages = 5_000
    /// A spreadsheet to import.
    public static let spreadsheetBytes = 32 * 1024 * 1024
    /// Rows of a spreadsheet to import, its header not counted: a council's whole staff, many
    /// times over; 5,000 persona rows import in about a second.
    public static let spreadsheetRows = 20_000
    /// Characters in one cell of a spreadsheet to import: a persona's longest field fills a few
    /// hundred, and a printed card holds a few thousand at most.
    public static let spreadsheetCellCharacters = 10_000

    /// "4 MB", "870 KB".
    public static func describe(bytes: Int) -> String {
        if bytes >= 1024 * 1024 { return "\((bytes + 512 * 1024) / (1024 * 1024)) MB" }
        if bytes >= 1024 { return "\((bytes + 512) / 1024) KB" }
        return "\(bytes) bytes"
    }
}
