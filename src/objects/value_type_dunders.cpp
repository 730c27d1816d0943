// The dunder methods of int, float, complex and str as Python sees them (int.__add__,
// str.__getitem__, float.__repr__, ...), so that a Python subclass can call
// `super().__add__(other)` or `str.__repr__(self)`, and `(5).__add__(3)` works. Each runs the
// built-in behaviour on the plain value (objects/builtin_subclass.h) and, as in CPython, an
// operand of the wrong type gives NotImplemented rather than an error.
#include <cmath>
#include <string>

#include "objects/arguments.h"
#include "objects/builtin_subclass.h"
#include "objects/complex.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

[[nodiscard]] Value number_round(VM& vm, CallArgs args);  // number_methods.cpp
void install_value_type_dunders(VM& vm);

namespace {

enum class Kind { Int, Float, Complex, Str };

Type* type_for(VM& vm, Kind kind) {
  switch (kind) {
    case Kind::Int: return vm.types.int_;
    case Kind::Float: return vm.types.float_;
    case Kind::Complex: return vm.types.complex;
    default: return vm.types.str;
  }
}

bool is_str_value(Value v) { return v.is_object() && v.as_object()->type->layout == Layout::Str; }

// Whether a plain value is of `kind`'s type (bool counts as int).
bool is_kind(Value v, Kind kind) {
  switch (kind) {
    case Kind::Int: return is_integer(v);
    case Kind::Float: return v.is_double();
    case Kind::Complex: return is_complex(v);
    default: return is_str_value(v);
  }
}

// What `kind`'s arithmetic accepts as the other operand.
bool accepts(Value other, Kind kind) {
  switch (kind) {
    case Kind::Int: return is_integer(other);
    case Kind::Float: return is_integer(other) || other.is_double();
    case Kind::Complex: return is_integer(other) || other.is_double() || is_complex(other);
    default: return is_str_value(other);
  }
}

// The receiver as a plain value; false with CPython's descriptor error when it is of another type.
bool receiver(VM& vm, CallArgs args, Kind kind, const std::string& name, int arity, Value& self) {
  if (!check_no_keywords(vm, args, name)) return false;
  if (args.count < 1) {
    vm.raise(vm.types.TypeError, "descriptor '" + name + "' of '" + type_for(vm, kind)->name +
                                     "' object needs an argument");
    return false;
  }
  self = native_self(vm, args[0]);
  if (!is_kind(self, kind)) {
    vm.raise(vm.types.TypeError, "descriptor '" + name + "' requires a '" + type_for(vm, kind)->name +
                                     "' object but received a '" + type_name(vm, args[0]) + "'");
    return false;
  }
  if (args.count != arity) {
    vm.raise(vm.types.TypeError, "expected " + std::to_string(arity - 1) + " argument" + (arity == 2 ? "" : "s") +
                                     ", got " + std::to_string(args.count - 1));
    return false;
  }
  return true;
}

const char* kBinaryDunders[] = {
#define SAESSAK_BINARY_DUNDER(name, symbol, dunder) dunder,
    SAESSAK_BINARY_OPS(SAESSAK_BINARY_DUNDER)
#undef SAESSAK_BINARY_DUNDER
};

// "__add__", or "__radd__" for the reflected form.
std::string dunder_name(BinaryOp op, bool reflected) {
  std::string name = kBinaryDunders[static_cast<int>(op)];
  return reflected ? "__r" + name.substr(2) : name;
}

template <Kind kind, BinaryOp op, bool reflected>
Value binary(VM& vm, CallArgs args) {
  Value self;
  if (!receiver(vm, args, kind, dunder_name(op, reflected), 2, self)) return Value::error();
  Value other = native_self(vm, args[1]);
  bool ok = kind == Kind::Str ? (op == BinaryOp::Mod || (op == BinaryOp::Mul ? is_integer(other) : accepts(other, kind)))
                              : accepts(other, kind);
  if (!ok) return Value::not_implemented();
  return reflected ? binary_op(vm, op, other, self, false) : binary_op(vm, op, self, other, false);
}

template <Kind kind, CompareOp op>
Value comparison(VM& vm, CallArgs args) {
  static const char* kNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  Value self;
  if (!receiver(vm, args, kind, kNames[static_cast<int>(op)], 2, self)) return Value::error();
  Value other = native_self(vm, args[1]);
  if (kind == Kind::Complex && op != CompareOp::Eq && op != CompareOp::Ne) return Value::not_implemented();
  bool numeric = kind != Kind::Str && (is_integer(other) || other.is_double() || is_complex(other));
  if (!numeric && !(kind == Kind::Str && is_str_value(other))) return Value::not_implemented();
  return compare(vm, op, self, other);
}

template <Kind kind, int which>
Value unary(VM& vm, CallArgs args) {
  static const char* kNames[] = {"__neg__", "__pos__", "__abs__", "__invert__", "__bool__", "__repr__",
                                 "__str__", "__hash__", "__int__", "__float__", "__index__", "__len__", "__iter__",
                                 "__trunc__", "__floor__", "__ceil__"};
  Value self;
  if (!receiver(vm, args, kind, kNames[which], 1, self)) return Value::error();
  switch (which) {
    case 0: return negate(vm, self);
    case 1: return positive(vm, self);
    case 2: return vm.call(vm.builtins()->get_str(vm.intern("abs")), CallArgs{&self, 1, nullptr});
    case 3: return invert(vm, self);
    case 4: {
      int t = truthiness(vm, self);
      return t < 0 ? Value::error() : Value::from_bool(t == 1);
    }
    case 5: return repr_native(vm, self);
    case 6: return to_str(vm, self);
    case 7: {
      int64_t h;
      if (!hash_value(vm, self, h)) return Value::error();
      return Value::from_int(h);
    }
    case 8: return vm.types.int_->construct(vm, CallArgs{&self, 1, nullptr});
    case 9: return vm.types.float_->construct(vm, CallArgs{&self, 1, nullptr});
    case 10: return self.is_bool() ? Value::from_int(self.as_bool()) : self;
    case 11: {
      int64_t n;
      if (!length_of_native(vm, self, n)) return Value::error();
      return Value::from_int(n);
    }
    case 12: return get_iterator_native(vm, self);
    default: {
      // __trunc__, __floor__, __ceil__: an int is itself; a float rounds toward the side asked.
      if (kind == Kind::Int) return self.is_bool() ? Value::from_int(self.as_bool()) : self;
      double d = self.as_double();
      double r = which == 13 ? std::trunc(d) : which == 14 ? std::floor(d) : std::ceil(d);
      Value rounded = Value::from_double(r);
      return vm.types.int_->construct(vm, CallArgs{&rounded, 1, nullptr});
    }
  }
}

template <Kind kind>
Value format_method(VM& vm, CallArgs args) {
  Value self;
  if (!receiver(vm, args, kind, "__format__", 2, self)) return Value::error();
  if (!is_str_value(args[1]))
    return vm.raise(vm.types.TypeError, "__format__() argument must be str, not " + type_name(vm, args[1]));
  return format_object(vm, self, static_cast<Str*>(args[1].as_object()));
}

template <Kind kind>
Value round_method(VM& vm, CallArgs args) {
  if (args.count < 1) return vm.raise(vm.types.TypeError, "descriptor '__round__' of '" + type_for(vm, kind)->name + "' object needs an argument");
  Value values[2] = {native_self(vm, args[0]), args.count > 1 ? args[1] : Value::none()};
  if (!is_kind(values[0], kind))
    return vm.raise(vm.types.TypeError, "descriptor '__round__' requires a '" + type_for(vm, kind)->name +
                                            "' object but received a '" + type_name(vm, args[0]) + "'");
  return number_round(vm, CallArgs{values, args.count > 1 ? 2 : 1, nullptr});
}

Value str_getitem(VM& vm, CallArgs args) {
  Value self;
  if (!receiver(vm, args, Kind::Str, "__getitem__", 2, self)) return Value::error();
  return get_item_native(vm, self, args[1]);
}

Value str_contains(VM& vm, CallArgs args) {
  Value self;
  if (!receiver(vm, args, Kind::Str, "__contains__", 2, self)) return Value::error();
  if (!is_str_value(args[1]))
    return vm.raise(vm.types.TypeError, "'in <string>' requires string as left operand, not " + type_name(vm, args[1]));
  return compare(vm, CompareOp::In, args[1], self);
}

template <Kind kind>
void add_arithmetic(VM& vm, Type* type) {
  add_method(vm, type, "__add__", binary<kind, BinaryOp::Add, false>);
  add_method(vm, type, "__radd__", binary<kind, BinaryOp::Add, true>);
  add_method(vm, type, "__sub__", binary<kind, BinaryOp::Sub, false>);
  add_method(vm, type, "__rsub__", binary<kind, BinaryOp::Sub, true>);
  add_method(vm, type, "__mul__", binary<kind, BinaryOp::Mul, false>);
  add_method(vm, type, "__rmul__", binary<kind, BinaryOp::Mul, true>);
  add_method(vm, type, "__truediv__", binary<kind, BinaryOp::TrueDiv, false>);
  add_method(vm, type, "__rtruediv__", binary<kind, BinaryOp::TrueDiv, true>);
  add_method(vm, type, "__pow__", binary<kind, BinaryOp::Pow, false>);
  add_method(vm, type, "__rpow__", binary<kind, BinaryOp::Pow, true>);
  add_method(vm, type, "__neg__", unary<kind, 0>);
  add_method(vm, type, "__pos__", unary<kind, 1>);
  add_method(vm, type, "__abs__", unary<kind, 2>);
  add_method(vm, type, "__bool__", unary<kind, 4>);
  if (kind == Kind::Complex) return;
  add_method(vm, type, "__floordiv__", binary<kind, BinaryOp::FloorDiv, false>);
  add_method(vm, type, "__rfloordiv__", binary<kind, BinaryOp::FloorDiv, true>);
  add_method(vm, type, "__mod__", binary<kind, BinaryOp::Mod, false>);
  add_method(vm, type, "__rmod__", binary<kind, BinaryOp::Mod, true>);
  add_method(vm, type, "__int__", unary<kind, 8>);
  add_method(vm, type, "__float__", unary<kind, 9>);
  add_method(vm, type, "__trunc__", unary<kind, 13>);
  add_method(vm, type, "__floor__", unary<kind, 14>);
  add_method(vm, type, "__ceil__", unary<kind, 15>);
  add_method(vm, type, "__round__", round_method<kind>);
}

template <Kind kind>
void add_common(VM& vm, Type* type) {
  add_method(vm, type, "__eq__", comparison<kind, CompareOp::Eq>);
  add_method(vm, type, "__ne__", comparison<kind, CompareOp::Ne>);
  add_method(vm, type, "__lt__", comparison<kind, CompareOp::Lt>);
  add_method(vm, type, "__le__", comparison<kind, CompareOp::Le>);
  add_method(vm, type, "__gt__", comparison<kind, CompareOp::Gt>);
  add_method(vm, type, "__ge__", comparison<kind, CompareOp::Ge>);
  add_method(vm, type, "__repr__", unary<kind, 5>);
  add_method(vm, type, "__str__", unary<kind, 6>);
  add_method(vm, type, "__hash__", unary<kind, 7>);
  add_method(vm, type, "__format__", format_method<kind>);
}

}  // namespace

void install_value_type_dunders(VM& vm) {
  Type* int_type = vm.types.int_;
  add_common<Kind::Int>(vm, int_type);
  add_arithmetic<Kind::Int>(vm, int_type);
  add_method(vm, int_type, "__invert__", unary<Kind::Int, 3>);
  add_method(vm, int_type, "__index__", unary<Kind::Int, 10>);
  add_method(vm, int_type, "__lshift__", binary<Kind::Int, BinaryOp::LShift, false>);
  add_method(vm, int_type, "__rlshift__", binary<Kind::Int, BinaryOp::LShift, true>);
  add_method(vm, int_type, "__rshift__", binary<Kind::Int, BinaryOp::RShift, false>);
  add_method(vm, int_type, "__rrshift__", binary<Kind::Int, BinaryOp::RShift, true>);
  add_method(vm, int_type, "__and__", binary<Kind::Int, BinaryOp::BitAnd, false>);
  add_method(vm, int_type, "__rand__", binary<Kind::Int, BinaryOp::BitAnd, true>);
  add_method(vm, int_type, "__or__", binary<Kind::Int, BinaryOp::BitOr, false>);
  add_method(vm, int_type, "__ror__", binary<Kind::Int, BinaryOp::BitOr, true>);
  add_method(vm, int_type, "__xor__", binary<Kind::Int, BinaryOp::BitXor, false>);
  add_method(vm, int_type, "__rxor__", binary<Kind::Int, BinaryOp::BitXor, true>);
  add_common<Kind::Float>(vm, vm.types.float_);
  add_arithmetic<Kind::Float>(vm, vm.types.float_);
  add_common<Kind::Complex>(vm, vm.types.complex);
  add_arithmetic<Kind::Complex>(vm, vm.types.complex);
  Type* str_type = vm.types.str;
  add_common<Kind::Str>(vm, str_type);
  add_method(vm, str_type, "__add__", binary<Kind::Str, BinaryOp::Add, false>);
  add_method(vm, str_type, "__mul__", binary<Kind::Str, BinaryOp::Mul, false>);
  add_method(vm, str_type, "__rmul__", binary<Kind::Str, BinaryOp::Mul, true>);
  add_method(vm, str_type, "__mod__", binary<Kind::Str, BinaryOp::Mod, false>);
  add_method(vm, str_type, "__len__", unary<Kind::Str, 11>);
  add_method(vm, str_type, "__iter__", unary<Kind::Str, 12>);
  add_method(vm, str_type, "__getitem__", str_getitem);
  add_method(vm, str_type, "__contains__", str_contains);
}

}  // namespace saessak
