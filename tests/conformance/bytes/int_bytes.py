# int.to_bytes and int.from_bytes, big ints too.
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (0).to_bytes(0, 'big'), (5).to_bytes())
print((-1).to_bytes(2, 'big', signed=True), (255).to_bytes(1, byteorder='big'), (2 ** 100).to_bytes(13, 'big'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'), int.from_bytes(b'\xff', 'big', signed=True))
print(int.from_bytes(b'\x01' * 20, 'big'), int.from_bytes([1, 0], 'big'), int.from_bytes(bytearray(b'\x02'), 'little'))
print(int.from_bytes(b''), int.from_bytes(b'\x80\x00', byteorder='big', signed=True))
n = 12345678901234567890
print(int.from_bytes(n.to_bytes(9, 'little'), 'little') == n)
for t in [lambda: (300).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (1).to_bytes(1, 'middle'),
          lambda: (1).to_bytes(-1, 'big'), lambda: int.from_bytes('ab', 'big'), lambda: (128).to_bytes(1, 'big', signed=True)]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ':', e)
