/// An option of a `<select>`: what it posts, what it says, and whether it is the one chosen.
struct Choice {
    var value: String
    var name: String
    var selected: Bool
}

/// A link in a page's list (a kit's file, a persona just imported).
struct PageLink {
    var href: String
    var name: String
}
