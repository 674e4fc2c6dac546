#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
// Without this define SwiftPM drops _XOPEN_SOURCE and the wide API disappears.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <signal.h>
#include <unistd.h>
#include <ncurses.h>

// Swift cannot import function-like macros or some globals; these wrappers expose them.
// Columns the current locale gives a character, -1 when it cannot show it (wcwidth is hidden without _XOPEN_SOURCE).
int wcwidth(wchar_t c);
static inline int cnc_wcwidth(wchar_t c) { return wcwidth(c); }
static inline attr_t cnc_a_bold(void) { return A_BOLD; }
static inline attr_t cnc_a_reverse(void) { return A_REVERSE; }
static inline attr_t cnc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cnc_a_dim(void) { return A_DIM; }
static inline attr_t cnc_a_normal(void) { return A_NORMAL; }
static inline mmask_t cnc_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t cnc_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cnc_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t cnc_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cnc_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cnc_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline WINDOW *cnc_stdscr(void) { return stdscr; }
static inline WINDOW *cnc_curscr(void) { return curscr; }
static inline int cnc_lines(void) { return LINES; }
static inline int cnc_cols(void) { return COLS; }
static inline int cnc_colors(void) { return COLORS; }
static inline int cnc_color_pairs(void) { return COLOR_PAIRS; }
static inline int cnc_key_code_yes(void) { return KEY_CODE_YES; }
static inline int cnc_is_utf8_locale(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs && (strcasecmp(cs, "UTF-8") == 0 || strcasecmp(cs, "utf8") == 0);
}
/// True when the terminal has an alternate screen to leave (terminfo's smcup), so quitting restores what was there.
static inline int cnc_has_alternate_screen(void) {
    const char *s = tigetstr("smcup");
    return s != NULL && s != (const char *)-1 && *s != 0;
}
/// Opens curses on the process's stdin/stdout; NULL (not exit) when TERM is unknown.
static inline SCREEN *cnc_newterm(void) { return newterm(NULL, stdout, stdin); }
/// Draws one wide string at (y, x) with the given attributes and colour pair.
static inline int cnc_put(int y, int x, const wchar_t *s, attr_t attrs, short pair) {
    attr_set(attrs, pair, NULL);
    return mvaddwstr(y, x, s);
}
#endif
