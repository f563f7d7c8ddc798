import CPangoCairo

/// Draws a layout's line so that its text copies and searches as its letters.
///
/// Pango hands Cairo each cluster's text with its glyphs, and Cairo marks a glyph that stands for
/// several letters (a ligature: "fi", Arabic "لا", "لى") with `/ActualText`. Extractors read a
/// right-to-left line in the order its glyphs are drawn and turn it around, letters of a
/// ligature's text included: `pdftotext` gave "عىل" for "على" and "ال" for "لا". So each
/// right-to-left cluster of several letters is handed over with its letters in drawing order,
/// which the extractor's turn puts back in reading order; single letters and left-to-right text
/// ("Whitfield") are handed over as written.
///
/// The line is drawn run by run with `pango_cairo_show_glyph_item`, which takes the text beside
/// the glyphs (the reversal keeps every cluster's bytes where they were, so Pango's cluster
/// table still fits), and each run's own colour from its attributes, as Pango's renderer sets it.
enum CopyableText {
    /// The layout's text with its right-to-left clusters of several characters reversed, as C bytes.
    static func clusterText(of layout: OpaquePointer) -> [CChar] {
        guard let text = pango_layout_get_text(layout) else { return [0] }
        var bytes = Array(UnsafeBufferPointer(start: text, count: Int(strlen(text)) + 1))
        let count = pango_layout_get_line_count(layout)
        for index in 0..<count {
            guard let line = pango_layout_get_line_readonly(layout, index) else { continue }
            var runs = line.pointee.runs
            while let node = runs {
                if let run = node.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self) {
                    reverseClusters(of: run, in: &bytes)
                }
                runs = node.pointee.next
            }
        }
        return bytes
    }

    private static func reverseClusters(of run: UnsafeMutablePointer<PangoGlyphItem>, in bytes: inout [CChar]) {
        guard let item = run.pointee.item, item.pointee.analysis.level % 2 == 1, let glyphs = run.pointee.glyphs else { return }
        let offset = Int(item.pointee.offset), length = Int(item.pointee.length)
        let starts = Set((0..<Int(glyphs.pointee.num_glyphs)).map { Int(glyphs.pointee.log_clusters[$0]) }).sorted()
        for (index, start) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1] : length
            let range = (offset + start)..<(offset + end)
            guard range.count > 1, range.upperBound < bytes.count else { continue }
            // Reversed character by character: each character's UTF-8 bytes stay in their order.
            var characters: [[CChar]] = []
            for byte in bytes[range] {
                if UInt8(bitPattern: byte) & 0xC0 == 0x80, !characters.isEmpty {
                    characters[characters.count - 1].append(byte)
                } else {
                    characters.append([byte])
                }
            }
            guard characters.count > 1 else { continue }
            bytes.replaceSubrange(range, with: characters.reversed().joined())
        }
    }

    /// Draws `line` with its baseline's start at the current point, in `colour` unless a run
    /// says otherwise; `text` is ``clusterText(of:)`` of its layout.
    static func show(_ line: UnsafeMutablePointer<PangoLayoutLine>, text: [CChar], on cr: OpaquePointer, colour: Colour) {
        var x = 0.0, y = 0.0
        cairo_get_current_point(cr, &x, &y)
        text.withUnsafeBufferPointer { text in
            var runs = line.pointee.runs
            while let node = runs {
                runs = node.pointee.next
                guard let run = node.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self), let glyphs = run.pointee.glyphs
                else { continue }
                x += Double(run.pointee.start_x_offset) / Pango.scale
                let own = foreground(of: run)
                if let own { cairo_set_source_rgba(cr, own.red, own.green, own.blue, colour.alpha) }
                cairo_move_to(cr, x, y - Double(run.pointee.y_offset) / Pango.scale)
                pango_cairo_show_glyph_item(cr, text.baseAddress, run)
                if own != nil { cairo_set_source_rgba(cr, colour.red, colour.green, colour.blue, colour.alpha) }
                x += Double(pango_glyph_string_get_width(glyphs)) / Pango.scale + Double(run.pointee.end_x_offset) / Pango.scale
            }
        }
    }

    /// A run's colour from its attributes (rich text's coloured runs), or nil.
    private static func foreground(of run: UnsafeMutablePointer<PangoGlyphItem>) -> (red: Double, green: Double, blue: Double)? {
        var attributes = run.pointee.item?.pointee.analysis.extra_attrs
        while let node = attributes {
            attributes = node.pointee.next
            guard let attribute = node.pointee.data?.assumingMemoryBound(to: PangoAttribute.self),
                attribute.pointee.klass.pointee.type == PANGO_ATTR_FOREGROUND
            else { continue }
            let color = UnsafeMutableRawPointer(attribute).assumingMemoryBound(to: PangoAttrColor.self).pointee.color
            return (Double(color.red) / 65535, Double(color.green) / 65535, Double(color.blue) / 65535)
        }
        return nil
    }
}
