import Foundation

/// Turns a decoded template file into a `Checklist`, refusing anything incomplete or ambiguous.
enum TemplateValidation {
    static func checklist(from file: ChecklistTemplateFile, loadedAt: Timestamp) throws(TemplateError) -> Checklist {
        guard file.format == ChecklistTemplateFile.formatName else { throw .wrongFormat(found: file.format) }
        let formatVersion = file.formatVersion ?? 1
        guard formatVersion <= ChecklistTemplateFile.formatVersion else {
            throw .unsupportedFormatVersion(formatVersion)
        }
        guard let id = file.id else { throw .missing(field: "id", in: "file") }
        guard !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) else {
            throw .badIdentifier(id)
        }
        guard let version = file.version else { throw .missing(field: "version", in: "file") }
        guard version >= 1 else { throw .badVersion(version) }
        let title = try text(file.title, "title", in: "file")
        guard let fileSections = file.sections, !fileSections.isEmpty else { throw .noSections }

        let template = ChecklistTemplate(id: id, version: version, title: title, loadedAt: loadedAt)
        var sectionCodes = Set<String>(), itemCodes = Set<String>()
        var sections: [Checklist.Section] = []
        var itemPosition = 0
        for (index, fileSection) in fileSections.enumerated() {
            let place = "section \(index + 1)"
            guard let code = fileSection.code?.trimmingCharacters(in: .whitespaces), !code.isEmpty else {
                throw .missing(field: "code", in: place)
            }
            guard sectionCodes.insert(code).inserted else { throw .duplicateSection(code) }
            let sectionTitle = try text(fileSection.title, "title", in: "section \(code)")
            guard let fileItems = fileSection.items, !fileItems.isEmpty else { throw .emptySection(code) }
            var items: [ChecklistItem] = []
            for (itemIndex, fileItem) in fileItems.enumerated() {
                guard let itemCode = fileItem.code?.trimmingCharacters(in: .whitespaces), !itemCode.isEmpty else {
                    throw .missing(field: "code", in: "section \(code) item \(itemIndex + 1)")
                }
                guard isItemCode(itemCode) else { throw .badItemCode(itemCode) }
                guard itemCodes.insert(itemCode).inserted else { throw .duplicateItem(itemCode) }
                let place = "item \(itemCode)"
                let label = try text(fileItem.label, "label", in: place)
                guard let weight = fileItem.weight else { throw .missing(field: "weight", in: place) }
                guard (1...3).contains(weight) else { throw .badWeight(item: itemCode, weight: weight) }
                itemPosition += 1
                let figures = try choices(fileItem.figures ?? [], AnswerFigure.self, "figures", item: itemCode)
                let finding = try optionalText(fileItem.finding, "finding", in: place)
                try checkPlaceholders(finding, figures: figures, "finding", item: itemCode)
                var area = CoreArea.ofSection(code)
                if let named = fileItem.area { area = try choice(named, CoreArea.self, "area", item: itemCode) }
                var serious: SeriousViolation?
                if let named = fileItem.serious { serious = try choice(named, SeriousViolation.self, "serious", item: itemCode) }
                if let days = fileItem.deadlineDays, !(0...365).contains(days) {
                    throw .badDeadline(item: itemCode, days: days)
                }
                items.append(ChecklistItem(
                    templateId: id, templateVersion: version, sectionCode: code, code: itemCode,
                    position: itemPosition, label: label,
                    guidance: try optionalText(fileItem.guidance, "guidance", in: place),
                    legalBasis: try optionalText(fileItem.legalBasis, "legalBasis", in: place),
                    weight: weight, critical: fileItem.critical ?? false,
                    area: area, serious: serious,
                    figures: figures, signal: fileItem.signal ?? false, finding: finding,
                    remedy: try optionalText(fileItem.remedy, "remedy", in: place),
                    deadlineDays: fileItem.deadlineDays, workingDays: fileItem.workingDays ?? false,
                    binds: try choices(fileItem.binds ?? [], DutyHolder.self, "binds", item: itemCode)))
            }
            let section = ChecklistSection(templateId: id, templateVersion: version, code: code,
                                           position: index + 1, title: sectionTitle)
            sections.append(Checklist.Section(section: section, items: items))
        }
        return Checklist(template: template, sections: sections)
    }

    private static func choice<E: CaseIterable & RawRepresentable>(_ value: String, _ type: E.Type, _ field: String,
                                                                     item: String) throws(TemplateError) -> E
    where E.RawValue == String {
        guard let chosen = E(rawValue: value) else {
            throw .badChoice(item: item, field: field, value: value, allowed: E.allCases.map(\.rawValue))
        }
        return chosen
    }

    private static func choices<E: CaseIterable & RawRepresentable>(_ values: [String], _ type: E.Type,
                                                                      _ field: String, item: String)
    throws(TemplateError) -> [E] where E.RawValue == String {
        var chosen: [E] = []
        for value in values { chosen.append(try choice(value, type, field, item: item)) }
        return chosen
    }

    /// `{workers}` in a finding needs `workers` among the item's figures (and so on), or the
    /// prefilled text would show a placeholder no one can fill.
    private static func checkPlaceholders(_ text: Bilingual, figures: [AnswerFigure], _ field: String,
                                          item: String) throws(TemplateError) {
        for language in [text.zh, text.en] {
            var rest = Substring(language)
            while let open = rest.firstIndex(of: "{") {
                guard let close = rest[open...].firstIndex(of: "}") else { break }
                let name = String(rest[rest.index(after: open)..<close])
                guard let figure = AnswerFigure(rawValue: name), figures.contains(figure) else {
                    throw .unknownPlaceholder(item: item, field: field, placeholder: name)
                }
                rest = rest[rest.index(after: close)...]
            }
        }
    }

    /// `LC-01`: uppercase letters, a hyphen, digits (letters or digits may continue).
    static func isItemCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return !parts[0].isEmpty && parts[0].allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }
            && !parts[1].isEmpty && parts[1].allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }
    }

    /// Both languages required.
    private static func text(_ value: ChecklistTemplateFile.Text?, _ field: String, in place: String)
    throws(TemplateError) -> Bilingual {
        guard let zh = value?.zh?.trimmingCharacters(in: .whitespacesAndNewlines), !zh.isEmpty else {
            throw .missing(field: "\(field).zh", in: place)
        }
        guard let en = value?.en?.trimmingCharacters(in: .whitespacesAndNewlines), !en.isEmpty else {
            throw .missing(field: "\(field).en", in: place)
        }
        return Bilingual(zh: zh, en: en)
    }

    /// Absent is fine; present in one language only is a mistake.
    private static func optionalText(_ value: ChecklistTemplateFile.Text?, _ field: String, in place: String)
    throws(TemplateError) -> Bilingual {
        let zh = value?.zh?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let en = value?.en?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if zh.isEmpty != en.isEmpty { throw .missing(field: zh.isEmpty ? "\(field).zh" : "\(field).en", in: place) }
        return Bilingual(zh: zh, en: en)
    }
}
