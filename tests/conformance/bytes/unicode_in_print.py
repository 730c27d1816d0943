# A kid's program: secret messages with bytes.
message = '새싹 coding club'
secret = message.encode()
print(len(message), len(secret))
shifted = bytes((b + 1) % 256 for b in secret)
print(shifted[:8])
back = bytes((b - 1) % 256 for b in shifted).decode()
print(back, back == message)
print([hex(b) for b in '새'.encode()])
