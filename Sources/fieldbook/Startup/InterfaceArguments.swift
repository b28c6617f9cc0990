/// The command lines that open the interface — `fieldbook`, `--db PATH` (or `--db=PATH`),
/// `--demo`, `--verbose`, in any order, each at most once — read without argument-parser.
///
/// argument-parser's parse of the root command reflects over every command's options and looks up
/// protocol conformances for each; that was ≈ 8 % of the time from exec to the dashboard's first
/// frame (docs/performance.md). Anything else (a subcommand, a repeated or unknown option, a
/// value that starts with `-`) returns nil and goes to argument-parser as before, so its errors
/// and help stay the only ones. `InterfaceArgumentsTests` holds every accepted line to
/// argument-parser's own reading of it.
struct InterfaceArguments: Equatable {
    var db: String?
    var demo = false
    var verbose = false

    init(db: String? = nil, demo: Bool = false, verbose: Bool = false) {
        self.db = db
        self.demo = demo
        self.verbose = verbose
    }

    init?(_ arguments: [String]) {
        var index = 0
        var seen: Set<String> = []
        while index < arguments.count {
            let argument = arguments[index]
            let name = argument.hasPrefix("--db=") ? "--db" : argument
            guard seen.insert(name).inserted else { return nil }
            switch argument {
            case "--demo": demo = true
            case "--verbose": verbose = true
            case "--db":
                index += 1
                guard index < arguments.count, let value = Self.value(arguments[index]) else { return nil }
                db = value
            default:
                guard argument.hasPrefix("--db="), let value = Self.value(String(argument.dropFirst(5))) else { return nil }
                db = value
            }
            index += 1
        }
    }

    /// An option's value as argument-parser would take it without doubt: not empty, not an option.
    private static func value(_ text: String) -> String? {
        text.isEmpty || text.hasPrefix("-") ? nil : text
    }

    /// The root command as argument-parser would have built it from the same line.
    var command: Fieldbook {
        var store = StoreOptions()
        store.db = db
        store.verbose = verbose
        var command = Fieldbook()
        command.store = store
        command.demo = demo
        return command
    }
}
