#include "objects/function.h"

#include "vm/vm.h"

namespace saessak {

NativeFunction* make_native(VM& vm, std::string name, NativeFn fn, Type* owner) {
  return vm.heap.make<NativeFunction>(vm.types.builtin_function, std::move(name), fn, owner);
}

void add_method(VM& vm, Type* type, std::string_view name, NativeFn fn) {
  type->attributes->set_str(vm.intern(name), Value::from_object(make_native(vm, std::string(name), fn, type)));
}

}  // namespace saessak
