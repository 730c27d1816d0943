// The wasm kernel's exported functions (see ABI.md). One VM per module instance.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>

#include "vm/vm.h"

// The old wasi-libc in Debian lacks the stack protector's symbols that libc++ expects.
extern "C" {
uintptr_t __stack_chk_guard = 0x5AE55A4B;
[[noreturn]] void __stack_chk_fail(void) { __builtin_trap(); }
}

namespace {

std::string buffer;  // the host's byte buffer (see ABI.md)

using saessak::CompileMode;
using saessak::Status;

// Provided by the JavaScript host (src/hosts/wasm/js/kernel.mjs): writes the source of
// `name`.py into the buffer (via saessak_buffer) and returns its length, or -1.
extern "C" __attribute__((import_module("saessak_host"), import_name("find_module"))) int32_t
host_find_module(const char* name, int32_t length);

// Provided by the JavaScript host: one display message (JSON, see ABI.md); returns 1 when the
// host shows display messages (the notebook's worker), 0 otherwise. Length 0 only asks.
extern "C" __attribute__((import_module("saessak_host"), import_name("display"))) int32_t
host_display(const char* message, int32_t length);

class WasiHost final : public saessak::Host {
 public:
  void write_stdout(std::string_view text) override { write_all(1, text); }
  void write_stderr(std::string_view text) override { write_all(2, text); }
  bool display(std::string_view message) override {
    return host_display(message.data(), static_cast<int32_t>(message.size())) == 1;
  }
  bool find_module_source(std::string_view name, std::string& path, std::string& source) override {
    std::string wanted(name);
    int32_t length = host_find_module(wanted.data(), static_cast<int32_t>(wanted.size()));
    if (length < 0 || static_cast<size_t>(length) > buffer.size()) return false;
    source.assign(buffer.data(), static_cast<size_t>(length));
    path = wanted;
    for (char& c : path)
      if (c == '.') c = '/';
    path += ".py";
    return true;
  }

 private:
  static void write_all(int fd, std::string_view text) {
    while (!text.empty()) {
      ssize_t n = ::write(fd, text.data(), text.size());
      if (n <= 0) return;
      text.remove_prefix(static_cast<size_t>(n));
    }
  }
};


WasiHost host;
std::unique_ptr<saessak::VM> vm;
std::string output;
std::string next_filename = "main.py";  // for file runs; saessak_set_filename changes it

saessak::VM& machine() {
  if (!vm) vm = std::make_unique<saessak::VM>(host);
  return *vm;
}

void append_json_string(std::string& out, const std::string& s) {
  out.push_back('"');
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          static const char* kHex = "0123456789abcdef";
          out += "\\u00";
          out.push_back(kHex[c >> 4]);
          out.push_back(kHex[c & 15]);
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  out.push_back('"');
}

int32_t report(Status status) {
  saessak::VM& m = machine();
  output.clear();
  switch (status) {
    case Status::Done:
      if (m.has_result()) output = m.result_repr();
      break;
    case Status::Error: {
      const saessak::ErrorReport& e = m.last_error();
      output = "{\"ename\":";
      append_json_string(output, e.ename);
      output += ",\"evalue\":";
      append_json_string(output, e.evalue);
      output += ",\"traceback\":";
      append_json_string(output, e.traceback);
      if (e.is_system_exit) output += ",\"system_exit\":true,\"exit_code\":" + std::to_string(e.exit_code);
      output += "}";
      break;
    }
    case Status::SuspendedInput: output = m.input_prompt(); break;
    case Status::SuspendedSleep: {
      char seconds[32];
      std::snprintf(seconds, sizeof seconds, "%.6f", m.sleep_seconds());
      output = seconds;
      break;
    }
    default: break;
  }
  return static_cast<int32_t>(status);
}

}  // namespace

#define SAESSAK_EXPORT(name) extern "C" __attribute__((export_name(#name)))

SAESSAK_EXPORT(saessak_buffer) char* saessak_buffer(int32_t size) {
  if (size < 0) size = 0;
  if (buffer.size() < static_cast<size_t>(size) + 1) buffer.resize(static_cast<size_t>(size) + 1);
  return buffer.data();
}

SAESSAK_EXPORT(saessak_start) int32_t saessak_start(int32_t length, int32_t mode, int32_t cell) {
  saessak::VM& m = machine();
  std::string_view source(buffer.data(), static_cast<size_t>(length));
  std::string filename = cell >= 0 ? "<cell " + std::to_string(cell) + ">" : next_filename;
  CompileMode compile_mode = mode == 1 ? CompileMode::Cell : mode == 2 ? CompileMode::Single : CompileMode::File;
  if (!m.start(source, filename, compile_mode)) return report(Status::Error);
  output.clear();
  return 0;
}

// Names the file of the next file-mode run (tracebacks show it), from `len` bytes in the buffer.
SAESSAK_EXPORT(saessak_set_filename) void saessak_set_filename(int32_t length) {
  next_filename.assign(buffer.data(), static_cast<size_t>(length));
}

SAESSAK_EXPORT(saessak_run) int32_t saessak_run(int32_t budget) { return report(machine().run(budget)); }

SAESSAK_EXPORT(saessak_reply_input) void saessak_reply_input(int32_t length) {
  machine().reply_input(std::string_view(buffer.data(), static_cast<size_t>(length)));
}

SAESSAK_EXPORT(saessak_reply_eof) void saessak_reply_eof() { machine().reply_eof(); }
SAESSAK_EXPORT(saessak_interrupt) void saessak_interrupt() { machine().interrupt(); }
SAESSAK_EXPORT(saessak_output_ptr) const char* saessak_output_ptr() { return output.data(); }
SAESSAK_EXPORT(saessak_output_len) int32_t saessak_output_len() { return static_cast<int32_t>(output.size()); }
SAESSAK_EXPORT(saessak_has_result) int32_t saessak_has_result() { return machine().has_result() ? 1 : 0; }
SAESSAK_EXPORT(saessak_reset) void saessak_reset() { machine().reset_globals(); }
