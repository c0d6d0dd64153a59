/* libFuzzer target: what >>benchmarks and >>decontam read from outside. The first byte chooses:
     0: a benchmark file (HumanEval or MBPP JSONL, told apart by its first record): it loads or
        is refused with a message, and a loaded item has its task id;
     1: a training document scanned for n-grams against a small index: every hit's spans lie in
        the document and in its field, in order; on CPUs with AVX-512 VBMI2 the document's first
        pass is also made byte by byte, and both must store the same bytes;
     2: a training document cut into function units (as Python, else through its markdown code
        blocks): every unit's tree is well formed (leftmost leaves inside it). */
#define PHI_IMPLEMENTATION
#include "../../phi.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

static const char bench[] =
    "{\"task_id\": \"HumanEval/0\", \"prompt\": \"def add(a, b):\\n    \\\"\\\"\\\"Add two numbers x and y, the sum of "
    "them both, as the tests of this problem check\\\"\\\"\\\"\\n\", \"canonical_solution\": \"    return a + b\\n\", "
    "\"test\": \"def check(candidate):\\n    assert candidate(1, 2) == 3\\n\", \"entry_point\": \"add\"}\n";

static void scan(const uint8_t *data, size_t size) {
    static phi_benchmark b;
    static phi_ngram_index ix;
    static int ready;
    static phi_ngram_hits h;
    phi_ngram_opts o;
    size_t i;
    if (!ready) {
        memset(&o, 0, sizeof o);
        o.n = 3;
        REQUIRE(phi_benchmark_parse(&b, bench, sizeof bench - 1, "bench", PHI_BENCH_AUTO) == PHI_OK);
        REQUIRE(phi_ngram_index_build(&ix, &b, 1, &o) == PHI_OK);
        ready = 1;
    }
    REQUIRE(phi_ngram_scan(&h, &ix, (const char *)data, size) == PHI_OK);
    for (i = 0; i < h.n; i++) {
        const phi_ngram_hit *x = &h.items[i];
        const phi_bench_text *t = phi_bench_item_field(x->item, x->field);
        REQUIRE(x->doc_start < x->doc_end && x->doc_end <= size);
        REQUIRE(t && x->field_start < x->field_end && x->field_end <= t->len);
        REQUIRE(i == 0 || h.items[i - 1].doc_start <= x->doc_start);
    }
#ifdef PHI__NG_SIMD
    if (phi__k_bytes_avx512()) {
        unsigned char *a = (unsigned char *)malloc(size + 9), *c = (unsigned char *)malloc(size + 9);
        unsigned wa = 0, wc = 0;
        size_t ka, kc;
        REQUIRE(a && c);
        ka = phi__ng_squeeze_scalar(a, 0, &wa, data, data + size);
        kc = phi__ng_squeeze_avx512(c, 0, &wc, data, data + size);
        REQUIRE(ka == kc && wa == wc && memcmp(a, c, ka) == 0);
        free(a);
        free(c);
    }
#endif
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    int mode, i, j;
    if (size == 0) return 0;
    mode = data[0] % 3;
    data++, size--;
    if (mode == 0) {
        phi_benchmark b;
        size_t k;
        phi_status st = phi_benchmark_parse(&b, data, size, "fuzz.jsonl", PHI_BENCH_AUTO);
        if (st != PHI_OK) REQUIRE(phi_errmsg()[0] != 0);
        else
            for (k = 0; k < b.n; k++) REQUIRE(b.items[k].task_id != NULL);
        phi_benchmark_free(&b);
    } else if (mode == 1) {
        scan(data, size);
    } else {
        phi_ted_units u;
        memset(&u, 0, sizeof u);
        if (phi_ted_units_add(&u, (const char *)data, size, 7, NULL) == PHI_OK)
            for (i = 0; i < u.n; i++) {
                const phi_ted_tree *t = &u.items[i].tree;
                REQUIRE(u.items[i].tag == 7 && t->n > 0);
                for (j = 0; j < t->n; j++) REQUIRE(t->lml[j] >= 0 && t->lml[j] <= j);
            }
        else
            REQUIRE(phi_errmsg()[0] != 0);
        phi_ted_units_free(&u);
    }
    return 0;
}
