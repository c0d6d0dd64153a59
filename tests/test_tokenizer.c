/* Tests of >>tokenizer: ids identical to tiktoken's "gpt2" encoding and to HuggingFace
   tokenizers' (fixtures made by tests/fixtures/make_tok_ref.mjs), the pre-tokenizer on
   hand-worked cases, both merge loops, parallel encoding, every file format (read, write,
   malformed), and training (against a full recount before every merge).

   With --pysrc it instead checks every .py file of the local Python's standard library
   against tests/fixtures/tok_pysrc.tsv, and trains a vocabulary of 8192 on them that must
   round-trip every file (tests/run.sh runs that once, plain build only). */
#define PHI__WC_MAX_SLOTS 4096 /* a small word cache: it fills and starts again, often */
#define PHI_IMPLEMENTATION
#include "../phi.h"
#include "test.h"

#include <stdlib.h>

static phi_tokenizer *gpt2; /* loaded once */

/* GPT-2's vocabulary in the public test data (PHI_DATA), or NULL when a file of it is missing. */
static const char *gpt2_dir(void) {
    return test_data("gpt2/encoder.json") && test_data("gpt2/vocab.bpe") ? test_data("gpt2") : NULL;
}

/* A test of GPT-2's vocabulary skips without the data, and fails (no checks) if it did not load. */
#define NEED_GPT2()                         \
    do {                                    \
        if (!gpt2_dir()) SKIP_NO_DATA();    \
        if (!gpt2) return;                  \
    } while (0)

static phi_buf slurp(const char *path) {
    phi_buf b = {0};
    if (phi_file_read(path, &b) != PHI_OK) test__fail(__FILE__, __LINE__, "%s", phi_errmsg());
    return b;
}

static phi_ids read_ids(const char *path) {
    phi_buf b = slurp(path);
    phi_ids ids = {0};
    char *p = b.data, *end;
    while (p && *p && *p != '\n') {
        long v = strtol(p, &end, 10);
        if (end == p) break;
        phi_ids_push(&ids, (int32_t)v);
        p = end;
    }
    phi_buf_free(&b);
    return ids;
}

static int same_ids(const phi_ids *a, const phi_ids *b) {
    size_t i;
    for (i = 0; i < a->len && i < b->len; i++)
        if (a->data[i] != b->data[i]) break;
    if (i == a->len && i == b->len) return 1;
    fprintf(stderr, "  ids differ at %zu (of %zu and %zu): %ld vs %ld\n", i, a->len, b->len, i < a->len ? (long)a->data[i] : -1L,
            i < b->len ? (long)b->data[i] : -1L);
    return 0;
}

/* Encodes text, compares with the expected ids, decodes back to the same bytes. */
static void check_text(const phi_tokenizer *t, const char *text, size_t len, const phi_ids *want) {
    phi_ids ids = {0};
    phi_buf back = {0};
    CHECK(phi_tokenizer_encode(t, text, len, &ids) == PHI_OK);
    if (want) CHECK(same_ids(&ids, want));
    CHECK(phi_tokenizer_decode(t, ids.data, ids.len, &back) == PHI_OK);
    CHECK(back.len == len && (len == 0 || memcmp(back.data, text, len) == 0));
    phi_ids_free(&ids);
    phi_buf_free(&back);
}

TEST(loads_gpt2) {
    size_t n;
    const char *s, *dir = gpt2_dir();
    if (!dir) SKIP_NO_DATA();
    CHECK(phi_tokenizer_load(&gpt2, dir) == PHI_OK);
    if (!gpt2) return;
    CHECK_EQ_INT(phi_tokenizer_vocab_size(gpt2), 50257);
    CHECK_EQ_INT(phi_tokenizer_num_merges(gpt2), 50000);
    CHECK_EQ_INT(phi_tokenizer_token_id(gpt2, "<|endoftext|>", 13), 50256);
    CHECK_EQ_INT(phi_tokenizer_token_flags(gpt2, 50256), PHI_TOKEN_ADDED | PHI_TOKEN_SPECIAL | PHI_TOKEN_VOCAB);
    CHECK_EQ_INT(phi_tokenizer_token_id(gpt2, " the", 4), 262); /* "Ġthe" in encoder.json */
    CHECK_EQ_INT(phi_tokenizer_token_id(gpt2, "!", 1), 0);
    CHECK_EQ_INT(phi_tokenizer_token_id(gpt2, "no such token", 13), -1);
    s = phi_tokenizer_token(gpt2, 220, &n); /* "Ġ" is the space */
    CHECK(s && n == 1 && s[0] == ' ');
    CHECK(phi_tokenizer_token(gpt2, 50257, &n) == NULL);
}

/* The ids of a fixture text are the expected ones, and decode back to the text. */
static void check_fixture(const char *text_path, const char *ids_path) {
    phi_buf text = slurp(text_path);
    phi_ids want = read_ids(ids_path);
    CHECK(want.len > 10000);
    if (gpt2) check_text(gpt2, text.data, text.len, &want);
    phi_buf_free(&text);
    phi_ids_free(&want);
}

TEST(stress_text_matches_tiktoken) { NEED_GPT2(); check_fixture("tests/fixtures/tok_stress.txt", "tests/fixtures/tok_stress.ids"); }

/* tiktoken takes no invalid UTF-8: these ids come from make_tok_ref.mjs's own implementation,
   which gives tiktoken's ids on every valid text of the fixtures */
TEST(invalid_utf8_matches_reference) { NEED_GPT2(); check_fixture("tests/fixtures/tok_invalid.bin", "tests/fixtures/tok_invalid.ids"); }

/* Pre-tokens of s joined by '|'. */
static void pieces(const char *s, char *out) {
    size_t n = strlen(s), k;
    *out = 0;
    while (n) {
        k = phi__pretoken((const unsigned char *)s, n);
        if (*out) strcat(out, "|");
        strncat(out, s, k);
        s += k;
        n -= k;
    }
}

TEST(pretokenizer_follows_the_pattern) {
    /* worked by hand from the pattern's alternatives, in their order */
    static const char *const cases[][2] = {
        {"Hello world", "Hello| world"},
        {"a  b", "a| | b"},                   /* \s+(?!\S) leaves the last space to " ?\p{L}+" */
        {"a   b", "a|  | b"},
        {"a\t\tb", "a|\t|\t|b"},              /* a lone tab before a letter: \s+ */
        {"a \tb", "a| |\t|b"},
        {"x   ", "x|   "},                    /* white space to the end */
        {"x\n\n  y", "x|\n\n | y"},
        {"it's", "it|'s"},
        {"IT'S", "IT|'|S"},                   /* contractions are lower case only */
        {"we'll've", "we|'ll|'ve"},
        {" 's", " '|s"},                      /* the space takes the apostrophe along */
        {"!'s", "!'|s"},
        {"abc123def", "abc|123|def"},
        {" 123 x", " 123| x"},
        {"x+=1;", "x|+=|1|;"},
        {"  ++", " | ++"},
        {"\xc3\xa9t\xc3\xa9 \xe2\x82\xac" "5", "\xc3\xa9t\xc3\xa9| \xe2\x82\xac|5"}, /* été €5 */
        {"a\xe3\x80\x80\xe3\x80\x80" "b", "a|\xe3\x80\x80|\xe3\x80\x80|b"},         /* ideographic spaces */
        {"\xc2\xb2\xc2\xbd!", "\xc2\xb2\xc2\xbd|!"},                              /* No: numbers */
        {"a\xff" "b", "a|\xff|b"},                                                  /* not UTF-8 */
        {" \xff\xfe'", " \xff\xfe'"},
    };
    size_t i;
    char got[256];
    for (i = 0; i < sizeof cases / sizeof *cases; i++) {
        pieces(cases[i][0], got);
        CHECK_MSG(strcmp(got, cases[i][1]) == 0, "case %zu: \"%s\" != \"%s\"", i, got, cases[i][1]);
    }
}

TEST(heap_merge_loop_equals_scan) {
    /* random words from a small alphabet, so that many merges apply */
    static const char alphabet[] = "  eeettaaoinshrd\n\t=_x0";
    phi_rng r;
    int trial;
    int32_t a[600], b[600], aux[600], prev[600];
    uint64_t heap[1800];
    NEED_GPT2();
    phi_rng_seed(&r, 5);
    for (trial = 0; trial < 2000; trial++) {
        size_t n = 2 + (size_t)phi_rng_below(&r, trial < 1900 ? 40 : 600), i, ma, mb;
        for (i = 0; i < n; i++) a[i] = b[i] = gpt2->byte_tok[(unsigned char)alphabet[phi_rng_below(&r, sizeof alphabet - 1)]];
        ma = phi__bpe_scan(gpt2, a, aux, n);
        mb = phi__bpe_heap(gpt2, b, aux, prev, heap, n);
        if (ma != mb || memcmp(a, b, ma * sizeof *a) != 0) {
            test__fail(__FILE__, __LINE__, "word of %zu bytes: scan gives %zu tokens, heap %zu", n, ma, mb);
            break;
        }
    }
    CHECK(trial == 2000); /* no word differed */
}

TEST(long_pretokens) {
    /* one pre-token of 100000 bytes goes through the heap loop: it merges, and decodes back */
    size_t n = 100000, i, spaces = 0;
    char *s;
    phi_ids ids = {0};
    NEED_GPT2();
    s = (char *)malloc(n);
    for (i = 0; i < n; i++) s[i] = (char)("abcab"[i % 5]);
    if (gpt2 && phi_tokenizer_encode(gpt2, s, n, &ids) == PHI_OK) CHECK(ids.len < n / 2);
    if (gpt2) check_text(gpt2, s, n, NULL);
    /* GPT-2 has no merge of two spaces (hence CodeGen's added tokens): one id 220 per space */
    memset(s, ' ', n);
    ids.len = 0;
    if (gpt2 && phi_tokenizer_encode(gpt2, s, n, &ids) == PHI_OK)
        for (i = 0; i < ids.len; i++) spaces += ids.data[i] == 220;
    CHECK(ids.len == n && spaces == n);
    phi_ids_free(&ids);
    free(s);
}

/* The text encoded by 2 to 5 threads gives the ids of one. */
static void check_parallel_equals_serial(const phi_buf *text) {
    phi_ids one = {0}, many = {0};
    phi_pool *pool = NULL;
    int threads;
    CHECK(phi_tokenizer_encode(gpt2, text->data, text->len, &one) == PHI_OK);
    for (threads = 2; threads <= 5; threads++) {
        many.len = 0;
        CHECK(phi_pool_create(&pool, threads) == PHI_OK);
        CHECK(phi_tokenizer_encode_parallel(gpt2, text->data, text->len, &many, pool) == PHI_OK);
        CHECK(same_ids(&one, &many));
        phi_pool_free(pool);
    }
    phi_ids_free(&one);
    phi_ids_free(&many);
}

TEST(parallel_encoding_equals_serial) {
    phi_buf a, b, text = {0};
    int i;
    NEED_GPT2();
    a = slurp("tests/fixtures/tok_stress.txt"), b = slurp("tests/fixtures/tok_invalid.bin");
    for (i = 0; i < 4; i++) {
        phi_buf_append(&text, a.data, a.len);
        phi_buf_append(&text, "\n<|endoftext|>", 14);
        phi_buf_append(&text, b.data, b.len);
    }
    CHECK(text.len > (1u << 16));
    if (gpt2) check_parallel_equals_serial(&text);
    phi_buf_free(&a);
    phi_buf_free(&b);
    phi_buf_free(&text);
}

/* Line starts after white space ("\n\n", " \n", "\t\n", "\r\n", "\u00a0\n") must not be
   cut at: the full text splits that white space differently from a piece ending in it. Every
   line start here is one of those but the one after "g\n". */
TEST(parallel_encoding_cuts_only_where_tokens_cannot_change) {
    static const char unit[] = "a\n\nb \nc\t\nd\r\ne\xc2\xa0\nf = 1\ng\n";
    phi_buf text = {0};
    int i;
    NEED_GPT2();
    for (i = 0; i < 8000; i++) phi_buf_append(&text, unit, sizeof unit - 1);
    if (gpt2) check_parallel_equals_serial(&text);
    phi_buf_free(&text);
}

TEST(decode_refuses_unknown_ids) {
    int32_t ids[] = {15496, 50257};
    int32_t neg[] = {-1};
    phi_buf out = {0};
    NEED_GPT2();
    phi_buf_append(&out, "kept", 4);
    CHECK(phi_tokenizer_decode(gpt2, ids, 2, &out) == PHI_ERR_ARG);
    CHECK(strstr(phi_errmsg(), "50257") && strstr(phi_errmsg(), "position 1"));
    CHECK(phi_tokenizer_decode(gpt2, neg, 1, &out) == PHI_ERR_ARG);
    CHECK(out.len == 4); /* nothing appended */
    CHECK(phi_tokenizer_decode(gpt2, ids, 1, &out) == PHI_OK);
    CHECK_EQ_STR(out.data, "keptHello");
    phi_buf_free(&out);
}

/* Same vocabulary, merges and added tokens; same ids on the stress text. */
static void check_same_tokenizer(const phi_tokenizer *a, const phi_tokenizer *b) {
    int32_t i;
    phi_buf text = slurp("tests/fixtures/tok_stress.txt");
    phi_ids x = {0}, y = {0};
    CHECK_EQ_INT(phi_tokenizer_vocab_size(a), phi_tokenizer_vocab_size(b));
    CHECK_EQ_INT(phi_tokenizer_num_merges(a), phi_tokenizer_num_merges(b));
    if (phi_tokenizer_vocab_size(a) != phi_tokenizer_vocab_size(b)) return;
    for (i = 0; i < phi_tokenizer_vocab_size(a); i++) {
        size_t la, lb;
        const char *sa = phi_tokenizer_token(a, i, &la), *sb = phi_tokenizer_token(b, i, &lb);
        if (la != lb || memcmp(sa, sb, la) != 0 || phi_tokenizer_token_flags(a, i) != phi_tokenizer_token_flags(b, i)) {
            test__fail(__FILE__, __LINE__, "token %d differs", (int)i);
            break;
        }
    }
    CHECK(phi_tokenizer_encode(a, text.data, text.len, &x) == PHI_OK);
    CHECK(phi_tokenizer_encode(b, text.data, text.len, &y) == PHI_OK);
    CHECK(same_ids(&x, &y));
    phi_ids_free(&x);
    phi_ids_free(&y);
    phi_buf_free(&text);
}

TEST(own_format_and_tokenizer_json_round_trip) {
    phi_buf ours = {0}, json = {0}, again = {0};
    phi_tokenizer *a = NULL, *b = NULL;
    NEED_GPT2();
    CHECK(phi_tokenizer_serialize(gpt2, &ours) == PHI_OK);
    CHECK(ours.len < 1000000); /* compact: encoder.json + vocab.bpe are 1.5 MB */
    CHECK(phi_tokenizer_parse(&a, ours.data, ours.len, "ours") == PHI_OK);
    if (a) check_same_tokenizer(gpt2, a);
    CHECK(phi_tokenizer_to_json(gpt2, &json) == PHI_OK);
    CHECK(phi_tokenizer_parse(&b, json.data, json.len, "tokenizer.json") == PHI_OK);
    if (b) check_same_tokenizer(gpt2, b);
    if (b) CHECK(phi_tokenizer_to_json(b, &again) == PHI_OK);
    CHECK(again.len == json.len && memcmp(again.data, json.data, json.len) == 0); /* written the same way twice */
    CHECK(json.data && strstr(json.data, "\"\\u0120t \\u0120h\"") == NULL); /* pictures are written as UTF-8 */
    CHECK(json.data && strstr(json.data, "\"\xc4\xa0 t\"")); /* the first GPT-2 merge, "Ġ t" */
    phi_tokenizer_free(a);
    phi_tokenizer_free(b);
    phi_buf_free(&ours);
    phi_buf_free(&json);
    phi_buf_free(&again);
}

TEST(save_and_load_files) {
    const char *dir = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
    char p1[512], p2[512];
    phi_tokenizer *a = NULL, *b = NULL;
    NEED_GPT2();
    snprintf(p1, sizeof p1, "%s/phi_tok_test_%ld.tok", dir, (long)phi__pid());
    snprintf(p2, sizeof p2, "%s/phi_tok_test_%ld.json", dir, (long)phi__pid());
    CHECK(phi_tokenizer_save(gpt2, p1) == PHI_OK);
    CHECK(phi_tokenizer_save_json(gpt2, p2) == PHI_OK);
    CHECK(phi_tokenizer_load(&a, p1) == PHI_OK);
    CHECK(phi_tokenizer_load(&b, p2) == PHI_OK);
    if (a) check_same_tokenizer(gpt2, a);
    if (b) check_same_tokenizer(gpt2, b);
    phi_tokenizer_free(a);
    phi_tokenizer_free(b);
    remove(p1);
    remove(p2);
    CHECK(phi_tokenizer_load(&a, "tests/fixtures/no-such-file") == PHI_ERR_IO && a == NULL);
    CHECK(strstr(phi_errmsg(), "no-such-file") != NULL);
    CHECK(phi_tokenizer_load(&a, "tests") == PHI_ERR_IO); /* a directory without a vocabulary */
    CHECK(strstr(phi_errmsg(), "tokenizer.json") != NULL);
}

/* A tokenizer.json made from GPT-2's files, with CodeGen's added tokens (runs of 31..2 spaces,
   ids 50257.., then of 9..2 tabs) and the merges in the pair form ["a", "b"]. */
static phi_tokenizer *codegen_like(void) {
    phi_buf json = {0}, vocab = slurp(test_data("gpt2/encoder.json")), merges = slurp(test_data("gpt2/vocab.bpe")), spaces = {0};
    phi_json_writer w;
    phi_tokenizer *t = NULL;
    char *line, *nl;
    int k, j, id = 50257;
    phi_buf_printf(&json, "{\"added_tokens\": [{\"id\": 50256, \"content\": \"<|endoftext|>\", \"special\": true}");
    for (k = 31; k >= 2; k--) phi_buf_printf(&json, ",\n{\"id\": %d, \"content\": \"%*s\", \"special\": false}", id++, k, "");
    for (k = 9; k >= 2; k--) {
        phi_buf_printf(&json, ",\n{\"id\": %d, \"content\": \"", id++);
        for (j = 0; j < k; j++) phi_buf_printf(&json, "\\t");
        phi_buf_printf(&json, "\", \"special\": false}");
    }
    phi_buf_printf(&json, "],\n\"model\": {\"type\": \"BPE\", \"vocab\": %s, \"merges\": ", vocab.data ? vocab.data : "{}");
    phi_jw_init(&w, &json, 0);
    phi_jw_begin_array(&w);
    for (line = strchr(merges.data ? merges.data : "", '\n'); line && line[1]; line = nl) {
        char *sp = strchr(++line, ' ');
        nl = strchr(line, '\n');
        if (!sp || !nl) break;
        phi_jw_begin_array(&w);
        phi_jw_strn(&w, line, (size_t)(sp - line));
        phi_jw_strn(&w, sp + 1, (size_t)(nl - sp - 1));
        phi_jw_end_array(&w);
    }
    phi_jw_end_array(&w);
    CHECK(phi_jw_finish(&w) == PHI_OK);
    phi_buf_printf(&json, "}}");
    if (phi_tokenizer_parse(&t, json.data, json.len, "codegen-like tokenizer.json") != PHI_OK)
        test__fail(__FILE__, __LINE__, "%s", phi_errmsg());
    CHECK(strstr(json.data, "[\"\xc4\xa0\",\"t\"]") != NULL); /* the pair form was read */
    phi_buf_free(&json);
    phi_buf_free(&vocab);
    phi_buf_free(&merges);
    phi_buf_free(&spaces);
    return t;
}

TEST(codegen_whitespace_tokens) {
    phi_tokenizer *t;
    phi_ids ids = {0};
    int32_t x, sp8, tab3, sp31, sp2;
    NEED_GPT2();
    t = codegen_like();
    if (!t) return;
    CHECK_EQ_INT(phi_tokenizer_vocab_size(t), 50295);
    x = phi_tokenizer_token_id(gpt2, "x", 1);
    sp31 = phi_tokenizer_token_id(t, "                               ", 31);
    sp8 = phi_tokenizer_token_id(t, "        ", 8);
    sp2 = phi_tokenizer_token_id(t, "  ", 2);
    tab3 = phi_tokenizer_token_id(t, "\t\t\t", 3);
    CHECK_EQ_INT(sp31, 50257);
    CHECK_EQ_INT(sp8, 50257 + 23);
    CHECK_EQ_INT(sp2, 50257 + 29);  /* the added token, before the vocabulary's "ĠĠ" */
    CHECK_EQ_INT(tab3, 50257 + 30 + 6);
    CHECK(phi_tokenizer_encode(t, "        x", 9, &ids) == PHI_OK); /* added tokens first: 8 spaces, then "x" */
    CHECK(ids.len == 2 && ids.data[0] == sp8 && ids.data[1] == x);
    ids.len = 0;
    /* 40 spaces: the longest match (31), then 9 -> 9 is no token: 8? no: leftmost-longest at each
       position: 31 spaces, then the 9 left are matched by the 9-space token */
    CHECK(phi_tokenizer_encode(t, "                                        ", 40, &ids) == PHI_OK);
    CHECK(ids.len == 2 && ids.data[0] == sp31 && ids.data[1] == phi_tokenizer_token_id(t, "         ", 9));
    ids.len = 0;
    CHECK(phi_tokenizer_encode(t, "\t\t\tif x:", 8, &ids) == PHI_OK);
    CHECK(ids.len >= 2 && ids.data[0] == tab3);
    check_text(t, "def f():\n        return 1\n\t\treturn 2 <|endoftext|>", 49, NULL);
    { /* and through our format */
        phi_buf b = {0};
        phi_tokenizer *u = NULL;
        CHECK(phi_tokenizer_serialize(t, &b) == PHI_OK);
        CHECK(phi_tokenizer_parse(&u, b.data, b.len, "ours") == PHI_OK);
        if (u) check_same_tokenizer(t, u);
        phi_tokenizer_free(u);
        phi_buf_free(&b);
    }
    phi_ids_free(&ids);
    phi_tokenizer_free(t);
}

/* HuggingFace tokenizers (the Rust library, through npm) gave these ids for the same
   CodeGen-style tokenizer.json on HumanEval: prompt + canonical_solution + <|endoftext|>. */
TEST(codegen_tokens_match_huggingface) {
    phi_tokenizer *t;
    phi_ids want;
    phi_buf text = {NULL, 0, 0};
    phi_jsonl_reader *r;
    const phi_json *v;
    const char *he = test_data("humaneval/HumanEval.jsonl");
    if (!he) SKIP_NO_DATA();
    NEED_GPT2();
    t = codegen_like();
    want = read_ids("tests/fixtures/tok_codegen.ids");
    CHECK(phi_jsonl_open_path(&r, he, NULL) == PHI_OK);
    while (phi_jsonl_next(r, &v) == PHI_OK) {
        const phi_json *a = phi_json_get(v, "prompt"), *b = phi_json_get(v, "canonical_solution");
        if (!a || !b) continue;
        phi_buf_append(&text, a->u.s, a->len);
        phi_buf_append(&text, b->u.s, b->len);
        phi_buf_append(&text, "<|endoftext|>", 13);
    }
    phi_jsonl_close(r);
    CHECK(want.len > 30000);
    if (t) check_text(t, text.data, text.len, &want);
    phi_tokenizer_free(t);
    phi_ids_free(&want);
    phi_buf_free(&text);
}

/* A tokenizer.json written by phi.h (tests/fixtures/tok_trained.json, trained by ./phi) reads in
   HuggingFace tokenizers as it does here: same ids on the stress text. */
TEST(our_tokenizer_json_reads_the_same_in_huggingface) {
    phi_tokenizer *t = NULL;
    phi_buf file = slurp("tests/fixtures/tok_trained.json"), again = {NULL, 0, 0};
    phi_ids want = read_ids("tests/fixtures/tok_trained.ids");
    phi_buf text = slurp("tests/fixtures/tok_stress.txt");
    CHECK(phi_tokenizer_load(&t, "tests/fixtures/tok_trained.json") == PHI_OK);
    if (t) {
        CHECK_EQ_INT(phi_tokenizer_vocab_size(t), 1000);
        check_text(t, text.data, text.len, &want);
        CHECK(phi_tokenizer_to_json(t, &again) == PHI_OK); /* and it is written back the same */
        CHECK(again.len == file.len && memcmp(again.data, file.data, file.len) == 0);
    }
    phi_tokenizer_free(t);
    phi_ids_free(&want);
    phi_buf_free(&file);
    phi_buf_free(&again);
    phi_buf_free(&text);
}

/* A broken GPT-2 pair must fail with status st and a message holding `what`. */
static void bad_gpt2(const char *enc, const char *bpe, phi_status st, const char *what, int line) {
    phi_tokenizer *t = (phi_tokenizer *)1;
    phi_status got = phi_tokenizer_parse_gpt2(&t, enc, strlen(enc), bpe, strlen(bpe));
    if (got != st || t != NULL || !strstr(phi_errmsg(), what))
        test__fail(__FILE__, line, "got %d \"%s\", want %d and \"%s\"", got, phi_errmsg(), st, what);
}

static void bad_json(const char *json, phi_status st, const char *what, int line) {
    phi_tokenizer *t = (phi_tokenizer *)1;
    phi_status got = phi_tokenizer_parse(&t, json, strlen(json), "t.json");
    if (got != st || t != NULL || !strstr(phi_errmsg(), what))
        test__fail(__FILE__, line, "got %d \"%s\", want %d and \"%s\"", got, phi_errmsg(), st, what);
}

/* encoder.json of the 256 bytes (id = byte), then extra members */
static char *bytes_vocab(const char *extra) {
    phi_buf b = {0};
    int i;
    phi_buf_printf(&b, "{");
    for (i = 0; i < 256; i++) {
        char pic[4];
        size_t n = phi__utf8_put(pic, phi__byte_cp((unsigned)i));
        phi_buf_printf(&b, "%s\"", i ? "," : "");
        if (i == '"' || i == '\\') phi_buf_printf(&b, "\\");
        phi_buf_append(&b, pic, n);
        phi_buf_printf(&b, "\":%d", i);
    }
    phi_buf_printf(&b, "%s}", extra);
    return b.data;
}

TEST(malformed_vocabularies_are_refused) {
    char *v = bytes_vocab(",\"ab\":256,\"abc\":257");
    char *hole = bytes_vocab(",\"ab\":258");
    char *dup = bytes_vocab(",\"ab\":255");
    char *nopic = bytes_vocab(",\"a b\":256");
    phi_tokenizer *t = NULL;
    /* a good one first */
    CHECK(phi_tokenizer_parse_gpt2(&t, v, strlen(v), "#version: 0.2\na b\nab c\n", 23) == PHI_OK);
    if (t) {
        phi_ids ids = {0};
        CHECK(phi_tokenizer_encode(t, "abc ab", 6, &ids) == PHI_OK);
        CHECK(ids.len == 3 && ids.data[0] == 257 && ids.data[1] == ' ' && ids.data[2] == 256);
        phi_ids_free(&ids);
        phi_tokenizer_free(t);
    }
    bad_gpt2("{\"a\":0", "", PHI_ERR_PARSE, "encoder.json: line 1 column 7", __LINE__);
    bad_gpt2("[1, 2]", "", PHI_ERR_PARSE, "not a JSON object", __LINE__);
    bad_gpt2("{\"a\":\"x\"}", "", PHI_ERR_PARSE, "not an integer", __LINE__);
    bad_gpt2("{\"a\":0}", "", PHI_ERR_PARSE, "no token for the byte 0x00", __LINE__);
    bad_gpt2(hole, "", PHI_ERR_PARSE, "token id 256 is missing", __LINE__);
    bad_gpt2(dup, "", PHI_ERR_PARSE, "token id 255 is given twice", __LINE__);
    bad_gpt2(nopic, "", PHI_ERR_PARSE, "\"a b\" is not a byte-level token", __LINE__);
    bad_gpt2(v, "#version: 0.2\na b\nab\n", PHI_ERR_PARSE, "vocab.bpe line 3: \"ab\" is not two tokens", __LINE__);
    bad_gpt2(v, "a  b\n", PHI_ERR_PARSE, "vocab.bpe line 1", __LINE__);
    bad_gpt2(v, "a b\nab zz\n", PHI_ERR_PARSE, "vocab.bpe line 2: \"zz\" is not in the vocabulary", __LINE__);
    bad_gpt2(v, "a b\nb c\n", PHI_ERR_PARSE, "merge 1 makes \"bc\", which is not in the vocabulary", __LINE__);
    bad_gpt2(v, "a b\n\xff\xfe b\n", PHI_ERR_PARSE, "line 2", __LINE__);
    /* tokenizer.json */
    bad_json("", PHI_ERR_PARSE, "t.json: line 1 column 1", __LINE__);
    bad_json("{\"model\": 1}", PHI_ERR_PARSE, "no \"model\" object", __LINE__);
    bad_json("{\"model\": {\"type\": \"WordPiece\", \"vocab\": {}}}", PHI_ERR_UNSUPPORTED, "model type WordPiece", __LINE__);
    bad_json("{\"model\": {\"type\": \"BPE\", \"vocab\": []}}", PHI_ERR_PARSE, "model.vocab is not a JSON object", __LINE__);
    bad_json("{\"model\": {\"vocab\": {}, \"continuing_subword_prefix\": \"##\"}}", PHI_ERR_UNSUPPORTED, "continuing_subword_prefix", __LINE__);
    bad_json("{\"normalizer\": {\"type\": \"NFC\"}, \"model\": {\"vocab\": {}}}", PHI_ERR_UNSUPPORTED, "normalizer", __LINE__);
    bad_json("{\"pre_tokenizer\": {\"type\": \"ByteLevel\", \"add_prefix_space\": true}, \"model\": {\"vocab\": {}}}",
             PHI_ERR_UNSUPPORTED, "pre_tokenizer", __LINE__);
    bad_json("{\"model\": {\"vocab\": {}}}", PHI_ERR_PARSE, "the vocabulary is empty", __LINE__);
    bad_json("{\"added_tokens\": [{\"id\": 0}], \"model\": {\"vocab\": {}}}", PHI_ERR_PARSE, "added_tokens[0] needs", __LINE__);
    bad_json("{\"added_tokens\": {}, \"model\": {\"vocab\": {}}}", PHI_ERR_PARSE, "added_tokens is not an array", __LINE__);
    {
        phi_buf j = {0};
        const char *merges[] = {"\"a\"", "[\"a\"]", "[\"a\", 1]", "\"a  b\"", "[\"a\", \"zz\"]", "\"b c\"", "3"};
        const char *what[] = {"not two tokens", "a merge is", "a merge is", "not two tokens", "\"zz\" is not in", "merge 1 makes", "a merge is"};
        size_t i;
        for (i = 0; i < sizeof merges / sizeof *merges; i++) {
            j.len = 0;
            phi_buf_printf(&j, "{\"model\": {\"type\": \"BPE\", \"vocab\": %s, \"merges\": [\"a b\", %s]}}", v, merges[i]);
            bad_json(j.data, PHI_ERR_PARSE, what[i], __LINE__);
            CHECK(strstr(phi_errmsg(), "model.merges[1]") || strstr(phi_errmsg(), "merge 1"));
        }
        j.len = 0;
        phi_buf_printf(&j, "{\"model\": {\"type\": \"BPE\", \"vocab\": %s, \"merges\": {}}}", v);
        bad_json(j.data, PHI_ERR_PARSE, "model.merges is not an array", __LINE__);
        phi_buf_free(&j);
    }
    free(v);
    free(hole);
    free(dup);
    free(nopic);
}

TEST(ignore_merges_keeps_known_words_whole) {
    /* "abc" is a token, but the merges only make "ab": BPE gives [ab, c]; with HF's
       ignore_merges a pre-token that is a token is taken whole */
    char *v = bytes_vocab(",\"ab\":256,\"abc\":257");
    phi_buf j = {NULL, 0, 0}, ours = {NULL, 0, 0};
    phi_tokenizer *t = NULL, *u = NULL;
    phi_ids ids = {NULL, 0, 0};
    int flag;
    for (flag = 0; flag < 2; flag++) {
        j.len = 0;
        phi_buf_printf(&j, "{\"model\": {\"type\": \"BPE\", \"ignore_merges\": %s, \"vocab\": %s, \"merges\": [\"a b\"]}}",
                       flag ? "true" : "false", v);
        CHECK(phi_tokenizer_parse(&t, j.data, j.len, "t.json") == PHI_OK);
        if (!t) continue;
        ids.len = 0;
        CHECK(phi_tokenizer_encode(t, "abc", 3, &ids) == PHI_OK);
        if (flag) CHECK(ids.len == 1 && ids.data[0] == 257);
        else CHECK(ids.len == 2 && ids.data[0] == 256 && ids.data[1] == 'c');
        ours.len = 0; /* the flag survives our format */
        CHECK(phi_tokenizer_serialize(t, &ours) == PHI_OK);
        CHECK(phi_tokenizer_parse(&u, ours.data, ours.len, "ours") == PHI_OK);
        ids.len = 0;
        if (u) CHECK(phi_tokenizer_encode(u, "abc", 3, &ids) == PHI_OK && ids.len == (size_t)(flag ? 1 : 2));
        phi_tokenizer_free(t);
        phi_tokenizer_free(u);
        t = u = NULL;
    }
    phi_ids_free(&ids);
    phi_buf_free(&j);
    phi_buf_free(&ours);
    free(v);
}

TEST(added_tokens_not_normalized_are_cut_first) {
    /* HuggingFace tokenizers 0.23.2 on this vocabulary: "abcd" -> [97, 257], "abcabcd" ->
       [256, 97, 257], "xabc bcd" -> [120, 256, 32, 257]: "bcd" (normalized: false) is cut out
       of the whole text before "abc" (normalized: true) is looked for in what is left */
    char *v = bytes_vocab("");
    phi_buf j = {NULL, 0, 0};
    phi_tokenizer *t = NULL;
    static const char *const text[] = {"abcd", "abcabcd", "xabc bcd"};
    static const int32_t want[][5] = {{2, 97, 257}, {3, 256, 97, 257}, {4, 120, 256, 32, 257}};
    int k;
    phi_buf_printf(&j, "{\"added_tokens\": [{\"id\": 256, \"content\": \"abc\", \"normalized\": true, \"special\": false},"
                       "{\"id\": 257, \"content\": \"bcd\", \"normalized\": false, \"special\": true}],"
                       "\"model\": {\"type\": \"BPE\", \"vocab\": %s, \"merges\": []}}", v);
    CHECK(phi_tokenizer_parse(&t, j.data, j.len, "t.json") == PHI_OK);
    for (k = 0; t && k < 3; k++) {
        phi_ids ids = {NULL, 0, 0}, w = {NULL, 0, 0};
        int i;
        for (i = 1; i <= want[k][0]; i++) phi_ids_push(&w, want[k][i]);
        CHECK(phi_tokenizer_encode(t, text[k], strlen(text[k]), &ids) == PHI_OK);
        CHECK(same_ids(&ids, &w));
        phi_ids_free(&ids);
        phi_ids_free(&w);
    }
    if (t) CHECK_EQ_INT(phi_tokenizer_token_flags(t, 256), PHI_TOKEN_ADDED | PHI_TOKEN_NORMALIZED);
    phi_tokenizer_free(t);
    phi_buf_free(&j);
    free(v);
}

TEST(damaged_own_files_are_refused) {
    phi_buf good = {0};
    phi_tokenizer *t = NULL;
    size_t cut, bad = 0;
    char *v = bytes_vocab(",\"ab\":256,\"abc\":257");
    CHECK(phi_tokenizer_parse_gpt2(&t, v, strlen(v), "a b\nab c\n", 9) == PHI_OK);
    if (!t) return;
    CHECK(phi_tokenizer_serialize(t, &good) == PHI_OK);
    phi_tokenizer_free(t);
    /* every truncation, and every flipped byte */
    for (cut = 8; cut < good.len; cut++) {
        phi_status st = phi_tokenizer_parse(&t, good.data, cut, "trunc.tok");
        if (st != PHI_ERR_CORRUPT || t) bad++;
        phi_tokenizer_free(t);
        t = NULL;
    }
    for (cut = 8; cut < good.len; cut++) {
        phi_status st;
        good.data[cut] ^= 0x10;
        st = phi_tokenizer_parse(&t, good.data, good.len, "flip.tok");
        if (st != PHI_ERR_CORRUPT || t) bad++;
        phi_tokenizer_free(t);
        t = NULL;
        good.data[cut] ^= 0x10;
    }
    CHECK_EQ_INT(bad, 0);
    CHECK(phi_tokenizer_parse(&t, good.data, 11, "short.tok") == PHI_ERR_CORRUPT);
    CHECK(strstr(phi_errmsg(), "short.tok: 11 bytes") != NULL);
    CHECK(phi_tokenizer_parse(&t, good.data, good.len, "good.tok") == PHI_OK);
    phi_tokenizer_free(t);
    phi_buf_free(&good);
    free(v);
}


/* ---- training ---- */

/* The corpus of the training tests: the fixtures, and HumanEval's prompts and solutions, one
   "file" each. */
typedef struct corpus {
    phi_buf store;
    const char *text[400];
    size_t len[400];
    size_t n;
} corpus;

static void corpus_load(corpus *c) {
    phi_buf stress = slurp("tests/fixtures/tok_stress.txt"), inval = slurp("tests/fixtures/tok_invalid.bin");
    phi_jsonl_reader *r;
    const phi_json *v;
    size_t offs[400], i;
    memset(c, 0, sizeof *c);
    offs[c->n] = c->store.len; phi_buf_append(&c->store, stress.data, stress.len); c->len[c->n++] = stress.len;
    offs[c->n] = c->store.len; phi_buf_append(&c->store, inval.data, inval.len); c->len[c->n++] = inval.len;
    if (phi_jsonl_open_path(&r, test_data("humaneval/HumanEval.jsonl"), NULL) == PHI_OK) {
        while (c->n + 2 <= 400 && phi_jsonl_next(r, &v) == PHI_OK) {
            const phi_json *a = phi_json_get(v, "prompt"), *b = phi_json_get(v, "canonical_solution");
            if (!a || !b) continue;
            offs[c->n] = c->store.len; phi_buf_append(&c->store, a->u.s, a->len); c->len[c->n++] = a->len;
            offs[c->n] = c->store.len; phi_buf_append(&c->store, b->u.s, b->len); c->len[c->n++] = b->len;
        }
        phi_jsonl_close(r);
    }
    for (i = 0; i < c->n; i++) c->text[i] = c->store.data + offs[i];
    phi_buf_free(&stress);
    phi_buf_free(&inval);
}

/* Training the slow, obvious way: count every pair of every word again before each merge. */
typedef struct naive_tok {
    phi_buf bytes[2048];
    int n;
} naive_tok;

static int naive_find(const naive_tok *v, const char *s, size_t n) {
    int i;
    for (i = 0; i < v->n; i++)
        if (v->bytes[i].len == n && memcmp(v->bytes[i].data, s, n) == 0) return i;
    return -1;
}

static void naive_train(const corpus *c, int vocab, int min_freq, naive_tok *out) {
    /* distinct words and counts */
    static int32_t sym[400000];
    static size_t woff[60000], wlen[60000];
    static long wcount[60000];
    size_t nw = 0, used = 0, i, k;
    int a;
    memset(out, 0, sizeof *out);
    for (a = 0; a < 256; a++) {
        char ch = (char)a;
        phi_buf_append(&out->bytes[out->n++], &ch, 1);
    }
    for (i = 0; i < c->n; i++) {
        const unsigned char *s = (const unsigned char *)c->text[i];
        size_t n = c->len[i];
        while (n) {
            size_t w = phi__pretoken(s, n), j;
            for (j = 0; j < nw; j++)
                if (wlen[j] == w) {
                    for (k = 0; k < w && sym[woff[j] + k] == s[k]; k++) {}
                    if (k == w) break;
                }
            if (j == nw && w > 1 && nw < 60000 && used + w < 400000) {
                woff[nw] = used;
                wlen[nw] = w;
                wcount[nw] = 0;
                for (k = 0; k < w; k++) sym[used++] = s[k];
                nw++;
            }
            if (j < nw) wcount[j]++;
            s += w;
            n -= w;
        }
    }
    while (out->n < vocab) {
        long best = 0;
        int ba = -1, bb = -1, z;
        /* count every pair (a, b) afresh: a small map from pairs to counts, by linear probing */
        static int32_t ka[1 << 18], kb[1 << 18];
        static long kc[1 << 18];
        memset(ka, 0xFF, sizeof ka);
        for (i = 0; i < nw; i++)
            for (k = 0; k + 1 < wlen[i]; k++) {
                uint32_t h = ((uint32_t)sym[woff[i] + k] * 2654435761u ^ (uint32_t)sym[woff[i] + k + 1] * 40503u) & ((1 << 18) - 1);
                while (ka[h] >= 0 && (ka[h] != sym[woff[i] + k] || kb[h] != sym[woff[i] + k + 1])) h = (h + 1) & ((1 << 18) - 1);
                if (ka[h] < 0) { ka[h] = sym[woff[i] + k]; kb[h] = sym[woff[i] + k + 1]; kc[h] = 0; }
                kc[h] += wcount[i];
            }
        for (k = 0; k < (1 << 18); k++)
            if (ka[k] >= 0 && (kc[k] > best || (kc[k] == best && (ka[k] < ba || (ka[k] == ba && kb[k] < bb))))) {
                best = kc[k];
                ba = ka[k];
                bb = kb[k];
            }
        if (best < min_freq || ba < 0) break;
        {
            phi_buf cat = {0};
            phi_buf_append(&cat, out->bytes[ba].data, out->bytes[ba].len);
            phi_buf_append(&cat, out->bytes[bb].data, out->bytes[bb].len);
            z = naive_find(out, cat.data, cat.len);
            if (z < 0) {
                z = out->n;
                out->bytes[out->n++] = cat;
            } else {
                phi_buf_free(&cat);
            }
        }
        for (i = 0; i < nw; i++) { /* merge left to right in every word */
            size_t o = 0;
            for (k = 0; k < wlen[i]; k++) {
                if (k + 1 < wlen[i] && sym[woff[i] + k] == ba && sym[woff[i] + k + 1] == bb) {
                    sym[woff[i] + o++] = z;
                    k++;
                } else {
                    sym[woff[i] + o++] = sym[woff[i] + k];
                }
            }
            wlen[i] = o;
        }
    }
}

TEST(training_equals_full_recount) {
    corpus c;
    naive_tok want;
    phi_tokenizer *t = NULL;
    phi_tokenizer_train_opts o;
    int i;
    if (!test_data("humaneval/HumanEval.jsonl")) SKIP_NO_DATA(); /* the corpus is mostly HumanEval */
    corpus_load(&c);
    CHECK(c.n > 300);
    memset(&o, 0, sizeof o);
    o.vocab_size = 900;
    o.min_frequency = 3;
    naive_train(&c, 900, 3, &want);
    CHECK(phi_tokenizer_train(&t, &o, c.text, c.len, c.n) == PHI_OK);
    CHECK_EQ_INT(want.n, 900);
    if (t) {
        CHECK_EQ_INT(phi_tokenizer_vocab_size(t), want.n);
        for (i = 0; i < want.n && i < phi_tokenizer_vocab_size(t); i++) {
            size_t n;
            const char *s = phi_tokenizer_token(t, i, &n);
            if (n != want.bytes[i].len || memcmp(s, want.bytes[i].data, n) != 0) {
                test__fail(__FILE__, __LINE__, "token %d differs from the full recount's", i);
                break;
            }
        }
    }
    phi_tokenizer_free(t);
    for (i = 0; i < want.n; i++) phi_buf_free(&want.bytes[i]);
    phi_buf_free(&c.store);
}

TEST(trained_tokenizer_round_trips_every_file) {
    corpus c;
    phi_tokenizer *t = NULL, *u = NULL, *v = NULL;
    phi_tokenizer_train_opts o;
    phi_pool *pool = NULL;
    phi_buf saved = {0}, again = {0}, json = {0};
    static const char *const special[] = {"<|endoftext|>", "<|pad|>"};
    size_t i, bad = 0;
    if (!test_data("humaneval/HumanEval.jsonl")) SKIP_NO_DATA();
    corpus_load(&c);
    memset(&o, 0, sizeof o);
    o.vocab_size = 2000;
    o.special = special;
    o.num_special = 2;
    CHECK(phi_tokenizer_train(&t, &o, c.text, c.len, c.n) == PHI_OK);
    if (!t) return;
    CHECK_EQ_INT(phi_tokenizer_vocab_size(t), 2000);
    CHECK_EQ_INT(phi_tokenizer_token_id(t, "<|endoftext|>", 13), 1998);
    CHECK_EQ_INT(phi_tokenizer_token_id(t, "<|pad|>", 7), 1999);
    CHECK_EQ_INT(phi_tokenizer_token_flags(t, 1999), PHI_TOKEN_ADDED | PHI_TOKEN_SPECIAL);
    /* the same with 3 threads */
    CHECK(phi_pool_create(&pool, 3) == PHI_OK);
    o.pool = pool;
    CHECK(phi_tokenizer_train(&u, &o, c.text, c.len, c.n) == PHI_OK);
    CHECK(phi_tokenizer_serialize(t, &saved) == PHI_OK);
    if (u) CHECK(phi_tokenizer_serialize(u, &again) == PHI_OK);
    CHECK(saved.len == again.len && memcmp(saved.data, again.data, saved.len) == 0);
    phi_tokenizer_free(u);
    /* saved, loaded (our format and tokenizer.json), every file encodes and decodes back */
    u = NULL;
    CHECK(phi_tokenizer_parse(&u, saved.data, saved.len, "trained.tok") == PHI_OK);
    CHECK(phi_tokenizer_to_json(t, &json) == PHI_OK);
    CHECK(phi_tokenizer_parse(&v, json.data, json.len, "trained.json") == PHI_OK);
    for (i = 0; u && v && i < c.n; i++) {
        phi_ids a = {0}, b = {0};
        phi_buf back = {0};
        if (phi_tokenizer_encode(u, c.text[i], c.len[i], &a) || phi_tokenizer_encode(v, c.text[i], c.len[i], &b) ||
            phi_tokenizer_decode(u, a.data, a.len, &back) || back.len != c.len[i] || memcmp(back.data, c.text[i], back.len) != 0 ||
            !same_ids(&a, &b))
            bad++;
        if (i == 0) CHECK(a.len < c.len[i] / 2); /* it compresses */
        phi_ids_free(&a);
        phi_ids_free(&b);
        phi_buf_free(&back);
    }
    CHECK_EQ_INT(bad, 0);
    { /* special tokens are never merged into: "<|endoftext|>" between two texts is one id */
        phi_ids ids = {0};
        CHECK(phi_tokenizer_encode(t, "x<|endoftext|>y", 15, &ids) == PHI_OK);
        CHECK(ids.len == 3 && ids.data[1] == 1998);
        phi_ids_free(&ids);
    }
    phi_tokenizer_free(t);
    phi_tokenizer_free(u);
    phi_tokenizer_free(v);
    phi_pool_free(pool);
    phi_buf_free(&saved);
    phi_buf_free(&again);
    phi_buf_free(&json);
    phi_buf_free(&c.store);
}

TEST(training_options) {
    const char *text[] = {"aaaa bbbb aaaa"};
    size_t len[] = {14};
    static const char *const special[] = {"<|endoftext|>"};
    phi_tokenizer *t = NULL;
    phi_tokenizer_train_opts o, r;
    memset(&o, 0, sizeof o);
    r = phi_tokenizer_train_opts_resolve(&o);
    CHECK_EQ_INT(r.vocab_size, 8192);
    CHECK_EQ_INT(r.min_frequency, 2);
    o.vocab_size = 256;
    o.special = special;
    o.num_special = 1;
    CHECK(phi_tokenizer_train(&t, &o, text, len, 1) == PHI_ERR_ARG && t == NULL);
    CHECK(strstr(phi_errmsg(), "256 bytes and 1 special") != NULL);
    /* pre-tokens "aaaa", " bbbb", " aaaa": the pair "aa" is seen 6 times, "bb" 3 */
    o.vocab_size = 1000;
    o.min_frequency = 7;
    CHECK(phi_tokenizer_train(&t, &o, text, len, 1) == PHI_OK);
    if (t) CHECK_EQ_INT(phi_tokenizer_num_merges(t), 0);
    phi_tokenizer_free(t);
    o.min_frequency = 6; /* then "aa aa" is seen twice: one merge */
    CHECK(phi_tokenizer_train(&t, &o, text, len, 1) == PHI_OK);
    if (t) {
        CHECK_EQ_INT(phi_tokenizer_num_merges(t), 1);
        CHECK_EQ_INT(phi_tokenizer_token_id(t, "aa", 2), 256);
        CHECK_EQ_INT(phi_tokenizer_vocab_size(t), 258);
    }
    phi_tokenizer_free(t);
    CHECK(phi_tokenizer_train(&t, &o, NULL, NULL, 0) == PHI_OK); /* nothing to learn from */
    if (t) CHECK_EQ_INT(phi_tokenizer_vocab_size(t), 257);
    phi_tokenizer_free(t);
}

/* ---- --pysrc: every .py file of the local Python against tiktoken's ids ---- */

static uint64_t fnv1a64(const void *p, size_t n) {
    const unsigned char *s = (const unsigned char *)p;
    uint64_t h = 0xcbf29ce484222325ull;
    size_t i;
    for (i = 0; i < n; i++) h = (h ^ s[i]) * 0x100000001b3ull;
    return h;
}

TEST(python_sources_match_tiktoken) {
    phi_buf tsv, all = {0};
    char root[512], *line, *next;
    size_t files = 0, bytes = 0;
    phi_ids one = {0}, many = {0}, file_len = {0};
    phi_pool *pool = NULL;
    if (!gpt2_dir()) SKIP_NO_DATA();
    tsv = slurp("tests/fixtures/tok_pysrc.tsv");
    if (!gpt2 || !tsv.data || sscanf(tsv.data, "# %511[^\t]", root) != 1) {
        test__fail(__FILE__, __LINE__, "no tokenizer or no fixture");
        phi_buf_free(&tsv);
        return;
    }
    for (line = strchr(tsv.data, '\n') + 1; *line; line = next) {
        char name[400], path[1024];
        unsigned long long size, hb, hi;
        size_t nids, k;
        phi_buf text = {0};
        phi_ids ids = {0};
        unsigned char *le;
        next = strchr(line, '\n');
        next = next ? next + 1 : line + strlen(line);
        if (sscanf(line, "%399[^\t]\t%llu\t%llx\t%zu\t%llx", name, &size, &hb, &nids, &hi) != 5) {
            test__fail(__FILE__, __LINE__, "bad fixture line: %.60s", line);
            break;
        }
        snprintf(path, sizeof path, "%s/%s", root, name);
        if (phi_file_read(path, &text) != PHI_OK || text.len != size || fnv1a64(text.data, text.len) != hb) {
            test__fail(__FILE__, __LINE__, "%s is missing or not the file the fixture was made from: "
                       "regenerate with node tests/fixtures/make_tok_ref.mjs", path);
            phi_buf_free(&text);
            continue;
        }
        CHECK(phi_tokenizer_encode(gpt2, text.data, text.len, &ids) == PHI_OK);
        le = (unsigned char *)malloc(4 * ids.len + 1);
        for (k = 0; k < ids.len; k++) {
            uint32_t x = (uint32_t)ids.data[k];
            le[4 * k] = (unsigned char)x;
            le[4 * k + 1] = (unsigned char)(x >> 8);
            le[4 * k + 2] = (unsigned char)(x >> 16);
            le[4 * k + 3] = (unsigned char)(x >> 24);
        }
        if (ids.len != nids || fnv1a64(le, 4 * ids.len) != hi)
            test__fail(__FILE__, __LINE__, "%s: %zu ids, tiktoken gives %zu (or the same number, other ids)", name, ids.len, nids);
        free(le);
        phi_buf_append(&all, text.data, text.len);
        phi_ids_push(&file_len, (int32_t)text.len);
        files++;
        bytes += text.len;
        phi_buf_free(&text);
        phi_ids_free(&ids);
    }
    /* all of them as one text: serial and parallel agree */
    CHECK(phi_tokenizer_encode(gpt2, all.data, all.len, &one) == PHI_OK);
    CHECK(phi_pool_create(&pool, 2) == PHI_OK);
    CHECK(phi_tokenizer_encode_parallel(gpt2, all.data, all.len, &many, pool) == PHI_OK);
    CHECK(same_ids(&one, &many));
    printf("%zu files, %zu bytes, %zu ids\n", files, bytes, one.len);
    CHECK(files > 100);
    { /* a vocabulary of 8192 trained on them, saved and loaded, round-trips every file */
        phi_tokenizer *t = NULL, *u = NULL;
        phi_tokenizer_train_opts o;
        phi_buf saved = {0};
        const char *text = all.data;
        size_t f, at = 0, bad = 0;
        memset(&o, 0, sizeof o);
        o.vocab_size = 8192;
        o.pool = pool;
        CHECK(phi_tokenizer_train(&t, &o, &text, &all.len, 1) == PHI_OK);
        if (t) CHECK(phi_tokenizer_serialize(t, &saved) == PHI_OK);
        CHECK(phi_tokenizer_parse(&u, saved.data, saved.len, "trained") == PHI_OK);
        for (f = 0; u && f < files; f++) {
            phi_ids ids = {0};
            phi_buf back = {0};
            size_t n = file_len.data[f];
            if (phi_tokenizer_encode(u, all.data + at, n, &ids) || phi_tokenizer_decode(u, ids.data, ids.len, &back) ||
                back.len != n || memcmp(back.data, all.data + at, n) != 0)
                bad++;
            at += n;
            phi_ids_free(&ids);
            phi_buf_free(&back);
        }
        CHECK_EQ_INT(bad, 0);
        phi_tokenizer_free(t);
        phi_tokenizer_free(u);
        phi_buf_free(&saved);
    }
    phi_ids_free(&file_len);
    phi_pool_free(pool);
    phi_ids_free(&one);
    phi_ids_free(&many);
    phi_buf_free(&all);
    phi_buf_free(&tsv);
}

int main(int argc, char **argv) {
    RUN(loads_gpt2);
    if (argc > 1 && strcmp(argv[1], "--pysrc") == 0) {
        RUN(python_sources_match_tiktoken);
        phi_tokenizer_free(gpt2);
        return test_summary();
    }
    RUN(stress_text_matches_tiktoken);
    RUN(invalid_utf8_matches_reference);
    RUN(pretokenizer_follows_the_pattern);
    RUN(heap_merge_loop_equals_scan);
    RUN(long_pretokens);
    RUN(parallel_encoding_equals_serial);
    RUN(parallel_encoding_cuts_only_where_tokens_cannot_change);
    RUN(decode_refuses_unknown_ids);
    RUN(own_format_and_tokenizer_json_round_trip);
    RUN(save_and_load_files);
    RUN(codegen_whitespace_tokens);
    RUN(codegen_tokens_match_huggingface);
    RUN(our_tokenizer_json_reads_the_same_in_huggingface);
    RUN(malformed_vocabularies_are_refused);
    RUN(ignore_merges_keeps_known_words_whole);
    RUN(added_tokens_not_normalized_are_cut_first);
    RUN(damaged_own_files_are_refused);
    RUN(training_equals_full_recount);
    RUN(trained_tokenizer_round_trips_every_file);
    RUN(training_options);
    phi_tokenizer_free(gpt2);
    return test_summary();
}
