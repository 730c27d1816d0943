#include "modules/number_args.h"

#include <vector>

#include "objects/builtin_subclass.h"
#include "objects/classes.h"
#include "objects/complex.h"
#include "objects/number_protocols.h"
#include "objects/dunders.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

namespace {

Value call_dunder(VM& vm, Value v, const char* name) {
  if (!is_python_object(v)) return Value::null();
  Value method = lookup_python_dunder(v.as_object()->type, vm.intern(name));
  if (method.is_null()) return Value::null();
  Value self = v;
  return vm.call(method, CallArgs{&self, 1, nullptr});
}

}  // namespace

bool real_arg(VM& vm, Value v, double& out) {
  if (v.is_double()) {
    out = v.as_double();
    return true;
  }
  if (v.is_int()) {
    out = static_cast<double>(v.as_int());
    return true;
  }
  if (v.is_bool()) {
    out = v.as_bool() ? 1.0 : 0.0;
    return true;
  }
  if (is_big_int(v)) {
    bool overflow = false;
    out = big_of(v).to_double(overflow);
    if (overflow) {
      vm.raise(vm.types.OverflowError, "int too large to convert to float");
      return false;
    }
    return true;
  }
  Value r = call_dunder(vm, v, "__float__");
  if (r.is_error()) return false;
  if (!r.is_null()) {
    if (!r.is_double()) {
      vm.raise(vm.types.TypeError, type_name(vm, v) + ".__float__ returned non-float (type " + type_name(vm, r) + ")");
      return false;
    }
    out = r.as_double();
    return true;
  }
  r = call_dunder(vm, v, "__index__");
  if (r.is_error()) return false;
  if (!r.is_null() && is_integer(r)) return real_arg(vm, r, out);
  if (is_boxed_number(v) && !is_complex(unboxed(v))) return real_arg(vm, unboxed(v), out);
  vm.raise(vm.types.TypeError, "must be real number, not " + type_name(vm, v));
  return false;
}

bool index_arg(VM& vm, Value v, BigInt& out) {
  if (is_integer(v)) {
    out = to_bigint(v);
    return true;
  }
  Value r = index_value(vm, v);
  if (r.is_error()) return false;
  if (!r.is_null()) {
    out = to_bigint(r);
    return true;
  }
  vm.raise(vm.types.TypeError, "'" + type_name(vm, v) + "' object cannot be interpreted as an integer");
  return false;
}

static std::string name_list(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

bool bind_python_args(VM& vm, CallArgs args, const std::string& qualname, bool has_self,
                      std::initializer_list<Param> params, Value* out) {
  const Param* p = params.begin();
  int count = static_cast<int>(params.size());
  int positional = 0, required_positional = 0;
  for (int i = 0; i < count; ++i)
    if (!p[i].keyword_only) {
      ++positional;
      if (p[i].default_value.is_null()) ++required_positional;
    }
  int self_count = has_self ? 1 : 0;
  int given = args.count - self_count;
  if (given > positional) {
    int lo = required_positional + self_count, hi = positional + self_count;
    std::string takes = lo == hi ? std::to_string(hi) + " positional argument" + (hi == 1 ? "" : "s")
                                 : "from " + std::to_string(lo) + " to " + std::to_string(hi) + " positional arguments";
    int total = given + self_count;
    vm.raise(vm.types.TypeError, qualname + "() takes " + takes + " but " + std::to_string(total) +
                                     (total == 1 ? " was" : " were") + " given");
    return false;
  }
  for (int i = 0; i < count; ++i) out[i] = Value::null();
  for (int i = 0; i < given; ++i) out[i] = args[self_count + i];
  for (int k = 0; k < args.keyword_count(); ++k) {
    std::string key = static_cast<Str*>(args.kwnames->items[k].as_object())->utf8();
    int found = -1;
    for (int i = 0; i < count; ++i)
      if (key == p[i].name) found = i;
    if (found < 0) {
      vm.raise(vm.types.TypeError, qualname + "() got an unexpected keyword argument '" + key + "'");
      return false;
    }
    if (!out[found].is_null()) {
      vm.raise(vm.types.TypeError, qualname + "() got multiple values for argument '" + key + "'");
      return false;
    }
    out[found] = args.values[args.count + k];
  }
  std::vector<std::string> missing, missing_kw;
  for (int i = 0; i < count; ++i) {
    if (!out[i].is_null()) continue;
    if (p[i].default_value.is_null()) (p[i].keyword_only ? missing_kw : missing).push_back(p[i].name);
    else out[i] = p[i].default_value;
  }
  if (!missing.empty()) {
    vm.raise(vm.types.TypeError, qualname + "() missing " + std::to_string(missing.size()) + " required positional argument" +
                                     (missing.size() == 1 ? "" : "s") + ": " + name_list(missing));
    return false;
  }
  if (!missing_kw.empty()) {
    vm.raise(vm.types.TypeError, qualname + "() missing " + std::to_string(missing_kw.size()) +
                                     " required keyword-only argument" + (missing_kw.size() == 1 ? "" : "s") + ": " +
                                     name_list(missing_kw));
    return false;
  }
  return true;
}

}  // namespace saessak
