import FieldbookCore
import TerminalKit

/// Adds an enterprise that is not in the registry, found at a worksite. The credit code is
/// checked as soon as it is complete or the field is left (the message names the expected check
/// character); the record is saved with source "field" and the screen becomes its detail page.
struct NewEnterpriseScreen: Screen {
    enum Field: Hashable, Sendable, CaseIterable {
        case creditCode, name, address, district, outOfTown, industry, ownership, employees, contact, phone, save
    }
    enum Action: Hashable, Sendable { case save }

    var fields: [Field: TextFieldState] = [
        .creditCode: TextFieldState(maxLength: TextLimits.limit("enterprise", "creditCode")),
        .name: TextFieldState(maxLength: TextLimits.limit("enterprise", "name")),
        .address: TextFieldState(maxLength: TextLimits.limit("enterprise", "address")),
        .industry: TextFieldState(maxLength: TextLimits.limit("enterprise", "industry")),
        .ownership: TextFieldState(maxLength: TextLimits.limit("enterprise", "ownershipType")),
        .employees: TextFieldState(maxLength: 7),
        .contact: TextFieldState(maxLength: TextLimits.limit("enterprise", "contactPerson")),
        .phone: TextFieldState(maxLength: TextLimits.limit("enterprise", "phone")),
    ]
    var districtIndex = 0
    /// 外地企业. Follows the credit code (its registering authority outside Shiyan) until the
    /// inspector changes it by hand (`outOfTownChosen`): a firm registered by the province that
    /// works only in Shiyan is local, and the inspector knows it.
    var outOfTown = false
    var outOfTownChosen = false
    var focus = FocusRing<Field>(Field.allCases)
    /// Inline messages, already in the user's language (kept until the field changes).
    var errors: [Field: String] = [:]
    /// Set by an Esc that could not save; a second Esc leaves (the form stays as a draft).
    var discardArmed = false
    /// The enterprise was created: nothing here is a draft any more.
    var created = false

    /// "Not given" first, then the districts of Shiyan.
    static let districts = [""] + ShiyanDistricts.all

    var route: Route { .newEnterprise }
    var isEditingText: Bool { focus.focused.map { fields[$0] != nil } ?? false }

    func title(_ env: AppEnvironment) -> String { env.text.newEnterpriseTitle }

    func keyMap(_ env: AppEnvironment) -> KeyMap<Action> {
        KeyMap([KeyBinding(.save, keys: [.ctrl("s")], help: env.text.keySave)])
    }

    mutating func reload(env: AppEnvironment) throws {
        if fields[.creditCode]!.isEmpty, districtIndex == 0, let district = env.inspector?.district {
            districtIndex = Self.districts.firstIndex(of: district) ?? 0
        }
    }

    func text(_ field: Field) -> String { fields[field]?.text ?? "" }

    // MARK: Drafts

    /// Nothing is stored until the form is saved, so every typed field is the draft (and the
    /// district chosen with them).
    var draft: ScreenDraft? {
        guard !created, !isBlank else { return nil }
        var texts: [String: String] = ["district": String(districtIndex), "outOfTown": outOfTown ? "1" : "0",
                                       "outOfTownChosen": outOfTownChosen ? "1" : "0"]
        for (field, state) in fields where !state.isEmpty { texts[String(describing: field)] = state.text }
        let focused = focus.focused
        return ScreenDraft(fields: texts, focus: focused.map { String(describing: $0) },
                           cursor: focused.flatMap { fields[$0]?.cursor } ?? 0)
    }

    mutating func restore(_ draft: ScreenDraft, env: AppEnvironment) {
        for field in Field.allCases {
            guard let text = draft.fields[String(describing: field)], var state = fields[field] else { continue }
            state.text = text
            fields[field] = state
        }
        if let index = draft.fields["district"].flatMap(Int.init), Self.districts.indices.contains(index) {
            districtIndex = index
        }
        outOfTown = draft.fields["outOfTown"] == "1"
        outOfTownChosen = draft.fields["outOfTownChosen"] == "1"
        if let focused = Field.allCases.first(where: { String(describing: $0) == draft.focus }) {
            focus.focus(focused)
            fields[focused]?.moveCursor(to: draft.cursor)
        }
        // Fields that were wrong when left say so again.
        for field in [Field.creditCode, .employees] where field != focus.focused && !text(field).isEmpty {
            left(field, env: env)
        }
    }

    private var isBlank: Bool { fields.values.allSatisfy(\.isEmpty) }

    mutating func handle(_ key: Key, area: Rect, env: inout AppEnvironment) -> ScreenOutcome {
        let wasArmed = discardArmed
        discardArmed = false
        if keyMap(env).match(key) == .save { return save(env: env) }
        if key == .escape {
            if isBlank || wasArmed { return .ignored }  // the app goes back
            let outcome = save(env: env)
            if case .replace = outcome { return outcome }
            discardArmed = true
            return .notice(env.text.unsavedEnterprise)
        }
        let (layout, scroll) = scrolledLayout(area: area, env: env)
        // Mouse hits in the coordinates the form is laid out in.
        let key = scroll.contentKey(key)
        if case .mouse(let event) = key, event.isClick, layout.save.contains(event.position) {
            return save(env: env)
        }
        if let field = focus.focused {
            if var state = fields[field] {
                // The employee count takes digits only, as typed (like the visit form's figures).
                var key = key
                if field == .employees {
                    guard let digits = key.keepingDigits else { return .handled }
                    key = digits
                }
                let result = state.handle(key)
                if result != .ignored {
                    fields[field] = state
                    if result == .edited { edited(field, env: env) }
                    return .handled
                }
            } else if field == .district, let step = key.choiceStep {
                districtIndex = (districtIndex + step + Self.districts.count) % Self.districts.count
                return .handled
            } else if field == .outOfTown, key.choiceStep != nil {
                outOfTown.toggle()
                outOfTownChosen = true
                return .handled
            } else if field == .save, key == .enter || key == .character(" ") {
                return save(env: env)
            }
        }
        let before = focus.focused
        if key == .enter { focus.next() } else if !focus.handle(key, fieldRects: layout.fieldRects) { return .ignored }
        if let before, before != focus.focused { left(before, env: env) }
        return .handled
    }

    /// While typing, an error goes away; a complete credit code is checked at once.
    private mutating func edited(_ field: Field, env: AppEnvironment) {
        errors[field] = nil
        if field == .creditCode {
            followCreditCode()
            if text(.creditCode).count == 18 { checkCreditCode(env: env) }
        }
    }

    /// Until chosen by hand, the flag says what the code's registering authority says.
    private mutating func followCreditCode() {
        guard !outOfTownChosen else { return }
        outOfTown = Enterprise.isOutOfTown(creditCode: text(.creditCode))
    }

    /// Where a complete credit code says the enterprise was registered, for the flag's row.
    var registration: AdministrativeDivision? {
        guard text(.creditCode).count == 18 else { return nil }
        return AdministrativeDivision(creditCode: text(.creditCode).uppercased())
    }

    /// Checks a field when focus leaves it.
    private mutating func left(_ field: Field, env: AppEnvironment) {
        switch field {
        case .creditCode where !text(.creditCode).isEmpty: checkCreditCode(env: env)
        case .employees: checkEmployees(env: env)
        default: break
        }
    }

    private mutating func checkCreditCode(env: AppEnvironment) {
        do {
            let code = try CreditCode.validate(text(.creditCode))
            if let existing = try env.db.enterprise(creditCode: code) {
                errors[.creditCode] = CoreError.duplicateCreditCode(code: code, existingName: existing.name)
                    .message(in: env.language)
            }
        } catch {
            errors[.creditCode] = env.message(for: error)
        }
    }

    /// The employee count as typed: nil when empty or not a whole number.
    private var employeeCount: Int? { Int(text(.employees).trimmingCharacters(in: .whitespaces)) }

    /// Records an inline error when the employee count is given but is not a whole number ≥ 0.
    @discardableResult
    private mutating func checkEmployees(env: AppEnvironment) -> Bool {
        let raw = text(.employees).trimmingCharacters(in: .whitespaces)
        guard raw.isEmpty || (employeeCount ?? -1) >= 0 else {
            errors[.employees] = env.text.employeesNotANumber
            return false
        }
        return true
    }

    private mutating func save(env: AppEnvironment) -> ScreenOutcome {
        errors = [:]
        let employeesValid = checkEmployees(env: env)
        let enterprise = Enterprise(
            creditCode: text(.creditCode), name: text(.name), address: text(.address),
            district: Self.districts[districtIndex], industry: text(.industry), ownershipType: text(.ownership),
            employeeCount: employeeCount, contactPerson: text(.contact), phone: text(.phone),
            source: .field, outOfTown: outOfTown)
        do {
            let valid = try enterprise.validated()
            guard employeesValid else { focus.focus(.employees); return .handled }
            let saved = try env.db.createEnterprise(valid)
            created = true
            return .replace(.enterprise(id: saved.id))
        } catch let error as CoreError {
            let field: Field = switch error {
            case .emptyField: .name
            case .negativeFigure: .employees
            default: .creditCode
            }
            errors[field] = error.message(in: env.language)
            focus.focus(field)
            return .handled
        } catch {
            return .error(env.message(for: error))
        }
    }

    /// Where each part of the form is drawn (render and mouse hits share it). Fields that can
    /// show an error get a second row for it.
    struct Layout {
        var intro: Rect
        var labelWidth: Int
        var rects: [Field: Rect] = [:]
        /// The rows under a field for its error message (wrapped; credit-code messages are long).
        var errorRects: [Field: Rect] = [:]
        var save: Rect

        static let errorRows: [Field: Int] = [.creditCode: 2, .name: 1, .employees: 1]

        init(area: Rect, env: AppEnvironment) {
            let text = env.text
            let inner = area.inset(horizontal: 2, vertical: 0)
            intro = Rect(x: inner.x, y: inner.y, width: inner.width, height: 2)
            let labels = [text.fieldCreditCode, text.fieldName, text.fieldAddress, text.fieldDistrict, text.fieldOutOfTown, text.fieldIndustry,
                          text.fieldOwnership, text.fieldEmployees, text.fieldContact, text.fieldPhone]
            labelWidth = (labels.map(\.displayWidth).max() ?? 0) + 2
            let fieldX = inner.x + labelWidth
            let width = max(10, min(60, inner.width - labelWidth))
            var y = inner.y + 3
            for field in Field.allCases where field != .save {
                rects[field] = Rect(x: fieldX, y: y, width: width, height: 1)
                y += 1
                if let rows = Self.errorRows[field] {
                    errorRects[field] = Rect(x: fieldX, y: y, width: max(10, inner.right - fieldX), height: rows)
                    y += rows
                }
            }
            save = Rect(x: fieldX, y: min(y + 1, inner.bottom - 1), width: text.saveEnterprise.displayWidth + 4, height: 1)
        }

        var fieldRects: [Field: Rect] { rects.merging([.save: save]) { a, _ in a } }

        /// The intro, the fields with their error rows and the save button: below this height
        /// the form scrolls.
        static let minimumHeight = 3 + Field.allCases.count - 1 + errorRows.values.reduce(0, +) + 2
    }

    /// The form in content coordinates and the viewport that keeps the focused field (and its
    /// error rows) in `area`.
    func scrolledLayout(area: Rect, env: AppEnvironment) -> (Layout, ScrollView) {
        let contentHeight = max(area.height, Layout.minimumHeight)
        let layout = Layout(area: Rect(x: area.x, y: 0, width: area.width, height: contentHeight), env: env)
        var rows = 0..<1
        if let focused = focus.focused, let rect = layout.fieldRects[focused] {
            rows = rect.y..<(layout.errorRects[focused]?.bottom ?? rect.bottom)
        }
        let offset = ScrollView.offset(showing: rows, viewport: area.height, contentHeight: contentHeight)
        return (layout, ScrollView(area: area, contentHeight: contentHeight, offset: offset, theme: env.theme))
    }

    func render(into buffer: inout Buffer, area: Rect, env: AppEnvironment) {
        let (layout, scroll) = scrolledLayout(area: area, env: env)
        scroll.render(into: &buffer) { content, _ in renderForm(layout, into: &content, env: env) }
    }

    private func renderForm(_ layout: Layout, into buffer: inout Buffer, env: AppEnvironment) {
        let text = env.text
        let theme = env.theme
        Paragraph(text.newEnterpriseIntro, style: theme.muted).render(in: layout.intro, buffer: &buffer)
        let labels: [Field: String] = [
            .creditCode: text.fieldCreditCode, .outOfTown: text.fieldOutOfTown, .name: text.fieldName, .address: text.fieldAddress,
            .district: text.fieldDistrict, .industry: text.fieldIndustry, .ownership: text.fieldOwnership,
            .employees: text.fieldEmployees, .contact: text.fieldContact, .phone: text.fieldPhone,
        ]
        for field in Field.allCases where field != .save {
            let rect = layout.rects[field]!
            let style = focus.isFocused(field) ? theme.title : theme.normal
            buffer.write(labels[field]!.truncated(toWidth: layout.labelWidth - 1),
                         at: Point(x: rect.x - layout.labelWidth, y: rect.y), style: style)
            if var state = fields[field] {
                let placeholder = field == .creditCode ? text.creditCodePlaceholder : ""
                TextField(placeholder: placeholder, isFocused: focus.isFocused(field), error: errors[field], theme: theme)
                    .render(in: rect, buffer: &buffer, state: &state)
                if let error = errors[field], let errorRect = layout.errorRects[field] {
                    Paragraph(error, style: theme.error).render(in: errorRect, buffer: &buffer)
                }
            }
        }
        let district = Self.districts[districtIndex].isEmpty ? text.districtNone : Self.districts[districtIndex]
        renderChoice(district, field: .district, note: nil, layout: layout, into: &buffer, env: env)
        // The flag, and where the code says the enterprise was registered (or that the flag
        // follows the code) so the inspector sees why it is what it is.
        let place = registration.map { text.registeredIn($0.label(in: env.language)) }
        let note = [place, outOfTownChosen ? nil : text.outOfTownFollowsCode].compactMap { $0 }.joined(separator: env.language == .zh ? "，" : "; ")
        renderChoice(outOfTown ? text.outOfTownYes : text.outOfTownNo, field: .outOfTown,
                     note: note.isEmpty ? nil : note, layout: layout, into: &buffer, env: env)
        buffer.write("[ " + text.saveEnterprise + " ]", at: layout.save.origin,
                     style: focus.isFocused(.save) ? theme.selected : theme.normal)
    }

    /// A ‹ value › choice, the ←/→ hint while focused, then `note` in muted text.
    private func renderChoice(_ value: String, field: Field, note: String?, layout: Layout,
                              into buffer: inout Buffer, env: AppEnvironment) {
        let theme = env.theme
        let rect = Rect(x: layout.rects[field]!.x, y: layout.rects[field]!.y,
                        width: max(10, layout.intro.right - layout.rects[field]!.x), height: 1)
        let focused = focus.isFocused(field)
        let choiceStyle = focused ? theme.focusedField : theme.field
        let choice = "‹ " + value + " ›"
        buffer.fill(Rect(x: rect.x, y: rect.y, width: min(choice.displayWidth, rect.width), height: 1), style: choiceStyle)
        var end = buffer.write(choice, at: rect.origin, style: choiceStyle, clip: rect)
        if focused { end = buffer.write(env.text.choiceHint, at: Point(x: end + 2, y: rect.y), style: theme.muted, clip: rect) }
        if let note { buffer.write(note, at: Point(x: end + 2, y: rect.y), style: theme.muted, clip: rect) }
    }
}
