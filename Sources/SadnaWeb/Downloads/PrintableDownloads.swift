import Foundation
import Hummingbird
import SadnaKit
import SadnaPrint

/// How a printable is handed to the browser.
enum DownloadFormat {
    /// The whole printable, to print or keep.
    case pdf
    /// Its first page as a picture: the preview beside a form.
    case png(dpi: Double)
    /// A card's front (the `index`-th of the job's), before it is set on the sheet.
    case cardFace(dpi: Double, index: Int = 0)
}

/// Any printable of the catalog as the command line prints it, in the workshop's language: the
/// preview is the printed page itself.
enum PrintableDownloads {
    static func respond(
        _ request: Request, _ print: PrintRequest, name: String, format: DownloadFormat,
        workbench: Workbench
    ) throws -> Response {
        let snapshot = workbench.snapshot()
        var print = print
        print.language = Workbench.printLanguage(snapshot)
        let data = try workbench.withContext(snapshot, language: print.language) { context -> Data in
            let job = try job(print, in: context)
            switch format {
            case .pdf:
                return try PDFExport.data(job)
            case let .png(dpi):
                guard let page = job.pages.first(where: { _ in true }) else { throw HTTPError(.notFound) }
                return try PNGExport.data(page, dpi: dpi)
            case let .cardFace(dpi, index):
                guard let face = job.cardFaces?.dropFirst(index).first(where: { _ in true }) else { throw HTTPError(.notFound) }
                return try PNGExport.data(face, dpi: dpi)
            }
        }
        switch format {
        case .pdf: return Response.download(data, contentType: "application/pdf", filename: "\(name).pdf", inline: true)
        case .png, .cardFace: return Response.download(data, contentType: "image/png", filename: "\(name).png", inline: true)
        }
    }

    /// The catalog's job for `print`, or its refusal as the browser should hear of it.
    static func job(_ print: PrintRequest, in context: LayoutContext) throws -> PrintJob {
        do {
            return try Catalog.job(print, in: context)
        } catch {
            throw PrintRefusal(error, asked: print)
        }
    }
}
