extension WebTemplates {
    /// The words of a meeting's photos of filled forms: sending them, what became of them, and
    /// typing them up.
    static let scanKeys = [
        "scan_title", "scan_intro", "scan_photos_label", "scan_photos_hint", "scan_send", "scan_list_title", "scan_none",
        "scan_result_title", "scan_recognised_count", "scan_recognised_title", "scan_refused_title", "scan_what_to_do",
        "scan_fields_inked", "scan_page_number", "scan_sheet_number", "scan_type_it", "scan_replace", "scan_replace_explain",
        "scan_earlier",
        "scan_persona_made", "scan_page_alt", "scan_crop_alt", "scan_no_photos", "scan_too_many", "scan_photo_too_large",
        "scan_photo_too_large_hint", "scan_too_large", "scan_waiting_gone", "scan_more", "scan_transcribe_intro",
        "scan_whole_page", "scan_has_ink", "scan_no_ink", "scan_open_persona", "scan_persona_missing", "scan_signin_intro",
        "scan_signed", "scan_not_signed", "scan_already_present", "scan_save_attendance", "scan_read_only",
        "scan_type_there", "scan_field_cell", "scan_field_number", "scan_kind_persona_form", "scan_kind_journey_canvas",
        "scan_kind_minutes_blank",
        // A photographed service-page sketch typed up into a service page.
        "scan_sketch_intro", "scan_create_service", "scan_service_made",
    ]
}
