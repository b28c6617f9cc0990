import Foundation

/// Made once, for the target the environment names; a C callback cannot capture it, so it is
/// an immutable global (initialised on first use).
let harness: FuzzHarness = {
    let target = FuzzTarget.fromEnvironment()
    do { return try FuzzHarness(target: target) } catch {
        fatalError("fieldbook-fuzz: cannot set up the \(target) database: \(error)")
    }
}()

/// Built by scripts/fuzz (`-DFUZZING`, coverage instrumentation, libFuzzer linked), this hands
/// its arguments to libFuzzer. Built plainly (`swift build`), it replays inputs instead:
/// `FIELDBOOK_FUZZ_TARGET=pack fieldbook-fuzz FILE…` prints each file's outcome, and a finding
/// traps exactly as under the fuzzer, so a crash file can be debugged in an ordinary build.
@main
enum FuzzMain {
    static func main() {
        #if FUZZING
        _ = harness   // set up before libFuzzer starts its clock
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
            harness.run(bytes.map { Data(bytes: $0, count: count) } ?? Data())
            return 0
        })
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(path): unreadable")
                continue
            }
            print("\(path): \(harness.run(data) ? "accepted" : "refused")")
        }
        #endif
    }
}
