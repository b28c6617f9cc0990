import Foundation

/// How an error appears in the log: its type and case, with the numbers it carries, but none of
/// its text — error messages quote names, addresses and file contents, and the log keeps ids and
/// kinds, not personal data (docs/command-line.md#log).
/// `SyncError.badFile(_, .unknownSigner)` becomes `SyncError.badFile(BundleProblem.unknownSigner)`,
/// a POSIX error `POSIXError(28)`.
public enum LogDescription {
    public static func of(_ error: any Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain || nsError.domain == NSCocoaErrorDomain {
            // Foundation's own errors: the domain and code say what happened, the user info holds paths.
            if !(Mirror(reflecting: error).displayStyle == .enum) {
                return "\(nsError.domain)(\(nsError.code))"
            }
        }
        return describe(error, depth: 0)
    }

    private static func describe(_ value: Any, depth: Int) -> String {
        let mirror = Mirror(reflecting: value)
        let type = String(describing: Swift.type(of: value))
        guard mirror.displayStyle == .enum else { return type }
        guard let payload = mirror.children.first else {
            // A case without payload prints as its name, unless the type describes itself in words.
            return value is any CustomStringConvertible ? type : "\(type).\(value)"
        }
        let name = payload.label ?? "?"
        guard depth < 2 else { return "\(type).\(name)" }
        let tuple = Mirror(reflecting: payload.value)
        let parts = tuple.displayStyle == .tuple ? tuple.children.map(\.value) : [payload.value]
        let kept = parts.compactMap { part -> String? in
            switch part {
            case let number as any BinaryInteger: "\(number)"
            case let flag as Bool: "\(flag)"
            case is String, is Substring, is Character: nil
            default: Mirror(reflecting: part).displayStyle == .enum ? describe(part, depth: depth + 1) : nil
            }
        }
        return kept.isEmpty ? "\(type).\(name)" : "\(type).\(name)(\(kept.joined(separator: ", ")))"
    }
}
