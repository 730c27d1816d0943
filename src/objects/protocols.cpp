#include "objects/protocols.h"

#include <cmath>

#include "objects/bytes.h"
#include "objects/builtin_subclass.h"
#include "objects/classes.h"
#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/dunders.h"
#include "objects/exception.h"
#include "objects/format.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/number_protocols.h"
#include "objects/numbers.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/special_attributes.h"
#include "objects/str.h"
#include "vm/traceback.h"
#include "vm/vm.h"

namespace saessak {

Type* type_of(VM& vm, Value v) {
  if (v.is_object()) {
    Object* o = v.as_object();
    // One C++ layout serves [].append and a.method; CPython names the second `method`.
    if (o->type->layout == Layout::BoundMethod && vm.types.method &&
        static_cast<BoundMethod*>(o)->function.is_object() &&
        static_cast<BoundMethod*>(o)->function.as_object()->type->layout == Layout::Function)
      return vm.types.method;
    return o->type;
  }
  if (v.is_int()) return vm.types.int_;
  if (v.is_double()) return vm.types.float_;
  if (v.is_bool()) return vm.types.bool_;
  if (v.is_none()) return vm.types.none;
  if (v == Value::not_implemented()) return vm.types.not_implemented;
  return vm.types.ellipsis;
}

const std::string& type_name(VM& vm, Value v) { return type_of(vm, v)->name; }

static Layout layout_of(Value v) { return v.as_object()->type->layout; }
// An instance of a Python subclass of list, dict or tuple keeps the built-in's behaviour.
static bool is_native_layout(Value v) {
  if (!v.is_object()) return false;
  Layout l = v.as_object()->type->layout;
  return l == Layout::List || l == Layout::Dict || l == Layout::Tuple || l == Layout::Str || l == Layout::BoxedNumber;
}
static bool has_layout(Value v, Layout layout) { return v.is_object() && layout_of(v) == layout; }
static Str* as_str(Value v) { return static_cast<Str*>(v.as_object()); }
static List* as_list(Value v) { return static_cast<List*>(v.as_object()); }
static Tuple* as_tuple(Value v) { return static_cast<Tuple*>(v.as_object()); }

static Value text(VM& vm, std::string_view s) { return Value::from_object(make_str(vm, s)); }

// ---- repr and str ----

static Value sequence_repr(VM& vm, const std::vector<Value>& items, const char* open, const char* close,
                           bool one_tuple) {
  if (!vm.enter_native_recursion()) return Value::error();
  std::string out = open;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    Value r = repr(vm, items[i]);
    if (r.is_error()) {
      vm.leave_native_recursion();
      return r;
    }
    out += as_str(r)->utf8();
  }
  if (one_tuple && items.size() == 1) out += ",";
  out += close;
  vm.leave_native_recursion();
  return text(vm, out);
}

static std::string address_of(const void* p) {
  static const char* kHex = "0123456789abcdef";
  uintptr_t bits = reinterpret_cast<uintptr_t>(p);
  std::string digits;
  do {
    digits.insert(digits.begin(), kHex[bits & 15]);
    bits >>= 4;
  } while (bits);
  return "0x" + std::string(digits.size() < 12 ? 12 - digits.size() : 0, '0') + digits;
}

Value repr(VM& vm, Value v) {
  if (python_handles(vm, v, "__repr__")) return python_repr(vm, v);
  return repr_native(vm, v);
}

Value repr_native(VM& vm, Value v) {
  v = unboxed(v);
  if (v.is_int()) return text(vm, int_to_string(v.as_int()));
  if (v.is_double()) return text(vm, float_repr(v.as_double()));
  if (v.is_bool()) return text(vm, v.as_bool() ? "True" : "False");
  if (v.is_none()) return text(vm, "None");
  if (v == Value::not_implemented()) return text(vm, "NotImplemented");
  if (v == Value::ellipsis()) return text(vm, "Ellipsis");
  if (is_big_int(v)) {
    const BigInt& big = big_of(v);
    // CPython 3.11's guard against quadratic-time conversions.
    if (big.bit_length() > 14000) {
      std::string digits = big.to_string();
      size_t n = digits.size() - (big.is_negative() ? 1 : 0);
      if (n > kMaxStrDigits)
        return vm.raise(vm.types.ValueError, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
      return text(vm, digits);
    }
    return text(vm, big.to_string());
  }
  Object* o = v.as_object();
  if (o->type->repr) return o->type->repr(vm, v);
  switch (o->type->layout) {
    case Layout::Str: return text(vm, str_repr_utf8(as_str(v)));
    case Layout::List: {
      // A list that contains itself prints as [...].
      List* list = as_list(v);
      static std::vector<List*> in_progress;
      for (List* l : in_progress)
        if (l == list) return text(vm, "[...]");
      in_progress.push_back(list);
      Value r = sequence_repr(vm, list->items, "[", "]", false);
      in_progress.pop_back();
      return r;
    }
    case Layout::Tuple: return sequence_repr(vm, as_tuple(v)->items, "(", ")", true);
    case Layout::Dict: {
      Dict* dict = static_cast<Dict*>(o);
      if (dict->size() == 0) return text(vm, "{}");
      // A dict that contains itself prints as {...}.
      static std::vector<Dict*> in_progress;
      for (Dict* d : in_progress)
        if (d == dict) return text(vm, "{...}");
      in_progress.push_back(dict);
      struct Pop {
        ~Pop() { in_progress.pop_back(); }
      } pop;
      if (!vm.enter_native_recursion()) return Value::error();
      std::string out = "{";
      bool first = true;
      for (const Dict::Entry& e : dict->entries) {
        if (e.key.is_null()) continue;
        if (!first) out += ", ";
        first = false;
        Value k = repr(vm, e.key);
        if (k.is_error()) { vm.leave_native_recursion(); return k; }
        Value val = repr(vm, e.value);
        if (val.is_error()) { vm.leave_native_recursion(); return val; }
        out += as_str(k)->utf8() + ": " + as_str(val)->utf8();
      }
      vm.leave_native_recursion();
      return text(vm, out + "}");
    }
    case Layout::Set: return set_repr(vm, v);
    case Layout::DictView: {
      Value items = Value::from_object(make_list(vm, dict_view_items(vm, static_cast<DictView*>(o))));
      Value r = repr(vm, items);
      if (r.is_error()) return r;
      return text(vm, o->type->name + "(" + as_str(r)->utf8() + ")");
    }
    case Layout::Type: {
      Type* t = static_cast<Type*>(o);
      if (t->module == "builtins") return text(vm, "<class '" + t->name + "'>");
      return text(vm, "<class '" + t->module + "." + (t->qualname.empty() ? t->name : t->qualname) + "'>");
    }
    case Layout::Super: return text(vm, "<super: <class '" + static_cast<Super*>(o)->start->name + "'>, <" +
                                         static_cast<Super*>(o)->object_type->name + " object>>");
    case Layout::Property: return text(vm, "<property object at " + address_of(o) + ">");
    case Layout::Module: return text(vm, "<module '" + static_cast<Module*>(o)->name->utf8() + "' (built-in)>");
    case Layout::Generator:
      return text(vm, "<" + o->type->name + " object " + static_cast<Generator*>(o)->function->code->qualname->utf8() + " at " +
                          address_of(o) + ">");
    case Layout::Function:
      return text(vm, "<function " + static_cast<Function*>(o)->code->qualname->utf8() + " at " + address_of(o) + ">");
    case Layout::Native: {
      NativeFunction* f = static_cast<NativeFunction*>(o);
      if (f->owner) return text(vm, "<method '" + f->name + "' of '" + f->owner->name + "' objects>");
      return text(vm, "<built-in function " + f->name + ">");
    }
    case Layout::BoundMethod: {
      BoundMethod* m = static_cast<BoundMethod*>(o);
      if (m->function.is_object() && layout_of(m->function) == Layout::Function) {
        Value self_repr = repr(vm, m->self);
        if (self_repr.is_error()) return self_repr;
        return text(vm, "<bound method " + static_cast<Function*>(m->function.as_object())->code->qualname->utf8() + " of " +
                            as_str(self_repr)->utf8() + ">");
      }
      std::string name = m->function.is_object() && layout_of(m->function) == Layout::Native
                             ? static_cast<NativeFunction*>(m->function.as_object())->name
                             : "?";
      return text(vm, "<built-in method " + name + " of " + type_name(vm, m->self) + " object at " +
                          address_of(m->self.is_object() ? m->self.as_object() : nullptr) + ">");
    }
    case Layout::Range: {
      Range* r = static_cast<Range*>(o);
      std::string out = "range(" + int_to_string(r->start) + ", " + int_to_string(r->stop);
      if (r->step != 1) out += ", " + int_to_string(r->step);
      return text(vm, out + ")");
    }
    case Layout::Exception: {
      ExceptionObject* e = static_cast<ExceptionObject*>(o);
      Value args = sequence_repr(vm, e->args->items, "(", ")", false);
      if (args.is_error()) return args;
      return text(vm, e->type->name + as_str(args)->utf8());
    }
    case Layout::Code:
      return text(vm, "<code object " + static_cast<Code*>(o)->name->utf8() + " at " + address_of(o) + ">");
    default: return text(vm, "<" + o->type->name + " object at " + address_of(o) + ">");
  }
}

Value to_str(VM& vm, Value v) {
  if (python_handles(vm, v, "__str__") || (python_handles(vm, v, "__repr__") && !is_native_layout(v))) return python_str(vm, v);
  if (has_layout(v, Layout::Str)) return exact_str(vm, v);  // str.__str__: a subclass's __repr__ is not asked
  if (python_handles(vm, v, "__repr__")) return python_repr(vm, v);
  v = unboxed(v);
  if (has_layout(v, Layout::Exception))
    return text(vm, exception_message(vm, static_cast<ExceptionObject*>(v.as_object())));
  if (v.is_object() && v.as_object()->type->str) return v.as_object()->type->str(vm, v);
  return repr(vm, v);
}

// ---- hashing and equality ----

bool hash_value(VM& vm, Value v, int64_t& out) {
  if (python_handles(vm, v, "__hash__")) return python_hash(vm, v, out);
  v = unboxed(v);
  if (is_big_int(v)) {
    out = big_of(v).hash();
    return true;
  }
  if (v.is_int()) { out = hash_int(v.as_int()); return true; }
  if (v.is_bool()) { out = v.as_bool() ? 1 : 0; return true; }
  if (v.is_double()) { out = hash_float(v.as_double()); return true; }
  if (v.is_object()) {
    Object* o = v.as_object();
    switch (o->type->layout) {
      case Layout::Str: out = as_str(v)->hash(); return true;
      case Layout::Complex: out = complex_hash(as_complex(v)->real, as_complex(v)->imag); return true;
      case Layout::Tuple: {
        // The xxHash-style combination CPython 3.8+ uses for tuples.
        const uint64_t p1 = 11400714785074694791ull, p2 = 14029467366897019727ull, p5 = 2870177450012600261ull;
        uint64_t acc = p5;
        for (Value item : as_tuple(v)->items) {
          int64_t h;
          if (!hash_value(vm, item, h)) return false;
          acc += static_cast<uint64_t>(h) * p2;
          acc = (acc << 31) | (acc >> 33);
          acc *= p1;
        }
        acc += as_tuple(v)->items.size() ^ (p5 ^ 3527539ull);
        int64_t result = static_cast<int64_t>(acc);
        out = result == -1 ? 1546275796 : result;
        return true;
      }
      case Layout::Bytes:
      case Layout::ByteArray:
      case Layout::MemoryView: return bytes_hash(vm, v, out);
      case Layout::Set:
        if (o->type == vm.types.frozenset) {
          out = frozenset_hash(v);
          return true;
        }
        [[fallthrough]];
      case Layout::List:
      case Layout::Dict:
      case Layout::Slice:  // slices became hashable only in 3.12
        vm.raise(vm.types.TypeError, "unhashable type: '" + o->type->name + "'");
        return false;
      default: break;
    }
  }
  // Identity hash, as object.__hash__ (pointer bits rotated, as CPython does).
  uint64_t bits = v.bits();
  out = static_cast<int64_t>((bits >> 4) | (bits << 60)) & 0x0FFFFFFFFFFFFFFF;
  return true;
}

static bool is_number(Value v) { return v.is_int() || v.is_double() || v.is_bool() || is_big_int(v); }
static double as_double(Value v) {
  if (is_big_int(v)) {
    bool overflow = false;
    return big_of(v).to_double(overflow);  // callers that care check int_fits_double first
  }
  return v.is_double() ? v.as_double() : v.is_bool() ? (v.as_bool() ? 1.0 : 0.0) : static_cast<double>(v.as_int());
}
// -1, 0, 1 comparing two numbers exactly (an int never loses digits to a float); 2 for NaN.
static int compare_numbers(Value a, Value b) {
  if (a.is_double() && b.is_double()) {
    double x = a.as_double(), y = b.as_double();
    if (x != x || y != y) return 2;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (a.is_double() || b.is_double()) {
    double d = a.is_double() ? a.as_double() : b.as_double();
    if (d != d) return 2;
    if (std::isinf(d)) return (d > 0) == a.is_double() ? 1 : -1;  // inf beats every int
    Value i = a.is_double() ? b : a;
    int c = compare(to_bigint(i), d);
    return a.is_double() ? -c : c;
  }
  if (!is_big_int(a) && !is_big_int(b)) {
    int64_t x = a.is_bool() ? a.as_bool() : a.as_int(), y = b.is_bool() ? b.as_bool() : b.as_int();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return compare(to_bigint(a), to_bigint(b));
}
static int64_t as_int64(Value v) { return v.is_bool() ? (v.as_bool() ? 1 : 0) : v.as_int(); }

static Value sequences_equal(VM& vm, const std::vector<Value>& a, const std::vector<Value>& b) {
  if (a.size() != b.size()) return Value::from_bool(false);
  for (size_t i = 0; i < a.size(); ++i) {
    Value eq = values_equal(vm, a[i], b[i]);
    if (!eq.is_true()) return eq;
  }
  return Value::from_bool(true);
}

// Fast answers for the commonest operands (two small ints, two floats, two exact strs), asked before
// any dunder lookup; null when the general path must decide.
Value compare_plain(VM& vm, CompareOp op, Value a, Value b) {
  int order;
  if (a.is_int() && b.is_int()) {
    order = a.as_int() < b.as_int() ? -1 : a.as_int() > b.as_int() ? 1 : 0;
  } else if (a.is_double() && b.is_double()) {
    double x = a.as_double(), y = b.as_double();
    if (x != x || y != y) return Value::from_bool(op == CompareOp::Ne);  // NaN: unordered, unequal
    order = x < y ? -1 : x > y ? 1 : 0;
  } else if (a.is_object() && b.is_object() && a.as_object()->type == vm.types.str && b.as_object()->type == vm.types.str) {
    if (op == CompareOp::Eq || op == CompareOp::Ne) return Value::from_bool(as_str(a)->equals(as_str(b)) == (op == CompareOp::Eq));
    order = str_compare(as_str(a), as_str(b));
  } else {
    return Value::null();
  }
  switch (op) {
    case CompareOp::Lt: return Value::from_bool(order < 0);
    case CompareOp::Le: return Value::from_bool(order <= 0);
    case CompareOp::Eq: return Value::from_bool(order == 0);
    case CompareOp::Ne: return Value::from_bool(order != 0);
    case CompareOp::Gt: return Value::from_bool(order > 0);
    case CompareOp::Ge: return Value::from_bool(order >= 0);
    default: return Value::null();
  }
}

Value values_equal(VM& vm, Value a, Value b) {
  Value plain = compare_plain(vm, CompareOp::Eq, a, b);
  if (!plain.is_null()) return plain;
  if (python_handles(vm, a, "__eq__") || python_handles(vm, b, "__eq__")) return python_compare(vm, CompareOp::Eq, a, b);
  a = unboxed(a);
  b = unboxed(b);
  if (is_complex(a) || is_complex(b)) return complex_equal(vm, a, b);
  if (is_number(a) && is_number(b)) return Value::from_bool(compare_numbers(a, b) == 0);
  if (a == b) return Value::from_bool(true);
  if (a.is_object() && b.is_object()) {
    Layout la = layout_of(a), lb = layout_of(b);
    if (la == Layout::Str && lb == Layout::Str) return Value::from_bool(as_str(a)->equals(as_str(b)));
    if (is_bytes_or_bytearray(a) || is_memoryview(a)) return bytes_equal(vm, a, b);
    if (la != lb) return Value::from_bool(false);
    if (la == Layout::Set) return set_compare(vm, CompareOp::Eq, a, b);
    if (la == Layout::BoundMethod) {
      // Two bindings of one function to one object are equal (a.f == a.f), as in CPython.
      BoundMethod* x = static_cast<BoundMethod*>(a.as_object());
      BoundMethod* y = static_cast<BoundMethod*>(b.as_object());
      if (!(x->self == y->self)) return Value::from_bool(false);
      return values_equal(vm, x->function, y->function);
    }
    if (!vm.enter_native_recursion()) return Value::error();
    Value result = Value::from_bool(false);
    if (la == Layout::List) result = sequences_equal(vm, as_list(a)->items, as_list(b)->items);
    else if (la == Layout::Tuple) result = sequences_equal(vm, as_tuple(a)->items, as_tuple(b)->items);
    else if (la == Layout::Range) {
      Range* x = static_cast<Range*>(a.as_object());
      Range* y = static_cast<Range*>(b.as_object());
      int64_t n = x->length();
      result = Value::from_bool(n == y->length() && (n == 0 || (x->start == y->start && (n == 1 || x->step == y->step))));
    } else if (la == Layout::Dict) {
      Dict* x = static_cast<Dict*>(a.as_object());
      Dict* y = static_cast<Dict*>(b.as_object());
      result = Value::from_bool(x->size() == y->size());
      for (const Dict::Entry& e : x->entries) {
        if (e.key.is_null() || !result.is_true()) continue;
        Value other = y->get(vm, e.key);
        if (other.is_error()) { result = other; break; }
        if (other.is_null()) { result = Value::from_bool(false); break; }
        result = values_equal(vm, e.value, other);
      }
    }
    vm.leave_native_recursion();
    return result;
  }
  return Value::from_bool(false);
}

// ---- ordering ----

static Value order_result(CompareOp op, int c) {
  switch (op) {
    case CompareOp::Lt: return Value::from_bool(c < 0);
    case CompareOp::Le: return Value::from_bool(c <= 0);
    case CompareOp::Gt: return Value::from_bool(c > 0);
    case CompareOp::Ge: return Value::from_bool(c >= 0);
    default: return Value::from_bool(false);
  }
}

static Value compare_sequences(VM& vm, CompareOp op, const std::vector<Value>& a, const std::vector<Value>& b) {
  size_t n = std::min(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    Value eq = values_equal(vm, a[i], b[i]);
    if (eq.is_error()) return eq;
    if (!eq.is_true()) return compare(vm, op, a[i], b[i]);
  }
  return order_result(op, a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0);
}

static Value contains(VM& vm, Value container, Value item) {
  if (python_handles(vm, container, "__contains__") || (python_handles(vm, container, "__iter__") && !is_native_layout(container)))
    return python_contains(vm, container, item);
  if (container.is_object()) {
    switch (layout_of(container)) {
      case Layout::Str: {
        if (!has_layout(item, Layout::Str))
          return vm.raise(vm.types.TypeError, "'in <string>' requires string as left operand, not " + type_name(vm, item));
        Str* hay = as_str(container);
        Str* needle = as_str(item);
        if (needle->length == 0) return Value::from_bool(true);
        for (size_t i = 0; i + needle->length <= hay->length; ++i) {
          size_t k = 0;
          while (k < needle->length && hay->at(i + k) == needle->at(k)) ++k;
          if (k == needle->length) return Value::from_bool(true);
        }
        return Value::from_bool(false);
      }
      case Layout::List:
      case Layout::Tuple: {
        const std::vector<Value>& items =
            layout_of(container) == Layout::List ? as_list(container)->items : as_tuple(container)->items;
        for (size_t i = 0; i < items.size(); ++i) {
          Value eq = values_equal(vm, items[i], item);
          if (!eq.is_true() && !eq.is_error()) continue;
          return eq;
        }
        return Value::from_bool(false);
      }
      case Layout::DictView: {
        DictView* view = static_cast<DictView*>(container.as_object());
        if (view->type == vm.types.dict_keys) {
          Value found = view->dict->get(vm, item);
          if (found.is_error()) return found;
          return Value::from_bool(!found.is_null());
        }
        for (Value x : dict_view_items(vm, view)) {
          Value eq = values_equal(vm, x, item);
          if (eq.is_error() || eq.is_true()) return eq;
        }
        return Value::from_bool(false);
      }
      case Layout::Bytes:
      case Layout::ByteArray:
      case Layout::MemoryView: return bytes_contains(vm, container, item);
      case Layout::Set: {
        int found = set_contains(vm, container, item);
        if (found < 0) return Value::error();
        return Value::from_bool(found == 1);
      }
      case Layout::Dict: {
        Value found = static_cast<Dict*>(container.as_object())->get(vm, item);
        if (found.is_error()) return found;
        return Value::from_bool(!found.is_null());
      }
      case Layout::Range: {
        Range* r = static_cast<Range*>(container.as_object());
        if (!item.is_int() && !item.is_bool()) break;
        int64_t x = as_int64(item);
        bool in = r->step > 0 ? (x >= r->start && x < r->stop) : (x <= r->start && x > r->stop);
        return Value::from_bool(in && (x - r->start) % r->step == 0);
      }
      default: break;
    }
  }
  return vm.raise(vm.types.TypeError, "argument of type '" + type_name(vm, container) + "' is not iterable");
}

Value compare(VM& vm, CompareOp op, Value a, Value b) {
  switch (op) {
    case CompareOp::Is: return Value::from_bool(a == b);
    case CompareOp::IsNot: return Value::from_bool(!(a == b));
    case CompareOp::In: return contains(vm, b, a);
    case CompareOp::NotIn: {
      Value r = contains(vm, b, a);
      return r.is_error() ? r : Value::from_bool(!r.is_true());
    }
    case CompareOp::Eq: return values_equal(vm, a, b);
    case CompareOp::Ne: {
      if (python_handles(vm, a, "__ne__") || python_handles(vm, b, "__ne__") || python_handles(vm, a, "__eq__") ||
          python_handles(vm, b, "__eq__"))
        return python_compare(vm, op, a, b);
      Value r = values_equal(vm, a, b);
      return r.is_error() ? r : Value::from_bool(!r.is_true());
    }
    default: break;
  }
  Value plain = compare_plain(vm, op, a, b);
  if (!plain.is_null()) return plain;
  static const char* kOrder[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  static const char* kMirror[] = {"__gt__", "__ge__", "__eq__", "__ne__", "__lt__", "__le__"};
  if (python_handles(vm, a, kOrder[static_cast<int>(op)]) || python_handles(vm, b, kMirror[static_cast<int>(op)]))
    return python_compare(vm, op, a, b);
  if (is_boxed_number(a) || is_boxed_number(b)) return compare(vm, op, unboxed(a), unboxed(b));
  if (is_number(a) && is_number(b)) {
    int c = compare_numbers(a, b);
    if (c == 2) return Value::from_bool(false);  // NaN is unordered
    return order_result(op, c);
  }
  if (is_bytes_or_bytearray(a) && is_bytes_or_bytearray(b)) return bytes_compare(vm, op, a, b);
  if (a.is_object() && b.is_object() && layout_of(a) == layout_of(b)) {
    switch (layout_of(a)) {
      case Layout::Str: return order_result(op, str_compare(as_str(a), as_str(b)));
      case Layout::List: return compare_sequences(vm, op, as_list(a)->items, as_list(b)->items);
      case Layout::Tuple: return compare_sequences(vm, op, as_tuple(a)->items, as_tuple(b)->items);
      case Layout::Set: return set_compare(vm, op, a, b);
      default: break;
    }
  }
  return vm.raise(vm.types.TypeError, std::string("'") + kCompareOpSymbols[static_cast<int>(op)] +
                                          "' not supported between instances of '" + type_name(vm, a) + "' and '" +
                                          type_name(vm, b) + "'");
}

int truthiness(VM& vm, Value v) {
  if (python_handles(vm, v, "__bool__") || (python_handles(vm, v, "__len__") && !is_native_layout(v)))
    return python_truthiness(vm, v);
  if (python_handles(vm, v, "__len__")) return python_truthiness(vm, v);
  v = unboxed(v);
  if (v.is_bool()) return v.as_bool();
  if (v.is_none()) return 0;
  if (v.is_int()) return v.as_int() != 0;
  if (v.is_double()) return v.as_double() != 0;
  if (is_big_int(v)) return 1;
  if (v.is_object()) {
    switch (layout_of(v)) {
      case Layout::Str: return as_str(v)->length != 0;
      case Layout::Complex: return as_complex(v)->real != 0.0 || as_complex(v)->imag != 0.0;
      case Layout::List: return !as_list(v)->items.empty();
      case Layout::Tuple: return !as_tuple(v)->items.empty();
      case Layout::Set: return set_size(v) != 0;
      case Layout::DictView: return static_cast<DictView*>(v.as_object())->dict->size() != 0;
      case Layout::Dict: return static_cast<Dict*>(v.as_object())->size() != 0;
      case Layout::Range: return static_cast<Range*>(v.as_object())->length() != 0;
      case Layout::Bytes:
      case Layout::ByteArray:
      case Layout::MemoryView: {
        int64_t n;
        if (!bytes_length(vm, v, n)) return -1;
        return n != 0;
      }
      default: return 1;
    }
  }
  return 1;
}

// ---- arithmetic ----

static Value repeat_sequence(VM& vm, Value sequence, int64_t times) {
  if (has_layout(sequence, Layout::Str)) return str_repeat(vm, as_str(sequence), times);
  const std::vector<Value>& items =
      layout_of(sequence) == Layout::List ? as_list(sequence)->items : as_tuple(sequence)->items;
  if (times <= 0 || items.empty()) {
    return layout_of(sequence) == Layout::List ? Value::from_object(make_list(vm)) : Value::from_object(make_tuple(vm));
  }
  if (static_cast<uint64_t>(times) > static_cast<uint64_t>(kMaxSequenceLength) / items.size())
    return vm.raise_memory_error();
  std::vector<Value> out;
  out.reserve(items.size() * times);
  for (int64_t i = 0; i < times; ++i) out.insert(out.end(), items.begin(), items.end());
  vm.heap.note_allocation(out.size() * sizeof(Value));
  if (layout_of(sequence) == Layout::List) return Value::from_object(make_list(vm, std::move(out)));
  return Value::from_object(make_tuple(vm, std::move(out)));
}

static bool is_sequence(Value v) {
  return v.is_object() && (layout_of(v) == Layout::Str || layout_of(v) == Layout::List || layout_of(v) == Layout::Tuple);
}

Value binary_op(VM& vm, BinaryOp op, Value a, Value b, bool inplace) {
  if (is_python_object(a) || is_python_object(b)) {
    Value r = python_binary(vm, op, a, b, inplace);
    if (!(r == Value::not_implemented())) return r;
    if (is_python_object(a) && !is_native_layout(a)) goto unsupported_python;
    // `'%s' % money` formats the object itself (its __repr__/__str__), not its plain value.
    if ((is_boxed_number(a) || is_boxed_number(b)) && !(op == BinaryOp::Mod && has_layout(a, Layout::Str))) {
      // The class left the operator to its built-in base: the plain values answer, so the
      // result is a plain int/float/complex, as in CPython. Errors still name the subclass.
      Value r = binary_op(vm, op, unboxed(a), unboxed(b), inplace);
      if (!r.is_error() || vm.pending_exception()->type != vm.types.TypeError) return r;
      vm.clear_pending_exception();
      goto unsupported;
    }
  }
  if (is_complex(a) || is_complex(b)) {
    Value r = complex_binary(vm, op, a, b);
    if (!(r == Value::not_implemented())) return r;
  }
  if (is_number(a) && is_number(b)) {
    if (a.is_double() || b.is_double()) {
      if (op >= BinaryOp::MatMul) goto unsupported;
      for (Value x : {a, b}) {
        bool overflow = false;
        if (is_big_int(x)) big_of(x).to_double(overflow);
        if (overflow) return vm.raise(vm.types.OverflowError, "int too large to convert to float");
      }
      return float_binary(vm, op, as_double(a), as_double(b));
    }
    Value r = int_binary_values(vm, op, a, b);
    if (r == Value::not_implemented()) goto unsupported;
    // bool & bool stays a bool.
    if (r.is_error()) return r;
    if (a.is_bool() && b.is_bool() && (op == BinaryOp::BitAnd || op == BinaryOp::BitOr || op == BinaryOp::BitXor))
      return Value::from_bool(r.as_int() != 0);
    return r;
  }
  if (is_bytes_or_bytearray(a) || is_bytes_or_bytearray(b)) {
    Value r = bytes_binary_op(vm, op, a, b, inplace);
    if (!(r == Value::not_implemented())) return r;
  }
  if (is_set(a) && is_set(b)) {
    Value r = set_binary(vm, op, a, b, inplace);
    if (!(r == Value::not_implemented())) return r;
  }
  if (op == BinaryOp::Add && a.is_object() && b.is_object()) {
    Layout la = layout_of(a);
    if (la == Layout::Str && layout_of(b) == Layout::Str) return Value::from_object(str_concat(vm, as_str(a), as_str(b)));
    if (la == Layout::List && layout_of(b) == Layout::List) {
      if (inplace) {
        std::vector<Value> extra = as_list(b)->items;
        as_list(a)->items.insert(as_list(a)->items.end(), extra.begin(), extra.end());
        return a;
      }
      std::vector<Value> items = as_list(a)->items;
      items.insert(items.end(), as_list(b)->items.begin(), as_list(b)->items.end());
      return Value::from_object(make_list(vm, std::move(items)));
    }
    if (la == Layout::Tuple && layout_of(b) == Layout::Tuple) {
      std::vector<Value> items = as_tuple(a)->items;
      items.insert(items.end(), as_tuple(b)->items.begin(), as_tuple(b)->items.end());
      return Value::from_object(make_tuple(vm, std::move(items)));
    }
  }
  if (op == BinaryOp::Mod && has_layout(a, Layout::Str)) return str_percent_format(vm, a, b);
  if (op == BinaryOp::Mul) {
    if ((is_sequence(a) && is_big_int(b)) || (is_sequence(b) && is_big_int(a))) {
      if (to_bigint(is_big_int(b) ? b : a).is_negative()) return repeat_sequence(vm, is_sequence(a) ? a : b, 0);
      return vm.raise(vm.types.OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    if (is_sequence(a) && (b.is_int() || b.is_bool())) return repeat_sequence(vm, a, as_int64(b));
    if (is_sequence(b) && (a.is_int() || a.is_bool())) return repeat_sequence(vm, b, as_int64(a));
    if ((is_sequence(a) || is_sequence(b)) && is_python_object(is_sequence(a) ? b : a)) {
      // `'ab' * n` where n has __index__.
      Value count = index_value(vm, is_sequence(a) ? b : a);
      if (count.is_error()) return count;
      if (!count.is_null()) return is_sequence(a) ? binary_op(vm, op, a, count, inplace) : binary_op(vm, op, count, b, inplace);
    }
    if (is_sequence(a) || is_sequence(b)) {
      Value other = is_sequence(a) ? b : a;
      return vm.raise(vm.types.TypeError, "can't multiply sequence by non-int of type '" + type_name(vm, other) + "'");
    }
  }
  if (op == BinaryOp::Add && has_layout(a, Layout::Str))
    return vm.raise(vm.types.TypeError, "can only concatenate str (not \"" + type_name(vm, b) + "\") to str");
  if (op == BinaryOp::Add && has_layout(a, Layout::List))
    return vm.raise(vm.types.TypeError, "can only concatenate list (not \"" + type_name(vm, b) + "\") to list");
  if (op == BinaryOp::Add && has_layout(a, Layout::Tuple))
    return vm.raise(vm.types.TypeError, "can only concatenate tuple (not \"" + type_name(vm, b) + "\") to tuple");
unsupported:
unsupported_python:
  std::string symbol = kBinaryOpSymbols[static_cast<int>(op)];
  if (op == BinaryOp::Pow && !inplace)
    return vm.raise(vm.types.TypeError, "unsupported operand type(s) for ** or pow(): '" + type_name(vm, a) +
                                            "' and '" + type_name(vm, b) + "'");
  return vm.raise(vm.types.TypeError, "unsupported operand type(s) for " + symbol + (inplace ? "=" : "") + ": '" +
                                          type_name(vm, a) + "' and '" + type_name(vm, b) + "'");
}

Value negate(VM& vm, Value v) {
  if (python_handles(vm, v, "__neg__")) return python_unary(vm, "__neg__", "unary -", v);
  if (v.is_int() || v.is_bool()) return make_int(vm, -as_int64(v));
  if (v.is_double()) return Value::from_double(-v.as_double());
  if (is_big_int(v)) return make_int(vm, big_of(v).negated());
  if (is_complex(v)) return make_complex(vm, -as_complex(v)->real, -as_complex(v)->imag);
  if (is_boxed_number(v)) return negate(vm, unboxed(v));
  return vm.raise(vm.types.TypeError, "bad operand type for unary -: '" + type_name(vm, v) + "'");
}

Value positive(VM& vm, Value v) {
  if (python_handles(vm, v, "__pos__")) return python_unary(vm, "__pos__", "unary +", v);
  if (v.is_int() || v.is_double() || is_big_int(v) || is_complex(v)) return v;
  if (v.is_bool()) return Value::from_int(as_int64(v));
  if (is_boxed_number(v)) return positive(vm, unboxed(v));
  return vm.raise(vm.types.TypeError, "bad operand type for unary +: '" + type_name(vm, v) + "'");
}

Value invert(VM& vm, Value v) {
  if (python_handles(vm, v, "__invert__")) return python_unary(vm, "__invert__", "unary ~", v);
  if (v.is_int() || v.is_bool()) return Value::from_int(~as_int64(v));
  if (is_big_int(v)) return make_int(vm, bit_invert(big_of(v)));
  if (is_boxed_number(v) && !is_complex(unboxed(v)) && !unboxed(v).is_double()) return invert(vm, unboxed(v));
  return vm.raise(vm.types.TypeError, "bad operand type for unary ~: '" + type_name(vm, v) + "'");
}

// ---- attributes ----

static Value lookup_in_type(Type* type, Str* name) {
  for (Type* t = type; t; t = t->base) {
    if (!t->attributes) continue;
    Value v = t->attributes->get_str(name);
    if (!v.is_null()) return v;
  }
  return Value::null();
}

static Value no_attribute(VM& vm, Value object, Str* name) {
  if (has_layout(object, Layout::Type))
    return vm.raise(vm.types.AttributeError, "type object '" + static_cast<Type*>(object.as_object())->name +
                                                 "' has no attribute '" + name->utf8() + "'");
  return vm.raise(vm.types.AttributeError, "'" + type_name(vm, object) + "' object has no attribute '" + name->utf8() + "'");
}

Value get_method(VM& vm, Value object, Str* name, Value& self_out) {
  self_out = Value::null();
  if (name->length > 4 && name->at(0) == '_' && !has_getattribute_hook(vm, object)) {
    Value special = special_attribute(vm, object, name);
    if (!special.is_null()) return special;
  }
  if (has_layout(object, Layout::Function)) {
    Function* f = static_cast<Function*>(object.as_object());
    Value v = f->dict ? f->dict->get_str(name) : Value::null();
    if (!v.is_null()) return v;
  }
  if (has_layout(object, Layout::Exception)) {
    ExceptionObject* e = static_cast<ExceptionObject*>(object.as_object());
    std::string attr = name->utf8();
    if (attr == "args") return Value::from_object(e->args);
    if (attr == "__cause__") return e->cause ? Value::from_object(e->cause) : Value::none();
    if (attr == "__context__") return e->context ? Value::from_object(e->context) : Value::none();
    if (attr == "__suppress_context__") return Value::from_bool(e->suppress_context);
    if (attr == "value" && e->type->is_subtype_of(vm.types.StopIteration))
      return e->args->items.empty() ? Value::none() : e->args->items[0];
  }
  if (object.is_object()) {
    Object* o = object.as_object();
    if (o->type->layout == Layout::Type) return type_get_attribute(vm, static_cast<Type*>(o), name);
    if (o->type->is_heap_type || o->type->layout == Layout::Instance) return instance_get_attribute(vm, object, name, &self_out);
    if (o->type->layout == Layout::Super) return super_get_attribute(vm, static_cast<Super*>(o), name, &self_out);
    if (o->type->layout == Layout::Module) {
      Module* m = static_cast<Module*>(o);
      Value v = m->dict->get_str(name);
      if (!v.is_null()) return v;
      ExceptionObject* e = make_exception(vm, vm.types.AttributeError,
                                          "module '" + m->name->utf8() + "' has no attribute '" + name->utf8() + "'");
      std::vector<std::string> candidates;
      for (const Dict::Entry& en : m->dict->entries)
        if (!en.key.is_null()) candidates.push_back(static_cast<Str*>(en.key.as_object())->utf8());
      e->suggestion = closest_name(name->utf8(), candidates);
      return vm.raise_object(e);
    }
  }

  Type* type = type_of(vm, object);
  if (has_layout(object, Layout::Type)) {
    Value v = lookup_in_type(static_cast<Type*>(object.as_object()), name);
    if (!v.is_null()) return v;
    return no_attribute(vm, object, name);
  }
  Value v = lookup_in_type(type, name);
  if (v.is_null()) return no_attribute(vm, object, name);
  if (has_layout(v, Layout::Property)) {  // attributes of built-in types: int.real, float.imag, ...
    Property* p = static_cast<Property*>(v.as_object());
    return vm.call(p->fget, CallArgs{&object, 1, nullptr});
  }
  if (has_layout(v, Layout::ClassMethod)) {  // float.fromhex called on a float
    self_out = Value::from_object(type);
    return static_cast<MethodWrapper*>(v.as_object())->function;
  }
  if (has_layout(v, Layout::Native) && static_cast<NativeFunction*>(v.as_object())->owner) self_out = object;
  return v;
}

Value get_attribute(VM& vm, Value object, Str* name) {
  Value self;
  Value v = get_method(vm, object, name, self);
  if (v.is_error() || self.is_null()) return v;
  return Value::from_object(vm.heap.make<BoundMethod>(vm.types.bound_method, self, v));
}

// ---- iteration ----

Value get_iterator(VM& vm, Value iterable) {
  if (python_handles(vm, iterable, "__iter__")) return python_iter(vm, iterable);
  return get_iterator_native(vm, iterable);
}

Value get_iterator_native(VM& vm, Value iterable) {
  if (iterable.is_object()) {
    switch (layout_of(iterable)) {
      case Layout::Range: {
        Range* r = static_cast<Range*>(iterable.as_object());
        return Value::from_object(vm.heap.make<RangeIterator>(vm.types.range_iterator, r->start, r->step, r->length()));
      }
      case Layout::List:
        return Value::from_object(vm.heap.make<SequenceIterator>(vm.types.list_iterator, iterable));
      case Layout::Tuple:
        return Value::from_object(vm.heap.make<SequenceIterator>(vm.types.list_iterator, iterable));
      case Layout::Str:
        return Value::from_object(vm.heap.make<SequenceIterator>(vm.types.str_iterator, iterable));
      case Layout::Bytes:
      case Layout::ByteArray:
      case Layout::MemoryView: return bytes_iterator(vm, iterable);
      case Layout::Set: {
        Value snapshot = Value::from_object(make_tuple(vm, set_items(iterable)));
        return Value::from_object(vm.heap.make<SequenceIterator>(vm.types.list_iterator, snapshot));
      }
      case Layout::Dict: {
        std::vector<Value> keys;
        for (const Dict::Entry& e : static_cast<Dict*>(iterable.as_object())->entries)
          if (!e.key.is_null()) keys.push_back(e.key);
        Value snapshot = Value::from_object(make_tuple(vm, std::move(keys)));
        return Value::from_object(vm.heap.make<SequenceIterator>(vm.types.list_iterator, snapshot));
      }
      case Layout::DictView: {
        Value snapshot = Value::from_object(make_tuple(vm, dict_view_items(vm, static_cast<DictView*>(iterable.as_object()))));
        return Value::from_object(vm.heap.make<SequenceIterator>(vm.types.list_iterator, snapshot));
      }
      case Layout::Generator:
        if (iterable.as_object()->type == vm.types.coroutine) break;  // coroutines are awaited, not iterated
        return iterable;
      case Layout::RangeIterator:
      case Layout::ListIterator:
      case Layout::NativeIterator:
      case Layout::StrIterator: return iterable;
      default: break;
    }
  }
  return vm.raise(vm.types.TypeError, "'" + type_name(vm, iterable) + "' object is not iterable");
}

Value iterator_next(VM& vm, Value iterator) {
  if (python_handles(vm, iterator, "__next__")) return python_next(vm, iterator);
  Object* o = iterator.as_object();
  if (o->type->layout == Layout::NativeIterator) return static_cast<NativeIterator*>(o)->next(vm);
  if (o->type->layout == Layout::Generator) {
    Value v = vm.generator_next_nested(static_cast<Generator*>(o), Value::none());
    if (v.is_null()) vm.take_last_return_value();
    return v;
  }
  if (o->type->layout == Layout::RangeIterator) {
    RangeIterator* it = static_cast<RangeIterator*>(o);
    if (it->remaining <= 0) return Value::null();
    --it->remaining;
    int64_t v = it->next;
    it->next += it->step;
    return Value::from_int(v);
  }
  SequenceIterator* it = static_cast<SequenceIterator*>(o);
  Value seq = it->sequence;
  switch (layout_of(seq)) {
    case Layout::List:
      if (it->index >= as_list(seq)->items.size()) return Value::null();
      return as_list(seq)->items[it->index++];
    case Layout::Tuple:
      if (it->index >= as_tuple(seq)->items.size()) return Value::null();
      return as_tuple(seq)->items[it->index++];
    case Layout::Str: {
      Str* s = as_str(seq);
      if (it->index >= s->length) return Value::null();
      uint32_t c = s->at(it->index++);
      return Value::from_object(make_str_from_code_points(vm, &c, 1));
    }
    default: return Value::null();
  }
}

// ---- subscripts ----

bool index_of(VM& vm, Value v, int64_t& out, const char* what) {
  if (!is_integer(v)) {
    Value index = index_value(vm, v);  // __index__, or an int subclass's plain value
    if (index.is_error()) return false;
    if (!index.is_null()) v = index;
  }
  if (v.is_int() || v.is_bool()) {
    out = as_int64(v);
    return true;
  }
  if (is_big_int(v)) {
    vm.raise(vm.types.IndexError, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  vm.raise(vm.types.TypeError, std::string(what) + " indices must be integers or slices, not " + type_name(vm, v));
  return false;
}

bool length_of(VM& vm, Value v, int64_t& out) {
  if (python_handles(vm, v, "__len__")) return python_length(vm, v, out);
  return length_of_native(vm, v, out);
}

bool length_of_native(VM& vm, Value v, int64_t& out) {
  if (v.is_object()) {
    switch (layout_of(v)) {
      case Layout::Str: out = static_cast<int64_t>(as_str(v)->length); return true;
      case Layout::List: out = static_cast<int64_t>(as_list(v)->items.size()); return true;
      case Layout::Tuple: out = static_cast<int64_t>(as_tuple(v)->items.size()); return true;
      case Layout::Set: out = static_cast<int64_t>(set_size(v)); return true;
      case Layout::DictView: out = static_cast<int64_t>(static_cast<DictView*>(v.as_object())->dict->size()); return true;
      case Layout::Dict: out = static_cast<int64_t>(static_cast<Dict*>(v.as_object())->size()); return true;
      case Layout::Range: out = static_cast<Range*>(v.as_object())->length(); return true;
      case Layout::Bytes:
      case Layout::ByteArray:
      case Layout::MemoryView: return bytes_length(vm, v, out);
      default: break;
    }
  }
  vm.raise(vm.types.TypeError, "object of type '" + type_name(vm, v) + "' has no len()");
  return false;
}

struct SliceBounds {
  int64_t start, stop, step, count;
};

// Resolves a slice object against a length, as slice.indices() does.
static bool resolve_slice(VM& vm, Value slice, int64_t length, SliceBounds& out) {
  Slice* parts = static_cast<Slice*>(slice.as_object());
  int64_t step = 1;
  if (!parts->step.is_none()) {
    if (!index_of(vm, parts->step, step, "slice")) return false;
    if (step == 0) {
      vm.raise(vm.types.ValueError, "slice step cannot be zero");
      return false;
    }
  }
  auto bound = [&](Value v, int64_t fallback, int64_t& result) {
    if (v.is_none()) {
      result = fallback;
      return true;
    }
    if (!v.is_int() && !v.is_bool()) {
      Value index = index_value(vm, v);
      if (index.is_error()) return false;
      if (!index.is_null()) v = index;
    }
    if (!v.is_int() && !v.is_bool()) {
      vm.raise(vm.types.TypeError, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    int64_t x = as_int64(v);
    if (x < 0) {
      x += length;
      if (x < 0) x = step < 0 ? -1 : 0;
    } else if (x >= length) {
      x = step < 0 ? length - 1 : length;
    }
    result = x;
    return true;
  };
  if (!bound(parts->start, step < 0 ? length - 1 : 0, out.start)) return false;
  if (!bound(parts->stop, step < 0 ? -1 : length, out.stop)) return false;
  out.step = step;
  if (step > 0) out.count = out.start < out.stop ? (out.stop - out.start - 1) / step + 1 : 0;
  else out.count = out.start > out.stop ? (out.start - out.stop - 1) / (-step) + 1 : 0;
  return true;
}

static std::vector<Value> slice_items(const std::vector<Value>& items, const SliceBounds& b) {
  std::vector<Value> out;
  out.reserve(b.count);
  for (int64_t i = 0, k = b.start; i < b.count; ++i, k += b.step) out.push_back(items[k]);
  return out;
}

Value get_item(VM& vm, Value container, Value key) {
  if (python_handles(vm, container, "__getitem__")) return python_get_item(vm, container, key);
  return get_item_native(vm, container, key);
}

Value get_item_native(VM& vm, Value container, Value key) {
  if (container.is_object()) {
    Layout layout = layout_of(container);
    bool is_slice = has_layout(key, Layout::Slice);
    switch (layout) {
      case Layout::List:
      case Layout::Tuple: {
        const std::vector<Value>& items = layout == Layout::List ? as_list(container)->items : as_tuple(container)->items;
        const char* what = layout == Layout::List ? "list" : "tuple";
        if (is_slice) {
          SliceBounds b;
          if (!resolve_slice(vm, key, static_cast<int64_t>(items.size()), b))
            return Value::error();
          std::vector<Value> out = slice_items(items, b);
          if (layout == Layout::List) return Value::from_object(make_list(vm, std::move(out)));
          return Value::from_object(make_tuple(vm, std::move(out)));
        }
        int64_t i;
        if (!index_of(vm, key, i, what)) return Value::error();
        if (i < 0) i += static_cast<int64_t>(items.size());
        if (i < 0 || i >= static_cast<int64_t>(items.size()))
          return vm.raise(vm.types.IndexError, std::string(what) + " index out of range");
        return items[i];
      }
      case Layout::Str: {
        Str* s = as_str(container);
        if (is_slice) {
          SliceBounds b;
          if (!resolve_slice(vm, key, static_cast<int64_t>(s->length), b)) return Value::error();
          return Value::from_object(str_slice(vm, s, b.start, b.start + b.count * b.step, b.step));
        }
        int64_t i;
        Value index = is_integer(key) ? key : index_value(vm, key);
        if (index.is_error()) return index;
        // 3.11's wording for str differs from list's and tuple's.
        if (index.is_null()) return vm.raise(vm.types.TypeError, "string indices must be integers, not '" + type_name(vm, key) + "'");
        if (!index_of(vm, index, i, "string")) return Value::error();
        if (i < 0) i += static_cast<int64_t>(s->length);
        if (i < 0 || i >= static_cast<int64_t>(s->length)) return vm.raise(vm.types.IndexError, "string index out of range");
        uint32_t c = s->at(i);
        return Value::from_object(make_str_from_code_points(vm, &c, 1));
      }
      case Layout::Bytes:
      case Layout::ByteArray:
      case Layout::MemoryView: return bytes_get_item(vm, container, key);
      case Layout::Dict: {
        Value v = static_cast<Dict*>(container.as_object())->get(vm, key);
        if (v.is_error()) return v;
        if (v.is_null()) {
          // A dict subclass may answer missing keys itself.
          if (container.as_object()->type->is_heap_type) {
            Value missing = lookup_python_dunder(container.as_object()->type, vm.intern("__missing__"));
            if (!missing.is_null()) {
              Value args[2] = {container, key};
              return vm.call(missing, CallArgs{args, 2, nullptr});
            }
          }
          ExceptionObject* e = vm.heap.make<ExceptionObject>(vm.types.KeyError, make_tuple(vm, {key}));
          return vm.raise_object(e);
        }
        return v;
      }
      case Layout::Range: {
        Range* r = static_cast<Range*>(container.as_object());
        int64_t i;
        if (is_slice) {
          SliceBounds b;
          if (!resolve_slice(vm, key, r->length(), b)) return Value::error();
          int64_t start = r->start + b.start * r->step;
          int64_t step = r->step * b.step;
          return Value::from_object(vm.heap.make<Range>(vm.types.range, start, start + b.count * step, step));
        }
        if (!index_of(vm, key, i, "range")) return Value::error();
        int64_t n = r->length();
        if (i < 0) i += n;
        if (i < 0 || i >= n) return vm.raise(vm.types.IndexError, "range object index out of range");
        return Value::from_int(r->start + i * r->step);
      }
      case Layout::Type: {
        // Cls[item]: __class_getitem__ of a class written in Python; list[int] and friends
        // make a generic alias that prints as written.
        Type* cls = static_cast<Type*>(container.as_object());
        Value hook = lookup_in_mro(cls, vm.intern("__class_getitem__"));
        if (hook.is_object() && hook.as_object()->type->layout == Layout::ClassMethod) {
          Value args[2] = {container, key};
          return vm.call(static_cast<MethodWrapper*>(hook.as_object())->function, CallArgs{args, 2, nullptr});
        }
        static const char* kGeneric[] = {"list", "dict", "tuple", "set", "frozenset", "type"};
        bool generic = false;
        for (const char* g : kGeneric) generic = generic || (!cls->is_heap_type && cls->name == g);
        if (!generic) break;
        std::string text = cls->name + "[";
        std::vector<Value> items = has_layout(key, Layout::Tuple) ? as_tuple(key)->items : std::vector<Value>{key};
        for (size_t i = 0; i < items.size(); ++i) {
          if (i) text += ", ";
          if (items[i] == Value::ellipsis()) {
            text += "...";  // tuple[int, ...]
          } else if (has_layout(items[i], Layout::Type) && !static_cast<Type*>(items[i].as_object())->is_heap_type) {
            text += static_cast<Type*>(items[i].as_object())->name;
          } else {
            Value r = repr(vm, items[i]);
            if (r.is_error()) return r;
            text += as_str(r)->utf8();
          }
        }
        return vm.generic_alias(cls, key, text + "]");
      }
      default: break;
    }
  }
  if (has_layout(container, Layout::Type))
    return vm.raise(vm.types.TypeError, "type '" + static_cast<Type*>(container.as_object())->name + "' is not subscriptable");
  return vm.raise(vm.types.TypeError, "'" + type_name(vm, container) + "' object is not subscriptable");
}

bool set_item(VM& vm, Value container, Value key, Value value) {
  if (python_handles(vm, container, "__setitem__")) return python_set_item(vm, container, key, value);
  return set_item_native(vm, container, key, value);
}

bool set_item_native(VM& vm, Value container, Value key, Value value) {
  if (is_bytes_or_bytearray(container) || is_memoryview(container)) return bytes_set_item(vm, container, key, value);
  if (has_layout(container, Layout::List)) {
    std::vector<Value>& items = as_list(container)->items;
    if (has_layout(key, Layout::Slice)) {
      SliceBounds b;
      if (!resolve_slice(vm, key, static_cast<int64_t>(items.size()), b)) return false;
      std::vector<Value> replacement;
      if (value == container) replacement = items;
      else if (!collect_iterable(vm, value, replacement)) {
        if (vm.pending_exception()->type == vm.types.TypeError) {
          vm.clear_pending_exception();
          vm.raise(vm.types.TypeError, "must assign iterable to extended slice");
        }
        return false;
      }
      if (b.step == 1) {
        int64_t stop = std::max(b.start, b.stop);
        items.erase(items.begin() + b.start, items.begin() + stop);
        items.insert(items.begin() + b.start, replacement.begin(), replacement.end());
        return true;
      }
      if (static_cast<int64_t>(replacement.size()) != b.count) {
        vm.raise(vm.types.ValueError, "attempt to assign sequence of size " + std::to_string(replacement.size()) +
                                          " to extended slice of size " + std::to_string(b.count));
        return false;
      }
      for (int64_t i = 0, k = b.start; i < b.count; ++i, k += b.step) items[k] = replacement[i];
      return true;
    }
    int64_t i;
    if (!index_of(vm, key, i, "list")) return false;
    if (i < 0) i += static_cast<int64_t>(items.size());
    if (i < 0 || i >= static_cast<int64_t>(items.size())) {
      vm.raise(vm.types.IndexError, "list assignment index out of range");
      return false;
    }
    items[i] = value;
    return true;
  }
  if (has_layout(container, Layout::Dict)) return static_cast<Dict*>(container.as_object())->set(vm, key, value);
  vm.raise(vm.types.TypeError, "'" + type_name(vm, container) + "' object does not support item assignment");
  return false;
}

}  // namespace saessak

namespace saessak {

bool delete_item(VM& vm, Value container, Value key) {
  if (python_handles(vm, container, "__delitem__")) return python_delete_item(vm, container, key);
  return delete_item_native(vm, container, key);
}

bool delete_item_native(VM& vm, Value container, Value key) {
  if (is_bytes_or_bytearray(container) || is_memoryview(container)) return bytes_delete_item(vm, container, key);
  if (container.is_object() && container.as_object()->type->layout == Layout::List) {
    std::vector<Value>& items = static_cast<List*>(container.as_object())->items;
    if (key.is_object() && key.as_object()->type->layout == Layout::Slice) {
      SliceBounds b;
      if (!resolve_slice(vm, key, static_cast<int64_t>(items.size()), b)) return false;
      std::vector<bool> doomed(items.size(), false);
      for (int64_t i = 0, k = b.start; i < b.count; ++i, k += b.step) doomed[k] = true;
      std::vector<Value> kept;
      for (size_t i = 0; i < items.size(); ++i)
        if (!doomed[i]) kept.push_back(items[i]);
      items = std::move(kept);
      return true;
    }
    int64_t i;
    if (!index_of(vm, key, i, "list")) return false;
    if (i < 0) i += static_cast<int64_t>(items.size());
    if (i < 0 || i >= static_cast<int64_t>(items.size())) {
      vm.raise(vm.types.IndexError, "list assignment index out of range");
      return false;
    }
    items.erase(items.begin() + i);
    return true;
  }
  if (container.is_object() && container.as_object()->type->layout == Layout::Dict) {
    Value removed;
    if (!static_cast<Dict*>(container.as_object())->remove(vm, key, removed)) return false;
    if (removed.is_null()) {
      vm.raise_object(vm.heap.make<ExceptionObject>(vm.types.KeyError, make_tuple(vm, {key})));
      return false;
    }
    return true;
  }
  vm.raise(vm.types.TypeError, "'" + type_name(vm, container) + "' object doesn't support item deletion");
  return false;
}

}  // namespace saessak

namespace saessak {

Value format_object(VM& vm, Value v, Str* spec) {
  if (has_layout(v, Layout::Str) && (!spec || spec->length == 0) && !is_python_object(v)) return v;
  if (is_python_object(v)) {
    Value method = lookup_python_dunder(v.as_object()->type, vm.intern("__format__"));
    if (!method.is_null()) {
      Value args[2] = {v, spec ? Value::from_object(spec) : Value::from_object(make_str(vm, ""))};
      Value r = vm.call(method, CallArgs{args, 2, nullptr});
      if (!r.is_error() && !has_layout(r, Layout::Str))
        return vm.raise(vm.types.TypeError, "__format__ must return a str, not " + type_name(vm, r));
      return r;
    }
    if (!spec || spec->length == 0) return to_str(vm, v);
  }
  v = unboxed(v);
  std::string out;
  if (!format_value(vm, v, spec ? spec->utf8() : std::string(), out)) return Value::error();
  return Value::from_object(make_str(vm, out));
}

Value ascii_of(VM& vm, Value v) {
  Value r = repr(vm, v);
  if (r.is_error()) return r;
  Str* s = static_cast<Str*>(r.as_object());
  std::string out;
  static const char* kHex = "0123456789abcdef";
  for (size_t i = 0; i < s->length; ++i) {
    uint32_t c = s->at(i);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x100) {
      out += "\\x";
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    } else if (c < 0x10000) {
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out.push_back(kHex[(c >> shift) & 15]);
    } else {
      out += "\\U";
      for (int shift = 28; shift >= 0; shift -= 4) out.push_back(kHex[(c >> shift) & 15]);
    }
  }
  return Value::from_object(make_str(vm, out));
}

}  // namespace saessak
