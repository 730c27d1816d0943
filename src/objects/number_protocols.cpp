#include "objects/number_protocols.h"

#include "objects/builtin_subclass.h"
#include "objects/classes.h"
#include "objects/dunders.h"
#include "objects/int.h"
#include "objects/protocols.h"
#include "vm/vm.h"

namespace saessak {

Value index_value(VM& vm, Value v) {
  if (is_integer(v)) return v;
  if (!is_python_object(v)) return Value::null();
  Value method = lookup_python_dunder(v.as_object()->type, vm.intern("__index__"));
  if (method.is_null()) {
    // A subclass of int that leaves __index__ alone is its plain value.
    Value plain = unboxed(v);
    return is_integer(plain) ? plain : Value::null();
  }
  Value r = vm.call(method, CallArgs{&v, 1, nullptr});
  if (r.is_error()) return r;
  if (!is_integer(unboxed(r)))
    return vm.raise(vm.types.TypeError, "__index__ returned non-int (type " + type_name(vm, r) + ")");
  return unboxed(r);
}

}  // namespace saessak
