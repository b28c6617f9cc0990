import Foundation
import FieldbookCore

/// Progress of a long command on stderr — `导出 visits 12,000/200,000 (6%)，约剩 40 秒` — redrawn in
/// place at most ten times a second, and only when stderr is a terminal: a script, a pipe or CI
/// gets nothing extra. The estimate comes from the rate so far, once a second has passed.
/// `finish()` clears the line, so the command's own output starts on a clean line.
final class ProgressLine: @unchecked Sendable {
    // @unchecked: `lock` guards the two variables; the database calls progress from its writer.
    private let enabled: Bool
    private let language: Language
    private let started = ContinuousClock.now
    private let lock = NSLock()
    private var lastDrawn: ContinuousClock.Instant?
    private var shown = false

    init(language: Language, enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.language = language
        self.enabled = enabled
    }

    /// `what` has done `completed` of `total` units.
    func update(_ what: String, completed: Int, total: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = ContinuousClock.now
        if let lastDrawn, now - lastDrawn < .milliseconds(100), completed < total { return }
        lastDrawn = now
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + Self.text(what, completed: completed, total: total,
                                                                     elapsed: now - started, language: language)).utf8))
        shown = true
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        guard enabled, shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }

    /// The line without the terminal codes, for the test of its wording.
    static func text(_ what: String, completed: Int, total: Int, elapsed: Duration, language: Language) -> String {
        let done = min(completed, total)
        let percent = total > 0 ? done * 100 / total : 100
        var line = "\(what) \(grouped(done))/\(grouped(total)) (\(percent)%)"
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        if seconds >= 1, done > 0, done < total {
            let remaining = Int((seconds / Double(done) * Double(total - done)).rounded(.up))
            line += language == .zh ? "，约剩 \(duration(remaining, language))" : ", about \(duration(remaining, language)) left"
        }
        return line
    }

    private static func duration(_ seconds: Int, _ language: Language) -> String {
        if seconds < 60 { return language == .zh ? "\(seconds) 秒" : "\(seconds) s" }
        let minutes = (seconds + 59) / 60
        return language == .zh ? "\(minutes) 分钟" : "\(minutes) min"
    }

    private static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return out
    }
}
