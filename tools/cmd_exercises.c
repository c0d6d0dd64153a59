/* phi exercises: textbook-style exercises in HumanEval's format (the generator: exercises.c). */
#include "cli.h"
#include "exercises.h"

int cmd_exercises(int argc, char **argv) {
    const char *dir = NULL;
    uint64_t seed = 1;
    long n_train = 2000, n_held = 200;
    char err[512], train_path[4096], held_path[4096];
    int rc;
    cli_flag flags[] = {
        {.name = "--out", .type = CLI_STR, .var = &dir, .meta = "DIR", .required = 1, .help = "where the two files go"},
        {.name = "--seed", .type = CLI_U64, .var = &seed, .meta = "S", .what = "a seed (0 to 2^64-1)",
         .help = "the same seed gives the same files"},
        {.name = "--train", .type = CLI_LONG, .var = &n_train, .meta = "N", .min = 0, .max = 1000000,
         .what = "a number of exercises", .help = "training exercises"},
        {.name = "--heldout", .type = CLI_LONG, .var = &n_held, .meta = "M", .min = 0, .max = 1000000,
         .what = "a number of exercises", .help = "held-out exercises"},
        {.name = NULL}};
    cli_cmd c = {
        .name = "exercises", .usage = "phi exercises --out DIR [--seed S] [--train N] [--heldout M]",
        .about = "Writes DIR/exercises_train.jsonl (N exercises) and DIR/exercises_heldout.jsonl (M):\n"
                 "small Python functions from built-in families of tasks (lists, strings, numbers,\n"
                 "dictionaries, conditions), in the HumanEval format (task_id, prompt, entry_point,\n"
                 "canonical_solution, test) plus family, params and textbook (prose and the function, for\n"
                 "pretraining). Held-out exercises share no function name and no (family, argument names and\n"
                 "constants) with training ones; a held-out textbook holds its solution, so pretrain on the\n"
                 "training file's textbooks only.\n",
        .flags = flags, .footer = "exit status: 0 done, 2 usage or I/O error"};
    if ((rc = cli_parse(&c, argc - 1, argv + 1)) != CLI_GO) return rc;
    snprintf(train_path, sizeof train_path, "%s/exercises_train.jsonl", dir);
    snprintf(held_path, sizeof held_path, "%s/exercises_heldout.jsonl", dir);
    if (phi_dir_create(dir) != PHI_OK) return cli_fail(c.name, 2);
    if (ex_generate(seed, (int)n_train, (int)n_held, train_path, held_path, err, sizeof err))
        return cli_failf(c.name, 2, "%s", err);
    fprintf(stderr, "phi exercises: %ld training exercises -> %s, %ld held-out -> %s (%d families, seed %llu)\n", n_train,
            train_path, n_held, held_path, ex_family_count(), (unsigned long long)seed);
    return 0;
}
