import shapes
from shapes import area, PI
import sys
print(shapes.area(2, 3), area(4, 5), PI, sys.argv[1:])
if __name__ == "__main__":
    print("main")
import shapes as s2
print(s2 is shapes)
