// swift-tools-version:6.0
// Fieldbook: offline labour-relations field inspection (see README.md and docs/architecture.md).
import PackageDescription

let package = Package(
    name: "Fieldbook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "fieldbook", targets: ["fieldbook"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
    ],
    targets: [
        // Module map, responsibilities and allowed imports: docs/architecture.md
        // (Tests/ArchitectureTests checks every import against it).

        // The laptop's domain (types, validation, scoring, templates) and its store `AppDatabase`.
        .target(name: "FieldbookCore", dependencies: [
            .product(name: "GRDB", package: "GRDB.swift"),
            // SQLite's C API (shipped with GRDB): demo-data binds its bulk inserts directly (Demo/BulkInsert.swift).
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
            // SHA-256 names the attachment store's files (docs/attachments.md).
            .product(name: "Crypto", package: "swift-crypto"),
        ], plugins: ["EmbedSamples"]),
        // Builds the demo's sample registry and checklist into FieldbookCore (docs/demo-data.md).
        .executableTarget(name: "embed-samples"),
        .plugin(name: "EmbedSamples", capability: .buildTool(), dependencies: ["embed-samples"]),
        // Records the git commit the binary is built from, for `fieldbook --version`.
        .plugin(name: "BuildCommit", capability: .buildTool()),
        // The whole file format: record layout and JSON lines, manifest, signing, zip reading and
        // writing, the sealed envelope, reference packs, the export writer (docs/bundle-format.md).
        .target(name: "FieldbookBundle", dependencies: [
            "FieldbookCore",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            .product(name: "Crypto", package: "swift-crypto"),
            // zlib: record files are deflated as they are written, at a chosen level (EntryFileWriter).
            "CDeflate",
            // Cleanup and flush failures that must not fail an export are logged, not dropped.
            .product(name: "Logging", package: "swift-log"),
        ]),
        // zlib: Flate-compressed PDF streams (PDFWriter) and the bundle's deflated entries (FieldbookBundle).
        .systemLibrary(name: "CDeflate", providers: [.apt(["zlib1g-dev"])]),
        // A small PDF writer: objects, xref, Flate streams, TrueType glyph subsets (docs/documents.md).
        .target(name: "PDFWriter", dependencies: ["CDeflate"]),
        // The documents handed to an enterprise (notice, visit record): content, A4 layout, PDF/HTML.
        .target(name: "FieldbookDocuments", dependencies: [
            "FieldbookCore", "PDFWriter", .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Headquarters: `HQDatabase` and its migrations, the merger, conflicts, trust, reports (docs/hq.md).
        .target(name: "FieldbookHQ", dependencies: [
            "FieldbookCore", "FieldbookBundle", "DisplayWidth",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // How many terminal columns text takes (glibc's wcwidth table): shared by TerminalKit and
        // the text reports, so nothing below the UI needs TerminalKit.
        .target(name: "DisplayWidth"),
        // Cells, buffers, layout, widgets and keys: pure Swift, no curses.
        .target(name: "TerminalKit", dependencies: ["DisplayWidth"]),
        // The wide-character ncurses library, seen through one small shim header.
        .systemLibrary(name: "CNCursesW", providers: [.apt(["libncursesw5-dev"])]),
        // The only module that calls ncurses.
        .target(name: "CursesTerminal", dependencies: ["TerminalKit", "CNCursesW"]),
        // The screens: state + update + render, headless-testable.
        .target(name: "FieldbookUI", dependencies: ["FieldbookCore", "FieldbookBundle", "FieldbookHQ", "FieldbookDocuments", "TerminalKit",
                                                    .product(name: "Logging", package: "swift-log")]),
        // Drives the real binary inside tmux for end-to-end tests.
        .target(name: "TerminalHarness"),
        .executableTarget(name: "fieldbook", dependencies: [
            "FieldbookCore", "FieldbookBundle", "FieldbookHQ", "FieldbookUI", "FieldbookDocuments", "FieldbookBench", "TerminalKit", "CursesTerminal",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            // Only to tell "database is locked" (exit 75) from other SQLite failures.
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Logging", package: "swift-log"),
        ], plugins: ["BuildCommit"]),

        // Benchmarks and their synthetic sync data, out of the production modules: `fieldbook bench`
        // and the tests use them (docs/performance.md).
        .target(name: "FieldbookBench", dependencies: [
            "FieldbookCore", "FieldbookBundle", "FieldbookHQ", "FieldbookUI", "TerminalKit",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),

        // Coverage-guided fuzzing of the importers (scripts/fuzz builds it with -sanitize=fuzzer).
        .executableTarget(name: "fieldbook-fuzz", dependencies: ["FieldbookCore", "FieldbookBundle", "FieldbookHQ"]),

        // The repository root and the one child-process runner every test target uses.
        .target(name: "TestSupport", dependencies: ["TerminalHarness", .product(name: "Logging", package: "swift-log")],
                path: "Tests/TestSupport"),
        // Laptop/HQ fixtures shared by the bundle and headquarters tests.
        .target(name: "SyncTestSupport", dependencies: [
                    "FieldbookCore", "FieldbookBundle", "FieldbookHQ", "FieldbookBench",
                    .product(name: "GRDB", package: "GRDB.swift"),
                    .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                    .product(name: "Crypto", package: "swift-crypto"),
                ],
                path: "Tests/SyncTestSupport"),
        .testTarget(name: "FieldbookCoreTests", dependencies: ["TestSupport", "FieldbookCore"]),
        .testTarget(name: "FieldbookBundleTests", dependencies: ["TestSupport", "FieldbookBundle", "FieldbookHQ", "FieldbookCore",
                                                                 "SyncTestSupport"],
                    exclude: ["FuzzFindings"]),
        .testTarget(name: "FieldbookHQTests", dependencies: ["FieldbookHQ", "FieldbookBundle", "FieldbookCore",
                                                             "SyncTestSupport"]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "DisplayWidth"]),
        .testTarget(name: "FieldbookUITests", dependencies: ["TestSupport", "FieldbookUI", "FieldbookCore", "FieldbookBundle", "TerminalKit",
                                                             .product(name: "Logging", package: "swift-log")]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "TerminalHarness", "fieldbook", "TerminalKit", "FieldbookCore", "FieldbookUI"]),
        // Runs the built `fieldbook` binary as a subprocess.
        .testTarget(name: "CLITests", dependencies: ["TestSupport", "fieldbook", "FieldbookCore", "FieldbookBundle", "FieldbookDocuments", "TerminalKit", "TerminalHarness"]),
        .testTarget(name: "PDFWriterTests", dependencies: ["TestSupport", "PDFWriter"]),
        .testTarget(name: "FieldbookDocumentsTests", dependencies: ["TestSupport", "FieldbookDocuments", "FieldbookCore", "PDFWriter"]),
        .testTarget(name: "CursesTerminalTests", dependencies: ["CursesTerminal", "TerminalKit", "TerminalHarness"]),
        // Every module imports only what docs/architecture.md allows it.
        .testTarget(name: "ArchitectureTests", dependencies: ["TestSupport"]),
        .testTarget(name: "TestSupportTests", dependencies: ["TestSupport", "TerminalHarness"]),
    ],
    swiftLanguageModes: [.v6]
)
