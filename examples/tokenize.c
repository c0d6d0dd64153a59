/* tokenize: the tokenizer step of the recipe. Text becomes token ids by byte-level BPE (as
   GPT-2 and CodeGen, phi-1's tokenizer, do it), and the ids decode back to the same bytes.

       tokenize TOKENIZER [TEXT]                     encode TEXT (default: standard input)
       tokenize --train OUT VOCAB_SIZE FILE...       learn a vocabulary from the FILEs, save it

   TOKENIZER is a directory with GPT-2's encoder.json + vocab.bpe (or a tokenizer.json), a
   tokenizer.json, or a file written by --train. Encoding prints the ids on one line, then one
   token per line with its bytes, and checks that decoding gives the text back. Training reads
   each FILE as one text, makes VOCAB_SIZE tokens (256 bytes, the merges, <|endoftext|>),
   saves them in phi.h's compact format, reloads the file and checks the round trip on every
   FILE. */
#define PHI_IMPLEMENTATION
#include "../phi.h"

#include <stdlib.h>
#include <string.h>

/* Prints bytes readably: printable ASCII as is, everything else as an escape. */
static void print_bytes(const char *s, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n') printf("\\n");
        else if (c == '\t') printf("\\t");
        else if (c == '\\' || c == '"') printf("\\%c", c);
        else if (c < 0x20 || c >= 0x7F) printf("\\x%02X", c);
        else putchar(c);
    }
}

/* Encodes text, decodes the ids, and compares. Returns 0 when the bytes come back. */
static int round_trip(const phi_tokenizer *tok, const char *text, size_t len, phi_ids *ids) {
    phi_buf back = {0};
    int same;
    ids->len = 0;
    if (phi_tokenizer_encode(tok, text, len, ids) != PHI_OK || phi_tokenizer_decode(tok, ids->data, ids->len, &back) != PHI_OK) {
        fprintf(stderr, "tokenize: %s\n", phi_errmsg());
        phi_buf_free(&back);
        return 1;
    }
    same = back.len == len && (len == 0 || memcmp(back.data, text, len) == 0);
    phi_buf_free(&back);
    return !same;
}

/* Learns a vocabulary from files (each one text), saves it, and checks the saved file. */
static int train(const char *out, int vocab_size, int nfiles, char **files) {
    static const char *const special[] = {"<|endoftext|>"}; /* joins the documents of a training stream */
    phi_tokenizer_train_opts o = {0};
    phi_tokenizer *tok = NULL, *back = NULL;
    phi_buf *texts = (phi_buf *)calloc((size_t)nfiles, sizeof *texts);
    const char **ptrs = (const char **)calloc((size_t)nfiles, sizeof *ptrs);
    size_t *lens = (size_t *)calloc((size_t)nfiles, sizeof *lens), bytes = 0, tokens = 0;
    phi_ids ids = {0};
    int i, rc = 2;

    if (!texts || !ptrs || !lens) goto done;
    for (i = 0; i < nfiles; i++) {
        if (phi_file_read(files[i], &texts[i]) != PHI_OK) goto fail;
        ptrs[i] = texts[i].data ? texts[i].data : "";
        lens[i] = texts[i].len;
        bytes += lens[i];
    }
    o.vocab_size = vocab_size; /* the 256 bytes + merges + the special token */
    o.special = special;
    o.num_special = 1;
    if (phi_pool_create(&o.pool, 0) != PHI_OK ||                              /* pre-tokenize on every CPU */
        phi_tokenizer_train(&tok, &o, ptrs, lens, (size_t)nfiles) != PHI_OK || /* then merge, pair by pair */
        phi_tokenizer_save(tok, out) != PHI_OK || phi_tokenizer_load(&back, out) != PHI_OK)
        goto fail;
    for (i = 0; i < nfiles; i++) { /* the saved file, reloaded, must encode every text losslessly */
        if ((rc = round_trip(back, ptrs[i], lens[i], &ids)) != 0) {
            fprintf(stderr, "tokenize: %s does not decode back to itself\n", files[i]);
            goto done;
        }
        tokens += ids.len;
    }
    printf("trained %d tokens (%d merges) on %d files, %zu bytes -> %s\n"
           "the reloaded vocabulary encodes them in %zu tokens (%.2f bytes per token); round trip: ok\n",
           phi_tokenizer_vocab_size(back), phi_tokenizer_num_merges(back), nfiles, bytes, out, tokens,
           tokens ? (double)bytes / (double)tokens : 0.0);
    rc = 0;
    goto done;
fail:
    fprintf(stderr, "tokenize: %s\n", phi_errmsg());
done:
    for (i = 0; texts && i < nfiles; i++) phi_buf_free(&texts[i]);
    free(texts);
    free(ptrs);
    free(lens);
    phi_ids_free(&ids);
    phi_tokenizer_free(tok);
    phi_tokenizer_free(back);
    phi_pool_free(o.pool);
    return rc;
}

int main(int argc, char **argv) {
    phi_tokenizer *tok;
    phi_buf input = {0};
    phi_ids ids = {0};
    const char *text;
    size_t len, i;
    int rc;

    if (argc >= 5 && strcmp(argv[1], "--train") == 0 && atoi(argv[3]) > 256)
        return train(argv[2], atoi(argv[3]), argc - 4, argv + 4);
    if (argc < 2 || argc > 3 || argv[1][0] == '-') {
        fprintf(stderr, "usage: tokenize TOKENIZER [TEXT]\n       tokenize --train OUT VOCAB_SIZE FILE...   (VOCAB_SIZE > 256)\n");
        return 2;
    }
    if (phi_tokenizer_load(&tok, argv[1]) != PHI_OK) {
        fprintf(stderr, "tokenize: %s\n", phi_errmsg());
        return 2;
    }
    if (argc == 3) {
        text = argv[2], len = strlen(text);
    } else if (phi_file_read("-", &input) == PHI_OK) { /* "-" is standard input */
        text = input.data ? input.data : "", len = input.len;
    } else {
        fprintf(stderr, "tokenize: %s\n", phi_errmsg());
        phi_tokenizer_free(tok);
        return 2;
    }

    rc = round_trip(tok, text, len, &ids);
    printf("%zu bytes -> %zu tokens (vocabulary of %d)\nids:", len, ids.len, phi_tokenizer_vocab_size(tok));
    for (i = 0; i < ids.len; i++) printf(" %ld", (long)ids.data[i]);
    printf("\n");
    for (i = 0; i < ids.len; i++) { /* each token is a byte string: it may be part of a character */
        size_t n = 0;
        const char *bytes = phi_tokenizer_token(tok, ids.data[i], &n);
        printf("%8ld  \"", (long)ids.data[i]);
        print_bytes(bytes, n);
        printf("\"\n");
    }
    printf("round trip: %s\n", rc ? "FAILED" : "ok");

    phi_ids_free(&ids);
    phi_buf_free(&input);
    phi_tokenizer_free(tok);
    return rc;
}
