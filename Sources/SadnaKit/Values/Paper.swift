/// ISO 216 paper sizes and their orientation.
public struct Paper: Hashable, Sendable, CustomStringConvertible {
    public enum Format: String, CaseIterable, Sendable {
        case a3 = "A3", a4 = "A4", a5 = "A5", a6 = "A6", a7 = "A7"

        /// Width and height in portrait, in millimetres.
        public var portraitMillimetres: (width: Double, height: Double) {
            switch self {
            case .a3: (297, 420)
            case .a4: (210, 297)
            case .a5: (148, 210)
            case .a6: (105, 148)
            case .a7: (74, 105)
            }
        }
    }

    public enum Orientation: String, Sendable {
        case portrait, landscape
    }

    public var format: Format
    public var orientation: Orientation

    public init(_ format: Format, _ orientation: Orientation = .portrait) {
        self.format = format
        self.orientation = orientation
    }

    /// Reads "A4", "a3", "A4 landscape", "A3-landscape".
    public init?(_ text: String) {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
        guard let first = words.first, let format = Format(rawValue: first.uppercased()) else { return nil }
        let orientation: Orientation
        switch words.dropFirst().first {
        case nil, "portrait": orientation = .portrait
        case "landscape": orientation = .landscape
        default: return nil
        }
        guard words.count <= 2 else { return nil }
        self.init(format, orientation)
    }

    /// Width and height as the sheet is turned, in millimetres.
    public var millimetres: (width: Double, height: Double) {
        let p = format.portraitMillimetres
        return orientation == .portrait ? p : (p.height, p.width)
    }

    public var description: String {
        orientation == .portrait ? format.rawValue : "\(format.rawValue) landscape"
    }

    public static let a4 = Paper(.a4)

    /// How far from the edge an office printer may leave unprinted (mm): marks a person must see
    /// (cut marks, calibration outlines) stay inside it.
    public static let unprintableBand = 5.0
    public static let a3Landscape = Paper(.a3, .landscape)

    /// "A3, A4": how a message lists formats.
    public static func names(_ formats: [Format]) -> String { formats.map(\.rawValue).joined(separator: ", ") }
}
