/* libFuzzer target: tools/http.c's request and response parsers and the event-stream splitter.
   The first byte picks request or response, HEAD or not, and small or default limits. Any input
   must parse or fail cleanly, within the limits; fed whole and fed in pieces (sizes from the
   input itself) it must give the same verdict, body and bytes used. The body then goes through
   the event-stream splitter, whole and byte by byte, which must give the same events. */
#define PHI_IMPLEMENTATION
#include "../../phi.h"
#include "../../tools/http.c"

#include <stdint.h>

#include "fuzz.h"

static int run(http_parser *p, const char *d, size_t n, const unsigned char *steps, size_t nsteps, size_t *used) {
    size_t pos = 0, k = 0, u;
    int st = HTTP_MORE;
    while (pos < n && st == HTTP_MORE) {
        size_t step = nsteps ? (size_t)steps[k++ % nsteps] % 17 + 1 : n - pos;
        if (step > n - pos) step = n - pos;
        st = http_parse(p, d + pos, step, &u);
        REQUIRE(u <= step);
        REQUIRE(st != HTTP_MORE || u == step);
        pos += u;
    }
    if (st == HTTP_MORE) st = http_parse_eof(p);
    *used = pos;
    return st;
}

static uint64_t sse_digest(const char *d, size_t n, int bytewise) {
    http_sse s;
    uint64_t h = PHI_FNV1A_INIT;
    size_t len = bytewise ? 0 : n;
    int r;
    memset(&s, 0, sizeof s);
    for (;;) {
        while ((r = http_sse_next(&s, d, len, len == n)) == 1) {
            h = phi_fnv1a(h, s.data.data, s.data.len + 1);
            h = phi_fnv1a(h, s.event.data, s.event.len + 1);
        }
        REQUIRE(r == 0);
        if (len == n) break;
        len++;
    }
    http_sse_free(&s);
    return h;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    http_parser a, b;
    http_limits small = {200, 8, 300};
    size_t ua, ub;
    int sa, sb, mode;
    if (size < 1) return 0;
    mode = data[0];
    data++, size--;
    http_parser_init(&a, mode & 1 ? HTTP_REQUEST : HTTP_RESPONSE, mode & 4 ? &small : NULL);
    http_parser_init(&b, mode & 1 ? HTTP_REQUEST : HTTP_RESPONSE, mode & 4 ? &small : NULL);
    a.no_body = b.no_body = (mode & 2) != 0;
    sa = run(&a, (const char *)data, size, NULL, 0, &ua);
    sb = run(&b, (const char *)data, size, data, size < 16 ? size : 16, &ub);
    REQUIRE(sa == sb);
    if (sa == HTTP_ERROR) REQUIRE(a.error != NULL);
    if (sa == HTTP_DONE) {
        REQUIRE(ua == ub);
        REQUIRE(a.body.len == b.body.len && (a.body.len == 0 || memcmp(a.body.data, b.body.data, a.body.len) == 0));
        REQUIRE(a.nh == b.nh && a.status == b.status);
        REQUIRE(a.head.len <= a.lim.max_head && a.nh <= a.lim.max_headers && a.body.len <= a.lim.max_body);
        REQUIRE(sse_digest(a.body.data, a.body.len, 0) == sse_digest(a.body.data, a.body.len, 1));
    }
    http_parser_free(&a);
    http_parser_free(&b);
    return 0;
}
