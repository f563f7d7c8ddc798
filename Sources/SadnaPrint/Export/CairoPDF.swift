/// A PDF as Cairo 1.16 writes it, read just far enough to move its objects into another PDF
/// (``PDFJoin``): where each object lies, the trailer's catalog and information dictionary, the
/// catalog's page tree and its pages, and the references inside an object.
///
/// Cairo writes a classic cross-reference table and no object streams, so every object is plain
/// text up to its stream's data, which is copied untouched.
struct CairoPDF {
    let bytes: [UInt8]
    /// The objects in the order they lie in the file: number and bytes (from "N 0 obj" to where
    /// the next object, or the cross-reference table, starts).
    private(set) var objects: [(number: Int, range: Range<Int>)] = []
    /// Where the first object starts: what comes before is the header.
    private(set) var headerEnd = 0
    private(set) var catalog = 0
    private(set) var information: Int?
    /// The page tree's root, and its pages in order.
    private(set) var pageTree = 0
    private(set) var pages: [Int] = []

    init(_ bytes: [UInt8]) throws(PDFJoin.Failure) {
        self.bytes = bytes
        let table = try crossReferenceTable()
        var tokens = PDFTokens(bytes, from: table)
        var offsets: [(number: Int, offset: Int)] = []
        guard tokens.word() == "xref" else { throw .unexpected("no cross-reference table where startxref points") }
        // Subsections of "first count" and then count entries of "offset generation n|f".
        while let first = tokens.integer() {
            guard let count = tokens.integer() else { throw .unexpected("a cross-reference subsection without a count") }
            for number in first..<(first + count) {
                guard let offset = tokens.integer(), tokens.integer() != nil, let use = tokens.word() else {
                    throw .unexpected("a short cross-reference table")
                }
                if use == "n" { offsets.append((number, offset)) }
            }
        }
        guard tokens.word() == "trailer" else { throw .unexpected("no trailer after the cross-reference table") }
        let trailer = tokens.dictionary()
        guard let root = trailer["Root"] else { throw .unexpected("a trailer without a catalog") }
        catalog = root
        information = trailer["Info"]
        offsets.sort { $0.offset < $1.offset }
        guard let start = offsets.first?.offset, offsets.allSatisfy({ $0.offset < table }) else {
            throw .unexpected("objects outside the file")
        }
        headerEnd = start
        for (index, entry) in offsets.enumerated() {
            let end = index + 1 < offsets.count ? offsets[index + 1].offset : table
            objects.append((entry.number, entry.offset..<end))
        }
        guard let tree = dictionary(of: catalog)["Pages"] else { throw .unexpected("a catalog without pages") }
        pageTree = tree
        pages = kids(of: tree)
    }

    /// The offset `startxref` names, near the file's end.
    private func crossReferenceTable() throws(PDFJoin.Failure) -> Int {
        let keyword = Array("startxref".utf8)
        var index = bytes.count - keyword.count
        let floor = max(0, bytes.count - 1024)
        while index >= floor, !bytes[index..<(index + keyword.count)].elementsEqual(keyword) { index -= 1 }
        var tokens = PDFTokens(bytes, from: index + keyword.count)
        guard index >= floor, let offset = tokens.integer(), offset < bytes.count else {
            throw .unexpected("no startxref at the end")
        }
        return offset
    }

    /// The bytes of object `number`.
    private func range(of number: Int) -> Range<Int>? {
        objects.first { $0.number == number }?.range
    }

    /// The references in object `number`'s dictionary, by key (empty when it is not there).
    private func dictionary(of number: Int) -> [String: Int] {
        guard let range = range(of: number) else { return [:] }
        var tokens = PDFTokens(bytes, from: range.lowerBound)
        _ = tokens.objectHeader()
        return tokens.dictionary()
    }

    /// The page objects under page tree node `number` (Cairo writes one flat node).
    private func kids(of number: Int) -> [Int] {
        guard let range = range(of: number) else { return [] }
        var tokens = PDFTokens(bytes, from: range.lowerBound)
        while let token = tokens.next(), tokens.index <= range.upperBound {
            guard token.isName("Kids") else { continue }
            return tokens.references()
        }
        return []
    }

    /// Object `range`'s bytes, numbered `number` and with every reference `a 0 R` made
    /// `renumber(a) 0 R`, appended to `output`. Its stream's data, after the dictionary, is copied as it is.
    func append(
        _ range: Range<Int>, as number: Int, renumber: (Int) throws(PDFJoin.Failure) -> Int,
        to output: inout [UInt8]
    ) throws(PDFJoin.Failure) {
        var tokens = PDFTokens(bytes, from: range.lowerBound)
        guard tokens.objectHeader() != nil else { throw .unexpected("an object without its header") }
        output.append(contentsOf: "\(number) 0 obj".utf8)
        var copied = tokens.index
        // The last two tokens, when they were whole numbers: `a b R` is a reference to a.
        var before: (Range<Int>, Int)?, last: (Range<Int>, Int)?
        while let token = tokens.next(), token.range.upperBound <= range.upperBound {
            if token.isWord("stream") || token.isWord("endobj") { break }
            if token.isWord("R"), let (target, old) = before, last != nil {
                output.append(contentsOf: bytes[copied..<target.lowerBound])
                output.append(contentsOf: String(try renumber(old)).utf8)
                copied = target.upperBound
            }
            before = last
            last = tokens.integer(of: token).map { (token.range, $0) }
        }
        output.append(contentsOf: bytes[copied..<range.upperBound])
    }
}

/// The tokens of a PDF's text from an offset: numbers and keywords, names, strings and
/// brackets; comments and white space skipped. Just what ``CairoPDF`` needs.
struct PDFTokens {
    struct Token {
        enum Kind { case word, name, string, open, close }
        var kind: Kind
        var range: Range<Int>
        fileprivate var bytes: [UInt8]

        func isWord(_ word: String) -> Bool { kind == .word && bytes[range].elementsEqual(word.utf8) }
        /// `/name`, compared without its slash.
        func isName(_ name: String) -> Bool { kind == .name && bytes[range].dropFirst().elementsEqual(name.utf8) }
    }

    private let bytes: [UInt8]
    private(set) var index: Int

    init(_ bytes: [UInt8], from index: Int) {
        self.bytes = bytes
        self.index = index
    }

    mutating func next() -> Token? {
        skipSpaceAndComments()
        guard index < bytes.count else { return nil }
        let start = index
        let byte = bytes[index]
        let kind: Token.Kind
        switch byte {
        case UInt8(ascii: "("):
            skipLiteralString()
            kind = .string
        case UInt8(ascii: "<") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "<"):
            index += 2
            kind = .open
        case UInt8(ascii: ">") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: ">"):
            index += 2
            kind = .close
        case UInt8(ascii: "<"):
            while index < bytes.count && bytes[index] != UInt8(ascii: ">") { index += 1 }
            index = min(bytes.count, index + 1)
            kind = .string
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            index += 1
            kind = .open
        case UInt8(ascii: "]"), UInt8(ascii: "}"):
            index += 1
            kind = .close
        case UInt8(ascii: "/"):
            index += 1
            skipRegular()
            kind = .name
        default:
            skipRegular()
            if index == start { index += 1 }  // a stray ")" or ">": one byte, so scanning goes on
            kind = .word
        }
        return Token(kind: kind, range: start..<index, bytes: bytes)
    }

    /// The next token as a whole number, or nil (having read it) when it is something else.
    mutating func integer() -> Int? {
        let saved = index
        guard let token = next(), let value = integer(of: token) else {
            index = saved
            return nil
        }
        return value
    }

    /// The next token's text when it is a keyword.
    mutating func word() -> String? {
        guard let token = next(), token.kind == .word else { return nil }
        return String(decoding: bytes[token.range], as: UTF8.self)
    }

    func integer(of token: Token) -> Int? {
        guard token.kind == .word, !token.range.isEmpty, token.range.count < 12 else { return nil }
        var value = 0
        for byte in bytes[token.range] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// Reads "N G obj" and returns N.
    mutating func objectHeader() -> Int? {
        guard let number = integer(), integer() != nil, word() == "obj" else { return nil }
        return number
    }

    /// The dictionary that starts here, read to its end: its keys whose values are references.
    mutating func dictionary() -> [String: Int] {
        guard let open = next(), open.kind == .open else { return [:] }
        var found: [String: Int] = [:]
        var depth = 1
        var key: String?, values: [Int] = []
        while depth > 0, let token = next() {
            switch token.kind {
            case .open: depth += 1
            case .close: depth -= 1
            case .name where depth == 1:
                key = String(decoding: bytes[token.range].dropFirst(), as: UTF8.self)
                values = []
            case .word:
                if token.isWord("R"), depth == 1, let key, values.count >= 2 { found[key] = values[values.count - 2] }
                values.append(integer(of: token) ?? -1)
            default: break
            }
        }
        return found
    }

    /// The references of the array that starts here, in order.
    mutating func references() -> [Int] {
        guard let open = next(), open.kind == .open else { return [] }
        var found: [Int] = []
        var values: [Int] = []
        while let token = next(), token.kind != .close {
            if token.isWord("R"), values.count >= 2 { found.append(values[values.count - 2]) }
            values.append(integer(of: token) ?? -1)
        }
        return found
    }

    private mutating func skipSpaceAndComments() {
        while index < bytes.count {
            switch bytes[index] {
            case 0, 9, 10, 12, 13, 32:
                index += 1
            case UInt8(ascii: "%"):
                while index < bytes.count && bytes[index] != 10 && bytes[index] != 13 { index += 1 }
            default:
                return
            }
        }
    }

    /// A "( … )" string: parentheses nest, and a backslash escapes the byte after it.
    private mutating func skipLiteralString() {
        var depth = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return }
            default: break
            }
        }
    }

    private mutating func skipRegular() {
        while index < bytes.count {
            switch bytes[index] {
            case 0, 9, 10, 12, 13, 32, UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"),
                UInt8(ascii: "%"):
                return
            default:
                index += 1
            }
        }
    }
}
