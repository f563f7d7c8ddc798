import SadnaKit

/// Joins the PDFs Cairo wrote for consecutive parts of one document into one PDF, part by part
/// as they come, so that parts can be drawn side by side (``PartedPDF``): Cairo's PDF surface
/// draws on one thread, and drawing (`cairo_show_page`) is two fifths of the work on 1,000 cards.
///
/// Every part's objects are renumbered after the previous part's; the parts' page trees become
/// one, their catalogs are dropped, and the first part's information dictionary is kept. Each
/// part embeds the subsets of the fonts it used, so a document in eight parts carries its fonts
/// eight times, a few dozen kilobytes each. Bookmarks are written here, once every page is known.
struct PDFJoin {
    /// A part Cairo wrote that is not as this expects; never the user's doing.
    enum Failure: Error, CustomStringConvertible {
        case unexpected(String)

        var description: String {
            switch self {
            case let .unexpected(what): "the PDF's parts could not be joined: \(what)"
            }
        }
    }

    /// Where the joined bytes go, as they are made.
    private let sink: ([UInt8]) throws -> Void
    private var written = 0
    /// Each object's offset, by its number; object 1 is the page tree, written last.
    private var offsets: [Int] = [0, 0]
    private var pages: [Int] = []
    private var information: Int?

    init(sink: @escaping ([UInt8]) throws -> Void) {
        self.sink = sink
    }

    /// The pages joined so far.
    var pageCount: Int { pages.count }

    /// Appends a part's objects.
    mutating func add(_ part: [UInt8]) throws {
        let pdf = try CairoPDF(part)
        var output: [UInt8] = []
        output.reserveCapacity(part.count)
        if written == 0 { output.append(contentsOf: part[0..<pdf.headerEnd]) }
        // The part's page tree becomes the joined one; its catalog, and the information of any
        // part but the first, are left out; every other object is numbered after those before.
        var numbers: [Int: Int] = [pdf.pageTree: 1]
        var next = offsets.count
        for (number, _) in pdf.objects.sorted(by: { $0.number < $1.number }) where number != pdf.pageTree {
            guard number != pdf.catalog, number != pdf.information || information == nil else { continue }
            numbers[number] = next
            next += 1
        }
        offsets += Array(repeating: 0, count: next - offsets.count)
        let renumber = { (old: Int) throws(Failure) -> Int in
            guard let new = numbers[old] else { throw Failure.unexpected("a reference to object \(old), which is not there") }
            return new
        }
        for (number, range) in pdf.objects where number != pdf.pageTree {
            guard let new = numbers[number] else { continue }
            offsets[new] = written + output.count
            try pdf.append(range, as: new, renumber: renumber, to: &output)
        }
        if information == nil, let info = pdf.information { information = numbers[info] }
        pages += try pdf.pages.map(renumber)
        try write(output)
    }

    /// Writes the page tree, the bookmarks, the catalog and the cross-reference table.
    mutating func finish(bookmarks: [Bookmark]) throws {
        var output: [UInt8] = []
        func object(_ number: Int, _ body: String) {
            offsets[number] = written + output.count
            output.append(contentsOf: "\(number) 0 obj\n\(body)\nendobj\n".utf8)
        }
        object(
            1, "<< /Type /Pages\n   /Kids [ \(pages.map { "\($0) 0 R" }.joined(separator: " ")) ]\n   /Count \(pages.count)\n>>")
        let outline = PDFOutline(bookmarks.filter { $0.page < pages.count }, firstNumber: offsets.count)
        offsets += Array(repeating: 0, count: outline.objectCount)
        for (number, body) in outline.objects(pages: pages) { object(number, body) }
        let catalog = offsets.count
        offsets.append(0)
        object(catalog, "<< /Type /Catalog\n   /Pages 1 0 R\n" + (outline.root.map { "   /Outlines \($0) 0 R\n" } ?? "") + ">>")
        let table = written + output.count
        output.append(contentsOf: "xref\n0 \(offsets.count)\n0000000000 65535 f \n".utf8)
        for offset in offsets.dropFirst() { output.append(contentsOf: (offset.zeroPadded(10) + " 00000 n \n").utf8) }
        output.append(contentsOf: "trailer\n<< /Size \(offsets.count)\n   /Root \(catalog) 0 R\n".utf8)
        if let information { output.append(contentsOf: "   /Info \(information) 0 R\n".utf8) }
        output.append(contentsOf: ">>\nstartxref\n\(table)\n%%EOF\n".utf8)
        try write(output)
    }

    private mutating func write(_ bytes: [UInt8]) throws {
        try sink(bytes)
        written += bytes.count
    }
}

/// A PDF's bookmarks as outline items: a tree by their levels, every item open, each going to
/// the top of its page.
struct PDFOutline {
    private let bookmarks: [Bookmark]
    private let firstNumber: Int
    /// Each bookmark's parent, by index (nil: the outline's root).
    private let parents: [Int?]
    /// The items under the root, and under each item.
    private let topLevel: [Int]
    private let children: [[Int]]

    init(_ bookmarks: [Bookmark], firstNumber: Int) {
        self.bookmarks = bookmarks
        self.firstNumber = firstNumber
        var open: [Int] = []
        var parents: [Int?] = [], topLevel: [Int] = [], children = Array(repeating: [Int](), count: bookmarks.count)
        for (index, bookmark) in bookmarks.enumerated() {
            open.removeLast(open.count - min(bookmark.level, open.count))
            parents.append(open.last)
            if let parent = open.last { children[parent].append(index) } else { topLevel.append(index) }
            open.append(index)
        }
        self.parents = parents
        self.topLevel = topLevel
        self.children = children
    }

    /// The outline's objects: its root and one per bookmark; none without bookmarks.
    var objectCount: Int { bookmarks.isEmpty ? 0 : bookmarks.count + 1 }
    var root: Int? { bookmarks.isEmpty ? nil : firstNumber }

    /// Each object's number and dictionary; `pages` are the page objects in order.
    func objects(pages: [Int]) -> [(Int, String)] {
        guard let root else { return [] }
        func number(_ item: Int) -> Int { firstNumber + 1 + item }
        func below(_ parent: Int?) -> [Int] { parent.map { children[$0] } ?? topLevel }
        // Every item is open, so each counts all the items below it.
        func descendants(_ item: Int) -> Int { children[item].reduce(0) { $0 + 1 + descendants($1) } }
        func ends(_ parent: Int?) -> String {
            let items = below(parent)
            guard let first = items.first, let last = items.last else { return "" }
            let count = parent.map(descendants) ?? bookmarks.count
            return "   /First \(number(first)) 0 R\n   /Last \(number(last)) 0 R\n   /Count \(count)\n"
        }
        var objects = [(root, "<< /Type /Outlines\n" + ends(nil) + ">>")]
        for (item, bookmark) in bookmarks.enumerated() {
            let siblings = below(parents[item])
            let place = siblings.firstIndex(of: item)!
            var body = "<< /Title " + Self.text(bookmark.title) + "\n   /Parent \(parents[item].map(number) ?? root) 0 R\n"
            if place > 0 { body += "   /Prev \(number(siblings[place - 1])) 0 R\n" }
            if place + 1 < siblings.count { body += "   /Next \(number(siblings[place + 1])) 0 R\n" }
            body += ends(item) + "   /Dest [\(pages[bookmark.page]) 0 R /XYZ null null 0]\n>>"
            objects.append((number(item), body))
        }
        return objects
    }

    /// A text string as PDF writes any text: UTF-16, big-endian, after a byte-order mark, in hex.
    static func text(_ string: String) -> String {
        "<FEFF" + string.utf16.map { $0.zeroPadded(4, radix: 16) }.joined() + ">"
    }
}
