// The gc module: gc.collect() runs a full collection now, calling __del__ of objects that
// became unreachable (each once). Automatic collections free such objects without calling
// __del__ (see tests/conformance/DEVIATIONS.md); enable/disable only record the wish, since
// our collector has no reference counts to fall back on.
#include "modules/registry.h"
#include "objects/arguments.h"
#include "vm/vm.h"

namespace saessak {

namespace {

bool automatic_enabled = true;  // what gc.isenabled() reports

Value gc_collect(VM& vm, CallArgs args) {
  if (!check_keywords(vm, args, "collect", {"generation"})) return Value::error();
  if (args.count > 1) return vm.raise(vm.types.TypeError, "collect() takes at most 1 argument (" + std::to_string(args.count) + " given)");
  return Value::from_int(vm.collect_now());
}

Value gc_enable(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "enable")) return Value::error();
  automatic_enabled = true;
  return Value::none();
}

Value gc_disable(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "disable")) return Value::error();
  automatic_enabled = false;
  return Value::none();
}

Value gc_isenabled(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "isenabled")) return Value::error();
  return Value::from_bool(automatic_enabled);
}

}  // namespace

bool install_gc_module(VM& vm, Module* module) {
  module_add_function(vm, module, "collect", gc_collect);
  module_add_function(vm, module, "enable", gc_enable);
  module_add_function(vm, module, "disable", gc_disable);
  module_add_function(vm, module, "isenabled", gc_isenabled);
  return true;
}

}  // namespace saessak
