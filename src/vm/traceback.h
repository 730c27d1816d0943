// Renders uncaught exceptions and syntax errors exactly as CPython 3.11 prints them, and
// finds the "Did you mean" suggestions of its NameError messages.
#pragma once

#include <string>
#include <vector>

#include "compiler/source.h"
#include "tokens/compile_error.h"
#include "vm/vm.h"

namespace saessak {

ErrorReport render_uncaught(VM& vm, ExceptionObject* exception);
ErrorReport render_compile_error(const CompileError& error, const SourceFile& source);
// The closest candidate to `wrong` by CPython's weighted Levenshtein distance, or "".
std::string closest_name(const std::string& wrong, const std::vector<std::string>& candidates);

}  // namespace saessak
