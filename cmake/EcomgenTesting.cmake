# The one test binary (unit tests next to the code, cross-stage tests under tests/), its
# registration with CTest, and the `slow` label for large runs.
find_package(GTest REQUIRED)
find_package(rapidcheck REQUIRED)
include(GoogleTest)

add_subdirectory(${PROJECT_SOURCE_DIR}/tests ${PROJECT_BINARY_DIR}/tests)

get_property(ecomgen_test_sources GLOBAL PROPERTY ECOMGEN_TEST_SOURCES)
add_executable(ecomgen_tests ${ecomgen_test_sources})
target_link_libraries(ecomgen_tests PRIVATE ecomgen_internal ecomgen_cli GTest::gtest_main GTest::gmock
                                            rapidcheck rapidcheck_gtest)
ecomgen_set_warnings(ecomgen_tests)
# Tests that run the CLI find it here.
target_compile_definitions(ecomgen_tests PRIVATE ECOMGEN_BINARY="$<TARGET_FILE:ecomgen>"
                                                 ECOMGEN_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
add_dependencies(ecomgen_tests ecomgen)
gtest_discover_tests(ecomgen_tests DISCOVERY_TIMEOUT 60 PROPERTIES TIMEOUT 900)

