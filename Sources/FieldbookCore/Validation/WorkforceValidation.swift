extension Workforce {
    /// Refuses negative figures and sub-counts above the number of employees. The dispatched
    /// share above 10% is not an error here: see `exceedsDispatchLimit`.
    public func validate() throws(CoreError) {
        let figures: [(Bilingual, Int?)] = [
            (FieldName.employees, employees), (FieldName.writtenContracts, writtenContracts),
            (FieldName.socialInsurance, socialInsuranceEnrolled), (FieldName.dispatched, dispatchedWorkers),
            (FieldName.migrant, migrantWorkers),
        ]
        for case let (field, value?) in figures where value < 0 { throw .negativeFigure(field, value) }
        guard let employees else { return }
        let bounded: [(Bilingual, Int?)] = [
            (FieldName.writtenContracts, writtenContracts), (FieldName.socialInsurance, socialInsuranceEnrolled),
            (FieldName.dispatched, dispatchedWorkers),
        ]
        for case let (field, value?) in bounded where value > employees {
            throw .figureExceedsEmployees(field, value: value, employees: employees)
        }
    }
}
