// The one header through which Swift sees ncursesw.
// NCURSES_WIDECHAR must precede the include, or cchar_t / wadd_wch / wget_wch stay undeclared.
#ifndef FIELDBOOK_CNCURSESW_SHIM_H
#define FIELDBOOK_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

extern int wcwidth(wchar_t c);
extern int wcswidth(const wchar_t *s, size_t n);

// Swift 6 cannot read these C globals or macros directly.
static inline WINDOW *fb_stdscr(void) { return stdscr; }
static inline int fb_lines(void) { return LINES; }
static inline int fb_cols(void) { return COLS; }
static inline int fb_colors(void) { return COLORS; }
#endif
