// Generators: a function's frame that outlives a call. While suspended, its slots and
// operand stack are kept here; resuming copies them back onto the VM's stack as a frame.
#pragma once

#include <vector>

#include "objects/function.h"

namespace saessak {

struct Generator final : Object {
  Generator(Type* type, Function* function) : Object(type), function(function) {}
  void trace(Tracer& t) override {
    t.mark(function);
    for (Value v : saved) t.mark(v);
  }
  size_t external_bytes() const override { return saved.capacity() * sizeof(Value); }

  Function* function;
  std::vector<Value> saved;  // slots, then the operand stack, while suspended
  uint32_t ip = 0;
  bool started = false;
  bool running = false;
  bool finished = false;
};

// How a generator was resumed, so its next yield or return lands in the right place.
enum class ResumeMode : uint8_t {
  ForIter,      // a for loop: return jumps to the loop's exit and drops the iterator
  Next,         // next(g) or g.send(v): return raises StopIteration(value)
  NextDefault,  // next(g, default): return gives the default (in Frame::extra)
  Send,         // yield from: return replaces the delegating receiver by the return value
  Nested,       // native code (list(g), sum(g)...): yield and return end the nested run
};

}  // namespace saessak
