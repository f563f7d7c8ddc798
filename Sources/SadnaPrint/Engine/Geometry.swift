/// Page geometry in millimetres, the unit of printers, rulers and templates.
///
/// Coordinates start at the page's top-left corner and grow right and down, whatever the
/// direction of the text: right-to-left layout is a matter of where boxes are placed, not of the
/// coordinate system.
public struct Point: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

public struct Size: Hashable, Sendable {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
}

public struct Rect: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var minX: Double { x }
    public var maxX: Double { x + width }
    public var minY: Double { y }
    public var maxY: Double { y + height }
    public var size: Size { Size(width: width, height: height) }
    public var origin: Point { Point(x: x, y: y) }

    /// The same rectangle with `inset` taken off every side.
    public func insetBy(_ inset: Double) -> Rect {
        insetBy(dx: inset, dy: inset)
    }

    public func insetBy(dx: Double, dy: Double) -> Rect {
        Rect(x: x + dx, y: y + dy, width: max(0, width - 2 * dx), height: max(0, height - 2 * dy))
    }

    /// The smallest rectangle holding both.
    public func union(_ other: Rect) -> Rect {
        let left = min(minX, other.minX), top = min(minY, other.minY)
        return Rect(x: left, y: top, width: max(maxX, other.maxX) - left, height: max(maxY, other.maxY) - top)
    }
}

/// Conversions between millimetres and PostScript points (1/72 inch), which Cairo's PDF pages and
/// font sizes use.
public enum Units {
    public static let pointsPerMillimetre = 72.0 / 25.4

    public static func points(_ millimetres: Double) -> Double { millimetres * pointsPerMillimetre }
    public static func millimetres(fromPoints points: Double) -> Double { points / pointsPerMillimetre }
}
