/* The second translation unit of the PHI_STATIC check (see static_a.c). */
#define PHI_STATIC
#define PHI_IMPLEMENTATION
#include "../../phi.h"
#include "../../phi_kernels.h"

int static_b_parse(void) {
    phi_json_doc doc = {0};
    int ok = phi_json_parse(&doc, "{\"k\":2}", 7, NULL) == PHI_OK && phi_json_get(doc.root, "k")->u.i == 2;
    phi_json_doc_free(&doc);
    return ok;
}
