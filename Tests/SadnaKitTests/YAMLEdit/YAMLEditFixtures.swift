import Testing

@testable import SadnaKit

enum Fixtures {
    static let persona = """
        # Rochan: the source's own example (line 262), a new security guard who needs a resident certificate.
        name: רוחן
        summary: מאבטח חדש בבית הספר, צריך אישור תושב כדי לקבל רישיון נשק
        quote: אני מתחיל לעבוד בעוד שבוע. אין לי זמן לרוץ בין משרדים.
        age: 27            # the source says "young"
        languages: [עברית, אמהרית]
        interests:
          - כושר
          - כדורגל
        main_services: [resident-certificate]
        accessibility: ""
        background: |-
          עבר לעמק לפני שנה…
          גר לבד.
        example: true

        """

    static let journey = """
        # Journey: resident certificate for a gun licence (source lines 120-180)
        title: אישור תושב לרישיון נשק
        persona: rochan
        stages:
          - title: גילוי
            actions: [מחפש באתר העירייה, שואל חבר]
            pains:
              - text: לא ברור איזה טופס צריך
                evidence: "source line 124"
              - text: האתר לא עובד בנייד  # line 126
                evidence: line 126
            emotion: {score: -1, word: מבולבל}
          # the visit itself (line 140)
          - title: הגעה למשרד
            actions: [נוסע לעירייה]
            pains:
              - text: "תור של שעה: אין מספרים"
                evidence: line 141
            emotion: {score: -2, word: מתוסכל}
          - title: המתנה   # line 150
            actions: []
            pains:
              - text: מחכה לאישור בדואר
                evidence: line 150
            emotion: {score: -1, word: מחכה}
            # end of the waiting stage
        notes: |
          המסע נבנה מתוך הראיון.
          # not a comment: inside the block
        """ + "\n"

    static let service = """
        # Service page: resident certificate (אישור תושב)
        id: resident-certificate
        title: אישור תושב
        summary: 'אישור שאתה גר ביישוב'
        how:
          - channel: online
            address: https://example.org/forms/resident
            steps: [נכנסים לאתר, ממלאים טופס, מקבלים במייל]
          - channel: phone
            address: "*6565"   # the municipal hotline
            steps:
              - מתקשרים
              - מבקשים אישור   # line 88
        contact:
          name: מוקד העירייה
          phone: 04-6565000
          email: moked@example.org
        cost: 0

        """

    static let all = [persona, journey, service]
}

/// Every path in a value tree that leads to a scalar.
func scalarPaths(_ value: YAMLValue, _ prefix: YAMLPath = []) -> [YAMLPath] {
    switch value {
    case let .mapping(entries):
        return entries.flatMap { scalarPaths($0.value, prefix + [.key($0.key)]) }
    case let .sequence(items):
        return items.enumerated().flatMap { scalarPaths($0.element, prefix + [.index($0.offset)]) }
    default:
        return [prefix]
    }
}

/// Lines split at "\n" only, so CRLF lines keep their "\r" (Swift would treat "\r\n" as one Character).
func lines(_ s: String) -> [Substring] {
    var result: [Substring] = []
    var start = s.startIndex
    for i in s.unicodeScalars.indices where s.unicodeScalars[i] == "\n" {
        result.append(s[start..<i])
        start = s.unicodeScalars.index(after: i)
    }
    result.append(s[start...])
    return result
}

/// Lines of `after` that differ from `before` once the common head and tail are set aside:
/// returns (first changed line, old changed count, new text of the changed lines).
func changedLines(_ before: String, _ after: String) -> (at: Int, removed: [Substring], added: [Substring]) {
    let a = lines(before), b = lines(after)
    var head = 0
    while head < min(a.count, b.count) && a[head] == b[head] { head += 1 }
    var tail = 0
    while tail < min(a.count, b.count) - head && a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
    return (head, Array(a[head..<(a.count - tail)]), Array(b[head..<(b.count - tail)]))
}

func reparsed(_ text: String) throws -> YAMLValue {
    try YAMLDocumentEditor(text: text).value
}
