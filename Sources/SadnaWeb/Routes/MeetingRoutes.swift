import Hummingbird

/// A meeting's page and its downloads: the run-sheet, the handout, the kit, a file or a part of it.
struct MeetingRoutes {
    let workbench: Workbench

    var collection: RouteCollection<WorkbenchRequestContext> {
        let routes = RouteCollection(context: WorkbenchRequestContext.self)
        let meeting = routes.group(":id", context: ItemRequestContext.self)
        meeting.get { request, context in try MeetingPage.respond(request, id: context.id, workbench: workbench) }
        meeting.get("agenda.pdf") { request, context in
            try KitDownloads.agenda(request, id: context.id, kind: .agenda, workbench: workbench)
        }
        meeting.get("handout.pdf") { request, context in
            try KitDownloads.agenda(request, id: context.id, kind: .handout, workbench: workbench)
        }
        meeting.get("kit.zip") { request, context in
            try KitDownloads.file(request, id: context.id, name: nil, workbench: workbench)
        }
        meeting.get("kit/:file") { request, context in
            try KitDownloads.file(request, id: context.id, name: context.parameters.get("file"), workbench: workbench)
        }
        meeting.get("parts/:part") { request, context in
            let part = context.parameters.get("part") ?? ""
            guard part.hasSuffix(".pdf"), let index = Int(part.dropLast(4)) else { throw HTTPError(.notFound) }
            return try KitDownloads.part(request, id: context.id, index: index, workbench: workbench)
        }
        return routes
    }
}
