extension WebTemplates {
    /// The words of forms that lose nothing (errors beside fields, a form sent again), of deleting
    /// to the bin and restoring from it, and of merging two people's edits.
    static let recoveryKeys = [
        "resend", "resend_explain", "error_form_expired", "error_too_large", "form_expired", "form_not_saved", "photo_too_large",
        "photo_not_picture", "photo_unreadable", "photo_again", "error_whole_number", "error_number_range", "error_persona_name",
        "error_persona_taken", "persona_taken_open", "conflict_fields_explain", "conflict_keep_mine", "conflict_keep_theirs",
        "conflict_save", "conflict_empty", "delete", "cancel", "delete_explain", "delete_question_persona",
        "delete_question_journey", "delete_question_service", "delete_question_task_card", "delete_question_photo",
        "photo_remove", "bin_title", "bin_intro", "bin_empty", "bin_what", "bin_item_title", "bin_when", "restore",
        "restore_renamed", "bin_name_taken", "bin_deleted", "bin_taken", "kind_persona", "kind_journey", "kind_service",
        "kind_task_card", "kind_photo", "filter_count_none", "filter_count_one", "filter_count_two", "filter_count_few",
        "filter_count_many", "errors_count_one", "errors_count_two", "errors_count_many", "warnings_count_one",
        "warnings_count_two", "warnings_count_many", "review_count_one", "review_count_two", "review_count_many",
        "stage_count_two", "stage_count_many", "download_name_page", "download_name_review", "error_journey_title",
        "error_card_story", "error_card_mission", "error_card_field", "errors_count_zero", "warnings_count_zero",
        "action_count_two", "action_count_many", "actions_overdue_count_two", "actions_overdue_count_many",
    ]
}
