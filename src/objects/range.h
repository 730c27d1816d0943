// `range` and the iterators over range, list and str.
#pragma once

#include "objects/heap.h"

namespace saessak {

struct Range final : Object {
  Range(Type* type, int64_t start, int64_t stop, int64_t step)
      : Object(type), start(start), stop(stop), step(step) {}
  int64_t length() const {
    if (step > 0 && start < stop) return (stop - start - 1) / step + 1;
    if (step < 0 && start > stop) return (start - stop - 1) / (-step) + 1;
    return 0;
  }
  int64_t start, stop, step;
};

struct RangeIterator final : Object {
  RangeIterator(Type* type, int64_t next, int64_t step, int64_t remaining)
      : Object(type), next(next), step(step), remaining(remaining) {}
  int64_t next, step, remaining;
};

// Iterates a list or a str by index, as CPython's iterators do (a list that grows while
// iterated yields the new items too).
struct SequenceIterator final : Object {
  SequenceIterator(Type* type, Value sequence) : Object(type), sequence(sequence) {}
  void trace(Tracer& t) override { t.mark(sequence); }
  Value sequence;
  size_t index = 0;
};

void install_range_type(VM& vm);

}  // namespace saessak

namespace saessak {

struct Slice final : Object {
  Slice(Type* type, Value start, Value stop, Value step) : Object(type), start(start), stop(stop), step(step) {}
  void trace(Tracer& t) override {
    t.mark(start);
    t.mark(stop);
    t.mark(step);
  }
  Value start, stop, step;
};

}  // namespace saessak
