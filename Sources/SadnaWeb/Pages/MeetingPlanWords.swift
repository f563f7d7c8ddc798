extension WebTemplates {
    /// The words of the pages a facilitator plans and runs her meetings with (a new meeting, the
    /// agenda editor, attendance), kept apart so that each area's words are found together.
    static let meetingPlanKeys =
        [
            "new_meeting", "new_meeting_hint", "create_meeting", "meeting_number", "meeting_number_hint", "meeting_title",
            "meeting_title_hint", "meeting_date", "meeting_date_hint", "meeting_hours", "meeting_hours_hint", "meeting_venue",
            "meeting_goal", "meeting_goal_hint", "error_prefix", "error_title_prefix", "error_number_taken",
            "error_number_not_number", "error_title_missing", "error_date_wrong", "error_hours_wrong", "error_hours_order",
            "edit_agenda", "agenda_unsaved", "agenda_editor_hint", "recalculate", "row_more", "add_row", "agenda_end_title",
            "materials_title", "materials_none", "agenda_empty", "agenda_start", "agenda_duration", "agenda_content",
            "agenda_detail", "agenda_owner", "agenda_needs", "row_number", "time_unknown", "remove_row", "agenda_overrun",
            "agenda_ends", "agenda_ends_unknown", "minutes_short", "error_row_start", "error_row_duration", "error_row_untimed",
            "error_row_content", "attendance", "attendance_legend", "present_count", "no_participants",
            "meeting_tools", "attendance_outsiders",
        ] + printPlanKeys + inviteesKeys
}
