// The `sys` module: what a learner's program asks about its interpreter.
#include <climits>

#include "modules/registry.h"
#include "objects/arguments.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/classes.h"
#include "objects/list.h"
#include "objects/numbers.h"
#include "objects/protocols.h"
#include "vm/vm.h"

namespace saessak {

namespace {

Value sys_exit(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "exit", 0, 1)) return Value::error();
  std::vector<Value> items;
  if (args.count == 1) items.push_back(args[0]);
  return vm.raise_object(vm.heap.make<ExceptionObject>(vm.types.SystemExit, make_tuple(vm, std::move(items))));
}

Value sys_getrecursionlimit(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "getrecursionlimit")) return Value::error();
  return Value::from_int(vm.recursion_limit());
}

Value sys_setrecursionlimit(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "setrecursionlimit")) return Value::error();
  int64_t limit;
  if (!index_of(vm, args[0], limit, "limit")) return Value::error();
  if (limit < 1) return vm.raise(vm.types.ValueError, "recursion limit must be greater or equal than 1");
  vm.set_recursion_limit(static_cast<uint32_t>(std::min<int64_t>(limit, 100000)));
  return Value::none();
}

// sys.stdout and sys.stderr: objects with write() and flush().
Value stream_write(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "write", 1)) return Value::error();
  if (!args[1].is_object() || args[1].as_object()->type->layout != Layout::Str)
    return vm.raise(vm.types.TypeError, "write() argument must be str, not " + type_name(vm, args[1]));
  Str* text = static_cast<Str*>(args[1].as_object());
  bool is_stderr = vm.stream_is_stderr(args[0]);
  if (is_stderr) vm.write_stderr(text->utf8());
  else vm.write_stdout(text->utf8());
  return Value::from_int(static_cast<int64_t>(text->length));
}

Value stream_flush(VM& vm, CallArgs args) { return Value::none(); }

}  // namespace

bool install_sys_module(VM& vm, Module* module) {
  module_add_function(vm, module, "exit", sys_exit);
  module_add_function(vm, module, "getrecursionlimit", sys_getrecursionlimit);
  module_add_function(vm, module, "setrecursionlimit", sys_setrecursionlimit);
  module_add_value(vm, module, "version", Value::from_object(make_str(vm, "3.11.7 (Saessak " SAESSAK_VERSION ")")));
  module_add_value(vm, module, "platform", Value::from_object(make_str(vm, vm.platform())));
  module_add_value(vm, module, "maxsize", make_int(vm, INT64_MAX));
  module_add_value(vm, module, "argv", Value::from_object(make_list(vm, vm.argv())));
  module_add_value(vm, module, "modules", Value::from_object(vm.modules()));
  module_add_value(vm, module, "path", Value::from_object(make_list(vm)));
  std::vector<Value> version{Value::from_int(3), Value::from_int(11), Value::from_int(7),
                             Value::from_object(make_str(vm, "final")), Value::from_int(0)};
  module_add_value(vm, module, "version_info", Value::from_object(make_tuple(vm, std::move(version))));
  Type* stream = vm.new_type("TextIOWrapper", vm.types.object, Layout::Instance);
  stream->module = "_io";
  add_method(vm, stream, "write", stream_write);
  add_method(vm, stream, "flush", stream_flush);
  for (const char* name : {"stdout", "stderr"}) {
    Value s = Value::from_object(vm.heap.make<Instance>(stream, make_dict(vm)));
    module_add_value(vm, module, name, s);
    if (std::string(name) == "stderr") vm.set_stderr_object(s);
    else vm.set_stdout_object(s);
  }
  return true;
}

}  // namespace saessak
