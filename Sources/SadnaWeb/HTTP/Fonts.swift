import Foundation
import Hummingbird

/// Noto Sans Hebrew, Arabic and Latin from the machine's own font files (the ones Sadna prints
/// with), so pages look the same offline, on any council network.
enum Fonts {
    static let files = [
        "NotoSansHebrew.ttf": ["/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf"],
        "NotoSansHebrew-Bold.ttf": ["/usr/share/fonts/truetype/noto/NotoSansHebrew-Bold.ttf"],
        "NotoSansArabic.ttf": ["/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf"],
        "NotoSansArabic-Bold.ttf": ["/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf"],
        "NotoSans.ttf": ["/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"],
        "NotoSans-Bold.ttf": ["/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"],
    ]

    static func serve(_ name: String) throws -> Response {
        guard let candidates = files[name],
            let data = candidates.lazy.compactMap({ FileManager.default.contents(atPath: $0) }).first
        else {
            throw HTTPError(.notFound)
        }
        var response = Response.download(data, contentType: "font/ttf", filename: name, inline: true)
        response.headers[.cacheControl] = "max-age=86400"
        return response
    }
}
