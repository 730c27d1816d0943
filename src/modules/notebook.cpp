// The `_notebook` module: the one channel from Python to the notebook page for rich output
// (display(), the turtle's drawing). Each message is a JSON object built by the Python side
// (src/modules/python/_display.py, turtle.py) and handed to the host as it is; the wasm host
// passes it to the kernel worker, the CLI ignores it. Kept this thin so the page's protocol
// can grow without touching C++.
#include "modules/notebook.h"

#include "modules/registry.h"
#include "objects/dict.h"
#include "objects/arguments.h"
#include "objects/function.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

namespace {

// _notebook.publish(message: str) -> bool: whether a page showed it.
Value notebook_publish(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "publish")) return Value::error();
  if (!args[0].is_object() || args[0].as_object()->type->layout != Layout::Str)
    return vm.raise(vm.types.TypeError, "publish() argument must be str, not " + type_name(vm, args[0]));
  std::string message = static_cast<Str*>(args[0].as_object())->utf8();
  if (message.empty()) return Value::from_bool(false);
  return Value::from_bool(vm.display(message));
}

// _notebook.live() -> bool: whether display messages are shown (true in the notebook page).
// The turtle animates only then; natively it skips the pacing sleeps.
Value notebook_live(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "live")) return Value::error();
  return Value::from_bool(vm.display(std::string_view()));
}

// _notebook.install_builtin(name, value): makes `name` a built-in, as IPython makes display().
// Only the notebook's worker calls it (through `import _display`).
Value notebook_install_builtin(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "install_builtin", 1)) return Value::error();
  if (!args[0].is_object() || args[0].as_object()->type->layout != Layout::Str) return vm.raise(vm.types.TypeError, "install_builtin() name must be str");
  vm.builtins()->set_str(vm.intern(static_cast<Str*>(args[0].as_object())->utf8()), args[1]);
  return Value::none();
}

bool has_rich_form(VM& vm, Value v) {
  static const char* const kMethods[] = {"_repr_html_", "_repr_markdown_", "_repr_svg_", "_repr_png_", "_repr_jpeg_"};
  for (const char* name : kMethods) {
    Value found = get_attribute(vm, v, vm.intern(name));
    if (found.is_error()) {
      vm.clear_pending_exception();
      continue;
    }
    return true;
  }
  return false;
}

}  // namespace

void publish_rich_result(VM& vm, Value result) {
  // Only where a page can show it, and only for objects that offer a rich form, so a plain
  // cell result costs two attribute misses and no import.
  if (!vm.display(std::string_view()) || !has_rich_form(vm, result)) return;
  Value module = vm.import_module("_display");
  Value publish = module.is_error() ? module : get_attribute(vm, module, vm.intern("_publish_result"));
  if (!publish.is_error()) {
    Value args[1] = {result};
    publish = vm.call(publish, CallArgs{args, 1, nullptr});
  }
  // Like IPython, a failing _repr_*_ leaves the text form shown; the error is dropped.
  if (publish.is_error()) vm.clear_pending_exception();
}

bool install_notebook_module(VM& vm, Module* module) {
  module_add_function(vm, module, "publish", notebook_publish);
  module_add_function(vm, module, "live", notebook_live);
  module_add_function(vm, module, "install_builtin", notebook_install_builtin);
  return true;
}

}  // namespace saessak
