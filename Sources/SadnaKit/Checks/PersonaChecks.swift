/// A persona's main services may name journeys or service pages by id; those must exist. Items
/// written as descriptions ("רישום לגנים") are left as they are: not every service has a page yet.
public enum PersonaChecks {
    public static func check(_ workshop: Workshop) -> [Diagnostic] {
        scannedCrops(workshop) + services(workshop)
    }

    /// A scanned field names a crop `sadna scan` wrote: a PNG under the workshop's scans/ folder.
    static func scannedCrops(_ workshop: Workshop) -> [Diagnostic] {
        workshop.personas.flatMap { persona in
            persona.scanned.values.filter {
                !($0.value.hasPrefix("scans/") && $0.value.hasSuffix(".png") && !$0.value.contains(".."))
            }
            .map {
                Diagnostic.warning(
                    .personaScannedPath,
                    [
                        "value": .quoted($0.value), "folder": .path("scans/"), "command": .code("sadna scan"),
                        "example": .path("scans/3/persona-form-1/age.png"),
                    ], at: $0.location)

            }
        }
    }

    static func services(_ workshop: Workshop) -> [Diagnostic] {
        workshop.personas.flatMap { persona -> [Diagnostic] in
            guard let services = persona[.mainServices] else { return [] }
            return services.value.items.filter(References.looksLikeID).flatMap {
                References.check(Located($0, at: services.location), against: [.journey, .service], in: workshop)
            }
        }
    }
}
