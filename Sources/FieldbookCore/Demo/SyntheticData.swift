import Foundation
import GRDB

/// `fieldbook demo-data`: a large deterministic database for benchmarks. The same seed, sizes,
/// checklist and "today" give the same rows, ids included.
public struct SyntheticDataPlan: Sendable {
    public var enterprises: Int
    public var visits: Int
    public var seed: UInt64

    public init(enterprises: Int, visits: Int, seed: UInt64 = 2023) {
        self.enterprises = enterprises
        self.visits = visits
        self.seed = seed
    }
}

public struct SyntheticDataReport: Sendable, Equatable {
    public var enterprises = 0
    public var visits = 0
    public var answers = 0
    public var recommendations = 0
    /// Wall-clock seconds per phase, for docs/performance.md (never asserted in tests).
    public var enterpriseSeconds = 0.0
    public var visitSeconds = 0.0
    public var summarySeconds = 0.0
}

extension AppDatabase {
    /// Rows per write transaction: large enough that commits cost nothing noticeable, small
    /// enough that the WAL file stays in the tens of megabytes.
    static let syntheticBatch = 5_000

    /// Adds `plan.enterprises` registry enterprises and `plan.visits` visits (with answers and
    /// recommendations) using `checklist`, which must be stored already. `progress` is told the
    /// phase (`enterprises`, `visits`) and how far it is after each batch.
    public func generateSyntheticData(_ plan: SyntheticDataPlan, checklist: Checklist,
                                      progress: (_ phase: String, _ done: Int, _ total: Int) -> Void = { _, _, _ in })
        throws -> SyntheticDataReport {
        // Millions of index inserts: give the writer a large page cache (256 MB) for the load.
        // CHECK constraints are not evaluated during the load: every checked value here comes
        // from a Swift enum's raw value, and SQLite builds a temporary b-tree for each `IN (…)`
        // check of each inserted row — a quarter of the visit phase (docs/performance.md).
        // DemoSyntheticDataTests runs `PRAGMA integrity_check`, which checks them, on a generated file.
        // No fsync during the load either (`synchronous = OFF`): `demo-data` builds into a temporary
        // file that is renamed into place only after the write-ahead log has been folded in with
        // the connection's usual setting restored, so a crash mid-load loses only that file.
        let synchronous = try writer.writeWithoutTransaction { db in
            let level = try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? 2
            try db.execute(sql: "PRAGMA cache_size = -262144; PRAGMA ignore_check_constraints = ON; PRAGMA synchronous = OFF")
            return level
        }
        defer {
            // Best effort on the way out: the file is a new one that `demo-data` closes next, and
            // an error here must not hide the load's own.
            try? writer.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA ignore_check_constraints = OFF; PRAGMA synchronous = \(synchronous)")
            }
        }
        var report = SyntheticDataReport()
        var random = SeededRandom(seed: plan.seed)
        var ids = SyntheticIDs(seed: plan.seed)
        var targets: [SyntheticVisits.Target] = []
        targets.reserveCapacity(plan.enterprises)

        var started = Date()
        var made = 0
        // The registry is drawn, validated and given its search keys (ICU's pinyin is most of
        // that) on a second thread while this one writes the batch before (SyntheticPipeline).
        (random, ids) = try SyntheticPipeline.run(produce: { [random, ids] send in
            var random = random, ids = ids
            var maker = SyntheticEnterprises()
            var pinyin = PinyinCache()
            var drawn = 0
            while drawn < plan.enterprises {
                var batch: [(Enterprise, EnterpriseSearchKeys)] = []
                for _ in 0..<min(Self.syntheticBatch, plan.enterprises - drawn) {
                    let e = try maker.make(&random, ids: &ids).validated()
                    batch.append((e, EnterpriseSearchKeys(name: e.name, address: e.address,
                                                          syllables: pinyin.syllables(e.name))))
                }
                guard send(batch) else { throw CancellationError() }
                drawn += batch.count
            }
            return (random, ids)
        }, consume: { batch in
            try write { db, change in
                for (enterprise, keys) in batch { _ = try EnterpriseStore.insert(enterprise, db, change, keys: keys) }
            }
            for (e, _) in batch {
                let failure = e.integrityRating == .c ? 25 : e.integrityRating == .a ? 4 : 10
                targets.append(.init(id: e.id, employees: e.employeeCount ?? 20, failureRate: failure))
            }
            made += batch.count
            progress("enterprises", made, plan.enterprises)
        })
        report.enterprises = made
        report.enterpriseSeconds = Date().timeIntervalSince(started)

        started = Date()
        let inspector = try currentInspector()
        var visits = SyntheticVisits(checklist: checklist, today: clock.today(), timeZone: clock.timeZone,
                                     inspector: inspector)
        var done = 0
        // Drawn on the second thread, written on this one (SyntheticPipeline), as the registry.
        (random, ids) = try SyntheticPipeline.run(produce: { [visits, random, ids, targets] send in
            var random = random, ids = ids
            var drawn = 0
            while drawn < plan.visits && !targets.isEmpty {
                let count = min(Self.syntheticBatch, plan.visits - drawn)
                // Visits are skewed: some enterprises are visited often, many rarely or never.
                let chosen = (0..<count).map { _ in targets[random.below(random.below(targets.count) + 1)] }
                let batch = chosen.map { visits.draw(at: $0, &random, ids: &ids) }
                guard send(batch) else { throw CancellationError() }
                drawn += count
            }
            return (random, ids)
        }, consume: { batch in
            visits = try write { [visits] db, change in
                var visits = visits
                for visit in batch { try visits.write(visit, db, change) }
                return visits
            }
            done += batch.count
            progress("visits", done, plan.visits)
        })
        report.visits = done
        report.answers = visits.answers
        report.recommendations = visits.recommendations
        report.visitSeconds = Date().timeIntervalSince(started)

        started = Date()
        try refreshAllEnterpriseSummaries()
        report.summarySeconds = Date().timeIntervalSince(started)
        return report
    }

    /// Sets every enterprise's last visit, last risk and open-recommendation count in one
    /// statement (the same rule as the per-write refresh, applied set-wise after a bulk load).
    func refreshAllEnterpriseSummaries() throws {
        try writer.write { db in
            try db.execute(sql: """
                UPDATE enterprise SET
                  lastVisitDate = (SELECT date FROM siteVisit v WHERE v.enterpriseId = enterprise.id
                                   AND v.status = 'completed' ORDER BY v.date DESC, v.startTime DESC LIMIT 1),
                  lastRiskLevel = (SELECT riskLevel FROM siteVisit v WHERE v.enterpriseId = enterprise.id
                                   AND v.status = 'completed' AND v.riskLevel != 'notAssessed'
                                   ORDER BY v.date DESC, v.startTime DESC, v.id DESC LIMIT 1),
                  openRecommendationCount = (SELECT COUNT(*) FROM recommendation r
                                             WHERE r.enterpriseId = enterprise.id AND r.status IN \(RecommendationStatus.outstandingSQL))
                """)
            // Then the per-write rule's second half: levels lowered by findings verified rectified.
            var templates: [String: [ChecklistItem]] = [:]
            for id in try String.fetchAll(db, sql: "SELECT DISTINCT enterpriseId FROM recommendation WHERE status = 'closed'") {
                try EnterpriseSummary.applyRectification(enterpriseId: id, templates: &templates, db)
            }
        }
    }
}
