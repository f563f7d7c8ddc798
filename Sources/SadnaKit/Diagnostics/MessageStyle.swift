/// Where a message is read, which decides how a key and a command are shown: a terminal names a
/// key as the YAML file writes it (`` `title` ``), a page names the field by its label and says
/// what to do in the browser (an entry's `page-hint`) rather than on the command line.
public struct MessageStyle: Sendable {
    /// The label of a field (`title`) on the page, in the page's language; nil when it has none.
    public var fieldLabel: @Sendable (String, Language) -> String?
    public var isPage: Bool

    /// The command line's form: keys and things to type between backticks.
    public static let terminal = MessageStyle(fieldLabel: { _, _ in nil }, isPage: false)

    /// A page's form: fields by their label, no backticks, the browser's hint.
    public static func page(fieldLabel: @escaping @Sendable (String, Language) -> String?) -> MessageStyle {
        MessageStyle(fieldLabel: fieldLabel, isPage: true)
    }
}
