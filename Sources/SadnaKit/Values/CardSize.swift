/// The trimmed size of a card: A-series cards tile A-series sheets; poker cards are the size of
/// playing cards.
public enum CardSize: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case a5 = "A5", a6 = "A6", a7 = "A7", poker

    /// Width and height in millimetres, portrait.
    public var millimetres: (width: Double, height: Double) {
        switch self {
        case .a5: Paper.Format.a5.portraitMillimetres
        case .a6: Paper.Format.a6.portraitMillimetres
        case .a7: Paper.Format.a7.portraitMillimetres
        case .poker: (63, 88)
        }
    }

    /// "A6", "a7", "poker", "Poker".
    public init?(_ name: String) {
        guard let found = CardSize.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() }) else { return nil }
        self = found
    }

    public var description: String { rawValue }

    /// "A6, A7, poker": how a message lists sizes.
    public static func names(_ sizes: [CardSize]) -> String { sizes.map(\.rawValue).joined(separator: ", ") }
}
