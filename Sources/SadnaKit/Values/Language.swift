/// A language Sadna prints in: the page's own words (`--lang`) and the data a workshop keeps.
///
/// Everything that depends on the language is here, so that no layout or front-end has to know
/// that "he" runs right to left or which font comes first for Arabic.
public enum Language: String, CaseIterable, Sendable, Hashable, Codable, CustomStringConvertible {
    case he, ar, en

    /// The code as written in files and on the command line (`he`).
    public var code: String { rawValue }

    /// Whether the language's script runs right to left.
    public var isRightToLeft: Bool { self != .en }

    /// The `dir` attribute of an HTML page in this language.
    public var htmlDirection: String { isRightToLeft ? "rtl" : "ltr" }

    /// The font families to set it in, its own script first. Noto Sans Hebrew has no Latin
    /// letters or digits, so Noto Sans follows it for "GIS", "itc1312" and numbers.
    public var fontFamilies: [String] {
        switch self {
        case .he: ["Noto Sans Hebrew", "Noto Sans", "Noto Sans Arabic"]
        case .ar: ["Noto Sans Arabic", "Noto Sans", "Noto Sans Hebrew"]
        case .en: ["Noto Sans", "Noto Sans Hebrew", "Noto Sans Arabic"]
        }
    }

    /// The families that must be installed to print in it.
    public var requiredFontFamilies: [String] {
        self == .ar ? ["Noto Sans Arabic", "Noto Sans"] : ["Noto Sans Hebrew", "Noto Sans"]
    }

    /// The language's name in English, for messages and `--help`.
    public var englishName: String {
        switch self {
        case .he: "Hebrew"
        case .ar: "Arabic"
        case .en: "English"
        }
    }

    /// A weekday as this language writes it before a date ("יום רביעי", "الأربعاء", "Wednesday").
    public func name(of day: Weekday) -> String {
        switch self {
        case .he: day.hebrewWithDay
        case .ar: day.arabic
        case .en: day.english
        }
    }

    public var description: String { rawValue }

    /// "he, ar, en": the list a message gives when a language is unknown.
    public static var codes: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
