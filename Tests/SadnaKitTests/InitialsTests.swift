import SadnaTestSupport
import Testing

@testable import SadnaKit

@Suite("Initials on a persona's avatar")
struct InitialsTests {
    @Test func theShippedPersonasGetTheLetterThatTellsThemApart() {
        let initials = Dictionary(uniqueKeysWithValues: emek.personas.map { ($0.id, $0.initials) })
        #expect(
            initials == [
                "danny-parents": "ד", "lifshitz-family": "ל", "noach-family": "נ", "pensioners": "פ",
                "rochan": "ר",
            ])
    }

    @Test(arguments: [
        ("יוסי (יוסף) מזרחי", "ימ"), ("רוחן", "ר"), ("דנה כהן-לוי", "דכ"), ("זוג הפנסיונרים", "פ"),
        ("משפחת הלוי", "ה"), ("ההורים של דני", "ד"),
        ("Mary Ann Smith", "MS"), ("the Cohen family", "C"), ("Danny's parents", "D"),
        ("عائلة المصري", "م"), ("\"נועה\"", "נ"),
    ])
    func namesGiveTheirInitials(name: String, expected: String) {
        #expect(Initials.of(name) == expected)
    }

    @Test func aNameWithoutLettersFallsBackToItsFirstCharacter() {
        #expect(Initials.of("42") == "4")
        #expect(Initials.of("") == "")
    }
}
