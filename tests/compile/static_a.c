/* PHI_STATIC: two translation units, each with its own private copy of the library, linked
   into one program without clashing symbols (see static_b.c). */
#define PHI_STATIC
#define PHI_IMPLEMENTATION
#include "../../phi.h"
#include "../../phi_kernels.h"

int static_b_parse(void);

int main(void) {
    phi_json_doc doc = {0};
    int ok = phi_json_parse(&doc, "[1]", 3, NULL) == PHI_OK && doc.root->len == 1 && static_b_parse();
    phi_json_doc_free(&doc);
    return ok ? 0 : 1;
}
