import Dispatch

/// Work a program hands to the loop instead of starting a thread itself (Bubble Tea's commands):
/// the real loop runs it off the interface thread so the screen keeps drawing; a headless `Pilot`
/// runs it at once, so a test sees its result at the next tick without sleeping or polling.
/// The work reports back through Sendable state the program reads when it ticks.
public struct Effect: Sendable {
    public let work: @Sendable () -> Void

    public init(_ work: @escaping @Sendable () -> Void) { self.work = work }
}

/// How a `ProgramRunner` executes the effects its program returns.
public enum EffectExecution: Sendable {
    /// On a background queue: the real loop, where a long export must not freeze the screen.
    case background
    /// Before the runner returns from the event that asked for it: headless tests, deterministic.
    case inline

    func execute(_ effect: Effect) {
        switch self {
        case .inline: effect.work()
        case .background: DispatchQueue.global(qos: .userInitiated).async(execute: effect.work)
        }
    }
}
