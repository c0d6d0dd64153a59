/* http.c - HTTP/1.1 message parsing, server-sent events and a non-blocking client connection:
   see http.h. The rules followed are RFC 9112 (message syntax and framing) and the WHATWG
   HTML standard's "server-sent events" section. */
#if !defined(_POSIX_C_SOURCE) && !defined(_GNU_SOURCE)
#define _POSIX_C_SOURCE 200809L
#endif
#include "http.h"

#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

/* ---- the parser --------------------------------------------------------------------------- */

enum { ST_HEAD, ST_BODY_LEN, ST_CHUNK_SIZE, ST_CHUNK_DATA, ST_CHUNK_END, ST_TRAILERS, ST_BODY_EOF, ST_DONE, ST_ERROR };

#define HTTP_MAX_CHUNK_LINE 4096 /* a chunk-size line with its extensions */

void http_parser_init(http_parser *p, int kind, const http_limits *lim) {
    memset(p, 0, sizeof *p);
    p->kind = kind;
    if (lim) p->lim = *lim;
    if (!p->lim.max_head) p->lim.max_head = HTTP_DEFAULT_MAX_HEAD;
    if (!p->lim.max_headers) p->lim.max_headers = HTTP_DEFAULT_MAX_HEADERS;
    if (!p->lim.max_body) p->lim.max_body = HTTP_DEFAULT_MAX_BODY;
    p->length = -1;
}

void http_parser_reset(http_parser *p) {
    p->minor = p->status = 0;
    p->method = p->method_len = p->target = p->target_len = p->reason = p->reason_len = 0;
    p->head.len = p->body.len = p->line_.len = 0;
    if (p->body.data) p->body.data[0] = 0;
    p->nh = 0;
    p->keep_alive = p->chunked = p->to_eof = 0;
    p->length = -1;
    p->error = NULL;
    p->error_at = 0;
    p->state_ = ST_HEAD;
    p->scan_ = 0;
    p->left_ = p->seen_ = 0;
}

void http_parser_free(http_parser *p) {
    phi_buf_free(&p->head);
    phi_buf_free(&p->body);
    phi_buf_free(&p->line_);
    free(p->h);
    memset(p, 0, sizeof *p);
}

static int fail(http_parser *p, const char *why, size_t at) {
    p->error = why;
    p->error_at = p->seen_ + at;
    p->state_ = ST_ERROR;
    return HTTP_ERROR;
}

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static int eq_nocase(const char *a, size_t n, const char *b) {
    size_t i;
    for (i = 0; i < n; i++)
        if (!b[i] || lower((unsigned char)a[i]) != lower((unsigned char)b[i])) return 0;
    return b[n] == 0;
}

/* tchar of RFC 9110 5.6.2: the characters of a token (header names, methods) */
static int is_tchar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c && strchr("!#$%&'*+-.^_`|~", c) != NULL);
}

const char *http_header_get(const http_parser *p, const char *name, size_t *len) {
    int i;
    for (i = p->nh - 1; i >= 0; i--) {
        const http_header *h = &p->h[i];
        if (eq_nocase(p->head.data + h->name, h->name_len, name)) {
            if (len) *len = h->value_len;
            return p->head.data + h->value;
        }
    }
    return NULL;
}

int http_header_has_token(const http_parser *p, const char *name, const char *token) {
    int i;
    size_t tl = strlen(token);
    for (i = 0; i < p->nh; i++) {
        const http_header *h = &p->h[i];
        const char *v = p->head.data + h->value, *end = v + h->value_len;
        if (!eq_nocase(p->head.data + h->name, h->name_len, name)) continue;
        while (v < end) { /* each comma-separated element, spaces trimmed */
            const char *e = v, *t;
            while (e < end && *e != ',') e++;
            t = e;
            while (v < t && (*v == ' ' || *v == '\t')) v++;
            while (t > v && (t[-1] == ' ' || t[-1] == '\t')) t--;
            if ((size_t)(t - v) == tl && eq_nocase(v, tl, token)) return 1;
            v = e + 1;
        }
    }
    return 0;
}

/* One "name: value" line at head[off .. off+len) (no line end) becomes a header. */
static int add_field(http_parser *p, size_t off, size_t len, int trailer) {
    const char *s = p->head.data + off;
    size_t i = 0, v, e;
    http_header *h;
    if (len && (s[0] == ' ' || s[0] == '\t')) return fail(p, "obsolete line folding in a header", 0);
    while (i < len && is_tchar((unsigned char)s[i])) i++;
    if (i == 0 || i == len || s[i] != ':') return fail(p, "malformed header line (expected name: value)", 0);
    v = i + 1;
    while (v < len && (s[v] == ' ' || s[v] == '\t')) v++;
    e = len;
    while (e > v && (s[e - 1] == ' ' || s[e - 1] == '\t')) e--;
    for (i = v; i < e; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c < 0x20 && c != '\t') || c == 0x7f) return fail(p, "control character in a header value", 0);
    }
    if (p->nh >= p->lim.max_headers) return fail(p, "too many header lines", 0);
    if (p->nh == p->cap_h_) {
        int cap = p->cap_h_ ? 2 * p->cap_h_ : 16;
        http_header *nh = (http_header *)realloc(p->h, (size_t)cap * sizeof *nh);
        if (!nh) return fail(p, "out of memory", 0);
        p->h = nh;
        p->cap_h_ = cap;
    }
    h = &p->h[p->nh++];
    h->name = off;
    h->name_len = (size_t)(strchr(s, ':') - s);
    h->value = off + v;
    h->value_len = e - v;
    h->trailer = trailer;
    return HTTP_MORE;
}

static int parse_version(const char *s, size_t n, int *minor) {
    if (n != 8 || memcmp(s, "HTTP/1.", 7) || s[7] < '0' || s[7] > '9') return 0;
    *minor = s[7] - '0';
    return 1;
}

/* The start line, at head[0 .. n) */
static int parse_start(http_parser *p, size_t n) {
    const char *s = p->head.data;
    const char *sp1 = (const char *)memchr(s, ' ', n), *sp2;
    size_t i;
    if (!sp1) return fail(p, "malformed start line", 0);
    if (p->kind == HTTP_REQUEST) {
        sp2 = (const char *)memchr(sp1 + 1, ' ', n - (size_t)(sp1 + 1 - s));
        if (!sp2 || sp1 == s || sp2 == sp1 + 1) return fail(p, "malformed request line", 0);
        for (i = 0; s + i < sp1; i++)
            if (!is_tchar((unsigned char)s[i])) return fail(p, "malformed method", i);
        for (i = (size_t)(sp1 + 1 - s); s + i < sp2; i++)
            if ((unsigned char)s[i] <= 0x20 || s[i] == 0x7f) return fail(p, "malformed request target", i);
        if (!parse_version(sp2 + 1, n - (size_t)(sp2 + 1 - s), &p->minor)) return fail(p, "not HTTP/1.x", (size_t)(sp2 + 1 - s));
        p->method = 0;
        p->method_len = (size_t)(sp1 - s);
        p->target = (size_t)(sp1 + 1 - s);
        p->target_len = (size_t)(sp2 - sp1 - 1);
    } else {
        if (!parse_version(s, (size_t)(sp1 - s), &p->minor)) return fail(p, "not an HTTP/1.x response", 0);
        if (n < (size_t)(sp1 - s) + 4) return fail(p, "malformed status line", 0);
        for (i = 1; i <= 3; i++)
            if (sp1[i] < '0' || sp1[i] > '9') return fail(p, "malformed status code", (size_t)(sp1 + i - s));
        p->status = (sp1[1] - '0') * 100 + (sp1[2] - '0') * 10 + (sp1[3] - '0');
        if (p->status < 100) return fail(p, "malformed status code", (size_t)(sp1 + 1 - s));
        i = (size_t)(sp1 + 4 - s);
        if (i < n && s[i] != ' ') return fail(p, "malformed status line", i);
        p->reason = i < n ? i + 1 : i;
        p->reason_len = n - p->reason;
        for (i = p->reason; i < n; i++)
            if (((unsigned char)s[i] < 0x20 && s[i] != '\t') || s[i] == 0x7f) return fail(p, "control character in the reason", i);
    }
    return HTTP_MORE;
}

/* The head is complete at head[0 .. head.len): split it into lines, read the framing. */
static int parse_head(http_parser *p) {
    size_t pos = 0, n = p->head.len, e, len;
    const char *s = p->head.data, *v;
    int first = 1;
    while (pos < n) {
        e = pos;
        while (e < n && s[e] != '\n') e++;
        len = e - pos;
        if (len && s[pos + len - 1] == '\r') len--;
        if (memchr(s + pos, '\r', len)) return fail(p, "bare CR in the head", pos);
        if (len == 0) break; /* the empty line that ends the head */
        if (first) {
            if (parse_start(p, len) != HTTP_MORE) return HTTP_ERROR;
            first = 0;
        } else if (add_field(p, pos, len, 0) != HTTP_MORE) {
            p->error_at = p->seen_ + pos;
            return HTTP_ERROR;
        }
        pos = e + 1;
    }
    /* framing (RFC 9112 6.3) */
    p->keep_alive = p->minor >= 1 ? !http_header_has_token(p, "connection", "close")
                                  : http_header_has_token(p, "connection", "keep-alive");
    if (p->kind == HTTP_RESPONSE && (p->no_body || p->status < 200 || p->status == 204 || p->status == 304)) {
        p->length = 0;
        return HTTP_MORE;
    }
    if (http_header_get(p, "transfer-encoding", NULL)) {
        int i, n_te = 0;
        for (i = 0; i < p->nh; i++)
            if (eq_nocase(s + p->h[i].name, p->h[i].name_len, "transfer-encoding")) n_te++;
        v = http_header_get(p, "transfer-encoding", &len);
        if (n_te != 1 || !eq_nocase(v, len, "chunked")) return fail(p, "unsupported transfer coding (only chunked)", 0);
        p->chunked = 1;
        if (http_header_get(p, "content-length", NULL)) p->keep_alive = 0; /* a smuggling attempt, or a broken proxy */
        return HTTP_MORE;
    }
    if ((v = http_header_get(p, "content-length", &len)) != NULL) {
        uint64_t x = 0;
        size_t i;
        int k;
        if (len == 0) return fail(p, "empty Content-Length", 0);
        for (i = 0; i < len; i++) {
            if (v[i] < '0' || v[i] > '9') return fail(p, "malformed Content-Length", 0);
            if (x > (UINT64_MAX - 9) / 10) return fail(p, "Content-Length too large", 0);
            x = x * 10 + (uint64_t)(v[i] - '0');
        }
        for (k = 0; k < p->nh; k++) { /* several must all agree */
            const http_header *h = &p->h[k];
            if (eq_nocase(s + h->name, h->name_len, "content-length") &&
                (h->value_len != len || memcmp(s + h->value, v, len)))
                return fail(p, "conflicting Content-Length headers", 0);
        }
        if (x > p->lim.max_body) return fail(p, "body larger than the limit", 0);
        p->length = (int64_t)x;
        return HTTP_MORE;
    }
    if (p->kind == HTTP_REQUEST) {
        p->length = 0;
    } else {
        p->to_eof = 1;
        p->keep_alive = 0;
    }
    return HTTP_MORE;
}

static int body_append(http_parser *p, const char *d, size_t n) {
    if ((uint64_t)p->body.len + n > p->lim.max_body) return fail(p, "body larger than the limit", 0);
    if (phi_buf_append(&p->body, d, n) != PHI_OK) return fail(p, "out of memory", 0);
    return HTTP_MORE;
}

/* Gathers one line (up to '\n') into line_; returns bytes taken, *done when the line ended. */
static size_t take_line(http_parser *p, const char *d, size_t n, int *done, size_t max) {
    const char *nl = (const char *)memchr(d, '\n', n);
    size_t k = nl ? (size_t)(nl - d) + 1 : n;
    *done = nl != NULL;
    if (p->line_.len + k > max) return (size_t)-1;
    if (phi_buf_append(&p->line_, d, k) != PHI_OK) return (size_t)-1;
    return k;
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = lower(c);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* the line in line_, without its end ('\n' or "\r\n"); its length */
static size_t line_len(const http_parser *p) {
    size_t n = p->line_.len;
    if (n && p->line_.data[n - 1] == '\n') n--;
    if (n && p->line_.data[n - 1] == '\r') n--;
    return n;
}

static int parse_chunk_size(http_parser *p) {
    const char *s = p->line_.data;
    size_t n = line_len(p), i = 0;
    uint64_t x = 0;
    int d;
    if (memchr(s, '\r', n)) return fail(p, "bare CR in a chunk-size line", 0);
    while (i < n && (d = hexval((unsigned char)s[i])) >= 0) {
        if (x > (UINT64_MAX >> 4)) return fail(p, "chunk size too large", 0);
        x = (x << 4) | (uint64_t)d;
        i++;
    }
    if (i == 0) return fail(p, "malformed chunk size", 0);
    while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
    if (i < n && s[i] != ';') return fail(p, "malformed chunk size", 0);
    if (x > p->lim.max_body || (uint64_t)p->body.len + x > p->lim.max_body) return fail(p, "body larger than the limit", 0);
    p->left_ = x;
    p->state_ = x ? ST_CHUNK_DATA : ST_TRAILERS;
    return HTTP_MORE;
}

int http_head_done(const http_parser *p) { return p->state_ != ST_HEAD && p->state_ != ST_ERROR; }

/* Once the head is parsed, the state the body starts in */
static void begin_body(http_parser *p) {
    if (p->chunked)
        p->state_ = ST_CHUNK_SIZE;
    else if (p->to_eof)
        p->state_ = ST_BODY_EOF;
    else {
        p->left_ = (uint64_t)p->length;
        p->state_ = p->length > 0 ? ST_BODY_LEN : ST_DONE;
    }
}

int http_parse(http_parser *p, const char *data, size_t n, size_t *used) {
    size_t pos = 0;
    *used = 0;
    if (p->state_ == ST_ERROR) return HTTP_ERROR;
    if (p->state_ == ST_DONE) return HTTP_DONE;
    if (!p->body.data && phi_buf_reserve(&p->body, 1) == PHI_OK) p->body.data[0] = 0;
    while (pos < n || p->state_ == ST_DONE) {
        const char *d = data + pos;
        size_t k = n - pos, t;
        int done;
        switch (p->state_) {
        case ST_HEAD: {
            size_t start = p->head.len, i, end = 0;
            if (p->kind == HTTP_REQUEST && start == 0) { /* empty lines before a request line are ignored */
                while (k && (*d == '\r' || *d == '\n')) d++, k--, pos++, p->seen_++;
                if (!k) break;
            }
            if (k > p->lim.max_head - start) k = p->lim.max_head - start + 1; /* one byte over = too long */
            if (phi_buf_append(&p->head, d, k) != PHI_OK) return fail(p, "out of memory", 0);
            /* the head ends at "\n\n" or "\n\r\n"; search only what is new (and 2 bytes back) */
            for (i = p->scan_; i < p->head.len; i++) {
                if (p->head.data[i] != '\n' || i == 0) continue;
                if (p->head.data[i - 1] == '\n' || (i >= 2 && p->head.data[i - 1] == '\r' && p->head.data[i - 2] == '\n')) {
                    end = i + 1;
                    break;
                }
            }
            if (!end) {
                if (p->head.len > p->lim.max_head) return fail(p, "head larger than the limit", p->head.len - start);
                p->scan_ = p->head.len;
                pos += k;
                p->seen_ += k;
                break;
            }
            t = end - start; /* bytes of this call that belong to the head */
            p->head.len = end;
            p->head.data[end] = 0;
            pos += t;
            if (memchr(p->head.data, 0, end)) return fail(p, "NUL byte in the head", 0);
            if (parse_head(p) != HTTP_MORE) return HTTP_ERROR;
            p->seen_ += t;
            if (p->kind == HTTP_RESPONSE && p->status >= 100 && p->status < 200 && p->status != 101) {
                http_parser_reset(p); /* 100 Continue and friends: the real response follows */
                break;
            }
            begin_body(p);
            break;
        }
        case ST_BODY_LEN:
        case ST_CHUNK_DATA:
            t = k < p->left_ ? k : (size_t)p->left_;
            if (body_append(p, d, t) != HTTP_MORE) return HTTP_ERROR;
            p->left_ -= t;
            pos += t;
            p->seen_ += t;
            if (!p->left_) p->state_ = p->state_ == ST_BODY_LEN ? ST_DONE : ST_CHUNK_END;
            break;
        case ST_BODY_EOF:
            if (body_append(p, d, k) != HTTP_MORE) return HTTP_ERROR;
            pos += k;
            p->seen_ += k;
            break;
        case ST_CHUNK_SIZE:
        case ST_CHUNK_END:
        case ST_TRAILERS:
            t = take_line(p, d, k, &done, p->state_ == ST_TRAILERS ? p->lim.max_head : HTTP_MAX_CHUNK_LINE);
            if (t == (size_t)-1)
                return fail(p, p->state_ == ST_TRAILERS ? "trailer line too long" : "chunk-size line too long", 0);
            pos += t;
            if (!done) {
                p->seen_ += t;
                break;
            }
            if (p->state_ == ST_CHUNK_SIZE) {
                if (parse_chunk_size(p) != HTTP_MORE) return HTTP_ERROR;
            } else if (p->state_ == ST_CHUNK_END) {
                if (line_len(p) != 0)
                    return fail(p, "chunk data longer than its size", 0);
                p->state_ = ST_CHUNK_SIZE;
            } else if (line_len(p) == 0) {
                p->state_ = ST_DONE;
            } else { /* a trailer field: kept with the headers */
                size_t off = p->head.len, ln = line_len(p);
                if (memchr(p->line_.data, '\r', ln)) return fail(p, "bare CR in a trailer", 0);
                if (p->head.len + ln > p->lim.max_head) return fail(p, "trailers larger than the limit", 0);
                if (phi_buf_append(&p->head, p->line_.data, ln) != PHI_OK) return fail(p, "out of memory", 0);
                if (add_field(p, off, ln, 1) != HTTP_MORE) return HTTP_ERROR;
            }
            p->seen_ += t;
            p->line_.len = 0;
            break;
        case ST_DONE:
            *used = pos;
            return HTTP_DONE;
        default:
            return HTTP_ERROR;
        }
    }
    *used = pos;
    return HTTP_MORE;
}

int http_parse_eof(http_parser *p) {
    if (p->state_ == ST_DONE) return HTTP_DONE;
    if (p->state_ == ST_BODY_EOF) {
        p->state_ = ST_DONE;
        return HTTP_DONE;
    }
    if (p->state_ == ST_ERROR) return HTTP_ERROR;
    return fail(p, p->state_ == ST_HEAD ? "connection closed before the end of the head"
                                        : "connection closed before the end of the body", 0);
}

/* ---- server-sent events --------------------------------------------------------------------- */

int http_sse_next(http_sse *s, const char *buf, size_t len, int eof) {
    while (s->pos_ < len) {
        const char *line = buf + s->pos_, *end = buf + len, *e = line, *colon;
        size_t n, next;
        if (s->skip_lf_) { /* the CR of the last line end was followed by this LF */
            s->skip_lf_ = 0;
            if (*line == '\n') {
                s->pos_++;
                continue;
            }
        }
        while (e < end && *e != '\n' && *e != '\r') e++;
        if (e == end && !eof) return 0; /* the line has not ended yet */
        n = (size_t)(e - line);
        next = s->pos_ + n + (e < end ? 1 : 0);
        if (e < end && *e == '\r') {
            if (e + 1 < end) {
                if (e[1] == '\n') next++;
            } else if (!eof) {
                s->skip_lf_ = 1; /* a LF may come in the next bytes */
            }
        }
        s->pos_ = next;
        if (n == 0) { /* blank line: dispatch */
            if (!s->have_) continue;
            s->have_ = 0;
            if (s->data.len == 0) { /* no data: no event (the standard's rule) */
                s->event.len = 0;
                continue;
            }
            s->data.data[--s->data.len] = 0; /* the last '\n' */
            return 1;
        }
        if (s->have_ == 0) { /* the first field of a new event: forget the last one */
            s->data.len = s->event.len = 0;
            if (phi_buf_append(&s->data, "", 0) != PHI_OK || phi_buf_append(&s->event, "", 0) != PHI_OK) return -1;
        }
        if (line[0] == ':') continue; /* a comment (keep-alive pings) */
        s->have_ = 1;
        colon = (const char *)memchr(line, ':', n);
        {
            size_t fl = colon ? (size_t)(colon - line) : n;
            const char *v = colon ? colon + 1 : line + n;
            size_t vl = (size_t)(line + n - v);
            if (vl && *v == ' ') v++, vl--;
            if (fl == 4 && !memcmp(line, "data", 4)) {
                if (phi_buf_append(&s->data, v, vl) != PHI_OK || phi_buf_append(&s->data, "\n", 1) != PHI_OK) return -1;
            } else if (fl == 5 && !memcmp(line, "event", 5)) {
                s->event.len = 0;
                if (phi_buf_append(&s->event, v, vl) != PHI_OK) return -1;
            } /* id, retry and unknown fields: nothing we use */
        }
    }
    return 0;
}

void http_sse_free(http_sse *s) {
    phi_buf_free(&s->data);
    phi_buf_free(&s->event);
    memset(s, 0, sizeof *s);
}

/* ---- a client connection -------------------------------------------------------------------- */

int http_resolve(const char *host, const char *port, void *addr, unsigned *addrlen, char *err, size_t errlen) {
    struct addrinfo hints, *res = NULL;
    int rc;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    rc = getaddrinfo(host, port, &hints, &res);
    if (rc != 0 || !res) {
        snprintf(err, errlen, "cannot resolve %s:%s: %s", host, port, rc ? gai_strerror(rc) : "no address");
        return -1;
    }
    memcpy(addr, res->ai_addr, res->ai_addrlen);
    *addrlen = (unsigned)res->ai_addrlen;
    freeaddrinfo(res);
    return 0;
}

int http_connect(const void *addr, unsigned addrlen, char *err, size_t errlen) {
    const struct sockaddr *sa = (const struct sockaddr *)addr;
    int fd = socket(sa->sa_family, SOCK_STREAM, 0), one = 1;
    if (fd < 0) {
        snprintf(err, errlen, "socket: %s", strerror(errno));
        return -1;
    }
    fcntl(fd, F_SETFD, FD_CLOEXEC); /* helpers started later must not inherit it */
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one); /* a request is one write: send it now */
    if (connect(fd, sa, (socklen_t)addrlen) != 0 && errno != EINPROGRESS) {
        snprintf(err, errlen, "connect: %s", strerror(errno));
        close(fd);
        return -1;
    }
    return fd;
}

void http_conn_init(http_conn *c, const http_limits *lim) {
    memset(c, 0, sizeof *c);
    c->fd = -1;
    http_parser_init(&c->rx, HTTP_RESPONSE, lim);
}

void http_conn_attach(http_conn *c, int fd, int connecting) {
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    c->fd = fd;
    c->state = connecting ? HTTP_CONN_CONNECTING : HTTP_CONN_IDLE;
    c->reused = 0;
    c->out.len = c->sent = 0;
}

int http_conn_send(http_conn *c, const void *req, size_t n) {
    if (c->state != HTTP_CONN_IDLE && c->state != HTTP_CONN_CONNECTING) return -1;
    c->out.len = c->sent = 0;
    if (phi_buf_append(&c->out, req, n) != PHI_OK) return -1;
    http_parser_reset(&c->rx);
    c->bytes_in = 0;
    c->error = NULL;
    c->err_no = 0;
    if (c->state == HTTP_CONN_IDLE) c->state = HTTP_CONN_SENDING;
    return 0;
}

int http_conn_events(const http_conn *c) {
    switch (c->state) {
    case HTTP_CONN_CONNECTING:
    case HTTP_CONN_SENDING: return POLLOUT;
    case HTTP_CONN_RECEIVING:
    case HTTP_CONN_IDLE: return POLLIN; /* idle: to notice the server closing it */
    default: return 0;
    }
}

void http_conn_close(http_conn *c) {
    if (c->fd >= 0) close(c->fd);
    c->fd = -1;
    c->state = HTTP_CONN_CLOSED;
}

void http_conn_free(http_conn *c) {
    http_conn_close(c);
    phi_buf_free(&c->out);
    http_parser_free(&c->rx);
}

static int conn_fail(http_conn *c, const char *why, int e) {
    c->error = why;
    c->err_no = e;
    http_conn_close(c);
    return HTTP_ERROR;
}

int http_conn_io(http_conn *c, int revents) {
    char buf[65536];
    if (c->state == HTTP_CONN_CONNECTING) {
        int e = 0;
        socklen_t el = sizeof e;
        if (!(revents & (POLLOUT | POLLERR | POLLHUP))) return HTTP_MORE;
        if (getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &e, &el) != 0) e = errno;
        if (e) return conn_fail(c, "connect failed", e);
        c->state = c->out.len ? HTTP_CONN_SENDING : HTTP_CONN_IDLE;
    }
    if (c->state == HTTP_CONN_IDLE) { /* the server closed a kept-alive connection, or sent junk */
        if (revents & (POLLIN | POLLERR | POLLHUP)) http_conn_close(c);
        return HTTP_MORE;
    }
    if (c->state == HTTP_CONN_SENDING) {
        while (c->sent < c->out.len) {
            ssize_t w = send(c->fd, c->out.data + c->sent, c->out.len - c->sent, MSG_NOSIGNAL);
            if (w < 0) {
                if (errno == EAGAIN || errno == EWOULDBLOCK) return HTTP_MORE;
                if (errno == EINTR) continue;
                return conn_fail(c, c->reused ? "the server closed a kept-alive connection" : "send failed", errno);
            }
            c->sent += (size_t)w;
        }
        c->state = HTTP_CONN_RECEIVING;
        return HTTP_MORE; /* the reply comes later: poll again */
    }
    if (c->state != HTTP_CONN_RECEIVING) return HTTP_MORE;
    for (;;) {
        ssize_t r = recv(c->fd, buf, sizeof buf, 0);
        size_t used;
        int st;
        if (r < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK) return HTTP_MORE;
            if (errno == EINTR) continue;
            return conn_fail(c, c->bytes_in == 0 && c->reused ? "the server closed a kept-alive connection"
                                                              : "connection reset",
                             errno);
        }
        if (r == 0) {
            if (c->bytes_in == 0)
                return conn_fail(c, c->reused ? "the server closed a kept-alive connection"
                                              : "the server closed the connection without a reply",
                                 0);
            if (http_parse_eof(&c->rx) != HTTP_DONE) return conn_fail(c, c->rx.error, 0);
            http_conn_close(c);
            return HTTP_DONE;
        }
        c->bytes_in += (uint64_t)r;
        st = http_parse(&c->rx, buf, (size_t)r, &used);
        if (st == HTTP_ERROR) return conn_fail(c, c->rx.error, 0);
        if (st == HTTP_DONE) {
            if (used < (size_t)r || !c->rx.keep_alive) /* bytes past the reply: nothing we asked for */
                http_conn_close(c);
            else {
                c->state = HTTP_CONN_IDLE;
                c->reused = 1;
            }
            c->out.len = c->sent = 0;
            return HTTP_DONE;
        }
    }
}
