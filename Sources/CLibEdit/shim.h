// The C surface of libedit (BSD editline) that the `evg` REPL uses.
// `el_set`, `el_get` and `history` are variadic, which Swift cannot call: each use gets a
// fixed-signature wrapper here.
#ifndef EVIDENCEGRAPH_CLIBEDIT_SHIM_H
#define EVIDENCEGRAPH_CLIBEDIT_SHIM_H
#include <stdio.h>
#include <wchar.h>
#include <histedit.h>

/// The user-defined editor function type (`EL_ADDFN`).
typedef unsigned char (*evg_el_func_t)(EditLine *, int);
/// The prompt function type (`EL_PROMPT_ESC`).
typedef char *(*evg_el_prompt_t)(EditLine *);

/// An editor on the standard streams (Swift 6 cannot read the C `stdin` globals).
static inline EditLine *evg_el_init_standard(const char *prog) { return el_init(prog, stdin, stdout, stderr); }
static inline int evg_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int evg_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
/// A prompt whose non-printing sequences (colour) are enclosed in `escape` characters.
static inline int evg_el_set_prompt(EditLine *el, evg_el_prompt_t f, char escape) { return el_set(el, EL_PROMPT_ESC, f, escape); }
static inline int evg_el_set_getcfn(EditLine *el, el_rfunc_t f) { return el_set(el, EL_GETCFN, f); }
static inline int evg_el_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline void *evg_el_get_clientdata(EditLine *el) { void *data = NULL; el_get(el, EL_CLIENTDATA, &data); return data; }
static inline int evg_el_addfn(EditLine *el, const char *name, const char *help, evg_el_func_t f) { return el_set(el, EL_ADDFN, name, help, f); }
/// Binds a key sequence (`"^I"`, `"\\e[H"`) to an editor function by name.
static inline int evg_el_bind(EditLine *el, const char *keys, const char *function) { return el_set(el, EL_BIND, keys, function, NULL); }
static inline int evg_el_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
/// Reads the user's ~/.editrc (or $EDITRC), as other libedit programs do.
static inline int evg_el_source_user_file(EditLine *el) { return el_source(el, NULL); }

static inline int evg_history_setsize(History *h, int size) { HistEvent ev; return history(h, &ev, H_SETSIZE, size); }
static inline int evg_history_setunique(History *h, int unique) { HistEvent ev; return history(h, &ev, H_SETUNIQUE, unique); }
static inline int evg_history_enter(History *h, const char *line) { HistEvent ev; return history(h, &ev, H_ENTER, line); }
static inline int evg_history_load(History *h, const char *file) { HistEvent ev; return history(h, &ev, H_LOAD, file); }
static inline int evg_history_save(History *h, const char *file) { HistEvent ev; return history(h, &ev, H_SAVE, file); }
#endif
