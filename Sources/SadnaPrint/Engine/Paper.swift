/// ISO 216 paper sizes and their orientation.
public struct Paper: Hashable, Sendable, CustomStringConvertible {
    public enum Format: String, CaseIterable, Sendable {
        case a3 = "A3", a4 = "A4", a5 = "A5", a6 = "A6", a7 = "A7"

        /// Width and height in portrait, in millimetres.
        public var portrait: Size {
            switch self {
            case .a3: Size(width: 297, height: 420)
            case .a4: Size(width: 210, height: 297)
            case .a5: Size(width: 148, height: 210)
            case .a6: Size(width: 105, height: 148)
            case .a7: Size(width: 74, height: 105)
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
        self.init(format, orientation)
    }

    public var size: Size {
        let p = format.portrait
        return orientation == .portrait ? p : Size(width: p.height, height: p.width)
    }

    public var description: String {
        orientation == .portrait ? format.rawValue : "\(format.rawValue) landscape"
    }

    public static let a4 = Paper(.a4)
    public static let a3Landscape = Paper(.a3, .landscape)
}

extension Paper {
    /// The ISO paper a page of `size` is, in either orientation; nil for other sizes.
    public init?(matching size: Size) {
        for format in Format.allCases {
            for orientation in [Orientation.portrait, .landscape] {
                let paper = Paper(format, orientation)
                if abs(paper.size.width - size.width) < 0.5 && abs(paper.size.height - size.height) < 0.5 {
                    self = paper
                    return
                }
            }
        }
        return nil
    }
}
