# 스티커 모으기: add, remove, discard
stickers = set()
for n in [7, 3, 7, 12, 3, 25, 1]:
    stickers.add(n)
    print('받은 스티커', n, '->', stickers)
print('모은 스티커 수:', len(stickers))

stickers.remove(12)
print(stickers)
stickers.discard(100)   # 없는 값이어도 괜찮아요
stickers.discard(7)
print(stickers)

print(3 in stickers, 7 in stickers, 99 not in stickers)

# 큰 수를 더하고 빼기
for n in [8, 16, 24, 32, 40]:
    stickers.add(n)
print(stickers)
for n in [3, 16, 32]:
    stickers.remove(n)
print(stickers)
stickers.add(48)
stickers.add(16)
print(stickers)

# 모두 지우기
stickers.clear()
print(stickers, len(stickers))
stickers.add(2)
print(stickers)

# 없는 스티커를 remove 하면 KeyError
stickers.remove(5)
print('여기는 출력되지 않아요')
