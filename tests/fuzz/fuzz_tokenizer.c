/* libFuzzer target: the tokenizer's readers. Any input must load or fail cleanly, as our own
   format or a tokenizer.json (phi_tokenizer_parse), and, split at its first NUL byte, as
   GPT-2's encoder.json + vocab.bpe. Whatever loads must encode any text to ids that decode
   back to the same bytes, and write itself out in our format so that it reads back to the
   same bytes again. Seeds: tests/fuzz/seeds_tokenizer (tests/fuzz/make_seeds_tokenizer.sh). */
#define PHI_IMPLEMENTATION
#include "../../phi.h"

#include <stdint.h>

#include "fuzz.h"

static void exercise(phi_tokenizer *t, const uint8_t *data, size_t size) {
    static const char text[] = "def f(x):\n    return x's  <|endoftext|> \xff\xfe caf\xc3\xa9 \t\t1234\n";
    phi_ids ids = {0};
    phi_buf back = {0}, a = {0}, b = {0};
    phi_tokenizer *u = NULL;
    size_t n = size < 4096 ? size : 4096;
    REQUIRE(phi_tokenizer_encode(t, text, sizeof text - 1, &ids) == PHI_OK);
    REQUIRE(phi_tokenizer_encode(t, (const char *)data, n, &ids) == PHI_OK);
    REQUIRE(phi_tokenizer_decode(t, ids.data, ids.len, &back) == PHI_OK);
    REQUIRE(back.len == sizeof text - 1 + n && memcmp(back.data, text, sizeof text - 1) == 0 &&
            memcmp(back.data + sizeof text - 1, data, n) == 0);
    REQUIRE(phi_tokenizer_serialize(t, &a) == PHI_OK);
    REQUIRE(phi_tokenizer_parse(&u, a.data, a.len, "again") == PHI_OK);
    REQUIRE(phi_tokenizer_serialize(u, &b) == PHI_OK);
    REQUIRE(a.len == b.len && memcmp(a.data, b.data, a.len) == 0);
    phi_tokenizer_free(u);
    phi_ids_free(&ids);
    phi_buf_free(&back);
    phi_buf_free(&a);
    phi_buf_free(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    phi_tokenizer *t = NULL;
    const uint8_t *nul = (const uint8_t *)memchr(data, 0, size);
    if (phi_tokenizer_parse(&t, data, size, "fuzz") == PHI_OK) exercise(t, data, size);
    else REQUIRE(t == NULL && phi_errmsg()[0]);
    phi_tokenizer_free(t);
    t = NULL;
    if (nul) {
        size_t k = (size_t)(nul - data);
        if (phi_tokenizer_parse_gpt2(&t, (const char *)data, k, (const char *)nul + 1, size - k - 1) == PHI_OK) exercise(t, data, size);
        else REQUIRE(t == NULL && phi_errmsg()[0]);
        phi_tokenizer_free(t);
    }
    return 0;
}
