import sys
from sys import version_info as v, argv
print(v[0], type(sys.maxsize), type(sys.platform), argv[0] == sys.argv[0])
print("to stderr", file=sys.stderr)
sys.stdout.write("written\n")
print(sys.getrecursionlimit())
try:
    import nothing_here
except ModuleNotFoundError as e:
    print(e)
try:
    from sys import nothing
except ImportError as e:
    print(e)
sys.exit(3)
