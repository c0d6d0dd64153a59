/* http.h - HTTP/1.1 over plain sockets, for the tools (never for the library): the teacher's
   client and, later, `phi serve`. Defined in http.c, which has no teacher logic in it.

   Three pieces, each usable alone:
     - http_parser: an incremental parser of one request or one response at a time. Bytes may
       arrive split anywhere (one byte per call is fine). It frames the body the way RFC 9112
       section 6.3 says: Content-Length, chunked (chunk extensions skipped, trailers kept),
       or, for a response with neither, everything up to the end of the connection. Every
       size is bounded (http_limits), so a hostile peer costs a bounded amount of memory.
     - http_sse: splits a text/event-stream body into events (the WHATWG rules: "data:" lines
       joined with '\n', comment lines skipped, "event:" names, CR, LF or CRLF line ends).
     - http_conn: one non-blocking client connection for a poll() loop: connect, send one
       request, parse its response, keep the connection alive when the server allows it.

   Errors are strings (a static description, plus where it happened in the byte stream). */
#ifndef PHI_TOOLS_HTTP_H
#define PHI_TOOLS_HTTP_H

#include <stddef.h>
#include <stdint.h>

#include "../phi.h"

/* ---- limits ------------------------------------------------------------------------------- */

typedef struct http_limits {
    size_t max_head;    /* start line + headers (and trailers), bytes; 0 = 64 KiB */
    int max_headers;    /* header (and trailer) lines; 0 = 128 */
    uint64_t max_body;  /* body bytes after decoding; 0 = 64 MiB */
} http_limits;
#define HTTP_DEFAULT_MAX_HEAD ((size_t)64 << 10)
#define HTTP_DEFAULT_MAX_HEADERS 128
#define HTTP_DEFAULT_MAX_BODY ((uint64_t)64 << 20)

/* ---- the parser --------------------------------------------------------------------------- */

enum { HTTP_MORE = 0, HTTP_DONE = 1, HTTP_ERROR = -1 };
enum { HTTP_RESPONSE = 0, HTTP_REQUEST = 1 };

typedef struct http_header {
    size_t name, name_len;   /* offsets into http_parser.head */
    size_t value, value_len; /* the value without its surrounding spaces */
    int trailer;             /* 1: came after a chunked body */
} http_header;

typedef struct http_parser {
    int kind;          /* HTTP_REQUEST or HTTP_RESPONSE: set by http_parser_init */
    int no_body;       /* response to a HEAD request: set before feeding */
    http_limits lim;
    /* the message, once its head is parsed (status, headers) or once it is done (body) */
    int minor;         /* HTTP/1.minor */
    int status;        /* responses: 100..999 */
    size_t method, method_len, target, target_len, reason, reason_len; /* offsets into head */
    phi_buf head;      /* the raw head bytes (names and values point into them) */
    http_header *h;    /* [nh] */
    int nh;
    phi_buf body;      /* the decoded body (chunks joined); NUL-terminated */
    int keep_alive;    /* the connection may carry another message after this one */
    int chunked;       /* the body was chunked */
    int to_eof;        /* the body runs to the end of the connection */
    int64_t length;    /* Content-Length, or -1 */
    const char *error; /* what was wrong, after HTTP_ERROR */
    uint64_t error_at; /* ... at this byte of the stream (from the message's first byte) */
    /* private */
    int state_, cap_h_;
    size_t scan_;      /* how far the head was searched for its end */
    uint64_t left_, seen_;
    phi_buf line_;     /* a chunk-size or trailer line being gathered */
} http_parser;

void http_parser_init(http_parser *p, int kind, const http_limits *lim);
/* Forget the last message (keeping the memory) to parse the next one on the same connection. */
void http_parser_reset(http_parser *p);
void http_parser_free(http_parser *p);
/* Parses data[0..n): returns HTTP_MORE (all of it consumed, the message is not complete),
   HTTP_DONE (the message is complete; *used says how many bytes it took, the rest belongs to
   the next message) or HTTP_ERROR (p->error says why). 1xx interim responses (100 Continue)
   are skipped. */
int http_parse(http_parser *p, const char *data, size_t n, size_t *used);
/* The connection has ended: HTTP_DONE when the body runs to EOF (it is complete now), else
   HTTP_ERROR: a message cut short ("connection closed before the end of the body"). */
int http_parse_eof(http_parser *p);
/* 1 when the head is complete (status and headers may be read while the body arrives). */
int http_head_done(const http_parser *p);
/* The value of the last header so named (ASCII case-insensitive), NUL-free, or NULL; *len its bytes. */
const char *http_header_get(const http_parser *p, const char *name, size_t *len);
/* 1 when the comma-separated header `name` lists `token` (case-insensitive) */
int http_header_has_token(const http_parser *p, const char *name, const char *token);

/* ---- server-sent events --------------------------------------------------------------------- */

typedef struct http_sse {
    phi_buf data;   /* the event's data: its "data:" lines joined by '\n' */
    phi_buf event;  /* its "event:" name, "" if none */
    /* private */
    size_t pos_;    /* bytes of the stream consumed */
    int skip_lf_;   /* the last line ended in CR: a LF right after it belongs to that line end */
    int have_;      /* a field was seen since the last dispatch */
} http_sse;

/* Next event of a stream whose bytes so far are buf[0..len) (the same buffer growing between
   calls, as http_parser.body does). Returns 1 with an event in s->data/s->event, 0 when no
   complete event is in the bytes yet, -1 on out of memory. At the end of the stream, pass
   eof = 1: an unfinished last line is then taken as ended (but an event is only dispatched by
   a blank line, as the standard says). */
int http_sse_next(http_sse *s, const char *buf, size_t len, int eof);
void http_sse_free(http_sse *s);

/* ---- a client connection for a poll() loop -------------------------------------------------- */

enum { HTTP_CONN_CLOSED = 0, HTTP_CONN_CONNECTING, HTTP_CONN_IDLE, HTTP_CONN_SENDING, HTTP_CONN_RECEIVING };

typedef struct http_conn {
    int fd;            /* -1 when closed */
    int state;         /* HTTP_CONN_* */
    phi_buf out;       /* the request being sent */
    size_t sent;
    http_parser rx;    /* its response */
    uint64_t bytes_in; /* bytes received for this response */
    int reused;        /* this request went out on a connection that had carried one before */
    const char *error; /* after HTTP_ERROR: what failed */
    int err_no;        /* ... and errno, when the system said */
} http_conn;

/* Resolves host:port (numeric or by name; blocking, once per run) into addr (a struct
   sockaddr_storage's bytes, *addrlen of them). 0, or -1 with a message in err. */
int http_resolve(const char *host, const char *port, void *addr, unsigned *addrlen, char *err, size_t errlen);
/* A non-blocking TCP connection to addr (started, usually not finished), TCP_NODELAY set. */
int http_connect(const void *addr, unsigned addrlen, char *err, size_t errlen);
void http_conn_init(http_conn *c, const http_limits *lim);
/* Takes over fd (a socket being connected, or one end of a socketpair already usable). */
void http_conn_attach(http_conn *c, int fd, int connecting);
/* Queues a whole request (head and body) to send; the connection must be idle or connecting. */
int http_conn_send(http_conn *c, const void *req, size_t n);
/* The poll() events the connection waits for (POLLIN, POLLOUT), 0 when it waits for nothing. */
int http_conn_events(const http_conn *c);
/* Does the I/O poll() said is possible (revents). Returns HTTP_MORE, HTTP_DONE (the response is
   in c->rx; the connection is idle again, or closed when it may not be reused) or HTTP_ERROR
   (closed; c->error says why). */
int http_conn_io(http_conn *c, int revents);
void http_conn_close(http_conn *c);
void http_conn_free(http_conn *c);

#endif /* PHI_TOOLS_HTTP_H */
