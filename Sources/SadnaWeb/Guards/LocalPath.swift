/// A path the workbench may send a browser to after the access code: one of its own pages.
///
/// Browsers read `//evil.example/` and `/\evil.example/` as another site's address (a backslash
/// counts as a slash in web addresses), and drop tabs and line breaks before they read one, so
/// `/<TAB>/evil.example` is the first again. A local path starts with one `/` followed by
/// neither `/` nor `\`, and holds no control characters at all.
enum LocalPath {
    static func isLocal(_ path: String) -> Bool {
        let bytes = Array(path.utf8)
        guard bytes.first == UInt8(ascii: "/") else { return false }
        guard !bytes.contains(where: { $0 < 0x20 || $0 == 0x7F }) else { return false }
        guard bytes.count > 1 else { return true }
        return bytes[1] != UInt8(ascii: "/") && bytes[1] != UInt8(ascii: "\\")
    }
}
