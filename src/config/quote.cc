#include "ecomgen/quote.h"

#include <fmt/format.h>

namespace ecomgen {
namespace {

// Long values are cut to this many bytes: enough to recognise them, short enough for one line.
constexpr size_t kMaxQuotedBytes = 60;

}  // namespace

std::string QuoteForMessage(std::string_view text) {
  std::string out = "\"";
  const bool truncated = text.size() > kMaxQuotedBytes;
  if (truncated) {
    size_t cut = kMaxQuotedBytes;
    // Do not split a UTF-8 sequence: back up over continuation bytes (10xxxxxx).
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U) --cut;
    text = text.substr(0, cut);
  }
  for (const char ch : text) {
    const auto byte = static_cast<unsigned char>(ch);
    if (ch == '"' || ch == '\\') {
      out += '\\';
      out += ch;
    } else if (ch == '\n') {
      out += "\\n";
    } else if (ch == '\t') {
      out += "\\t";
    } else if (ch == '\r') {
      out += "\\r";
    } else if (byte < 0x20U || byte == 0x7FU) {
      out += fmt::format("\\u{:04x}", byte);
    } else {
      out += ch;
    }
  }
  if (truncated) out += "...";
  out += '"';
  return out;
}

}  // namespace ecomgen
