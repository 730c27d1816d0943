// Source text to tokens. Handles indentation, implicit line joining inside brackets,
// backslash continuations, comments and every string and number literal form.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "tokens/compile_error.h"
#include "tokens/token.h"

namespace saessak {

struct TokenizeResult {
  std::vector<Token> tokens;
  std::optional<CompileError> error;
};

TokenizeResult tokenize(std::string_view source);

}  // namespace saessak
