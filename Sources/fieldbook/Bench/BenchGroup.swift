import ArgumentParser

/// The parts of `fieldbook bench` that `--only` can pick, so one figure can be reproduced or
/// profiled without the whole run.
enum BenchGroup: String, CaseIterable, Sendable, ExpressibleByArgument {
    /// Opening the database and the first dashboard frame.
    case startup
    /// Search keystrokes (query only, through the screen, and the sqlite3 shell reference).
    case search
    /// Paging the enterprise list (query only and through the screen).
    case paging
    /// Drawing and presenting a full 200×60 screen through ncurses.
    case render
    /// A day's export, the full export and the `.dump | gzip` reference.
    case export
    /// HQ import of daily bundles and their re-import.
    case hq
    /// Writing a notice PDF (docs/documents.md).
    case documents
    /// Whole processes: `--help`, a `list` search against the sqlite3 shell, the interface's
    /// first frame on a pseudo-terminal against vim and less.
    case process
    /// Attaching a 10 MB photo (docs/attachments.md).
    case attachments

    static let interface: Set<BenchGroup> = [.startup, .search, .paging, .render]
    static let sync: Set<BenchGroup> = [.export, .hq]
}
