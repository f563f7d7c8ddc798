import Foundation

/// A service page as the website's editor takes it: Markdown, or a standalone HTML page
/// (`lang="he" dir="rtl"`, one h1, headings in order, lists, links, accessible contrast).
public struct ServicePageExport {
    public let page: ServicePage
    public let labels: Labels<ServicePageLabel>

    public init(page: ServicePage, labels: Labels<ServicePageLabel>) {
        self.page = page
        self.labels = labels
    }

    /// The page's sections in order: a heading and its blocks. Both formats are written from this.
    enum Block {
        case paragraph(String)
        case bullets([String])
        case steps([String])
        case subheading(String)
        case link(text: String, url: String)
        case facts([(label: String, value: String, href: String?)])
    }

    var sections: [(title: String, blocks: [Block])] {
        var sections: [(String, [Block])] = []
        if let what = page.what { sections.append((labels(.what), [.paragraph(what.value)])) }
        if !page.forWhom.isEmpty { sections.append((labels(.forWhom), [.bullets(page.forWhom.map(\.value))])) }
        if !page.how.isEmpty {
            var blocks: [Block] = []
            for channel in page.how where !channel.steps.isEmpty || channel.address != nil {
                blocks.append(.subheading(labels(.channel(channel.kind.value))))
                if !channel.steps.isEmpty { blocks.append(.steps(channel.steps.map(\.value))) }
                if let address = channel.address {
                    blocks.append(
                        Self.isLink(address.value)
                            ? .link(text: labels(.openForm), url: address.value)
                            : .paragraph(address.value))
                }
            }
            if !blocks.isEmpty { sections.append((labels(.how), blocks)) }
        }
        if !page.documents.isEmpty { sections.append((labels(.documents), [.bullets(page.documents.map(\.value))])) }
        // A form's address that is no web link (`javascript:…`) is left out: see ``ExportLink``.
        if let form = page.digitalForm, ExportLink.safe(form.value) != nil,
            !page.how.contains(where: { $0.address?.value == form.value })
        {
            sections.append((labels(.digitalForm), [.link(text: labels(.openForm), url: form.value)]))
        }
        if !page.contact.isEmpty {
            var facts: [(String, String, String?)] = []
            if let name = page.contact.name { facts.append((labels(.contactName), name.value, nil)) }
            if let phone = page.contact.phone {
                facts.append((labels(.phone), phone.value, "tel:" + phone.value.filter { $0.isNumber || $0 == "*" || $0 == "+" }))
            }
            if let email = page.contact.email { facts.append((labels(.email), email.value, "mailto:" + email.value)) }
            sections.append((labels(.contact), [.facts(facts)]))
        }
        if !page.otherHelp.isEmpty {
            var facts: [(String, String, String?)] = []
            if let hours = page.otherHelp.receptionHours { facts.append((labels(.receptionHours), hours.value, nil)) }
            for phone in page.otherHelp.phones {
                facts.append((labels(.phone), phone.value, "tel:" + phone.value.filter { $0.isNumber || $0 == "*" || $0 == "+" }))
            }
            if let department = page.otherHelp.department { facts.append((labels(.department), department.value, nil)) }
            sections.append((labels(.otherHelp), [.facts(facts)]))
        }
        if !page.questions.isEmpty {
            var blocks: [Block] = []
            for question in page.questions {
                blocks.append(.subheading(question.question.value))
                if let answer = question.answer { blocks.append(.paragraph(answer.value)) }
            }
            sections.append((labels(.questions), blocks))
        }
        return sections
    }

    /// Whether a way's address is printed as a link: a web address that ``ExportLink`` allows.
    static func isLink(_ text: String) -> Bool {
        (text.hasPrefix("https://") || text.hasPrefix("http://")) && ExportLink.safe(text) != nil
    }

    // MARK: Markdown

    /// The page in Markdown. Every text is escaped (``MarkdownEscape``): raw HTML and link syntax
    /// in a field show as written, and only links ``ExportLink`` allows are links.
    public var markdown: String {
        func e(_ text: String) -> String { MarkdownEscape.text(text) }
        func link(_ text: String, _ url: String) -> String {
            ExportLink.safe(url).map { "[\(e(text))](\(MarkdownEscape.destination($0)))" } ?? e(text)
        }
        var lines = ["# \(e(page.name.value))", ""]
        if let department = page.department { lines += ["\(e(labels(.department))): \(e(department.value))", ""] }
        for (title, blocks) in sections {
            lines += ["## \(e(title))", ""]
            for block in blocks {
                switch block {
                case let .paragraph(text): lines += [e(text), ""]
                case let .bullets(items): lines += items.map { "- \(e($0))" } + [""]
                case let .steps(items): lines += items.enumerated().map { "\($0.offset + 1). \(e($0.element))" } + [""]
                case let .subheading(text): lines += ["### \(e(text))", ""]
                case let .link(text, url): lines += [link(text, url), ""]
                case let .facts(facts):
                    lines +=
                        facts.map { fact in
                            "- \(e(fact.label)): " + (fact.href.map { link(fact.value, $0) } ?? e(fact.value))
                        } + [""]
                }
            }
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: HTML

    /// The page's content alone, `<main>…</main>`, for pasting into the website editor. Phone
    /// numbers, addresses, times and dates in the text are isolated left to right
    /// (``LeftToRightRuns``), as the printed page sets them, so "*6565" never reads "6565*".
    public var fragment: String {
        func e(_ text: String) -> String { MarkupEscape.escape(text) }
        func t(_ text: String) -> String { LeftToRightRuns.html(text) }
        var body: [String] = ["<main>", "<h1>\(t(page.name.value))</h1>"]
        if let department = page.department {
            body.append("<p class=\"department\">\(t(labels(.department))): \(t(department.value))</p>")
        }
        for (title, blocks) in sections {
            body.append("<section>")
            body.append("<h2>\(t(title))</h2>")
            for block in blocks {
                switch block {
                case let .paragraph(text): body.append("<p>\(t(text))</p>")
                case let .bullets(items): body.append("<ul>" + items.map { "<li>\(t($0))</li>" }.joined() + "</ul>")
                case let .steps(items): body.append("<ol>" + items.map { "<li>\(t($0))</li>" }.joined() + "</ol>")
                case let .subheading(text): body.append("<h3>\(t(text))</h3>")
                case let .link(text, url):
                    body.append(ExportLink.safe(url).map { "<p><a href=\"\(e($0))\">\(t(text))</a></p>" } ?? "<p>\(t(text))</p>")
                case let .facts(facts):
                    body.append(
                        "<ul class=\"facts\">"
                            + facts.map { fact in
                                let text = LeftToRightRuns.html(fact.value, after: fact.label + ": ")
                                let value = fact.href.flatMap(ExportLink.safe).map { "<a href=\"\(e($0))\">\(text)</a>" } ?? text
                                return "<li><strong>\(t(fact.label)):</strong> \(value)</li>"
                            }.joined() + "</ul>")
                }
            }
            body.append("</section>")
        }
        body.append("</main>")
        return body.joined(separator: "\n")
    }

    /// A standalone page (`lang`, `dir`, styles) around ``fragment``.
    public var html: String {
        func e(_ text: String) -> String { MarkupEscape.escape(text) }
        return """
            <!DOCTYPE html>
            <html lang="\(labels.language.code)" dir="\(labels.language.htmlDirection)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(page.name.value))</title>
            <style>
            body { font-family: "Noto Sans Hebrew", "Noto Sans", Arial, sans-serif; color: #1a1a1a; background: #ffffff;
                   line-height: 1.6; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; font-size: 1.0625rem; }
            h1 { font-size: 2rem; color: #0e5a6b; }
            h2 { font-size: 1.375rem; color: #0e5a6b; border-bottom: 2px solid #0e5a6b; padding-bottom: .2rem; }
            h3 { font-size: 1.125rem; }
            a { color: #0b4f5e; text-decoration: underline; }
            a:focus { outline: 3px solid #ffbf47; }
            .department { color: #4a4a4a; }
            </style>
            </head>
            <body>
            \(fragment)
            </body>
            </html>

            """
    }
}
