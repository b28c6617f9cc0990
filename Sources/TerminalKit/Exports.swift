// Cells store `Glyph`s and widgets measure with `displayWidth`, so whoever draws with TerminalKit
// needs the width module too: re-exported, so `import TerminalKit` keeps meaning "the toolkit".
@_exported import DisplayWidth
