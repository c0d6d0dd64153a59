// simdjson, the peer of bench/json.
//
// Usage: json_simdjson FILE [--runs N] [--batch BYTES]
//
// Loads FILE (JSONL) into a padded_string once, then, N times, DOM-parses every document with
// dom::parser::parse_many (simdjson's NDJSON path: stage 1 over a whole batch, then one
// document after another) and touches each document (length of its "text") so that the work
// is the same as bench/json's and cannot be optimised away. File loading is not timed.
// Prints `simdjson_mbps <median MB/s>` (MB = 1e6 bytes, all bytes of the file) and
// `simdjson_records <documents>` on stdout, the per-run figures on stderr.
//
// Build without -pthread: simdjson then parses on the calling thread only (with threads it
// runs stage 1 of the next batch on a second thread), the same single-core work as ours.
// No -march flag either: simdjson picks its kernel (haswell, icelake, ...) at run time.

#include <simdjson.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <vector>

namespace {

double now_seconds() {
    using clock = std::chrono::steady_clock;
    return std::chrono::duration<double>(clock::now().time_since_epoch()).count();
}

int usage() {
    std::fprintf(stderr, "usage: json_simdjson FILE [--runs N] [--batch BYTES]\n");
    return 2;
}

}  // namespace

int main(int argc, char **argv) {
    const char *path = nullptr;
    long runs = 5;
    size_t batch = 0;  // 0 = chosen from the longest line below
    for (int i = 1; i < argc; i++) {
        if (!std::strcmp(argv[i], "--runs") && i + 1 < argc) {
            runs = std::strtol(argv[++i], nullptr, 10);
        } else if (!std::strcmp(argv[i], "--batch") && i + 1 < argc) {
            batch = std::strtoull(argv[++i], nullptr, 10);
        } else if (argv[i][0] == '-' || path) {
            return usage();
        } else {
            path = argv[i];
        }
    }
    if (!path || runs < 1) return usage();

    simdjson::padded_string data;
    if (auto err = simdjson::padded_string::load(path).get(data)) {
        std::fprintf(stderr, "json_simdjson: %s: %s\n", path, simdjson::error_message(err));
        return 1;
    }

    // parse_many needs a batch larger than the largest document; the default (1 MB) is
    // simdjson's sweet spot, so keep it unless some line is longer.
    size_t longest = 0;
    for (size_t pos = 0; pos < data.size();) {
        const void *nl = std::memchr(data.data() + pos, '\n', data.size() - pos);
        size_t end = nl ? size_t(static_cast<const char *>(nl) - data.data()) : data.size();
        longest = std::max(longest, end - pos);
        pos = end + 1;
    }
    if (batch == 0) batch = std::max<size_t>(simdjson::dom::DEFAULT_BATCH_SIZE, longest + 1024);
    if (batch <= longest) {
        std::fprintf(stderr, "json_simdjson: --batch %zu is not above the longest line (%zu bytes)\n",
                     batch, longest);
        return 1;
    }

#ifdef SIMDJSON_THREADS_ENABLED
    const char *threads = "on (stage 1 lookahead thread)";
#else
    const char *threads = "off";
#endif
    std::fprintf(stderr, "simdjson %s, kernel %s, batch %zu bytes, threads %s\n",
                 SIMDJSON_STRINGIFY(SIMDJSON_VERSION),
                 simdjson::get_active_implementation()->name().c_str(), batch, threads);

    simdjson::dom::parser parser;
    std::vector<double> rates;
    uint64_t records = 0;
    for (long run = 0; run < runs; run++) {
        records = 0;
        uint64_t text_bytes = 0;
        double t0 = now_seconds();
        simdjson::dom::document_stream stream;
        if (auto err = parser.parse_many(data, batch).get(stream)) {
            std::fprintf(stderr, "json_simdjson: %s: %s\n", path, simdjson::error_message(err));
            return 1;
        }
        for (auto it = stream.begin(); it != stream.end(); ++it) {
            std::string_view text;
            if (auto err = (*it)["text"].get(text)) {
                std::fprintf(stderr, "json_simdjson: %s: document %llu at byte %zu: %s\n", path,
                             (unsigned long long)records + 1, it.current_index(),
                             simdjson::error_message(err));
                return 1;
            }
            text_bytes += text.size();
            records++;
        }
        double dt = now_seconds() - t0;
        if (stream.truncated_bytes() != 0) {
            std::fprintf(stderr, "json_simdjson: %s: %zu bytes at the end were not parsed\n", path,
                         stream.truncated_bytes());
            return 1;
        }
        rates.push_back(double(data.size()) / 1e6 / dt);
        std::fprintf(stderr, "simdjson run %ld: %.1f MB/s (%llu records, %llu text bytes, %.3f s)\n",
                     run + 1, rates.back(), (unsigned long long)records,
                     (unsigned long long)text_bytes, dt);
    }

    std::sort(rates.begin(), rates.end());
    size_t n = rates.size();
    double median = n % 2 ? rates[n / 2] : (rates[n / 2 - 1] + rates[n / 2]) / 2;
    std::printf("simdjson_mbps %.2f\n", median);
    std::printf("simdjson_records %llu\n", (unsigned long long)records);
    return 0;
}
