import CPangoCairo
import SadnaKit

/// Sets text with Pango: wraps it to a width, fits it into boxes, and reports what did not fit.
///
/// One typesetter serves one render. It owns its own font map because Pango's font maps are not
/// safe to share between threads. Measuring needs no page: layouts come from a context that is
/// not tied to any surface, so layout can be decided before export draws anything.
public final class Typesetter {
    private let fontMap: UnsafeMutablePointer<PangoFontMap>
    /// One context per language: its base direction and its language for Pango's font choice.
    private var contexts: [Language: OpaquePointer] = [:]
    /// One font description per language: its own script's font first in the fallback list.
    private var fontDescriptions: [Language: OpaquePointer] = [:]
    /// Overflow and missing-glyph reports, pointing at the source of the text.
    public private(set) var diagnostics: [Diagnostic] = []
    /// Names a line may not break inside (the workshop's and its participants'), set by the
    /// layout context that measures with this typesetter.
    var wholeNames = WholeNames.none
    /// Missing-glyph and long-word reports made so far: each is made once, however often its
    /// text is set (a layout tries several sizes).
    private var reportedOnce: Set<Diagnostic> = []

    /// Builds the font configuration on another thread, so that it is ready, or nearly, when
    /// the first typesetter is made: a small job reads its workshop meanwhile.
    public static func prepareFonts() {
        _ = ParallelWork.aside { FontConfiguration.shared }
    }

    public init() {
        // The configuration first: a new font map has Pango load fontconfig's system settings
        // on a thread of its own, and once they are loaded (building ours loads them) Pango
        // finds them there instead of loading them a second time alongside.
        let config = FontConfiguration.shared
        fontMap = pango_cairo_font_map_new()
        if let config {
            pango_fc_font_map_set_config(OpaquePointer(fontMap), config)
        }
    }

    deinit {
        fontDescriptions.values.forEach { pango_font_description_free($0) }
        contexts.values.forEach { g_object_unref(UnsafeMutableRawPointer($0)) }
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    private func context(for language: TextLanguage) -> OpaquePointer {
        if let context = contexts[language] { return context }
        let context = Typesetter.makeContext(
            fontMap,
            direction: language.direction == .rightToLeft
                ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR, language: language.code)
        contexts[language] = context
        return context
    }

    private func fontDescription(for language: TextLanguage) -> OpaquePointer {
        if let description = fontDescriptions[language] { return description }
        let description = pango_font_description_from_string(language.fontFamilies.joined(separator: ", "))!
        fontDescriptions[language] = description
        return description
    }

    /// A context with everything the first prototype learnt set explicitly: the base direction
    /// (so alignment is never swapped by Pango's guess), 72 dpi (so sizes are points), and
    /// unrounded glyph positions with unhinted metrics (so `pdftotext` keeps Hebrew words whole).
    private static func makeContext(
        _ fontMap: UnsafeMutablePointer<PangoFontMap>, direction: PangoDirection,
        language: String
    ) -> OpaquePointer {
        let context = pango_font_map_create_context(fontMap)!
        pango_context_set_base_dir(context, direction)
        pango_context_set_language(context, pango_language_from_string(language))
        pango_cairo_context_set_resolution(context, 72)
        pango_context_set_round_glyph_positions(context, 0)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        return context
    }

    /// Text wrapped to `width` millimetres (or on one unbounded line when `width` is nil), at the
    /// style's size, however tall it comes out. For text whose box grows with it (table cells).
    public func layout(
        _ text: String, style: TextStyle, width: Double?, language: TextLanguage,
        source: SourceLocation? = nil
    ) -> TextBlock {
        reportLongWord(text, source: source)
        let layout = makeLayout(settable(text, source: source), style: style, width: width, language: language)
        let block = TextBlock(
            layout: layout, text: text, style: style, direction: language.direction,
            width: width ?? measuredWidth(layout), fittedSize: style.size, isCut: false)
        reportUnknownGlyphs(block, source: source)
        return block
    }

    /// Rich text wrapped to `width`, as ``layout(_:style:width:language:source:)`` does for plain text.
    public func layout(
        _ text: RichText, style: TextStyle, width: Double?, language: TextLanguage,
        source: SourceLocation? = nil
    ) -> TextBlock {
        reportLongWord(text.plainText, source: source)
        let layout = makeLayout("", style: style, width: width, language: language)
        let kept = RichText(
            text.runs.map { run in
                var run = run
                run.text = wholeNames.kept(run.text)
                return run
            })
        pango_layout_set_markup(layout, kept.markup(baseSize: style.size), -1)
        Typesetter.forbidHyphens(layout)
        ArabicLines.hold(layout, atPoints: style.size * max(1, text.runs.map(\.scale).max() ?? 1))
        let block = TextBlock(
            layout: layout, text: text.plainText, style: style, direction: language.direction,
            width: width ?? measuredWidth(layout), fittedSize: style.size, isCut: false,
            smallestScale: text.smallestScale(baseSize: style.size))
        reportUnknownGlyphs(block, source: source)
        return block
    }

    /// Text that must fit a fixed box: set at the style's size if it fits, otherwise at the largest
    /// size down to the policy's floor that does (found by measuring, a few times, never by
    /// drawing); if even the floor does not fit, cut with "…" and reported at `source`.
    ///
    /// - Parameters:
    ///   - what: how a person names the box in an English message ("the meeting's goal").
    ///   - overflow: the message when it does not fit (a card's says to print on a bigger card),
    ///     with its own `arguments`.
    public func fit(
        _ text: String, style: TextStyle, in box: Size, policy: FitPolicy = .standard,
        language: TextLanguage, source: SourceLocation?, what: String,
        overflow: MessageID = .layoutOverflow, arguments: MessageArguments = [:]
    ) -> TextBlock {
        reportLongWord(text, source: source)
        let floor = min(policy.floor, style.size)
        let text = Self.possiblyFitting(text, in: box, atPoints: floor)
        let layout = makeLayout(text, style: style, width: box.width, language: language)
        if let size = largestFittingSize(layout, style: style, in: box, policy: policy, language: language) {
            return block(layout, text: text, style: style, language: language, width: box.width, size: size, source: source)
        }
        shorten(text, on: layout, until: { fits(layout, at: floor, style: style, in: box, policy: policy, language: language) })
        diagnostics.append(
            .warning(
                overflow, arguments.merging(["what": .text(what), "floor": .value(Typesetter.format(floor))]) { own, _ in own },
                at: source))
        return block(
            layout, text: text, style: style, language: language, width: box.width, size: floor, cut: true, source: source)
    }

    /// Text set as ``fit(_:style:in:policy:language:source:what:)`` sets it when it fits whole,
    /// or nil (and nothing reported) when it would have to be cut: for a layout that tries a
    /// room and keeps what it set there if the room stays.
    public func fitted(
        _ text: String, style: TextStyle, in box: Size, policy: FitPolicy = .standard,
        language: TextLanguage, source: SourceLocation?
    ) -> TextBlock? {
        guard box.height > 0, box.width > 0 else { return nil }
        reportLongWord(text, source: source)
        let layout = makeLayout(
            Self.possiblyFitting(text, in: box, atPoints: min(policy.floor, style.size)), style: style,
            width: box.width, language: language)
        guard let size = largestFittingSize(layout, style: style, in: box, policy: policy, language: language) else {
            g_object_unref(UnsafeMutableRawPointer(layout))
            return nil
        }
        return block(layout, text: text, style: style, language: language, width: box.width, size: size, source: source)
    }

    /// The block of a fitted layout, set at `size`.
    private func block(
        _ layout: OpaquePointer, text: String, style: TextStyle, language: TextLanguage, width: Double,
        size: Double, cut: Bool = false, source: SourceLocation?
    ) -> TextBlock {
        setSize(size, weight: style.weight, language: language, on: layout)
        let block = TextBlock(
            layout: layout, text: text, style: style.sized(size), direction: language.direction,
            width: width, fittedSize: size, isCut: cut)
        reportUnknownGlyphs(block, source: source)
        return block
    }

    /// The largest size (from the style's down to the policy's floor) at which `text` fits `box`
    /// whole, or nil when it would have to be cut: a measurement, which reports nothing, for a
    /// layout choosing how its parts share their room before it sets them.
    public func fittingSize(
        _ text: String, style: TextStyle, in box: Size, policy: FitPolicy = .standard,
        language: TextLanguage
    ) -> Double? {
        guard box.height > 0, box.width > 0 else { return nil }
        let layout = makeLayout(
            Self.possiblyFitting(text, in: box, atPoints: min(policy.floor, style.size)), style: style,
            width: box.width, language: language)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        return largestFittingSize(layout, style: style, in: box, policy: policy, language: language)
    }

    /// Whether the layout, set at `size`, fits `box` within the policy's lines.
    private func fits(
        _ layout: OpaquePointer, at size: Double, style: TextStyle, in box: Size, policy: FitPolicy,
        language: TextLanguage
    ) -> Bool {
        setSize(size, weight: style.weight, language: language, on: layout)
        var width: Int32 = 0, height: Int32 = 0
        pango_layout_get_size(layout, &width, &height)
        if let maxLines = policy.maxLines, pango_layout_get_line_count(layout) > Int32(maxLines) { return false }
        return height <= Int32(Units.points(box.height) * Pango.scale)
    }

    /// The largest size that fits with every word whole ("recommendations" smaller rather than
    /// "recommendatio" over "ns"); when even the floor breaks a word (a word wider than its box),
    /// the largest that fits at all, since a broken word still beats one cut off.
    private func largestFittingSize(
        _ layout: OpaquePointer, style: TextStyle, in box: Size, policy: FitPolicy,
        language: TextLanguage
    ) -> Double? {
        func fits(_ size: Double) -> Bool {
            self.fits(layout, at: size, style: style, in: box, policy: policy, language: language)
        }
        let floor = min(policy.floor, style.size)
        // Set at the nominal size, the text's height grows with the square of its size (its
        // lines both lengthen and get taller) and its count of lines with the size.
        func guess() -> Double {
            var width: Int32 = 0, height: Int32 = 0
            pango_layout_get_size(layout, &width, &height)
            let tall = Double(height) / Pango.scale, room = Units.points(box.height)
            var ratio = tall > 0 ? (room / tall).squareRoot() : 1
            if let maxLines = policy.maxLines {
                ratio = min(ratio, Double(maxLines) / Double(max(1, pango_layout_get_line_count(layout))))
            }
            return style.size * ratio
        }
        return FitPolicy.largestFittingSize(from: style.size, downTo: floor, guess: guess) {
            fits($0) && !Typesetter.breaksInsideWord(layout)
        } ?? FitPolicy.largestFittingSize(from: style.size, downTo: floor, fits: fits)
    }

    /// Whether Pango had to wrap a line inside a word, where the text allows no break.
    static func breaksInsideWord(_ layout: OpaquePointer) -> Bool {
        guard pango_layout_get_line_count(layout) > 1, let text = pango_layout_get_text(layout) else { return false }
        var count: Int32 = 0
        guard let attributes = pango_layout_get_log_attrs_readonly(layout, &count) else { return false }
        let iterator = pango_layout_get_iter(layout)!
        defer { pango_layout_iter_free(iterator) }
        while pango_layout_iter_next_line(iterator) != 0 {
            // The line's own start (the iterator's index is its first run in visual order).
            guard let line = pango_layout_iter_get_line_readonly(iterator) else { continue }
            let offset = Int32(g_utf8_pointer_to_offset(text, text + Int(line.pointee.start_index)))
            if offset > 0, offset < count, attributes[Int(offset)].is_line_break == 0 { return true }
        }
        return false
    }

    /// Replaces the layout's text with the longest beginning of `text`, cut at a word where it
    /// can be, followed by "…", for which `fits` holds. Done here rather than by Pango's own
    /// ellipsizing, which keeps the hidden words in the PDF's text layer.
    private func shorten(_ text: String, on layout: OpaquePointer, until fits: () -> Bool) {
        var cuts = text.indices.filter { text[$0] == " " || text[$0] == "\n" }
        if cuts.count < 2 { cuts = Array(text.indices.dropFirst()) }
        func tryPrefix(_ end: String.Index) -> Bool {
            let prefix = text[..<end].trimmingCharacters(in: .whitespacesAndNewlines)
            pango_layout_set_text(layout, PangoText.prepared(prefix) + "…", -1)
            return fits()
        }
        var low = -1, high = cuts.count  // cuts[low] fits (or none does), cuts[high] does not
        while high - low > 1 {
            let middle = (low + high) / 2
            if tryPrefix(cuts[middle]) { low = middle } else { high = middle }
        }
        if low >= 0 {
            _ = tryPrefix(cuts[low])
        } else {
            pango_layout_set_text(layout, "…", -1)
        }
    }

    /// The beginning of `text` that could possibly fit `box` at `points`, with room to spare: as
    /// many characters as lines a tenth of an em wide (narrower than any printing character) fill,
    /// twice over. What a box cannot hold is cut anyway; this keeps a field of a million
    /// characters from being laid out whole at every size tried.
    static func possiblyFitting(_ text: String, in box: Size, atPoints points: Double) -> String {
        let perLine = Units.points(box.width) / (0.1 * points), lines = Units.points(box.height) / (0.8 * points) + 1
        let capacity = Int(min(Double(Int.max / 4), 2 * perLine * lines)) + 16
        guard text.utf8.count > capacity else { return text }
        return String(text.prefix(capacity))
    }

    /// Characters of one text Sadna sets, where its box grows with it (a table cell, a persona's
    /// field): some twenty A4 pages at 8 pt, far beyond any field of a workshop.
    static let longestText = 50_000

    /// `text`, or its first ``longestText`` characters, reported at `source`.
    private func settable(_ text: String, source: SourceLocation?) -> String {
        guard text.utf8.count > Self.longestText else { return text }
        let count = text.count
        guard count > Self.longestText else { return text }
        adopt([
            .warning(.layoutLongText, ["count": .number(count), "limit": .number(Self.longestText)], at: source)
        ])
        return String(text.prefix(Self.longestText))
    }

    /// Reports, once per text and place, a word longer than ``LongWords/longest`` characters that
    /// has no place to break: an address, which breaks at its slashes and dots, is not one.
    private func reportLongWord(_ text: String, source: SourceLocation?) {
        guard let source, LongWords.longestWord(in: text) != nil,
            let length = LongWords.longestWord(in: PangoText.prepared(text, breakingLongWords: false))
        else { return }
        adopt([
            .warning(.layoutLongWord, ["length": .number(length), "every": .number(LongWords.longest)], at: source)
        ])
    }

    /// The problems found since the last call, handing them over (a long-running workbench lays
    /// many documents out with one typesetter, each reporting its own).
    public func takeDiagnostics() -> [Diagnostic] {
        defer { diagnostics.removeAll() }
        return diagnostics
    }

    /// Records a problem found while laying out (a row too tall for any page, say).
    public func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    private func makeLayout(_ text: String, style: TextStyle, width: Double?, language: TextLanguage) -> OpaquePointer {
        let layout = pango_layout_new(context(for: language))!
        pango_layout_set_auto_dir(layout, 0)
        if let width {
            pango_layout_set_width(layout, Int32(Units.points(width) * Pango.scale))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        }
        pango_layout_set_alignment(layout, Typesetter.physicalAlignment(style.alignment, language.direction))
        if style.hangingIndent > 0 {
            // A negative indent in Pango indents every line but a paragraph's first.
            pango_layout_set_indent(layout, -Int32(Units.points(style.hangingIndent) * Pango.scale))
        }
        if style.lineSpacing != 1 {
            pango_layout_set_line_spacing(layout, Float(style.lineSpacing))
        }
        setSize(style.size, weight: style.weight, language: language, on: layout)
        pango_layout_set_text(layout, PangoText.prepared(wholeNames.kept(text)), -1)
        Typesetter.forbidHyphens(layout)
        ArabicLines.hold(layout, atPoints: style.size)
        return layout
    }

    /// Pango puts a hyphen where it has to break inside a word ("recommendatio-ns",
    /// "والأحاس-يس"): no dictionary stands behind it, Arabic and Hebrew are never hyphenated, and
    /// a reader would type the hyphen of a broken URL or number. A word too long for its box
    /// breaks without one, and the fit policy shrinks the text before it comes to that.
    static func forbidHyphens(_ layout: OpaquePointer) {
        let list = pango_layout_get_attributes(layout).map { pango_attr_list_copy($0)! } ?? pango_attr_list_new()!
        pango_attr_list_insert(list, pango_attr_insert_hyphens_new(0))
        pango_layout_set_attributes(layout, list)
        pango_attr_list_unref(list)
    }

    private func setSize(_ size: Double, weight: FontWeight, language: TextLanguage, on layout: OpaquePointer) {
        let description = fontDescription(for: language)
        pango_font_description_set_size(description, Int32(size * Pango.scale))
        pango_font_description_set_weight(description, weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_layout_set_font_description(layout, description)
        ArabicLines.hold(layout, atPoints: size)
    }

    private func measuredWidth(_ layout: OpaquePointer) -> Double {
        var width: Int32 = 0, height: Int32 = 0
        pango_layout_get_size(layout, &width, &height)
        return Units.millimetres(fromPoints: Double(width) / Pango.scale)
    }

    /// With auto-direction off, Pango's left and right are physical: start is right in Hebrew.
    static func physicalAlignment(_ alignment: TextAlignment, _ direction: TextDirection) -> PangoAlignment {
        switch (alignment, direction) {
        case (.centre, _): PANGO_ALIGN_CENTER
        case (.start, .rightToLeft), (.end, .leftToRight): PANGO_ALIGN_RIGHT
        case (.start, .leftToRight), (.end, .rightToLeft): PANGO_ALIGN_LEFT
        }
    }

    private func reportUnknownGlyphs(_ block: TextBlock, source: SourceLocation?) {
        for scalar in block.unknownCharacters {
            adopt([
                .warning(
                    .layoutMissingGlyph,
                    [
                        "character": .quoted(String(Character(scalar))), "code": .value(scalar.codePoint),
                        "command": .code("apt-get install fonts-noto-core"),
                    ],
                    at: source)
            ])
        }
    }

    /// Takes over what another typesetter found (one that laid out part of a document on
    /// another thread), in order, keeping each missing glyph's report to its first.
    public func adopt(_ found: [Diagnostic]) {
        for diagnostic in found
        where !Typesetter.reportedOnceRules.contains(diagnostic.rule) || reportedOnce.insert(diagnostic).inserted {
            diagnostics.append(diagnostic)
        }
    }

    /// Reports made once per text and place, however often the text is set.
    static let reportedOnceRules: Set<String> = ["layout.missing-glyph", "layout.long-word", "layout.long-text"]

    static func format(_ points: Double) -> String {
        points == points.rounded() ? String(Int(points)) : String(format: "%.1f", points)
    }
}
