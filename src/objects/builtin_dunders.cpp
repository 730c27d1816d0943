// The dunder methods of built-in types as Python sees them (dict.__setitem__, list.__len__,
// object.__setattr__...), so a Python subclass can call super().__setitem__(...) and
// functools/dataclasses can call object.__setattr__. They run the built-in behaviour directly.
#include "objects/arguments.h"
#include "objects/classes.h"
#include "objects/function.h"
#include "objects/list.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

namespace {

bool arity(VM& vm, CallArgs args, int n, const char* name) {
  if (!check_no_keywords(vm, args, name)) return false;
  if (args.count == n) return true;
  vm.raise(vm.types.TypeError, std::string("expected ") + std::to_string(n - 1) + " argument" + (n == 2 ? "" : "s") +
                                   ", got " + std::to_string(args.count - 1));
  return false;
}

Value getitem(VM& vm, CallArgs args) {
  if (!arity(vm, args, 2, "__getitem__")) return Value::error();
  return get_item_native(vm, args[0], args[1]);
}
Value setitem(VM& vm, CallArgs args) {
  if (!arity(vm, args, 3, "__setitem__")) return Value::error();
  return set_item_native(vm, args[0], args[1], args[2]) ? Value::none() : Value::error();
}
Value delitem(VM& vm, CallArgs args) {
  if (!arity(vm, args, 2, "__delitem__")) return Value::error();
  return delete_item_native(vm, args[0], args[1]) ? Value::none() : Value::error();
}
Value len(VM& vm, CallArgs args) {
  if (!arity(vm, args, 1, "__len__")) return Value::error();
  int64_t n;
  if (!length_of_native(vm, args[0], n)) return Value::error();
  return Value::from_int(n);
}
Value iter(VM& vm, CallArgs args) {
  if (!arity(vm, args, 1, "__iter__")) return Value::error();
  return get_iterator_native(vm, args[0]);
}
Value repr_method(VM& vm, CallArgs args) {
  if (!arity(vm, args, 1, "__repr__")) return Value::error();
  return repr_native(vm, args[0]);
}
Value contains(VM& vm, CallArgs args) {
  if (!arity(vm, args, 2, "__contains__")) return Value::error();
  // The built-in test: look through the items (or keys) without the subclass's hooks.
  if (args[0].as_object()->type->layout == Layout::Dict) {
    Value v = static_cast<Dict*>(args[0].as_object())->get(vm, args[1]);
    if (v.is_error()) return v;
    return Value::from_bool(!v.is_null());
  }
  const std::vector<Value>& items = args[0].as_object()->type->layout == Layout::List
                                        ? static_cast<List*>(args[0].as_object())->items
                                        : static_cast<Tuple*>(args[0].as_object())->items;
  for (Value item : items) {
    Value eq = values_equal(vm, item, args[1]);
    if (eq.is_error() || eq.is_true()) return eq;
  }
  return Value::from_bool(false);
}

Value object_repr(VM& vm, CallArgs args) {
  if (!arity(vm, args, 1, "__repr__")) return Value::error();
  Type* t = type_of(vm, args[0]);
  char address[32];
  std::snprintf(address, sizeof address, "0x%012llx",
                static_cast<unsigned long long>(args[0].is_object() ? reinterpret_cast<uintptr_t>(args[0].as_object()) : args[0].bits()));
  return Value::from_object(make_str(vm, "<" + t->module + "." + (t->qualname.empty() ? t->name : t->qualname) + " object at " + address + ">"));
}
Value object_str(VM& vm, CallArgs args) {
  if (!arity(vm, args, 1, "__str__")) return Value::error();
  return repr(vm, args[0]);
}
Value object_eq(VM& vm, CallArgs args) {
  if (!arity(vm, args, 2, "__eq__")) return Value::error();
  return args[0] == args[1] ? Value::from_bool(true) : Value::not_implemented();
}
Value object_ne(VM& vm, CallArgs args) {
  if (!arity(vm, args, 2, "__ne__")) return Value::error();
  Value eq = values_equal(vm, args[0], args[1]);
  if (eq.is_error()) return eq;
  return Value::from_bool(!eq.is_true());
}
Value object_hash(VM& vm, CallArgs args) {
  if (!arity(vm, args, 1, "__hash__")) return Value::error();
  uint64_t bits = args[0].bits();
  return Value::from_int(static_cast<int64_t>((bits >> 4) | (bits << 60)) & 0x00007FFFFFFFFFFF);
}
// object.__setattr__ / __delattr__ / __getattribute__: the instance dictionary, without the
// class's own hooks (what frozen dataclasses and proxies call).
Value object_setattr(VM& vm, CallArgs args) {
  if (!arity(vm, args, 3, "__setattr__")) return Value::error();
  if (!args[1].is_object() || args[1].as_object()->type->layout != Layout::Str)
    return vm.raise(vm.types.TypeError, "attribute name must be string, not '" + type_name(vm, args[1]) + "'");
  // Data descriptors (properties, slots) still apply; only the class's own __setattr__ is skipped.
  if (!generic_set_attribute(vm, args[0], vm.intern(static_cast<Str*>(args[1].as_object())->utf8()), args[2])) return Value::error();
  return Value::none();
}
Value object_delattr(VM& vm, CallArgs args) {
  if (!arity(vm, args, 2, "__delattr__")) return Value::error();
  if (!args[1].is_object() || args[1].as_object()->type->layout != Layout::Str)
    return vm.raise(vm.types.TypeError, "attribute name must be string, not '" + type_name(vm, args[1]) + "'");
  if (!generic_delete_attribute(vm, args[0], vm.intern(static_cast<Str*>(args[1].as_object())->utf8()))) return Value::error();
  return Value::none();
}
Value object_getattribute(VM& vm, CallArgs args) {
  if (!arity(vm, args, 2, "__getattribute__")) return Value::error();
  if (!args[1].is_object() || args[1].as_object()->type->layout != Layout::Str)
    return vm.raise(vm.types.TypeError, "attribute name must be string, not '" + type_name(vm, args[1]) + "'");
  Str* name = vm.intern(static_cast<Str*>(args[1].as_object())->utf8());
  // For instances of Python classes: the lookup without the class's own __getattribute__.
  if (args[0].is_object() && args[0].as_object()->type->is_heap_type && args[0].as_object()->type->layout != Layout::Type)
    return generic_get_attribute(vm, args[0], name, nullptr, false);
  return get_attribute(vm, args[0], name);
}

}  // namespace

void install_builtin_dunders(VM& vm) {
  for (Type* t : {vm.types.list, vm.types.dict, vm.types.tuple}) {
    add_method(vm, t, "__getitem__", getitem);
    add_method(vm, t, "__len__", len);
    add_method(vm, t, "__iter__", iter);
    add_method(vm, t, "__repr__", repr_method);
    add_method(vm, t, "__contains__", contains);
    if (t != vm.types.tuple) {
      add_method(vm, t, "__setitem__", setitem);
      add_method(vm, t, "__delitem__", delitem);
    }
  }
  add_method(vm, vm.types.object, "__repr__", object_repr);
  add_method(vm, vm.types.object, "__str__", object_str);
  add_method(vm, vm.types.object, "__eq__", object_eq);
  add_method(vm, vm.types.object, "__ne__", object_ne);
  add_method(vm, vm.types.object, "__hash__", object_hash);
  add_method(vm, vm.types.object, "__setattr__", object_setattr);
  add_method(vm, vm.types.object, "__delattr__", object_delattr);
  add_method(vm, vm.types.object, "__getattribute__", object_getattribute);
}

}  // namespace saessak
