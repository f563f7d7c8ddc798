extension WebTemplates {
    /// The words of the facilitator's pages that merge two people's lists by row, restore what
    /// was removed from them, and bring a refused form back as typed.
    static let facilitatorKeys = [
        "conflict_row_removed", "conflict_row_removed_mine", "kind_participant", "participant_restored", "restored_from_bin",
        "bin_person_merged",
        "bin_person_differs", "kind_agenda_row", "kind_print_item",
    ]
}
