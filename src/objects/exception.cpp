#include "objects/exception.h"

#include "objects/function.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

ExceptionObject* make_exception(VM& vm, Type* type, std::string_view message) {
  std::vector<Value> args;
  if (!message.empty()) args.push_back(Value::from_object(make_str(vm, message)));
  return vm.heap.make<ExceptionObject>(type, make_tuple(vm, std::move(args)));
}

std::string exception_message(VM& vm, ExceptionObject* exception) {
  const std::vector<Value>& args = exception->args->items;
  if (args.empty()) return "";
  if (args.size() == 1) {
    // KeyError shows the repr of its key, so KeyError('') is distinguishable from KeyError().
    Value shown = exception->type->is_subtype_of(vm.types.KeyError) ? repr(vm, args[0]) : to_str(vm, args[0]);
    if (shown.is_error()) return "<exception str() failed>";
    return static_cast<Str*>(shown.as_object())->utf8();
  }
  Value shown = repr(vm, Value::from_object(exception->args));
  if (shown.is_error()) return "<exception str() failed>";
  return static_cast<Str*>(shown.as_object())->utf8();
}

// Calling an exception class: ValueError('bad', 2) keeps every argument.
static Value construct_exception(VM& vm, Type* type, CallArgs args) {
  if (args.keyword_count() > 0) return vm.raise(vm.types.TypeError, type->name + "() takes no keyword arguments");
  std::vector<Value> items(args.values, args.values + args.count);
  return Value::from_object(vm.heap.make<ExceptionObject>(type, make_tuple(vm, std::move(items))));
}

void install_exception_types(VM& vm) {
#define SAESSAK_CREATE_EXCEPTION(name, base)                                 \
  vm.types.name = vm.new_type(#name, vm.types.base, Layout::Exception); \
  vm.types.name->is_exception = true;
  SAESSAK_EXCEPTION_TYPES(SAESSAK_CREATE_EXCEPTION)
#undef SAESSAK_CREATE_EXCEPTION
}

Value call_exception_type(VM& vm, Type* type, CallArgs args) { return construct_exception(vm, type, args); }

}  // namespace saessak
