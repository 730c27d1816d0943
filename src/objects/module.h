// Modules: a name and a namespace. Built-in modules are written in C++ (an installer fills
// the namespace) or in Python, frozen into the binary as source (see modules/registry.h).
#pragma once

#include "objects/dict.h"
#include "objects/str.h"

namespace saessak {

struct Module final : Object {
  Module(Type* type, Str* name, Dict* dict) : Object(type), name(name), dict(dict) {}
  void trace(Tracer& t) override {
    t.mark(name);
    t.mark(dict);
  }
  Str* name;
  Dict* dict;
};

}  // namespace saessak
