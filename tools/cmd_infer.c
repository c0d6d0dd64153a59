/* phi sample, phi forward, phi export: a model put to use (continue a prompt, one sequence's
   logits and gradients, the HuggingFace directory of it). */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* --ids "1,2,3" -> token ids, malloc'ed; their count, or -1 after saying why. */
static int parse_ids(const char *cmd, const char *arg, int32_t **out) {
    long *v;
    size_t bad = 0;
    int i, n = cli_numbers(arg, 0, 2147483647L, &v, &bad);
    *out = NULL;
    if (n < 0) return cli_bad_flag(cmd, "--ids", "'%s' is not a list of token ids (at byte %ld)", arg, (long)bad), -1;
    if ((*out = (int32_t *)malloc((size_t)n * sizeof **out)) != NULL)
        for (i = 0; i < n; i++) (*out)[i] = (int32_t)v[i];
    free(v);
    return *out ? n : (cli_failf(cmd, 2, "out of memory"), -1);
}

/* ---- phi sample ---------------------------------------------------------------------------- */

typedef struct sample_args {
    const char *model, *ids, *tokenizer, *prompt, *prompt_file;
    long max_new, threads, stop_id;
    int code_stops, quiet;
    cli_list stop;
    phi_generate_opts go;
} sample_args;

/* "\n" and "\t" in a command-line stop string become the characters (in place). */
static char *unescape(char *s) {
    char *r = s, *w = s;
    for (; *r; r++) {
        if (r[0] == '\\' && (r[1] == 'n' || r[1] == 't' || r[1] == '\\')) {
            r++;
            *w++ = *r == 'n' ? '\n' : *r == 't' ? '\t' : '\\';
        } else {
            *w++ = *r;
        }
    }
    *w = 0;
    return s;
}

/* The continuation of a text prompt, as text on stdout. */
static int sample_text(const sample_args *a, cli_model *r) {
    phi_buf text = {0}, out = {0};
    int rc = 0;
    if (a->prompt_file && phi_file_read(a->prompt_file, &text) != PHI_OK) return cli_fail("sample", 2);
    if (phi_generate(&r->m, r->tok, a->prompt_file ? (text.data ? text.data : "") : a->prompt,
                     a->prompt_file ? text.len : strlen(a->prompt), &a->go, &out, NULL) != PHI_OK) {
        rc = cli_fail("sample", 1);
    } else {
        fwrite(out.data, 1, out.len, stdout);
        if (out.len && out.data[out.len - 1] != '\n') putchar('\n');
    }
    phi_buf_free(&text);
    phi_buf_free(&out);
    return rc;
}

/* The new ids after prompt ids, separated by spaces on stdout. */
static int sample_ids(const sample_args *a, cli_model *r, const int32_t *prompt, int n_prompt) {
    long max_new = a->go.max_new;
    int32_t *ids;
    int i, n_out = 0, rc = 0;
    phi_generate_opts go = a->go;
    if (r->tok && !go.sample.has_stop_token) { /* phi_model_generate knows no tokenizer: tell it where a text ends */
        int32_t eot = phi_tokenizer_token_id(r->tok, "<|endoftext|>", 13);
        if (eot >= 0) go.sample.stop_token = eot, go.sample.has_stop_token = 1;
    }
    if (n_prompt + max_new > r->m.cfg.max_seq_len) max_new = r->m.cfg.max_seq_len - n_prompt;
    ids = (int32_t *)malloc(((size_t)(max_new > 0 ? max_new : 0) + 1) * sizeof *ids);
    if (!ids) return cli_failf("sample", 1, "out of memory");
    if (phi_model_generate(&r->m, prompt, n_prompt, (int)max_new, &go, ids, &n_out) != PHI_OK) {
        rc = cli_fail("sample", 1);
    } else {
        for (i = 0; i < n_out; i++) printf(i ? " %d" : "%d", ids[i]);
        printf("\n");
    }
    free(ids);
    return rc;
}

int cmd_sample(int argc, char **argv) {
    int n_code = 0, i, n_prompt = 0, rc;
    double t_load;
    phi_generate_stats stats;
    const char *const *code = phi_code_stops(&n_code);
    const char **stops = NULL;
    int32_t *prompt = NULL;
    cli_model r;
    sample_args a;
    cli_flag flags[] = {
        {.name = "--model", .type = CLI_STR, .var = &a.model, .meta = "PATH", .required = 1,
         .help = "a checkpoint or a HuggingFace directory"},
        {.name = "--tokenizer", .type = CLI_STR, .var = &a.tokenizer, .meta = "PATH", .help = "for a text prompt"},
        {.name = "--prompt", .type = CLI_STR, .var = &a.prompt, .meta = "TEXT", .help = "the prompt"},
        {.name = "--prompt-file", .type = CLI_STR, .var = &a.prompt_file, .meta = "FILE",
         .help = "the prompt, from a file ('-' = stdin)"},
        {.name = "--ids", .type = CLI_STR, .var = &a.ids, .meta = "1,2,3", .help = "the prompt as token ids; the new ids are printed"},
        {.name = "--max-new", .type = CLI_LONG, .var = &a.max_new, .meta = "N", .help = "at most N new tokens"},
        {.name = "--temperature", .type = CLI_FLOAT, .var = &a.go.sample.temperature, .meta = "X",
         .help = "0 = greedy; else sample from softmax(logits / X)"},
        {.name = "--top-k", .type = CLI_INT, .var = &a.go.sample.top_k, .meta = "K", .dflt = "all",
         .help = "keep the K most likely tokens"},
        {.name = "--top-p", .type = CLI_FLOAT, .var = &a.go.sample.top_p, .meta = "P", .dflt = "1",
         .help = "keep the smallest set of tokens whose probability reaches P"},
        {.name = "--seed", .type = CLI_U64, .var = &a.go.sample.seed, .meta = "N", .help = "for sampling"},
        {.name = "--stop", .type = CLI_LIST, .var = &a.stop, .meta = "STR",
         .help = "end at this string, which is not printed (repeatable; C escapes \\n \\t)"},
        {.name = "--code-stops", .type = CLI_SWITCH, .var = &a.code_stops,
         .help = "the stop strings of code completion: \\ndef \\nclass \\nif \\nprint \\n#"},
        {.name = "--stop-id", .type = CLI_LONG, .var = &a.stop_id, .meta = "ID", .dflt = "<|endoftext|> when the tokenizer has it",
         .help = "end at this token"},
        {.name = "--threads", .type = CLI_LONG, .var = &a.threads, .meta = "N", .dflt = "all CPUs", .help = "worker threads"},
        {.name = "-q", .type = CLI_SWITCH, .var = &a.quiet, .help = "no timings on stderr (load, the prompt's and the generation's tokens/s)"},
        {.name = NULL}};
    cli_cmd c = {.name = "sample",
                 .usage = "phi sample --model PATH --tokenizer PATH (--prompt TEXT | --prompt-file FILE) [options]\n"
                          "       phi sample --model PATH --ids 1,2,3 [options]",
                 .about = "Continues a prompt with a model (a checkpoint or a HuggingFace directory), using a key/value\n"
                          "cache. With a tokenizer the prompt is text and the continuation is printed as text (the\n"
                          "prompt not repeated); with --ids the new token ids are printed, separated by spaces.\n",
                 .flags = flags, .footer = "exit status: 0 done, 1 the model failed, 2 usage or I/O error"};
    memset(&a, 0, sizeof a);
    memset(&stats, 0, sizeof stats);
    a.max_new = phi_generate_opts_resolve(NULL).max_new, a.go.sample.seed = 1;
    if ((rc = cli_parse(&c, argc - 1, argv + 1)) != CLI_GO) return rc;
    if ((!a.ids && !(a.tokenizer && (a.prompt || a.prompt_file))) || (a.ids && (a.prompt || a.prompt_file)))
        rc = cli_usage_error(c.name, "give --tokenizer with --prompt or --prompt-file, or --ids");
    else if (!(stops = (const char **)malloc(((size_t)a.stop.n + (size_t)n_code + 1) * sizeof *stops)))
        rc = cli_failf(c.name, 2, "out of memory");
    else if (a.ids && (n_prompt = parse_ids(c.name, a.ids, &prompt)) < 0)
        rc = 2;
    if (rc != CLI_GO) goto out;
    for (i = 0; i < a.stop.n; i++) stops[a.go.num_stop++] = unescape(a.stop.v[i]);
    for (i = 0; a.code_stops && i < n_code; i++) stops[a.go.num_stop++] = code[i]; /* once, however often it is given */
    a.go.stop = stops;
    if (cli_given(&c, "--stop-id")) a.go.sample.stop_token = (int32_t)a.stop_id, a.go.sample.has_stop_token = 1;
    a.go.stats = &stats;
    t_load = phi_now();
    if (!(rc = cli_open(&r, c.name, a.model, a.tokenizer, (int)a.threads))) {
        t_load = phi_now() - t_load;
        a.go.max_new = (int)(a.max_new < 1 || a.max_new > r.m.cfg.max_seq_len ? r.m.cfg.max_seq_len : a.max_new);
        rc = a.ids ? sample_ids(&a, &r, prompt, n_prompt) : sample_text(&a, &r);
        if (!rc && !a.quiet) /* as llama.cpp reports it: the prompt's prefill and the new tokens apart */
            fprintf(stderr, "phi sample: load %.2f s | prompt %d tokens %.3f s (%.1f tokens/s) | generated %d tokens %.3f s (%.1f tokens/s)\n",
                    t_load, stats.prompt_tokens, stats.prompt_s, stats.prompt_s > 0 ? stats.prompt_tokens / stats.prompt_s : 0,
                    stats.new_tokens, stats.gen_s, stats.gen_s > 0 ? stats.new_tokens / stats.gen_s : 0);
        cli_close(&r);
    }
out:
    free(prompt);
    free((void *)stops);
    cli_free(&c);
    return rc;
}

/* ---- phi forward --------------------------------------------------------------------------- */

/* Little-endian float32, whatever the host. */
static int write_f32_le(const char *path, const float *x, size_t n) {
    phi_buf b = {0};
    int ok = phi_buf_append_f32le(&b, x, n) == PHI_OK && phi_file_write_atomic(path, b.data ? b.data : "", b.len) == PHI_OK;
    phi_buf_free(&b);
    return ok;
}

/* Backward from the loss of the last forward, then every parameter's gradient into path. */
static int forward_grads(phi_model *m, const char *path) {
    const char **names = (const char **)malloc(sizeof *names * (size_t)m->num_tensors);
    const size_t **shapes = (const size_t **)malloc(sizeof *shapes * (size_t)m->num_tensors);
    const float **data = (const float **)malloc(sizeof *data * (size_t)m->num_tensors);
    int *nd = (int *)malloc(sizeof *nd * (size_t)m->num_tensors), i, rc = 0;
    phi_model_zero_grad(m);
    if (phi_model_backward(m) != PHI_OK) {
        rc = cli_fail("forward", 1);
    } else {
        for (i = 0; i < m->num_tensors; i++) {
            names[i] = m->tensors[i].name;
            shapes[i] = m->tensors[i].shape;
            nd[i] = m->tensors[i].ndim;
            data[i] = m->grads + m->tensors[i].offset;
        }
        if (phi_safetensors_write(path, m->num_tensors, names, shapes, nd, data) != PHI_OK) rc = cli_fail("forward", 2);
    }
    free((void *)names);
    free((void *)shapes);
    free((void *)data);
    free(nd);
    return rc;
}

int cmd_forward(int argc, char **argv) {
    const char *model = NULL, *ids_arg = NULL, *logits_out = NULL, *grads_out = NULL;
    int32_t *ids = NULL, *targets = NULL;
    int i, T, rc;
    cli_model r;
    float loss = 0;
    cli_flag flags[] = {
        {.name = "--model", .type = CLI_STR, .var = &model, .meta = "PATH", .required = 1,
         .help = "one of our checkpoints, or a HuggingFace directory (config.json, model.safetensors)"},
        {.name = "--ids", .type = CLI_STR, .var = &ids_arg, .meta = "1,2,3,...", .required = 1, .help = "the sequence's token ids"},
        {.name = "--logits", .type = CLI_STR, .var = &logits_out, .meta = "OUT",
         .help = "float32 logits [T, V], little-endian, row-major"},
        {.name = "--grads", .type = CLI_STR, .var = &grads_out, .meta = "OUT",
         .help = "with the next token of each position as its target (the last has none):\n"
                 "prints the mean loss and writes every parameter's gradient, HF names"},
        {.name = NULL}};
    cli_cmd c = {.name = "forward", .usage = "phi forward --model PATH --ids 1,2,3,... [--logits OUT] [--grads OUT.safetensors]",
                 .about = "Runs one sequence of token ids through a model and writes what another implementation can\n"
                          "be checked against.\n",
                 .flags = flags, .footer = "exit status: 0 done, 1 the model failed, 2 usage or I/O error"};
    if ((rc = cli_parse(&c, argc - 1, argv + 1)) != CLI_GO) return rc;
    if ((T = parse_ids(c.name, ids_arg, &ids)) < 0) return 2;
    if (!(targets = (int32_t *)malloc((size_t)T * sizeof *targets)) || (rc = cli_open(&r, c.name, model, NULL, -1))) {
        free(ids);
        free(targets);
        return 2;
    }
    for (i = 0; i < T; i++) targets[i] = i + 1 < T ? ids[i + 1] : -1;
    if (phi_model_forward(&r.m, ids, grads_out ? targets : NULL, 1, T, &loss) != PHI_OK) rc = cli_fail(c.name, 1);
    else if (logits_out && !write_f32_le(logits_out, phi_model_logits(&r.m), (size_t)T * (size_t)r.m.cfg.vocab_size))
        rc = cli_fail(c.name, 2);
    else { /* the gradients' failures still leave a line about the run */
        if (grads_out) {
            printf("loss %.9g\n", loss);
            rc = forward_grads(&r.m, grads_out);
        }
        fprintf(stderr, "phi forward: %d tokens through %s (%zu parameters, vocabulary %d)\n", T, model, r.m.num_params,
                r.m.cfg.vocab_size);
    }
    cli_close(&r);
    free(ids);
    free(targets);
    return rc;
}

/* ---- phi export ---------------------------------------------------------------------------- */

int cmd_export(int argc, char **argv) {
    const char *model = NULL, *dir = NULL;
    cli_model r;
    int rc;
    cli_flag flags[] = {
        {.name = "--model", .type = CLI_STR, .var = &model, .meta = "PATH", .required = 1,
         .help = "one of our checkpoints, or a HuggingFace directory"},
        {.name = "--hf", .type = CLI_STR, .var = &dir, .meta = "DIR", .required = 1, .help = "the directory to write"},
        {.name = NULL}};
    cli_cmd c = {.name = "export", .usage = "phi export --model PATH --hf DIR",
                 .about = "Writes a model as a HuggingFace PhiForCausalLM directory: DIR/config.json and\n"
                          "DIR/model.safetensors (float32, HF names), each written atomically.\n"
                          "transformers' PhiForCausalLM.from_pretrained(DIR) reads it.\n",
                 .flags = flags, .footer = "exit status: 0 done, 2 usage or I/O error"};
    if ((rc = cli_parse(&c, argc - 1, argv + 1)) != CLI_GO || (rc = cli_open(&r, c.name, model, NULL, -1))) return rc;
    if (phi_model_export_hf(&r.m, dir) != PHI_OK) rc = cli_fail(c.name, 2);
    else fprintf(stderr, "phi export: %s -> %s/config.json, %s/model.safetensors (%zu parameters)\n", model, dir, dir, r.m.num_params);
    cli_close(&r);
    return rc;
}
