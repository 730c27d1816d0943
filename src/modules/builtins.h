// The `builtins` module: the functions and types every program sees without an import.
#pragma once

namespace saessak {

class VM;
void install_builtins(VM& vm);

}  // namespace saessak
