import Foundation
import Mustache
import SadnaKit

/// The pages' own templates, `Templates/web/*.mustache`, and their words in each language,
/// `Templates/web/labels.yaml`: data a council may edit like every other template.
struct WebTemplates: @unchecked Sendable {
    let library: MustacheLibrary
    let labels: LabelSet<TextLabel>

    /// Every word the workbench shows; each language must give them all.
    static let labelKeys =
        [
            "app_name", "skip_to_content", "nav_home", "nav_personas", "nav_services", "nav_journeys", "nav_task_cards",
            "language_name", "languages", "file_label",
            "home_title", "meetings", "meeting", "no_date", "status_ok", "errors_count", "warnings_count", "problems_title",
            "problems_none", "open_meeting", "programme_problems", "go_to_field",
            "agenda", "time", "content", "print_list", "part", "paper", "pages", "copies", "for_row", "downloads",
            "download_agenda", "download_handout", "download_kit", "download_file", "download_part", "kit_note",
            "personas_title", "new_persona", "filter_label", "filter_hint", "filter_button", "no_personas", "example",
            "import_personas", "download_cards", "download_form", "edit_persona",
            "save", "saved", "saved_with_problems", "photo", "photo_hint", "photo_current", "one_per_line", "choose",
            "preview", "preview_alt", "error_summary", "warning_summary", "back_to_pool", "new_persona_hint",
            "conflict_title", "conflict_explain", "in_file_now", "yours", "keep_mine", "take_theirs", "field",
            "import_title", "import_intro", "import_file", "import_replace", "import_button", "import_result",
            "import_written", "import_kept", "import_rejected", "import_read_as",
            "error_title", "error_401", "error_403", "error_404", "error_405", "error_413", "error_500", "error_broken",
            "back_home", "error_photo_type", "error_photo_unreadable", "error_no_file", "error_wrong_code", "error_refused_print",
            "error_misdirected", "error_too_many_tries", "error_disk_full", "error_permission_denied", "error_read_only",
            "journeys_title", "journeys_intro", "new_journey", "no_journeys", "stage_count", "back_to_journeys",
            "journey_facts", "journey_title", "journey_title_hint", "journey_persona", "journey_group", "journey_date",
            "journey_lanes", "journey_stages", "journey_stages_hint", "create_journey", "journey_grid", "journey_grid_hint",
            "stage_title", "stage_earlier", "stage_later", "stage_remove", "stage_earlier_of", "stage_later_of",
            "stage_remove_of", "stage_remove_confirm", "add_stage", "new_stage_label", "new_note", "note_label",
            "new_note_label", "new_note_evidence", "evidence_of", "evidence_none", "score_label", "word_label", "score_none",
            "score_-2", "score_-1", "score_0", "score_1", "score_2", "lanes_default", "improves", "map_title", "download_map",
            "start_future", "map_preview", "map_preview_alt",
            "services_title", "services_intro", "no_services", "no_department", "no_page", "create_page", "create_page_for",
            "new_service_page", "backlog_hint", "impact_of", "complexity_of", "save_ratings", "chart_preview", "chart_alt",
            "download_chart", "back_to_services", "review_title", "review_hint", "review_count", "replace_with", "page_facts",
            "service_url", "service_url_hint", "sketch", "sketch_more", "way_number", "new_way", "way_channel", "way_address",
            "way_steps", "way_earlier", "way_later", "way_remove", "question_number", "new_question", "question", "answer",
            "question_earlier", "question_later", "question_remove", "move_up", "move_down", "remove_confirm",
            "service_preview", "service_preview_alt", "print_and_export", "download_service_pdf", "download_review_pdf",
            "download_markdown", "download_html", "export_html_label", "export_html_hint", "copy_html", "copied",
            "task_cards_title", "task_cards_intro", "no_task_cards", "new_task_card", "card_size", "card_size_a6",
            "card_size_a7", "card_size_poker", "download_deck", "order_hint", "card_place", "save_order", "back_to_deck",
            "card_headline", "card_headline_hint", "card_story", "card_story_hint", "card_service", "card_service_hint",
            "card_journey", "card_preview", "card_preview_alt",
            "help_department", "stage_count_one", "not_rated", "backlog_says", "journey_lanes_hint", "new_card_hint",
            "new_journey_hint", "for_website", "stage_added", "nav_decks", "decks_title", "decks_intro", "no_decks",
            "cards_count", "new_card",
        ] + meetingPlanKeys + minutesKeys + teamKeys + recoveryKeys + facilitatorKeys + scanKeys + sameFormKeys

    /// The templates in `source`'s `web/` folder, or the problems that stop them.
    static func load(from source: any FileSource) -> (WebTemplates?, [Diagnostic]) {
        let (labels, labelProblems) = TemplateLoader.labels(
            "web/labels.yaml", in: source, keys: labelKeys,
            what: "the workbench's words")
        var diagnostics = labelProblems
        var library = MustacheLibrary()
        let names: [String]
        do {
            names = try source.list("web") ?? []
        } catch {
            return (
                nil,
                [error.diagnostic(at: .startOf(source.displayPath("web")), folder: "web/")]
            )
        }
        for name in names where name.hasSuffix(".mustache") {
            let path = "web/" + name
            do {
                let text = String(decoding: try source.read(path, limit: Limits.yamlFileBytes), as: UTF8.self)
                try library.register(text, named: String(name.dropLast(9)))
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(
                    .error(
                        .templateWebSyntax,
                        [
                            "detail": .code("\(error.error)"), "open": .code("{{#section}}"),
                            "close": .code("{{/section}}"),
                        ],
                        at: SourceLocation(
                            file: source.displayPath(path), line: error.context.lineNumber,
                            column: error.context.columnNumber)))
            } catch let error as FileSourceError {
                diagnostics.append(error.diagnostic(at: .startOf(source.displayPath(path))))
            } catch {
                diagnostics.append(
                    .error(
                        .templateWebUnreadable, ["detail": .quoted("\(error)"), "folder": .path("Templates/web/")],
                        at: .startOf(source.displayPath(path))))

            }
        }
        guard let labels, !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (WebTemplates(library: library, labels: labels), diagnostics)
    }

    /// The page `template` made from `values` (a ``PageValues``: typed structs, read by reflection).
    func render(_ template: String, _ values: some MustacheParent) -> String {
        library.render(values, withTemplate: template) ?? "<!doctype html><title>Sadna</title><p>\(template)?</p>"
    }
}
