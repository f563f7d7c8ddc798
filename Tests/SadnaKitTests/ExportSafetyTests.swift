import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

/// What a service page's fields hold reaches the council's website as text: raw HTML is escaped
/// in Markdown as in HTML, and `javascript:`, `data:` and `vbscript:` links are left out of both.
@Suite("Exports carry no script")
struct ExportSafetyTests {
    let export: ServicePageExport

    init() throws {
        let yaml = """
            name: "שירות <script>alert('name')</script>"
            what: "<img src=x onerror=alert(1)> וגם <a href=\\"javascript:alert(2)\\">כאן</a>"
            for_whom:
              - "[לחצו](javascript:alert(3)) או <javascript:alert(4)>"
            how:
              - channel: online-form
                address: "javascript:alert(5)"
                steps: ["ממלאים `קוד` \\\\ ו-&amp;"]
            contact:
              email: "a@b.co.il) [x](javascript:alert(6)"
            digital_form: "JaVa\\tScRiPt:alert(7)"
            questions:
              - question: "data:text/html;base64,PHNjcmlwdD4="
                answer: "<svg onload=alert(8)>"
            """
        let loaded = WorkshopLoader.load(MemorySource(texts: ["workshop.yaml": "title: x\n", "services/s.yaml": yaml]))
        let page = try #require(loaded.workshop?.service(named: "s"), "\(loaded.diagnostics)")
        export = ServicePageExport(page: page, labels: sadnaTemplates.servicePage.labels.words(in: .he))
    }

    /// The addresses of a Markdown text's links: `](address)` not preceded by a backslash.
    func markdownLinks(_ markdown: String) -> [String] {
        markdown.matches(of: /(^|[^\\])\]\(([^)]*)\)/).map { String($0.2) }
    }

    @Test func markdownEscapesRawHTMLAndLinkSyntax() {
        let markdown = export.markdown
        #expect(!markdown.contains("<"), "\(markdown)")
        #expect(markdown.contains("&lt;script&gt;alert('name')&lt;/script&gt;"))
        #expect(markdown.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(markdown.contains("\\[לחצו\\](javascript:alert(3))"))
        #expect(markdown.contains("ממלאים \\`קוד\\` \\\\ ו-&amp;amp;"))
    }

    @Test func markdownLinksAreOnlyWebEmailAndPhone() {
        let links = markdownLinks(export.markdown)
        #expect(
            links.allSatisfy {
                $0.hasPrefix("https:") || $0.hasPrefix("http:") || $0.hasPrefix("mailto:") || $0.hasPrefix("tel:")
            },
            "\(links)")
        // The email's address is one link that cannot close early and open another.
        #expect(links == ["mailto:a@b.co.il%29%20%5Bx%5D%28javascript:alert%286%29"], "\(links)")
    }

    @Test func htmlLeavesOutScriptLinksToo() {
        let html = export.html.lowercased()
        for scheme in ["javascript:", "data:", "vbscript:"] {
            #expect(!html.contains("href=\"\(scheme)"), "\(scheme)")
        }
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<svg"))
        #expect(!html.contains("alert(7)"), "the digital form's javascript: address is left out")
    }

    @Test(arguments: [
        "javascript:alert(1)", " JAVASCRIPT:alert(1)", "java\tscript:alert(1)", "java\nscript:x", "\u{01}javascript:x",
        "data:text/html,x", "vbscript:msgbox", "file:///etc/passwd", "www.example.com", "//evil.example/x",
    ])
    func aLinkThatIsNoWebEmailOrPhoneLinkIsRefused(url: String) {
        #expect(ExportLink.safe(url) == nil)
    }

    @Test func webEmailAndPhoneLinksPass() {
        #expect(ExportLink.safe("https://www.ma-ayanot.org.il/x?a=1") == "https://www.ma-ayanot.org.il/x?a=1")
        #expect(ExportLink.safe("HTTP://example.com") != nil)
        #expect(ExportLink.safe("mailto:info@ma-ayanot.org.il") != nil && ExportLink.safe("tel:*6565") != nil)
    }
}
