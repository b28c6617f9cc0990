import Foundation

/// The sample files built into the binary by the EmbedSamples build plugin (from samples/), so
/// `fieldbook demo` works from any directory and from an installed binary.
public enum DemoSamples {
    /// samples/enterprises.csv
    public static var enterprisesCSV: Data { Data(base64Encoded: EmbeddedSamples.enterprisesCSV)! }
    /// samples/checklists/employment-risk.v1.json
    public static var checklistJSON: Data { Data(base64Encoded: EmbeddedSamples.employmentRiskChecklistJSON)! }
}
