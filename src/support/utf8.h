// UTF-8 encoding and decoding, used by the tokenizer and by `str`.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace saessak {

void append_utf8(std::string& out, uint32_t code_point);
// Decodes one UTF-8 sequence at `i` and advances `i`. A bad sequence gives U+FFFD and
// advances one byte.
uint32_t decode_utf8(std::string_view text, size_t& i);

}  // namespace saessak
