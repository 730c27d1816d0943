// Python subclasses of int, float, complex and str: construction (`__new__`) and the plain
// value their built-in methods see. The design is explained in builtin_subclass.h.
#include "objects/builtin_subclass.h"

#include "objects/arguments.h"
#include "objects/classes.h"
#include "objects/complex.h"
#include "objects/function.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

Value exact_str(VM& vm, Value v) {
  Str* s = static_cast<Str*>(v.as_object());
  if (s->type == vm.types.str) return v;
  vm.heap.note_allocation(s->storage.size());
  return Value::from_object(vm.heap.make<Str>(vm.types.str, s->kind, s->length, s->storage));
}

Value native_self(VM& vm, Value v) {
  if (!v.is_object()) return v;
  Object* o = v.as_object();
  if (o->type->layout == Layout::BoxedNumber) return static_cast<BoxedNumber*>(o)->value;
  if (o->type->layout == Layout::Str && o->type != vm.types.str) return exact_str(vm, v);
  return v;
}

Type* builtin_value_base(VM& vm, const Type* type) {
  for (const Type* t = type; t; t = t->base) {
    if (t == vm.types.int_ || t == vm.types.float_ || t == vm.types.complex || t == vm.types.str)
      return const_cast<Type*>(t);
    if (!t->is_heap_type) return nullptr;
  }
  return nullptr;
}

Value new_builtin_subclass_instance(VM& vm, Type* type, CallArgs args) {
  Type* base = builtin_value_base(vm, type);
  if (!base) return vm.raise(vm.types.TypeError, "cannot create '" + type->name + "' instances");
  Value plain = base->construct(vm, args);
  if (plain.is_error()) return plain;
  if (base == vm.types.str) {
    Str* s = static_cast<Str*>(plain.as_object());
    vm.heap.note_allocation(s->storage.size());
    Str* made = vm.heap.make<Str>(type, s->kind, s->length, s->storage);
    made->attributes = make_dict(vm);
    return Value::from_object(made);
  }
  return Value::from_object(vm.heap.make<BoxedNumber>(type, unboxed(plain), make_dict(vm)));
}

namespace {

// int.__new__(cls, ...), float.__new__, complex.__new__, str.__new__: what a subclass's
// `super().__new__(cls, value)` reaches.
template <Type* Types::*Base>
Value builtin_new(VM& vm, CallArgs args) {
  Type* base = vm.types.*Base;
  if (args.count < 1 || !args[0].is_object() || args[0].as_object()->type->layout != Layout::Type)
    return vm.raise(vm.types.TypeError, base->name + ".__new__(X): X is not a type object (" +
                                            (args.count < 1 ? std::string("NoneType") : type_name(vm, args[0])) + ")");
  Type* cls = static_cast<Type*>(args[0].as_object());
  if (!cls->is_subtype_of(base))
    return vm.raise(vm.types.TypeError, base->name + ".__new__(" + cls->name + "): " + cls->name +
                                            " is not a subtype of " + base->name);
  CallArgs rest{args.values + 1, args.count - 1, args.kwnames};
  if (!cls->is_heap_type) return base->construct(vm, rest);
  return new_builtin_subclass_instance(vm, cls, rest);
}

void add_new(VM& vm, Type* type, NativeFn fn) {
  Value native = Value::from_object(make_native(vm, "__new__", fn));
  type->attributes->set_str(vm.intern("__new__"),
                            Value::from_object(vm.heap.make<MethodWrapper>(vm.types.staticmethod, native)));
}

}  // namespace

void install_builtin_subclass_support(VM& vm) {
  add_new(vm, vm.types.int_, builtin_new<&Types::int_>);
  add_new(vm, vm.types.float_, builtin_new<&Types::float_>);
  add_new(vm, vm.types.complex, builtin_new<&Types::complex>);
  add_new(vm, vm.types.str, builtin_new<&Types::str>);
}

}  // namespace saessak
