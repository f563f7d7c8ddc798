import Foundation
import SadnaKit
import SadnaPrint
import SadnaTestSupport
import Testing

@testable import sadna

/// What a command says it did — the files it wrote, what a check counted, what an import took,
/// where a scan went — and its rarer refusals, in the reader's language: `--lang`, else the
/// workshop's, else `LANG`, with paths and numbers isolated in a right-to-left line.
@Suite("What the command line did, in the reader's language")
struct ResultLanguageTests {
    let folder = TemporaryFolder()

    /// A programme of four meetings, kept in `language`, in the folder `name`.
    func programme(language: String, name: String = "p") -> URL {
        folder.write("\(name)/workshop.yaml", "title: סדנת בדיקה\norganisation: מועצה\nyears: 2026\nlanguage: \(language)\n")
        for n in 1...4 { folder.write("\(name)/meetings/0\(n).yaml", "title: מפגש \(n)\n") }
        return folder.path(name)
    }

    func sadna(_ arguments: [String], environment: [String: String] = [:]) -> ProcessResult {
        sadnaInProcess(arguments, in: folder.url, speaking: nil, environment: environment)
    }

    /// "⁨x⁩": a path or a number as a Hebrew or Arabic line holds it.
    func isolated(_ text: String) -> String { "\u{2068}\(text)\u{2069}" }

    @Test func aWrittenPDFIsSaidWithItsPagesAndPaperInEachLanguage() {
        let path = programme(language: "he").path
        let hebrew = sadna(["render", "agenda", "1", "--workshop", path, "-o", "a.pdf"])
        #expect(hebrew.status == 0, "\(hebrew.stderr)")
        #expect(hebrew.stdout.contains("נכתב \(isolated("a.pdf")) (עמוד אחד, \(isolated("A4")))"), "\(hebrew.stdout)")
        let arabic = sadna(["render", "journey", "--blank", "--workshop", path, "-o", "j.pdf", "--lang", "ar"])
        #expect(arabic.stdout.contains("كُتب \(isolated("j.pdf")) (صفحة واحدة، \(isolated("A3")) بالعرض)"), "\(arabic.stdout)")
        let english = sadna(["render", "agenda", "1", "--workshop", path, "-o", "a.pdf", "--lang", "en"])
        #expect(english.stdout.contains("wrote a.pdf (1 page, A4)"), "\(english.stdout)")
        #expect(!hebrew.stdout.contains("wrote") && !arabic.stdout.contains("wrote"))
    }

    @Test func aCountHasEachLanguagesPluralForms() {
        func said(_ count: Int, _ language: Language) -> String {
            Console.$language.withValue(language) {
                Console.words(.phraseRunWroteCount, ["path": .path("k.pdf"), "count": Counted.pages(count)])
            }
        }
        #expect(said(2, .he).hasSuffix("(שני עמודים)"))
        #expect(said(6, .he).hasSuffix("(\(isolated("6")) עמודים)"))
        #expect(said(2, .ar).hasSuffix("(صفحتان)"))
        #expect(said(6, .ar).hasSuffix("(\(isolated("6")) صفحات)"))
        #expect(said(45, .ar).hasSuffix("(\(isolated("45")) صفحة)"), "eleven and more: the singular")
        #expect(said(1, .en) == "wrote k.pdf (1 page)" && said(45, .en) == "wrote k.pdf (45 pages)")
    }

    @Test func aCheckCountsWhatItFoundInTheWorkshopsLanguage() {
        let path = programme(language: "ar").path
        let arabic = sadna(["check", path])
        #expect(arabic.status == 0, "\(arabic.stderr)")
        #expect(arabic.stderr.contains("تم فحص \(isolated("p")) — الاجتماعات: \(isolated("4"))"), "\(arabic.stderr)")
        let hebrew = sadna(["check", path, "--lang", "he"])
        #expect(hebrew.stderr.contains("נבדקה \(isolated("p")) — מפגשים: \(isolated("4")), כרטיסי משימה:"), "\(hebrew.stderr)")
        let english = sadna(["check", path, "--lang", "en"])
        #expect(english.stderr.contains("checked p: 4 meetings, 0 task cards"), "\(english.stderr)")
        let json = sadna(["check", path, "--format", "json"])
        #expect(!json.stdout.contains("تم فحص") && !json.stderr.contains("تم فحص"), "JSON keeps its shape: \(json.stdout)")
    }

    @Test func anUnknownOptionAfterTheWorkshopIsNotTakenForASecondWorkshop() {
        let path = programme(language: "he").path
        let hebrew = sadna(["kit", "--workshop", path, "--out", "Y"])
        #expect(hebrew.status == 2)
        #expect(hebrew.stderr.contains("error: לפקודה אין אפשרות \(isolated("`--out`"))"), "\(hebrew.stderr)")
        #expect(hebrew.stderr.contains("\(isolated("`--output`"))"), "did you mean: \(hebrew.stderr)")
        #expect(!hebrew.stderr.contains("פעמיים"), "not 'named twice': \(hebrew.stderr)")
        let arabic = sadna(["kit", "--workshop", path, "--out", "Y", "--lang", "ar"])
        #expect(arabic.stderr.contains("لا يوجد لهذا الأمر خيار \(isolated("`--out`"))"), "\(arabic.stderr)")
        let english = sadna(["check", path, "--lang", "en", "--out", "Y"])
        #expect(english.stderr.contains("the command has no option `--out`"), "\(english.stderr)")
        let flag = sadna(["check", path, "--strict=yes"])
        #expect(flag.status == 2)
        #expect(
            flag.stderr.contains("\(isolated("`--strict`")) לא מקבל ערך, אבל נכתב אחריו \"\(isolated("yes"))\""), "\(flag.stderr)"
        )
        let dashes = sadna(["check", path, "---x", "--lang", "ar"])
        #expect(dashes.status == 2 && dashes.stderr.contains("لا يوجد لهذا الأمر خيار \(isolated("`---x`"))"), "\(dashes.stderr)")
        // Named twice, and differently, it still is.
        let twice = sadna(["check", path, "--workshop", folder.path("other").path, "--lang", "en"])
        #expect(twice.status == 2 && twice.stderr.contains("named twice"), "\(twice.stderr)")
    }

    @Test func aWorkshopsOwnFileAndAFolderAreRefusedInTheReadersWords() {
        let path = programme(language: "he")
        let own = sadna(["render", "agenda", "1", "--workshop", path.path, "-o", "p/meetings/01.yaml"])
        #expect(own.status == 1)
        #expect(own.stderr.contains("הוא אחד מהקבצים של הסדנה עצמה"), "\(own.stderr)")
        #expect(own.stderr.contains("hint: בחרו שם אחר לקובץ PDF"), "\(own.stderr)")
        let into = sadna(["render", "agenda", "1", "--workshop", path.path, "-o", "p", "--lang", "ar"])
        #expect(into.stderr.contains("error: \(isolated("p")) مجلد"), "\(into.stderr)")
        #expect(into.stderr.contains("\(isolated("`p/out.pdf`"))"), "\(into.stderr)")
    }

    @Test func aFolderThatCannotBeMadeAndAnEmptyPageAskedWrongAreSaidInTheReadersWords() {
        let path = programme(language: "he").path
        folder.write("taken", "a file where the previews' folder would go")
        let hebrew = sadna(["render", "agenda", "1", "--workshop", path, "-o", "a.pdf", "--png", "taken"])
        #expect(hebrew.status == 1)
        #expect(
            hebrew.stderr.contains("אי אפשר ליצור את התיקייה שלו, \(isolated("taken")) (הוא כבר קיים)"), "\(hebrew.stderr)")
        let blank = sadna(["render", "persona", "--blank", "dana", "--workshop", path, "--lang", "ar"])
        #expect(blank.status == 2)
        #expect(blank.stderr.contains("لا تذكروا أي شخصية"), "\(blank.stderr)")
        #expect(!blank.stderr.contains("--full"), "--full was not given: \(blank.stderr)")
    }

    @Test func aNewProgrammeAndWhatItCarriesAreSaidInTheEnvironmentsLanguage() throws {
        let hebrew = sadna(["new", "workshop", "mine"], environment: ["LANG": "he_IL.UTF-8"])
        #expect(hebrew.status == 0, "\(hebrew.stderr)")
        #expect(hebrew.stdout.contains("נכתבה \(isolated("mine")): \(isolated("workshop.yaml"))"), "\(hebrew.stdout)")
        #expect(hebrew.stdout.contains("ועכשיו: \(isolated("`cd mine`"))"), "\(hebrew.stdout)")
        // The new programme is kept in Hebrew, which its files then speak whatever the environment.
        let made = sadna(["new", "persona", "dana", "--workshop", "mine"], environment: ["LANG": "ar_EG.UTF-8"])
        #expect(made.stdout.contains("נכתב \(isolated("mine/personas/dana.yaml")); מלאו אותו"), "\(made.stdout)")
        _ = programme(language: "ar", name: "arabic")
        let arabic = sadna(["new", "persona", "dana", "--workshop", "arabic"])
        #expect(arabic.stdout.contains("كُتب \(isolated("arabic/personas/dana.yaml"))؛ املؤوه"), "\(arabic.stdout)")

        folder.write("broken/workshop.yaml", "title: [never closed\n")
        let carried = sadna(["new", "workshop", "next", "--from", "broken"], environment: ["LANG": "he_IL.UTF-8"])
        #expect(carried.status == 1)
        #expect(
            carried.stderr.contains(
                "error: אי אפשר להעביר את \(isolated("broken/workshop.yaml")) לתכנית החדשה: הוא אינו YAML תקין"),
            "\(carried.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("next").path), "nothing was written")
        let english = sadnaInProcess(["new", "workshop", "next", "--from", "broken"], in: folder.url)
        #expect(english.stderr.contains("broken/workshop.yaml cannot be carried over: it is not valid YAML"), "\(english.stderr)")
    }

    @Test func anImportSaysWhatItTookAndLeftInTheReadersLanguage() {
        _ = programme(language: "ar", name: "team")
        folder.write("people.csv", "שם,מחלקה\nדנה כהן,רווחה\nיוסי לוי,הנדסה\n")
        let arabic = sadna(["import", "participants", "people.csv", "--workshop", "team"], environment: ["LANG": "ar_IL.UTF-8"])
        #expect(arabic.status == 0, "\(arabic.stderr)")
        #expect(
            arabic.stdout.contains("أضيف إلى \(isolated("team/participants.yaml")): \(isolated("2")) من \(isolated("2"))"),
            "\(arabic.stdout)")
        folder.write("team/workshop.yaml", "title: סדנת בדיקה\norganisation: מועצה\nyears: 2026\n")
        let again = sadna(["import", "participants", "people.csv", "--workshop", "team"], environment: ["LANG": "he_IL.UTF-8"])
        #expect(again.stdout.contains("לא השתנה: אין שמות חדשים"), "\(again.stdout)")
        #expect(
            again.stdout.contains("; כבר ברשימה, ונשארו כמו שהם: \(isolated("דנה כהן")), \(isolated("יוסי לוי"))"),
            "\(again.stdout)")
        folder.write("personas.csv", "שם,גיל\nדנה,40\nיוסי,ארבעים\n")
        let personas = sadna(["import", "personas", "personas.csv", "--workshop", "team"], environment: ["LANG": "he_IL.UTF-8"])
        #expect(personas.status == 1)
        #expect(
            personas.stdout.contains("פרסונות שיובאו אל \(isolated("team/personas")): \(isolated("1")) מתוך \(isolated("2"))"),
            "\(personas.stdout)")
        #expect(personas.stdout.contains("(נקרא כ־\(isolated("UTF-8")), עם פסיק בין התאים)"), "\(personas.stdout)")
        #expect(personas.stdout.contains("שורות שלא יובאו בגלל שגיאות: \(isolated("3"))"), "\(personas.stdout)")
    }

    @Test func aPictureThatIsNotOneIsSaidInTheReadersWords() {
        let path = programme(language: "he")
        folder.write("p/logo.png", "not a picture")
        folder.write("p/workshop.yaml", "title: סדנת בדיקה\norganisation: מועצה\nyears: 2026\nlanguage: he\nlogo: logo.png\n")
        let hebrew = sadna(["check", path.path])
        #expect(hebrew.stderr.contains("הקובץ אינו תמונת PNG או JPEG"), "\(hebrew.stderr)")
        let arabic = sadna(["check", path.path, "--lang", "ar"])
        #expect(arabic.stderr.contains("الملف ليس صورة PNG ولا JPEG"), "\(arabic.stderr)")
    }

    @Test func aScannedSignInSheetIsReportedInHebrewAndArabic() throws {
        let workshop = try emekCopy(in: folder, editingMeeting: "03") { $0 }
        let team = "- name: סמדר כהן\n  department: מזכירות\n- name: אחמד חטיב\n  department: הנדסה\n"
        try Data(team.utf8).write(to: workshop.appendingPathComponent("participants.yaml"))
        let loaded = try #require(check(workshop).workshop)
        let page = try printed(PrintRequest(.signIn, items: ["01"]), workshop: loaded).pages[0]
        var maker = SyntheticPhoto()
        maker.rotation = 5
        let photo = folder.path("IMG_0201.jpg")
        try maker.jpeg(of: page, marks: ["signature-1": .strokes]).write(to: photo)

        let hebrew = sadna(["scan", photo.path, "--workshop", workshop.path])
        #expect(hebrew.status == 0, "\(hebrew.stderr)")
        #expect(hebrew.stdout.contains("\(isolated(photo.path)): דף נוכחות, עמוד \(isolated("1")), נשמר ב־"), "\(hebrew.stdout)")
        #expect(
            hebrew.stdout.contains("  חתמו (מוצעים כנוכחים במפגש \(isolated("01"))): \(isolated("סמדר כהן"))"), "\(hebrew.stdout)"
        )
        #expect(hebrew.stdout.contains("  בלי חתימה: \(isolated("אחמד חטיב"))"), "\(hebrew.stdout)")
        #expect(hebrew.stdout.contains("  בדקו את השמות מול page.png"), "\(hebrew.stdout)")
        #expect(!hebrew.stdout.contains("signed") && !hebrew.stdout.contains("fields"), "\(hebrew.stdout)")

        let arabic = sadnaInProcess(
            ["scan", photo.path, "--workshop", workshop.path, "--replace"], in: folder.url, speaking: .ar)
        #expect(arabic.status == 0, "\(arabic.stderr)")
        #expect(arabic.stdout.contains(": ورقة حضور، الصفحة \(isolated("1"))، حُفظ في "), "\(arabic.stdout)")
        #expect(
            arabic.stdout.contains("  وقّعوا (مقترحون حاضرين في الاجتماع \(isolated("01"))): \(isolated("סמדר כהן"))"),
            "\(arabic.stdout)")
        #expect(arabic.stdout.contains("  دون توقيع: \(isolated("אחמד חטיב"))"), "\(arabic.stdout)")
    }
}
