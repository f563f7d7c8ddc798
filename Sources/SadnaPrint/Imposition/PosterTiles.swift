import SadnaKit

/// The sheets of a tiled poster, drawn: each shows its part of the poster at full size, a tinted
/// "glue here" strip where the next sheet goes, the cut marks and registration targets of
/// ``Tiling``, and in the band outside
/// the poster a small map of the sheets with this one filled in, "sheet 2 of 4", what the poster
/// is and how to put it together.
struct PosterTiles {
    let tiling: Tiling
    let context: LayoutContext

    /// What a sheet says about the poster it belongs to.
    struct Caption {
        /// The printable's name ("הוצאת אישור תושב").
        var title: String
        /// "page 2 of 3" when the printable is more than one poster.
        var place: String?
    }

    static let stripFill = Colour.tint.withAlpha(0.9)
    static let stripLabel = TextStyle(size: 8.5, weight: .bold, colour: .accent)
    /// One "glue here" for about this many millimetres of strip.
    static let labelSpacing = 70.0
    static let mapCell = 12.0
    /// How far inside the strip's inner edge its dashed guide runs (mm).
    static let guideInset = 1.0

    var labels: Labels<SharedLabel> { context.words(context.templates.labels) }

    /// The poster page's sheets, in the order they are glued.
    func sheets(of poster: Page, caption: Caption) -> [Page] {
        tiling.tiles.map { sheet($0, of: poster, caption: caption) }
    }

    func sheet(_ tile: Tiling.Tile, of poster: Page, caption: Caption) -> Page {
        var page = Page(size: tiling.sheet.size)
        page.place(poster, showing: tile.window, at: tile.frame.origin)
        for edge in tile.glued {
            drawGlueStrip(tiling.glueStrip(tile, edge), along: edge, on: &page)
        }
        for mark in tiling.cutMarks(tile) {
            page.add(.line(from: mark.from, to: mark.to), .stroked(.black, width: 0.25))
        }
        for edge in tile.cut { drawCutLabel(along: edge, of: tile.frame, on: &page) }
        // Targets, not ticks, where the next sheet goes: nobody cuts along them by mistake.
        let reach = Tiling.registrationRadius
        for centre in tiling.registrationMarks(tile) {
            page.add(.circle(centre: centre, radius: reach * 0.6), .stroked(.black, width: 0.25))
            page.add(
                .line(from: Point(x: centre.x - reach, y: centre.y), to: Point(x: centre.x + reach, y: centre.y)),
                .stroked(.black, width: 0.25))
            page.add(
                .line(from: Point(x: centre.x, y: centre.y - reach), to: Point(x: centre.x, y: centre.y + reach)),
                .stroked(.black, width: 0.25))
        }
        drawInfo(tile, caption: caption, on: &page)
        // A form's sheet carries marks of its own: a photo of it alone is scanned too.
        if let form = poster.scanForm { TileMarks.apply(to: &page, tile: tile, tiling: tiling, poster: form) }
        return page
    }

    /// The strip the next sheet is glued on, along `edge` of the sheet's part: tinted over the
    /// poster, which that sheet prints again (a little shows through, to match the two by); a
    /// dashed line just inside its inner edge, which the next sheet's cut edge covers when it is
    /// laid right (and which still shows in black and white, where the tint hardly does); "glue
    /// here" along it.
    private func drawGlueStrip(_ strip: Rect, along edge: Tiling.Edge, on page: inout Page) {
        page.add(.rectangle(strip, cornerRadius: 0), .filled(Self.stripFill))
        let inset = Self.guideInset
        let inner: (Point, Point) =
            switch edge {
            case .left: (Point(x: strip.maxX - inset, y: strip.minY), Point(x: strip.maxX - inset, y: strip.maxY))
            case .right: (Point(x: strip.minX + inset, y: strip.minY), Point(x: strip.minX + inset, y: strip.maxY))
            case .top: (Point(x: strip.minX, y: strip.maxY - inset), Point(x: strip.maxX, y: strip.maxY - inset))
            case .bottom: (Point(x: strip.minX, y: strip.minY + inset), Point(x: strip.maxX, y: strip.minY + inset))
            }
        page.add(.line(from: inner.0, to: inner.1), .stroked(.accent, width: 0.3, dash: [2, 1.5]))

        let vertical = edge == .left || edge == .right
        let label = context.typesetter.layout(labels(.glueHere), style: Self.stripLabel, width: nil, language: context.language)
        // The words on a patch of solid tint, so that the poster showing through does not muddle them.
        var words = Page(size: Size(width: label.width + 4, height: label.height + 1))
        words.add(
            .rectangle(Rect(x: 0, y: 0, width: words.size.width, height: words.size.height), cornerRadius: 1),
            .filled(.tint))
        words.add(label, at: Point(x: 2, y: 0.5))
        let length = vertical ? strip.height : strip.width
        let count = max(1, Int(length / Self.labelSpacing))
        for index in 0..<count {
            let along = (Double(index) + 0.5) * length / Double(count)
            let size = words.size
            if vertical {
                // Turned a quarter to read upwards, as the spine of a book on a shelf.
                let centre = Point(x: strip.midX, y: strip.minY + along)
                page.place(
                    words,
                    transform: Transform(
                        a: 0, b: -1, c: 1, d: 0, tx: centre.x - size.height / 2,
                        ty: centre.y + size.width / 2))
            } else {
                page.place(words, transform: .translation(strip.minX + along - size.width / 2, strip.midY - size.height / 2))
            }
        }
    }

    /// "✂ Cut here" in the margin outside a side to cut, at its middle: which of the sheet's
    /// edges goes, so that it lies on the previous sheet's glue strip.
    private func drawCutLabel(along edge: Tiling.Edge, of frame: Rect, on page: inout Page) {
        let label = context.typesetter.layout(
            labels(.cutHere), style: TextStyle(size: 8, weight: .bold, colour: .ink), width: nil, language: context.language)
        let gap = 1.0
        let size = Size(width: label.width, height: label.height)
        switch edge {
        case .top: page.add(label, at: Point(x: frame.midX - size.width / 2, y: frame.minY - gap - size.height))
        case .bottom: page.add(label, at: Point(x: frame.midX - size.width / 2, y: frame.maxY + gap))
        case .left, .right:
            // Turned a quarter to read upwards, beside the edge in the margin.
            var words = Page(size: size)
            words.add(label, at: Point(x: 0, y: 0))
            let x = edge == .left ? frame.minX - gap - size.height : frame.maxX + gap
            page.place(words, transform: Transform(a: 0, b: -1, c: 1, d: 0, tx: x, ty: frame.midY + size.width / 2))
        }
    }

    /// The map of the sheets and the words beside it, in the band on the poster's outside, at the
    /// sheet's outer corner so that it is never glued over.
    private func drawInfo(_ tile: Tiling.Tile, caption: Caption, on page: inout Page) {
        let band = tiling.infoBand(tile)
        let typesetter = context.typesetter
        let cell = Size(width: Self.mapCell, height: Self.mapCell * tiling.poster.height / tiling.poster.width)
        let map = Size(width: cell.width * Double(Tiling.columns), height: cell.height * Double(Tiling.rows))
        let mapOnLeft = tile.column == 0
        let mapOrigin = Point(x: mapOnLeft ? band.minX : band.maxX - map.width, y: band.midY - map.height / 2)
        for row in 0..<Tiling.rows {
            for column in 0..<Tiling.columns {
                let number = tiling.number(column: column, row: row)
                let box = Rect(
                    x: mapOrigin.x + Double(column) * cell.width, y: mapOrigin.y + Double(row) * cell.height,
                    width: cell.width, height: cell.height)
                let this = number == tile.number
                page.add(.rectangle(box, cornerRadius: 0), Paint(fill: this ? .accent : .white, stroke: .ink, lineWidth: 0.3))
                let digit = typesetter.layout(
                    String(number),
                    style: TextStyle(
                        size: 9, weight: .bold, colour: this ? .white : .muted,
                        alignment: .centre),
                    width: cell.width, language: .en)
                page.add(digit, at: Point(x: box.minX, y: box.midY - digit.height / 2))
            }
        }

        // The words run beside the map, towards the poster, set against the map's side.
        let gap = 5.0
        let width = min(150, band.width - map.width - gap)
        let x = mapOnLeft ? mapOrigin.x + map.width + gap : mapOrigin.x - gap - width
        func style(_ size: Double, bold: Bool = false, colour: Colour = .ink, language: Language) -> TextStyle {
            let side: TextAlignment = mapOnLeft == (language.direction == .leftToRight) ? .start : .end
            return TextStyle(size: size, weight: bold ? .bold : .regular, colour: colour, alignment: side)
        }
        let words = context.language
        var blocks = [
            typesetter.layout(
                labels(.tileSheet, ["sheet": String(tile.number), "sheets": String(Tiling.count)]),
                style: style(11, bold: true, language: words), width: width, language: words)
        ]
        // The title may be the data's words (a journey's) inside the page's: one line in the
        // page's direction holds both.
        let about = ([caption.title] + (caption.place.map { [$0] } ?? [])).joined(separator: " · ")
        blocks.append(typesetter.layout(about, style: style(9, colour: .muted, language: words), width: width, language: words))
        blocks.append(typesetter.layout(labels(.tileHow), style: style(8.5, language: words), width: width, language: words))
        let spacing = 1.0
        let height = blocks.reduce(0) { $0 + $1.height } + spacing * Double(blocks.count - 1)
        var y = min(max(band.minY, mapOrigin.y + map.height / 2 - height / 2), band.maxY - height)
        for block in blocks {
            page.add(block, at: Point(x: x, y: y))
            y += block.height + spacing
        }
    }
}

extension PrintJob {
    /// This job's pages printed as tiles: each page a poster on `tiling`'s sheets, the sheets of
    /// each poster in the order they are glued, bookmarks moved to the first sheet of their page.
    func tiled(_ tiling: Tiling, context: LayoutContext) -> PrintJob {
        let posters = Array(pages)
        let tiles = PosterTiles(tiling: tiling, context: context)
        let labels = context.words(context.templates.labels)
        // Where each thing the job prints starts, for "page 2 of 3" of that thing.
        let starts = bookmarks.filter { $0.level == 0 }.map(\.page)
        var sheets: [Page] = []
        for (index, poster) in posters.enumerated() {
            let start = starts.last { $0 <= index } ?? 0
            let end = starts.first { $0 > index } ?? posters.count
            let named = bookmarks.last { $0.level == 0 && $0.page <= index }?.title ?? itemTitles.first
            let caption = PosterTiles.Caption(
                title: named ?? info.title,
                place: PageFooter.pageNumber(index - start, of: end - start, labels: labels))
            sheets += tiles.sheets(of: poster, caption: caption)
        }
        var job = PrintJob(
            kind: kind, info: info, pages: sheets,
            bookmarks: bookmarks.map { Bookmark(title: $0.title, page: $0.page * Tiling.count, level: $0.level) },
            isCut: true, itemTitles: itemTitles)
        job.tiling = tiling
        return job
    }
}
