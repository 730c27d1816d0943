// Modules written in Python (src/modules/python/*.py), frozen into the binary as source by
// cmake/freeze_modules.cmake and compiled on first import.
#pragma once

namespace saessak {

struct FrozenModule {
  const char* name;
  const char* source;
};

extern const FrozenModule kFrozenModules[];  // ends with {nullptr, nullptr}

}  // namespace saessak
