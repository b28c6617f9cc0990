import FieldbookCore
import Foundation
import Logging

/// A swift-log handler writing one line per event to the `LogFile`, and the same line to stderr
/// for a command run with `--verbose`. Never stderr while the interface runs: curses owns the
/// terminal then, and a line there would tear the screen (`LogSetup` decides).
///
/// The line: `2026-12-04T21:40:00.123Z [4242] info fieldbook.export: bundle written bundle=… seq=3`.
/// Messages and metadata carry ids, counts and kinds of errors, never names or phone numbers
/// (see docs/command-line.md#log); control characters are escaped so a line stays one line.
struct FileLogHandler: LogHandler {
    let label: String
    let file: LogFile
    let mirrorToStandardError: Bool
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var fields = metadata
        if let explicit = event.metadata { fields.merge(explicit) { $1 } }
        if let error = event.error { fields["error"] = "\(LogDescription.of(error))" }
        var text = "\(LogClock.now()) [\(ProcessInfo.processInfo.processIdentifier)] \(event.level) \(label): "
        text += Self.oneLine(event.message.description)
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
            text += " \(key)=\(Self.oneLine(value.description))"
        }
        text += "\n"
        file.append(text)
        if mirrorToStandardError { FileHandle.standardError.write(Data(text.utf8)) }
    }

    static func oneLine(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control {
                result += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// UTC, millisecond precision, without Foundation's formatters (cheap for every line): even
/// `String(format:)` was 2–3 % of a whole `fieldbook --help` in the profile (locale set-up).
enum LogClock {
    static func now() -> String {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return format(seconds: time.tv_sec, milliseconds: Int(time.tv_nsec / 1_000_000))
    }

    /// `2026-12-04T21:40:00.123Z`.
    static func format(seconds: Int, milliseconds: Int) -> String {
        var parts = tm()
        var seconds = seconds
        gmtime_r(&seconds, &parts)
        var text = ""
        text.reserveCapacity(24)
        func digits(_ value: Int, _ width: Int) {
            let number = String(value)
            text += String(repeating: "0", count: max(0, width - number.count)) + number
        }
        digits(Int(parts.tm_year) + 1900, 4); text += "-"
        digits(Int(parts.tm_mon) + 1, 2); text += "-"
        digits(Int(parts.tm_mday), 2); text += "T"
        digits(Int(parts.tm_hour), 2); text += ":"
        digits(Int(parts.tm_min), 2); text += ":"
        digits(Int(parts.tm_sec), 2); text += "."
        digits(milliseconds, 3); text += "Z"
        return text
    }
}
