/* train: the pretraining step of the recipe, in miniature. The documents of a JSONL file are
   encoded and joined with <|endoftext|> into one token stream; a tiny phi model (2 layers,
   64 wide) learns to predict its next token.

       train DATA.jsonl FIELD TOKENIZER OUT.ckpt [STEPS]         (default: 300 steps)

   FIELD is the string field of each record that holds its text ("text"; "textbook" for the
   files of `phi exercises`). TOKENIZER is anything phi_tokenizer_load reads and must have
   <|endoftext|> (`tokenize --train` makes one). Every 20 steps and after the last, the
   validation loss is measured on held-out windows and a checkpoint is written to OUT.ckpt
   (atomically: a crash leaves the previous one whole); sample.c and finetune.c read it. */
#define PHI_IMPLEMENTATION
#include "../phi.h"

#include <math.h>
#include <stdlib.h>

enum { T = 64, B = 8 }; /* tokens per window, windows per step */

/* Called by phi_train after each update. Returning nonzero would stop training. */
static int on_step(void *user, const phi_train_stats *s) {
    (void)user;
    if (s->step == 1 || s->step % 10 == 0 || s->step == s->steps || s->val_loss == s->val_loss) {
        printf("step %3lld/%lld  loss %.4f  lr %.2e  grad norm %.3f  %6.0f tokens/s", (long long)s->step,
               (long long)s->steps, s->loss, s->lr, s->grad_norm, s->tokens_per_s);
        if (s->val_loss == s->val_loss) printf("  val loss %.4f", s->val_loss); /* NaN when not measured */
        printf("%s\n", s->checkpointed ? "  (checkpoint written)" : "");
        fflush(stdout);
    }
    return 0;
}

int main(int argc, char **argv) {
    phi_tokenizer *tok = NULL;
    phi_pool *pool = NULL;
    phi_ids stream = {0};
    phi_dataset ds = {0};
    phi_model m = {0};
    phi_config cfg = {0};
    phi_train_opts o = {0};
    size_t docs = 0;
    float before = 0, after = 0;
    int rc = 1;

    if (argc < 5 || argc > 6) {
        fprintf(stderr, "usage: train DATA.jsonl FIELD TOKENIZER OUT.ckpt [STEPS]\n");
        return 2;
    }
    o.steps = argc > 5 ? atoi(argv[5]) : 300;
    if (o.steps < 1) {
        fprintf(stderr, "train: STEPS must be at least 1\n");
        return 2;
    }
    /* 1. The data: one token stream, cut into windows of T + 1 tokens; 10% of them held out. */
    if (phi_tokenizer_load(&tok, argv[3]) != PHI_OK || phi_pool_create(&pool, 0) != PHI_OK ||
        phi_tokens_from_jsonl(argv[1], argv[2], tok, pool, &stream, &docs) != PHI_OK ||
        phi_dataset_init(&ds, stream.data, NULL, stream.len, T, 0.1, 1) != PHI_OK)
        goto fail;
    printf("%zu documents, %zu tokens: %zu windows of %d for training, %zu held out\n", docs, stream.len, ds.num_train,
           T, ds.num_val);

    /* 2. The model: phi-1's architecture, scaled down. Zero fields take phi-1's defaults
       (intermediate size 4 x hidden, rotary on half of each head, theta 10000). */
    cfg.vocab_size = phi_tokenizer_vocab_size(tok);
    cfg.hidden_size = 64;
    cfg.num_layers = 2;
    cfg.num_heads = 4;
    cfg.max_seq_len = 256; /* the longest sequence it will ever see (sampling included) */
    if (phi_model_create(&m, &cfg, pool) != PHI_OK) goto fail;
    phi_model_init(&m, 1); /* weights N(0, 0.02), biases 0 */
    printf("model: %zu parameters (L=%d C=%d NH=%d V=%d), %d threads\n", m.num_params, m.cfg.num_layers,
           m.cfg.hidden_size, m.cfg.num_heads, m.cfg.vocab_size, phi_pool_size(pool));

    /* An untrained model guesses uniformly: its loss is about ln V. */
    if (phi_model_prepare(&m, B, T) != PHI_OK || phi_model_eval_loss(&m, &ds, B, 0, &before) != PHI_OK) goto fail;
    printf("validation loss before training: %.4f (ln V = %.4f)\n", before, log((double)cfg.vocab_size));

    /* 3. Training: AdamW, warm-up then cosine decay, gradients clipped at norm 1. */
    o.batch = B;
    o.optim.lr = 3e-3f;
    o.optim.warmup_steps = (int)(o.steps / 10);
    o.eval_every = 20;
    o.ckpt_every = 20;
    o.ckpt_path = argv[4];
    o.on_step = on_step;
    if (phi_train(&m, &ds, &o, 0) != PHI_OK) goto fail; /* to resume: phi_checkpoint_load, then its step */

    if (phi_model_eval_loss(&m, &ds, B, 0, &after) != PHI_OK) goto fail;
    printf("validation loss after %lld steps: %.4f (before: %.4f)\ncheckpoint: %s\n", (long long)o.steps, after, before,
           argv[4]);
    rc = 0;
    goto done;
fail:
    fprintf(stderr, "train: %s\n", phi_errmsg());
done:
    phi_model_free(&m);
    phi_dataset_free(&ds);
    phi_ids_free(&stream);
    phi_pool_free(pool);
    phi_tokenizer_free(tok);
    return rc;
}
