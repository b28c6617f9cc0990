import Foundation
import Testing

/// #13: `fieldbook key` on the laptop ends with the `hq trust` command that binds its key to its
/// device and inspector, and HQ holds that binding before the key's first bundle.
@Suite struct HQTrustCLITests {
    @Test("the trust line fieldbook key prints binds the key to its device and inspector at once")
    func trustLineBinds() throws {
        let cli = try FieldbookProcess()
        defer { cli.cleanUp() }
        let laptop = cli.path("laptop.sqlite"), hq = cli.path("hq.sqlite")
        #expect(try cli.run(["init", "--db", laptop, "--inspector", "王 芳", "--district", "张湾区"]).status == 0)
        let lines = try cli.run(["key", "--db", laptop]).stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 5, "\(lines)")
        let key = try json(cli, ["key", "--db", laptop, "--format", "json"])
        let deviceId = try #require(key["deviceId"] as? String), inspectorId = try #require(key["inspectorId"] as? String)
        #expect(lines[2] == "device \(deviceId)" && lines[3] == "inspector 王 芳 (\(inspectorId))")
        #expect(lines[4] == "at headquarters: fieldbook hq trust \(lines[0]) --device \(deviceId) --inspector-id \(inspectorId) --inspector '王 芳'")

        #expect(try cli.run(["hq", "init", "--db", hq]).status == 0)
        // The printed command, as a shell would split it.
        let words = try #require(lines[4].split(separator: ":", maxSplits: 1).last).trimmingCharacters(in: .whitespaces)
        let shell = try cli.run(["-c", "printf '%s\\n' \(words)"], executable: "/bin/bash")
        let arguments = Array(shell.stdout.split(separator: "\n").map(String.init).dropFirst())
        let trusted = try cli.run(arguments + ["--db", hq])
        #expect(trusted.status == 0, "\(trusted.stderr)")
        #expect(trusted.stdout.contains("signs for device \(deviceId) only"), "\(trusted.stdout)")
        let devices = try JSONSerialization.jsonObject(with: Data(try cli.run(["hq", "devices", "--db", hq, "--format", "json"]).stdout.utf8))
        #expect("\(devices)".contains(deviceId), "\(devices)")

        // Binding the same key to another device is refused in one line, exit 65.
        let again = try cli.run(["hq", "trust", lines[0], "--device", "OTHER-DEVICE", "--inspector", "王 芳", "--db", hq])
        #expect(again.status == 65 && again.stderrLines.count == 1 && again.stderr.contains("is bound to \(deviceId)"), "\(again.stderr)")
    }

    private func json(_ cli: FieldbookProcess, _ arguments: [String]) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(try cli.run(arguments).stdout.utf8)) as? [String: Any] ?? [:]
    }
}
