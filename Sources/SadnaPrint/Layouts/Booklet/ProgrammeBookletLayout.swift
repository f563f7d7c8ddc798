import SadnaKit

/// The programme's booklet, as the source document is one: a cover, the contents, then the
/// story, goals, service concept, team and meeting format, every meeting with its agenda and
/// homework, the outcomes, the programme's closing sections, the participants' reflections and
/// questionnaire, and the thanks. Each part opens with a bookmark; the contents give its page.
struct ProgrammeBookletLayout {
    let context: LayoutContext
    let labels: Labels<BookletLabel>

    static let margin = 18.0
    static let body = TextStyle(size: 10.5, lineSpacing: 1.25)

    /// A part of the booklet as the contents list it: its title, level, and page (from 0, in the body).
    struct Entry {
        var title: String
        var level: Int
        var page: Int
    }

    func document() -> PrintDocument {
        let (body, entries) = self.body()
        // The contents come after the cover; their own length shifts every page they list.
        // On one page if it can be, closer set if need be, rather than a few lines on a second.
        var compact = false
        var contentsPages = contents(entries, offset: 2, compact: compact)
        if contentsPages.count > 1 {
            compact = true
            contentsPages = contents(entries, offset: 2, compact: compact)
        }
        if contentsPages.count != 1 { contentsPages = contents(entries, offset: 1 + contentsPages.count, compact: compact) }
        let offset = 1 + contentsPages.count
        let pages = [cover()] + contentsPages + body
        let numbered = pages.enumerated().map { index, page -> Page in
            var page = page
            guard index > 0 else { return page }
            PageFooter(
                about: context.workshop.title.value, place: PageFooter.pageNumber(index, of: pages.count, labels: labels),
                context: context
            ).draw(on: &page, margin: Self.margin)
            return page
        }
        let bookmarks =
            [Bookmark(title: labels(.contents), page: 1)]
            + entries.map { Bookmark(title: $0.title, page: $0.page + offset, level: $0.level) }
        let info = context.info(title: "\(labels(.programme)) — \(context.workshop.title.value)", subject: labels(.programme))
        return PrintDocument(info: info, pages: numbered, bookmarks: bookmarks)
    }

    // MARK: Cover and contents

    private func cover() -> Page {
        let workshop = context.workshop, typesetter = context.typesetter, data = context.data
        var page = Page(size: Paper.a4.size)
        let width = Paper.a4.size.width - 2 * Self.margin
        page.add(.rectangle(Rect(x: 0, y: 0, width: Paper.a4.size.width, height: 12), cornerRadius: 0), .filled(.accent))
        var y = 70.0
        func add(_ text: String, _ style: TextStyle, language: TextLanguage, gap: Double, source: SourceLocation? = nil) {
            let block = typesetter.layout(text, style: style.aligned(.centre), width: width, language: language, source: source)
            page.add(block, at: Point(x: Self.margin, y: y))
            y += block.height + gap
        }
        add(labels(.programme), TextStyle(size: 14, colour: .muted), language: context.language, gap: 6)
        add(
            workshop.title.value, TextStyle(size: 34, weight: .bold, colour: .accent), language: data, gap: 8,
            source: workshop.title.location)
        if let organisation = workshop.organisation {
            add(organisation.value, TextStyle(size: 18), language: data, gap: 3, source: organisation.location)
        }
        if let years = workshop.years { add(years.value, TextStyle(size: 14, colour: .muted), language: .en, gap: 3) }
        if let concept = workshop.serviceConcept {
            let block = typesetter.layout(
                concept.name.value, style: TextStyle(size: 26, weight: .bold, colour: .accent, alignment: .centre),
                width: width - 20, language: data, source: concept.name.location)
            let box = Rect(x: Self.margin, y: 170, width: width, height: block.height + 16)
            page.add(.rectangle(box, cornerRadius: 3), .filled(.tint))
            page.add(block, at: Point(x: Self.margin + 10, y: box.y + 8))
        }
        if !workshop.authors.isEmpty {
            let names = workshop.authors.map(\.value).joined(separator: ", ")
            let block = typesetter.layout(
                labels(.writtenBy, ["names": context.dataOnPage.isolated(names)]),
                style: TextStyle(size: 11, colour: .muted, alignment: .centre), width: width,
                language: context.dataOnPage.paragraph)
            page.add(block, at: Point(x: Self.margin, y: Paper.a4.size.height - Self.margin - 10 - block.height))
        }
        return page
    }

    /// The contents: every part and meeting with its page, `offset` pages before the body.
    private func contents(_ entries: [Entry], offset: Int, compact: Bool) -> [Page] {
        let typesetter = context.typesetter, page = context.language
        let flow = PageFlow(paper: .a4, margin: Self.margin, footerHeight: PageFooter.height)
        let order = ReadingOrder(minX: flow.left, maxX: flow.right, direction: page.direction)
        let title = typesetter.layout(
            labels(.contents), style: TextStyle(size: 22, weight: .bold, colour: .accent), width: flow.width,
            language: page)
        flow.add(title, at: Point(x: flow.left, y: flow.y))
        flow.advance(title.height + 8)
        for entry in entries {
            let indent = entry.level == 0 ? 0.0 : 8
            let style =
                entry.level == 0 ? TextStyle(size: compact ? 11 : 12, weight: .bold) : TextStyle(size: compact ? 9.5 : 10.5)
            let number = typesetter.layout(String(entry.page + offset + 1), style: style, width: nil, language: .en)
            let text = typesetter.layout(
                context.dataOnPage.isolated(entry.title), style: style, width: flow.width - indent - 18,
                language: context.dataOnPage.paragraph)
            let height = max(text.height, number.height) + (entry.level == 0 ? (compact ? 1.5 : 3) : (compact ? 0.8 : 1.5))
            flow.ensure(height)
            if entry.level == 0 { flow.advance(compact ? 0.8 : 1.5) }
            flow.add(text, at: Point(x: order.x(offset: indent, width: text.width), y: flow.y))
            // Leaders: a dotted line from the title's last word to its page number.
            if let last = text.lines.last {
                let from = indent + text.lastLineWidth + 1.5, to = flow.width - number.width - 1.5
                if to - from > 3 {
                    let y = flow.y + last.baseline
                    flow.add(
                        .line(
                            from: Point(x: order.x(offset: from, width: 0), y: y),
                            to: Point(x: order.x(offset: to, width: 0), y: y)),
                        .stroked(.muted, width: 0.3, dash: [0, 1.4]))
                }
            }
            flow.add(
                number,
                at: Point(
                    x: order.x(offset: flow.width - number.width, width: number.width),
                    y: flow.y + FlowText.baselineShift(of: number, to: text)))
            flow.advance(height)
        }
        return flow.finish { _, _, _ in }
    }

    // MARK: Body

    private func body() -> ([Page], [Entry]) {
        let workshop = context.workshop
        let flow = PageFlow(paper: .a4, margin: Self.margin, footerHeight: PageFooter.height)
        let order = ReadingOrder(minX: flow.left, maxX: flow.right, direction: context.language.direction)
        var text = FlowText(
            flow: flow, column: order, typesetter: context.typesetter, pageLanguage: context.language,
            dataLanguage: context.data)
        text.headingStyle = TextStyle(size: 16, weight: .bold, colour: .accent)
        text.itemStyle = Self.body
        text.dataKeepsItsDirection = true
        var entries: [Entry] = []
        /// A part of the booklet: on a new page when `fresh`, its heading bookmarked.
        func part(_ title: String, level: Int = 0, fresh: Bool = false, words: FlowText.Words = .page) {
            if fresh && !flow.isAtTopOfPage { flow.startPage() }
            var heading = text
            if level > 0 { heading.headingStyle = TextStyle(size: 12.5, weight: .bold, colour: .accent) }
            let shown = words == .page ? title : context.dataOnPage.isolated(title)
            heading.heading(shown, following: 20)
            entries.append(Entry(title: title, level: level, page: flow.pageIndex))
        }
        func paragraphs(_ texts: [Located<String>]) {
            for paragraph in texts { text.paragraph(RichText([RichText.Run(paragraph.value)]), source: paragraph.location) }
        }
        func list(_ items: [Located<String>], numbered: Bool = false) {
            guard !items.isEmpty else { return }
            text.list(text.listBlocks(items), marker: numbered ? .numbers : .bullets)
        }
        let sections = workshop.booklet?.sections ?? []
        func printSections(at place: Booklet.Section.Place) {
            for section in sections where section.place == place {
                self.section(section, text: text, part: part, paragraphs: paragraphs, list: list)
            }
        }

        if !workshop.story.isEmpty {
            part(labels(.story))
            paragraphs(workshop.story)
            // The story is signed, as the source signs it.
            for author in workshop.authors {
                text.paragraph(RichText([RichText.Run(author.value, bold: true)]), source: author.location, after: 1)
            }
            flow.gap(2)
        }
        printSections(at: .afterStory)
        if let council = workshop.council {
            part(council.name?.value ?? workshop.organisation?.value ?? labels(.story), words: .data)
            paragraphs([council.description].compactMap { $0 })
            if let facts = councilFacts(council) {
                text.paragraph(RichText([RichText.Run(facts, bold: true, colour: .accent)]), words: .mixed)
            }
        }
        if !workshop.goals.isEmpty {
            part(labels(.goals))
            list(workshop.goals, numbered: true)
        }
        printSections(at: .afterGoals)
        if !workshop.serviceArenas.isEmpty {
            if !sections.contains(where: { $0.place == .afterGoals }) {
                text.paragraph(RichText([RichText.Run(labels(.serviceArenas), bold: true, colour: .accent)]), words: .page)
            }
            list(workshop.serviceArenas, numbered: true)
        }
        if let concept = workshop.serviceConcept {
            part(labels(.serviceConcept))
            text.paragraph(
                RichText([RichText.Run(concept.name.value, bold: true, colour: .accent)]),
                style: TextStyle(size: 18, weight: .bold), source: concept.name.location)
            paragraphs([concept.introduction].compactMap { $0 })
            for principle in concept.principles {
                text.paragraph(
                    context.dataOnPage.labelled(principle.name.value, principle.text.value, colour: .accent),
                    words: .mixed, source: principle.text.location)
            }
        }
        printSections(at: .beforeTeam)
        if let team = workshop.team {
            part(labels(.team))
            paragraphs([team.description].compactMap { $0 })
            if !team.departments.isEmpty {
                text.paragraph(
                    context.dataOnPage.labelled(
                        labels(.departments), team.departments.map(\.value).joined(separator: " · "),
                        colour: .accent), words: .mixed)
            }
            if !team.digital.isEmpty {
                text.paragraph(
                    context.dataOnPage.labelled(
                        labels(.digital), team.digital.map(\.value).joined(separator: " · "),
                        colour: .accent), words: .mixed)
            }
            paragraphs([team.secretaries].compactMap { $0 })
        }
        if let format = workshop.meetingFormat {
            part(labels(.meetingFormat))
            paragraphs([format.frequency, format.description].compactMap { $0 })
            list(format.parts, numbered: true)
        }
        if !workshop.contents.isEmpty {
            part(labels(.programmeHeading))
            list(workshop.contents)
        }
        printSections(at: .afterContents)
        if !workshop.meetings.isEmpty {
            part(labels(.meetings), fresh: true)
            for meeting in Self.inDateOrder(workshop.meetings) {
                self.meeting(meeting, text: text, flow: flow, part: part, list: list)
            }
        }
        if !workshop.outcomes.isEmpty {
            part(labels(.outcomes), fresh: true)
            list(workshop.outcomes)
        }
        if let booklet = workshop.booklet {
            printSections(at: .closing)
            if let title = booklet.reflectionsTitle {
                part(title.value, fresh: true, words: .data)
                for line in [booklet.reflectionsSubtitle, booklet.reflectionsPrompt].compactMap({ $0 }) {
                    text.paragraph(
                        RichText([RichText.Run(line.value, bold: line.value == booklet.reflectionsSubtitle?.value)]),
                        source: line.location)
                }
                for person in booklet.reflections { reflection(person, text: text, flow: flow, paragraphs: paragraphs) }
            }
            if let writing = booklet.serviceWriting {
                section(writing, text: text, part: part, paragraphs: paragraphs, list: list)
            }
            if let title = booklet.questionnaireTitle, !booklet.questions.isEmpty {
                part(title.value, fresh: true, words: .data)
                for question in booklet.questions {
                    text.paragraph(
                        RichText([RichText.Run(question.question.value, bold: true, colour: .accent)]),
                        source: question.question.location, after: 2)
                    list(question.answers)
                }
            }
            if let thanks = booklet.thanks { section(thanks, text: text, part: part, paragraphs: paragraphs, list: list) }
        }
        return (flow.finish { _, _, _ in }, entries)
    }

    /// A meeting: its heading (bookmarked under the meetings), date and goal, its agenda as times
    /// and what happens, and its homework.
    private func meeting(
        _ meeting: Meeting, text: FlowText, flow: PageFlow,
        part: (String, Int, Bool, FlowText.Words) -> Void, list: ([Located<String>], Bool) -> Void
    ) {
        let facts = MeetingFacts(
            meeting: meeting, labels: context.words(context.templates.agenda.labels), data: context.dataOnPage)
        // The source's own headings often name the meeting already ("מובילים דיגיטליים – מפגש 3").
        let numbers = meeting.title.value.split { !$0.isNumber }.map(String.init)
        var name =
            meeting.number.map { numbers.contains(String($0.value)) } ?? true
            ? meeting.title.value
            : "\(facts.shortName): \(meeting.title.value)"
        if let subtitle = meeting.subtitle { name += " – " + subtitle.value }
        flow.gap(3)
        part(name, 1, false, .data)
        let line = facts.factsLine(colour: .accent)
        if !line.runs.isEmpty { text.paragraph(line, words: .mixed, style: TextStyle(size: 9.5), after: 2) }
        if let goal = meeting.goal {
            text.paragraph(
                context.dataOnPage.labelled(labels(.goal), goal.value, colour: .accent),
                words: .mixed, source: goal.location)
        }
        // Each row's time first (its start, or its length as the plan writes it: "7 דק'"), then
        // what happens: a line of the data's, in its direction, the page's word for minutes isolated.
        let mixed = context.dataOnPage
        let rows = meeting.agenda.map { row in
            context.typesetter.layout(
                (row.start.map { "\($0.value)  " }
                    ?? row.duration.map { mixed.pageWords(facts.labels.duration(minutes: $0.value)) + "  " } ?? "")
                    + row.content.value,
                style: Self.body, width: flow.width - FlowText.indent, language: context.data,
                source: row.content.location)
        }
        if !rows.isEmpty { text.list(rows, marker: .bullets) }
        // What the meeting teaches beside its timetable (meeting 7's writing principles).
        for topic in meeting.topics {
            text.paragraph(RichText([RichText.Run(topic.title.value, bold: true)]), source: topic.title.location, after: 1.5)
            list(topic.items, false)
        }
        if !meeting.homework.isEmpty {
            text.paragraph(RichText([RichText.Run(labels(.homework), bold: true, colour: .accent)]), words: .page, after: 1.5)
            list(meeting.homework, true)
        }
        // Remarks about the meeting as a whole: meeting 8's thanks to those who organised it.
        for note in meeting.notes { text.paragraph(RichText([RichText.Run(note.value)]), source: note.location) }
    }

    /// The meetings in the order they were held: by date, a meeting without one keeping its place
    /// after the meeting before it in the programme (so the staff meeting of September 2019
    /// comes before October's meeting 8, and undated meetings 6 and 7 stay after meeting 4).
    static func inDateOrder(_ meetings: [Meeting]) -> [Meeting] {
        var lastDate: CalendarDate? = nil
        let keyed = meetings.enumerated().map { index, meeting -> (date: CalendarDate?, index: Int, meeting: Meeting) in
            if let date = meeting.date { lastDate = date.value }
            return (lastDate, index, meeting)
        }
        return keyed.sorted { a, b in
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: x < y
            case (nil, _?): true
            case (_?, nil): false
            default: a.index < b.index
            }
        }.map(\.meeting)
    }

    /// "24 ישובים · בין השנים 2010-2020 עלה מספר התושבים מ-10,000 לכ-15,000 · צמיחה: כ-40%", in
    /// the page's language, from the facts the data holds; nil without settlements or residents.
    private func councilFacts(_ council: Council) -> String? {
        guard let settlements = council.settlements, let before = council.residentsBefore,
            let after = council.residentsAfter
        else { return nil }
        let mixed = context.dataOnPage
        return labels(
            .councilFacts,
            [
                "settlements": String(settlements.value), "period": council.period?.value ?? "",
                "before": Self.thousands(before.value), "after": Self.thousands(after.value),
                "growth": mixed.isolated(council.growth?.value ?? ""),
            ])
    }

    /// 15000 as "15,000".
    static func thousands(_ number: Int) -> String {
        let digits = String(number)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }

    private func section(
        _ section: Booklet.Section, text: FlowText, part: (String, Int, Bool, FlowText.Words) -> Void,
        paragraphs: ([Located<String>]) -> Void, list: ([Located<String>], Bool) -> Void
    ) {
        if let title = section.title { part(title.value, 0, false, .data) }
        paragraphs(section.paragraphs)
        if section.items.allSatisfy(\.items.isEmpty) {
            list(section.items.map(\.text), section.numbered)
        } else {
            // Items with lists of their own: each a paragraph, its list under it.
            for (index, item) in section.items.enumerated() {
                let mark = section.numbered ? "\(index + 1). " : "• "
                text.paragraph(
                    RichText([RichText.Run(mark + item.text.value, bold: !item.items.isEmpty)]), source: item.text.location,
                    after: 1.5)
                if !item.items.isEmpty { text.list(text.listBlocks(item.items, level: 1), marker: .bullets, level: 1) }
            }
        }
        paragraphs(section.after)
    }

    /// One participant's reflection: their name, then what they think, feel and will do.
    private func reflection(
        _ person: Booklet.Reflection, text: FlowText, flow: PageFlow,
        paragraphs: ([Located<String>]) -> Void
    ) {
        flow.gap(2)
        flow.ensure(22)
        let name = [person.name.value, person.role?.value].compactMap { $0 }.joined(separator: " – ")
        text.paragraph(
            RichText([RichText.Run(name, bold: true, colour: .accent)]), style: TextStyle(size: 12, weight: .bold),
            source: person.name.location, after: 1.5)
        paragraphs(person.notes)
        for (key, lines): (BookletLabel, _) in [(.think, person.think), (.feel, person.feel), (.do, person.act)]
        where !lines.isEmpty {
            for (index, line) in lines.enumerated() {
                let run = context.dataOnPage.labelled(
                    labels(key).replacingOccurrences(of: ":", with: ""), line.value, colour: .accent)
                text.paragraph(
                    index == 0 ? run : RichText([RichText.Run(context.dataOnPage.isolated(line.value))]), words: .mixed,
                    source: line.location)
            }
        }
    }
}
