import Logging

/// The export's log: failures that must not fail an export (a cleanup, a directory flush after the
/// bundle is in place) are written here instead of being dropped. Where the lines go is the
/// executable's choice (`LogSetup.bootstrap`: the log file); a `Logger` is an immutable value.
let exportLog = Logger(label: "fieldbook.export")
