#include "vm/vm.h"

#include <new>
#include <type_traits>

#include "compiler/compiler.h"
#include "modules/builtins.h"
#include "modules/registry.h"
#include "objects/module.h"
#include "objects/classes.h"
#include "objects/dict.h"
#include "objects/dunders.h"
#include "objects/exception.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/iterators.h"
#include "objects/list.h"
#include "objects/protocols.h"
#include "objects/range.h"
#include "objects/str.h"
#include "vm/traceback.h"

namespace saessak {

void install_generator_type(VM& vm);
void install_builtin_dunders(VM& vm);

// Value stack size: enough for the recursion limit's worth of ordinary frames.
static constexpr uint32_t kStackCapacity = 1u << 18;

Type* VM::new_type(std::string name, Type* base, Layout layout) {
  Type* t = heap.make<Type>(types.type, std::move(name), base, layout);
  t->attributes = make_dict(*this);
  all_types_.push_back(t);
  return t;
}

VM::VM(Host& host) : host_(host) {
  // `type` is its own type; `object` is everyone's base.
  types.type = heap.make<Type>(nullptr, "type", nullptr, Layout::Type);
  types.type->type = types.type;
  all_types_.push_back(types.type);
  types.dict = heap.make<Type>(types.type, "dict", nullptr, Layout::Dict);
  all_types_.push_back(types.dict);
  types.type->attributes = make_dict(*this);
  types.dict->attributes = make_dict(*this);
  types.object = new_type("object", nullptr, Layout::Immediate);
  types.type->base = types.object;
  types.dict->base = types.object;
  types.str = new_type("str", types.object, Layout::Str);

  types.none = new_type("NoneType", types.object, Layout::Immediate);
  types.not_implemented = new_type("NotImplementedType", types.object, Layout::Immediate);
  types.ellipsis = new_type("ellipsis", types.object, Layout::Immediate);
  types.int_ = new_type("int", types.object, Layout::BigInt);
  types.bool_ = new_type("bool", types.int_, Layout::Immediate);
  types.float_ = new_type("float", types.object, Layout::Immediate);
  types.list = new_type("list", types.object, Layout::List);
  types.tuple = new_type("tuple", types.object, Layout::Tuple);
  types.set = new_type("set", types.object, Layout::Set);
  types.frozenset = new_type("frozenset", types.object, Layout::Set);
  types.range = new_type("range", types.object, Layout::Range);
  types.slice = new_type("slice", types.object, Layout::Slice);
  types.function = new_type("function", types.object, Layout::Function);
  types.builtin_function = new_type("builtin_function_or_method", types.object, Layout::Native);
  types.bound_method = new_type("builtin_function_or_method", types.object, Layout::BoundMethod);
  types.code = new_type("code", types.object, Layout::Code);
  types.cell = new_type("cell", types.object, Layout::Cell);
  types.property = new_type("property", types.object, Layout::Property);
  types.classmethod = new_type("classmethod", types.object, Layout::ClassMethod);
  types.staticmethod = new_type("staticmethod", types.object, Layout::StaticMethod);
  types.super = new_type("super", types.object, Layout::Super);
  types.generator = new_type("generator", types.object, Layout::Generator);
  types.coroutine = new_type("coroutine", types.object, Layout::Generator);
  types.module = new_type("module", types.object, Layout::Module);
  types.range_iterator = new_type("range_iterator", types.object, Layout::RangeIterator);
  types.list_iterator = new_type("list_iterator", types.object, Layout::ListIterator);
  types.str_iterator = new_type("str_ascii_iterator", types.object, Layout::StrIterator);
  install_exception_types(*this);

  // Frames never move: natives may hold a frame while calling back into Python.
  frames_.reserve(kMaxRecursionLimit + 200);
  // Left uninitialized: a slot is always written before it is read (frames set their locals,
  // the collector looks only below sp), and untouched pages of this 2 MiB block cost nothing,
  // where filling it was most of the start-up time.
  static_assert(std::is_trivially_destructible_v<Value>);
  stack_.reset(static_cast<Value*>(::operator new[](sizeof(Value) * kStackCapacity)));
  stack_capacity_ = kStackCapacity;

  builtins_ = make_dict(*this);
  main_globals_ = make_dict(*this);
  modules_ = make_dict(*this);
  install_builtins(*this);
  install_class_types(*this);
  install_builtin_dunders(*this);
  install_iterators(*this);
  install_generator_type(*this);
  reset_globals();
}

VM::~VM() = default;

void VM::reset_globals() {
  main_globals_ = make_dict(*this);
  main_globals_->set_str(intern("__name__"), Value::from_object(intern("__main__")));
  main_globals_->set_str(intern("__builtins__"), Value::from_object(builtins_));
}

Str* VM::intern(std::string_view text) {
  auto it = interned_.find(text);
  if (it != interned_.end()) return it->second;
  Str* s = make_str(*this, text);
  s->interned = true;
  interned_.emplace(std::string(text), s);
  return s;
}

Str* VM::latin1_char(uint32_t code_point) {
  Str*& slot = latin1_chars_[code_point & 0xFF];
  if (slot) return slot;
  std::string utf8;
  if (code_point < 0x80) {
    utf8.push_back(static_cast<char>(code_point));
  } else {
    utf8.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    utf8.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
  auto it = interned_.find(std::string_view(utf8));
  if (it != interned_.end()) return slot = it->second;
  // Built here rather than by make_str, which itself asks for shared characters.
  Str* s = heap.make<Str>(types.str, 1, 1, std::string(1, static_cast<char>(code_point)));
  s->interned = true;
  interned_.emplace(std::move(utf8), s);
  return slot = s;
}

Str* VM::intern_static(const char* text, size_t length) {
  uintptr_t address = reinterpret_cast<uintptr_t>(text);
  size_t slot = ((address >> 3) ^ (address >> 12)) & (kStaticNames - 1);
  for (size_t probe = 0; probe < 8; ++probe, slot = (slot + 1) & (kStaticNames - 1)) {
    StaticName& entry = static_names_[slot];
    if (entry.text == text) return entry.str;
    if (!entry.text) {
      entry = {text, intern(std::string_view(text, length))};
      return entry.str;
    }
  }
  return intern(std::string_view(text, length));
}

Value VM::raise(Type* exception_type, std::string_view message) {
  return raise_object(make_exception(*this, exception_type, message));
}

Value VM::raise_object(ExceptionObject* exception) {
  // Implicit chaining: an exception raised while another is handled remembers it, unless
  // that would make a cycle.
  if (handled_exception_ && handled_exception_ != exception) {
    bool cycle = false;
    for (ExceptionObject* e = handled_exception_; e; e = e->context) cycle = cycle || e == exception;
    if (!cycle) exception->context = handled_exception_;
  }
  pending_exception_ = exception;
  return Value::error();
}

bool VM::make_exception_from(Value thrown, ExceptionObject*& out) {
  if (thrown.is_object()) {
    Object* o = thrown.as_object();
    if (o->type->layout == Layout::Exception) {
      out = static_cast<ExceptionObject*>(o);
      return true;
    }
    if (o->type->layout == Layout::Type && static_cast<Type*>(o)->is_exception) {
      Value made = call_exception_type(*this, static_cast<Type*>(o), CallArgs{});
      if (made.is_error()) return false;
      out = static_cast<ExceptionObject*>(made.as_object());
      return true;
    }
  }
  raise(types.TypeError, "exceptions must derive from BaseException");
  return false;
}

Value VM::raise_memory_error() { return raise(types.MemoryError, ""); }

bool VM::enter_native_recursion() {
  if (++native_depth_ > 200) {
    --native_depth_;
    raise(types.RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
    return false;
  }
  return true;
}

Value VM::suspend_for_input(std::string prompt) {
  waiting_ = Waiting::Input;
  input_prompt_ = std::move(prompt);
  return Value::suspend();
}

bool VM::start(std::string_view source, std::string filename, CompileMode mode) {
  frames_.clear();
  sp_ = 0;
  pending_exception_ = nullptr;
  handled_exception_ = nullptr;
  waiting_ = Waiting::Nothing;
  resume_pending_ = false;
  interrupt_requested_ = false;
  has_result_ = false;
  result_repr_.clear();
  last_error_ = {};
  mode_ = mode;
  auto file = std::make_shared<SourceFile>(std::move(filename), std::string(source));
  CompileResult compiled = compile(*this, file, mode);
  if (compiled.error) {
    fail_with_compile_error(*compiled.error, file);
    return false;
  }
  program_ = compiled.code;
  Frame frame{program_, main_globals_};
  frame.base = 0;
  frame.stack_base = 0;
  frames_.push_back(frame);
  return true;
}

void VM::reply_input(std::string_view text) {
  if (waiting_ != Waiting::Input) return;
  waiting_ = Waiting::Nothing;
  resume_pending_ = true;
  resume_value_ = Value::from_object(make_str(*this, text));
}

void VM::reply_eof() {
  if (waiting_ != Waiting::Input) return;
  waiting_ = Waiting::Nothing;
  resume_pending_ = true;
  resume_value_ = Value::error();
  raise(types.EOFError, "EOF when reading a line");
}

Value VM::suspend_for_sleep(double seconds) {
  waiting_ = Waiting::Sleep;
  sleep_seconds_ = seconds;
  return Value::suspend();
}

Status VM::run(int64_t budget) {
  if (frames_.empty()) return Status::Done;
  if (waiting_ == Waiting::Sleep) {
    // The host has waited: the sleep() call returns None, or raises KeyboardInterrupt.
    waiting_ = Waiting::Nothing;
    resume_pending_ = true;
    resume_value_ = Value::none();
    if (interrupt_requested_) {
      interrupt_requested_ = false;
      resume_value_ = Value::error();
      raise(types.KeyboardInterrupt, "");
    }
  }
  if (waiting_ == Waiting::Input) {
    if (!interrupt_requested_) return Status::SuspendedInput;
    // Stop while input() waits: the call raises KeyboardInterrupt.
    waiting_ = Waiting::Nothing;
    resume_pending_ = true;
    resume_value_ = Value::error();
    interrupt_requested_ = false;
    raise(types.KeyboardInterrupt, "");
  }
  return execute(budget);
}

void VM::collect_garbage(std::vector<Object*>* finalize) {
  Tracer tracer;
  for (Type* t : all_types_) tracer.mark(t);
  for (auto& [text, s] : interned_) tracer.mark(s);
  tracer.mark(builtins_);
  tracer.mark(main_globals_);
  tracer.mark(modules_);
  tracer.mark(stdout_object_);
  tracer.mark(stderr_object_);
  tracer.mark(program_);
  tracer.mark(pending_exception_);
  tracer.mark(handled_exception_);
  tracer.mark(resume_value_);
  tracer.mark(nested_result_);
  tracer.mark(last_return_value_);
  tracer.mark(pending_throw_);
  for (Value v : bound_arguments_) tracer.mark(v);
  for (const std::vector<Value>* values : temporary_root_vectors_)
    for (Value v : *values) tracer.mark(v);
  for (const Frame& f : frames_) {
    tracer.mark(f.function);
    tracer.mark(f.locals_dict);
    tracer.mark(f.extra);
    tracer.mark(f.generator);
    tracer.mark(f.code);
    tracer.mark(f.globals);
  }
  for (uint32_t i = 0; i < sp_; ++i) tracer.mark(stack_[i]);
  auto has_del = [](Object* o, void* vm) {
    return o->type->is_heap_type && !lookup_python_dunder(o->type, static_cast<VM*>(vm)->intern("__del__")).is_null();
  };
  heap.collect(tracer, finalize ? +has_del : nullptr, this, finalize);
}

int64_t VM::collect_now() {
  if (nested_runs_ > 0) return 0;
  size_t before = heap.object_count();
  std::vector<Object*> finalize;
  collect_garbage(&finalize);
  int64_t freed = static_cast<int64_t>(before - heap.object_count());
  for (Object* o : finalize) {
    o->gc_finalized = true;
    Value self = Value::from_object(o);
    Value method = lookup_python_dunder(o->type, intern("__del__"));
    if (call(method, CallArgs{&self, 1, nullptr}).is_error()) {
      // As CPython: the error is reported on stderr and otherwise ignored.
      ExceptionObject* error = pending_exception_;
      clear_pending_exception();
      Value where = repr(*this, method);
      std::string shown = where.is_error() ? "__del__" : static_cast<Str*>(where.as_object())->utf8();
      if (where.is_error()) clear_pending_exception();
      write_stderr("Exception ignored in: " + shown + "\n" + render_uncaught(*this, error).traceback);
    }
  }
  return freed + static_cast<int64_t>(finalize.size());
}

void VM::finish_with_error() {
  last_error_ = render_uncaught(*this, pending_exception_);
  if (pending_exception_->type->is_subtype_of(types.SystemExit)) {
    // sys.exit(code): no traceback; an int is the exit status, anything else is printed.
    ErrorReport& r = last_error_;
    r.is_system_exit = true;
    const std::vector<Value>& args = pending_exception_->args->items;
    Value code = args.empty() ? Value::none() : args.size() == 1 ? args[0] : Value::from_object(pending_exception_->args);
    r.traceback.clear();
    if (code.is_none()) r.exit_code = 0;
    else if (code.is_int()) r.exit_code = static_cast<int>(code.as_int());
    else if (code.is_bool()) r.exit_code = code.as_bool();
    else {
      r.exit_code = 1;
      Value text = to_str(*this, code);
      if (!text.is_error()) r.traceback = static_cast<Str*>(text.as_object())->utf8() + "\n";
    }
  }
  pending_exception_ = nullptr;
  handled_exception_ = nullptr;
  frames_.clear();
  sp_ = 0;
  program_ = nullptr;
}

void VM::fail_with_compile_error(const CompileError& error, const std::shared_ptr<SourceFile>& source) {
  last_error_ = render_compile_error(error, *source);
  frames_.clear();
  program_ = nullptr;
}

}  // namespace saessak

namespace saessak {

std::string VM::type_of_name(Value v) { return type_name(*this, v); }

Value VM::build_class(const Frame& body, Value class_cell) {
  Tuple* header = static_cast<Tuple*>(body.extra.as_object());  // (name, keywords or None, base, ...)
  Value name = header->items[0];
  Value keywords = header->items[1];
  std::vector<Value> bases(header->items.begin() + 2, header->items.end());
  Dict* ns = body.locals_dict;
  // The metaclass: metaclass= if given, else the most derived metaclass of the bases.
  std::vector<Value> kw_names, kw_values;
  Type* meta = nullptr;
  if (!keywords.is_none()) {
    for (const Dict::Entry& e : static_cast<Dict*>(keywords.as_object())->entries) {
      if (e.key.is_null()) continue;
      if (static_cast<Str*>(e.key.as_object())->utf8() == "metaclass") {
        if (!e.value.is_object() || e.value.as_object()->type->layout != Layout::Type)
          return raise(types.TypeError, "metaclass must be a class");
        meta = static_cast<Type*>(e.value.as_object());
      } else {
        kw_names.push_back(e.key);
        kw_values.push_back(e.value);
      }
    }
  }
  Type* winner = meta ? meta : types.type;
  for (Value b : bases) {
    Type* bm = b.as_object()->type;
    if (winner->is_subtype_of(bm)) continue;
    if (bm->is_subtype_of(winner)) {
      winner = bm;
      continue;
    }
    return raise(types.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
  }
  Tuple* kwnames = kw_names.empty() ? nullptr : make_tuple(*this, std::move(kw_names));
  Value result;
  if (winner == types.type) {
    result = create_class(*this, types.type, static_cast<Str*>(name.as_object())->utf8(), bases, ns, kwnames, kw_values.data());
  } else {
    // metaclass(name, bases, namespace, **keywords)
    std::vector<Value> args{name, Value::from_object(make_tuple(*this, bases)), Value::from_object(ns)};
    args.insert(args.end(), kw_values.begin(), kw_values.end());
    result = call(Value::from_object(winner), CallArgs{args.data(), 3, kwnames});
  }
  if (result.is_error()) return result;
  if (class_cell.is_object() && class_cell.as_object()->type->layout == Layout::Cell)
    static_cast<Cell*>(class_cell.as_object())->value = result;
  return result;
}

Value VM::generic_alias(Type* origin, Value args, const std::string& text) {
  if (!types.generic_alias) {
    types.generic_alias = new_type("GenericAlias", types.object, Layout::Instance);
    types.generic_alias->module = "types";
    types.generic_alias->repr = [](VM& vm, Value self) -> Value {
      Value t = static_cast<Instance*>(self.as_object())->dict->get_str(vm.intern("_text"));
      return t.is_null() ? Value::from_object(make_str(vm, "GenericAlias")) : t;
    };
  }
  Dict* d = make_dict(*this);
  d->set_str(intern("__origin__"), Value::from_object(origin));
  d->set_str(intern("__args__"), args.is_object() && args.as_object()->type->layout == Layout::Tuple
                                     ? args : Value::from_object(make_tuple(*this, {args})));
  d->set_str(intern("_text"), Value::from_object(make_str(*this, text)));
  return Value::from_object(heap.make<Instance>(types.generic_alias, d));
}

Value VM::call_class(Type* type, CallArgs args) {
  // What calling a class does: __new__, then __init__ if __new__ made an instance of it.
  Value instance;
  Value new_method = lookup_in_mro(type, intern("__new__"));
  Value object_new = types.object->attributes->get_str(intern("__new__"));
  int total = args.count + args.keyword_count();
  auto with_first = [&](Value first) {
    std::vector<Value> v{first};
    v.insert(v.end(), args.values, args.values + total);
    return v;
  };
  if (!type->is_heap_type) {
    if (type->is_exception) return call_exception_type(*this, type, args);
    if (type == types.type) {
      // type(x) or type(name, bases, ns)
      Value new_fn = static_cast<MethodWrapper*>(new_method.as_object())->function;
      std::vector<Value> v = with_first(Value::from_object(type));
      return call(new_fn, CallArgs{v.data(), args.count + 1, args.kwnames});
    }
    if (type->construct) return type->construct(*this, args);
    return raise(types.TypeError, "cannot create '" + type->name + "' instances");
  }
  if (new_method.is_object() && new_method.as_object()->type->layout == Layout::StaticMethod && !(new_method == object_new)) {
    std::vector<Value> v = with_first(Value::from_object(type));
    instance = call(static_cast<MethodWrapper*>(new_method.as_object())->function, CallArgs{v.data(), args.count + 1, args.kwnames});
    if (instance.is_error()) return instance;
    if (!type_of(*this, instance)->is_subtype_of(type)) return instance;
  } else {
    instance = new_instance(*this, type, args);
    if (instance.is_error()) return instance;
  }
  Value init = lookup_in_mro(type, intern("__init__"));
  if (init.is_object() && (init.as_object()->type->layout == Layout::Function ||
                           (init.as_object()->type->layout == Layout::Native && !(init == types.object->attributes->get_str(intern("__init__")))))) {
    std::vector<Value> v = with_first(instance);
    Value r = call(init, CallArgs{v.data(), args.count + 1, args.kwnames});
    if (r.is_error()) return r;
    if (!r.is_none()) return raise(types.TypeError, "__init__() should return None, not '" + type_of_name(r) + "'");
  } else if (total > 0 && init == types.object->attributes->get_str(intern("__init__")) && new_method == object_new) {
    return raise(types.TypeError, type->name + "() takes no arguments");
  }
  return instance;
}

}  // namespace saessak

namespace saessak {

const char* VM::platform() const {
#if defined(__wasm__)
  return "emscripten";
#else
  return "linux";
#endif
}

std::vector<Value> VM::argv() {
  std::vector<Value> out;
  for (const std::string& a : argv_) out.push_back(Value::from_object(make_str(*this, a)));
  return out;
}

Value VM::import_module(std::string_view dotted) {
  // Each dotted prefix is imported in turn: `import os.path` imports os, then os.path.
  Value result = Value::null();
  size_t end = 0;
  while (end != std::string_view::npos) {
    end = dotted.find('.', end == 0 && result.is_null() ? 0 : end + 1);
    std::string_view name = dotted.substr(0, end);
    Str* key = intern(name);
    Value cached = modules_->get_str(key);
    if (!cached.is_null()) {
      result = cached;
      continue;
    }
    const BuiltinModule* builtin = find_builtin_module(name);
    std::string file_path, file_source;
    if (!builtin && !host_.find_module_source(name, file_path, file_source)) {
      ExceptionObject* e = make_exception(*this, types.ModuleNotFoundError, "No module named '" + std::string(name) + "'");
      return raise_object(e);
    }
    Module* module = heap.make<Module>(types.module, key, make_dict(*this));
    module->dict->set_str(intern("__name__"), Value::from_object(key));
    module->dict->set_str(intern("__builtins__"), Value::from_object(builtins_));
    modules_->set_str(key, Value::from_object(module));
    bool ok;
    if (!builtin) {
      // A .py file: its own name in tracebacks, its code run in the module's namespace.
      module->dict->set_str(intern("__file__"), Value::from_object(make_str(*this, file_path)));
      ok = !run_source_nested(file_source, file_path, CompileMode::File, module->dict, module->dict).is_error();
    } else {
      ok = builtin->install ? builtin->install(*this, module) : run_module_source(module, builtin->python_source);
    }
    if (!ok) {
      Value removed;
      (void)modules_->remove(*this, Value::from_object(key), removed);
      return Value::error();
    }
    if (!result.is_null() && result.is_object() && result.as_object()->type->layout == Layout::Module) {
      // A submodule becomes an attribute of its package.
      std::string_view leaf = name.substr(name.rfind('.') + 1);
      static_cast<Module*>(result.as_object())->dict->set_str(intern(leaf), Value::from_object(module));
    }
    result = Value::from_object(module);
  }
  return result;
}

}  // namespace saessak
