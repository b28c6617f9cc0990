/// Errors of the domain and the store, each with a one-line message in both languages
/// (what is wrong, and how to fix it where that is not obvious).
public enum CoreError: UserFacingError, Equatable {
    case creditCodeLength(code: String, count: Int)
    case creditCodeCharacter(code: String, position: Int, character: Character)
    case creditCodeCheck(code: String, expected: Character, found: Character)
    case creditCodeAuthority(code: String, character: Character)
    case creditCodeType(code: String, character: Character)
    case creditCodeRegion(code: String, region: String)
    case duplicateCreditCode(code: String, existingName: String)
    case emptyField(Bilingual)
    case negativeFigure(Bilingual, Int)
    case figureExceedsEmployees(Bilingual, value: Int, employees: Int)
    case endBeforeStart(start: TimeOfDay, end: TimeOfDay)
    case notFound(Bilingual, id: String)
    case visitLocked(date: LocalDate)
    case reopenNeedsReason
    /// Taking a recommendation's status back (a mistaken change) needs a reason.
    case statusRevertNeedsReason
    /// A reopen reason longer than `TextLimits` allows (headquarters would refuse the bundle).
    case reopenReasonTooLong(limit: Int, found: Int)
    case visitNotCompleted
    /// Documents are handed over for completed visits only (what the enterprise receives must not change).
    case documentsNeedCompletedVisit
    case unknownItem(code: String, template: String)
    case recommendationStatus(from: RecommendationStatus, to: RecommendationStatus)
    /// A status change dated before the recommendation was made.
    case statusDateBeforeCreation(date: LocalDate, created: LocalDate)
    /// Closing (已复查销号) needs rectification evidence: a note or an attachment.
    case closingNeedsEvidence
    /// A failed re-check sets a new deadline, after the re-check day.
    case recheckDeadlineNotAfter(date: LocalDate, deadline: LocalDate)
    /// Only an overdue recommendation is referred (逾期未整改→移交).
    case referralNotOverdue(deadline: LocalDate?, date: LocalDate)
    case textTooLong(Bilingual, limit: Int, found: Int)
    case enterpriseHasVisits(name: String, count: Int)
    /// A voided (作废) visit or recommendation is never edited again.
    case recordVoided(Bilingual)
    /// Voiding needs a reason (who and when are stamped by the store).
    case voidNeedsReason
    case voidReasonTooLong(limit: Int, found: Int)
    /// Only a draft that never left this laptop may be deleted; anything else is voided.
    case voidInsteadOfDelete(Bilingual, exported: Bool)
    /// A recommendation's deadline before the date of its visit.
    case deadlineBeforeVisit(deadline: LocalDate, visitDate: LocalDate)
    /// The documents of a voided visit are not handed over (or printed again).
    case documentsOfVoidedVisit
    case notInitialized
    case alreadyInitialized(name: String)
    case cannotOpen(path: String, reason: String)
    /// Another process held a write transaction longer than SQLite's busy timeout.
    case databaseBusy(path: String)
    /// SQLite could not write because the file (or its disk) is read-only.
    case databaseReadOnly(path: String)
    /// SQLite could not write: the disk is full, a file-size limit was reached, or I/O failed.
    case diskFull(path: String)
    /// The database has schema migrations this version does not know: it was written by a newer Fieldbook.
    case newerSchema(unknown: [String])

    public func message(in language: Language) -> String {
        let (zh, en) = texts
        return language == .zh ? zh : en
    }

    private var texts: (String, String) {
        switch self {
        case let .creditCodeLength(code, count):
            ("统一社会信用代码“\(code)”应为18位，实为\(count)位",
             "unified social credit code \"\(code)\" must have 18 characters, not \(count)")
        case let .creditCodeCharacter(code, position, character):
            ("统一社会信用代码“\(code)”第\(position)位“\(character)”不是允许的字符（不用I、O、S、V、Z）",
             "unified social credit code \"\(code)\": character \(position) \"\(character)\" is not allowed (I, O, S, V, Z are never used)")
        case let .creditCodeCheck(code, expected, found):
            ("统一社会信用代码“\(code)”校验位错误：应为“\(expected)”，而非“\(found)”，请核对前17位",
             "unified social credit code \"\(code)\" has check character \"\(found)\"; expected \"\(expected)\" — check the first 17 characters")
        case let .creditCodeAuthority(code, character):
            ("统一社会信用代码“\(code)”第1位登记管理部门代码“\(character)”无效",
             "unified social credit code \"\(code)\": \"\(character)\" is not a registration-authority code (character 1)")
        case let .creditCodeType(code, character):
            ("统一社会信用代码“\(code)”第2位机构类别代码“\(character)”无效",
             "unified social credit code \"\(code)\": \"\(character)\" is not an entity-type code (character 2)")
        case let .creditCodeRegion(code, region):
            ("统一社会信用代码“\(code)”第3–8位行政区划码“\(region)”无效（前两位应为省级代码11–82，国家级登记为10）",
             "unified social credit code \"\(code)\": \"\(region)\" is not a division code (characters 3–8 start with a province, 11–82, or 10 for a national registration)")
        case let .duplicateCreditCode(code, existingName):
            ("统一社会信用代码“\(code)”已属于“\(existingName)”",
             "unified social credit code \"\(code)\" already belongs to \"\(existingName)\"")
        case let .emptyField(field):
            ("“\(field.zh)”不能为空", "\(field.en) must not be empty")
        case let .negativeFigure(field, value):
            ("“\(field.zh)”不能为负数（\(value)）", "\(field.en) cannot be negative (\(value))")
        case let .figureExceedsEmployees(field, value, employees):
            ("“\(field.zh)”（\(value)）不能超过职工人数（\(employees)）",
             "\(field.en) (\(value)) cannot exceed the number of employees (\(employees))")
        case let .endBeforeStart(start, end):
            ("结束时间\(end)早于开始时间\(start)", "end time \(end) is before start time \(start)")
        case let .notFound(kind, id):
            ("找不到\(kind.zh)（\(id)）", "\(kind.en) \(id) not found")
        case let .visitLocked(date):
            ("\(date)的走访已完成并锁定；如需修改，请先填写原因重新打开",
             "the visit of \(date) is completed and locked; reopen it with a reason to change it")
        case .reopenNeedsReason:
            ("重新打开已完成的走访须填写原因", "reopening a completed visit needs a reason")
        case .statusRevertNeedsReason:
            ("撤销整改状态须填写原因", "taking a status back needs a reason")
        case let .reopenReasonTooLong(limit, found):
            ("重新打开的原因有 \(found) 个字符，上限 \(limit)", "the reason for reopening has \(found) characters, more than the limit of \(limit)")
        case .visitNotCompleted:
            ("该走访尚未完成，无需重新打开", "the visit is not completed, so there is nothing to reopen")
        case .documentsNeedCompletedVisit:
            ("该走访尚未完成；请先完成走访，再打印交给企业的文书",
             "the visit is not completed; complete it before printing the documents handed to the enterprise")
        case let .unknownItem(code, template):
            ("检查项“\(code)”不在清单“\(template)”中", "checklist item \"\(code)\" is not in template \"\(template)\"")
        case let .recommendationStatus(from, to):
            ("整改状态不能从“\(from.label.zh)”改为“\(to.label.zh)”",
             "a recommendation cannot go from \(from.label.en) to \(to.label.en)")
        case let .statusDateBeforeCreation(date, created):
            ("日期\(date)早于该意见建议的提出日期\(created)", "the date \(date) is before the recommendation was made (\(created))")
        case .closingNeedsEvidence:
            ("复查销号须有整改佐证：请填写佐证说明或附上佐证材料",
             "closing after a re-check needs rectification evidence: write what shows the fix or attach it")
        case let .recheckDeadlineNotAfter(date, deadline):
            ("复查不合格须重新确定整改期限，且应晚于复查日期\(date)（填写的是\(deadline)）",
             "a failed re-check needs a new deadline after the re-check day \(date) (not \(deadline))")
        case let .referralNotOverdue(deadline, date):
            if let deadline {
                ("整改期限\(deadline)尚未届满（\(date)），逾期未整改才能移交",
                 "the deadline \(deadline) has not passed on \(date); only an overdue recommendation is referred")
            } else {
                ("该意见建议没有整改期限，不存在逾期，不能移交", "the recommendation has no deadline, so it cannot be overdue and referred")
            }
        case let .textTooLong(field, limit, found):
            ("“\(field.zh)”有 \(found) 个字符，上限 \(limit)", "\(field.en) has \(found) characters, more than the limit of \(limit)")
        case let .enterpriseHasVisits(name, count):
            ("“\(name)”有\(count)条走访记录，不能删除", "\"\(name)\" has \(count) visits and cannot be deleted")
        case let .recordVoided(kind):
            ("该\(kind.zh)已作废，不能再修改", "this \(kind.en) is voided and can no longer be changed")
        case .voidNeedsReason:
            ("作废须填写原因", "voiding needs a reason")
        case let .voidReasonTooLong(limit, found):
            ("作废原因有 \(found) 个字符，上限 \(limit)", "the reason for voiding has \(found) characters, more than the limit of \(limit)")
        case let .voidInsteadOfDelete(kind, exported):
            exported
                ? ("该\(kind.zh)已导出给总部，不能删除；请填写原因将其作废",
                   "this \(kind.en) was already exported to headquarters and cannot be deleted; void it with a reason instead")
                : ("走访已完成，该\(kind.zh)不能删除；请填写原因将其作废",
                   "the visit is completed, so this \(kind.en) cannot be deleted; void it with a reason instead")
        case let .deadlineBeforeVisit(deadline, visitDate):
            ("整改期限\(deadline)早于走访日期\(visitDate)", "the deadline \(deadline) is before the visit date \(visitDate)")
        case .documentsOfVoidedVisit:
            ("该走访已作废，其文书（整改通知书、走访记录）不能再打印",
             "this visit is voided; its documents (notice, visit record) can no longer be printed")
        case .notInitialized:
            ("尚未设置检查员，请先运行 fieldbook init --inspector 姓名",
             "no inspector set up yet; run fieldbook init --inspector NAME first")
        case let .alreadyInitialized(name):
            ("本数据库已设置检查员“\(name)”", "this database is already set up for inspector \"\(name)\"")
        case let .cannotOpen(path, reason):
            ("无法打开数据库 \(path)：\(reason)", "cannot open database \(path): \(reason)")
        case let .databaseBusy(path):
            ("数据库 \(path) 正被另一个程序写入，等待后仍未释放，未作改动；请等它完成后重试",
             "the database \(path) is being written by another program and stayed busy; nothing was changed. Try again when it has finished")
        case let .databaseReadOnly(path):
            ("数据库 \(path) 是只读的（文件权限或只读磁盘），未作任何改动；请将其改为可写（chmod u+w）或复制到可写的位置再打开",
             "the database \(path) is read-only (file permissions or a read-only disk) and was left unchanged; make it writable (chmod u+w) or open a copy in a writable place")
        case let .diskFull(path):
            ("无法写入数据库 \(path)：磁盘已满或超出文件大小限制。已保存的内容都还在，没有丢失；请腾出空间后重试",
             "cannot write to the database \(path): the disk is full or a file-size limit was reached. Nothing was lost: everything saved before is still there; free some space and try again")
        case let .newerSchema(unknown):
            ("此数据库由更新版本的 Fieldbook 创建（结构 \(unknown.joined(separator: "、"))），未作改动；请升级 Fieldbook 后再打开",
             "this database was made by a newer Fieldbook (schema \(unknown.joined(separator: ", "))) and was left unchanged; upgrade Fieldbook to open it")
        }
    }
}
