/* Tests of >>base, >>rng, >>threads and >>clock. */
#define PHI_IMPLEMENTATION
#include "../phi.h"
#include "test.h"
#include "fixtures/rng_ref.h"

#include <math.h>
#include <stdlib.h>
#include <pthread.h>
#include <unistd.h>

TEST(status_strings_name_every_kind) {
    CHECK_EQ_STR(phi_status_str(PHI_OK), "ok");
    CHECK_EQ_STR(phi_status_str(PHI_ERR_PARSE), "malformed input");
    CHECK_EQ_STR(phi_status_str(PHI_ERR_ENCODING), "invalid UTF-8");
    CHECK_EQ_STR(phi_status_str((phi_status)-99), "unknown status");
    CHECK(PHI_OK == 0 && PHI_ERR_NOMEM < 0 && PHI_ERR_STATE < 0 && PHI_END > 0);
}

/* The error detail is per thread: a failure in one thread leaves another's message alone. */
static void *fail_in_thread(void *arg) {
    phi_buf b = {0};
    (void)arg;
    CHECK(phi_file_read("/nonexistent/phi-test-file", &b) == PHI_ERR_IO);
    CHECK(strstr(phi_errmsg(), "/nonexistent/phi-test-file") != NULL);
    return NULL;
}

TEST(error_detail_is_thread_local) {
    pthread_t t;
    phi_buf b = {0};
    CHECK(phi_file_read("/nonexistent/main-thread-file", &b) == PHI_ERR_IO);
    pthread_create(&t, NULL, fail_in_thread, NULL);
    pthread_join(t, NULL);
    CHECK(strstr(phi_errmsg(), "main-thread-file") != NULL);
    CHECK(strstr(phi_errmsg(), "No such file") != NULL);
}

static int log_calls;
static char log_last[512];
static void capture_log(void *user, phi_log_level level, const char *msg) {
    (void)user;
    (void)level;
    log_calls++;
    snprintf(log_last, sizeof log_last, "%s", msg);
}

TEST(log_callback_receives_warnings_and_can_be_removed) {
    phi_jsonl_reader *r;
    const phi_json *v;
    const char torn[] = "{\"a\":1}\n{\"a\":";
    phi_set_log(capture_log, NULL);
    log_calls = 0;
    CHECK(phi_jsonl_open_mem(&r, torn, sizeof torn - 1, "mem", NULL) == PHI_OK);
    CHECK(phi_jsonl_next(r, &v) == PHI_OK);
    CHECK(phi_jsonl_next(r, &v) == PHI_END);
    phi_jsonl_close(r);
    CHECK_EQ_INT(log_calls, 1);
    CHECK(strstr(log_last, "mem:2") && strstr(log_last, "torn"));
    phi_set_log(NULL, NULL);
    CHECK(phi_jsonl_open_mem(&r, torn, sizeof torn - 1, "mem", NULL) == PHI_OK);
    while (phi_jsonl_next(r, &v) == PHI_OK) {
    }
    phi_jsonl_close(r);
    CHECK_EQ_INT(log_calls, 1);
}

TEST(buf_appends_grows_and_stays_nul_terminated) {
    phi_buf b = {0};
    int i;
    CHECK(phi_buf_append(&b, "ab", 2) == PHI_OK);
    CHECK_EQ_STR(b.data, "ab");
    for (i = 0; i < 1000; i++) CHECK(phi_buf_printf(&b, "%d,", i) == PHI_OK);
    CHECK(b.len == strlen(b.data));
    CHECK(strncmp(b.data, "ab0,1,2,", 8) == 0);
    CHECK(strcmp(b.data + b.len - 4, "999,") == 0);
    CHECK(phi_buf_append(&b, NULL, 0) == PHI_OK);
    phi_buf_free(&b);
    CHECK(b.data == NULL && b.len == 0 && b.cap == 0);
}

TEST(atomic_write_replaces_whole_file_and_leaves_no_temp) {
    char path[] = "/tmp/phi-test-atomic-XXXXXX";
    int fd = mkstemp(path);
    phi_buf b = {0};
    char tmp[600];
    CHECK(fd >= 0);
    close(fd);
    CHECK(phi_file_write_atomic(path, "first version, longer", 21) == PHI_OK);
    CHECK(phi_file_write_atomic(path, "second", 6) == PHI_OK);
    CHECK(phi_file_read(path, &b) == PHI_OK);
    CHECK(b.len == 6 && memcmp(b.data, "second", 6) == 0);
    snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, (long)getpid());
    CHECK(access(tmp, F_OK) != 0);
    CHECK(phi_file_write_atomic("/nonexistent-dir/x", "x", 1) == PHI_ERR_IO);
    CHECK(strstr(phi_errmsg(), "/nonexistent-dir/x") != NULL);
    remove(path);
    phi_buf_free(&b);
}

/* Expected values come from tests/fixtures/make_rng_ref.py, an independent implementation. */
TEST(rng_stream_matches_independent_reference) {
    phi_rng r, f;
    int i;
    phi_rng_seed(&r, 0);
    for (i = 0; i < 8; i++) CHECK_EQ_U64(phi_rng_u64(&r), rng_ref_seed_0[i]);
    phi_rng_seed(&r, 42);
    f = phi_rng_fork(&r, 3);
    for (i = 0; i < 8; i++) CHECK_EQ_U64(phi_rng_u64(&r), rng_ref_seed_42[i]);
    for (i = 0; i < 4; i++) CHECK_EQ_U64(phi_rng_u64(&f), rng_ref_fork_42_3[i]);
    phi_rng_seed(&r, 0xFFFFFFFFFFFFFFFFull);
    for (i = 0; i < 8; i++) CHECK_EQ_U64(phi_rng_u64(&r), rng_ref_seed_max[i]);
    phi_rng_seed(&r, 7);
    for (i = 0; i < 4; i++) CHECK(phi_rng_double(&r) == rng_ref_double_7[i]);
    phi_rng_seed(&r, 7);
    for (i = 0; i < 4; i++) CHECK(phi_rng_float(&r) == (float)rng_ref_float_7[i]);
    phi_rng_seed(&r, 7);
    CHECK_EQ_U64(phi_rng_u32(&r), (uint32_t)(0x1.66b1f5ee9df2ep-1 * 4294967296.0));
}

TEST(rng_below_is_in_range_and_unbiased) {
    phi_rng r;
    long counts[3] = {0, 0, 0};
    int i;
    phi_rng_seed(&r, 1);
    CHECK(phi_rng_below(&r, 0) == 0);
    CHECK(phi_rng_below(&r, 1) == 0);
    for (i = 0; i < 300000; i++) {
        uint64_t x = phi_rng_below(&r, 3);
        CHECK(x < 3);
        if (x < 3) counts[x]++;
    }
    /* each count is Binomial(300000, 1/3): sd = 258; 6 sd would be a one-in-a-billion fluke */
    for (i = 0; i < 3; i++) CHECK(labs(counts[i] - 100000) < 6 * 258);
    for (i = 0; i < 1000; i++) CHECK(phi_rng_below(&r, 0x8000000000000001ull) < 0x8000000000000001ull);
}

TEST(rng_normal_has_mean_0_and_variance_1) {
    phi_rng r;
    double s = 0, s2 = 0, s4 = 0;
    int i, n = 200000;
    phi_rng_seed(&r, 123);
    for (i = 0; i < n; i++) {
        double x = phi_rng_normal(&r);
        s += x;
        s2 += x * x;
        s4 += x * x * x * x;
    }
    /* mean: sd 1/sqrt(n) = 0.0022; variance: sd sqrt(2/n) = 0.0032; 4th moment 3: sd ~ 0.022 */
    CHECK(fabs(s / n) < 0.0022 * 6);
    CHECK(fabs(s2 / n - 1) < 0.0032 * 6);
    CHECK(fabs(s4 / n - 3) < 0.022 * 6);
}

typedef struct cover_ctx {
    unsigned char *hits;
    int workers_seen[64];
    int ranges;           /* calls of fn (each range once, whichever thread runs it) */
    pthread_mutex_t mu;
    int nested_ok;
    phi_pool *pool;
} cover_ctx;

static void inner(void *ctx, size_t b, size_t e, int w) {
    int *ok = (int *)ctx;
    if (!(b == 0 && e == 5 && w == 0)) *ok = 0; /* nested: serial, one range */
}

static void cover(void *vctx, size_t b, size_t e, int w) {
    cover_ctx *c = (cover_ctx *)vctx;
    size_t i;
    for (i = b; i < e; i++) c->hits[i]++;
    pthread_mutex_lock(&c->mu);
    if (w >= 0 && w < 64) c->workers_seen[w] = 1;
    c->ranges++;
    pthread_mutex_unlock(&c->mu);
    phi_parallel_for(c->pool, 5, inner, &c->nested_ok);
}

TEST(parallel_for_covers_every_index_once) {
    int threads[] = {1, 2, 3, 7};
    size_t sizes[] = {0, 1, 2, 3, 5, 100, 1000, 65537};
    size_t t, s, i;
    for (t = 0; t < sizeof threads / sizeof *threads; t++) {
        phi_pool *p = NULL;
        CHECK(phi_pool_create(&p, threads[t]) == PHI_OK);
        CHECK_EQ_INT(phi_pool_size(p), threads[t]);
        for (s = 0; s < sizeof sizes / sizeof *sizes; s++) {
            cover_ctx c;
            int w, expect_workers = (size_t)threads[t] < sizes[s] ? threads[t] : (int)sizes[s];
            memset(&c, 0, sizeof c);
            c.hits = (unsigned char *)calloc(sizes[s] + 1, 1);
            c.nested_ok = 1;
            c.pool = p;
            pthread_mutex_init(&c.mu, NULL);
            phi_parallel_for(p, sizes[s], cover, &c);
            for (i = 0; i < sizes[s]; i++)
                if (c.hits[i] != 1) break;
            CHECK(i == sizes[s]);
            /* one range per worker, run by any thread of the pool (the caller is 0) */
            CHECK_EQ_INT(c.ranges, expect_workers);
            for (w = threads[t]; w < 64; w++) CHECK(!c.workers_seen[w]);
            CHECK(c.nested_ok);
            pthread_mutex_destroy(&c.mu);
            free(c.hits);
        }
        phi_pool_free(p);
    }
}

typedef struct sum_ctx {
    phi_pool *pool;
    long long total;
    pthread_mutex_t mu;
} sum_ctx;

static void add_range(void *vctx, size_t b, size_t e, int w) {
    sum_ctx *c = (sum_ctx *)vctx;
    long long s = 0;
    size_t i;
    (void)w;
    for (i = b; i < e; i++) s += (long long)i;
    pthread_mutex_lock(&c->mu);
    c->total += s;
    pthread_mutex_unlock(&c->mu);
}

static void *hammer(void *vctx) {
    sum_ctx *c = (sum_ctx *)vctx;
    int i;
    for (i = 0; i < 200; i++) phi_parallel_for(c->pool, 1000, add_range, c);
    return NULL;
}

/* Two threads sharing one pool: calls are serialised, none is lost. */
TEST(parallel_for_is_safe_from_several_threads) {
    sum_ctx c;
    pthread_t a, b;
    memset(&c, 0, sizeof c);
    pthread_mutex_init(&c.mu, NULL);
    CHECK(phi_pool_create(&c.pool, 2) == PHI_OK);
    pthread_create(&a, NULL, hammer, &c);
    pthread_create(&b, NULL, hammer, &c);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    CHECK_EQ_INT(c.total, 400LL * (999LL * 1000 / 2));
    phi_parallel_for(NULL, 10, add_range, &c); /* no pool: serial */
    CHECK_EQ_INT(c.total, 400LL * (999LL * 1000 / 2) + 45);
    phi_pool_free(c.pool);
}

TEST(pool_size_defaults_to_env_then_cpus) {
    phi_pool *p;
    setenv("PHI_THREADS", "3", 1);
    CHECK(phi_pool_create(&p, 0) == PHI_OK);
    CHECK_EQ_INT(phi_pool_size(p), 3);
    phi_pool_free(p);
    unsetenv("PHI_THREADS");
    CHECK(phi_pool_create(&p, 0) == PHI_OK);
    CHECK_EQ_INT(phi_pool_size(p), phi_cpu_count());
    phi_pool_free(p);
    CHECK_EQ_INT(phi_pool_size(NULL), 1);
}

TEST(clock_is_monotonic) {
    double a = phi_now(), b;
    volatile double x = 0;
    int i;
    for (i = 0; i < 1000000; i++) x += i;
    b = phi_now();
    CHECK(b >= a);
    CHECK(b - a < 60);
}

TEST(progress_lines_show_rate_eta_and_respect_interval) {
    phi_progress p;
    const char *s;
    memset(&p, 0, sizeof p);
    p.label = "tokenize";
    p.total = 1000;
    phi_progress_start(&p, 100.0);
    CHECK(phi_progress_update(&p, 10, 105.0) == NULL); /* not a terminal: every 10 s */
    s = phi_progress_update(&p, 250, 110.0);           /* 25 items/s, 750 left: 30 s */
    CHECK(s != NULL);
    CHECK_EQ_STR(s, "tokenize:  25.0% 250/1.00k items 25.0 items/s ETA 0:30\n");
    CHECK(phi_progress_update(&p, 300, 115.0) == NULL);
    s = phi_progress_finish(&p, 1000, 140.0);
    CHECK_EQ_STR(s, "tokenize: 100.0% 1.00k/1.00k items 25.0 items/s in 0:40\n");

    memset(&p, 0, sizeof p);
    p.label = "read";
    p.unit = "B";
    p.tty = 1;
    phi_progress_start(&p, 0.0);
    CHECK(phi_progress_update(&p, 1, 0.05) == NULL); /* terminal: at most 10 per second */
    s = phi_progress_update(&p, 5e6, 2.0);           /* unknown total: no percentage, no ETA */
    CHECK_EQ_STR(s, "\rread 5.00MB 2.50MB/s\033[K");
    p.total = 2e7;
    s = phi_progress_update(&p, 1e7, 4.0);
    CHECK_EQ_STR(s, "\rread [##########..........]  50.0% 10.0MB/20.0MB 2.50MB/s ETA 0:04\033[K");
    s = phi_progress_finish(&p, 2e7, 4000.0);
    CHECK_EQ_STR(s, "\rread [####################] 100.0% 20.0MB/20.0MB 5.00kB/s in 1:06:40\033[K\n");
}

/* A label longer than the line (the formatter once wrote past its 192 bytes): the line is cut
   short and still ends as a line. */
TEST(progress_line_with_a_long_label_is_truncated_not_overrun) {
    phi_progress p;
    char label[400];
    const char *s;
    size_t n;
    int tty;
    memset(label, 'x', sizeof label - 1);
    label[sizeof label - 1] = 0;
    for (tty = 0; tty < 2; tty++) {
        memset(&p, 0, sizeof p);
        p.label = label;
        p.total = 10;
        p.tty = tty;
        phi_progress_start(&p, 0.0);
        s = phi_progress_finish(&p, 5, 1.0);
        n = strlen(s);
        CHECK(n < sizeof p.line_);
        CHECK(n > 100);
        CHECK(s[n - 1] == '\n');
        CHECK(strncmp(s + (tty ? 1 : 0), "xxxxxxxxxx", 10) == 0);
    }
}

/* Against the standard check values (as zlib.crc32 gives them) and a bit-at-a-time reference,
   at every length and alignment around the 8-byte steps. */
TEST(crc32_matches_check_values_and_a_bitwise_reference) {
    unsigned char buf[300];
    size_t off, n, i;
    int b, bad = 0;
    CHECK_EQ_U64(phi_crc32(0, "123456789", 9), 0xCBF43926u);
    CHECK_EQ_U64(phi_crc32(0, "The quick brown fox jumps over the lazy dog", 43), 0x414FA339u);
    CHECK_EQ_U64(phi_crc32(phi_crc32(0, "12345", 5), "6789", 4), 0xCBF43926u); /* continued */
    CHECK_EQ_U64(phi_crc32(0, "", 0), 0);
    for (i = 0; i < sizeof buf; i++) buf[i] = (unsigned char)(i * 131 + 7);
    for (off = 0; off < 8; off++)
        for (n = 0; n + off <= sizeof buf; n += n < 40 ? 1 : 37) {
            uint32_t c = 0xFFFFFFFFu;
            for (i = 0; i < n; i++)
                for (c ^= buf[off + i], b = 0; b < 8; b++) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
            bad += phi_crc32(0, buf + off, n) != ~c;
        }
    CHECK_EQ_INT(bad, 0);
}

/* FNV-1a's published test vectors (64-bit): "" and "a", "foobar"; continuing equals whole. */
TEST(fnv1a_matches_its_test_vectors) {
    CHECK_EQ_U64(phi_fnv1a(PHI_FNV1A_INIT, "", 0), 0xCBF29CE484222325ull);
    CHECK_EQ_U64(phi_fnv1a(PHI_FNV1A_INIT, "a", 1), 0xAF63DC4C8601EC8Cull);
    CHECK_EQ_U64(phi_fnv1a(PHI_FNV1A_INIT, "foobar", 6), 0x85944171F73967E8ull);
    CHECK_EQ_U64(phi_fnv1a(phi_fnv1a(PHI_FNV1A_INIT, "foo", 3), "bar", 3), 0x85944171F73967E8ull);
}

int main(void) {
    RUN(status_strings_name_every_kind);
    RUN(error_detail_is_thread_local);
    RUN(log_callback_receives_warnings_and_can_be_removed);
    RUN(buf_appends_grows_and_stays_nul_terminated);
    RUN(atomic_write_replaces_whole_file_and_leaves_no_temp);
    RUN(rng_stream_matches_independent_reference);
    RUN(rng_below_is_in_range_and_unbiased);
    RUN(rng_normal_has_mean_0_and_variance_1);
    RUN(parallel_for_covers_every_index_once);
    RUN(parallel_for_is_safe_from_several_threads);
    RUN(pool_size_defaults_to_env_then_cpus);
    RUN(clock_is_monotonic);
    RUN(crc32_matches_check_values_and_a_bitwise_reference);
    RUN(fnv1a_matches_its_test_vectors);
    RUN(progress_lines_show_rate_eta_and_respect_interval);
    RUN(progress_line_with_a_long_label_is_truncated_not_overrun);
    return test_summary();
}
