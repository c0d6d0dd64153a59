/* Tests of tools/http.c: the request and response parsers (fed whole, one byte at a time and
   split at every position), server-sent events, and a client connection over a socketpair.
   The expected values are read off the messages by hand (RFC 9112's framing rules, the WHATWG
   event-stream rules), not produced by the parser. */
#define PHI_IMPLEMENTATION
#include "../phi.h"
#include "../tools/http.c"
#include "test.h"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

/* Parses msg in pieces: whole, then cut at each position into two, then byte by byte. Each run
   must give the same verdict and body; returns the verdict of the first, with p left holding
   the whole-message parse. eof: the connection ends after msg. */
static int parse_all_ways(http_parser *p, int kind, const char *msg, size_t n, int eof, size_t *used_out) {
    int first = 0;
    size_t cut, used;
    phi_buf body0 = {0};
    for (cut = 0; cut <= n + 1; cut++) { /* cut == n + 1: byte by byte */
        http_parser q;
        int st = HTTP_MORE;
        size_t pos = 0, u;
        http_parser_init(&q, kind, NULL);
        if (cut == n + 1) {
            while (pos < n && st == HTTP_MORE) {
                st = http_parse(&q, msg + pos, 1, &u);
                pos += u;
            }
        } else {
            st = http_parse(&q, msg, cut, &u);
            pos = u;
            if (st == HTTP_MORE) {
                st = http_parse(&q, msg + cut, n - cut, &u);
                pos += u;
            }
        }
        if (st == HTTP_MORE && eof) st = http_parse_eof(&q);
        if (cut == 0) {
            first = st;
            used = pos;
            phi_buf_append(&body0, q.body.data ? q.body.data : "", q.body.len);
            *used_out = used;
        } else {
            CHECK_MSG(st == first, "cut %zu: verdict %d, whole: %d", cut, st, first);
            if (st == HTTP_DONE) {
                CHECK_MSG(q.body.len == body0.len && !memcmp(q.body.data, body0.data ? body0.data : "", body0.len),
                          "cut %zu: other body", cut);
                CHECK_MSG(pos == *used_out, "cut %zu: used %zu, whole %zu", cut, pos, *used_out);
            }
        }
        http_parser_free(&q);
    }
    phi_buf_free(&body0);
    http_parser_init(p, kind, NULL);
    {
        int st = http_parse(p, msg, n, &used);
        if (st == HTTP_MORE && eof) st = http_parse_eof(p);
        return st;
    }
}

static int hdr_is(const http_parser *p, const char *name, const char *want) {
    size_t len;
    const char *v = http_header_get(p, name, &len);
    return v && strlen(want) == len && !memcmp(v, want, len);
}

TEST(response_with_content_length) {
    const char *m = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 13\r\n\r\n{\"ok\": true}\n";
    http_parser p;
    size_t used;
    CHECK_EQ_INT(parse_all_ways(&p, HTTP_RESPONSE, m, strlen(m), 0, &used), HTTP_DONE);
    CHECK_EQ_INT(p.status, 200);
    CHECK_EQ_INT(p.minor, 1);
    CHECK_EQ_INT(p.body.len, 13);
    CHECK_EQ_STR(p.body.data, "{\"ok\": true}\n");
    CHECK(hdr_is(&p, "content-type", "application/json"));
    CHECK(hdr_is(&p, "CONTENT-LENGTH", "13"));
    CHECK_EQ_INT(p.keep_alive, 1);
    CHECK_EQ_INT(used, strlen(m));
    CHECK(p.reason_len == 2 && !memcmp(p.head.data + p.reason, "OK", 2));
    http_parser_free(&p);
}

TEST(chunked_response_with_extensions_and_trailers) {
    const char *m = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "5;name=value\r\nhello\r\n"
                    "1\r\n \r\n"
                    "A \r\n0123456789\r\n"
                    "0\r\nX-Checksum: abc\r\nX-Other:  two words \r\n\r\n";
    http_parser p;
    size_t used;
    CHECK_EQ_INT(parse_all_ways(&p, HTTP_RESPONSE, m, strlen(m), 0, &used), HTTP_DONE);
    CHECK_EQ_STR(p.body.data, "hello 0123456789");
    CHECK_EQ_INT(p.chunked, 1);
    CHECK(hdr_is(&p, "x-checksum", "abc"));
    CHECK(hdr_is(&p, "x-other", "two words"));
    CHECK_EQ_INT(p.h[p.nh - 1].trailer, 1);
    CHECK_EQ_INT(p.h[0].trailer, 0);
    CHECK_EQ_INT(used, strlen(m));
    http_parser_free(&p);
}

TEST(bare_lf_line_ends_are_accepted) {
    const char *m = "HTTP/1.1 201 Created\nContent-Length: 2\n\nhi";
    http_parser p;
    size_t used;
    CHECK_EQ_INT(parse_all_ways(&p, HTTP_RESPONSE, m, strlen(m), 0, &used), HTTP_DONE);
    CHECK_EQ_INT(p.status, 201);
    CHECK_EQ_STR(p.body.data, "hi");
    http_parser_free(&p);
}

TEST(body_to_eof_and_connection_close) {
    const char *m = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nall of this, until the end";
    const char *c = "HTTP/1.1 200 OK\r\nConnection: keep-alive, Close\r\nContent-Length: 0\r\n\r\n";
    const char *h10 = "HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\nx";
    const char *h10k = "HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 1\r\n\r\nx";
    http_parser p;
    size_t used;
    CHECK_EQ_INT(parse_all_ways(&p, HTTP_RESPONSE, m, strlen(m), 1, &used), HTTP_DONE);
    CHECK_EQ_STR(p.body.data, "all of this, until the end");
    CHECK_EQ_INT(p.keep_alive, 0);
    CHECK_EQ_INT(p.to_eof, 1);
    http_parser_free(&p);
    CHECK_EQ_INT(parse_all_ways(&p, HTTP_RESPONSE, c, strlen(c), 0, &used), HTTP_DONE);
    CHECK_EQ_INT(p.keep_alive, 0);
    http_parser_free(&p);
    CHECK_EQ_INT(parse_all_ways(&p, HTTP_RESPONSE, h10, strlen(h10), 0, &used), HTTP_DONE);
    CHECK_EQ_INT(p.keep_alive, 0);
    http_parser_free(&p);
    CHECK_EQ_INT(parse_all_ways(&p, HTTP_RESPONSE, h10k, strlen(h10k), 0, &used), HTTP_DONE);
    CHECK_EQ_INT(p.keep_alive, 1);
    http_parser_free(&p);
}

TEST(bodiless_responses_and_interim_ones) {
    const char *m = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n";
    const char *n304 = "HTTP/1.1 304 Not Modified\r\n\r\n";
    const char *head = "HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n";
    http_parser p;
    size_t used;
    CHECK_EQ_INT(parse_all_ways(&p, HTTP_RESPONSE, m, strlen(m), 0, &used), HTTP_DONE);
    CHECK_EQ_INT(p.status, 204);
    CHECK_EQ_INT(p.body.len, 0);
    CHECK_EQ_INT(used, strlen(m));
    http_parser_free(&p);
    CHECK_EQ_INT(parse_all_ways(&p, HTTP_RESPONSE, n304, strlen(n304), 0, &used), HTTP_DONE);
    http_parser_free(&p);
    http_parser_init(&p, HTTP_RESPONSE, NULL);
    p.no_body = 1; /* the answer to a HEAD request */
    CHECK_EQ_INT(http_parse(&p, head, strlen(head), &used), HTTP_DONE);
    CHECK_EQ_INT(p.body.len, 0);
    http_parser_free(&p);
}

TEST(pipelined_messages_are_taken_one_at_a_time) {
    const char *m = "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabcHTTP/1.1 404 Not Found\r\nContent-Length: 1\r\n\r\nz";
    http_parser p;
    size_t used, used2;
    http_parser_init(&p, HTTP_RESPONSE, NULL);
    CHECK_EQ_INT(http_parse(&p, m, strlen(m), &used), HTTP_DONE);
    CHECK_EQ_STR(p.body.data, "abc");
    CHECK_EQ_INT(used, 41);
    http_parser_reset(&p);
    CHECK_EQ_INT(http_parse(&p, m + used, strlen(m) - used, &used2), HTTP_DONE);
    CHECK_EQ_INT(p.status, 404);
    CHECK_EQ_STR(p.body.data, "z");
    http_parser_free(&p);
}

static void expect_error(int kind, const char *m, int eof, const char *why) {
    http_parser p;
    size_t used;
    int st = parse_all_ways(&p, kind, m, strlen(m), eof, &used);
    CHECK_MSG(st == HTTP_ERROR, "accepted: %s", m);
    CHECK_MSG(p.error && strstr(p.error, why), "error \"%s\", wanted \"%s\" for %s", p.error ? p.error : "", why, m);
    http_parser_free(&p);
}

TEST(malformed_responses_are_refused) {
    expect_error(HTTP_RESPONSE, "HTTP/1.1 200 OK\r\nContent-Length: 1x\r\n\r\n", 0, "malformed Content-Length");
    expect_error(HTTP_RESPONSE, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc", 0, "conflicting");
    expect_error(HTTP_RESPONSE, "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999999\r\n\r\n", 0, "too large");
    expect_error(HTTP_RESPONSE, "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n", 0, "transfer coding");
    expect_error(HTTP_RESPONSE, "HTTP/1.1 200 OK\r\nX: a\r\n  folded\r\n\r\n", 0, "folding");
    expect_error(HTTP_RESPONSE, "HTTP/1.1 200 OK\r\nX : a\r\n\r\n", 0, "malformed header");
    expect_error(HTTP_RESPONSE, "HTTP/1.1 2x0 OK\r\n\r\n", 0, "status code");
    expect_error(HTTP_RESPONSE, "HTTP/2 200 OK\r\n\r\n", 0, "HTTP/1");
    expect_error(HTTP_RESPONSE, "HTTP/1.1 200 OK\r\nX: a\rb\r\n\r\n", 0, "bare CR");
    expect_error(HTTP_RESPONSE, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 0, "chunk size");
    expect_error(HTTP_RESPONSE, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n", 0, "longer than its size");
    expect_error(HTTP_RESPONSE, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffffff\r\n", 0, "too large");
    expect_error(HTTP_RESPONSE, "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", 1, "before the end of the body");
    expect_error(HTTP_RESPONSE, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n", 1, "before the end of the body");
    expect_error(HTTP_RESPONSE, "HTTP/1.1 200 OK\r\nContent-", 1, "before the end of the head");
}

TEST(limits_bound_head_headers_and_body) {
    http_limits lim = {64, 3, 10};
    const char *big_head = "HTTP/1.1 200 OK\r\nX-Long: 0123456789012345678901234567890123456789\r\n\r\n";
    const char *many = "HTTP/1.1 200 OK\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n";
    const char *big_body = "HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n";
    const char *big_chunks = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nabcdef\r\n6\r\n";
    const char *big_eof = "HTTP/1.1 200 OK\r\n\r\n01234567890";
    const char *tests[5][2] = {{0, "head larger"}, {0, "too many header"}, {0, "body larger"}, {0, "body larger"}, {0, "body larger"}};
    int i;
    tests[0][0] = big_head, tests[1][0] = many, tests[2][0] = big_body, tests[3][0] = big_chunks, tests[4][0] = big_eof;
    for (i = 0; i < 5; i++) {
        http_parser p;
        size_t used;
        http_parser_init(&p, HTTP_RESPONSE, &lim);
        CHECK_MSG(http_parse(&p, tests[i][0], strlen(tests[i][0]), &used) == HTTP_ERROR, "case %d accepted", i);
        CHECK_MSG(p.error && strstr(p.error, tests[i][1]), "case %d: %s", i, p.error ? p.error : "");
        http_parser_free(&p);
    }
}

TEST(requests) {
    const char *get = "\r\nGET /v1/models?x=1 HTTP/1.1\r\nHost: localhost\r\n\r\n";
    const char *post = "POST /v1/chat/completions HTTP/1.1\r\nHost: a\r\nContent-Length: 7\r\n\r\n{\"a\":1}";
    const char *chunked = "PUT /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n";
    http_parser p;
    size_t used;
    CHECK_EQ_INT(parse_all_ways(&p, HTTP_REQUEST, get, strlen(get), 0, &used), HTTP_DONE);
    CHECK(p.method_len == 3 && !memcmp(p.head.data + p.method, "GET", 3));
    CHECK(p.target_len == 14 && !memcmp(p.head.data + p.target, "/v1/models?x=1", 14));
    CHECK_EQ_INT(p.body.len, 0);
    CHECK_EQ_INT(used, strlen(get));
    http_parser_free(&p);
    CHECK_EQ_INT(parse_all_ways(&p, HTTP_REQUEST, post, strlen(post), 0, &used), HTTP_DONE);
    CHECK_EQ_STR(p.body.data, "{\"a\":1}");
    http_parser_free(&p);
    CHECK_EQ_INT(parse_all_ways(&p, HTTP_REQUEST, chunked, strlen(chunked), 0, &used), HTTP_DONE);
    CHECK_EQ_STR(p.body.data, "abc");
    http_parser_free(&p);
    expect_error(HTTP_REQUEST, "G(T / HTTP/1.1\r\n\r\n", 0, "method");
    expect_error(HTTP_REQUEST, "GET  / HTTP/1.1\r\n\r\n", 0, "malformed request line");
    expect_error(HTTP_REQUEST, "GET / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 0, "transfer coding");
    expect_error(HTTP_REQUEST, "GET / FTP/1.0\r\n\r\n", 0, "HTTP/1");
}

/* Every event of an event stream fed in pieces of `step` bytes (0: whole). */
static int sse_events(const char *stream, size_t step, char out[][64], char names[][16], int max) {
    http_sse s;
    phi_buf b = {0};
    size_t n = strlen(stream), pos = 0;
    int k = 0, r;
    memset(&s, 0, sizeof s);
    for (;;) {
        size_t add = step ? step : n;
        if (pos < n) {
            if (add > n - pos) add = n - pos;
            phi_buf_append(&b, stream + pos, add);
            pos += add;
        }
        while ((r = http_sse_next(&s, b.data, b.len, pos == n)) == 1 && k < max) {
            snprintf(out[k], 64, "%s", s.data.data);
            snprintf(names[k], 16, "%s", s.event.data);
            k++;
        }
        if (pos == n) break;
    }
    http_sse_free(&s);
    phi_buf_free(&b);
    return k;
}

TEST(server_sent_events) {
    const char *stream = ": ping\r\n\r\n"
                         "data: {\"a\":1}\r\n\r\n"
                         "data:two\rdata:  lines\r\r"
                         "event: error\ndata: {\"error\":{}}\n\n"
                         "id: 7\n\n"      /* no data: no event */
                         "data\n\n"       /* a field without colon: empty data */
                         "data: [DONE]\n\n"
                         "data: unfinished";
    size_t step;
    for (step = 0; step <= 7; step++) {
        char ev[10][64], names[10][16];
        int n = sse_events(stream, step, ev, names, 10);
        CHECK_EQ_INT(n, 5);
        if (n != 5) continue;
        CHECK_EQ_STR(ev[0], "{\"a\":1}");
        CHECK_EQ_STR(names[0], "");
        CHECK_EQ_STR(ev[1], "two\n lines");
        CHECK_EQ_STR(ev[2], "{\"error\":{}}");
        CHECK_EQ_STR(names[2], "error");
        CHECK_EQ_STR(ev[3], "");
        CHECK_EQ_STR(ev[4], "[DONE]");
    }
}

/* A client connection over a socketpair: one response with keep-alive, then one that closes. */
TEST(connection_over_a_socketpair) {
    int sv[2], st = HTTP_MORE, rounds = 0;
    http_conn c;
    char req[256];
    ssize_t n;
    const char *r1 = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nfirst";
    const char *r2 = "HTTP/1.1 200 OK\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nsecond\r\n0\r\n\r\n";
    CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
    http_conn_init(&c, NULL);
    http_conn_attach(&c, sv[0], 0);
    CHECK(http_conn_send(&c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n", 27) == 0);
    CHECK_EQ_INT(http_conn_events(&c), POLLOUT);
    CHECK_EQ_INT(http_conn_io(&c, POLLOUT), HTTP_MORE);
    CHECK_EQ_INT(c.state, HTTP_CONN_RECEIVING);
    n = read(sv[1], req, sizeof req);
    CHECK_EQ_INT(n, 27);
    CHECK(write(sv[1], r1, 20) == 20); /* in two pieces */
    CHECK_EQ_INT(http_conn_io(&c, POLLIN), HTTP_MORE);
    CHECK(write(sv[1], r1 + 20, strlen(r1) - 20) == (ssize_t)(strlen(r1) - 20));
    CHECK_EQ_INT(http_conn_io(&c, POLLIN), HTTP_DONE);
    CHECK_EQ_STR(c.rx.body.data, "first");
    CHECK_EQ_INT(c.state, HTTP_CONN_IDLE);
    CHECK(http_conn_send(&c, "GET /2 HTTP/1.1\r\nHost: x\r\n\r\n", 28) == 0);
    CHECK_EQ_INT(c.reused, 1);
    while (st == HTTP_MORE && rounds++ < 10) {
        struct pollfd pf;
        pf.fd = c.fd;
        pf.events = (short)http_conn_events(&c);
        poll(&pf, 1, 1000);
        st = http_conn_io(&c, pf.revents);
        if (c.state == HTTP_CONN_RECEIVING && rounds == 1) {
            CHECK_EQ_INT(read(sv[1], req, sizeof req), 28);
            CHECK(write(sv[1], r2, strlen(r2)) == (ssize_t)strlen(r2));
        }
    }
    CHECK_EQ_INT(st, HTTP_DONE);
    CHECK_EQ_STR(c.rx.body.data, "second");
    CHECK_EQ_INT(c.state, HTTP_CONN_CLOSED); /* Connection: close */
    /* a server that closes with nothing sent */
    CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
    http_conn_attach(&c, sv[0], 0);
    c.reused = 0;
    CHECK(http_conn_send(&c, "GET / HTTP/1.1\r\n\r\n", 18) == 0);
    CHECK_EQ_INT(http_conn_io(&c, POLLOUT), HTTP_MORE);
    CHECK_EQ_INT(read(sv[1], req, sizeof req), 18); /* read, then closed: a clean end, not a reset */
    close(sv[1]);
    CHECK_EQ_INT(http_conn_io(&c, POLLIN), HTTP_ERROR);
    CHECK_MSG(c.error && strstr(c.error, "without a reply"), "%s", c.error ? c.error : "");
    http_conn_free(&c);
}

int main(void) {
    RUN(response_with_content_length);
    RUN(chunked_response_with_extensions_and_trailers);
    RUN(bare_lf_line_ends_are_accepted);
    RUN(body_to_eof_and_connection_close);
    RUN(bodiless_responses_and_interim_ones);
    RUN(pipelined_messages_are_taken_one_at_a_time);
    RUN(malformed_responses_are_refused);
    RUN(limits_bound_head_headers_and_body);
    RUN(requests);
    RUN(server_sent_events);
    RUN(connection_over_a_socketpair);
    return test_summary();
}
