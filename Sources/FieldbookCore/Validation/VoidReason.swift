import Foundation

/// The reason a visit or recommendation is voided: required, trimmed, within `TextLimits`.
enum VoidReason {
    static func checked(_ reason: String, table: String) throws -> String {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw CoreError.voidNeedsReason }
        let limit = TextLimits.limit(table, "voidReason")
        guard TextLimits.length(reason) <= limit else {
            throw CoreError.voidReasonTooLong(limit: limit, found: TextLimits.length(reason))
        }
        return reason
    }
}
