/* The one translation unit of the phi program that holds phi.h's implementation: every other
   file of tools/ includes the header alone. */
#define PHI_IMPLEMENTATION
#include "../phi.h"
