import ArgumentParser
import FieldbookBundle
import FieldbookCore
import FieldbookHQ
import TerminalKit

/// `fieldbook hq devices [--format table|json]`: the roster with each device's progress.
struct HQDevicesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "devices",
        abstract: "List trusted and revoked devices: inspector, status, last bundle (sequence, date), missing sequence numbers.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: ResultFormatOption

    func run() throws {
        try CommandContext.run { context in
            let (database, _, _) = try HQStoreAccess.open(store, context: &context)
            let devices = try database.deviceStatuses()
            if output.json { return context.print(try JSONOutput.encode(devices.map(HQDeviceJSON.init))) }
            guard !devices.isEmpty else {
                return context.print(context.text(zh: "还没有受信任的设备（用 fieldbook hq trust 登记）。",
                                                  en: "No trusted devices yet (add one with fieldbook hq trust)."))
            }
            let headers = context.text(zh: "指纹|设备|检查员|状态|最近编号|最近导出|缺少编号",
                                       en: "fingerprint|device|inspector|status|last #|last bundle|missing #")
                .split(separator: "|").map(String.init)
            let rows = devices.map { d -> [String] in
                let status = d.revokedAt.map { context.text(zh: "已吊销 \($0.iso8601)", en: "revoked \($0.iso8601)") }
                    ?? context.text(zh: "受信任", en: "trusted")
                return [d.fingerprint, d.deviceId ?? "-", d.inspector, status, d.lastSequence.map(String.init) ?? "-",
                        d.lastBundleAt?.iso8601 ?? "-", d.missingSequences.isEmpty ? "-" : d.missingSequences.map(String.init).joined(separator: ",")]
            }
            context.print(TextTable(headers: headers, rows: rows, numericColumns: [4], width: { $0.displayWidth }).render())
        }
    }
}
