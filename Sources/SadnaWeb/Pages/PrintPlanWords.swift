extension WebTemplates {
    /// The words of a meeting's print plan editor.
    static let printPlanKeys = [
        "edit_print_plan", "print_plan_unsaved", "print_plan_hint", "check_plan", "print_item_number", "print_kind",
        "print_items", "print_items_all", "print_items_meeting", "print_items_some", "print_pool", "print_pool_per_group",
        "print_pool_per_group_hint", "print_pool_tags", "print_pool_service", "print_pool_from", "print_count",
        "print_count_exactly", "print_count_per_group", "print_count_per_participant", "print_copies", "print_for",
        "print_for_none", "print_paper", "print_paper_default", "paper_landscape", "print_default", "print_card", "print_backs",
        "backs_long-edge", "backs_short-edge", "backs_none", "print_bleed", "print_lanes", "print_lanes_hint", "print_stages",
        "print_sheet", "print_sheet_hint", "print_deck", "print_deck_only", "print_booklet", "print_test_sheet", "print_note",
        "print_note_hint", "print_findings", "print_item_ok", "print_plan_empty",
        "add_print_item", "remove_print_item", "print_total", "print_total_one", "error_print_kind", "error_print_copies",
        "error_print_pool", "error_print_stages", "error_print_bleed",
    ]

    /// The words of a meeting's invitees page.
    static let inviteesKeys = [
        "invitees_title", "invitees_hint", "invitees_who", "invitees_everyone", "invitees_named", "invitees_members",
        "invitees_members_hint", "invitees_others", "invitees_others_hint", "invitees_count", "invitees_count_one",
        "edit_invitees",
    ]
}
