/* exercises.h - "CodeExercises" for the phi program: textbook-style Python exercises written
   from templates, in HumanEval's format (see exercises.c). Used by phi exercises and phi demo. */
#ifndef PHI_EXERCISES_H
#define PHI_EXERCISES_H

#include <stddef.h>
#include <stdint.h>

/* Writes n_train training and n_heldout held-out exercises of this seed, each file as JSON Lines
   (a file there before is replaced). Returns 0, or 1 with a message in err. */
int ex_generate(uint64_t seed, int n_train, int n_heldout, const char *train_path, const char *heldout_path, char *err,
                size_t errlen);
int ex_family_count(void); /* the families of tasks the exercises come from */

#endif /* PHI_EXERCISES_H */
