import Foundation

/// User + system CPU seconds (`getrusage`): on a shared machine the wall time of a long
/// one-off figure follows the load, its CPU time hardly.
public enum CPUTime {
    /// This process so far.
    public static func ofSelf() -> Double { seconds(RUSAGE_SELF) }

    /// The children this process has waited for so far (a shell pipeline's processes included).
    public static func ofChildren() -> Double { seconds(RUSAGE_CHILDREN) }

    private static func seconds(_ who: __rusage_who) -> Double {
        var usage = rusage()
        guard getrusage(__rusage_who_t(who.rawValue), &usage) == 0 else { return 0 }
        func value(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1_000_000 }
        return value(usage.ru_utime) + value(usage.ru_stime)
    }
}
