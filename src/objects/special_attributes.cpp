#include "objects/special_attributes.h"

#include "objects/classes.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/list.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

namespace {

Value text(VM& vm, const std::string& s) { return Value::from_object(make_str(vm, s)); }

Value function_attribute(VM& vm, Function* f, const std::string& n) {
  if (f->dict) {
    Value v = f->dict->get_str(vm.intern(n));
    if (!v.is_null()) return v;
  }
  if (n == "__name__") return Value::from_object(f->code->name);
  if (n == "__qualname__") return Value::from_object(f->code->qualname);
  if (n == "__doc__") return f->code->docstring;
  if (n == "__module__") {
    Value m = f->globals->get_str(vm.intern("__name__"));
    return m.is_null() ? Value::none() : m;
  }
  if (n == "__defaults__") return f->defaults ? Value::from_object(f->defaults) : Value::none();
  if (n == "__kwdefaults__") return f->kwdefaults ? Value::from_object(f->kwdefaults) : Value::none();
  if (n == "__globals__") return Value::from_object(f->globals);
  if (n == "__closure__") return f->closure ? Value::from_object(f->closure) : Value::none();
  if (n == "__code__") return Value::from_object(f->code);
  if (n == "__annotations__") {
    // Annotations are parsed but not evaluated yet: an empty dict, kept per function.
    if (!f->dict) f->dict = make_dict(vm);
    Value a = Value::from_object(make_dict(vm));
    f->dict->set_str(vm.intern("__annotations__"), a);
    return a;
  }
  if (n == "__dict__") {
    if (!f->dict) f->dict = make_dict(vm);
    return Value::from_object(f->dict);
  }
  return Value::null();
}

}  // namespace

Value special_attribute(VM& vm, Value object, Str* name) {
  if (name->length < 4 || name->at(0) != '_' || name->at(1) != '_') return Value::null();
  std::string n = name->utf8();
  if (n == "__class__") return Value::from_object(type_of(vm, object));
  if (!object.is_object()) return Value::null();
  Object* o = object.as_object();
  switch (o->type->layout) {
    case Layout::Function: return function_attribute(vm, static_cast<Function*>(o), n);
    case Layout::Native: {
      NativeFunction* f = static_cast<NativeFunction*>(o);
      if (n == "__name__") return text(vm, f->name);
      if (n == "__qualname__") return text(vm, f->owner ? f->owner->name + "." + f->name : f->name);
      if (n == "__doc__") return Value::none();
      if (n == "__module__") return f->owner ? Value::none() : text(vm, "builtins");
      return Value::null();
    }
    case Layout::BoundMethod: {
      BoundMethod* m = static_cast<BoundMethod*>(o);
      if (n == "__self__") return m->self;
      if (n == "__func__") return m->function;
      return special_attribute(vm, m->function, name);
    }
    case Layout::Generator: {
      Generator* g = static_cast<Generator*>(o);
      if (n == "__name__") return Value::from_object(g->function->code->name);
      if (n == "__qualname__") return Value::from_object(g->function->code->qualname);
      return Value::null();
    }
    case Layout::Instance:
    case Layout::Exception:
    case Layout::Str:          // instances of Python subclasses of str, int, float, complex
    case Layout::BoxedNumber:
      if (n == "__dict__") {
        Dict* d = instance_dict(object);
        return d ? Value::from_object(d) : Value::null();
      }
      return Value::null();
    default: return Value::null();
  }
}

bool set_function_attribute(VM& vm, Value function, Str* name, Value value) {
  Function* f = static_cast<Function*>(function.as_object());
  std::string n = name->utf8();
  if (n == "__defaults__") {
    f->defaults = value.is_none() ? nullptr : static_cast<Tuple*>(value.as_object());
    return true;
  }
  if (n == "__name__" || n == "__qualname__") {
    if (!value.is_object() || value.as_object()->type->layout != Layout::Str) {
      vm.raise(vm.types.TypeError, n + " must be set to a string object");
      return false;
    }
    // Code objects are shared, so the function keeps its own names in its __dict__.
  }
  if (n == "__doc__") {
    // Shared code: keep the new doc per function too.
  }
  if (!f->dict) f->dict = make_dict(vm);
  f->dict->set_str(name, value);
  return true;
}

}  // namespace saessak
