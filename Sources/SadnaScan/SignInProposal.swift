import SadnaKit

/// Who signed a sign-in sheet, by the ink in each signature cell: a proposal for a person to
/// confirm against the page, never written into the attendance by itself. The sheet lists the
/// meeting's invitees in order, and its cell `signature-N` is the Nth's.
public enum SignInProposal {
    public struct Signature: Sendable {
        /// The signature cell's field (`signature-3`).
        public var field: String
        public var person: Participant
        public var signed: Bool
    }

    /// Each person the scanned cells name, in the sheet's order, and whether their cell holds ink.
    public static func signatures(fields: [String], inked: Set<String>, meeting: Meeting, workshop: Workshop) -> [Signature] {
        let invitees = workshop.invitees(of: meeting)
        return fields.compactMap { field in
            guard field.hasPrefix("signature-"), let number = Int(field.dropFirst("signature-".count)),
                invitees.indices.contains(number - 1)
            else { return nil }
            return Signature(field: field, person: invitees[number - 1], signed: inked.contains(field))
        }
    }
}
