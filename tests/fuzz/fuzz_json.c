/* libFuzzer target: the JSON parser and writer. Any input must parse or fail cleanly; what
   parses must write, and the written text must parse back to an equal value and write back
   to the same bytes, in every writer mode. */
#define PHI_IMPLEMENTATION
#include "../../phi.h"

#include <stdint.h>

#include "fuzz.h"

static void round_trip(const phi_json *v, int flags, const phi_json_opts *o) {
    phi_buf a = {0}, b = {0};
    phi_json_doc d = {0};
    REQUIRE(phi_json_write(&a, v, flags) == PHI_OK);
    REQUIRE(phi_json_parse(&d, a.data, a.len, o) == PHI_OK);
    REQUIRE(phi_json_equal(v, d.root));
    REQUIRE(phi_json_write(&b, d.root, flags) == PHI_OK);
    REQUIRE(a.len == b.len && memcmp(a.data, b.data, a.len) == 0);
    phi_json_doc_free(&d);
    phi_buf_free(&a);
    phi_buf_free(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static phi_json_doc doc; /* reused across inputs, as callers do */
    phi_json_opts o = {0};
    o.max_depth = 1 + (int)(size % 300);
    if (phi_json_parse(&doc, (const char *)data, size, &o) != PHI_OK) {
        REQUIRE(doc.root == NULL && doc.err_offset <= size && doc.err_line >= 1 && doc.err_col >= 1);
        return 0;
    }
    round_trip(doc.root, 0, &o);
    round_trip(doc.root, PHI_JSON_ASCII, &o);
    round_trip(doc.root, PHI_JSON_PRETTY, &o);
    return 0;
}
