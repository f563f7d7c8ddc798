import SadnaKit
import SadnaPrint

/// The page a form's marks name, laid out again from today's workshop through the catalog, as
/// `sadna render` lays it out: its geometry is the one that drew the printed page.
enum FormLayouts {
    static func request(for identity: ScanIdentity) -> PrintRequest {
        var request = PrintRequest(identity.kind, language: identity.language)
        // A sheet of a poster printed as tiles: the poster asked for on A4, as it was printed.
        if identity.tile != nil { request.paper = Paper(.a4) }
        switch identity.kind {
        case .journeyCanvas:
            // The canvas's options: "6", or "6:lane,lane" when the lanes were chosen.
            let parts = (identity.item ?? "").split(separator: ":", maxSplits: 1).map(String.init)
            request.stages = parts.first.flatMap { Int($0) }
            if parts.count > 1 { request.lanes = parts[1].split(separator: ",").map(String.init) }
        case .worksheet:
            // The worksheet's id, and the paper it was printed on when not its own.
            let (id, paper) = WorksheetTemplate.scanned(identity.item ?? "")
            request.items = [id]
            if let paper { request.paper = paper }
        default:
            request.items = [identity.meeting, identity.item].compactMap { $0 }
        }
        return request
    }

    static func page(_ identity: ScanIdentity, in context: LayoutContext) throws(ScanRefusal) -> (Page, ScanForm) {
        let changed = ScanRefusal(.formChanged, .phraseScanChanged, ["kind": .code(identity.kind.rawValue)])

        guard let job = try? Catalog.job(request(for: identity), in: context) else { throw changed }
        let pages = Array(job.pages)
        // A tiled poster's pages come as their sheets, in the order they are glued.
        let index = (identity.page - 1) * (identity.tile == nil ? 1 : Tiling.count) + (identity.tile ?? 1) - 1
        guard identity.page >= 1, (identity.tile ?? 1) >= 1, index < pages.count, let form = pages[index].scanForm,
            form.identity.page == identity.page, form.identity.tile == identity.tile,
            form.identity.layout == identity.layout
        else { throw changed }
        return (pages[index], form)
    }
}
