/* journal.c - the journal is the output: one JSON line per finished request, appended with the
   library's crash-safe JSONL writer (a torn last line from a crash is cut off when the next run
   opens it). A record has the request's key (SHA-256 of body, job and index), job, index i,
   attempts, the 429s it met, what it was (id, topic ...), the result and "status" ("done" or
   "failed"). Each run ends with a line {"stop": "finished" | "interrupted" | "stopped", ...,
   "in_flight": N}; a run killed outright leaves none.

   The lock is flock() on the journal itself: a second writer is refused; a killed one's lock
   goes with it. `teacher status` and `teacher export` read without the lock (a journal being
   written is read up to its last whole line). */
#include "teacher.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

int journal_lock(const char *cmd, const char *path) {
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        cli_failf(cmd, 2, "%s: %s", path, strerror(errno));
        return -1;
    }
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        cli_failf(cmd, 2, "%s: %s", path,
                  errno == EWOULDBLOCK ? "another teacher is writing this journal (it holds the lock); wait for it or stop it"
                                       : strerror(errno));
        close(fd);
        return -1;
    }
    return fd;
}

static int key_cmp(const void *a, const void *b) { return memcmp(a, b, 64); }

int journal_load_keys(const char *path, journal_keys *out) {
    phi_jsonl_reader *r;
    phi_jsonl_opts jo;
    const phi_json *v, *k;
    phi_status st;
    size_t cap = 0;
    memset(&jo, 0, sizeof jo);
    jo.skip_bad = 1;
    out->k = NULL;
    out->n = 0;
    if (phi_jsonl_open_path(&r, path, &jo) != PHI_OK) return -1;
    while ((st = phi_jsonl_next(r, &v)) == PHI_OK) {
        if (!(k = phi_json_get(v, "key")) || k->type != PHI_JSON_STRING || k->len != 64) continue;
        if (out->n == cap) {
            size_t nc = cap ? 2 * cap : 1024;
            char(*nk)[65] = (char(*)[65])realloc(out->k, nc * 65);
            if (!nk) {
                phi_jsonl_close(r);
                return -1;
            }
            out->k = nk, cap = nc;
        }
        memcpy(out->k[out->n++], k->u.s, 65);
    }
    phi_jsonl_close(r);
    if (st != PHI_END) return -1;
    if (out->n) qsort(out->k, out->n, 65, key_cmp);
    return 0;
}

int journal_has(const journal_keys *ks, const char *key) {
    return ks->n && bsearch(key, ks->k, ks->n, 65, key_cmp) != NULL;
}

void journal_keys_free(journal_keys *ks) {
    free(ks->k);
    ks->k = NULL;
    ks->n = 0;
}

/* ---- reading a whole journal: one record per key (the first), in index order ------------------ */

typedef struct jrec {
    int64_t i;
    char *line; /* the raw JSON line */
    size_t len;
    int done;
} jrec;

typedef struct jall {
    jrec *r;
    size_t n;
    journal_keys keys;
    int64_t in_flight_last; /* the last stop line's in_flight, -1 if the journal ends without one */
    size_t stops;
    int64_t attempts, r429, tokens;
    char job[32];
} jall;

static int jrec_cmp(const void *a, const void *b) {
    const jrec *x = (const jrec *)a, *y = (const jrec *)b;
    return x->i < y->i ? -1 : x->i > y->i;
}

static void jall_free(jall *a) {
    size_t i;
    for (i = 0; i < a->n; i++) free(a->r[i].line);
    free(a->r);
    journal_keys_free(&a->keys);
}

static int jall_read(const char *path, jall *a) {
    phi_jsonl_reader *rd;
    phi_jsonl_opts jo;
    const phi_json *v, *k, *x;
    phi_status st;
    size_t cap = 0, capk = 0;
    memset(a, 0, sizeof *a);
    memset(&jo, 0, sizeof jo);
    jo.skip_bad = 1;
    a->in_flight_last = -1;
    if (phi_jsonl_open_path(&rd, path, &jo) != PHI_OK) return -1;
    while ((st = phi_jsonl_next(rd, &v)) == PHI_OK) {
        size_t len, lo, hi, mid;
        const char *line;
        if ((x = phi_json_get(v, "stop")) != NULL) {
            const phi_json *f = phi_json_get(v, "in_flight");
            a->stops++;
            a->in_flight_last = f && f->type == PHI_JSON_INT ? f->u.i : 0;
            continue;
        }
        if (!(k = phi_json_get(v, "key")) || k->type != PHI_JSON_STRING || k->len != 64) continue;
        a->in_flight_last = -1;
        /* first record of each key only: a sorted insert into keys */
        lo = 0, hi = a->keys.n;
        while (lo < hi) {
            mid = (lo + hi) / 2;
            if (memcmp(a->keys.k[mid], k->u.s, 64) < 0) lo = mid + 1;
            else hi = mid;
        }
        if (lo < a->keys.n && !memcmp(a->keys.k[lo], k->u.s, 64)) continue;
        if (a->keys.n == capk) {
            size_t nc = capk ? 2 * capk : 1024;
            char(*nk)[65] = (char(*)[65])realloc(a->keys.k, nc * 65);
            if (!nk) goto oom;
            a->keys.k = nk, capk = nc;
        }
        memmove(a->keys.k[lo + 1], a->keys.k[lo], (a->keys.n - lo) * 65);
        memcpy(a->keys.k[lo], k->u.s, 65);
        a->keys.n++;
        if (a->n == cap) {
            size_t nc = cap ? 2 * cap : 1024;
            jrec *nr = (jrec *)realloc(a->r, nc * sizeof *nr);
            if (!nr) goto oom;
            a->r = nr, cap = nc;
        }
        line = phi_jsonl_line(rd, &len);
        a->r[a->n].line = (char *)malloc(len + 1);
        if (!a->r[a->n].line) goto oom;
        memcpy(a->r[a->n].line, line, len);
        a->r[a->n].line[len] = 0;
        a->r[a->n].len = len;
        a->r[a->n].i = (x = phi_json_get(v, "i")) && x->type == PHI_JSON_INT ? x->u.i : -1;
        a->r[a->n].done = (x = phi_json_get(v, "status")) && x->type == PHI_JSON_STRING && !strcmp(x->u.s, "done");
        a->n++;
        if ((x = phi_json_get(v, "attempts")) && x->type == PHI_JSON_INT) a->attempts += x->u.i;
        if ((x = phi_json_get(v, "r429")) && x->type == PHI_JSON_INT) a->r429 += x->u.i;
        if ((x = phi_json_get(v, "tokens")) && x->type == PHI_JSON_INT) a->tokens += x->u.i;
        if ((x = phi_json_get(v, "job")) && x->type == PHI_JSON_STRING) snprintf(a->job, sizeof a->job, "%s", x->u.s);
    }
    phi_jsonl_close(rd);
    if (st != PHI_END) return -1;
    if (a->n) qsort(a->r, a->n, sizeof *a->r, jrec_cmp);
    return 0;
oom:
    phi_jsonl_close(rd);
    return -1;
}

/* ---- diversity: duplicates, distinct n-grams, compressibility ---------------------------------- */

/* An LZ77 estimate of compressibility (greedy, 4-byte hash, 64 KiB window): a literal costs
   1 byte, a match 3; the ratio is bytes in / bytes out. Not gzip's number, but it moves the
   same way: text that repeats itself compresses more. */
static double lz_ratio(const char *s, size_t n) {
    enum { HB = 16 };
    size_t *head = (size_t *)calloc((size_t)1 << HB, sizeof *head), i = 0, out = 0;
    if (!head || n == 0) {
        free(head);
        return 1.0;
    }
    while (i < n) {
        size_t best = 0;
        if (i + 4 <= n) {
            uint32_t h = ((uint32_t)(unsigned char)s[i] | (uint32_t)(unsigned char)s[i + 1] << 8 |
                          (uint32_t)(unsigned char)s[i + 2] << 16 | (uint32_t)(unsigned char)s[i + 3] << 24) * 2654435761u >> (32 - HB);
            size_t cand = head[h];
            head[h] = i + 1;
            if (cand && i - (cand - 1) <= 65535) {
                size_t c = cand - 1, l = 0;
                while (i + l < n && l < 258 && s[c + l] == s[i + l]) l++;
                if (l >= 4) best = l;
            }
        }
        if (best) out += 3, i += best;
        else out += 1, i += 1;
    }
    free(head);
    return (double)n / (double)out;
}

static int u64_cmp(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static void diversity(const jall *a, cli_json *j) {
    phi_buf all = {0};
    uint64_t *th = (uint64_t *)malloc((a->n + 1) * sizeof *th), *ng = NULL;
    size_t nt = 0, nng = 0, capng = 0, i, dup = 0, distinct = 0;
    phi_json_doc d = {0};
    for (i = 0; i < a->n; i++) {
        const phi_json *t;
        const char *s;
        size_t len, w0[4] = {0}, wl[4] = {0}, nw = 0, p = 0;
        if (!a->r[i].done || phi_json_parse(&d, a->r[i].line, a->r[i].len, NULL) != PHI_OK) continue;
        if (!(t = phi_json_get(d.root, "text")) && !(t = phi_json_get(d.root, "canonical_solution")) && !(t = phi_json_get(d.root, "reply")))
            continue;
        if (t->type != PHI_JSON_STRING) continue;
        s = t->u.s, len = t->len;
        if (th) th[nt++] = phi_fnv1a(PHI_FNV1A_INIT, s, len);
        phi_buf_append(&all, s, len);
        while (p < len) { /* word 4-grams, hashed */
            size_t b;
            while (p < len && (s[p] == ' ' || s[p] == '\n' || s[p] == '\t')) p++;
            b = p;
            while (p < len && s[p] != ' ' && s[p] != '\n' && s[p] != '\t') p++;
            if (p == b) break;
            w0[nw % 4] = b, wl[nw % 4] = p - b, nw++;
            if (nw >= 4) {
                uint64_t h = PHI_FNV1A_INIT;
                size_t q;
                for (q = nw - 4; q < nw; q++) h = phi_fnv1a(phi_fnv1a(h, s + w0[q % 4], wl[q % 4]), " ", 1);
                if (nng == capng) {
                    size_t nc = capng ? 2 * capng : 4096;
                    uint64_t *nn = (uint64_t *)realloc(ng, nc * sizeof *nn);
                    if (!nn) break;
                    ng = nn, capng = nc;
                }
                ng[nng++] = h;
            }
        }
    }
    if (th && nt) {
        qsort(th, nt, sizeof *th, u64_cmp);
        for (i = 1; i < nt; i++) dup += th[i] == th[i - 1];
    }
    if (nng) {
        qsort(ng, nng, sizeof *ng, u64_cmp);
        for (i = 0; i < nng; i++) distinct += i == 0 || ng[i] != ng[i - 1];
    }
    cli_json_u64(j, "texts", nt);
    cli_json_u64(j, "exact_duplicates", dup);
    cli_json_u64(j, "word_4grams", nng);
    cli_json_num(j, "distinct_4gram_share", nng ? (double)distinct / (double)nng : 0);
    cli_json_num(j, "compression_ratio", lz_ratio(all.data, all.len));
    free(th);
    free(ng);
    phi_buf_free(&all);
    phi_json_doc_free(&d);
}

int cmd_status(int argc, char **argv) {
    int div = 0, rc;
    double price = 0.6;
    cli_list args = {NULL, 0};
    cli_flag flags[] = {
        {.name = "--diversity", .type = CLI_SWITCH, .var = &div,
         .help = "also: exact duplicate texts, the share of distinct word 4-grams,\nand an LZ77 compression ratio (higher = more repetitive)"},
        {.name = "--price", .type = CLI_DOUBLE, .var = &price, .meta = "USD", CLI_AT_LEAST(0),
         .help = "dollars per million tokens, for the estimated cost"},
        {.name = NULL}};
    cli_cmd cmd = {"status", "teacher status JOURNAL [--diversity] [--price USD]",
                   "What a journal holds: one JSON line with done, failed, the requests in flight when the last run\n"
                   "stopped (null: it was killed, not stopped), tokens, estimated cost and the share of attempts\n"
                   "that met a 429.\n",
                   flags, &args, "exit status: 0, 2 usage or a journal that cannot be read"};
    jall a;
    cli_json j;
    size_t i, done = 0;
    if ((rc = cli_parse(&cmd, argc - 1, argv + 1)) != CLI_GO) return rc;
    if (args.n != 1) {
        cli_free(&cmd);
        return cli_usage_error(cmd.name, "one journal, please");
    }
    if (jall_read(args.v[0], &a) != 0) {
        cli_free(&cmd);
        return cli_fail(cmd.name, 2);
    }
    for (i = 0; i < a.n; i++) done += a.r[i].done != 0;
    cli_json_begin(&j);
    cli_json_str(&j, "job", a.job);
    cli_json_u64(&j, "records", a.n);
    cli_json_u64(&j, "done", done);
    cli_json_u64(&j, "failed", a.n - done);
    phi_jw_key(&j.w, "in_flight_at_stop");
    if (a.in_flight_last >= 0) phi_jw_int(&j.w, a.in_flight_last);
    else phi_jw_null(&j.w);
    cli_json_int(&j, "tokens", a.tokens);
    cli_json_num(&j, "estimated_usd", (double)a.tokens * price / 1e6);
    cli_json_num(&j, "rate_429", a.attempts ? (double)a.r429 / (double)a.attempts : 0);
    if (div) diversity(&a, &j);
    cli_json_print(&j);
    jall_free(&a);
    cli_free(&cmd);
    return 0;
}

/* what export leaves out: the journal's bookkeeping */
static int bookkeeping(const char *k) {
    static const char *const names[] = {"key", "job", "i", "status", "attempts", "r429", "tokens", "reply", "http", "error", "check", NULL};
    int q;
    for (q = 0; names[q]; q++)
        if (!strcmp(k, names[q])) return 1;
    return 0;
}

int cmd_export(int argc, char **argv) {
    const char *out = NULL, *failed = NULL;
    cli_list args = {NULL, 0};
    cli_flag flags[] = {
        {.name = "--out", .type = CLI_STR, .var = &out, .meta = "FILE", .required = 1,
         .help = "one JSON line per finished request, in index order"},
        {.name = "--failed", .type = CLI_STR, .var = &failed, .meta = "FILE", .dflt = "not written",
         .help = "the failed ones (exercises that did not pass, replies without a score),\nwhole records"},
        {.name = NULL}};
    cli_cmd cmd = {"export", "teacher export JOURNAL --out FILE [--failed FILE]",
                   "The journal's results, one record per key: label {\"id\", \"score\"}; textbook {\"id\", \"topic\",\n"
                   "\"audience\", \"style\", \"words\", \"text\"}; exercises in HumanEval's format {\"task_id\", \"prompt\",\n"
                   "\"canonical_solution\", \"test\", \"entry_point\"}. Written atomically.\n",
                   flags, &args, "exit status: 0, 2 usage or input/output"};
    jall a;
    phi_buf ob = {0}, fb = {0};
    phi_json_doc d = {0};
    size_t i, k, n_out = 0, n_failed = 0;
    int rc;
    if ((rc = cli_parse(&cmd, argc - 1, argv + 1)) != CLI_GO) return rc;
    if (args.n != 1) {
        cli_free(&cmd);
        return cli_usage_error(cmd.name, "one journal, please");
    }
    if (jall_read(args.v[0], &a) != 0) {
        cli_free(&cmd);
        return cli_fail(cmd.name, 2);
    }
    for (i = 0; i < a.n; i++) {
        if (!a.r[i].done) {
            n_failed++;
            phi_buf_append(&fb, a.r[i].line, a.r[i].len);
            phi_buf_append(&fb, "\n", 1);
            continue;
        }
        if (phi_json_parse(&d, a.r[i].line, a.r[i].len, NULL) != PHI_OK) continue;
        {
            phi_json_writer w;
            phi_jw_init(&w, &ob, 0);
            phi_jw_begin_object(&w);
            for (k = 0; k < d.root->len; k++) {
                const phi_json *m = &d.root->u.items[k];
                if (bookkeeping(m->key)) continue;
                phi_jw_keyn(&w, m->key, m->key_len);
                phi_jw_value(&w, m);
            }
            phi_jw_end_object(&w);
            phi_jw_finish(&w);
            phi_buf_append(&ob, "\n", 1);
            n_out++;
        }
    }
    rc = 0;
    if (phi_file_write_atomic(out, ob.data ? ob.data : "", ob.len) != PHI_OK) rc = cli_fail(cmd.name, 2);
    else if (failed && phi_file_write_atomic(failed, fb.data ? fb.data : "", fb.len) != PHI_OK) rc = cli_fail(cmd.name, 2);
    else fprintf(stderr, "teacher export: %zu records to %s, %zu failed%s%s\n", n_out, out, n_failed, failed ? " to " : "", failed ? failed : "");
    phi_buf_free(&ob);
    phi_buf_free(&fb);
    phi_json_doc_free(&d);
    jall_free(&a);
    cli_free(&cmd);
    return rc;
}
