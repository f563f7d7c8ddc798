import SadnaKit

/// The programme's logo (`logo:` in workshop.yaml) as a picture to print. Loading has checked
/// that its path is a PNG or JPEG file inside the workshop; whether its bytes are one is found
/// here, when it is decoded, and reported at `logo:`.
public enum Logo {
    /// The decoded logo, or nil when the programme has none or it cannot be decoded (then an
    /// error at `logo:` is given to `typesetter`).
    static func picture(of workshop: Workshop, reporting typesetter: Typesetter) -> Picture? {
        guard let logo = workshop.logo else { return nil }
        do {
            return try Picture.load(logo.value, from: workshop.source)
        } catch {
            typesetter.report(problem(logo, error))
            return nil
        }
    }

    /// What `sadna check` finds: an error at `logo:` when the logo does not decode.
    public static func check(_ workshop: Workshop) -> [Diagnostic] {
        guard let logo = workshop.logo else { return [] }
        do {
            _ = try Picture.load(logo.value, from: workshop.source)
            return []
        } catch {
            return [problem(logo, error)]
        }
    }

    private static func problem(_ logo: Located<String>, _ error: PictureError) -> Diagnostic {
        .error(.workshopLogoPicture, ["path": .path(logo.value), "problem": error.problem], at: logo.location)
    }
}
