import Foundation
import SadnaKit

/// A meeting's minutes as their form holds them (`minutes:` in its file), and saving them: who
/// came, who did not, who was invited, and the numbered items with their discussion and
/// decisions, each decision with who does it and by when. What the form does not show (a
/// decision marked done, a comment) is kept; an empty new item or decision is left out.
struct MinutesDraft {
    struct Item {
        var title = ""
        /// What was said, one point a line.
        var discussion = ""
        var decisions: [Decision] = []

        var isBlank: Bool { title.isEmpty && discussion.isEmpty && decisions.allSatisfy(\.isBlank) }
    }

    struct Decision {
        var text = ""
        var owner = ""
        /// A date (1.5.2026) or a later meeting, as typed.
        var due = ""

        var isBlank: Bool { text.isEmpty && owner.isEmpty && due.isEmpty }
    }

    /// One name a line.
    var present = ""
    var absent = ""
    var invited = ""
    var items: [Item] = []

    static let maxItems = 60, maxDecisions = 30

    // MARK: Reading

    /// The minutes as the file holds them; who came, when the file leaves it to attendance, as
    /// attendance says.
    static func from(_ minutes: YAMLValue?, attendance: [String]) -> MinutesDraft {
        func lines(_ key: String) -> String { (minutes?[.key(key)]?.formLines ?? []).joined(separator: "\n") }
        let present = minutes?[.key("present")] == nil ? attendance.joined(separator: "\n") : lines("present")
        let items = (minutes?[.key("items")]?.items ?? []).map { item in
            Item(
                title: item[.key("title")]?.formText ?? "",
                discussion: (item[.key("discussion")]?.formLines ?? []).joined(separator: "\n"),
                decisions: (item[.key("decisions")]?.items ?? []).map { decision in
                    if case .string = decision { return Decision(text: decision.formText) }
                    let due = decision[.key("due")]?.formText ?? ""
                    return Decision(
                        text: decision[.key("decision")]?.formText ?? "", owner: decision[.key("owner")]?.formText ?? "",
                        due: CalendarDate.parse(due)?.dotted
                            ?? (due.isEmpty ? decision[.key("due_meeting")]?.formText ?? "" : due))
                })
        }
        return MinutesDraft(present: present, absent: lines("absent"), invited: lines("invited"), items: items)
    }

    /// The minutes as a form posted them (`item-count`, `i0-title`, `i0-decision-count`, `i0-d0-text`…).
    static func from(_ form: PostedForm) -> MinutesDraft {
        func lines(_ name: String) -> String { formLines(form[name] ?? "").joined(separator: "\n") }
        let count = min(max(Int(form["item-count"] ?? "") ?? 0, 0), maxItems)
        let items = (0..<count).map { index in
            let decisions = min(max(Int(form["i\(index)-decision-count"] ?? "") ?? 0, 0), maxDecisions)
            return Item(
                title: formText(form["i\(index)-title"]), discussion: lines("i\(index)-discussion"),
                decisions: (0..<decisions).map { number in
                    let name = "i\(index)-d\(number)"
                    return Decision(
                        text: formText(form["\(name)-text"]), owner: formText(form["\(name)-owner"]),
                        due: formText(form["\(name)-due"]))
                })
        }
        return MinutesDraft(present: lines("present"), absent: lines("absent"), invited: lines("invited"), items: items)
    }

    // MARK: Checking

    /// What stops a decision being kept as an action: by item, then decision, then input, the
    /// workbench's word for it.
    func problems(in workshop: Workshop) -> [String: String] {
        var found: [String: String] = [:]
        for (index, item) in items.enumerated() where !item.isBlank {
            if item.title.isEmpty { found["i\(index)-title"] = "error_item_title" }
            for (number, decision) in item.decisions.enumerated() where !decision.isBlank {
                let name = "i\(index)-d\(number)"
                if decision.text.isEmpty { found["\(name)-text"] = "error_decision_text" }
                if !decision.due.isEmpty, Self.due(decision.due, in: workshop) == nil { found["\(name)-due"] = "error_due_wrong" }
                if !decision.due.isEmpty, decision.owner.isEmpty { found["\(name)-owner"] = "error_owner_missing" }
            }
        }
        return found
    }

    /// A due date as the file keeps it: a date (`due`), or a meeting (`due_meeting`).
    static func due(_ text: String, in workshop: Workshop) -> (key: String, value: YAMLValue)? {
        if let date = NewMeetingForm.date(text) { return ("due", .string(date.description)) }
        if workshop.meeting(named: text) != nil { return ("due_meeting", YAMLValue.attendedToken(text)) }
        return nil
    }

    // MARK: Saving

    /// `text` with its minutes made these (who came left to attendance while it says the same).
    func apply(to text: String, attendance: [String], in workshop: Workshop) throws -> String {
        var editor = try YAMLDocumentEditor(text: text)
        let old = editor.value[[.key("minutes")]]
        var minutes = MappingChanges(order: MinutesLoaderKeys.minutes)
        func list(_ text: String) -> YAMLValue? {
            let lines = formLines(text)
            return lines.isEmpty ? nil : .sequence(lines.map { .string($0) })
        }
        let leftToAttendance = old?[.key("present")] == nil && formLines(present) == attendance
        minutes.set("present", leftToAttendance ? nil : list(present))
        minutes.set("absent", list(absent))
        minutes.set("invited", list(invited))
        let oldItems = old?[.key("items")]?.items ?? []
        let kept = items.filter { !$0.isBlank }
        let newItems = kept.enumerated().map { index, item in
            Self.value(of: item, old: oldItems.indices.contains(index) ? oldItems[index] : nil, in: workshop)
        }
        minutes.set("items", newItems.isEmpty ? nil : .sequence(newItems))
        let value = minutes.applied(to: old)
        guard value != old else { return text }
        if old != nil {
            try editor.set([.key("minutes")], to: value)
        } else if value != .mapping([]) {
            try editor.insertKey("minutes", value: value)
        }
        return editor.text
    }

    /// An item as the file keeps it, its decisions in the shape they had: a text alone, or with
    /// its action (who, by when, and whether it is done, which the form does not change).
    static func value(of item: Item, old: YAMLValue?, in workshop: Workshop) -> YAMLValue {
        var changes = MappingChanges(order: MinutesLoaderKeys.item)
        changes.set("title", .string(item.title))
        let discussion = formLines(item.discussion)
        changes.set("discussion", discussion.isEmpty ? nil : .sequence(discussion.map { .string($0) }))
        let oldDecisions = old?[.key("decisions")]?.items ?? []
        let decisions = item.decisions.filter { !$0.isBlank }.enumerated().map { index, decision -> YAMLValue in
            let before: YAMLValue? = oldDecisions.indices.contains(index) ? oldDecisions[index] : nil
            let done = before?[.key("done")]
            guard !decision.owner.isEmpty || !decision.due.isEmpty || done != nil else { return .string(decision.text) }
            var action = MappingChanges(order: MinutesLoaderKeys.decision)
            action.set("decision", .string(decision.text))
            action.set("owner", decision.owner.isEmpty ? nil : .string(decision.owner))
            let due = decision.due.isEmpty ? nil : Self.due(decision.due, in: workshop)
            action.set("due", due?.key == "due" ? due?.value : nil)
            action.set("due_meeting", due?.key == "due_meeting" ? due?.value : nil)
            if case .mapping? = before { return action.applied(to: before) }
            if let done { action.set("done", done) }
            return action.applied(to: nil)
        }
        changes.set("decisions", decisions.isEmpty ? nil : .sequence(decisions))
        if case .mapping? = old { return changes.applied(to: old) }
        return changes.applied(to: nil)
    }
}

/// The keys of the minutes in the order their loader documents them, where a new key is placed.
enum MinutesLoaderKeys {
    static let minutes = ["present", "absent", "invited", "items"]
    static let item = ["title", "discussion", "decisions"]
    static let decision = ["decision", "owner", "due", "due_meeting", "done"]
}

extension MinutesDraft {
    /// The minutes as one form's fields (`present`, `i0-title`, `i0-d1-owner`…), as `FieldMerge`
    /// compares them: items and their decisions are kept in the order they were written and
    /// only added to, so an item's place is what it is. Blank decisions are left out.
    var fields: [String: String] {
        var fields = ["present": present, "absent": absent, "invited": invited]
        for (index, item) in items.enumerated() {
            fields["i\(index)-title"] = item.title
            fields["i\(index)-discussion"] = item.discussion
            for (position, decision) in item.decisions.filter({ !$0.isBlank }).enumerated() {
                fields["i\(index)-d\(position)-text"] = decision.text
                fields["i\(index)-d\(position)-owner"] = decision.owner
                fields["i\(index)-d\(position)-due"] = decision.due
            }
        }
        return fields
    }

    /// The minutes of `fields` (`fields` above); an item or decision is there up to the last one
    /// that says something.
    init(fields: [String: String]) {
        func said(_ prefix: String) -> Bool { fields.contains { $0.key.hasPrefix(prefix) && !$0.value.isEmpty } }
        let count = (0..<Self.maxItems).last { said("i\($0)-") }.map { $0 + 1 } ?? 0
        self.init(
            present: fields["present"] ?? "", absent: fields["absent"] ?? "", invited: fields["invited"] ?? "",
            items: (0..<count).map { index in
                let decisions = (0..<Self.maxDecisions).last { said("i\(index)-d\($0)-") }.map { $0 + 1 } ?? 0
                return Item(
                    title: fields["i\(index)-title"] ?? "", discussion: fields["i\(index)-discussion"] ?? "",
                    decisions: (0..<decisions).map { position in
                        let name = "i\(index)-d\(position)"
                        return Decision(
                            text: fields["\(name)-text"] ?? "", owner: fields["\(name)-owner"] ?? "",
                            due: fields["\(name)-due"] ?? "")
                    })
            })
    }

    /// The fields of any of `drafts`, in the form's order.
    static func fieldOrder(_ drafts: [MinutesDraft]) -> [String] {
        let items = drafts.map(\.items.count).max() ?? 0
        return ["present", "absent", "invited"]
            + (0..<items).flatMap { index in
                let decisions = drafts.map { $0.items.indices.contains(index) ? $0.items[index].decisions.count : 0 }.max() ?? 0
                return ["i\(index)-title", "i\(index)-discussion"]
                    + (0..<decisions).flatMap { ["i\(index)-d\($0)-text", "i\(index)-d\($0)-owner", "i\(index)-d\($0)-due"] }
            }
    }

    /// The counts a form of `fields` posts with them (`item-count`, `i0-decision-count`), one
    /// decision more in each item for the next one, as the page offers.
    static func counts(of draft: MinutesDraft) -> [(name: String, value: String)] {
        [("item-count", String(draft.items.count))]
            + draft.items.enumerated().map { ("i\($0)-decision-count", String($1.decisions.count + 1)) }
    }
}
