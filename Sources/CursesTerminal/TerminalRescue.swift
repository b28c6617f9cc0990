import CNCursesW
import Glibc

/// Gives the user's terminal back on the ways out that do not pass through `endwin`.
///
/// - SIGINT, SIGTERM, SIGHUP: the handler only records the signal (an async-signal-safe store); the
///   read loop sees it within one read timeout, leaves through the normal teardown (`endwin`) and the
///   process then re-raises the signal so its parent sees how it ended. `endwin` itself is not
///   async-signal-safe (it writes through stdio buffers and may allocate), so it never runs in a handler.
/// - A second termination signal while the first is still pending, and crash signals (SIGSEGV,
///   SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP): last resort inside the handler, using only
///   `write(2)` and `tcsetattr(3)` (both async-signal-safe): the reset sequences prepared at start
///   (leave the alternate screen, show the cursor, plain attributes, mouse and bracketed paste off)
///   and the terminal modes saved before curses started. Then a crash signal goes on to the previous
///   handler (Swift's backtracer) or the default action; a termination signal ends with `_exit`.
/// - `exit()` called while curses is active (e.g. by a library): an `atexit` hook does the same
///   last-resort restore.
///
/// Signal handlers receive no context, so what they need sits in one record at a fixed address,
/// written before the handlers are installed. It is the module's only process-wide mutable state.
enum TerminalRescue {
    static let terminationSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    /// Saves the terminal modes of `fd` and the bytes that undo what curses set up, then installs
    /// the handlers. Call before `newterm`.
    static func arm(fd: Int32, resetSequence: [UInt8]) {
        let record = rescueRecord
        record.pointee.pending = 0
        record.pointee.fd = fd
        record.pointee.hasSavedModes = tcgetattr(fd, &record.pointee.savedModes) == 0 ? 1 : 0
        setResetSequence(resetSequence)
        for signal in terminationSignals { install(onTerminationSignal, for: signal) }
        // A parent may have started us with signals blocked; we rely on these (and on SIGWINCH,
        // through which ncurses learns of resizes).
        var needed = sigset_t()
        sigemptyset(&needed)
        for signal in terminationSignals + [SIGWINCH] { sigaddset(&needed, signal) }
        sigprocmask(SIG_UNBLOCK, &needed, nil)
        for signal in crashSignals { install(onCrashSignal, for: signal, resetHandler: true) }
        if record.pointee.atexitRegistered == 0 {
            record.pointee.atexitRegistered = 1
            atexit(onExit)
        }
        record.pointee.armed = 1
    }

    /// Replaces the reset bytes (known fully only after `newterm` has read terminfo).
    static func setResetSequence(_ bytes: [UInt8]) {
        let record = rescueRecord
        let count = min(bytes.count, RescueRecord.resetCapacity)
        record.pointee.resetCount = 0
        for index in 0..<count { record.pointee.reset[index] = bytes[index] }
        record.pointee.resetCount = count
    }

    /// Uninstalls the handlers after a normal teardown; returns the termination signal received
    /// meanwhile, if any.
    @discardableResult
    static func disarm() -> Int32? {
        let record = rescueRecord
        record.pointee.armed = 0
        for signal in terminationSignals + crashSignals {
            sigaction(signal, &record.pointee.previous[Int(signal)], nil)
        }
        let pending = record.pointee.pending
        record.pointee.pending = 0
        return pending == 0 ? nil : pending
    }

    /// The termination signal received since `arm`, if any (read by the key loop).
    static var pendingSignal: Int32? {
        let pending = rescueRecord.pointee.pending
        return pending == 0 ? nil : pending
    }

    /// Ends the process by `signal` with its default action, as if we had not caught it.
    static func reraise(_ signal: Int32) -> Never {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = SIG_DFL
        sigaction(signal, &action, nil)
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, signal)
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        raise(signal)
        _exit(128 + signal)
    }

    private static func install(
        _ handler: @convention(c) (Int32) -> Void, for signal: Int32, resetHandler: Bool = false
    ) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        // No SA_RESTART: a blocked read returns EINTR, so the key loop notices the signal at once.
        action.sa_flags = resetHandler ? Int32(bitPattern: UInt32(SA_RESETHAND)) : 0
        sigaction(signal, &action, &rescueRecord.pointee.previous[Int(signal)])
    }
}

/// What the handlers read. Fixed-size storage only: nothing here allocates once armed.
struct RescueRecord {
    static let resetCapacity = 256
    static let signalSlots = 65

    var armed: sig_atomic_t = 0
    var pending: sig_atomic_t = 0
    var atexitRegistered: sig_atomic_t = 0
    var fd: Int32 = -1
    var hasSavedModes: sig_atomic_t = 0
    var savedModes = termios()
    var reset: UnsafeMutablePointer<UInt8>
    var resetCount = 0
    var previous: UnsafeMutablePointer<sigaction>

    init() {
        reset = .allocate(capacity: Self.resetCapacity)
        reset.initialize(repeating: 0, count: Self.resetCapacity)
        previous = .allocate(capacity: Self.signalSlots)
        previous.initialize(repeating: sigaction(), count: Self.signalSlots)
    }
}

/// Allocated on first use, which `arm` guarantees happens before any handler can run.
nonisolated(unsafe) private let rescueRecord: UnsafeMutablePointer<RescueRecord> = {
    let record = UnsafeMutablePointer<RescueRecord>.allocate(capacity: 1)
    record.initialize(to: RescueRecord())
    return record
}()

/// Writes the reset bytes and restores the saved modes. Async-signal-safe: write(2), tcsetattr(3).
private func restoreTerminalNow() {
    let record = rescueRecord
    guard record.pointee.armed != 0 else { return }
    record.pointee.armed = 0
    let fd = record.pointee.fd
    _ = write(fd, record.pointee.reset, record.pointee.resetCount)
    if record.pointee.hasSavedModes != 0 {
        _ = tcsetattr(fd, TCSAFLUSH, &record.pointee.savedModes)
    }
}

private func onTerminationSignal(_ signal: Int32) {
    let record = rescueRecord
    if record.pointee.pending != 0 {
        // The loop did not get to the first one (busy or stuck): give the terminal back now.
        restoreTerminalNow()
        _exit(128 + signal)
    }
    record.pointee.pending = signal
}

private func onCrashSignal(_ signal: Int32) {
    restoreTerminalNow()
    // SA_RESETHAND put back the default; prefer whoever handled it before us (Swift's backtracer).
    sigaction(signal, &rescueRecord.pointee.previous[Int(signal)], nil)
    raise(signal)
}

private func onExit() {
    restoreTerminalNow()
}
