// Runs a program on a VM from the terminal: input() reads standard input, output goes to
// standard output and error, and Ctrl+C becomes KeyboardInterrupt.
#pragma once

#include <string>
#include <string_view>

#include "vm/vm.h"

namespace saessak::cli {

class TerminalHost final : public Host {
 public:
  void write_stdout(std::string_view text) override;
  void write_stderr(std::string_view text) override;
  bool find_module_source(std::string_view name, std::string& path, std::string& source) override;
  // Where `import name` looks for name.py: the program's folder (or the current one).
  std::string module_folder = ".";
};

// Runs `source` to completion; prints an uncaught exception's traceback to stderr. Returns
// the process exit code CPython would use.
int run_to_completion(VM& vm, std::string_view source, const std::string& filename, CompileMode mode);
void install_interrupt_handler(VM& vm);

}  // namespace saessak::cli
