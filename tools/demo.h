/* demo.h - `phi demo`, the recipe of "Textbooks Are All You Need" end to end on this machine:
   what cmd_demo.c (the command, its plan and its report) and demo_stages.c (the stages that
   make something) share. See cmd_demo.c for the stages. */
#ifndef PHI_DEMO_H
#define PHI_DEMO_H

#include "cli.h"

#define DEMO_STAGES 7
#define DEMO_PATH 4096

typedef struct demo {
    const char *dir, *humaneval, *python;
    double minutes;
    uint64_t seed;
    int threads, tiny;
    phi_pool *pool;
    double t0;
    /* the plan (DIR/plan.json) */
    int n_train, n_heldout, vocab, layers, dim, heads, seq, batch, corpus_files;
    long long pre_steps, ft_steps;
    /* the files, in DIR */
    struct {
        char corpus[DEMO_PATH], train[DEMO_PATH], heldout[DEMO_PATH], tok_bin[DEMO_PATH], tok_json[DEMO_PATH],
            pre_tok[DEMO_PATH], pre_ckpt[DEMO_PATH], ft_ckpt[DEMO_PATH], plan[DEMO_PATH], report[DEMO_PATH],
            pass1[DEMO_PATH], stages[DEMO_PATH];
    } path;
} demo;

extern const char *const demo_stage_names[DEMO_STAGES];

const char *demo_file(const demo *d, const char *name, char *buf /* [DEMO_PATH] */); /* DIR/name, in buf */
/* "[mm:ss] 3/7 tokenizer ..." on stderr. */
void demo_say(const demo *d, int stage, const char *fmt, ...) PHI__PRINTF(3, 4);
int demo_fail(const demo *d, int stage, const char *what); /* says so, with phi_errmsg(); returns 1 */
/* A finished stage's summary (DIR/stages/NAME.json); 0 when it has none. */
int demo_stage_done(const demo *d, int stage, phi_json_doc *summary);
/* Writes the summary; 0, or says why and returns 1. */
int demo_mark_done(const demo *d, int stage, cli_json *summary);
double demo_num(const phi_json_doc *doc, const char *key); /* a number of a summary, 0 if absent */

/* The stages that make something (demo_stages.c), in their order: 0 for done, 1 failed, 2
   interrupted. The last, the report, is in cmd_demo.c. */
int demo_corpus(demo *d);
int demo_exercises(demo *d);
int demo_tokenizer(demo *d);
int demo_pretrain(demo *d);
int demo_finetune(demo *d);
int demo_evaluate(demo *d);

#endif /* PHI_DEMO_H */
