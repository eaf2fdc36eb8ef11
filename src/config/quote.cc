#include "ecomgen/quote.h"

#include <fmt/format.h>

#include <cstdint>

namespace ecomgen {
namespace {

// Long values are cut to this many bytes: enough to recognise them, short enough for one line.
constexpr size_t kMaxQuotedBytes = 60;

// The length of the valid UTF-8 sequence of a non-ASCII character at text[pos], or 0 when the
// bytes there are not one (a stray continuation byte, an overlong form, a surrogate, a code
// point past U+10FFFF, a sequence cut short).
size_t Utf8SequenceLength(std::string_view text, size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  size_t length = 0;
  uint32_t code_point = 0;
  if ((lead & 0xE0U) == 0xC0U) {
    length = 2;
    code_point = lead & 0x1FU;
  } else if ((lead & 0xF0U) == 0xE0U) {
    length = 3;
    code_point = lead & 0x0FU;
  } else if ((lead & 0xF8U) == 0xF0U) {
    length = 4;
    code_point = lead & 0x07U;
  } else {
    return 0;
  }
  if (pos + length > text.size()) return 0;
  for (size_t idx = 1; idx < length; ++idx) {
    const auto next = static_cast<unsigned char>(text[pos + idx]);
    if ((next & 0xC0U) != 0x80U) return 0;
    code_point = (code_point << 6U) | (next & 0x3FU);
  }
  constexpr uint32_t kSmallestOfLength[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code_point < kSmallestOfLength[length] || code_point > 0x10FFFFU ||
      (code_point >= 0xD800U && code_point <= 0xDFFFU)) {
    return 0;
  }
  return length;
}

// Appends text[pos], a byte of 0x80 or more, and the rest of its UTF-8 sequence when it starts
// a valid one, else \xHH; returns the bytes consumed.
size_t AppendNonAscii(std::string_view text, size_t pos, std::string& out) {
  const size_t length = Utf8SequenceLength(text, pos);
  if (length == 0) {
    out += fmt::format("\\x{:02x}", static_cast<unsigned char>(text[pos]));
    return 1;
  }
  out.append(text.substr(pos, length));
  return length;
}

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
  for (size_t pos = 0; pos < text.size(); ++pos) {
    const char ch = text[pos];
    const auto byte = static_cast<unsigned char>(ch);
    if (byte >= 0x80U) {
      pos += AppendNonAscii(text, pos, out) - 1;
    } else if (ch == '"' || ch == '\\') {
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

std::string PrintableLine(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size(); ++pos) {
    const char ch = text[pos];
    const auto byte = static_cast<unsigned char>(ch);
    if (byte >= 0x80U) {
      pos += AppendNonAscii(text, pos, out) - 1;
    } else if (ch == '\n' || ch == '\r' || ch == '\t') {
      out += ' ';
    } else if (byte < 0x20U || byte == 0x7FU) {
      out += fmt::format("\\x{:02x}", byte);
    } else {
      out += ch;
    }
  }
  return out;
}

}  // namespace ecomgen
