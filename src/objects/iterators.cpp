#include "objects/iterators.h"

#include "objects/arguments.h"
#include "objects/classes.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/list.h"
#include "objects/protocols.h"
#include "objects/range.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

namespace {

struct Enumerate final : NativeIterator {
  Enumerate(Type* t, Value it, int64_t start) : NativeIterator(t), it(it), index(start) {}
  void trace(Tracer& t) override { t.mark(it); }
  Value next(VM& vm) override {
    Value item = iterator_next(vm, it);
    if (item.is_error() || item.is_null()) return item;
    Value pair = Value::from_object(make_tuple(vm, {Value::from_int(index++), item}));
    return pair;
  }
  Value it;
  int64_t index;
};

struct Zip final : NativeIterator {
  Zip(Type* t, std::vector<Value> its, bool strict) : NativeIterator(t), its(std::move(its)), strict(strict) {}
  void trace(Tracer& t) override {
    for (Value v : its) t.mark(v);
  }
  Value next(VM& vm) override {
    if (its.empty()) return Value::null();
    std::vector<Value> items;
    for (size_t i = 0; i < its.size(); ++i) {
      Value item = iterator_next(vm, its[i]);
      if (item.is_error()) return item;
      if (item.is_null()) {
        if (strict) {
          if (i > 0)
            return vm.raise(vm.types.ValueError, "zip() argument " + std::to_string(i + 1) + " is shorter than argument" +
                                                     (i == 1 ? " 1" : "s 1-" + std::to_string(i)));
          for (size_t k = 1; k < its.size(); ++k) {
            Value extra = iterator_next(vm, its[k]);
            if (extra.is_error()) return extra;
            if (!extra.is_null())
              return vm.raise(vm.types.ValueError, "zip() argument " + std::to_string(k + 1) + " is longer than argument" +
                                                       (k == 1 ? " 1" : "s 1-" + std::to_string(k)));
          }
        }
        return Value::null();
      }
      items.push_back(item);
    }
    return Value::from_object(make_tuple(vm, std::move(items)));
  }
  std::vector<Value> its;
  bool strict;
};

struct Map final : NativeIterator {
  Map(Type* t, Value f, std::vector<Value> its) : NativeIterator(t), f(f), its(std::move(its)) {}
  void trace(Tracer& t) override {
    t.mark(f);
    for (Value v : its) t.mark(v);
  }
  Value next(VM& vm) override {
    std::vector<Value> args;
    for (Value it : its) {
      Value item = iterator_next(vm, it);
      if (item.is_error() || item.is_null()) return item;
      args.push_back(item);
    }
    return vm.call(f, CallArgs{args.data(), static_cast<int>(args.size()), nullptr});
  }
  Value f;
  std::vector<Value> its;
};

struct Filter final : NativeIterator {
  Filter(Type* t, Value f, Value it) : NativeIterator(t), f(f), it(it) {}
  void trace(Tracer& t) override {
    t.mark(f);
    t.mark(it);
  }
  Value next(VM& vm) override {
    while (true) {
      Value item = iterator_next(vm, it);
      if (item.is_error() || item.is_null()) return item;
      Value keep = item;
      if (!f.is_none()) {
        keep = vm.call(f, CallArgs{&item, 1, nullptr});
        if (keep.is_error()) return keep;
      }
      int t = truthiness(vm, keep);
      if (t < 0) return Value::error();
      if (t) return item;
    }
  }
  Value f, it;
};

// reversed() over a snapshot of a sequence's items.
struct Reversed final : NativeIterator {
  Reversed(Type* t, Value sequence, int64_t length) : NativeIterator(t), sequence(sequence), index(length - 1) {}
  void trace(Tracer& t) override { t.mark(sequence); }
  Value next(VM& vm) override {
    if (index < 0) return Value::null();
    int64_t length;
    if (!length_of(vm, sequence, length)) return Value::error();
    if (index >= length) {
      index = -1;
      return Value::null();
    }
    return get_item(vm, sequence, Value::from_int(index--));
  }
  Value sequence;
  int64_t index;
};

struct CallableIterator final : NativeIterator {
  CallableIterator(Type* t, Value f, Value sentinel) : NativeIterator(t), f(f), sentinel(sentinel) {}
  void trace(Tracer& t) override {
    t.mark(f);
    t.mark(sentinel);
  }
  Value next(VM& vm) override {
    if (done) return Value::null();
    Value v = vm.call(f, CallArgs{});
    if (v.is_error()) return v;
    Value eq = values_equal(vm, v, sentinel);
    if (eq.is_error()) return eq;
    if (eq.is_true()) {
      done = true;
      return Value::null();
    }
    return v;
  }
  Value f, sentinel;
  bool done = false;
};

Value builtin_iter(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "iter", 1, 2)) return Value::error();
  if (args.count == 2) return Value::from_object(vm.heap.make<CallableIterator>(vm.types.callable_iterator, args[0], args[1]));
  return get_iterator(vm, args[0]);
}

Value builtin_next(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "next", 1, 2)) return Value::error();
  Value it = args[0];
  bool iterator = it.is_object() && (it.as_object()->type->layout == Layout::RangeIterator ||
                                     it.as_object()->type->layout == Layout::ListIterator ||
                                     it.as_object()->type->layout == Layout::StrIterator ||
                                     it.as_object()->type->layout == Layout::NativeIterator ||
                                     it.as_object()->type->layout == Layout::Generator || it.as_object()->type->is_heap_type);
  if (!iterator) return vm.raise(vm.types.TypeError, "'" + type_name(vm, it) + "' object is not an iterator");
  Value v = iterator_next(vm, it);
  if (v.is_null()) {
    if (args.count == 2) return args[1];
    return vm.raise(vm.types.StopIteration, "");
  }
  return v;
}

Value builtin_enumerate(VM& vm, CallArgs args) {
  if (!check_keywords(vm, args, "enumerate", {"iterable", "start"})) return Value::error();
  Value iterable = args.count > 0 ? args[0] : keyword_argument(args, "iterable");
  Value start = args.count > 1 ? args[1] : keyword_argument(args, "start");
  if (iterable.is_null()) return vm.raise(vm.types.TypeError, "enumerate() missing required argument 'iterable' (pos 1)");
  int64_t first = 0;
  if (!start.is_null() && !index_of(vm, start, first, "enumerate")) return Value::error();
  Value it = get_iterator(vm, iterable);
  if (it.is_error()) return it;
  return Value::from_object(vm.heap.make<Enumerate>(vm.types.enumerate, it, first));
}

Value builtin_zip(VM& vm, CallArgs args) {
  if (!check_keywords(vm, args, "zip", {"strict"})) return Value::error();
  Value strict = keyword_argument(args, "strict");
  std::vector<Value> its;
  for (int i = 0; i < args.count; ++i) {
    Value it = get_iterator(vm, args[i]);
    if (it.is_error()) {
      if (vm.pending_exception()->type == vm.types.TypeError) {
        vm.clear_pending_exception();
        return vm.raise(vm.types.TypeError, "zip argument #" + std::to_string(i + 1) + " must support iteration");
      }
      return it;
    }
    its.push_back(it);
  }
  bool is_strict = !strict.is_null() && truthiness(vm, strict) == 1;
  return Value::from_object(vm.heap.make<Zip>(vm.types.zip, std::move(its), is_strict));
}

Value builtin_map(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "map")) return Value::error();
  if (args.count < 2) return vm.raise(vm.types.TypeError, "map() must have at least two arguments.");
  std::vector<Value> its;
  for (int i = 1; i < args.count; ++i) {
    Value it = get_iterator(vm, args[i]);
    if (it.is_error()) return it;
    its.push_back(it);
  }
  return Value::from_object(vm.heap.make<Map>(vm.types.map, args[0], std::move(its)));
}

Value builtin_filter(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "filter")) return Value::error();
  if (args.count != 2) return vm.raise(vm.types.TypeError, "filter expected 2 arguments, got " + std::to_string(args.count));
  Value it = get_iterator(vm, args[1]);
  if (it.is_error()) return it;
  return Value::from_object(vm.heap.make<Filter>(vm.types.filter, args[0], it));
}

Value builtin_reversed(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "reversed")) return Value::error();
  Value seq = args[0];
  if (seq.is_object() && seq.as_object()->type->is_heap_type) {
    Value method = lookup_python_dunder(seq.as_object()->type, vm.intern("__reversed__"));
    if (!method.is_null()) return vm.call(method, CallArgs{&seq, 1, nullptr});
  }
  if (seq.is_object() && (seq.as_object()->type->layout == Layout::Dict || seq.as_object()->type->layout == Layout::Set ||
                          seq.as_object()->type->layout == Layout::NativeIterator))
    if (seq.as_object()->type->layout != Layout::Dict)
      return vm.raise(vm.types.TypeError, "'" + type_name(vm, seq) + "' object is not reversible");
  int64_t length;
  if (seq.is_object() && seq.as_object()->type->layout == Layout::Dict) {
    std::vector<Value> keys;
    if (!collect_iterable(vm, seq, keys)) return Value::error();
    seq = Value::from_object(make_list(vm, std::move(keys)));
  }
  if (!length_of(vm, seq, length)) {
    vm.clear_pending_exception();
    return vm.raise(vm.types.TypeError, "'" + type_name(vm, seq) + "' object is not reversible");
  }
  return Value::from_object(vm.heap.make<Reversed>(vm.types.reversed, seq, length));
}

Value any_all(VM& vm, CallArgs args, const char* name, bool want) {
  if (!check_exactly_one(vm, args, name)) return Value::error();
  Value it = get_iterator(vm, args[0]);
  if (it.is_error()) return it;
  while (true) {
    Value item = iterator_next(vm, it);
    if (item.is_error()) return item;
    if (item.is_null()) return Value::from_bool(!want);
    int t = truthiness(vm, item);
    if (t < 0) return Value::error();
    if ((t == 1) == want) return Value::from_bool(want);
  }
}
Value builtin_any(VM& vm, CallArgs args) { return any_all(vm, args, "any", true); }
Value builtin_all(VM& vm, CallArgs args) { return any_all(vm, args, "all", false); }

void define(VM& vm, const char* name, NativeFn fn) {
  vm.builtins()->set_str(vm.intern(name), Value::from_object(make_native(vm, name, fn)));
}

}  // namespace

void install_iterators(VM& vm) {
  struct {
    Type*& type;
    const char* name;
    NativeFn construct;
  } kinds[] = {{vm.types.enumerate, "enumerate", builtin_enumerate}, {vm.types.zip, "zip", builtin_zip},
               {vm.types.map, "map", builtin_map},                   {vm.types.filter, "filter", builtin_filter},
               {vm.types.reversed, "reversed", builtin_reversed},     {vm.types.callable_iterator, "callable_iterator", nullptr}};
  for (auto& k : kinds) {
    k.type = vm.new_type(k.name, vm.types.object, Layout::NativeIterator);
    k.type->construct = k.construct;
    if (k.construct) vm.builtins()->set_str(vm.intern(k.name), Value::from_object(k.type));
  }
  define(vm, "iter", builtin_iter);
  define(vm, "next", builtin_next);
  static_cast<NativeFunction*>(vm.builtins()->get_str(vm.intern("next")).as_object())->generator_op = GeneratorOp::Next;
  define(vm, "any", builtin_any);
  define(vm, "all", builtin_all);
}

}  // namespace saessak
