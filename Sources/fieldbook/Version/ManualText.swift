/// The root command's discussion: `fieldbook --help` ends with it and the man page (generated
/// from the command tree by argument-parser, see scripts/manual) shows it as its DESCRIPTION, so
/// the files, environment and exit statuses are documented where `man fieldbook` looks.
enum ManualText {
    static let discussion = """
        Without a subcommand Fieldbook opens its terminal interface on the database \
        (F1 lists the keys). Each subcommand does one job and exits; \
        `fieldbook help COMMAND` explains it.

        FILES (XDG defaults: ~/.local/share, ~/.local/state)
          $XDG_DATA_HOME/fieldbook/fieldbook.sqlite   the database
          $XDG_DATA_HOME/fieldbook/demo.sqlite        the demo database
          $XDG_DATA_HOME/fieldbook/exports/           end-of-day bundles
          $XDG_STATE_HOME/fieldbook/fieldbook.log     the log (1 MiB, rotated)

        ENVIRONMENT
          LANG, LC_ALL   a UTF-8 locale; zh_* for Chinese messages before init
          TERM           the terminal the interface draws on

        EXIT STATUS
          0   done
          1   not done for another reason (e.g. nothing to export)
          64  usage error
          65  data refused: bundle, pack, CSV, checklist, wrong database
          66  input missing or unreadable
          70  internal error
          73  cannot create the output
          74  I/O error: disk full, read-only
          75  database in use: try again
        """
}
