/// Workforce figures reported during a visit. Every figure is optional (not asked yet).
public struct Workforce: Hashable, Sendable, Codable {
    public var employees: Int?
    public var writtenContracts: Int?
    public var socialInsuranceEnrolled: Int?
    public var dispatchedWorkers: Int?
    public var migrantWorkers: Int?

    public init(employees: Int? = nil, writtenContracts: Int? = nil, socialInsuranceEnrolled: Int? = nil,
                dispatchedWorkers: Int? = nil, migrantWorkers: Int? = nil) {
        self.employees = employees
        self.writtenContracts = writtenContracts
        self.socialInsuranceEnrolled = socialInsuranceEnrolled
        self.dispatchedWorkers = dispatchedWorkers
        self.migrantWorkers = migrantWorkers
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
    public var exceedsDispatchLimit: Bool { (dispatchedShare ?? 0) > Self.dispatchLimit }
}
