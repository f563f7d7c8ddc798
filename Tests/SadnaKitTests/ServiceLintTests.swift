import Foundation
import SadnaTestSupport
import Testing

@testable import SadnaKit

@Suite("Service pages: the writing workshop's review")
struct ServiceLintTests {
    let rules: PlainLanguageRules
    let today = CalendarDate(year: 2026, month: 11, day: 22)!

    init() {
        rules = sadnaTemplates.plainLanguage
    }

    /// The review of `page`, its findings pointed at their words in `workshop`'s files.
    func lint(_ page: ServicePage, in workshop: Workshop) -> [ServiceLint.Finding] {
        ServiceLint(rules: rules, today: today, speller: nil, texts: workshop.texts).findings(page)
    }

    func load(_ yaml: String) throws -> (ServicePage, Workshop, TemporaryFolder) {
        let folder = makeWorkshop(meetings: [:])
        folder.write("services/page.yaml", yaml)
        let outcome = check(folder.url)
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics)")
        return (try #require(outcome.workshop?.service(named: "page")), try #require(outcome.workshop), folder)
    }

    @Test func theShippedPageHasOnlyItsDeliberateFindings() throws {
        let page = try #require(emek.service(named: "resident-certificate"))
        let found = lint(page, in: emek).map { "\($0.diagnostic.rule)@\($0.diagnostic.location!.line)" }.sorted()
        #expect(
            found == [
                "service.essence@20", "service.no-action@35", "service.no-action@36",
                "service.plain-language@27", "service.plain-language@34",
            ], "\(found)")
    }

    /// Twenty-two known problems, every rule at least once: each is found once, at its line.
    @Test func aPageSeededWithTwentyProblemsYieldsEachOnceAtItsLine() throws {
        let yaml = """
            name: בקשה לשירות
            last_reviewed: 2024-01-01
            what: על מנת לקבל את השירות, המבקש ימלא טופס. לרבות מסמכים.
            how:
              - channel: email
                steps:
                  - בהתאם לנוהל, יש לשלוח את הטופס הנ"ל.
                  - הפונה יצרף אישור.
                  - כל תושב/ת יכול/ה להגיש.
                  - מי שהוא רווק.ה יפנה לשפ"ע.
                  - 1. שלחו את הטופס 2. חכו לתשובה
                  - זה משפט ארוך מאוד שיש בו הרבה מאוד מילים כדי לבדוק שהכלי מזהה משפט שעובר את האורך שמומלץ לקריאה נוחה במסך.
              - channel: mailbox
              - channel: online-form
                address: http://forms.example.org/x
              - channel: phone
                address: "12345"
            documents:
              - צילום תעודת זהות, אישור תושב, אישור מזכירות
            contact:
              name: דינה
              phone: 04-12345
              email: dina-at-council
            other_help:
              phones: ["*65"]
            questions:
              - q: כמה זמן זה לוקח?
                a: \(String(repeating: "זה לוקח זמן. ", count: 22))
            """
        let (page, workshop, _) = try load(yaml)
        let found = lint(page, in: workshop).map { "\($0.diagnostic.rule)@\($0.diagnostic.location!.line)" }.sorted()
        let expected = [
            "service.essence@1",  // no for_whom
            "service.last-reviewed@2",
            "service.plain-language@3",  // על מנת
            "service.second-person@3",  // המבקש
            "service.plain-language@3",  // לרבות
            "service.plain-language@7",  // בהתאם ל
            "service.plain-language@7",  // הנ"ל
            "service.second-person@8",  // הפונה
            "service.gender-forms@9",  // תושב/ת
            "service.gender-forms@9",  // יכול/ה
            "service.gender-forms@10",  // רווק.ה
            "service.acronym@10",  // שפ"ע
            "service.lists@11",  // a list in one step
            "service.sentence-length@12",
            "service.no-action@13",  // mailbox, nothing to do
            "service.url@15",  // http
            "service.phone@17",
            "service.lists@19",  // documents in one item
            "service.phone@22",  // contact phone
            "service.email@23",
            "service.phone@25",  // *65
            "service.paragraph-length@28",
        ].sorted()
        #expect(found == expected, "\(found)")
        // Each points at its word: "על מנת" at the start of the value.
        let first = lint(page, in: workshop).first { $0.diagnostic.message.contains("על מנת") }
        #expect(first?.diagnostic.location?.column == 7)
        #expect(
            lint(page, in: workshop).first { $0.diagnostic.message.contains("הנ\"ל") }?.diagnostic.hint?.contains("שם הדבר")
                == true)
    }

    @Test func explainedAcronymsAndKnownOnesPass() throws {
        let (page, workshop, _) = try load(
            """
            name: שירות
            what: פנו למשאבי אנוש (מש"א). מש"א עונה מהר. ע"י הטופס.
            for_whom: [כולם]
            how:
              - channel: email
                address: hr@example.org
            contact: { name: דנה, phone: 050-1234567, email: dana@example.org }
            """)
        #expect(lint(page, in: workshop).isEmpty, "\(lint(page, in: workshop).map(\.diagnostic.message))")
    }

    @Test func israeliPhoneNumbersInTheirUsualForms() {
        for good in [
            "04-6065700", "046065700", "050-1234567", "*6565", "1-800-222-333", "1700-500-600", "073-1234567",
            "+972-50-1234567",
        ] {
            #expect(ServiceLint.isIsraeliPhone(good), "\(good)")
        }
        for bad in ["12345", "04-12345", "*65", "050-12345678", "phone"] {
            #expect(!ServiceLint.isIsraeliPhone(bad), "\(bad)")
        }
    }

    @Test func linksAndEmails() {
        #expect(ServiceLint.urlProblem("https://taxes.gov.il/TaxesFormsList/itc1312.pdf") == nil)
        #expect(ServiceLint.urlProblem("http://x.org") != nil)
        #expect(ServiceLint.urlProblem("www.example.org") != nil)
        #expect(ServiceLint.isEmail("info@ma-ayanot.org.il") && !ServiceLint.isEmail("info@ma-ayanot"))
    }

    /// hspell on the `PATH`, as the command line finds it.
    static let speller = Speller.find(
        in: (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map(String.init))

    @Test(.enabled(if: speller != nil))
    func misspeltWordsAreFoundWhenHspellIsInstalled() throws {
        let (page, workshop, _) = try load("name: אישור תושבב\nwhat: תושבי המועצה זכאים להטבה.\n")
        let found = ServiceLint(rules: rules, today: today, speller: Self.speller, texts: workshop.texts).findings(page).filter {
            $0.diagnostic.rule == "service.spelling"
        }
        #expect(found.map(\.diagnostic.location?.line) == [1])
        #expect(found.first?.diagnostic.message.contains("תושבב") == true)
    }

    @Test func theBacklogHoldsEveryDepartmentsCommitments() throws {
        let workshop = emek
        #expect(workshop.backlog.count == 20)
        let certificate = try #require(workshop.backlog.first { $0.service.value == "אישור תושב" })
        #expect(certificate.owner?.value == "דינה" && certificate.page?.value == "resident-certificate")
        #expect(
            workshop.backlog.allSatisfy { $0.impact == nil && $0.complexity == nil }, "the source rates none: none is invented")
    }
}

@Suite("Service pages exported for the website")
struct ServiceExportTests {
    let page: ServicePage
    let labels: Labels<ServicePageLabel>

    init() throws {
        page = try #require(emek.service(named: "resident-certificate"))
        labels = sadnaTemplates.servicePage.labels.words(in: .he)
    }

    @Test func htmlIsRightToLeftWithOneH1AndHeadingsInOrder() throws {
        let html = ServicePageExport(page: page, labels: labels).html
        #expect(html.contains("<html lang=\"he\" dir=\"rtl\">"))
        #expect(html.components(separatedBy: "<h1>").count - 1 == 1)
        let levels = html.matches(of: /<h([1-6])>/).map { Int($0.1)! }
        #expect(levels.first == 1)
        for (a, b) in zip(levels, levels.dropFirst()) { #expect(b <= a + 1, "a heading skips a level: \(levels)") }
        #expect(html.contains("<ol><li>יש למלא את הבקשה לאישור תושב.</li>"))
        #expect(html.contains("<a href=\"https://taxes.gov.il/TaxesFormsList/itc1312.pdf\">"))
    }

    @Test func markdownHoldsTheSameSections() {
        let export = ServicePageExport(page: page, labels: labels)
        let htmlHeadings = export.html.matches(of: /<h[1-3]>([^<]*)<\/h[1-3]>/).map { String($0.1) }
        let markdownHeadings = export.markdown.split(separator: "\n").filter { $0.hasPrefix("#") }
            .map { String($0.drop { $0 == "#" }.dropFirst()) }
        #expect(htmlHeadings == markdownHeadings)
        #expect(export.markdown.contains("1. יש למלא את הבקשה לאישור תושב."))
        #expect(export.markdown.contains("- צילום תעודת זהות + ספח"))
    }

    @Test func textIsEscapedInHTML() throws {
        var tricky = page
        tricky.what = Located("<b>bold</b> & \"quoted\"", at: page.location)
        let html = ServicePageExport(page: tricky, labels: labels).html
        #expect(html.contains("&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;"))
    }
}
