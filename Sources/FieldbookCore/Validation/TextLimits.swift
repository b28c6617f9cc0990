/// The longest text each field may hold, in Unicode code points (what JSON Schema's `maxLength`
/// counts, so one number means the same everywhere): the interface stops typing there, the
/// registry CSV import refuses a longer cell, docs/schemas/ declare it, and headquarters refuses a
/// bundle with a longer value, naming the record and field (docs/bundle-format.md, "Limits").
/// Ids, dates, times and enumerations are held by their own formats and not listed.
public enum TextLimits {
    /// The largest JSON line a bundle may hold, in bytes, checked before the line is parsed. A
    /// visit at its limits (4,000-character notes, escaped worst-case) stays well below it.
    public static let maxLineBytes = 256 * 1024

    /// Table → field → the most code points.
    public static let fields: [String: [String: Int]] = [
        "enterprise": ["creditCode": 18, "name": 100, "address": 200, "district": 20, "industry": 60,
                       "ownershipType": 60, "contactPerson": 40, "phone": 30],
        "siteVisit": ["personsMet": 200, "notes": 4000, "reopenReason": 500, "templateId": 100, "voidReason": 500,
                      "voidedBy": 40,
                      // visit-types-v1 (docs/domain-model.md, "Visit types").
                      "place": 200, "summonedPerson": 40, "summonedRole": 60, "summonsReason": 500,
                      "talkRecord": 4000, "commitments": 2000, "attendeeNames": 2000, "materials": 500],
        "answer": ["itemCode": 64, "note": 2000, "referralNote": 500],
        "project": ["name": 100, "location": 200],
        "recommendation": ["text": 2000, "voidReason": 500, "voidedBy": 40, "evidenceNote": 2000, "referredTo": 200],
        "auditEvent": ["recordType": 40, "recordId": 64, "field": 100, "oldValue": 4000, "newValue": 4000,
                       "inspectorName": 40],
        "tombstone": ["recordType": 40],
        "attachment": ["originalName": 255, "caption": 500, "detachReason": 500, "attachedByName": 40],
    ]

    /// Table → list field → the most items and the most code points per item.
    public static let lists: [String: [String: (items: Int, each: Int)]] = [
        "siteVisit": ["inspectors": (items: 100, each: 200)],
        "recommendation": ["itemCodes": (items: 500, each: 64)],
        "project": ["subcontractorIds": (items: 100, each: 64)],
    ]

    /// An inspector's name (set-up screen, `init --inspector`, audit events).
    public static let inspectorName = 40

    public static func limit(_ table: String, _ field: String) -> Int { fields[table]?[field] ?? .max }

    /// The length limits count.
    public static func length(_ text: String) -> Int { text.unicodeScalars.count }
}
