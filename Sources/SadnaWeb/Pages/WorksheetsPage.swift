import Foundation
import Hummingbird
import SadnaKit

/// "גיליונות עבודה": the programme's own worksheets and Sadna's, each with its printed page as a
/// picture and its PDF, from the print catalog, so that what is seen is what prints.
enum WorksheetsPage {
    /// `worksheets.mustache`.
    struct Content {
        var sheets: [Sheet]
        var hasSheets: Bool
    }

    /// A worksheet: its title, what it asks, whose it is, its preview and download.
    struct Sheet {
        var id: String
        var title: String
        var instructions: String
        var paper: String
        var own: Bool
        var preview: String
        var pdf: String
        var previewAlt: String
        var downloadLabel: String
    }

    static func respond(_ request: Request, workbench: Workbench) throws -> Response {
        let (basics, workshop, templates) = try PageBasics.opening(request, workbench: workbench)
        let labels = basics.labels, language = Workbench.printLanguage(basics.snapshot)
        let own = Set(workshop.worksheets.map(\.id))
        // The paper named as the kit's print list names it ("A3 לרוחב").
        let kitWords = templates.kit.words(in: basics.language)
        func paper(_ paper: Paper) -> String {
            paper.orientation == .landscape ? kitWords(.landscape, ["paper": paper.format.rawValue]) : paper.format.rawValue
        }
        let sheets = workshop.worksheets(besides: templates.worksheets).map { sheet in
            let title = sheet.title(language)
            return Sheet(
                id: "sheet-\(sheet.id)", title: title, instructions: sheet.instructions?(language) ?? "",
                paper: paper(sheet.paper), own: own.contains(sheet.id),
                preview: "/worksheets/\(percentEncoded(sheet.id)).png", pdf: "/worksheets/\(percentEncoded(sheet.id)).pdf",
                previewAlt: labels("worksheet_preview_alt", ["title": title]),
                downloadLabel: labels("download_worksheet"))
        }
        return basics.page(
            "worksheets", title: labels("worksheets_title"), path: "/worksheets",
            content: Content(sheets: sheets, hasSheets: !sheets.isEmpty), request: request)
    }

    /// A worksheet as the catalog prints it: `name.pdf`, or `name.png` for its first page.
    static func printed(_ request: Request, file: String, workbench: Workbench) throws -> Response {
        let (id, format): (String, DownloadFormat) =
            file.hasSuffix(".pdf")
            ? (String(file.dropLast(4)), .pdf)
            : file.hasSuffix(".png") ? (String(file.dropLast(4)), .png(dpi: 40)) : ("", .pdf)
        let snapshot = workbench.snapshot()
        guard let id = ItemRequestContext.id(id), let workshop = snapshot.workshop, let templates = snapshot.templates,
            workshop.worksheets(besides: templates.worksheets).contains(where: { $0.id == id })
        else { throw HTTPError(.notFound) }
        return try PrintableDownloads.respond(
            request, PrintRequest(.worksheet, items: [id]), name: "worksheet-\(id)", format: format,
            workbench: workbench)
    }
}
