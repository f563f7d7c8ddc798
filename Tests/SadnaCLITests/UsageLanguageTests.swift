import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

/// What the command line cannot run as written — ArgumentParser's own refusals and a name that
/// matches nothing — is said in the reader's language with the `--help` to run, and the closing
/// count says "no errors" in each language's words.
@Suite("Usage errors and the summary in the reader's language")
struct UsageLanguageTests {
    let folder = TemporaryFolder()

    /// A programme of four meetings, kept in `language`.
    func programme(language: String) -> URL {
        folder.write("p/workshop.yaml", "title: סדנת בדיקה\norganisation: מועצה\nyears: 2026\nlanguage: \(language)\n")
        for n in 1...4 { folder.write("p/meetings/0\(n).yaml", "title: מפגש \(n)\n") }
        return folder.path("p")
    }

    func sadna(_ arguments: [String], in place: URL? = nil, environment: [String: String] = [:]) -> ProcessResult {
        sadnaInProcess(arguments, in: place ?? folder.url, speaking: nil, environment: environment)
    }

    @Test func anUnknownOptionIsSaidInEachLanguageWithTheHelpToRun() {
        let path = programme(language: "he").path
        let hebrew = sadna(["render", "agenda", "1", "--workshop", path, "--bogus"])
        #expect(hebrew.status == 2)
        #expect(hebrew.stderr.contains("error: לפקודה אין אפשרות \u{2068}`--bogus`\u{2069}"), "\(hebrew.stderr)")
        #expect(hebrew.stderr.contains("`sadna render agenda --help`"), "\(hebrew.stderr)")
        #expect(!hebrew.stderr.contains("Unknown option") && !hebrew.stderr.contains("Usage:"))
        let arabic = sadna(["kit", "--workshop", path, "--lang", "ar", "--outptu=x"])
        #expect(arabic.status == 2)
        #expect(arabic.stderr.contains("لا يوجد لهذا الأمر خيار"), "\(arabic.stderr)")
        #expect(arabic.stderr.contains("هل تقصدون \u{2068}`--output`\u{2069}"), "the likely option: \(arabic.stderr)")
        let english = sadna(["check", path, "--frobnicate"], environment: ["LANG": "he_IL.UTF-8"])
        #expect(english.stderr.contains("לפקודה אין אפשרות"), "the workshop's language before LANG: \(english.stderr)")
    }

    @Test func aMissingValueAMissingArgumentAndABadValueAreSaidToo() {
        let path = programme(language: "ar").path
        let value = sadna(["kit", "--workshop", path, "--output"])
        #expect(value.status == 2 && value.stderr.contains("تنقص قيمة بعد"), "\(value.stderr)")
        #expect(value.stderr.contains("`sadna kit --help`"))
        let argument = sadna(["new", "meeting", "--workshop", path])
        #expect(argument.status == 2 && argument.stderr.contains("ينقص"), "\(argument.stderr)")
        let bad = sadna(["render", "cards", "--card", "huge", "--workshop", path, "--lang", "he"])
        #expect(bad.status == 2, "\(bad.stderr)")
        #expect(bad.stderr.contains("הערך \"\u{2068}huge\u{2069}\" אינו מתאים ל־"), "\(bad.stderr)")
        #expect(bad.stderr.contains("\u{2068}`poker`\u{2069}"), "the values it takes: \(bad.stderr)")
        let english = sadna(["render", "cards", "--card", "huge", "--workshop", path, "--lang", "en"])
        #expect(english.stderr.contains("\"huge\" is not a value `--card <card>` takes"), "\(english.stderr)")
        #expect(english.stderr.contains("write one of: `A5`, `A6`, `A7`, `poker`"))
    }

    @Test func aMeetingThatIsNotThereNamesTheFolderAndTheMeetingsThereAre() {
        let path = programme(language: "he")
        let here = sadna(["render", "agenda", "9", "--lang", "en"], in: path)
        #expect(here.status == 2)
        #expect(here.stderr.contains("there is no meeting \"9\" in the programme in p"), "\(here.stderr)")
        #expect(here.stderr.contains("there are: `01`, `02`, `03`, `04`"), "\(here.stderr)")
        #expect(!here.stderr.contains("in ..") && !here.stderr.contains("did you mean"), "a number is no typo of another")
        let hebrew = sadna(["render", "agenda", "9"], in: path)
        #expect(hebrew.stderr.contains("אין מפגש \"\u{2068}9\u{2069}\" בתכנית שבתיקייה \u{2068}p\u{2069}"), "\(hebrew.stderr)")
    }

    @Test func theSummarySaysNoErrorsAndEachLanguagesPlurals() {
        let diagnostics = { (errors: Int, warnings: Int) -> [Diagnostic] in
            Array(repeating: Diagnostic.error(.workshopMissing, ["folder": .path("x")], at: nil), count: errors)
                + Array(repeating: Diagnostic.warning(.workshopMissing, ["folder": .path("x")], at: nil), count: warnings)
        }
        #expect(DiagnosticFormatter.summary(diagnostics(0, 0), in: .he) == "אין שגיאות, אין אזהרות")
        #expect(DiagnosticFormatter.summary(diagnostics(0, 0), in: .ar) == "لا أخطاء، لا تحذيرات")
        #expect(DiagnosticFormatter.summary(diagnostics(0, 0), in: .en) == "no errors, no warnings")
        #expect(DiagnosticFormatter.summary(diagnostics(2, 1), in: .he) == "שתי שגיאות, אזהרה אחת")
        #expect(DiagnosticFormatter.summary(diagnostics(2, 2), in: .ar) == "خطآن، تحذيران")
        #expect(DiagnosticFormatter.summary(diagnostics(3, 12), in: .ar) == "\u{2068}3\u{2069} أخطاء، \u{2068}12\u{2069} تحذيرًا")
        #expect(DiagnosticFormatter.summary(diagnostics(1, 11), in: .en) == "1 error, 11 warnings")
        let clean = sadna(["check", programme(language: "he").path])
        #expect(clean.stderr.contains("אין שגיאות, אין אזהרות"), "\(clean.stderr)")
    }

    @Test func whatStopsARunIsSaidInTheReadersLanguage() {
        let path = programme(language: "ar").path
        #expect(sadna(["new", "persona", "rina", "--workshop", path]).status == 0)
        let again = sadna(["new", "persona", "rina", "--workshop", path])
        #expect(again.status == 1 && again.stderr.contains("موجود من قبل؛ لم يُكتب شيء"), "\(again.stderr)")
        #expect(again.stderr.contains("\u{2068}`--force`\u{2069}"), "\(again.stderr)")
        let badID = sadna(["new", "persona", "רינה!", "--workshop", path, "--lang", "he"])
        #expect(badID.status == 2 && badID.stderr.contains("מזהה מכיל אותיות, ספרות"), "\(badID.stderr)")
        let nowhere = sadna(["check", folder.path("nowhere").path], environment: ["LANG": "he_IL.UTF-8"])
        #expect(nowhere.status == 2 && nowhere.stderr.contains("אין תיקייה"), "\(nowhere.stderr)")
        let twice = sadna(["check", path, "--workshop", folder.path("other").path, "--lang", "en"])
        #expect(twice.status == 2 && twice.stderr.contains("the workshop is named twice"), "\(twice.stderr)")
    }

    @Test func theSystemsRefusalsAreSaidInEachLanguage() {
        let full = OutputError(URL(fileURLWithPath: "/tmp/out/a.pdf"), reason: "the disk is full", code: ENOSPC).failure
        #expect(full.message(in: .he).contains("הדיסק מלא"), "\(full.message(in: .he))")
        #expect(full.message(in: .ar).contains("القرص ممتلئ"), "\(full.message(in: .ar))")
        #expect(full.message(in: .en).contains("the disk is full"))
        let denied = Diagnostic.error(
            .outputUnwritable, ["path": .path("x"), "reason": SystemError.reason(errno: EACCES)], at: nil)
        #expect(denied.message(in: .he).contains("אין הרשאה"), "\(denied.message(in: .he))")
        #expect(SystemError.reason(POSIXError(.ENOENT)) == .phrase(.phraseSystemMissing))
    }

    @Test func optionsThatDoNotGoTogetherAreSaidInEachLanguage() {
        let path = programme(language: "he").path
        let blank = sadna(["render", "agenda", "1", "--blank", "--participant", "--workshop", path])
        #expect(blank.status == 2, "\(blank.stderr)")
        #expect(
            blank.stderr.contains("מדפיס דף ריק: אל תציינו מפגש והורידו את \u{2068}`--participant`\u{2069}"), "\(blank.stderr)")
        let arabic = sadna(["render", "task-cards", "--calibration", "--bleed", "2", "--workshop", path, "--lang", "ar"])
        #expect(arabic.status == 2 && arabic.stderr.contains("لا يجتمع مع"), "\(arabic.stderr)")
        let english = sadna(["render", "journey", "--lanes", "x", "--workshop", path, "--lang", "en"])
        #expect(english.status == 2 && english.stderr.contains("`--lanes` is for `--blank` only"), "\(english.stderr)")
        let sheet = sadna(["render", "worksheet", "mind-mapp", "--workshop", path, "--lang", "en"])
        #expect(sheet.status == 2 && sheet.stderr.contains("there is no worksheet \"mind-mapp\""), "\(sheet.stderr)")
        #expect(sheet.stderr.contains("did you mean `mind-map`?"), "\(sheet.stderr)")
    }
}
