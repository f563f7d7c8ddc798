/// An sRGB colour. Colour may add to a page but never carries meaning alone: every printable
/// must read the same from a black-and-white office printer.
public struct Colour: Hashable, Sendable {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// `0x1F4E79` style.
    public init(hex: UInt32, alpha: Double = 1) {
        self.init(
            red: Double((hex >> 16) & 0xFF) / 255, green: Double((hex >> 8) & 0xFF) / 255,
            blue: Double(hex & 0xFF) / 255, alpha: alpha)
    }

    public static func grey(_ level: Double) -> Colour { Colour(red: level, green: level, blue: level) }

    public func withAlpha(_ alpha: Double) -> Colour { Colour(red: red, green: green, blue: blue, alpha: alpha) }

    public static let black = Colour.grey(0)
    public static let white = Colour.grey(1)
    /// Body text: near-black prints crisply and is softer on the eye than pure black.
    public static let ink = Colour(hex: 0x1A1A1A)
    /// Secondary text: still at least 4.5:1 against white.
    public static let muted = Colour(hex: 0x555555)
    /// Rules and table lines.
    public static let rule = Colour(hex: 0xB0B0B0)
    /// The programme's accent, a deep teal that prints as a mid grey.
    public static let accent = Colour(hex: 0x0E5A6B)
    /// Light fills behind headers; visible but quiet in greyscale.
    public static let tint = Colour(hex: 0xE6EFF1)
    public static let shade = Colour(hex: 0xF3F3F3)
}
