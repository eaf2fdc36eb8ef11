// Test helpers shared by the unit tests: Status assertions.
#pragma once

#include <gtest/gtest.h>

#include "ecomgen/status.h"

#define ASSERT_OK(expr)                                                 \
  do {                                                                  \
    const ::ecomgen::Status assert_ok_status_ = (expr);                 \
    ASSERT_TRUE(assert_ok_status_.ok()) << assert_ok_status_.message(); \
  } while (false)

#define EXPECT_OK(expr)                                                 \
  do {                                                                  \
    const ::ecomgen::Status expect_ok_status_ = (expr);                 \
    EXPECT_TRUE(expect_ok_status_.ok()) << expect_ok_status_.message(); \
  } while (false)
