/// A document's pages in batches that are each laid out by themselves, with whatever typesetter
/// they are given: a run of card sheets, a journey map. Export lays batches out on several
/// threads, each thread with a typesetter (and so a Pango font map) of its own, and draws them in
/// order; since a batch depends on nothing but its number, the PDF is the same byte for byte
/// whatever the number of threads.
public struct PageBatches {
    public let count: Int
    /// About how many pages a batch holds: by it export groups batches into PDF parts (``PartedPDF``).
    public let pagesEach: Int
    private let make: (Int, Typesetter) -> [Page]

    /// `make` lays out batch `index` with `typesetter`; it may be called on any thread, but
    /// never twice at once with the same typesetter.
    public init(count: Int, pagesEach: Int = 1, make: @escaping (_ index: Int, _ typesetter: Typesetter) -> [Page]) {
        self.count = count
        self.pagesEach = max(1, pagesEach)
        self.make = make
    }

    /// The pages of batch `index`.
    public func pages(_ index: Int, typesetter: Typesetter) -> [Page] {
        make(index, typesetter)
    }

    /// Every page in order, with one typesetter, each batch laid out when it is reached.
    public func pages(using typesetter: Typesetter) -> some Sequence<Page> {
        (0..<count).lazy.flatMap { make($0, typesetter) }
    }
}
