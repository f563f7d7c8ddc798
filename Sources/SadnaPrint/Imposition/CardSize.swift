import SadnaKit

extension CardSize {
    /// The card's trimmed size, portrait.
    public var size: Size {
        let mm = millimetres
        return Size(width: mm.width, height: mm.height)
    }
}
