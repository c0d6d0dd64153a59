/* runlog.c - loss.csv, loss.svg and run.json of a training run, and the SVG charts: see runlog.h. */
#include "runlog.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

void runlog_init(runlog *r, const char *dir, const char *title, long long start) {
    memset(r, 0, sizeof *r);
    snprintf(r->csv_path, sizeof r->csv_path, "%s/loss.csv", dir);
    snprintf(r->svg_path, sizeof r->svg_path, "%s/loss.svg", dir);
    r->title = title;
    r->last_ckpt = start;
}

static int runlog_push(runlog *r, const runlog_row *w) {
    if (r->nrows == r->cap) {
        size_t cap = r->cap ? 2 * r->cap : 256;
        runlog_row *p = (runlog_row *)realloc(r->rows, cap * sizeof *p);
        if (!p) return 0;
        r->rows = p, r->cap = cap;
    }
    r->rows[r->nrows++] = *w;
    return 1;
}

int runlog_record(runlog *r, const phi_train_stats *s) {
    runlog_row w;
    w.step = s->step, w.loss = s->loss, w.val_loss = s->val_loss, w.lr = s->lr, w.grad_norm = s->grad_norm;
    w.tokens_per_s = s->tokens_per_s;
    if (!runlog_push(r, &w)) return 0;
    if (s->checkpointed) r->last_ckpt = s->step;
    if (s->checkpointed && !runlog_save(r)) fprintf(stderr, "phi: warning: %s\n", phi_errmsg());
    return 1;
}

static int runlog_write_csv(const runlog *r) {
    phi_buf b = {0};
    size_t i;
    int ok;
    phi_buf_printf(&b, "step,loss,val_loss,lr,grad_norm,tokens_per_s\n");
    for (i = 0; i < r->nrows; i++) {
        const runlog_row *w = &r->rows[i];
        phi_buf_printf(&b, "%lld,%.6f,", w->step, w->loss);
        if (w->val_loss == w->val_loss) phi_buf_printf(&b, "%.6f", w->val_loss);
        phi_buf_printf(&b, ",%.6g,%.6g,%.1f\n", w->lr, w->grad_norm, w->tokens_per_s);
    }
    ok = b.data && phi_file_write_atomic(r->csv_path, b.data, b.len) == PHI_OK;
    phi_buf_free(&b);
    return ok;
}

static int runlog_write_svg(const runlog *r) {
    double *x = (double *)malloc((r->nrows + 1) * 3 * sizeof(double)), *y = x + r->nrows + 1, *v = y + r->nrows + 1;
    svg_series s[2];
    svg_chart c;
    size_t i, nv = 0;
    int ok;
    if (!x) return 0;
    for (i = 0; i < r->nrows; i++) {
        x[i] = (double)r->rows[i].step;
        y[i] = r->rows[i].loss;
        v[i] = r->rows[i].val_loss;
        nv += r->rows[i].val_loss == r->rows[i].val_loss;
    }
    s[0].name = "training loss", s[0].color = "#1f77b4", s[0].x = x, s[0].y = y, s[0].n = r->nrows;
    s[1].name = "validation loss", s[1].color = "#d62728", s[1].x = x, s[1].y = v, s[1].n = r->nrows;
    memset(&c, 0, sizeof c);
    c.title = r->title, c.xlabel = "step", c.ylabel = "cross-entropy (nats/token)", c.series = s, c.ns = nv ? 2 : 1;
    ok = svg_write(r->svg_path, &c);
    free(x);
    return ok;
}

int runlog_save(const runlog *r) { return runlog_write_csv(r) && runlog_write_svg(r); }

void runlog_load(runlog *r, long long upto) {
    phi_buf text = {0};
    char *p, *line;
    if (phi_file_read(r->csv_path, &text) != PHI_OK || !text.data) return;
    for (line = strchr(text.data, '\n'); line && line[1]; line = p) {
        runlog_row w;
        char *end;
        line++;
        p = strchr(line, '\n');
        memset(&w, 0, sizeof w);
        w.step = strtoll(line, &end, 10);
        if (*end != ',' || w.step > upto) break;
        w.loss = strtof(end + 1, &end);
        w.val_loss = *end == ',' && end[1] != ',' ? strtof(end + 1, &end) : (end++, (float)NAN);
        if (*end == ',') w.lr = strtof(end + 1, &end);
        if (*end == ',') w.grad_norm = strtof(end + 1, &end);
        if (*end == ',') w.tokens_per_s = strtod(end + 1, &end);
        if (!runlog_push(r, &w)) break;
    }
    phi_buf_free(&text);
}

void runlog_free(runlog *r) {
    free(r->rows);
    r->rows = NULL;
    r->nrows = r->cap = 0;
}

int runlog_write_args(const char *dir, const char *command, int argc, char **argv) {
    char path[4096];
    phi_buf b = {0};
    phi_json_writer w;
    int i, ok;
    phi_jw_init(&w, &b, PHI_JSON_PRETTY);
    phi_jw_begin_object(&w);
    phi_jw_key(&w, "phi");
    phi_jw_str(&w, PHI_VERSION_STRING);
    phi_jw_key(&w, "command");
    phi_jw_str(&w, command);
    phi_jw_key(&w, "args");
    phi_jw_begin_array(&w);
    for (i = 0; i < argc; i++) /* not the flags that only concern this invocation */
        if (!strcmp(argv[i], "--stop-at")) i++;
        else if (strcmp(argv[i], "--resume")) phi_jw_str(&w, argv[i]);
    phi_jw_end_array(&w);
    phi_jw_end_object(&w);
    snprintf(path, sizeof path, "%s/run.json", dir);
    ok = phi_jw_finish(&w) == PHI_OK && phi_buf_append(&b, "\n", 1) == PHI_OK && phi_file_write_atomic(path, b.data, b.len) == PHI_OK;
    phi_buf_free(&b);
    return ok;
}

int runlog_read_args(const char *dir, const char *cmd, phi_json_doc *doc, char ***av, int *ac) {
    char path[4096];
    phi_buf text = {0};
    const phi_json *args;
    size_t i;
    int ok;
    snprintf(path, sizeof path, "%s/run.json", dir);
    if (phi_file_read(path, &text) != PHI_OK) return cli_failf(cmd, 2, "--resume: %s", phi_errmsg());
    ok = phi_json_parse(doc, text.data, text.len, NULL) == PHI_OK && (args = phi_json_get(doc->root, "args")) != NULL &&
         args->type == PHI_JSON_ARRAY;
    phi_buf_free(&text);
    if (!ok) return cli_failf(cmd, 2, "--resume: %s is not a run description written by phi train", path);
    if (!(*av = (char **)malloc((args->len + 1) * sizeof **av))) return cli_failf(cmd, 2, "out of memory");
    for (i = 0; i < args->len; i++) (*av)[i] = (char *)(args->u.items[i].type == PHI_JSON_STRING ? args->u.items[i].u.s : "");
    *ac = (int)args->len;
    return 0;
}

/* ---- charts --------------------------------------------------------------------------------- */

#define SVG_L 60 /* margins: left (the tick labels), right, top (the title), bottom */
#define SVG_R 20
#define SVG_TOP 40
#define SVG_BOT 50

/* The ranges of the points that are not NaN; y from 0 when that costs little resolution. */
static void svg_ranges(const svg_chart *c, double *x0, double *x1, double *y0, double *y1) {
    size_t j;
    int i;
    *x0 = *y0 = 1e300, *x1 = *y1 = -1e300;
    for (i = 0; i < c->ns; i++)
        for (j = 0; j < c->series[i].n; j++)
            if (c->series[i].y[j] == c->series[i].y[j]) {
                if (c->series[i].x[j] < *x0) *x0 = c->series[i].x[j];
                if (c->series[i].x[j] > *x1) *x1 = c->series[i].x[j];
                if (c->series[i].y[j] < *y0) *y0 = c->series[i].y[j];
                if (c->series[i].y[j] > *y1) *y1 = c->series[i].y[j];
            }
    if (*x0 > *x1) *x0 = 0, *x1 = 1, *y0 = 0, *y1 = 1;
    if (*x1 == *x0) *x1 = *x0 + 1;
    if (*y0 > 0 && *y0 < 0.5 * *y1) *y0 = 0;
    if (*y1 == *y0) *y1 = *y0 + 1;
}

static void svg_lines(phi_buf *b, const svg_chart *c, double W, double H, double x0, double x1, double y0, double y1) {
    int i, pts;
    size_t j;
    phi_buf_printf(b, "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"middle\">%s</text>\n", (SVG_L + W - SVG_R) / 2, H - 12, c->xlabel);
    phi_buf_printf(b, "<text x=\"14\" y=\"%.0f\" text-anchor=\"middle\" transform=\"rotate(-90 14 %.0f)\">%s</text>\n",
                   (SVG_TOP + H - SVG_BOT) / 2, (SVG_TOP + H - SVG_BOT) / 2, c->ylabel);
    for (i = 0; i < c->ns; i++) {
        const svg_series *s = &c->series[i];
        phi_buf_printf(b, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" points=\"", s->color);
        for (j = 0, pts = 0; j < s->n; j++)
            if (s->y[j] == s->y[j]) {
                phi_buf_printf(b, "%.1f,%.1f ", SVG_L + (W - SVG_L - SVG_R) * (s->x[j] - x0) / (x1 - x0),
                               SVG_TOP + (H - SVG_TOP - SVG_BOT) * (y1 - s->y[j]) / (y1 - y0));
                pts++;
            }
        phi_buf_printf(b, "\"/>\n");
        if (pts == 1) /* a lone point would not show as a line */
            for (j = 0; j < s->n; j++)
                if (s->y[j] == s->y[j])
                    phi_buf_printf(b, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>\n",
                                   SVG_L + (W - SVG_L - SVG_R) * (s->x[j] - x0) / (x1 - x0),
                                   SVG_TOP + (H - SVG_TOP - SVG_BOT) * (y1 - s->y[j]) / (y1 - y0), s->color);
        phi_buf_printf(b, "<text x=\"%.0f\" y=\"%d\" fill=\"%s\">%s</text>\n", W - SVG_R - 150, SVG_TOP + 16 + 16 * i, s->color,
                       s->name);
    }
}

static void svg_bars(phi_buf *b, const svg_chart *c, double W, double H, double top) {
    const svg_series *s = &c->series[0];
    double bw = (W - SVG_L - SVG_R) / (double)s->n;
    size_t i;
    for (i = 0; i < s->n; i++) {
        double h = (H - SVG_TOP - SVG_BOT) * s->y[i] / top, x = SVG_L + bw * (double)i + bw * 0.2;
        phi_buf_printf(b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n", x, H - SVG_BOT - h, bw * 0.6, h,
                       i % 2 ? "#2ca02c" : "#1f77b4");
        phi_buf_printf(b, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%.1f%%</text>\n", x + bw * 0.3, H - SVG_BOT - h - 6,
                       100 * s->y[i]);
        phi_buf_printf(b, "<text x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\">%s</text>\n", x + bw * 0.3, H - SVG_BOT + 18, c->bars[i]);
    }
}

int svg_write(const char *path, const svg_chart *c) {
    const double W = c->bars ? 480 : 640, H = c->bars ? 320 : 400;
    double x0 = 0, x1 = 1, y0 = 0, y1 = 0;
    phi_buf b = {0};
    size_t j;
    int k, ok;
    if (!c->bars) svg_ranges(c, &x0, &x1, &y0, &y1);
    else { /* bars from 0, with room above the highest for its label */
        for (j = 0; j < c->series[0].n; j++)
            if (c->series[0].y[j] > y1) y1 = c->series[0].y[j];
        y1 = y1 > 0 ? y1 * 1.15 : 1;
    }
    phi_buf_printf(&b, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" font-family=\"sans-serif\" "
                       "font-size=\"12\">\n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n", W, H);
    phi_buf_printf(&b, "<text x=\"%.0f\" y=\"24\" text-anchor=\"middle\" font-size=\"15\">%s</text>\n", W / 2, c->title);
    for (k = 0; k <= 4; k++) { /* grid and tick labels */
        double fy = SVG_TOP + (H - SVG_TOP - SVG_BOT) * k / 4, fx = SVG_L + (W - SVG_L - SVG_R) * k / 4;
        phi_buf_printf(&b, "<line x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\" stroke=\"#ddd\"/>\n", (double)SVG_L, fy,
                       W - SVG_R, fy);
        if (c->bars) {
            phi_buf_printf(&b, "<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\">%.1f%%</text>\n", SVG_L - 6.0, fy + 4,
                           100 * y1 * (4 - k) / 4);
            continue;
        }
        phi_buf_printf(&b, "<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\">%.3g</text>\n", SVG_L - 6.0, fy + 4,
                       y1 - (y1 - y0) * k / 4);
        phi_buf_printf(&b, "<text x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\">%.*f</text>\n", fx, H - SVG_BOT + 16,
                       x1 - x0 >= 8 ? 0 : 2, x0 + (x1 - x0) * k / 4); /* whole steps when there are enough */
    }
    if (c->bars) svg_bars(&b, c, W, H, y1);
    else svg_lines(&b, c, W, H, x0, x1, y0, y1);
    phi_buf_printf(&b, "</svg>\n");
    ok = b.data && phi_file_write_atomic(path, b.data, b.len) == PHI_OK;
    phi_buf_free(&b);
    return ok;
}
