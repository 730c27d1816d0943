// A SyntaxError (or IndentationError) found while tokenizing, parsing or compiling. Plain
// data: the VM turns it into a Python exception.
#pragma once

#include <string>

namespace saessak {

struct CompileError {
  std::string type = "SyntaxError";  // or "IndentationError", "TabError"
  std::string message;
  int line = 1;
  int column = 0;      // 0-based byte offset in the line
  int end_line = 0;    // 0: same as line
  int end_column = -1; // -1: one past column
};

}  // namespace saessak
