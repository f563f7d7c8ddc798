import Foundation
import SadnaKit
import SadnaPrint

/// Who signed a scanned sign-in sheet, by the ink in each person's signature cell: proposed as
/// present at its meeting, for a person to confirm against the page before it is written.
/// Confirming marks the signers present in participants.yaml (`attended:`); nobody is marked
/// absent by a blank cell (a person may have come without signing), and nobody else's entry changes.
public struct AttendanceProposal: Sendable {
    /// The meeting's id.
    public var meeting: String
    /// People on participants.yaml who signed: the ones confirming marks present.
    public var signed: [String]
    /// People who signed but are not on participants.yaml (a committee's outside members):
    /// their presence goes in the meeting's minutes, by hand.
    public var signedOutsideTeam: [String]
    /// People whose signature cell is blank.
    public var unsigned: [String]
    /// The signers already marked present at the meeting.
    public var alreadyPresent: [String]

    /// The proposal of a sign-in sheet's scan, or nil when it is not one or its meeting is gone.
    public static func of(_ saved: ScanStore.Saved, in workshop: Workshop) -> AttendanceProposal? {
        guard saved.identity.kind == .signIn, let meeting = ScanFiles.meeting(of: saved, in: workshop) else { return nil }
        let fields = saved.crops.keys.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        let signatures = SignInProposal.signatures(
            fields: fields, inked: Set(saved.inked.map(\.field)), meeting: meeting, workshop: workshop)
        let team = Set(workshop.participants.map(\.name.value))
        let present = Set(workshop.present(at: meeting))
        var proposal = AttendanceProposal(
            meeting: meeting.id, signed: [], signedOutsideTeam: [], unsigned: [], alreadyPresent: [])
        for signature in signatures {
            let name = signature.person.name.value
            if !signature.signed {
                proposal.unsigned.append(name)
            } else if !team.contains(name) {
                proposal.signedOutsideTeam.append(name)
            } else {
                proposal.signed.append(name)
                if present.contains(name) { proposal.alreadyPresent.append(name) }
            }
        }
        return proposal
    }

    /// participants.yaml's `text` with every signer marked present at the meeting.
    public func apply(to text: String, in workshop: Workshop) throws -> String {
        guard let meeting = workshop.meetings.first(where: { $0.id == self.meeting }) else { return text }
        let present = Dictionary(signed.map { ($0, true) }, uniquingKeysWith: { first, _ in first })
        return try AttendanceEdit.apply(present: present, meeting: meeting, in: workshop, to: text)
    }

    /// Marks the signers present in the workshop's participants.yaml. Returns whether it changed.
    @discardableResult
    public func write(in workshop: Workshop, folder: URL) throws -> Bool {
        try ScanFiles.change("participants.yaml", in: folder) { old in try old.map { try apply(to: $0, in: workshop) } }
    }
}
