# Views keep their bytearray alive while many short-lived bytes objects come and go.
views = []
for i in range(2000):
    ba = bytearray(bytes([i % 256]) * 100)
    views.append(memoryview(ba)[10:12])
del ba
total = 0
for i in range(200000):
    b = bytes([i % 256]) * 10 + b'tail'
    total += b[3] + len(b)
print(total)
print(sum(v.tobytes()[0] for v in views), len(views), views[-1].tolist())
