import Foundation
import SadnaKit

/// A meeting's print plan (`print:` in its file) as its editor holds it, and saving it: items
/// removed, moved, added, and in each only the values that changed, so that everything else in
/// the file (comments, an option written by hand) stays as it was.
struct PrintPlanDraft {
    /// How the copies are counted.
    enum Count: String, CaseIterable {
        case exactly, perGroup = "per-group", perParticipant = "per-participant"
    }

    /// An item as its inputs hold it: every option a `print:` item can say, as typed.
    struct Item {
        /// The item's place in the file when the form was opened; nil for one added since.
        var source: Int?
        var kind = ""
        /// The things it prints, by id; none for all of them, or a blank form.
        var items: [String] = []
        /// Personas picked from the pool per group instead of named (`items: {per-group: 3, …}`).
        var poolPerGroup = ""
        var poolFromParticipants = false
        /// The pool's tags, one a line.
        var poolTags = ""
        var poolService = ""
        var count = Count.exactly
        var copies = "1"
        /// The agenda row it serves: its id, or `row:N` for a row that has no id yet.
        var forRow = ""
        var paper = ""
        var card = ""
        var backs = ""
        var bleed = ""
        /// One lane id (or a set's name) a line.
        var lanes = ""
        var stages = ""
        var sheet = ""
        /// For cards: which of the programme's decks.
        var deck = ""
        /// For the programme: imposed as an A5 booklet.
        var booklet = false
        /// For name stickers: the sheet's outlines and a ruler instead of the stickers.
        var testSheet = false
        var note = ""

        var isBlank: Bool { kind.isEmpty }
        var isPool: Bool { !poolPerGroup.isEmpty }

        /// The item's inputs by their names in the form (`p0-copies` is `copies`), as `RowMerge`
        /// compares them: a list one value a line, a ticked box "on".
        static let fields = [
            "kind", "items", "pool-per-group", "pool-from", "pool-tags", "pool-service", "count", "copies", "for", "paper",
            "card", "backs", "bleed", "lanes", "stages", "sheet", "deck", "booklet", "test-sheet", "note",
        ]

        var values: [String: String] {
            [
                // Things as a set: the form lists them in the programme's order, the plan in its own.
                "kind": kind, "items": items.sorted().joined(separator: "\n"), "pool-per-group": poolPerGroup,
                "pool-from": poolFromParticipants ? "on" : "", "pool-tags": poolTags, "pool-service": poolService,
                "count": count.rawValue, "copies": copies, "for": forRow, "paper": paper, "card": card, "backs": backs,
                "bleed": bleed, "lanes": lanes, "stages": stages, "sheet": sheet, "deck": deck, "booklet": booklet ? "on" : "",
                "test-sheet": testSheet ? "on" : "", "note": note,
            ]
        }

        /// The kind it names, when Sadna prints it.
        var printable: PrintableKind? { PrintableKind(rawValue: kind) }

        /// An item of the file.
        static func from(_ value: YAMLValue, source: Int?) -> Item {
            func text(_ key: String) -> String { value[.key(key)]?.formText ?? "" }
            var item = Item(source: source, kind: text("kind"))
            if case .mapping? = value[.key("items")] {
                let pool = value[.key("items")]
                item.poolPerGroup = pool?[.key("per-group")]?.formText ?? ""
                item.poolFromParticipants = pool?[.key("from")]?.formText == "participants"
                item.poolTags = ((pool?[.key("tag")]?.formLines ?? []) + (pool?[.key("tags")]?.formLines ?? []))
                    .joined(separator: "\n")
                item.poolService = pool?[.key("service")]?.formText ?? ""
            } else {
                item.items = value[.key("items")]?.formLines ?? []
            }
            (item.count, item.copies) = Self.copies(text("copies"))
            item.forRow = text("for")
            item.paper = text("paper")
            item.card = text("card")
            item.backs = text("backs")
            item.bleed = text("bleed")
            item.lanes = (value[.key("lanes")]?.formLines ?? []).joined(separator: "\n")
            item.stages = text("stages")
            item.sheet = text("sheet")
            item.deck = text("deck")
            item.booklet = value[.key("booklet")] == .bool(true)
            item.testSheet = value[.key("test_sheet")] == .bool(true)
            item.note = text("note")
            return item
        }

        /// "6", "per-group", "3 per-participant" as a count and a number; nothing is one copy.
        static func copies(_ text: String) -> (Count, String) {
            let words = text.split(separator: " ").map(String.init)
            guard let unit = words.last.flatMap(Count.init(rawValue:)), unit != .exactly else {
                return (.exactly, text.isEmpty ? "1" : text)
            }
            return (unit, words.count == 2 ? words[0] : "1")
        }

        /// The copies as the file writes them: `6`, `per-group`, `3 per-participant`.
        var copiesValue: YAMLValue {
            let number = Int(copies.trimmingCharacters(in: .whitespaces))
            switch count {
            case .exactly: return number.map(YAMLValue.int) ?? .string(copies)
            case .perGroup, .perParticipant:
                return .string(number == 1 || copies.isEmpty ? count.rawValue : "\(copies) \(count.rawValue)")
            }
        }
    }

    var items: [Item]

    /// Where a new key goes in an item: as the shipped plans write them.
    static let keyOrder = [
        "kind", "deck", "items", "lanes", "stages", "paper", "card", "backs", "bleed", "sheet", "booklet", "test_sheet",
        "copies", "for", "note",
    ]
    /// More items than a meeting's kit holds is not a plan.
    static let maxItems = 40

    /// The plan as the file holds it.
    static func from(_ file: YAMLValue) -> PrintPlanDraft {
        PrintPlanDraft(items: (file[[.key("print")]]?.items ?? []).enumerated().map { Item.from($1, source: $0) })
    }

    /// The plan as a form posted it (`item-count`, then `p0-kind`, `p0-items`, `p0-copies`…); an
    /// item the conflict page was told to leave out (`p0-drop`) is not there, and a box is ticked
    /// when it sends a value.
    static func from(_ form: PostedForm) -> PrintPlanDraft {
        let count = min(max(Int(form["item-count"] ?? "") ?? 0, 0), maxItems)
        var seen = Set<Int>()
        func ticked(_ name: String) -> Bool { !(form[name] ?? "").isEmpty }
        return PrintPlanDraft(
            items: (0..<count).filter { form["p\($0)-drop"] != "1" }.map { index in
                func value(_ key: String) -> String { formText(form["p\(index)-\(key)"]) }
                let source = Int(value("source")).flatMap { seen.insert($0).inserted ? $0 : nil }
                return Item(
                    source: source, kind: value("kind"),
                    items: form.all("p\(index)-items").flatMap { formLines($0) },
                    poolPerGroup: value("pool-per-group"), poolFromParticipants: ticked("p\(index)-pool-from"),
                    poolTags: formLines(form["p\(index)-pool-tags"] ?? "").joined(separator: "\n"),
                    poolService: value("pool-service"), count: Count(rawValue: value("count")) ?? .exactly,
                    copies: value("copies"), forRow: value("for"), paper: value("paper"), card: value("card"),
                    backs: value("backs"), bleed: value("bleed"),
                    lanes: formLines(form["p\(index)-lanes"] ?? "").joined(separator: "\n"), stages: value("stages"),
                    sheet: value("sheet"), deck: value("deck"), booklet: ticked("p\(index)-booklet"),
                    testSheet: ticked("p\(index)-test-sheet"), note: value("note"))
            })
    }

    /// The items after `action`; returns the one to bring the focus to, if any.
    @discardableResult
    mutating func perform(_ action: RowAction) -> Int? { items.perform(action, limit: Self.maxItems) { Item() } }

    // MARK: Checking

    /// What the form itself can tell of each item before the plan is checked as a whole: by
    /// item, then input, the workbench's word for it.
    func problems() -> [Int: [String: String]] {
        var found: [Int: [String: String]] = [:]
        for (index, item) in items.enumerated() where !item.isBlank {
            var problems: [String: String] = [:]
            if item.printable?.isPlannable != true { problems["kind"] = "error_print_kind" }
            if Int(item.copies).map({ $0 < 1 }) ?? true { problems["copies"] = "error_print_copies" }
            if item.isPool, Int(item.poolPerGroup).map({ !(1...20).contains($0) }) ?? true {
                problems["pool-per-group"] = "error_print_pool"
            }
            if !item.stages.isEmpty, Int(item.stages).map({ !(1...40).contains($0) }) ?? true {
                problems["stages"] = "error_print_stages"
            }
            if !item.bleed.isEmpty, Double(item.bleed).map({ !PrintRequest.bleedRange.contains($0) }) ?? true {
                problems["bleed"] = "error_print_bleed"
            }
            if !problems.isEmpty { found[index] = problems }
        }
        return found
    }

    // MARK: Saving

    /// `text` with its print plan made these items (blank ones left out); an item `for` a row
    /// that had no id gives that row one (`ids`: the row's place and the id it gets).
    func apply(to text: String, rowIDs ids: [Int: String] = [:]) throws -> String {
        var text = text
        if !ids.isEmpty {
            var editor = try YAMLDocumentEditor(text: text)
            for (row, id) in ids.sorted(by: { $0.key < $1.key }) {
                let path: YAMLPath = [.key("agenda"), .index(row)]
                guard case .mapping? = editor.value[path], editor.value[path + [.key("id")]] == nil else { continue }
                try editor.insertKey("id", value: .string(id), in: path)
            }
            text = editor.text
        }
        return try ListEdit.apply(
            items.filter { !$0.isBlank }.map { item in
                ListEdit.Row(source: item.source) { Self.changes(self.resolved(item, ids: ids), from: $0) }
            },
            to: "print", after: ["homework", "agenda", "groups", "goal", "hours", "title"], in: text)
    }

    /// `item` with a `row:N` it serves named by the id that row gets.
    private func resolved(_ item: Item, ids: [Int: String]) -> Item {
        var item = item
        if let row = Self.unnamedRow(item.forRow) { item.forRow = ids[row] ?? "" }
        return item
    }

    /// The row `row:N` names, for a row that has no id yet.
    static func unnamedRow(_ value: String) -> Int? {
        value.hasPrefix("row:") ? Int(value.dropFirst(4)) : nil
    }

    /// The keys of `item` that differ from the file's item `old`: copies and numbers by what
    /// they mean ("per-group" is "1 per-group"), texts as typed; an option the kind does not take
    /// is removed when the person emptied it.
    static func changes(_ item: Item, from old: YAMLValue?) -> MappingChanges {
        var changes = MappingChanges(order: keyOrder)
        let current = old.map { Item.from($0, source: nil) } ?? Item()
        func text(_ key: String, _ new: String, _ was: String, number: Bool = false) {
            guard new != was else { return }
            let value: YAMLValue? =
                new.isEmpty
                ? nil : number ? (Int(new).map(YAMLValue.int) ?? Double(new).map(YAMLValue.double) ?? .string(new)) : .string(new)
            if number, let a = Double(new), let b = Double(was), a == b { return }
            changes.set(key, value)
        }
        text("kind", item.kind, current.kind)
        if item.isPool {
            let pool: [(key: String, value: YAMLValue?)] = [
                (key: "per-group", value: Int(item.poolPerGroup).map(YAMLValue.int) ?? .string(item.poolPerGroup)),
                (key: "from", value: item.poolFromParticipants ? YAMLValue.string("participants") : nil),
                (key: "tags", value: item.poolTags.isEmpty ? nil : .sequence(formLines(item.poolTags).map { .string($0) })),
                (key: "service", value: item.poolService.isEmpty ? nil : .string(item.poolService)),
            ]
            let changed =
                !current.isPool || item.poolPerGroup != current.poolPerGroup
                || item.poolFromParticipants != current.poolFromParticipants || item.poolTags != current.poolTags
                || item.poolService != current.poolService
            if changed {
                var entries: [YAMLValue.Entry] = pool.compactMap { entry in entry.value.map { .init(entry.key, $0) } }
                // A tag written as `tag:` stays so when it is the only one and unchanged.
                if item.poolTags == current.poolTags, let tag = old?[.key("items")]?[.key("tag")] {
                    entries = entries.map { $0.key == "tags" ? .init("tag", tag) : $0 }
                }
                changes.set("items", .mapping(entries))
            }
        } else if Set(item.items) != Set(current.items) || current.isPool {
            // The form lists things in the programme's order; the plan's own order (the deck as the
            // agenda names it) is kept, and things ticked since follow it.
            let items = current.items.filter(item.items.contains) + item.items.filter { !current.items.contains($0) }
            changes.set("items", items.isEmpty ? nil : .sequence(items.map { .string($0) }))
        }
        if item.count != current.count || Int(item.copies) != Int(current.copies)
            || (Int(item.copies) == nil && item.copies != current.copies)
        {
            // One copy is what an item without `copies:` prints: a new item leaves it out.
            let plain = item.count == .exactly && Int(item.copies) == 1
            changes.set("copies", plain && old?[.key("copies")] == nil ? nil : item.copiesValue)
        }
        text("for", item.forRow, current.forRow)
        if Paper(item.paper) != Paper(current.paper) || (Paper(item.paper) == nil && item.paper != current.paper) {
            changes.set("paper", item.paper.isEmpty ? nil : .string(Paper(item.paper)?.description ?? item.paper))
        }
        text("card", item.card, current.card)
        text("backs", item.backs, current.backs)
        text("bleed", item.bleed, current.bleed, number: true)
        if item.lanes != current.lanes {
            changes.set("lanes", item.lanes.isEmpty ? nil : .sequence(formLines(item.lanes).map { .string($0) }))
        }
        text("stages", item.stages, current.stages, number: true)
        text("sheet", item.sheet, current.sheet)
        text("deck", item.deck, current.deck)
        // A flag is written when it is on, and leaves the file when it is turned off.
        if item.booklet != current.booklet { changes.set("booklet", item.booklet ? .bool(true) : nil) }
        if item.testSheet != current.testSheet { changes.set("test_sheet", item.testSheet ? .bool(true) : nil) }
        text("note", item.note, current.note)
        return changes
    }
}

extension PrintPlanDraft.Item {
    /// An item of `values` by input (`values`), at `source` in the file.
    init(source: Int?, values: [String: String]) {
        func flag(_ key: String) -> Bool { !(values[key] ?? "").isEmpty }
        self.init(
            source: source, kind: values["kind"] ?? "", items: formLines(values["items"] ?? ""),
            poolPerGroup: values["pool-per-group"] ?? "", poolFromParticipants: flag("pool-from"),
            poolTags: values["pool-tags"] ?? "", poolService: values["pool-service"] ?? "",
            count: PrintPlanDraft.Count(rawValue: values["count"] ?? "") ?? .exactly, copies: values["copies"] ?? "",
            forRow: values["for"] ?? "", paper: values["paper"] ?? "", card: values["card"] ?? "",
            backs: values["backs"] ?? "", bleed: values["bleed"] ?? "", lanes: values["lanes"] ?? "",
            stages: values["stages"] ?? "", sheet: values["sheet"] ?? "", deck: values["deck"] ?? "",
            booklet: flag("booklet"), testSheet: flag("test-sheet"), note: values["note"] ?? "")
    }
}
