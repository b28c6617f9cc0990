import Foundation

/// The sample files built into the binary by the EmbedSamples build plugin (from samples/), so
/// `fieldbook demo` works from any directory and from an installed binary.
public enum DemoSamples {
    /// samples/enterprises.csv
    public static var enterprisesCSV: Data { Data(base64Encoded: EmbeddedSamples.enterprisesCSV)! }
    /// samples/checklists/employment-risk.v2.json: the reviewed checklist the demo's visits use.
    public static var checklistJSON: Data { Data(base64Encoded: EmbeddedSamples.employmentRiskChecklistJSON)! }
    /// samples/checklists/employment-risk.v1.json: the version older bundles and visits were made
    /// with, so the fuzzer's headquarters reads the older sample bundle whole.
    public static var checklistV1JSON: Data { Data(base64Encoded: EmbeddedSamples.employmentRiskChecklistV1JSON)! }
}
