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

    /// One label: its content inside the safe area, centred.
    func sticker(_ person: Participant) -> Page {
        var label = Page(size: Size(width: sheet.width, height: sheet.height))
        let typesetter = context.typesetter, data = context.data
        let inner = Rect(x: sheet.safe, y: sheet.safe, width: sheet.width - 2 * sheet.safe, height: sheet.height - 2 * sheet.safe)
        var bottom = inner.maxY
        // The programme's name sits at the foot when the label has room for it beside the name.
        // Boxes for one line are as tall as Arabic's line (2.1 em; Hebrew and Latin take 1.4):
        // each block then keeps its own height, so a Hebrew line takes no more room than before.
        if inner.height >= 22,
            let line = typesetter.fitted(
                context.workshop.title.value, style: Self.programme,
                in: Size(width: inner.width, height: 6.2),
                policy: FitPolicy(floor: 8, maxLines: 1), language: data,
                source: context.workshop.title.location)
        {
            label.add(line, at: Point(x: inner.x, y: bottom - line.height))
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
        // The name and department together, centred in the room above the programme's line.
        let block = name.height + gap + (department?.height ?? 0)
        let top = inner.y + (bottom - inner.y - block) / 2
        label.add(name, at: Point(x: inner.x, y: top))
        if let department { label.add(department, at: Point(x: inner.x, y: top + name.height + gap)) }
        return label
    }
}
