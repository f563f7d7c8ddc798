/// The bounds on the work one input can make Sadna do. Each is named here, documented in the
/// README, and named in the error that stops a run at it.
public enum Limits {
    /// A YAML file of a workshop or of Sadna's templates. The whole Emek programme's largest is
    /// under 20 KB.
    public static let yamlFileBytes = 4 * 1024 * 1024
    /// A persona's photo file.
    public static let photoFileBytes = 32 * 1024 * 1024
    /// A spreadsheet to import.
    public static let spreadsheetBytes = 32 * 1024 * 1024

    /// "4 MB", "870 KB".
    public static func describe(bytes: Int) -> String {
        if bytes >= 1024 * 1024 { return "\((bytes + 512 * 1024) / (1024 * 1024)) MB" }
        if bytes >= 1024 { return "\((bytes + 512) / 1024) KB" }
        return "\(bytes) bytes"
    }
}
