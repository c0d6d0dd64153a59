/* The one translation unit of the teacher that holds phi.h's implementation (as tools/phi_impl.c
   does for the phi program): the teacher uses its JSON, JSONL writer, phi_rng, the Python parser
   and the evaluator's sandbox. */
#define PHI_IMPLEMENTATION
#include "../../phi.h"
