import SadnaKit

extension Paper {
    /// Width and height as the sheet is turned.
    public var size: Size {
        let mm = millimetres
        return Size(width: mm.width, height: mm.height)
    }

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

extension Paper.Format {
    /// Width and height in portrait.
    public var portrait: Size {
        let mm = portraitMillimetres
        return Size(width: mm.width, height: mm.height)
    }
}
