/// The trimmed size of a card.
public struct CardSize: Hashable, Sendable, CustomStringConvertible {
    public var name: String
    public var size: Size

    public init(name: String, size: Size) {
        self.name = name
        self.size = size
    }

    public static let a6 = CardSize(name: "A6", size: Paper.Format.a6.portrait)
    public static let a7 = CardSize(name: "A7", size: Paper.Format.a7.portrait)
    /// The size of playing cards and most game cards.
    public static let poker = CardSize(name: "poker", size: Size(width: 63, height: 88))

    public static let all = [a6, a7, poker]

    /// "A6", "a7", "poker".
    public init?(_ name: String) {
        guard let found = CardSize.all.first(where: { $0.name.lowercased() == name.lowercased() }) else { return nil }
        self = found
    }

    public var description: String { name }
}

/// How the sheet turns over between its two printed sides, as printer dialogs name it.
public enum DuplexFlip: String, CaseIterable, Sendable {
    case longEdge = "long-edge"
    case shortEdge = "short-edge"
}
