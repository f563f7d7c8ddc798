import Foundation

/// Which links an exported page (Markdown or HTML, for the council's website) may carry: web
/// addresses, email and phone links, and nothing else. A `javascript:`, `data:` or `vbscript:`
/// address — typed by mistake, pasted from somewhere, or planted — would run in a resident's
/// browser when clicked; such a link is left out of the page, in both formats alike.
public enum ExportLink {
    /// The schemes a link may have.
    static let allowed: Set<String> = ["https", "http", "mailto", "tel"]

    /// `url` as it may go into a page, or nil when it is not a link a page may carry. The scheme
    /// is read as a browser reads it: case ignored, and tabs, newlines and control characters
    /// (which browsers drop, so `java\tscript:` runs) taken out first.
    public static func safe(_ url: String) -> String? {
        let cleaned = String(String.UnicodeScalarView(url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
        guard let colon = cleaned.firstIndex(of: ":") else { return nil }
        let scheme = cleaned[..<colon].lowercased()
        guard allowed.contains(scheme) else { return nil }
        return url.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
