// QuoteForMessage: user-supplied text inside one-line error messages (the library's and the CLI's).
//
// Error messages are one line and name the bad value, so text taken from a flag or a file is
// shown in double quotes with control characters, quotes and backslashes escaped, and cut
// short when it is long.
//
// Thread safety: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace ecomgen {

// `text` in double quotes, escaped as in JSON, and shortened to about 60 characters ("...").
// Bytes that are not part of valid UTF-8 are shown as \xHH.
std::string QuoteForMessage(std::string_view text);

// `text` as one printable line, for a terminal: newlines, carriage returns and tabs become
// spaces; other control bytes (an escape sequence's ESC above all) and bytes that are not part
// of valid UTF-8 become \xHH; valid UTF-8 is kept as it is.
std::string PrintableLine(std::string_view text);

}  // namespace ecomgen
