/// A finding of `sadna check` as a page lists it: its words, its hint, where it is, and a link
/// to the field it concerns when the workbench edits that file.
struct PageProblem {
    var message: String
    var hint: String
    var error: Bool
    var warning: Bool
    /// `file:line`, small, for those who want it.
    var place: String = ""
    var href: String = ""
    /// Its element's id beside a field, which the field names in `aria-describedby`.
    var id: String = ""
}
