extension English {
    public var visitFieldPlace: String { "Place" }
    public var visitFieldSummonedPerson: String { "Summoned" }
    public var visitFieldSummonedRole: String { "Position" }
    public var visitFieldSummonsReason: String { "Reason" }
    public var visitFieldTalkRecord: String { "Record" }
    public var visitFieldCommitments: String { "Commitment" }
    public var visitFieldCommitmentDate: String { "Due by" }
    public var visitFieldParticipants: String { "Attending" }
    public var visitFieldAttendeeNames: String { "Names" }
    public var visitFieldMaterials: String { "Materials" }
    public var visitFieldMaterialsCount: String { "Copies" }
    public var visitFieldQuestions: String { "Questions" }
    public var visitFieldLegalSessions: String { "Legal Q&A" }
    public var visitPlacePlaceholder: String { "room, venue" }
    public var visitTalkRecordPlaceholder: String { "the talk: rules explained, what the enterprise said" }
    public var visitCommitmentsPlaceholder: String { "what the enterprise undertook to do" }
    public var visitMaterialsPlaceholder: String { "titles" }
    public var visitAttendeeNamesPlaceholder: String { "names or roles" }
    public var visitParticipantsPlaceholder: String { "type a name or code to add" }
    public func visitParticipantsHint(count: Int, removable: Bool) -> String {
        "\(count) in all (with this one) · type a name, Enter adds" + (removable ? " · Del takes one off" : "")
    }
    public var visitParticipantRemoveHint: String { "Choose the one to take off: Enter, Esc to keep them all" }
    public func visitParticipantAdded(_ name: String) -> String { "Added to the briefing: \(name)" }
    public func visitParticipantRemoved(_ name: String) -> String { "Taken off the briefing: \(name)" }
    public var visitParticipantOwn: String { "(this visit's enterprise)" }
    public var keyRemoveParticipant: String { "take off" }
}
