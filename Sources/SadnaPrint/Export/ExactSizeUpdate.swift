/// An incremental update that asks the print dialog to print a PDF at its exact size: the
/// catalog written again with `/ViewerPreferences << /PrintScaling /None >>`, for sticker
/// sheets, cards, tiles and the calibration sheet, which land on their labels and cut lines only
/// at 100 %. Cairo cannot write viewer preferences, so the update is appended to what it wrote
/// (PDF's own way of changing a finished file: a new version of the object, a cross-reference
/// section for it, and a trailer pointing back at the previous one).
///
/// The PDF streams out as it is drawn; this keeps only its tail, where Cairo (and ``PDFJoin``)
/// write the catalog, the cross-reference table and the trailer, so memory stays flat.
struct ExactSizeUpdate {
    /// The most of a PDF's end that is kept: the catalog, its cross-reference table and trailer.
    static let tailLength = 256 * 1024
    private var tail: [UInt8] = []
    /// How many bytes the PDF has had so far.
    private(set) var written = 0

    /// Notes bytes as they are written.
    mutating func record(_ bytes: UnsafeRawBufferPointer) {
        written += bytes.count
        if bytes.count >= Self.tailLength {
            tail = Array(bytes.suffix(Self.tailLength))
            return
        }
        tail.append(contentsOf: bytes)
        if tail.count > 2 * Self.tailLength { tail.removeFirst(tail.count - Self.tailLength) }
    }

    /// The bytes to append, read from the PDF's tail: the catalog again with the preference, a
    /// cross-reference section of that one object, and a trailer whose `/Prev` is the last table.
    func update() throws(PDFJoin.Failure) -> [UInt8] {
        let start = written - tail.count
        let text = tail
        guard let startxref = Self.lastRange(of: "startxref", in: text) else { throw .unexpected("no startxref at the end") }
        var tokens = PDFTokens(text, from: startxref.upperBound)
        guard let previous = tokens.integer() else { throw .unexpected("no offset after startxref") }
        guard let trailerAt = Self.lastRange(of: "trailer", in: text) else { throw .unexpected("no trailer") }
        var trailerTokens = PDFTokens(text, from: trailerAt.upperBound)
        let trailer = trailerTokens.dictionary()
        guard let root = trailer["Root"] else { throw .unexpected("a trailer without a catalog") }
        let size = Self.integer(after: "/Size", in: text, from: trailerAt.upperBound) ?? 0
        guard let header = Self.lastRange(of: "\n\(root) 0 obj", in: text),
            let end = Self.firstRange(of: "endobj", in: text, from: header.upperBound)
        else { throw .unexpected("the catalog is not near the end") }
        // The catalog's dictionary without its closing ">>", to which the preference is added.
        var body = Array(text[header.upperBound..<end.lowerBound])
        while let last = body.last, [9, 10, 13, 32].contains(last) { body.removeLast() }
        guard body.count >= 2, body[body.count - 1] == UInt8(ascii: ">"), body[body.count - 2] == UInt8(ascii: ">") else {
            throw .unexpected("the catalog is not a dictionary")
        }
        guard Self.firstRange(of: "/ViewerPreferences", in: body, from: 0) == nil else { return [] }
        body.removeLast(2)
        var out: [UInt8] = []
        let objectAt = start + text.count + 1  // after the newline that ends the file so far
        out.append(10)
        out.append(contentsOf: "\(root) 0 obj".utf8)
        out.append(contentsOf: body)
        out.append(contentsOf: "   /ViewerPreferences << /PrintScaling /None >>\n>>\nendobj\n".utf8)
        let table = start + text.count + out.count
        let offset = String(objectAt), padded = String(repeating: "0", count: max(0, 10 - offset.count)) + offset
        out.append(contentsOf: "xref\n\(root) 1\n\(padded) 00000 n \n".utf8)
        var entries = "trailer\n<< /Size \(max(size, root + 1))\n   /Root \(root) 0 R\n"
        if let info = trailer["Info"] { entries += "   /Info \(info) 0 R\n" }
        entries += "   /Prev \(previous)\n>>\nstartxref\n\(table)\n%%EOF\n"
        out.append(contentsOf: entries.utf8)
        return out
    }

    private static func lastRange(of word: String, in bytes: [UInt8]) -> Range<Int>? {
        let needle = Array(word.utf8)
        guard bytes.count >= needle.count else { return nil }
        var index = bytes.count - needle.count
        while index >= 0 {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) { return index..<(index + needle.count) }
            index -= 1
        }
        return nil
    }

    private static func firstRange(of word: String, in bytes: [UInt8], from: Int) -> Range<Int>? {
        let needle = Array(word.utf8)
        guard bytes.count >= needle.count, from <= bytes.count - needle.count else { return nil }
        for index in from...(bytes.count - needle.count)
        where bytes[index..<(index + needle.count)].elementsEqual(needle) {
            return index..<(index + needle.count)
        }
        return nil
    }

    private static func integer(after key: String, in bytes: [UInt8], from: Int) -> Int? {
        guard let found = firstRange(of: key, in: bytes, from: from) else { return nil }
        var tokens = PDFTokens(bytes, from: found.upperBound)
        return tokens.integer()
    }
}
