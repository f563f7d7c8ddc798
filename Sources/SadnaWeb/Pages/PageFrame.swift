import Mustache

/// What every page carries for its layout (`layout.mustache`): the page's words, its language
/// and direction, its title, the header's links and the form token.
struct PageFrame {
    /// The workbench's words in the page's language, by their keys in `Templates/web/labels.yaml`
    /// (`{{t.save}}`): a council may edit them, so they stay data.
    var t: [String: String]
    var lang: String
    var dir: String
    var title: String
    /// The form token every form posts back (`CSRFMiddleware`).
    var csrf: String
    /// The programme's title, the header's link home.
    var programme: String
    var nav: [NavLink]
    var languages: [LanguageLink]
    /// The language of the programme's own text (its titles, personas, pages) and its direction:
    /// "API אנושי – מפגש 3" reads right to left whatever its first letter.
    var contentLang = "he"
    var contentDir = "rtl"
    /// Said at the top of an item's page that "שחזור" brought back from the bin (`?restored=1`).
    var restored = ""

    /// A link of the header's menu; `current` on the page's own area.
    struct NavLink {
        var href: String
        var name: String
        var current: Bool
    }

    /// The same page in another language.
    struct LanguageLink {
        var href: String
        var name: String
        var code: String
        var current: Bool
    }
}

/// A page as its template reads it: the frame's values first, then the page's own.
struct PageValues: MustacheParent {
    private let frame: TemplateValue
    private let content: TemplateValue

    init(frame: PageFrame, content: some Any) {
        self.frame = TemplateValue(frame)
        self.content = TemplateValue(content)
    }

    func child(named name: String) -> Any? {
        frame.child(named: name) ?? content.child(named: name)
    }
}
