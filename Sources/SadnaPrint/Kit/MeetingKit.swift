import SadnaKit

/// Everything a facilitator prints for one meeting: its parts in print order, grouped into one
/// file per paper size, the copies already multiplied.
public struct MeetingKit {
    /// One printable of the kit, one copy of it.
    public struct Part {
        public var title: String
        /// What it is for: the agenda row it serves, with its time.
        public var purpose: String?
        public var pages: [Page]
        public var copies: Int
        /// How the printer turns the sheet, for two-sided parts.
        public var duplex: DuplexFlip?
        /// Sheets of cards to cut.
        public var cut: Bool
        public var paper: String

        /// "A4", "A3": the file the part goes in.
        var fileKey: String { Paper(matching: pages.first?.size ?? Paper.a4.size)?.format.rawValue ?? "A4" }
    }

    /// One PDF of the kit.
    public struct File {
        public var name: String
        public var paper: String
        /// The cover and print list, at the start of the first file only.
        public var opening: [Page]
        /// How many pages the opening takes (known before it is drawn, for the print list).
        public var openingCount = 0
        public var parts: [Part]

        public init(name: String, paper: String, opening: [Page], parts: [Part]) {
            self.name = name
            self.paper = paper
            self.opening = opening
            self.parts = parts
        }

        /// Every page in print order, copies multiplied: a part's copies share their content,
        /// which a PDF holds once.
        public var pages: [Page] {
            opening
                + parts.flatMap { part in
                    let pages = part.copies > 1 ? part.pages.map(\.shared) : part.pages
                    return (0..<part.copies).flatMap { _ in pages }
                }
        }

        public var pageCount: Int { openingCount + parts.reduce(0) { $0 + $1.pages.count * $1.copies } }

        /// A bookmark for each part, at its first page.
        public var bookmarks: [Bookmark] {
            var marks: [Bookmark] = []
            var page = openingCount
            for part in parts {
                marks.append(Bookmark(title: part.title, page: page))
                page += part.pages.count * part.copies
            }
            return marks
        }
    }

    public var meeting: Meeting
    public var files: [File]
}
