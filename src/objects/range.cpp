#include "objects/range.h"

#include "objects/arguments.h"
#include "objects/int.h"
#include "objects/number_protocols.h"
#include "objects/protocols.h"
#include "vm/vm.h"

namespace saessak {

static bool range_bound(VM& vm, Value v, int64_t& out) {
  if (!is_integer(v)) {
    Value index = index_value(vm, v);  // __index__, or an int subclass's plain value
    if (index.is_error()) return false;
    if (!index.is_null()) v = index;
  }
  if (v.is_int() || v.is_bool()) {
    out = v.is_bool() ? v.as_bool() : v.as_int();
    return true;
  }
  vm.raise(vm.types.TypeError, "'" + type_name(vm, v) + "' object cannot be interpreted as an integer");
  return false;
}

static Value construct_range(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "range", 1, 3)) return Value::error();
  int64_t start = 0, stop = 0, step = 1;
  if (args.count == 1) {
    if (!range_bound(vm, args[0], stop)) return Value::error();
  } else {
    if (!range_bound(vm, args[0], start) || !range_bound(vm, args[1], stop)) return Value::error();
    if (args.count == 3 && !range_bound(vm, args[2], step)) return Value::error();
    if (step == 0) return vm.raise(vm.types.ValueError, "range() arg 3 must not be zero");
  }
  return Value::from_object(vm.heap.make<Range>(vm.types.range, start, stop, step));
}

void install_range_type(VM& vm) { vm.types.range->construct = construct_range; }

}  // namespace saessak
