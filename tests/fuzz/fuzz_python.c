/* libFuzzer target: the Python parser and ast.dump. The first byte chooses the grammar (odd:
   3.12, even: 3.11), the rest is the source. Any bytes must parse or be refused cleanly, with
   an error detail; a tree that parses must be well formed (every kind known, every required
   field there, positions from line 1 and not ending before they begin: what CPython's trees
   show, checked on the 800,000 positioned nodes of the standard library and of the mutants of
   tests/py_mutants.py) and must dump, plain, with positions and indented, unless it holds an
   int of more than 4300 digits (which ast.dump cannot print either). */
#define PHI_IMPLEMENTATION
#include "../../phi.h"

#include <stdint.h>
#include <stdlib.h>

#include "fuzz.h"

/* Walks the tree without recursion (a fuzzer's input nests deep); 1 if it holds a huge int. */
static int check_tree(const phi_py_node *root) {
    const phi_py_node **stack = NULL;
    size_t n = 0, cap = 0;
    int huge = 0;
#define PUSH(x)                                                                                   \
    do {                                                                                          \
        if (n == cap) {                                                                           \
            cap = cap ? 2 * cap : 256;                                                            \
            stack = (const phi_py_node **)realloc((void *)stack, cap * sizeof *stack);            \
            REQUIRE(stack != NULL);                                                               \
        }                                                                                         \
        stack[n++] = (x);                                                                         \
    } while (0)
    REQUIRE(root && root->kind == PHI_PY_Module);
    PUSH(root);
    while (n) {
        const phi_py_node *node = stack[--n];
        int i, k, nf;
        REQUIRE(node->kind > PHI_PY_KIND_NONE && node->kind < PHI_PY_KIND_COUNT);
        if (node->lineno || node->end_lineno)
            REQUIRE(node->lineno >= 1 && node->col_offset >= 0 && node->end_lineno >= node->lineno);
        nf = phi_py_kind_nfields(node->kind);
        REQUIRE(nf == 0 || node->f != NULL);
        for (i = 0; i < nf; i++) {
            const char *type = phi_py_field_type(node->kind, i), *name = phi_py_field_name(node->kind, i);
            size_t len = strlen(type);
            const phi_py_field *f = &node->f[i];
            int optional = type[len - 1] == '?', list = type[len - 1] == '*';
            if (!strncmp(type, "identifier", 10) && list) {
                REQUIRE(f->names.n >= 0 && (!f->names.n || f->names.items));
                for (k = 0; k < f->names.n; k++) REQUIRE(f->names.items[k] != NULL);
            } else if (!strncmp(type, "identifier", 10) || !strncmp(type, "string", 6)) {
                REQUIRE(optional || f->str != NULL);
            } else if (!strcmp(type, "constant")) {
                REQUIRE(f->value != NULL && f->value->type >= PHI_PY_CONST_NONE && f->value->type <= PHI_PY_CONST_BYTES);
                if (f->value->type == PHI_PY_CONST_INT && !f->value->s) huge = 1;
                if (f->value->type == PHI_PY_CONST_STR || f->value->type == PHI_PY_CONST_BYTES)
                    REQUIRE(f->value->s != NULL);
            } else if (!strncmp(type, "int", 3)) {
                /* any value */
            } else if (list) {
                /* a missing key is a **d in a Dict; a missing default, a keyword-only argument without one */
                int holes = (node->kind == PHI_PY_Dict && !strcmp(name, "keys")) ||
                            (node->kind == PHI_PY_arguments && !strcmp(name, "kw_defaults"));
                REQUIRE(f->nodes.n >= 0 && (!f->nodes.n || f->nodes.items));
                for (k = f->nodes.n - 1; k >= 0; k--) {
                    REQUIRE(holes || f->nodes.items[k] != NULL);
                    if (f->nodes.items[k]) PUSH(f->nodes.items[k]);
                }
            } else {
                REQUIRE(optional || f->node != NULL);
                if (f->node) PUSH(f->node);
            }
        }
    }
#undef PUSH
    free((void *)stack);
    return huge;
}

static void dump(const phi_py_node *root, int indent, int attrs, int huge) {
    phi_buf b = {0};
    phi_py_dump_opts o;
    phi_status st;
    memset(&o, 0, sizeof o);
    o.indent = indent;
    o.include_attributes = attrs;
    st = phi_py_dump(&b, root, &o);
    REQUIRE(st == PHI_OK || (huge && st != PHI_ERR_NOMEM && phi_errmsg()[0]));
    if (st == PHI_OK) REQUIRE(b.len >= 7 && !memcmp(b.data, "Module(", 7));
    phi_buf_free(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    phi_py_tree t;
    phi_py_opts o;
    int huge;
    if (size == 0) return 0;
    o.minor = data[0] & 1 ? 12 : 11;
    if (phi_py_parse(&t, (const char *)data + 1, size - 1, "fuzz.py", &o) != PHI_OK) {
        REQUIRE(t.root == NULL && phi_errmsg()[0]);
        phi_py_tree_free(&t);
        return 0;
    }
    huge = check_tree(t.root);
    dump(t.root, 0, 0, huge);
    dump(t.root, 0, 1, huge);
    dump(t.root, 2, 0, huge);
    dump(t.root, -1, 1, huge);
    phi_py_tree_free(&t);
    return 0;
}
