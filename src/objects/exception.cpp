#include "objects/exception.h"

#include "objects/function.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

bool unicode_error_text(VM& vm, ExceptionObject* exception, std::string& out);

ExceptionObject* make_exception(VM& vm, Type* type, std::string_view message) {
  std::vector<Value> args;
  if (!message.empty()) args.push_back(Value::from_object(make_str(vm, message)));
  return vm.heap.make<ExceptionObject>(type, make_tuple(vm, std::move(args)));
}

std::string exception_message(VM& vm, ExceptionObject* exception) {
  const std::vector<Value>& args = exception->args->items;
  if (args.empty()) return "";
  std::string unicode_text;
  if (unicode_error_text(vm, exception, unicode_text)) return unicode_text;  // objects/bytes_codecs.cpp
  if (exception->type->is_subtype_of(vm.types.SyntaxError) && args.size() == 2 && args[1].is_object() &&
      args[1].as_object()->type->layout == Layout::Tuple) {
    // "invalid syntax (<string>, line 1)"
    const std::vector<Value>& d = static_cast<Tuple*>(args[1].as_object())->items;
    Value msg = to_str(vm, args[0]);
    if (msg.is_error() || d.size() < 2) return "<exception str() failed>";
    std::string out = static_cast<Str*>(msg.as_object())->utf8();
    std::string file = d[0].is_object() && d[0].as_object()->type->layout == Layout::Str ? static_cast<Str*>(d[0].as_object())->utf8() : "";
    if (!file.empty() && d[1].is_int()) out += " (" + file + ", line " + std::to_string(d[1].as_int()) + ")";
    return out;
  }
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
