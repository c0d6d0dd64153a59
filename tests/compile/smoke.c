/* Compiled by every compiler the test suite knows (gcc, clang, g++, tcc, ...) with its
   strictest warnings, then run: parse, write, random numbers, a parallel-for, a kernel and the
   Python parser. */
#define PHI_IMPLEMENTATION
#include "../../phi.h"
#include "../../phi_kernels.h"

#include <string.h>

static void count(void *ctx, size_t b, size_t e, int w) {
    (void)w;
    (void)b;
    (void)e;
    (void)ctx;
}

int main(void) {
    const char text[] = "{\"a\":[1,2.5,\"\\u00e9\"],\"b\":null}";
    float v[3] = {1, 2, 3};
    phi_json_doc doc;
    phi_buf out = {0, 0, 0};
    phi_rng r;
    phi_pool *pool = NULL;
    int ok;
    memset(&doc, 0, sizeof doc);
    phi_rng_seed(&r, 42);
    ok = phi_json_parse(&doc, text, sizeof text - 1, NULL) == PHI_OK && phi_json_write(&out, doc.root, 0) == PHI_OK &&
         strcmp(out.data, "{\"a\":[1,2.5,\"\xc3\xa9\"],\"b\":null}") == 0 &&
         phi_rng_u64(&r) == 0x15780b2e0c2ec716ull && phi_pool_create(&pool, 2) == PHI_OK &&
         phi_vec_dot(v, v, 3) == 14.0f;
    if (pool) phi_parallel_for(pool, 100, count, NULL);
#ifndef PHI_NO_PYTHON
    { /* the expected text is CPython 3.11's ast.dump */
        phi_py_tree t;
        phi_buf d = {0, 0, 0};
        const char py[] = "x = f'{1+2}'\n";
        ok = ok && phi_py_parse(&t, py, sizeof py - 1, "smoke.py", NULL) == PHI_OK && phi_py_dump(&d, t.root, NULL) == PHI_OK &&
             strcmp(d.data, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=["
                            "FormattedValue(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)), "
                            "conversion=-1)]))], type_ignores=[])") == 0;
        phi_py_tree_free(&t);
        phi_buf_free(&d);
    }
#endif
    phi_pool_free(pool);
    phi_json_doc_free(&doc);
    phi_buf_free(&out);
    return ok ? 0 : 1;
}
