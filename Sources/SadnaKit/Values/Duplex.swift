/// How the sheet turns over between its two printed sides, as printer dialogs name it.
public enum DuplexFlip: String, CaseIterable, Sendable, Hashable {
    case longEdge = "long-edge"
    case shortEdge = "short-edge"
}

/// Whether cards get backs, and how the sheet turns for them.
public enum Backs: String, CaseIterable, Sendable, Hashable {
    case longEdge = "long-edge"
    case shortEdge = "short-edge"
    /// Fronts only.
    case none

    /// The duplex flip, or nil for fronts only.
    public var flip: DuplexFlip? {
        switch self {
        case .longEdge: .longEdge
        case .shortEdge: .shortEdge
        case .none: nil
        }
    }

    /// "long-edge, short-edge or none".
    public static var names: String { "long-edge, short-edge or none" }
}
