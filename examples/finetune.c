/* finetune: the last training step of the recipe. A pretrained model is trained further on
   exercises (phi-1's "CodeExercises"): a function signature with its docstring, then the
   solution. A loss mask puts the loss on the solutions only: the model learns to write code
   for a docstring, not to write docstrings.

       finetune MODEL TOKENIZER EXERCISES.jsonl OUT.ckpt [STEPS]      (default: 100 steps)

   MODEL is a checkpoint (train.c) or a HuggingFace directory; EXERCISES.jsonl has a "prompt"
   and a "canonical_solution" per line (the HumanEval format, as `phi exercises` writes it).
   Prints the validation loss of the solutions before and after, and writes OUT.ckpt. */
#define PHI_IMPLEMENTATION
#include "../phi.h"

#include <stdlib.h>
#include <string.h>

enum { T = 64, B = 8 };

static int on_step(void *user, const phi_train_stats *s) {
    (void)user;
    if (s->step % 20 == 0 || s->step == s->steps)
        printf("step %3lld/%lld  loss %.4f  lr %.2e%s\n", (long long)s->step, (long long)s->steps, s->loss, s->lr,
               s->checkpointed ? "  (checkpoint written)" : "");
    return 0;
}

int main(int argc, char **argv) {
    phi_tokenizer *tok = NULL;
    phi_pool *pool = NULL;
    phi_ids stream = {0};
    phi_buf mask = {0}; /* one byte per token: 1 = a target the loss counts */
    phi_dataset ds = {0};
    phi_model m = {0};
    phi_train_opts o = {0};
    size_t docs = 0, i, targets = 0;
    float before = 0, after = 0;
    int rc = 1;

    if (argc < 5 || argc > 6) {
        fprintf(stderr, "usage: finetune MODEL TOKENIZER EXERCISES.jsonl OUT.ckpt [STEPS]\n");
        return 2;
    }
    o.steps = argc > 5 ? atoi(argv[5]) : 100;
    if (o.steps < 1) {
        fprintf(stderr, "finetune: STEPS must be at least 1\n");
        return 2;
    }
    /* 1. The exercises: prompt + solution + <|endoftext|> each, with the mask on the solution
          and the <|endoftext|> (loss_on_all = 0). The model must know every token id. */
    if (phi_tokenizer_load(&tok, argv[2]) != PHI_OK || phi_pool_create(&pool, 0) != PHI_OK ||
        phi_model_load(&m, argv[1], pool) != PHI_OK ||
        phi_tokens_from_exercises(argv[3], "prompt", "canonical_solution", tok, 0, &stream, &mask, &docs) != PHI_OK)
        goto fail;
    if (phi_tokenizer_vocab_size(tok) > m.cfg.vocab_size) {
        fprintf(stderr, "finetune: the tokenizer has %d tokens, the model only %d\n", phi_tokenizer_vocab_size(tok),
                m.cfg.vocab_size);
        goto done;
    }
    phi_model_reset_optimizer(&m); /* a new run starts with fresh AdamW moments, not pretraining's */
    for (i = 0; i < mask.len; i++) targets += mask.data[i] != 0;
    if (phi_dataset_init(&ds, stream.data, (const unsigned char *)mask.data, stream.len, T, 0.1, 1) != PHI_OK) goto fail;
    printf("%zu exercises, %zu tokens (%zu of them solution targets), %zu windows, %zu held out\n", docs, stream.len,
           targets, ds.num_windows, ds.num_val);

    /* 2. The same training loop as pretraining, gentler: a lower rate, phi-1's finetuning
          weight decay. The held-out loss counts the masked targets only. */
    if (phi_model_prepare(&m, B, T) != PHI_OK || phi_model_eval_loss(&m, &ds, B, 0, &before) != PHI_OK) goto fail;
    printf("validation loss of the solutions before finetuning: %.4f\n", before);
    o.batch = B;
    o.optim.lr = 1e-3f;
    o.optim.warmup_steps = (int)(o.steps / 10);
    o.optim.weight_decay = 0.01f;
    o.eval_every = -1; /* measured once, below */
    o.ckpt_every = -1; /* only after the last update */
    o.ckpt_path = argv[4];
    o.on_step = on_step;
    if (phi_train(&m, &ds, &o, 0) != PHI_OK || phi_model_eval_loss(&m, &ds, B, 0, &after) != PHI_OK) goto fail;
    printf("validation loss of the solutions after %lld steps: %.4f (before: %.4f)\ncheckpoint: %s\n",
           (long long)o.steps, after, before, argv[4]);
    rc = 0;
    goto done;
fail:
    fprintf(stderr, "finetune: %s\n", phi_errmsg());
done:
    phi_model_free(&m);
    phi_dataset_free(&ds);
    phi_buf_free(&mask);
    phi_ids_free(&stream);
    phi_pool_free(pool);
    phi_tokenizer_free(tok);
    return rc;
}
