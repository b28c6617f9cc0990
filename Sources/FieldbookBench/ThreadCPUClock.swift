import Foundation

/// CPU time of the calling thread (`CLOCK_THREAD_CPUTIME_ID`): user and system time, the kernel's
/// page-cache copies included, but not the time spent waiting for a core. On the shared 2-core
/// machine a wall-clock p99 of a sub-millisecond step is mostly other processes' turns; the same
/// step's CPU-time distribution shows whether its tail is work (a cold cache, a bigger read).
public enum ThreadCPUClock {
    public static func now() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }
}
