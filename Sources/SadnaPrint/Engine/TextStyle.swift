import SadnaKit

/// Which way text runs. Set explicitly on every document and every box, never guessed.
public enum TextDirection: Sendable, Hashable {
    case rightToLeft, leftToRight
}

/// The language a text box is written in. It sets the box's direction and which font comes first,
/// so a Hebrew cell on an Arabic page keeps Hebrew line spacing and runs right to left.
public typealias TextLanguage = Language

extension Language {
    public var direction: TextDirection { isRightToLeft ? .rightToLeft : .leftToRight }

    public static let hebrew = Language.he
    public static let arabic = Language.ar
    public static let english = Language.en
}

/// Alignment in logical terms: `start` is the right edge in Hebrew and the left edge in English.
public enum TextAlignment: Sendable, Hashable {
    case start, centre, end

    /// The alignment that puts a text running in `text`'s direction against the `side` edge of a
    /// page running in `page`'s: a Hebrew name at the start of an English page's footer sits at
    /// the left, not at the end of its own line.
    public static func towards(_ side: TextAlignment, of page: TextDirection, in text: TextDirection) -> TextAlignment {
        guard side != .centre, page != text else { return side }
        return side == .start ? .end : .start
    }
}

public enum FontWeight: Sendable, Hashable {
    case regular, bold
}

/// How a text box's text looks.
public struct TextStyle: Sendable, Hashable {
    /// Size in points.
    public var size: Double
    public var weight: FontWeight
    public var colour: Colour
    public var alignment: TextAlignment
    /// Line height as a multiple of the font's own (1 = the font's spacing).
    public var lineSpacing: Double
    /// Millimetres by which a paragraph's wrapped lines are indented under its first, so that
    /// a list item's continuation lines stand clear of its bullet.
    public var hangingIndent: Double

    public init(
        size: Double, weight: FontWeight = .regular, colour: Colour = .ink,
        alignment: TextAlignment = .start, lineSpacing: Double = 1.0, hangingIndent: Double = 0
    ) {
        self.size = size
        self.weight = weight
        self.colour = colour
        self.alignment = alignment
        self.lineSpacing = lineSpacing
        self.hangingIndent = hangingIndent
    }

    public func hanging(_ indent: Double) -> TextStyle {
        var copy = self
        copy.hangingIndent = indent
        return copy
    }

    public func sized(_ size: Double) -> TextStyle {
        var copy = self
        copy.size = size
        return copy
    }

    public func weighted(_ weight: FontWeight) -> TextStyle {
        var copy = self
        copy.weight = weight
        return copy
    }

    public func coloured(_ colour: Colour) -> TextStyle {
        var copy = self
        copy.colour = colour
        return copy
    }

    public func aligned(_ alignment: TextAlignment) -> TextStyle {
        var copy = self
        copy.alignment = alignment
        return copy
    }
}

/// What a box does when its text does not fit at the style's size.
public struct FitPolicy: Sendable, Hashable {
    /// The smallest size, in points, the text may shrink to. Nothing is ever set below it.
    public var floor: Double
    /// At most this many lines, when the box is meant for a line or two (a title).
    public var maxLines: Int?

    public init(floor: Double = 8, maxLines: Int? = nil) {
        self.floor = floor
        self.maxLines = maxLines
    }

    /// Readability floor for any printed text (the printing rules: no text below 8 pt).
    public static let standard = FitPolicy(floor: 8)

    /// The largest size on a quarter-point grid from `nominal` down to `floor` for which `fits`
    /// holds; nil when not even the floor fits.
    ///
    /// After `nominal` fails, the search starts from `guess` (asked then, when the caller has
    /// measured something to guess from), steps away from it by 1, 2, 4… grid steps until the
    /// answer is bracketed, and halves the bracket: a good guess costs two or three measurements,
    /// a poor one a few more than plain halving. Each measurement lays the text out again, so
    /// this is most of what fitting text costs.
    ///
    /// Staying on the grid matters: Pango builds (and fontconfig sorts) a font set for every
    /// distinct size, so arbitrary midpoints would cost a font lookup each.
    public static func largestFittingSize(
        from nominal: Double, downTo floor: Double, guess: (() -> Double)? = nil,
        fits: (Double) -> Bool
    ) -> Double? {
        let step = 0.25
        func size(_ index: Int) -> Double { floor + Double(index) * step }
        if fits(nominal) { return nominal }
        let top = Int(((nominal - floor) / step).rounded(.down))
        // size(low) fits (none known while low is -1); size(high) does not, or is above nominal.
        var low = -1, high = top + 1
        let start = guess.map { min(top, max(0, Int((($0() - floor) / step).rounded(.down)))) } ?? top / 2
        if fits(size(start)) {
            low = start
            var stride = 1
            while low + stride < high {
                if fits(size(low + stride)) {
                    low += stride
                    stride *= 2
                } else {
                    high = low + stride
                }
            }
        } else {
            high = start
            var stride = 1
            while low < 0, high > 0 {
                let probe = max(0, high - stride)
                if fits(size(probe)) { low = probe } else { high = probe }
                stride *= 2
            }
            guard low >= 0 else { return nil }
        }
        while high - low > 1 {
            let middle = (low + high) / 2
            if fits(size(middle)) { low = middle } else { high = middle }
        }
        return size(low)
    }
}
