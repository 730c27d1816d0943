// A readable listing of a code object and the code objects nested in it (`saessak --dis`).
#pragma once

#include <string>

#include "compiler/code.h"

namespace saessak {

std::string disassemble(const Code* code);

}  // namespace saessak
