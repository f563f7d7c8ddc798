import CPangoCairo

/// Lines of Arabic as tall as the script needs, not as tall as its font says.
///
/// Noto Sans Arabic declares an ascent and descent of 2.1 em (room for its tallest stacked
/// marks), against some 1.36 em for Noto Sans Hebrew and Noto Sans; Pango sets a line as tall as
/// its tallest font says, so an Arabic line took half as much room again as a Hebrew line of the
/// same size: table rows 25–30 % taller, a name on a sticker set smaller to fit the same box.
/// The letters themselves, marks included, stand within 1.36 em. So a text with Arabic in it
/// gets that line height, absolutely, as a Hebrew or Latin line has it of itself.
enum ArabicLines {
    /// A line's height over its type size: Noto Sans's ascent and descent (1.069 + 0.293 em).
    static let lineHeight = 1.362

    /// Whether `text` has a letter of the Arabic script.
    static func hasArabic(_ text: UnsafePointer<CChar>) -> Bool {
        var pointer = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
        // U+0600–U+077F and U+08A0–U+08FF in UTF-8 start with 0xD8–0xDD or 0xE0 0xA2/0xA3;
        // the presentation forms (U+FB50–U+FEFF) with 0xEF 0xAD–0xBB.
        while pointer.pointee != 0 {
            let byte = pointer.pointee
            if (0xD8...0xDD).contains(byte) { return true }
            if byte == 0xE0, (0xA2...0xA3).contains(pointer[1]) { return true }
            if byte == 0xEF, (0xAD...0xBB).contains(pointer[1]) { return true }
            pointer += 1
        }
        return false
    }

    /// Sets the layout's lines to ``lineHeight`` × `points` when its text has Arabic in it.
    static func hold(_ layout: OpaquePointer, atPoints points: Double) {
        guard let text = pango_layout_get_text(layout), hasArabic(text) else { return }
        let list = pango_layout_get_attributes(layout).map { pango_attr_list_copy($0)! } ?? pango_attr_list_new()!
        pango_attr_list_change(list, pango_attr_line_height_new_absolute(Int32(points * lineHeight * Pango.scale)))
        pango_layout_set_attributes(layout, list)
        pango_attr_list_unref(list)
    }
}
