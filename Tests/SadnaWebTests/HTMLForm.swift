import Foundation

/// A form of a workbench page as a browser sends it back: every named input, textarea and
/// select in document order with its current value (submit buttons and empty file inputs left
/// out, as a browser leaves them out when another button is pressed).
struct HTMLForm {
    var action: String
    var fields: [(String, String)]

    /// The form on `page` whose `action` is `action` (the first form when nil).
    init?(_ page: String, action wanted: String? = nil) {
        let forms = Self.matches("<form\\b([^>]*)>(.*?)</form>", in: page)
        guard let form = forms.first(where: { wanted == nil || Self.attribute("action", in: $0[1]) == wanted }) else {
            return nil
        }
        action = Self.attribute("action", in: form[1]) ?? ""
        fields = []
        let pattern = "<(input)\\b([^>]*)>|<(textarea)\\b([^>]*)>(.*?)</textarea>|<(select)\\b([^>]*)>(.*?)</select>"
        for match in Self.matches(pattern, in: form[2]) {
            let element = match.filter { !$0.isEmpty }.dropFirst()
            let kind = element.first ?? "", attributes = element.dropFirst().first ?? "", body = element.dropFirst(2).first ?? ""
            guard let name = Self.attribute("name", in: attributes) else { continue }
            switch kind {
            case "input":
                let type = Self.attribute("type", in: attributes) ?? "text"
                if ["submit", "button", "file", "image", "reset"].contains(type) { continue }
                if ["checkbox", "radio"].contains(type) && !attributes.contains(" checked") { continue }
                fields.append((name, Self.attribute("value", in: attributes) ?? (type == "checkbox" ? "on" : "")))
            case "textarea":
                // A browser drops one line break right after the opening tag.
                var text = Self.unescape(body)
                if text.hasPrefix("\n") { text.removeFirst() }
                fields.append((name, text.replacingOccurrences(of: "\n", with: "\r\n")))
            default:
                let options = Self.matches("<option\\b([^>]*)>(.*?)</option>", in: body)
                let chosen = options.first { $0[1].contains(" selected") } ?? options.first
                fields.append((name, chosen.map { Self.attribute("value", in: $0[1]) ?? Self.unescape($0[2]) } ?? ""))
            }
        }
    }

    subscript(_ name: String) -> String? { fields.first { $0.0 == name }?.1 }

    /// Sets the first field named `name` (adds it when there is none).
    mutating func set(_ name: String, _ value: String) {
        if let index = fields.firstIndex(where: { $0.0 == name }) {
            fields[index].1 = value
        } else {
            fields.append((name, value))
        }
    }

    /// The fields with one more: the button pressed.
    func pressing(_ name: String, _ value: String) -> [(String, String)] { fields + [(name, value)] }

    static func attribute(_ name: String, in attributes: String) -> String? {
        matches("\\s\(name)=\"([^\"]*)\"", in: attributes).first.map { unescape($0[1]) }
    }

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        let expression = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators, .caseInsensitive])
        let string = text as NSString
        return expression.matches(in: text, range: NSRange(location: 0, length: string.length)).map { match in
            (0..<match.numberOfRanges).map { index in
                let range = match.range(at: index)
                return range.location == NSNotFound ? "" : string.substring(with: range)
            }
        }
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&#x27;", with: "'").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// The lines of `after` that are not in `before`, and the lines of `before` that are gone: what
/// a save changed in a file.
func lineChanges(_ before: String, _ after: String) -> (added: [Substring], removed: [Substring]) {
    let old = before.split(separator: "\n"), new = after.split(separator: "\n")
    return (new.filter { !old.contains($0) }, old.filter { !new.contains($0) })
}
