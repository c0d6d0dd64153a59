/* sample: a trained model writes. The model continues a prompt one token at a time (with a
   key/value cache), until a stop string, <|endoftext|>, or max_new tokens.

       sample MODEL TOKENIZER PROMPT [TEMPERATURE [TOP_P [SEED]]]    (defaults: 0, 1, 1)

   MODEL is one of our checkpoints (train.c, finetune.c) or a HuggingFace directory
   (config.json + model.safetensors, e.g. microsoft/phi-1, whose tokenizer.json makes the
   same directory a TOKENIZER too). Temperature 0 is greedy: the most likely token every time. Otherwise tokens are
   drawn from softmax(logits / TEMPERATURE), from the smallest set of tokens whose probability
   reaches TOP_P. The stop strings are those of code completion in the phi-1 paper: the text
   ends before a new top-level def, class, if, print or comment. Prints the prompt, then the
   continuation, then why generation stopped. */
#define PHI_IMPLEMENTATION
#include "../phi.h"

#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    static const char *const why[] = {"max_new tokens or the context", "a stop string", "<|endoftext|>"};
    const char *prompt = argc > 3 ? argv[3] : "";
    phi_tokenizer *tok = NULL;
    phi_pool *pool = NULL; /* threads for the matrix products */
    phi_model m = {0};
    phi_generate_opts o = {0};
    phi_buf text = {0};
    int stopped = 0, rc = 0;

    if (argc < 4 || argc > 7) {
        fprintf(stderr, "usage: sample MODEL TOKENIZER PROMPT [TEMPERATURE [TOP_P [SEED]]]\n");
        return 2;
    }
    if (phi_tokenizer_load(&tok, argv[2]) != PHI_OK || phi_pool_create(&pool, 0) != PHI_OK ||
        phi_model_load(&m, argv[1], pool) != PHI_OK) {
        fprintf(stderr, "sample: %s\n", phi_errmsg());
        phi_tokenizer_free(tok);
        phi_pool_free(pool);
        return 2;
    }

    o.sample.temperature = argc > 4 ? (float)atof(argv[4]) : 0.0f;
    o.sample.top_p = argc > 5 ? (float)atof(argv[5]) : 1.0f;
    o.sample.seed = argc > 6 ? strtoull(argv[6], NULL, 10) : 1;
    o.max_new = 128;
    o.stop = phi_code_stops(&o.num_stop); /* "\ndef", "\nclass", "\nif", "\nprint", "\n#" */
    if (phi_generate(&m, tok, prompt, strlen(prompt), &o, &text, &stopped) != PHI_OK) {
        fprintf(stderr, "sample: %s\n", phi_errmsg());
        rc = 1;
    } else {
        fputs(prompt, stdout);
        fwrite(text.data, 1, text.len, stdout); /* bytes: a token may end inside a character */
        putchar('\n');
        printf("[%zu bytes generated; stopped by %s]\n", text.len, why[stopped]);
    }

    phi_buf_free(&text);
    phi_model_free(&m);
    phi_tokenizer_free(tok);
    phi_pool_free(pool);
    return rc;
}
