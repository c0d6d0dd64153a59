/* mock.c - `teacher mock-server`: an OpenAI-compatible /v1/chat/completions on loopback, for the
   tests, the benchmark and running the recipe offline. One thread, poll() over every connection.

   Faults (--faults): each request draws one outcome from the server's seeded generator. The spec
   is a total rate ("0.1": split evenly over the default kinds) or KIND=RATE pairs, comma-separated:
     429       429 with retry-after-ms and retry-after       429n   429 with neither
     500 502 503  that status, an OpenAI-style error body
     reset     the connection is reset (RST) after the request is read
     truncate  a 200 whose body stops halfway, then the connection closes
     stall     no reply at all; the connection is closed after --stall-ms
     malformed a 200 whose body is not JSON
     eventerr  an error object instead of the reply (in a stream: after the first event)
     quota     429 insufficient_quota (not in the defaults: it stops a client's run)
   `chunked=P` (default 0.25) sends that share of replies chunked instead of with Content-Length.

   Stand-in content (what a run gets offline, deterministic in the seed and the request):
     label     the document between <<<DOCUMENT>>> and <<<END>>> gets a rubric score: 2 if it has
               "def ", 2 if it has a triple-quoted string, 1 if it has '#', 1 if "return", 1 if
               "class ", plus min(3, lines / 10) (lines = newlines + 1); then plus (words mod 100)
               / 100 (words = whitespace-separated tokens), so that documents rarely share a score.
               The reply is "Educational value: S.SS" and a sentence.
     exercises (a prompt that mentions "exercise") a Python function with a docstring and its
               solution, then `def check(candidate):` with asserts, in HumanEval's shape, from 8
               templates with random constants. One in 10 has a wrong solution and one in 20 a
               syntax error, so that a client's checks have something to catch.
     textbook  (anything else) a section in Markdown built from the prompt's "Topic:",
               "Audience:", "Style:" and "Words:" lines, with a code example.
   A document containing MOCK_BAD_REQUEST gets a 400, as an API does for a request it refuses.

   --rpm/--tpm: a 60-second window of requests and tokens (prompt bytes / 4 + max_tokens); over
   either, a 429 with retry-after-ms. Every reply carries x-ratelimit-{limit,remaining,reset}-
   {requests,tokens} headers when limits are set. --api-key-env NAME: requests must carry
   "Authorization: Bearer $NAME" (else 401). --log FILE: one JSON line per request: its number,
   its time (seconds from the start), the SHA-256 of its body and the outcome ("ok" or the
   fault), for the tests that count duplicates and check pauses. */
#include "teacher.h"

#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

enum { F_429, F_429N, F_500, F_502, F_503, F_RESET, F_TRUNCATE, F_STALL, F_MALFORMED, F_EVENTERR, F_QUOTA, F_KINDS };
static const char *const mk_fault_names[F_KINDS] = {"429", "429n", "500", "502", "503", "reset", "truncate",
                                                    "stall", "malformed", "eventerr", "quota"};
#define MK_DEFAULT_KINDS 10 /* every kind but quota */

typedef struct mk_conn {
    int fd;
    http_parser rx;
    phi_buf out;
    size_t sent;
    double stall_until; /* > 0: stalled, closed at that time */
    int close_after;    /* close once out is sent */
} mk_conn;

typedef struct mk_server {
    double rate[F_KINDS], chunked;
    long rpm, tpm, stall_ms, retry_after_ms;
    const char *key; /* the key requests must carry, or NULL */
    phi_rng rng;
    uint64_t seed, seq;
    double t0; /* when it started: the log's times are from here */
    FILE *log;
    double win_t[60];   /* the 60 one-second buckets of the rate window: their start ... */
    long win_r[60], win_k[60]; /* ... requests and tokens */
    mk_conn *c;
    size_t nc, cap;
} mk_server;

static volatile sig_atomic_t mk_stop;
static void mk_on_signal(int sig) {
    (void)sig;
    mk_stop = 1;
}

static int mk_parse_faults(mk_server *s, const char *spec) {
    const char *p = spec;
    char *end;
    double r = strtod(spec, &end);
    if (end != spec && *end == 0) { /* a total rate */
        int k;
        if (r < 0 || r > 1) return -1;
        for (k = 0; k < MK_DEFAULT_KINDS; k++) s->rate[k] = r / MK_DEFAULT_KINDS;
        return 0;
    }
    while (*p) {
        const char *eq = strchr(p, '=');
        int k, found = 0;
        if (!eq) return -1;
        r = strtod(eq + 1, &end);
        if (end == eq + 1 || r < 0 || r > 1 || (*end && *end != ',')) return -1;
        if ((size_t)(eq - p) == 7 && !memcmp(p, "chunked", 7)) s->chunked = r, found = 1;
        for (k = 0; k < F_KINDS && !found; k++)
            if (strlen(mk_fault_names[k]) == (size_t)(eq - p) && !memcmp(p, mk_fault_names[k], (size_t)(eq - p))) {
                s->rate[k] = r;
                found = 1;
            }
        if (!found) return -1;
        p = *end ? end + 1 : end;
    }
    return 0;
}

/* ---- stand-in content ------------------------------------------------------------------------ */

static int mk_contains(const char *s, size_t n, const char *w) {
    size_t k = strlen(w), i;
    for (i = 0; i + k <= n; i++)
        if (!memcmp(s + i, w, k)) return 1;
    return 0;
}

static double mk_rubric(const char *d, size_t n) {
    size_t i, lines = 1, words = 0;
    int in_word = 0, pts = 0;
    for (i = 0; i < n; i++) {
        int sp = d[i] == ' ' || d[i] == '\t' || d[i] == '\n' || d[i] == '\r' || d[i] == '\f' || d[i] == '\v';
        if (d[i] == '\n') lines++;
        if (!sp && !in_word) words++;
        in_word = !sp;
    }
    pts += mk_contains(d, n, "def ") ? 2 : 0;
    pts += mk_contains(d, n, "\"\"\"") || mk_contains(d, n, "'''") ? 2 : 0;
    pts += mk_contains(d, n, "#") ? 1 : 0;
    pts += mk_contains(d, n, "return") ? 1 : 0;
    pts += mk_contains(d, n, "class ") ? 1 : 0;
    pts += lines / 10 < 3 ? (int)(lines / 10) : 3;
    return pts + (double)(words % 100) / 100.0;
}

/* the value of a "Name: value" line of the prompt, or dflt */
static void mk_field(const char *p, size_t n, const char *name, char *out, size_t cap, const char *dflt) {
    size_t k = strlen(name), i;
    snprintf(out, cap, "%s", dflt);
    for (i = 0; i + k <= n; i++) {
        if ((i == 0 || p[i - 1] == '\n') && !memcmp(p + i, name, k)) {
            size_t e = i + k, m;
            while (e < n && p[e] != '\n') e++;
            m = e - i - k < cap - 1 ? e - i - k : cap - 1;
            memcpy(out, p + i + k, m);
            out[m] = 0;
            return;
        }
    }
}

static void mk_textbook(phi_rng *r, const char *p, size_t n, phi_buf *o) {
    static const char *const bank[] = {
        "Start from the simplest case and check it by hand; only then generalise.",
        "A name that says what a value means saves the reader a trip through the code.",
        "Each loop has an invariant: something true before and after every pass.",
        "Test the edges first: the empty input, one element, and the largest size you expect.",
        "Prefer a small function that does one thing over a large one that does many.",
        "When two pieces of code look alike, ask whether they are the same idea before merging them.",
        "Reading code aloud, line by line, finds more mistakes than staring at it.",
        "Complexity hides in the data structures more often than in the control flow."};
    char topic[200], aud[200], style[200], words[300];
    int k;
    mk_field(p, n, "Topic: ", topic, sizeof topic, "lists");
    mk_field(p, n, "Audience: ", aud, sizeof aud, "beginners");
    mk_field(p, n, "Style: ", style, sizeof style, "plain");
    mk_field(p, n, "Words: ", words, sizeof words, "apple, river, lamp");
    phi_buf_printf(o, "# %s\n\nThis section is for %s, in a %s style. Along the way we meet %s.\n\n", topic, aud, style, words);
    for (k = 0; k < 3; k++) phi_buf_printf(o, "%s ", bank[phi_rng_below(r, 8)]);
    phi_buf_printf(o, "\n\n```python\ndef step_%u(values):\n    \"\"\"One step of %s.\"\"\"\n    return [v * %u for v in values]\n```\n\n"
                      "Try it on an empty list first, then on [1, 2, 3].\n",
                   (unsigned)phi_rng_below(r, 1000), topic, 2 + (unsigned)phi_rng_below(r, 8));
}

/* An exercise in HumanEval's shape: signature and docstring, solution, check(candidate). */
static void mk_exercise(phi_rng *r, phi_buf *o) {
    int fam = (int)phi_rng_below(r, 8), k = 2 + (int)phi_rng_below(r, 7), broken = (int)phi_rng_below(r, 20);
    const char *sol;
    char solbuf[160];
    phi_buf t = {0};
    switch (fam) {
    case 0:
        phi_buf_printf(o, "def scale_list(xs):\n    \"\"\"Return a new list with every number of xs multiplied by %d.\"\"\"\n", k);
        snprintf(solbuf, sizeof solbuf, "    return [x * %d for x in xs]\n", k);
        phi_buf_printf(&t, "    assert candidate([1, 2, 3]) == [%d, %d, %d]\n    assert candidate([]) == []\n    assert candidate([-4]) == [%d]\n",
                       k, 2 * k, 3 * k, -4 * k);
        break;
    case 1: {
        char ch = (char)('a' + phi_rng_below(r, 5));
        const char *w = "abracadabra cabbage deed";
        int cnt = 0;
        const char *q;
        for (q = w; *q; q++) cnt += *q == ch;
        phi_buf_printf(o, "def count_char(s):\n    \"\"\"Return how many times the letter '%c' occurs in s.\"\"\"\n", ch);
        snprintf(solbuf, sizeof solbuf, "    return s.count('%c')\n", ch);
        phi_buf_printf(&t, "    assert candidate('%s') == %d\n    assert candidate('') == 0\n", w, cnt);
        break;
    }
    case 2:
        phi_buf_printf(o, "def clamp(x):\n    \"\"\"Return x limited to the range from %d to %d.\"\"\"\n", -k, 10 * k);
        snprintf(solbuf, sizeof solbuf, "    return max(%d, min(%d, x))\n", -k, 10 * k);
        phi_buf_printf(&t, "    assert candidate(0) == 0\n    assert candidate(%d) == %d\n    assert candidate(%d) == %d\n", -100, -k, 1000, 10 * k);
        break;
    case 3: {
        long sum = 0, i;
        for (i = 0; i < 50; i++) sum += i % k == 0 ? i : 0;
        phi_buf_printf(o, "def sum_multiples(n):\n    \"\"\"Return the sum of the numbers from 0 below n that are multiples of %d.\"\"\"\n", k);
        snprintf(solbuf, sizeof solbuf, "    return sum(i for i in range(n) if i %% %d == 0)\n", k);
        phi_buf_printf(&t, "    assert candidate(50) == %ld\n    assert candidate(0) == 0\n", sum);
        break;
    }
    case 4:
        phi_buf_printf(o, "def every_nth(xs):\n    \"\"\"Return every %d-th item of xs, starting with the first.\"\"\"\n", k);
        snprintf(solbuf, sizeof solbuf, "    return xs[::%d]\n", k);
        phi_buf_printf(&t, "    assert candidate(list(range(10))) == list(range(0, 10, %d))\n    assert candidate([]) == []\n", k);
        break;
    case 5:
        phi_buf_printf(o, "def join_words(words):\n    \"\"\"Join the words with '%c' between them.\"\"\"\n", "-+/:;"[k % 5]);
        snprintf(solbuf, sizeof solbuf, "    return '%c'.join(words)\n", "-+/:;"[k % 5]);
        phi_buf_printf(&t, "    assert candidate(['a', 'b']) == 'a%cb'\n    assert candidate([]) == ''\n", "-+/:;"[k % 5]);
        break;
    case 6:
        phi_buf_printf(o, "def is_multiple(n):\n    \"\"\"Return True when n is a multiple of %d.\"\"\"\n", k);
        snprintf(solbuf, sizeof solbuf, "    return n %% %d == 0\n", k);
        phi_buf_printf(&t, "    assert candidate(%d) is True\n    assert candidate(%d) is False\n    assert candidate(0) is True\n", 3 * k, 3 * k + 1);
        break;
    default:
        phi_buf_printf(o, "def pad_left(s):\n    \"\"\"Pad s on the left with dots to a width of %d.\"\"\"\n", k + 3);
        snprintf(solbuf, sizeof solbuf, "    return s.rjust(%d, '.')\n", k + 3);
        phi_buf_printf(&t, "    assert candidate('ab') == '%.*s' + 'ab'\n    assert len(candidate('')) == %d\n", k + 1, "..........", k + 3);
        break;
    }
    sol = broken < 2 ? "    return None\n" : broken == 2 ? "    return (\n" : solbuf; /* 1 in 10 wrong, 1 in 20 not Python */
    phi_buf_printf(o, "%s\n\ndef check(candidate):\n%s", sol, t.data);
    phi_buf_free(&t);
}

/* ---- replies --------------------------------------------------------------------------------- */

static void mk_status_line(phi_buf *o, int status) {
    const char *reason = status == 200 ? "OK" : status == 400 ? "Bad Request" : status == 401 ? "Unauthorized"
                         : status == 404 ? "Not Found" : status == 429 ? "Too Many Requests" : status == 500 ? "Internal Server Error"
                         : status == 502 ? "Bad Gateway" : status == 503 ? "Service Unavailable" : "Status";
    phi_buf_printf(o, "HTTP/1.1 %d %s\r\n", status, reason);
}

static void mk_ratelimit_headers(mk_server *s, phi_buf *o, long used_r, long used_k) {
    if (s->rpm) phi_buf_printf(o, "x-ratelimit-limit-requests: %ld\r\nx-ratelimit-remaining-requests: %ld\r\nx-ratelimit-reset-requests: 1s\r\n",
                                 s->rpm, s->rpm - used_r > 0 ? s->rpm - used_r : 0);
    if (s->tpm) phi_buf_printf(o, "x-ratelimit-limit-tokens: %ld\r\nx-ratelimit-remaining-tokens: %ld\r\nx-ratelimit-reset-tokens: 1s\r\n",
                                 s->tpm, s->tpm - used_k > 0 ? s->tpm - used_k : 0);
}

/* a whole reply: head, then the body, chunked (in pieces of 7 to 500 bytes) or not */
static void mk_reply(mk_server *s, mk_conn *c, int status, const char *extra, const char *ctype, const char *body, size_t n) {
    phi_buf *o = &c->out;
    int chunked = phi_rng_double(&s->rng) < s->chunked;
    mk_status_line(o, status);
    phi_buf_printf(o, "Content-Type: %s\r\n%s", ctype, extra ? extra : "");
    if (!chunked) {
        phi_buf_printf(o, "Content-Length: %zu\r\n\r\n", n);
        phi_buf_append(o, body, n);
        return;
    }
    phi_buf_printf(o, "Transfer-Encoding: chunked\r\n\r\n");
    while (n) {
        size_t k = 7 + (size_t)phi_rng_below(&s->rng, 494);
        if (k > n) k = n;
        phi_buf_printf(o, "%zx\r\n", k);
        phi_buf_append(o, body, k);
        phi_buf_append(o, "\r\n", 2);
        body += k, n -= k;
    }
    phi_buf_printf(o, "0\r\n\r\n");
}

static void mk_error(mk_server *s, mk_conn *c, int status, const char *extra, const char *type, const char *code, const char *msg) {
    phi_buf b = {0};
    phi_json_writer w;
    phi_jw_init(&w, &b, 0);
    phi_jw_begin_object(&w);
    phi_jw_key(&w, "error");
    phi_jw_begin_object(&w);
    phi_jw_key(&w, "message"), phi_jw_str(&w, msg);
    phi_jw_key(&w, "type"), phi_jw_str(&w, type);
    phi_jw_key(&w, "code");
    if (code) phi_jw_str(&w, code);
    else phi_jw_null(&w);
    phi_jw_end_object(&w);
    phi_jw_end_object(&w);
    phi_jw_finish(&w);
    mk_reply(s, c, status, extra, "application/json", b.data, b.len);
    phi_buf_free(&b);
}

/* The completion object (stream: one chunk object with the delta) */
static void mk_completion_json(phi_buf *b, const char *model, const char *content, size_t n, int stream, int with_usage,
                               long pt, long ct, uint64_t seq) {
    phi_json_writer w;
    char id[40];
    snprintf(id, sizeof id, "chatcmpl-mock-%llu", (unsigned long long)seq);
    phi_jw_init(&w, b, 0);
    phi_jw_begin_object(&w);
    phi_jw_key(&w, "id"), phi_jw_str(&w, id);
    phi_jw_key(&w, "object"), phi_jw_str(&w, stream ? "chat.completion.chunk" : "chat.completion");
    phi_jw_key(&w, "created"), phi_jw_int(&w, 0);
    phi_jw_key(&w, "model"), phi_jw_str(&w, model);
    phi_jw_key(&w, "choices");
    phi_jw_begin_array(&w);
    if (content) {
        phi_jw_begin_object(&w);
        phi_jw_key(&w, "index"), phi_jw_int(&w, 0);
        phi_jw_key(&w, stream ? "delta" : "message");
        phi_jw_begin_object(&w);
        phi_jw_key(&w, "role"), phi_jw_str(&w, "assistant");
        phi_jw_key(&w, "content"), phi_jw_strn(&w, content, n);
        phi_jw_end_object(&w);
        phi_jw_key(&w, "finish_reason");
        if (stream) phi_jw_null(&w);
        else phi_jw_str(&w, "stop");
        phi_jw_end_object(&w);
    }
    phi_jw_end_array(&w);
    if (with_usage) {
        phi_jw_key(&w, "usage");
        phi_jw_begin_object(&w);
        phi_jw_key(&w, "prompt_tokens"), phi_jw_int(&w, pt);
        phi_jw_key(&w, "completion_tokens"), phi_jw_int(&w, ct);
        phi_jw_key(&w, "total_tokens"), phi_jw_int(&w, pt + ct);
        phi_jw_end_object(&w);
    }
    phi_jw_end_object(&w);
    phi_jw_finish(&w);
}

static void mk_log(mk_server *s, const char *body, size_t n, const char *outcome) {
    char hex[65];
    if (!s->log) return;
    sha256_hex(body, n, hex);
    fprintf(s->log, "{\"seq\":%llu,\"t\":%.4f,\"sha\":\"%s\",\"outcome\":\"%s\"}\n", (unsigned long long)s->seq,
            phi_now() - s->t0, hex, outcome);
}

/* the rate window: requests and tokens in the last 60 one-second buckets */
static void mk_window(mk_server *s, double now, long *r, long *k) {
    int i;
    *r = *k = 0;
    for (i = 0; i < 60; i++)
        if (now - s->win_t[i] < 60.0) *r += s->win_r[i], *k += s->win_k[i];
}

static void mk_chat(mk_server *s, mk_conn *c, double now) {
    http_parser *rx = &c->rx;
    phi_json_doc doc = {0};
    const phi_json *msgs, *m, *model, *st, *mt, *so;
    phi_buf prompt = {0}, content = {0}, b = {0}, extra = {0};
    int fault = -1, k, stream;
    double u = phi_rng_double(&s->rng), acc = 0;
    long pt, ct, used_r, used_k, max_tokens;
    char hex[65];
    phi_rng cr;
    size_t i;
    s->seq++;
    for (k = 0; k < F_KINDS; k++) {
        acc += s->rate[k];
        if (u < acc) {
            fault = k;
            break;
        }
    }
    if (s->key) {
        size_t al;
        const char *a = http_header_get(rx, "authorization", &al);
        if (!a || al != 7 + strlen(s->key) || memcmp(a, "Bearer ", 7) || memcmp(a + 7, s->key, al - 7)) {
            mk_log(s, rx->body.data, rx->body.len, "401");
            mk_error(s, c, 401, NULL, "invalid_request_error", "invalid_api_key", "Incorrect API key provided.");
            return;
        }
    }
    if (phi_json_parse(&doc, rx->body.data, rx->body.len, NULL) != PHI_OK || doc.root->type != PHI_JSON_OBJECT ||
        !(msgs = phi_json_get(doc.root, "messages")) || msgs->type != PHI_JSON_ARRAY ||
        !(model = phi_json_get(doc.root, "model")) || model->type != PHI_JSON_STRING) {
        mk_log(s, rx->body.data, rx->body.len, "400");
        mk_error(s, c, 400, NULL, "invalid_request_error", NULL, "the body must be a JSON object with model and messages");
        phi_json_doc_free(&doc);
        return;
    }
    for (i = 0; i < msgs->len; i++) {
        const phi_json *ct2;
        m = phi_json_at(msgs, i);
        if ((ct2 = phi_json_get(m, "content")) && ct2->type == PHI_JSON_STRING) {
            phi_buf_append(&prompt, ct2->u.s, ct2->len);
            phi_buf_append(&prompt, "\n", 1);
        }
    }
    st = phi_json_get(doc.root, "stream");
    stream = st && st->type == PHI_JSON_BOOL && st->u.b;
    so = phi_json_get(doc.root, "stream_options");
    mt = phi_json_get(doc.root, "max_tokens");
    max_tokens = mt && mt->type == PHI_JSON_INT ? (long)mt->u.i : 256;
    pt = (long)(prompt.len / 4) + 1;
    mk_window(s, now, &used_r, &used_k);
    {
        int slot = (int)((uint64_t)now % 60);
        if (now - s->win_t[slot] >= 1.0 || (uint64_t)s->win_t[slot] != (uint64_t)now)
            s->win_t[slot] = (double)(uint64_t)now, s->win_r[slot] = s->win_k[slot] = 0;
        if ((s->rpm && used_r + 1 > s->rpm) || (s->tpm && used_k + pt + max_tokens > s->tpm)) {
            phi_buf_printf(&extra, "retry-after-ms: %ld\r\n", s->retry_after_ms);
            mk_ratelimit_headers(s, &extra, used_r, used_k);
            mk_log(s, rx->body.data, rx->body.len, "ratelimited");
            mk_error(s, c, 429, extra.data, "requests", "rate_limit_exceeded", "Rate limit reached: please try again later.");
            goto done;
        }
        s->win_r[slot]++, s->win_k[slot] += pt + max_tokens;
        used_r++, used_k += pt + max_tokens;
    }
    if (prompt.data && mk_contains(prompt.data, prompt.len, "MOCK_BAD_REQUEST")) {
        mk_log(s, rx->body.data, rx->body.len, "400");
        mk_error(s, c, 400, NULL, "invalid_request_error", NULL, "This request was refused (MOCK_BAD_REQUEST).");
        goto done;
    }
    mk_ratelimit_headers(s, &extra, used_r, used_k);
    mk_log(s, rx->body.data, rx->body.len, fault < 0 ? "ok" : mk_fault_names[fault]);
    switch (fault) {
    case F_429:
        phi_buf_printf(&extra, "retry-after-ms: %ld\r\nretry-after: %ld\r\n", s->retry_after_ms, (s->retry_after_ms + 999) / 1000);
        mk_error(s, c, 429, extra.data, "requests", "rate_limit_exceeded", "Rate limit reached: please try again later.");
        goto done;
    case F_429N: mk_error(s, c, 429, extra.data, "requests", "rate_limit_exceeded", "Rate limit reached."); goto done;
    case F_QUOTA:
        mk_error(s, c, 429, extra.data, "insufficient_quota", "insufficient_quota", "You exceeded your current quota.");
        goto done;
    case F_500: mk_error(s, c, 500, NULL, "server_error", NULL, "The server had an error."); goto done;
    case F_502: mk_error(s, c, 502, NULL, "server_error", NULL, "Bad gateway."); goto done;
    case F_503: mk_error(s, c, 503, NULL, "server_error", NULL, "The engine is currently overloaded."); goto done;
    case F_RESET: {
        struct linger l = {1, 0};
        setsockopt(c->fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
        c->out.len = c->sent = 0;
        c->close_after = 1;
        goto done;
    }
    case F_STALL: c->stall_until = now + (double)s->stall_ms / 1000; goto done;
    default: break;
    }
    /* the content: a function of the seed and the request's bytes alone, so a retry gets the same */
    sha256_hex(rx->body.data, rx->body.len, hex);
    phi_rng_seed(&cr, s->seed ^ strtoull(hex + 48, NULL, 16));
    {
        const char *d0 = strstr(prompt.data, TEACHER_DOC_BEGIN), *d1;
        if (d0 && (d1 = strstr(d0, TEACHER_DOC_END)) != NULL) {
            d0 += strlen(TEACHER_DOC_BEGIN);
            phi_buf_printf(&content, "Educational value: %.2f\nThe rubric counted functions, docstrings, comments and length.",
                           mk_rubric(d0, (size_t)(d1 - d0)));
        } else if (mk_contains(prompt.data, prompt.len, "exercise")) {
            phi_buf_printf(&content, "Here is the exercise.\n\n```python\n");
            mk_exercise(&cr, &content);
            phi_buf_printf(&content, "```\n");
        } else {
            mk_textbook(&cr, prompt.data, prompt.len, &content);
        }
    }
    ct = (long)(content.len / 4) + 1;
    if (!stream) {
        if (fault == F_EVENTERR) {
            mk_error(s, c, 200, extra.data, "server_error", NULL, "The model produced an invalid reply.");
            goto done;
        }
        mk_completion_json(&b, model->u.s, content.data, content.len, 0, 1, pt, ct, s->seq);
        if (fault == F_MALFORMED) b.len = b.len / 2 + 1; /* the JSON stops short */
        mk_reply(s, c, 200, extra.data, "application/json", b.data, b.len);
        if (fault == F_TRUNCATE) { /* the head promised more than comes */
            c->out.len -= b.len / 2 + 1;
            c->close_after = 1;
        }
    } else { /* server-sent events: the content in three deltas, usage, [DONE] */
        size_t third = content.len / 3, off = 0;
        int part;
        for (part = 0; part < 3; part++) {
            size_t n = part < 2 ? third : content.len - off;
            phi_buf_append(&b, "data: ", 6);
            if (fault == F_MALFORMED && part == 1)
                phi_buf_printf(&b, "{\"choices\": [");
            else if (fault == F_EVENTERR && part == 1)
                phi_buf_printf(&b, "{\"error\": {\"message\": \"The model stopped.\", \"type\": \"server_error\"}}");
            else
                mk_completion_json(&b, model->u.s, content.data + off, n, 1, 0, 0, 0, s->seq);
            phi_buf_append(&b, "\n\n", 2);
            off += n;
            if (fault == F_TRUNCATE && part == 1) break;
        }
        if (fault != F_TRUNCATE) {
            if (so && phi_json_get(so, "include_usage")) {
                phi_buf_append(&b, ": usage\ndata: ", 14);
                mk_completion_json(&b, model->u.s, NULL, 0, 1, 1, pt, ct, s->seq);
                phi_buf_append(&b, "\n\n", 2);
            }
            phi_buf_printf(&b, "data: [DONE]\n\n");
        }
        if (fault == F_TRUNCATE) { /* read-to-EOF framing: the stream just ends */
            mk_status_line(&c->out, 200);
            phi_buf_printf(&c->out, "Content-Type: text/event-stream\r\nConnection: close\r\n%s\r\n", extra.data ? extra.data : "");
            phi_buf_append(&c->out, b.data, b.len);
            c->close_after = 1;
        } else {
            mk_reply(s, c, 200, extra.data, "text/event-stream", b.data, b.len);
        }
    }
done:
    phi_buf_free(&prompt);
    phi_buf_free(&content);
    phi_buf_free(&b);
    phi_buf_free(&extra);
    phi_json_doc_free(&doc);
}

static void mk_request(mk_server *s, mk_conn *c, double now) {
    http_parser *rx = &c->rx;
    const char *t = rx->head.data + rx->target;
    size_t tl = rx->target_len;
    if (rx->method_len == 4 && !memcmp(rx->head.data + rx->method, "POST", 4) && tl >= 17 &&
        !memcmp(t + tl - 17, "/chat/completions", 17)) {
        mk_chat(s, c, now);
    } else if (rx->method_len == 3 && !memcmp(rx->head.data + rx->method, "GET", 3) && tl >= 7 && !memcmp(t + tl - 7, "/models", 7)) {
        const char *b = "{\"object\":\"list\",\"data\":[{\"id\":\"mock\",\"object\":\"model\",\"owned_by\":\"teacher\"}]}";
        mk_reply(s, c, 200, NULL, "application/json", b, strlen(b));
    } else {
        mk_error(s, c, 404, NULL, "invalid_request_error", NULL, "Unknown path: only /v1/chat/completions and /v1/models.");
    }
    if (!rx->keep_alive) c->close_after = 1;
}

/* ---- the loop -------------------------------------------------------------------------------- */

static void mk_close(mk_server *s, size_t i) {
    close(s->c[i].fd);
    http_parser_free(&s->c[i].rx);
    phi_buf_free(&s->c[i].out);
    s->c[i] = s->c[--s->nc];
}

/* reads what is there and answers every complete request; 0 when the connection is done */
static int mk_read(mk_server *s, mk_conn *c, double now) {
    char buf[65536];
    for (;;) {
        ssize_t r = recv(c->fd, buf, sizeof buf, 0);
        size_t pos = 0, used;
        if (r == 0) return 0;
        if (r < 0) return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
        while (pos < (size_t)r && !c->close_after && c->stall_until == 0) {
            int st = http_parse(&c->rx, buf + pos, (size_t)r - pos, &used);
            pos += used;
            if (st == HTTP_ERROR) {
                mk_error(s, c, 400, NULL, "invalid_request_error", NULL, c->rx.error);
                c->close_after = 1;
            } else if (st == HTTP_DONE) {
                mk_request(s, c, now);
                http_parser_reset(&c->rx);
            }
        }
        if (c->close_after || c->stall_until > 0) return 1;
    }
}

static int mk_write(mk_conn *c) {
    while (c->sent < c->out.len) {
        ssize_t w = send(c->fd, c->out.data + c->sent, c->out.len - c->sent, MSG_NOSIGNAL);
        if (w < 0) return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
        c->sent += (size_t)w;
    }
    c->out.len = c->sent = 0;
    return !c->close_after;
}

int cmd_mock_server(int argc, char **argv) {
    long port = 0;
    uint64_t seed = 1;
    const char *faults = NULL, *log_path = NULL, *key_env = NULL;
    mk_server s;
    cli_flag flags[] = {
        {.name = "--port", .type = CLI_LONG, .var = &port, .meta = "P", .min = 0, .max = 65535,
         .help = "the port on 127.0.0.1; 0 = a free one (printed: \"listening on http://127.0.0.1:P\")"},
        {.name = "--seed", .type = CLI_U64, .var = &seed, .meta = "S", .help = "seeds the faults and the stand-in content"},
        {.name = "--faults", .type = CLI_STR, .var = &faults, .meta = "SPEC",
         .help = "a total rate (0.1) or KIND=RATE,...: 429 429n 500 502 503 reset\ntruncate stall malformed eventerr quota; chunked=P", .dflt = "none"},
        {.name = "--rpm", .type = CLI_LONG, .var = &s.rpm, .meta = "R", CLI_AT_LEAST(0), .help = "requests per minute before 429s; 0 = no limit"},
        {.name = "--tpm", .type = CLI_LONG, .var = &s.tpm, .meta = "T", CLI_AT_LEAST(0), .help = "tokens per minute before 429s; 0 = no limit"},
        {.name = "--stall-ms", .type = CLI_LONG, .var = &s.stall_ms, .meta = "MS", CLI_AT_LEAST(0), .help = "how long a stalled connection hangs"},
        {.name = "--retry-after-ms", .type = CLI_LONG, .var = &s.retry_after_ms, .meta = "MS", CLI_AT_LEAST(0), .help = "what 429s ask clients to wait"},
        {.name = "--api-key-env", .type = CLI_STR, .var = &key_env, .meta = "NAME", .dflt = "none: any key",
         .help = "requests must carry this variable's value as their bearer token"},
        {.name = "--log", .type = CLI_STR, .var = &log_path, .meta = "FILE", .dflt = "none",
         .help = "one JSON line per chat request: seq, sha (of the body), outcome"},
        {.name = NULL}};
    cli_cmd cmd = {"mock-server", "teacher mock-server [--port P] [--seed S] [--faults SPEC] [--rpm R --tpm T] [--log FILE]",
                   "An OpenAI-compatible /v1/chat/completions on loopback with injected faults and stand-in content\n"
                   "(a rubric score for label, templates for textbook and exercises). See tools/teacher/mock.c.\n",
                   flags, NULL, "Stops on SIGINT or SIGTERM. exit status: 0 stopped, 2 usage or a socket error"};
    int lfd, one = 1, rc;
    struct sockaddr_in a;
    socklen_t al = sizeof a;
    struct pollfd *pf = NULL;
    memset(&s, 0, sizeof s);
    s.chunked = 0.25;
    s.stall_ms = 3000;
    s.retry_after_ms = 100;
    if ((rc = cli_parse(&cmd, argc - 1, argv + 1)) != CLI_GO) return rc;
    if (faults && mk_parse_faults(&s, faults) != 0) return cli_bad_flag(cmd.name, "--faults", "'%s' is not a rate nor KIND=RATE pairs", faults);
    if (key_env && !(s.key = getenv(key_env))) return cli_bad_flag(cmd.name, "--api-key-env", "%s is not set", key_env);
    s.seed = seed;
    s.t0 = phi_now();
    phi_rng_seed(&s.rng, seed);
    if (log_path && !(s.log = fopen(log_path, "a"))) return cli_failf(cmd.name, 2, "%s: %s", log_path, strerror(errno));
    lfd = socket(AF_INET, SOCK_STREAM, 0);
    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons((unsigned short)port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (lfd < 0 || bind(lfd, (struct sockaddr *)&a, sizeof a) != 0 || listen(lfd, 1024) != 0 ||
        getsockname(lfd, (struct sockaddr *)&a, &al) != 0)
        return cli_failf(cmd.name, 2, "cannot listen on 127.0.0.1:%ld: %s", port, strerror(errno));
    fcntl(lfd, F_SETFL, fcntl(lfd, F_GETFL) | O_NONBLOCK);
    printf("listening on http://127.0.0.1:%d\n", ntohs(a.sin_port));
    fflush(stdout);
    signal(SIGINT, mk_on_signal);
    signal(SIGTERM, mk_on_signal);
    signal(SIGPIPE, SIG_IGN);
    while (!mk_stop) {
        size_t i, n;
        double now = phi_now();
        int timeout = 200;
        if (!(pf = (struct pollfd *)realloc(pf, (s.nc + 1) * sizeof *pf))) break;
        pf[0].fd = lfd, pf[0].events = POLLIN, pf[0].revents = 0;
        for (i = 0; i < s.nc; i++) {
            pf[i + 1].fd = s.c[i].fd;
            pf[i + 1].events = (short)(s.c[i].stall_until > 0 ? POLLIN : s.c[i].out.len ? POLLOUT : POLLIN);
            pf[i + 1].revents = 0;
        }
        n = s.nc;
        if (poll(pf, n + 1, timeout) < 0 && errno != EINTR) break;
        now = phi_now();
        for (i = n; i-- > 0;) { /* backwards: mk_close moves the last one into i */
            mk_conn *c = &s.c[i];
            int keep = 1;
            if (c->stall_until > 0) {
                char tmp[4096];
                if (now >= c->stall_until) keep = 0;
                else if (pf[i + 1].revents && recv(c->fd, tmp, sizeof tmp, 0) == 0) keep = 0; /* the client gave up */
            } else if (pf[i + 1].revents & (POLLIN | POLLHUP | POLLERR)) {
                keep = mk_read(&s, c, now);
                if (keep && c->out.len) keep = mk_write(c) || c->out.len;
                if (c->close_after && c->out.len == 0) keep = 0;
            } else if (pf[i + 1].revents & POLLOUT) {
                keep = mk_write(c) || c->out.len;
                if (c->close_after && c->out.len == 0) keep = 0;
            }
            if (!keep) mk_close(&s, i);
        }
        if (pf[0].revents & POLLIN) {
            int fd;
            while ((fd = accept(lfd, NULL, NULL)) >= 0) {
                mk_conn *c;
                if (s.nc == s.cap) {
                    size_t cap = s.cap ? 2 * s.cap : 64;
                    mk_conn *nc2 = (mk_conn *)realloc(s.c, cap * sizeof *nc2);
                    if (!nc2) {
                        close(fd);
                        break;
                    }
                    s.c = nc2, s.cap = cap;
                }
                fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
                setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                c = &s.c[s.nc++];
                memset(c, 0, sizeof *c);
                c->fd = fd;
                http_parser_init(&c->rx, HTTP_REQUEST, NULL);
            }
        }
    }
    while (s.nc) mk_close(&s, s.nc - 1);
    free(s.c);
    free(pf);
    close(lfd);
    if (s.log) fclose(s.log);
    return 0;
}
