/// A persona's main services may name journeys or service pages by id; those must exist. Items
/// written as descriptions ("רישום לגנים") are left as they are: not every service has a page yet.
public enum PersonaChecks {
    public static func check(_ workshop: Workshop) -> [Diagnostic] {
        workshop.personas.flatMap { persona -> [Diagnostic] in
            guard let services = persona[.mainServices] else { return [] }
            return services.value.items.filter(References.looksLikeID).flatMap {
                References.check(Located($0, at: services.location), against: [.journey, .service], in: workshop)
            }
        }
    }
}
