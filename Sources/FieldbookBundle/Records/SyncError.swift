import FieldbookCore

/// Errors of export, import, keys and reports, each one line in both languages.
public enum SyncError: UserFacingError, Equatable {
    /// A bundle or pack refused: the file's name and the problem. Nothing was changed.
    case badFile(String, BundleProblem)
    case nothingToExport
    case outputDirectoryMissing(String)
    case outputNotADirectory(String)
    case outputNotWritable(String, reason: String)
    case diskFull(String)
    case writeFailed(String, reason: String)
    case exportRaced
    /// The bundle would be beyond what headquarters accepts (`ExtractionLimits`, the line limit):
    /// nothing was published.
    case exportBeyondLimits(BundleProblem)
    /// Another process holds this database's export lock.
    case exportInProgress(String)
    /// The bundle's name is taken by a file this export did not write; it was left untouched.
    case bundleNameTaken(String)
    /// The bundle file is in place but the database could not record it (the next export will).
    case exportNotRecorded(String, reason: String)
    /// An interrupted export's bundle cannot be finished: a different file holds its name.
    case pendingNameTaken(String, sequence: Int)
    /// Headquarters could not write while importing a bundle (file name, where it was writing).
    case importNotStored(String, place: String, StorageProblem)
    case invalidPublicKey(String, expected: String)
    case notHeadquarters(String)
    case alreadyHeadquarters(String)
    case noDeviceKey
    case invalidDate(String)
    case noSuchFile(String)
    case noSuchConflict(String)
    case noResolverName
    case ambiguousConflict(String)
    case conflictAlreadyResolved(String, kept: String, by: String, at: String)
    case deviceNotInConflict(String, String, String)
    case cannotResolve(String, zh: String, en: String)
    /// `hq revoke` named no trusted key (the key text or fingerprint given).
    case noSuchDevice(String)
    case deviceAlreadyRevoked(String, at: Timestamp)
    case revocationNeedsReason
    /// `hq trust` of a key revoked before: a revoked key stays revoked.
    case trustRevokedKey(String, at: Timestamp, reason: String)
    /// An attachment file the export should carry is missing from the store or no longer matches
    /// its SHA-256 (damaged on the disk); the export stops rather than send a bundle HQ refuses.
    case attachmentDamaged(sha256: String, path: String)
    /// `hq trust --device`: the key is already bound to another device or inspector (fingerprint,
    /// what it is bound to, what was asked).
    case trustKeyBoundElsewhere(String, bound: String, asked: String)
    /// `hq trust --device`: the device already belongs to another key (device, its key's fingerprint).
    case trustDeviceHasAnotherKey(String, ownerFingerprint: String)

    public func message(in language: Language) -> String {
        let (zh, en) = texts
        return Self.printable(language == .zh ? zh : en)
    }

    /// Names and fields quoted from a refused file are the sender's bytes: control characters
    /// are shown as `\u{…}` so a crafted name can neither break the one-line message nor send
    /// escape sequences to the terminal (found by the fuzzer: a newline in an entry name).
    static func printable(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control {
                result += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private var texts: (String, String) {
        switch self {
        case let .badFile(file, problem):
            ("已拒绝 \(file)：\(problem.texts.zh)。总部数据库未改动。",
             "Refused \(file): it \(problem.texts.en). Nothing was changed.")
        case let .exportBeyondLimits(problem):
            ("未生成文件：总部会拒收它（\(problem.texts.zh)）。数据库未改动。",
             "No bundle was written: headquarters would refuse it (it \(problem.texts.en)). Nothing was changed.")
        case .nothingToExport:
            ("自上次导出以来没有新的变更，未生成文件（如需全部重新导出，请加 --all）",
             "Nothing changed since the last export, so no file was written (use --all to export everything again).")
        case let .outputDirectoryMissing(path):
            ("输出目录 \(path) 不存在，请先创建或用 --out 指定其他目录", "The output directory \(path) does not exist; create it or choose another with --out.")
        case let .outputNotADirectory(path):
            ("\(path) 不是目录，请用 --out 指定目录", "\(path) is not a directory; give a directory with --out.")
        case let .outputNotWritable(path, reason):
            ("无法在 \(path) 中写入（\(reason)），导出未完成，数据未丢失", "Cannot write in \(path) (\(reason)); nothing was exported and nothing is lost.")
        case let .diskFull(path):
            ("磁盘空间不足，无法写入 \(path)；导出未完成，数据未丢失，请腾出空间后重试",
             "The disk is full while writing \(path); nothing was exported and nothing is lost. Free some space and try again.")
        case let .writeFailed(path, reason):
            ("写入 \(path) 失败（\(reason)），导出未完成，数据未丢失", "Writing \(path) failed (\(reason)); nothing was exported and nothing is lost.")
        case .exportRaced:
            ("另一次导出同时完成，本次文件未计入导出记录，请重新导出", "Another export finished at the same time; this file was not recorded. Export again.")
        case let .exportInProgress(path):
            ("数据库 \(path) 正在进行另一次导出，本次未写入任何文件；请等它完成后再导出",
             "Another export of \(path) is running; nothing was written. Wait for it to finish, then export again.")
        case let .bundleNameTaken(path):
            ("已有同名文件 \(path)（不是本次导出写的），未覆盖也未改动它；本次导出未完成，数据未丢失。请把该文件移走后重新导出",
             "A file named \(path) already exists and was not written by this export; it was left untouched. Nothing was exported and nothing is lost: move that file away and export again.")
        case let .exportNotRecorded(path, reason):
            ("导出文件 \(path) 已写好，但数据库未能记下这次导出（\(reason)）；请保留该文件，下次导出或启动时会补记",
             "The bundle \(path) was written, but the database could not record it (\(reason)); keep the file: the next export or start records it.")
        case let .pendingNameTaken(path, sequence):
            ("上次中断的第 \(sequence) 号导出应写到 \(path)，但该处已有内容不同的文件（未改动它）；请把它移走后重新导出，第 \(sequence) 号会按原样补写",
             "The interrupted export's bundle #\(sequence) belongs at \(path), but a different file is there (left untouched); move it away and export again to write bundle #\(sequence) as it was.")
        case let .importNotStored(file, place, problem):
            ("未能导入 \(file)：写入 \(place) 时\(problem.texts.zh)。该文件的内容一条也没有保存；请腾出空间后重新导入",
             "Could not import \(file): \(problem.texts.en) while writing \(place). Nothing from this bundle was stored; free some space and import it again.")
        case let .invalidPublicKey(text, expected):
            ("“\(text)”不是有效的\(expected)公钥（应为 fieldbook key / fieldbook hq key 输出的第一行）",
             "\"\(text)\" is not a valid \(expected) public key (use the first line printed by fieldbook key / fieldbook hq key).")
        case let .notHeadquarters(path):
            ("\(path) 不是总部数据库，请先运行 fieldbook hq init --db \(path)", "\(path) is not a headquarters database; run fieldbook hq init --db \(path) first.")
        case let .alreadyHeadquarters(path):
            ("\(path) 已是总部数据库，未作改动", "\(path) is already a headquarters database and was left unchanged.")
        case .noDeviceKey:
            ("本数据库尚无设备密钥，请先运行 fieldbook init", "This database has no device key yet; run fieldbook init first.")
        case let .invalidDate(text):
            ("“\(text)”不是有效日期（格式 YYYY-MM-DD）", "\"\(text)\" is not a valid date (use YYYY-MM-DD).")
        case let .noSuchFile(path):
            ("找不到 \(path)", "\(path) does not exist.")
        case let .noSuchConflict(id):
            ("没有编号为 \(id) 的冲突（用 fieldbook hq conflicts 查看编号）",
             "There is no conflict \(id) (fieldbook hq conflicts lists the ids).")
        case .noResolverName:
            ("请用 --by 写明处理人姓名", "Say who resolves it with --by NAME.")
        case let .ambiguousConflict(id):
            ("编号 \(id) 对应多处冲突，请输入更多位", "\(id) matches more than one conflict; give more of its id.")
        case let .conflictAlreadyResolved(id, kept, by, at):
            ("冲突 \(id) 已于 \(at) 由 \(by) 处理（保留 \(kept == "current" ? "总部版本" : "新版本")），未作改动",
             "Conflict \(id) was already resolved by \(by) at \(at) (kept \(kept)); nothing was changed.")
        case let .deviceNotInConflict(device, current, incoming):
            ("设备 \(device) 不是这处冲突的任何一方（总部版本来自 \(current)，新版本来自 \(incoming)）",
             "Device \(device) wrote neither version (HQ's came from \(current), the incoming one from \(incoming)).")
        case let .cannotResolve(id, zh, en):
            ("无法按所选版本处理冲突 \(id)（\(zh)），未作改动", "Conflict \(id) cannot be resolved that way (\(en)); nothing was changed.")
        case let .noSuchDevice(key):
            ("没有密钥或指纹为 \(key) 的设备（用 fieldbook hq devices 查看）",
             "No trusted device has the key or fingerprint \(key) (fieldbook hq devices lists them).")
        case let .deviceAlreadyRevoked(fingerprint, at):
            ("设备 \(fingerprint) 已于 \(at.iso8601) 吊销，未作改动", "Device \(fingerprint) was already revoked at \(at.iso8601); nothing was changed.")
        case .revocationNeedsReason:
            ("请用 --reason 写明吊销原因", "Give the reason for the revocation with --reason TEXT.")
        case let .trustRevokedKey(fingerprint, at, reason):
            ("设备 \(fingerprint) 已于 \(at.iso8601) 吊销（\(reason)），吊销的密钥不能再次信任；请在设备上生成新密钥",
             "Device \(fingerprint) was revoked at \(at.iso8601) (\(reason)); a revoked key cannot be trusted again — give the device a new key.")
        case let .attachmentDamaged(sha256, path):
            ("附件文件 \(path) 缺失或已损坏（内容与 SHA-256 \(sha256.prefix(12))… 不符），导出未完成，数据未丢失；请把原文件重新附加后再导出",
             "The attachment file \(path) is missing or damaged (its bytes no longer match SHA-256 \(sha256.prefix(12))…); nothing was exported and nothing is lost. Attach the original again, then export.")
        case let .trustKeyBoundElsewhere(fingerprint, bound, asked):
            ("密钥 \(fingerprint) 已绑定到 \(bound)，不能再绑定到 \(asked)；未作改动",
             "Key \(fingerprint) is bound to \(bound), not \(asked); nothing changed.")
        case let .trustDeviceHasAnotherKey(device, owner):
            ("设备 \(device) 已属于密钥 \(owner)；一台设备只有一把密钥，未作改动（丢失的设备请先 hq revoke）",
             "Device \(device) already belongs to key \(owner); a device has one key, nothing changed (revoke a lost laptop's key first).")
        }
    }
}
