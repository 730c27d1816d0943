# A tiny Mandelbrot picture made with complex numbers
for row in range(-6, 7):
    line = ''
    for col in range(-20, 8):
        c = complex(col / 10, row / 6)
        z = 0j
        n = 0
        while abs(z) <= 2 and n < 30:
            z = z * z + c
            n += 1
        line += '#' if n == 30 else '.'
    print(line)
