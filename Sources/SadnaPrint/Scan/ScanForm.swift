import SadnaKit

/// What a printed form is, as its corner codes say it: enough to lay the same page out again
/// when a photo of it comes back, and to tell it from another programme's.
public struct ScanIdentity: Sendable, Hashable {
    /// A short fingerprint of the programme's title: a form of another programme is refused.
    public var programme: String
    public var kind: PrintableKind
    /// The language the form was printed in (it decides the layout's mirroring).
    public var language: Language
    /// The meeting the form was printed for, when one.
    public var meeting: String?
    /// The item of the request (a meeting's sign-in sheet), or the request's own options (a
    /// canvas's stages), when any.
    public var item: String?
    /// The page of the document, from 1.
    public var page: Int
    /// The sheet of a poster printed as tiles (``Tiling``), from 1; nil for a page printed whole.
    public var tile: Int?
    /// A fingerprint of the page's field geometry: a form laid out differently since it was
    /// printed (another template, other participants) cannot be cut by today's geometry.
    public var layout: String

    public init(
        programme: String, kind: PrintableKind, language: Language, meeting: String? = nil, item: String? = nil,
        page: Int, tile: Int? = nil, layout: String = ""
    ) {
        self.programme = programme
        self.kind = kind
        self.language = language
        self.meeting = meeting
        self.item = item
        self.page = page
        self.tile = tile
        self.layout = layout
    }

    /// The programme's fingerprint as the codes carry it.
    public static func programme(of workshop: Workshop) -> String {
        String(fingerprint(workshop.title.value).prefix(6))
    }

    /// The kinds of form that carry marks, each by the short code its marks hold (a short code
    /// keeps the QR code small).
    static let codes: [PrintableKind: String] = [
        .personaForm: "pf", .journeyCanvas: "jc", .serviceSketch: "ss", .signIn: "si", .minutesBlank: "mb",
        .worksheet: "ws",
    ]

    static let prefix = "S1"

    /// What the code in `corner` holds (32 bytes at most in the usual case, a version-2 code):
    /// `S1|programme|kind|language|meeting|item|page|layout|corner`, the page `3.2` on a tile
    /// (page 3, its second sheet).
    public func payload(corner: ScanCorner) -> String {
        [
            Self.prefix, programme, Self.codes[kind] ?? kind.rawValue, language.code, meeting ?? "-", item ?? "-",
            tile.map { "\(page).\($0)" } ?? String(page), layout, String(corner.rawValue),
        ].joined(separator: "|")
    }

    /// A code's text read back, or nil when it is not a Sadna mark.
    public static func parse(_ payload: String) -> (identity: ScanIdentity, corner: ScanCorner)? {
        let parts = payload.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 9, parts[0] == prefix,
            let kind = codes.first(where: { $0.value == parts[2] })?.key ?? PrintableKind(rawValue: parts[2]),
            let language = Language(rawValue: parts[3]),
            case let place = parts[6].split(separator: ".", omittingEmptySubsequences: false).map({ Int($0) }),
            place.count <= 2, let page = place[0], place.count == 1 || place[1] != nil,
            let corner = Int(parts[8]).flatMap(ScanCorner.init)
        else { return nil }
        let identity = ScanIdentity(
            programme: parts[1], kind: kind, language: language, meeting: parts[4] == "-" ? nil : parts[4],
            item: parts[5] == "-" ? nil : parts[5], page: page, tile: place.count == 2 ? place[1] : nil, layout: parts[7])
        return (identity, corner)
    }

    /// FNV-1a (32 bits) as eight hex digits: short, and the same on every machine.
    static func fingerprint(_ text: String) -> String { fingerprint(bytes: text.utf8) }

    /// FNV-1a (32 bits) of `bytes` as eight hex digits.
    public static func fingerprint(bytes: some Sequence<UInt8>) -> String {
        var value: UInt32 = 0x811C_9DC5
        for byte in bytes {
            value ^= UInt32(byte)
            value = value &* 0x0100_0193
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}

/// The corners of a page, clockwise from the top-left as the page is printed.
public enum ScanCorner: Int, Sendable, CaseIterable {
    case topLeft = 0, topRight, bottomRight, bottomLeft
}

/// One place to write on a form: its name (the crop's file name, without `.png`) and where it
/// is on the page (mm), as the layout drew it.
public struct ScanField: Sendable, Hashable {
    public var name: String
    public var rect: Rect

    public init(name: String, rect: Rect) {
        self.name = name
        self.rect = rect
    }
}

/// A form's page as a scan sees it: what it is, where its marks' centres are and where each of
/// its fields is, all in the page's millimetres.
public struct ScanForm: Sendable, Hashable {
    public var identity: ScanIdentity
    public var size: Size
    /// The centre of each corner's code, in ``ScanCorner`` order.
    public var marks: [Point]
    /// The side of each code's dark modules (mm).
    public var markSide = ScanMarks.side
    public var fields: [ScanField]
    /// On a sheet of a poster printed as tiles, the corner whose code is in a seam's margin:
    /// once the poster is glued it lies under the neighbouring sheet (or was cut off with the
    /// margin), so a close-up of the glued sheet shows the other three.
    public var seamCorner: ScanCorner?

    /// The fingerprint of the fields' geometry (to a tenth of a millimetre) and the page's size.
    static func layoutFingerprint(size: Size, fields: [ScanField]) -> String {
        func tenths(_ value: Double) -> String { String(Int((value * 10).rounded())) }
        var text = "\(tenths(size.width))x\(tenths(size.height))"
        for field in fields {
            text +=
                ";\(field.name):\(tenths(field.rect.x)),\(tenths(field.rect.y)),\(tenths(field.rect.width)),\(tenths(field.rect.height))"
        }
        return String(ScanIdentity.fingerprint(text).prefix(4))
    }
}
