extension WebTemplates {
    /// The words of the team's pages and of the worksheets.
    static let teamKeys = [
        "nav_participants", "nav_worksheets", "participants_title", "participants_intro", "participant_added", "participant_name",
        "participant_department", "participant_role", "participant_email", "edit", "no_participants_yet", "add_participant",
        "error_name_missing", "error_email_wrong", "worksheets_title", "worksheets_intro", "worksheet_preview_alt",
        "download_worksheet", "worksheet_own", "no_worksheets", "remove_participant", "remove_participant_hint",
        "participant_removed",
        // The import and the homework follow-up.
        "homework_nobody", "participants_import_title", "participants_import_link", "participants_import_intro",
        "participants_import_added", "participants_import_added_one", "participants_import_kept", "participants_import_rejected",
        "participants_import_nothing", "participants_import_back", "homework_title", "homework_intro", "homework_none",
        "homework_none_late", "homework_late_total", "homework_late_total_one", "homework_due", "homework_no_due",
        "homework_late", "homework_open", "homework_done", "homework_made",
    ]
}
