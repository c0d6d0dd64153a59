/* teacher: the recipe's two uses of a big model, through an OpenAI-compatible chat API: label a
   corpus sample for educational value, and write synthetic textbooks and exercises. HTTP/1.1
   over plain sockets (tools/http.c); https through a helper process (tls.c). The journal is the
   output, exactly once across crashes (journal.c). DESIGN.md, "Teacher". */
#include "teacher.h"

#include <errno.h>
#include <string.h>

/* `teacher sha256 FILE...`: the journal's hash, printed as sha256sum does (for the tests). */
static int cmd_sha256(int argc, char **argv) {
    int i, rc = 0;
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        printf("usage: teacher sha256 FILE...\n\nSHA-256 of each file, as sha256sum prints it (the hash of the journal's keys).\n");
        return argc < 2 ? 2 : 0;
    }
    for (i = 1; i < argc; i++) {
        phi_buf b = {0};
        char hex[65];
        if (phi_file_read(argv[i], &b) != PHI_OK) {
            rc = cli_fail("sha256", 2);
            continue;
        }
        sha256_hex(b.data ? b.data : "", b.len, hex);
        printf("%s  %s\n", hex, argv[i]);
        phi_buf_free(&b);
    }
    return rc;
}

typedef struct teacher_cmd {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *about;
} teacher_cmd;

static const teacher_cmd cmds[] = {
    {"label", cmd_label, "score documents for educational value (first number of the reply)"},
    {"textbook", cmd_textbook, "synthetic textbook sections: topic x audience x style x random words"},
    {"exercises", cmd_exercises, "HumanEval-format exercises, checked in the sandbox"},
    {"status", cmd_status, "what a journal holds: done, failed, in flight, tokens, cost, 429s"},
    {"export", cmd_export, "a journal's results as JSON Lines, one per request"},
    {"mock-server", cmd_mock_server, "an OpenAI-compatible stand-in on loopback, with injected faults"},
    {"tls-proxy", cmd_tls_proxy, "plain HTTP on loopback to an https server, through the TLS helper"},
    {"sha256", cmd_sha256, "SHA-256 of files (the journal's hash, for tests)"},
};

static void usage(FILE *f) {
    size_t i;
    fprintf(f, "usage: teacher COMMAND [flags]   (teacher COMMAND --help for each)\n\n"
               "Talks to an OpenAI-compatible chat API (--base-url, --model; the key from the environment\n"
               "variable named by --api-key-env, default OPENAI_API_KEY, and from nowhere else).\n\n");
    for (i = 0; i < sizeof cmds / sizeof *cmds; i++) fprintf(f, "  %-12s %s\n", cmds[i].name, cmds[i].about);
    fprintf(f, "\nRun a job again with the same flags to resume it: only what is missing from the journal is sent.\n");
}

int main(int argc, char **argv) {
    size_t i;
    cli_prog = "teacher";
    phi_set_log(cli_log, NULL);
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    for (i = 0; i < sizeof cmds / sizeof *cmds; i++)
        if (!strcmp(argv[1], cmds[i].name)) return cmds[i].run(argc - 1, argv + 1);
    fprintf(stderr, "teacher: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return 2;
}
