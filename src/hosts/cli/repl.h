// The interactive prompt: `>>> ` and `... `, echoing the value of each expression.
#pragma once

#include "vm/vm.h"

namespace saessak::cli {

int run_repl(VM& vm);
// Whether `source` is an unfinished compound statement or bracket that needs more lines.
bool needs_more_input(const std::string& source);

}  // namespace saessak::cli
