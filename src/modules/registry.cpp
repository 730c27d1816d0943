#include "modules/registry.h"

#include <cstring>

#include "objects/function.h"
#include "vm/vm.h"

namespace saessak {

// Installers of the modules written in C++ (each in its own file in src/modules/).
bool install_sys_module(VM& vm, Module* module);

namespace {

const BuiltinModule kModules[] = {
    {"sys", install_sys_module, nullptr},
};

}  // namespace

const BuiltinModule* find_builtin_module(std::string_view name) {
  for (const BuiltinModule& m : kModules)
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
