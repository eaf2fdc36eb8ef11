# One list of warnings for every target of ours, and sanitizers applied directory-wide
# (a sanitized library linked into an unsanitized binary does not link).
set(ECOMGEN_WARNING_FLAGS
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wold-style-cast
    -Wnon-virtual-dtor -Woverloaded-virtual -Wimplicit-fallthrough)
# g++ 12 at -O3 reports -Wrestrict inside libstdc++ for plain `std::string + std::string`
# (GCC bug 105329), a false positive that would break -Werror Release builds.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  list(APPEND ECOMGEN_WARNING_FLAGS -Wno-restrict)
endif()

function(ecomgen_set_warnings target)
  target_compile_options(${target} PRIVATE ${ECOMGEN_WARNING_FLAGS})
  if(ECOMGEN_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

if(ECOMGEN_SANITIZE)
  add_compile_options(-fsanitize=${ECOMGEN_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${ECOMGEN_SANITIZE})
  # g++ 12's flow analysis sees the sanitizers' instrumentation and then warns that the
  # std::function inside libstdc++'s std::regex "may be used uninitialized" (a false positive,
  # in headers we do not own). Unsanitized builds keep the warning.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_compile_options(-Wno-maybe-uninitialized)
  endif()
endif()

# Fuzzing: every target gets libFuzzer's coverage instrumentation; the fuzz targets themselves
# link the libFuzzer driver (fuzz/CMakeLists.txt). Combine with ECOMGEN_SANITIZE=address,undefined.
if(ECOMGEN_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "ECOMGEN_FUZZ needs clang (libFuzzer), e.g. -DCMAKE_CXX_COMPILER=clang++-14")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
