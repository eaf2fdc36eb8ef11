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
endif()
