// `saessak`: run a file, a -c string, standard input, or the interactive prompt, with
// CPython's exit codes (0 ok, 1 uncaught exception, 2 usage error or missing file).
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/compiler.h"
#include "compiler/disassembler.h"
#include "hosts/cli/repl.h"
#include "hosts/cli/session.h"

namespace {

constexpr const char* kUsage =
    "usage: saessak [option] ... [-c cmd | file | -] [arg] ...\n"
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-V     : print the Saessak version number and exit (also --version)\n"
    "--dis file : print the bytecode of a file (for Saessak's developers)\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

std::string read_all(std::FILE* f) {
  std::string text;
  char buffer[65536];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) text.append(buffer, n);
  return text;
}

std::string absolute(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char cwd[PATH_MAX];
  if (!getcwd(cwd, sizeof cwd)) return path;
  return std::string(cwd) + "/" + path;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace saessak;
  cli::TerminalHost host;
  VM vm(host);
  cli::install_interrupt_handler(vm);

  if (argc >= 2) {
    std::string first = argv[1];
    if (first == "-h" || first == "-?" || first == "--help") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (first == "-V" || first == "--version") {
      std::printf("Saessak %s (Python 3.11 compatible)\n", SAESSAK_VERSION);
      return 0;
    }
    if (first == "--dis" && argc >= 3) {
      // A developer's aid: the bytecode of a file.
      std::FILE* f = std::fopen(argv[2], "rb");
      if (!f) return 2;
      std::string source = read_all(f);
      std::fclose(f);
      auto file = std::make_shared<SourceFile>(argv[2], source);
      CompileResult compiled = compile(vm, file, CompileMode::File);
      if (compiled.error) {
        std::fprintf(stderr, "%s\n", compiled.error->message.c_str());
        return 1;
      }
      std::fputs(disassemble(compiled.code).c_str(), stdout);
      return 0;
    }
    if (first == "-c") {
      if (argc < 3) {
        std::fputs("Argument expected for the -c option\n", stderr);
        std::fputs("usage: saessak [option] ... [-c cmd | file | -] [arg] ...\nTry `saessak -h' for more information.\n", stderr);
        return 2;
      }
      std::vector<std::string> program_args{"-c"};
      program_args.insert(program_args.end(), argv + 3, argv + argc);
      vm.set_argv(program_args);
      return cli::run_to_completion(vm, argv[2], "<string>", CompileMode::File);
    }
    if (first == "-") return cli::run_to_completion(vm, read_all(stdin), "<stdin>", CompileMode::File);
    if (first.size() > 1 && first[0] == '-') {
      std::fprintf(stderr, "unknown option %s\n", first.c_str());
      std::fputs("usage: saessak [option] ... [-c cmd | file | -] [arg] ...\nTry `saessak -h' for more information.\n", stderr);
      return 2;
    }
    std::FILE* f = std::fopen(first.c_str(), "rb");
    if (!f) {
      std::fprintf(stderr, "saessak: can't open file '%s': [Errno %d] %s\n", absolute(first).c_str(), errno,
                   std::strerror(errno));
      return 2;
    }
    std::string source = read_all(f);
    std::fclose(f);
    size_t slash = first.rfind('/');
    host.module_folder = slash == std::string::npos ? "." : first.substr(0, slash == 0 ? 1 : slash);
    std::vector<std::string> program_args(argv + 1, argv + argc);
    vm.set_argv(program_args);
    return cli::run_to_completion(vm, source, first, CompileMode::File);
  }
  if (isatty(0)) return cli::run_repl(vm);
  return cli::run_to_completion(vm, read_all(stdin), "<stdin>", CompileMode::File);
}
