import CNCursesW
import Foundation
import Glibc
import TerminalKit

/// A pseudo terminal of a given size whose output a background thread reads and counts, so
/// ncurses can write a whole frame without blocking and the benchmark knows how many bytes it sent.
/// With `keepsOutput` the reader also keeps the bytes (for tests that replay them in a real
/// terminal emulator); the benchmark only counts them.
final class PseudoTerminal: @unchecked Sendable {
    let output: UnsafeMutablePointer<FILE>
    let input: UnsafeMutablePointer<FILE>
    private let controller: Int32
    private let keepsOutput: Bool
    private let lock = NSLock()
    private var count = 0
    private var kept: [UInt8] = []
    private let done = DispatchSemaphore(value: 0)

    init(size: Size, keepsOutput: Bool = false) throws {
        var controller: Int32 = -1
        var device: Int32 = -1
        var window = winsize(ws_row: UInt16(size.height), ws_col: UInt16(size.width), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&controller, &device, nil, nil, &window) == 0,
              let output = fdopen(device, "w"), let input = fdopen(dup(device), "r") else {
            throw CursesError.notATerminal
        }
        self.controller = controller
        self.output = output
        self.input = input
        self.keepsOutput = keepsOutput
        let thread = Thread { [self] in drain() }
        thread.start()
    }

    /// Bytes read so far, once everything written has arrived: nothing is left unread in the
    /// kernel and the count stayed the same for `quiet` microseconds (a pty hands written bytes
    /// to the reading side through a kernel worker, which a busy machine can delay).
    func drainedByteCount(quiet: useconds_t = 20_000) -> Int {
        var last = -1
        while true {
            let current = lock.withLock { count }
            if current == last && unreadInKernel() == 0 { return current }
            last = current
            usleep(quiet)
        }
    }

    /// Everything the terminal side has received so far (with `keepsOutput`), once drained. The
    /// quiet period is long: a test compares these bytes with a whole frame, and a reader thread
    /// starved on a loaded machine must not make them look complete early.
    func drainedOutput() -> [UInt8] {
        _ = drainedByteCount(quiet: 200_000)
        return lock.withLock { kept }
    }

    private func unreadInKernel() -> Int32 {
        var unread: Int32 = 0
        return ioctl(controller, UInt(FIONREAD), &unread) == 0 ? unread : 0
    }

    func close() {
        fclose(output)
        fclose(input)
        done.wait()
        Glibc.close(controller)
    }

    private func drain() {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(controller, $0.baseAddress, $0.count) }
            if n <= 0 { break }  // EIO once the terminal side is closed
            lock.withLock {
                count += n
                if keepsOutput { kept.append(contentsOf: chunk[0..<n]) }
            }
        }
        done.signal()
    }
}
