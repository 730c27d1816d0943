// tuple.index and list.index with CPython's optional start and stop, and tuple.count.
#include <limits>

#include "objects/arguments.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/number_protocols.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

void install_tuple_methods(VM& vm);

namespace {

const std::vector<Value>& items_of(Value v) {
  return v.as_object()->type->layout == Layout::List ? static_cast<List*>(v.as_object())->items
                                                     : static_cast<Tuple*>(v.as_object())->items;
}

// _PyEval_SliceIndexNotNone: ints (big ones clip), else TypeError.
bool slice_index_not_none(VM& vm, Value v, int64_t& out) {
  if (!is_integer(v)) {
    Value index = index_value(vm, v);  // __index__
    if (index.is_error()) return false;
    if (!index.is_null()) v = index;
  }
  if (v.is_int() || v.is_bool()) {
    out = v.is_int() ? v.as_int() : v.as_bool();
    return true;
  }
  if (is_big_int(v)) {
    out = big_of(v).is_negative() ? std::numeric_limits<int64_t>::min() / 2 : std::numeric_limits<int64_t>::max() / 2;
    return true;
  }
  vm.raise(vm.types.TypeError, "slice indices must be integers or have an __index__ method");
  return false;
}

// `x == item`, with identity first as PyObject_RichCompareBool: 1, 0, or -1 on error.
int same(VM& vm, Value item, Value x) {
  if (item.bits() == x.bits()) return 1;
  Value eq = values_equal(vm, item, x);
  if (eq.is_error()) return -1;
  if (eq.is_bool()) return eq.as_bool();
  return truthiness(vm, eq);
}

// index(value, start=0, stop=sys.maxsize) of a list or tuple.
Value sequence_index(VM& vm, CallArgs args, bool is_list) {
  if (!check_between(vm, args, "index", 1, 3, 1)) return Value::error();
  int64_t start = 0, stop = std::numeric_limits<int64_t>::max();
  if (args.count > 2 && !slice_index_not_none(vm, args[2], start)) return Value::error();
  if (args.count > 3 && !slice_index_not_none(vm, args[3], stop)) return Value::error();
  Value self = args[0];
  int64_t length = static_cast<int64_t>(items_of(self).size());
  if (start < 0) start = std::max<int64_t>(start + length, 0);
  if (stop < 0) stop = std::max<int64_t>(stop + length, 0);
  // The length is read again each step: an __eq__ may change the list.
  for (int64_t i = start; i < stop && i < static_cast<int64_t>(items_of(self).size()); ++i) {
    int r = same(vm, items_of(self)[i], args[1]);
    if (r < 0) return Value::error();
    if (r) return Value::from_int(i);
  }
  if (!is_list) return vm.raise(vm.types.ValueError, "tuple.index(x): x not in tuple");
  Value text = repr(vm, args[1]);
  if (text.is_error()) return text;
  return vm.raise(vm.types.ValueError, static_cast<Str*>(text.as_object())->utf8() + " is not in list");
}
Value list_index(VM& vm, CallArgs args) { return sequence_index(vm, args, true); }
Value tuple_index(VM& vm, CallArgs args) { return sequence_index(vm, args, false); }

Value tuple_count(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "tuple.count", 1)) return Value::error();
  int64_t n = 0;
  const std::vector<Value>& items = items_of(args[0]);
  for (size_t i = 0; i < items.size(); ++i) {
    int r = same(vm, items[i], args[1]);
    if (r < 0) return Value::error();
    n += r;
  }
  return Value::from_int(n);
}

}  // namespace

void install_tuple_methods(VM& vm) {
  add_method(vm, vm.types.tuple, "index", tuple_index);
  add_method(vm, vm.types.tuple, "count", tuple_count);
  add_method(vm, vm.types.list, "index", list_index);  // replaces list.cpp's one-argument index
}

}  // namespace saessak
