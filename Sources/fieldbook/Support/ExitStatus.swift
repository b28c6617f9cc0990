import ArgumentParser
import FieldbookCore
import FieldbookBundle
import FieldbookDocuments
import GRDB

/// The exit status of a failed command, by what went wrong, following BSD's sysexits.h where one
/// of its meanings fits (README and the man page list them), so a script can tell a mistyped
/// command from a refused file, a missing one, a full disk or a database another window holds.
/// The switches are exhaustive on purpose: a new error case must say what it means to a script.
enum ExitStatus: Int32, CaseIterable {
    /// Something the next sections do not cover (nothing to export, a conflict already resolved).
    case failure = 1
    /// EX_USAGE: the command line is wrong (unknown option, bad date or key, missing --db).
    case usage = 64
    /// EX_DATAERR: an input was read but refused (a bundle, a registry CSV, a checklist, a
    /// database of the wrong kind or of a newer Fieldbook).
    case dataError = 65
    /// EX_NOINPUT: a file or database named on the command line does not exist or cannot be read.
    case noInput = 66
    /// EX_SOFTWARE: a bug; the message asks to report it.
    case software = 70
    /// EX_CANTCREAT: an output (database, directory, bundle) cannot be created where asked.
    case cannotCreate = 73
    /// EX_IOERR: writing failed (disk full, file-size limit, read-only file).
    case ioError = 74
    /// EX_TEMPFAIL: the database is in use (another interface, a lock); try again later.
    case tempFail = 75

    static func of(_ error: any Error) -> ExitStatus {
        switch error {
        case let error as CLIError: of(error)
        case let error as SyncError: of(error)
        case let error as CoreError: of(error)
        case is EnterpriseImportError, is TemplateError: .dataError
        case let error as DocumentError: of(error)
        case let error as DocumentCLIError: of(error)
        case let error as AttachmentError: of(error)
        case let error as ProjectError: of(error)
        case is ValidationError: .usage
        case let error as DatabaseError:
            switch error.resultCode.primaryResultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED: .tempFail
            case .SQLITE_FULL, .SQLITE_IOERR, .SQLITE_READONLY: .ioError
            case .SQLITE_CORRUPT, .SQLITE_NOTADB: .dataError
            default: .software
            }
        default: .software
        }
    }

    private static func of(_ error: CLIError) -> ExitStatus {
        switch error {
        case .unknownDistrict, .emptyInspectorName: .usage
        case .noDatabase, .cannotRead: .noInput
        case .notInitialized: .dataError
        case .notADirectory, .cannotCreateDirectory, .databaseExists, .alreadyInitialized: .cannotCreate
        case .cannotWrite: .ioError
        case .cannotOpen: .noInput
        case .databaseInUse, .databaseBusy: .tempFail
        case .terminal: .failure
        case .unexpected: .software
        }
    }

    private static func of(_ error: SyncError) -> ExitStatus {
        switch error {
        case .badFile(_, .unreadable): .noInput
        case .badFile, .exportBeyondLimits: .dataError
        case .invalidDate, .invalidPublicKey, .noResolverName, .ambiguousConflict, .revocationNeedsReason: .usage
        case .noSuchFile: .noInput
        case .notHeadquarters, .noDeviceKey, .noSuchConflict, .deviceNotInConflict, .noSuchDevice, .trustRevokedKey,
             .trustKeyBoundElsewhere, .trustDeviceHasAnotherKey: .dataError
        case .outputDirectoryMissing, .outputNotADirectory, .outputNotWritable, .alreadyHeadquarters: .cannotCreate
        case .diskFull, .writeFailed, .exportNotRecorded, .importNotStored, .attachmentDamaged: .ioError
        case .bundleNameTaken, .pendingNameTaken: .cannotCreate
        case .exportRaced, .exportInProgress: .tempFail
        case .nothingToExport, .conflictAlreadyResolved, .cannotResolve, .deviceAlreadyRevoked: .failure
        }
    }

    private static func of(_ error: CoreError) -> ExitStatus {
        switch error {
        case .cannotOpen: .noInput
        case .databaseBusy: .tempFail
        case .databaseReadOnly, .diskFull: .ioError
        case .alreadyInitialized: .cannotCreate
        case .creditCodeLength, .creditCodeCharacter, .creditCodeCheck, .creditCodeAuthority, .creditCodeType,
             .creditCodeRegion, .duplicateCreditCode, .emptyField, .negativeFigure, .figureExceedsEmployees,
             .endBeforeStart, .notFound, .visitLocked, .reopenNeedsReason, .statusRevertNeedsReason, .reopenReasonTooLong,
             .visitNotCompleted, .unknownItem,
             .recommendationStatus, .enterpriseHasVisits, .notInitialized, .newerSchema, .documentsNeedCompletedVisit,
             .recordVoided, .voidNeedsReason, .voidReasonTooLong, .voidInsteadOfDelete, .deadlineBeforeVisit,
             .documentsOfVoidedVisit, .statusDateBeforeCreation, .closingNeedsEvidence, .recheckDeadlineNotAfter,
             .referralNotOverdue, .textTooLong:
            .dataError
        }
    }

    private static func of(_ error: DocumentError) -> ExitStatus {
        switch error {
        case .nothingToRectify, .missingChecklist: .dataError
        // The machine lacks a font package: nothing a script can fix by retrying.
        case .noChineseFont, .unusableFont: .failure
        }
    }

    private static func of(_ error: DocumentCLIError) -> ExitStatus {
        switch error {
        case .unknownVisit: .dataError
        case .ambiguousVisit: .usage
        }
    }

    private static func of(_ error: AttachmentError) -> ExitStatus {
        switch error {
        case .cannotRead, .notAFile: .noInput
        case .storeFailed: .ioError
        case .noFiles, .bothItemAndRecommendation, .invalidLimit, .fileLimitAboveVisitLimit: .usage
        case .fileTooLarge, .visitLimit, .emptyFile, .alreadyAttached, .recommendationOfOtherEnterprise, .alreadyDetached,
             .detachNeedsReason, .notFound, .textTooLong: .dataError
        }
    }

    private static func of(_ error: ProjectError) -> ExitStatus {
        switch error {
        case .emptyName: .usage
        case .unknownEnterprise, .partyTwice, .notAParty, .hasVisits, .notFound: .dataError
        }
    }

    /// Used by `hq import` for several files: the status of the first refusal when all agree
    /// on one, else a data error (the usual reason a bundle is refused).
    static func combined(_ statuses: [ExitStatus]) -> ExitStatus? {
        guard let first = statuses.first else { return nil }
        return statuses.allSatisfy { $0 == first } ? first : .dataError
    }
}
