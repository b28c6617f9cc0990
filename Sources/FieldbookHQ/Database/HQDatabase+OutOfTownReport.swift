import FieldbookCore
import GRDB

extension HQDatabase {
    /// The out-of-town figures over the report's visits (`reportCTE`: the period, not voided).
    static func outOfTownFigures(_ db: Database, _ period: StatementArguments) throws -> OutOfTownFigures {
        let row = try Row.fetchOne(db, sql: reportCTE + """
            SELECT COUNT(*) AS visits, COUNT(DISTINCT rv.enterpriseId) AS enterprises,
              (SELECT COUNT(*) FROM recommendation r JOIN enterprise re ON re.id = r.enterpriseId
                 WHERE re.outOfTown AND r.voidedAt IS NULL AND r.createdOn BETWEEN :from AND :to) AS recommendations
            FROM reportVisit rv JOIN enterprise e ON e.id = rv.enterpriseId
            WHERE e.outOfTown
            """, arguments: period)!
        return OutOfTownFigures(visits: row["visits"], enterprisesVisited: row["enterprises"],
                                recommendationsMade: row["recommendations"] ?? 0)
    }
}
