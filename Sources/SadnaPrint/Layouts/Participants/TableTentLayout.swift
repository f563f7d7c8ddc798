import SadnaKit

/// A table tent: an A4 sheet, turned landscape and folded across its middle, that stands on the
/// table with the person's name on both faces. The upper half is printed upside down so that,
/// folded, each face reads upright to the people on its side.
struct TableTentLayout {
    let context: LayoutContext
    let people: [Participant]
    let labels: Labels<ParticipantLabel>

    static let paper = Paper(.a4, .landscape)
    static let margin = 16.0
    static let name = TextStyle(size: 80, weight: .bold, colour: .ink, alignment: .centre)
    static let department = TextStyle(size: 30, colour: .muted, alignment: .centre)
    static let programme = TextStyle(size: 14, colour: .accent, alignment: .centre)
    static let fold = TextStyle(size: 8, colour: .muted)

    func page(_ index: Int) -> Page {
        let size = Self.paper.size
        let half = Size(width: size.width, height: size.height / 2)
        var page = Page(size: size)
        let face = self.face(people[index], size: half)
        page.place(face, transform: .halfTurn(of: half, at: Point(x: 0, y: 0)))
        page.place(face, transform: .translation(0, half.height))
        // The fold, dashed, with a word at its start so that it is not taken for a cut.
        page.add(
            .line(from: Point(x: Self.margin, y: half.height), to: Point(x: size.width - Self.margin, y: half.height)),
            .stroked(.rule, width: 0.3, dash: [3, 2]))
        let language = context.language
        let note = context.typesetter.layout(labels(.fold), style: Self.fold, width: nil, language: language)
        let order = ReadingOrder(minX: Self.margin, maxX: size.width - Self.margin, direction: language.direction)
        page.add(note, at: Point(x: order.x(offset: 0, width: note.width), y: half.height + 1))
        return page
    }

    /// One face, upright: the name large in the middle, the department under it, and the
    /// programme's name along the edge that stands on the table.
    func face(_ person: Participant, size: Size) -> Page {
        var face = Page(size: size)
        let typesetter = context.typesetter, data = context.data
        let width = size.width - 2 * Self.margin
        let programme = typesetter.fit(
            context.workshop.title.value, style: Self.programme, in: Size(width: width, height: 8),
            policy: FitPolicy(floor: 9, maxLines: 1), language: data,
            source: context.workshop.title.location, what: "the programme's name on the table tent")
        let foot = size.height - Self.margin - programme.height
        face.add(
            .line(from: Point(x: size.width / 2 - 20, y: foot - 3), to: Point(x: size.width / 2 + 20, y: foot - 3)),
            .stroked(.accent, width: 0.6))
        face.add(programme, at: Point(x: Self.margin, y: foot))
        let department = person.department.map {
            typesetter.fit(
                $0.value, style: Self.department, in: Size(width: width, height: 14),
                policy: FitPolicy(floor: 14, maxLines: 1), language: data, source: $0.location,
                what: "\(person.name.value)'s department on the table tent")
        }
        // The fold takes a few millimetres at the top; the name keeps clear of it.
        let top = 12.0, gap = department == nil ? 0 : 3.0
        let room = Size(width: width, height: foot - 8 - top - (department?.height ?? 0) - gap)
        let name = typesetter.fit(
            person.name.value, style: Self.name, in: room, policy: FitPolicy(floor: 28, maxLines: 2),
            language: data, source: person.name.location,
            what: "\(person.name.value)'s name on the table tent")
        let block = name.height + gap + (department?.height ?? 0)
        let y = top + (foot - 8 - top - block) / 2
        face.add(name, at: Point(x: Self.margin, y: y))
        if let department { face.add(department, at: Point(x: Self.margin, y: y + name.height + gap)) }
        return face
    }
}
