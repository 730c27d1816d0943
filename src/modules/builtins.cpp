#include "modules/builtins.h"

#include <cmath>

#include "objects/arguments.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/list.h"
#include "objects/numbers.h"
#include "objects/protocols.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

void install_str_type(VM& vm);
void install_number_types(VM& vm);

namespace {

bool is_str(Value v) { return v.is_object() && v.as_object()->type->layout == Layout::Str; }
std::string utf8_of(Value v) { return static_cast<Str*>(v.as_object())->utf8(); }

Value builtin_print(VM& vm, CallArgs args) {
  if (!check_keywords(vm, args, "print", {"sep", "end", "flush", "file"})) return Value::error();
  Value sep = keyword_argument(args, "sep");
  Value end = keyword_argument(args, "end");
  Value file = keyword_argument(args, "file");
  if (!sep.is_null() && !sep.is_none() && !is_str(sep))
    return vm.raise(vm.types.TypeError, "sep must be None or a string, not " + type_name(vm, sep));
  if (!end.is_null() && !end.is_none() && !is_str(end))
    return vm.raise(vm.types.TypeError, "end must be None or a string, not " + type_name(vm, end));
  if (!file.is_null() && !file.is_none())
    return vm.raise(vm.types.NotImplementedError, "print(file=...) is not supported by Saessak yet");
  std::string separator = sep.is_null() || sep.is_none() ? " " : utf8_of(sep);
  std::string out;
  for (int i = 0; i < args.count; ++i) {
    if (i) out += separator;
    Value s = to_str(vm, args[i]);
    if (s.is_error()) return s;
    out += utf8_of(s);
  }
  out += end.is_null() || end.is_none() ? "\n" : utf8_of(end);
  vm.write_stdout(out);
  return Value::none();
}

Value builtin_input(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "input")) return Value::error();
  if (args.count > 1) return vm.raise(vm.types.TypeError, "input expected at most 1 argument, got " + std::to_string(args.count));
  std::string prompt;
  if (args.count == 1) {
    Value s = to_str(vm, args[0]);
    if (s.is_error()) return s;
    prompt = utf8_of(s);
  }
  return vm.suspend_for_input(std::move(prompt));
}

Value builtin_len(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "len")) return Value::error();
  int64_t n;
  if (!length_of(vm, args[0], n)) return Value::error();
  return Value::from_int(n);
}

Value builtin_repr(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "repr")) return Value::error();
  return repr(vm, args[0]);
}

Value builtin_abs(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "abs")) return Value::error();
  Value x = args[0];
  if (x.is_int()) return make_int(vm, x.as_int() < 0 ? -x.as_int() : x.as_int());
  if (x.is_bool()) return Value::from_int(x.as_bool());
  if (x.is_double()) return Value::from_double(std::fabs(x.as_double()));
  return vm.raise(vm.types.TypeError, "bad operand type for abs(): '" + type_name(vm, x) + "'");
}

Value builtin_type(VM& vm, CallArgs args) {
  if (args.count != 1 || args.keyword_count())
    return vm.raise(vm.types.TypeError, "type() takes 1 or 3 arguments");
  return Value::from_object(type_of(vm, args[0]));
}

Value min_max(VM& vm, CallArgs args, const char* name, CompareOp better) {
  if (!check_keywords(vm, args, name, {"default"})) return Value::error();
  Value fallback = keyword_argument(args, "default");
  std::vector<Value> items;
  if (args.count == 0)
    return vm.raise(vm.types.TypeError, std::string(name) + " expected at least 1 argument, got 0");
  if (args.count == 1) {
    if (!collect_iterable(vm, args[0], items)) return Value::error();
  } else {
    if (!fallback.is_null())
      return vm.raise(vm.types.TypeError, std::string("Cannot specify a default for ") + name + "() with multiple positional arguments");
    items.assign(args.values, args.values + args.count);
  }
  if (items.empty()) {
    if (!fallback.is_null()) return fallback;
    return vm.raise(vm.types.ValueError, std::string(name) + "() arg is an empty sequence");
  }
  Value best = items[0];
  for (size_t i = 1; i < items.size(); ++i) {
    Value c = compare(vm, better, items[i], best);
    if (c.is_error()) return c;
    if (c.is_true()) best = items[i];
  }
  return best;
}
Value builtin_min(VM& vm, CallArgs args) { return min_max(vm, args, "min", CompareOp::Lt); }
Value builtin_max(VM& vm, CallArgs args) { return min_max(vm, args, "max", CompareOp::Gt); }

Value builtin_sum(VM& vm, CallArgs args) {
  if (!check_keywords(vm, args, "sum", {"start"})) return Value::error();
  if (args.count < 1 || args.count > 2)
    return vm.raise(vm.types.TypeError, "sum() takes at most 2 arguments (" + std::to_string(args.count) + " given)");
  Value total = args.count == 2 ? args[1] : keyword_argument(args, "start");
  if (total.is_null()) total = Value::from_int(0);
  if (is_str(total)) return vm.raise(vm.types.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  std::vector<Value> items;
  if (!collect_iterable(vm, args[0], items)) return Value::error();
  for (Value item : items) {
    total = binary_op(vm, BinaryOp::Add, total, item, false);
    if (total.is_error()) return total;
  }
  return total;
}

Value builtin_sorted(VM& vm, CallArgs args) {
  if (args.count != 1) return vm.raise(vm.types.TypeError, "sorted expected 1 argument, got " + std::to_string(args.count));
  if (!check_keywords(vm, args, "sorted", {"reverse"})) return Value::error();
  std::vector<Value> items;
  if (!collect_iterable(vm, args[0], items)) return Value::error();
  List* list = make_list(vm, std::move(items));
  Value self = Value::from_object(list);
  Value sort = vm.types.list->attributes->get_str(vm.intern("sort"));
  std::vector<Value> call_values{self};
  for (int i = 0; i < args.keyword_count(); ++i) call_values.push_back(args.values[args.count + i]);
  CallArgs sort_args{call_values.data(), 1, args.kwnames};
  Value r = static_cast<NativeFunction*>(sort.as_object())->fn(vm, sort_args);
  if (r.is_error()) return r;
  return self;
}

Value builtin_isinstance(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "isinstance")) return Value::error();
  if (args.count != 2) return vm.raise(vm.types.TypeError, "isinstance expected 2 arguments, got " + std::to_string(args.count));
  Type* t = type_of(vm, args[0]);
  auto matches = [&](Value c) -> int {
    if (!c.is_object() || c.as_object()->type->layout != Layout::Type) return -1;
    return t->is_subtype_of(static_cast<Type*>(c.as_object()));
  };
  Value classes = args[1];
  if (classes.is_object() && classes.as_object()->type->layout == Layout::Tuple) {
    for (Value c : static_cast<Tuple*>(classes.as_object())->items) {
      int m = matches(c);
      if (m < 0) break;
      if (m) return Value::from_bool(true);
    }
    bool all_types = true;
    for (Value c : static_cast<Tuple*>(classes.as_object())->items) all_types = all_types && matches(c) >= 0;
    if (all_types) return Value::from_bool(false);
  } else {
    int m = matches(classes);
    if (m >= 0) return Value::from_bool(m == 1);
  }
  return vm.raise(vm.types.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

Value builtin_chr(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "chr")) return Value::error();
  int64_t c;
  if (!args[0].is_int() && !args[0].is_bool())
    return vm.raise(vm.types.TypeError, "'" + type_name(vm, args[0]) + "' object cannot be interpreted as an integer");
  c = args[0].is_bool() ? args[0].as_bool() : args[0].as_int();
  if (c < 0 || c > 0x10FFFF) return vm.raise(vm.types.ValueError, "chr() arg not in range(0x110000)");
  uint32_t cp = static_cast<uint32_t>(c);
  return Value::from_object(make_str_from_code_points(vm, &cp, 1));
}

Value builtin_ord(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "ord")) return Value::error();
  if (!is_str(args[0]))
    return vm.raise(vm.types.TypeError, "ord() expected string of length 1, but " + type_name(vm, args[0]) + " found");
  Str* s = static_cast<Str*>(args[0].as_object());
  if (s->length != 1)
    return vm.raise(vm.types.TypeError, "ord() expected a character, but string of length " + std::to_string(s->length) + " found");
  return Value::from_int(s->at(0));
}

Value builtin_round(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "round", 1, 2)) return Value::error();
  Value x = args[0];
  bool has_digits = args.count == 2 && !args[1].is_none();
  if (x.is_int() || x.is_bool()) return x.is_bool() ? Value::from_int(x.as_bool()) : x;
  if (!x.is_double()) return vm.raise(vm.types.TypeError, "type " + type_name(vm, x) + " doesn't define __round__ method");
  if (!has_digits) return make_int_from_double(vm, std::nearbyint(x.as_double()));  // ties to even
  return vm.raise(vm.types.NotImplementedError, "round() with ndigits is not supported by Saessak yet");
}

void define(VM& vm, const char* name, NativeFn fn) {
  vm.builtins()->set_str(vm.intern(name), Value::from_object(make_native(vm, name, fn)));
}

void define_type(VM& vm, Type* type) { vm.builtins()->set_str(vm.intern(type->name), Value::from_object(type)); }

}  // namespace

void install_builtins(VM& vm) {
  install_str_type(vm);
  install_list_type(vm);
  install_range_type(vm);
  install_number_types(vm);
  install_set_type(vm);
  define(vm, "print", builtin_print);
  define(vm, "input", builtin_input);
  define(vm, "len", builtin_len);
  define(vm, "repr", builtin_repr);
  define(vm, "abs", builtin_abs);
  define(vm, "min", builtin_min);
  define(vm, "max", builtin_max);
  define(vm, "sum", builtin_sum);
  define(vm, "sorted", builtin_sorted);
  define(vm, "isinstance", builtin_isinstance);
  define(vm, "chr", builtin_chr);
  define(vm, "ord", builtin_ord);
  define(vm, "round", builtin_round);
  for (Type* t : {vm.types.int_, vm.types.float_, vm.types.bool_, vm.types.str, vm.types.list, vm.types.tuple,
                  vm.types.range, vm.types.object,
                  vm.types.set, vm.types.frozenset, vm.types.dict})
    define_type(vm, t);
  vm.types.type->construct = builtin_type;
  define_type(vm, vm.types.type);
#define SAESSAK_DEFINE_EXCEPTION(name, base) define_type(vm, vm.types.name);
  SAESSAK_EXCEPTION_TYPES(SAESSAK_DEFINE_EXCEPTION)
#undef SAESSAK_DEFINE_EXCEPTION
  vm.builtins()->set_str(vm.intern("None"), Value::none());
  vm.builtins()->set_str(vm.intern("Ellipsis"), Value::ellipsis());
  vm.builtins()->set_str(vm.intern("NotImplemented"), Value::not_implemented());
}

}  // namespace saessak
