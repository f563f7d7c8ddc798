import SadnaKit

/// A certificate of participation: one A4 landscape page per person, framed, with the
/// organisation, the programme, the person's name and department, and — where attendance is
/// kept — how many of the programme's meetings they came to and which, above lines for the
/// facilitator's signature and the date.
struct CertificateLayout {
    let context: LayoutContext
    let people: [Participant]
    let labels: Labels<ParticipantLabel>

    static let paper = Paper(.a4, .landscape)
    /// The text keeps well inside the frame, which an office printer's margin leaves whole.
    static let frame = 10.0, margin = 26.0
    static let organisation = TextStyle(size: 14, colour: .muted, alignment: .centre)
    static let title = TextStyle(size: 36, weight: .bold, colour: .accent, alignment: .centre)
    static let line = TextStyle(size: 14, colour: .ink, alignment: .centre)
    static let name = TextStyle(size: 40, weight: .bold, colour: .ink, alignment: .centre)
    static let department = TextStyle(size: 14, colour: .muted, alignment: .centre)
    static let programme = TextStyle(size: 22, weight: .bold, colour: .accent, alignment: .centre)
    static let attendance = TextStyle(size: 13, weight: .bold, colour: .ink, alignment: .centre)
    static let meeting = TextStyle(size: 11, colour: .ink, alignment: .centre)
    static let signature = TextStyle(size: 10, colour: .muted, alignment: .centre)

    func page(_ index: Int) -> Page {
        let person = people[index]
        let size = Self.paper.size
        var page = Page(size: size)
        let typesetter = context.typesetter, data = context.data, words = context.language
        let width = size.width - 2 * Self.margin
        page.add(
            .rectangle(
                Rect(
                    x: Self.frame, y: Self.frame, width: size.width - 2 * Self.frame,
                    height: size.height - 2 * Self.frame), cornerRadius: 0), .stroked(.accent, width: 1.2))
        page.add(
            .rectangle(
                Rect(
                    x: Self.frame + 2.5, y: Self.frame + 2.5, width: size.width - 2 * Self.frame - 5,
                    height: size.height - 2 * Self.frame - 5), cornerRadius: 0), .stroked(.accent, width: 0.4))

        // The words from the top, each with the air below it; the air gives way first when a
        // long list of meetings (or a script's taller lines) needs the room.
        var blocks: [(block: TextBlock, gap: Double)] = []
        let workshop = context.workshop
        // A text of the programme's, in a box of fixed height: shrunk to `floor`, then reported.
        func fitted(
            _ text: Located<String>, _ style: TextStyle, height: Double, floor: Double, lines: Int,
            what: String
        ) -> TextBlock {
            typesetter.fit(
                text.value, style: style, in: Size(width: width, height: height),
                policy: FitPolicy(floor: floor, maxLines: lines), language: data, source: text.location,
                what: "\(what) on the certificate")
        }
        if let organisation = workshop.organisation ?? workshop.council?.name {
            blocks.append(
                (fitted(organisation, Self.organisation, height: 8, floor: 9, lines: 1, what: "the organisation's name"), 5))
        }
        // Boxes of fixed height keep a script with taller lines (Arabic) to the same page.
        blocks.append(
            (
                typesetter.fit(
                    labels(.certificate), style: Self.title, in: Size(width: width, height: 26),
                    policy: FitPolicy(floor: 24, maxLines: 1), language: words, source: nil,
                    what: "the certificate's title"), 6
            ))
        blocks.append((typesetter.layout(labels(.certificateGiven), style: Self.line, width: width, language: words), 2))
        blocks.append((fitted(person.name, Self.name, height: 22, floor: 20, lines: 2, what: "\(person.name.value)'s name"), 1))
        if let department = person.department {
            blocks.append(
                (
                    fitted(
                        department, Self.department, height: 8, floor: 10, lines: 1,
                        what: "\(person.name.value)'s department"), 5
                ))
        }
        blocks.append((typesetter.layout(labels(.certificateFor), style: Self.line, width: width, language: words), 1))
        blocks.append((fitted(workshop.title, Self.programme, height: 22, floor: 12, lines: 2, what: "the programme's name"), 1))
        if let years = workshop.years {
            blocks.append((typesetter.layout(years.value, style: Self.department, width: width, language: data), 0))
        }
        let meetings = person.attended.map { $0.compactMap { workshop.meeting(named: $0.value) } }
        if let meetings {
            blocks[blocks.count - 1].gap += 5
            let count = labels(.attendedCount, ["n": String(meetings.count), "of": String(workshop.meetings.count)])
            blocks.append((typesetter.layout(count, style: Self.attendance, width: width, language: words), 2))
        }

        let top = Self.margin - 8, signatures = size.height - Self.margin - 2, listBottom = signatures - 4
        // Room for the meetings' paragraph: a line per four meetings, at the list's size.
        let listNeeds = Double(((meetings?.count ?? 0) + 3) / 4) * 6
        let text = blocks.reduce(0) { $0 + $1.block.height }, air = blocks.reduce(0) { $0 + $1.gap }
        let spare = listBottom - top - text - listNeeds
        let airScale = air > 0 ? min(1, max(0, (air + min(0, spare)) / air)) : 1
        var y = top + max(0, spare) / 3
        for (block, gap) in blocks {
            page.add(block, at: Point(x: Self.margin, y: y))
            y += block.height + gap * airScale
        }
        if let meetings {
            list(meetings, of: person, on: &page, in: Rect(x: Self.margin, y: y, width: width, height: listBottom - y))
        }
        signatureLines(on: &page, at: signatures)
        return page
    }

    /// The meetings a person came to, in the programme's order, as one centred paragraph ("מפגש 1
    /// (29.5.2019) · מפגש 3 (26.6.2019)"): measured as set, it shrinks to the floor in a tight
    /// room (a long programme, a script with deep lines), then is reported, never dropped.
    private func list(_ meetings: [Meeting], of person: Participant, on page: inout Page, in room: Rect) {
        guard !meetings.isEmpty else { return }
        let onPage = context.dataOnPage
        let entries = meetings.map { meeting in
            // A numbered meeting by its number (its title often repeats the programme's name,
            // printed above); another by its title.
            let name = meeting.number.map { "\(labels(.meeting))\u{00A0}\($0.value)" } ?? onPage.isolated(meeting.title.value)
            return name + (meeting.date.map { "\u{00A0}(\(onPage.isolated($0.value.dotted)))" } ?? "")
        }
        let block = context.typesetter.fit(
            entries.joined(separator: "  ·  "), style: Self.meeting,
            in: Size(width: room.width, height: max(room.height, 1)),
            policy: FitPolicy(floor: 8), language: context.language,
            source: person.attended?.first?.location,
            what: "the meetings on \(person.name.value)'s certificate")
        page.add(block, at: Point(x: room.minX, y: room.minY))
    }

    /// Lines for the facilitator's signature (at the start) and the date (at the end).
    private func signatureLines(on page: inout Page, at y: Double) {
        let size = Self.paper.size, length = 70.0
        let order = ReadingOrder(
            minX: Self.margin + 10, maxX: size.width - Self.margin - 10, direction: context.language.direction)
        for (offset, label) in [(0.0, labels(.facilitator)), (order.width - length, labels(.date))] {
            let x = order.x(offset: offset, width: length)
            page.add(.line(from: Point(x: x, y: y), to: Point(x: x + length, y: y)), .stroked(.ink, width: 0.4))
            let words = context.typesetter.layout(label, style: Self.signature, width: length, language: context.language)
            page.add(words, at: Point(x: x, y: y + 1.5))
        }
    }
}
