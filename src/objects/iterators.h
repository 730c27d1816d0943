// Iterators implemented in C++ (enumerate, zip, map, filter, reversed, iter(f, sentinel)):
// each knows how to produce its next item.
#pragma once

#include <vector>

#include "objects/heap.h"

namespace saessak {

struct NativeIterator : Object {
  explicit NativeIterator(Type* type) : Object(type) {}
  // The next item, Value::null() when exhausted, or Value::error().
  virtual Value next(VM& vm) = 0;
};

void install_iterators(VM& vm);

}  // namespace saessak
