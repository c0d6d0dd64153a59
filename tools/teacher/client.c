/* client.c - a job's run: one thread, poll() over up to --parallel keep-alive connections with one
   request each.

   What happens to a reply:
     200, a well-formed completion  the job's finish() makes the record; journaled
     400 (and other 4xx not below)  journaled as failed with the server's message
     401, 403, 404, quota 429       the run stops once, saying why (nothing more is sent)
     408, 409, 429, 5xx, a connection error or time-out, a body cut short, malformed JSON, an
     error object in a stream      retried after a jittered exponential backoff (base x 2^k,
                                    times 0.5..1, at most --retry-max), or after the server's
                                    retry-after-ms / retry-after when it gives one
   A 429 pauses every connection (one global pause), so a rate-limited server sees one retry,
   not a storm. Requests- and tokens-per-minute budgets (--rpm, --tpm, or the x-ratelimit-*
   headers) are token buckets refilled continuously; a request waits until both have room.

   Exactly once: a request is journaled when its reply is complete, and a record names it by
   key = SHA-256(body "\n" job "\n" index). A run first reads the journal and sends only the
   requests whose key is missing, so after a crash the only requests sent twice are those that
   were in flight (sent, not yet journaled). The records of one round of replies (one poll())
   are written together and fsync'd before any new request goes out: one write and one fsync
   per round, not per record, and a finished record survives even a power cut.

   The key is read from the environment variable named by --api-key-env and goes nowhere but
   the Authorization header: not into messages (they are scrubbed of it), the journal, nor a
   TLS helper's command line or environment. */
#include "client.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

void tc_opts_defaults(tc_opts *o) {
    memset(o, 0, sizeof *o);
    o->base_url = "https://api.openai.com/v1";
    o->model = "gpt-4o-mini";
    o->api_key_env = "OPENAI_API_KEY";
    o->tls_helper = "openssl";
    o->parallel = 16;
    o->max_retries = 10;
    o->max_tokens = 512;
    o->temperature = 1.0;
    o->connect_timeout = 10;
    o->idle_timeout = 60;
    o->timeout = 600;
    o->retry_base = 0.5;
    o->retry_max = 60;
    o->grace = 10;
}

int tc_flags(cli_flag *f, tc_opts *o) {
    int n = 0;
    f[n++] = (cli_flag){.name = "the API:", .type = CLI_HEADING};
    f[n++] = (cli_flag){.name = "--journal", .type = CLI_STR, .var = &o->journal, .meta = "FILE", .required = 1,
                        .help = "the output: one JSON line per finished request; run again to resume"};
    f[n++] = (cli_flag){.name = "--base-url", .type = CLI_STR, .var = &o->base_url, .meta = "URL",
                        .help = "http://HOST[:PORT]/PATH or https:// (through the TLS helper)"};
    f[n++] = (cli_flag){.name = "--model", .type = CLI_STR, .var = &o->model, .meta = "NAME", .help = "the model asked"};
    f[n++] = (cli_flag){.name = "--api-key-env", .type = CLI_STR, .var = &o->api_key_env, .meta = "NAME",
                        .help = "the environment variable holding the key (never a flag); unset = no key"};
    f[n++] = (cli_flag){.name = "--temperature", .type = CLI_DOUBLE, .var = &o->temperature, .meta = "T", .min = 0, .max = 2,
                        .help = "sampling temperature"};
    f[n++] = (cli_flag){.name = "--max-tokens", .type = CLI_LONG, .var = &o->max_tokens, .meta = "N", CLI_AT_LEAST(1),
                        .help = "longest reply, tokens"};
    f[n++] = (cli_flag){.name = "--stream", .type = CLI_SWITCH, .var = &o->stream, .help = "ask for server-sent events"};
    f[n++] = (cli_flag){.name = "--tls-helper", .type = CLI_STR, .var = &o->tls_helper, .meta = "CMD",
                        .help = "https: 'openssl' (s_client, verifying), or a command with {host} and\n{port}, speaking TLS on its stdin/stdout"};
    f[n++] = (cli_flag){.name = "--cafile", .type = CLI_STR, .var = &o->cafile, .meta = "FILE", .dflt = "the system's",
                        .help = "certificates to trust (openssl -CAfile)"};
    f[n++] = (cli_flag){.name = "pace and patience:", .type = CLI_HEADING};
    f[n++] = (cli_flag){.name = "--parallel", .type = CLI_LONG, .var = &o->parallel, .meta = "N", .min = 1, .max = 4096,
                        .help = "connections, one request in flight on each"};
    f[n++] = (cli_flag){.name = "--rpm", .type = CLI_DOUBLE, .var = &o->rpm, .meta = "R", CLI_AT_LEAST(0),
                        .help = "requests per minute at most; 0 = as the server's headers say"};
    f[n++] = (cli_flag){.name = "--tpm", .type = CLI_DOUBLE, .var = &o->tpm, .meta = "T", CLI_AT_LEAST(0),
                        .help = "tokens per minute at most; 0 = as the server's headers say"};
    f[n++] = (cli_flag){.name = "--max-retries", .type = CLI_LONG, .var = &o->max_retries, .meta = "N", CLI_AT_LEAST(0),
                        .help = "retries of one request before the run gives up on it (not journaled)"};
    f[n++] = (cli_flag){.name = "--retry-base", .type = CLI_DOUBLE, .var = &o->retry_base, .meta = "S", CLI_AT_LEAST(0),
                        .help = "first backoff, seconds (doubles each retry, jittered)"};
    f[n++] = (cli_flag){.name = "--retry-max", .type = CLI_DOUBLE, .var = &o->retry_max, .meta = "S", CLI_AT_LEAST(0),
                        .help = "longest backoff, seconds"};
    f[n++] = (cli_flag){.name = "--connect-timeout", .type = CLI_DOUBLE, .var = &o->connect_timeout, .meta = "S", CLI_AT_LEAST(0.001),
                        .help = "seconds to connect"};
    f[n++] = (cli_flag){.name = "--idle-timeout", .type = CLI_DOUBLE, .var = &o->idle_timeout, .meta = "S", CLI_AT_LEAST(0.001),
                        .help = "seconds without a byte from the server"};
    f[n++] = (cli_flag){.name = "--timeout", .type = CLI_DOUBLE, .var = &o->timeout, .meta = "S", CLI_AT_LEAST(0.001),
                        .help = "seconds for a whole request"};
    f[n++] = (cli_flag){.name = "--grace", .type = CLI_DOUBLE, .var = &o->grace, .meta = "S", CLI_AT_LEAST(0),
                        .help = "after Ctrl-C, seconds to let requests in flight finish"};
    f[n++] = (cli_flag){.name = "--quiet", .type = CLI_SWITCH, .var = &o->quiet, .help = "no progress line"};
    return n;
}

static volatile sig_atomic_t tc_interrupted;
static void tc_on_signal(int sig) {
    (void)sig;
    tc_interrupted++;
}

void tc_say(tc_run_state *s, const char *fmt, ...) {
    char msg[2048], *p;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (s->key && *s->key)
        while ((p = strstr(msg, s->key)) != NULL) {
            size_t kl = strlen(s->key);
            memmove(p + 5, p + kl, strlen(p + kl) + 1);
            memcpy(p, "[key]", 5);
        }
    fprintf(stderr, "teacher %s: %s\n", s->cmd, msg);
}

static int tc_parse_url(tc_run_state *s, const char *url) {
    const char *p = url, *h, *e, *colon;
    if (!strncmp(p, "http://", 7)) p += 7;
    else if (!strncmp(p, "https://", 8)) p += 8, s->https = 1;
    else return -1;
    h = p;
    e = h + strcspn(h, "/");
    colon = (const char *)memchr(h, ':', (size_t)(e - h));
    if ((colon ? colon : e) == h || (size_t)((colon ? colon : e) - h) >= sizeof s->host) return -1;
    memcpy(s->host, h, (size_t)((colon ? colon : e) - h));
    snprintf(s->port, sizeof s->port, "%.*s", colon ? (int)(e - colon - 1) : 3, colon ? colon + 1 : s->https ? "443" : "80");
    if (!*s->port || strspn(s->port, "0123456789") != strlen(s->port)) return -1;
    s->default_port = !strcmp(s->port, s->https ? "443" : "80");
    snprintf(s->path, sizeof s->path, "%s", e);
    while (*s->path && s->path[strlen(s->path) - 1] == '/') s->path[strlen(s->path) - 1] = 0;
    return 0;
}

/* The request body of i: the job's messages with the model and the options. */
static int tc_body(tc_run_state *s, size_t i, phi_buf *b) {
    const tc_opts *o = s->o;
    b->len = 0;
    phi_buf_printf(b, "{\"model\":");
    {
        phi_json_writer w;
        phi_jw_init(&w, b, 0);
        phi_jw_str(&w, o->model);
        if (phi_jw_finish(&w) != PHI_OK) return -1;
    }
    phi_buf_printf(b, ",\"messages\":");
    if (s->job->messages(s->job->user, i, b) != 0) return -1;
    phi_buf_printf(b, ",\"max_tokens\":%ld,\"temperature\":%g%s}", o->max_tokens, o->temperature,
                   o->stream ? ",\"stream\":true,\"stream_options\":{\"include_usage\":true}" : "");
    return 0;
}

static void tc_key(tc_run_state *s, size_t i, const phi_buf *body, char out[65]) {
    phi_buf k = {0};
    phi_buf_append(&k, body->data, body->len);
    phi_buf_printf(&k, "\n%s\n%zu", s->job->name, i);
    sha256_hex(k.data, k.len, out);
    phi_buf_free(&k);
}

/* ---- connections ------------------------------------------------------------------------------ */

static void tc_slot_close(tc_run_state *s, tc_slot *sl, char *why, size_t whylen) {
    http_conn_close(&sl->c);
    if (sl->helper) {
        char tmp[512];
        tls_helper_end(sl->helper, sl->helper_err, why ? why : tmp, why ? whylen : sizeof tmp);
        sl->helper = 0;
    } else if (why) {
        why[0] = 0;
    }
    (void)s;
}

static int tc_open(tc_run_state *s, tc_slot *sl, double now) {
    char err[512];
    int fd;
    if (s->https) {
        fd = tls_helper_start(s->o->tls_helper, s->host, s->port, s->o->cafile, s->o->api_key_env, s->key, &sl->helper,
                              &sl->helper_err, err, sizeof err);
        if (fd < 0) {
            tc_say(s, "%s", err);
            s->fatal = 2;
            return -1;
        }
        http_conn_attach(&sl->c, fd, 0);
    } else {
        fd = http_connect(s->addr, s->addrlen, err, sizeof err);
        if (fd < 0) return -1;
        http_conn_attach(&sl->c, fd, 1);
    }
    sl->opened = now;
    return 0;
}

/* A failed attempt on slot sl (a connection error, a time-out, a body cut short). */
static void tc_conn_failed(tc_run_state *s, tc_slot *sl, const char *why, int err_no, double now) {
    size_t i = (size_t)sl->req;
    char helper_why[512];
    int reused = sl->c.reused && sl->c.bytes_in == 0;
    tc_slot_close(s, sl, helper_why, sizeof helper_why);
    sl->req = -1;
    s->in_flight--;
    if (s->https && *helper_why && (strstr(helper_why, "verify") || strstr(helper_why, "certificate"))) {
        if (!s->fatal) tc_say(s, "TLS to %s:%s failed: %s", s->host, s->port, helper_why);
        s->fatal = 1;
        return;
    }
    if (s->https && *helper_why && sl->c.bytes_in == 0 && !reused && s->helper_msgs++ < 5)
        tc_say(s, "the TLS helper for %s:%s failed: %s", s->host, s->port, helper_why);
    {
        char w[256];
        snprintf(w, sizeof w, "%s%s%s", why, err_no ? ": " : "", err_no ? strerror(err_no) : "");
        /* a kept-alive connection the server had closed: straight back, no backoff */
        tc_retry_later(s, i, reused && s->attempts[i] <= 1 ? 0 : tc_backoff(s, i), now, w);
    }
}

/* ---- the loop --------------------------------------------------------------------------------- */

static long tc_next_request(tc_run_state *s, double now) {
    size_t k, best = (size_t)-1;
    for (k = 0; k < s->nretry; k++)
        if (s->retry[k].at <= now && (best == (size_t)-1 || s->retry[k].at < s->retry[best].at)) best = k;
    if (best != (size_t)-1) {
        long i = (long)s->retry[best].req;
        s->retry[best] = s->retry[--s->nretry];
        return i;
    }
    if (s->next < s->ntodo) return (long)s->todo[s->next++];
    return -1;
}

static int tc_start(tc_run_state *s, tc_slot *sl, long i, double now) {
    phi_buf *r = &s->req;
    size_t head;
    r->len = 0;
    phi_buf_printf(r, "POST %s/chat/completions HTTP/1.1\r\nHost: %s%s%s\r\nContent-Type: application/json\r\n%s"
                      "Content-Length: 0000000000\r\n\r\n",
                   s->path, s->host, s->default_port ? "" : ":", s->default_port ? "" : s->port, s->auth);
    head = r->len;
    if (tc_body(s, (size_t)i, &s->scratch) != 0) return -1;
    phi_buf_append(r, s->scratch.data, s->scratch.len);
    {
        char num[16];
        snprintf(num, sizeof num, "%010zu", r->len - head);
        memcpy(r->data + head - 14, num, 10); /* Content-Length, zero-padded (leading zeros are fine in it) */
    }
    if (sl->c.state == HTTP_CONN_CLOSED && tc_open(s, sl, now) != 0) {
        s->req_bucket += 0; /* nothing taken */
        return -2;
    }
    http_conn_send(&sl->c, r->data, r->len);
    sl->req = i;
    sl->t0 = sl->last = now;
    s->attempts[i]++;
    s->in_flight++;
    s->sent++;
    return 0;
}

int tc_run(const char *cmd, const tc_opts *o, tc_job *job) {
    tc_run_state s;
    journal_keys ks = {0, 0};
    phi_jsonl_writer_opts wo;
    phi_progress prog;
    double now, stop_at = 0;
    size_t i, total_todo;
    int rc = 0, lockfd;
    char err[512];
    struct pollfd *pf = NULL;
    long *pslot = NULL;
    struct rusage ru;
    memset(&s, 0, sizeof s);
    s.cmd = cmd;
    s.o = o;
    s.job = job;
    if (tc_parse_url(&s, o->base_url) != 0) return cli_bad_flag(cmd, "--base-url", "'%s' is not http(s)://HOST[:PORT][/PATH]", o->base_url);
    s.key = getenv(o->api_key_env);
    if (s.key && *s.key) {
        if (strchr(s.key, '\r') || strchr(s.key, '\n')) return cli_failf(cmd, 2, "%s holds a line break", o->api_key_env);
        snprintf(s.auth, sizeof s.auth, "Authorization: Bearer %s\r\n", s.key);
    }
    if (!s.https && http_resolve(s.host, s.port, s.addr, &s.addrlen, err, sizeof err) != 0) return cli_failf(cmd, 2, "%s", err);
    if ((lockfd = journal_lock(cmd, o->journal)) < 0) return 2;
    if (journal_load_keys(o->journal, &ks) != 0) {
        close(lockfd);
        return cli_fail(cmd, 2);
    }
    s.keys = (char(*)[65])calloc(job->n ? job->n : 1, 65);
    s.attempts = (unsigned char *)calloc(job->n ? job->n : 1, 1);
    s.r429 = (unsigned char *)calloc(job->n ? job->n : 1, 1);
    s.todo = (size_t *)malloc((job->n ? job->n : 1) * sizeof *s.todo);
    s.slots = (tc_slot *)calloc((size_t)o->parallel, sizeof *s.slots);
    pf = (struct pollfd *)malloc((size_t)o->parallel * sizeof *pf);
    pslot = (long *)malloc((size_t)o->parallel * sizeof *pslot);
    if (!s.keys || !s.attempts || !s.r429 || !s.todo || !s.slots || !pf || !pslot) {
        rc = cli_failf(cmd, 2, "out of memory");
        goto out;
    }
    for (i = 0; i < job->n; i++) { /* the keys; what is in the journal already is not sent */
        long est;
        if (tc_body(&s, i, &s.scratch) != 0) {
            rc = 2;
            goto out;
        }
        tc_key(&s, i, &s.scratch, s.keys[i]);
        est = (long)(s.scratch.len / 4) + o->max_tokens;
        if (est > s.tok_est) s.tok_est = est;
        if (!journal_has(&ks, s.keys[i])) s.todo[s.ntodo++] = i;
    }
    total_todo = s.ntodo;
    phi_rng_seed(&s.rng, (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 32)); /* jitter only: nothing kept depends on it */
    for (i = 0; i < (size_t)o->parallel; i++) {
        http_conn_init(&s.slots[i].c, NULL);
        s.slots[i].req = -1;
    }
    memset(&wo, 0, sizeof wo);
    wo.buffer = (size_t)1 << 20; /* held until the round's flush (tc_flush) */
    if (phi_jsonl_writer_open(&s.w, o->journal, &wo) != PHI_OK) {
        rc = cli_fail(cmd, 2);
        goto out;
    }
    s.rpm = o->rpm, s.tpm = o->tpm;
    s.refill_t = phi_now();
    s.req_bucket = 1;
    s.tok_bucket = (double)s.tok_est;
    if (!o->quiet)
        fprintf(stderr, "teacher %s: %zu requests, %zu in the journal already, %zu to send\n", cmd, job->n, job->n - s.ntodo, s.ntodo);
    signal(SIGPIPE, SIG_IGN);
    signal(SIGINT, tc_on_signal);
    signal(SIGTERM, tc_on_signal);
    if (!o->quiet) cli_progress_start(&prog, job->name, (double)total_todo);
    for (;;) {
        size_t np = 0, k;
        int timeout_ms = 1000;
        double wake;
        now = phi_now();
        if (tc_interrupted && !stop_at) {
            stop_at = now + (tc_interrupted > 1 ? 0 : o->grace);
            tc_say(&s, "interrupted: sending nothing more; %zu in flight get %.0f s to finish", s.in_flight, o->grace);
        }
        if (tc_interrupted > 1) stop_at = now;
        if (s.fatal || (stop_at && (s.in_flight == 0 || now >= stop_at))) break;
        if (!s.in_flight && !s.nretry && s.next >= s.ntodo) break;
        tc_refill(&s, now);
        /* start requests on free slots, as the pause and the budgets allow */
        if (!stop_at && now >= s.pause_until)
            for (k = 0; k < (size_t)o->parallel && !s.fatal; k++) {
                tc_slot *sl = &s.slots[k];
                long r;
                if (sl->req >= 0) continue;
                if (s.rpm > 0 && s.req_bucket < 1) break;
                if (s.tpm > 0 && s.tok_bucket < (double)s.tok_est) break;
                if ((r = tc_next_request(&s, now)) < 0) break;
                {
                    int st = tc_start(&s, sl, r, now);
                    if (st == -1) {
                        rc = 2;
                        s.fatal = 2;
                        break;
                    }
                    if (st == -2) { /* could not even open a connection: try again later */
                        s.attempts[r]++;
                        tc_retry_later(&s, (size_t)r, tc_backoff(&s, (size_t)r), now, "cannot connect");
                        continue;
                    }
                }
                if (s.rpm > 0) s.req_bucket -= 1;
                if (s.tpm > 0) s.tok_bucket -= (double)s.tok_est;
            }
        if (s.fatal) break;
        /* wait for the sockets, the next deadline, or the moment a request may start: the next
           retry or more work, but not before the pause ends and the budgets have room */
        {
            double gate = now, start = now + 1.0;
            int free_slot = 0;
            if (s.pause_until > gate) gate = s.pause_until;
            if (s.rpm > 0 && s.req_bucket < 1 && now + (1 - s.req_bucket) * 60 / s.rpm > gate)
                gate = now + (1 - s.req_bucket) * 60 / s.rpm;
            if (s.tpm > 0 && s.tok_bucket < (double)s.tok_est && now + ((double)s.tok_est - s.tok_bucket) * 60 / s.tpm > gate)
                gate = now + ((double)s.tok_est - s.tok_bucket) * 60 / s.tpm;
            for (k = 0; k < (size_t)o->parallel && !free_slot; k++) free_slot = s.slots[k].req < 0;
            if (free_slot && !stop_at) {
                for (k = 0; k < s.nretry; k++)
                    if (s.retry[k].at < start) start = s.retry[k].at;
                if (s.next < s.ntodo) start = now;
            }
            wake = start > gate ? start : gate;
            if (wake > now + 1.0) wake = now + 1.0;
        }
        for (k = 0; k < (size_t)o->parallel; k++) {
            tc_slot *sl = &s.slots[k];
            int ev = http_conn_events(&sl->c);
            if (!ev) continue;
            pf[np].fd = sl->c.fd;
            pf[np].events = (short)ev;
            pf[np].revents = 0;
            pslot[np++] = (long)k;
            if (sl->req >= 0) {
                double d1 = sl->last + o->idle_timeout, d2 = sl->t0 + o->timeout;
                if (sl->c.state == HTTP_CONN_CONNECTING && sl->opened + o->connect_timeout < d1) d1 = sl->opened + o->connect_timeout;
                if (d1 < wake) wake = d1;
                if (d2 < wake) wake = d2;
            }
        }
        if (stop_at && stop_at < wake) wake = stop_at;
        timeout_ms = wake > now ? (int)((wake - now) * 1000) + 1 : 0;
        if (poll(pf, np, timeout_ms) < 0 && errno != EINTR) {
            rc = cli_failf(cmd, 2, "poll: %s", strerror(errno));
            break;
        }
        now = phi_now();
        for (k = 0; k < np; k++) {
            tc_slot *sl = &s.slots[pslot[k]];
            int st;
            if (!pf[k].revents) continue;
            if (sl->req < 0) { /* an idle connection: the server closed it */
                http_conn_io(&sl->c, pf[k].revents);
                if (sl->c.state == HTTP_CONN_CLOSED) tc_slot_close(&s, sl, NULL, 0);
                continue;
            }
            {
                uint64_t before = sl->c.bytes_in;
                st = http_conn_io(&sl->c, pf[k].revents);
                if (sl->c.bytes_in != before) sl->last = now;
            }
            if (st == HTTP_DONE) {
                size_t r = (size_t)sl->req;
                sl->req = -1;
                s.in_flight--;
                tc_reply(&s, r, &sl->c.rx, now);
                if (sl->c.state == HTTP_CONN_CLOSED) tc_slot_close(&s, sl, NULL, 0);
            } else if (st == HTTP_ERROR) {
                tc_conn_failed(&s, sl, sl->c.error ? sl->c.error : "connection error", sl->c.err_no, now);
            }
        }
        for (k = 0; k < (size_t)o->parallel; k++) { /* deadlines */
            tc_slot *sl = &s.slots[k];
            if (sl->req < 0) continue;
            if (sl->c.state == HTTP_CONN_CONNECTING && now - sl->opened > o->connect_timeout)
                tc_conn_failed(&s, sl, "connect timed out", 0, now);
            else if (now - sl->last > o->idle_timeout)
                tc_conn_failed(&s, sl, "no reply within --idle-timeout", 0, now);
            else if (now - sl->t0 > o->timeout)
                tc_conn_failed(&s, sl, "the request took longer than --timeout", 0, now);
        }
        tc_flush(&s);
        if (!o->quiet) cli_progress(&prog, (double)(s.done + s.failed + s.gave_up));
    }
    tc_flush(&s);
    if (!o->quiet) cli_progress_end(&prog, (double)(s.done + s.failed + s.gave_up));
    {
        size_t abandoned = s.in_flight;
        phi_json_writer *jw = phi_jsonl_record(s.w);
        phi_jw_begin_object(jw);
        phi_jw_key(jw, "stop"), phi_jw_str(jw, s.fatal ? "stopped" : stop_at ? "interrupted" : "finished");
        phi_jw_key(jw, "job"), phi_jw_str(jw, job->name);
        phi_jw_key(jw, "in_flight"), phi_jw_int(jw, (int64_t)abandoned);
        phi_jw_key(jw, "sent"), phi_jw_int(jw, (int64_t)s.sent);
        phi_jw_key(jw, "http_429"), phi_jw_int(jw, (int64_t)s.n429);
        phi_jw_end_object(jw);
        phi_jsonl_commit(s.w);
    }
    if (phi_jsonl_writer_close(s.w) != PHI_OK) rc = cli_fail(cmd, 2);
    s.w = NULL;
    getrusage(RUSAGE_SELF, &ru);
    if (!rc) rc = s.fatal ? (s.fatal == 2 ? 2 : 1) : s.gave_up ? 1 : 0;
    if (!o->quiet || rc)
        fprintf(stderr, "teacher %s: %zu done, %zu failed, %zu gave up, %zu sent, %zu 429s, %zu abandoned in flight; cpu %.3f s\n", cmd,
                s.done, s.failed, s.gave_up, s.sent, s.n429, s.in_flight,
                (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6);
out:
    for (i = 0; s.slots && i < (size_t)o->parallel; i++) {
        tc_slot_close(&s, &s.slots[i], NULL, 0);
        http_conn_free(&s.slots[i].c);
    }
    if (s.w) phi_jsonl_writer_close(s.w);
    free(s.slots), free(pf), free(pslot), free(s.keys), free(s.attempts), free(s.r429), free(s.todo), free(s.retry);
    phi_buf_free(&s.req);
    phi_buf_free(&s.scratch);
    phi_json_doc_free(&s.doc);
    http_sse_free(&s.sse);
    journal_keys_free(&ks);
    close(lockfd);
    return rc;
}
