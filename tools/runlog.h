/* runlog.h - the record of a training run, as phi train and phi demo leave it in its directory:
   loss.csv (a row per step), loss.svg (the curves), run.json (the flags, for --resume); and the
   SVG charts they and the demo's report draw. Defined in runlog.c. */
#ifndef PHI_RUNLOG_H
#define PHI_RUNLOG_H

#include "../phi.h"

typedef struct runlog_row {
    long long step;
    float loss, val_loss, lr, grad_norm; /* val_loss NaN where not measured */
    double tokens_per_s;
} runlog_row;

typedef struct runlog {
    runlog_row *rows;
    size_t nrows, cap;
    char csv_path[4096], svg_path[4096];
    const char *title;    /* of the plot */
    long long last_ckpt;  /* the step of the newest checkpoint */
} runlog;

/* DIR/loss.csv and DIR/loss.svg, nothing recorded yet; the newest checkpoint is at `start`. */
void runlog_init(runlog *r, const char *dir, const char *title, long long start);
/* Keeps the step's row; at a checkpoint, rewrites loss.csv and loss.svg to match it (a failure
   is a warning). 0 when out of memory. */
int runlog_record(runlog *r, const phi_train_stats *s);
int runlog_save(const runlog *r); /* loss.csv and loss.svg, atomically; 0 on failure (phi_errmsg) */
/* Reads back the rows of an earlier loss.csv up to step `upto` (a resumed run keeps its history). */
void runlog_load(runlog *r, long long upto);
void runlog_free(runlog *r);

/* DIR/run.json: the command and its arguments argv[0 .. argc) (less --resume and --stop-at,
   which concern one invocation only). */
int runlog_write_args(const char *dir, const char *command, int argc, char **argv);
/* Its arguments back, as strings of doc (which the caller frees); *av is malloc'ed. 0, or says
   why (as "phi CMD: --resume: ...") and returns 2. */
int runlog_read_args(const char *dir, const char *cmd, phi_json_doc *doc, char ***av, int *ac);

/* ---- charts --------------------------------------------------------------------------------- */

typedef struct svg_series {
    const char *name, *color;
    const double *x, *y; /* [n]; a NaN y is left out */
    size_t n;
} svg_series;

typedef struct svg_chart {
    const char *title, *xlabel, *ylabel;
    const svg_series *series;
    int ns;
    const char *const *bars; /* NULL: a line chart of the series; else a bar chart of series[0].y
                                (fractions, shown as percentages), a bar per label */
} svg_chart;

int svg_write(const char *path, const svg_chart *c); /* atomically; 0 on failure (phi_errmsg) */

#endif /* PHI_RUNLOG_H */
