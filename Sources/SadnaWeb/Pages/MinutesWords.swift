extension WebTemplates {
    /// The words of the minutes and of the decisions and actions page.
    static let minutesKeys = [
        "minutes", "minutes_present", "minutes_present_hint", "minutes_absent", "minutes_invited", "minutes_attendance",
        "minutes_item", "item_title", "item_discussion", "decision", "decision_number", "new_decision", "action_owner",
        "action_due", "action_due_hint", "add_item", "download_minutes", "error_item_title", "error_decision_text",
        "error_due_wrong", "error_owner_missing", "actions_title", "actions_intro", "actions_none", "download_actions",
        "overdue", "action_due_on", "action_due_meeting", "action_no_due", "action_from", "action_count", "action_count_one",
        "actions_overdue_count",
        "actions_overdue_count_one",
        // A photographed minutes form typed up in the minutes editor.
        "minutes_scan_note", "minutes_scan_page", "minutes_scan_actions", "minutes_scan_actions_hint", "minutes_scan_action",
        "scan_minutes_read_only",
    ]
}
