import FieldbookCore

/// Why a bundle or reference pack file is refused. Each problem has a short phrase in both
/// languages; `SyncError.badFile` puts the file name in front of it.
public enum BundleProblem: Sendable, Equatable {
    case unreadable(String)
    case notAZip
    case corruptZip(String)
    case unsafeEntryName(String)
    case duplicateEntry(String)
    case tooManyEntries(Int)
    /// Inflating the entries reached the total limit (`ExtractionLimits.maxTotalBytes`) in this one.
    case expandsTooFar(entry: String, limit: Int64)
    case suspiciousCompression(String)
    case missingEntry(String)
    case unexpectedEntry(String)
    case checksumMismatch(String)
    case sizeMismatch(String)
    case invalidManifest(String)
    case notABundle
    case wrongKind(expected: String, found: String)
    case futureVersion(found: Int, supported: Int)
    case badSignature
    case unknownSigner(fingerprint: String, inspector: String)
    case invalidLine(entry: String, line: Int, detail: String)
    case countMismatch(entry: String, declared: Int, found: Int)
    /// A JSON line larger than `TextLimits.maxLineBytes` (refused before it is parsed).
    case lineTooLong(entry: String, line: Int, limit: Int)
    /// A text field longer than `TextLimits` allows (`found`, `limit` in code points; for a list,
    /// `field` names the item or says "items").
    case fieldTooLong(entry: String, line: Int, recordId: String, field: String, limit: Int, found: Int)
    case unknownEnterprise(recordType: String, recordId: String, enterpriseId: String)
    case unknownVisit(recordType: String, recordId: String, visitId: String)
    case unknownTemplate(id: String, version: Int)
    case sealedButNoKey
    case sealedForAnotherKey(String)
    case sealedCorrupt(String)
    /// An encrypted envelope of a version this program does not read.
    case sealedVersion(found: Int, supported: Int)
    case untrustedPackSigner(found: String, pinned: String)
    case rejectedRecord(recordType: String, recordId: String, reason: String)
    /// Another bundle with this device's sequence number was imported before: two different
    /// bundles can carry one number only if the laptop lost track of an export.
    case sequenceTaken(sequence: Int, bundleId: String, heldBundleId: String, heldFile: String)
    /// The manifest names a device other than the one the signing key is bound to.
    case signerIsAnotherDevice(claimed: String, fingerprint: String, boundDevice: String)
    /// The manifest names a device that is bound to another key.
    case deviceHasAnotherKey(device: String, ownerFingerprint: String, signerFingerprint: String)
    /// The manifest names an inspector other than the one the signing key is bound to.
    case signerIsAnotherInspector(claimed: String, claimedName: String, fingerprint: String, bound: String)
    /// The signing key was revoked (`fieldbook hq revoke`).
    case revokedSigner(fingerprint: String, revokedAt: String, reason: String)
    /// A record names an author (`field`) other than the inspector the bundle is signed for.
    case foreignAuthor(recordType: String, recordId: String, field: String, claimed: String, signer: String)
    /// A record HQ holds from another device would be changed or deleted by this one.
    case notOwner(recordType: String, recordId: String, owner: String, signer: String)
    /// A recommendation due before the date of its visit (the laptop refuses one since voids-v1).
    case deadlineBeforeVisit(recordId: String, deadline: String, visitDate: String)

    var texts: (zh: String, en: String) {
        switch self {
        case let .unreadable(reason): ("无法读取（\(reason)）", "cannot be read (\(reason))")
        case .notAZip: ("不是 Fieldbook 导出文件（不是 zip 文件）", "is not a Fieldbook bundle (not a zip file)")
        case let .corruptZip(detail): ("zip 文件已损坏或不完整（\(detail)）", "is a damaged or truncated zip (\(detail))")
        case let .unsafeEntryName(name): ("含有不安全的条目名“\(name)”", "has an unsafe entry name \"\(name)\"")
        case let .duplicateEntry(name): ("条目“\(name)”重复出现", "contains the entry \"\(name)\" twice")
        case let .tooManyEntries(count): ("条目过多（\(count)个）", "has too many entries (\(count))")
        case let .expandsTooFar(name, limit):
            ("解压后超过全部条目合计 \(limit) 字节的上限（在条目“\(name)”处）",
             "expands beyond the \(limit)-byte limit for all its entries together (reached in \"\(name)\")")
        case let .suspiciousCompression(name):
            ("条目“\(name)”压缩比异常（疑似压缩炸弹）", "entry \"\(name)\" has an implausible compression ratio (zip bomb?)")
        case let .missingEntry(name): ("缺少条目“\(name)”", "lacks the entry \"\(name)\"")
        case let .unexpectedEntry(name): ("含有清单未列出的条目“\(name)”", "contains \"\(name)\", which the manifest does not list")
        case let .checksumMismatch(name):
            ("条目“\(name)”的 SHA-256 校验值与清单不符（文件被改动或损坏）",
             "entry \"\(name)\" does not match its SHA-256 in the manifest (altered or damaged)")
        case let .sizeMismatch(name): ("条目“\(name)”大小与清单不符", "entry \"\(name)\" does not have the size the manifest gives")
        case let .invalidManifest(detail): ("清单 manifest.json 无效（\(detail)）", "has an invalid manifest.json (\(detail))")
        case .notABundle: ("不是 Fieldbook 导出文件", "is not a Fieldbook bundle")
        case let .wrongKind(expected, found):
            ("是“\(found)”文件，此处需要“\(expected)”", "is a \(found) file, but a \(expected) is needed here")
        case let .futureVersion(found, supported):
            ("格式版本 \(found) 高于本程序支持的 \(supported)，请升级 Fieldbook",
             "has format version \(found), newer than the supported \(supported); upgrade Fieldbook")
        case .badSignature: ("签名无效（清单被改动或签名不符）", "has an invalid signature (the manifest was altered or signed by another key)")
        case let .unknownSigner(fingerprint, inspector):
            ("签名设备 \(fingerprint)（\(inspector)）未受信任；请先用 fieldbook hq trust 登记，或加 --accept-unknown",
             "is signed by device \(fingerprint) (\(inspector)), which is not trusted; run fieldbook hq trust first or pass --accept-unknown")
        case let .invalidLine(entry, line, detail):
            ("“\(entry)”第\(line)行不是有效记录（\(detail)）", "\(entry) line \(line) is not a valid record (\(detail))")
        case let .lineTooLong(entry, line, limit):
            ("“\(entry)”第\(line)行超过 \(limit) 字节的单行上限", "\(entry) line \(line) is longer than the \(limit)-byte limit for one line")
        case let .fieldTooLong(entry, line, recordId, field, limit, found):
            ("“\(entry)”第\(line)行（记录 \(recordId)）的 \(field) 有 \(found) 个字符，上限 \(limit)",
             "\(entry) line \(line) (record \(recordId)): \(field) has \(found) characters, more than the limit of \(limit)")
        case let .countMismatch(entry, declared, found):
            ("“\(entry)”有\(found)条记录，清单声明\(declared)条", "\(entry) holds \(found) records but the manifest declares \(declared)")
        case let .unknownEnterprise(type, id, enterpriseId):
            ("记录 \(type) \(id) 引用的企业 \(enterpriseId) 既不在文件中也不在总部库中",
             "record \(type) \(id) refers to enterprise \(enterpriseId), which neither the bundle nor headquarters knows")
        case let .unknownVisit(type, id, visitId):
            ("记录 \(type) \(id) 引用的走访 \(visitId) 既不在文件中也不在总部库中",
             "record \(type) \(id) refers to visit \(visitId), which neither the bundle nor headquarters knows")
        case let .unknownTemplate(id, version):
            ("引用的检查清单“\(id)”第\(version)版在总部库中不存在，请先导入该清单",
             "uses checklist \"\(id)\" version \(version), which headquarters does not have; load that template first")
        case .sealedButNoKey: ("已加密，但此数据库没有总部密钥（请先运行 fieldbook hq init）",
                               "is encrypted, but this database has no headquarters key (run fieldbook hq init first)")
        case let .sealedForAnotherKey(fingerprint):
            ("已加密给另一把密钥（\(fingerprint)），本总部无法解密", "is encrypted to another key (\(fingerprint)); this headquarters cannot open it")
        case let .sealedCorrupt(detail): ("加密内容无法解开（被改动或不完整：\(detail)）", "cannot be decrypted (altered or truncated: \(detail))")
        case let .sealedVersion(found, supported):
            ("是第 \(found) 版加密文件，本程序只能读取第 \(supported) 版；请升级 Fieldbook",
             "is an encrypted bundle of version \(found), this program reads \(supported); upgrade Fieldbook")
        case let .untrustedPackSigner(found, pinned):
            ("由密钥 \(found) 签名，而本机信任的总部密钥是 \(pinned)", "is signed by key \(found), but this laptop trusts headquarters key \(pinned)")
        case let .rejectedRecord(type, id, reason):
            ("记录 \(type) \(id) 无法保存（\(reason)）", "has record \(type) \(id), which cannot be stored (\(reason))")
        case let .sequenceTaken(sequence, bundleId, heldBundleId, heldFile):
            ("是该设备的第 \(sequence) 号导出（编号 \(bundleId)），但总部已导入另一份第 \(sequence) 号（\(heldFile)，编号 \(heldBundleId)）",
             "is bundle #\(sequence) of its device (id \(bundleId)), but headquarters already holds a different bundle #\(sequence) of that device (\(heldFile), id \(heldBundleId))")
        case let .signerIsAnotherDevice(claimed, fingerprint, boundDevice):
            ("清单写明设备 \(claimed)，但签名密钥 \(fingerprint) 属于设备 \(boundDevice)；整份拒收",
             "names device \(claimed) in its manifest, but is signed by key \(fingerprint), which belongs to device \(boundDevice); refused whole")
        case let .deviceHasAnotherKey(device, ownerFingerprint, signerFingerprint):
            ("清单写明设备 \(device)，该设备的密钥是 \(ownerFingerprint)，而文件由密钥 \(signerFingerprint) 签名；整份拒收",
             "names device \(device) in its manifest, whose key is \(ownerFingerprint), but is signed by key \(signerFingerprint); refused whole")
        case let .signerIsAnotherInspector(claimed, claimedName, fingerprint, bound):
            ("清单写明检查员 \(claimedName)（\(claimed)），但签名密钥 \(fingerprint) 属于检查员 \(bound)；整份拒收",
             "names inspector \(claimedName) (\(claimed)) in its manifest, but is signed by key \(fingerprint), which belongs to inspector \(bound); refused whole")
        case let .revokedSigner(fingerprint, revokedAt, reason):
            ("由已吊销的密钥 \(fingerprint) 签名（\(revokedAt) 吊销：\(reason)）",
             "is signed by key \(fingerprint), which was revoked at \(revokedAt) (\(reason))")
        case let .foreignAuthor(type, id, field, claimed, signer):
            ("记录 \(type) \(id) 的 \(field) 写明作者为 \(claimed)，而文件签名者是检查员 \(signer)；整份拒收",
             "has record \(type) \(id) whose \(field) names \(claimed) as its author, but the bundle is signed for inspector \(signer); refused whole")
        case let .notOwner(type, id, owner, signer):
            ("要修改或删除记录 \(type) \(id)，该记录属于设备 \(owner)，不属于签名设备 \(signer)；整份拒收",
             "would change or delete record \(type) \(id), which belongs to device \(owner), not to the signing device \(signer); refused whole")
        case let .deadlineBeforeVisit(id, deadline, visitDate):
            ("意见建议 \(id) 的整改期限 \(deadline) 早于其走访日期 \(visitDate)；整份拒收",
             "has recommendation \(id) whose deadline \(deadline) is before its visit date \(visitDate); refused whole")
        }
    }
}
