/// What a button of a row editor (the agenda's rows, the print plan's items) does to the list
/// before the page comes back: every such button posts `action` with one of these, so that the
/// editor works without JavaScript.
enum RowAction: Equatable {
    /// Save the list; `refresh` (any other button, or Enter in a field) only works it out again.
    case save, refresh, add
    case remove(Int), up(Int), down(Int)

    init(_ text: String?) {
        let parts = (text ?? "").split(separator: "-")
        let index = parts.count == 2 ? Int(parts[1]) : nil
        switch (parts.first, index) {
        case ("save", nil): self = .save
        case ("add", nil): self = .add
        case ("remove", let index?): self = .remove(index)
        case ("up", let index?): self = .up(index)
        case ("down", let index?): self = .down(index)
        default: self = .refresh
        }
    }
}

extension Array {
    /// The list after `action` (no more than `limit` long; `blank` is what "add" adds); returns
    /// the element to bring the focus to, if any.
    @discardableResult
    mutating func perform(_ action: RowAction, limit: Int, blank: () -> Element) -> Int? {
        switch action {
        case .add where count < limit:
            append(blank())
            return count - 1
        case let .remove(index) where indices.contains(index):
            remove(at: index)
        case let .up(index) where index > 0 && indices.contains(index):
            swapAt(index, index - 1)
            return index - 1
        case let .down(index) where indices.contains(index + 1):
            swapAt(index, index + 1)
            return index + 1
        default: break
        }
        return nil
    }
}
