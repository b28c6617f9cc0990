import ArgumentParser
import Foundation
import Testing
@testable import fieldbook

/// The log under $XDG_STATE_HOME/fieldbook/: what a run leaves there, that it holds ids and not
/// names, `--verbose`, and the size limit.
@Suite("The log file")
struct CLILogTests {
    func log(_ cli: FieldbookProcess) throws -> String {
        try String(contentsOfFile: cli.path(".local/state/fieldbook/fieldbook.log"), encoding: .utf8)
    }

    @Test("A line's time is UTC with milliseconds, zero-padded, without Foundation's formatting")
    func timeStamps() {
        #expect(LogClock.format(seconds: 0, milliseconds: 5) == "1970-01-01T00:00:00.005Z")
        #expect(LogClock.format(seconds: 1_800_000_000, milliseconds: 120) == "2027-01-15T08:00:00.120Z")
        #expect(LogClock.format(seconds: 253_402_300_799, milliseconds: 999) == "9999-12-31T23:59:59.999Z")
    }

    @Test("Start, stop, imports, refusals and failures are logged with ids and counts, never the inspector's name")
    func whatIsLogged() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let db = cli.path("f.sqlite")
        #expect(try cli.run(["init", "--inspector", "李明", "--district", "张湾区", "--db", db]).status == 0)
        let csv = FieldbookProcess.samples.appendingPathComponent("enterprises-with-errors.csv").path
        #expect(try cli.run(["import", "enterprises", csv, "--db", db]).status == 65)
        #expect(try cli.run(["list", "enterprises", "--search", "王建国", "--db", cli.path("none.sqlite")]).status == 66)
        let hq = cli.path("hq.sqlite")
        #expect(try cli.run(["hq", "init", "--db", hq]).status == 0)
        try Data("not a bundle".utf8).write(to: URL(fileURLWithPath: cli.path("garbage.zip")))
        #expect(try cli.run(["hq", "import", cli.path("garbage.zip"), "--db", hq]).status == 65)

        let text = try log(cli)
        let lines = text.split(separator: "\n")
        #expect(lines.contains { $0.contains("info fieldbook.cli: start command=init") && $0.contains("options=--inspector,--district,--db") })
        #expect(lines.contains { $0.contains("fieldbook.cli: stop") && $0.contains("status=0") })
        #expect(lines.contains { $0.contains("warning fieldbook.import: registry refused") && $0.contains("lines=3,") && $0.contains("rejectedRows=6") })
        #expect(lines.contains { $0.contains("error fieldbook.cli: failed error=EnterpriseImportError.rowsRejected") && $0.contains("status=65") })
        #expect(lines.contains { $0.contains("error fieldbook.cli: failed error=CLIError.noDatabase status=66") })
        #expect(lines.contains { $0.contains("bundle refused") && $0.contains("reason=SyncError.badFile(BundleProblem.notAZip)") })
        // Each line: time, process, level, logger.
        #expect(lines.allSatisfy { $0.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z \[\d+\] [a-z]+ fieldbook\.[a-z]+: .*/) != nil }, "\(text)")
        // Personal data stays out: the inspector's name, the search term, the rows' contact people.
        for personal in ["李明", "王建国", "0719-"] { #expect(!text.contains(personal), "\(personal)") }
    }

    @Test("The log is owner-only under $XDG_STATE_HOME, and --verbose prints the same lines on stderr")
    func placeAndVerbose() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let state = cli.path("state")
        let quiet = try cli.run(["list", "enterprises", "--db", cli.path("none.sqlite")], environment: ["XDG_STATE_HOME": state])
        #expect(quiet.stderrLines.count == 1)
        let verbose = try cli.run(["list", "enterprises", "--verbose", "--db", cli.path("none.sqlite")],
                                  environment: ["XDG_STATE_HOME": state])
        let file = state + "/fieldbook/fieldbook.log"
        let logged = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").suffix(3)
        #expect(logged.allSatisfy { verbose.stderr.contains($0) }, "\(verbose.stderr)")
        #expect(verbose.stderr.contains("fieldbook.cli: start command=list"))
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o600)
        #expect(try FileManager.default.attributesOfItem(atPath: state + "/fieldbook")[.posixPermissions] as? Int == 0o700)
    }

    @Test("The interface and the gallery never mirror the log to the terminal, even with --verbose")
    func interfaceIsNeverMirrored() throws {
        #expect(LogSetup.opensInterface(try Fieldbook.parseAsRoot(["--verbose"])))
        #expect(LogSetup.opensInterface(try Fieldbook.parseAsRoot(["--demo"])))
        #expect(LogSetup.opensInterface(try Fieldbook.parseAsRoot(["gallery"])))
        #expect(!LogSetup.opensInterface(try Fieldbook.parseAsRoot(["gallery", "--bench"])))
        #expect(!LogSetup.opensInterface(try Fieldbook.parseAsRoot(["list", "enterprises", "--verbose"])))
    }

    @Test("Past its size limit the log rotates to .1, .2 … and drops the oldest")
    func rotation() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fieldbook-log-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("fieldbook.log").path
        let file = LogFile(path: path, limit: 200, keep: 2)
        for index in 0..<40 { file.append("line \(String(format: "%03d", index)) " + String(repeating: "x", count: 40) + "\n") }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["fieldbook.log", "fieldbook.log.1", "fieldbook.log.2"])
        for name in names {
            let size = try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(name).path)[.size] as? Int
            #expect((size ?? 0) <= 200 && (size ?? 0) > 0, "\(name)")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("line 039"))
        #expect(try String(contentsOfFile: path + ".2", encoding: .utf8).contains("line 03"))
    }
}
