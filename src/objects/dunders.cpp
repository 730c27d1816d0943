#include "objects/dunders.h"

#include "objects/classes.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/getitem_iterator.h"
#include "objects/int.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

namespace {

Value dunder(VM& vm, Value v, const char* name) {
  if (!is_python_object(v)) return Value::null();
  return lookup_python_dunder(v.as_object()->type, vm.intern(name));
}

Value call_method(VM& vm, Value method, std::initializer_list<Value> args) {
  std::vector<Value> values(args);
  return vm.call(method, CallArgs{values.data(), static_cast<int>(values.size()), nullptr});
}

bool is_str(Value v) { return v.is_object() && v.as_object()->type->layout == Layout::Str; }

const char* kReflected[] = {"__gt__", "__ge__", "__eq__", "__ne__", "__lt__", "__le__"};
const char* kCompare[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

}  // namespace

bool python_handles(VM& vm, Value v, const char* dunder) {
  if (!is_python_object(v)) return false;
  Layout l = v.as_object()->type->layout;
  if (l != Layout::List && l != Layout::Dict && l != Layout::Tuple && l != Layout::Str && l != Layout::BoxedNumber) return true;
  return !lookup_python_dunder(v.as_object()->type, vm.intern(dunder)).is_null();
}

Value python_repr(VM& vm, Value v) {
  Value method = dunder(vm, v, "__repr__");
  if (method.is_null()) {
    Type* t = v.as_object()->type;
    if (t->layout == Layout::Type) {
      // A class whose metaclass is written in Python still prints as a class.
      Type* cls = static_cast<Type*>(v.as_object());
      return Value::from_object(make_str(vm, "<class '" + (cls->module == "builtins" ? "" : cls->module + ".") +
                                                 (cls->qualname.empty() ? cls->name : cls->qualname) + "'>"));
    }
    if (t->layout == Layout::Exception) {
      Value args = repr(vm, Value::from_object(static_cast<ExceptionObject*>(v.as_object())->args));
      if (args.is_error()) return args;
      std::string a = static_cast<Str*>(args.as_object())->utf8();
      if (static_cast<ExceptionObject*>(v.as_object())->args->items.size() == 1) a.erase(a.size() - 2, 1);  // (x,) -> (x)
      return Value::from_object(make_str(vm, t->name + a));
    }
    char address[32];
    std::snprintf(address, sizeof address, "0x%012llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(v.as_object())));
    return Value::from_object(make_str(vm, "<" + t->module + "." + (t->qualname.empty() ? t->name : t->qualname) +
                                               " object at " + address + ">"));
  }
  if (!vm.enter_native_recursion()) return Value::error();
  Value r = call_method(vm, method, {v});
  vm.leave_native_recursion();
  if (!r.is_error() && !is_str(r))
    return vm.raise(vm.types.TypeError, "__repr__ returned non-string (type " + type_name(vm, r) + ")");
  return r;
}

Value python_str(VM& vm, Value v) {
  Value method = dunder(vm, v, "__str__");
  if (method.is_null()) {
    if (v.as_object()->type->layout == Layout::Exception)
      return Value::from_object(make_str(vm, exception_message(vm, static_cast<ExceptionObject*>(v.as_object()))));
    return python_repr(vm, v);
  }
  if (!vm.enter_native_recursion()) return Value::error();
  Value r = call_method(vm, method, {v});
  vm.leave_native_recursion();
  if (!r.is_error() && !is_str(r))
    return vm.raise(vm.types.TypeError, "__str__ returned non-string (type " + type_name(vm, r) + ")");
  return r;
}

bool python_hash(VM& vm, Value v, int64_t& out) {
  Value method = dunder(vm, v, "__hash__");
  if (method.is_null()) {
    uint64_t bits = v.bits();
    out = static_cast<int64_t>((bits >> 4) | (bits << 60)) & 0x0FFFFFFFFFFFFFFF;
    return true;
  }
  if (method.is_none()) {
    vm.raise(vm.types.TypeError, "unhashable type: '" + type_name(vm, v) + "'");
    return false;
  }
  Value r = call_method(vm, method, {v});
  if (r.is_error()) return false;
  if (!is_integer(r)) {
    vm.raise(vm.types.TypeError, "__hash__ method should return an integer");
    return false;
  }
  return hash_value(vm, r, out);
}

Value python_compare(VM& vm, CompareOp op, Value a, Value b) {
  int index = static_cast<int>(op);
  Value forward = dunder(vm, a, kCompare[index]);
  Value reflected = dunder(vm, b, kReflected[index]);
  // object.__ne__ inverts __eq__.
  bool invert_forward = false, invert_reflected = false;
  if (op == CompareOp::Ne) {
    if (forward.is_null() && !(forward = dunder(vm, a, "__eq__")).is_null()) invert_forward = true;
    if (reflected.is_null() && !(reflected = dunder(vm, b, "__eq__")).is_null()) invert_reflected = true;
  }
  auto attempt = [&](Value method, Value self, Value other, bool invert) -> Value {
    Value r = call_method(vm, method, {self, other});
    if (r.is_error() || r == Value::not_implemented() || !invert) return r;
    int t = truthiness(vm, r);
    if (t < 0) return Value::error();
    return Value::from_bool(t == 0);
  };
  Type* ta = type_of(vm, a);
  Type* tb = type_of(vm, b);
  bool reflected_first = ta != tb && tb->is_subtype_of(ta) && !reflected.is_null();
  if (reflected_first) {
    Value r = attempt(reflected, b, a, invert_reflected);
    if (!(r == Value::not_implemented())) return r;
  }
  if (!forward.is_null()) {
    Value r = attempt(forward, a, b, invert_forward);
    if (!(r == Value::not_implemented())) return r;
  }
  if (!reflected_first && !reflected.is_null()) {
    Value r = attempt(reflected, b, a, invert_reflected);
    if (!(r == Value::not_implemented())) return r;
  }
  if (op == CompareOp::Eq) return Value::from_bool(a == b);
  if (op == CompareOp::Ne) return Value::from_bool(!(a == b));
  return vm.raise(vm.types.TypeError, std::string("'") + kCompareOpSymbols[index] + "' not supported between instances of '" +
                                          ta->name + "' and '" + tb->name + "'");
}

int python_truthiness(VM& vm, Value v) {
  Value method = dunder(vm, v, "__bool__");
  if (!method.is_null()) {
    Value r = call_method(vm, method, {v});
    if (r.is_error()) return -1;
    if (!r.is_bool()) {
      vm.raise(vm.types.TypeError, "__bool__ should return bool, returned " + type_name(vm, r));
      return -1;
    }
    return r.as_bool();
  }
  if (!dunder(vm, v, "__len__").is_null()) {
    int64_t n;
    if (!python_length(vm, v, n)) return -1;
    return n != 0;
  }
  return 1;
}

Value python_binary(VM& vm, BinaryOp op, Value a, Value b, bool inplace) {
  static const char* kNames[] = {
#define SAESSAK_DUNDER_NAME(name, symbol, dunder) dunder,
      SAESSAK_BINARY_OPS(SAESSAK_DUNDER_NAME)
#undef SAESSAK_DUNDER_NAME
  };
  std::string name = kNames[static_cast<int>(op)];  // "__add__"
  std::string body = name.substr(2);                 // "add__"
  if (inplace) {
    Value method = dunder(vm, a, ("__i" + body).c_str());
    if (!method.is_null()) {
      Value r = call_method(vm, method, {a, b});
      if (!(r == Value::not_implemented())) return r;
    }
  }
  Value forward = dunder(vm, a, name.c_str());
  Type* ta = type_of(vm, a);
  Type* tb = type_of(vm, b);
  Value reflected = ta != tb ? dunder(vm, b, ("__r" + body).c_str()) : Value::null();
  // The right operand's reflected method goes first only when its class is a subclass that
  // overrides it (CPython's method_is_overloaded).
  if (!reflected.is_null() && !forward.is_null() && tb->is_subtype_of(ta) && !(reflected == dunder(vm, a, ("__r" + body).c_str()))) {
    Value r = call_method(vm, reflected, {b, a});
    if (!(r == Value::not_implemented())) return r;
    reflected = Value::null();
  }
  if (!forward.is_null()) {
    Value r = call_method(vm, forward, {a, b});
    if (!(r == Value::not_implemented())) return r;
  }
  if (!reflected.is_null()) {
    Value r = call_method(vm, reflected, {b, a});
    if (!(r == Value::not_implemented())) return r;
  }
  return Value::not_implemented();
}

Value python_named_binary(VM& vm, const char* name, const char* reflected_name, Value a, Value b) {
  Value forward = dunder(vm, a, name);
  Type* ta = type_of(vm, a);
  Type* tb = type_of(vm, b);
  Value reflected = ta != tb ? dunder(vm, b, reflected_name) : Value::null();
  if (!reflected.is_null() && !forward.is_null() && tb->is_subtype_of(ta) && !(reflected == dunder(vm, a, reflected_name))) {
    Value r = call_method(vm, reflected, {b, a});
    if (!(r == Value::not_implemented())) return r;
    reflected = Value::null();
  }
  if (!forward.is_null()) {
    Value r = call_method(vm, forward, {a, b});
    if (!(r == Value::not_implemented())) return r;
  }
  if (!reflected.is_null()) return call_method(vm, reflected, {b, a});
  return Value::not_implemented();
}

Value python_unary(VM& vm, const char* name, const char* symbol, Value v) {
  Value method = dunder(vm, v, name);
  if (method.is_null())
    return vm.raise(vm.types.TypeError, std::string("bad operand type for ") + symbol + ": '" + type_name(vm, v) + "'");
  return call_method(vm, method, {v});
}

bool python_length(VM& vm, Value v, int64_t& out) {
  Value method = dunder(vm, v, "__len__");
  if (method.is_null()) {
    vm.raise(vm.types.TypeError, "object of type '" + type_name(vm, v) + "' has no len()");
    return false;
  }
  Value r = call_method(vm, method, {v});
  if (r.is_error()) return false;
  if (!r.is_int() && !r.is_bool()) {
    vm.raise(vm.types.TypeError, "'" + type_name(vm, r) + "' object cannot be interpreted as an integer");
    return false;
  }
  out = r.is_bool() ? r.as_bool() : r.as_int();
  if (out < 0) {
    vm.raise(vm.types.ValueError, "__len__() should return >= 0");
    return false;
  }
  return true;
}

Value python_contains(VM& vm, Value container, Value item) {
  Value method = dunder(vm, container, "__contains__");
  if (!method.is_null()) {
    Value r = call_method(vm, method, {container, item});
    if (r.is_error()) return r;
    int t = truthiness(vm, r);
    if (t < 0) return Value::error();
    return Value::from_bool(t == 1);
  }
  if (dunder(vm, container, "__iter__").is_null() && dunder(vm, container, "__getitem__").is_null())
    return vm.raise(vm.types.TypeError, "argument of type '" + type_name(vm, container) + "' is not iterable");
  Value it = python_iter(vm, container);
  if (it.is_error()) return it;
  while (true) {
    Value x = iterator_next(vm, it);
    if (x.is_error()) return x;
    if (x.is_null()) return Value::from_bool(false);
    Value eq = values_equal(vm, x, item);
    if (eq.is_error() || eq.is_true()) return eq;
  }
}

Value python_iter(VM& vm, Value v) {
  Value method = dunder(vm, v, "__iter__");
  if (method.is_null() && !dunder(vm, v, "__getitem__").is_null()) return make_getitem_iterator(vm, v);
  // `__iter__ = None` says "not iterable" on purpose.
  if (method.is_null() || method.is_none())
    return vm.raise(vm.types.TypeError, "'" + type_name(vm, v) + "' object is not iterable");
  Value it = call_method(vm, method, {v});
  if (it.is_error()) return it;
  if (!is_iterator_object(vm, it))
    return vm.raise(vm.types.TypeError, "iter() returned non-iterator of type '" + type_name(vm, it) + "'");
  return it;
}

Value python_next(VM& vm, Value iterator) {
  Value method = dunder(vm, iterator, "__next__");
  if (method.is_null()) return vm.raise(vm.types.TypeError, "'" + type_name(vm, iterator) + "' object is not an iterator");
  Value r = call_method(vm, method, {iterator});
  if (r.is_error() && vm.pending_exception()->type->is_subtype_of(vm.types.StopIteration)) {
    vm.clear_pending_exception();
    return Value::null();
  }
  return r;
}

Value python_get_item(VM& vm, Value container, Value key) {
  Value method = dunder(vm, container, "__getitem__");
  if (method.is_null()) return vm.raise(vm.types.TypeError, "'" + type_name(vm, container) + "' object is not subscriptable");
  return call_method(vm, method, {container, key});
}

bool python_set_item(VM& vm, Value container, Value key, Value value) {
  Value method = dunder(vm, container, "__setitem__");
  if (method.is_null()) {
    vm.raise(vm.types.TypeError, "'" + type_name(vm, container) + "' object does not support item assignment");
    return false;
  }
  return !call_method(vm, method, {container, key, value}).is_error();
}

bool python_delete_item(VM& vm, Value container, Value key) {
  Value method = dunder(vm, container, "__delitem__");
  if (method.is_null()) {
    vm.raise(vm.types.TypeError, "'" + type_name(vm, container) + "' object doesn't support item deletion");
    return false;
  }
  return !call_method(vm, method, {container, key}).is_error();
}

}  // namespace saessak
