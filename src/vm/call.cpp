#include "vm/call.h"

#include <string>

#include "objects/dict.h"
#include "objects/list.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

namespace {

std::string quoted_list(const std::vector<std::string>& names) {
  // 'a'  |  'a' and 'b'  |  'a', 'b', and 'c'
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

std::string plural(size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

}  // namespace

bool bind_arguments(VM& vm, Function* function, const Value* values, uint32_t count, Tuple* kwnames,
                    std::vector<Value>& slots) {
  Code* code = function->code;
  const std::string name = code->qualname->utf8() + "()";
  uint32_t positional = code->argcount;
  uint32_t kwonly = code->kwonlyargcount;
  uint32_t total = positional + kwonly + (code->has_varargs ? 1 : 0) + (code->has_varkeywords ? 1 : 0);
  slots.assign(total, Value::null());
  uint32_t varargs_slot = positional + kwonly;
  uint32_t varkw_slot = varargs_slot + (code->has_varargs ? 1 : 0);

  // Positional arguments, the extra ones into *args.
  uint32_t direct = std::min(count, positional);
  for (uint32_t i = 0; i < direct; ++i) slots[i] = values[i];
  if (code->has_varargs) {
    std::vector<Value> extra(values + direct, values + count);
    slots[varargs_slot] = Value::from_object(make_tuple(vm, std::move(extra)));
  } else if (count > positional) {
    size_t defaults = function->defaults ? function->defaults->items.size() : 0;
    std::string takes = defaults ? "from " + std::to_string(positional - defaults) + " to " + std::to_string(positional)
                                 : std::to_string(positional);
    uint32_t given_kwonly = 0;
    for (uint32_t k = 0; kwnames && k < kwnames->items.size(); ++k)
      for (uint32_t p = positional; p < positional + kwonly; ++p)
        if (code->local_names[p]->equals(static_cast<Str*>(kwnames->items[k].as_object()))) ++given_kwonly;
    std::string message = name + " takes " + takes + " positional argument" +
                          (positional == 1 && !defaults ? "" : "s") + " but " + std::to_string(count);
    if (given_kwonly)
      message += " positional argument" + std::string(count == 1 ? "" : "s") + " (and " +
                 plural(given_kwonly, "keyword-only argument") + ") were given";
    else
      message += count == 1 ? " was given" : " were given";
    vm.raise(vm.types.TypeError, message);
    return false;
  }

  // Keyword arguments, the unknown ones into **kwargs.
  Dict* varkw = nullptr;
  if (code->has_varkeywords) {
    varkw = make_dict(vm);
    slots[varkw_slot] = Value::from_object(varkw);
  }
  std::vector<std::string> positional_only_by_keyword;
  for (uint32_t k = 0; kwnames && k < kwnames->items.size(); ++k) {
    Str* key = static_cast<Str*>(kwnames->items[k].as_object());
    Value value = values[count + k];
    uint32_t index = total;
    for (uint32_t p = code->posonlyargcount; p < positional + kwonly; ++p)
      if (code->local_names[p]->equals(key)) index = p;
    if (index == total) {
      bool is_posonly = false;
      for (uint32_t p = 0; p < code->posonlyargcount; ++p) is_posonly = is_posonly || code->local_names[p]->equals(key);
      if (varkw) {
        varkw->set_str(key, value);
        continue;
      }
      if (is_posonly) {
        positional_only_by_keyword.push_back(key->utf8());
        continue;
      }
      vm.raise(vm.types.TypeError, name + " got an unexpected keyword argument '" + key->utf8() + "'");
      return false;
    }
    if (!slots[index].is_null()) {
      vm.raise(vm.types.TypeError, name + " got multiple values for argument '" + key->utf8() + "'");
      return false;
    }
    slots[index] = value;
  }
  if (!positional_only_by_keyword.empty()) {
    std::string joined;
    for (size_t i = 0; i < positional_only_by_keyword.size(); ++i)
      joined += (i ? ", '" : "'") + positional_only_by_keyword[i] + "'";
    vm.raise(vm.types.TypeError, name + " got some positional-only arguments passed as keyword arguments: " + joined);
    return false;
  }

  // Defaults, then what is still missing.
  if (function->defaults) {
    const std::vector<Value>& defaults = function->defaults->items;
    uint32_t first = positional - static_cast<uint32_t>(defaults.size());
    for (uint32_t i = first; i < positional; ++i)
      if (slots[i].is_null()) slots[i] = defaults[i - first];
  }
  std::vector<std::string> missing;
  for (uint32_t i = 0; i < positional; ++i)
    if (slots[i].is_null()) missing.push_back(code->local_names[i]->utf8());
  if (!missing.empty()) {
    vm.raise(vm.types.TypeError, name + " missing " + plural(missing.size(), "required positional argument") + ": " +
                                     quoted_list(missing));
    return false;
  }
  for (uint32_t i = positional; i < positional + kwonly; ++i) {
    if (!slots[i].is_null()) continue;
    Value fallback = function->kwdefaults ? function->kwdefaults->get_str(code->local_names[i]) : Value::null();
    if (!fallback.is_null()) slots[i] = fallback;
    else missing.push_back(code->local_names[i]->utf8());
  }
  if (!missing.empty()) {
    vm.raise(vm.types.TypeError, name + " missing " + plural(missing.size(), "required keyword-only argument") + ": " +
                                     quoted_list(missing));
    return false;
  }
  return true;
}

}  // namespace saessak
