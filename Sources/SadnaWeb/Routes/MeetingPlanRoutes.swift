import Hummingbird

/// What a facilitator plans and keeps of her meetings: a new meeting, and each meeting's agenda
/// editor, print plan, invitees, attendance and minutes.
struct MeetingPlanRoutes {
    let workbench: Workbench

    var collection: RouteCollection<WorkbenchRequestContext> {
        let routes = RouteCollection(context: WorkbenchRequestContext.self)
        routes.get("new") { request, _ in try NewMeetingPage.form(request, workbench: workbench) }
        routes.post { request, _ in try await NewMeetingPage.create(request, workbench: workbench) }

        let meeting = routes.group(":id", context: ItemRequestContext.self)
        meeting.get("agenda") { request, context in try AgendaEditorPage.form(request, id: context.id, workbench: workbench) }
        meeting.post("agenda") { request, context in
            try await AgendaEditorPage.post(request, id: context.id, workbench: workbench)
        }
        meeting.get("attendance") { request, context in
            try AttendancePage.form(request, id: context.id, workbench: workbench)
        }
        meeting.post("attendance") { request, context in
            try await AttendancePage.save(request, id: context.id, workbench: workbench)
        }
        meeting.get("print") { request, context in try PrintPlanPage.form(request, id: context.id, workbench: workbench) }
        meeting.post("print") { request, context in try await PrintPlanPage.post(request, id: context.id, workbench: workbench) }
        meeting.get("invitees") { request, context in try InviteesPage.form(request, id: context.id, workbench: workbench) }
        meeting.post("invitees") { request, context in
            try await InviteesPage.save(request, id: context.id, workbench: workbench)
        }
        meeting.get("minutes") { request, context in try MinutesPage.form(request, id: context.id, workbench: workbench) }
        meeting.post("minutes") { request, context in try await MinutesPage.post(request, id: context.id, workbench: workbench) }
        meeting.get("minutes.pdf") { request, context in try MinutesPage.pdf(request, id: context.id, workbench: workbench) }
        return routes
    }
}
