// ECOMGEN_FUZZ_CHECK: what a fuzz target uses to report a broken invariant. libFuzzer treats an
// abort as a crash and saves the input that caused it.
#pragma once

#include <cstdio>
#include <cstdlib>

#define ECOMGEN_FUZZ_CHECK(condition)                                                        \
  do {                                                                                       \
    if (!(condition)) {                                                                      \
      std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                          \
    }                                                                                        \
  } while (false)
