/* reply.c - what a complete reply does to a run (client.c has the connections and the loop):
   a record journaled, a failure journaled, a retry scheduled after a backoff or the server's
   retry-after, a global pause on 429, the rate-limit buckets taken from the x-ratelimit-*
   headers. The table of what each status does is at the top of client.c. */
#include "client.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

double tc_backoff(tc_run_state *s, size_t i) {
    double d = s->o->retry_base * pow(2.0, s->attempts[i] > 1 ? s->attempts[i] - 1 : 0);
    if (d > s->o->retry_max) d = s->o->retry_max;
    return d * (0.5 + 0.5 * phi_rng_double(&s->rng));
}

/* the server's wish: retry-after-ms, else retry-after (seconds); -1 if none */
static double tc_retry_after(const http_parser *p) {
    size_t n;
    const char *v = http_header_get(p, "retry-after-ms", &n);
    char tmp[32];
    if (v && n && n < sizeof tmp) {
        memcpy(tmp, v, n), tmp[n] = 0;
        return atof(tmp) / 1000.0;
    }
    v = http_header_get(p, "retry-after", &n);
    if (v && n && n < sizeof tmp && strspn(v, "0123456789.") >= n) {
        memcpy(tmp, v, n), tmp[n] = 0;
        return atof(tmp);
    }
    return -1;
}

/* "1s", "6m0s", "20ms", "1.5s": seconds */
static double tc_duration(const char *v, size_t n) {
    double t = 0, x = 0;
    size_t i = 0;
    while (i < n) {
        char *e;
        char tmp[32];
        size_t k = n - i < 31 ? n - i : 31;
        memcpy(tmp, v + i, k), tmp[k] = 0;
        x = strtod(tmp, &e);
        if (e == tmp) break;
        i += (size_t)(e - tmp);
        if (i + 1 < n + 1 && i < n && v[i] == 'm' && i + 1 < n && v[i + 1] == 's') t += x / 1000, i += 2;
        else if (i < n && v[i] == 'h') t += x * 3600, i++;
        else if (i < n && v[i] == 'm') t += x * 60, i++;
        else if (i < n && v[i] == 's') t += x, i++;
        else t += x;
    }
    return t;
}

/* The server's budgets: adopt its limits (unless the flags set ours) and stop at zero. */
static void tc_ratelimits(tc_run_state *s, const http_parser *p, double now) {
    static const char *const what[2] = {"requests", "tokens"};
    int k;
    for (k = 0; k < 2; k++) {
        char name[64], tmp[32];
        size_t n;
        const char *v;
        snprintf(name, sizeof name, "x-ratelimit-limit-%s", what[k]);
        if ((v = http_header_get(p, name, &n)) != NULL && n < sizeof tmp) {
            double lim;
            memcpy(tmp, v, n), tmp[n] = 0;
            lim = atof(tmp);
            if (lim > 0) {
                if (k == 0 && !s->o->rpm) s->rpm = lim;
                if (k == 1 && !s->o->tpm) s->tpm = lim;
            }
        }
        snprintf(name, sizeof name, "x-ratelimit-remaining-%s", what[k]);
        if ((v = http_header_get(p, name, &n)) != NULL && n && v[0] == '0' && n == 1) {
            snprintf(name, sizeof name, "x-ratelimit-reset-%s", what[k]);
            if ((v = http_header_get(p, name, &n)) != NULL) {
                double until = now + tc_duration(v, n);
                if (until > s->pause_until) s->pause_until = until;
            }
        }
    }
}

void tc_refill(tc_run_state *s, double now) {
    double dt = now - s->refill_t;
    s->refill_t = now;
    if (s->rpm > 0) {
        double cap = s->rpm / 60 > 1 ? s->rpm / 60 : 1; /* at most one second's worth at once */
        s->req_bucket += dt * s->rpm / 60;
        if (s->req_bucket > cap) s->req_bucket = cap;
    }
    if (s->tpm > 0) {
        double cap = s->tpm / 60 > (double)s->tok_est ? s->tpm / 60 : (double)s->tok_est;
        s->tok_bucket += dt * s->tpm / 60;
        if (s->tok_bucket > cap) s->tok_bucket = cap;
    }
}

static void tc_push_retry(tc_run_state *s, size_t i, double at) {
    if (s->nretry == s->cap_retry) {
        size_t cap = s->cap_retry ? 2 * s->cap_retry : 64;
        tc_retry *r = (tc_retry *)realloc(s->retry, cap * sizeof *r);
        if (!r) {
            s->fatal = 1;
            return;
        }
        s->retry = r, s->cap_retry = cap;
    }
    s->retry[s->nretry].req = i;
    s->retry[s->nretry++].at = at;
}

/* One more try for request i after `delay`, or give up on it. */
void tc_retry_later(tc_run_state *s, size_t i, double delay, double now, const char *why) {
    if (s->attempts[i] > s->o->max_retries) {
        s->gave_up++;
        if (s->gave_up <= 5) /* the first few; the summary at the end counts them all */
            tc_say(s, "request %zu: gave up after %d attempts (last: %s); run again to retry it%s", i, s->attempts[i], why,
                    s->gave_up == 5 ? " (no more of these messages)" : "");
        return;
    }
    tc_push_retry(s, i, now + delay);
}

/* the record of request i: key, job, index, what it was; then the result and "status" follow */
static phi_json_writer *tc_record(tc_run_state *s, size_t i) {
    phi_json_writer *jw = phi_jsonl_record(s->w);
    phi_jw_begin_object(jw);
    phi_jw_key(jw, "key"), phi_jw_str(jw, s->keys[i]);
    phi_jw_key(jw, "job"), phi_jw_str(jw, s->job->name);
    phi_jw_key(jw, "i"), phi_jw_int(jw, (int64_t)i);
    phi_jw_key(jw, "attempts"), phi_jw_int(jw, s->attempts[i]);
    phi_jw_key(jw, "r429"), phi_jw_int(jw, s->r429[i]);
    if (s->job->describe) s->job->describe(s->job->user, i, jw);
    return jw;
}

static int tc_commit(tc_run_state *s) {
    if (phi_jsonl_commit(s->w) != PHI_OK) {
        tc_say(s, "%s: %s", s->o->journal, phi_errmsg());
        s->fatal = 2;
        return -1;
    }
    s->unflushed++;
    return 0;
}

/* The round's records to the file, fsync'd: before any new request is sent. */
void tc_flush(tc_run_state *s) {
    if (!s->unflushed) return;
    s->unflushed = 0;
    if (phi_jsonl_flush(s->w) != PHI_OK) {
        tc_say(s, "%s: %s", s->o->journal, phi_errmsg());
        s->fatal = 2;
    }
}

static void tc_journal_failed(tc_run_state *s, size_t i, int http, const char *why) {
    phi_json_writer *jw = tc_record(s, i);
    phi_jw_key(jw, "http"), phi_jw_int(jw, http);
    phi_jw_key(jw, "error"), phi_jw_str(jw, why);
    phi_jw_key(jw, "status"), phi_jw_str(jw, "failed");
    phi_jw_end_object(jw);
    if (tc_commit(s) == 0) s->failed++;
}

/* The message of an OpenAI-style error body ({"error": {"message": ...}}), or "" */
static const char *tc_error_message(tc_run_state *s, const char *body, size_t n, const char **code) {
    const phi_json *e, *m, *c;
    *code = "";
    if (phi_json_parse(&s->doc, body, n, NULL) != PHI_OK || !(e = phi_json_get(s->doc.root, "error"))) return "";
    if ((c = phi_json_get(e, "code")) && c->type == PHI_JSON_STRING) *code = c->u.s;
    else if ((c = phi_json_get(e, "type")) && c->type == PHI_JSON_STRING) *code = c->u.s;
    if (e->type == PHI_JSON_STRING) return e->u.s;
    return (m = phi_json_get(e, "message")) && m->type == PHI_JSON_STRING ? m->u.s : "";
}

/* The assistant's text of a 200 reply into s->scratch, tokens into *tok. NULL, or why not. */
static const char *tc_content(tc_run_state *s, const http_parser *p, long *tok) {
    const phi_json *ch, *msg, *c, *u, *t;
    s->scratch.len = 0;
    phi_buf_append(&s->scratch, "", 0);
    *tok = 0;
    if (!s->o->stream) {
        if (phi_json_parse(&s->doc, p->body.data, p->body.len, NULL) != PHI_OK) return "malformed JSON in the reply";
        if (phi_json_get(s->doc.root, "error")) return "an error object instead of a completion";
        if (!(ch = phi_json_at(phi_json_get(s->doc.root, "choices"), 0)) || !(msg = phi_json_get(ch, "message")) ||
            !(c = phi_json_get(msg, "content")) || c->type != PHI_JSON_STRING)
            return "a reply without choices[0].message.content";
        phi_buf_append(&s->scratch, c->u.s, c->len);
        if ((u = phi_json_get(s->doc.root, "usage")) && (t = phi_json_get(u, "total_tokens")) && t->type == PHI_JSON_INT)
            *tok = (long)t->u.i;
        return NULL;
    }
    {
        int r, done = 0;
        http_sse_free(&s->sse);
        while ((r = http_sse_next(&s->sse, p->body.data, p->body.len, 1)) == 1) {
            if (!strcmp(s->sse.data.data, "[DONE]")) {
                done = 1;
                break;
            }
            if (phi_json_parse(&s->doc, s->sse.data.data, s->sse.data.len, NULL) != PHI_OK) return "malformed JSON in the stream";
            if (phi_json_get(s->doc.root, "error")) return "an error object in the stream";
            if ((ch = phi_json_at(phi_json_get(s->doc.root, "choices"), 0)) && (msg = phi_json_get(ch, "delta")) &&
                (c = phi_json_get(msg, "content")) && c->type == PHI_JSON_STRING)
                phi_buf_append(&s->scratch, c->u.s, c->len);
            if ((u = phi_json_get(s->doc.root, "usage")) && (t = phi_json_get(u, "total_tokens")) && t->type == PHI_JSON_INT)
                *tok = (long)t->u.i;
        }
        if (r < 0) return "out of memory";
        if (!done) return "the stream ended without [DONE]";
        return NULL;
    }
}

/* A complete reply to request i. */
void tc_reply(tc_run_state *s, size_t i, const http_parser *p, double now) {
    int st = p->status;
    const char *code, *msg;
    tc_ratelimits(s, p, now);
    if (st == 200) {
        long tok;
        const char *bad = tc_content(s, p, &tok);
        phi_json_writer *jw;
        int ok;
        if (bad) {
            tc_retry_later(s, i, tc_backoff(s, i), now, bad);
            return;
        }
        if (tok && s->tpm > 0) s->tok_bucket -= (double)(tok - s->tok_est); /* the estimate, corrected */
        jw = tc_record(s, i);
        phi_jw_key(jw, "tokens"), phi_jw_int(jw, tok);
        ok = s->job->finish(s->job->user, i, s->scratch.data, s->scratch.len, jw);
        phi_jw_key(jw, "status"), phi_jw_str(jw, ok ? "done" : "failed");
        phi_jw_end_object(jw);
        if (tc_commit(s) == 0) {
            if (ok) s->done++;
            else s->failed++;
        }
        return;
    }
    msg = tc_error_message(s, p->body.data, p->body.len, &code);
    if (st == 401 || st == 403 || st == 404 || (st == 429 && strstr(code, "insufficient_quota"))) {
        if (!s->fatal) /* once, though every connection may bring the same answer */
            tc_say(s, "the server refused with %d%s%s%s; stopping the run: %s", st, *msg ? " (" : "", msg, *msg ? ")" : "",
                   st == 401 ? "is the key right?" : st == 403 ? "is the key allowed to use this model?"
                   : st == 404 ? "are --base-url and --model right?" : "the quota is exhausted");
        s->fatal = 1;
        return;
    }
    if (st == 429) {
        double ra = tc_retry_after(p), d = ra >= 0 ? ra : tc_backoff(s, i);
        s->n429++;
        if (s->r429[i] < 255) s->r429[i]++;
        if (now + d > s->pause_until) s->pause_until = now + d; /* everyone waits, once */
        tc_retry_later(s, i, d, now, "429");
        return;
    }
    if (st == 408 || st == 409 || st >= 500) {
        double ra = tc_retry_after(p);
        char why[32];
        snprintf(why, sizeof why, "HTTP %d", st);
        tc_retry_later(s, i, ra >= 0 ? ra : tc_backoff(s, i), now, why);
        return;
    }
    {
        char why[600];
        snprintf(why, sizeof why, "HTTP %d%s%.500s", st, *msg ? ": " : "", msg);
        tc_journal_failed(s, i, st, why);
    }
}
