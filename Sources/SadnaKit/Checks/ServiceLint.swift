import Foundation

/// The writing workshop's review of a service page (meeting 7: the essence, a skimmable
/// structure, plain but respectful language, concise, a call to action), with Israeli
/// plain-language guidance. Every finding points at its word, with a hint.
public struct ServiceLint {
    /// The part of the page a finding is about, so that a review print can put it beside it.
    public enum Field: String, Sendable {
        case name, what, forWhom, how, documents, contact, otherHelp, digitalForm, questions, review
    }

    public struct Finding: Sendable {
        public var diagnostic: Diagnostic
        public var field: Field
        /// The finding as a drafter reads it, in any language.
        public var note: ReviewNote
    }

    public let rules: PlainLanguageRules
    /// The day "more than a year ago" counts back from.
    public let today: CalendarDate
    /// Spelling through hspell, when the caller found it installed; nil checks no spelling.
    public let speller: Speller?
    private let source: SourceText

    /// - Parameter texts: the files' texts by display path (`Workshop.texts`), to point a finding
    ///   at its word; without them a finding points at the start of its value.
    public init(rules: PlainLanguageRules, today: CalendarDate, speller: Speller? = nil, texts: [String: String] = [:]) {
        self.rules = rules
        self.today = today
        self.speller = speller
        self.source = SourceText(texts: texts)
    }

    /// Every page's findings, and a note when spelling could not be checked.
    public func check(_ workshop: Workshop) -> [Diagnostic] {
        var found = workshop.services.flatMap { findings($0).map(\.diagnostic) }
        if speller == nil, let first = workshop.services.first {
            found.append(
                .note(.serviceSpellingNotChecked, ["command": .code("sudo apt-get install hspell")], at: first.location))
        }
        return found
    }

    public func findings(_ page: ServicePage) -> [Finding] {
        var found: [Finding] = []
        found += essence(page)
        var seenAcronyms = Set<String>()
        for (field, text) in texts(of: page) {
            found += phrases(text, field)
            found += thirdPerson(text, field)
            found += slashForms(text, field)
            found += acronyms(text, field, seen: &seenAcronyms)
            found += sentences(text, field)
            found += listsInOneItem(text, field)
        }
        found += actions(page)
        found += addresses(page)
        if let reviewed = page.lastReviewed, daysBetween(reviewed.value, today) > 365 {
            found.append(
                .init(
                    diagnostic: .warning(
                        .serviceLastReviewed, ["date": .value(reviewed.value.dotted), "key": .key("last_reviewed")],
                        at: reviewed.location), field: .review,
                    note: ReviewNote(.lastReviewed, ["date": reviewed.value.dotted])))
        }
        if let speller {
            found += speller.check(texts(of: page), source: source)
        }
        return found
    }

    /// Every text a reader sees, with its part of the page, in page order.
    func texts(of page: ServicePage) -> [(Field, Located<String>)] {
        var texts: [(Field, Located<String>)] = [(.name, page.name)]
        if let what = page.what { texts.append((.what, what)) }
        texts += page.forWhom.map { (.forWhom, $0) }
        texts += page.how.flatMap { channel in channel.steps.map { (Field.how, $0) } }
        texts += page.documents.map { (.documents, $0) }
        if let hours = page.otherHelp.receptionHours { texts.append((.otherHelp, hours)) }
        if let department = page.otherHelp.department { texts.append((.otherHelp, department)) }
        for question in page.questions {
            texts.append((.questions, question.question))
            if let answer = question.answer { texts.append((.questions, answer)) }
        }
        return texts
    }

    // MARK: The essence

    private func essence(_ page: ServicePage) -> [Finding] {
        var found: [Finding] = []
        func missing(_ id: MessageID, _ key: String, _ field: Field, note: ReviewNote.Key) {
            found.append(
                .init(
                    diagnostic: .warning(id, ["key": .key(key)], at: page.location), field: field, note: ReviewNote(note)))
        }
        if page.what == nil {
            missing(.serviceEssenceWhat, "what", .what, note: .missingWhat)
        }
        if page.forWhom.isEmpty {
            missing(.serviceEssenceForWhom, "for_whom", .forWhom, note: .missingForWhom)
        }
        if page.how.isEmpty {
            missing(.serviceEssenceHow, "how", .how, note: .missingHow)
        }
        if page.contact.isEmpty {
            missing(.serviceEssenceContact, "contact", .contact, note: .missingContact)
        }
        return found
    }

    /// A way to get the service must tell the reader what to do.
    private func actions(_ page: ServicePage) -> [Finding] {
        page.how.filter { $0.steps.isEmpty && $0.address == nil }.map { channel in
            .init(
                diagnostic: .warning(
                    .serviceNoAction, ["channel": .quoted(channel.kind.value.rawValue)], at: channel.kind.location), field: .how,
                note: ReviewNote(.noAction, ["channel": channel.kind.value.rawValue]))
        }
    }

    // MARK: Language

    private func phrases(_ text: Located<String>, _ field: Field) -> [Finding] {
        rules.phrases.flatMap { rule -> [Finding] in
            occurrences(of: rule.phrase, in: text.value).enumerated().map { index, range in
                let note =
                    rule.replaces
                    ? ReviewNote(
                        .phrase, ["phrase": rule.phrase, "use": rule.use],
                        replacement: replacement(for: rule, at: range, in: text.value))
                    : ReviewNote(.phraseAdvice, ["phrase": rule.phrase, "use": rule.use])
                return .init(
                    diagnostic: .warning(
                        .servicePlainLanguage, ["phrase": .quoted(rule.phrase), "use": .text(rule.use)],
                        at: source.locate(rule.phrase, in: text, occurrence: index)), field: field, note: note)
            }
        }
    }

    /// The words to put in the phrase's place, when they can go there as they are: the phrase
    /// stands as whole words ("הינו", not the end of "שהינו…" mid-word), or it ends in a
    /// one-letter prefix ("בהתאם ל", "במידה ו"), whose word follows: its plain words are then
    /// written apart from that word ("לפי החוק", "אם אתם").
    private func replacement(
        for rule: PlainLanguageRules.Phrase, at range: Range<String.Index>,
        in text: String
    ) -> ReviewNote.Replacement? {
        let endsInPrefix = rule.phrase.split(separator: " ").last?.count == 1
        if endsInPrefix { return .init(found: rule.phrase, with: rule.use + " ") }
        let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
        let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
        guard !after.isLetter, !before.isLetter else { return nil }
        return .init(found: rule.phrase, with: rule.use)
    }

    private func thirdPerson(_ text: Located<String>, _ field: Field) -> [Finding] {
        var found: [Finding] = []
        for word in rules.thirdPerson {
            for (index, _) in occurrences(of: word, in: text.value).enumerated() {
                found.append(
                    .init(
                        diagnostic: .warning(
                            .serviceSecondPerson, ["word": .quoted(word)],
                            at: source.locate(word, in: text, occurrence: index)), field: field,
                        note: ReviewNote(.thirdPerson, ["word": word])))
            }
        }
        return found
    }

    /// "תושב/ת", "רווק.ה": slash and dot forms; plain language prefers the plural.
    private func slashForms(_ text: Located<String>, _ field: Field) -> [Finding] {
        let pattern = try! NSRegularExpression(pattern: "[\\u05D0-\\u05EA]+[/.][\\u05D0-\\u05EA]{1,3}(?![\\u05D0-\\u05EA])")
        let string = text.value as NSString
        var counts: [String: Int] = [:]
        return pattern.matches(in: text.value, range: NSRange(location: 0, length: string.length)).compactMap { match in
            let form = string.substring(with: match.range)
            if form == "ו/או" { return nil }
            let index = counts[form, default: 0]
            counts[form] = index + 1
            return .init(
                diagnostic: .warning(
                    .serviceGenderForms, ["form": .quoted(form)], at: source.locate(form, in: text, occurrence: index)),
                field: field, note: ReviewNote(.genderForm, ["form": form]))
        }
    }

    /// An acronym ("מש"א") is explained the first time it appears: "(…)" right after it, or it
    /// stands in brackets after its words.
    private func acronyms(_ text: Located<String>, _ field: Field, seen: inout Set<String>) -> [Finding] {
        let pattern = try! NSRegularExpression(pattern: "[\\u05D0-\\u05EA]+[\"\\u05F4][\\u05D0-\\u05EA]+")
        let string = text.value as NSString
        var found: [Finding] = []
        for match in pattern.matches(in: text.value, range: NSRange(location: 0, length: string.length)) {
            let acronym = string.substring(with: match.range)
            // Known acronyms (also with a one-letter prefix, "בע"מ") pass; so do bureaucratic
            // phrases ("הנ"ל"), which their own rule reports.
            let bare =
                rules.knownAcronyms.contains(acronym)
                || rules.knownAcronyms.contains { known in acronym.hasSuffix(known) && acronym.count == known.count + 1 }
                || rules.phrases.contains { $0.phrase == acronym }
            guard !bare, seen.insert(acronym).inserted else { continue }
            let after = string.substring(from: match.range.location + match.range.length).trimmingCharacters(in: .whitespaces)
            let before = string.substring(to: match.range.location).trimmingCharacters(in: .whitespaces)
            if after.hasPrefix("(") || before.hasSuffix("(") { continue }
            found.append(
                .init(
                    diagnostic: .warning(.serviceAcronym, ["acronym": .quoted(acronym)], at: source.locate(acronym, in: text)),
                    field: field,
                    note: ReviewNote(.acronym, ["acronym": acronym])))
        }
        return found
    }

    private func sentences(_ text: Located<String>, _ field: Field) -> [Finding] {
        var found: [Finding] = []
        let words = Self.words(in: text.value)
        if words.count > rules.maxParagraphWords {
            found.append(
                .init(
                    diagnostic: .warning(
                        .serviceParagraphLength,
                        ["count": .number(words.count), "limit": .number(rules.maxParagraphWords)], at: text.location),
                    field: field,
                    note: ReviewNote(.paragraph, ["count": String(words.count), "max": String(rules.maxParagraphWords)])))
        }
        for sentence in Self.sentences(in: text.value) {
            let count = Self.words(in: sentence).count
            guard count > rules.maxSentenceWords else { continue }
            let opening = sentence.split(separator: " ").prefix(3).joined(separator: " ")
            found.append(
                .init(
                    diagnostic: .warning(
                        .serviceSentenceLength, ["count": .number(count), "limit": .number(rules.maxSentenceWords)],
                        at: source.locate(opening, in: text)), field: field,
                    note: ReviewNote(.sentence, ["count": String(count), "max": String(rules.maxSentenceWords)])))
        }
        return found
    }

    /// Steps and documents are items of a list, not a list written inside one item.
    private func listsInOneItem(_ text: Located<String>, _ field: Field) -> [Finding] {
        let numbered = try! NSRegularExpression(pattern: "(^|\\s)(\\d{1,2}[.)]|[•●\\-–])\\s")
        let string = text.value as NSString
        let marks = numbered.numberOfMatches(in: text.value, range: NSRange(location: 0, length: string.length))
        let lines = text.value.split(separator: "\n").count
        let commas = field == .documents ? text.value.filter { $0 == "," }.count : 0
        guard marks >= 2 || lines >= 2 || commas >= 2 else { return [] }
        return [
            .init(
                diagnostic: .warning(
                    field == .documents ? .serviceListsDocuments : .serviceListsSteps, ["mark": .code("- ")],
                    at: text.location), field: field,
                note: ReviewNote(field == .documents ? .listDocuments : .listSteps))
        ]
    }

    // MARK: Addresses

    private func addresses(_ page: ServicePage) -> [Finding] {
        var found: [Finding] = []
        func phone(_ value: Located<String>, _ field: Field) {
            if !Self.isIsraeliPhone(value.value) {
                found.append(
                    .init(
                        diagnostic: .warning(.servicePhone, ["value": .quoted(value.value)], at: value.location),
                        field: field,
                        note: ReviewNote(.phone, ["value": value.value])))
            }
        }
        func email(_ value: Located<String>, _ field: Field) {
            if !Self.isEmail(value.value) {
                found.append(
                    .init(
                        diagnostic: .warning(.serviceEmail, ["value": .quoted(value.value)], at: value.location),
                        field: field,
                        note: ReviewNote(.email, ["value": value.value])))
            }
        }
        func url(_ value: Located<String>, _ field: Field) {
            if Self.urlProblem(value.value) != nil {
                let http = value.value.hasPrefix("http://"), https = value.value.hasPrefix("https://")
                let note: ReviewNote.Key = http ? .urlHttp : https ? .urlMalformed : .urlMissing
                let id: MessageID = http ? .serviceUrlHttp : https ? .serviceUrlMalformed : .serviceUrlMissing
                found.append(
                    .init(
                        diagnostic: .warning(
                            id, ["value": .quoted(value.value), "start": .code("https://")], at: value.location),

                        field: field, note: ReviewNote(note, ["value": value.value])))
            }
        }
        page.contact.phone.map { phone($0, .contact) }
        page.contact.email.map { email($0, .contact) }
        page.otherHelp.phones.forEach { phone($0, .otherHelp) }
        page.url.map { url($0, .name) }
        page.digitalForm.map { url($0, .digitalForm) }
        for channel in page.how {
            guard let address = channel.address else { continue }
            switch channel.kind.value {
            case .onlineForm: url(address, .how)
            case .email: email(address, .how)
            case .phone, .whatsapp: phone(address, .how)
            case .mailbox, .inPerson: break
            }
        }
        return found
    }

    /// Landlines (04-6065700), mobiles (050-1234567), 07x numbers, star numbers (*6565) and
    /// 1-800 / 1-700 numbers, with or without dashes and spaces.
    public static func isIsraeliPhone(_ text: String) -> Bool {
        let digits = text.filter { !" -()".contains($0) }
        let patterns = [
            "^0[23489][0-9]{7}$", "^05[0-9]{8}$", "^07[0-9]{8}$", "^\\*[0-9]{4}$", "^1[78]00[0-9]{6}$",
            "^\\+9725[0-9]{8}$", "^\\+972[23489][0-9]{7}$",
        ]
        return patterns.contains { digits.range(of: $0, options: .regularExpression) != nil }
    }

    public static func isEmail(_ text: String) -> Bool {
        text.range(of: "^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$", options: .regularExpression) != nil
    }

    /// Why a link is not a good one, or nil.
    public static func urlProblem(_ text: String) -> String? {
        if text.hasPrefix("http://") { return "is not a secure link (http)" }
        guard text.hasPrefix("https://") else { return "is not a link" }
        let host = text.dropFirst(8).prefix { $0 != "/" }
        guard host.contains("."), !host.contains(" "), !text.contains(" ") else { return "is not a well-formed link" }
        return nil
    }

    // MARK: Text helpers

    static func words(in text: String) -> [Substring] {
        text.split { $0.isWhitespace }.filter { $0.contains { $0.isLetter || $0.isNumber } }
    }

    /// Sentences end at ".", "!", "?" or ";" followed by a space or the end.
    static func sentences(in text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if ".!?;".contains(character) && next.isWhitespace {
                sentences.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            }
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty {
            sentences.append(current.trimmingCharacters(in: .whitespaces))
        }
        return sentences
    }

    func occurrences(of needle: String, in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var from = text.startIndex
        while let range = text.range(of: needle, range: from..<text.endIndex) {
            ranges.append(range)
            from = range.upperBound
        }
        return ranges
    }

    func daysBetween(_ a: CalendarDate, _ b: CalendarDate) -> Int {
        func days(_ d: CalendarDate) -> Int {
            // Days since a fixed day, by the civil-from-days algorithm.
            let y = d.month <= 2 ? d.year - 1 : d.year
            let era = y / 400, yoe = y - era * 400
            let doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1
            return era * 146_097 + (yoe * 365 + yoe / 4 - yoe / 100 + doy)
        }
        return days(b) - days(a)
    }
}

/// Hebrew spelling through hspell (Debian's `hspell`), when it is installed.
public struct Speller: Sendable {
    let path: String

    public init(path: String) {
        self.path = path
    }

    /// hspell reads ISO-8859-8: Hebrew letters from 0xE0, ASCII as is; anything else is a space.
    static func hebrewISO8859(_ text: String) -> Data {
        Data(
            text.unicodeScalars.map { scalar -> UInt8 in
                if scalar.value < 0x80 { return UInt8(scalar.value) }
                if (0x05D0...0x05EA).contains(scalar.value) { return UInt8(0xE0 + scalar.value - 0x05D0) }
                return 0x20
            })
    }

    /// hspell in the first of `directories` (the caller's `PATH`) that holds it.
    public static func find(in directories: [String]) -> Speller? {
        for directory in directories {
            let path = "\(directory)/hspell"
            if FileManager.default.isExecutableFile(atPath: path) { return Speller(path: path) }
        }
        return nil
    }

    /// Words hspell does not know, each reported once at its first use.
    func check(_ texts: [(ServiceLint.Field, Located<String>)], source: SourceText) -> [ServiceLint.Finding] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-a"]  // ispell's pipe mode: "& word n offset: suggestions" or "# word offset"
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return [] }
        let all = texts.map(\.1.value).joined(separator: "\n")
        input.fileHandleForWriting.write(Self.hebrewISO8859(all))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // Its Hebrew letters sit where Windows-1255 has them.
        var unknown: [String: [String]] = [:]
        for line in (SpreadsheetText.windows1255([UInt8](data)) ?? "").split(separator: "\n") {
            guard line.hasPrefix("&") || line.hasPrefix("#") else { continue }
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count >= 2 else { continue }
            let suggestions =
                line.split(separator: ":", maxSplits: 1).dropFirst().first.map {
                    $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                } ?? []
            unknown[String(parts[1])] = suggestions
        }
        var found: [ServiceLint.Finding] = []
        var reported = Set<String>()
        for (field, text) in texts {
            for word in Set(text.value.split { !$0.isLetter && $0 != "\"" && $0 != "'" }.map(String.init)) {
                guard let suggestions = unknown[word], reported.insert(word).inserted else { continue }
                let note =
                    suggestions.isEmpty
                    ? ReviewNote(.spelling, ["word": word])
                    : ReviewNote(
                        .spellingSuggestions, ["word": word, "suggestions": suggestions.prefix(3).joined(separator: ", ")],
                        replacement: suggestions.count == 1 ? .init(found: word, with: suggestions[0]) : nil)
                found.append(
                    .init(
                        diagnostic: .warning(
                            suggestions.isEmpty ? .serviceSpelling : .serviceSpellingSuggestions,
                            [
                                "word": .quoted(word),
                                "suggestions": .list(suggestions.prefix(3).map { .quoted($0) }),
                            ],
                            at: source.locate(word, in: text)), field: field, note: note))
            }
        }
        return found
    }
}
