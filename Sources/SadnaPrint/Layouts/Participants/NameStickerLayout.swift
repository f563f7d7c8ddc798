import SadnaKit

/// Name stickers for the first meeting, on a standard A4 sheet of self-adhesive labels: on each
/// label the person's name large, their department under it and the programme's name small at
/// the foot, all inside the label's safe area. Labels fill in reading order, so a Hebrew list
/// starts at the top right.
struct NameStickerLayout {
    let context: LayoutContext
    let people: [Participant]
    let sheet: LabelSheet

    static let name = TextStyle(size: 26, weight: .bold, colour: .ink, alignment: .centre)
    static let department = TextStyle(size: 12, colour: .muted, alignment: .centre)
    static let programme = TextStyle(size: 8, colour: .accent, alignment: .centre)
    /// A name may shrink this far to stay whole on two lines; below it, it is cut and reported.
    static let nameFloor = 11.0

    var sheetCount: Int { max(1, (people.count + sheet.capacity - 1) / sheet.capacity) }

    /// Sheet `index` of the stickers.
    func page(_ index: Int) -> Page {
        var page = Page(size: Paper.a4.size)
        let first = index * sheet.capacity
        for slot in 0..<sheet.capacity where first + slot < people.count {
            let origin = self.origin(of: slot)
            page.place(sticker(people[first + slot]), transform: .translation(origin.x, origin.y))
        }
        return page
    }

    /// Where label `slot` (in reading order) starts on the sheet.
    func origin(of slot: Int) -> Point {
        let row = slot / sheet.columns
        var column = slot % sheet.columns
        if context.language.direction == .rightToLeft { column = sheet.columns - 1 - column }
        return Point(
            x: sheet.left + Double(column) * (sheet.width + sheet.columnGap),
            y: sheet.top + Double(row) * (sheet.height + sheet.rowGap))
    }

    /// One label: its content inside the safe area, the name, department and programme's name
    /// together centred in it (not the programme's name pinned to the foot and the rest centred
    /// above it, which set the name low on a tall label).
    func sticker(_ person: Participant) -> Page {
        var label = Page(size: Size(width: sheet.width, height: sheet.height))
        let typesetter = context.typesetter, data = context.data
        let inner = Rect(x: sheet.safe, y: sheet.safe, width: sheet.width - 2 * sheet.safe, height: sheet.height - 2 * sheet.safe)
        var bottom = inner.maxY
        // The programme's name goes under the rest when the label has room for it beside the name.
        // Boxes for one line are as tall as Arabic's line (2.1 em; Hebrew and Latin take 1.4):
        // each block then keeps its own height, so a Hebrew line takes no more room than before.
        var foot: TextBlock?
        if inner.height >= 22,
            let line = typesetter.fitted(
                context.workshop.title.value, style: Self.programme,
                in: Size(width: inner.width, height: 6.2),
                policy: FitPolicy(floor: 8, maxLines: 1), language: data,
                source: context.workshop.title.location)
        {
            foot = line
            bottom -= line.height + 1.2
        }
        let department = person.department.map {
            typesetter.fit(
                $0.value, style: Self.department, in: Size(width: inner.width, height: 9),
                policy: FitPolicy(floor: 8, maxLines: 1), language: data, source: $0.location,
                what: "\(person.name.value)'s department on the sticker")
        }
        let gap = department == nil ? 0 : 1.0
        let room = Size(width: inner.width, height: bottom - inner.y - (department?.height ?? 0) - gap)
        let name = typesetter.fit(
            person.name.value, style: Self.name, in: room,
            policy: FitPolicy(floor: Self.nameFloor, maxLines: 2), language: data,
            source: person.name.location, what: "\(person.name.value)'s name on the sticker")
        // Name, department and programme's name together, centred in the safe area.
        let block = name.height + gap + (department?.height ?? 0) + (foot.map { $0.height + 1.2 } ?? 0)
        let top = inner.y + (inner.height - block) / 2
        label.add(name, at: Point(x: inner.x, y: top))
        if let department { label.add(department, at: Point(x: inner.x, y: top + name.height + gap)) }
        if let foot { label.add(foot, at: Point(x: inner.x, y: top + block - foot.height)) }
        return label
    }

    /// The test sheet: every label's outline and safe area where the stickers would print, its
    /// place in reading order, rulers along the page's edges in millimetres, and a note on how
    /// to check it: printed at 100 % on plain paper and held over a real sheet against the light.
    func testPage(labels: Labels<ParticipantLabel>) -> Page {
        var page = Page(size: Paper.a4.size)
        let typesetter = context.typesetter
        for slot in 0..<sheet.capacity {
            let origin = self.origin(of: slot)
            let outline = Rect(x: origin.x, y: origin.y, width: sheet.width, height: sheet.height)
            page.add(.rectangle(outline, cornerRadius: 0), .stroked(.ink, width: 0.2))
            let safe = Rect(
                x: outline.x + sheet.safe, y: outline.y + sheet.safe, width: sheet.width - 2 * sheet.safe,
                height: sheet.height - 2 * sheet.safe)
            page.add(.rectangle(safe, cornerRadius: 0), .stroked(.muted, width: 0.15, dash: [1, 1]))
            let number = typesetter.layout(
                String(slot + 1), style: TextStyle(size: 14, colour: .muted, alignment: .centre), width: safe.width,
                language: .en)
            page.add(number, at: Point(x: safe.x, y: safe.y + (safe.height - number.height) / 2))
        }
        Self.rulers(on: &page, typesetter: typesetter)
        let note = typesetter.layout(
            labels(.testSheet, ["sheet": sheet.name]), style: TextStyle(size: 8, colour: .ink, alignment: .centre),
            width: Paper.a4.size.width - 60, language: context.language)
        // In the middle of the sheet, over the labels: the margins are the rulers'.
        page.add(
            .rectangle(
                Rect(
                    x: 28, y: Paper.a4.size.height / 2 - note.height / 2 - 2, width: Paper.a4.size.width - 56,
                    height: note.height + 4),
                cornerRadius: 1), Paint(fill: .white, stroke: .ink, lineWidth: 0.2))
        page.add(note, at: Point(x: 30, y: Paper.a4.size.height / 2 - note.height / 2))
        return page
    }

    /// Millimetre rulers along the top and the start edge of an A4 page: a tick every millimetre,
    /// longer every five, longest and numbered every ten.
    static func rulers(on page: inout Page, typesetter: Typesetter) {
        let size = page.size
        let style = TextStyle(size: 6, colour: .muted)
        for mm in 0...Int(size.width) {
            let length = mm % 10 == 0 ? 4.0 : mm % 5 == 0 ? 2.5 : 1.5
            page.add(.line(from: Point(x: Double(mm), y: 0), to: Point(x: Double(mm), y: length)), .stroked(.ink, width: 0.1))
            if mm % 10 == 0, mm > 0, Double(mm) < size.width - 3 {
                let label = typesetter.layout(String(mm), style: style, width: nil, language: .en)
                page.add(label, at: Point(x: Double(mm) + 0.5, y: 3.6))
            }
        }
        for mm in 0...Int(size.height) {
            let length = mm % 10 == 0 ? 4.0 : mm % 5 == 0 ? 2.5 : 1.5
            page.add(.line(from: Point(x: 0, y: Double(mm)), to: Point(x: length, y: Double(mm))), .stroked(.ink, width: 0.1))
            if mm % 10 == 0, mm > 0, Double(mm) < size.height - 3 {
                let label = typesetter.layout(String(mm), style: style, width: nil, language: .en)
                page.add(label, at: Point(x: 4.6, y: Double(mm) + 0.3))
            }
        }
    }
}
