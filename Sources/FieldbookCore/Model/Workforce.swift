/// Workforce figures reported during a visit. Every figure is optional (not asked yet).
public struct Workforce: Hashable, Sendable, Codable {
    public var employees: Int?
    public var writtenContracts: Int?
    public var socialInsuranceEnrolled: Int?
    public var dispatchedWorkers: Int?
    public var migrantWorkers: Int?
    /// Whose dispatched workers they are: the user firm's (employees include them: each worker is
    /// counted once, where they work) or, at a dispatch agency, the workers it sends out (they
    /// are its own employees). Not stored here: the visit's `dispatchAgency`.
    public var dispatchParty: DispatchParty

    public init(employees: Int? = nil, writtenContracts: Int? = nil, socialInsuranceEnrolled: Int? = nil,
                dispatchedWorkers: Int? = nil, migrantWorkers: Int? = nil, dispatchParty: DispatchParty = .userFirm) {
        self.employees = employees
        self.writtenContracts = writtenContracts
        self.socialInsuranceEnrolled = socialInsuranceEnrolled
        self.dispatchedWorkers = dispatchedWorkers
        self.migrantWorkers = migrantWorkers
        self.dispatchParty = dispatchParty
    }

    /// The legal ceiling of dispatched workers as a share of the workforce (劳务派遣暂行规定 4).
    public static let dispatchLimit = 0.10

    /// Dispatched workers as a share of all workers (employees include the dispatched, as the
    /// form asks for the total headcount), nil while either figure is missing or employees is 0.
    public var dispatchedShare: Double? {
        guard let employees, let dispatchedWorkers, employees > 0 else { return nil }
        return Double(dispatchedWorkers) / Double(employees)
    }

    /// True when the dispatched share is above the 10% limit: a warning to show, not an error.
    /// The limit binds the user firm (劳务派遣暂行规定第4条: 用工单位…不得超过其用工总量的10%); a
    /// dispatch agency sends out all its workers, so the share says nothing about it.
    public var exceedsDispatchLimit: Bool {
        dispatchParty == .userFirm && (dispatchedShare ?? 0) > Self.dispatchLimit
    }
}
