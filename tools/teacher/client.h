/* client.h - what the two halves of a run share: client.c (the connections and the poll loop)
   and reply.c (what a reply does: records, retries, rate limits). Private to the teacher. */
#ifndef TEACHER_CLIENT_H
#define TEACHER_CLIENT_H

#include "teacher.h"

/* ---- the state of a run ------------------------------------------------------------------------------------ */

typedef struct tc_slot {
    http_conn c;
    long req;        /* the request on it, -1 = none */
    double t0, last; /* when it was sent; when the last byte came */
    double opened;   /* when the connection was started */
    pid_t helper;    /* the TLS helper behind it, or 0 */
    int helper_err;
} tc_slot;

typedef struct tc_retry {
    size_t req;
    double at;
} tc_retry;

typedef struct tc_run_state {
    const char *cmd;
    const tc_opts *o;
    tc_job *job;
    const char *key;
    char host[256], port[16], path[512], auth[600];
    int https, default_port; /* the port is the scheme's own: the Host header leaves it out */
    unsigned char addr[128];
    unsigned addrlen;
    char (*keys)[65];         /* [n] */
    unsigned char *attempts;  /* [n] */
    unsigned char *r429;      /* [n] 429s seen */
    size_t *todo, ntodo, next;
    tc_retry *retry;
    size_t nretry, cap_retry;
    tc_slot *slots;
    phi_jsonl_writer *w;
    phi_rng rng;
    double pause_until, rpm, tpm, req_bucket, tok_bucket, refill_t;
    size_t done, failed, gave_up, in_flight, sent, n429;
    long tok_est;
    int fatal, helper_msgs;
    size_t unflushed; /* records committed since the last flush */
    phi_buf req, scratch;
    phi_json_doc doc;
    http_sse sse;
} tc_run_state;


/* A message on stderr with every occurrence of the key replaced (a server may echo it back). */
void tc_say(tc_run_state *s, const char *fmt, ...) PHI__PRINTF(2, 3);

/* reply.c */
double tc_backoff(tc_run_state *s, size_t i);              /* the delay before request i's next try */
void tc_refill(tc_run_state *s, double now);                /* the rpm/tpm buckets, refilled to now */
void tc_retry_later(tc_run_state *s, size_t i, double delay, double now, const char *why);
void tc_flush(tc_run_state *s);                             /* the committed records, written and fsync'd */
void tc_reply(tc_run_state *s, size_t i, const http_parser *p, double now); /* a complete reply to request i */

#endif
