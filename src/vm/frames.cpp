// Entering Python functions and the frames that need work when they return; VM::call for
// native code.
#include <algorithm>

#include "compiler/compiler.h"
#include "objects/classes.h"
#include "objects/dunders.h"
#include "objects/module.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/list.h"
#include "objects/protocols.h"
#include "objects/str.h"
#include "vm/call.h"
#include "vm/traceback.h"
#include "vm/vm.h"

namespace saessak {

// How many nested VM::call levels may run: each one uses some C++ stack.
static constexpr int kMaxNestedRuns = 120;

bool VM::enter_function(Function* fn, uint32_t args_at, uint32_t argc, Tuple* kwnames, uint32_t result_slot,
                        FrameKind kind) {
  Code* callee = fn->code;
  uint32_t nlocals = static_cast<uint32_t>(callee->local_names.size());
  if (frames_.size() >= recursion_limit_ ||
      static_cast<uint64_t>(args_at) + nlocals + callee->max_stack + 8 >= stack_capacity_) {
    raise(types.RecursionError, "maximum recursion depth exceeded");
    return false;
  }
  uint32_t kwcount = kwnames ? static_cast<uint32_t>(kwnames->items.size()) : 0;
  uint32_t nparams = callee->argcount + callee->kwonlyargcount + (callee->has_varargs ? 1 : 0) +
                     (callee->has_varkeywords ? 1 : 0);
  Value* stack = stack_.get();
  // The common case needs no binding: exactly the positional parameters were given.
  if (kwcount != 0 || argc != callee->argcount || nparams != callee->argcount) {
    if (!bind_arguments(*this, fn, stack + args_at, argc - kwcount, kwnames, bound_arguments_)) return false;
    std::copy(bound_arguments_.begin(), bound_arguments_.end(), stack + args_at);
    bound_arguments_.clear();
  }
  for (uint32_t i = nparams; i < nlocals; ++i) stack[args_at + i] = Value::null();
  if (callee->is_generator || callee->is_coroutine) {
    // Calling a generator function makes a generator (async def: a coroutine); its body runs
    // when it is resumed.
    Generator* gen = heap.make<Generator>(callee->is_coroutine ? types.coroutine : types.generator, fn);
    gen->saved.assign(stack + args_at, stack + args_at + nlocals);
    stack[result_slot] = Value::from_object(gen);
    sp_ = result_slot + 1;
    return true;
  }
  Frame next{callee, fn->globals};
  next.function = fn;
  next.base = args_at;
  next.stack_base = args_at + nlocals;
  next.result_slot = result_slot;
  next.kind = kind;
  frames_.push_back(next);
  sp_ = next.stack_base;
  return true;
}

Status VM::run_nested(bool collectable) {
  ++nested_runs_;
  if (collectable) ++collectable_nested_runs_;
  Status status = execute(INT64_MAX / 2);
  if (collectable) --collectable_nested_runs_;
  --nested_runs_;
  return status;
}

Value VM::call_async_dunder(Value v, const char* dunder, const char* missing) {
  Value method = is_python_object(v) ? lookup_python_dunder(v.as_object()->type, intern(dunder)) : Value::null();
  if (method.is_null()) return raise(types.TypeError, missing + type_name(*this, v));
  return call(method, CallArgs{&v, 1, nullptr});
}

bool VM::check_native_receiver(NativeFunction* native, CallArgs args) {
  // A method taken from its class (list.append) gets its receiver as the first argument.
  if (!native->owner) return true;
  if (args.count == 0) {
    raise(types.TypeError, "unbound method " + native->owner->name + "." + native->name + "() needs an argument");
    return false;
  }
  Type* actual = type_of(*this, args[0]);
  if (actual->is_subtype_of(native->owner)) return true;
  // Built-in types without a C++ layout of their own (int, float, bool) share one.
  if (native->owner == types.object) return true;
  raise(types.TypeError, "descriptor '" + native->name + "' for '" + native->owner->name + "' objects doesn't apply to a '" +
                             actual->name + "' object");
  return false;
}

Value VM::call(Value callable, CallArgs args) {
  if (!callable.is_object()) return raise(types.TypeError, "'" + type_of_name(callable) + "' object is not callable");
  Object* target = callable.as_object();
  switch (target->type->layout) {
    case Layout::Native: {
      NativeFunction* native = static_cast<NativeFunction*>(target);
      if (!check_native_receiver(native, args)) return Value::error();
      return native->fn(*this, args);
    }
    case Layout::BoundMethod: {
      BoundMethod* m = static_cast<BoundMethod*>(target);
      std::vector<Value> with_self{m->self};
      int total = args.count + args.keyword_count();
      with_self.insert(with_self.end(), args.values, args.values + total);
      return call(m->function, CallArgs{with_self.data(), args.count + 1, args.kwnames});
    }
    case Layout::Function: break;
    case Layout::Type: {
      Type* type = static_cast<Type*>(target);
      // A metaclass may define __call__ (e.g. to return a cached instance).
      if (type->type && type->type->is_heap_type) {
        Value meta_call = lookup_python_dunder(type->type, intern("__call__"));
        if (!meta_call.is_null()) {
          std::vector<Value> with_class{callable};
          int total = args.count + args.keyword_count();
          with_class.insert(with_class.end(), args.values, args.values + total);
          return call(meta_call, CallArgs{with_class.data(), args.count + 1, args.kwnames});
        }
      }
      return call_class(type, args);
    }
    default: {
      // staticmethod objects are callable since 3.10.
      if (target->type->layout == Layout::StaticMethod) return call(static_cast<MethodWrapper*>(target)->function, args);
      Value method = lookup_python_dunder(target->type, intern("__call__"));
      if (method.is_null()) return raise(types.TypeError, "'" + target->type->name + "' object is not callable");
      std::vector<Value> with_self{callable};
      int total = args.count + args.keyword_count();
      with_self.insert(with_self.end(), args.values, args.values + total);
      return call(method, CallArgs{with_self.data(), args.count + 1, args.kwnames});
    }
  }
  if (nested_runs_ >= kMaxNestedRuns) return raise(types.RecursionError, "maximum recursion depth exceeded while calling a Python object");
  // Lay the call out above everything live, as the CALL instruction would find it.
  uint32_t base = sp_;
  int total = args.count + args.keyword_count();
  if (static_cast<uint64_t>(base) + total + 2 >= stack_capacity_) return raise(types.RecursionError, "maximum recursion depth exceeded");
  Value* stack = stack_.get();
  stack[base] = callable;
  std::copy(args.values, args.values + total, stack + base + 1);
  sp_ = base + 1 + total;
  size_t depth_before = frames_.size();
  if (!enter_function(static_cast<Function*>(target), base + 1, static_cast<uint32_t>(total), args.kwnames, base,
                      FrameKind::Nested)) {
    sp_ = base;
    return Value::error();
  }
  if (frames_.size() == depth_before) {
    // A generator function: the call made a generator and ran nothing.
    Value gen = stack[base];
    sp_ = base;
    return gen;
  }
  Status status = run_nested();
  sp_ = base;
  if (status == Status::Error) return Value::error();
  Value result = nested_result_;
  nested_result_ = Value::null();
  return result;
}

Value VM::run_source_nested(std::string_view source, const std::string& filename, CompileMode mode, Dict* globals,
                             Dict* locals) {
  auto file = std::make_shared<SourceFile>(filename, std::string(source));
  CompileResult compiled = compile(*this, file, mode);
  if (compiled.error && mode != CompileMode::Eval && filename.size() > 3 && filename.substr(filename.size() - 3) == ".py") {
    // An imported file: its SyntaxError reads like the main program's.
    last_error_ = render_compile_error(*compiled.error, *file);
  }
  if (compiled.error) {
    // SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)), as CPython.
    const CompileError& ce = *compiled.error;
    Type* type = ce.type == "IndentationError" ? types.IndentationError : ce.type == "TabError" ? types.TabError : types.SyntaxError;
    std::string text(file->line(ce.line));
    std::vector<Value> details{Value::from_object(make_str(*this, filename)), Value::from_int(ce.line),
                               Value::from_int(ce.column + 1), Value::from_object(make_str(*this, text)),
                               Value::from_int(ce.end_line ? ce.end_line : ce.line),
                               Value::from_int((ce.end_column >= 0 ? ce.end_column : ce.column + 1) + 1)};
    std::vector<Value> args{Value::from_object(make_str(*this, ce.message)), Value::from_object(make_tuple(*this, std::move(details)))};
    return raise_object(heap.make<ExceptionObject>(type, make_tuple(*this, std::move(args))));
  }
  if (frames_.size() >= recursion_limit_) return raise(types.RecursionError, "maximum recursion depth exceeded");
  uint32_t base = sp_;
  Value* stack = stack_.get();
  stack[base] = Value::from_object(compiled.code);  // rooted while it runs
  Frame frame{compiled.code, globals};
  frame.base = base + 1;
  frame.stack_base = base + 1;
  frame.result_slot = base;
  frame.kind = FrameKind::Nested;
  frame.locals_dict = locals != globals ? locals : nullptr;
  frames_.push_back(frame);
  sp_ = base + 1;
  Status status = run_nested();
  sp_ = base;
  if (status == Status::Error) return Value::error();
  Value result = nested_result_;
  nested_result_ = Value::null();
  return mode == CompileMode::Eval ? result : Value::none();
}

bool VM::run_module_source(Module* module, const char* source) {
  return !run_source_nested(source, "<frozen " + module->name->utf8() + ">", CompileMode::File, module->dict, module->dict)
              .is_error();
}

Value VM::finish_special_frame(const Frame& done, Value result) {
  switch (done.kind) {
    case FrameKind::Init:
      if (!result.is_none())
        return raise(types.TypeError, "__init__() should return None, not '" + type_of_name(result) + "'");
      return done.extra;
    case FrameKind::ClassBody: return build_class(done, result);
    default: return result;
  }
}

}  // namespace saessak
