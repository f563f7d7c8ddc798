import CPangoCairo

/// The fonts Sadna prints with, and a start-up check that they are installed.
public enum FontCheck {
    /// The Debian package that holds every font Sadna uses.
    public static let debianPackage = "fonts-noto-core"

    /// The fallback list for a language, its own script first. Noto Sans Hebrew has no Latin
    /// letters or digits, so Noto Sans must follow it for "GIS", "itc1312" and numbers.
    public static func families(for language: String) -> [String] {
        switch language {
        case "ar": ["Noto Sans Arabic", "Noto Sans", "Noto Sans Hebrew"]
        case "en": ["Noto Sans", "Noto Sans Hebrew", "Noto Sans Arabic"]
        default: ["Noto Sans Hebrew", "Noto Sans", "Noto Sans Arabic"]
        }
    }

    public struct MissingFonts: Error, CustomStringConvertible {
        public var families: [String]
        public var description: String {
            let names = families.map { "“\($0)”" }.joined(separator: ", ")
            return "the font\(families.count == 1 ? "" : "s") \(names) \(families.count == 1 ? "is" : "are") not installed; "
                + "install \(families.count == 1 ? "it" : "them") with: sudo apt-get install \(debianPackage)"
        }
    }

    /// The families a language needs that fontconfig does not know. Empty when all is well.
    public static func missingFamilies(for language: String) -> [String] {
        let needed = language == "ar" ? ["Noto Sans Arabic", "Noto Sans"] : ["Noto Sans Hebrew", "Noto Sans"]
        let installed = installedFamilies()
        return needed.filter { !installed.contains($0) }
    }

    /// Throws ``MissingFonts`` naming the package to install.
    public static func verify(language: String) throws {
        let missing = missingFamilies(for: language)
        if !missing.isEmpty { throw MissingFonts(families: missing) }
    }

    static func installedFamilies() -> Set<String> {
        FontConfiguration.availableFamilies()
    }
}
