#include "modules/builtins.h"

#include <algorithm>
#include <cmath>

#include "objects/arguments.h"
#include "objects/bytes.h"
#include "objects/classes.h"
#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/dunders.h"
#include "objects/format.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/numbers.h"
#include "objects/protocols.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/builtin_subclass.h"
#include "objects/complex.h"
#include "objects/number_protocols.h"
#include "vm/vm.h"

namespace saessak {

void install_str_type(VM& vm);
void install_number_types(VM& vm);
void install_number_methods(VM& vm);
void install_tuple_methods(VM& vm);
void install_value_type_dunders(VM& vm);
Value number_round(VM& vm, CallArgs args);

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

  std::string separator = sep.is_null() || sep.is_none() ? " " : utf8_of(sep);
  std::string out;
  for (int i = 0; i < args.count; ++i) {
    if (i) out += separator;
    Value s = to_str(vm, args[i]);
    if (s.is_error()) return s;
    out += utf8_of(s);
  }
  out += end.is_null() || end.is_none() ? "\n" : utf8_of(end);
  if (file.is_null() || file.is_none() || vm.stream_is_stdout(file)) {
    vm.write_stdout(out);
  } else if (vm.stream_is_stderr(file)) {
    vm.write_stderr(out);
  } else {
    Value write = get_attribute(vm, file, vm.intern("write"));
    if (write.is_error()) return write;
    Value text = Value::from_object(make_str(vm, out));
    Value r = vm.call(write, CallArgs{&text, 1, nullptr});
    if (r.is_error()) return r;
  }
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
  if (is_big_int(x)) return make_int(vm, big_of(x).abs());
  if (python_handles(vm, x, "__abs__")) return python_unary(vm, "__abs__", "abs()", x);
  if (is_boxed_number(x)) return builtin_abs(vm, CallArgs{&static_cast<BoxedNumber*>(x.as_object())->value, 1, nullptr});
  if (is_complex(x)) return complex_abs(vm, x);
  if (x.is_bool()) return Value::from_int(x.as_bool());
  if (x.is_double()) return Value::from_double(std::fabs(x.as_double()));
  return vm.raise(vm.types.TypeError, "bad operand type for abs(): '" + type_name(vm, x) + "'");
}

Value builtin_type(VM& vm, CallArgs args) {
  if (args.count == 1 && args.keyword_count() == 0) return Value::from_object(type_of(vm, args[0]));
  if (args.count != 3) return vm.raise(vm.types.TypeError, "type() takes 1 or 3 arguments");
  // type(name, bases, namespace): type.__new__(type, ...)
  std::vector<Value> values{Value::from_object(vm.types.type)};
  values.insert(values.end(), args.values, args.values + args.count + args.keyword_count());
  Value new_fn = static_cast<MethodWrapper*>(vm.types.type->attributes->get_str(vm.intern("__new__")).as_object())->function;
  return vm.call(new_fn, CallArgs{values.data(), 4, args.kwnames});
}

Value min_max(VM& vm, CallArgs args, const char* name, CompareOp better) {
  if (!check_keywords(vm, args, name, {"default", "key"})) return Value::error();
  Value fallback = keyword_argument(args, "default");
  Value key = keyword_argument(args, "key");
  if (key.is_none()) key = Value::null();
  std::vector<Value> items;
  if (args.count == 0)
    return vm.raise(vm.types.TypeError, std::string(name) + " expected at least 1 argument, got 0");
  if (args.count == 1) {
    if (!collect_iterable_rooted_caller(vm, args[0], items)) return Value::error();
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
  Value best_key = best;
  if (!key.is_null()) {
    best_key = vm.call(key, CallArgs{&items[0], 1, nullptr});
    if (best_key.is_error()) return best_key;
  }
  for (size_t i = 1; i < items.size(); ++i) {
    Value k = items[i];
    if (!key.is_null()) {
      k = vm.call(key, CallArgs{&items[i], 1, nullptr});
      if (k.is_error()) return k;
    }
    Value c = compare(vm, better, k, best_key);
    if (c.is_error()) return c;
    int t = truthiness(vm, c);
    if (t < 0) return Value::error();
    if (t) {
      best = items[i];
      best_key = k;
    }
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
  if (!collect_iterable_rooted_caller(vm, args[0], items)) return Value::error();
  for (Value item : items) {
    total = binary_op(vm, BinaryOp::Add, total, item, false);
    if (total.is_error()) return total;
  }
  return total;
}

Value builtin_sorted(VM& vm, CallArgs args) {
  if (args.count != 1) return vm.raise(vm.types.TypeError, "sorted expected 1 argument, got " + std::to_string(args.count));
  if (!check_keywords(vm, args, "sorted", {"key", "reverse"})) return Value::error();
  std::vector<Value> items;
  if (!collect_iterable_rooted_caller(vm, args[0], items)) return Value::error();
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
  Value index = index_value(vm, args[0]);
  if (index.is_error()) return index;
  if (!index.is_null() && !is_big_int(index)) args.values = &index;
  if (!args[0].is_int() && !args[0].is_bool())
    return vm.raise(vm.types.TypeError, "'" + type_name(vm, args[0]) + "' object cannot be interpreted as an integer");
  c = args[0].is_bool() ? args[0].as_bool() : args[0].as_int();
  if (c < 0 || c > 0x10FFFF) return vm.raise(vm.types.ValueError, "chr() arg not in range(0x110000)");
  uint32_t cp = static_cast<uint32_t>(c);
  return Value::from_object(make_str_from_code_points(vm, &cp, 1));
}

Value builtin_ord(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "ord")) return Value::error();
  if (is_bytes_or_bytearray(args[0])) {
    const std::string& data = as_bytes(args[0])->data;
    if (data.size() != 1)
      return vm.raise(vm.types.TypeError, "ord() expected a character, but string of length " + std::to_string(data.size()) + " found");
    return Value::from_int(static_cast<uint8_t>(data[0]));
  }
  if (!is_str(args[0]))
    return vm.raise(vm.types.TypeError, "ord() expected string of length 1, but " + type_name(vm, args[0]) + " found");
  Str* s = static_cast<Str*>(args[0].as_object());
  if (s->length != 1)
    return vm.raise(vm.types.TypeError, "ord() expected a character, but string of length " + std::to_string(s->length) + " found");
  return Value::from_int(s->at(0));
}

Value builtin_hash(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "hash")) return Value::error();
  int64_t h;
  if (!hash_value(vm, args[0], h)) return Value::error();
  return make_int(vm, h);
}

Value builtin_id(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "id")) return Value::error();
  uint64_t bits = args[0].is_object() ? reinterpret_cast<uintptr_t>(args[0].as_object()) : args[0].bits();
  return make_int(vm, static_cast<int64_t>(bits & 0x7FFFFFFFFFFF));
}

Value builtin_callable(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "callable")) return Value::error();
  Value v = args[0];
  if (!v.is_object()) return Value::from_bool(false);
  Layout l = v.as_object()->type->layout;
  if (l == Layout::Function || l == Layout::Native || l == Layout::BoundMethod || l == Layout::Type)
    return Value::from_bool(true);
  return Value::from_bool(!lookup_python_dunder(v.as_object()->type, vm.intern("__call__")).is_null());
}

Value builtin_divmod(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "divmod")) return Value::error();
  if (args.count != 2) return vm.raise(vm.types.TypeError, "divmod expected 2 arguments, got " + std::to_string(args.count));
  if (is_python_object(args[0]) || is_python_object(args[1])) {
    Value r = python_named_binary(vm, "__divmod__", "__rdivmod__", args[0], args[1]);
    if (!(r == Value::not_implemented())) return r;
  }
  Value q = binary_op(vm, BinaryOp::FloorDiv, args[0], args[1], false);
  if (q.is_error()) {
    if (vm.pending_exception()->type == vm.types.TypeError) {
      vm.clear_pending_exception();
      return vm.raise(vm.types.TypeError, "unsupported operand type(s) for divmod(): '" + type_name(vm, args[0]) +
                                              "' and '" + type_name(vm, args[1]) + "'");
    }
    return q;
  }
  Value r = binary_op(vm, BinaryOp::Mod, args[0], args[1], false);
  if (r.is_error()) return r;
  return Value::from_object(make_tuple(vm, {q, r}));
}

Value builtin_pow(VM& vm, CallArgs args) {
  if (!check_keywords(vm, args, "pow", {"base", "exp", "mod"})) return Value::error();
  Value base = args.count > 0 ? args[0] : keyword_argument(args, "base");
  Value exp = args.count > 1 ? args[1] : keyword_argument(args, "exp");
  Value mod = args.count > 2 ? args[2] : keyword_argument(args, "mod");
  if (base.is_null() || exp.is_null()) return vm.raise(vm.types.TypeError, "pow() missing required argument 'exp' (pos 2)");
  if (mod.is_null() || mod.is_none()) return binary_op(vm, BinaryOp::Pow, base, exp, false);
  if (is_python_object(base)) {
    // Three-argument pow asks only the base's __pow__, as in CPython.
    Value method = lookup_python_dunder(base.as_object()->type, vm.intern("__pow__"));
    if (!method.is_null()) {
      Value values[3] = {base, exp, mod};
      Value r = vm.call(method, CallArgs{values, 3, nullptr});
      if (!(r == Value::not_implemented())) return r;
    }
  }
  return pow_mod(vm, base, exp, mod);
}

std::string radix_text(int64_t value, int radix, const char* prefix) {
  static const char* kDigits = "0123456789abcdef";
  uint64_t magnitude = value < 0 ? static_cast<uint64_t>(-value) : static_cast<uint64_t>(value);
  std::string digits;
  do {
    digits.insert(digits.begin(), kDigits[magnitude % radix]);
    magnitude /= radix;
  } while (magnitude);
  return (value < 0 ? "-" : "") + std::string(prefix) + digits;
}

Value radix(VM& vm, CallArgs args, const char* name, int base, const char* prefix) {
  if (!check_exactly_one(vm, args, name)) return Value::error();
  Value v = index_value(vm, args[0]);  // __index__, as CPython's bin/oct/hex
  if (v.is_error()) return v;
  if (v.is_null()) v = args[0];
  if (v.is_bool()) v = Value::from_int(v.as_bool());
  if (!v.is_int()) return int_radix(vm, v, base, name);
  return Value::from_object(make_str(vm, radix_text(v.as_int(), base, prefix)));
}
Value builtin_bin(VM& vm, CallArgs args) { return radix(vm, args, "bin", 2, "0b"); }
Value builtin_oct(VM& vm, CallArgs args) { return radix(vm, args, "oct", 8, "0o"); }
Value builtin_hex(VM& vm, CallArgs args) { return radix(vm, args, "hex", 16, "0x"); }

std::vector<std::string> sorted_names(const std::vector<std::string>& names) {
  std::vector<std::string> out = names;
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void add_keys(const Dict* d, std::vector<std::string>& out) {
  if (!d) return;
  for (const Dict::Entry& e : d->entries)
    if (!e.key.is_null() && is_str(e.key)) out.push_back(utf8_of(e.key));
}

Value names_list(VM& vm, const std::vector<std::string>& names) {
  std::vector<Value> items;
  for (const std::string& n : sorted_names(names)) items.push_back(Value::from_object(make_str(vm, n)));
  return Value::from_object(make_list(vm, std::move(items)));
}

Value builtin_dir(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "dir", 0, 1)) return Value::error();
  std::vector<std::string> names;
  if (args.count == 0) {
    const Frame* f = vm.current_frame();
    if (f && !f->code->is_module) {
      Value* locals = vm.frame_locals(*f);
      for (uint32_t i = 0; i < f->code->local_names.size(); ++i)
        if (!locals[i].is_null()) names.push_back(f->code->local_names[i]->utf8());
    } else if (f) {
      add_keys(f->locals_dict ? f->locals_dict : f->globals, names);
    }
    return names_list(vm, names);
  }
  Value v = args[0];
  if (is_python_object(v) && v.as_object()->type->layout != Layout::Type) {
    // A class's own __dir__ decides; dir() sorts what it returns.
    Value method = lookup_python_dunder(v.as_object()->type, vm.intern("__dir__"));
    if (!method.is_null()) {
      Value listed = vm.call(method, CallArgs{&v, 1, nullptr});
      if (listed.is_error()) return listed;
      std::vector<Value> items;
      if (!collect_iterable(vm, listed, items)) return Value::error();
      List* result = make_list(vm, std::move(items));
      Value sorted = Value::from_object(result);
      Value sort = get_attribute(vm, sorted, vm.intern("sort"));
      if (sort.is_error() || vm.call(sort, CallArgs{}).is_error()) return Value::error();
      return sorted;
    }
  }
  names.push_back("__class__");  // object's __class__ descriptor, which every object has
  add_keys(instance_dict(v), names);
  Type* t = v.is_object() && v.as_object()->type->layout == Layout::Type ? static_cast<Type*>(v.as_object()) : type_of(vm, v);
  if (t->mro.empty()) {
    for (Type* x = t; x; x = x->base) add_keys(x->attributes, names);
  } else {
    for (Type* x : t->mro) add_keys(x->attributes, names);
  }
  return names_list(vm, names);
}

Value builtin_vars(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "vars", 0, 1)) return Value::error();
  if (args.count == 0) {
    const Frame* f = vm.current_frame();
    return Value::from_object(f && f->locals_dict ? f->locals_dict : vm.main_globals());
  }
  if (Dict* d = instance_dict(args[0])) return Value::from_object(d);
  if (args[0].is_object() && args[0].as_object()->type->layout == Layout::Type)
    return Value::from_object(static_cast<Type*>(args[0].as_object())->attributes);
  return vm.raise(vm.types.TypeError, "vars() argument must have __dict__ attribute");
}

Value builtin_globals(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "globals")) return Value::error();
  const Frame* f = vm.current_frame();
  return Value::from_object(f ? f->globals : vm.main_globals());
}

Value builtin_locals(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "locals")) return Value::error();
  const Frame* f = vm.current_frame();
  if (!f || f->code->is_module) return Value::from_object(f ? f->globals : vm.main_globals());
  if (f->locals_dict) return Value::from_object(f->locals_dict);
  Dict* d = make_dict(vm);
  Value* locals = vm.frame_locals(*f);
  for (uint32_t i = 0; i < f->code->local_names.size(); ++i) {
    Value v = locals[i];
    if (v.is_object() && v.as_object()->type->layout == Layout::Cell) v = static_cast<Cell*>(v.as_object())->value;
    if (!v.is_null()) d->set_str(f->code->local_names[i], v);
  }
  return Value::from_object(d);
}

// eval(source, globals=None, locals=None) and exec(...): code as text, run in the caller's
// namespaces unless others are given.
Value eval_or_exec(VM& vm, CallArgs args, bool is_eval) {
  const char* name = is_eval ? "eval" : "exec";
  if (!check_between(vm, args, name, 1, 3)) return Value::error();
  if (!is_str(args[0]))
    return vm.raise(vm.types.TypeError, std::string(name) + "() arg 1 must be a string, bytes or code object");
  const Frame* f = vm.current_frame();
  Dict* globals = f ? f->globals : vm.main_globals();
  Dict* locals = nullptr;
  if (args.count >= 2 && !args[1].is_none()) {
    if (!args[1].is_object() || args[1].as_object()->type->layout != Layout::Dict)
      return vm.raise(vm.types.TypeError, std::string(name) + "() globals must be a dict, not " + type_name(vm, args[1]));
    globals = static_cast<Dict*>(args[1].as_object());
    if (globals->get_str(vm.intern("__builtins__")).is_null())
      globals->set_str(vm.intern("__builtins__"), Value::from_object(vm.builtins()));
  } else if (f && !f->code->is_module) {
    // Inside a function: a snapshot of its locals, as CPython's locals() gives.
    Value l = vm.call(vm.builtins()->get_str(vm.intern("locals")), CallArgs{});
    if (l.is_error()) return l;
    locals = static_cast<Dict*>(l.as_object());
  } else if (f && f->locals_dict) {
    locals = f->locals_dict;
  }
  if (args.count == 3 && !args[2].is_none()) {
    if (!args[2].is_object() || args[2].as_object()->type->layout != Layout::Dict)
      return vm.raise(vm.types.TypeError, "locals must be a mapping");
    locals = static_cast<Dict*>(args[2].as_object());
  }
  if (!locals) locals = globals;
  std::string source = utf8_of(args[0]);
  if (is_eval) {
    size_t start = source.find_first_not_of(" \t");
    source = start == std::string::npos ? "" : source.substr(start);
  }
  return vm.run_source_nested(source, "<string>", is_eval ? CompileMode::Eval : CompileMode::File, globals, locals);
}
Value builtin_eval(VM& vm, CallArgs args) { return eval_or_exec(vm, args, true); }
Value builtin_exec(VM& vm, CallArgs args) { return eval_or_exec(vm, args, false); }

Value builtin_exit(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "exit", 0, 1)) return Value::error();
  std::vector<Value> items;
  if (args.count == 1) items.push_back(args[0]);
  return vm.raise_object(vm.heap.make<ExceptionObject>(vm.types.SystemExit, make_tuple(vm, std::move(items))));
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
  install_dict_type(vm);
  install_number_methods(vm);
  install_complex_type(vm);
  install_builtin_subclass_support(vm);
  install_value_type_dunders(vm);
  install_tuple_methods(vm);
  install_bytes_types(vm);
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
  define(vm, "round", number_round);
  define(vm, "hash", builtin_hash);
  define(vm, "id", builtin_id);
  define(vm, "callable", builtin_callable);
  define(vm, "divmod", builtin_divmod);
  define(vm, "pow", builtin_pow);
  define(vm, "bin", builtin_bin);
  define(vm, "oct", builtin_oct);
  define(vm, "hex", builtin_hex);
  define(vm, "ascii", builtin_ascii);
  define(vm, "format", builtin_format);
  define(vm, "exit", builtin_exit);
  define(vm, "eval", builtin_eval);
  define(vm, "exec", builtin_exec);
  define(vm, "quit", builtin_exit);
  define(vm, "dir", builtin_dir);
  define(vm, "vars", builtin_vars);
  define(vm, "globals", builtin_globals);
  define(vm, "locals", builtin_locals);
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
