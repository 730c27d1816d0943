// Tokens to a syntax tree, by recursive descent over Python 3.11's grammar, with CPython's
// messages for the mistakes learners make most.
#pragma once

#include <memory>
#include <optional>
#include <string_view>

#include "syntax/ast.h"
#include "tokens/compile_error.h"

namespace saessak {

struct ParseResult {
  std::unique_ptr<Arena> arena;
  Module module;
  std::optional<CompileError> error;
};

ParseResult parse(std::string_view source);

}  // namespace saessak
