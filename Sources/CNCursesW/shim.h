// The one header through which Swift sees ncursesw (imported only by CursesTerminal).
// NCURSES_WIDECHAR must precede the include, or cchar_t / wadd_wch / wget_wch stay undeclared.
#ifndef FIELDBOOK_CNCURSESW_SHIM_H
#define FIELDBOOK_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <termios.h>
#include <pty.h>
#include <ncursesw/curses.h>

// Glibc's Swift module omits these two.
extern int wcwidth(wchar_t c);
extern int wcswidth(const wchar_t *s, size_t n);

// Swift 6 cannot read these C globals (mutable state of the library) or function-like macros.
static inline WINDOW *fb_stdscr(void) { return stdscr; }
static inline int fb_lines(void) { return LINES; }
static inline int fb_cols(void) { return COLS; }
static inline int fb_colors(void) { return COLORS; }
static inline int fb_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *fb_stdin(void) { return stdin; }
static inline FILE *fb_stdout(void) { return stdout; }

// Video attributes (macros built with NCURSES_BITS).
static inline attr_t fb_a_normal(void) { return A_NORMAL; }
static inline attr_t fb_a_bold(void) { return A_BOLD; }
static inline attr_t fb_a_dim(void) { return A_DIM; }
static inline attr_t fb_a_reverse(void) { return A_REVERSE; }
static inline attr_t fb_a_underline(void) { return A_UNDERLINE; }
static inline attr_t fb_a_italic(void) { return A_ITALIC; }

// Mouse masks (composed macros).
static inline mmask_t fb_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t fb_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }
static inline mmask_t fb_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t fb_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t fb_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t fb_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t fb_button2_clicked(void) { return BUTTON2_CLICKED | BUTTON2_PRESSED; }
static inline mmask_t fb_button3_clicked(void) { return BUTTON3_CLICKED | BUTTON3_PRESSED; }
static inline mmask_t fb_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t fb_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t fb_button_shift(void) { return BUTTON_SHIFT; }
static inline mmask_t fb_button_ctrl(void) { return BUTTON_CTRL; }
static inline mmask_t fb_button_alt(void) { return BUTTON_ALT; }

// Fills a cchar_t the way setcchar does for valid input (a base character and up to four
// combining ones, already checked by TerminalKit), without setcchar's per-call validation, which
// dominated presenting a full screen. The pair goes in ext_color and, capped at 255, in the
// attribute bits — ncurses' own SetPair.
static inline void fb_fill_cchar(cchar_t *cell, const wchar_t *text, int count, attr_t attrs, int pair) {
    cell->attr = (attrs & ~A_COLOR) | (attr_t)COLOR_PAIR(pair > 255 ? 255 : pair);
    for (int i = 0; i < CCHARW_MAX; i++) cell->chars[i] = i < count ? text[i] : 0;
    cell->ext_color = pair;
}
// tiparm is variadic, which Swift cannot call: one wrapper per parameter count we use (cup,
// setaf/setab). The result is ncurses' static buffer, valid until the next call.
static inline const char *fb_tiparm1(const char *cap, int p1) { return tiparm(cap, p1); }
static inline const char *fb_tiparm2(const char *cap, int p1, int p2) { return tiparm(cap, p1, p2); }
#endif
