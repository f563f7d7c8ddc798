import CPangoCairo
import SadnaKit

/// The fonts Sadna prints with, and a start-up check that they are installed.
public enum FontCheck {
    /// The Debian package that holds every font Sadna uses.
    public static let debianPackage = "fonts-noto-core"

    public struct MissingFonts: Error, CustomStringConvertible {
        public var families: [String]
        public var description: String {
            let names = families.map { "“\($0)”" }.joined(separator: ", ")
            return "the font\(families.count == 1 ? "" : "s") \(names) \(families.count == 1 ? "is" : "are") not installed; "
                + "install \(families.count == 1 ? "it" : "them") with: sudo apt-get install \(debianPackage)"
        }
    }

    /// The families a language needs that fontconfig does not know. Empty when all is well.
    public static func missingFamilies(for language: Language) -> [String] {
        let needed = language.requiredFontFamilies
        let installed = installedFamilies()
        return needed.filter { !installed.contains($0) }
    }

    /// Throws ``MissingFonts`` naming the package to install.
    public static func verify(language: Language) throws(MissingFonts) {
        let missing = missingFamilies(for: language)
        if !missing.isEmpty { throw MissingFonts(families: missing) }
    }

    static func installedFamilies() -> Set<String> {
        FontConfiguration.availableFamilies()
    }
}
