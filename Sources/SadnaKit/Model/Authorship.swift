/// Who made a persona, journey or service page (`author:`, `department:`): what a homework
/// assignment counts, and what a persona pool picks by.
public struct Authorship: Sendable {
    /// A participant's name, as in participants.yaml.
    public var author: Located<String>?
    public var department: Located<String>?

    public init(author: Located<String>? = nil, department: Located<String>? = nil) {
        self.author = author
        self.department = department
    }

    /// The keys a file gives it under.
    static let keys = ["author", "department"]

    /// Whether `person` made it: named its author.
    public func isBy(_ person: String) -> Bool { author?.value == person }

    /// Whether it is `department`'s: said so, or made by one of its people.
    public func isFrom(_ department: String, in workshop: Workshop) -> Bool {
        if let own = self.department?.value { return own == department }
        return author.flatMap { workshop.participant(named: $0.value) }?.department?.value == department
    }
}

extension MappingReader {
    /// `author:` and `department:` of a persona, journey or service page.
    var authorship: Authorship {
        Authorship(author: text("author"), department: text("department"))
    }
}
