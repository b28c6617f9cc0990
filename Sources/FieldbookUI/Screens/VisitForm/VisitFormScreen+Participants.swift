import FieldbookCore
import TerminalKit

/// The attending enterprises of a policy briefing on the visit form: the field searches the
/// registry as the inspector types (the same indexed search as the enterprise field); Enter adds
/// the highlighted one at once (core's `addParticipant`, stamped and audited); Del opens the list
/// of those added to take one off (a tombstone, so headquarters drops it too). The search being
/// typed is the form's draft like any field.
extension VisitFormScreen {
    /// Del means "take one off" only where it cannot mean deleting typed text.
    var canRemoveParticipant: Bool {
        !isLocked && focus.focused == .participants && !participants.isEmpty
            && (texts[.participants]?.text ?? "").isEmpty && !participantPicker.isOpen
    }

    /// Keys while the attending enterprises are focused; nil passes the key on.
    mutating func handleParticipants(_ key: Key, layout: Layout, env: AppEnvironment) -> ScreenOutcome? {
        if var removal = participantRemoval {
            // The list to take one off is modal (Tab closes it and moves on).
            guard let rect = layout.fields[.participants] else { return nil }
            let result = Self.removalSelect(participants, env: env).handle(key, in: rect, state: &removal,
                                                                          bounds: layout.bounds)
            participantRemoval = removal.isOpen ? removal : nil
            if result == .edited, let index = removal.selected, participants.indices.contains(index) {
                return removeParticipant(participants[index], env: env)
            }
            return result == .ignored ? nil : .handled
        }
        guard participantPicker.isOpen, !isLocked else { return nil }
        switch key {
        case .up: participantPicker.move(-1)
        case .down: participantPicker.move(1)
        case .enter: return addChosenParticipant(env: env)
        case .escape:
            participantPicker.close()
            showStored(.participants)
            problems[.participants] = nil
        case .mouse(let event) where event.isClick && layout.participantDropdown.contains(event.position):
            participantPicker.select(event.position.y - layout.participantDropdown.y)
            return addChosenParticipant(env: env)
        default: return nil
        }
        return .handled
    }

    /// Del on the attending enterprises: the list of those added, none highlighted as chosen.
    mutating func openParticipantRemoval(layout: Layout, env: AppEnvironment) -> ScreenOutcome {
        guard canRemoveParticipant, let rect = layout.fields[.participants] else { return .ignored }
        var state = SelectState()
        _ = Self.removalSelect(participants, env: env).handle(.enter, in: rect, state: &state, bounds: layout.bounds)
        participantRemoval = state
        // The list covers the field's message row: the keys are said in the status line.
        return .notice(env.text.visitParticipantRemoveHint)
    }

    static func removalSelect(_ participants: [AttendingEnterprise], env: AppEnvironment) -> Select {
        Select(participants.map { $0.enterprise.name + "  " + $0.enterprise.district }, isFocused: true, theme: env.theme)
    }

    private mutating func addChosenParticipant(env: AppEnvironment) -> ScreenOutcome {
        guard let visitId, let chosen = participantPicker.selection else {
            problems[.participants] = .enterpriseNotChosen
            return .handled
        }
        do {
            try env.db.addParticipant(visitId: visitId, enterpriseId: chosen.id)
            participants = try env.db.participants(visitId: visitId)
        } catch {
            problems[.participants] = .failure(error)
            return .handled
        }
        problems[.participants] = nil
        participantPicker.close()
        showStored(.participants)
        return .notice(env.text.visitParticipantAdded(chosen.name))
    }

    private mutating func removeParticipant(_ attending: AttendingEnterprise, env: AppEnvironment) -> ScreenOutcome {
        guard let visitId else { return .handled }
        do {
            try env.db.removeParticipant(id: attending.participant.id)
            participants = try env.db.participants(visitId: visitId)
        } catch {
            problems[.participants] = .failure(error)
            return .handled
        }
        problems[.participants] = nil
        return .notice(env.text.visitParticipantRemoved(attending.enterprise.name))
    }

    /// A new type brings its own fields: the focus stays on the type, and the fields of the
    /// new type show their stored values (those of the old type are kept in the database).
    mutating func typeChanged(env: AppEnvironment) {
        guard let visit else { return }
        focus.setOrder(VisitFormField.fields(for: visit.type))
        focus.focus(.type)
        for field in VisitFormField.fields(for: visit.type) where problems[field] == nil && field != .type { showStored(field) }
        if let visitId, visit.type == .policyBriefing {
            do { participants = try env.db.participants(visitId: visitId) } catch { problems[.participants] = .failure(error) }
        }
    }
}
