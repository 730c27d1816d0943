#include "hosts/cli/session.h"

#include <csignal>
#include <ctime>
#include <cstdio>
#include <iostream>

namespace saessak::cli {

namespace {
VM* interrupt_target = nullptr;
void on_interrupt(int) {
  if (interrupt_target) interrupt_target->interrupt();
}
// Ticks per run() call: large enough to keep host overhead negligible.
constexpr int64_t kTicksPerSlice = 1 << 20;
}  // namespace

void TerminalHost::write_stdout(std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); }

void TerminalHost::write_stderr(std::string_view text) {
  std::fflush(stdout);
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

bool TerminalHost::find_module_source(std::string_view name, std::string& path, std::string& source) {
  std::string relative(name);
  for (char& c : relative)
    if (c == '.') c = '/';
  std::string candidate = (module_folder == "." ? "" : module_folder + "/") + relative + ".py";
  std::FILE* f = std::fopen(candidate.c_str(), "rb");
  if (!f) return false;
  char chunk[65536];
  size_t n;
  source.clear();
  while ((n = std::fread(chunk, 1, sizeof chunk, f)) > 0) source.append(chunk, n);
  std::fclose(f);
  path = candidate;
  return true;
}

void install_interrupt_handler(VM& vm) {
  interrupt_target = &vm;
  struct sigaction action = {};
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
}

static bool read_line(std::string& line) {
  line.clear();
  int c;
  bool any = false;
  while ((c = std::fgetc(stdin)) != EOF) {
    any = true;
    if (c == '\n') return true;
    line.push_back(static_cast<char>(c));
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return any;
}

int run_to_completion(VM& vm, std::string_view source, const std::string& filename, CompileMode mode) {
  if (!vm.start(source, filename, mode)) {
    std::fflush(stdout);
    std::fputs(vm.last_error().traceback.c_str(), stderr);
    return 1;
  }
  while (true) {
    Status status = vm.run(kTicksPerSlice);
    switch (status) {
      case Status::Done: std::fflush(stdout); return 0;
      case Status::Error: {
        std::fflush(stdout);
        const ErrorReport& error = vm.last_error();
        std::fputs(error.traceback.c_str(), stderr);
        if (error.is_system_exit) return error.exit_code;
        return error.ename == "KeyboardInterrupt" ? 130 : 1;
      }
      case Status::SuspendedInput: {
        // As CPython: the prompt goes to stdout, then a line is read from stdin.
        std::fputs(vm.input_prompt().c_str(), stdout);
        std::fflush(stdout);
        std::string line;
        if (read_line(line)) {
          if (!line.empty() && line.back() == '\r') line.pop_back();
          vm.reply_input(line);
        } else {
          vm.reply_eof();
        }
        break;
      }
      case Status::SuspendedBudget: break;
      case Status::SuspendedSleep: {
        // Sleep in short steps so Ctrl+C (which sets the VM's interrupt flag) ends it quickly.
        std::fflush(stdout);
        double left = vm.sleep_seconds();
        while (left > 0 && !vm.interrupt_pending()) {
          double step = left < 0.05 ? left : 0.05;
          struct timespec ts;
          ts.tv_sec = static_cast<time_t>(step);
          ts.tv_nsec = static_cast<long>((step - static_cast<double>(ts.tv_sec)) * 1e9);
          nanosleep(&ts, nullptr);
          left -= step;
        }
        break;
      }
    }
  }
}

}  // namespace saessak::cli
