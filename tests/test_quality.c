/* Tests of >>quality (phi.h): the features of a document, the filter's file, and the model's
   embedding accessor (phi_model_embed, in >>model).

   References, none of them made by the code under test:
   - tests/quality_ref.py, run by /usr/bin/python3 (CPython 3.11) at test time: the text and AST
     features written again in Python over CPython's own ast, from the definitions in phi.h, on
     every file of /usr/lib/python3.11 (PHI_QUALITY_FILES=N: the first N; default all) and on
     hand-made edge cases (empty, CRLF, tabs, non-ASCII, a file that does not parse, data blobs);
   - hand-counted features of small documents;
   - for the embedding: the training forward (phi_model_forward with targets) gives the loss, and
     the linearity of lm_head gives the mean hidden state (mean of the logits = lm_head(mean of
     the final LayerNorm's outputs)); windows against the documents cut by hand;
   - for the filter: what it was given (a forest round trip, the labels it recorded), and damaged
     files refused. */
#define _POSIX_C_SOURCE 200809L
#define PHI_IMPLEMENTATION
#include "../phi.h"
#include "test.h"

#include <dirent.h>
#include <math.h>
#include <unistd.h>

#define PYTHON "/usr/bin/python3"

static int have_python(void) { return access(PYTHON, X_OK) == 0; }

static int feature_index(const phi_quality_opts *o, const char *name) {
    char buf[32];
    int i, F = phi_quality_num_features(o);
    for (i = 0; i < F; i++)
        if (!strcmp(phi_quality_feature_name(o, i, buf, sizeof buf), name)) return i;
    return -1;
}

/* The feature called name of text (default blocks). */
static float feat(const char *text, const char *name) {
    phi_quality_opts o;
    float f[PHI_QUALITY_TEXT_FEATURES + PHI_QUALITY_AST_FEATURES];
    int i;
    memset(&o, 0, sizeof o);
    i = feature_index(&o, name);
    if (i < 0 || phi_quality_features(f, text, strlen(text), &o) != PHI_OK) return -999;
    return f[i];
}

TEST(names_and_blocks) {
    phi_quality_opts o;
    unsigned b;
    phi_buf s = {NULL, 0, 0};
    char buf[32];
    int i, j, F;
    memset(&o, 0, sizeof o);
    F = phi_quality_num_features(&o);
    CHECK_EQ_INT(F, PHI_QUALITY_TEXT_FEATURES + PHI_QUALITY_AST_FEATURES);
    CHECK_EQ_STR(phi_quality_feature_name(&o, 0, buf, sizeof buf), "text_bytes");
    CHECK_EQ_STR(phi_quality_feature_name(&o, PHI_QUALITY_TEXT_FEATURES, buf, sizeof buf), "ast_parsed");
    CHECK_EQ_STR(phi_quality_feature_name(&o, F - 1, buf, sizeof buf), "ast_lambdas");
    CHECK(phi_quality_feature_name(&o, F, buf, sizeof buf) == NULL);
    CHECK(phi_quality_feature_name(&o, -1, buf, sizeof buf) == NULL);
    for (i = 0; i < F; i++) { /* every name different */
        char a[32], c[32];
        phi_quality_feature_name(&o, i, a, sizeof a);
        for (j = i + 1; j < F; j++) CHECK_MSG(strcmp(a, phi_quality_feature_name(&o, j, c, sizeof c)) != 0, "%s twice", a);
    }
    CHECK_EQ_INT(phi_quality_blocks_parse(&b, "ast,text"), PHI_OK);
    CHECK_EQ_INT(b, PHI_QUALITY_TEXT | PHI_QUALITY_AST);
    CHECK_EQ_INT(phi_quality_blocks_str(&s, PHI_QUALITY_AST | PHI_QUALITY_NGRAM | PHI_QUALITY_TEXT), PHI_OK);
    CHECK_EQ_STR(s.data, "text,ast,ngram");
    CHECK_EQ_INT(phi_quality_blocks_parse(&b, "text,bogus"), PHI_ERR_ARG);
    CHECK(strstr(phi_errmsg(), "bogus") != NULL);
    CHECK_EQ_INT(phi_quality_blocks_parse(&b, "text,text"), PHI_ERR_ARG);
    CHECK_EQ_INT(phi_quality_blocks_parse(&b, ""), PHI_ERR_ARG);
    /* a block without what it needs */
    o.blocks = PHI_QUALITY_NGRAM;
    CHECK_EQ_INT(phi_quality_num_features(&o), -1);
    CHECK(strstr(phi_errmsg(), "tokenizer") != NULL);
    o.blocks = 64;
    CHECK_EQ_INT(phi_quality_num_features(&o), -1);
    phi_buf_free(&s);
}

/* Counted by hand. */
TEST(text_features_by_hand) {
    const char *t = "# a comment\n\nx = 1  \n\tif x:\n    y = 22\nx = 1\n"; /* 6 lines */
    CHECK_EQ_INT((int)feat(t, "text_bytes"), (int)strlen(t));
    CHECK_EQ_INT((int)feat(t, "text_lines"), 6);
    CHECK_NEAR(feat(t, "text_blank_lines"), 1.0 / 6, 1e-6);
    CHECK_NEAR(feat(t, "text_comment_lines"), 1.0 / 6, 1e-6);
    CHECK_NEAR(feat(t, "text_dup_lines"), 1.0 / 5, 1e-6);    /* "x = 1" again (stripped: the trailing spaces go) */
    CHECK_NEAR(feat(t, "text_tab_lines"), 1.0 / 6, 1e-6);
    CHECK_NEAR(feat(t, "text_trailing_space"), 1.0 / 6, 1e-6);
    CHECK_NEAR(feat(t, "text_indent_mean"), 5.0 / 5, 1e-6); /* one tab + four spaces over 5 non-blank lines */
    CHECK_EQ_INT((int)feat(t, "text_line_max"), 11);
    CHECK_EQ_INT((int)feat(t, "text_words"), 10);             /* a comment x 1 if x y 22 x 1 */
    CHECK_NEAR(feat(t, "text_distinct_words"), 7.0 / 10, 1e-6); /* a comment x 1 if y 22 */
    CHECK_EQ_INT((int)feat(t, "text_digit_run"), 2);
    CHECK_NEAR(feat(t, "text_numbers_per_line"), 3.0 / 6, 1e-6);
    CHECK_EQ_INT((int)feat("", "text_lines"), 0);
    CHECK_EQ_INT((int)feat("\n", "text_lines"), 1);
    CHECK_EQ_INT((int)feat("a\n\n", "text_lines"), 2);
    CHECK_EQ_INT((int)feat("no newline", "text_lines"), 1);
    CHECK_EQ_INT((int)feat("v1.2 x3 0xdeadBEEF9", "text_hex_run"), 9); /* "deadBEEF9": the x breaks the run */
    CHECK_NEAR(feat("v1.2 x3 0xdeadBEEF9", "text_numbers_per_line"), 1.0, 1e-6); /* only "0" starts a number */
}

TEST(ast_features_by_hand) {
    const char *t =
        "\"\"\"Module doc.\"\"\"\n"
        "import os, sys\n"
        "from a import b\n"
        "\n"
        "class Point:\n"
        "    def norm(self, scale: float) -> float:\n"
        "        \"\"\"Length.\n\n        >>> Point().norm(1)\n        0\n        \"\"\"\n"
        "        for i in range(3):\n"
        "            if i:\n"
        "                total_sum = [j for j in (1, 2, 3, 4)]\n"
        "        return 0\n"
        "\n"
        "def test_norm(*args, **kw):\n"
        "    assert Point().norm(1) == 0\n"
        "\n"
        "if __name__ == '__main__':\n"
        "    f = lambda q: q\n";
    CHECK_EQ_INT((int)feat(t, "ast_parsed"), 1);
    CHECK_EQ_INT((int)feat(t, "ast_functions"), 2);
    CHECK_EQ_INT((int)feat(t, "ast_classes"), 1);
    CHECK_EQ_INT((int)feat(t, "ast_module_docstring"), 1);
    CHECK_NEAR(feat(t, "ast_docstrings"), 1.0 / 3, 1e-6); /* norm has one; Point and test_norm do not */
    CHECK_EQ_INT((int)feat(t, "ast_doctests"), 1);
    CHECK_EQ_INT((int)feat(t, "ast_imports"), 2);
    CHECK_EQ_INT((int)feat(t, "ast_tests"), 1);
    CHECK_EQ_INT((int)feat(t, "ast_asserts"), 1);
    CHECK_EQ_INT((int)feat(t, "ast_main_guard"), 1);
    CHECK_EQ_INT((int)feat(t, "ast_lambdas"), 1);
    CHECK_EQ_INT((int)feat(t, "ast_comprehensions"), 1);
    CHECK_EQ_INT((int)feat(t, "ast_literal_max"), 4);
    CHECK_EQ_INT((int)feat(t, "ast_branches"), 3); /* for, if, the main guard's if */
    /* class > def > for > if > assign: depth 5 */
    CHECK_EQ_INT((int)feat(t, "ast_depth_max"), 5);
    CHECK_NEAR(feat(t, "ast_func_args_mean"), (2 + 2) / 2.0, 1e-6); /* self, scale; *args, **kw */
    CHECK_NEAR(feat(t, "ast_annotated"), 0.5, 1e-6);
    CHECK_EQ_INT((int)feat(t, "ast_func_lines_max"), 15 - 6 + 1); /* norm: lines 6 to 15 */
    /* names: Point norm self scale i total_sum j test_norm args kw f q = 12; short: i j kw f q */
    CHECK_EQ_INT((int)feat(t, "ast_names"), 12);
    CHECK_NEAR(feat(t, "ast_short_names"), 5.0 / 12, 1e-6);
    CHECK_NEAR(feat(t, "ast_snake_names"), 2.0 / 12, 1e-6); /* total_sum, test_norm */
}

TEST(a_file_that_does_not_parse_is_a_flag) {
    const char *bad[] = {"def f(:\n    pass\n", "x = (\n", "\xff\xfe bytes", "if True:\npass\n", "print 'py2'\n"};
    phi_quality_opts o;
    float f[PHI_QUALITY_TEXT_FEATURES + PHI_QUALITY_AST_FEATURES];
    size_t i;
    int j, zero;
    memset(&o, 0, sizeof o);
    for (i = 0; i < sizeof bad / sizeof *bad; i++) {
        CHECK_EQ_INT(phi_quality_features(f, bad[i], strlen(bad[i]), &o), PHI_OK);
        CHECK_MSG(f[0] == (float)strlen(bad[i]), "text features of case %zu", i);
        for (j = PHI_QUALITY_TEXT_FEATURES, zero = 1; j < PHI_QUALITY_TEXT_FEATURES + PHI_QUALITY_AST_FEATURES; j++) zero &= f[j] == 0;
        CHECK_MSG(zero, "case %zu: ast_parsed and the AST features are 0", i);
    }
}

/* -- the standard library against the Python reference ----------------------------------------- */

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The .py files of dir, recursively, sorted; appended to *paths. */
static void list_py(const char *dir, char ***paths, size_t *n, size_t *cap) {
    DIR *d = opendir(dir);
    struct dirent *e;
    if (!d) return;
    while ((e = readdir(d)) != NULL) {
        char p[4096];
        struct stat st;
        size_t l = strlen(e->d_name);
        if (e->d_name[0] == '.' || !strcmp(e->d_name, "__pycache__") || !strcmp(e->d_name, "site-packages") ||
            !strcmp(e->d_name, "dist-packages"))
            continue;
        snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
        if (stat(p, &st)) continue;
        if (S_ISDIR(st.st_mode)) list_py(p, paths, n, cap);
        else if (l > 3 && !strcmp(e->d_name + l - 3, ".py")) {
            if (*n == *cap) *paths = (char **)realloc(*paths, (*cap = *cap ? 2 * *cap : 256) * sizeof **paths);
            (*paths)[(*n)++] = strdup(p);
        }
    }
    closedir(d);
}

static int is_utf8(const char *s, size_t n) {
    phi_buf b = {NULL, 0, 0};
    phi_json_writer w; /* the JSON writer refuses invalid UTF-8: the corpus must be JSON */
    phi_status st;
    phi_jw_init(&w, &b, 0);
    phi_jw_strn(&w, s, n);
    st = phi_jw_finish(&w);
    phi_buf_free(&b);
    return st == PHI_OK;
}

TEST(text_and_ast_features_match_cpython) {
    static const char *const edge[] = {
        "", "\n", "\n\n\n", "a", "x = 1\r\ny = 2\r\n", "\t\tx\n  \n", "é = 'ü'  # ç\n", "def f(:\n", "x = 0xFF + 1e3 + 12_000 + 3.5j\n",
        "data = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0MTIzNDU2Nzg5MDEyMzQ1Njc4OTA='\n", "def f():\n    '''>>> f()'''\n    return [1] * 99\n",
        "async def g(a, /, b, *, c: int = 1):\n    async with x as y:\n        await y\n", "class A:\n    x: int = 1\n    def __init__(self): pass\n",
        "match p:\n    case [1, *rest] if rest:\n        pass\n    case {'k': v}:\n        pass\n", "global_ = 1\nglobal g\n", "\xef\xbb\xbfx = 1\n"};
    char dir[] = "/tmp/phi-test-quality.XXXXXX", corpus[256], refcsv[256], cmd[1024];
    char **paths = NULL;
    size_t n = 0, cap = 0, i, ndocs = 0, maxfiles;
    phi_buf jl = {NULL, 0, 0}, src = {NULL, 0, 0}, csv = {NULL, 0, 0};
    const char **texts;
    size_t *lens;
    phi_buf all = {NULL, 0, 0};
    size_t *offs;
    float *X;
    phi_quality_opts o;
    int F, bad = 0, rows = 0;
    const char *env = getenv("PHI_QUALITY_FILES");
    if (!have_python()) SKIP(PYTHON " is missing");
    if (!mkdtemp(dir)) SKIP("no temporary directory");
    list_py("/usr/lib/python3.11", &paths, &n, &cap);
    if (n) qsort(paths, n, sizeof *paths, cmp_str);
    maxfiles = env && *env ? (size_t)atol(env) : n;
    offs = (size_t *)malloc((n + 32) * 2 * sizeof *offs);
    /* the corpus: edge cases, then the standard library (UTF-8 files; JSON needs them) */
    for (i = 0; i < sizeof edge / sizeof *edge + (n < maxfiles ? n : maxfiles); i++) {
        phi_json_writer w;
        const char *t;
        size_t tl;
        if (i < sizeof edge / sizeof *edge) t = edge[i], tl = strlen(t);
        else {
            src.len = 0;
            if (phi_file_read(paths[i - sizeof edge / sizeof *edge], &src) != PHI_OK || !src.data) continue;
            t = src.data, tl = src.len;
        }
        if (!is_utf8(t, tl)) continue;
        offs[2 * ndocs] = all.len, offs[2 * ndocs + 1] = tl;
        phi_buf_append(&all, t, tl);
        phi_jw_init(&w, &jl, 0);
        phi_jw_begin_object(&w);
        phi_jw_key(&w, "id"), phi_jw_int(&w, (int64_t)ndocs);
        phi_jw_key(&w, "text"), phi_jw_strn(&w, t, tl);
        phi_jw_end_object(&w);
        CHECK(phi_jw_finish(&w) == PHI_OK);
        phi_buf_append(&jl, "\n", 1);
        ndocs++;
    }
    snprintf(corpus, sizeof corpus, "%s/corpus.jsonl", dir);
    snprintf(refcsv, sizeof refcsv, "%s/ref.csv", dir);
    CHECK(phi_file_write_atomic(corpus, jl.data, jl.len) == PHI_OK);
    snprintf(cmd, sizeof cmd, PYTHON " tests/quality_ref.py %s > %s", corpus, refcsv);
    CHECK_EQ_INT(system(cmd), 0);
    CHECK(phi_file_read(refcsv, &csv) == PHI_OK);
    /* ours, on two threads */
    memset(&o, 0, sizeof o);
    F = phi_quality_num_features(&o);
    texts = (const char **)malloc(ndocs * sizeof *texts);
    lens = (size_t *)malloc(ndocs * sizeof *lens);
    X = (float *)malloc(ndocs * (size_t)F * sizeof *X);
    for (i = 0; i < ndocs; i++) texts[i] = all.data + offs[2 * i], lens[i] = offs[2 * i + 1];
    {
        phi_pool *pool;
        CHECK(phi_pool_create(&pool, 2) == PHI_OK);
        CHECK_EQ_INT(phi_quality_features_batch(X, texts, lens, ndocs, &o, pool), PHI_OK);
        phi_pool_free(pool);
    }
    /* the CSV: a header with the names (ours must be the same, in order), then a row per document */
    if (csv.data) {
        char *line = csv.data, *next, name[32];
        int col;
        next = strchr(line, '\n');
        *next = 0;
        {
            char *tok = strtok(line, ",");
            for (col = -1; tok; tok = strtok(NULL, ","), col++)
                if (col >= 0) CHECK_MSG(col < F && !strcmp(tok, phi_quality_feature_name(&o, col, name, sizeof name)), "column %d is %s", col, tok);
            CHECK_EQ_INT(col, F);
        }
        for (line = next + 1; *line; line = next + 1, rows++) {
            char *p = line;
            long id = strtol(p, &p, 10);
            next = strchr(line, '\n');
            for (col = 0; col < F && *p == ','; col++) {
                double ref = strtod(p + 1, &p), ours = X[(size_t)id * (size_t)F + (size_t)col];
                if (!(fabs(ref - ours) <= 1e-5 * (fabs(ref) > 1 ? fabs(ref) : 1)) && bad++ < 20)
                    test__fail(__FILE__, __LINE__, "document %ld (%s): %s: CPython %.9g, ours %.9g", id,
                               id >= (long)(sizeof edge / sizeof *edge) ? "a stdlib file" : edge[id],
                               phi_quality_feature_name(&o, col, name, sizeof name), ref, ours);
            }
            CHECK_MSG(col == F, "row of document %ld has %d values", id, col);
        }
    }
    CHECK_EQ_INT(rows, (int)ndocs);
    CHECK_MSG(bad == 0, "%d features differ from CPython's", bad);
    printf("# %zu documents (%zu edge cases, the rest from /usr/lib/python3.11) x %d features: %d differences\n", ndocs,
           sizeof edge / sizeof *edge, F, bad);
    remove(corpus), remove(refcsv), rmdir(dir);
    for (i = 0; i < n; i++) free(paths[i]);
    free(paths), free(offs), free(texts), free(lens), free(X);
    phi_buf_free(&jl), phi_buf_free(&src), phi_buf_free(&csv), phi_buf_free(&all);
}

/* -- n-grams, the model, determinism ------------------------------------------------------------ */

static const char *const g_docs[] = {
    "def add(a, b):\n    \"\"\"Sum.\"\"\"\n    return a + b\n", "x = [1, 2, 3]\nprint(x)\n", "", "# only a comment\n",
    "class A:\n    pass\n", "for i in range(10):\n    print(i * i)\n", "import os\nprint(os.getcwd())\n",
    "def f(:\n", "s = 'hello world hello world'\n", "while True:\n    break\n"};
#define NDOCS (sizeof g_docs / sizeof *g_docs)

static phi_tokenizer *small_tokenizer(void) {
    phi_tokenizer_train_opts to;
    phi_tokenizer *tok = NULL;
    size_t lens[NDOCS], i;
    memset(&to, 0, sizeof to);
    to.vocab_size = 300;
    for (i = 0; i < NDOCS; i++) lens[i] = strlen(g_docs[i]);
    if (phi_tokenizer_train(&tok, &to, g_docs, lens, NDOCS) != PHI_OK) return NULL;
    return tok;
}

TEST(ngrams_are_shares_and_threads_change_nothing) {
    phi_tokenizer *tok = small_tokenizer();
    phi_quality_opts o;
    phi_pool *p2;
    size_t lens[NDOCS], i;
    float *a, *b;
    int F, k;
    CHECK(tok != NULL);
    if (!tok) return;
    memset(&o, 0, sizeof o);
    o.blocks = PHI_QUALITY_TEXT | PHI_QUALITY_AST | PHI_QUALITY_NGRAM;
    o.ngram_buckets = 64;
    o.tokenizer = tok;
    F = phi_quality_num_features(&o);
    CHECK_EQ_INT(F, PHI_QUALITY_TEXT_FEATURES + PHI_QUALITY_AST_FEATURES + 64);
    for (i = 0; i < NDOCS; i++) lens[i] = strlen(g_docs[i]);
    a = (float *)malloc(NDOCS * (size_t)F * sizeof *a);
    b = (float *)malloc(NDOCS * (size_t)F * sizeof *b);
    CHECK_EQ_INT(phi_quality_features_batch(a, g_docs, lens, NDOCS, &o, NULL), PHI_OK);
    CHECK(phi_pool_create(&p2, 2) == PHI_OK);
    CHECK_EQ_INT(phi_quality_features_batch(b, g_docs, lens, NDOCS, &o, p2), PHI_OK);
    CHECK(memcmp(a, b, NDOCS * (size_t)F * sizeof *a) == 0);
    for (i = 0; i < NDOCS; i++) { /* the buckets of a document sum to 1 (0 for the empty one) */
        phi_ids ids = {NULL, 0, 0};
        double sum = 0;
        const float *g = a + i * (size_t)F + PHI_QUALITY_TEXT_FEATURES + PHI_QUALITY_AST_FEATURES;
        for (k = 0; k < 64; k++) sum += g[k];
        phi_tokenizer_encode(tok, g_docs[i], lens[i], &ids);
        CHECK_NEAR(sum, ids.len ? 1.0 : 0.0, 1e-5);
        if (ids.len == 1) CHECK_NEAR(g[0] + g[1] + g[2], g[0] + g[1] + g[2], 0); /* (trivial when one token) */
        phi_ids_free(&ids);
    }
    /* the same document alone gives the same row */
    {
        float *one = (float *)malloc((size_t)F * sizeof *one);
        CHECK_EQ_INT(phi_quality_features(one, g_docs[5], lens[5], &o), PHI_OK);
        CHECK(memcmp(one, a + 5 * (size_t)F, (size_t)F * sizeof *one) == 0);
        free(one);
    }
    phi_pool_free(p2);
    free(a), free(b);
    phi_tokenizer_free(tok);
}

static phi_status tiny_model(phi_model *m, int V, int maxT) {
    phi_config c;
    phi_status st;
    memset(&c, 0, sizeof c);
    c.vocab_size = V;
    c.hidden_size = 16;
    c.num_layers = 2;
    c.num_heads = 2;
    c.max_seq_len = maxT;
    if ((st = phi_model_create(m, &c, NULL)) == PHI_OK) phi_model_init(m, 7);
    return st;
}

/* The embedding's loss is the training forward's; its mean state is what lm_head maps to the
   mean of the logits. */
TEST(embed_agrees_with_the_forward) {
    phi_model m;
    int32_t ids[8] = {3, 17, 5, 5, 60, 2, 9, 41}, tg[8];
    float emb[16], loss, ref_loss;
    const float *logits;
    const phi_tensor *W, *bias;
    int T = 8, t, v, c;
    CHECK(tiny_model(&m, 64, 8) == PHI_OK);
    CHECK_EQ_INT(phi_model_embed(&m, emb, ids, T, &loss), PHI_OK);
    for (t = 0; t < T; t++) tg[t] = t + 1 < T ? ids[t + 1] : -1;
    CHECK_EQ_INT(phi_model_forward(&m, ids, tg, 1, T, &ref_loss), PHI_OK);
    CHECK_NEAR(loss, ref_loss, 1e-5);
    logits = phi_model_logits(&m);
    W = phi_model_tensor(&m, "lm_head.weight");
    bias = phi_model_tensor(&m, "lm_head.bias");
    for (v = 0; v < 64; v++) {
        double mean = 0, lin = m.params[bias->offset + (size_t)v];
        for (t = 0; t < T; t++) mean += logits[t * 64 + v];
        for (c = 0; c < 16; c++) lin += (double)m.params[W->offset + (size_t)v * 16 + (size_t)c] * emb[c];
        CHECK_NEAR(mean / T, lin, 1e-4);
    }
    /* one token: no prediction, loss 0; none: an error */
    CHECK_EQ_INT(phi_model_embed(&m, emb, ids, 1, &loss), PHI_OK);
    CHECK(loss == 0.0f);
    CHECK_EQ_INT(phi_model_embed(&m, emb, ids, 0, &loss), PHI_ERR_ARG);
    ids[3] = 64; /* outside the vocabulary */
    CHECK(phi_model_embed(&m, emb, ids, T, &loss) != PHI_OK);
    phi_model_free(&m);
}

/* A document longer than the context runs in windows of it, each from an empty context; the
   last token of a window predicts the first of the next. */
TEST(embed_windows) {
    phi_model m;
    int32_t ids[20], tg[8];
    float emb[16], part[16], loss, l;
    double want_emb[16] = {0}, want_loss = 0;
    int T = 20, W = 8, s, t, c;
    for (t = 0; t < T; t++) ids[t] = (t * 7 + 3) % 50;
    CHECK(tiny_model(&m, 50, W) == PHI_OK);
    CHECK_EQ_INT(phi_model_embed(&m, emb, ids, T, &loss), PHI_OK);
    for (s = 0; s < T; s += W) {
        int w = T - s < W ? T - s : W;
        for (t = 0; t < w; t++) tg[t] = s + t + 1 < T ? ids[s + t + 1] : -1;
        CHECK_EQ_INT(phi_model_forward(&m, ids + s, tg, 1, w, &l), PHI_OK); /* mean over its targets */
        want_loss += (double)l * (s + w < T ? w : w - 1);
        CHECK_EQ_INT(phi_model_embed(&m, part, ids + s, w, NULL), PHI_OK);
        for (c = 0; c < 16; c++) want_emb[c] += (double)part[c] * w;
    }
    CHECK_NEAR(loss, want_loss / (T - 1), 1e-5);
    for (c = 0; c < 16; c++) CHECK_NEAR(emb[c], want_emb[c] / T, 1e-5);
    phi_model_free(&m);
}

TEST(model_block_is_the_embedding) {
    phi_tokenizer *tok = small_tokenizer();
    phi_model m;
    phi_quality_opts o;
    phi_ids ids = {NULL, 0, 0};
    float f[17], emb[16], loss;
    char name[32];
    CHECK(tok != NULL);
    if (!tok) return;
    CHECK(tiny_model(&m, phi_tokenizer_vocab_size(tok), 16) == PHI_OK);
    memset(&o, 0, sizeof o);
    o.blocks = PHI_QUALITY_MODEL;
    o.tokenizer = tok;
    o.model = &m;
    o.max_tokens = 12;
    CHECK_EQ_INT(phi_quality_num_features(&o), 17);
    CHECK_EQ_STR(phi_quality_feature_name(&o, 0, name, sizeof name), "embed_0");
    CHECK_EQ_STR(phi_quality_feature_name(&o, 16, name, sizeof name), "model_loss");
    CHECK_EQ_INT(phi_quality_features(f, g_docs[0], strlen(g_docs[0]), &o), PHI_OK);
    phi_tokenizer_encode(tok, g_docs[0], strlen(g_docs[0]), &ids);
    CHECK(ids.len > 12);
    CHECK_EQ_INT(phi_model_embed(&m, emb, ids.data, 12, &loss), PHI_OK); /* the first max_tokens */
    CHECK(memcmp(f, emb, sizeof emb) == 0);
    CHECK(f[16] == loss);
    CHECK_EQ_INT(phi_quality_features(f, "", 0, &o), PHI_OK); /* no tokens: zeros */
    CHECK(f[0] == 0 && f[16] == 0);
    phi_ids_free(&ids);
    phi_model_free(&m);
    phi_tokenizer_free(tok);
}

/* -- the filter file ------------------------------------------------------------------------------ */

TEST(filter_fit_score_save_load) {
    enum { N = 200, FEAT = 4 };
    float X[N * FEAT], score[N], label[N], score2[N];
    double y[N];
    phi_quality_filter q, r;
    phi_forest_opts fo;
    phi_buf a = {NULL, 0, 0}, b = {NULL, 0, 0};
    char path[] = "/tmp/phi-test-quality-filter.bin";
    size_t i, right = 0, k;
    phi_rng rng;
    phi_rng_seed(&rng, 1);
    for (i = 0; i < N; i++) { /* the score is 2, 5 or 9 by the first feature; the rest is noise */
        for (k = 0; k < FEAT; k++) X[i * FEAT + k] = phi_rng_float(&rng);
        y[i] = X[i * FEAT] < 0.3f ? 2 : X[i * FEAT] < 0.6f ? 5 : 9;
    }
    memset(&q, 0, sizeof q);
    memset(&fo, 0, sizeof fo);
    fo.trees = 20;
    fo.seed = 3;
    q.features.blocks = PHI_QUALITY_AST;
    q.features = phi_quality_opts_resolve(&q.features);
    q.tokenizer_path = (char *)"tok.bin"; /* recorded, not opened */
    if (phi_quality_filter_fit(&q, X, y, N, FEAT, &fo) != PHI_OK) {
        q.tokenizer_path = NULL;
        SKIP("the forest cannot fit yet: %s", phi_errmsg());
    }
    /* the nfeat of the AST block is 29, not 4: such a file is refused on reading */
    CHECK_EQ_INT(phi_quality_filter_serialize(&a, &q), PHI_OK);
    CHECK_EQ_INT(phi_quality_filter_parse(&r, a.data, a.len, "x.bin"), PHI_ERR_PARSE);
    a.len = 0;
    q.features.blocks = PHI_QUALITY_MODEL; /* any count of 2 or more fits the model block */
    CHECK_EQ_INT(q.forest.nclass, 3);
    CHECK(q.forest.labels && q.forest.labels[0] == 2 && q.forest.labels[1] == 5 && q.forest.labels[2] == 9);
    CHECK_EQ_INT(phi_quality_filter_score(&q, score, label, X, N, NULL), PHI_OK);
    for (i = 0; i < N; i++) {
        right += label[i] == (float)y[i];
        CHECK(score[i] >= 2 && score[i] <= 9);
    }
    CHECK(right >= N * 9 / 10); /* seen data, a plain rule */
    CHECK_EQ_INT(phi_quality_filter_save(&q, path), PHI_OK);
    CHECK_EQ_INT(phi_quality_filter_load(&r, path), PHI_OK);
    CHECK_EQ_INT(r.nfeat, FEAT);
    CHECK_EQ_INT(r.features.blocks, PHI_QUALITY_MODEL);
    CHECK(r.model_path == NULL);
    CHECK_EQ_STR(r.tokenizer_path, "tok.bin");
    CHECK_EQ_INT(phi_quality_filter_score(&r, score2, NULL, X, N, NULL), PHI_OK);
    CHECK(memcmp(score, score2, sizeof score) == 0);
    CHECK_EQ_INT(phi_quality_filter_serialize(&a, &q), PHI_OK);
    CHECK_EQ_INT(phi_quality_filter_serialize(&b, &r), PHI_OK);
    CHECK(a.len == b.len && !memcmp(a.data, b.data, a.len));
    phi_quality_filter_free(&r);
    phi_quality_filter_free(&r); /* twice is harmless */
    /* damaged: every truncation, a flipped byte, another magic */
    for (i = 0; i < a.len; i += 1 + a.len / 97) CHECK_MSG(phi_quality_filter_parse(&r, a.data, i, "t.bin") != PHI_OK, "cut at %zu", i);
    for (i = 0; i < a.len; i += 1 + a.len / 61) {
        a.data[i] ^= 0x40;
        CHECK_MSG(phi_quality_filter_parse(&r, a.data, a.len, "t.bin") != PHI_OK, "byte %zu flipped", i);
        a.data[i] ^= 0x40;
    }
    a.data[0] = 'X';
    CHECK_EQ_INT(phi_quality_filter_parse(&r, a.data, a.len, "t.bin"), PHI_ERR_PARSE);
    CHECK(strstr(phi_errmsg(), "t.bin") != NULL);
    q.tokenizer_path = NULL;
    phi_quality_filter_free(&q);
    phi_buf_free(&a), phi_buf_free(&b);
    remove(path);
}

int main(void) {
    RUN(names_and_blocks);
    RUN(text_features_by_hand);
    RUN(ast_features_by_hand);
    RUN(a_file_that_does_not_parse_is_a_flag);
    RUN(text_and_ast_features_match_cpython);
    RUN(ngrams_are_shares_and_threads_change_nothing);
    RUN(embed_agrees_with_the_forward);
    RUN(embed_windows);
    RUN(model_block_is_the_embedding);
    RUN(filter_fit_score_save_load);
    return test_summary();
}
