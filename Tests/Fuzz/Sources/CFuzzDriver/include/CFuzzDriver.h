#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (LLVM 11+): runs the fuzzing loop with `callback` as the target. Used
/// from a Swift `main` because SwiftPM renames an executable's `main`.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
