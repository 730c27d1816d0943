// Exception instances, and the traceback entries gathered while one unwinds.
#pragma once

#include <string>
#include <vector>

#include "compiler/code.h"
#include "objects/dict.h"
#include "objects/list.h"

namespace saessak {

struct TracebackEntry {
  Code* code;
  int line;
  uint32_t ip;  // the instruction, for its columns
};

struct ExceptionObject final : Object {
  ExceptionObject(Type* type, Tuple* args) : Object(type), args(args) {}
  void trace(Tracer& t) override {
    t.mark(args);
    t.mark(context);
    t.mark(cause);
    t.mark(dict);
    for (const TracebackEntry& e : traceback) t.mark(e.code);
  }
  Tuple* args;
  ExceptionObject* context = nullptr;  // the exception being handled when this one was raised
  ExceptionObject* cause = nullptr;    // raise ... from cause
  bool suppress_context = false;       // set by `raise ... from`
  Dict* dict = nullptr;                // attributes of exceptions of Python-defined classes
  std::vector<TracebackEntry> traceback;  // outermost first
  // "Did you mean: 'print'?" — shown in the traceback only, as CPython 3.11 does.
  std::string suggestion;
};

ExceptionObject* make_exception(VM& vm, Type* type, std::string_view message);
// str(exception): '' for no args, str(arg) for one, repr of the tuple otherwise.
std::string exception_message(VM& vm, ExceptionObject* exception);
void install_exception_types(VM& vm);
// What calling an exception class does: ValueError('bad', 2) keeps every argument.
[[nodiscard]] Value call_exception_type(VM& vm, Type* type, CallArgs args);

}  // namespace saessak
