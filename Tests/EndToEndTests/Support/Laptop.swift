import Foundation
import TestSupport
import FieldbookCore
import FieldbookUI
import TerminalHarness

/// One inspector's laptop for an end-to-end test: a private HOME and data directory, one
/// database file, the `fieldbook` CLI, and the interface running in tmux. Everything lives in a
/// scratch directory removed with the laptop.
final class Laptop {
    let scratch: ScratchDirectory
    var databasePath: String { scratch.path("data/fieldbook/fieldbook.sqlite") }

    init() throws { scratch = try ScratchDirectory() }

    var environment: [String: String] {
        ["HOME": scratch.url.path, "XDG_DATA_HOME": scratch.path("data"), "XDG_STATE_HOME": scratch.path("state")]
    }

    static var repositoryRoot: URL { Repository.root }

    static func sample(_ path: String) -> String { repositoryRoot.appendingPathComponent("samples/" + path).path }

    /// The bureau's opinion the recommendation form prefills for LC-01 without figures (checklist
    /// v2: 30 calendar days from the visit, reported to the default issuing bureau), written out
    /// by hand so a change in the prefill shows here.
    static func lc01Prefill(visitDate: LocalDate) -> String {
        let due = visitDate.adding(days: 30)
        return "经排查，你单位存在未与劳动者订立书面劳动合同的情况，不符合《中华人民共和国劳动合同法》第十条的规定。"
            + "建议你单位于\(due.year)年\(due.month)月\(due.day)日前与上述劳动者补订书面劳动合同，"
            + "并将整改情况及佐证材料报送十堰市人力资源和社会保障局。"
    }

    /// Runs a CLI command on this laptop's database and returns its exit status and output.
    @discardableResult
    func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try ChildProcess.run(
            URL(fileURLWithPath: FieldbookBinary.path), arguments + ["--db", databasePath],
            environment: ProcessInfo.processInfo.environment.merging(environment) { _, ours in ours }
                .merging(["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]) { _, ours in ours },
            errorOutput: .mergedWithOutput)
        return (result.status, result.stdoutText)
    }

    /// Starts the interface (`fieldbook --db …`) in a fresh tmux session of this size.
    func openInterface(width: Int = 80, height: Int = 24) throws -> TerminalSession {
        try TerminalSession([FieldbookBinary.path, "--db", databasePath], width: width, height: height,
                            environment: environment)
    }

    /// The database, opened from the test (read it only while the interface is not running,
    /// or read-only checks that tolerate a concurrent writer).
    func database() throws -> AppDatabase {
        try AppDatabase.open(path: databasePath)
    }

    /// Where the interface will start (as if the inspector had been there when it last closed).
    func saveSession(_ routes: [Route]) {
        SessionStore(databasePath: databasePath).save(routes)
    }

    var savedSession: [Route] { SessionStore(databasePath: databasePath).load() }

    /// A database set up for 王建国 with the sample checklist, one enterprise from the sample
    /// registry and a draft visit today whose LC-01 is non-compliant. Returns the visit's id.
    func prepareDraftVisit() throws -> String {
        let db = try database()
        try db.initialize(inspectorName: "王建国", district: "张湾区", language: .zh)
        try db.loadTemplate(path: Self.sample("checklists/employment-risk.v2.json"))
        let enterprise = try db.createEnterprise(Enterprise(creditCode: "91420303MA48K2T787", name: "十堰鑫泰汽车零部件有限公司",
                                                            address: "十堰市张湾区工业新区发展大道88号", district: "张湾区"))
        let visit = try db.startVisit(enterpriseId: enterprise.id, type: .riskScreening)
        try db.setAnswer(visitId: visit.id, itemCode: "LC-01", value: .nonCompliant)
        try db.close()
        return visit.id
    }
}

extension TerminalSession {
    /// Quits with Ctrl-Q and waits until the program's process is gone. Watches the process
    /// itself: on a loaded machine tmux can mark the pane dead long after the program ended.
    func quit(timeout: Duration = .seconds(30)) async throws {
        let pid = try programPID()
        try press("C-q")
        try await Self.waitUntilGone(pid, timeout: timeout)
    }

    /// Kills the program with SIGKILL (no chance to save or restore anything) and waits until it is gone.
    func killHard(timeout: Duration = .seconds(30)) async throws {
        let pid = try programPID()
        try signal(SIGKILL)
        try await Self.waitUntilGone(pid, timeout: timeout)
    }

    /// Sends `signal` (SIGTERM, SIGHUP …) and waits until the program is gone.
    func end(with signal: Int32, timeout: Duration = .seconds(30)) async throws {
        let pid = try programPID()
        try self.signal(signal)
        try await Self.waitUntilGone(pid, timeout: timeout)
    }

    /// Presses `keys` and waits until the program is gone (a key that quits).
    func end(pressing keys: String..., timeout: Duration = .seconds(30)) async throws {
        let pid = try programPID()
        for key in keys { try press(key) }
        try await Self.waitUntilGone(pid, timeout: timeout)
    }

    private static func waitUntilGone(_ pid: pid_t, timeout: Duration) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            // Gone, or a zombie tmux has not reaped yet: either way it runs no more.
            guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
                  !status.contains("State:\tZ") else { return }
            try await Task.sleep(for: .milliseconds(25))
        }
        throw HarnessError.stillRunning(screen: Screen(lines: ["process \(pid) still running"]))
    }
}
