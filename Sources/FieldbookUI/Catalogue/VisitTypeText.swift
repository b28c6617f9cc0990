/// The visit form's fields of each visit type (约谈, 政策宣讲, …; docs/visit-screens.md).
public protocol VisitTypeText {
    var visitFieldPlace: String { get }
    var visitFieldSummonedPerson: String { get }
    var visitFieldSummonedRole: String { get }
    var visitFieldSummonsReason: String { get }
    var visitFieldTalkRecord: String { get }
    var visitFieldCommitments: String { get }
    var visitFieldCommitmentDate: String { get }
    var visitFieldParticipants: String { get }
    var visitFieldAttendeeNames: String { get }
    var visitFieldMaterials: String { get }
    var visitFieldMaterialsCount: String { get }
    var visitFieldQuestions: String { get }
    var visitFieldLegalSessions: String { get }
    var visitPlacePlaceholder: String { get }
    var visitTalkRecordPlaceholder: String { get }
    var visitCommitmentsPlaceholder: String { get }
    var visitMaterialsPlaceholder: String { get }
    var visitAttendeeNamesPlaceholder: String { get }
    var visitParticipantsPlaceholder: String { get }
    /// Under the attending enterprises: how many (with the visit's own) and the keys.
    func visitParticipantsHint(count: Int, removable: Bool) -> String
    /// While the list to take one off is open.
    var visitParticipantRemoveHint: String { get }
    func visitParticipantAdded(_ name: String) -> String
    func visitParticipantRemoved(_ name: String) -> String
    /// The visit's own enterprise at the head of the attending list.
    var visitParticipantOwn: String { get }
    var keyRemoveParticipant: String { get }
}
