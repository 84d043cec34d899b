/* The reference C Argon2id (libargon2) timed the same way as Argon2Bench: wall clock of one raw hash. */
#include <argon2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
    if (argc != 4) { fprintf(stderr, "usage: argon2-ref MEMORY_KIB T P\n"); return 2; }
    uint32_t m = (uint32_t) atoi(argv[1]), t = (uint32_t) atoi(argv[2]), p = (uint32_t) atoi(argv[3]);
    const char *pw = "benchmark passphrase";
    uint8_t salt[32] = {0}, out[32];
    for (int i = 0; i < 2; i++) {
        double s = now_ms();
        int rc = argon2id_hash_raw(t, m, p, pw, strlen(pw), salt, sizeof salt, out, sizeof out);
        double e = now_ms() - s;
        if (rc != ARGON2_OK) { fprintf(stderr, "%s\n", argon2_error_message(rc)); return 1; }
        printf("%s=%.0f ms", i == 0 ? "first" : " warm", e);
    }
    printf("\n");
    return 0;
}
