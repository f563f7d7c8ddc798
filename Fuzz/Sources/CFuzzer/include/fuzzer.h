#ifndef SADNA_FUZZER_H
#define SADNA_FUZZER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver, for a program that keeps its own `main` (SwiftPM names every
/// executable's entry point after its module, so libFuzzer's own `main` cannot be used).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
