#include "ecomgen/quote.h"

#include <gtest/gtest.h>

#include <string>

namespace ecomgen {
namespace {

TEST(QuoteForMessageTest, EscapesQuotesControlsAndBytesThatAreNotUtf8) {
  EXPECT_EQ(QuoteForMessage("a\"b\\c\n\x1b"), "\"a\\\"b\\\\c\\n\\u001b\"");
  EXPECT_EQ(QuoteForMessage("x\xff\xc3"), "\"x\\xff\\xc3\"");
  EXPECT_EQ(QuoteForMessage("caf\xc3\xa9"), "\"caf\xc3\xa9\"");
}

TEST(PrintableLineTest, KeepsUtf8AndEscapesEverythingATerminalWouldActOn) {
  EXPECT_EQ(PrintableLine("plain text: 42"), "plain text: 42");
  EXPECT_EQ(PrintableLine("two\nlines\tand\rreturn"), "two lines and return");
  EXPECT_EQ(PrintableLine("\x1b[31mred"), "\\x1b[31mred");
  EXPECT_EQ(PrintableLine(std::string("nul\0byte", 8)), "nul\\x00byte");
  // Valid UTF-8 of every length is kept.
  EXPECT_EQ(PrintableLine("\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"),
            "\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80");
  // Not UTF-8: a stray continuation byte, a lone lead byte, an overlong '/', a surrogate, a
  // code point past U+10FFFF and a sequence cut short at the end.
  EXPECT_EQ(PrintableLine("\x80"), "\\x80");
  EXPECT_EQ(PrintableLine("\xff"), "\\xff");
  EXPECT_EQ(PrintableLine("\xc0\xaf"), "\\xc0\\xaf");
  EXPECT_EQ(PrintableLine("\xed\xa0\x80"), "\\xed\\xa0\\x80");
  EXPECT_EQ(PrintableLine("\xf4\x90\x80\x80"), "\\xf4\\x90\\x80\\x80");
  EXPECT_EQ(PrintableLine("\xe2\x82"), "\\xe2\\x82");
}

}  // namespace
}  // namespace ecomgen
