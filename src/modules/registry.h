// The built-in modules `import` can find. Each is a C++ installer that fills a fresh module's
// namespace, or Python source compiled and run on first import.
#pragma once

#include <string_view>

#include "objects/module.h"

namespace saessak {

class VM;
using ModuleInstaller = bool (*)(VM& vm, Module* module);  // false with an exception pending

struct BuiltinModule {
  const char* name;
  ModuleInstaller install;  // nullptr for a module written in Python
  const char* python_source;  // nullptr for a module written in C++
};

// Every module Saessak ships, in modules/registry.cpp.
const BuiltinModule* find_builtin_module(std::string_view name);

// Helpers for installers.
void module_add_function(VM& vm, Module* module, const char* name, NativeFn fn);
void module_add_value(VM& vm, Module* module, const char* name, Value value);

}  // namespace saessak
