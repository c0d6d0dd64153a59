/* teacher: talks to LLM chat APIs to label documents and write textbooks and exercises
   (DESIGN.md, "Teacher"). Not written yet: its issue is still open. Until then it says so and
   exits with status 2, so that no script mistakes it for a working tool. */
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
    int help = argc > 1 && (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0);
    fprintf(help ? stdout : stderr,
            "teacher: not written yet. It will label documents and generate textbooks and exercises\n"
            "through an OpenAI-compatible chat API (see DESIGN.md, \"Teacher\").\n");
    return help ? 0 : 2;
}
