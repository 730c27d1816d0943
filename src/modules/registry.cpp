#include "modules/registry.h"

#include <cstring>
#include <vector>

#include "modules/frozen.h"

#include "objects/function.h"
#include "vm/vm.h"

namespace saessak {

// Installers of the modules written in C++ (each in its own file in src/modules/).
bool install_sys_module(VM& vm, Module* module);
bool install_math_module(VM& vm, Module* module);
bool install_cmath_module(VM& vm, Module* module);
bool install_random_module(VM& vm, Module* module);
bool install_time_module(VM& vm, Module* module);
bool install_gc_module(VM& vm, Module* module);
bool install_notebook_module(VM& vm, Module* module);

namespace {

const BuiltinModule kModules[] = {
    {"sys", install_sys_module, nullptr},
    {"math", install_math_module, nullptr},
    {"cmath", install_cmath_module, nullptr},
    {"random", install_random_module, nullptr},
    {"time", install_time_module, nullptr},
    {"gc", install_gc_module, nullptr},
    {"_notebook", install_notebook_module, nullptr},
};

}  // namespace

const BuiltinModule* find_builtin_module(std::string_view name) {
  for (const BuiltinModule& m : kModules)
    if (name == m.name) return &m;
  // Modules written in Python.
  static std::vector<BuiltinModule> frozen;
  if (frozen.empty())
    for (const FrozenModule* f = kFrozenModules; f->name; ++f) frozen.push_back({f->name, nullptr, f->source});
  for (const BuiltinModule& m : frozen)
    if (name == m.name) return &m;
  return nullptr;
}

void module_add_function(VM& vm, Module* module, const char* name, NativeFn fn) {
  module->dict->set_str(vm.intern(name), Value::from_object(make_native(vm, name, fn)));
}

void module_add_value(VM& vm, Module* module, const char* name, Value value) {
  module->dict->set_str(vm.intern(name), value);
}

}  // namespace saessak
