/// Sizes and repetitions of one `fieldbook bench` run.
struct BenchPlan: Sendable {
    var enterprises: Int
    var visits: Int
    var bundles: Int
    /// Repetitions of each cheap measurement (a query, a page, a frame).
    var runs: Int
    /// Repetitions of each costly one (opening the database, a day's export).
    var slowRuns: Int
    /// What to measure (`--only`); everything by default.
    var groups: Set<BenchGroup> = Set(BenchGroup.allCases)
    /// The `fieldbook` binary the process figures start (`--program`, e.g. the statically linked
    /// one `scripts/package` ships); nil: the binary running the bench.
    var program: String? = nil

    /// Visits in "a day's export", as the sync issue states it.
    static let dayVisits = 30
    /// Visits per daily bundle of one device in the HQ import (a few worksites a day).
    static let visitsPerBundle = 4
    /// Items of the checklist the HQ bundles' visits answer.
    static let bundleItems = 40
    /// Rows on one page of a list.
    static let pageSize = 50
    /// The 1,000-bundle target (#20 part 3: under 8 ms a bundle), scaled to the bundle count of the run.
    static let importTargetSecondsPerThousand = 8.0
}
