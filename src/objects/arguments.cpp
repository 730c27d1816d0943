#include "objects/arguments.h"

#include "objects/list.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

bool check_no_keywords(VM& vm, CallArgs args, std::string_view name) {
  if (args.keyword_count() == 0) return true;
  vm.raise(vm.types.TypeError, std::string(name) + "() takes no keyword arguments");
  return false;
}

bool check_exactly_one(VM& vm, CallArgs args, std::string_view name, int skip) {
  if (!check_no_keywords(vm, args, name)) return false;
  if (args.count - skip == 1) return true;
  vm.raise(vm.types.TypeError, std::string(name) + "() takes exactly one argument (" + std::to_string(args.count - skip) + " given)");
  return false;
}

bool check_none(VM& vm, CallArgs args, std::string_view name, int skip) {
  if (!check_no_keywords(vm, args, name)) return false;
  if (args.count - skip == 0) return true;
  vm.raise(vm.types.TypeError, std::string(name) + "() takes no arguments (" + std::to_string(args.count - skip) + " given)");
  return false;
}

bool check_between(VM& vm, CallArgs args, std::string_view name, int min, int max, int skip) {
  if (!check_no_keywords(vm, args, name)) return false;
  int n = args.count - skip;
  if (n < min) {
    vm.raise(vm.types.TypeError, std::string(name) + " expected at least " + std::to_string(min) + " argument" + (min == 1 ? "" : "s") +
                                     ", got " + std::to_string(n));
    return false;
  }
  if (n > max) {
    vm.raise(vm.types.TypeError, std::string(name) + " expected at most " + std::to_string(max) + " argument" + (max == 1 ? "" : "s") +
                                     ", got " + std::to_string(n));
    return false;
  }
  return true;
}

Value keyword_argument(CallArgs args, std::string_view name) {
  for (int i = 0; i < args.keyword_count(); ++i) {
    Str* key = static_cast<Str*>(args.kwnames->items[i].as_object());
    if (key->utf8() == name) return args.values[args.count + i];
  }
  return Value::null();
}

bool check_keywords(VM& vm, CallArgs args, std::string_view name, std::initializer_list<std::string_view> allowed) {
  for (int i = 0; i < args.keyword_count(); ++i) {
    std::string key = static_cast<Str*>(args.kwnames->items[i].as_object())->utf8();
    bool ok = false;
    for (std::string_view a : allowed) ok = ok || a == key;
    if (!ok) {
      vm.raise(vm.types.TypeError, "'" + key + "' is an invalid keyword argument for " + std::string(name) + "()");
      return false;
    }
  }
  return true;
}

}  // namespace saessak
