import FieldbookCore
import TerminalKit

/// A seeded, reproducible stream of everything a terminal can deliver: typed English and Chinese,
/// control, Alt and function keys, navigation, mouse presses and wheel anywhere on (and just off)
/// the screen, pastes, resizes between 1×1 and 300×100, and the passing of time.
struct MonkeyKeys {
    /// One step of the stream: a key, or time passing (so notices expire as they would).
    enum Step { case key(Key), wait(seconds: Int) }

    private var random: SeededRandom
    /// The size after the last resize, so mouse positions land on the screen most of the time.
    private(set) var size: Size

    init(seed: UInt64, size: Size) {
        random = SeededRandom(seed: seed)
        self.size = size
    }

    static let english = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-/:;'\"!?@#%&*()[]{}<>_=+\\|~`$^")
    static let chinese = Array("中文王建国鑫泰汽车零部件有限公司十堰张湾区茅箭区劳动合同工资社保派遣加班欠薪整改已未是否")
    /// Characters that are hard on width arithmetic: combining marks, emoji, full-width forms, tabs.
    static let awkward: [Character] = ["e\u{301}", "😀", "👩‍👩‍👧", "Ａ", "\u{200B}", "\t", "ｶ", "\u{7F}", "\u{1B}"]
    static let navigation: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown,
                                    .tab, .backTab, .enter, .escape, .backspace, .delete, .insert]

    mutating func next() -> Step {
        let roll = random.below(1000)
        switch roll {
        case ..<300: return .key(.character(pick(Self.english)))
        case ..<420: return .key(.character(pick(Self.chinese)))
        case ..<430: return .key(.character(pick(Self.awkward)))
        case ..<740: return .key(pick(Self.navigation))
        case ..<790: return .key(.ctrl(pick(Array("abcdefghijklmnopqrstuvwxyz"))))
        case ..<805: return .key(.alt(pick(Self.english)))
        case ..<840: return .key(.function(random.int(in: 1...12)))
        case ..<930: return .key(.mouse(mouse()))
        case ..<950: return .key(.paste(paste()))
        case ..<975: return .key(.resize(resize()))
        default: return .wait(seconds: random.int(in: 1...5))
        }
    }

    private mutating func pick<T>(_ choices: [T]) -> T { choices[random.below(choices.count)] }

    private mutating func mouse() -> MouseEvent {
        let actions: [MouseEvent.Action] = [.press(.left), .press(.left), .press(.left), .release(.left),
                                            .press(.right), .press(.middle), .wheelUp, .wheelDown]
        // Mostly on screen; sometimes just past the edge or far away (terminals do report those).
        let x = random.chance(90) ? random.below(max(size.width, 1)) : random.int(in: -2...(size.width + 40))
        let y = random.chance(90) ? random.below(max(size.height, 1)) : random.int(in: -2...(size.height + 40))
        return MouseEvent(pick(actions), at: Point(x: x, y: y))
    }

    private mutating func paste() -> String {
        let length = random.chance(10) ? random.int(in: 200...2000) : random.int(in: 0...40)
        let alphabet = Self.english + Self.chinese + Self.awkward + ["\n", "\r", "\r\n"]
        return String((0..<length).map { _ in pick(alphabet) })
    }

    private mutating func resize() -> Size {
        size = random.chance(70)
            ? Size(width: random.int(in: 60...160), height: random.int(in: 16...50))
            : Size(width: random.int(in: 1...300), height: random.int(in: 1...100))
        return size
    }
}
