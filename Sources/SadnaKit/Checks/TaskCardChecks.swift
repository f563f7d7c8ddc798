/// A task card may point at a service page and a journey; those must exist.
public enum TaskCardChecks {
    public static func check(_ workshop: Workshop) -> [Diagnostic] {
        workshop.taskCards.flatMap { card -> [Diagnostic] in
            (card.service.map { References.check($0, against: [.service], in: workshop) } ?? [])
                + (card.journey.map { References.check($0, against: [.journey], in: workshop) } ?? [])
        }
    }
}
