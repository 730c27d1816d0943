# A class can say what bytes() of it means with __bytes__.
class Packet:
    def __init__(self, n):
        self.n = n
    def __bytes__(self):
        return bytes([self.n, self.n + 1])

print(bytes(Packet(7)))
print(b'%b|%s' % (Packet(65), Packet(97)))

class Wrong:
    def __bytes__(self):
        return 'text'

try:
    bytes(Wrong())
except TypeError as e:
    print('TypeError:', e)
