/* teacher.h - the teacher program's shared declarations (every .c file of tools/teacher/). DESIGN.md, "Teacher".

   main.c     the subcommands and their --help
   client.c   the run: one thread, poll() over N keep-alive connections (client.h: its state)
   reply.c    what a reply does: a record, a failure, a retry, a 429 pause, the rate limits
   tls.c      the TLS-free proxy pattern: an `openssl s_client` helper per https connection,
              and `teacher tls-proxy`
   journal.c  the journal (append-only JSONL, the output), its lock, `status` and `export`
   jobs.c     label, textbook and exercises: their requests and what a reply becomes
   mock.c     `teacher mock-server`: an OpenAI-compatible stand-in with injected faults
   sha256.c   SHA-256, the journal's keys */
#ifndef PHI_TEACHER_H
#define PHI_TEACHER_H

/* POSIX and the common BSD extras (flock, prctl) before any system header */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE
#endif
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "../cli.h"
#include "../http.h"

/* ---- sha256.c ------------------------------------------------------------------------------ */
typedef struct sha256_ctx {
    uint32_t h[8];
    uint64_t n;
    unsigned char buf[64];
    size_t fill;
} sha256_ctx;
void sha256_init(sha256_ctx *s);
void sha256_update(sha256_ctx *s, const void *data, size_t n);
void sha256_final(sha256_ctx *s, unsigned char out[32]);
void sha256_hex(const void *data, size_t n, char hex[65]);

/* ---- jobs (jobs.c) and the run (client.c) ------------------------------------------------- */

/* What a job gives the run: n requests, the body of each, and what its reply becomes. */
typedef struct tc_job {
    const char *name; /* "label", "textbook", "exercises": in the keys and the journal */
    size_t n;
    void *user;
    /* The chat messages of request i as a JSON array, appended to out (the run adds the model
       and the sampling options). 0, or -1 after printing why. */
    int (*messages)(void *user, size_t i, phi_buf *out);
    /* Members of request i's journal record that say what it was (its id, its topic). */
    void (*describe)(void *user, size_t i, phi_json_writer *jw);
    /* The reply of request i: writes the result's members and returns 1, or writes "error"
       and returns 0 (journaled as failed: no number in a label's reply, an exercise that
       fails its tests). */
    int (*finish)(void *user, size_t i, const char *content, size_t len, phi_json_writer *jw);
} tc_job;

typedef struct tc_opts {
    const char *base_url, *model, *api_key_env, *journal, *tls_helper, *cafile;
    long parallel, max_retries, max_tokens;
    double temperature, connect_timeout, idle_timeout, timeout, retry_base, retry_max, rpm, tpm, grace;
    int stream, quiet;
} tc_opts;
void tc_opts_defaults(tc_opts *o);
/* The teacher's common flags (base URL, model, key, parallelism, timeouts ...), into f. */
int tc_flags(cli_flag *f, tc_opts *o);
/* Runs the job to the end: every request not yet in the journal is sent, until each is done
   or failed. Returns the exit status (0 done, 1 some gave up or the run was stopped, 2 usage
   or input/output). */
int tc_run(const char *cmd, const tc_opts *o, tc_job *job);

/* ---- the journal (journal.c) ---------------------------------------------------------------- */

/* The lock: an exclusive flock on the journal file itself. -1 when another process holds it
   (after printing so). */
int journal_lock(const char *cmd, const char *path);
/* The keys of every record in the journal, sorted (hex, 64 chars + NUL each). */
typedef struct journal_keys {
    char (*k)[65];
    size_t n;
} journal_keys;
int journal_load_keys(const char *path, journal_keys *out);
int journal_has(const journal_keys *ks, const char *key);
void journal_keys_free(journal_keys *ks);

int cmd_status(int argc, char **argv);
int cmd_export(int argc, char **argv);

/* ---- tls.c ---------------------------------------------------------------------------------- */

/* Starts the helper for host:port on a socketpair and returns our end (-1 on failure, message in
   err). *pid and *errfd (the helper's stderr, a non-blocking pipe) are for tls_helper_end. The
   helper gets our environment without key_env's variable, nor any variable holding the key. */
int tls_helper_start(const char *tmpl, const char *host, const char *port, const char *cafile, const char *key_env,
                     const char *key, pid_t *pid, int *errfd, char *err, size_t errlen);
/* Stops and reaps the helper; its last stderr lines (the reason it failed) go into why. */
void tls_helper_end(pid_t pid, int errfd, char *why, size_t whylen);
int cmd_tls_proxy(int argc, char **argv);

/* ---- jobs.c, mock.c ------------------------------------------------------------------------- */

int cmd_label(int argc, char **argv);
int cmd_textbook(int argc, char **argv);
int cmd_exercises(int argc, char **argv);
int cmd_mock_server(int argc, char **argv);

/* The markers around the document in a label request: the mock server's stand-in rubric reads
   what is between them. */
#define TEACHER_DOC_BEGIN "<<<DOCUMENT>>>\n"
#define TEACHER_DOC_END "\n<<<END>>>"

/* First number in text (an optional '-', digits, an optional fraction), or 0 if none. */
int teacher_first_number(const char *s, size_t n, double *out);

#endif /* PHI_TEACHER_H */
