import FieldbookBundle
import FieldbookCore
import FieldbookHQ
import Foundation

/// One importer under the fuzzer. Every input must end in success or a `UserFacingError` whose
/// message exists in both languages; anything else (a trap, another error) is a finding.
enum FuzzTarget: String, CaseIterable, Sendable {
    /// `fieldbook hq import` of raw bytes (zip or sealed envelope) into a headquarters database.
    case bundle
    /// `fieldbook import pack` of a reference pack into a set-up laptop database.
    case pack
    /// `fieldbook import enterprises` of a registry CSV (any encoding) into a laptop database.
    case csv
    /// What attaching a file reads of its content: the media-type sniffer and the JPEG EXIF
    /// capture-time reader (a hand-written TIFF walker, see `ExifCaptureTime`).
    case exif

    /// The target named by `FIELDBOOK_FUZZ_TARGET`; libFuzzer passes no arguments of ours.
    static func fromEnvironment() -> FuzzTarget {
        let name = ProcessInfo.processInfo.environment["FIELDBOOK_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("fieldbook-fuzz: set FIELDBOOK_FUZZ_TARGET to one of \(names)\n".utf8))
            exit(2)
        }
        return target
    }
}
