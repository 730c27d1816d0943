// Smaller pieces of the object model, kept apart from classes.cpp so that file stays about
// class creation and attribute lookup: the attributes of property, staticmethod, classmethod
// and super objects, functions as descriptors (f.__get__), type.__subclasses__, and the
// iterator behind the __getitem__ sequence protocol.
#include "objects/arguments.h"
#include "objects/classes.h"
#include "objects/exception.h"
#include "objects/getitem_iterator.h"
#include "objects/protocols.h"
#include "objects/range.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

namespace {

// A read-only attribute of a built-in type, computed by `fn(self)`.
void add_getter(VM& vm, Type* type, const char* name, NativeFn fn) {
  Value fget = Value::from_object(make_native(vm, name, fn, type));
  type->attributes->set_str(vm.intern(name), Value::from_object(vm.heap.make<Property>(
                                                 vm.types.property, fget, Value::none(), Value::none(), Value::none())));
}

bool has_layout(Value v, Layout layout) { return v.is_object() && v.as_object()->type->layout == layout; }

Property* as_property(Value v) { return static_cast<Property*>(v.as_object()); }

Value property_doc(VM& vm, CallArgs args) {
  Property* p = as_property(args[0]);
  // Without an explicit doc, a property shows its getter's docstring, as in CPython.
  if (p->doc.is_none() && !p->fget.is_none()) {
    Value doc = get_attribute(vm, p->fget, vm.intern("__doc__"));
    if (doc.is_error()) {
      vm.clear_pending_exception();
      return Value::none();
    }
    return doc;
  }
  return p->doc;
}

// f.__get__(obj, type=None): a method bound to obj, or f itself when obj is None.
Value function_get(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "__get__", 2, 3)) return Value::error();
  Value obj = args[1];
  if (obj.is_none()) {
    if (args.count < 3 || args[2].is_none())
      return vm.raise(vm.types.TypeError, "__get__(None, None) is invalid");
    return args[0];
  }
  return Value::from_object(vm.heap.make<BoundMethod>(vm.types.bound_method, obj, args[0]));
}

// types.MethodType(function, instance)
Value construct_bound_method(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "method")) return Value::error();
  if (args.count != 2) return vm.raise(vm.types.TypeError, "method expected 2 arguments, got " + std::to_string(args.count));
  if (args[1].is_none()) return vm.raise(vm.types.TypeError, "instance must not be None");
  return Value::from_object(vm.heap.make<BoundMethod>(vm.types.bound_method, args[1], args[0]));
}

Value type_subclasses(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "__subclasses__")) return Value::error();
  Type* parent = static_cast<Type*>(args[0].as_object());
  std::vector<Value> found;
  for (Type* t : vm.all_types()) {
    if (t == parent) continue;
    bool direct = t->bases.empty() ? t->base == parent : false;
    for (Type* b : t->bases) direct = direct || b == parent;
    if (direct) found.push_back(Value::from_object(t));
  }
  return Value::from_object(make_list(vm, std::move(found)));
}

// The metaclass's __instancecheck__ / __subclasscheck__ for `cls`, or null.
Value check_hook(VM& vm, Value cls, const char* which) {
  if (!cls.is_object()) return Value::null();
  Type* meta = cls.as_object()->type;
  if (!meta->is_heap_type) return Value::null();
  return lookup_python_dunder(meta, vm.intern(which));
}

Value call_hook(VM& vm, Value hook, Value cls, Value arg) {
  Value args[2] = {cls, arg};
  Value r = vm.call(hook, CallArgs{args, 2, nullptr});
  if (r.is_error()) return r;
  int t = truthiness(vm, r);
  if (t < 0) return Value::error();
  return Value::from_bool(t == 1);
}

bool is_type(Value v) { return v.is_object() && v.as_object()->type->layout == Layout::Type; }

// isinstance(obj, cls) for one cls or a (nested) tuple, asking __instancecheck__ as CPython does.
Value is_instance(VM& vm, Value obj, Value cls, int depth) {
  Type* t = type_of(vm, obj);
  if (cls == Value::from_object(t)) return Value::from_bool(true);  // exact match first, no hook
  if (cls.is_object() && cls.as_object()->type->layout == Layout::Tuple) {
    if (depth > 200) return vm.raise(vm.types.RecursionError, "maximum recursion depth exceeded in __instancecheck__");
    for (Value c : static_cast<Tuple*>(cls.as_object())->items) {
      Value r = is_instance(vm, obj, c, depth + 1);
      if (r.is_error() || r.is_true()) return r;
    }
    return Value::from_bool(false);
  }
  Value hook = check_hook(vm, cls, "__instancecheck__");
  if (!hook.is_null()) return call_hook(vm, hook, cls, obj);
  if (!is_type(cls)) return vm.raise(vm.types.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return Value::from_bool(t->is_subtype_of(static_cast<Type*>(cls.as_object())));
}

Value is_subclass(VM& vm, Value sub, Value cls, int depth) {
  if (cls.is_object() && cls.as_object()->type->layout == Layout::Tuple) {
    if (depth > 200) return vm.raise(vm.types.RecursionError, "maximum recursion depth exceeded in __subclasscheck__");
    for (Value c : static_cast<Tuple*>(cls.as_object())->items) {
      Value r = is_subclass(vm, sub, c, depth + 1);
      if (r.is_error() || r.is_true()) return r;
    }
    return Value::from_bool(false);
  }
  Value hook = check_hook(vm, cls, "__subclasscheck__");
  if (!hook.is_null()) return call_hook(vm, hook, cls, sub);
  if (!is_type(sub)) return vm.raise(vm.types.TypeError, "issubclass() arg 1 must be a class");
  if (!is_type(cls)) return vm.raise(vm.types.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return Value::from_bool(static_cast<Type*>(sub.as_object())->is_subtype_of(static_cast<Type*>(cls.as_object())));
}

Value builtin_isinstance(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "isinstance")) return Value::error();
  if (args.count != 2) return vm.raise(vm.types.TypeError, "isinstance expected 2 arguments, got " + std::to_string(args.count));
  return is_instance(vm, args[0], args[1], 0);
}

Value builtin_issubclass(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "issubclass")) return Value::error();
  if (args.count != 2) return vm.raise(vm.types.TypeError, "issubclass expected 2 arguments, got " + std::to_string(args.count));
  return is_subclass(vm, args[0], args[1], 0);
}

Slice* as_slice(Value v) { return static_cast<Slice*>(v.as_object()); }

Value slice_repr(VM& vm, Value self) {
  std::string text = "slice(";
  const Value parts[3] = {as_slice(self)->start, as_slice(self)->stop, as_slice(self)->step};
  for (int i = 0; i < 3; ++i) {
    Value r = repr(vm, parts[i]);
    if (r.is_error()) return r;
    text += (i ? ", " : "") + static_cast<Str*>(r.as_object())->utf8();
  }
  return Value::from_object(make_str(vm, text + ")"));
}

// slice(stop), slice(start, stop[, step])
Value construct_slice(VM& vm, CallArgs args) {
  if (!check_no_keywords(vm, args, "slice")) return Value::error();
  if (args.count < 1 || args.count > 3) {
    if (args.count == 0) return vm.raise(vm.types.TypeError, "slice expected at least 1 argument, got 0");
    return vm.raise(vm.types.TypeError, "slice expected at most 3 arguments, got " + std::to_string(args.count));
  }
  Value start = args.count == 1 ? Value::none() : args[0];
  Value stop = args.count == 1 ? args[0] : args[1];
  Value step = args.count == 3 ? args[2] : Value::none();
  return Value::from_object(vm.heap.make<Slice>(vm.types.slice, start, stop, step));
}

}  // namespace

Value prepare_class_namespace(VM& vm, Tuple* header) {
  Value keywords = header->items[1];
  Type* meta = nullptr;
  std::vector<Value> kw_names, values{header->items[0]};
  std::vector<Value> kw_values;
  if (!keywords.is_none()) {
    for (const Dict::Entry& e : static_cast<Dict*>(keywords.as_object())->entries) {
      if (e.key.is_null()) continue;
      if (static_cast<Str*>(e.key.as_object())->utf8() == "metaclass") {
        if (is_type(e.value)) meta = static_cast<Type*>(e.value.as_object());
      } else {
        kw_names.push_back(e.key);
        kw_values.push_back(e.value);
      }
    }
  }
  std::vector<Value> bases(header->items.begin() + 2, header->items.end());
  // The most derived metaclass (conflicts are reported later, by BUILD_CLASS's end).
  Type* winner = meta ? meta : vm.types.type;
  for (Value b : bases) {
    Type* bm = b.as_object()->type;
    if (bm->is_subtype_of(winner)) winner = bm;
  }
  Value prepare = winner->is_heap_type ? lookup_in_mro(winner, vm.intern("__prepare__")) : Value::null();
  if (prepare.is_null()) return Value::from_object(make_dict(vm));
  Value callable = prepare;
  if (has_layout(prepare, Layout::ClassMethod)) {
    callable = static_cast<MethodWrapper*>(prepare.as_object())->function;
    values.insert(values.begin(), Value::from_object(winner));
  } else if (has_layout(prepare, Layout::StaticMethod)) {
    callable = static_cast<MethodWrapper*>(prepare.as_object())->function;
  }
  values.push_back(Value::from_object(make_tuple(vm, bases)));
  int positional = static_cast<int>(values.size());
  values.insert(values.end(), kw_values.begin(), kw_values.end());
  Tuple* kwnames = kw_names.empty() ? nullptr : make_tuple(vm, std::move(kw_names));
  Value ns = vm.call(callable, CallArgs{values.data(), positional, kwnames});
  if (ns.is_error()) return ns;
  if (!has_layout(ns, Layout::Dict)) {
    bool mapping = ns.is_object() && ns.as_object()->type->is_heap_type &&
                   !lookup_python_dunder(ns.as_object()->type, vm.intern("__getitem__")).is_null();
    if (mapping)
      return vm.raise(vm.types.TypeError, "Saessak supports only a dict (or dict subclass) from __prepare__, not '" + type_name(vm, ns) + "'");
    return vm.raise(vm.types.TypeError, winner->name + ".__prepare__() must return a mapping, not " + type_name(vm, ns));
  }
  return ns;
}

void install_class_extras(VM& vm) {
  install_getitem_iterator(vm);
  add_getter(vm, vm.types.property, "fget", [](VM&, CallArgs a) { return as_property(a[0])->fget; });
  add_getter(vm, vm.types.property, "fset", [](VM&, CallArgs a) { return as_property(a[0])->fset; });
  add_getter(vm, vm.types.property, "fdel", [](VM&, CallArgs a) { return as_property(a[0])->fdel; });
  add_getter(vm, vm.types.property, "__doc__", property_doc);
  for (Type* t : {vm.types.staticmethod, vm.types.classmethod}) {
    NativeFn func = [](VM&, CallArgs a) { return static_cast<MethodWrapper*>(a[0].as_object())->function; };
    add_getter(vm, t, "__func__", func);
    add_getter(vm, t, "__wrapped__", func);
  }
  add_method(vm, vm.types.function, "__get__", function_get);
  vm.types.slice->repr = slice_repr;
  vm.types.slice->construct = construct_slice;
  vm.builtins()->set_str(vm.intern("slice"), Value::from_object(vm.types.slice));
  add_getter(vm, vm.types.slice, "start", [](VM&, CallArgs a) { return as_slice(a[0])->start; });
  add_getter(vm, vm.types.slice, "stop", [](VM&, CallArgs a) { return as_slice(a[0])->stop; });
  add_getter(vm, vm.types.slice, "step", [](VM&, CallArgs a) { return as_slice(a[0])->step; });
  vm.types.method = vm.new_type("method", vm.types.object, Layout::BoundMethod);
  vm.types.method->attributes = vm.types.bound_method->attributes;  // the same methods either way
  vm.types.method->construct = construct_bound_method;
  add_method(vm, vm.types.type, "__subclasses__", type_subclasses);
  // isinstance and issubclass that ask a metaclass's __instancecheck__ / __subclasscheck__.
  vm.builtins()->set_str(vm.intern("isinstance"), Value::from_object(make_native(vm, "isinstance", builtin_isinstance)));
  vm.builtins()->set_str(vm.intern("issubclass"), Value::from_object(make_native(vm, "issubclass", builtin_issubclass)));
}

}  // namespace saessak
