/// Text made safe inside HTML, XML and Pango's markup: `<`, `>`, `&` and quotes written as
/// entities, so that a person's "<" or "&" shows as written and never becomes markup.
public enum MarkupEscape {
    public static func escape(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
