// `complex` as CPython 3.11 has it: construction (numbers, strings, __complex__), arithmetic
// with CPython's algorithms (Smith's division, repeated squaring for small integer powers),
// repr, hash, and the attributes real, imag and conjugate().
#include "objects/complex.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "objects/arguments.h"
#include "objects/builtin_subclass.h"
#include "objects/classes.h"
#include "objects/dunders.h"
#include "objects/format.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/numbers.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

Value make_complex(VM& vm, double real, double imag) {
  return Value::from_object(vm.heap.make<ComplexObject>(vm.types.complex, real, imag));
}

namespace {

struct Parts {
  double real = 0, imag = 0;
};

// An int, bool or float operand as a double; false (nothing pending) for other types,
// false with OverflowError pending for an int beyond a double.
bool real_operand(VM& vm, Value v, double& out, bool& failed) {
  failed = false;
  if (v.is_double()) out = v.as_double();
  else if (v.is_int()) out = static_cast<double>(v.as_int());
  else if (v.is_bool()) out = v.as_bool() ? 1.0 : 0.0;
  else if (is_big_int(v)) {
    bool overflow = false;
    out = big_of(v).to_double(overflow);
    if (overflow) {
      vm.raise(vm.types.OverflowError, "int too large to convert to float");
      failed = true;
      return false;
    }
  } else {
    return false;
  }
  return true;
}

// Either operand of an arithmetic operator as a complex: false when it is not a number.
bool complex_operand(VM& vm, Value v, Parts& out, bool& failed) {
  v = unboxed(v);
  if (is_complex(v)) {
    out = {as_complex(v)->real, as_complex(v)->imag};
    failed = false;
    return true;
  }
  out.imag = 0;
  return real_operand(vm, v, out.real, failed);
}

Parts product(Parts a, Parts b) { return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real}; }

// Smith's algorithm, as CPython's _Py_c_quot: scales by the larger part of the divisor so
// that neither the intermediate products nor the result overflow needlessly.
bool quotient(Parts a, Parts b, Parts& out) {
  double abs_real = std::fabs(b.real), abs_imag = std::fabs(b.imag);
  if (abs_real >= abs_imag) {
    if (abs_real == 0.0) return false;
    double ratio = b.imag / b.real;
    double denominator = b.real + b.imag * ratio;
    out = {(a.real + a.imag * ratio) / denominator, (a.imag - a.real * ratio) / denominator};
  } else if (abs_imag >= abs_real) {
    double ratio = b.real / b.imag;
    double denominator = b.real * ratio + b.imag;
    out = {(a.real * ratio + a.imag) / denominator, (a.imag * ratio - a.real) / denominator};
  } else {
    out = {NAN, NAN};  // a NaN in the divisor
  }
  return true;
}

enum class PowError { None, ZeroToNegative, Overflow };

// x ** n for a small non-negative integer n by repeated squaring (CPython's c_powu).
Parts power_unsigned(Parts x, long n) {
  Parts result{1, 0}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) result = product(result, p);
    mask <<= 1;
    p = product(p, p);
  }
  return result;
}

Parts power(Parts a, Parts b, PowError& error) {
  error = PowError::None;
  Parts r;
  if (b.imag == 0.0 && b.real == std::floor(b.real) && std::fabs(b.real) <= 100.0) {
    long n = static_cast<long>(b.real);
    if (n >= 0) {
      r = power_unsigned(a, n);
    } else {
      Parts denominator = power_unsigned(a, -n);
      if (!quotient({1, 0}, denominator, r)) {
        error = PowError::ZeroToNegative;
        return {0, 0};
      }
    }
  } else if (b.real == 0.0 && b.imag == 0.0) {
    r = {1, 0};
  } else if (a.real == 0.0 && a.imag == 0.0) {
    if (b.imag != 0.0 || b.real < 0.0) error = PowError::ZeroToNegative;
    r = {0, 0};
  } else {
    double magnitude = std::hypot(a.real, a.imag);
    double length = std::pow(magnitude, b.real);
    double angle = std::atan2(a.imag, a.real);
    double phase = angle * b.real;
    if (b.imag != 0.0) {
      length /= std::exp(angle * b.imag);
      phase += b.imag * std::log(magnitude);
    }
    r = {length * std::cos(phase), length * std::sin(phase)};
  }
  if (error == PowError::None && (std::isinf(r.real) || std::isinf(r.imag))) error = PowError::Overflow;
  return r;
}

// repr of one part without the ".0" a float repr adds: complex(1, 2) prints as (1+2j).
std::string part_text(double d) {
  std::string text = float_repr(d);
  if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
  return text;
}

// ---- the constructor ----

bool is_str_value(Value v) { return v.is_object() && v.as_object()->type->layout == Layout::Str; }
bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
bool is_space(uint32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// The length of the float literal at text[pos] (sign, digits, point, exponent, inf, nan);
// 0 when there is none.
size_t float_prefix(const std::string& text, size_t pos) {
  size_t i = pos;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
  auto word = [&](const char* w) {
    size_t n = std::char_traits<char>::length(w);
    if (text.size() - i < n) return false;
    for (size_t k = 0; k < n; ++k)
      if ((text[i + k] | 0x20) != w[k]) return false;
    return true;
  };
  if (word("infinity")) return i + 8 - pos;
  if (word("inf") || word("nan")) return i + 3 - pos;
  size_t digits = 0;
  while (i < text.size() && is_digit(text[i])) ++i, ++digits;
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && is_digit(text[i])) ++i, ++digits;
  }
  if (digits == 0) return 0;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    size_t e = i + 1;
    if (e < text.size() && (text[e] == '+' || text[e] == '-')) ++e;
    if (e < text.size() && is_digit(text[e])) {
      while (e < text.size() && is_digit(text[e])) ++e;
      i = e;
    }
  }
  return i - pos;
}

enum class ParseResult { Ok, Malformed, BadUnderscore };

// complex('1+2j'): the grammar of CPython's complex_from_string_inner.
ParseResult parse_complex(const Str* s, Parts& out) {
  std::string raw;
  for (size_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (c >= 0x80) {
      if (is_space(c) || c == 0x85 || c == 0xA0 || c == 0x3000) c = ' ';
      else return ParseResult::Malformed;
    }
    raw.push_back(static_cast<char>(c));
  }
  // Underscores are allowed only between digits, as in numeric literals.
  std::string text;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '_') {
      if (i == 0 || i + 1 >= raw.size() || !is_digit(raw[i - 1]) || !is_digit(raw[i + 1]))
        return ParseResult::BadUnderscore;
      continue;
    }
    text.push_back(raw[i]);
  }
  size_t pos = 0;
  auto skip_spaces = [&] {
    while (pos < text.size() && is_space(static_cast<unsigned char>(text[pos]))) ++pos;
  };
  auto number_at = [&](size_t n) { return std::strtod(text.substr(pos, n).c_str(), nullptr); };
  auto is_j = [&] { return pos < text.size() && (text[pos] == 'j' || text[pos] == 'J'); };
  skip_spaces();
  bool bracket = pos < text.size() && text[pos] == '(';
  if (bracket) {
    ++pos;
    skip_spaces();
  }
  double x = 0, y = 0;
  size_t n = float_prefix(text, pos);
  if (n) {
    double z = number_at(n);
    pos += n;
    if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
      x = z;
      size_t m = float_prefix(text, pos);
      if (m) {
        y = number_at(m);
        pos += m;
      } else {
        y = text[pos] == '+' ? 1.0 : -1.0;
        ++pos;
      }
      if (!is_j()) return ParseResult::Malformed;
      ++pos;
    } else if (is_j()) {
      ++pos;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
      y = text[pos] == '+' ? 1.0 : -1.0;
      ++pos;
    } else {
      y = 1.0;
    }
    if (!is_j()) return ParseResult::Malformed;
    ++pos;
  }
  skip_spaces();
  if (bracket) {
    if (pos >= text.size() || text[pos] != ')') return ParseResult::Malformed;
    ++pos;
    skip_spaces();
  }
  if (pos != text.size()) return ParseResult::Malformed;
  out = {x, y};
  return ParseResult::Ok;
}

// float(v) for complex()'s arguments: numbers, and objects with __float__ or __index__.
// Returns 1 on success, 0 when v is not a number (nothing pending), -1 with an error pending.
int number_as_double(VM& vm, Value v, double& out) {
  bool failed;
  if (real_operand(vm, v, out, failed)) return 1;
  if (failed) return -1;
  if (!is_python_object(v)) return 0;
  for (const char* name : {"__float__", "__index__"}) {
    Value method = lookup_python_dunder(v.as_object()->type, vm.intern(name));
    if (method.is_null()) continue;
    Value r = vm.call(method, CallArgs{&v, 1, nullptr});
    if (r.is_error()) return -1;
    if (std::string(name) == "__float__" && !unboxed(r).is_double()) {
      vm.raise(vm.types.TypeError, type_name(vm, v) + ".__float__ returned non-float (type " + type_name(vm, r) + ")");
      return -1;
    }
    if (std::string(name) == "__index__" && !is_integer(unboxed(r))) {
      vm.raise(vm.types.TypeError, "__index__ returned non-int (type " + type_name(vm, r) + ")");
      return -1;
    }
    return real_operand(vm, unboxed(r), out, failed) ? 1 : -1;
  }
  // A subclass of int or float that leaves __float__ alone: its plain value.
  if (real_operand(vm, unboxed(v), out, failed)) return 1;
  return failed ? -1 : 0;
}

// Calls v.__complex__() when v's class defines it: 1 with the result, 0 when it has none.
int special_complex(VM& vm, Value v, Parts& out) {
  if (!is_python_object(v)) return 0;
  Value method = lookup_python_dunder(v.as_object()->type, vm.intern("__complex__"));
  if (method.is_null()) return 0;
  Value r = vm.call(method, CallArgs{&v, 1, nullptr});
  if (r.is_error()) return -1;
  Value plain = unboxed(r);
  if (!is_complex(plain)) {
    vm.raise(vm.types.TypeError, "__complex__ returned non-complex (type " + type_name(vm, r) + ")");
    return -1;
  }
  out = {as_complex(plain)->real, as_complex(plain)->imag};
  return 1;
}

Value construct_complex(VM& vm, CallArgs args) {
  if (!check_keywords(vm, args, "complex", {"real", "imag"})) return Value::error();
  if (args.count > 2)
    return vm.raise(vm.types.TypeError, "complex() takes at most 2 arguments (" + std::to_string(args.count) + " given)");
  Value r = args.count > 0 ? args[0] : keyword_argument(args, "real");
  Value i = args.count > 1 ? args[1] : keyword_argument(args, "imag");
  if (args.count > 0 && !keyword_argument(args, "real").is_null())
    return vm.raise(vm.types.TypeError, "argument for complex() given by name ('real') and position (1)");
  if (args.count > 1 && !keyword_argument(args, "imag").is_null())
    return vm.raise(vm.types.TypeError, "argument for complex() given by name ('imag') and position (2)");
  if (r.is_null()) r = Value::from_int(0);
  if (is_str_value(r)) {
    if (!i.is_null()) return vm.raise(vm.types.TypeError, "complex() can't take second arg if first is a string");
    Parts p;
    ParseResult parsed = parse_complex(static_cast<Str*>(r.as_object()), p);
    if (parsed == ParseResult::BadUnderscore) {
      Value text = repr(vm, r);
      if (text.is_error()) return text;
      return vm.raise(vm.types.ValueError, "could not convert string to complex: " + static_cast<Str*>(text.as_object())->utf8());
    }
    if (parsed == ParseResult::Malformed) return vm.raise(vm.types.ValueError, "complex() arg is a malformed string");
    return make_complex(vm, p.real, p.imag);
  }
  if (!i.is_null() && is_str_value(i)) return vm.raise(vm.types.TypeError, "complex() second arg can't be a string");
  Parts cr, ci;
  bool cr_is_complex = false, ci_is_complex = false;
  int special = special_complex(vm, r, cr);
  if (special < 0) return Value::error();
  if (special > 0) {
    cr_is_complex = true;
  } else if (is_complex(unboxed(r))) {
    if (i.is_null() && is_complex(r)) return r;  // complex(z) is z itself
    cr = {as_complex(unboxed(r))->real, as_complex(unboxed(r))->imag};
    cr_is_complex = true;
  } else {
    int ok = number_as_double(vm, r, cr.real);
    if (ok < 0) return Value::error();
    if (ok == 0)
      return vm.raise(vm.types.TypeError,
                      "complex() first argument must be a string or a number, not '" + type_name(vm, r) + "'");
  }
  if (i.is_null()) {
    ci.real = cr.imag;
  } else if (is_complex(unboxed(i))) {
    ci = {as_complex(unboxed(i))->real, as_complex(unboxed(i))->imag};
    ci_is_complex = true;
  } else {
    int ok = number_as_double(vm, i, ci.real);
    if (ok < 0) return Value::error();
    if (ok == 0)
      return vm.raise(vm.types.TypeError, "complex() second argument must be a number, not '" + type_name(vm, i) + "'");
  }
  if (ci_is_complex) cr.real -= ci.imag;
  if (cr_is_complex && !i.is_null()) ci.real += cr.imag;
  return make_complex(vm, cr.real, ci.real);
}

// ---- methods and attributes ----

ComplexObject* self_of(Value v) { return as_complex(unboxed(v)); }

Value complex_real(VM& vm, CallArgs args) { return Value::from_double(self_of(args[0])->real); }
Value complex_imag(VM& vm, CallArgs args) { return Value::from_double(self_of(args[0])->imag); }
Value complex_conjugate(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "conjugate", 1, 1)) return Value::error();
  return make_complex(vm, self_of(args[0])->real, -self_of(args[0])->imag);
}
Value complex_dunder_complex(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "__complex__", 1, 1)) return Value::error();
  Value self = unboxed(args[0]);
  return self;
}
Value complex_getnewargs(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "__getnewargs__", 1, 1)) return Value::error();
  return Value::from_object(make_tuple(vm, {Value::from_double(self_of(args[0])->real), Value::from_double(self_of(args[0])->imag)}));
}
Value complex_repr(VM& vm, Value v) {
  return Value::from_object(make_str(vm, complex_repr_text(self_of(v)->real, self_of(v)->imag)));
}

}  // namespace

std::string complex_repr_text(double real, double imag) {
  // A zero real part with a positive sign is left out: 2j, -0j; otherwise both, in brackets.
  if (real == 0.0 && !std::signbit(real)) return part_text(imag) + "j";
  std::string im = part_text(imag);
  if (im[0] != '-') im.insert(im.begin(), '+');
  return "(" + part_text(real) + im + "j)";
}

int64_t complex_hash(double real, double imag) {
  uint64_t combined = static_cast<uint64_t>(hash_float(real)) + 1000003ull * static_cast<uint64_t>(hash_float(imag));
  int64_t h = static_cast<int64_t>(combined);
  return h == -1 ? -2 : h;
}

Value complex_binary(VM& vm, BinaryOp op, Value a, Value b) {
  switch (op) {
    case BinaryOp::Add: case BinaryOp::Sub: case BinaryOp::Mul: case BinaryOp::TrueDiv: case BinaryOp::Pow: break;
    default: return Value::not_implemented();
  }
  Parts x, y;
  bool failed;
  if (!complex_operand(vm, a, x, failed)) return failed ? Value::error() : Value::not_implemented();
  if (!complex_operand(vm, b, y, failed)) return failed ? Value::error() : Value::not_implemented();
  Parts r;
  switch (op) {
    case BinaryOp::Add: r = {x.real + y.real, x.imag + y.imag}; break;
    case BinaryOp::Sub: r = {x.real - y.real, x.imag - y.imag}; break;
    case BinaryOp::Mul: r = product(x, y); break;
    case BinaryOp::TrueDiv:
      if (!quotient(x, y, r)) return vm.raise(vm.types.ZeroDivisionError, "complex division by zero");
      break;
    default: {
      PowError error;
      r = power(x, y, error);
      if (error == PowError::ZeroToNegative)
        return vm.raise(vm.types.ZeroDivisionError, "0.0 to a negative or complex power");
      if (error == PowError::Overflow) return vm.raise(vm.types.OverflowError, "complex exponentiation");
      break;
    }
  }
  return make_complex(vm, r.real, r.imag);
}

Value complex_equal(VM& vm, Value a, Value b) {
  a = unboxed(a);
  b = unboxed(b);
  if (!is_complex(a)) std::swap(a, b);
  ComplexObject* z = as_complex(a);
  if (is_complex(b)) return Value::from_bool(z->real == as_complex(b)->real && z->imag == as_complex(b)->imag);
  if (!(b.is_int() || b.is_bool() || b.is_double() || is_big_int(b))) return Value::from_bool(false);
  if (z->imag != 0.0) return Value::from_bool(false);
  // The real part against an int compares exactly, as float == int does.
  return values_equal(vm, Value::from_double(z->real), b);
}

bool complex_arg(VM& vm, Value v, double& real, double& imag) {
  Parts p;
  int special = special_complex(vm, v, p);
  if (special < 0) return false;
  if (special == 0 && is_complex(unboxed(v))) {
    p = {as_complex(unboxed(v))->real, as_complex(unboxed(v))->imag};
  } else if (special == 0) {
    int ok = number_as_double(vm, v, p.real);
    if (ok < 0) return false;
    if (ok == 0) {
      vm.raise(vm.types.TypeError, "must be real number, not " + type_name(vm, v));
      return false;
    }
  }
  real = p.real;
  imag = p.imag;
  return true;
}

Value complex_abs(VM& vm, Value v) {
  ComplexObject* z = self_of(v);
  double r = std::hypot(z->real, z->imag);
  if (std::isinf(r) && !std::isinf(z->real) && !std::isinf(z->imag))
    return vm.raise(vm.types.OverflowError, "absolute value too large");
  return Value::from_double(r);
}

void install_complex_type(VM& vm) {
  Type* type = vm.new_type("complex", vm.types.object, Layout::Complex);
  vm.types.complex = type;
  type->construct = construct_complex;
  type->repr = complex_repr;
  add_method(vm, type, "conjugate", complex_conjugate);
  add_method(vm, type, "__complex__", complex_dunder_complex);
  add_method(vm, type, "__getnewargs__", complex_getnewargs);
  auto attribute = [&](const char* name, NativeFn getter) {
    Value fget = Value::from_object(make_native(vm, name, getter));
    Property* p = vm.heap.make<Property>(vm.types.property, fget, Value::none(), Value::none(), Value::none());
    p->name = vm.intern(name);
    type->attributes->set_str(vm.intern(name), Value::from_object(p));
  };
  attribute("real", complex_real);
  attribute("imag", complex_imag);
  vm.builtins()->set_str(vm.intern("complex"), Value::from_object(type));
}

}  // namespace saessak
