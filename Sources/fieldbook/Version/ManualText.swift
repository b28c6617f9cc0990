/// The root command's discussion: `fieldbook --help` ends with it and the man page (generated
/// from the command tree by argument-parser, see scripts/manual) shows it as its DESCRIPTION, so
/// the files, environment and exit statuses are documented where `man fieldbook` looks.
enum ManualText {
    static let discussion = """
        Without a subcommand Fieldbook opens its terminal interface on the database (F1 lists the keys). \
        Each subcommand does one job and exits; `fieldbook help COMMAND` explains it.

        FILES
          $XDG_DATA_HOME/fieldbook/fieldbook.sqlite   the inspector's database (default ~/.local/share/fieldbook/)
          $XDG_DATA_HOME/fieldbook/demo.sqlite        the demo database (--demo, fieldbook demo)
          $XDG_DATA_HOME/fieldbook/exports/           end-of-day bundles unless --out says otherwise
          $XDG_STATE_HOME/fieldbook/fieldbook.log     the log (default ~/.local/state/fieldbook/), rotated at 1 MiB

        ENVIRONMENT
          LANG, LC_ALL     a UTF-8 locale is required; zh_* gives Chinese messages until an inspector chooses
          XDG_DATA_HOME, XDG_STATE_HOME   where databases and the log live
          TERM             the terminal the interface draws on

        EXIT STATUS
          0 done; 1 not done for another reason (nothing changed since the last export); \
        64 usage error; 65 data refused (a bundle, pack, CSV or checklist; a database of the wrong kind); \
        66 input missing or unreadable; 70 internal error; 73 cannot create the output; \
        74 I/O error (disk full, read-only); 75 database in use, try again.
        """
}
