// Syntax tree to bytecode. One FunctionCompiler per code object; a module's functions are
// compiled depth-first and stored as constants of the enclosing code.
#pragma once

#include <memory>
#include <optional>
#include <string_view>

#include "compiler/code.h"
#include "tokens/compile_error.h"
#include "vm/vm.h"

namespace saessak {

struct CompileResult {
  Code* code = nullptr;
  std::optional<CompileError> error;
};

// Parses and compiles `source->text`. Allocates constants on the VM's heap; safe because the
// collector runs only inside `VM::run`.
CompileResult compile(VM& vm, const std::shared_ptr<SourceFile>& source, CompileMode mode);

}  // namespace saessak
