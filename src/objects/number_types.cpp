// Calling `int(...)`, `float(...)` and `bool(...)`.
#include <cmath>

#include "objects/arguments.h"
#include "objects/arguments.h"
#include "objects/builtin_subclass.h"
#include "objects/classes.h"
#include "objects/complex.h"
#include "objects/dunders.h"
#include "objects/int.h"
#include "objects/numbers.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

namespace {

bool is_str(Value v) { return v.is_object() && v.as_object()->type->layout == Layout::Str; }

Value construct_int(VM& vm, CallArgs args) {
  if (!check_keywords(vm, args, "int", {"base"})) return Value::error();
  if (args.count > 2) return vm.raise(vm.types.TypeError, "int() takes at most 2 arguments (" + std::to_string(args.count) + " given)");
  Value keyword_base = keyword_argument(args, "base");
  if (args.count == 0) {
    if (!keyword_base.is_null()) return vm.raise(vm.types.TypeError, "int() missing string argument");
    return Value::from_int(0);
  }
  if (!keyword_base.is_null()) {
    Value both[2] = {args[0], keyword_base};
    return construct_int(vm, CallArgs{both, 2, nullptr});
  }
  Value x = args[0];
  Value base_value = args.count == 2 ? args[1] : Value::null();
  if (!base_value.is_null()) {
    if (!is_str(x)) return vm.raise(vm.types.TypeError, "int() can't convert non-string with explicit base");
    if (!base_value.is_int()) return vm.raise(vm.types.TypeError, "'" + type_name(vm, base_value) + "' object cannot be interpreted as an integer");
    int64_t base = base_value.as_int();
    if (base != 0 && (base < 2 || base > 36)) return vm.raise(vm.types.ValueError, "int() base must be >= 2 and <= 36, or 0");
    std::string text = static_cast<Str*>(x.as_object())->utf8();
    BigIntResult parsed = BigInt::parse(text, static_cast<int>(base));
    if (!parsed.ok()) {
      Value r = repr(vm, x);
      if (r.is_error()) return r;
      return vm.raise(vm.types.ValueError, "invalid literal for int() with base " + std::to_string(base) + ": " +
                                               static_cast<Str*>(r.as_object())->utf8());
    }
    return make_int(vm, std::move(parsed.value));
  }
  if (x.is_int() || is_big_int(x)) return x;
  if (x.is_bool()) return Value::from_int(x.as_bool());
  if (x.is_double()) return make_int_from_double(vm, x.as_double());
  if (is_str(x)) {
    std::string text = static_cast<Str*>(x.as_object())->utf8();
    bool too_big;
    std::optional<int64_t> parsed = parse_int(text, too_big);
    if (!parsed) {
      Value r = repr(vm, x);
      if (r.is_error()) return r;
      return vm.raise(vm.types.ValueError, "invalid literal for int() with base 10: " + static_cast<Str*>(r.as_object())->utf8());
    }
    if (too_big) {
      std::string digits = text;
      size_t count = 0;
      for (char c : digits) count += c >= '0' && c <= '9';
      if (count > kMaxStrDigits)
        return vm.raise(vm.types.ValueError, "Exceeds the limit (4300 digits) for integer string conversion: value has " +
                                                 std::to_string(count) + " digits; use sys.set_int_max_str_digits() to increase the limit");
      BigIntResult big = BigInt::parse(text, 10);
      if (!big.ok()) return vm.raise(vm.types.ValueError, "invalid literal for int() with base 10: " + text);
      return make_int(vm, std::move(big.value));
    }
    return Value::from_int(*parsed);
  }
  if (is_python_object(x)) {
    for (const char* name : {"__int__", "__index__", "__trunc__"}) {
      Value method = lookup_python_dunder(x.as_object()->type, vm.intern(name));
      if (method.is_null()) continue;
      Value r = vm.call(method, CallArgs{&x, 1, nullptr});
      if (r.is_error() || is_integer(r)) return r;
      return vm.raise(vm.types.TypeError, std::string(name) + " returned non-int (type " + type_name(vm, r) + ")");
    }
    // A subclass of int or float that leaves __int__ alone converts its plain value.
    if (is_boxed_number(x) && !is_complex(unboxed(x))) {
      Value plain = unboxed(x);
      return construct_int(vm, CallArgs{&plain, 1, nullptr});
    }
  }
  return vm.raise(vm.types.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '" +
                                          type_name(vm, x) + "'");
}

Value construct_float(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "float")) return Value::error();
  if (args.count > 1) return vm.raise(vm.types.TypeError, "float expected at most 1 argument, got " + std::to_string(args.count));
  if (args.count == 0) return Value::from_double(0.0);
  Value x = args[0];
  if (x.is_double()) return x;
  if (x.is_int()) return Value::from_double(static_cast<double>(x.as_int()));
  if (is_big_int(x)) {
    bool overflow = false;
    double d = big_of(x).to_double(overflow);
    if (overflow) return vm.raise(vm.types.OverflowError, "int too large to convert to float");
    return Value::from_double(d);
  }
  if (x.is_bool()) return Value::from_double(x.as_bool() ? 1.0 : 0.0);
  if (is_str(x)) {
    std::optional<double> parsed = parse_float(static_cast<Str*>(x.as_object())->utf8());
    if (!parsed) {
      Value r = repr(vm, x);
      if (r.is_error()) return r;
      return vm.raise(vm.types.ValueError, "could not convert string to float: " + static_cast<Str*>(r.as_object())->utf8());
    }
    return Value::from_double(*parsed);
  }
  if (is_python_object(x)) {
    Value method = lookup_python_dunder(x.as_object()->type, vm.intern("__float__"));
    bool via_index = method.is_null();  // __index__ may return an int; __float__ must return a float
    if (method.is_null()) method = lookup_python_dunder(x.as_object()->type, vm.intern("__index__"));
    if (!method.is_null()) {
      Value r = vm.call(method, CallArgs{&x, 1, nullptr});
      if (r.is_error() || r.is_double()) return r;
      if (via_index && is_integer(r)) {
        Value one = r;
        return construct_float(vm, CallArgs{&one, 1, nullptr});
      }
      return vm.raise(vm.types.TypeError, type_name(vm, x) + ".__float__ returned non-float (type " + type_name(vm, r) + ")");
    }
    if (is_boxed_number(x) && !is_complex(unboxed(x))) {
      Value plain = unboxed(x);
      return construct_float(vm, CallArgs{&plain, 1, nullptr});
    }
  }
  return vm.raise(vm.types.TypeError, "float() argument must be a string or a real number, not '" + type_name(vm, x) + "'");
}

Value construct_bool(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "bool")) return Value::error();
  if (args.count > 1) return vm.raise(vm.types.TypeError, "bool expected at most 1 argument, got " + std::to_string(args.count));
  if (args.count == 0) return Value::from_bool(false);
  int t = truthiness(vm, args[0]);
  if (t < 0) return Value::error();
  return Value::from_bool(t == 1);
}

}  // namespace

void install_number_types(VM& vm) {
  vm.types.int_->construct = construct_int;
  vm.types.float_->construct = construct_float;
  vm.types.bool_->construct = construct_bool;
}

}  // namespace saessak
