// The virtual machine: its state, the entry points hosts use, and the error API native code
// uses. See src/vm/NOTES.md for frames and suspension.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "objects/heap.h"
#include "objects/value.h"
#include "vm/types.h"

namespace saessak {

struct Code;
struct Function;
struct Generator;
struct NativeFunction;
struct Module;
struct Dict;
struct Str;
struct ExceptionObject;
struct SourceFile;
struct CompileError;

// What a host does with the program's output streams.
class Host {
 public:
  virtual ~Host() = default;
  virtual void write_stdout(std::string_view text) = 0;
  virtual void write_stderr(std::string_view text) = 0;
  // The source of `import name` when it is not a built-in module: `name.py` beside the
  // program natively (the notebook's files later). False when there is none.
  virtual bool find_module_source(std::string_view name, std::string& path, std::string& source) { return false; }
  // Rich output for the notebook (display(), turtle): `message` is one JSON object whose
  // "type" the page knows (src/hosts/wasm/ABI.md, "Display messages"). Returns true when the
  // host shows such messages; an empty message only asks. The CLI shows none.
  virtual bool display(std::string_view message) { return false; }
};

// How `start` compiles source: a whole file, a notebook cell (whose last expression statement
// becomes the cell's result), or one REPL input (every expression statement is echoed).
enum class CompileMode { File = 0, Cell = 1, Single = 2, Eval = 3 };

// What `run` reports. The numbers are the wasm ABI's (src/hosts/wasm/ABI.md).
enum class Status : int32_t {
  Done = 0,
  Error = 1,
  SuspendedInput = 2,
  SuspendedBudget = 3,
  SuspendedSleep = 4,
};

// An uncaught exception, rendered as CPython renders it on stderr.
struct ErrorReport {
  std::string ename;
  std::string evalue;
  std::string traceback;  // "Traceback (most recent call last):\n ... ename: evalue\n"
  bool is_system_exit = false;
  int exit_code = 1;
};

// Why a frame exists beyond running its code: what to do when it returns.
enum class FrameKind : uint8_t {
  Normal,
  Nested,     // called by VM::call from native code: returning ends that nested run
  Init,       // __init__ of a new instance: must return None; the caller gets the instance
  ClassBody,  // a class statement's body: its namespace becomes the class
  Generator,  // a resumed generator: yield and return go back to how it was resumed
};

// One activation of Python code. Locals live in the VM's value stack from `base`; the operand
// stack follows them.
struct Frame {
  Code* code;
  Dict* globals;
  Function* function = nullptr;  // nullptr for module and cell code
  uint32_t ip = 0;
  uint32_t base = 0;        // first local
  uint32_t stack_base = 0;  // first operand slot
  uint32_t result_slot = 0; // where the caller wants the return value
  FrameKind kind = FrameKind::Normal;
  Dict* locals_dict = nullptr;  // class bodies keep their names here; others use fast locals
  Value extra;                  // Init: the instance; ClassBody: the class's name and bases
  Generator* generator = nullptr;  // Generator frames
  uint8_t resume_mode = 0;         // a ResumeMode
  uint32_t resume_target = 0;      // ForIter, Send: where the caller continues when it returns
};

class VM {
 public:
  explicit VM(Host& host);
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  // ---- entry points for hosts ----
  // Compiles `source`. On success the program is ready for `run`; on a SyntaxError returns
  // false with `last_error()` set.
  [[nodiscard]] bool start(std::string_view source, std::string filename, CompileMode mode);
  // Runs until the program ends, fails, or about `budget` ticks (calls and backward jumps)
  // have passed. Resume a suspended program by calling run again.
  Status run(int64_t budget);
  void reply_input(std::string_view text);
  void reply_eof();
  // Asks for KeyboardInterrupt at the next tick. Safe to call between runs.
  void interrupt() { interrupt_requested_ = true; }
  bool interrupt_pending() const { return interrupt_requested_; }
  // Forgets every variable of __main__.
  void reset_globals();

  const std::string& input_prompt() const { return input_prompt_; }
  bool has_result() const { return has_result_; }
  const std::string& result_repr() const { return result_repr_; }
  const ErrorReport& last_error() const { return last_error_; }
  bool is_running() const { return !frames_.empty(); }

  // ---- for native code ----
  // Each sets the pending exception and returns Value::error(), so natives can
  // `return vm.raise(...)`.
  Value raise(Type* exception_type, std::string_view message);
  Value raise_object(ExceptionObject* exception);
  Value raise_memory_error();
  bool has_pending_exception() const { return pending_exception_ != nullptr; }
  void clear_pending_exception() { pending_exception_ = nullptr; }
  Value take_last_return_value() {
    Value v = last_return_value_;
    last_return_value_ = Value::null();
    return v;
  }
  // The innermost running frame (the caller of a native function), and its slots.
  const Frame* current_frame() const { return frames_.empty() ? nullptr : &frames_.back(); }
  Value* frame_locals(const Frame& frame) { return stack_.get() + frame.base; }
  std::string type_of_name(Value v);
  ExceptionObject* pending_exception() const { return pending_exception_; }
  // Calls any callable from native code and returns its result (Value::error() with the
  // exception pending). Python functions run in a nested interpreter loop that cannot pause:
  // budget and input() are unavailable there, Stop still works natively.
  [[nodiscard]] Value call(Value callable, CallArgs args);
  // list[int] and friends: an object with __origin__ and __args__ that prints as `text`.
  [[nodiscard]] Value generic_alias(Type* origin, Value args, const std::string& text);
  // Calling a class from native code: __new__ and __init__ (nested).
  [[nodiscard]] Value call_class(Type* type, CallArgs args);
  // Called by `input()`: the VM returns SuspendedInput; the reply becomes the call's value.
  Value suspend_for_input(std::string prompt);
  // Called by `time.sleep()`: the VM returns SuspendedSleep; the host waits `seconds` (or
  // less, if Stop is pressed) and calls run() again, and the call returns None.
  Value suspend_for_sleep(double seconds);
  double sleep_seconds() const { return sleep_seconds_; }
  Str* intern(std::string_view text);
  // The one-character strings of code points below 256, shared as CPython shares them:
  // iterating or indexing text then allocates nothing. Interned, hence always reachable.
  Str* latin1_char(uint32_t code_point);
  // intern("__init__") with a string literal (or any static char array) is remembered by the
  // array's address, so the hot paths that name a dunder skip hashing its text every time.
  template <size_t N>
  Str* intern(const char (&literal)[N]) {
    return intern_static(literal, N - 1);
  }
  Dict* builtins() const { return builtins_; }
  // Imports a module by dotted name (sys.modules first); Value::error() on failure.
  [[nodiscard]] Value import_module(std::string_view name);
  Dict* modules() const { return modules_; }
  uint32_t recursion_limit() const { return recursion_limit_; }
  void set_recursion_limit(uint32_t limit) { recursion_limit_ = std::min<uint32_t>(limit, kMaxRecursionLimit); }
  static constexpr uint32_t kMaxRecursionLimit = 10000;
  const char* platform() const;
  std::vector<Value> argv();
  void set_argv(std::vector<std::string> argv) { argv_ = std::move(argv); }
  void set_stdout_object(Value v) { stdout_object_ = v; }
  void set_stderr_object(Value v) { stderr_object_ = v; }
  bool stream_is_stderr(Value v) const { return v == stderr_object_; }
  bool stream_is_stdout(Value v) const { return v == stdout_object_; }
  Dict* main_globals() const { return main_globals_; }
  void write_stdout(std::string_view text) { host_.write_stdout(text); }
  void write_stderr(std::string_view text) { host_.write_stderr(text); }
  bool display(std::string_view message) { return host_.display(message); }
  // Guards native recursion (repr of nested lists): false with RecursionError pending when too deep.
  [[nodiscard]] bool enter_native_recursion();
  void leave_native_recursion() { --native_depth_; }

  Heap heap;
  Types types;
  // Every built-in type, kept alive for the VM's lifetime.
  Type* new_type(std::string name, Type* base, Layout layout);

 private:
  Status execute(int64_t budget);  // the interpreter loop: src/vm/interpreter.cpp
  std::vector<Value> bound_arguments_;  // scratch space for argument binding
  [[nodiscard]] bool enter_function(Function* fn, uint32_t args_at, uint32_t argc, Tuple* kwnames,
                                    uint32_t result_slot, FrameKind kind);
  [[nodiscard]] Value finish_special_frame(const Frame& done, Value result);
  [[nodiscard]] bool check_native_receiver(NativeFunction* native, CallArgs args);
  // Calls `v.<dunder>()` defined in Python, or raises TypeError(missing + type name).
  [[nodiscard]] Value call_async_dunder(Value v, const char* dunder, const char* missing);
  // Runs the frame just pushed (kind Nested) to its end, in a loop that cannot pause.
  // `collectable`: the native code that started it keeps nothing unrooted (see
  // wants_collection), so the collector may run inside.
  Status run_nested(bool collectable = false);
  // Pushes a suspended generator's frame (src/vm/generators.cpp). `sent` is the value of the
  // yield expression it resumes at. False with an exception pending; `exhausted` is set (and
  // nothing pushed) when the generator had already finished.
  [[nodiscard]] bool resume_generator(Generator* gen, Value sent, uint8_t mode, uint32_t result_slot, uint32_t target,
                                      bool& exhausted);
  // Saves a generator frame's state at a yield and pops it.
  void suspend_generator_frame(uint32_t ip);

 public:
  // eval() and exec(): compiles and runs `source` with the given namespaces (nested).
  [[nodiscard]] Value run_source_nested(std::string_view source, const std::string& filename, CompileMode mode,
                                        Dict* globals, Dict* locals);
  // `raise X`: X may be an exception instance or class (called with no arguments).
  [[nodiscard]] bool make_exception_from(Value thrown, ExceptionObject*& out);
  // Runs a generator from native code until it yields (the value), returns (null), or fails.
  [[nodiscard]] Value generator_next_nested(Generator* gen, Value sent, ExceptionObject* thrown = nullptr,
                                            bool collectable = false);
  // Values and vectors of values that native code holds while it runs Python code: roots for
  // a collection inside a collectable nested run. Pop what you push, in reverse order.
  void push_temporary_root(const std::vector<Value>* values) { temporary_root_vectors_.push_back(values); }
  void pop_temporary_root() { temporary_root_vectors_.pop_back(); }

 private:
  [[nodiscard]] Value build_class(const Frame& body, Value class_cell);
  // Runs a module written in Python (frozen source) in its namespace.
  [[nodiscard]] bool run_module_source(Module* module, const char* source);

  std::string suggest_name(const std::string& wrong, const Frame& frame);
  void collect_garbage(std::vector<Object*>* finalize = nullptr);

 public:
  // gc.collect(): a full collection now that also runs __del__ of unreachable objects whose
  // class defines it. Returns how many objects were freed. Does nothing (returns 0) while
  // native code up the stack runs Python code (it may hold unrooted pointers).
  int64_t collect_now();

 private:
  // Collection waits while native code runs Python code through VM::call: the native may hold
  // pointers to objects nothing else roots. (Explicit handles will lift this.)
  // Native code that runs Python code nested usually holds raw pointers to fresh objects the
  // collector cannot see, so a collection waits until every nested run on the way is one whose
  // starter declared its state rooted (run_nested(true)).
  bool wants_collection() const { return nested_runs_ == collectable_nested_runs_ && heap.wants_collection(); }
  void finish_with_error();
  void fail_with_compile_error(const CompileError& error, const std::shared_ptr<SourceFile>& source);

  Host& host_;
  std::vector<Type*> all_types_;

 public:
  // Every type ever made, built-in or class statement (for type.__subclasses__).
  const std::vector<Type*>& all_types() const { return all_types_; }

 private:
  CompileMode mode_ = CompileMode::File;
  Dict* builtins_ = nullptr;
  Dict* main_globals_ = nullptr;
  Dict* modules_ = nullptr;  // sys.modules
  Value stdout_object_, stderr_object_;
  std::vector<std::string> argv_{""};
  // Looked up by string_view without building a std::string (C++20 heterogeneous lookup).
  struct TextHash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  std::unordered_map<std::string, Str*, TextHash, std::equal_to<>> interned_;
  Str* intern_static(const char* text, size_t length);
  Str* latin1_chars_[256] = {};
  struct StaticName {
    const char* text = nullptr;
    Str* str = nullptr;
  };
  static constexpr size_t kStaticNames = 512;  // a power of two; a full probe falls back to intern()
  StaticName static_names_[kStaticNames];

  // Execution state.
  std::vector<Frame> frames_;
  std::unique_ptr<Value[]> stack_;
  uint32_t stack_capacity_ = 0;
  uint32_t sp_ = 0;  // next free slot
  Code* program_ = nullptr;  // the code being run (rooted while it runs)
  ExceptionObject* pending_exception_ = nullptr;
  ExceptionObject* handled_exception_ = nullptr;  // what `except` is handling now (sys.exc_info)
  std::atomic<bool> interrupt_requested_{false};  // set from signal handlers and hosts
  int native_depth_ = 0;
  int nested_runs_ = 0;  // VM::call levels currently running
  int collectable_nested_runs_ = 0;  // of those, the ones started by run_nested(true)
  std::vector<const std::vector<Value>*> temporary_root_vectors_;
  Value nested_result_;
  bool nested_yielded_ = false;    // a nested generator run ended at a yield (not a return)
  Value last_return_value_;        // what a generator run by native code returned
  ExceptionObject* pending_throw_ = nullptr;  // generator.throw(): raised as the frame resumes
  uint32_t recursion_limit_ = 1000;

  // Suspension.
  enum class Waiting { Nothing, Input, Sleep } waiting_ = Waiting::Nothing;
  double sleep_seconds_ = 0;
  std::string input_prompt_;
  bool resume_pending_ = false;  // a reply value is waiting to be pushed
  Value resume_value_;

  // Results.
  bool has_result_ = false;
  std::string result_repr_;
  ErrorReport last_error_;
};

}  // namespace saessak
