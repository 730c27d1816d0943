# 옛날 방식의 % 포매팅
name = "Jisu"
apples = 7
price = 1.5
print("%s has %d apples" % (name, apples))
print("Each costs %.2f, total %.2f" % (price, apples * price))
print("[%5d] [%-5d] [%05d] [%+d] [% d]" % (42, 42, 42, 42, 42))
print("[%8.3f] [%-8.1f] [%08.2f] [%e] [%g]" % (3.14159, 2.5, -1.25, 12345.678, 0.00001))
print("[%10s] [%-10s] [%.3s]" % ("right", "left", "cut off"))
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 3054))
print("%c%c%c" % (72, "i", 33))
print("100%% sure, %s!" % "yes")
print("%s %r %a" % ("café", "café", "café"))
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 3, 3.14159))
print("%i %u %d" % (True, 7, 3.99))
print("single: %s" % "only")
print("tuple inside: %s" % ((1, 2),))
print("list: %s" % [1, 2, 3])
print("%s" % None, "%s" % 0.1, "%r" % "q")
print("%G %E %F" % (1e-10, 12345.6789, 2.5))
