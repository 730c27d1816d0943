// Generators: creating them, resuming their frames, and their methods.
#include "objects/generator.h"

#include "objects/arguments.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/list.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace saessak {

bool VM::resume_generator(Generator* gen, Value sent, uint8_t mode, uint32_t result_slot, uint32_t target,
                          bool& exhausted) {
  exhausted = false;
  if (gen->running) {
    raise(types.ValueError, "generator already executing");
    return false;
  }
  if (gen->finished) {
    exhausted = true;
    return true;
  }
  if (!gen->started && !sent.is_none() && !sent.is_null()) {
    raise(types.TypeError, "can't send non-None value to a just-started generator");
    return false;
  }
  Code* code = gen->function->code;
  if (frames_.size() >= recursion_limit_ || static_cast<uint64_t>(sp_) + gen->saved.size() + code->max_stack + 8 >= stack_capacity_) {
    raise(types.RecursionError, "maximum recursion depth exceeded");
    return false;
  }
  Value* stack = stack_.get();
  uint32_t base = sp_;
  std::copy(gen->saved.begin(), gen->saved.end(), stack + base);
  Frame frame{code, gen->function->globals};
  frame.function = gen->function;
  frame.base = base;
  frame.stack_base = base + static_cast<uint32_t>(code->local_names.size());
  frame.ip = gen->ip;
  frame.result_slot = result_slot;
  frame.kind = FrameKind::Generator;
  frame.generator = gen;
  frame.resume_mode = mode;
  frame.resume_target = target;
  frames_.push_back(frame);
  sp_ = base + static_cast<uint32_t>(gen->saved.size());
  gen->saved.clear();
  if (gen->started) stack[sp_++] = sent.is_null() ? Value::none() : sent;  // the yield expression's value
  gen->started = true;
  gen->running = true;
  return true;
}

void VM::suspend_generator_frame(uint32_t ip) {
  Frame& f = frames_.back();
  Generator* gen = f.generator;
  Value* stack = stack_.get();
  gen->saved.assign(stack + f.base, stack + sp_);
  gen->ip = ip;
  gen->running = false;
  frames_.pop_back();
}

Value VM::generator_next_nested(Generator* gen, Value sent, ExceptionObject* thrown, bool collectable) {
  uint32_t base = sp_;
  bool exhausted;
  if (!resume_generator(gen, sent, static_cast<uint8_t>(ResumeMode::Nested), base, 0, exhausted)) return Value::error();
  if (exhausted) {
    if (thrown) return raise_object(thrown);
    return Value::null();
  }
  if (thrown) pending_throw_ = thrown;
  Status status = run_nested(collectable);
  sp_ = base;
  if (status == Status::Error) return Value::error();
  Value result = nested_result_;
  nested_result_ = Value::null();
  if (!nested_yielded_) {
    // Returned: the caller sees StopIteration (next) or the end of iteration.
    last_return_value_ = result;
    return Value::null();
  }
  return result;
}

namespace {

Generator* self_generator(CallArgs args) { return static_cast<Generator*>(args[0].as_object()); }

Value stop_iteration(VM& vm, Value value) {
  std::vector<Value> args;
  if (!value.is_none() && !value.is_null()) args.push_back(value);
  return vm.raise_object(vm.heap.make<ExceptionObject>(vm.types.StopIteration, make_tuple(vm, std::move(args))));
}

// These run the generator nested; the interpreter resumes generators in place instead
// whenever they are called from Python code (see perform_call), so input() and Stop work.
Value generator_send(VM& vm, CallArgs args) {
  if (!check_exactly_one(vm, args, "generator.send", 1)) return Value::error();
  Value r = vm.generator_next_nested(self_generator(args), args[1]);
  if (r.is_null()) return stop_iteration(vm, vm.take_last_return_value());
  return r;
}

Value generator_next(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "generator.__next__", 1)) return Value::error();
  Value r = vm.generator_next_nested(self_generator(args), Value::none());
  if (r.is_null()) return stop_iteration(vm, vm.take_last_return_value());
  return r;
}

Value generator_throw(VM& vm, CallArgs args) {
  if (!check_between(vm, args, "throw", 1, 3, 1)) return Value::error();
  ExceptionObject* e = nullptr;
  if (!vm.make_exception_from(args[1], e)) return Value::error();
  if (args.count == 3 && !args[2].is_none()) {
    ExceptionObject* with_value = nullptr;
    if (!vm.make_exception_from(args[2], with_value)) return Value::error();
    e = with_value;
  }
  Generator* gen = self_generator(args);
  if (!gen->started) {
    gen->finished = true;
    return vm.raise_object(e);
  }
  Value r = vm.generator_next_nested(gen, Value::none(), e);
  if (r.is_null()) return stop_iteration(vm, vm.take_last_return_value());
  return r;
}

Value generator_close(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "generator.close", 1)) return Value::error();
  Generator* gen = self_generator(args);
  if (!gen->started || gen->finished) {
    gen->finished = true;
    return Value::none();
  }
  ExceptionObject* exit = make_exception(vm, vm.types.GeneratorExit, "");
  Value r = vm.generator_next_nested(gen, Value::none(), exit);
  if (r.is_error()) {
    Type* t = vm.pending_exception()->type;
    if (t->is_subtype_of(vm.types.GeneratorExit) || t->is_subtype_of(vm.types.StopIteration)) {
      vm.clear_pending_exception();
      return Value::none();
    }
    return r;
  }
  if (r.is_null()) return Value::none();
  return vm.raise(vm.types.RuntimeError, "generator ignored GeneratorExit");
}

Value generator_iter(VM& vm, CallArgs args) {
  if (!check_none(vm, args, "generator.__iter__", 1)) return Value::error();
  return args[0];
}

}  // namespace

void install_generator_type(VM& vm) {
  for (Type* t : {vm.types.generator, vm.types.coroutine}) {
    add_method(vm, t, "send", generator_send);
    add_method(vm, t, "throw", generator_throw);
    add_method(vm, t, "close", generator_close);
    if (t == vm.types.generator) {
      add_method(vm, t, "__next__", generator_next);
      add_method(vm, t, "__iter__", generator_iter);
    }
    auto mark = [&](const char* name, GeneratorOp op) {
      static_cast<NativeFunction*>(t->attributes->get_str(vm.intern(name)).as_object())->generator_op = op;
    };
    mark("send", GeneratorOp::Send);
    if (t == vm.types.generator) mark("__next__", GeneratorOp::DunderNext);
  }
}

}  // namespace saessak
