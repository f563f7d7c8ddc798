extension BinaryInteger {
    /// The number in `radix` (its letters upper-case), with zeros before it to make `width`
    /// digits: 0x5D0 → "05D0", an offset in a PDF's cross-reference table → "0000012345".
    public func zeroPadded(_ width: Int, radix: Int = 10) -> String {
        let digits = String(self, radix: radix, uppercase: true)
        return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }
}

extension Unicode.Scalar {
    /// How Unicode names the character in messages: "U+05D0", "U+0007".
    public var codePoint: String { "U+" + value.zeroPadded(4, radix: 16) }
}
