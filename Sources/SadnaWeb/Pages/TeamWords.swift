extension WebTemplates {
    /// The words of the team's pages and of the worksheets.
    static let teamKeys = [
        "nav_participants", "nav_worksheets", "participants_title", "participants_intro", "participant_added", "participant_name",
        "participant_department", "participant_role", "participant_email", "edit", "no_participants_yet", "add_participant",
        "error_name_missing", "error_email_wrong", "worksheets_title", "worksheets_intro", "worksheet_preview_alt",
        "download_worksheet", "worksheet_own", "no_worksheets", "remove_participant", "remove_participant_hint",
        "participant_removed",
    ]
}
