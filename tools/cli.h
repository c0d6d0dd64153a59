/* cli.h - the shared layer of the phi program (every file of tools/), defined in cli.c.

   A subcommand describes its flags once, in a table of cli_flag that points at its variables:
   cli_parse() reads argv into them and cli_help() prints them, with each variable's initial
   value as the default. Every bad flag is reported the same way ("phi CMD: --flag: reason
   (try 'phi CMD --help')", exit status 2), every failed step too ("phi CMD: " + phi_errmsg()).

   Exit codes of every command: 0 success, 1 the input was checked and found wanting (or a step
   failed), 2 usage or input/output errors. Messages go to stderr, results to stdout. */
#ifndef PHI_CLI_H
#define PHI_CLI_H

#include <signal.h>
#include <stdio.h>

#include "../phi.h"

/* ---- flag tables ---------------------------------------------------------------------------- */

typedef enum cli_type {
    CLI_HEADING, /* not a flag: a heading in --help ("data:") */
    CLI_STR,     /* const char *: a string or a path */
    CLI_INT,     /* int */
    CLI_LONG,    /* long */
    CLI_I64,     /* int64_t */
    CLI_U64,     /* uint64_t, no sign */
    CLI_FLOAT,   /* float */
    CLI_DOUBLE,  /* double */
    CLI_SWITCH,  /* int, set to 1 by the flag, which takes no value */
    CLI_LIST     /* cli_list: repeatable, every value kept in order */
} cli_type;

typedef struct cli_list {
    char **v; /* pointers into argv (writable: a command may unescape them in place) */
    int n;
} cli_list;

#define CLI_NOMAX 1e300                            /* as max: no upper bound */
#define CLI_AT_LEAST(n) .min = (n), .max = CLI_NOMAX /* in a table entry: a number from n up */

typedef struct cli_flag {
    const char *name;  /* "--steps", "-q"; CLI_HEADING: the heading; NULL ends the table */
    cli_type type;
    void *var;         /* what it sets; its value before parsing is the default --help shows */
    const char *meta;  /* the value's name in --help: "N", "PATH" */
    const char *help;  /* a '\n' goes on at the help column of the next line */
    int required;
    double min, max;   /* a number outside [min, max] is refused (checked when min < max) */
    const char *what;  /* the bad-value message's noun ("a number of exercises"); NULL: by type */
    const char *dflt;  /* the default as --help says it, when the value does not ("all CPUs");
                          "" = say none */
    int given;         /* set by cli_parse: how often it was on the command line */
} cli_flag;

typedef struct cli_cmd {
    const char *name;   /* "train", "tokenizer encode": messages begin "phi NAME: " */
    const char *usage;  /* the synopsis, after "usage: "; more lines begin with "       phi" */
    const char *about;  /* what it does, between the synopsis and the flags */
    cli_flag *flags;
    cli_list *args;     /* where positional arguments go; NULL: the command takes none */
    const char *footer; /* after the flags (the exit statuses) */
} cli_cmd;

/* The program's name at the head of every message: "phi" (the teacher sets "teacher"). */
extern const char *cli_prog;

#define CLI_GO (-1) /* cli_parse: carry on (else it returns the exit status) */

/* Reads argv[0 .. argc) into c's variables. Returns CLI_GO, or 0 after printing --help (-h or
   --help anywhere a flag may stand), or 2 after reporting a bad flag, an unexpected argument or
   a missing required flag. Lists grow with each call; cli_free() frees them (cli_parse does
   itself when it returns anything but CLI_GO). */
int cli_parse(cli_cmd *c, int argc, char **argv);
void cli_help(const cli_cmd *c, FILE *f);
void cli_help_flags(const cli_flag *flags, FILE *f); /* the flag lines alone */
void cli_free(cli_cmd *c);
/* --help of a command with subcommands (phi py, phi tokenizer, phi decontam): the synopsis,
   what it does, each subcommand's about and flags (cmd(sub, args, ...) describes subcommand
   sub, its flags pointing into args, at most 31), then the footer. */
typedef cli_cmd (*cli_sub_fn)(int sub, void *args, cli_flag *f, char *name, size_t cap);
void cli_help_subs(FILE *out, const char *usage, const char *about, const char *footer, int nsub, cli_sub_fn cmd, void *args);
int cli_given(const cli_cmd *c, const char *name); /* times the flag was given (cli_flag.given) */

/* "1,2,3" -> numbers in [lo, hi], malloc'ed into *out; their count, or -1 with *bad_at the
   byte offset of the first bad one. */
int cli_numbers(const char *s, long lo, long hi, long **out, size_t *bad_at);

/* ---- reporting ------------------------------------------------------------------------------ */

/* "phi CMD: FLAG: reason (try 'phi CMD --help')"; returns 2. */
int cli_bad_flag(const char *cmd, const char *flag, const char *fmt, ...) PHI__PRINTF(3, 4);
/* "phi CMD: reason (try 'phi CMD --help')"; returns 2. */
int cli_usage_error(const char *cmd, const char *fmt, ...) PHI__PRINTF(2, 3);
/* "phi CMD: " + phi_errmsg(); returns code (1 or 2). */
int cli_fail(const char *cmd, int code);
/* "phi CMD: reason"; returns code. */
int cli_failf(const char *cmd, int code, const char *fmt, ...) PHI__PRINTF(3, 4);

/* The library's log on stderr, for phi_set_log: warnings and information. */
void cli_log(void *user, phi_log_level level, const char *msg);

/* The progress line on stderr: begun for `total` items, printed when phi_progress says one is
   due, and on a terminal finished with a final line. */
void cli_progress_start(phi_progress *p, const char *label, double total);
void cli_progress(phi_progress *p, double done);
void cli_progress_end(phi_progress *p, double done);

/* Ctrl-C, for training: the handler sets cli_interrupted, and the run stops after its step. */
extern volatile sig_atomic_t cli_interrupted;
void cli_catch_interrupt(void);

/* ---- a pool, a model and a tokenizer -------------------------------------------------------- */

typedef struct cli_model {
    phi_pool *pool;
    phi_tokenizer *tok;
    phi_model m;
    int loaded; /* m holds a model */
} cli_model;

/* Loads the tokenizer at tok_path (unless NULL), creates a pool of `threads` workers (unless
   threads < 0; 0 = all CPUs) and loads the model at model_path on it (unless NULL). Returns 0,
   or says why and returns 2 with nothing left open. */
int cli_open(cli_model *r, const char *cmd, const char *model_path, const char *tok_path, int threads);
void cli_close(cli_model *r);

/* ---- JSON: the one-line --json summaries and the small files of a run ----------------------- */

typedef struct cli_json {
    phi_buf b;
    phi_json_writer w;
} cli_json;

void cli_json_begin(cli_json *j); /* an object, on one line */
void cli_json_str(cli_json *j, const char *key, const char *v);
void cli_json_int(cli_json *j, const char *key, int64_t v);
void cli_json_u64(cli_json *j, const char *key, uint64_t v);
void cli_json_num(cli_json *j, const char *key, double v);
/* Close the object and write it with a newline: to stdout, or atomically to a file. Both free
   j and return 1 when it was written. */
int cli_json_print(cli_json *j);
int cli_json_save(cli_json *j, const char *path);

/* ---- texts to train a tokenizer on --------------------------------------------------------- */

typedef struct cli_texts {
    phi_buf buf;       /* the texts one after another */
    size_t *off, *len; /* [n] where each begins in buf, and its bytes */
    size_t n, cap;
} cli_texts;

/* A whole file ('-' = standard input) as one text. 0 on failure (phi_errmsg). */
int cli_texts_file(cli_texts *t, const char *path);
/* The string `field` of every record of a JSON Lines file, a text each (phi_jsonl_read_strings:
   a record without it is an error naming its line). 0 on failure (phi_errmsg). */
int cli_texts_jsonl(cli_texts *t, const char *path, const char *field);
const char **cli_texts_array(const cli_texts *t); /* where each text is, malloc'ed; NULL if out of memory */
void cli_texts_free(cli_texts *t);

/* ---- the subcommands, one file each ---------------------------------------------------------- */

int cmd_json(int argc, char **argv);      /* cmd_json.c */
int cmd_tokenizer(int argc, char **argv); /* cmd_tokenizer.c */
int cmd_py(int argc, char **argv);        /* cmd_py.c */
int cmd_decontam(int argc, char **argv);  /* cmd_decontam.c */
int cmd_forest(int argc, char **argv);    /* cmd_forest.c */
int cmd_quality(int argc, char **argv);   /* cmd_quality.c */
int cmd_train(int argc, char **argv);     /* cmd_train.c */
int cmd_finetune(int argc, char **argv);  /* cmd_train.c */
int cmd_sample(int argc, char **argv);    /* cmd_infer.c */
int cmd_forward(int argc, char **argv);   /* cmd_infer.c */
int cmd_export(int argc, char **argv);    /* cmd_infer.c */
int cmd_eval(int argc, char **argv);      /* cmd_eval.c */
int cmd_exercises(int argc, char **argv); /* cmd_exercises.c */
int cmd_demo(int argc, char **argv);      /* cmd_demo.c */

#endif /* PHI_CLI_H */
