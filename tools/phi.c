/* phi: the command-line program of phi.h, one subcommand per step of the recipe, each in its
   own file (tools/cmd_*.c) over the shared layer of tools/cli.h. This file only dispatches. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

typedef struct command {
    const char *name;
    int (*fn)(int argc, char **argv); /* argv[0] is the command's name */
    const char *args;                 /* shown after the name in 'phi --help' */
    const char *help;
} command;

static const command commands[] = {
    {"json", cmd_json, "check [--lines] FILE...", "check that files are valid JSON (or JSON Lines)"},
    {"train", cmd_train, "", "train a phi model (pretraining): loss curves, checkpoints, resume"},
    {"finetune", cmd_finetune, "", "finetune a model on exercises (loss on the completions)"},
    {"sample", cmd_sample, "--model PATH ...", "continue a prompt with a model (greedy, temperature, top-k/p)"},
    {"export", cmd_export, "--model PATH --hf DIR", "write a model as a HuggingFace directory"},
    {"forward", cmd_forward, "--model PATH --ids ...", "run one sequence through a model: logits, loss, gradients"},
    {"eval", cmd_eval, "--problems F --samples F", "run completions against HumanEval/MBPP tests in a sandbox: pass@k"},
    {"exercises", cmd_exercises, "--out DIR", "generate textbook-style exercises (HumanEval format)"},
    {"demo", cmd_demo, "[--minutes M]", "the whole recipe on this machine: corpus to pass@1, with a report"},
    {"quality", cmd_quality, "train|score|filter|features", "the quality filter: a random forest that mimics a teacher's scores"},
    {"tokenizer", cmd_tokenizer, "train|encode|decode|info", "byte-level BPE: learn a vocabulary, text <-> ids"},
    {"forest", cmd_forest, "fit|predict|info", "random forests on CSV data: fit, predict, describe a model"},
    {"py", cmd_py, "dump FILE | check PATH...", "parse Python as CPython does: print its ast, find rejected files"},
    {"decontam", cmd_decontam, "scan ... | pair A B", "training data against HumanEval/MBPP: 13-grams, AST tree edit distance"},
};
#define NUM_COMMANDS (int)(sizeof commands / sizeof commands[0])

static void usage(FILE *f) {
    int i;
    fprintf(f, "usage: phi <command> [options]\n\n"
               "phi.h " PHI_VERSION_STRING " - the \"Textbooks Are All You Need\" recipe in one C header.\n\ncommands:\n");
    for (i = 0; i < NUM_COMMANDS; i++) {
        char left[64];
        snprintf(left, sizeof left, "%s %s", commands[i].name, commands[i].args);
        fprintf(f, "  %-30s %s%s\n", left, strlen(left) < 30 ? "" : " ", commands[i].help);
    }
    fprintf(f, "\noptions:\n"
               "  -h, --help      this help; 'phi <command> --help' for a command's own\n"
               "  --version       version, CPU features and the kernel variant in use\n"
               "\nenvironment:\n"
               "  PHI_KERNEL      scalar|avx2|avx512|neon: force a kernel variant (default: the best)\n"
               "  PHI_THREADS     worker threads (default: one per CPU)\n");
}

int main(int argc, char **argv) {
    const char *kernel = getenv("PHI_KERNEL");
    int i;
    phi_set_log(cli_log, NULL);
    if (kernel && kernel[0] && phi_kernels_force(kernel) != PHI_OK) { /* say so, rather than fall back */
        fprintf(stderr, "phi: PHI_KERNEL=%s: %s\n", kernel, phi_errmsg());
        return 2;
    }
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0) {
        printf("phi %s (phi.h), %d CPUs\n%s\n", PHI_VERSION_STRING, phi_cpu_count(), phi_cpu_features());
        return 0;
    }
    for (i = 0; i < NUM_COMMANDS; i++)
        if (strcmp(argv[1], commands[i].name) == 0) return commands[i].fn(argc - 1, argv + 1);
    fprintf(stderr, "phi: unknown command '%s' (try 'phi --help')\n", argv[1]);
    return 2;
}
