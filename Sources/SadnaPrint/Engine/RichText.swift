import CPangoCairo
import SadnaKit

/// Text with some runs set apart (bold, muted, smaller), for boxes that mix them, such as a time
/// with its end time below it. Data text is escaped, so a user's "<" or "&" prints as written.
public struct RichText: Sendable, Hashable {
    public struct Run: Sendable, Hashable {
        public var text: String
        public var bold: Bool
        public var colour: Colour?
        /// Relative size: 1 is the box's size.
        public var scale: Double

        public init(_ text: String, bold: Bool = false, colour: Colour? = nil, scale: Double = 1) {
            self.text = text
            self.bold = bold
            self.colour = colour
            self.scale = scale
        }
    }

    public var runs: [Run]

    public init(_ runs: [Run]) {
        self.runs = runs
    }

    public init(_ text: String) {
        self.runs = [Run(text)]
    }

    public static func + (lhs: RichText, rhs: RichText) -> RichText { RichText(lhs.runs + rhs.runs) }

    public var plainText: String { runs.map(\.text).joined() }

    /// Pango markup for the runs, relative sizes worked out from the box's `baseSize` (points).
    func markup(baseSize: Double) -> String {
        runs.indices.map { index in
            let run = runs[index]
            var attributes: [String] = []
            if run.bold { attributes.append("weight=\"bold\"") }
            if let colour = run.colour {
                let hex = [colour.red, colour.green, colour.blue].map { component -> String in
                    let byte = String(Int((component * 255).rounded()), radix: 16, uppercase: true)
                    return byte.count == 1 ? "0" + byte : byte
                }.joined()
                attributes.append("foreground=\"#\(hex)\"")
            }
            if run.scale != 1 { attributes.append("size=\"\(Int(size(of: run, baseSize: baseSize) * Pango.scale))\"") }
            let before = runs[..<index].map(\.text).joined()
            let escaped = RichText.escape(PangoText.prepared(run.text, after: before))
            return attributes.isEmpty ? escaped : "<span \(attributes.joined(separator: " "))>\(escaped)</span>"
        }.joined()
    }

    static func escape(_ text: String) -> String { MarkupEscape.escape(text) }

    /// The type floor a smaller run keeps to: a box set smaller to fit (a tightened table) must
    /// not take its muted notes under 8 pt with it.
    static let floor = 8.0

    /// A run's size in points: its share of the box's size, never under the floor (unless the
    /// box itself is set smaller).
    func size(of run: Run, baseSize: Double) -> Double {
        max(min(Self.floor, baseSize), baseSize * run.scale)
    }

    /// The smallest run's size over the box's size.
    func smallestScale(baseSize: Double) -> Double {
        runs.map { size(of: $0, baseSize: baseSize) / baseSize }.min() ?? 1
    }
}
