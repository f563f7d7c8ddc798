/// Text made safe inside Markdown: it shows as written and never becomes HTML or a link. Markdown
/// lets raw HTML through (`<script>`, `<img onerror=…>`), and `[text](javascript:…)` typed into
/// a field would be a link; the website's editor would publish both.
public enum MarkdownEscape {
    /// `<`, `>` and `&` as HTML entities (which Markdown shows as the characters), and the
    /// characters of Markdown's links and code (`[`, `]`, `` ` ``, `\`) with a backslash.
    public static func text(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "[", "]", "`":
                out += "\\"
                out.unicodeScalars.append(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A link's address inside `(…)`: spaces, brackets, quotes and control characters
    /// percent-encoded, so that the address cannot end the link early or open another.
    public static func destination(_ url: String) -> String {
        var out = ""
        for scalar in url.unicodeScalars {
            if scalar.value <= 0x20 || scalar.value == 0x7F || "()[]<>\"'`\\{}|^".unicodeScalars.contains(scalar) {
                for byte in String(scalar).utf8 {
                    out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
                }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
