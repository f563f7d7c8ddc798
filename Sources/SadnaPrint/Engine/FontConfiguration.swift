import CPangoCairo

/// The fonts Sadna lays out with: Noto Sans Hebrew, Noto Sans and Noto Sans Arabic, then symbol
/// fonts for the odd character (☺, arrows), and nothing else.
///
/// Giving Pango only these, rather than every font on the machine, does two things. The same
/// data prints the same wherever it runs, whatever other fonts are installed. And it is fast:
/// Pango sorts the fallback fonts anew for every font size it meets, and sorting a handful of
/// fonts instead of hundreds takes a first render from about 0.25 s to a fraction of that.
enum FontConfiguration {
    /// The families looked up, in order. The first three come from `fonts-noto-core`; the
    /// symbol fonts are used when present.
    static let families = [
        "Noto Sans Hebrew", "Noto Sans", "Noto Sans Arabic", "Noto Sans Symbols",
        "Noto Sans Symbols 2", "DejaVu Sans",
    ]

    /// Built once per process. Fontconfig configurations are not changed after they are built,
    /// and reading them is thread-safe, so one serves every typesetter.
    nonisolated(unsafe) static let shared: OpaquePointer? = build()

    private static func build() -> OpaquePointer? {
        // The system's configuration, which Pango loads anyway: a second copy of it (its XML
        // and font caches, read again) added 7 % to printing eight cards.
        guard let system = FcConfigGetCurrent() else { return nil }
        guard let config = FcConfigCreate() else { return nil }
        var added = 0
        for family in families {
            for file in files(of: family, in: system) where FcConfigAppFontAddFile(config, file) != 0 {
                added += 1
            }
        }
        guard added > 0 else {
            FcConfigDestroy(config)
            return nil
        }
        return config
    }

    /// The font files fontconfig knows for `family`.
    static func files(of family: String, in config: OpaquePointer) -> [String] {
        guard let pattern = FcPatternCreate(), let objects = FcObjectSetCreate() else { return [] }
        defer {
            FcPatternDestroy(pattern)
            FcObjectSetDestroy(objects)
        }
        _ = family.withCString { name in
            name.withMemoryRebound(to: FcChar8.self, capacity: family.utf8.count + 1) {
                FcPatternAddString(pattern, "family", $0)
            }
        }
        // Normal width only: DejaVu Sans brings four condensed files that are never chosen, and
        // each file added is read through (its character set) at every start.
        _ = FcPatternAddInteger(pattern, "width", 100)
        _ = FcObjectSetAdd(objects, "file")
        guard let list = FcFontList(config, pattern, objects) else { return [] }
        defer { FcFontSetDestroy(list) }
        var files: [String] = []
        for index in 0..<Int(list.pointee.nfont) {
            var file: UnsafeMutablePointer<FcChar8>?
            if let font = list.pointee.fonts[index], FcPatternGetString(font, "file", 0, &file) == FcResultMatch,
                let file
            {
                files.append(String(cString: file))
            }
        }
        return files.sorted()
    }

    /// Family names present in the shared configuration.
    static func availableFamilies() -> Set<String> {
        guard let config = shared else { return [] }
        return Set(families.filter { !files(of: $0, in: config).isEmpty })
    }
}
