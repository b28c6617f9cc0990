import FieldbookBundle
import FieldbookCore
import TerminalKit

/// First run: who uses this database. Shown instead of an error when nobody has run `init`.
struct SetupScreen: Screen {
    enum Field: Hashable, Sendable { case name, district, language, start }
    enum Action: Hashable, Sendable { case save }

    var name = TextFieldState(maxLength: TextLimits.inspectorName)
    var districtIndex = 0
    var language: Language = .zh
    var focus = FocusRing<Field>([.name, .district, .language, .start])
    var nameError = false
    /// The inspector was saved: nothing here is a draft any more.
    var done = false

    /// "None" (city bureau) first, then the districts of Shiyan.
    static let districts = [""] + ShiyanDistricts.all

    var route: Route { .setup }
    var isEditingText: Bool { focus.focused == .name }

    func title(_ env: AppEnvironment) -> String { env.text.setupTitle }

    func keyMap(_ env: AppEnvironment) -> KeyMap<Action> {
        KeyMap([KeyBinding(.save, keys: [.ctrl("s")], help: env.text.keySave)])
    }

    /// The typed name (with the choices made beside it) until the inspector is saved.
    var draft: ScreenDraft? {
        guard !done, !name.isEmpty else { return nil }
        return ScreenDraft(fields: ["name": name.text, "district": String(districtIndex), "language": language.rawValue],
                           focus: focus.focused == .name ? "name" : nil, cursor: name.cursor)
    }

    mutating func restore(_ draft: ScreenDraft, env: AppEnvironment) {
        guard let text = draft.fields["name"] else { return }
        name.text = text
        name.moveCursor(to: draft.cursor)
        if let index = draft.fields["district"].flatMap(Int.init), Self.districts.indices.contains(index) {
            districtIndex = index
        }
        if let chosen = draft.fields["language"].flatMap(Language.init(rawValue:)) { language = chosen }
        if draft.focus == "name" { focus.focus(.name) }
    }

    mutating func handle(_ key: Key, area: Rect, env: inout AppEnvironment) -> ScreenOutcome {
        if keyMap(env).match(key) == .save { return save(env: &env) }
        let layout = Layout(area: area)
        switch focus.focused {
        case .name:
            if name.handle(key) != .ignored { nameError = false; return .handled }
        case .district, .language:
            if let step = key.choiceStep {
                if focus.focused == .district {
                    districtIndex = (districtIndex + step + Self.districts.count) % Self.districts.count
                } else {
                    language = language == .zh ? .en : .zh
                    env.language = language  // the form itself switches, so the choice is visible at once
                }
                return .handled
            }
        case .start:
            if key == .enter || key == .character(" ") { return save(env: &env) }
        case nil: break
        }
        if case .mouse(let event) = key, event.isClick, layout.start.contains(event.position) {
            return save(env: &env)
        }
        if key == .enter { focus.next(); return .handled }
        return focus.handle(key, fieldRects: layout.fieldRects) ? .handled : .ignored
    }

    private mutating func save(env: inout AppEnvironment) -> ScreenOutcome {
        guard !name.text.trimmingCharacters(in: .whitespaces).isEmpty else {
            nameError = true
            focus.focus(.name)
            return .handled
        }
        do {
            let (inspector, _) = try env.db.initialize(inspectorName: name.text, district: Self.districts[districtIndex],
                                                      language: language)
            // Every database that can export has a device signing key (see docs/bundle-format.md).
            _ = try DeviceKeyStore.ensureKey(for: env.db)
            env.inspector = inspector
            env.language = language
            done = true
            return .replace(.dashboard)
        } catch {
            return .error(env.message(for: error))
        }
    }

    /// Where each part of the form is drawn, derived from the screen area (so mouse hits agree
    /// with what is on screen).
    struct Layout {
        let intro: Rect
        let labelWidth: Int
        let name: Rect
        let district: Rect
        let language: Rect
        let start: Rect

        init(area: Rect) {
            let box = area.inset(horizontal: 2, vertical: 1)
            intro = Rect(x: box.x, y: box.y, width: min(box.width, 70), height: 3)
            // "Inspector name" (14 columns) and a gap: no label is cut in either language.
            labelWidth = 16
            let fieldX = box.x + labelWidth
            let fieldWidth = max(10, min(40, box.width - labelWidth))
            name = Rect(x: fieldX, y: box.y + 4, width: fieldWidth, height: 2)
            district = Rect(x: fieldX, y: box.y + 6, width: fieldWidth, height: 1)
            language = Rect(x: fieldX, y: box.y + 8, width: fieldWidth, height: 1)
            start = Rect(x: fieldX, y: box.y + 10, width: 16, height: 1)
        }

        var fieldRects: [Field: Rect] { [.name: name, .district: district, .language: language, .start: start] }
    }

    func render(into buffer: inout Buffer, area: Rect, env: AppEnvironment) {
        let text = env.text
        let theme = env.theme
        let layout = Layout(area: area)
        Paragraph(text.setupIntro, style: theme.normal).render(in: layout.intro, buffer: &buffer)
        let labels: [(Field, String, Rect)] = [(.name, text.setupName, layout.name),
                                               (.district, text.setupDistrict, layout.district),
                                               (.language, text.setupLanguage, layout.language)]
        for (field, label, rect) in labels {
            let style = focus.isFocused(field) ? theme.title : theme.normal
            buffer.write(label.truncated(toWidth: layout.labelWidth - 1), at: Point(x: rect.x - layout.labelWidth, y: rect.y),
                         style: style)
        }
        var nameState = name
        TextField(placeholder: text.setupNamePlaceholder, isFocused: focus.isFocused(.name),
                  error: nameError ? text.setupNameRequired : nil, theme: theme)
            .render(in: layout.name, buffer: &buffer, state: &nameState)
        let district = Self.districts[districtIndex].isEmpty ? text.setupDistrictNone : Self.districts[districtIndex]
        renderChoice("‹ " + district + " ›", in: layout.district, focused: focus.isFocused(.district), env: env, into: &buffer)
        renderChoice("‹ " + (language == .zh ? "中文" : "English") + " ›", in: layout.language,
                     focused: focus.isFocused(.language), env: env, into: &buffer)
        let button = "[ " + text.setupStart + " ]"
        buffer.write(button, at: layout.start.origin, style: focus.isFocused(.start) ? theme.selected : theme.normal)
    }

    private func renderChoice(_ value: String, in rect: Rect, focused: Bool, env: AppEnvironment, into buffer: inout Buffer) {
        buffer.fill(rect, style: focused ? env.theme.focusedField : env.theme.field)
        buffer.write(value, at: rect.origin, style: focused ? env.theme.focusedField : env.theme.field, clip: rect)
        if focused {
            buffer.write(env.text.setupChoiceHint, at: Point(x: rect.x + rect.width + 2, y: rect.y), style: env.theme.muted)
        }
    }
}
