/* tls.c - the embedded TLS-free proxy pattern: no TLS library in the teacher. For each https
   connection a helper process speaks TLS to the server on one side and plain bytes on its
   stdin/stdout, which are one end of a socketpair; the teacher speaks HTTP on the other end.
   The default helper is
       openssl s_client -quiet -verify_return_error -verify_hostname HOST -servername HOST
                        -connect HOST:PORT [-CAfile F]
   which verifies the certificate chain and the host name and stops at the first failure.
   --tls-helper CMD replaces it: CMD split at spaces, {host} and {port} replaced.

   The helper gets the teacher's environment minus the key's variable and minus any variable
   whose value holds the key; its command line never has it (the key travels inside the TLS
   stream, in the Authorization header). Its stderr is a pipe we read when the connection fails,
   so that the message says the helper's reason ("verify error:num=18:self-signed certificate").
   With -quiet, s_client keeps the connection after its stdin closes, so the helper is ended
   with SIGTERM and reaped when its connection closes; on Linux it also gets SIGTERM if the
   teacher dies (PR_SET_PDEATHSIG). */
#include "teacher.h"

#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

extern char **environ;

#define TLS_MAX_ARGS 32

/* argv of the helper into buf (words point into it) */
static int tls_argv(const char *tmpl, const char *host, const char *port, const char *cafile, char *buf, size_t cap, char **argv) {
    int n = 0;
    size_t k = 0;
    const char *p;
    char hp[300];
    snprintf(hp, sizeof hp, "%s:%s", host, port);
    if (!strcmp(tmpl, "openssl")) {
        static const char *const fixed[] = {"openssl", "s_client", "-quiet", "-verify_return_error", "-verify_hostname", NULL,
                                            "-servername", NULL, "-connect", NULL, "-CAfile", NULL};
        int i;
        for (i = 0; i < 12; i++) {
            const char *w = fixed[i] ? fixed[i] : i == 9 ? hp : i == 11 ? cafile : host;
            size_t l = strlen(w) + 1;
            if (i >= 10 && !cafile) break;
            if (k + l > cap) return -1;
            memcpy(buf + k, w, l);
            argv[n++] = buf + k;
            k += l;
        }
        argv[n] = NULL;
        return n;
    }
    for (p = tmpl; *p;) { /* split at spaces; {host}, {port} replaced */
        while (*p == ' ') p++;
        if (!*p) break;
        if (n >= TLS_MAX_ARGS - 1) return -1;
        argv[n++] = buf + k;
        while (*p && *p != ' ') {
            const char *sub = NULL;
            size_t l;
            if (!strncmp(p, "{host}", 6)) sub = host, p += 6;
            else if (!strncmp(p, "{port}", 6)) sub = port, p += 6;
            l = sub ? strlen(sub) : 1;
            if (k + l + 1 > cap) return -1;
            memcpy(buf + k, sub ? sub : p, l);
            k += l;
            if (!sub) p++;
        }
        buf[k++] = 0;
    }
    argv[n] = NULL;
    return n ? n : -1;
}

/* In the child: the environment without the key. */
static void tls_scrub_env(const char *key_env, const char *key) {
    char **e;
    size_t kl = key_env ? strlen(key_env) : 0;
    for (e = environ; e && *e;) {
        if ((kl && !strncmp(*e, key_env, kl) && (*e)[kl] == '=') || (key && *key && strstr(*e, key))) {
            char **m = e;
            do m[0] = m[1];
            while (*m++);
        } else {
            e++;
        }
    }
}

static void tls_close_from(int lo) {
    long max = sysconf(_SC_OPEN_MAX), fd;
    if (max < 0 || max > 65536) max = 65536;
    for (fd = lo; fd < max; fd++) close((int)fd);
}

int tls_helper_start(const char *tmpl, const char *host, const char *port, const char *cafile, const char *key_env,
                     const char *key, pid_t *pid, int *errfd, char *err, size_t errlen) {
    char buf[2048], *argv[TLS_MAX_ARGS];
    int sv[2], ep[2];
    if (tls_argv(tmpl, host, port, cafile, buf, sizeof buf, argv) < 0) {
        snprintf(err, errlen, "--tls-helper: cannot make a command of '%s'", tmpl);
        return -1;
    }
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0 || pipe(ep) != 0) {
        snprintf(err, errlen, "socketpair: %s", strerror(errno));
        return -1;
    }
    fflush(stdout);
    fflush(stderr);
    *pid = fork();
    if (*pid < 0) {
        snprintf(err, errlen, "fork: %s", strerror(errno));
        close(sv[0]), close(sv[1]), close(ep[0]), close(ep[1]);
        return -1;
    }
    if (*pid == 0) {
#ifdef __linux__
        prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
        signal(SIGINT, SIG_IGN); /* Ctrl-C is the teacher's to handle: it ends us when it is done */
        signal(SIGPIPE, SIG_DFL);
        dup2(sv[1], 0);
        dup2(sv[1], 1);
        dup2(ep[1], 2);
        tls_close_from(3); /* the journal, its lock and the other connections stay with the teacher */
        tls_scrub_env(key_env, key);
        execvp(argv[0], argv);
        {
            const char *m = "cannot start the TLS helper: ";
            (void)!write(2, m, strlen(m));
            (void)!write(2, argv[0], strlen(argv[0]));
            (void)!write(2, "\n", 1);
        }
        _exit(127);
    }
    close(sv[1]);
    close(ep[1]);
    fcntl(sv[0], F_SETFD, FD_CLOEXEC);
    fcntl(ep[0], F_SETFD, FD_CLOEXEC);
    fcntl(ep[0], F_SETFL, fcntl(ep[0], F_GETFL) | O_NONBLOCK);
    *errfd = ep[0];
    return sv[0];
}

void tls_helper_end(pid_t pid, int errfd, char *why, size_t whylen) {
    char buf[8192];
    size_t n = 0;
    int status = 0, waited = 0;
    ssize_t r;
    /* a helper that failed has exited or is exiting: give it a moment to say why */
    struct pollfd pf;
    pf.fd = errfd, pf.events = POLLIN;
    if (poll(&pf, 1, 200) > 0)
        while (n < sizeof buf - 1 && (r = read(errfd, buf + n, sizeof buf - 1 - n)) > 0) n += (size_t)r;
    buf[n] = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) waited = 1;
    if (!waited) {
        kill(pid, SIGTERM);
        waitpid(pid, &status, 0);
    }
    close(errfd);
    /* the reason: its lines that name an error, joined; else its last line */
    why[0] = 0;
    {
        char *line = buf, *e;
        size_t w = 0;
        for (; *line; line = e ? e + 1 : line + strlen(line)) {
            e = strchr(line, '\n');
            if (e) *e = 0;
            if ((strstr(line, "error") || strstr(line, "rror:") || strstr(line, "cannot") || strstr(line, "refused") ||
                 strstr(line, "verify")) && w + strlen(line) + 3 < whylen) {
                w += (size_t)snprintf(why + w, whylen - w, "%s%s", w ? "; " : "", line);
            }
            if (!e) break;
        }
        if (!w && n && waited && (WIFEXITED(status) ? WEXITSTATUS(status) != 0 : 1)) snprintf(why, whylen, "%.300s", buf);
    }
}

/* ---- teacher tls-proxy --------------------------------------------------------------------------- */

static volatile sig_atomic_t tp_stop;
static void tp_on_signal(int sig) {
    (void)sig;
    tp_stop = 1;
}

int cmd_tls_proxy(int argc, char **argv) {
    const char *listen_at = "127.0.0.1:8443", *upstream = NULL, *cafile = NULL, *helper = "openssl";
    cli_flag flags[] = {
        {.name = "--listen", .type = CLI_STR, .var = &listen_at, .meta = "127.0.0.1:PORT",
         .help = "where plain-HTTP clients connect (loopback only; PORT 0 = a free one, printed)"},
        {.name = "--upstream", .type = CLI_STR, .var = &upstream, .meta = "HOST:PORT", .required = 1, .help = "the TLS server"},
        {.name = "--cafile", .type = CLI_STR, .var = &cafile, .meta = "FILE", .dflt = "the system's", .help = "certificates to trust"},
        {.name = "--tls-helper", .type = CLI_STR, .var = &helper, .meta = "CMD", .help = "as for the jobs"},
        {.name = NULL}};
    cli_cmd cmd = {"tls-proxy", "teacher tls-proxy --listen 127.0.0.1:PORT --upstream HOST:443 [--cafile F]",
                   "The TLS-free proxy pattern for other programs: each connection accepted on loopback is handed to\n"
                   "its own helper (openssl s_client, verifying certificate and host name) connected to the upstream.\n",
                   flags, NULL, "Stops on SIGINT or SIGTERM. exit status: 0 stopped, 2 usage or a socket error"};
    char host[256], port[16];
    const char *colon;
    long lport;
    int lfd, one = 1, rc;
    struct sockaddr_in a;
    socklen_t al = sizeof a;
    if ((rc = cli_parse(&cmd, argc - 1, argv + 1)) != CLI_GO) return rc;
    if (strncmp(listen_at, "127.0.0.1:", 10) || (lport = strtol(listen_at + 10, NULL, 10)) < 0 || lport > 65535)
        return cli_bad_flag(cmd.name, "--listen", "'%s' is not 127.0.0.1:PORT (loopback only)", listen_at);
    colon = strrchr(upstream, ':');
    if (!colon || colon == upstream || (size_t)(colon - upstream) >= sizeof host || strlen(colon + 1) >= sizeof port || !colon[1])
        return cli_bad_flag(cmd.name, "--upstream", "'%s' is not HOST:PORT", upstream);
    snprintf(host, sizeof host, "%.*s", (int)(colon - upstream), upstream);
    snprintf(port, sizeof port, "%s", colon + 1);
    lfd = socket(AF_INET, SOCK_STREAM, 0);
    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons((unsigned short)lport);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (lfd < 0 || bind(lfd, (struct sockaddr *)&a, sizeof a) != 0 || listen(lfd, 64) != 0 || getsockname(lfd, (struct sockaddr *)&a, &al) != 0)
        return cli_failf(cmd.name, 2, "cannot listen on %s: %s", listen_at, strerror(errno));
    printf("listening on http://127.0.0.1:%d, forwarding to https://%s:%s\n", ntohs(a.sin_port), host, port);
    fflush(stdout);
    signal(SIGINT, tp_on_signal);
    signal(SIGTERM, tp_on_signal);
    while (!tp_stop) {
        struct pollfd pf;
        int fd;
        pf.fd = lfd, pf.events = POLLIN;
        while (waitpid(-1, NULL, WNOHANG) > 0) {
        } /* reap finished helpers */
        if (poll(&pf, 1, 500) <= 0) continue;
        if ((fd = accept(lfd, NULL, NULL)) < 0) continue;
        {
            char buf[2048], *hargv[TLS_MAX_ARGS];
            pid_t pid;
            if (tls_argv(helper, host, port, cafile, buf, sizeof buf, hargv) < 0) {
                close(fd);
                return cli_bad_flag(cmd.name, "--tls-helper", "cannot make a command of '%s'", helper);
            }
            fflush(stdout);
            pid = fork();
            if (pid == 0) {
                signal(SIGINT, SIG_DFL);
                signal(SIGTERM, SIG_DFL);
                dup2(fd, 0);
                dup2(fd, 1);
                tls_close_from(3);
                execvp(hargv[0], hargv);
                _exit(127);
            }
            close(fd);
        }
    }
    close(lfd);
    while (waitpid(-1, NULL, WNOHANG) > 0) {
    }
    return 0;
}
